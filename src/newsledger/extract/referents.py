"""Who a pronoun of one person stands for, for the casualty figures it tells.

Why: a report names its victim or its suspect once and goes on with "he" or "she" ("The suspect
was taken to a hospital. He later died"); the figure claim of the pronoun carries the words it
stands for (`Claim.refers_to`), as the evidence of whose count it is. Found here by light
head-word coreference: `actors.nouns`' rule (the nearest earlier person noun or name of the same
number, in the pronoun's sentence or the ANTECEDENT_SENTENCES before it, the same pronoun before
it standing for the same person) with the pronoun's gender checked against the noun's where
English marks it ("he" never stands for "the woman"). English only: in French the nouns' gender
is grammatical, not the person's, so "il" and "elle" stand for nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import actor_kind
from newsledger.extract.actors.nouns import ANTECEDENT_SENTENCES, resolve_argument
from newsledger.nlp.deps import SUBJECT_DEPS

MALE_NOUNS = frozenset({
    "man", "boy", "husband", "father", "dad", "son", "brother", "uncle", "grandfather",
    "grandson", "nephew", "boyfriend", "stepson", "stepfather", "gentleman", "male",
})  # fmt: skip
"""Person nouns that name a man: never what "she" stands for."""

FEMALE_NOUNS = frozenset({
    "woman", "girl", "wife", "mother", "mom", "daughter", "sister", "aunt", "grandmother",
    "granddaughter", "niece", "girlfriend", "stepdaughter", "stepmother", "lady", "female",
})  # fmt: skip
"""Person nouns that name a woman: never what "he" stands for."""

PRONOUN_GENDERS = {"he": FEMALE_NOUNS, "she": MALE_NOUNS}
"""The English pronouns of one person, with the nouns each cannot stand for."""


def _names_one_person(cand: Token) -> bool:
    """A person's name (its last word) or a singular noun of a person ("the victim")."""
    if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in ("compound", "poss"):
        return False
    doc = cand.doc
    if cand.ent_type_ == "PERSON" and cand.pos_ == "PROPN":
        return cand.i + 1 >= len(doc) or doc[cand.i + 1].ent_iob_ != "I"
    return actor_kind(cand, "en") is not None and cand.morph.get("Number", []) == ["Sing"]


def _head_of_apposition(cand: Token) -> Token:
    """The noun an apposition describes ("the shooter, a 20-year-old man": the shooter), so the
    pronoun takes the role of the noun the clause is about."""
    while cand.dep_ == "appos" and cand.head.i != cand.i:
        cand = cand.head
    return cand


def _fitting(pronoun: Token, cand: Token, barred: frozenset[str]) -> Token | None:
    """The word cand stands for when the pronoun may stand for it too, else None: a name or a
    singular person noun of no contradicting gender, or the same pronoun (its own referent)."""
    if cand.lower_ == pronoun.lower_ and cand.pos_ == "PRON":
        return cand
    if _names_one_person(cand) and cand.lemma_.lower() not in barred:
        return _head_of_apposition(cand)
    return None


def _pick(fits: list[Token]) -> Token | None:
    """Of the people one sentence names that the pronoun may stand for, the one it does: the
    only one, or the subject when no object of its verb fits too ("A gunman shot a clerk. He
    was killed": either, so none); a guess is no referent."""
    distinct = {t.i: t for t in fits}
    if len(distinct) == 1:
        return fits[0]
    subjects = [t for t in distinct.values() if t.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if any(t.dep_ in ("dobj", "obj") and t.head.i == subject.head.i for t in distinct.values()):
        return None
    return subject


def pronoun_referent(pronoun: Token) -> Token | None:
    """The word an English "he" or "she" stands for, in the nearest sentence (the pronoun's own,
    before it, or one of ANTECEDENT_SENTENCES before) that names someone it may stand for: the
    only such name or singular person noun whose gender does not contradict the pronoun's, or
    that sentence's subject (`_pick`), or what the same pronoun there stands for ("He was shot
    in the chest. He died"), else None (no guess)."""
    barred = PRONOUN_GENDERS.get(pronoun.lower_)
    if barred is None or pronoun.lang_ != "en":
        return None
    doc = pronoun.doc
    end = pronoun.i
    start = pronoun.sent.start
    for _ in range(ANTECEDENT_SENTENCES + 1):
        fits = [
            f for i in range(end - 1, start - 1, -1) if (f := _fitting(pronoun, doc[i], barred))
        ]
        if fits:
            chosen = _pick(fits)
            if chosen is None:
                return None
            if chosen.pos_ == "PRON":
                return pronoun_referent(chosen)  # "He was shot. ... He died": the same person
            return resolve_argument(chosen) or chosen
        if start == 0:
            break
        end = start
        start = doc[start - 1].sent.start
    return None
