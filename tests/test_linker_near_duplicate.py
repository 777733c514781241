"""Near-duplicate text (merge/linker.py `strong_evidence`) needs a bag of shared words, not a
high cosine over a few stock words: an undated, placeless background mention that holds only
"accidental" and "wounded" is no copy of every report that uses them."""

from __future__ import annotations

from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact

DAYTON = PlaceFact(4509884, "Dayton", "US", "OH", 39.759, -84.192, 1)

STOCK = {"accidental": 2.4, "wounded": 1.7}
"""Two words any report of a shooting may hold."""

STORY = {
    "culvert": 3.6,
    "towpath": 3.9,
    "birdwatchers": 4.1,
    "marina": 3.0,
    "dinghy": 3.8,
    "lockkeeper": 4.2,
    "ricochet": 3.7,
    "tarpaulin": 3.5,
    "boathouse": 3.6,
    "floodgate": 3.9,
    "jetty": 3.2,
    "reeds": 3.0,
}
"""A long report's own specifics: a shooting by a canal lock, told in full."""


def _background(key: str) -> MentionProfile:
    """A recalled event with no date, no place and a bag of stock words only."""
    return report(key, day=None, place=None, words=STOCK, main=False)


def _story(key: str, extra: dict[str, float], *, day: int = 9) -> MentionProfile:
    """A report of a shooting in Dayton on April `day`, holding the stock words and its own
    specifics."""
    return report(key, day=date(2030, 4, day), place=DAYTON, words={**STOCK, **extra})


def test_a_two_word_bag_is_not_near_duplicate_text() -> None:
    stray = _background("stray")
    other = _story("other", {"pawnshop": 3.4, "overpass": 3.1})
    features = linker.link_features(stray, other)
    # the cosine alone would pass the near-duplicate bar: the bag is what is missing
    assert features["rare_words"] >= linker.model().near_duplicate
    assert features["rare_shared"] == 2 < linker.NEAR_DUPLICATE_SHARED_WORDS
    assert not linker.strong_evidence(features)
    assert linker.score_link(stray, other) <= linker.UNKNOWN_CAP


def test_a_long_copied_report_is_still_near_duplicate_text() -> None:
    first = report("first", day=None, place=None, words={**STOCK, **STORY})
    copy = report("copy", day=None, place=None, words={**STOCK, **STORY, "updated": 1.1})
    features = linker.link_features(first, copy)
    assert features["rare_shared"] >= linker.NEAR_DUPLICATE_SHARED_WORDS
    assert linker.strong_evidence(features)
    assert linker.score_link(first, copy) > linker.model().threshold


def test_a_stock_word_mention_links_to_none_of_many_unrelated_reports() -> None:
    """Three reports of three shootings of one town, weeks apart, each with its own specifics,
    all holding the stock words: the stray mention is near-duplicate text of none of them, so
    it cannot gather them (a hub linked to every report of the town)."""
    stray = _background("stray")
    others = [
        _story("a", {"pawnshop": 3.4, "overpass": 3.1}, day=3),
        _story("b", {"laundromat": 3.5, "cul": 2.9}, day=17),
        _story("c", {"skatepark": 3.8, "bleachers": 3.3}, day=28),
    ]
    threshold = linker.model().threshold
    assert all(linker.score_link(stray, other) < threshold for other in others)
