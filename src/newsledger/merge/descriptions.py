"""What a report describes without naming it: a person's age and sex ("a 23-year-old man"), a
block of a street ("the 1200 block of Main Street"). English reports only: the wording read is
US police and press wording, and in other languages "Roma, 23," is a house number.

A first report of a shooting often names no one (the police have not yet told the family), and
a later report or another outlet's may name no one either; what two such reports share is the
victim's description, an age and a sex. On the gva_dev train fold a shared age and sex carries
almost no weight (described_alike +0.05: most reports of one town and week that describe a
person of one age are still other shootings), while two reports that each describe people and
share no age are more often two incidents (described_apart; docs/resolution.md, twentieth pass).
A block of a street is the place US police give for a shooting, finer than a town: two reports
of the same block are one incident far more often than two of one town.

Read from the story text a main mention's profile already holds (regular-expression passes, no
second parse), so the extraction cache is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import NamedTuple

from newsledger.extract.actors.names import AGE_UNITS
from newsledger.extract.figures import DISTINCT_PERSON_NOUNS, KIN_GENDERS, KIN_SIDES
from newsledger.extract.vocab_figures import PLAIN_PERSON_NOUNS
from newsledger.nlp.numbers import STREET_WORDS

DESCRIBED_LANGUAGES = frozenset({"en"})
"""Languages whose reports are read for descriptions and blocks (the wording is English)."""

MAX_AGE = 105
"""Oldest age read as a person's ("a 150-year-old church" is a building)."""

_AGE_UNIT = "|".join(sorted(AGE_UNITS | {"yr", "yrs"}, key=len, reverse=True))
_AGE_WORD = re.compile(
    rf"\b(\d{{1,3}})[- ]({_AGE_UNIT})[- ]old\b((?:[\s,]+[A-Za-z][\w'-]*){{0,4}})",
    re.IGNORECASE,
)
"""An age description: the number, its unit and up to four words after it ("23-year-old
pregnant woman", "3-month-old baby", "17-year-old was shot")."""

_APPOSED_AGE = re.compile(r"((?:\b[A-Za-z][\w'-]*\s+){0,3}\b[A-Za-z][\w'-]*),\s+(\d{1,3}),")
"""An age in apposition ("a man, 23,", "Given Surname, 23,"): up to four words and the age."""

MALE_WORDS = frozenset(
    {"man", "men", "male", "males", "boy", "boys", "gentleman"} | KIN_GENDERS[0]
)
FEMALE_WORDS = frozenset(
    {"woman", "women", "female", "females", "girl", "girls", "lady"} | KIN_GENDERS[1]
)
PERSON_NOUNS = frozenset(
    DISTINCT_PERSON_NOUNS
    | PLAIN_PERSON_NOUNS
    | frozenset().union(*KIN_SIDES)
    | {"victim", "suspect", "student", "driver", "resident", "shooter", "gunman", "passenger"}
)
"""Nouns that make an age a person's without telling the sex (the package's person and kin
lists, and the roles a shooting report gives)."""

PERSON_CUES = frozenset(
    {"was", "is", "had", "has", "who", "died", "and", "from", "of", "shot", "in", "on", "at"}
)
"""Words right after an age that make it a person's ("a 23-year-old was shot", "a
45-year-old shot dead", "a 19-year-old from the east side"); any other word is read as an
adjective up to a noun, and a noun that is no person's ("house", "feud", "truck") makes the age
no person's."""

_ENDS_PHRASE = re.compile(r"[,.;:!?]")

UNKNOWN_SEX = ""
"""The sex of a description that gives none: agrees with either."""

Description = tuple[int, str]
"""An age and a sex ("m", "f" or UNKNOWN_SEX)."""


def _plain(word: str) -> str:
    """A word in lower case without a plural "s" when the singular is a person noun."""
    low = word.lower()
    if low.endswith("s") and low[:-1] in PERSON_NOUNS | MALE_WORDS | FEMALE_WORDS:
        return low[:-1]
    return low


def person_sex(word: str) -> str | None:
    """"m" or "f" for a person noun that tells a sex, UNKNOWN_SEX for one that does not, None
    for a word that is no person noun."""
    low = _plain(word)
    if low in MALE_WORDS:
        return "m"
    if low in FEMALE_WORDS:
        return "f"
    return UNKNOWN_SEX if low in PERSON_NOUNS else None


def _sex_after_age(tail: str) -> str | None:
    """The sex the words after an age give ("pregnant woman" -> "f"), UNKNOWN_SEX when they
    make it a person's without a sex (none, or a verb: "was shot"), None when they make it a
    thing's ("house") or a capitalised word stands first (a name or a brand: "Ford truck",
    "Victorian house" are not read as people)."""
    clause = _ENDS_PHRASE.split(tail.lstrip(" \t\n,"), maxsplit=1)[0] if tail.strip() else ""
    words = clause.split()
    if not words:
        return UNKNOWN_SEX  # "the victim was 34 years old."
    if words[0][:1].isupper():
        return None
    if words[0].lower() in PERSON_CUES:
        return UNKNOWN_SEX
    for word in words:
        if word[:1].isupper():
            return None
        sex = person_sex(word)
        if sex is not None:
            return sex
    return None


def _age_in_years(number: str, unit: str) -> int:
    """The age in whole years ("3-month-old" is 0)."""
    return int(number) if unit.lower().startswith("y") else 0


def _apposed_person(words: str, people: Collection[str]) -> str | None:
    """The sex the words before an apposed age give: a person noun ("a man, 23,") or the end of
    a typed victim's or accused's name ("Given Surname, 23," with "given surname" in `people`,
    or the surname alone); None for any other word (an address "Main, 23," an official)."""
    parts = words.split()
    sex = person_sex(parts[-1])
    if sex is not None:
        return sex
    tail = [w.lower() for w in parts]
    for name in people:
        named = name.split()
        if named and (tail[-len(named):] == named or tail[-1:] == named[-1:]):
            return UNKNOWN_SEX
    return None


def person_descriptions(
    text: str, language: str | None, people: Collection[str] = ()
) -> frozenset[Description]:
    """The (age, sex) of every person an English text describes by age ("a 23-year-old man" ->
    (23, "m"); "a 17-year-old was shot" -> (17, "")); ages of things ("a 30-year-old house")
    and past MAX_AGE are left out. An age in apposition is a person's only after a person noun
    or a typed person's name (`people`: the profile's victims and accused, lower case)."""
    if language not in DESCRIBED_LANGUAGES:
        return frozenset()
    found: set[Description] = set()
    for match in _AGE_WORD.finditer(text):
        age = _age_in_years(match.group(1), match.group(2))
        sex = _sex_after_age(match.group(3))
        if age <= MAX_AGE and sex is not None:
            found.add((age, sex))
    for match in _APPOSED_AGE.finditer(text):
        age = int(match.group(2))
        sex = _apposed_person(match.group(1), people)
        if 0 < age <= MAX_AGE and sex is not None:
            found.add((age, sex))
    return frozenset(found)


def descriptions_meet(first: Iterable[Description], second: Iterable[Description]) -> bool:
    """Some person of one report has the age of some person of the other and no other sex."""
    others = list(second)
    return any(
        age == other_age and (sex == other_sex or UNKNOWN_SEX in (sex, other_sex))
        for age, sex in first
        for other_age, other_sex in others
    )


_DIRECTION = r"(?:(?i:north|south|east|west)|[NSEW]\.?)"
_STREET_NAME = r"[A-Za-z0-9][\w'.-]*(?:\s+(?-i:[A-Z0-9])[\w'.-]*){0,4}"
_BLOCK = re.compile(
    rf"\b(\d{{1,5}})\s+block\s+of\s+(?:the\s+)?(?:({_DIRECTION})\s+)?({_STREET_NAME})",
    re.IGNORECASE,
)
"""A block address: its number, a direction and the street's words ("1200 block of North Main
Street" -> 1200, "North", "Main Street")."""

_STREET_WORD = "|".join(sorted({w.capitalize() for w in STREET_WORDS}, key=len, reverse=True))
"""The street words of `nlp.numbers.STREET_WORDS` as a house address writes them ("Street",
"Ave"): one list for the extractor's addresses and these."""

_HOUSE_ADDRESS = re.compile(
    rf"\b(\d{{2,5}})\s+(?:({_DIRECTION})\s+)?((?:[A-Z0-9][\w'.-]*\s+){{1,4}}?)"
    rf"({_STREET_WORD})\b\.?(?!\s+[A-Z])"
)
"""A house address ending in a street word ("4512 Elm Street", "1200 West Main Street"), read as
its block; a capitalised word after the street word makes it a name ("Main Street
Festival")."""


class Block(NamedTuple):
    """A block of a street: the hundreds of its number (12 for "1200 block", "1234 Elm"), the
    street's direction and name without its street word, lower case ("w 63rd", "martin luther
    king"), and its street type (`STREET_TYPES`: "dr" for "Drive" and "Dr."), None when the
    report writes none ("the 900 block of Main", "Highway 61")."""

    hundreds: int
    street: str
    kind: str | None


STREET_TYPES: dict[str, str] = {
    "st": "st",
    "street": "st",
    "ave": "ave",
    "avenue": "ave",
    "rd": "rd",
    "road": "rd",
    "blvd": "blvd",
    "boulevard": "blvd",
    "dr": "dr",
    "drive": "dr",
    "lane": "ln",
    "ln": "ln",
    "way": "way",
    "court": "ct",
    "ct": "ct",
    "place": "pl",
    "pl": "pl",
    "highway": "hwy",
    "hwy": "hwy",
    "rue": "rue",
    "allée": "allée",
    "chemin": "chemin",
    "impasse": "impasse",
    "quai": "quai",
}
"""Each street word of `nlp.numbers.STREET_WORDS` and its type, one for a word and its
abbreviation ("Drive" and "Dr." are "dr"): "King Drive" and "King Street" are two streets of
one town, "King Dr." and "King Drive" one."""

_SAINT = frozenset({"st", "saint", "ste"})
"""Heads of a street name that are a saint's title, not the street word ("St. Clair Ave")."""


def street_key(direction: str | None, name: str) -> tuple[str, str | None] | None:
    """The direction's initial and the street's words without its street word, and the street
    word's type (`STREET_TYPES`): "North", "Main Street" -> ("n main", "st"); "St. Clair Ave" ->
    ("st clair", "ave"); "Highway 61" -> ("highway 61", None). None when no name is left."""
    words = [w.strip(".,'").lower() for w in name.split()]
    words = [w for w in words if w]
    kind: str | None = None
    while len(words) > 1 and words[-1] in STREET_WORDS:
        kind = kind or STREET_TYPES.get(words[-1])
        words.pop()
    if not words:
        return None
    if words[0] in _SAINT and len(words) > 1:
        words[0] = "st"
    head = direction[0].lower() + " " if direction else ""
    return head + " ".join(words), kind


def undirected(key: str) -> str:
    """A street key without its direction's initial ("w 63rd" -> "63rd"): what two reports of
    one block share when only one of them writes the direction."""
    return key[2:] if len(key) > 2 and key[1] == " " and key[0] in "nsew" else key


def shortened_street(first: str, second: str) -> bool:
    """Whether one street name is a shortened form of the other: the same last word and one
    name's words a subset of the other's ("martin luther king" and "king", "john f kennedy" and
    "kennedy"). Two reports of one block write the long name and the short one; two streets of
    one town rarely share a last word and a block number too (over the gva_dev training pairs
    the rule joined one pair of blocks, of one incident: docs/resolution.md, twenty-first
    pass)."""
    words_first, words_second = first.split(), second.split()
    if not words_first or not words_second or words_first[-1] != words_second[-1]:
        return False
    return set(words_first) <= set(words_second) or set(words_second) <= set(words_first)


def _direction(key: str) -> str | None:
    """A street key's direction initial ("w 63rd" -> "w"), None when it writes none."""
    return None if undirected(key) == key else key[0]


def _same_block(first: Block, second: Block) -> bool:
    """One block of one street: the same hundreds and street name, the direction agreeing when
    both write one ("West 63rd" and "63rd" meet; "West 63rd" and "East 63rd" do not), or the
    street's name whole on one side and shortened on the other (`shortened_street`: "S. Martin
    Luther King Drive" and "S. King Drive") with the street type agreeing when both write one
    ("Martin Luther King Drive" and "King Street" are two streets). One name under two types
    ("Elm Ave", "Elm St") is still one block: over the gva_dev training reports of one state,
    such pairs were one incident in 7 of 9, reporters miswriting the type."""
    if first.hundreds != second.hundreds:
        return False
    if first.street == second.street:
        return True
    direction_first, direction_second = _direction(first.street), _direction(second.street)
    if direction_first and direction_second and direction_first != direction_second:
        return False
    name_first, name_second = undirected(first.street), undirected(second.street)
    if name_first == name_second:
        return True
    if first.kind and second.kind and first.kind != second.kind:
        return False
    return shortened_street(name_first, name_second)


def blocks_meet(first: Iterable[Block], second: Iterable[Block]) -> bool:
    """Whether two stories give one block of a street (`_same_block`): a report that drops the
    street's direction ("the 6300 block of 71st Street") still names the block another report
    gives as "West 71st Street"."""
    seconds = list(second)
    return any(_same_block(a, b) for a in first for b in seconds)


def _street_words(name: str) -> str:
    """The street's words up to and with its first street word ("Main Street in the" ->
    "Main Street"): what follows is another phrase."""
    kept: list[str] = []
    for index, word in enumerate(name.split()):
        low = word.strip(".,").lower()
        if index > 0 and not word[:1].isupper() and not word[:1].isdigit():
            break
        kept.append(word)
        if index > 0 and low in STREET_WORDS:
            break
    return " ".join(kept)


def street_blocks(text: str, language: str | None) -> frozenset[Block]:
    """The blocks of streets an English text gives ("the 1200 block of Elm Street" and "1234
    Elm Street" are both (12, "elm", "st")). Read in English word order only, number, name,
    street word: a French address ("12 rue de la Paix") puts the street word first and is not
    read, though `STREET_WORDS` holds "rue" for the extractor's count filter."""
    if language not in DESCRIBED_LANGUAGES:
        return frozenset()
    found: set[Block] = set()
    for number, direction, name in _BLOCK.findall(text):
        key = street_key(direction or None, _street_words(name))
        if key is not None:
            found.add(Block(int(number) // 100, *key))
    for number, direction, name, word in _HOUSE_ADDRESS.findall(text):
        key = street_key(direction or None, f"{name}{word}")
        if key is not None:
            found.add(Block(int(number) // 100, *key))
    return frozenset(found)
