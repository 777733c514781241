"""The link features of the tenth pass (merge/linker.py): a headline similarity counted only
above that of unrelated headlines, one outlet's updates within days, shared name words; a model
file fitted before a feature existed scores as it did; `train-linker` gives the same file twice.
Words, places, headlines and dates are this test's own."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from tests.profile_helpers import report

from newsledger.merge import linker, train_linker
from newsledger.merge.profile import MentionProfile, PlaceFact

RIVERTON = PlaceFact(9201, "Quarrington", "US", "S1", 44.0, -100.0, 1)
DAY = date(2032, 3, 9)

VICTIM_WORDS = {"zellwoodie": 6.0, "marrowvane": 6.0, "tibbertoft": 6.0}
"""A victim's given name and surname and an accused's surname: invented, so unknown to the
language (name words)."""


def titled(p: MentionProfile, title: str, outlet: str | None = None) -> MentionProfile:
    return replace(p, title=title, source=f"outlet:{outlet}" if outlet else p.source)


def test_unrelated_headlines_give_no_headline_evidence() -> None:
    a = titled(report("a", day=DAY, place=RIVERTON, words={}), "Man hurt in night shooting")
    b = titled(report("b", day=DAY, place=RIVERTON, words={}), "Police seek driver after crash")
    assert linker.link_features(a, b)["title_excess"] == 0.0


def test_one_headline_told_twice_gives_full_headline_evidence() -> None:
    headline = "Teenager shot outside Quarrington skating rink"
    a = titled(report("a", day=DAY, place=RIVERTON, words={}), headline)
    b = titled(report("b", day=DAY, place=RIVERTON, words={}), headline.upper())
    assert linker.link_features(a, b)["title_excess"] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("outlet_b", "days_later", "expected"),
    [
        ("wqrt.example", 1, 1.0),  # the station's update the next day
        ("wqrt.example", 9, 0.0),  # the station's report of another week
        ("other.example", 1, 0.0),  # two outlets
    ],
)
def test_one_outlets_update_within_days(outlet_b: str, days_later: int, expected: float) -> None:
    a = titled(report("a", day=DAY, place=RIVERTON, words={}), "A", "wqrt.example")
    later = DAY + timedelta(days=days_later)
    b = report("b", day=later, published=later, place=RIVERTON, words={})
    b = titled(b, "B", outlet_b)
    assert linker.link_features(a, b)["same_outlet_close"] == expected


def test_shared_name_words_count_up_to_three() -> None:
    a = report("a", day=DAY, place=RIVERTON, words=VICTIM_WORDS | {"bakery": 3.0})
    two = report("b", day=DAY, place=RIVERTON, words={"zellwoodie": 6.0, "marrowvane": 6.0})
    common = report("c", day=DAY, place=RIVERTON, words={"bakery": 3.0})
    assert linker.link_features(a, two)["name_words"] == pytest.approx(2 / 3)
    assert linker.link_features(a, a)["name_words"] == 1.0
    assert linker.link_features(a, common)["name_words"] == 0.0


def test_a_model_file_without_the_new_features_scores_as_before() -> None:
    old_features = [f for f in linker.FEATURES if f not in ("title_excess", "name_words")]
    data = {
        "features": old_features,
        "weights": {f: 1.0 for f in old_features},
        "bias": -2.0,
        "threshold": -1.5,
    }
    m = linker.model_from_data(data)
    assert m.weights["title_excess"] == 0.0 and m.weights["name_words"] == 0.0
    features = {f: 0.5 for f in linker.FEATURES}
    features["name_words"] = 1.0  # two reports naming the same people
    assert linker.linear_logit(features, m) == pytest.approx(-2.0 + 0.5 * len(old_features))


def test_a_model_file_naming_an_unknown_feature_is_refused() -> None:
    data = {"features": ["moon_phase"], "weights": {"moon_phase": 1.0}, "bias": 0, "threshold": 0}
    with pytest.raises(ValueError, match="moon_phase"):
        linker.model_from_data(data)


def _story(key: str, incident: int, day: date, words: dict[str, float]) -> MentionProfile:
    return report(key, day=day, place=RIVERTON, words=words, published=day)


def _corpus(prefix: str, stories: int) -> train_linker.Corpus:
    """`stories` incidents, two reports each, a week apart, each with its own rare words."""
    profiles, gold = [], {}
    for n in range(stories):
        day = DAY + timedelta(days=7 * n)
        words = {f"{prefix}word{n}x{k}": 5.0 for k in range(4)}
        for side in ("a", "b"):
            key = f"{prefix}{n}{side}"
            profiles.append(_story(key, n, day, words))
            gold[key] = f"{prefix}{n}_{n}"
    return train_linker.Corpus(profiles, gold)


def test_train_linker_gives_the_same_file_twice() -> None:
    corpora = {
        "gva_train": _corpus("g", 6),
        "gva_heldout": _corpus("h", 3),
        "ecb_train": _corpus("e", 4),
        "ecb_dev": _corpus("d", 3),
        "ecb_test": _corpus("t", 3),
    }
    first = json.dumps(train_linker.fit(corpora, log=lambda _: None), indent=2)
    train_linker._FEATURE_MEMO.clear()
    second = json.dumps(train_linker.fit(corpora, log=lambda _: None), indent=2)
    assert first == second
    data = json.loads(first)
    assert data["features"] == list(linker.FEATURES)
    assert all(math.isfinite(w) for w in data["weights"].values())


def test_cross_fit_scores_each_half_of_the_train_fold_with_a_model_fitted_on_the_other() -> None:
    corpora = {"gva_train": _corpus("g", 8), "ecb_train": _corpus("e", 4)}
    scores = train_linker.cross_fit(corpora, threshold=-1.5, near_duplicate=0.3)
    # every incident's two reports share their own rare words and nothing else: each half,
    # scored by a model that never saw it, is resolved exactly
    assert scores == [1.0, 1.0]
