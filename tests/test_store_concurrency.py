"""Two OS processes writing the same store at once, on both backends.

Each worker is a separate Python process that opens the store only when told to go, so the two
also race to apply the migrations to the fresh database.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from newsledger.model import Article
from newsledger.store import open_store

TEMPLATE = "Wire report {n}: a crowd gathered near the station."

WORKER = r"""
import json, sys, time
from pathlib import Path
from newsledger.model import Article
from newsledger.store import open_store

url, go = sys.argv[1], Path(sys.argv[5])
first, last, batch = (int(v) for v in sys.argv[2:5])
articles = [Article.from_text(TEMPLATE.format(n=n)) for n in range(first, last)]
if sys.argv[6] == "reverse":  # the other writer meets the shared articles in the opposite order
    articles.reverse()
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
counts = {"stored": 0, "duplicate": 0, "near_duplicate": 0}
with open_store(url) as store:
    for start in range(0, len(articles), batch):
        for outcome in store.add_articles(articles[start:start + batch]):
            counts[outcome.status] += 1
print(json.dumps(counts), flush=True)
""".replace("TEMPLATE", repr(TEMPLATE))

RANGES = [(0, 300), (150, 450)]  # 150 articles overlap
BATCH = 20  # small batches so the two writers interleave many transactions
TIMEOUT_SECONDS = 120


def test_two_processes_adding_overlapping_articles_store_each_once(
    store_url: str, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, store_url, str(a), str(b), str(BATCH), str(go), order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for (a, b), order in zip(RANGES, ("forward", "reverse"), strict=True)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready", worker.stderr
    go.touch()
    results = []
    deadline = time.monotonic() + TIMEOUT_SECONDS
    for worker in workers:
        out, err = worker.communicate(timeout=max(1.0, deadline - time.monotonic()))
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    expected = {
        Article.from_text(TEMPLATE.format(n=n)).id
        for a, b in RANGES
        for n in range(a, b)
    }
    assert sum(r["stored"] for r in results) == len(expected)
    assert sum(r["duplicate"] for r in results) == sum(b - a for a, b in RANGES) - len(expected)
    with open_store(store_url) as store:
        assert store.count_articles() == len(expected)
        assert {a.id for a in store.iter_articles()} == expected
