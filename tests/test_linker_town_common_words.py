"""A town whose name holds a word too common for a rare bag ("New ...", "St. ...") is still
written in the other report (`linker._town_written_in`): only the words a bag can hold are
looked for. Towns, words and dates are this test's own; no one is named (the name is a
stand-in)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.linker import link_features, named_people
from newsledger.merge.profile import FigureFact, MentionProfile, PlaceFact, rare_terms, rare_word

NEW_TOWN = PlaceFact(8601, "New Quarrendon", "US", "S1", 41.0, -81.0, 1)
"""The shooting's town, its name opening with a word every text uses."""
COURT_TOWN = PlaceFact(8603, "Ashgrove", "US", "S7", 44.0, -70.0, 1)
"""A court's town in another state."""
COMMON_TOWN = PlaceFact(8604, "New", "US", "S1", 41.5, -81.5, 1)
"""A town named by a common word alone: no word of it can be in a rare bag."""

NAME = "given surname"


def _report(key: str, place: PlaceFact, published: date, text: str) -> MentionProfile:
    return replace(
        report(key, day=published, place=place, words=rare_terms([text], "en"),
               published=published),
        people=frozenset({NAME}),
        figures=[FigureFact("killed", "civilians", None, 1, "exact", None)],
        language="en",
    )  # fmt: skip


SHOOTING = _report(
    "shooting", NEW_TOWN, date(2033, 2, 6), "A man was shot dead on a porch in New Quarrendon."
)


def test_a_rare_bag_holds_no_common_or_short_word() -> None:
    assert not rare_word("new", "en")
    assert not rare_word("st", "en")
    assert rare_word("quarrendon", "en")
    # the bag itself agrees: "new" is never in it
    assert "new" not in rare_terms(["The new hearing in New Quarrendon."], "en")


def test_a_court_page_that_writes_a_new_town_is_one_incident() -> None:
    hearing = _report(
        "hearing", COURT_TOWN, date(2033, 3, 20),
        "Jurors in Ashgrove heard how the accused fired at a porch in New Quarrendon.",
    )  # fmt: skip
    assert named_people(SHOOTING, hearing, link_features(SHOOTING, hearing))
    assert named_people(hearing, SHOOTING, link_features(hearing, SHOOTING))


def test_a_court_page_writing_only_the_common_word_stays_apart() -> None:
    hearing = _report(
        "hearing", COURT_TOWN, date(2033, 3, 20),
        "Jurors in Ashgrove heard new evidence about the accused and a porch.",
    )  # fmt: skip
    assert not named_people(SHOOTING, hearing, link_features(SHOOTING, hearing))


def test_a_town_named_by_a_common_word_alone_is_never_written() -> None:
    shooting = replace(SHOOTING, place=COMMON_TOWN)
    hearing = _report(
        "hearing", COURT_TOWN, date(2033, 3, 20),
        "Jurors in Ashgrove heard new evidence about the accused and a porch.",
    )  # fmt: skip
    assert not named_people(shooting, hearing, link_features(shooting, hearing))
