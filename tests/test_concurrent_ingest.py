"""Two `newsledger ingest` processes at once on overlapping files, on SQLite and PostgreSQL.

The articles are generated here from templates written for this test (no real report): each
process gets a shared folder (read first by both, so they contend for the same rows) plus a folder
of its own. Some stories have wire copies (near duplicates) placed in another folder than their
original, and each folder holds records that must be rejected. The checks are the store's
promises under concurrency: each article exactly once, every near-duplicate link names a canonical
copy of the same story, the near-duplicate index names only canonical articles, each rejection
recorded once, and a repeated run changes nothing. A small run with extraction checks that two
processes extracting and merging the same articles leave every mention in exactly one incident.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import newsledger
from conftest import fresh_database_url
from newsledger.ingest import read_paths
from newsledger.model import Article, Rejection
from newsledger.store import SqlStore, open_store

PROCESS_TIMEOUT_SECONDS = 240
"""Generous bound for one ingest process (a few seconds normally): a hang fails, not blocks CI."""

STORIES_PER_FOLDER = 120
"""Stories per folder (three folders): each process reads 240 articles plus wire copies, so more
than one ingest batch (200), and both processes commit batches while the other one does."""

WIRE_EVERY = 7
"""Every seventh story also appears as a wire copy (another headline, a byline and a footer;
all copies of a story measure above 0.75 estimated Jaccard against each other)."""

SECOND_COPY_EVERY = 3 * WIRE_EVERY
"""Every 21st story also has a reprint in the third folder: three copies of one story, read by
both processes, are where a careless ingest links a copy to a copy (a chain)."""

# --- a generated corpus --------------------------------------------------------------------

TOWNS = (
    "Marlow",
    "Ostend",
    "Haverford",
    "Kilkenny",
    "Tarbes",
    "Vlore",
    "Ghent",
    "Brindisi",
    "Leeds",
    "Poznan",
    "Arles",
    "Cork",
    "Mostar",
    "Bastia",
    "Nantes",
    "Tromso",
    "Aarhus",
)
CROWDS = ("protesters", "farmers", "dock workers", "students", "residents", "supporters")
VERBS = ("clashed with", "threw stones at", "confronted", "scuffled with", "pushed back")
FORCES = ("riot police", "gendarmes", "municipal guards", "border officers", "police")
SOURCES = ("the regional prefect", "a police spokeswoman", "the mayor's office", "organisers")
STREETS = ("Mill Lane", "Harbour Road", "Station Square", "Market Street", "Canal Walk")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLETS = ("Valley Gazette", "Harbour Times", "Plains Observer", "City Bulletin")
AGENCY = "Meridian Newswire"


def _story(rng: random.Random, number: int) -> str:
    """One report of several sentences; the slots vary every few words, so two stories share
    few five-word shingles and only wire copies are near duplicates."""
    town, crowd, force = rng.choice(TOWNS), rng.choice(CROWDS), rng.choice(FORCES)
    sentences = [
        f"About {rng.randint(20, 900)} {crowd} {rng.choice(VERBS)} {force} in {town} on "
        f"{rng.choice(WEEKDAYS)} evening, {rng.choice(SOURCES)} said.",
        f"The trouble began near {rng.choice(STREETS)} shortly after {rng.randint(1, 11)} "
        f"o'clock when a march of {crowd} was stopped at a barrier.",
        f"{rng.randint(2, 40)} officers were hurt and {rng.randint(1, 30)} people were "
        f"detained, according to figures released on {rng.choice(WEEKDAYS)}.",
        f"Shopkeepers on {rng.choice(STREETS)} said windows were broken and {rng.randint(2, 19)} "
        f"cars were set alight during the night.",
        f"Report number {number} of the {town} desk: the {force} brought in "
        f"{rng.randint(3, 12)} water cannon vehicles and {rng.randint(50, 400)} extra staff.",
        f"Local councillor {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(STREETS).split()[0]} "
        f"called for calm and asked {crowd} to meet the prefect on {rng.choice(WEEKDAYS)}.",
    ]
    return " ".join(sentences)


@dataclass(slots=True)
class Corpus:
    """The generated folders and what the tests expect of them."""

    shared: Path
    only_a: Path
    only_b: Path
    family: dict[str, int] = field(default_factory=dict)  # article id -> story number
    copies: dict[int, int] = field(default_factory=dict)  # story number -> copies written

    @property
    def set_a(self) -> list[Path]:
        return [self.shared, self.only_a]

    @property
    def set_b(self) -> list[Path]:
        return [self.shared, self.only_b]


def _write_folder(folder: Path, stories: Sequence[tuple[int, str, str]]) -> None:
    """Half the stories as one .txt file each, half as JSON Lines files of 25 records; plus a
    broken JSON line and an empty text file, which must become rejections."""
    folder.mkdir(parents=True)
    half = len(stories) // 2
    for number, title, text in stories[:half]:
        (folder / f"story_{number:04d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    records = stories[half:]
    for start in range(0, len(records), 25):
        lines = [
            json.dumps(
                {
                    "title": title,
                    "text": text,
                    "outlet": OUTLETS[number % len(OUTLETS)],
                    "published": f"2023-05-{1 + number % 28:02d}",
                    "language": "en",
                }
            )
            for number, title, text in records[start : start + 25]
        ]
        if start == 0:
            lines.insert(3, '{"title": "cut off in the middle", "text": ')
        (folder / f"batch_{start:04d}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "empty_story.txt").write_text("   \n", encoding="utf-8")


def generate_corpus(root: Path, stories_per_folder: int, seed: int = 11) -> Corpus:
    """Three folders of stories; a story's wire copy goes to the next folder (round robin), so
    copies and originals meet across the two processes and inside the shared folder."""
    rng = random.Random(seed)
    corpus = Corpus(root / "shared", root / "only_a", root / "only_b")
    folders: list[list[tuple[int, str, str]]] = [[], [], []]
    number = 0
    for slot in range(3):
        for _ in range(stories_per_folder):
            text = _story(rng, number)
            folders[slot].append((number, f"Unrest in town, report {number}", text))
            corpus.copies[number] = 1
            if number % WIRE_EVERY == 0:
                copy = f"{AGENCY} staff report. {text} Editing by the weekend desk."
                folders[(slot + 1) % 3].append((number, f"Wire: report {number}", copy))
                corpus.copies[number] = 2
            if number % SECOND_COPY_EVERY == 0:
                copy = f"{text} First published by {AGENCY}."
                folders[(slot + 2) % 3].append((number, f"Reprint: report {number}", copy))
                corpus.copies[number] += 1
            number += 1
    for folder, stories in zip((corpus.shared, corpus.only_a, corpus.only_b), folders, strict=True):
        _write_folder(folder, stories)
    for item in read_paths([corpus.shared, corpus.only_a, corpus.only_b]):
        if isinstance(item, Article):
            corpus.family[item.id] = _story_number(item.text)
    return corpus


def _story_number(text: str) -> int:
    marker = "Report number "
    start = text.index(marker) + len(marker)
    return int(text[start : text.index(" ", start)])


# --- running two processes at once ----------------------------------------------------------


def run_together(url: str, *sets: Sequence[Path], extract: bool) -> list[dict[str, Any]]:
    """Start one `python -m newsledger ingest --json` per path set at the same moment; wait for
    all; fail with their output if any exits non-zero; return their JSON reports."""
    command = [sys.executable, "-m", "newsledger", "ingest", "--db", url, "--json"]
    if not extract:
        command.append("--no-extract")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    processes = [
        subprocess.Popen(
            [*command, *map(str, paths)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for paths in sets
    ]
    reports: list[dict[str, Any]] = []
    failures: list[str] = []
    for process in processes:
        try:
            out, err = process.communicate(timeout=PROCESS_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            failures.append(f"timed out:\n{err[-3000:]}")
            continue
        if process.returncode != 0:
            failures.append(f"exit {process.returncode}:\n{out[-2000:]}\n{err[-3000:]}")
            continue
        reports.append(json.loads(out))
    assert not failures, "\n\n".join(failures)
    return reports


def ingest_counts(report: dict[str, Any]) -> dict[str, int]:
    """The article counts of an ingest --json report (its shape: serve/render.py)."""
    return {k: int(report[k]) for k in ("read", "stored", "duplicates", "near_duplicates")}


def snapshot(store: SqlStore) -> dict[str, Any]:
    """Everything ingest writes, in a comparable form (ingest times left out)."""
    from sqlalchemy import select

    from newsledger.store import tables

    with store.engine.connect() as conn:
        lsh = sorted(tuple(r) for r in conn.execute(select(tables.article_lsh)))
        signatures = sorted(
            (r.article_id, bytes(r.signature))
            for r in conn.execute(select(tables.article_signatures))
        )
    return {
        "articles": sorted((a.id, a.duplicate_of, a.text) for a in store.iter_articles()),
        "rejections": sorted((r.origin, r.reason) for r in store.list_rejections()),
        "lsh": lsh,
        "signatures": signatures,
    }


def check_near_duplicate_links(store: SqlStore, corpus: Corpus) -> None:
    """Links name a stored canonical copy of the same story; the index names only those."""
    articles = {a.id: a for a in store.iter_articles()}
    canonical = {aid for aid, a in articles.items() if a.duplicate_of is None}
    for article in articles.values():
        if article.duplicate_of is None:
            continue
        assert article.duplicate_of in canonical, f"{article.id} links to a non-canonical copy"
        assert corpus.family[article.duplicate_of] == corpus.family[article.id], (
            f"{article.id} is linked to another story's article"
        )
    indexed = {aid for aid, _ in snapshot(store)["signatures"]}
    assert indexed <= canonical, f"near-duplicate index names copies: {sorted(indexed - canonical)}"
    assert indexed == canonical, "a canonical article is missing from the near-duplicate index"


# --- the tests -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return generate_corpus(tmp_path_factory.mktemp("concurrent"), STORIES_PER_FOLDER)


@pytest.fixture
def database(db_backend: str, tmp_path: Path) -> Iterator[str]:
    with fresh_database_url(db_backend, tmp_path) as url:
        open_store(url).close()  # migrate first: the race under test is ingest, not migration
        yield url


def test_generated_corpus_has_only_the_intended_near_duplicates(corpus: Corpus) -> None:
    """The premise of the concurrent checks: a sequential ingest links exactly the wire copies."""
    from newsledger.ingest.runner import ingest_paths

    with open_store("sqlite://") as store:
        summary = ingest_paths([*corpus.set_a, corpus.only_b], store)
        assert isinstance(store, SqlStore)
        links = {a.id: a.duplicate_of for a in store.iter_articles() if a.duplicate_of}
    assert summary.stored + summary.near_duplicates == len(corpus.family)
    assert len(links) == sum(n - 1 for n in corpus.copies.values())
    assert all(corpus.family[a] == corpus.family[b] for a, b in links.items())


def test_two_processes_on_overlapping_files_store_each_article_once(
    corpus: Corpus, database: str
) -> None:
    reports = run_together(database, corpus.set_a, corpus.set_b, extract=False)
    with SqlStore(database) as store:
        assert store.count_articles() == len(corpus.family)
        assert {a.id for a in store.iter_articles()} == set(corpus.family)
        check_near_duplicate_links(store, corpus)
        rejections = store.list_rejections()
        first = snapshot(store)

    counts = [ingest_counts(r) for r in reports]
    new = sum(c["stored"] + c["near_duplicates"] for c in counts)
    assert new == len(corpus.family), counts  # each article stored by exactly one process
    expected_rejections = {
        origin
        for item in read_paths([corpus.shared, corpus.only_a, corpus.only_b])
        if isinstance(item, Rejection)
        for origin in [item.origin]
    }
    assert sorted(r.origin for r in rejections) == sorted(expected_rejections)
    assert len(expected_rejections) == 6  # a broken line and an empty file per folder

    again = run_together(database, corpus.set_a, corpus.set_b, extract=False)
    for report in again:
        counts = ingest_counts(report)
        assert counts["stored"] == counts["near_duplicates"] == 0, counts
        assert counts["duplicates"] == counts["read"] > 0
    with SqlStore(database) as store:
        assert snapshot(store) == first


# A handful of reports of my own wording: three incidents, each told by two outlets.
EXTRACTION_REPORTS = (
    (
        "Harbour Times",
        "2023-04-03",
        "Dock workers clashed with riot police in Antwerp on Sunday, 2 April 2023, the city's "
        "police said. Twelve officers were injured and 30 people were arrested.",
    ),
    (
        "Valley Gazette",
        "2023-04-03",
        "Police in Antwerp said 14 officers were hurt when striking dock workers fought with riot "
        "police at the port on 2 April 2023. Officers detained 31 people.",
    ),
    (
        "City Bulletin",
        "2023-06-11",
        "Gunmen killed four villagers in an attack on a market in Maiduguri on 10 June 2023, a "
        "local official told reporters.",
    ),
    (
        "Plains Observer",
        "2023-06-12",
        "Five people died after armed men opened fire at a market in Maiduguri on 10 June 2023, "
        "residents said.",
    ),
    (
        "Harbour Times",
        "2023-09-18",
        "About 2,000 farmers marched peacefully through Lyon on 17 September 2023 to protest "
        "against new water rules, organisers said.",
    ),
    (
        "City Bulletin",
        "2023-09-18",
        "Thousands of farmers demonstrated in Lyon on 17 September 2023, blocking tractors in the "
        "city centre; police put the crowd at 1,500.",
    ),
)


@pytest.fixture(scope="module")
def report_folders(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """EXTRACTION_REPORTS in three folders (first, shared, second): each incident's two reports
    sit in different folders, so most merges join an article of one process to the other's."""
    root = tmp_path_factory.mktemp("reports")
    folders = [root / name for name in ("first", "shared", "second")]
    for folder in folders:
        folder.mkdir()
    for number, (outlet, published, text) in enumerate(EXTRACTION_REPORTS):
        record = {"text": text, "outlet": outlet, "published": published, "language": "en"}
        folder = folders[number % 3]
        (folder / f"report_{number}.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    return folders


@pytest.fixture(scope="module")
def sequential_incidents(
    report_folders: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[str]]:
    """Incident id -> mention ids when the same reports are ingested by one process."""
    folder = tmp_path_factory.mktemp("sequential")
    with newsledger.open(f"sqlite:///{folder / 'sequential.db'}") as ledger:
        ledger.ingest(report_folders)
        return {i.id: sorted(i.mention_ids) for i in ledger.store.list_incidents()}


def test_two_processes_extracting_and_merging_keep_incidents_whole(
    database: str, report_folders: list[Path], sequential_incidents: dict[str, list[str]]
) -> None:
    first, shared, second = report_folders
    run_together(database, [shared, first], [shared, second], extract=True)

    with SqlStore(database) as store:
        assert store.count_articles() == len(EXTRACTION_REPORTS)
        assert store.article_ids_without_mentions() == []
        mention_ids = [m.id for m in store.iter_mentions()]
        incidents = store.list_incidents()
        linked = [mid for inc in incidents for mid in inc.mention_ids]
        by_mention = {mid: store.incident_for_mention(mid) for mid in mention_ids}
        concurrent = {inc.id: sorted(inc.mention_ids) for inc in incidents}
    assert mention_ids, "the reports gave no mentions: nothing was checked"
    assert sorted(linked) == sorted(mention_ids)  # each mention in exactly one incident
    assert all(by_mention[mid] is not None for mid in mention_ids)
    for inc in incidents:
        assert inc.mention_ids, f"incident {inc.id} has no mention left"
        listed = sorted(m["mention_id"] for m in inc.summary["mentions"])
        assert listed == sorted(inc.mention_ids), f"incident {inc.id}: summary and links differ"
    assert any(len(m) == 2 for m in sequential_incidents.values()), "no merge to compare"
    assert concurrent == sequential_incidents, (
        "concurrent ingests merged differently from one ingest: the merge race replayed in "
        "test_merges_read_before_either_saves_still_meet"
    )


def test_a_copy_stored_meanwhile_as_a_near_duplicate_is_neither_linked_to_nor_indexed(
    database: str, tmp_path: Path
) -> None:
    """The interleaving behind the checks above, replayed in order: another process has stored
    the original and (as its near duplicate) a wire copy, but not yet indexed the original. This
    run sees the wire copy as canonical and links a reprint to it; the store must link the
    reprint to the original instead, and the index must not name the wire copy."""
    from newsledger.ingest.runner import ingest_paths

    rng = random.Random(5)
    while True:
        text = _story(rng, 1)
        original = Article.from_text(text)
        wire = Article.from_text(f"{AGENCY} staff report. {text} Editing by the weekend desk.")
        reprint = Article.from_text(f"{text} First published by {AGENCY}.")
        if wire.id < reprint.id:  # the run must take the wire copy as the batch's canonical
            break
    wire.duplicate_of = original.id
    with SqlStore(database) as store:
        store.add_articles([original, wire])
    path = tmp_path / "copies.jsonl"
    lines = [json.dumps({"text": a.text}) for a in (wire, reprint)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with SqlStore(database) as store:
        summary = ingest_paths([path], store)
        assert (summary.near_duplicates, summary.duplicates) == (1, 1)
        stored = store.get_article(reprint.id)
        assert stored is not None and stored.duplicate_of == original.id
        assert [aid for aid, _ in snapshot(store)["signatures"]] == []


def test_merge_lock_lets_one_merger_in_at_a_time(database: str) -> None:
    """Merging is read-resolve-save: two processes that both read the candidate incidents
    before either saves would keep reports of one incident apart. `Store.merge_lock` (advisory
    lock on PostgreSQL, a file lock beside SQLite) makes the second merger wait."""
    import threading
    import time

    from newsledger.store.sql import SqlStore

    order: list[str] = []
    with SqlStore(database) as first, SqlStore(database) as second:
        entered = threading.Event()

        def other() -> None:
            entered.set()
            with second.merge_lock():
                order.append("second")

        with first.merge_lock():
            thread = threading.Thread(target=other)
            thread.start()
            entered.wait(5)
            time.sleep(0.5)
            order.append("first")
        thread.join(10)
    assert order == ["first", "second"]
