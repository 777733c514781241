"""An article whose story the extractor split in two (a main mention and a background mention
stating another day) joins the incident its background mention joined first; the background
mention then leaves it (docs/resolution.md, fourteenth pass). Words, places and dates are this
test's own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import cluster_profiles

TOWN = PlaceFact(8201, "Quarrendon Vale", "US", "S1", 41.0, -95.0, 1)
DAY = date(2032, 3, 9)
THRESHOLD = -1.5


def _scorer(
    profiles: list[MentionProfile], logits: dict[tuple[int, int], float]
) -> tuple[dict[tuple[int, int], float], Callable[[MentionProfile, MentionProfile], float]]:
    def score(a: MentionProfile, b: MentionProfile) -> float:
        i, j = sorted((profiles.index(a), profiles.index(b)))
        assert a.article_id != b.article_id, "two mentions of one article are never a pair"
        return logits.get((i, j), -5.0)

    return logits, score


def _split_story() -> tuple[MentionProfile, MentionProfile, MentionProfile]:
    """Article x tells the shooting as its main story, dated by its publication day, and again
    as a background event dated four days later (the day the extractor read elsewhere in the
    text); article z, another outlet, tells the same shooting on that later day."""
    x_main = report("x", day=DAY, published=DAY, place=TOWN, words={})
    x_background = report(
        "x", day=DAY + timedelta(days=4), published=DAY, place=TOWN, words={}, main=False
    )
    z_main = report(
        "z", day=DAY + timedelta(days=4), published=DAY + timedelta(days=5), place=TOWN, words={}
    )
    return x_main, x_background, z_main


def test_a_main_mention_joins_the_incident_its_background_mention_joined_first() -> None:
    profiles = list(_split_story())
    # the background mention matches z best (it competes in the first phase: another day);
    # the main mention links to z too, if less
    pairs, score = _scorer(profiles, {(1, 2): 8.0, (0, 2): 2.0})
    groups = cluster_profiles(profiles, pairs, threshold=THRESHOLD, score=score)
    assert sorted(groups) == [[0, 2], [1]]


def test_each_article_holds_one_mention_of_an_incident_after_the_merge() -> None:
    profiles = list(_split_story())
    pairs, score = _scorer(profiles, {(1, 2): 8.0, (0, 2): 2.0})
    for group in cluster_profiles(profiles, pairs, threshold=THRESHOLD, score=score):
        articles = [profiles[i].article_id for i in group]
        assert len(articles) == len(set(articles))


def test_the_main_mention_still_needs_its_own_link() -> None:
    # the background mention recalls an earlier shooting (a month before) that y reported; x's
    # main story is a new shooting, which does not link to y: they stay apart
    x_main = report("x", day=DAY, published=DAY, place=TOWN, words={})
    x_recalled = report(
        "x", day=DAY - timedelta(days=30), published=DAY, place=TOWN, words={}, main=False
    )
    y_main = report(
        "y", day=DAY - timedelta(days=30), published=DAY - timedelta(days=30), place=TOWN, words={}
    )
    profiles = [y_main, x_main, x_recalled]
    pairs, score = _scorer(profiles, {(0, 2): 8.0, (0, 1): -4.0})
    groups = cluster_profiles(profiles, pairs, threshold=THRESHOLD, score=score)
    assert sorted(groups) == [[0, 2], [1]]


def test_two_background_mentions_of_one_article_keep_two_incidents_apart() -> None:
    # x tells two background events and no main story in these profiles' reach: each joins
    # another outlet's report; with no main mention on either side nothing says which one x
    # belongs to, so the two incidents stay apart although their main mentions link
    x_first = report(
        "x", day=DAY, published=DAY + timedelta(days=1), place=TOWN, words={}, main=False
    )
    x_second = replace(x_first, mention_id="x:2", index=2)
    v_main = report("v", day=DAY, published=DAY, place=TOWN, words={})
    w_main = report("w", day=DAY, published=DAY, place=TOWN, words={})
    profiles = [v_main, w_main, x_first, x_second]
    pairs, score = _scorer(profiles, {(0, 2): 9.0, (1, 3): 9.0, (0, 1): 5.0})
    groups = cluster_profiles(profiles, pairs, threshold=THRESHOLD, score=score)
    assert sorted(groups) == [[0, 2], [1, 3]]
