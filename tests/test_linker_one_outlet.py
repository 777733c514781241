"""One outlet's pages on different incidents (merge/linker.py): a site's headline furniture is
not the same headline, a dateline glued to a channel number is no word, and one outlet's pages
weeks apart are one story only when they name the same people or retell it."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact, is_glued_word
from newsledger.merge.scoring import CANNOT_LINK

DAYTON = PlaceFact(4509884, "Dayton", "US", "OH", 39.759, -84.192, 1)

STOCK = {"stoppers": 3.2, "detectives": 2.2, "urged": 2.0, "transported": 2.1, "gunshot": 2.5}
"""A station's stock words: its appeal for tips and the police report's wording, on every page."""


def page(
    key: str,
    words: dict[str, float],
    *,
    day: date | None,
    place: PlaceFact | None = DAYTON,
    published: date | None = None,
    precision: str = "day",
    title: str | None = None,
    outlet: str = "station.example",
) -> MentionProfile:
    """One page of `outlet` with the rare-word bag `words` (nothing extracted)."""
    profile = report(
        key, day=day, place=place, words=words, published=published, precision=precision
    )
    return replace(profile, source=f"outlet:{outlet}", title=title)


LOG = " - The Night Desk Homicide Log - Kestrel Evening Times"
"""A site's furniture after every headline of its homicide log."""


def test_a_sites_headline_furniture_is_not_the_same_headline() -> None:
    first, second = linker.without_shared_furniture(
        f"Orrin Street, 31{LOG}", f"Orrin Road, 24{LOG}"
    )
    assert (first, second) == ("orrin street, 31", "orrin road, 24")
    # a headline is never emptied: two identical headlines stay identical
    assert linker.without_shared_furniture("Man shot - Paper", "Man shot - Paper") == (
        "man shot",
        "man shot",
    )
    # two undated pages of one site on the deaths of two men in streets of one name
    own_a = {"orrin": 5.0, "brindlecombe": 5.0, "laundromat": 3.5}
    own_b = {"orrin": 5.0, "osterley": 5.0, "wharfside": 4.0}
    a = page("a", {**own_a, **STOCK}, day=None, title=f"Orrin Street, 31{LOG}")
    b = page("b", {**own_b, **STOCK}, day=None, title=f"Orrin Road, 24{LOG}")
    features = linker.link_features(a, b)
    assert features["title"] >= linker.SAME_TITLE  # the whole strings are alike
    assert not linker.strong_evidence(features)
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP
    # the same headline with the site's furniture is still the same headline
    c = page("c", {**own_b, **STOCK}, day=None, title=f"Orrin Street, 31{LOG}")
    assert linker.rare_cosine(a, c) < linker.SAME_OUTLET_NEAR_DUPLICATE
    assert linker.strong_evidence(linker.link_features(a, c))


def test_a_dateline_glued_to_a_channel_number_is_no_word() -> None:
    # the town is a word of the language though the bag holds no other spelling of it
    assert is_glued_word("12dayton", {"shooting": 1.0})
    assert is_glued_word("8springfield", {})
    # an unknown tail that is no word of the bag is left alone (it may be a name)
    assert not is_glued_word("12brindlecombe", {"shooting": 1.0})


def test_one_outlets_pages_weeks_apart_without_a_shared_name_stay_apart() -> None:
    """Two pages of one station on two shootings in its town 24 days apart share its stock
    words and the police wording, enough for the follow-up test, and no name; its page on the
    arrest weeks after the shooting names the victim."""
    first = page(
        "a",
        {**STOCK, "brindlecombe": 3.0, "head": 1.0, "critical": 1.5},
        day=date(2030, 2, 3),
    )
    other = page(
        "b",
        {**STOCK, "windrow": 3.0, "head": 1.0, "critical": 1.5},
        day=date(2030, 2, 27),
    )
    features = linker.link_features(first, other)
    assert linker._same_story_follow_up(first, other, features)  # stock words alone pass it
    assert linker.shared_name_words(first, other) == 0
    assert linker.score_link(first, other) == CANNOT_LINK
    arrest = page(
        "c",
        {**STOCK, "brindlecombe": 3.0, "quenby": 5.0, "critical": 1.5, "arrested": 1.5},
        day=date(2030, 2, 27),
    )
    first.rare["quenby"] = 5.0
    first.rare_norm = math.sqrt(sum(v * v for v in first.rare.values()))
    assert linker.shared_name_words(first, arrest) >= linker.FOLLOW_UP_NAME_WORDS
    assert linker.score_link(first, arrest) > CANNOT_LINK
    # two outlets in one town: the date veto forgives the same town, as before
    other.source = "outlet:elsewhere.example"
    assert linker.score_link(first, other) > CANNOT_LINK


def test_one_outlets_pages_published_days_apart_need_a_retold_story() -> None:
    """Two pages of one site published nine days apart whose only date is the year a sidebar
    teaser recalls: two accidents in the town, not one story; an update that retells the
    story is weighed by the model."""
    story = {"brindlecombe": 5.0, "rangefield": 4.5, "accidental": 2.2, "discharge": 2.1}
    teaser = {"jury": 2.5, "deputy": 2.5, "closing": 2.5}
    first = page(
        "a",
        {"urged": 2.0, **teaser, **story},
        day=date(2027, 1, 1),
        precision="year",
        published=date(2030, 1, 15),
    )
    other = page(
        "b",
        {"urged": 2.0, **teaser, "accidental": 2.2, "osterley": 5.0, "wharfside": 4.5},
        day=date(2027, 1, 1),
        precision="year",
        published=date(2030, 1, 24),
    )
    features = linker.link_features(first, other)
    assert features["published_close"] == 0 and 0 < features["date"] < 1
    assert linker._one_outlet_one_story(first, other, features)  # the other caps let it pass
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP
    update = page(
        "c",
        {"urged": 2.0, **teaser, **story, "quenby": 5.0},
        day=date(2027, 1, 1),
        precision="year",
        published=date(2030, 1, 24),
    )
    assert linker.score_link(first, update) > linker.UNKNOWN_CAP


def _undated(key: str, published: date, words: dict[str, float], outlet: str) -> MentionProfile:
    """A report that states no date: dated by the week before its publication."""
    p = page(key, words, day=published - timedelta(days=7), published=published, outlet=outlet)
    p.date_precision = "week"
    p.date_inferred = True
    return p


def test_reports_stating_no_date_published_weeks_apart_are_two_incidents() -> None:
    """Two pages of one site that are mostly its sign-in wall, three months apart: near-
    duplicates of each other, yet the only dates they have (their publication weeks) exclude one
    incident. Published within the week, or naming the same people, they are left to the rules."""
    wall = {"verification": 4.0, "activate": 2.2, "spam": 2.0, "junk": 2.0, "folder": 2.3}
    first = _undated("a", date(2030, 3, 2), {**wall, "shot": 1.3}, "paper.example")
    later = _undated("b", date(2030, 6, 9), {**wall, "shot": 1.3, "wounded": 1.2}, "paper.example")
    features = linker.link_features(first, later)
    assert linker.strong_evidence(features)  # the wall alone makes them near-duplicates
    assert linker.score_link(first, later) == CANNOT_LINK
    days_later = _undated("c", date(2030, 3, 6), {**wall, "shot": 1.3}, "paper.example")
    assert linker.score_link(first, days_later) > CANNOT_LINK
    # two outlets naming the same two people months apart (a plea, a sentencing)
    names = {"quenby": 5.0, "harrowfield": 5.0}
    trial = _undated("d", date(2030, 6, 9), {**wall, **names}, "court.example")
    first.rare.update(names)
    first.rare_norm = math.sqrt(sum(v * v for v in first.rare.values()))
    assert linker.score_link(first, trial) > CANNOT_LINK
    # a stated date is not touched by this rule
    stated = page("e", {**wall, "shot": 1.3}, day=date(2030, 6, 2), published=date(2030, 6, 9))
    assert not linker.undated_weeks_apart(first, stated)
