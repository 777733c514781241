"""Batch benchmark on a synthetic corpus: wall time on local[1] vs local[2], and the driver's
peak memory at two corpus sizes (it should stay flat: the driver holds counts, not data).

Each run is its own `newsledger batch` process, so each peak-memory figure is that run's alone;
the two masters run back to back on the same corpus so their ratio is comparable even on a
machine shared with other work.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError

DEFAULT_SIZES = (500, 2000)
"""Synthetic articles per run: extraction runs at a few articles per second per core on this
machine, so 20k would take hours; these two sizes show whether driver memory grows with input."""

REALISTIC = True
"""The bench runs on the generator's realistic mode (docs/scaling.md, fifteenth round): the
default templated corpus percolates into one resolution set, which no real archive does."""

SHARD_SIZE = 100
"""Articles per JSONL file: many small files so the read stage has partitions for every core."""

RUN_TIMEOUT_SECONDS = 3600

RUN_COUNTS = (
    "incidents",
    "mentions",
    "resolution_sets",
    "largest_resolution_set",
    "candidate_pairs",
    "pairs_scored",
    "pairs_linked",
    "scoring_tasks",
)
"""A run's structural figures, printed beside its per-lap seconds: unlike wall time on a
shared machine, they do not move with the load (pairs scored once each; tasks per stage)."""


def run_once(corpus: Path, master: str) -> dict[str, Any]:
    """One `newsledger batch` process over `corpus`; its JSON result plus the wall time."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsledger", "batch", "--input", str(corpus),
             "--output", str(Path(tmp) / "out"), "--master", master],
            capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise NewsledgerError(f"batch on {master} failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout[done.stdout.index("{") :])
    result["seconds"] = round(seconds, 1)
    return result


def bench_batch(
    sizes: Sequence[int] = DEFAULT_SIZES, realistic: bool = REALISTIC
) -> dict[str, Any]:
    """local[1] vs local[2] at the first size; driver peak RSS (local[2]) at every size."""
    from newsledger.batch.synth import generate_corpus

    figures: dict[str, Any] = {"corpus": "realistic" if realistic else "templated"}
    with tempfile.TemporaryDirectory() as tmp:
        for i, size in enumerate(sizes):
            corpus = Path(tmp) / f"corpus-{size}"
            generate_corpus(size, corpus, shard_size=SHARD_SIZE, realistic=realistic)
            masters = ("local[1]", "local[2]") if i == 0 else ("local[2]",)
            for master in masters:
                run = run_once(corpus, master)
                prefix = f"{size}:{master}"
                figures[f"{prefix}:seconds"] = run["seconds"]
                figures[f"{prefix}:articles_per_s"] = round(run["articles"] / run["seconds"], 2)
                for count in RUN_COUNTS:
                    figures[f"{prefix}:{count}"] = run.get(count)
                for stage, seconds in run["stage_seconds"].items():
                    figures[f"{prefix}:seconds:{stage}"] = seconds
                for part, mb in run["driver_peak_rss_mb"].items():
                    figures[f"{prefix}:driver_peak_rss_mb:{part}"] = mb
        first = sizes[0]
        figures["local2_over_local1"] = round(
            figures[f"{first}:local[2]:seconds"] / figures[f"{first}:local[1]:seconds"], 2
        )
    return figures
