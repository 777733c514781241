"""Reports that name the same people (merge/linker._same_people, docs/resolution.md ninth pass):
a follow-up months later that states its own day is not vetoed by the date when it shares two
name words with another outlet's first report in one state; one shared name, a common surname,
another state or two pages of one outlet keep the veto. Words, places and dates are this test's
own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.linker import (
    score_link,
    shared_name_words,
)
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.scoring import CANNOT_LINK, facts_exclude

RIVER_TOWN = PlaceFact(8301, "Wexbridge", "US", "S1", 40.0, -100.0, 1)
COUNTY_SEAT = PlaceFact(8302, "Olderney", "US", "S1", 40.8, -101.2, 1)
OTHER_STATE = PlaceFact(8303, "Carrowmere", "US", "S2", 33.0, -84.0, 1)

SHOOTING = report(
    "shooting",
    day=date(2031, 3, 2),
    place=RIVER_TOWN,
    words={"zandrell": 12.0, "quennaby": 11.0, "strathmoor": 10.0, "robinson": 3.0},
)
"""The first report: the victim's given name and surname and a street (invented, so the rarest
words there are) and a common surname."""

LATER_DAY = date(2031, 11, 20)


def months_later(name: str, place: PlaceFact, words: dict[str, float]) -> MentionProfile:
    """Another outlet's report dated eight months after SHOOTING (past the date veto)."""
    return report(name, day=LATER_DAY, place=place, words=words)


def test_a_sentencing_naming_the_victim_months_later_is_scored_not_vetoed() -> None:
    sentencing = months_later(
        "sentencing",
        COUNTY_SEAT,
        {"zandrell": 10.0, "quennaby": 9.0, "pellow": 8.0, "courthouse": 2.0},
    )
    assert facts_exclude(SHOOTING, sentencing)
    assert shared_name_words(SHOOTING, sentencing) == 2
    assert score_link(SHOOTING, sentencing) > CANNOT_LINK


def test_one_shared_name_and_a_common_surname_keep_the_date_veto() -> None:
    one_name = months_later(
        "one-name", COUNTY_SEAT, {"zandrell": 10.0, "robinson": 3.0, "harkaway": 9.0}
    )
    assert shared_name_words(SHOOTING, one_name) == 1
    assert score_link(SHOOTING, one_name) == CANNOT_LINK


def test_the_same_names_in_another_state_keep_the_date_veto() -> None:
    elsewhere = months_later(
        "elsewhere", OTHER_STATE, {"zandrell": 10.0, "quennaby": 9.0, "pellow": 8.0}
    )
    assert shared_name_words(SHOOTING, elsewhere) == 2
    assert score_link(SHOOTING, elsewhere) == CANNOT_LINK


def test_two_pages_of_one_outlet_sharing_name_like_words_keep_the_date_veto() -> None:
    later_page = months_later(
        "later-page", COUNTY_SEAT, {"zandrell": 10.0, "quennaby": 9.0, "pellow": 8.0}
    )
    assert score_link(SHOOTING, later_page) > CANNOT_LINK
    same_outlet = replace(later_page, source=SHOOTING.source)
    assert shared_name_words(SHOOTING, same_outlet) == 2
    assert score_link(SHOOTING, same_outlet) == CANNOT_LINK


def test_short_words_and_words_with_digits_are_no_name_words() -> None:
    glued = months_later("glued", COUNTY_SEAT, {"zandrell": 10.0, "wxpd": 9.0, "59wexbridge": 9.0})
    shooting = report(
        "shooting-2",
        day=date(2031, 3, 2),
        place=RIVER_TOWN,
        words={"zandrell": 10.0, "wxpd": 9.0, "59wexbridge": 9.0},
    )
    assert shared_name_words(shooting, glued) == 1
    assert score_link(shooting, glued) == CANNOT_LINK
