"""The ingest runner: read paths, drop exact and near duplicates, commit batches to the store.

Crash safety: each batch of articles is committed in one `Store.add_articles` transaction, so a
`kill -9` loses at most the batch in flight; ids are content hashes and the store's unique key
makes re-adding a no-op, so re-running the same ingest stores the rest exactly once. LSH bands are
written after their articles commit (and re-written on a re-run, which is idempotent), so the
near-duplicate index never names an article that is not stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsledger.errors import StoreError
from newsledger.ingest.dedup import Fingerprint, NearDuplicateIndex, mark_near_duplicates
from newsledger.ingest.jsonl import record_to_items
from newsledger.ingest.readers import SINGLE_ARTICLE_FORMATS, detect_format, read_file
from newsledger.ingest.sources import IngestWarning, ReadItem, expand_paths
from newsledger.model import Article, Rejection
from newsledger.store.base import AddOutcome, Store

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int | None], None]

DEFAULT_BATCH_SIZE = 200
"""Articles per transaction: large enough that commit overhead is small next to reading, small
enough that a crash loses little and progress moves often."""

PROGRESS_EVERY = 25
"""Report progress at most every this many items between commits (a callback per item would
cost more than reading a short JSON line)."""


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did. `read` == `stored` + `duplicates` + `near_duplicates`.

    `stored` counts new independent articles, `near_duplicates` new articles linked to the copy
    they duplicate (also stored), `duplicates` articles whose exact text was already stored (or
    appeared twice in the input). `stored_ids` lists every newly stored article.
    """

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    @property
    def nothing_stored(self) -> bool:
        """True when no input gave a usable article (the CLI exits non-zero then)."""
        return self.stored + self.duplicates + self.near_duplicates == 0


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    *,
    on_progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestSummary:
    """Read every file under `paths` and store its articles, batch by batch.

    Progress is reported as `on_progress(done, total)`, `done` counting articles and rejections
    read so far; `total` is the number of files (and missing paths) when every file holds one
    article (text, HTML), else None (streams: JSONL, feeds, WARC).
    """
    files: list[Path] = []
    early: list[ReadItem] = []
    total: int | None = 0
    own = store.own_files()  # a SQLite ledger's database, -wal, -shm, journal, merge lock
    named = {Path(p).expanduser().resolve() for p in paths}
    for entry in expand_paths(list(paths)):
        if isinstance(entry, Rejection):
            early.append(entry)
            continue
        if entry.resolve() in own:
            if entry.resolve() in named:  # named on purpose: say why nothing was read
                early.append(Rejection(str(entry), "the ledger's own database file, no article"))
            continue  # `ingest .` beside newsledger.db read it, its -wal and -shm as rejections
        files.append(entry)
        if total is not None:
            fmt = detect_format(entry)
            if not isinstance(fmt, Rejection) and fmt not in SINGLE_ARTICLE_FORMATS:
                total = None  # a stream: the article count is unknown until it is read
    if total is not None:
        total = len(files) + len(early)

    def items() -> Iterator[ReadItem]:
        yield from early
        for file in files:
            yield from read_file(file)

    return ingest_items(items(), store, on_progress=on_progress, batch_size=batch_size, total=total)


def ingest_records(
    records: Iterable[Mapping[str, Any]],
    store: Store,
    origin: str,
    numbers: Sequence[int] | None = None,
    refused: Sequence[Rejection] = (),
) -> IngestSummary:
    """Store articles given as JSON-Lines-shaped mappings (the API's POST body).

    Each record is named `origin:N`, N its place counting from 1, or `numbers[i]` when the
    caller has taken records out of a longer list (`refused`: the ones it refused, recorded and
    reported with the rest, so one bad record never stops a batch)."""

    def items() -> Iterator[ReadItem]:
        yield from refused
        for position, record in enumerate(records):
            number = numbers[position] if numbers is not None else position + 1
            yield from record_to_items(dict(record), f"{origin}:{number}", what="record")

    return ingest_items(items(), store)


def ingest_items(
    items: Iterable[ReadItem],
    store: Store,
    *,
    on_progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    total: int | None = None,
) -> IngestSummary:
    """Dedup and store a stream of reader output, committing every `batch_size` articles."""
    summary = IngestSummary()
    index = NearDuplicateIndex(store)
    batch: list[Article] = []
    rejections: list[Rejection] = []
    done = 0
    for item in items:
        if isinstance(item, IngestWarning):
            summary.warnings.append(_one_line(str(item)))
            # kept with the rejections so `newsledger rejections` lists damaged input too
            rejections.append(
                Rejection(item.origin, WARNING_PREFIX + _one_line(item.message), datetime.now(UTC))
            )
            continue
        done += 1  # articles and rejections: one per file for single-article formats
        if isinstance(item, Article):
            summary.read += 1
            batch.append(item)
        else:
            rejection = Rejection(item.origin, _one_line(item.reason), datetime.now(UTC))
            rejections.append(rejection)
            summary.rejections.append(rejection)
        if len(batch) >= batch_size:
            _commit(batch, rejections, store, index, summary)
            batch, rejections = [], []
            _report(on_progress, done, total)
        elif on_progress is not None and done % PROGRESS_EVERY == 0:
            on_progress(done, total)
    _commit(batch, rejections, store, index, summary)
    summary.rejected = len(summary.rejections)
    _report(on_progress, done, total if total is not None else done)
    return summary


WARNING_PREFIX = "read with a warning (the article is stored): "
"""How input that was stored but damaged (invalid UTF-8 replaced, a malformed feed read anyway)
is told apart from refused input in the store's rejections list."""


def _commit(
    batch: list[Article],
    rejections: list[Rejection],
    store: Store,
    index: NearDuplicateIndex,
    summary: IngestSummary,
) -> None:
    """One batch: exact duplicates within it dropped, near duplicates linked, one transaction."""
    if rejections:
        store.add_rejections(rejections)
    if not batch:
        return
    unique: dict[str, Article] = {}
    for article in batch:
        if article.id in unique:
            summary.duplicates += 1
        else:
            unique[article.id] = article
    now = datetime.now(UTC)
    for article in unique.values():
        article.ingested_at = article.ingested_at or now
    canonical = mark_near_duplicates(list(unique.values()), index)
    ordered = sorted(unique.values(), key=lambda a: a.id)
    outcomes = _add_articles(store, ordered, summary)
    for outcome in outcomes:
        if outcome.status == "stored":
            summary.stored += 1
            summary.stored_ids.append(outcome.article_id)
        elif outcome.status == "near_duplicate":
            summary.near_duplicates += 1
            summary.stored_ids.append(outcome.article_id)
        else:
            summary.duplicates += 1
    indexed = _to_index(store, index, canonical, outcomes)
    store.add_lsh_bands_many(
        [(article_id, list(fp.bands), fp.signature_bytes) for article_id, fp in indexed.items()]
    )
    log.debug("committed %d articles", len(ordered))


def _to_index(
    store: Store,
    index: NearDuplicateIndex,
    canonical: dict[str, Fingerprint],
    outcomes: list[AddOutcome],
) -> dict[str, Fingerprint]:
    """The batch's canonical articles to write into the near-duplicate index.

    An article this run found already stored (`duplicate`) keeps the row written first. When the
    index holds it already (the usual re-run) nothing is re-written; when it does not, its row is
    read: a canonical row is indexed (completing an index a crash cut short), a row a concurrent
    ingest stored as a near-duplicate of a copy this run never saw is not (indexing it would let
    later articles link to a copy, making chains).
    """
    already = {o.article_id for o in outcomes if o.status == "duplicate"}
    kept: dict[str, Fingerprint] = {}
    for article_id, fp in canonical.items():
        if article_id in already:
            if article_id in index.stored_ids:
                continue
            stored = store.get_article(article_id)
            if stored is None or stored.duplicate_of is not None:
                continue
        kept[article_id] = fp
    return kept


def _add_articles(
    store: Store, articles: list[Article], summary: IngestSummary
) -> list[AddOutcome]:
    """Add a batch in one transaction; if the store refuses it, find the articles it refuses.

    A refused batch is retried one article at a time so one bad record becomes a rejection and
    the rest are stored; when every article is refused the store itself is failing (disk full,
    server gone) and the error is raised.
    """
    try:
        return store.add_articles(articles)
    except StoreError as batch_error:
        outcomes: list[AddOutcome] = []
        refused: list[Rejection] = []
        for article in articles:
            try:
                outcomes.extend(store.add_articles([article]))
            except StoreError as exc:
                refused.append(
                    Rejection(article.origin or article.id, _one_line(str(exc)), datetime.now(UTC))
                )
        if not outcomes:
            raise batch_error
        store.add_rejections(refused)
        summary.rejections.extend(refused)
        return outcomes


def _report(on_progress: ProgressCallback | None, done: int, total: int | None) -> None:
    if on_progress is not None:
        on_progress(done, total)


def _one_line(text: str) -> str:
    return " ".join(text.split())
