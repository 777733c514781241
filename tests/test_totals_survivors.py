"""Survivors told beside the dead: "also", an ordinal place among those hit, kin told in the
same sentence, the dead told as others than a count of people hit, and one hurt described as
one of the dead. Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import killed_and_injured

from newsledger.extract.totals import mention_totals
from newsledger.model import Claim, Span


def _told(kind: str, value: int, text: str, start: int, actor: str | None = "civilians") -> Claim:
    """A figure claim whose evidence starts at `start` in an imagined report."""
    return Claim("figure", value, Span("a", start, start + len(text), text), qualifier="exact",
                 kind=kind, actor=actor)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot and killed outside a bar on Friday night, police said. A woman was "
         "also shot.", 1, 1),
        ("A man was shot and killed outside a bar on Friday night, police said. A woman was "
         "also shot and was taken to a hospital.", 1, 1),
        ("A man was shot and killed outside a bar on Friday night, police said. A second victim "
         "was hit in the leg.", 1, 1),
        ("A girl was killed in a shooting on Sunday and her brother was injured, police said.",
         1, 1),
        ("An elderly man died on Sunday morning and his wife remains in the hospital after a "
         "shooting at their home.", 1, 1),
        ("Two people were shot and one other person was killed outside a bar on Friday night, "
         "police said.", 1, 2),
        # "another" inside a list of everyone hit adds no one
        ("Three people were shot outside a bar on Friday night. One man died at the scene and "
         "another was taken to a hospital in stable condition.", 1, 2),
    ],
)  # fmt: skip
def test_survivors_told_beside_the_dead_stay_injured(text: str, killed: int, injured: int) -> None:
    assert killed_and_injured(text) == (killed, injured)


def test_a_rank_in_a_statistic_is_no_second_person_hit() -> None:
    text = ("A teenager was killed in a shooting on Saturday. He was the third child shot in the "
            "county this year.")  # fmt: skip
    assert killed_and_injured(text) == (1, 0)


def test_the_shooters_deed_told_with_also_is_no_survivor() -> None:
    claims = [
        _told("killed", 1, "A man was shot and killed", 0),
        _told("injured", 1, "the gunman also shot", 60, actor=None),
    ]
    assert "injured" not in mention_totals(claims)


def test_one_told_with_also_whose_death_is_told_is_no_survivor() -> None:
    claims = [
        _told("killed", 1, "A girl was killed", 0),
        _told("injured", 1, "Her brother was also shot and died on Monday", 40),
    ]
    assert "injured" not in mention_totals(claims)


def test_kin_far_from_the_dead_may_be_the_dead() -> None:
    # "A man was killed ... (a paragraph later) his son was taken to a hospital": the son may be
    # the man who died, told again
    claims = [
        _told("killed", 1, "A man was killed", 0),
        _told("hospitalised", 1, "his son was taken to a hospital", 400),
    ]
    assert "injured" not in mention_totals(claims)


def test_the_dead_told_after_one_of_the_counted_people_are_among_them() -> None:
    # "Three people were shot. One man died at the scene and another died at a hospital."
    claims = [
        _told("injured", 3, "Three people were shot", 0),
        _told("killed", 1, "One man died", 40),
        _told("killed", 1, "another died at a hospital", 70),
    ]
    totals = mention_totals(claims)
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (2, 1)


def test_the_dead_told_as_others_far_from_the_count_may_be_among_them() -> None:
    claims = [
        _told("injured", 4, "Four teens were shot", 0),
        _told("killed", 2, "two others were dead", 300),
    ]
    totals = mention_totals(claims)
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (2, 2)



def test_one_hurt_described_as_one_of_the_dead_is_that_dead_person() -> None:
    text = ("A 17-year-old girl was critically wounded in a shooting on Elm Street on Friday "
            "night. A 17-year-old girl who was critically wounded in the shooting died on "
            "Saturday, police said.")  # fmt: skip
    assert killed_and_injured(text) == (1, 0)


def test_one_hurt_described_otherwise_than_the_dead_survives() -> None:
    text = ("A 17-year-old girl was killed in a shooting on Elm Street on Friday night. A "
            "30-year-old man was critically wounded.")  # fmt: skip
    assert killed_and_injured(text) == (1, 1)


def test_a_short_description_tells_no_one_apart() -> None:
    # "a man" describes many people: the wounded man and the man who died may be two
    claims = [
        _told("killed", 1, "A man was killed", 0),
        _told("injured", 1, "A man was wounded in the leg", 300),
    ]
    assert mention_totals(claims)["injured"]["value"] == 1


def test_kin_told_below_a_headline_death_may_be_the_dead() -> None:
    # headline "Shooting death", then "Police said his friend was shot": the friend died
    claims = [
        _told("killed", 1, "Shooting death", 0),
        _told("injured", 1, "his friend was shot", 50),
    ]
    assert "injured" not in mention_totals(claims)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two men were killed in the shooting on Elm Street. Three others were shot, police "
         "said.", 2, 3),
        ("A woman died in the shooting. Two others who were shot are expected to recover.", 1, 2),
    ],
)  # fmt: skip
def test_people_hit_told_as_others_after_the_dead_are_survivors(
    text: str, killed: int, injured: int
) -> None:
    """ "Two men were killed ... three others were shot": the others are not the dead."""
    assert killed_and_injured(text) == (killed, injured)


def test_people_hit_told_as_others_before_the_dead_may_be_the_dead() -> None:
    """ "Police said two others were shot ... two men died": the others are told before any
    death, so they may be the dead themselves (two hit, two dead: none injured)."""
    claims = [
        _told("injured", 2, "two others were shot", 40),
        _told("killed", 2, "two men died", 90),
    ]
    totals = mention_totals(claims)
    assert totals["killed"]["value"] == 2
    assert "injured" not in totals
