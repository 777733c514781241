"""Store throughput for `newsledger bench --stage store CORPUS`: SQLite vs PostgreSQL.

The same corpus is ingested (read, dedup, store; no extraction) into a fresh SQLite file and into
a fresh PostgreSQL schema, then ingested again (every article already there: the cost of an
idempotent re-run). PostgreSQL comes from $NEWSLEDGER_BENCH_PG_URL, else $NEWSLEDGER_TEST_PG_URL;
without either, its figures are reported as "not configured". The schema is created for the run
and dropped afterwards, so the benchmark never touches existing data.

Figures are flat `backend:measure` keys, e.g. `sqlite:articles_per_s`, `postgres:seconds`.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsledger.errors import StoreError
from newsledger.ingest.runner import ingest_paths
from newsledger.store import SqlStore, Store, open_store

PG_URL_VARS = ("NEWSLEDGER_BENCH_PG_URL", "NEWSLEDGER_TEST_PG_URL")
"""Where the PostgreSQL server to measure is named, first found wins."""

NOT_CONFIGURED = "not configured"
SCHEMA_PREFIX = "bench_"


def bench_store(paths: Sequence[Path]) -> dict[str, Any]:
    """Ingest rate of `paths` into SQLite and into PostgreSQL (when configured), each fresh."""
    corpus = [str(p) for p in paths]
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        result |= _prefixed("sqlite", _measure(corpus, f"sqlite:///{Path(tmp) / 'bench.db'}"))
    pg_url = configured_pg_url()
    if pg_url is None:
        result["postgres"] = NOT_CONFIGURED
        return result
    with fresh_pg_schema(pg_url) as url:
        result |= _prefixed("postgres", _measure(corpus, url))
    sqlite_rate = result.get("sqlite:articles_per_s")
    pg_rate = result.get("postgres:articles_per_s")
    if sqlite_rate and pg_rate:
        result["postgres_vs_sqlite"] = round(pg_rate / sqlite_rate, 3)
    return result


def configured_pg_url() -> str | None:
    """The PostgreSQL URL to measure, or None when no variable names one."""
    for var in PG_URL_VARS:
        value = os.environ.get(var, "").strip()
        if value:
            return value
    return None


@contextmanager
def fresh_pg_schema(url: str) -> Iterator[str]:
    """A new, uniquely named schema on the server at `url`; yields a URL whose search_path points
    at it (so the migrations and the data land there) and drops the schema afterwards."""
    import psycopg

    from newsledger.store.engine import normalise_url

    base = normalise_url(url)
    schema = f"{SCHEMA_PREFIX}{uuid.uuid4().hex[:16]}"
    conninfo = base.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    try:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.Error as exc:
        safe = base.render_as_string(hide_password=True)
        raise StoreError(
            f"cannot create a benchmark schema on {safe} ({exc}): check the server is running "
            f"and the user may CREATE SCHEMA, or unset {' / '.join(PG_URL_VARS)}"
        ) from exc
    try:
        scoped = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _measure(corpus: list[str], url: str) -> dict[str, Any]:
    """A first ingest into the empty store, then a re-run of the same corpus; both timed."""
    with open_store(url) as store:
        first = _timed(corpus, store)
        again = _timed(corpus, store)
        count = store.count_articles()
    summary = first.pop("summary")
    rerun = again.pop("summary")
    if rerun.stored or rerun.near_duplicates:
        raise StoreError(
            f"re-ingesting the corpus stored {rerun.stored + rerun.near_duplicates} articles "
            "again: ingest is not idempotent on this store"
        )
    return {
        "articles": summary.read,
        "stored": summary.stored,
        "near_duplicates": summary.near_duplicates,
        "duplicates": summary.duplicates,
        "rows": count,
        **first,
        "rerun_seconds": again["seconds"],
        "rerun_articles_per_s": again["articles_per_s"],
        "rerun_client_cpu_seconds": again["client_cpu_seconds"],
    }


def _timed(corpus: list[str], store: Store) -> dict[str, Any]:
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    summary = ingest_paths(corpus, store)
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    return {
        "summary": summary,
        "seconds": round(wall, 3),
        "articles_per_s": round(summary.read / wall, 1) if wall > 0 else None,
        "client_cpu_seconds": round(cpu, 3),
    }


def _prefixed(backend: str, figures: dict[str, Any]) -> dict[str, Any]:
    return {f"{backend}:{key}": value for key, value in figures.items()}


LEGACY_LOAD_SIZE = 20_000
"""Incidents saved through `save_incidents` (the merge path, 2,000 per call) for comparison: the
old way to load a ledger, measured on a sample because it is the slow one."""

LEGACY_CHUNK = 2_000


def bench_load(sizes: Sequence[int] = (100_000,)) -> dict[str, Any]:
    """Bulk-load rate of N synthetic incidents into SQLite and PostgreSQL (when configured),
    with the minutes a million would take at that rate, and the old per-chunk path's rate."""
    from newsledger.serve.bench import synthetic_incidents

    result: dict[str, Any] = {}

    def measure(backend: str, url: str, n: int) -> None:
        with open_store(url) as store:
            assert isinstance(store, SqlStore)
            start = time.perf_counter()
            store.bulk_load_incidents(synthetic_incidents(n))
            seconds = time.perf_counter() - start
            if store.count_incidents() != n:
                raise StoreError(f"bulk load stored {store.count_incidents()} of {n} incidents")
        rate = n / seconds
        result[f"{backend}:{n}:seconds"] = round(seconds, 1)
        result[f"{backend}:{n}:incidents_per_s"] = round(rate)
        result[f"{backend}:{n}:minutes_for_1M_extrapolated"] = round(1_000_000 / rate / 60, 1)

    def measure_legacy(backend: str, url: str) -> None:
        incidents = list(synthetic_incidents(LEGACY_LOAD_SIZE))
        with open_store(url) as store:
            start = time.perf_counter()
            for i in range(0, len(incidents), LEGACY_CHUNK):
                store.save_incidents(incidents[i : i + LEGACY_CHUNK])
            seconds = time.perf_counter() - start
        result[f"{backend}:save_incidents:{LEGACY_LOAD_SIZE}:incidents_per_s"] = round(
            LEGACY_LOAD_SIZE / seconds
        )

    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            measure("sqlite", f"sqlite:///{Path(tmp) / 'load.db'}", n)
    with tempfile.TemporaryDirectory() as tmp:
        measure_legacy("sqlite", f"sqlite:///{Path(tmp) / 'legacy.db'}")
    pg_url = configured_pg_url()
    if pg_url is None:
        result["postgres"] = NOT_CONFIGURED
        return result
    for n in sizes:
        with fresh_pg_schema(pg_url) as url:
            measure("postgres", url, n)
    with fresh_pg_schema(pg_url) as url:
        measure_legacy("postgres", url)
    return result
