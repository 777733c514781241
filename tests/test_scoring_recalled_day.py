"""A recalled day weighs and does not veto (merge/scoring.recalled_day, docs/resolution.md
twenty-third pass): a page published weeks after the day it states is a follow-up telling a day
of the past, so its day apart from another report's is no proof of two incidents. Two fresh
reports of days apart still are. Places, words and dates are this test's own."""

from __future__ import annotations

from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge.profile import PlaceFact
from newsledger.merge.scoring import DATE_VETO_DAYS, RECALLED_DAYS, facts_exclude, recalled_day

RIVER_TOWN = PlaceFact(8601, "Osterly Bend", "US", "S1", 40.0, -88.0, 1)
COUNTY_SEAT = PlaceFact(8602, "Hallowmere", "US", "S1", 40.5, -88.3, 1)
"""Two towns of one state some 60 km apart: too far to be one place told at two scales."""

SHOOTING_DAY = date(2032, 5, 7)
OTHER_DAY = SHOOTING_DAY + timedelta(days=DATE_VETO_DAYS + 5)


def test_two_fresh_reports_of_days_apart_in_two_towns_are_two_incidents() -> None:
    first = report("first", day=SHOOTING_DAY, place=RIVER_TOWN, words={},
                   published=SHOOTING_DAY + timedelta(days=1))  # fmt: skip
    second = report("second", day=OTHER_DAY, place=COUNTY_SEAT, words={},
                    published=OTHER_DAY + timedelta(days=1))  # fmt: skip
    assert not recalled_day(first) and not recalled_day(second)
    assert facts_exclude(first, second)


def test_a_follow_up_months_later_stating_a_recalled_day_is_not_vetoed() -> None:
    # the shooting's report, and a trial report three months later in the county seat whose
    # stated day is an earlier step of the case (the day the extractor took), not the shooting's
    shooting = report("shooting", day=SHOOTING_DAY, place=RIVER_TOWN, words={},
                      published=SHOOTING_DAY + timedelta(days=1))  # fmt: skip
    trial = report("trial", day=OTHER_DAY, place=COUNTY_SEAT, words={},
                   published=OTHER_DAY + timedelta(days=90))  # fmt: skip
    assert recalled_day(trial)
    assert not facts_exclude(shooting, trial)
    assert not facts_exclude(trial, shooting)


def test_a_day_within_two_weeks_of_its_publication_is_not_recalled() -> None:
    day = SHOOTING_DAY
    on_time = report("on-time", day=day, place=RIVER_TOWN, words={},
                     published=day + timedelta(days=RECALLED_DAYS))  # fmt: skip
    late = report("late", day=day, place=RIVER_TOWN, words={},
                  published=day + timedelta(days=RECALLED_DAYS + 1))  # fmt: skip
    undated = report("undated", day=None, place=RIVER_TOWN, words={}, published=day)
    assert not recalled_day(on_time)
    assert recalled_day(late)
    assert not recalled_day(undated)
