"""One story told twice in one article (docs/resolution.md, seventeenth pass, linkage-s17): when
the extractor splits an article's story into a main and a background mention and the two end in
two clusters whose linkage is above the threshold, the clusters merge; when the linkage is
under it (a recalled incident), they stay apart; the incident counts the article's figures by
its main mention. Words, places and dates are this test's own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.profile_helpers import report

from newsledger.merge import resolve
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import cluster_profiles

TOWN = PlaceFact(8201, "Corrowbridge", "US", "S3", 40.0, -95.0, 1)
SHOT = date(2032, 3, 9)
ARREST = SHOT + timedelta(days=4)


def three_mentions() -> list[MentionProfile]:
    """Article x (published on the arrest's day) tells the shooting as its main story and the
    arrest, four days later, as a background mention (the update the extractor split off);
    article z reports the arrest. Canonical order: x's main, x's background, z."""
    x_main = report("x", day=SHOT, published=ARREST, place=TOWN, words={})
    x_update = report("x", day=ARREST, published=ARREST, place=TOWN, words={}, main=False)
    z_main = report("z", day=ARREST, published=ARREST, place=TOWN, words={})
    return [x_main, x_update, z_main]


def scorer(
    profiles: list[MentionProfile], logits: dict[tuple[int, int], float]
) -> resolve.PairScorer:
    """The given logits by index pair (-5.0 otherwise); two mentions of one article are never
    scored (the resolver must not ask)."""

    def score(a: MentionProfile, b: MentionProfile) -> float:
        assert a.article_id != b.article_id
        i, j = sorted((profiles.index(a), profiles.index(b)))
        return logits.get((i, j), -5.0)

    return score


def test_an_article_told_twice_joins_the_incident_both_its_mentions_link_to() -> None:
    profiles = three_mentions()
    # the update matches z best and joins it first; x's main story links z above the threshold
    logits = {(0, 2): 4.0, (1, 2): 8.0}
    groups = cluster_profiles(profiles, logits, threshold=-1.5, score=scorer(profiles, logits))
    assert groups == [[0, 1, 2]]


def test_before_this_pass_the_shared_article_kept_the_main_story_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resolve, "ONE_STORY_TOLD_TWICE", False)
    profiles = three_mentions()
    logits = {(0, 2): 4.0, (1, 2): 8.0}
    groups = cluster_profiles(profiles, logits, threshold=-1.5, score=scorer(profiles, logits))
    assert sorted(groups) == [[0], [1, 2]]


def test_a_recalled_incident_stays_apart_from_the_article_s_main_story() -> None:
    # x's background mention recalls z's incident; x's main story does not link z
    profiles = three_mentions()
    logits = {(0, 2): -4.0, (1, 2): 8.0}
    groups = cluster_profiles(profiles, logits, threshold=-1.5, score=scorer(profiles, logits))
    assert sorted(groups) == [[0], [1, 2]]


def test_an_unblocked_pair_excluding_one_incident_still_keeps_the_clusters_apart() -> None:
    # a fourth report w sits with x's main story; blocking did not pair w with z, and their
    # facts exclude one incident: the pair is scored before the merge and vetoes it
    profiles = three_mentions()
    w_main = report("w", day=SHOT, published=ARREST + timedelta(days=1), place=TOWN, words={})
    profiles.append(w_main)
    logits = {(0, 2): 4.0, (1, 2): 8.0, (0, 3): 6.0}

    def score(a: MentionProfile, b: MentionProfile) -> float:
        assert a.article_id != b.article_id
        i, j = sorted((profiles.index(a), profiles.index(b)))
        return -50.0 if (i, j) == (2, 3) else logits.get((i, j), -5.0)

    groups = cluster_profiles(profiles, logits, threshold=-1.5, score=score)
    assert sorted(groups) == [[0, 3], [1, 2]]


def test_an_incident_counts_an_article_told_twice_by_its_main_mention() -> None:
    """The background telling of an article whose main mention is in the same incident counts
    no figure (its article counts by its main mention), yet stays listed; without its article's
    main mention it counts."""
    from tests.test_merge import SHOOTING, ArticleBuilder

    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import _explained_summary

    first = ArticleBuilder("c-first", outlet="Valley Courier", published=date(2032, 3, 13))
    first.mention(
        text="A courier died of his wounds at the depot on Tuesday.",
        type=SHOOTING,
        date="2032-03-09",
        place="lille",
        figures=[("killed", "civilians", 1, "exact")],
    )
    first.mention(
        main=False,
        text="He had been shot near the loading bay.",
        date="2032-03-09",
        figures=[("injured", "civilians", 1, "exact")],
    )
    second = ArticleBuilder("d-second", outlet="Depot Daily", published=date(2032, 3, 13))
    second.mention(
        text="The courier shot at the depot has died.",
        type=SHOOTING,
        date="2032-03-09",
        place="lille",
        figures=[("killed", "civilians", 1, "exact")],
    )
    mentions = first.mentions + second.mentions
    articles = {b.article_id: b.article() for b in (first, second)}
    unique = {m.id: m for m in mentions}
    by_id = {m.id: build_profile(m, articles) for m in mentions}

    def kinds(group: list[str]) -> set[str]:
        summary = _explained_summary("i", group, unique, by_id, articles)
        figures = summary["figures"]
        assert isinstance(figures, list)
        return {f["kind"] for f in figures}

    together = [m.id for m in mentions]
    assert kinds(together) == {"killed"}
    summary = _explained_summary("i", together, unique, by_id, articles)
    listed = summary["mentions"]
    assert isinstance(listed, list)
    assert [m["mention_id"] for m in listed] == together
    # without its article's main mention, the background telling speaks for the article
    assert kinds([mentions[1].id, mentions[2].id]) == {"killed", "injured"}
