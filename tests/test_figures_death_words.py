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
