"""The ingest runner end to end on SQLite: bad input beside good, idempotence, crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from newsledger.ingest import ingest_paths, ingest_records
from newsledger.ingest.bench import bench_ingest
from newsledger.model import Article
from newsledger.store import open_store
from newsledger.store.base import Store

DATA = Path(__file__).parent / "data" / "ingest"
REPO = Path(__file__).resolve().parents[1]
DB_POLL_SECONDS = 0.05
KILL_TEST_ARTICLES = 2000
"""Enough articles that a run takes seconds even on a fast machine (the first batch commits after
200), so the kill lands mid-run; each is a few short sentences so the test stays quick."""


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(f"sqlite:///{tmp_path / 'ingest.db'}") as opened:
        yield opened


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Every bad input of the issue, with the words its one-line reason must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 8)
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(b"Fifty megabytes of words that are not one news article.\n" * 920_000)
    (folder / "latin1.txt").write_bytes(
        "Grève au dépôt\n\nLes bus restent au garage.".encode("latin-1")
    )
    (folder / "nav.html").write_bytes((DATA / "navigation_only.html").read_bytes())
    full = (DATA / "cc_news_sample.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(full[: int(len(full) * 0.75)])
    (folder / "mixed.jsonl").write_text(
        json.dumps({"text": "Lightning struck a church spire in the old town on Saturday, "
                            "starting a small fire that volunteers put out within the hour."})
        + "\nnot json at all\n",
        encoding="utf-8",
    )  # fmt: skip
    return {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "huge.txt": "split it",
        "nav.html": "no article text",
        "cut.warc.gz": "truncated",
        "mixed.jsonl:2": "not JSON",
        "missing.txt": "does not exist",
    }


def test_bad_inputs_get_one_line_reasons_and_good_files_are_stored(
    tmp_path: Path, store: Store, seed_paths: list[Path]
) -> None:
    folder = tmp_path / "in"
    expected = write_bad_inputs(folder)
    for seed in seed_paths:
        (folder / seed.name).write_bytes(seed.read_bytes())
    summary = ingest_paths([folder, tmp_path / "missing.txt"], store)
    reasons = {Path(r.origin).name: r.reason for r in summary.rejections}
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons)
    assert all("\n" not in r.reason for r in summary.rejections)
    assert any("invalid UTF-8" in w and "latin1.txt" in w for w in summary.warnings)
    # 4 seeds + latin1 + the jsonl line + the one WARC record before the cut
    assert summary.read == summary.stored == 7
    assert summary.rejected == len(summary.rejections) == len(expected)
    assert store.count_articles() == 7
    stored = {a.origin and Path(a.origin).name: a for a in store.list_articles()}
    assert stored[seed_paths[2].name].published == date(2021, 12, 31)
    assert {Path(r.origin).name for r in store.list_rejections()} >= set(expected)


def test_reingest_changes_nothing(tmp_path: Path, store: Store, examples_dir: Path) -> None:
    inputs = [*sorted(examples_dir.glob("*.txt")), DATA / "articles.jsonl"]
    first = ingest_paths(inputs, store)
    assert first.stored == 7 and first.duplicates == 0
    ids = sorted(a.id for a in store.iter_articles())
    second = ingest_paths(inputs, store)
    assert (second.read, second.stored, second.duplicates) == (7, 0, 7)
    assert sorted(a.id for a in store.iter_articles()) == ids
    assert second.stored_ids == []


def test_same_text_twice_in_one_batch_is_stored_once(tmp_path: Path, store: Store) -> None:
    text = "Gas leak forces evacuation of school\n\nPupils waited in the park for two hours."
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    summary = ingest_paths([tmp_path / "a.txt", tmp_path / "b.txt"], store)
    assert (summary.read, summary.stored, summary.duplicates) == (2, 1, 1)


def test_progress_reports_files_for_single_article_formats(
    tmp_path: Path, store: Store, examples_dir: Path
) -> None:
    latin1 = tmp_path / "latin1.txt"  # yields a warning and an article: still one file
    latin1.write_bytes("Incendie à l'usine\n\nLes pompiers sont intervenus.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files = [*sorted(examples_dir.glob("*.txt")), latin1, empty, tmp_path / "missing.txt"]
    calls: list[tuple[int, int | None]] = []
    ingest_paths(files, store, on_progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(files), len(files))


def test_progress_total_unknown_for_streams(store: Store) -> None:
    calls: list[tuple[int, int | None]] = []
    ingest_paths(
        [DATA / "articles.jsonl"],
        store,
        on_progress=lambda done, total: calls.append((done, total)),
        batch_size=1,
    )
    assert calls and calls[0][1] is None and calls[-1][0] == 5


def test_ingest_records_for_the_api(store: Store) -> None:
    hail = "Hail storm smashes greenhouses across the valley farms."
    records = [{"text": hail, "published": "2023-06-01"}, {"title": "no text"}]
    summary = ingest_records(records, store, "api")
    assert (summary.stored, summary.rejected) == (1, 1)
    assert summary.rejections[0].origin == "api:2"
    article = store.get_article(summary.stored_ids[0])
    assert article is not None and article.published == date(2023, 6, 1)


def write_corpus(folder: Path, count: int) -> None:
    """`count` distinct short articles, as JSON Lines files of 500 and some text files."""
    folder.mkdir()
    places = ["harbour", "station", "market", "bridge", "stadium", "school", "depot", "square"]
    lines: list[str] = []
    for n in range(count):
        place = places[n % len(places)]
        text = (
            f"Incident number {n} near the {place}. Witnesses saw {n % 97 + 2} people gather "
            f"before police arrived at {n % 24:02d}:{n % 60:02d}. The council said case {n * 7919} "
            "is under review."
        )
        if n % 10 == 0:
            (folder / f"text_{n:05d}.txt").write_text(text, encoding="utf-8")
        else:
            lines.append(json.dumps({"text": text, "url": f"https://news.example/{n}"}))
    for start in range(0, len(lines), 500):
        (folder / f"part_{start:05d}.jsonl").write_text("\n".join(lines[start : start + 500]))


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet, or mid-migration
        return 0


def ingest_command(corpus: Path, db: Path) -> list[str]:
    url = f"sqlite:///{db}"
    if (REPO / "src" / "newsledger" / "__main__.py").exists():
        return [
            sys.executable,
            "-m",
            "newsledger",
            "ingest",
            str(corpus),
            "--db",
            url,
            "--no-extract",
        ]
    script = (
        "import sys; from newsledger.ingest import ingest_paths; from newsledger.store import "
        "open_store; ingest_paths([sys.argv[1]], open_store(sys.argv[2]))"
    )
    return [sys.executable, "-c", script, str(corpus), url]


@pytest.mark.slow
def test_kill_minus_nine_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "kill.db"
    write_corpus(corpus, KILL_TEST_ARTICLES)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        ingest_command(corpus, db), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    try:
        while count_articles(db) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(DB_POLL_SECONDS)
        assert process.poll() is None, "ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    partial = count_articles(db)
    assert 0 < partial < KILL_TEST_ARTICLES

    rerun = subprocess.run(
        ingest_command(corpus, db), env=env, capture_output=True, text=True, timeout=600
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert count_articles(db) == KILL_TEST_ARTICLES
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        texts = [row[0] for row in conn.execute("SELECT text FROM articles")]
    assert len(set(ids)) == len(ids) == len(set(texts)) == KILL_TEST_ARTICLES


def test_bench_ingest_reports_a_rate(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300)
    result = bench_ingest([corpus], f"sqlite:///{tmp_path / 'bench.db'}")
    assert result["articles"] == 300
    assert result["articles_per_s"] > 0
    assert result["stored"] == 300


def test_article_ids_are_content_hashes(tmp_path: Path, store: Store) -> None:
    text = "Dam gates opened as reservoir nears capacity\n\nThe river rose by a metre overnight."
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    summary = ingest_paths([tmp_path / "x.txt"], store)
    assert summary.stored_ids == [Article.from_text(text).id]
