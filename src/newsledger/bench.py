"""`newsledger bench`: speed figures, printed, never asserted by timed tests.

Stages:
- extract: articles/s and words/s of the whole extraction on one core, and its ratio to a bare
  parse of the same texts by the same spaCy model, measured in the same run;
- ingest: articles/s read and stored into a fresh SQLite file (no extraction);
- merge: time to add one article's mentions to a synthetic ledger of N incidents;
- api: p50/p99 latency and requests/s of the list and incident endpoints on loopback;
- store: ingest rate into SQLite vs PostgreSQL ($NEWSLEDGER_TEST_PG_URL);
- load: bulk-load rate of N synthetic incidents (SQLite executemany, PostgreSQL COPY);
- batch: Spark local[1] vs local[2] wall time.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError
from newsledger.model import Article

DEFAULT_MERGE_SIZES = (100_000, 1_000_000)


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports KiB)."""
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


def pin_to_one_core() -> None:
    """Run on one core so the figure is per core (where the OS lets us)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cores[0]})


def read_corpus(paths: Sequence[Path]) -> list[Article]:
    """Articles from files with the ingest readers (no store), duplicates dropped."""
    from newsledger.ingest import read_paths

    seen: set[str] = set()
    articles: list[Article] = []
    for item in read_paths([str(p) for p in paths]):
        if isinstance(item, Article) and item.id not in seen:
            seen.add(item.id)
            articles.append(item)
    if not articles:
        raise NewsledgerError(f"no readable articles in {', '.join(map(str, paths))}")
    return articles


def bench_extract(paths: Sequence[Path], repeat: int = 1) -> dict[str, Any]:
    """Whole extraction vs bare parse, same texts, same model, same process, one core."""
    from newsledger.extract.runner import default_extractor
    from newsledger.nlp.pipeline import load_pipeline, make_doc

    pin_to_one_core()
    articles = read_corpus(paths) * repeat
    languages = sorted({a.language or "en" for a in articles})
    extractor = default_extractor()
    # Warm up: load models, gazetteer and caches outside the timed regions.
    for lang in languages:
        sample = next(a for a in articles if (a.language or "en") == lang)
        nlp = load_pipeline(lang)
        extractor.extract(sample, nlp(make_doc(sample, nlp)))

    words = sum(len(a.text.split()) for a in articles)
    parse_seconds = 0.0
    total_seconds = 0.0
    # CPU seconds too: on a shared machine the wall clock also counts other people's work.
    parse_cpu = 0.0
    total_cpu = 0.0
    for lang in languages:
        group = [a for a in articles if (a.language or "en") == lang]
        nlp = load_pipeline(lang)
        ours = [name for name in nlp.pipe_names if name.startswith("newsledger_")]
        start, cpu_start = time.perf_counter(), time.process_time()
        with nlp.select_pipes(disable=ours):
            for _doc in nlp.pipe(a.text for a in group):
                pass
        parse_seconds += time.perf_counter() - start
        parse_cpu += time.process_time() - cpu_start

        start, cpu_start = time.perf_counter(), time.process_time()
        docs = nlp.pipe(make_doc(a, nlp) for a in group)
        for article, doc in zip(group, docs, strict=True):
            extractor.extract(article, doc)
        total_seconds += time.perf_counter() - start
        total_cpu += time.process_time() - cpu_start
    return {
        "articles": len(articles),
        "words": words,
        "seconds": round(total_seconds, 3),
        "articles_per_s": round(len(articles) / total_seconds, 2),
        "words_per_s": round(words / total_seconds, 1),
        "spacy_parse_seconds": round(parse_seconds, 3),
        "ratio_to_spacy_parse": round(total_seconds / parse_seconds, 3),
        "cpu_seconds": round(total_cpu, 3),
        "spacy_parse_cpu_seconds": round(parse_cpu, 3),
        "cpu_ratio_to_spacy_parse": round(total_cpu / parse_cpu, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "languages": languages,
    }


def run_bench(
    stage: str,
    paths: Sequence[Path],
    sizes: Sequence[int] | None = None,
    seconds: float = 10.0,
    workers: int = 2,
) -> dict[str, Any]:
    """Dispatch to one stage's benchmark; returns its figures as a flat mapping."""
    if stage == "extract":
        return bench_extract(paths)
    if stage == "ingest":
        from newsledger.ingest.bench import bench_ingest

        with tempfile.TemporaryDirectory() as tmp:
            return bench_ingest(paths, f"sqlite:///{Path(tmp) / 'bench.db'}")
    if stage == "merge":
        from newsledger.merge.bench import bench_merge

        result: dict[str, Any] = {}
        for size in sizes or DEFAULT_MERGE_SIZES:
            for key, value in bench_merge(size).items():
                result[f"{size}:{key}"] = value
        return result
    if stage == "api":
        from newsledger.serve.bench import bench_api

        return bench_api(sizes[0] if sizes else 100_000, seconds=seconds, workers=workers)
    if stage == "store":
        from newsledger.store.bench import bench_store

        return bench_store(paths)
    if stage == "load":
        from newsledger.store.bench import bench_load

        return bench_load(sizes or (100_000,))
    if stage == "batch":
        from newsledger.batch.bench import DEFAULT_SIZES, bench_batch

        return bench_batch(sizes or DEFAULT_SIZES)
    raise NewsledgerError(
        f"unknown bench stage {stage!r}: use extract, ingest, merge, api, store, load or batch"
    )
