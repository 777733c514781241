"""The Python API: `newsledger.open(url)` gives a `Ledger` over one store.

    import newsledger
    ledger = newsledger.open("sqlite:///newsledger.db")
    ledger.ingest(["examples/articles"])
    for incident in ledger.incidents(since="2021-12-01", place="Calais"):
        print(incident["date"], incident["event_type"], incident["sources"])

The CLI, the REST API and the Spark job are thin shells over these methods and the stage
functions they call.
"""

from __future__ import annotations

import calendar
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.errors import BadFilterError, IncidentMovedError, NotFoundError
from newsledger.extract.event_words import SUB_EVENT_TYPES
from newsledger.model import Article, Mention
from newsledger.settings import db_url
from newsledger.store.base import Correction, IncidentFilter, Store
from newsledger.store.filters import SORT_HINT, SORTS, type_pair

ProgressCallback = Callable[[int, int | None], None]


def check_whole_number(name: str, value: object) -> int | None:
    """A count filter, limit or offset from Python as a plain int of 0 or more (or None).

    A string from argparse or a form ("2") failed deep in the store with "'<' not supported
    between 'str' and 'int'". Any integer type is taken (`operator.index`: numpy's and
    pandas' int64 too), and given back as an int, which every database driver binds; a bool
    is refused, since `min_sources=True` is a slip, not a count."""
    if value is None:
        return None
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        number = None
    if isinstance(value, bool) or number is None:
        raise BadFilterError(f"{name}={value!r}: give a whole number (an int), 0 or more")
    if number < 0:
        raise BadFilterError(f"{name}={value!r}: give a whole number, 0 or more")
    return number


def article_json(article: Article) -> dict[str, Any]:
    """The `newsledger articles --json` view of an article (docs/schema.md)."""
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "published_precision": article.published_precision,
        "published_from": article.published_from,
        "duplicate_of": article.duplicate_of,
        "author": article.author,
        "origin": article.origin,
        "ingested_at": article.ingested_at.isoformat() if article.ingested_at else None,
    }


def mention_id_parts(mention_id: str) -> tuple[str, str] | None:
    """(article id or its prefix, index text) of 'ARTICLE_ID:INDEX', or None when no article
    part stands before a ':'; the index is not checked (`split` wants digits, `mention_id`
    passes it on). One reading for both, so they cannot part ways."""
    article_part, _, index = mention_id.strip().rpartition(":")
    return (article_part, index) if article_part else None


def parse_date_filter(value: str | date | None, name: str, *, last: bool = False) -> date | None:
    """A filter date from 'YYYY-MM-DD' (or a date); a clear error naming `name` otherwise. A
    year or a month ('2023', '2023-06') is its first day, or its last with `last` (`until`),
    so `--since 2023 --until 2023` is the year 2023 (a user asking for a year typed it so, and
    was refused)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    try:
        if PERIOD.fullmatch(text):
            year, _, month = text.partition("-")
            if not last:
                return date(int(year), int(month or 1), 1)
            last_month = int(month or 12)
            return date(int(year), last_month, calendar.monthrange(int(year), last_month)[1])
        return date.fromisoformat(text)
    except ValueError as exc:
        raise BadFilterError(f"{name}={value!r} is not a date: {DATE_HINT}") from exc


PERIOD = re.compile(r"\d{4}(?:-\d{2})?")
"""A year or a month as a filter date: '2023', '2023-06'."""
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
"""A filter date as the API's `since` / `until` take it: a day, or a `PERIOD`."""
DATE_HINT = "use YYYY-MM-DD (or YYYY-MM, YYYY)"
"""What a refused filter date is told (CLI, Python API and the API's `PATTERN_HINTS`)."""


@dataclass(slots=True)
class IngestReport:
    """What `Ledger.ingest` did: the ingest summary, then extraction and merging counts."""

    ingest: Any
    extracted_articles: int = 0
    mentions: int = 0
    incidents_touched: int = 0
    mentions_waiting: int = 0
    """Stored mentions in no incident after this run: a run killed between its extraction and
    its merge left them, or another run is extracting now (see `_extract_and_merge`)."""
    extraction_failures: list[tuple[str, str]] = field(default_factory=list)


def check_event_type(event_type: str) -> None:
    """An ACLED event type or sub-event type, in any case. Anything else ("Riot", "shooting")
    would match nothing, and the reader would take the empty answer for no incidents."""
    pair = type_pair(event_type)
    if pair is not None:
        kinds = {sub.lower(): kind.lower() for sub, kind in SUB_EVENT_TYPES.items()}
        kind, sub = pair[0].lower(), pair[1].lower()
        if kinds.get(sub) == kind:
            return
        if kind in kinds.values() and sub in kinds:
            raise BadFilterError(
                f"type={event_type!r}: {pair[1]!r} is a sub-event type of "
                f"{SUB_EVENT_TYPES[_canonical(sub)]}, not of {pair[0]}"
            )
    known = {t.lower() for t in SUB_EVENT_TYPES} | {t.lower() for t in SUB_EVENT_TYPES.values()}
    if event_type.strip().lower() not in known:
        types = sorted(set(SUB_EVENT_TYPES.values()))
        raise BadFilterError(
            f"type={event_type!r} is no ACLED event type or sub-event type: use one of "
            f"{', '.join(types)}, or a sub-event type such as 'Mob violence' or 'Attack' "
            "(docs/event-types.md); a type and its sub-event type as lists show them, "
            "'Riots / Mob violence', also works"
        )


def _canonical(sub_event_type: str) -> str:
    """The sub-event type as `SUB_EVENT_TYPES` writes it, whatever its case."""
    return next(t for t in SUB_EVENT_TYPES if t.lower() == sub_event_type.lower())


def short_id_hint(given: str) -> str:
    """Why a short id found nothing: a prefix needs MIN_PREFIX characters ("show 4370" said
    only "no article '4370'", as if none started so)."""
    from newsledger.store.sql import MIN_PREFIX

    key = given.strip()
    if 0 < len(key) < MIN_PREFIX:
        return f" (a shortened id needs at least {MIN_PREFIX} characters)"
    return ""


class Ledger:
    """One incident ledger over one store (SQLite file or PostgreSQL)."""

    def __init__(self, url: str | None = None) -> None:
        from newsledger.store import open_store

        self.url = db_url(url)
        self.store: Store = open_store(self.url)

    # --- writing ------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        extract: bool = True,
        on_progress: ProgressCallback | None = None,
        on_extract_progress: ProgressCallback | None = None,
        on_merge_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Read files, store new articles, then extract and merge what is not done yet; each
        stage reports `(done, total)` to its own callback."""
        from newsledger.ingest.runner import ingest_paths

        summary = ingest_paths([str(p) for p in paths], self.store, on_progress=on_progress)
        report = IngestReport(ingest=summary)
        if extract:
            self._extract_and_merge(report, on_extract_progress, None, on_merge_progress)
        return report

    def extract(
        self,
        *,
        force: bool = False,
        on_progress: ProgressCallback | None = None,
        on_merge_progress: ProgressCallback | None = None,
        count_waiting: bool = True,
    ) -> IngestReport:
        """Extract articles not extracted yet (all of them with `force`) and re-merge;
        `on_progress(done, total)` follows the extraction, `on_merge_progress` the merge, as
        `ingest`'s do. `count_waiting=False` skips counting the mentions left in no incident
        (a scan of every mention: about 0.5 s at 500k), for a caller that shows no report, such
        as an API POST."""
        report = IngestReport(ingest=None)
        ids = [a.id for a in self.store.iter_articles()] if force else None
        self._extract_and_merge(report, on_progress, ids, on_merge_progress, count_waiting)
        return report

    def _extract_and_merge(
        self,
        report: IngestReport,
        on_progress: ProgressCallback | None,
        article_ids: Sequence[str] | None = None,
        on_merge_progress: ProgressCallback | None = None,
        count_waiting: bool = True,
    ) -> None:
        """Extract, then merge what was extracted under the merge lock (taken only when there
        is something to merge: a duplicate-only ingest never waits on another process's merge).

        Mentions are saved per article as they are extracted and merged at the end, so a run
        killed in between leaves them in no incident; nothing committed is lost, and the report
        counts them (`mentions_waiting`) for the user, who merges them with `resolve`. This run
        does not pick them up: in the store a killed run's mentions look the same as those of a
        run that is still extracting, and merging the latter here would merge them twice (and
        hand an API POST minutes of another run's merge). `resolve` rebuilds every incident
        from every mention, so running it twice, or while a run extracts, merges nothing twice."""
        from newsledger.extract.runner import extract_stored
        from newsledger.merge.resolve import add_mentions

        summary = extract_stored(self.store, article_ids, on_progress=on_progress)
        report.extracted_articles = summary.articles
        report.mentions = summary.mentions
        report.extraction_failures = summary.failures
        extracted: list[Mention] = [m for ms in summary.extracted.values() for m in ms]
        if extracted:
            with self.store.merge_lock():
                wanted = sorted({m.article_id for m in extracted})
                articles = {aid: a for aid in wanted if (a := self.store.get_article(aid))}
                touched = add_mentions(self.store, extracted, articles, on_merge_progress)
                report.incidents_touched = len(touched)
        if count_waiting:
            report.mentions_waiting = len(self.store.mentions_in_no_incident())

    def resolve(self, on_progress: ProgressCallback | None = None) -> int:
        """Re-resolve every mention into incidents from scratch (deterministic, keeping human
        corrections); returns the number of incidents."""
        from newsledger.merge.resolve import rebuild_incidents

        with self.store.merge_lock():
            return rebuild_incidents(self.store, on_progress)

    def split(self, mention_ids: Sequence[str], note: str | None = None) -> str | None:
        """Human correction: these mentions are not the incident they were merged into.
        Returns the id of the incident they now form. A mention id may start with a unique
        article-id prefix ("4370d4ba:0"), as `show` takes."""
        from newsledger.merge.resolve import apply_correction

        for given in mention_ids:
            parts = mention_id_parts(given)
            if parts is None or not parts[1].isdigit():
                if self.store.has_incident(self.incident_id(given)):
                    raise BadFilterError(
                        f"{given!r} is an incident id: split takes the ids of the mentions to "
                        f"take out of it, ARTICLE_ID:INDEX, as `newsledger incident {given}` "
                        "lists them"
                    )
                raise BadFilterError(
                    f"{given!r} is no mention id: a mention id is ARTICLE_ID:INDEX "
                    "('4370d4ba:0'), as `newsledger incident ID` lists them"
                )
        full = tuple(self.mention_id(m) for m in mention_ids)
        with self.store.merge_lock():
            apply_correction(self.store, Correction("split", full, note))
        return self.store.incident_for_mention(full[0]) if full else None

    def merge(self, incident_ids: Sequence[str], note: str | None = None) -> str | None:
        """Human correction: these incidents are one. Returns the merged incident's id (its
        id is that of its earliest mention, so it may be none of the ids given)."""
        from newsledger.merge.resolve import apply_correction

        ids = list(dict.fromkeys(self.incident_id(i) for i in incident_ids))
        if len(ids) < 2:
            raise BadFilterError(
                "merge takes two or more different incident ids (one incident is already one)"
            )
        mention_ids: list[str] = []
        for incident_id in ids:
            incident = self.store.get_incident(incident_id)
            if incident is None:
                raise NotFoundError(
                    f"no incident {incident_id!r}: list them with `newsledger incidents`"
                )
            mention_ids.extend(incident.mention_ids)
        with self.store.merge_lock():
            apply_correction(self.store, Correction("merge", tuple(mention_ids), note))
        return self.store.incident_for_mention(mention_ids[0]) if mention_ids else None

    def corrections(self, summary: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The human corrections, oldest first; with an incident's summary, those that moved
        one of its mentions (a fact-checker asks whether a person joined or parted it)."""
        if summary is None:
            return self.store.correction_records()
        mine = {str(m.get("mention_id")) for m in summary.get("mentions") or []}
        rows = self.store.correction_records({m.split(":", 1)[0] for m in mine})
        return [r for r in rows if mine & set(r["mention_ids"])]

    def incident_id(self, incident_id: str) -> str:
        """The full id for an id or a unique prefix of 6+ characters (as article ids take);
        an unknown id is returned as given, for the caller's own not-found message."""
        key = incident_id.strip()
        if self.store.has_incident(key):
            return key
        found = self.store.incident_ids_with_prefix(key)
        if len(found) > 1:
            raise NotFoundError(
                f"incident id prefix {key!r} matches several incidents ({found[0]}, "
                f"{found[1]}, ...): give more characters"
            )
        return found[0] if found else key

    def mention_id(self, mention_id: str) -> str:
        """ARTICLE_ID:INDEX with the article id completed from a unique prefix."""
        key = mention_id.strip()
        parts = mention_id_parts(key)
        if parts is None:
            return key
        article = self.store.get_article(parts[0])
        return f"{article.id}:{parts[1]}" if article is not None else key

    # --- reading ------------------------------------------------------------------------------
    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles in the `articles --json` form, a page at a time (a negative
        `limit` was every article on SQLite and a StoreError on PostgreSQL)."""
        limit = check_whole_number("limit", limit)
        start = check_whole_number("offset", offset) or 0
        return [article_json(a) for a in self.store.list_articles(limit=limit, offset=start)]

    def article(self, article_id: str) -> Article:
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFoundError(
                f"no article {article_id!r}{short_id_hint(article_id)}: list ids with "
                "`newsledger articles`"
            )
        return article

    def mentions(self, article_id: str) -> list[Mention]:
        return self.store.get_mentions(self.article(article_id).id)

    def incident_filter(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        place: str | None = None,
        type: str | None = None,
        min_sources: int | None = None,
        has_conflict: bool | None = None,
        query: str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        sort: str = "date",
        limit: int | None = None,
        offset: int = 0,
    ) -> IncidentFilter:
        """Build (and check) a filter shared by every front end."""
        if sort not in SORTS:
            raise BadFilterError(f"sort={sort!r}: {SORT_HINT}")
        min_sources = check_whole_number("min_sources", min_sources)
        limit = check_whole_number("limit", limit)
        offset = check_whole_number("offset", offset) or 0
        if has_conflict is not None and not isinstance(has_conflict, bool):
            raise BadFilterError(f"has_conflict={has_conflict!r}: give True, False or None")
        if type is not None and type.strip():
            check_event_type(type)
        return IncidentFilter(
            since=parse_date_filter(since, "since"),
            until=parse_date_filter(until, "until", last=True),
            place=place,
            bbox=bbox,
            event_type=type,
            min_sources=min_sources,
            has_conflict=has_conflict,
            query=query,
            sort=sort,
            limit=limit,
            offset=offset,
        )

    def incidents(self, **filters: Any) -> list[dict[str, Any]]:
        """Incidents in the output-contract form (docs/schema.md), filtered."""
        flt = self.incident_filter(**filters)
        return [inc.summary for inc in self.store.list_incidents(flt)]

    def count_incidents(self, **filters: Any) -> int:
        return self.store.count_incidents(self.incident_filter(**filters))

    def incident(self, incident_id: str) -> dict[str, Any]:
        """The incident's summary. An id a split, merge or re-resolution retired raises
        IncidentMovedError naming the incidents that hold its reports now."""
        summary = self.store.incident_summary(incident_id)
        if summary is None:
            summary = self.store.incident_summary(self.incident_id(incident_id))
        if summary is None:
            moved_to = self.store.incident_moved_to(incident_id.strip())
            if moved_to:
                raise IncidentMovedError(incident_id.strip(), moved_to)
            raise NotFoundError(
                f"no incident {incident_id!r}{short_id_hint(incident_id)}: list them with "
                "`newsledger incidents`"
            )
        return summary

    def moved_to(self, incident_id: str) -> list[str]:
        """Incidents holding reports that were once in this one (a live incident a split left
        behind, or a retired id): see `Store.incident_moved_to`."""
        return self.store.incident_moved_to(incident_id)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(url: str | None = None) -> Ledger:
    """Open (creating if needed) the ledger at `url` (default $NEWSLEDGER_DB, ./newsledger.db)."""
    return Ledger(url)
