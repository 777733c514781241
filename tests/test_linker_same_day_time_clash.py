"""Two outlets' reports that state the same day and share a story's specific words are not capped
by a clash of times of day, however far apart they were published (merge/linker.py
`_told_of_the_same_day`, docs/resolution.md thirteenth pass): the later report's hour is the
arrest's or the press conference's. Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.descriptions import Block
from newsledger.merge.profile import MentionProfile, PlaceFact

ORRINGTON = PlaceFact(9104, "Orrington", "US", "S3", 35.2, -97.4, 1)

DAY = date(2035, 10, 2)

STORY = {
    "boathouse": 3.4,
    "marina": 2.9,
    "kayak": 3.3,
    "pontoon": 3.6,
}
"""What one story's reports share: four specific words (rarity 2 and more), no name."""

EARLY_OWN = {w: 3.0 for w in ["dawn", "joggers", "paramedics", "cordoned", "witnesses"]}
"""What the first outlet's report of that morning tells beside."""

LATER_OWN = {w: 3.0 for w in ["arraigned", "bail", "magistrate", "custody", "indictment"]}
"""What the other outlet's report of the charges a week later tells beside."""


def early_report(words: dict[str, float]) -> MentionProfile:
    """The first outlet's report of the morning: the shooting's day and its hour."""
    return replace(report("dawn-paper", day=DAY, place=ORRINGTON, words=words), time_of_day="06:15")


def later_report(words: dict[str, float], *, day: date = DAY) -> MentionProfile:
    """Another outlet's report a week later, restating the day, whose hour is the arrest's."""
    page = report(
        "evening-wire", day=day, place=ORRINGTON, words=words, published=date(2035, 10, 9)
    )
    return replace(page, time_of_day="evening")


def test_a_restated_day_and_a_shared_story_outweigh_a_clash_of_hours() -> None:
    early = early_report({**STORY, **EARLY_OWN})
    later = later_report({**STORY, **LATER_OWN})
    features = linker.link_features(early, later)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert features["published_close"] == 0
    assert not linker._reported_together(early, later, features)  # published a week apart
    assert linker._told_of_the_same_day(early, later, features)
    assert linker.score_link(early, later) == linker.linear_logit(features)
    assert linker.score_link(early, later) > linker.model().threshold


def test_two_shootings_of_one_town_and_day_at_other_hours_stay_capped() -> None:
    """The same day, the same town, other hours, and nothing of one story in common."""
    early = early_report({**STORY, **EARLY_OWN})
    other = later_report({"marina": 2.9, **LATER_OWN})
    features = linker.link_features(early, other)
    assert not linker._told_of_the_same_day(early, other, features)
    assert linker.score_link(early, other) <= linker.UNKNOWN_CAP


def test_other_stated_days_keep_the_time_cap() -> None:
    early = early_report({**STORY, **EARLY_OWN})
    next_day = later_report({**STORY, **LATER_OWN}, day=date(2035, 10, 3))
    features = linker.link_features(early, next_day)
    assert not linker._told_of_the_same_day(early, next_day, features)
    assert linker.score_link(early, next_day) <= linker.UNKNOWN_CAP


def one_outlets_pages() -> tuple[MentionProfile, MentionProfile]:
    """The first outlet's morning page and its own page of the charges, both of that day, sharing
    the story's words and one more ("slipway"): enough of one story for the one-outlet cap
    (`_one_outlet_one_story`), so only the clash of hours can hold them apart."""
    early = early_report({**STORY, "slipway": 3.7, **EARLY_OWN})
    own_page = replace(later_report({**STORY, "slipway": 3.7, **LATER_OWN}), source=early.source)
    return early, own_page


def test_one_outlets_pages_with_no_shared_spot_keep_the_time_cap() -> None:
    """One outlet's pages are not `_told_of_the_same_day` (its pages share stock words) and,
    giving no block, street or key name in common, not `_one_day_hours_apart` either: the time
    cap holds them, not the one-outlet cap."""
    early, own_page = one_outlets_pages()
    features = linker.link_features(early, own_page)
    value = linker.linear_logit(features)
    assert features["time_of_day"] <= linker.TIME_CONFLICT
    assert linker._one_outlet_one_story(early, own_page, features)
    assert value > linker.UNKNOWN_CAP
    assert not linker._told_of_the_same_day(early, own_page, features)
    assert not linker._one_day_hours_apart(early, own_page, features, value)
    assert linker.score_link(early, own_page) <= linker.UNKNOWN_CAP


def test_one_outlets_pages_of_one_block_pass_the_time_cap() -> None:
    """The same two pages giving one block of a street: one story, so the later hour (the
    charges') no longer caps them (`_one_day_hours_apart`) and the model scores the pair."""
    early, own_page = one_outlets_pages()
    block = frozenset({Block(22, "wharf", "rd")})
    early, own_page = replace(early, blocks=block), replace(own_page, blocks=block)
    features = linker.link_features(early, own_page)
    assert linker._one_day_hours_apart(early, own_page, features, linker.linear_logit(features))
    assert linker.score_link(early, own_page) == linker.linear_logit(features)
