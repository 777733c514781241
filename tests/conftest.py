"""Shared fixtures: where the real reports live, the loaded pipeline, a throwaway store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"
EXAMPLES = REPO / "examples" / "articles"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_shared(path: Path) -> Path:
    """The shared folder or file; in CI its absence fails, elsewhere the test is skipped."""
    if not path.exists():
        message = f"{path} is missing: CI keeps ../shared beside the clone"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared(SEEDS)


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    return require_shared(BENCH)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
