"""API load benchmark: a ledger of N synthetic incidents, a real server on loopback, a paced
client driving the list and incident endpoints for a bounded time; p50/p99 latency and req/s.

Traffic goes to 127.0.0.1 only, at a fixed rate, and stops by itself after `seconds`.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsledger.store.base import StoredIncident

TARGET_RATE = 50.0
"""Requests per second the client paces itself to (the goal: p99 < 200 ms at this rate)."""

CLIENT_THREADS = 8
INCIDENTS_PER_COMMIT = 2000


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
            "admin2": None, "latitude": lat, "longitude": lon, "geo_precision": 1,
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


def build_ledger(url: str, n: int, seed: int = 1) -> list[str]:
    """Fill a store with N synthetic incidents; returns their ids."""
    from newsledger.store import open_store

    rng = random.Random(seed)
    ids: list[str] = []
    store = open_store(url)
    try:
        for start in range(0, n, INCIDENTS_PER_COMMIT):
            chunk = [
                StoredIncident(id=s["id"], mention_ids=[f"{s['articles'][0]}:0"], summary=s)
                for s in (
                    synthetic_summary(i, rng)
                    for i in range(start, min(n, start + INCIDENTS_PER_COMMIT))
                )
            ]
            store.save_incidents(chunk)
            ids.extend(i.id for i in chunk)
    finally:
        store.close()
    return ids


def drive(base: str, ids: list[str], seconds: float, rate: float) -> list[float]:
    """Paced requests (list pages with filters, single incidents) for `seconds`; latencies."""
    import httpx

    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    interval = CLIENT_THREADS / rate

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=10) as client:
            next_at = time.monotonic() + rng.random() * interval
            while True:
                now = time.monotonic()
                if now >= deadline:
                    return
                if next_at > now:
                    time.sleep(next_at - now)
                next_at += interval
                if rng.random() < 0.5:
                    path = f"/api/incidents/{rng.choice(ids)}"
                    params: dict[str, Any] = {}
                else:
                    path = "/api/incidents"
                    params = {"limit": 50, "offset": rng.randrange(0, 500) * 50}
                    if rng.random() < 0.5:
                        params["since"] = f"20{rng.randint(20, 23)}-0{rng.randint(1, 9)}-01"
                start = time.perf_counter()
                response = client.get(path, params=params)
                elapsed = time.perf_counter() - start
                if response.status_code == 200:
                    with lock:
                        latencies.append(elapsed)

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def bench_api(n_incidents: int = 100_000, seconds: float = 10.0) -> dict[str, Any]:
    """Build the ledger, serve it on loopback, drive it; report latency percentiles and rate."""
    import socket

    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        ids = build_ledger(url, n_incidents)
        build_seconds = time.perf_counter() - started
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "newsledger", "serve", "--db", url, "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            latencies = drive(base, ids, seconds, TARGET_RATE)
        finally:
            server.terminate()
            server.wait(timeout=10)
    latencies.sort()
    if not latencies:
        return {"incidents": n_incidents, "error": "no successful request"}
    return {
        "incidents": n_incidents,
        "ledger_build_seconds": round(build_seconds, 1),
        "target_rate": TARGET_RATE,
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / seconds, 1),
    } | latency_percentiles(latencies)


def latency_percentiles(latencies: list[float]) -> dict[str, float]:
    """p50, p99 and max of request latencies (seconds) in milliseconds.

    Percentiles are interpolated between measured values ("inclusive" method): the statistics
    module's default ("exclusive") extrapolates past the slowest request on small samples, which
    printed a p99 above the max.
    """
    ordered = sorted(latencies)
    if len(ordered) == 1:
        only = round(ordered[0] * 1000, 1)
        return {"p50_ms": only, "p99_ms": only, "max_ms": only}
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(cut[49] * 1000, 1),
        "p99_ms": round(cut[98] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }
