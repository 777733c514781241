"""Same-state name keys (merge/blocking.name_keys, docs/resolution.md eighth pass): a follow-up
months later that names the people of the first report meets it, whatever date it states; one
shared name, another state or common words do not. Words, places and dates are this test's own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.profile_helpers import report

from newsledger.merge import blocking
from newsledger.merge.blocking import name_keys, name_words
from newsledger.merge.profile import PlaceFact
from newsledger.merge.resolve import blocked_pairs

RIVER_TOWN = PlaceFact(8201, "Wexbridge", "US", "S1", 40.0, -100.0, 1)
COUNTY_SEAT = PlaceFact(8202, "Olderney", "US", "S1", 40.8, -101.2, 1)
OTHER_STATE = PlaceFact(8203, "Carrowmere", "US", "S2", 33.0, -84.0, 1)

SHOOTING_WORDS = {"zandrell": 12.0, "quennaby": 11.0, "strathmoor": 10.0, "robinson": 3.0}
"""A shooting report's rare words: the victim's given name and surname and a street (invented,
so the rarest there are), and a common surname."""


SHOOTING = report("shooting", day=date(2031, 3, 2), place=RIVER_TOWN, words=SHOOTING_WORDS)


def test_a_sentencing_months_later_that_names_the_victim_meets_the_shooting() -> None:
    sentencing = report(
        "sentencing",
        day=date(2031, 11, 20),
        place=COUNTY_SEAT,
        words={"zandrell": 10.0, "quennaby": 9.0, "pellow": 8.0, "courthouse": 2.0},
    )
    assert blocked_pairs([SHOOTING, sentencing]) == [(0, 1)]


def test_without_name_keys_the_sentencing_is_never_a_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "NAME_KEYS", False)
    sentencing = report(
        "sentencing",
        day=date(2031, 11, 20),
        place=COUNTY_SEAT,
        words={"zandrell": 10.0, "quennaby": 9.0, "pellow": 8.0},
    )
    assert blocked_pairs([SHOOTING, sentencing]) == []


def test_one_shared_name_or_another_state_is_no_key() -> None:
    one_name = report(
        "one-name",
        day=date(2031, 9, 1),
        place=RIVER_TOWN,
        words={"zandrell": 10.0, "harkaway": 9.0, "moorcliffe": 8.0},
    )
    elsewhere = report(
        "elsewhere",
        day=date(2031, 9, 1),
        place=OTHER_STATE,
        words={"zandrell": 10.0, "quennaby": 9.0, "strathmoor": 8.0},
    )
    shooting_keys = set(name_keys(SHOOTING)[0])
    assert not shooting_keys & set(name_keys(one_name)[1])
    assert not shooting_keys & set(name_keys(elsewhere)[1])
    assert blocked_pairs([SHOOTING, one_name]) == []
    assert blocked_pairs([SHOOTING, elsewhere]) == []


def test_name_words_are_the_rarest_words_of_a_main_mention_only() -> None:
    assert name_words(SHOOTING) == ["quennaby", "strathmoor", "zandrell"]  # not "robinson"
    agencies = report(
        "agencies",
        day=date(2031, 3, 2),
        place=RIVER_TOWN,
        words={"wxpd": 12.0, "7wexbridge": 11.0, "zandrell": 10.0},
    )
    assert name_words(agencies) == ["zandrell"]  # an acronym and a glued token are no names
    background = report(
        "shooting", day=date(2031, 3, 2), place=RIVER_TOWN, words=SHOOTING_WORDS, main=False
    )
    assert name_words(background) == []
    assert name_keys(background) == ([], [])
    placeless = report("shooting", day=date(2031, 3, 2), place=None, words=SHOOTING_WORDS)
    assert name_keys(placeless) == ([], [])
    undated = report("shooting", day=None, place=RIVER_TOWN, words=SHOOTING_WORDS)
    assert name_keys(undated) == ([], [])  # it probes the bare lexical bands instead
