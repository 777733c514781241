"""`SqlStore`: the one `Store` implementation, for SQLite (default) and PostgreSQL alike.

Dialect differences stay small and local: the `INSERT ... ON CONFLICT` construct (same SQL on
both), SQLite's `BEGIN IMMEDIATE` (engine.py) and full-text search (filters.py). Every write method
is one transaction; unique keys make repeated and concurrent writes idempotent. Nothing here
deletes data the caller did not name: there is no implicit reset.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    bindparam,
    delete,
    func,
    literal,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from newsledger.errors import NotFoundError, StoreError
from newsledger.model import Article, Mention, Rejection
from newsledger.store import engine as eng
from newsledger.store import rows as store_rows
from newsledger.store import tables
from newsledger.store.base import AddOutcome, Correction, IncidentFilter, Store, StoredIncident
from newsledger.store.filters import (
    article_match,
    check_filter,
    conditions,
    cursor_values,
    is_unfiltered,
    keyset_segments,
    ordering,
)

if TYPE_CHECKING:
    from newsledger.store.columns import ColumnsKeeper, OverviewColumns

CHUNK = 500
"""Values per IN list or multi-row INSERT: far below SQLite's and PostgreSQL's parameter limits."""

MIN_PREFIX = 6
"""Shortest article-id prefix `get_article` accepts (16 hex characters make a full id)."""

_T = TypeVar("_T")


def _chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _now() -> datetime:
    return datetime.now(UTC)


def _mention_links(
    conn: Connection, column: ColumnElement[str], ids: Sequence[str]
) -> dict[str, str]:
    """mention id -> incident id for the incident-mention links whose `column` (the link's
    mention id or incident id) is one of `ids`, one query per CHUNK ids."""
    m = tables.incident_mentions.c
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        rows = conn.execute(select(m.mention_id, m.incident_id).where(column.in_(chunk)))
        found.update((r.mention_id, r.incident_id) for r in rows)
    return found


def _delete_in(conn: Connection, table: Table, column: str, values: Sequence[str]) -> None:
    for chunk in _chunks(values):
        conn.execute(delete(table).where(table.c[column].in_(chunk)))


def _insert_rows(conn: Connection, stmt: Any, rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        conn.execute(stmt, list(chunk))


STAT_NAMES = ("incidents", "version")
"""Rows of `incident_stats` (migration 0003): the stored count and the data version."""

MERGE_LOCK_KEY = 0x6E65_7773_6C65_6467 & 0x7FFF_FFFF_FFFF_FFFF
"""Advisory lock id for merging ("newsledg" as a signed 64-bit number)."""

MERGE_LOCK_SUFFIX = ".merge-lock"
"""The file beside a SQLite database that `merge_lock` locks."""

SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal", MERGE_LOCK_SUFFIX)
"""The files of a SQLite ledger: the database, its write-ahead log and shared memory, its
rollback journal, and the merge lock."""


def _mention_at(
    spans: Sequence[tuple[int, int, int]],
    anchor: Mapping[str, Any],
    recorded: int | None = None,
    taken: Collection[int] = (),
) -> int | None:
    """The index of the mention anchored at `anchor`'s span, else of the one overlapping it
    most (the earlier on a tie), else None. One sentence can hold two events, so two mentions
    may share a span: the recorded index wins when it is still anchored there, and an index
    another mention of the same correction `taken` is passed over (a merge of a sentence's two
    events must not shrink to one mention and so do nothing)."""
    start, end = int(anchor["start"]), int(anchor["end"])
    exact = [index for s_start, s_end, index in spans if (s_start, s_end) == (start, end)]
    free = [index for index in exact if index not in taken]
    if recorded in free:
        return recorded
    if free or exact:
        return (free or exact)[0]
    best: tuple[int, int, int] | None = None  # (overlap, -start, index)
    for s_start, s_end, index in spans:
        overlap = min(end, s_end) - max(start, s_start)
        if overlap > 0 and (best is None or (overlap, -s_start) > best[:2]):
            best = (overlap, -s_start, index)
    return best[2] if best else None


class SqlStore(Store):
    """The store over one SQLAlchemy engine; open it with `newsledger.store.open_store(url)`."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        parsed = eng.normalise_url(url)
        self.url = parsed.render_as_string(hide_password=False)
        self._safe_url = parsed.render_as_string(hide_password=True)
        self.engine = eng.create_store_engine(parsed)
        self.dialect = self.engine.dialect.name
        self.migrated = False
        self.columns_keeper: ColumnsKeeper | None = None
        self._upsert: Any = None
        if migrate:
            try:
                self.migrated = eng.upgrade(self.engine)
            except DBAPIError as exc:
                self.engine.dispose()
                raise self._error("apply the schema migrations to", exc) from exc

    # --- plumbing -----------------------------------------------------------------------------
    def _error(self, action: str, exc: DBAPIError) -> StoreError:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return StoreError(f"could not {action} {self._safe_url}: {detail}")

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        try:
            with eng.write_transaction(self.engine) as conn:
                yield conn
        except DBAPIError as exc:
            raise self._error(action, exc) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise self._error("read from", exc) from exc

    def _insert(self, table: Table) -> Any:
        """INSERT with this dialect's ON CONFLICT support (same SQL on SQLite and PostgreSQL)."""
        return (postgresql if self.dialect == "postgresql" else sqlite).insert(table)

    def schema_revision(self) -> str | None:
        """The applied migration (None before any): for `newsledger` diagnostics and tests."""
        return eng.current_revision(self.engine)

    # --- articles -----------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article]) -> list[AddOutcome]:
        now = _now()
        rows: list[dict[str, Any]] = []
        first_seen: set[str] = set()
        for article in articles:
            store_rows.check_no_nul(article)
            if article.id not in first_seen:
                first_seen.add(article.id)
                rows.append(store_rows.article_row(article, now))
        rows.sort(key=lambda row: row["id"])  # one lock order for all writers: no deadlocks
        stored: set[str] = set()
        with self._write("store articles in") as conn:
            stmt = (
                self._insert(tables.articles)
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(tables.articles.c.id)
            )
            for chunk in _chunks(rows):
                stored.update(conn.execute(stmt, list(chunk)).scalars())
            relinked = self._relink_to_canonical(conn, rows, stored)
            self._date_undated_copies(conn, [r for r in rows if r["id"] not in stored])
        outcomes: list[AddOutcome] = []
        for article in articles:
            if article.id in stored:
                stored.discard(article.id)  # a second copy in the same batch is a duplicate
                if article.duplicate_of:
                    target = relinked.get(article.id, article.duplicate_of)
                    outcomes.append(AddOutcome(article.id, "near_duplicate", target))
                else:
                    outcomes.append(AddOutcome(article.id, "stored"))
            else:
                outcomes.append(AddOutcome(article.id, "duplicate"))
        return outcomes

    def _date_undated_copies(self, conn: Connection, copies: Sequence[dict[str, Any]]) -> None:
        """Give a stored article with no publication date the date an exact copy of its text
        states, and mark it for extraction again (its relative dates now resolve).

        An id is a hash of the text alone, so a date line added to a file, or a feed that now
        gives its pubDate, reached a copy already stored undated and was dropped as a duplicate:
        re-ingesting never dated it. A stored date is never replaced (the first copy's stays):
        one UPDATE per dated copy, which only touches a row still undated."""
        c = tables.articles.c
        for row in copies:
            if row["published"] is None:
                continue
            conn.execute(
                update(tables.articles)
                .where(c.id == row["id"], c.published.is_(None))
                .values(
                    published=row["published"],
                    published_precision=row["published_precision"],
                    published_from=row["published_from"],
                    extracted_at=None,
                )
            )

    def _relink_to_canonical(
        self, conn: Connection, rows: Sequence[dict[str, Any]], stored: set[str]
    ) -> dict[str, str]:
        """Point new near-duplicates whose target is itself a near-duplicate at its canonical.

        A concurrent ingest can store the target first, as a copy of an article this batch never
        saw; the new rows then name that article instead (no chains). Runs after the INSERT in the
        same transaction, when every target is committed or written by it. Returns id -> target.
        """
        new = [r for r in rows if r["id"] in stored and r["duplicate_of"]]
        targets = sorted({r["duplicate_of"] for r in new})
        c = tables.articles.c
        canonical_of: dict[str, str] = {}
        for chunk in _chunks(targets):
            found = conn.execute(
                select(c.id, c.duplicate_of).where(c.id.in_(chunk), c.duplicate_of.is_not(None))
            )
            canonical_of.update((row.id, row.duplicate_of) for row in found)
        relinked = {
            r["id"]: canonical_of[r["duplicate_of"]]
            for r in new
            if r["duplicate_of"] in canonical_of
        }
        for article_id, target in sorted(relinked.items()):
            conn.execute(
                update(tables.articles).where(c.id == article_id).values(duplicate_of=target)
            )
        return relinked

    def get_article(self, article_id: str) -> Article | None:
        key = article_id.strip()
        c = tables.articles.c
        with self._read() as conn:
            row = conn.execute(select(tables.articles).where(c.id == key)).first()
            if row is not None or len(key) < MIN_PREFIX:
                return store_rows.article(row) if row is not None else None
            # The range uses the primary-key index; startswith keeps the match exact.
            where = [c.id >= key, c.id.startswith(key, autoescape=True)]
            if ord(key[-1]) < sys.maxunicode:
                where.append(c.id < key[:-1] + chr(ord(key[-1]) + 1))
            found = conn.execute(
                select(tables.articles).where(*where).order_by(c.id).limit(2)
            ).all()
        found = [r for r in found if r.id.startswith(key)]
        if len(found) > 1:
            raise NotFoundError(
                f"article id prefix {key!r} matches several articles ({found[0].id}, "
                f"{found[1].id}, ...): give more characters"
            )
        return store_rows.article(found[0]) if found else None

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[Article]:
        c = tables.articles.c
        stmt = select(tables.articles).order_by(c.published.asc().nulls_last(), c.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as conn:
            return [store_rows.article(r) for r in conn.execute(stmt)]

    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        # Keyset pages by id: no transaction stays open while the caller works on a batch.
        last = ""
        while True:
            with self._read() as conn:
                rows = conn.execute(
                    select(tables.articles)
                    .where(tables.articles.c.id > last)
                    .order_by(tables.articles.c.id)
                    .limit(batch_size)
                ).all()
            if not rows:
                return
            yield from (store_rows.article(r) for r in rows)
            last = rows[-1].id

    def count_articles(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(tables.articles)).scalar_one())

    def search_articles(self, query: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text hold every word of `query` (SQLite FTS5 / PG tsvector).

        Not part of `Store`: the REST API's article search may use it when the store is SQL.
        """
        stmt = (
            select(tables.articles)
            .where(article_match(query, self.dialect))
            .order_by(tables.articles.c.published.desc().nulls_last(), tables.articles.c.id)
            .limit(limit)
        )
        with self._read() as conn:
            return [store_rows.article(r) for r in conn.execute(stmt)]

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        now = _now()
        rows = {
            store_rows.rejection_key(r): {
                "key": store_rows.rejection_key(r),
                "origin": r.origin,
                "reason": r.reason,
                "at": r.at or now,
            }
            for r in rejections
        }
        if not rows:
            return
        stmt = self._insert(tables.rejections).on_conflict_do_nothing(index_elements=["key"])
        with self._write("record rejections in") as conn:
            # Recording order is listing order (a few rows: lock order does not matter here).
            _insert_rows(conn, stmt, list(rows.values()))

    def list_rejections(self) -> list[Rejection]:
        c = tables.rejections.c
        with self._read() as conn:
            rows = conn.execute(select(c.origin, c.reason, c.at).order_by(c.id)).all()
        return [Rejection(r.origin, r.reason, r.at) for r in rows]

    # --- near-duplicate index -----------------------------------------------------------------
    def add_lsh_bands(self, article_id: str, bands: Sequence[str], signature: bytes) -> None:
        self.add_lsh_bands_many([(article_id, bands, signature)])

    def add_lsh_bands_many(self, entries: Sequence[tuple[str, Sequence[str], bytes]]) -> None:
        """Every article's signature and band keys of an ingest batch, in one transaction."""
        signatures = {aid: {"article_id": aid, "signature": bytes(sig)} for aid, _, sig in entries}
        band_rows = sorted(
            {(band, aid) for aid, bands, _ in entries for band in bands}
        )  # sorted: one lock order for all writers
        if not signatures:
            return
        sig = self._insert(tables.article_signatures)
        sig = sig.on_conflict_do_update(
            index_elements=["article_id"], set_={"signature": sig.excluded.signature}
        )
        band_stmt = self._insert(tables.article_lsh).on_conflict_do_nothing(
            index_elements=["band", "article_id"]
        )
        with self._write("index near-duplicates in") as conn:
            _insert_rows(conn, sig, [signatures[aid] for aid in sorted(signatures)])
            _insert_rows(conn, band_stmt, [{"band": b, "article_id": a} for b, a in band_rows])

    def find_by_lsh_bands(self, bands: Sequence[str]) -> list[tuple[str, bytes]]:
        lsh, sig = tables.article_lsh.c, tables.article_signatures.c
        found: dict[str, bytes] = {}
        with self._read() as conn:
            for chunk in _chunks(list(dict.fromkeys(bands))):
                rows = conn.execute(
                    select(sig.article_id, sig.signature).where(
                        sig.article_id.in_(
                            select(lsh.article_id).where(lsh.band.in_(chunk)).distinct()
                        )
                    )
                ).all()
                found.update((r.article_id, bytes(r.signature)) for r in rows)
        return sorted(found.items())

    # --- mentions -----------------------------------------------------------------------------
    def save_mentions(self, article_id: str, mentions: Sequence[Mention]) -> None:
        mention_rows, claim_rows, quote_rows = store_rows.mention_rows(article_id, mentions)
        with self._write("save mentions in") as conn:
            # Locking the article row (PostgreSQL) makes a second extraction of the same article
            # wait for the first and then replace its mentions, instead of colliding with them.
            exists = conn.execute(
                select(tables.articles.c.id)
                .where(tables.articles.c.id == article_id)
                .with_for_update()
            ).first()
            if exists is None:
                raise NotFoundError(
                    f"no article {article_id!r} in the store: add it with add_articles before "
                    "saving its mentions"
                )
            for table in (tables.claims, tables.quotes, tables.mentions):
                conn.execute(delete(table).where(table.c.article_id == article_id))
            _insert_rows(conn, tables.mentions.insert(), mention_rows)
            _insert_rows(conn, tables.claims.insert(), claim_rows)
            _insert_rows(conn, tables.quotes.insert(), quote_rows)
            conn.execute(
                update(tables.articles)
                .where(tables.articles.c.id == article_id)
                .values(extracted_at=_now())
            )

    def get_mentions(self, article_id: str) -> list[Mention]:
        c = tables.mentions.c
        with self._read() as conn:
            rows = conn.execute(
                select(c.data).where(c.article_id == article_id).order_by(c.mention_index)
            ).scalars()
            return [Mention.from_json(data) for data in rows]

    def get_mention(self, mention_id: str) -> Mention | None:
        with self._read() as conn:
            data = conn.execute(
                select(tables.mentions.c.data).where(tables.mentions.c.id == mention_id)
            ).scalar_one_or_none()
        return Mention.from_json(data) if data is not None else None

    def iter_mentions(self) -> Iterator[Mention]:
        c = tables.mentions.c
        last: tuple[str, int] = ("", -1)
        while True:
            with self._read() as conn:
                rows = conn.execute(
                    select(c.article_id, c.mention_index, c.data)
                    .where(tuple_(c.article_id, c.mention_index) > tuple_(*last))
                    .order_by(c.article_id, c.mention_index)
                    .limit(CHUNK)
                ).all()
            if not rows:
                return
            yield from (Mention.from_json(r.data) for r in rows)
            last = (rows[-1].article_id, rows[-1].mention_index)

    def article_ids_without_mentions(self) -> list[str]:
        c = tables.articles.c
        with self._read() as conn:
            return list(
                conn.execute(select(c.id).where(c.extracted_at.is_(None)).order_by(c.id)).scalars()
            )

    def mentions_in_no_incident(self) -> list[Mention]:
        """The ids are found on the two primary keys alone (no mention's data is read: about
        0.5 s over 500k mentions, all linked, on SQLite); the few found are then read whole."""
        m, im = tables.mentions.c, tables.incident_mentions.c
        linked = select(im.mention_id).where(im.mention_id == m.id).exists()
        with self._read() as conn:
            ids = list(conn.execute(select(m.id).where(~linked)).scalars())
            rows: list[Any] = []
            for chunk in _chunks(sorted(ids)):
                rows += conn.execute(
                    select(m.article_id, m.mention_index, m.data).where(m.id.in_(chunk))
                ).all()
        rows.sort(key=lambda row: (row[0], row[1]))
        return [Mention.from_json(row[2]) for row in rows]

    # --- incidents ----------------------------------------------------------------------------
    def save_incidents(
        self, incidents: Sequence[StoredIncident], remove_ids: Sequence[str] = ()
    ) -> None:
        """Write the incidents, their mention links and block keys, and delete `remove_ids`.

        Links and block keys are written as a difference with what is stored: an incident that
        gains one report keeps its other links and its ~100 block keys, so a save touches the
        rows that change, not every row of the incident (each row is an entry in two or three
        B-trees and pages in the WAL; docs/scaling.md, "Ninth round")."""
        now = _now()
        rows, links, blocks = store_rows.incident_rows(incidents, now)
        saved_ids = [row["id"] for row in rows]
        with self._write("save incidents in") as conn:
            removed = sorted(set(remove_ids))
            previous = self._links_of(conn, removed)
            _delete_in(conn, tables.incident_mentions, "incident_id", removed)
            _delete_in(conn, tables.incident_blocks, "incident_id", removed)
            _delete_in(conn, tables.incidents, "id", removed)
            _insert_rows(conn, self._incident_upsert(), rows)
            left, joined = self._save_links(conn, saved_ids, links, previous)
            self._save_blocks(conn, saved_ids, blocks)
            self._retire_links(conn, left, joined, now)

    def _links_of(self, conn: Connection, incident_ids: Sequence[str]) -> dict[str, str]:
        """mention id -> incident id for the mentions of these incidents (read before they go)."""
        return _mention_links(conn, tables.incident_mentions.c.incident_id, incident_ids)

    def _retire_links(
        self,
        conn: Connection,
        left: Sequence[tuple[str, str]],
        joined: Sequence[tuple[str, str]],
        now: datetime,
    ) -> None:
        """Record each (incident id, mention) the mention has left, and forget those it has
        come back to: an id then answers with where its mentions are now."""
        r = tables.retired_links.c
        # Only incidents that have retired links can take a mention back: one probe per chunk
        # of incidents, not one delete per new link (most saves add links to fresh ids).
        incidents = sorted({i for i, _ in joined})
        retired: set[str] = set()
        for chunk in _chunks(incidents):
            retired.update(
                conn.execute(select(r.incident_id).where(r.incident_id.in_(chunk)).distinct())
                .scalars()
                .all()
            )
        back = [{"incident": i, "mention": m} for i, m in joined if i in retired]
        for pairs in _chunks(back):
            conn.execute(
                delete(tables.retired_links).where(
                    r.incident_id == bindparam("incident"), r.mention_id == bindparam("mention")
                ),
                list(pairs),
            )
        stmt = self._insert(tables.retired_links).on_conflict_do_nothing(
            index_elements=["incident_id", "mention_id"]
        )
        _insert_rows(
            conn,
            stmt,
            [{"incident_id": i, "mention_id": m, "retired_at": now} for i, m in sorted(set(left))],
        )

    def incident_moved_to(self, incident_id: str) -> list[str]:
        r, m = tables.retired_links.c, tables.incident_mentions.c
        stmt = (
            select(m.incident_id)
            .join(tables.retired_links, r.mention_id == m.mention_id)
            .where(r.incident_id == incident_id, m.incident_id != incident_id)
            .distinct()
            .order_by(m.incident_id)
        )
        with self._read() as conn:
            return list(conn.execute(stmt).scalars())

    def _incident_upsert(self) -> Any:
        """The incidents upsert (every column but the id replaced), built once per store."""
        if self._upsert is None:
            upsert = self._insert(tables.incidents)
            self._upsert = upsert.on_conflict_do_update(
                index_elements=["id"],
                set_={
                    col.name: upsert.excluded[col.name]
                    for col in tables.incidents.c
                    if col.name != "id"
                },
            )
        return self._upsert

    def _save_links(
        self,
        conn: Connection,
        saved_ids: Sequence[str],
        links: Sequence[dict[str, Any]],
        previous: Mapping[str, str],
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Make the saved incidents' mention links exactly `links`: a link of a saved incident
        not listed goes, and a listed mention linked elsewhere (an incident not saved here)
        moves to the one saved here.

        Returns the (incident, mention) pairs the mentions left (`previous`: the links of
        incidents deleted just before) and the new pairs written."""
        m = tables.incident_mentions.c
        wanted = {link["mention_id"]: (link["incident_id"], link["position"]) for link in links}
        stored: dict[str, tuple[str, int]] = {}
        mention_ids = sorted(wanted)
        for start in range(0, max(len(saved_ids), len(mention_ids)), CHUNK):
            found = conn.execute(
                select(m.mention_id, m.incident_id, m.position).where(
                    m.incident_id.in_(saved_ids[start : start + CHUNK])
                    | m.mention_id.in_(mention_ids[start : start + CHUNK])
                )
            )
            stored.update((r.mention_id, (r.incident_id, r.position)) for r in found)
        stale = sorted(mid for mid, link in stored.items() if wanted.get(mid) != link)
        _delete_in(conn, tables.incident_mentions, "mention_id", stale)
        new = [
            link for link in links if stored.get(link["mention_id"]) != wanted[link["mention_id"]]
        ]
        stmt = self._insert(tables.incident_mentions).on_conflict_do_nothing(
            index_elements=["mention_id"]
        )
        _insert_rows(conn, stmt, new)
        left: list[tuple[str, str]] = []
        for mid, (incident, _) in wanted.items():
            before = stored[mid][0] if mid in stored else previous.get(mid)
            if before is not None and before != incident:
                left.append((before, mid))
        return left, [(link["incident_id"], link["mention_id"]) for link in new]

    def _save_blocks(
        self, conn: Connection, saved_ids: Sequence[str], blocks: Sequence[dict[str, Any]]
    ) -> None:
        """Make the saved incidents' block keys exactly `blocks` (keys gone deleted, new keys
        inserted, the others left alone)."""
        b = tables.incident_blocks.c
        wanted = {(block["block_key"], block["incident_id"]) for block in blocks}
        stored: set[tuple[str, str]] = set()
        for chunk in _chunks(saved_ids):
            found = conn.execute(select(b.block_key, b.incident_id).where(b.incident_id.in_(chunk)))
            stored.update((r.block_key, r.incident_id) for r in found)
        stale = sorted(stored - wanted)
        if stale:
            conn.execute(
                delete(tables.incident_blocks).where(
                    b.block_key == bindparam("key"), b.incident_id == bindparam("incident")
                ),
                [{"key": key, "incident": incident} for key, incident in stale],
            )
        new = [
            block for block in blocks if (block["block_key"], block["incident_id"]) not in stored
        ]
        stmt = self._insert(tables.incident_blocks).on_conflict_do_nothing(
            index_elements=["block_key", "incident_id"]
        )
        _insert_rows(conn, stmt, new)

    def bulk_load_incidents(self, incidents: Iterable[StoredIncident]) -> int:
        """Load many incidents in one transaction (SQLite executemany, PostgreSQL COPY); ids
        already stored are skipped. For batch jobs and benchmarks, not for merging (see bulk.py).
        """
        from newsledger.store.bulk import bulk_load_incidents

        try:
            return bulk_load_incidents(self.engine, incidents)
        except DBAPIError as exc:
            raise self._error("bulk-load incidents into", exc) from exc

    def get_incident(self, incident_id: str) -> StoredIncident | None:
        with self._read() as conn:
            rows = conn.execute(
                select(tables.incidents.c.id, tables.incidents.c.summary).where(
                    tables.incidents.c.id == incident_id
                )
            ).all()
            found = self._load_incidents(conn, rows)
        return found[0] if found else None

    def list_incidents(self, flt: IncidentFilter | None = None) -> list[StoredIncident]:
        return self.list_incident_page(flt)[0]

    def incident_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Up to `limit` incident ids starting with `prefix` (at least MIN_PREFIX characters,
        else none), in id order: lets a reader type the first characters of an id, as for
        articles."""
        key = prefix.strip()
        if len(key) < MIN_PREFIX:
            return []
        c = tables.incidents.c
        where = [c.id >= key, c.id.startswith(key, autoescape=True)]
        if ord(key[-1]) < sys.maxunicode:
            where.append(c.id < key[:-1] + chr(ord(key[-1]) + 1))
        with self._read() as conn:
            found = conn.execute(select(c.id).where(*where).order_by(c.id).limit(limit)).all()
        return [r.id for r in found if r.id.startswith(key)]

    def incident_summary(self, incident_id: str) -> dict[str, Any] | None:
        """One query for the API's incident answer (no mention links or block keys)."""
        c = tables.incidents.c
        with self._read() as conn:
            summary = conn.execute(select(c.summary).where(c.id == incident_id)).scalar()
        return None if summary is None else dict(summary)

    def list_incident_page(
        self, flt: IncidentFilter | None = None
    ) -> tuple[list[StoredIncident], list[Any] | None]:
        """A page of incidents and the cursor values of its last row (None when the page is
        short, so the listing is over). With `flt.cursor` the page starts after that row."""
        with self._read() as conn:
            rows, last = self._page_rows(conn, flt or IncidentFilter())
            return self._load_incidents(conn, rows, with_blocks=False), last

    def list_summary_page(
        self, flt: IncidentFilter | None = None
    ) -> tuple[list[dict[str, Any]], list[Any] | None]:
        """`list_incident_page` for callers that serve summaries only (the API's list): one
        query fewer, no mention links."""
        with self._read() as conn:
            rows, last = self._page_rows(conn, flt or IncidentFilter())
        return [row.summary for row in rows], last

    def _page_rows(
        self, conn: Connection, flt: IncidentFilter
    ) -> tuple[list[Any], list[Any] | None]:
        """(id, summary) rows of a page in order, and the cursor values of its last row."""
        check_filter(flt)
        # Ids first (from the covering (date, date_last, id) / (sources, date, id) indexes),
        # then only this page's summaries: a deep page must not read every summary before it.
        c = tables.incidents.c
        where = conditions(flt, self.dialect)
        segments = [None] if flt.cursor is None else keyset_segments(flt.sort, flt.cursor)
        # Only the columns of the sort's covering index: one more column means a table read
        # per skipped row on a deep offset page.
        key_columns = [c.id, c.date] + ([c.sources] if "sources" in flt.sort else [])
        keys: list[Any] = []
        for segment in segments:
            stmt = select(*key_columns).where(*where).order_by(*ordering(flt.sort))
            if segment is not None:
                stmt = stmt.where(segment)
            stmt = stmt.offset(flt.offset)
            if flt.limit is not None:
                stmt = stmt.limit(flt.limit - len(keys))
            keys += conn.execute(stmt).all()
            if flt.limit is not None and len(keys) >= flt.limit:
                break
        ids = [k.id for k in keys]
        summaries: dict[str, Any] = {}
        for chunk in _chunks(ids):
            for row in conn.execute(select(c.id, c.summary).where(c.id.in_(chunk))):
                summaries[row.id] = row
        full_page = flt.limit is not None and len(keys) == flt.limit and flt.limit > 0
        last = cursor_values(keys[-1]._asdict(), flt.sort) if full_page else None
        return [summaries[i] for i in ids if i in summaries], last

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        flt = flt or IncidentFilter()
        check_filter(flt)
        if is_unfiltered(flt):
            return self.stored_incident_count()
        stmt = (
            select(func.count())
            .select_from(tables.incidents)
            .where(*conditions(flt, self.dialect, ranged_since=True))
        )
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def count_incidents_upto(self, flt: IncidentFilter, cap: int) -> tuple[int, bool]:
        """(count, exact): the exact count when it is at most `cap`, else (cap, False).

        Counting stops after cap + 1 matching index entries, so a broad filter over a million
        incidents costs what a narrow one costs; the unfiltered total is the stored count.
        """
        check_filter(flt)
        if is_unfiltered(flt):
            return self.stored_incident_count(), True
        capped = (
            select(literal(1))
            .select_from(tables.incidents)
            .where(*conditions(flt, self.dialect, ranged_since=True))
            .limit(cap + 1)
            .subquery()
        )
        with self._read() as conn:
            n = int(conn.execute(select(func.count()).select_from(capped)).scalar_one())
        return (n, True) if n <= cap else (cap, False)

    def _stats(self) -> dict[str, int]:
        s = tables.incident_stats.c
        with self._read() as conn:
            found = {r.name: int(r.value) for r in conn.execute(select(s.name, s.value))}
        if len(found) == len(STAT_NAMES):
            return found
        # Someone emptied the table (a test's cleanup, a manual DELETE): count once and start a
        # new version sequence from the clock, so no old ETag can match the new data.
        with self._write("recount incidents in") as conn:
            count = conn.execute(select(func.count()).select_from(tables.incidents)).scalar_one()
            values = {"incidents": int(count), "version": time.time_ns() // 1000}
            stmt = self._insert(tables.incident_stats).on_conflict_do_nothing(
                index_elements=["name"]
            )
            conn.execute(stmt, [{"name": n, "value": values[n]} for n in STAT_NAMES])
            return {r.name: int(r.value) for r in conn.execute(select(s.name, s.value))}

    def stored_incident_count(self) -> int:
        """How many incidents are stored, from the count the triggers keep (no scan)."""
        return self._stats().get("incidents", 0)

    def data_version(self) -> int:
        """A number that changes whenever any incident is added, changed or removed (kept by
        triggers; migration 0003): the key for HTTP ETags and cached aggregates."""
        return self._stats().get("version", 0)

    def keep_overview_columns(self, *, background: bool = True) -> None:
        """Keep the overview's columns in memory from now on (store/columns.py), read in the
        background (or now): the timeline and map then answer without a GROUP BY over the
        index. For long-lived readers (the API server); one-off commands skip the copy."""
        from sqlalchemy.pool import StaticPool

        from newsledger.store.columns import ColumnsKeeper

        if isinstance(self.engine.pool, StaticPool):
            return  # in-memory SQLite: one shared connection, no second reader beside requests
        if self.columns_keeper is None:
            self.columns_keeper = ColumnsKeeper(self._read_overview_columns)
        if background:
            self.columns_keeper.refresh_in_background()
        else:
            self.columns_keeper.refresh()

    def _read_overview_columns(self) -> OverviewColumns | None:
        """The columns as of one data version; None when a write moved it on meanwhile."""
        from newsledger.store.columns import OverviewColumns

        version = self.data_version()
        with self._read() as conn:
            columns = OverviewColumns.read(conn, version)
        return columns if self.data_version() == version else None

    def _current_columns(self, flt: IncidentFilter, version: int | None) -> OverviewColumns | None:
        """The in-memory columns when kept, of the current data version, and able to answer."""
        from newsledger.store.columns import OverviewColumns

        if self.columns_keeper is None or not OverviewColumns.answers(flt):
            return None
        return self.columns_keeper.current(self.data_version() if version is None else version)

    def incident_timeline(self, flt: IncidentFilter, version: int | None = None) -> dict[str, Any]:
        """Counts per day, week or month of every matching incident (see store/overview.py).
        `version`: the data version the caller already read (saves reading it again)."""
        from newsledger.store.overview import timeline

        check_filter(flt)
        columns = self._current_columns(flt, version)
        if columns is not None:
            return columns.timeline(flt)
        with self._read() as conn:
            return timeline(conn, flt, self.dialect)

    def incident_map(
        self, flt: IncidentFilter, zoom: int, version: int | None = None
    ) -> dict[str, Any]:
        """Matching incidents aggregated into grid cells for a zoom level (store/overview.py).
        `version`: the data version the caller already read (saves reading it again)."""
        from newsledger.store.overview import map_cells

        check_filter(flt)
        columns = self._current_columns(flt, version)
        if columns is not None:
            return columns.map_cells(flt, zoom)
        with self._read() as conn:
            return map_cells(conn, flt, self.dialect, zoom)

    def incidents_for_blocks(
        self, block_keys: Sequence[str], *, with_blocks: bool = True
    ) -> list[StoredIncident]:
        b, i = tables.incident_blocks.c, tables.incidents.c
        ids: set[str] = set()
        with self._read() as conn:
            for chunk in _chunks(list(dict.fromkeys(block_keys))):
                ids.update(
                    conn.execute(
                        select(b.incident_id).where(b.block_key.in_(chunk)).distinct()
                    ).scalars()
                )
            rows: list[Any] = []
            for chunk in _chunks(sorted(ids)):
                rows += conn.execute(
                    select(i.id, i.summary).where(i.id.in_(chunk)).order_by(i.id)
                ).all()
            return self._load_incidents(conn, rows, with_blocks=with_blocks)

    def incident_for_mention(self, mention_id: str) -> str | None:
        c = tables.incident_mentions.c
        with self._read() as conn:
            return conn.execute(
                select(c.incident_id).where(c.mention_id == mention_id)
            ).scalar_one_or_none()

    def incidents_for_mentions(self, mention_ids: Collection[str]) -> dict[str, str]:
        """One query per CHUNK mentions (see `Store.incidents_for_mentions`)."""
        with self._read() as conn:
            return _mention_links(
                conn, tables.incident_mentions.c.mention_id, sorted(set(mention_ids))
            )

    def incidents_for_articles(self, article_ids: Collection[str]) -> dict[str, list[str]]:
        """One join of mentions and their links per CHUNK articles (see
        `Store.incidents_for_articles`)."""
        mention, link = tables.mentions.c, tables.incident_mentions.c
        found: dict[str, list[str]] = {}
        with self._read() as conn:
            for chunk in _chunks(sorted(set(article_ids))):
                rows = conn.execute(
                    select(mention.article_id, link.incident_id)
                    .join(tables.incident_mentions, link.mention_id == mention.id)
                    .where(mention.article_id.in_(chunk))
                    .order_by(mention.article_id, mention.main.desc(), mention.mention_index)
                )
                for row in rows:
                    fed = found.setdefault(row.article_id, [])
                    if row.incident_id not in fed:
                        fed.append(row.incident_id)
        return found

    def incident_locations(self, incident_ids: Collection[str]) -> dict[str, dict[str, Any]]:
        """Each incident's `location` object alone, one query per CHUNK ids: the index map
        names the place and its precision for each cell that holds one incident. The database
        still parses each summary to extract the object (SQLite's JSON path reads the whole
        blob); what it saves is the transfer and the Python decoding of whole summaries. Ids
        with no location are absent."""
        c = tables.incidents.c
        location = c.summary["location"]
        found: dict[str, dict[str, Any]] = {}
        with self._read() as conn:
            for chunk in _chunks(sorted(set(incident_ids))):
                for row in conn.execute(select(c.id, location).where(c.id.in_(chunk))):
                    if isinstance(row[1], dict):
                        found[row[0]] = row[1]
        return found

    def has_incident(self, incident_id: str) -> bool:
        """One query on the incidents' key: no links, blocks or summary read."""
        c = tables.incidents.c
        with self._read() as conn:
            return conn.execute(select(c.id).where(c.id == incident_id)).first() is not None

    def _load_incidents(
        self, conn: Connection, rows: Sequence[Any], *, with_blocks: bool = True
    ) -> list[StoredIncident]:
        """StoredIncidents for (id, summary) rows, in their order, with links and (unless a
        listing, which never needs them) block keys."""
        found = {r.id: StoredIncident(r.id, [], r.summary, []) for r in rows}
        m, b = tables.incident_mentions.c, tables.incident_blocks.c
        for chunk in _chunks(list(found)):
            for link in conn.execute(
                select(m.incident_id, m.mention_id)
                .where(m.incident_id.in_(chunk))
                .order_by(m.incident_id, m.position)
            ):
                found[link.incident_id].mention_ids.append(link.mention_id)
            if not with_blocks:
                continue
            for block in conn.execute(
                select(b.incident_id, b.block_key)
                .where(b.incident_id.in_(chunk))
                .order_by(b.incident_id, b.block_key)
            ):
                found[block.incident_id].block_keys.append(block.block_key)
        return list(found.values())

    # --- corrections --------------------------------------------------------------------------
    def add_correction(self, correction: Correction) -> None:
        if correction.action not in ("split", "merge"):
            raise StoreError(f"correction action {correction.action!r}: use 'split' or 'merge'")
        with self._write("record a correction in") as conn:
            found = self._anchors_of(conn, correction.mention_ids)
            conn.execute(
                tables.corrections.insert(),
                {
                    "action": correction.action,
                    "mention_ids": list(correction.mention_ids),
                    "note": correction.note,
                    "created_at": _now(),
                    "anchors": [found.get(mid) for mid in correction.mention_ids],
                },
            )

    def _anchors_of(self, conn: Connection, mention_ids: Sequence[str]) -> dict[str, Any]:
        """mention id -> {article_id, start, end} of its anchor, for the stored ones."""
        c = tables.mentions.c
        found: dict[str, Any] = {}
        for chunk in _chunks(sorted(set(mention_ids))):
            for row in conn.execute(select(c.id, c.data).where(c.id.in_(chunk))):
                anchor = row.data.get("anchor") if isinstance(row.data, dict) else None
                if anchor:
                    found[row.id] = {k: anchor[k] for k in ("article_id", "start", "end")}
        return found

    def _current_mention_ids(
        self, conn: Connection, recorded: Sequence[tuple[Sequence[str], Sequence[Any] | None]]
    ) -> list[tuple[str, ...]]:
        """Each correction's mention ids as they are now: a mention recorded with its anchor is
        the article's mention anchored at that span now (else the one overlapping it most; none
        if no mention of the article overlaps it), whatever its index became in a
        re-extraction. A mention recorded without an anchor keeps its id."""
        articles = sorted({a["article_id"] for _, anchors in recorded for a in anchors or () if a})
        spans: dict[str, list[tuple[int, int, int]]] = {}
        c = tables.mentions.c
        for chunk in _chunks(articles):
            rows = conn.execute(
                select(c.article_id, c.mention_index, c.data).where(c.article_id.in_(chunk))
            )
            for row in rows:
                anchor = row.data.get("anchor") if isinstance(row.data, dict) else None
                if anchor:
                    spans.setdefault(row.article_id, []).append(
                        (int(anchor["start"]), int(anchor["end"]), row.mention_index)
                    )
        current: list[tuple[str, ...]] = []
        for mention_ids, anchors in recorded:
            ids: list[str] = []
            taken: dict[str, set[int]] = {}  # article id -> the indices `ids` holds already
            for position, mention_id in enumerate(mention_ids):
                anchor = anchors[position] if anchors and position < len(anchors) else None
                if not anchor:
                    ids.append(mention_id)
                    article, _, kept_index = str(mention_id).rpartition(":")
                    if kept_index.isdecimal():
                        taken.setdefault(article, set()).add(int(kept_index))
                    continue
                _, _, recorded_index = str(mention_id).rpartition(":")
                article = anchor["article_id"]
                index = _mention_at(
                    spans.get(article, []),
                    anchor,
                    int(recorded_index) if recorded_index.isdigit() else None,
                    taken.get(article, ()),
                )
                if index is not None:
                    ids.append(f"{article}:{index}")
                    taken.setdefault(article, set()).add(index)
            current.append(tuple(dict.fromkeys(ids)))
        return current

    def list_corrections(self) -> list[Correction]:
        c = tables.corrections.c
        with self._read() as conn:
            rows = conn.execute(
                select(c.action, c.mention_ids, c.note, c.anchors).order_by(c.id)
            ).all()
            current = self._current_mention_ids(conn, [(r.mention_ids, r.anchors) for r in rows])
        return [Correction(r.action, ids, r.note) for r, ids in zip(rows, current, strict=True)]

    def correction_records(
        self, article_ids: Collection[str] | None = None
    ) -> list[dict[str, Any]]:
        """Every correction in the order made, with its number and time (`corrections`); the
        mention ids are those of the mentions it means now (see `list_corrections`). With
        `article_ids`, only those that moved a mention of one of these articles (an incident
        page asks for its own: the others' mentions are then never read)."""
        c = tables.corrections.c
        with self._read() as conn:
            rows = conn.execute(
                select(c.id, c.action, c.mention_ids, c.note, c.created_at, c.anchors).order_by(
                    c.id
                )
            ).all()
            if article_ids is not None:
                rows = [
                    r for r in rows
                    if any(str(m).split(":", 1)[0] in article_ids for m in r.mention_ids)
                ]  # fmt: skip
            current = self._current_mention_ids(conn, [(r.mention_ids, r.anchors) for r in rows])
        return [
            {
                "number": r.id,
                "action": r.action,
                "mention_ids": list(ids),
                "note": r.note,
                "created_at": r.created_at.isoformat() if r.created_at is not None else None,
            }
            for r, ids in zip(rows, current, strict=True)
        ]

    @contextmanager
    def merge_lock(self) -> Iterator[None]:
        """One merging process at a time per database: a PostgreSQL advisory lock held on its
        own connection, or an exclusive lock on a file beside the SQLite database."""
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MERGE_LOCK_KEY})
                conn.commit()
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MERGE_LOCK_KEY})
                    conn.commit()
            return
        database = self.engine.url.database
        if database is None or eng._is_memory(self.engine.url):
            yield
            return
        import fcntl

        with open(f"{database}{MERGE_LOCK_SUFFIX}", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def own_files(self) -> frozenset[Path]:
        """A SQLite ledger's files (`SQLITE_COMPANIONS`), resolved; none for PostgreSQL or a
        database in memory."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or database is None or eng._is_memory(self.engine.url):
            return frozenset()
        base = Path(database).expanduser().resolve()
        return frozenset(base.with_name(base.name + suffix) for suffix in SQLITE_COMPANIONS)

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"SqlStore({self._safe_url!r})"
