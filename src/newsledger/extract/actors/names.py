"""The name and evidence extent of an actor: a named group as written, else its kind;
the noun with its modifiers as the span."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import (
    ORGANISATION_HEADS,
    PLACE_ENTS,
    group_name_words,
    in_a_place,
    is_proper_name,
    known_armed_group,
)
from newsledger.extract.actors.syntax import prep_objects
from newsledger.extract.vocab import (
    group_of,
)
from newsledger.nlp.doctext import doc_text

AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
"""Units of an age written as a modifier ("a 24-year-old man", "a six-month-old baby")."""


def is_age(mod: Token) -> bool:
    """Whether a modifier is an age ("24-year-old"): "old" with a number or a unit of time
    under it. The tagger hangs only "old" on the noun, so an extent stopping there reads
    "old man"; an age says how old someone is, not who they are."""
    return mod.lower_ == "old" and any(
        t.like_num or t.lower_ in AGE_UNITS for t in mod.subtree if t.i < mod.i
    )


def age_tokens(tok: Token) -> set[int]:
    """Indices of the words of the ages modifying a noun (empty when none does)."""
    return {t.i for child in tok.lefts if child.dep_ == "amod" and is_age(child)
            for t in child.subtree}  # fmt: skip


def noun_phrase_extent(tok: Token) -> tuple[int, int]:
    """Character extent of the noun with its left modifiers ("15 CRS officers", "riot police",
    "a 24-year-old man" from its number, never from the middle of the age)."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nummod", "quantmod", "nmod"):
            first = child.left_edge if child.dep_ == "amod" and is_age(child) else child
            left = first if first.i < left.i else left
    while (
        left.i > 0
        and left.doc[left.i - 1].dep_ in ("compound",)
        and left.doc[left.i - 1].head.i >= left.i
    ):
        left = left.doc[left.i - 1]
    return left.idx, tok.idx + len(tok.text)


NAME_EXCLUDED_ENTS = PLACE_ENTS | {"PERSON", "DATE", "TIME", "CARDINAL"}


def own_name_extent(tok: Token) -> tuple[int, int] | None:
    """Character extent of the proper name a generic organisation noun carries as its own
    ("the Islamic State militant group" -> Islamic State, "the separatist group ETA" -> ETA):
    the name is the actor. A possessor names the owner, not the group ("the IRA's brigade"),
    and keeps the noun phrase. When the noun is itself a word of the name ("the Harbour
    Brigade", a proper noun), the name runs to it: the name's own head is its last word."""
    if tok.lemma_.lower() not in ORGANISATION_HEADS:
        return None
    names = [
        t for c in tok.children if c.dep_ in ("compound", "nmod", "appos", "flat")
        and c.pos_ == "PROPN" and c.ent_type_ not in NAME_EXCLUDED_ENTS
        for t in c.subtree if t.pos_ == "PROPN"
    ]  # fmt: skip
    if not names:
        return None
    if tok.pos_ == "PROPN" and tok.ent_type_ not in NAME_EXCLUDED_ENTS:
        names.append(tok)
    first, last = min(names, key=lambda t: t.i), max(names, key=lambda t: t.i)
    doc = tok.doc
    # the whole written word of the name: "al-Shabaab" is three tokens with no space between
    while first.i > 0 and first.ent_iob_ == "I" and not doc[first.i - 1].whitespace_:
        first = doc[first.i - 1]
    while last.i + 1 < tok.i and not last.whitespace_ and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    while first.is_punct and first.i < last.i:  # an opening quote is not the name
        first = doc[first.i + 1]
    return first.idx, last.idx + len(last.text)


def _propn_modifiers(noun: Token) -> list[Token]:
    """Proper nouns modifying a noun, with their own modifiers ("the Green Front group", "No
    Borders group": "No" is tagged a proper-noun determiner)."""
    out: list[Token] = []
    for child in noun.lefts:
        if is_proper_name(child) and child.ent_type_ not in NAME_EXCLUDED_ENTS:
            out.extend(t for t in child.subtree if is_proper_name(t))
    return out


MEMBER_PREPS = frozenset({"from", "of", "de", "du"})
"""Prepositions before the group a noun's people belong to ("activists from the No Borders
group", "fighters of the Lord's Resistance Army")."""


def _name_tokens(tok: Token) -> list[Token]:
    """Proper nouns that name the group: the head and its compounds, or a named group after
    "from"/"of" ("activists from the No Borders group")."""
    own = _propn_modifiers(tok)
    if is_proper_name(tok) and tok.ent_type_ not in NAME_EXCLUDED_ENTS:
        own.append(tok)
    if own:
        return own
    for word, obj in prep_objects(tok):
        if word in MEMBER_PREPS:
            inner = _propn_modifiers(obj)
            if obj.pos_ == "PROPN" and obj.ent_type_ not in NAME_EXCLUDED_ENTS:
                inner.append(obj)
            if inner:
                return inner
    return []


def _proper_name(tok: Token) -> str | None:
    """A named group in the noun phrase ("the No Borders group", "CRS officers", "Hamas")."""
    names = sorted(_name_tokens(tok), key=lambda t: t.i)
    if not names:
        return None
    # a contiguous run of proper nouns, the one nearest the head
    run = [names[-1]]
    for cand in reversed(names[:-1]):
        if cand.i == run[0].i - 1:
            run.insert(0, cand)
        else:
            break
    if all(in_a_place(t) for t in run):
        # a town the model left untagged ("Two Riverton men", "Riverton police"): where the
        # actor is from, not its name; a name that only starts with one stays ("Riverton Boys")
        return None
    return tok.doc[run[0].i : run[-1].i + 1].text


def actor_name(tok: Token, kind: str) -> str:
    """The actor's name: a named group as written, else the kind (civilians keep their noun)."""
    members_of = [obj for word, obj in prep_objects(tok) if word in MEMBER_PREPS]
    for named in (tok, *(o for o in members_of if o.pos_ == "PROPN")):
        if known_armed_group(named):
            words = group_name_words(named)
            # "Boko Haram", "Al-Shabaab", "fighters of the Lord's Resistance Army": whole
            return tok.doc[words[0].i : words[-1].i + 1].text
    name = _proper_name(tok)
    if (name and group_of(name) != "police") or (name and name.isupper()):
        return name
    if kind in ("civilians", "unknown"):
        if tok.pos_ == "PROPN":
            return tok.text
        return common_name(tok)
    return kind


def common_name(tok: Token) -> str:
    """A common noun's name: the noun with its modifiers, lower-cased, without an age ("a
    24-year-old man" -> "man", "two teenage boys" -> "two teenage boys")."""
    return phrase_without_age(tok).lower()


def phrase_without_age(tok: Token) -> str:
    """The noun with its modifiers as written, without an age ("24-year-old Jo Doe" -> "Jo
    Doe"): the words of `noun_phrase_extent` less those of `age_tokens`."""
    start, end = noun_phrase_extent(tok)
    text = doc_text(tok.doc)
    ages = age_tokens(tok)
    if not ages:
        return text[start:end]
    words = [t for t in tok.sent if start <= t.idx < end and t.i not in ages]
    if not words:
        return tok.text
    return "".join(
        text[t.idx : t.idx + len(t.text)] + (t.whitespace_ if t != words[-1] else "")
        for t in words
    )
