"""RSS and Atom feeds (feedparser): each entry with text becomes an article."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from newsledger.ingest.article import make_article
from newsledger.ingest.html import fragment_to_text
from newsledger.ingest.sources import MAX_FEED_FILE_BYTES, IngestWarning, ReadItem, too_large
from newsledger.model import Rejection


def read_feed(path: str | Path) -> Iterator[ReadItem]:
    """One article per feed entry: full content when the feed carries it, else the summary.

    The feed's title is the outlet, the entry's published (else updated) date its date with day
    precision. An entry with no text is a Rejection naming its position; a feed that cannot be
    parsed at all is one Rejection for the file.
    """
    path = Path(path)
    origin = str(path)
    rejection = too_large(path, MAX_FEED_FILE_BYTES, "feed")
    if rejection:
        yield rejection
        return
    parsed = feedparser.parse(path.read_bytes())
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"feed has no entries ({problem})" if problem else "feed has no entries"
        yield Rejection(origin, reason.replace("\n", " "))
        return
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        yield IngestWarning(origin, f"feed is malformed, read anyway: {parsed['bozo_exception']}")
    feed_info = parsed.get("feed") or {}
    outlet = feed_info.get("title")
    feed_language = feed_info.get("language")
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{number}"
        body = _entry_text(entry)
        if not body.strip():
            yield Rejection(entry_origin, "feed entry has neither content nor summary")
            continue
        published = _entry_date(entry)
        yield make_article(
            body,
            origin=entry_origin,
            title=entry.get("title"),
            url=entry.get("link"),
            outlet=outlet,
            author=entry.get("author"),
            language=_entry_language(entry) or feed_language,
            published=published,
            precision="day" if published else None,
            published_from="feed" if published else None,
        )


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and its summary, HTML stripped."""
    candidates = [block.get("value", "") for block in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return fragment_to_text(best)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_language(entry: Any) -> str | None:
    for block in entry.get("content") or []:
        if block.get("language"):
            return str(block["language"])
    detail = entry.get("summary_detail") or {}
    language = detail.get("language")
    return str(language) if language else None
