"""The `people` link feature (merge/linker.py, docs/resolution.md seventeenth pass): two reports
naming one victim or accused by full name; and `train-linker --extend`, which fits a feature the
shipped file lacks with the file's other coefficients held. Names, words, places and dates are
this test's own (stand-ins, no one is named)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from tests.profile_helpers import report

from newsledger.merge import linker, train_linker
from newsledger.merge.profile import MentionProfile, PlaceFact

HARBOUR_TOWN = PlaceFact(7301, "Pellingham", "US", "S1", 41.0, -99.0, 1)
DAY = date(2033, 5, 14)
VICTIM = "the victim's given name and surname"
ACCUSED = "the accused's given name and surname"
BYSTANDER = "a bystander's given name and surname"


def named(key: str, people: set[str], day: date = DAY) -> MentionProfile:
    p = report(key, day=day, place=HARBOUR_TOWN, words={"quayside": 4.0})
    return replace(p, people=frozenset(people))


def test_a_shared_full_name_sets_the_feature() -> None:
    shooting = named("shooting", {VICTIM})
    plea = named("plea", {VICTIM, ACCUSED}, DAY + timedelta(days=90))
    assert linker.link_features(shooting, plea)["people"] == 1.0


@pytest.mark.parametrize("other", [set(), {BYSTANDER}, {ACCUSED}])
def test_no_shared_full_name_leaves_it_at_zero(other: set[str]) -> None:
    assert linker.link_features(named("a", {VICTIM}), named("b", other))["people"] == 0.0


def test_the_feature_adds_its_weight_to_the_logit() -> None:
    data = {
        "features": list(linker.FEATURES),
        "weights": {f: 0.0 for f in linker.FEATURES} | {"people": 2.5},
        "bias": -4.0,
        "threshold": -1.5,
    }
    m = linker.model_from_data(data)
    shared = linker.link_features(named("a", {VICTIM}), named("b", {VICTIM}))
    apart = linker.link_features(named("a", {VICTIM}), named("b", {BYSTANDER}))
    assert linker.linear_logit(shared, m) - linker.linear_logit(apart, m) == pytest.approx(2.5)


def test_a_model_file_without_the_feature_weighs_it_zero() -> None:
    old = [f for f in linker.FEATURES if f != "people"]
    m = linker.model_from_data(
        {"features": old, "weights": {f: 1.0 for f in old}, "bias": 0.0, "threshold": -1.5}
    )
    assert m.weights["people"] == 0.0


def test_added_weights_are_fitted_with_the_others_held() -> None:
    # a column that is 1 exactly on the positives, the held logit saying nothing: its weight
    # comes out positive; a column that is 1 on negatives only comes out negative
    y = np.array([1.0] * 20 + [0.0] * 80)
    helpful = y.copy()
    harmful = np.concatenate([np.zeros(20), np.ones(20), np.zeros(60)])
    x = np.column_stack([np.zeros(100), helpful, harmful])
    weights = train_linker.fit_added_weights(x, y, np.full(100, -1.0), [1, 2])
    assert weights[0] > 1.0 and weights[1] < -0.5
    assert weights == train_linker.fit_added_weights(x, y, np.full(100, -1.0), [1, 2])


def _pair_corpus(prefix: str, stories: int) -> train_linker.Corpus:
    """`stories` incidents of two reports a month apart naming one person; every third report
    of an incident names nobody."""
    profiles, gold = [], {}
    for n in range(stories):
        first = DAY + timedelta(days=40 * n)
        for side, day in (("a", first), ("b", first + timedelta(days=30))):
            key = f"{prefix}{n}{side}"
            people = {f"person {prefix} {n}"} if n % 3 else set()
            p = report(key, day=day, place=HARBOUR_TOWN, words={f"{prefix}w{n}": 1.0})
            profiles.append(replace(p, people=frozenset(people)))
            gold[key] = f"{prefix}{n}_{n}"
    return train_linker.Corpus(profiles, gold)


def test_extend_fits_only_the_named_feature_and_keeps_the_rest() -> None:
    old = [f for f in linker.FEATURES if f != "people"]
    data = {
        "features": old,
        "weights": {f: 0.5 for f in old},
        "bias": -3.0,
        "threshold": -1.5,
        "undated_threshold": -2.0,
        "near_duplicate": 0.3,
    }
    corpora = {"gva_train": _pair_corpus("g", 9), "ecb_train": _pair_corpus("e", 6)}
    out = train_linker.extend(data, corpora, ["people"], log=lambda _: None)
    assert out["features"] == list(linker.FEATURES)
    assert {f: out["weights"][f] for f in old} == data["weights"]
    assert (out["bias"], out["threshold"], out["undated_threshold"]) == (-3.0, -1.5, -2.0)
    assert out["weights"]["people"] > 0  # shared names mark same-incident pairs only
    assert json.dumps(out) == json.dumps(
        train_linker.extend(data, corpora, ["people"], log=lambda _: None)
    )


def test_extend_refuses_a_feature_the_file_has() -> None:
    data = {"features": list(linker.FEATURES), "weights": {}, "bias": 0.0, "threshold": 0.0}
    with pytest.raises(ValueError, match="people"):
        train_linker.extend(data, {}, ["people"], log=lambda _: None)
