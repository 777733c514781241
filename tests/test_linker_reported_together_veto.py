"""Two outlets' reports of the same days that tell one story and name the same person are not
excluded by their stated dates or countries (merge/linker.py `_forgiven_veto`, docs/resolution.md
twelfth pass): one of them took a recalled date for the event's, or the gazetteer read its town as
a far namesake abroad. Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.scoring import CANNOT_LINK, facts_exclude, recalled_day

MILLHAVEN = PlaceFact(8601, "Millhaven", "US", "S1", 41.0, -95.0, 1)
COUNTY_SEAT = PlaceFact(8602, "Gorsley", "US", "S1", 41.2, -95.3, 1)
"""About 33 km from Millhaven: not the same place, so the date veto applies."""
NAMESAKE_ABROAD = PlaceFact(8603, "Millhaven", "GB", "ENG", 52.0, -1.0, 1)
"""A town of the same name in another country (a gazetteer slip)."""

PUBLISHED = date(2034, 7, 11)

STORY = {"laundromat": 3.5, "carport": 3.6, "hatchback": 3.4, "stairwell": 3.1, "torso": 3.0}
"""The specifics two outlets' reports of the shooting share (rarity 2 and more)."""

NAME = {"tavistrand": 5.0}
"""The victim's surname (a name word)."""


def outlet_report(
    key: str, words: dict[str, float], day: date, place: PlaceFact, published: date = PUBLISHED
) -> MentionProfile:
    return report(key, day=day, place=place, words=words, published=published)


def first() -> MentionProfile:
    return outlet_report(
        "first", {**STORY, **NAME, "vigil": 3.2, "candles": 3.3}, date(2034, 7, 10), MILLHAVEN
    )


def recalled(words: dict[str, float], **kwargs: object) -> MentionProfile:
    """Another outlet's report of the same day whose extracted date is an earlier one, twelve
    days before the shooting (the day the victim's car was stolen), and whose town is the
    county seat. Told within RECALLED_DAYS of its publication, it is no recalled day to
    `scoring.recalled_day`, so the date veto applies unless forgiven."""
    base = outlet_report("second", words, date(2034, 6, 28), COUNTY_SEAT)
    return replace(base, **kwargs)  # type: ignore[arg-type]


def test_reported_together_naming_the_same_person_is_not_vetoed() -> None:
    a = first()
    b = recalled({**STORY, **NAME, "mourners": 3.6, "eulogy": 3.4})
    assert facts_exclude(a, b)
    features = linker.link_features(a, b)
    assert linker._reported_together(a, b, features)
    assert linker.shared_name_words(a, b) == 1
    assert linker.score_link(a, b) > linker.model().threshold


def test_without_a_shared_name_the_date_veto_holds() -> None:
    a = first()
    b = recalled({**STORY, "mourners": 3.6, "eulogy": 3.4})
    assert linker._reported_together(a, b, linker.link_features(a, b))
    assert linker.score_link(a, b) == CANNOT_LINK


def test_published_weeks_after_its_day_the_day_is_recalled_and_weighs() -> None:
    # published five weeks after the day it states, the page tells a day of the past: no
    # veto (`scoring.recalled_day`), the model weighs the pair
    a = first()
    b = recalled({**STORY, **NAME, "mourners": 3.6, "eulogy": 3.4}, published=date(2034, 8, 2))
    assert recalled_day(b)
    assert not facts_exclude(a, b)
    assert linker.score_link(a, b) > CANNOT_LINK


def test_one_outlets_pages_keep_the_date_veto() -> None:
    a = first()
    b = recalled({**STORY, **NAME, "mourners": 3.6, "eulogy": 3.4}, source=first().source)
    assert linker.score_link(a, b) == CANNOT_LINK


def test_a_namesake_abroad_is_forgiven_the_same_way() -> None:
    a = first()
    b = outlet_report(
        "second", {**STORY, **NAME, "mourners": 3.6}, date(2034, 7, 9), NAMESAKE_ABROAD
    )
    assert facts_exclude(a, b)  # two countries, two stated days
    assert linker.score_link(a, b) > CANNOT_LINK
    nameless = outlet_report("third", {**STORY, "mourners": 3.6}, date(2034, 7, 9), NAMESAKE_ABROAD)
    assert linker.score_link(a, nameless) == CANNOT_LINK
