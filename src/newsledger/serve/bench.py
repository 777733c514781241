"""API load benchmark: a ledger of N synthetic incidents, a real server on loopback, a paced
client driving the list and incident endpoints for a bounded time; p50/p99 latency and req/s.

Traffic goes to 127.0.0.1 only, at a fixed rate, and stops by itself after `seconds`.
"""

from __future__ import annotations

import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError
from newsledger.store.base import StoredIncident
from newsledger.store.derive import synthetic_geo_precision

TARGET_RATE = 50.0
"""Requests per second the client paces itself to (the goal: p99 < 200 ms at this rate)."""

CLIENT_THREADS = 8
"""Client threads sharing the paced schedule: enough that one slow answer does not hold back
the rate (each thread waits for its own answer)."""

SERVER_START_TRIES = 300
"""Health checks 0.1 s apart (30 s) before the benchmark gives up waiting for the server."""

COLUMNS_WAIT_SECONDS = 600
"""Longest wait for the workers' overview columns (about 1 s per 100k incidents when idle)."""

READY_IN_A_ROW = 12
"""Consecutive 'ready' health answers taken as every worker ready (connections land on a
random worker: a worker missed by 12 of them is a 1-in-2,000 chance with two)."""

DEFAULT_WORKERS = 2
"""Server worker processes: one per core of the 2-core machine the figures are measured on."""


def synthetic_summary(i: int, rng: random.Random) -> dict[str, Any]:
    """A plausible incident summary (output contract) for load tests."""
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
    lat, lon = rng.uniform(35, 60), rng.uniform(-10, 30)
    injured = rng.randint(0, 30)
    return {
        "id": f"bench{i:09d}",
        "event_type": rng.choice(("Riots", "Protests", "Violence against civilians")),
        "sub_event_type": None,
        "description": f"Synthetic incident number {i} in town {i % 977}.",
        "date": day.isoformat(),
        "time_precision": "day",
        "time_of_day": None,
        "location": {
            "name": f"Town{i % 977}", "sublocation": None, "country_code": "FR", "admin1": None,
            "admin2": None, "latitude": lat, "longitude": lon,
            "geo_precision": synthetic_geo_precision(i),
            "geonames_id": None,
        },
        "mentions": [{"article_id": f"a{i:015d}", "main": True}],
        "articles": [f"a{i:015d}"],
        "sources": rng.randint(1, 5),
        "actors": [{"name": "police", "type": "police", "role": "target"}],
        "weapons": [],
        "figures": [{"kind": "injured", "actor": "police", "item": None, "value": injured,
                     "rule": "most conservative", "min": injured, "max": injured, "claims": []}],
        "conflicts": [],
        "quotes": [],
    }  # fmt: skip


def synthetic_incidents(n: int, seed: int = 1) -> Iterator[StoredIncident]:
    """N synthetic incidents (streamed, so a 1M load never holds them all)."""
    rng = random.Random(seed)
    for i in range(n):
        summary = synthetic_summary(i, rng)
        yield StoredIncident(
            id=summary["id"], mention_ids=[f"{summary['articles'][0]}:0"], summary=summary
        )


def build_ledger(url: str, n: int, seed: int = 1) -> list[str]:
    """Fill a store with N synthetic incidents in one bulk load; returns their ids."""
    from newsledger.store import SqlStore

    store = SqlStore(url)
    try:
        store.bulk_load_incidents(synthetic_incidents(n, seed))
    finally:
        store.close()
    return [f"bench{i:09d}" for i in range(n)]


ENDPOINT_MIX = (
    ("incident", 0.45),
    ("list", 0.35),
    ("timeline", 0.10),
    ("map", 0.10),
)
"""Share of each kind of request: single incidents and list pages as the issue's measurement
(deep offset pages, half of them with a `since` filter), plus the home page's two aggregates."""


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: always one of the measured values, so p99 never exceeds max
    (`statistics.quantiles`' default method extrapolates past the largest value)."""
    if not sorted_values:
        raise ValueError("no values")
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def latency_percentiles(latencies: Sequence[float]) -> dict[str, float]:
    """p50, p99 and max of request latencies (seconds), in milliseconds, by nearest rank."""
    ordered = sorted(latencies)
    return {
        "p50_ms": round(percentile(ordered, 0.50) * 1000, 1),
        "p99_ms": round(percentile(ordered, 0.99) * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def _request(rng: random.Random, ids: Sequence[str]) -> tuple[str, str, dict[str, Any]]:
    roll = rng.random()
    kind = ENDPOINT_MIX[-1][0]
    for name, share in ENDPOINT_MIX:
        if roll < share:
            kind = name
            break
        roll -= share
    params: dict[str, Any] = {}
    if rng.random() < 0.5:
        params["since"] = f"20{rng.randint(20, 23)}-0{rng.randint(1, 9)}-01"
    if kind == "incident":
        return kind, f"/api/incidents/{rng.choice(ids)}", {}
    if kind == "list":
        params |= {"limit": 50, "offset": rng.randrange(0, 500) * 50}
        return kind, "/api/incidents", params
    if kind == "map":
        params["zoom"] = rng.randint(1, 6)
    return kind, f"/api/incidents/{kind}", params


def drive(
    base: str, ids: Sequence[str], seconds: float, rate: float
) -> tuple[dict[str, list[float]], int]:
    """Paced requests for `seconds`; latencies of 200 answers per endpoint kind, and the number
    of other answers (errors are counted, never silently dropped)."""
    import httpx

    latencies: dict[str, list[float]] = {name: [] for name, _ in ENDPOINT_MIX}
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    interval = CLIENT_THREADS / rate

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as client:
            next_at = time.monotonic() + rng.random() * interval
            while True:
                now = time.monotonic()
                if now >= deadline:
                    return
                if next_at > now:
                    time.sleep(next_at - now)
                next_at += interval
                kind, path, params = _request(rng, ids)
                start = time.perf_counter()
                response = client.get(path, params=params)
                elapsed = time.perf_counter() - start
                with lock:
                    if response.status_code == 200:
                        latencies[kind].append(elapsed)
                    else:
                        errors[0] += 1

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_overview_columns(base: str, server: subprocess.Popen[bytes]) -> None:
    """Wait until every worker has read its overview columns (steady state is what is
    measured, not the seconds after a start when aggregates still go to SQL): health checks
    on new connections, which land on any worker, until READY_IN_A_ROW of them say ready."""
    import httpx

    in_a_row = 0
    deadline = time.monotonic() + COLUMNS_WAIT_SECONDS
    while in_a_row < READY_IN_A_ROW:
        if time.monotonic() > deadline or server.poll() is not None:
            raise NewsledgerError(
                f"the benchmark server at {base} did not read its overview columns within "
                f"{COLUMNS_WAIT_SECONDS} s: check its memory and `{base}/healthz`"
            )
        state = httpx.get(f"{base}/healthz", timeout=10).json().get("overview_columns")
        in_a_row = in_a_row + 1 if state in ("ready", "off") else 0
        if in_a_row == 0:
            time.sleep(0.2)


def serve_and_drive(url: str, ids: Sequence[str], seconds: float, workers: int) -> dict[str, Any]:
    """Start `newsledger serve` on loopback over `url`, drive it, stop it; the figures."""
    import httpx

    port = _free_port()
    command = [sys.executable, "-m", "newsledger", "serve", "--db", url, "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(SERVER_START_TRIES):
            if server.poll() is not None:
                raise NewsledgerError(
                    f"the benchmark server over {url} exited with code {server.returncode}: "
                    f"run `newsledger serve --db {url}` to see why"
                )
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        wait_for_overview_columns(base, server)
        # One request per endpoint first: imports and caches are not what is measured.
        with httpx.Client(base_url=base, timeout=30) as client:
            for kind in ("incidents", "incidents/timeline", "incidents/map"):
                client.get(f"/api/{kind}")
        latencies, errors = drive(base, ids, seconds, TARGET_RATE)
    finally:
        server.terminate()
        server.wait(timeout=30)
    every = sorted(x for values in latencies.values() for x in values)
    if not every:
        return {"error": "no successful request", "errors": errors}
    result: dict[str, Any] = {
        "workers": workers,
        "target_rate": TARGET_RATE,
        "requests": len(every),
        "errors": errors,
        "requests_per_s": round(len(every) / seconds, 1),
        **latency_percentiles(every),
    }
    for kind, values in latencies.items():
        if values:
            values.sort()
            result[f"{kind}_p99_ms"] = round(percentile(values, 0.99) * 1000, 1)
    return result


def bench_api(
    n_incidents: int = 100_000, seconds: float = 10.0, workers: int = DEFAULT_WORKERS
) -> dict[str, Any]:
    """Build the ledger (SQLite, and PostgreSQL in a fresh database on the server named by
    $NEWSLEDGER_TEST_PG_URL when set), serve it on loopback, drive it; latency and rate."""
    result: dict[str, Any] = {"incidents": n_incidents}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        ids = build_ledger(url, n_incidents)
        result["sqlite:build_seconds"] = round(time.perf_counter() - started, 1)
        for key, value in serve_and_drive(url, ids, seconds, workers).items():
            result[f"sqlite:{key}"] = value
    pg_url = os.environ.get("NEWSLEDGER_TEST_PG_URL")
    if pg_url:
        with scratch_pg_database(pg_url) as url:
            started = time.perf_counter()
            ids = build_ledger(url, n_incidents)
            result["postgresql:build_seconds"] = round(time.perf_counter() - started, 1)
            for key, value in serve_and_drive(url, ids, seconds, workers).items():
                result[f"postgresql:{key}"] = value
    else:
        result["postgresql"] = "skipped: set NEWSLEDGER_TEST_PG_URL to a server to measure it"
    return result


@contextmanager
def scratch_pg_database(server_url: str) -> Iterator[str]:
    """A fresh database on the server of `server_url` for one benchmark, dropped afterwards
    (the benchmark never writes into the test database itself)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(server_url)
    name = f"newsledger_bench_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
