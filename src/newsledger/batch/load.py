"""Load the batch job's Parquet output into a store, streaming: memory is one record batch.

Order: articles (with their MinHash signatures, so later `newsledger ingest` runs find copies of
them), rejections, mentions (one `save_mentions` per article: the Parquet is sorted by article, so
an article's mentions arrive together), then incidents. Into an empty ledger the incidents are
bulk-loaded as the job resolved them; into a ledger that already has incidents, the mentions are
linked incrementally by the merge stage, exactly as `newsledger ingest` would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.batch.job import row_article
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


def load_parquet(folder: str, db_url: str) -> dict[str, int]:
    """Stream the job's output into the store at `db_url`; counts of what was written."""
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
    """Link mentions into an existing ledger with the merge stage (as `newsledger ingest`)."""
    if not mentions:
        return
    from newsledger.merge.resolve import add_mentions

    ids = {m.article_id for m in mentions}
    articles = {i: a for i in sorted(ids) if (a := store.get_article(i)) is not None}
    add_mentions(store, mentions, articles)
