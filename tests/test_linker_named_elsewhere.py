"""Follow-ups that name the same victim or accused and were still held apart (docs/resolution.md,
seventeenth pass): one report's place was misread into another state while its text still
writes the shooting's town (`linker._place_named_by_other`). Names, words, places and dates are
this test's own; no one is named (the name is a stand-in)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.linker import link_features, named_people, score_link
from newsledger.merge.profile import FigureFact, MentionProfile, PlaceFact
from newsledger.merge.resolve import link_threshold

FORD_TOWN = PlaceFact(8501, "Quarrendon", "US", "S1", 41.0, -81.0, 1)
"""The shooting's town."""
NAMESAKE = PlaceFact(8502, "Quarrendon", "US", "S7", 45.0, -69.0, 1)
"""A namesake town of another state, the one the gazetteer took for a follow-up."""
COURT_TOWN = PlaceFact(8503, "Ashgrove", "US", "S7", 44.0, -70.0, 1)
"""A court's town in another state."""

NAME = "given surname"


def _killed(value: int) -> FigureFact:
    return FigureFact("killed", "civilians", None, value, "exact", None)


def _report(
    key: str, place: PlaceFact, published: date | None, words: dict[str, float]
) -> MentionProfile:
    return replace(
        report(key, day=published, place=place, words=words, published=published),
        people=frozenset({NAME}),
        figures=[_killed(1)],
    )


SHOOTING = _report("shooting", FORD_TOWN, date(2032, 5, 3), {"quarrendon": 4.0, "porch": 2.0})


# --- a place misread into another state ---------------------------------------------------


def test_a_follow_up_placed_in_a_namesake_town_that_writes_the_town_is_one_incident() -> None:
    # the hearing page eleven weeks later: the gazetteer took the namesake town of another state
    trial = _report("trial", NAMESAKE, date(2032, 7, 19), {"quarrendon": 4.0, "jurors": 3.0})
    assert named_people(SHOOTING, trial, link_features(SHOOTING, trial))
    assert score_link(SHOOTING, trial) > link_threshold()


def test_a_court_towns_page_that_writes_the_shootings_town_is_one_incident() -> None:
    # placed in the court's town of another state, its text names the shooting's town
    sentencing = _report("sentence", COURT_TOWN, date(2032, 6, 30),
                         {"quarrendon": 4.0, "sentenced": 3.0})  # fmt: skip
    assert named_people(SHOOTING, sentencing, link_features(SHOOTING, sentencing))
    # either side may write the other's town
    assert named_people(sentencing, SHOOTING, link_features(sentencing, SHOOTING))


def test_two_states_with_neither_town_written_stay_apart() -> None:
    namesake = _report("other", COURT_TOWN, date(2032, 7, 19), {"ashgrove": 4.0, "jurors": 3.0})
    assert not named_people(SHOOTING, namesake, link_features(SHOOTING, namesake))


def test_two_states_published_more_than_three_months_apart_stay_apart() -> None:
    later = _report("later", COURT_TOWN, date(2032, 8, 9), {"quarrendon": 4.0, "parole": 3.0})
    assert not named_people(SHOOTING, later, link_features(SHOOTING, later))


def test_two_states_without_publication_dates_stay_apart() -> None:
    first = replace(SHOOTING, published=None)
    trial = replace(
        _report("trial", NAMESAKE, date(2032, 7, 19), {"quarrendon": 4.0, "jurors": 3.0}),
        published=None,
    )
    assert not named_people(first, trial, link_features(first, trial))


def test_two_states_with_a_town_written_but_figures_clashing_stay_with_the_model() -> None:
    trial = replace(
        _report("trial", NAMESAKE, date(2032, 7, 19), {"quarrendon": 4.0, "jurors": 3.0}),
        figures=[_killed(4)],
    )
    assert not named_people(SHOOTING, trial, link_features(SHOOTING, trial))
