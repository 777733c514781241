"""What a report describes without naming it (merge/descriptions.py): the age and sex of the
people it tells of, the block of a street it gives; and the link features that compare them
(merge/linker.py, docs/resolution.md twentieth pass). The sentences, streets and places are
this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.descriptions import (
    STREET_TYPES,
    UNKNOWN_SEX,
    blocks_meet,
    descriptions_meet,
    person_descriptions,
    street_blocks,
)
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.nlp.numbers import STREET_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 23-year-old man was wounded on the porch.", {(23, "m")}),
        ("Officers found a 41 year old woman in the car.", {(41, "f")}),
        ("The 16-year-old boy and a 15-year-old girl ran.", {(16, "m"), (15, "f")}),
        ("A 19-year-old was taken to hospital.", {(19, UNKNOWN_SEX)}),
        ("The victim was 34 years old.", {(34, UNKNOWN_SEX)}),
        ("A 70-year-old black man sat on the bench.", {(70, "m")}),
        ("Two 20-year-old men were arrested.", {(20, "m")}),
        ("Police named him as Given Surname, 27, of the east side.", {(27, UNKNOWN_SEX)}),
        ("A 23-year-old pregnant woman was hit in the leg.", {(23, "f")}),
        ("Deputies detained a 17-year-old juvenile.", {(17, UNKNOWN_SEX)}),
        ("A 2-year-old toddler was grazed.", {(2, UNKNOWN_SEX)}),
        ("A 3-month-old baby was in the back seat.", {(0, UNKNOWN_SEX)}),
        ("Her 30-year-old uncle drove her home.", {(30, "m")}),
        ("A 45-year-old shot dead near the gas station was identified.", {(45, UNKNOWN_SEX)}),
        ("Officers found a man, 52, lying in the yard.", {(52, "m")}),
    ],
)
def test_ages_with_the_sex_they_tell_are_read(text: str, expected: set[tuple[int, str]]) -> None:
    assert person_descriptions(text, "en", {"given surname"}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shots hit a 90-year-old building on the corner.",
        "A 30-year-old feud between two families flared again.",
        "The 150-year-old man of the legend never lived.",
        "The bullet struck a 50-year-old Ford truck parked outside.",
        "Glass broke in a 30-year-old Victorian house.",
        "Mourners gathered at the 100-year-old Church.",
        "The mayor, Lastname, 61, spoke at the vigil.",
        "The gunfire was heard on Maple, 40, and on Oak.",
    ],
)
def test_ages_of_things_and_untyped_names_are_no_persons(text: str) -> None:
    assert person_descriptions(text, "en", {"given surname"}) == frozenset()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un uomo è stato ferito in via Verdi, 23, a Borgonuovo.", "it"),
        ("El alcalde, Apellido, 49, habló con la prensa.", "es"),
        ("Un homme de 23 ans a été blessé rue Haute, 23, à Villeneuve.", "fr"),
        ("A 23-year-old man was wounded.", None),
    ],
)
def test_descriptions_are_read_in_english_reports_only(text: str, language: str | None) -> None:
    assert person_descriptions(text, language, {"apellido"}) == frozenset()


def test_a_suspect_beside_an_unlisted_victim_word_keeps_the_victim() -> None:
    first = person_descriptions(
        "A 23-year-old pregnant woman was shot; police arrested a 30-year-old man.", "en"
    )
    assert descriptions_meet(first, person_descriptions("A 23-year-old woman was shot.", "en"))


@pytest.mark.parametrize(
    ("first", "second", "meet"),
    [
        ({(23, "m")}, {(23, "m"), (40, "f")}, True),
        ({(23, UNKNOWN_SEX)}, {(23, "f")}, True),
        ({(23, "m")}, {(23, "f")}, False),
        ({(23, "m")}, {(24, "m")}, False),
    ],
)
def test_descriptions_meet_on_one_age_and_no_other_sex(
    first: set[tuple[int, str]], second: set[tuple[int, str]], meet: bool
) -> None:
    assert descriptions_meet(first, second) is meet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shots rang out in the 1200 block of North Elm Street.", {(12, "n elm", "st")}),
        ("Police were called to the 300 block of E. Larkspur Ave.", {(3, "e larkspur", "ave")}),
        ("The house at 4512 Juniper Street was hit.", {(45, "juniper", "st")}),
        ("The man was found on a quiet street downtown.", set()),
        ("Shots were fired at 1200 West Maple Street.", {(12, "w maple", "st")}),
        ("A car crashed in the 900 block of Highway 42 at dawn.", {(9, "highway 42", None)}),
        ("Officers went to the 200 block of Avenue C.", {(2, "avenue c", None)}),
        ("Crowds filled the 2031 Maple Street Fair.", set()),
    ],
)
def test_blocks_of_streets_are_read(text: str, expected: set[tuple[int, str, str | None]]) -> None:
    assert street_blocks(text, "en") == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the 1200 block of St. Agnes Ave", "the 1200 block of St. Brigid Avenue"),
        ("the 6300 block of West 71st Street", "the 6300 block of East 71st Street"),
        ("the 500 block of Pine Lane", "the 500 block of Pine Hill Road"),
    ],
)
def test_streets_that_share_a_first_word_are_other_blocks(first: str, second: str) -> None:
    assert not street_blocks(first, "en") & street_blocks(second, "en")


def test_a_block_and_a_house_address_on_it_are_one_block() -> None:
    assert street_blocks("the 4500 block of Juniper Street", "en") == street_blocks(
        "outside 4512 Juniper Street", "en"
    )


def test_blocks_are_read_in_english_reports_only() -> None:
    assert street_blocks("Disparos en el 1200 block of Calle Mayor.", "es") == frozenset()


MILLBROOK = PlaceFact(8101, "Millbrook", "US", "S2", 40.0, -90.0, 1)
DAY = date(2034, 3, 9)


def told(key: str, text: str) -> MentionProfile:
    """A report of one day and town that names no one, describing what `text` describes."""
    p = report(key, day=DAY, place=MILLBROOK, words={"gunfire": 2.5})
    return replace(
        p, described=person_descriptions(text, "en"), blocks=street_blocks(text, "en")
    )


@pytest.mark.parametrize(
    ("first", "second", "alike", "apart"),
    [
        ("A 23-year-old man was shot.", "Police said the 23-year-old died.", 1.0, 0.0),
        ("A 23-year-old man was shot.", "A 51-year-old woman was shot.", 0.0, 1.0),
        ("A 23-year-old man was shot.", "A man was shot.", 0.0, 0.0),
    ],
)
def test_the_description_features(first: str, second: str, alike: float, apart: float) -> None:
    features = linker.link_features(told("a", first), told("b", second))
    assert (features["described_alike"], features["described_apart"]) == (alike, apart)


@pytest.mark.parametrize(
    ("first", "second", "same", "other"),
    [
        ("in the 800 block of Birch Road", "at 815 Birch Road", 1.0, 0.0),
        ("in the 800 block of Birch Road", "in the 800 block of Cedar Lane", 0.0, 1.0),
        ("in the 800 block of Birch Road", "on Birch Road", 0.0, 0.0),
    ],
)
def test_the_block_features(first: str, second: str, same: float, other: float) -> None:
    features = linker.link_features(told("a", first), told("b", second))
    assert (features["same_block"], features["other_block"]) == (same, other)


def test_a_shared_block_is_a_reason_in_plain_words() -> None:
    first = told("a", "Shots were fired in the 800 block of Birch Road.")
    second = told("b", "A man was hit at 815 Birch Road.")
    assert "same block of a street" in linker.reasons(first, second)


@pytest.mark.parametrize(
    ("first", "second", "meet"),
    [
        ("the 6300 block of West 71st Street", "the 6300 block of 71st Street", True),
        ("the 6300 block of 71st Street", "outside 6321 W. 71st Street", True),
        ("the 6300 block of West 71st Street", "the 6300 block of East 71st Street", False),
        ("the 6300 block of West 71st Street", "the 6400 block of 71st Street", False),
        ("the 6300 block of 71st Street", "the 6300 block of 72nd Street", False),
    ],
)
def test_a_direction_only_one_report_writes_is_no_other_block(
    first: str, second: str, meet: bool
) -> None:
    assert blocks_meet(street_blocks(first, "en"), street_blocks(second, "en")) is meet


@pytest.mark.parametrize(
    ("first", "second", "meet"),
    [
        ("the 900 block of S. Martin Luther King Drive", "the 900 block of S. King Drive", True),
        ("the 900 block of Martin Luther King Drive", "outside 912 South King Drive", True),
        ("the 900 block of S. Martin Luther King Drive", "the 900 block of S. King George Drive",
         False),
        ("the 900 block of North Martin Luther King Drive", "the 900 block of South King Drive",
         False),
        ("the 900 block of S. Martin Luther King Drive", "the 1000 block of S. King Drive", False),
    ],
)
def test_a_street_and_its_shortened_name_are_one_street(
    first: str, second: str, meet: bool
) -> None:
    assert blocks_meet(street_blocks(first, "en"), street_blocks(second, "en")) is meet


@pytest.mark.parametrize(
    ("first", "second", "meet"),
    [
        ("the 900 block of Martin Luther King Drive", "the 900 block of King Street", False),
        ("the 400 block of Lake Street", "the 400 block of Silver Lake Road", False),
        ("the 700 block of West Oak Avenue", "the 700 block of Red Oak Drive", False),
        ("the 300 block of Birch Street", "the 300 block of Birch Avenue", True),
        ("the 900 block of Martin Luther King Dr.", "outside 915 King Drive", True),
        ("the 300 block of Birch St.", "outside 312 Birch Street", True),
        ("the 900 block of Martin Luther King", "the 900 block of King Street", True),
    ],
)
def test_a_shortened_name_of_another_street_type_is_another_street(
    first: str, second: str, meet: bool
) -> None:
    assert blocks_meet(street_blocks(first, "en"), street_blocks(second, "en")) is meet


def test_every_street_word_has_a_type() -> None:
    assert set(STREET_TYPES) == set(STREET_WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shots were fired outside 4512 Juniper Boulevard.", {(45, "juniper", "blvd")}),
        ("A car was hit at 1210 Larkspur Hwy overnight.", {(12, "larkspur", "hwy")}),
        ("Crowds filled the 2031 Maple Street Fair.", set()),
    ],
)
def test_a_house_address_ends_in_a_street_word_of_the_package(
    text: str, expected: set[tuple[int, str, str | None]]
) -> None:
    assert street_blocks(text, "en") == expected
