"""The store interface every backend (SQLite default, PostgreSQL) implements.

Stages never touch SQL: they call these methods with records from `newsledger.model`.
Writes are idempotent (unique keys on content-hash ids), so re-runs and concurrent runs are safe.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from newsledger.model import Article, Mention, Rejection

AddStatus = Literal["stored", "duplicate", "near_duplicate"]


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What happened to one article handed to `Store.add_articles`."""

    article_id: str
    status: AddStatus
    duplicate_of: str | None = None


@dataclass(slots=True)
class IncidentFilter:
    """Filters shared by the CLI, the Python API and the REST API."""

    since: date | None = None
    until: date | None = None
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    event_type: str | None = None
    min_sources: int | None = None
    has_conflict: bool | None = None
    query: str | None = None
    sort: str = "date"  # date | -date | sources | -sources
    limit: int | None = None
    offset: int = 0
    cursor: list[Any] | None = None  # sort values of the last row of the previous page


@dataclass(slots=True)
class StoredIncident:
    """An incident as the store keeps it: its id, its mention ids and its output-contract view."""

    id: str
    mention_ids: list[str]
    summary: dict[str, Any] = field(default_factory=dict)
    block_keys: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Correction:
    """A human decision kept across re-runs: split mentions out of, or merge, incidents."""

    action: Literal["split", "merge"]
    mention_ids: tuple[str, ...]
    note: str | None = None


class Store(ABC):
    """Persistence for articles, rejections, mentions, incidents and corrections."""

    url: str

    # --- articles -------------------------------------------------------------------------
    @abstractmethod
    def add_articles(self, articles: Sequence[Article]) -> list[AddOutcome]:
        """Store articles in one transaction; an id already present is reported `duplicate`.

        `near_duplicate` is reported when the article carries `duplicate_of` (set by dedup).
        """

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None:
        """One article by id (or unique id prefix of at least 6 characters)."""

    @abstractmethod
    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[Article]:
        """Articles ordered by publication date then id."""

    @abstractmethod
    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        """Every article, streamed."""

    @abstractmethod
    def count_articles(self) -> int: ...

    @abstractmethod
    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record why files or records could not be read (kept for `newsledger rejections`)."""

    @abstractmethod
    def list_rejections(self) -> list[Rejection]: ...

    # --- near-duplicate index (MinHash LSH bands) -------------------------------------------
    @abstractmethod
    def add_lsh_bands(self, article_id: str, bands: Sequence[str], signature: bytes) -> None:
        """Remember an article's MinHash band keys and signature for near-duplicate lookups."""

    def add_lsh_bands_many(self, entries: Sequence[tuple[str, Sequence[str], bytes]]) -> None:
        """`add_lsh_bands` for a whole ingest batch of (article id, bands, signature).

        This default calls `add_lsh_bands` once per article; a backend overrides it to write the
        batch in one transaction (ingest calls it once per batch).
        """
        for article_id, bands, signature in entries:
            self.add_lsh_bands(article_id, bands, signature)

    @abstractmethod
    def find_by_lsh_bands(self, bands: Sequence[str]) -> list[tuple[str, bytes]]:
        """(article id, signature) of stored articles sharing at least one band key."""

    # --- mentions ---------------------------------------------------------------------------
    @abstractmethod
    def save_mentions(self, article_id: str, mentions: Sequence[Mention]) -> None:
        """Replace an article's mentions (and their claims and quotes) in one transaction."""

    @abstractmethod
    def get_mentions(self, article_id: str) -> list[Mention]: ...

    @abstractmethod
    def get_mention(self, mention_id: str) -> Mention | None: ...

    @abstractmethod
    def iter_mentions(self) -> Iterator[Mention]: ...

    @abstractmethod
    def article_ids_without_mentions(self) -> list[str]:
        """Articles that have not been through extraction yet (so a re-run resumes)."""

    @abstractmethod
    def mentions_in_no_incident(self) -> list[Mention]:
        """Stored mentions that no incident holds: extracted, but their merge never ran to its
        end (a run killed between the two), so the next ingest merges them (a re-run resumes)."""

    # --- incidents --------------------------------------------------------------------------
    @abstractmethod
    def save_incidents(
        self, incidents: Sequence[StoredIncident], remove_ids: Sequence[str] = ()
    ) -> None:
        """Upsert incidents (and their mention links and block keys), delete `remove_ids`."""

    @abstractmethod
    def get_incident(self, incident_id: str) -> StoredIncident | None: ...

    @abstractmethod
    def incident_moved_to(self, incident_id: str) -> list[str]:
        """The incidents (ids, sorted) that now hold mentions which were once in `incident_id`
        (recorded by `save_incidents` whenever a mention leaves an id): where a retired id
        went, or where a live incident's split-off reports are. Empty when none moved."""

    def incident_summary(self, incident_id: str) -> dict[str, Any] | None:
        """An incident's output-contract view alone (what the API serves), or None."""
        incident = self.get_incident(incident_id)
        return None if incident is None else incident.summary

    @abstractmethod
    def list_incidents(self, flt: IncidentFilter | None = None) -> list[StoredIncident]: ...

    @abstractmethod
    def incident_ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Incident ids starting with `prefix` (6+ characters), at most `limit`, in id order."""

    @abstractmethod
    def count_incidents(self, flt: IncidentFilter | None = None) -> int: ...

    @abstractmethod
    def incidents_for_blocks(
        self, block_keys: Sequence[str], *, with_blocks: bool = True
    ) -> list[StoredIncident]:
        """Candidate incidents sharing a blocking key (never a scan of every incident); with
        `with_blocks=False` their own block keys are left empty (merging never reads them, and
        an incident stores about a hundred)."""

    @abstractmethod
    def incident_for_mention(self, mention_id: str) -> str | None: ...

    def incidents_for_mentions(self, mention_ids: Collection[str]) -> dict[str, str]:
        """The incident of each of `mention_ids` that is in one (a mention in none is left
        out): a page or a listing of many mentions asks once, not once per mention."""
        found = {m: self.incident_for_mention(m) for m in mention_ids}
        return {m: incident for m, incident in found.items() if incident is not None}

    @abstractmethod
    def incidents_for_articles(self, article_ids: Collection[str]) -> dict[str, list[str]]:
        """The incidents each of `article_ids` feeds (by its mentions; main mention's first,
        each once), an article feeding none left out: the articles page asks once a page."""

    def has_incident(self, incident_id: str) -> bool:
        """Whether an incident of this id is stored (without loading it)."""
        return self.get_incident(incident_id) is not None

    # --- corrections ------------------------------------------------------------------------
    @abstractmethod
    def add_correction(self, correction: Correction) -> None: ...

    @abstractmethod
    def list_corrections(self) -> list[Correction]: ...

    @abstractmethod
    def correction_records(
        self, article_ids: Collection[str] | None = None
    ) -> list[dict[str, Any]]:
        """Every correction as {number, action, mention_ids, note, created_at}, oldest first;
        with `article_ids`, only those naming a mention of one of these articles."""

    @contextmanager
    def merge_lock(self) -> Iterator[None]:
        """Held while incidents are read, resolved and saved, so two processes merging at once
        cannot both miss each other's new incident. The default (one process) does nothing."""
        yield

    def own_files(self) -> frozenset[Path]:
        """The files the store itself keeps on disk (a SQLite ledger's), which an ingest of
        their folder must not read as articles. The default keeps none."""
        return frozenset()

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
