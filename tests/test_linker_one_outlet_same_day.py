"""One outlet's two pages of one story that state the same day are weighed by the model although
one of them names no town (merge/linker.py `_one_outlet_same_day_story`, docs/resolution.md
thirteenth pass). Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact

BRACKWATER = PlaceFact(7302, "Brackwater", "US", "S2", 38.5, -88.0, 1)

DAY = date(2033, 3, 9)

STORY = {
    "laundromat": 3.1,
    "thornfield": 3.6,
    "windshield": 2.4,
    "getaway": 2.3,
    "sedan": 2.5,
    "tourniquet": 3.2,
}
"""Specific words one story's pages share (a business, a street, the car, first aid): six of
rarity 2 or more, no name among them."""

FIRST_OWN = {w: 3.0 for w in ["overnight", "sirens", "cordon", "detectives", "casings"]}
"""What the first page tells beside."""

UPDATE_OWN = {w: 3.0 for w in ["identified", "surgery", "stable", "relatives", "statement"]}
"""What the update tells beside."""

OUTLET = "outlet:brackwater-courier.example"


def first_page(words: dict[str, float]) -> MentionProfile:
    """The outlet's first report: placed in Brackwater, stating the day."""
    page = report("first", day=DAY, place=BRACKWATER, words=words)
    return replace(page, source=OUTLET, title="Man wounded outside laundromat on Thornfield Avenue")


def update_page(words: dict[str, float], *, day: date | None = DAY) -> MentionProfile:
    """The same outlet's update the next day, stating the event's day but no town (its
    dateline lost in the site's furniture)."""
    page = report("update", day=day, place=None, words=words, published=date(2033, 3, 10))
    return replace(page, source=OUTLET, title="Wounded driver out of surgery, police say")


def test_one_outlets_update_of_the_same_day_without_a_town_is_weighed() -> None:
    first = first_page({**STORY, **FIRST_OWN})
    update = update_page({**STORY, **UPDATE_OWN})
    features = linker.link_features(first, update)
    assert features["place_unknown"] == 1 and features["date_unknown"] == 0
    assert features["same_outlet"] == 1
    assert not linker.strong_evidence(features)
    assert not linker._named_where_unplaced(first, update, features)  # one outlet: not that rule
    assert linker._one_outlet_same_day_story(first, update, features)
    assert linker.score_link(first, update) == linker.linear_logit(features)
    assert linker.score_link(first, update) > linker.model().threshold


def test_one_outlets_pages_of_other_days_without_a_town_stay_capped() -> None:
    first = first_page({**STORY, **FIRST_OWN})
    other_day = update_page({**STORY, **UPDATE_OWN}, day=date(2033, 3, 6))
    features = linker.link_features(first, other_day)
    assert linker._one_outlet_one_story(first, other_day, features)
    assert not linker._one_outlet_same_day_story(first, other_day, features)
    assert linker.score_link(first, other_day) <= linker.UNKNOWN_CAP


def test_one_outlets_pages_of_one_day_sharing_no_story_stay_capped() -> None:
    """Two of a station's reports of one night (two shootings), one without a town: the day and
    the town's stock words are what every page of that night shares."""
    first = first_page({**STORY, **FIRST_OWN})
    other = update_page({"windshield": 2.4, "getaway": 2.3, **UPDATE_OWN})
    features = linker.link_features(first, other)
    assert not linker._one_outlet_one_story(first, other, features)
    assert not linker._one_outlet_same_day_story(first, other, features)
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP


def test_an_update_dated_only_by_its_publication_stays_capped() -> None:
    first = first_page({**STORY, **FIRST_OWN})
    inferred = replace(
        update_page({**STORY, **UPDATE_OWN}),
        date_first=date(2033, 3, 4),
        date_last=date(2033, 3, 10),
        date_precision="week",
        date_inferred=True,
    )
    features = linker.link_features(first, inferred)
    assert not linker._one_outlet_same_day_story(first, inferred, features)
    assert linker.score_link(first, inferred) <= linker.UNKNOWN_CAP


def test_two_outlets_are_not_this_rule() -> None:
    """Across outlets a shared story of the same days is `_news_of_the_same_days`' matter."""
    first = first_page({**STORY, **FIRST_OWN})
    other_outlet = replace(update_page({**STORY, **UPDATE_OWN}), source="outlet:other.example")
    features = linker.link_features(first, other_outlet)
    assert not linker._one_outlet_same_day_story(first, other_outlet, features)
