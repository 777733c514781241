"""What an argument noun names: framing nouns looked through ("a group of 100 migrants"),
relative and personal pronouns resolved, names in apposition and conjuncts kept on the same side,
bare counts ("wounded 71") typed by the noun they elide."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import (
    APPOSITION_HOPS,
    PEOPLE_KINDS,
    RANK_NOUNS,
    actor_kind,
    kind_in_role,
)
from newsledger.extract.actors.syntax import OBJECT_DEPS
from newsledger.extract.event_words import (
    ABDUCT,
    ARREST,
    INJURE,
    KILL,
    SHOOT,
    STAB,
    words,
)
from newsledger.extract.vocab import (
    group_of,
)
from newsledger.lang.fr.vocab import (
    APPROX_NUMBER_NOUNS,
)
from newsledger.nlp.deps import (
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
)

FRAME_NOUNS = words(
    "group groups members member hundreds dozens thousands scores number crowd crowds band "
    "gang contingent unit units squad team dozen handful majority some several many groupe "
    "groupes membres centaines dizaines milliers plusieurs"
)
"""Nouns that frame the people an argument really names ("a group of 100 migrants")."""


def _through_frame(tok: Token) -> Token:
    """ "a group of 100 migrants" -> migrants; "members of the police force" -> force."""
    for _ in range(2):
        french = tok.doc.lang_ == "fr" and tok.lemma_.lower() in APPROX_NUMBER_NOUNS
        if tok.lemma_.lower() not in FRAME_NOUNS and tok.lower_ not in FRAME_NOUNS and not french:
            return tok
        inner = next(
            (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "de", "d'")
             for g in c.children if g.dep_ in ("pobj", "obj", "nmod")),
            None,
        )  # fmt: skip
        if inner is None and tok.doc.lang_ == "fr":  # UD: "centaine" -nmod-> "migrants" -case-> de
            inner = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "nmod"
                    and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)
                ),
                None,
            )
        if inner is None:
            return tok
        tok = inner
    return tok


def _names_one_person(tok: Token) -> bool:
    """Whether a noun names one person: a person's name, or a singular noun for a person by
    office, rank or deed ("the governor", "the commander", "the suspect")."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.tag_ == "NN" and (tok.lower_ in PEOPLE_KINDS or tok.lower_ in RANK_NOUNS)


def resolve_argument(tok: Token) -> Token | None:
    """The noun an argument names: relative pronouns to their noun, frames looked through."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        verb = tok.head
        if verb.dep_ not in ("relcl", "acl:relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if tok.lower_ == "which" and _names_one_person(verb.head):
            return None  # "which" never stands for a person: the parser hung the clause there
        tok = verb.head
    if tok.pos_ == "PRON":  # "he", "they"; "those injured", "all of them": a count
        return tok if tok.lower_ in PERSONAL_PRONOUNS or tok.lower_ in COUNT_WORDS else None
    if tok.pos_ == "NUM":  # "seven of the officers" / bare number: look at its of-object
        tok = _through_frame(tok)
    return _through_frame(tok)


SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her"})


PLURAL_PRONOUNS = frozenset({"they", "them"})


PERSONAL_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
"""Third-person pronouns an actor may hide behind ("he opened fire", "they killed 23 soldiers");
first and second persons are speakers and readers, never resolved."""


ANTECEDENT_SENTENCES = 2
"""How many sentences before a pronoun's own are searched for what it names."""


GROUP_ENTS = frozenset({"ORG", "NORP"})


def _compatible(cand: Token, plural: bool) -> bool:
    """Whether a noun could be what a pronoun names: a person's name or a singular person noun
    for he/she, a plural person noun or a named group for they."""
    if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in ("compound", "poss"):
        return False
    if cand.ent_type_ == "PERSON" and cand.pos_ == "PROPN":
        return not plural and (cand.i + 1 >= len(cand.doc) or cand.doc[cand.i + 1].ent_iob_ != "I")
    if cand.ent_type_ in GROUP_ENTS and cand.pos_ == "PROPN":
        return plural
    if actor_kind(cand, "en") is None:
        return False
    number = cand.morph.get("Number", [])
    return number == (["Plur"] if plural else ["Sing"])


def antecedent(pronoun: Token) -> Token | None:
    """The nearest earlier noun a third-person pronoun can name (its own sentence first, then up
    to ANTECEDENT_SENTENCES before): light head-word coreference, by number and person-hood
    only. None when nothing fits: a guess would be worse than no actor."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for i in range(pronoun.i - 1, first - 1, -1):
        cand = doc[i]
        if _compatible(cand, plural):
            return _through_frame(cand)
    return None


def with_conjuncts(tok: Token) -> list[Token]:
    """The argument with the nouns coordinated with it and the names in apposition to any of
    them ("arrested activists, including A, his wife B and the writer C"): the same side."""
    out = [tok]
    frontier = [tok]
    for _ in range(APPOSITION_HOPS):
        found: list[Token] = []
        for head in frontier:
            found.extend(c for c in head.conjuncts if c not in out and c not in found
                         and (c.pos_ in ("NOUN", "PROPN", "PRON") or group_of(c)))  # fmt: skip
            found.extend(c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c not in out and c not in found)  # fmt: skip
        if not found:
            break
        out.extend(found)
        frontier = found
    return out


COUNTED_VICTIM_FAMILIES = frozenset({KILL, INJURE, SHOOT, STAB, ABDUCT, ARREST})
"""Events whose undergoers can only be people: a bare count in their target role names people
("wounded 71", "five more were hurt", "injuring 200 others")."""


COUNT_WORDS = words(
    "others more another all some many several scores dozens hundreds thousands few those "
    "autres"
)
"""Words that stand for a number of people already named or implied ("and 20 others")."""


def is_count(tok: Token) -> bool:
    """Whether an argument is a bare count with no noun of its own ("71", "200 others")."""
    if tok.pos_ == "NUM" or tok.like_num:
        return tok.dep_ not in ("nummod", "compound", "quantmod")
    return tok.lower_ in COUNT_WORDS and tok.pos_ in ("NOUN", "ADJ", "PRON", "DET", "NUM")


NEGATING_WORDS = words("no none nobody")
"""Words that make a count name no one ("no one was hurt", "none of them was hit")."""


def is_negated_count(tok: Token) -> bool:
    """Whether a count says that nobody underwent or did it ("no one was killed")."""
    return tok.lower_ in NEGATING_WORDS or any(
        c.lower_ in NEGATING_WORDS for c in tok.lefts if c.dep_ in ("det", "neg", "advmod")
    )


def counted_noun(count: Token) -> Token | None:
    """The noun a bare count is a part of ("three of the victims" -> victims, "two of them" ->
    what "them" stands for), else None."""
    for child in count.children:
        if child.dep_ != "prep" or child.lower_ not in ("of", "among"):
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ == "PRON":
                return antecedent(obj)
            return obj
    return None


def _parallel_noun(count: Token) -> Token | None:
    """The noun a bare count elides, read from the verb its own verb is conjoined with: "killed
    13 people and wounded 71" -> people; "a man was killed and five more were hurt" -> man."""
    verb = count.head
    while verb.dep_ in ("prep", "pobj", "amod", "nummod", "quantmod") and verb.head != verb:
        verb = verb.head  # "more than 260 others": the count sits under "than"/"more"
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    for other in linked:
        for child in other.children:
            if child.dep_ in (count.dep_, *OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and not is_count(
                child
            ) and child.pos_ in ("NOUN", "PROPN"):
                return _through_frame(child)
    return None


def counted_victims(tok: Token, family: str, lang: str) -> tuple[Token, str | None]:
    """(noun, kind) for a bare count acted upon: the parallel noun's kind when it has one, else
    `unknown` (people, but nothing says which side)."""
    if not is_count(tok):
        return tok, None
    parallel = _parallel_noun(tok)
    if parallel is not None:
        kind = kind_in_role(parallel, "target", family, lang)
        if kind is not None:
            return parallel, kind
    return tok, "unknown"


HURT_LEMMAS = words("injure wound hurt maim blesser")


def only_hurt(tok: Token) -> bool:
    """Whether an argument is only said to be hurt ("two rioters were injured by rubber
    bullets"), whatever trigger it was read from: like a weak trigger, hurt alone does not make
    a side that acted the side acted upon."""
    return tok.dep_ in PASSIVE_SUBJECT_DEPS and tok.head.lemma_.lower() in HURT_LEMMAS
