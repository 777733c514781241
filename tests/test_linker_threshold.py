"""The link threshold criterion (merge/train_linker.py, docs/resolution.md eleventh pass): ECB+
train and dev topics cut into fixed topic folds, each fold clustered on its own, and the
shipped file's threshold re-chosen without touching its weights. Profiles are this test's own."""

from __future__ import annotations

import pytest
from tests.profile_helpers import report

from newsledger.merge import train_linker
from newsledger.merge.train_linker import Corpus


def _corpus(topics: range, per_cluster: int = 2) -> Corpus:
    """Two gold clusters per topic ("<topic>_ecb", "<topic>_ecbplus"), `per_cluster` undated
    documents each, one cluster's documents sharing their rare words (so blocking meets them)."""
    profiles, gold = [], {}
    for topic in topics:
        for sub in ("ecb", "ecbplus"):
            for k in range(per_cluster):
                key = f"t{topic}{sub}{k}"
                words = {f"qz{topic}x{sub}y{n}": 6.0 for n in range(8)}
                profiles.append(report(key, day=None, place=None, words=words))
                gold[key] = f"{topic}_{sub}"
    return Corpus(profiles, gold)


def test_topic_folds_keep_each_topic_whole_and_are_fixed() -> None:
    corpus = _corpus(range(1, 13))
    folds = train_linker.ecb_topic_folds(corpus, 5)
    assert len(folds) == 5
    seen: dict[str, int] = {}
    for k, fold in enumerate(folds):
        for cluster in fold.gold.values():
            topic = cluster.split("_")[0]
            assert seen.setdefault(topic, k) == k  # a topic is never cut
        assert {p.article_id for p in fold.profiles} == set(fold.gold)
    assert sorted(seen, key=int) == [str(t) for t in range(1, 13)]
    # numeric order dealt round-robin: topics 1, 6, 11 in the first fold (not "1", "10", "11")
    assert {c.split("_")[0] for c in folds[0].gold.values()} == {"1", "6", "11"}
    again = train_linker.ecb_topic_folds(_corpus(range(1, 13)), 5)
    assert [sorted(f.gold) for f in again] == [sorted(f.gold) for f in folds]


def test_topic_cross_validation_scores_each_fold_as_a_closed_set() -> None:
    folds = train_linker.ecb_topic_folds(_corpus(range(1, 11)), 5)

    def gold_scorer(a: object, b: object) -> float:
        # a scorer that knows the gold: each fold is then clustered perfectly
        ga = next(c for f in folds for k, c in f.gold.items() if k == a.article_id)  # type: ignore[attr-defined]
        gb = next(c for f in folds for k, c in f.gold.items() if k == b.article_id)  # type: ignore[attr-defined]
        return 5.0 if ga == gb else -5.0

    assert train_linker.ecb_topic_cv_f1(folds, gold_scorer, -1.5) == 1.0
    # above every score nothing links: every document alone, F1 under 1
    assert train_linker.ecb_topic_cv_f1(folds, gold_scorer, 10.0) < 1.0


def test_merged_corpora_keep_every_document() -> None:
    first, second = _corpus(range(1, 3)), _corpus(range(3, 5))
    both = train_linker.merged(first, second)
    assert set(both.gold) == set(first.gold) | set(second.gold)
    assert len(both.profiles) == len(first.profiles) + len(second.profiles)


def test_an_undated_pair_is_judged_at_the_undated_threshold() -> None:
    """Two reports without a publication date gain (threshold - undated threshold) on their
    logit before the caps, so the clusterer's one threshold acts as theirs; a pair with a date
    on either side, and a pair the facts exclude, score as before."""
    from dataclasses import replace
    from datetime import date

    from newsledger.merge import linker, scoring

    shipped = linker.model()
    plain = replace(shipped, undated_threshold=None)
    lower = replace(shipped, undated_threshold=shipped.threshold - 0.5)
    words = {"qzmarlow": 6.0, "qzfenwick": 6.0, "qzbridge": 5.0}
    a = report("a", day=None, place=None, words=words)
    b = report("b", day=None, place=None, words=words)
    feats = linker.link_features(a, b)
    assert linker.score_features(a, b, feats, lower) == linker.score_features(
        a, b, feats, plain
    ) + 0.5
    dated = report("c", day=None, place=None, words=words, published=date(2024, 5, 2))
    feats = linker.link_features(a, dated)
    assert linker.score_features(a, dated, feats, lower) == linker.score_features(
        a, dated, feats, plain
    )
    far = report("d", day=date(2020, 1, 1), place=None, words={"qzalder": 6.0}, published=None)
    near = report("e", day=date(2024, 6, 1), place=None, words={"qzbirch": 6.0}, published=None)
    near = replace(near, published=None)
    far = replace(far, published=None)
    feats = linker.link_features(far, near)
    assert linker.score_features(far, near, feats, plain) == scoring.CANNOT_LINK
    assert linker.score_features(far, near, feats, lower) == scoring.CANNOT_LINK


def test_a_threshold_candidate_must_beat_the_incumbent_by_the_margin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The undated sweep keeps the incumbent unless the best candidate gains more than
    `MIN_THRESHOLD_GAIN` on the ECB+ topic figure (the selection rule alone: the figure per
    candidate is made up here)."""
    from newsledger.merge import linker

    figure = {-3.0: 0.830, -2.5: 0.836, -2.0: 0.833, -1.5: 0.829, -1.0: 0.82, -0.5: 0.81, 0.0: 0.8}
    monkeypatch.setattr(train_linker, "_memo_scorer", lambda model: model)
    monkeypatch.setattr(
        train_linker, "ecb_topic_cv_f1", lambda folds, model, t: figure[model.undated_threshold]
    )
    corpora = {"ecb_train": _corpus(range(1, 6)), "ecb_dev": _corpus(range(6, 11))}
    chosen = linker.LinkModel({}, 0.0, -1.5, {})
    assert train_linker.sweep_undated_threshold(corpora, chosen, lambda _: None)[0] == -2.5
    # -2.5 gains 0.007 over -1.5: it replaces it; it gains only 0.003 over -2.0: -2.0 stays
    assert train_linker.sweep_undated_threshold(corpora, chosen, lambda _: None, -1.5)[0] == -2.5
    assert train_linker.sweep_undated_threshold(corpora, chosen, lambda _: None, -2.0)[0] == -2.0
