"""The `titled` link feature and `train-linker --extend ... --drop FEATURE` (merge/linker.py,
merge/train_linker.extend, docs/resolution.md eighteenth pass): a shipped weight set to 0 and
replaced by features fitted with the file's other coefficients held. Headlines, words, places
and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.profile_helpers import report
from typer.testing import CliRunner

from newsledger.errors import LinkFeatureError
from newsledger.merge import linker, train_linker
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.serve.cli import app

MARSH_TOWN = PlaceFact(7601, "Fennick Cross", "US", "S1", 42.0, -97.0, 1)
DAY = date(2034, 2, 3)


def headed(key: str, title: str | None, day: date = DAY) -> MentionProfile:
    p = report(key, day=day, place=MARSH_TOWN, words={f"{key}word": 2.0, "sluice": 3.0})
    return replace(p, title=title)


def test_titled_is_one_only_when_both_reports_carry_a_headline() -> None:
    a = headed("a", "Two hurt as shots hit a bakery van")
    b = headed("b", "Bakery van driver wounded in morning gunfire")
    assert linker.link_features(a, b)["titled"] == 1.0
    assert linker.link_features(a, headed("c", None))["titled"] == 0.0
    assert linker.link_features(headed("d", ""), headed("e", None))["titled"] == 0.0


def _corpus(prefix: str, stories: int) -> train_linker.Corpus:
    """`stories` incidents of two headlined reports two days apart whose headlines are alike
    (one story retold), each incident a month after the last."""
    profiles, gold = [], {}
    for n in range(stories):
        first = DAY + timedelta(days=30 * n)
        for side, day in (("a", first), ("b", first + timedelta(days=2))):
            key = f"{prefix}{n}{side}"
            title = f"Shots fired at the {prefix} {n} depot" + (" overnight" if side == "b" else "")
            profiles.append(headed(key, title, day))
            gold[key] = f"{prefix}{n}_{n}"
    return train_linker.Corpus(profiles, gold)


def _file() -> dict[str, object]:
    old = [f for f in linker.FEATURES if f not in ("titled", "title_excess")]
    return {
        "features": old,
        "weights": {f: 0.0 for f in old} | {"title": -3.0, "date": 1.0},
        "bias": -3.0,
        "threshold": -1.5,
        "near_duplicate": 0.3,
    }


def test_a_dropped_weight_is_zero_and_kept_in_the_info() -> None:
    corpora = {"gva_train": _corpus("g", 8), "ecb_train": _corpus("e", 5)}
    data = _file()
    out = train_linker.extend(data, corpora, ["title_excess"], log=lambda _: None, drop=["title"])
    assert out["weights"]["title"] == 0.0
    assert out["info"]["dropped"] == {"title": -3.0}
    assert out["weights"]["date"] == 1.0 and out["bias"] == -3.0
    # fitted without the dropped weight: alike headlines mark one incident here, so the excess
    # comes out positive, and not where the negative ratio weight is held
    kept = train_linker.extend(data, corpora, ["title_excess"], log=lambda _: None)
    assert kept["weights"]["title"] == -3.0
    assert out["weights"]["title_excess"] < kept["weights"]["title_excess"]


def test_dropping_a_feature_the_file_does_not_weigh_is_refused() -> None:
    with pytest.raises(LinkFeatureError, match="titled"):
        train_linker.check_drop(_file(), ["titled"], ["title_excess"])


def test_a_library_drop_with_nothing_to_fit_is_refused() -> None:
    """`extend(..., [], drop=[...])` returned the file unchanged, its weight still there."""
    corpora = {"gva_train": _corpus("g", 2), "ecb_train": _corpus("e", 2)}
    with pytest.raises(LinkFeatureError, match="--drop needs --extend"):
        train_linker.extend(_file(), corpora, [], log=lambda _: None, drop=["title"])
    with pytest.raises(LinkFeatureError, match="--drop needs --extend"):
        train_linker.check_drop(_file(), ["title"], [])
    train_linker.check_drop(_file(), ["title"], ["title_excess"])  # a weighed name, replaced


def test_the_cli_refuses_drop_without_extend(tmp_path: Path) -> None:
    out = str(tmp_path / "m.json")
    result = CliRunner().invoke(
        app, ["train-linker", str(tmp_path), "--drop", "title", "--output", out]
    )
    assert result.exit_code == 1
    assert "--drop needs --extend" in result.output
    assert not (tmp_path / "m.json").exists()
