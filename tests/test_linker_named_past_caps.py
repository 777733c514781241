"""Two reports' main stories naming the same victim or accused by full name are weighed by the
model past the caps (merge/linker._named_past_the_caps, docs/resolution.md eighteenth pass),
where `named_people` does not lift them: a page without a town, a clash of hours, figures that
disagree (a victim who died later). The vetoes still hold, and a background mention sharing the
name stays capped. Names, words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.linker import (
    UNKNOWN_CAP,
    linear_logit,
    link_features,
    named_people,
    score_link,
)
from newsledger.merge.profile import FigureFact, MentionProfile, PlaceFact
from newsledger.merge.scoring import CANNOT_LINK

MILL_TOWN = PlaceFact(8501, "Ashcombe Falls", "US", "S1", 41.0, -99.0, 1)
FAR_TOWN = PlaceFact(8502, "Brindlemoor", "US", "S1", 43.5, -95.0, 1)

VICTIM = "the wounded man's given name and surname"
"""A stand-in for a full name as `profile.people` holds it (no one is named here)."""

WORDS = {"tannery": 9.0, "culvert": 8.0, "porch": 2.0, "sedan": 3.0}
"""The night's report's rare words."""

LATER_WORDS = {"tannery": 9.0, "culvert": 8.0, "courthouse": 5.0, "doorway": 4.0, "gravel": 5.0}
"""The later page's: two of the story's words (no near-duplicate, no name word), its own."""


def _count(kind: str, value: int) -> FigureFact:
    return FigureFact(kind, "civilians", None, value, "exact", None)


FIRST = replace(
    report("first", day=date(2032, 5, 9), place=MILL_TOWN, words=WORDS),
    people=frozenset({VICTIM}),
    figures=[_count("injured", 1)],
)
"""The night's report: one man wounded, named."""


def died_later(
    place: PlaceFact | None = MILL_TOWN,
    people: frozenset[str] = frozenset({VICTIM}),
    *,
    day: date = date(2032, 5, 9),
    main: bool = True,
) -> MentionProfile:
    """Another outlet's page six days later: the same man died, so it counts one killed and
    none wounded (figures that disagree on balance)."""
    return replace(
        report("later", day=day, place=place, words=LATER_WORDS, published=date(2032, 5, 15),
               main=main),
        people=people,
        figures=[_count("killed", 1), _count("injured", 0)],
    )  # fmt: skip


def test_the_figures_disagree_so_named_people_does_not_lift_the_pair() -> None:
    later = died_later(None)
    features = link_features(FIRST, later)
    assert features["figures"] < 0
    assert not named_people(FIRST, later, features)


def test_a_page_without_a_town_naming_the_victim_is_weighed_by_the_model() -> None:
    later = died_later(None)
    features = link_features(FIRST, later)
    assert features["place_unknown"] > 0
    assert linear_logit(features) > UNKNOWN_CAP  # the cap would bite
    assert score_link(FIRST, later) == linear_logit(features)


def test_without_the_name_the_page_without_a_town_stays_capped() -> None:
    later = died_later(None, frozenset())
    assert score_link(FIRST, later) == UNKNOWN_CAP


def test_a_clash_of_hours_does_not_cap_reports_naming_the_victim() -> None:
    first = replace(FIRST, time_of_day="01:10")
    later = replace(died_later(), time_of_day="17:30")  # the hour he died, told as the event's
    features = link_features(first, later)
    assert features["time_of_day"] < 0
    assert score_link(first, later) == linear_logit(features)
    nameless = replace(later, people=frozenset())
    assert score_link(first, nameless) == UNKNOWN_CAP


def test_a_background_mention_naming_the_victim_stays_capped() -> None:
    recalled = died_later(None, main=False)
    assert score_link(FIRST, recalled) == UNKNOWN_CAP


def test_the_date_veto_still_holds_for_a_name_in_another_town() -> None:
    # weeks apart in two towns of one state: the veto, not a cap, and the name does not lift it
    later = died_later(FAR_TOWN, day=date(2032, 7, 1))
    assert score_link(FIRST, later) == CANNOT_LINK


def test_one_outlets_page_naming_an_earlier_victim_stays_capped() -> None:
    # a station's page on a new killing recalls its earlier one by the victim's name
    later = replace(died_later(None), source=FIRST.source)
    features = link_features(FIRST, later)
    assert features["same_outlet"] > 0
    assert score_link(FIRST, later) == UNKNOWN_CAP
