"""A headline that opens with an age ("17-year-old shot, killed inside home"): the parse hangs
"old" on the line's word as its adjective, so the person the age stands for was not counted.
Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import english_figures, killed_and_injured


@pytest.mark.parametrize(
    ("headline", "killed", "injured"),
    [
        ("11-year-old shot on Maple Drive in Riverside", 0, 1),
        ("16-year-old shot outside of club on east side, police say", 0, 1),
        ("Police: 4-year-old wounded in drive-by", 0, 1),
        ("2-year-old critically injured in shooting", 0, 1),
        ("17-year-old shot, killed inside home", 1, 0),
        ("Police: 18-month old dead after shooting in Lakeview", 1, 0),
        ("1-year-old suffers fatal gunshot wound to the face", 1, 0),
        ("3-year-old kills herself with loaded gun", 1, 0),
    ],
)
def test_an_opening_age_is_one_person_counted(headline: str, killed: int, injured: int) -> None:
    assert killed_and_injured(headline) == (killed, injured)


@pytest.mark.parametrize(
    "headline",
    [
        "15-year-old kills brother with rifle",  # the doer: his brother is not told hurt here
        "17-year-old charged in shooting",
        "17-year-old not hurt in shooting",
    ],
)
def test_an_opening_age_that_did_it_or_was_spared_is_no_casualty(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 0)


def test_the_evidence_runs_from_the_age_to_the_word_that_counts() -> None:
    (claim,) = [c for c in english_figures("17-year-old shot, killed inside home") if c.kind]
    assert (claim.kind, claim.value, claim.span.text) == ("killed", 1, "17-year-old shot, killed")


def test_an_age_inside_a_sentence_is_not_read_as_a_headline() -> None:
    # a sentence with a closing mark is prose: its "old" is no headline subject
    assert killed_and_injured("He said the 17-year-old shot at the car.") == (0, 0)


@pytest.mark.parametrize(
    ("headline", "killed", "injured"),
    [
        ("Boy, 3, wounded in accidental shooting in Lakeview, police say", 0, 1),
        ("Man, 40, wounded in shooting on Oak Street, police say", 0, 1),
        ("Teen, 17, shot, killed on Elm Street", 1, 0),
        ("Police: Man, 30, shot in leg", 0, 1),
    ],
)
def test_a_person_with_the_age_set_off_is_one_person(
    headline: str, killed: int, injured: int
) -> None:
    assert killed_and_injured(headline) == (killed, injured)


@pytest.mark.parametrize(
    "headline",
    [
        "Boy, 16, charged in shooting of teen",
        "Woman, 52, arrested after shooting at bar",
    ],
)
def test_a_person_with_the_age_set_off_who_is_charged_is_no_casualty(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 0)


def test_the_age_set_off_is_never_the_count() -> None:
    (claim,) = [c for c in english_figures("Boy, 3, wounded in shooting, police say") if c.kind]
    assert (claim.kind, claim.value, claim.span.text) == ("injured", 1, "Boy, 3, wounded")


def test_only_the_pages_own_headline_is_read_so() -> None:
    # a line further down without a closing mark is a link to another story on the page
    text = (
        "Deputies investigate shooting at county fair\n\n"
        "Deputies said nobody was hurt when shots were fired near the fairground gate.\n\n"
        "Boy, 3, wounded in fall from a tree, police say\n\n"
        "4-year-old dead after fall from balcony"
    )
    assert killed_and_injured(text) == (0, 0)
