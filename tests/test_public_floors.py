"""CI floors on the public real sets (tests/floors/public.json): the quality gate.

Each entry names a set of ../shared/bench, the sample its scorers run on (`limit`, `fold`) and
floors on keys of the scorers' results; the scorers run exactly as `newsledger eval
../shared/bench/<set> --limit N --fold F` runs them. Outside CI a missing ../shared skips with
the reason; in CI it fails. The samples are small so the whole file stays within a few minutes on
two cores.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import BENCH, require_shared

from newsledger.eval.public import BENCH_SCORERS, FOLDS, score_set

FLOORS_FILE = Path(__file__).resolve().parent / "floors" / "public.json"


def _entries() -> dict[str, dict[str, Any]]:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return {name: entry for name, entry in data.items() if not name.startswith("_")}


def flat_metrics(data: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """A scorer's numeric results with nested keys joined by dots ("baseline.content_f1")."""
    out: dict[str, float] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flat_metrics(value, f"{name}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[name] = float(value)
    return out


def test_floors_file_names_known_sets_and_samples() -> None:
    entries = _entries()
    assert entries
    for name, entry in entries.items():
        assert name in BENCH_SCORERS, f"{name} is not a registered public set"
        assert set(entry) == {"sample", "floors"}, name
        sample = entry["sample"]
        assert set(sample) <= {"limit", "fold"}, name
        assert sample.get("limit") is None or int(sample["limit"]) >= 1, name
        assert sample.get("fold") in (None, *FOLDS), name
        assert entry["floors"], f"{name}: no floors"
        assert all(isinstance(v, int | float) for v in entry["floors"].values()), name


@pytest.mark.slow
@pytest.mark.parametrize("set_name", sorted(_entries()))
def test_public_set_stays_above_its_floors(set_name: str) -> None:
    folder = require_shared(BENCH / set_name)
    entry = _entries()[set_name]
    sample = entry["sample"]
    result = score_set(folder, limit=sample.get("limit"), fold=sample.get("fold"))
    assert result.ok, result.errors()
    measured: dict[str, float] = {}
    for module in result.modules:
        for key, value in flat_metrics(module.metrics).items():
            measured.setdefault(key, value)
    missing = sorted(set(entry["floors"]) - set(measured))
    assert not missing, f"{set_name}: the scorers give no {missing} (they give {sorted(measured)})"
    below = {
        key: (round(measured[key], 4), floor)
        for key, floor in entry["floors"].items()
        if measured[key] < floor
    }
    assert not below, f"{set_name} on {sample}: under the floor (measured, floor): {below}"
