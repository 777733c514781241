"""Reports naming the same victim or accused by full name (merge/blocking.people_keys,
merge/linker.named_people, docs/resolution.md sixteenth pass): a plea months after a shooting
that names its victim meets the shooting and links past the date veto; another state, a clash of
figures or a name the extractor did not type (an official's) do not. Names, words, places and
dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from tests.profile_helpers import report

from newsledger.merge import blocking
from newsledger.merge.blocking import people_keys
from newsledger.merge.linker import link_features, named_people, reasons, score_link
from newsledger.merge.profile import FigureFact, MentionProfile, PlaceFact
from newsledger.merge.resolve import blocked_pairs, link_threshold
from newsledger.merge.scoring import CANNOT_LINK, facts_exclude

RIVER_TOWN = PlaceFact(8401, "Wexbridge", "US", "S1", 40.0, -100.0, 1)
COUNTY_SEAT = PlaceFact(8402, "Olderney", "US", "S1", 40.8, -101.2, 1)
OTHER_STATE = PlaceFact(8403, "Carrowmere", "US", "S2", 33.0, -84.0, 1)

VICTIM = "the victim's given name and surname"
ACCUSED = "the accused's given name and surname"
"""Stand-ins for two full names as `profile.people` holds them (no one is named here)."""


def _killed(value: int) -> FigureFact:
    return FigureFact("killed", "civilians", None, value, "exact", None)


SHOOTING = replace(
    report("shooting", day=date(2031, 3, 2), place=RIVER_TOWN,
           words={"strathmoor": 10.0, "porch": 2.0}),
    people=frozenset({VICTIM}),
    figures=[_killed(1)],
)  # fmt: skip
"""The first report: a man shot dead on a street, named."""


def plea(place: PlaceFact | None, people: frozenset[str], killed: int = 1) -> MentionProfile:
    """Another outlet's report eight months later: the accused pleads guilty to the killing."""
    return replace(
        report("plea", day=date(2031, 11, 20), place=place,
               words={"courthouse": 3.0, "plea": 2.0}),
        people=people,
        figures=[_killed(killed)],
    )  # fmt: skip


def test_a_plea_naming_the_victim_months_later_meets_the_shooting() -> None:
    later = plea(COUNTY_SEAT, frozenset({VICTIM, ACCUSED}))
    assert blocked_pairs([SHOOTING, later]) == [(0, 1)]


def test_without_the_keys_the_plea_is_never_a_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocking, "PEOPLE_KEYS", False)
    later = plea(COUNTY_SEAT, frozenset({VICTIM, ACCUSED}))
    assert blocked_pairs([SHOOTING, later]) == []


def test_a_plea_naming_the_victim_links_past_the_date_veto() -> None:
    later = plea(COUNTY_SEAT, frozenset({VICTIM, ACCUSED}))
    assert facts_exclude(SHOOTING, later)
    assert named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert score_link(SHOOTING, later) > link_threshold()


def test_the_same_name_in_another_state_is_not_the_same_person() -> None:
    later = plea(OTHER_STATE, frozenset({VICTIM}))
    assert not named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert score_link(SHOOTING, later) == CANNOT_LINK


def test_a_clash_of_figures_leaves_the_pair_to_the_vetoes_and_the_model() -> None:
    later = plea(COUNTY_SEAT, frozenset({VICTIM}), killed=3)
    assert not named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert score_link(SHOOTING, later) == CANNOT_LINK


def test_no_shared_name_keeps_the_date_veto() -> None:
    later = plea(COUNTY_SEAT, frozenset({ACCUSED}))
    assert blocked_pairs([SHOOTING, later]) == []
    assert score_link(SHOOTING, later) == CANNOT_LINK


def test_a_placeless_page_and_a_placed_one_meet_whichever_comes_first() -> None:
    # one at a time equals resolving them together: each one's probe meets the other's store
    stored, probed = people_keys(SHOOTING)
    assert stored[:2] == [f"v|US.S1|{VICTIM}", f"v|{VICTIM}"]
    assert probed[:2] == [f"v|US.S1|{VICTIM}", f"v|?|{VICTIM}"]
    placeless = plea(None, frozenset({VICTIM}))
    assert people_keys(placeless) == ([f"v|?|{VICTIM}", f"v|{VICTIM}"], [f"v|{VICTIM}"])
    assert blocked_pairs([SHOOTING, placeless]) == [(0, 1)]
    assert blocked_pairs([placeless, SHOOTING]) == [(0, 1)]


def _meets(first: MentionProfile, later: MentionProfile) -> bool:
    """Whether `later`, added after `first` is stored, finds it by a named-people key."""
    return bool(set(people_keys(later)[1]) & set(people_keys(first)[0]))


STATELESS = PlaceFact(None, "Hollin Vale", "US", None, None, None, 3)
"""A place known only to its country: no state."""


@pytest.mark.parametrize(
    ("first_place", "later_place", "meet"),
    [
        (RIVER_TOWN, COUNTY_SEAT, True),  # two towns of one state
        (RIVER_TOWN, None, True),  # stated, then a page with no place
        (None, RIVER_TOWN, True),  # a page with no place, then a stated one
        (RIVER_TOWN, STATELESS, True),  # stated, then a place with no state
        (STATELESS, COUNTY_SEAT, True),
        (None, STATELESS, True),  # two stateless pages
        (STATELESS, None, True),
        (RIVER_TOWN, OTHER_STATE, False),  # namesakes of two states, years apart
        (OTHER_STATE, RIVER_TOWN, False),
    ],
)
def test_the_people_keys_meet_in_either_order_unless_the_states_differ(
    first_place: PlaceFact | None, later_place: PlaceFact | None, meet: bool
) -> None:
    first = plea(first_place, frozenset({VICTIM}))
    later = replace(plea(later_place, frozenset({VICTIM})), date_first=date(2034, 6, 1))
    assert _meets(first, later) is meet
    assert _meets(later, first) is meet  # the other order


def test_two_states_meet_on_the_name_only_within_months() -> None:
    # a page placed in another state (where a suspect was caught) six weeks after the shooting
    caught = replace(plea(OTHER_STATE, frozenset({VICTIM})), date_first=date(2031, 4, 14))
    assert _meets(SHOOTING, caught) and _meets(caught, SHOOTING)
    years_later = replace(caught, date_first=date(2033, 4, 14))
    assert not _meets(SHOOTING, years_later) and not _meets(years_later, SHOOTING)


def test_a_common_name_in_one_state_does_not_probe_another_states_namesakes() -> None:
    # a stated probe reaches its own state's key and the stateless pages' key, never the
    # key every stated mention of the name stores
    stated, stateless = people_keys(SHOOTING)[1], people_keys(plea(None, frozenset({VICTIM})))[1]
    assert f"v|{VICTIM}" not in stated
    assert not any("US.S2" in k for k in stated)
    assert stateless == [f"v|{VICTIM}"]


def test_a_background_mention_has_no_people_keys() -> None:
    recalled = replace(plea(COUNTY_SEAT, frozenset({VICTIM})), main=False)
    assert people_keys(recalled) == ([], [])


def test_one_outlets_page_of_the_same_week_naming_an_earlier_victim_is_left_to_its_rules() -> None:
    # the outlet's page on a second shooting two days later recalls the first by its victim's
    # name (and took its day): the outlet's own caps weigh it, not the shared name
    second = replace(
        report("second", day=date(2031, 3, 2), place=RIVER_TOWN,
               words={"courthouse": 3.0, "plea": 2.0}, published=date(2031, 3, 4)),
        people=frozenset({VICTIM, ACCUSED}),
        figures=[_killed(1)],
        source=SHOOTING.source,
    )  # fmt: skip
    assert not named_people(SHOOTING, second, link_features(SHOOTING, second))
    # the same outlet's follow-up months later is named people
    later = replace(plea(COUNTY_SEAT, frozenset({VICTIM})), source=SHOOTING.source)
    assert named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert score_link(SHOOTING, later) > link_threshold()


def test_a_pair_joined_by_the_named_people_rule_says_so() -> None:
    later = plea(COUNTY_SEAT, frozenset({VICTIM, ACCUSED}))
    assert f"the same victim or accused named: {VICTIM}" in reasons(SHOOTING, later)


def test_namesakes_of_two_states_are_not_explained_by_the_name() -> None:
    later = plea(OTHER_STATE, frozenset({VICTIM}))
    assert not any("victim or accused" in r for r in reasons(SHOOTING, later))
