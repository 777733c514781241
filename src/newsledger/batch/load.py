"""Load the batch job's Parquet output into a store, streaming: memory is one record batch.

Order: articles (with their MinHash signatures, so later `newsledger ingest` runs find copies of
them), rejections, mentions (one `save_mentions` per article: the Parquet is sorted by article, so
an article's mentions arrive together), then incidents. Into an empty ledger the incidents are
bulk-loaded as the job resolved them; into a ledger that already has incidents, the mentions are
linked incrementally by the merge stage, exactly as `newsledger ingest` would.

Loading again is safe, so a load that died part way (a full disk, a dropped database
connection) is finished by loading the same output again (`newsledger batch --load-only`),
without running the job: articles are keyed by content hash, signatures, bands and rejections
are skipped when stored, an article's mentions replace its own, the incidents are loaded in one
transaction that skips stored ids, and a mention already in an incident is not linked twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.batch.job import COMPLETE_MARKER, DATASETS, RUN_STAMP, row_article
from newsledger.errors import NewsledgerError
from newsledger.model import Mention, Rejection
from newsledger.store import SqlStore, StoredIncident, open_store

ROWS_PER_BATCH = 2_000
"""Parquet rows read at a time: the loader's memory bound (a batch of articles with text)."""


def _rows(folder: str, name: str) -> Iterator[dict[str, Any]]:
    """Rows of one Parquet dataset, file by file in name order (Spark's part order)."""
    import pyarrow.parquet as pq

    path = Path(folder.removeprefix("file:")) / name
    if not path.exists():
        raise NewsledgerError(f"no {name} in {folder}: run the batch job first (--output)")
    for part in sorted(path.glob("*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=ROWS_PER_BATCH):
            yield from batch.to_pylist()


def _batched(rows: Iterator[Any], size: int = ROWS_PER_BATCH) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _mentions_by_article(folder: str) -> Iterator[tuple[str, list[Mention]]]:
    current: str | None = None
    items: list[Mention] = []
    for row in _rows(folder, "mentions"):
        if row["article_id"] != current and current is not None:
            yield current, items
            items = []
        current = row["article_id"]
        items.append(Mention.from_json(json.loads(row["data"])))
    if current is not None:
        yield current, items


class BatchLoadError(NewsledgerError):
    """The load of a finished job's output into the store failed: load it again alone."""


def check_job_output(folder: str) -> str:
    """The run id of a finished job's output; refused, before anything is written, an output
    the job did not finish (a job killed during its writes) or one holding datasets of two
    runs (a run into an earlier run's folder that died part way): loading it would store part
    of a run, or a mix of two, as if it were one whole run."""
    root = Path(folder.removeprefix("file:"))
    if not root.is_dir():
        raise NewsledgerError(
            f"no batch output in {folder}: give the --output folder of a finished "
            "`newsledger batch` run"
        )
    again = "run `newsledger batch` again with --input (without --load-only)"
    unfinished = [name for name in DATASETS if not (root / name / "_SUCCESS").is_file()]
    if unfinished:
        raise NewsledgerError(
            f"the batch job did not finish writing {', '.join(unfinished)} in {folder}: {again}"
        )
    marker = root / COMPLETE_MARKER
    if not marker.is_file():
        raise NewsledgerError(
            f"the batch job that wrote {folder} did not finish (no {COMPLETE_MARKER} marker, "
            f"written last): its datasets may be of two runs; {again}"
        )
    run_id = marker.read_text(encoding="utf-8").strip()
    others = [name for name in DATASETS if _stamp(root / name) != run_id]
    if others:
        raise NewsledgerError(
            f"{', '.join(others)} in {folder} {'is' if len(others) == 1 else 'are'} not of "
            f"the run that finished there (run {run_id or '?'}): {again}"
        )
    return run_id


def _stamp(dataset: Path) -> str | None:
    """The run id a dataset was written by (None when it has no stamp)."""
    stamp = dataset / RUN_STAMP
    return stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else None


def load_job_output(folder: str, db_url: str) -> dict[str, int]:
    """Load a finished job's output (checked by `check_job_output`) into the store, saying on
    failure how to finish the load without running the job again."""
    run_id = check_job_output(folder)
    try:
        return load_parquet(folder, db_url)
    except NewsledgerError as exc:
        raise BatchLoadError(
            f"loading the batch output into the store failed: {exc}. The job's output in "
            f"{folder} is whole (run {run_id}, checked before the load): once the store is "
            f"mended, finish with `newsledger batch --output {folder} --db URL --load-only` "
            "(no extraction again)"
        ) from exc


def load_parquet(folder: str, db_url: str) -> dict[str, int]:
    """Stream the job's output into the store at `db_url`; counts of what was written. Safe to
    run again on the same output (see the module docstring)."""
    counts = {"articles": 0, "mentions": 0, "incidents": 0}
    with open_store(db_url) as store:
        for batch in _batched(row_article(r) for r in _rows(folder, "articles")):
            batch.sort(key=lambda a: a.id)
            store.add_articles(batch)
            counts["articles"] += len(batch)
        for batch in _batched(_rows(folder, "signatures")):
            store.add_lsh_bands_many(
                [(r["article_id"], json.loads(r["bands"]), bytes(r["signature"])) for r in batch]
            )
        store.add_rejections(
            Rejection(r["origin"], r["reason"]) for r in _rows(folder, "rejections")
        )
        empty_ledger = store.count_incidents() == 0
        pending: list[Mention] = []
        for article_id, mentions in _mentions_by_article(folder):
            mentions.sort(key=lambda m: m.index)
            store.save_mentions(article_id, mentions)
            counts["mentions"] += len(mentions)
            if not empty_ledger:
                pending += mentions
                if len(pending) >= ROWS_PER_BATCH:
                    _link(store, pending)
                    pending = []
        if not empty_ledger:
            _link(store, pending)
            return counts
        incidents = (
            StoredIncident(
                id=r["id"], mention_ids=json.loads(r["mention_ids"]),
                summary=json.loads(r["summary"]), block_keys=json.loads(r["block_keys"] or "[]"),
            )
            for r in _rows(folder, "incidents")
        )  # fmt: skip
        if isinstance(store, SqlStore):
            counts["incidents"] = store.bulk_load_incidents(incidents)
        else:  # another Store: its own save path
            for batch in _batched(incidents):
                store.save_incidents(batch)
                counts["incidents"] += len(batch)
    return counts


def _link(store: Any, mentions: list[Mention]) -> None:
    """Link mentions into an existing ledger with the merge stage (as `newsledger ingest`),
    leaving out those already in an incident (linked by an earlier load of the same output)."""
    linked = store.incidents_for_mentions([m.id for m in mentions])
    mentions = [m for m in mentions if m.id not in linked]
    if not mentions:
        return
    from newsledger.merge.resolve import add_mentions

    ids = {m.article_id for m in mentions}
    articles = {i: a for i in sorted(ids) if (a := store.get_article(i)) is not None}
    add_mentions(store, mentions, articles)
