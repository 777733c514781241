"""Recall of incident resolution (docs/resolution.md, seventh pass): reports published in the
same days meet whatever date they state, and a background mention never shuts its own article's
main mention out of an incident. Words, places and dates are this test's own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.profile_helpers import report

from newsledger.merge import blocking, resolve
from newsledger.merge.blocking import lexical_block_keys, published_together_keys
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import blocked_pairs, cluster_profiles

NORTH_TOWN = PlaceFact(8101, "Harrowgate Falls", "US", "S1", 47.0, -120.0, 1)
SOUTH_TOWN = PlaceFact(8102, "Pellingford", "US", "S2", 31.0, -85.0, 1)

STORY_WORDS = {
    "quillfeather": 6.0,
    "brannoch": 5.8,
    "tessalyn": 5.6,
    "marrowby": 5.4,
    "ostrevan": 5.2,
    "caddisford": 5.0,
}
"""The rare words of one story (a victim's surname, a street, a church): invented words, so
their rarity in the language is the highest."""

OTHER_WORDS = {
    "vennacott": 6.0,
    "drulemere": 5.8,
    "hathersage": 5.6,
    "plimworth": 5.4,
    "scarrowby": 5.2,
    "tumbledown": 5.0,
}


PUBLISHED = date(2031, 6, 18)


def test_a_report_stating_a_recalled_year_meets_the_reports_of_its_days(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "TOGETHER_WORDS", 0)  # the lexical bands alone
    shooting = report(
        "a", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words=STORY_WORDS
    )
    recalled = report(  # "the church, founded in 1985, ..." taken for the event's date
        "b",
        day=date(1985, 1, 1),
        precision="year",
        published=PUBLISHED + timedelta(days=1),
        place=SOUTH_TOWN,
        words=STORY_WORDS,
    )
    assert set(lexical_block_keys(shooting)[0]) & set(lexical_block_keys(recalled)[1])
    assert blocked_pairs([shooting, recalled]) == [(0, 1)]


def test_a_report_published_a_year_later_with_an_old_date_does_not_meet_by_its_bands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "TOGETHER_WORDS", 0)
    shooting = report(
        "a", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words=STORY_WORDS
    )
    much_later = report(
        "b",
        day=date(1985, 1, 1),
        precision="year",
        published=PUBLISHED + timedelta(days=365),
        place=SOUTH_TOWN,
        words=STORY_WORDS,
    )
    assert not set(lexical_block_keys(shooting)[0]) & set(lexical_block_keys(much_later)[1])


def test_reports_published_within_two_days_sharing_a_rarest_word_meet() -> None:
    # one surname shared among each report's three rarest words; dates, places and types differ
    arrest_words = {"quillfeather": 6.0, "drulemere": 5.8, "hathersage": 5.6, "bail": 1.0}
    shooting = report(
        "a", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words=STORY_WORDS
    )
    arrest = report(
        "b",
        day=PUBLISHED + timedelta(days=30),
        published=PUBLISHED + timedelta(days=2),
        place=SOUTH_TOWN,
        words=arrest_words,
        event_type="Strategic developments",
    )
    stored, _ = published_together_keys(shooting)
    _, probed = published_together_keys(arrest)
    assert set(stored) & set(probed)
    assert blocked_pairs([shooting, arrest]) == [(0, 1)]


def test_published_together_keys_need_close_days_a_shared_word_and_a_main_mention() -> None:
    shooting = report(
        "a", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words=STORY_WORDS
    )
    ten_days_later = report(
        "b", day=None, published=PUBLISHED + timedelta(days=10), place=None, words=STORY_WORDS
    )
    other_story = report(
        "c", day=None, published=PUBLISHED, place=None, words=OTHER_WORDS
    )
    background = report(
        "d", day=None, published=PUBLISHED, place=None, words=STORY_WORDS, main=False
    )
    stored = set(published_together_keys(shooting)[0])
    assert not stored & set(published_together_keys(ten_days_later)[1])
    assert not stored & set(published_together_keys(other_story)[1])
    assert published_together_keys(background) == ([], [])


def test_a_background_mention_does_not_shut_its_own_main_mention_out() -> None:
    # Article x tells the shooting as its main story and again, split off by the extractor, as
    # a background event; article z tells the same shooting. The background mention matches z
    # best, but x is placed by its main mention: the main mentions link first.
    x_main = report("x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    x_background = report(
        "x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={}, main=False
    )
    z_main = report("z", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    profiles = [x_main, x_background, z_main]
    logits = {(0, 2): 4.0, (1, 2): 8.0}

    def score(a: MentionProfile, b: MentionProfile) -> float:
        i, j = sorted((profiles.index(a), profiles.index(b)))
        return logits.get((i, j), -5.0)

    groups = cluster_profiles(profiles, logits, threshold=-1.5, score=score)
    assert sorted(groups) == [[0, 2], [1]]


ROUNDUP = {"x": resolve.ROUNDUP_TELLINGS + 1, "z": 1}
"""Article x's extraction holds more tellings than one story told twice (a roundup), so its two
mentions here never share an incident (`resolve._told_twice_named`)."""


def test_without_mains_first_the_background_mention_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same three mentions with the phase switched off: the failure the phase fixes, on a
    page whose two tellings cannot then be joined as one story told twice."""
    monkeypatch.setattr(resolve, "MAINS_FIRST", False)
    x_main = report("x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    x_background = report(
        "x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={}, main=False
    )
    z_main = report("z", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    logits = {(0, 2): 4.0, (1, 2): 8.0}
    groups = cluster_profiles(
        [x_main, x_background, z_main],
        logits,
        threshold=-1.5,
        score=lambda a, b: -5.0,
        tellings=ROUNDUP,
    )
    assert sorted(groups) == [[0], [1, 2]]


def test_the_sweep_places_each_article_by_its_main_mention() -> None:
    """train-linker chooses its threshold on every mention of the train fold, as the scorer
    resolves: an article counts once, in the incident of its main mention; an article with no
    mention is an incident of its own."""
    from newsledger.merge.train_linker import Corpus, placed_articles

    x_main = report("x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    x_background = report(
        "x", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={}, main=False
    )
    z_main = report("z", day=PUBLISHED, published=PUBLISHED, place=NORTH_TOWN, words={})
    corpus = Corpus(
        [x_main, x_background, z_main],
        {"x": "one", "z": "one", "empty": "two"},
        {x_main.mention_id: "x", z_main.mention_id: "z"},
    )
    groups = placed_articles(corpus, [[x_background, z_main], [x_main]])
    assert groups == [{"z"}, {"x"}, {"empty"}]
