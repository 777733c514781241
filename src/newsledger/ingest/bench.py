"""Ingest throughput for `newsledger bench --stage ingest CORPUS`: read, dedup and store, no NLP."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.ingest.runner import ingest_paths
from newsledger.store import open_store


def bench_ingest(corpus_paths: Sequence[str | Path], store_url: str) -> dict[str, Any]:
    """Ingest `corpus_paths` into the (fresh) store at `store_url` once and time it.

    Reports wall-clock and CPU rates: on a shared machine the CPU figure is the stable one.
    """
    with open_store(store_url) as store:
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        summary = ingest_paths(list(corpus_paths), store)
        wall = time.perf_counter() - wall_start
        cpu = time.process_time() - cpu_start
    articles = summary.read
    return {
        "articles": articles,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "near_duplicates": summary.near_duplicates,
        "rejected": summary.rejected,
        "seconds": round(wall, 3),
        "articles_per_s": round(articles / wall, 1) if wall > 0 else None,
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_s": round(articles / cpu, 1) if cpu > 0 else None,
    }
