"""`newsledger bench --stage extract` reports CPU seconds beside wall seconds: on a shared machine
the wall clock also counts other people's work, so the CPU ratio is the figure to compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import bench


def test_extract_bench_reports_cpu_time_and_its_ratio(
    monkeypatch: pytest.MonkeyPatch, examples_dir: Path
) -> None:
    monkeypatch.setattr(bench, "pin_to_one_core", lambda: None)  # keep the test run's cores
    first = sorted(examples_dir.iterdir())[0]
    figures = bench.bench_extract([first])
    assert figures["cpu_seconds"] > 0
    assert figures["spacy_parse_cpu_seconds"] > 0
    expected = figures["cpu_seconds"] / figures["spacy_parse_cpu_seconds"]
    assert abs(figures["cpu_ratio_to_spacy_parse"] - expected) < 0.01 * expected + 0.002
