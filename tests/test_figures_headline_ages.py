"""A headline that opens with an age (an age, then participles: "20-year-old shot, killed near
corner store"): the parse hangs "old" on the line's word as its adjective, so the person the age
stands for was not counted. Headlines are our own, written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import english_figures, killed_and_injured


@pytest.mark.parametrize(
    ("headline", "killed", "injured"),
    [
        ("13-year-old shot near Birch Lane park in Fairview", 0, 1),
        ("19-year-old shot near gas station on north side, officers say", 0, 1),
        ("Deputies: 6-year-old wounded in drive-by", 0, 1),
        ("5-year-old critically wounded in backyard shooting", 0, 1),
        ("20-year-old shot, killed near corner store", 1, 0),
        ("Officials: 10-month old dead after gunfire in Brookside", 1, 0),
        ("4-year-old suffers deadly gunshot wound at cousin's home", 1, 0),
        ("6-year-old kills himself with rifle found in closet", 1, 0),
    ],
)
def test_an_opening_age_is_one_person_counted(headline: str, killed: int, injured: int) -> None:
    assert killed_and_injured(headline) == (killed, injured)


@pytest.mark.parametrize(
    "headline",
    [
        "14-year-old kills cousin with shotgun",  # the doer: the cousin is not told hurt here
        "19-year-old arrested over Elm Street gunfire",
        "12-year-old not hurt in crossfire",
    ],
)
def test_an_opening_age_that_did_it_or_was_spared_is_no_casualty(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 0)


def test_the_evidence_runs_from_the_age_to_the_word_that_counts() -> None:
    (claim,) = [c for c in english_figures("20-year-old shot, killed near corner store") if c.kind]
    assert (claim.kind, claim.value, claim.span.text) == ("killed", 1, "20-year-old shot, killed")


def test_an_age_inside_a_sentence_is_not_read_as_a_headline() -> None:
    # a sentence with a closing mark is prose: its "old" is no headline subject
    assert killed_and_injured("Officers said the 15-year-old shot at the truck.") == (0, 0)


@pytest.mark.parametrize(
    ("headline", "killed", "injured"),
    [
        ("Girl, 5, hurt in accidental shooting at cabin, deputies say", 0, 1),
        ("Man, 40, wounded in gunfire on Oak Street, officers say", 0, 1),
        ("Teen, 16, shot, killed on Cedar Avenue", 1, 0),
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
        "Man, 23, charged in shooting of neighbor",
        "Woman, 52, arrested after shooting at bar",
    ],
)
def test_a_person_with_the_age_set_off_who_is_charged_is_no_casualty(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 0)


def test_the_age_set_off_is_never_the_count() -> None:
    (claim,) = [c for c in english_figures("Girl, 6, wounded in gunfire, deputies say") if c.kind]
    assert (claim.kind, claim.value, claim.span.text) == ("injured", 1, "Girl, 6, wounded")


def test_only_the_pages_own_headline_is_read_so() -> None:
    # a line further down without a closing mark is a link to another story on the page
    text = (
        "Deputies investigate shooting at county fair\n\n"
        "Deputies said nobody was hurt when shots were fired near the fairground gate.\n\n"
        "Boy, 8, wounded in fall from a ladder, firefighters say\n\n"
        "6-year-old dead after fall from porch roof"
    )
    assert killed_and_injured(text) == (0, 0)


@pytest.mark.parametrize(
    "headline",
    [
        "19-year-old shot at deputies during chase",
        "Woman, 33, shot at troopers, officials say",
        "Clerk shot at during holdup",  # the bare subject's reading, which had the same flaw
        "14-year-old shot at by gunman, not hurt",
    ],
)
def test_one_shot_at_is_no_one_hit(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 0)


def test_shot_at_a_place_is_still_a_hit() -> None:
    assert killed_and_injured("Woman shot at bus stop") == (0, 1)


def test_two_ages_joined_are_two_people() -> None:
    assert killed_and_injured("15-year-old and 16-year-old shot on Birch Lane") == (0, 2)


@pytest.mark.parametrize(
    "headline",
    ["County police: Man, 30, shot in leg", "Sheriff's office: Girl, 4, wounded in shooting"],
)
def test_a_longer_source_prefix_still_leaves_the_aged_person(headline: str) -> None:
    assert killed_and_injured(headline) == (0, 1)


@pytest.mark.parametrize(
    ("headline", "side"),
    [
        ("16-year-old shot by police after chase", None),
        ("Man, 30, shot by deputies", None),
        ("14-year-old shot by neighbor", "civilians"),
    ],
)
def test_one_shot_by_police_is_of_no_side_told(headline: str, side: str | None) -> None:
    (claim,) = [c for c in english_figures(headline) if c.kind]
    assert (claim.kind, claim.actor) == ("injured", side)
