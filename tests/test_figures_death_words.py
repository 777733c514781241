"""Deaths told by "succumbed" and "pronounced deceased", and a headline's "One dead, three
hurt" whose parse hangs the count of the dead on the word of the hurt. Sentences are our own,
written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import killed_and_injured


@pytest.mark.parametrize(
    "text",
    [
        "A cashier shot during the robbery succumbed to her wounds on Sunday.",
        "The victim was pronounced deceased at the scene by paramedics.",
        "A 40-year-old man later succumbed at the county hospital.",
    ],
)
def test_succumbed_and_deceased_tell_a_death(text: str) -> None:
    assert killed_and_injured(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour said the wounded driver did not succumb and is recovering.",
        "Doctors said the boy could succumb to his injuries.",
    ],
)
def test_a_denied_succumbing_is_no_death(text: str) -> None:
    assert killed_and_injured(text)[0] == 0


@pytest.mark.parametrize(
    ("headline", "killed", "injured"),
    [
        ("One dead, three hurt in Riverside shooting", 1, 3),
        ("Two dead, one injured in Maple Street shooting", 2, 1),
        ("1 Dead, 6 Hurt In Shooting At Party", 1, 6),
    ],
)
def test_a_headline_count_keeps_the_state_written_after_it(
    headline: str, killed: int, injured: int
) -> None:
    """ "One dead, three hurt": the parse may hang "One" on "hurt" and "dead" on "One"; the
    state written right after the number is its people's."""
    assert killed_and_injured(headline) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A man whose deceased brother was a police officer was shot in the arm on Friday.",
        "A woman was wounded outside her deceased father's home on Main Street.",
        "A gunman whose deceased mother owned the store wounded a clerk on Monday.",
    ],
)
def test_a_late_relation_is_no_death(text: str) -> None:
    assert killed_and_injured(text) == (0, 1)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A man was shot on Friday. He was found deceased in his car.", 1),
        ("The deceased victim was identified as a 30-year-old man.", 1),
        ("Officers found 3 deceased individuals inside the house.", 3),
    ],
)
def test_deceased_of_the_victims_is_a_death(text: str, killed: int) -> None:
    assert killed_and_injured(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two victims were taken to a county hospital, where they later died.", 2, 0),
        ("The two brothers were rushed to a hospital where they were pronounced dead.", 2, 0),
        (
            "A woman was shot on Oak Street. She was taken in critical condition to a hospital, "
            "where she died.",
            1,
            0,
        ),
    ],
)
def test_the_people_taken_to_a_hospital_where_they_died_are_dead(
    text: str, killed: int, injured: int
) -> None:
    """ "taken to a hospital, where they died": the people brought there died, none was hurt
    and lived."""
    assert killed_and_injured(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death under doubt is no death: he was taken there alive
        ("A man was taken to a hospital, where he is expected to die.", 0, 1),
        ("A man was taken to a hospital, where he may die.", 0, 1),
        # the one who drove is not the one who died
        ("Her uncle drove her to the hospital, where she died.", 1, 0),
    ],
)
def test_a_death_at_the_hospital_not_of_those_brought_there_alive(
    text: str, killed: int, injured: int
) -> None:
    assert killed_and_injured(text) == (killed, injured)


def test_a_share_of_those_taken_to_hospital_who_died_leaves_the_rest_hurt() -> None:
    """ "Three people were taken to a hospital, where she died": "she" is one of them, so the
    three are not all dead."""
    killed, injured = killed_and_injured(
        "Three people were taken to the hospital, where she died."
    )
    assert killed == 1 and injured >= 2


@pytest.mark.parametrize(
    "text",
    [
        "A 2-year-old boy suffered a fatal gunshot wound to the chest on Friday.",
        "Police said the 30-year-old driver sustained fatal injuries in the crash.",
        "The accidental discharge resulted in the fatal injury of a 70-year-old man.",
    ],
)
def test_a_fatal_wound_is_a_death(text: str) -> None:
    assert killed_and_injured(text) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "A man suffered a non-fatal gunshot wound to the leg.",
        "A woman suffered a potentially fatal wound to the head.",
        "A man suffered a near-fatal gunshot wound on Elm Street.",
        "The accidental discharge resulted in the injury of a 70-year-old man.",
    ],
)
def test_a_wound_not_told_fatal_is_an_injury(text: str) -> None:
    assert killed_and_injured(text) == (0, 1)
