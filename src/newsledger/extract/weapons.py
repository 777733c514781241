"""Weapon and tactic claims: what was used, and by whom when the syntax says so.

`extract_weapons(sents, article_id)` finds weapon names from `vocab_figures.WEAPONS` (English and
French, longest phrase first, so "tear gas canisters" is one tear-gas mention and "bags of stones"
one stones mention) and reads who used it from the parse:
- object of a use verb: the verb's subject ("migrants threw stones"; through "made use of",
  participles and controlled verbs: "security forces firing tear gas");
- subject of a passive use verb: the by-agent ("tear gas was used by police");
- "with" on a verb or a noun: that verb's subject or that noun ("migrants with iron bars");
- instrument of a harm verb ("policemen were injured by stones hurled at them", "a rock smashed
  the windscreen"): the user is not stated, so `actor` is None, and `item` names the group it was
  used AGAINST when the harmed noun is a known group (here police). No side is guessed.
- the weapon's own phrase: a group possessor or modifier ("police bullets", "the army's
  rockets", "des balles de la police") or a use participle or relative clause on it ("rubber
  bullets fired by police", "the bullets soldiers fired") names its user, whatever the rest of
  the sentence does with the weapon ("two marchers were wounded by police bullets": used by
  police, against the marchers).
Pronoun subjects ("they threw stones") give actor None: there is no coreference here.

Ambiguous words ("rocks", "sticks", "bottles", "bricks") count only when a use or harm verb or a
with/by construction governs them, so "a bottle of water" is not a weapon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsledger.extract import vocab_figures
from newsledger.extract.event_words import words
from newsledger.extract.figures import doc_extension, group_of_noun
from newsledger.extract.vocab import group_of
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.deps import RELATIVE_PRONOUNS, SUBJECT_DEPS, is_passive
from newsledger.nlp.doctext import doc_text, span_text
from newsledger.nlp.types import Attribution

_WEAPON_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(vocab_figures.WEAPONS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)

AMBIGUOUS_WEAPONS = frozenset(
    [
        "rock",
        "rocks",
        "stick",
        "sticks",
        "bottles",
        "bouteilles",
        "brick",
        "bricks",
        "bâton",
        "bâtons",
        "club",
        "clubs",
        "gun",
        "guns",
        "missiles",
        "bomb",
        "bombs",
        "grenade",
        "bullet",
        "bullets",
    ]
)
"""Weapon words with everyday senses: kept only in a use, harm, with or by construction."""

USE_VERBS = frozenset(
    [
        "throw",
        "threw",
        "thrown",
        "hurl",
        "hurled",
        "pelt",
        "pelted",
        "use",
        "used",
        "fire",
        "fired",
        "wield",
        "wielded",
        "launch",
        "launched",
        "lob",
        "lobbed",
        "shoot",
        "shot",
        "deploy",
        "deployed",
        "spray",
        "sprayed",
        "carry",
        "carried",
        "arm",
        "armed",
        "brandish",
        "brandished",
        "attack",
        "attacked",
        "hit",
        "fling",
        "flung",
        "toss",
        "tossed",
        "jeter",
        "lancer",
        "utiliser",
        "tirer",
        "faire",
        "usage",
        "répliquer",
        "riposter",
        "armer",
        "brandir",
    ]
)
"""Verbs whose subject uses their object, or (passive) whose agent uses their subject."""

FRAME_NOUNS = frozenset(
    [
        "use",
        "usage",
        "utilisation",
        "firing",
        "volley",
        "barrage",
        "hail",
        "shower",
        "salvo",
        "canisters",
        "canister",
        "rounds",
        "tirs",
        "jets",
    ]
) | frozenset(
    # containers and loads: "bags of stones", "a crate of petrol bombs", "un sac de pierres"
    words(
        "bag bags sack sacks box boxes crate crates bucket buckets basket baskets load loads "
        "pile piles stack stacks sac sacs caisse caisses seau seaux tas"
    )
)
"""Nouns that frame a weapon ("made use of tear gas", "a hail of stones", a container or a load
of stones): the weapon is what they hold, never the frame itself."""

WITH_WORDS = frozenset({"with", "avec", "using"})
BY_WORDS = frozenset({"by", "par"})
MAX_CLIMB = 6
"""Verb-to-verb steps tried when looking for the subject of a participle or controlled verb."""


def _lower(tok: Token) -> str:
    return tok.lower_


def _is(tok: Token, vocab: frozenset[str]) -> bool:
    return tok.lower_ in vocab or tok.lemma_.lower() in vocab


def _np_group(noun: Token) -> str | None:
    """Group of a noun phrase: its head (refined by modifiers), then its words up to a clause."""
    if noun.pos_ == "PRON":
        return None
    group = group_of_noun(noun)
    if group:
        return group
    for tok in noun.subtree:
        if tok.dep_ in ("relcl", "acl", "acl:relcl"):
            break
        group = group_of(tok)
        if group:
            return group
    return None


def _agent_of(verb: Token) -> Token | None:
    """The by-agent of a passive verb ("used in retaliation by police")."""
    for tok in verb.subtree:
        if tok.lower_ in BY_WORDS and tok.dep_ in ("agent", "prep", "case"):
            objs = [c for c in tok.children if c.dep_ in ("pobj", "obj")]
            if objs:
                return objs[0]
            if tok.dep_ == "case":
                return tok.head
    return None


def _subject_of(verb: Token) -> Token | None:
    """The doer of a verb: its subject, the noun a participle modifies, or a governing verb's."""
    current = verb
    for _ in range(MAX_CLIMB):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if is_passive(current):
                return _agent_of(current)
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ in ("relcl", "acl:relcl"):
                return current.head  # "rioters who threw stones"
            return subject
        if current.dep_ in ("acl", "acl:relcl", "relcl", "amod") and current.head.pos_ in (
            "NOUN",
            "PROPN",
        ):
            return current.head
        if current.dep_ in ("xcomp", "advcl", "conj", "ccomp") and current.head != current:
            current = current.head
            continue
        return None
    return None


def _harmed_group(verb: Token) -> str | None:
    for child in verb.children:
        if (child.dep_ in SUBJECT_DEPS and is_passive(verb)) or child.dep_ in ("dobj", "obj"):
            group = _np_group(child)
            if group:
                return group
    return None


OWNER_DEPS = frozenset({"poss", "compound", "nmod", "nmod:poss"})
"""Links of a modifier that says whose a weapon is ("police bullets", "the army's rockets", "des
balles de la police")."""


def _user_in_phrase(phrase: Span) -> str | None:
    """The group the weapon's own phrase names as its user: a group possessor or modifier, or
    the by-agent or subject of a use verb modifying it ("rubber bullets fired by police", "the
    bullets soldiers fired"; on any word of the weapon's name: the parser may hang the verb on
    "caoutchouc" in "balles en caoutchouc tirées par la police"); None when the phrase names
    none ("rubber bullets")."""
    inside = {tok.i for tok in phrase}
    for child in (c for tok in phrase for c in tok.children if c.i not in inside):
        if child.dep_ in OWNER_DEPS and child.pos_ in ("NOUN", "PROPN"):
            group = group_of_noun(child)
            if group:
                return group
        if child.dep_ in ("acl", "relcl", "acl:relcl") and _is(child, USE_VERBS):
            doer = _agent_of(child) if _is_participle(child) else _own_subject(child)
            group = _np_group(doer) if doer is not None else None
            if group:
                return group
    return None


def _is_participle(verb: Token) -> bool:
    """Whether a verb modifying a noun is a past participle ("bullets fired by police"): the
    noun is what it acts on, its doer the by-agent."""
    return verb.tag_ == "VBN" or verb.morph.get("VerbForm", []) == ["Part"]


def _own_subject(verb: Token) -> Token | None:
    """The subject a relative clause names itself ("the bullets soldiers fired"); a relative
    pronoun stands for the weapon, not its user."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in RELATIVE_PRONOUNS:
            return child
    return None


def _who_used(phrase: Span) -> tuple[str | None, str | None, bool]:
    """(user group, target group, construction found) for a weapon's name: the construction
    around its head (see module docstring), its user named in its own phrase when that says
    none."""
    actor, target, found = _construction_of(phrase.root)
    own = _user_in_phrase(phrase)
    if actor is None and own is not None:
        return own, target, True
    return actor, target, found


def _construction_of(weapon: Token) -> tuple[str | None, str | None, bool]:
    """(user group, target group, construction found) for the weapon noun's phrase."""
    w = weapon
    framed = False
    for _ in range(MAX_CLIMB):
        head = w.head
        if w.dep_ == "conj" or (
            w.dep_ in ("compound", "amod", "appos", "nmod")
            and head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "case" for c in w.children)
        ):
            w = head
            continue
        case = [c for c in w.children if c.dep_ == "case"]
        prep = head if w.dep_ == "pobj" else (case[0] if case else None)
        attach = head.head if w.dep_ == "pobj" else head
        if (
            prep is not None
            and prep.lower_ in ("of", "de", "d'", "d’", "des", "du")
            and _is(attach, FRAME_NOUNS)
        ):
            w = attach  # "made use of tear gas", "bags of stones"
            framed = True
            continue
        break
    head = w.head
    if w.dep_ in SUBJECT_DEPS:
        if is_passive(head):
            agent = _agent_of(head)
            return (_np_group(agent) if agent is not None else None), None, True
        if _is(head, vocab_figures.VICTIM_VERBS):
            return None, _harmed_group(head), True  # "a rock smashed the windscreen"
        return None, None, _is(head, USE_VERBS)
    if w.dep_ in ("dobj", "obj"):
        if not (framed or _is(head, USE_VERBS)):
            return None, None, False
        subject = _subject_of(head)
        return (_np_group(subject) if subject is not None else None), None, True
    case = [c for c in w.children if c.dep_ == "case"]
    prep = head if w.dep_ == "pobj" else (case[0] if case else None)
    attach = head.head if w.dep_ == "pobj" else head
    if prep is None:
        return None, None, False
    word = prep.lower_
    harmed_with = (
        word in WITH_WORDS and _is(attach, vocab_figures.VICTIM_VERBS) and is_passive(attach)
    )
    if word in BY_WORDS or harmed_with:
        if attach.pos_ in ("VERB", "AUX", "ADJ"):
            return None, _harmed_group(attach), True  # "injured by stones hurled at them"
        return None, None, False
    if word in WITH_WORDS or (word in ("de", "d'", "d’") and _is(attach, USE_VERBS)):
        if attach.pos_ in ("NOUN", "PROPN"):
            return _np_group(attach), None, True  # "300 migrants with iron bars"
        if attach.pos_ in ("VERB", "AUX"):
            subject = _subject_of(attach)
            return (_np_group(subject) if subject is not None else None), None, True
    return None, None, False


def extract_weapons(sents: Sequence[Span], article_id: str) -> list[Claim]:
    """Weapon claims from the sentences of one mention, in text order (see the module docstring)."""
    if not sents:
        return []
    doc = sents[0].doc
    attributions: Sequence[Attribution] = doc_extension(doc, "attributions") or ()
    claims: list[Claim] = []
    for sent in sents:
        for match in _WEAPON_RE.finditer(span_text(sent)):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            actor, target, construction = _who_used(span)
            if match.group(1).lower() in AMBIGUOUS_WEAPONS and not construction:
                continue
            evidence = Evidence(article_id, start, end, doc_text(doc)[start:end])
            attributed = next((a.source for a in attributions if a.start <= start < a.end), None)
            claims.append(
                Claim(
                    field="weapon",
                    value=vocab_figures.WEAPONS[match.group(1).lower()],
                    span=evidence,
                    actor=actor,
                    item=target,
                    attributed_to=attributed,
                )
            )
    return claims
