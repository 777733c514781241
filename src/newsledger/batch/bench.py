"""Batch benchmark: wall time of the Spark job on the same corpus with local[1] and local[2]."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def bench_batch(
    paths: Sequence[Path], masters: Sequence[str] = ("local[1]", "local[2]")
) -> dict[str, Any]:
    """Run `run_batch` once per master (fresh session each) and report the speed-up."""
    from newsledger.batch.job import run_batch

    result: dict[str, Any] = {}
    for master in masters:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            counts = run_batch([str(p) for p in paths], str(Path(tmp) / "out"), master=master)
            seconds = time.perf_counter() - start
        result[f"{master}_seconds"] = round(seconds, 2)
        result[f"{master}_articles_per_s"] = round(counts["articles"] / seconds, 2)
        result["articles"] = counts["articles"]
        result["incidents"] = counts["incidents"]
    if len(masters) == 2:
        result["speed_up"] = round(
            result[f"{masters[0]}_seconds"] / result[f"{masters[1]}_seconds"], 2
        )
    return result
