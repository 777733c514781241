"""What a report describes without naming it: a person's age and sex ("a 23-year-old man"), a
block of a street ("the 1200 block of Main Street").

A first report of a shooting often names no one (the police have not yet told the family), and
a later report or another outlet's may name no one either; what two such reports share is the
victim's description, an age and a sex. An age is specific (one of some 80 values) where a town
and a day are shared by every shooting of that night, so two reports of one town and one week
that describe a person of the same age and sex are likely one incident, and two that each
describe people and share no age are likely two (docs/resolution.md, twentieth pass). A block
of a street is the place US police give for a shooting, finer than a town: two reports of the
same block are one incident far more often than two of one town.

Read from the story text a main mention's profile already holds (one regular-expression pass,
no second parse), so the extraction cache is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_AGE = 105
"""Oldest age read as a person's ("a 150-year-old church" is a building)."""

_AGE_WORD = re.compile(
    r"\b(\d{1,3})[- ](?:years?|yrs?)[- ]old\b(?:[\s,]+(?:(?:black|white|hispanic|latino|asian)"
    r"\s+)?([a-z]+))?",
    re.IGNORECASE,
)
"""An age description: the number and the word after it ("23-year-old man", "17-year-old")."""

_APPOSED_AGE = re.compile(r"\b[A-Z][a-z]+,\s+(\d{1,3}),")
"""An age in apposition to a name ("Surname, 23,"): how a report that names the person gives
the age another report gives as "a 23-year-old"."""

MALE_WORDS = frozenset(
    {"man", "male", "boy", "son", "father", "brother", "husband", "grandfather", "gentleman"}
)
FEMALE_WORDS = frozenset(
    {"woman", "female", "girl", "daughter", "mother", "sister", "wife", "grandmother", "lady"}
)
PERSON_WORDS = frozenset(
    {
        "teen", "teenager", "victim", "suspect", "student", "child", "person", "driver",
        "resident", "shooter", "gunman", "was", "is", "had", "who", "died", "and", "from", "of",
    }
)  # fmt: skip
"""Words after an age that make it a person's without telling the sex (and verbs: "a
23-year-old was shot"); any other lower-case word ("a 30-year-old house", "a 50-year-old feud")
makes the age no person's."""

UNKNOWN_SEX = ""
"""The sex of a description that gives none: agrees with either."""

Description = tuple[int, str]
"""An age and a sex ("m", "f" or UNKNOWN_SEX)."""


def _sex_of(word: str | None) -> str | None:
    """"m" or "f" for a word that tells a sex, UNKNOWN_SEX for a person word that does not (or
    none at all: "she was 23-year-old" ends the sentence), None for a word that is no person's."""
    if word is None:
        return UNKNOWN_SEX
    low = word.lower()
    if low in MALE_WORDS or (low.endswith("s") and low[:-1] in MALE_WORDS) or low == "men":
        return "m"
    if low in FEMALE_WORDS or (low.endswith("s") and low[:-1] in FEMALE_WORDS) or low == "women":
        return "f"
    if low in PERSON_WORDS or word[:1].isupper():
        return UNKNOWN_SEX  # a capitalised word is the person's name ("a 23-year-old Given")
    return None


def person_descriptions(text: str) -> frozenset[Description]:
    """The (age, sex) of every person the text describes by age ("a 23-year-old man" -> (23,
    "m"); "a 17-year-old was shot" -> (17, "")); ages of things ("a 30-year-old house") and
    past MAX_AGE are left out. An age in apposition to a name ("Surname, 23,") is a person of
    that age whose sex the text does not tell there."""
    found: set[Description] = set()
    for match in _AGE_WORD.finditer(text):
        age = int(match.group(1))
        sex = _sex_of(match.group(2))
        if 0 < age <= MAX_AGE and sex is not None:
            found.add((age, sex))
    for match in _APPOSED_AGE.finditer(text):
        age = int(match.group(1))
        if 0 < age <= MAX_AGE:
            found.add((age, UNKNOWN_SEX))
    return frozenset(found)


def descriptions_meet(first: Iterable[Description], second: Iterable[Description]) -> bool:
    """Some person of one report has the age of some person of the other and no other sex."""
    others = list(second)
    return any(
        age == other_age and (sex == other_sex or UNKNOWN_SEX in (sex, other_sex))
        for age, sex in first
        for other_age, other_sex in others
    )


_BLOCK = re.compile(
    r"\b(\d{1,5})\s+block\s+of\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|[nsew]\.?)\s+)?([a-z0-9][\w'-]*)",
    re.IGNORECASE,
)
"""A block address: its number and the first word of the street ("1200 block of North Main
Street" -> 1200, "Main")."""

_HOUSE_ADDRESS = re.compile(
    r"\b(\d{2,5})\s+(?:[NSEW]\.?\s+)?([A-Z][a-z]+)\s+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Way)\b"
)
"""A house address with a one-word street name ("4512 Elm Street"), read as its block."""

Block = tuple[int, str]
"""A block of a street: the hundreds of its number (12 for "1200 block", "1234 Elm") and the
street's first word, lower case."""


def street_blocks(text: str) -> frozenset[Block]:
    """The blocks of streets a text gives ("the 1200 block of Elm Street" and "1234 Elm
    Street" are both (12, "elm"))."""
    found = {
        (int(number) // 100, street.lower())
        for pattern in (_BLOCK, _HOUSE_ADDRESS)
        for number, street in pattern.findall(text)
    }
    return frozenset(found)
