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


def pronoun_referent(pronoun: Token) -> Token | None:
    """The word an English "he" or "she" stands for: the nearest earlier name or singular
    person noun whose gender does not contradict the pronoun's, or what the same pronoun
    before it stands for ("He was shot in the chest. He died"), else None (no guess)."""
    barred = PRONOUN_GENDERS.get(pronoun.lower_)
    if barred is None or pronoun.lang_ != "en":
        return None
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for i in range(pronoun.i - 1, first - 1, -1):
        cand = doc[i]
        if cand.lower_ == pronoun.lower_ and cand.pos_ == "PRON":
            return pronoun_referent(cand)  # "He was shot. ... He died": the same person
        if _names_one_person(cand) and cand.lemma_.lower() not in barred:
            return resolve_argument(cand) or cand
    return None
