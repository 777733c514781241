"""The F1 every scorer reports (eval/metrics.py)."""

from __future__ import annotations

import pytest

from newsledger.eval.metrics import f1_score


def test_f1_is_the_harmonic_mean() -> None:
    assert f1_score(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1_score(0.8, 0.8) == pytest.approx(0.8)


def test_f1_of_nothing_found_is_zero_not_an_error() -> None:
    assert f1_score(0.0, 0.0) == 0.0
