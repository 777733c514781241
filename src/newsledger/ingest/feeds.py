"""RSS and Atom feeds (feedparser): each entry with text becomes an article."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
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
    parsed at all is one Rejection for the file. An item whose CDATA section is never closed is
    cut out before parsing and refused by name: left in, its CDATA would swallow the next item.
    Positions count the items as the file has them, refused ones included.
    """
    path = Path(path)
    origin = str(path)
    rejection = too_large(path, MAX_FEED_FILE_BYTES, "feed")
    if rejection:
        yield rejection
        return
    raw = path.read_bytes()
    broken = items_with_unclosed_cdata(raw)
    parsed = feedparser.parse(without_items(raw, broken))
    entries = parsed.get("entries") or []
    for item in broken:
        yield Rejection(f"{origin}#{item.position}", item.reason)
    if not entries and broken:
        return  # every item was refused, each by name
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
    broken_positions = {item.position for item in broken}
    numbers = (n for n in range(1, len(entries) + len(broken) + 1) if n not in broken_positions)
    for number, entry in zip(numbers, entries, strict=False):
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


_FEED_MARKUP = re.compile(rb"<!\[CDATA\[|\]\]>|<(/?)(item|entry)(?=[\s>/])[^>]*>", re.IGNORECASE)
_ITEM_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_CDATA_WRAP = re.compile(r"<!\[CDATA\[|\]\]>")


@dataclass(frozen=True)
class BrokenItem:
    """A feed item cut out before parsing: where it is in the file and why it was refused."""

    position: int
    start: int
    end: int
    reason: str


def items_with_unclosed_cdata(raw: bytes) -> list[BrokenItem]:
    """The items in which a CDATA section opens and is still open when the next item starts
    (or the feed ends).

    An XML parser reads on to the next "]]>", wherever it is, so the next item's markup became
    this item's text and that item was lost (feedparser reports no error). Markup is walked in
    order, so "<item>" or "]]>" written inside a closed CDATA section counts for nothing; the
    broken item ends at the last item close seen inside its open section.
    """
    if b"<![CDATA[" not in raw:
        return []
    broken: list[BrokenItem] = []
    position = 0
    item_start: int | None = None
    cdata_open = False
    last_close: int | None = None  # end of the last item close read inside the open section

    def cut() -> None:
        if item_start is not None and last_close is not None:
            span = raw[item_start:last_close]
            broken.append(BrokenItem(position, item_start, last_close, _unclosed_reason(span)))

    for found in _FEED_MARKUP.finditer(raw):
        markup, closing = found.group(0), bool(found.group(1))
        if cdata_open and markup == b"]]>":
            cdata_open, last_close = False, None
        elif cdata_open and closing:
            last_close = found.end()
        elif cdata_open and markup.startswith(b"<") and markup != b"<![CDATA[":
            if last_close is None:
                continue  # "<item>" written inside the section, before any close
            cut()  # the next item opens: the section was never closed
            cdata_open, last_close = False, None
            position, item_start = position + 1, found.start()
        elif cdata_open:
            continue  # "<![CDATA[" inside a section is text
        elif markup == b"<![CDATA[":
            cdata_open = True
        elif closing:
            item_start = None
        elif markup != b"]]>":
            position, item_start = position + 1, found.start()
    if cdata_open:
        cut()  # the last item's section runs to the end of the feed
    return broken


def _unclosed_reason(item: bytes) -> str:
    title = _ITEM_TITLE.search(item)
    written = title.group(1).decode("utf-8", "replace") if title else ""
    name = html.unescape(_CDATA_WRAP.sub("", written)).strip()
    named = f'feed item "{name}"' if name else "untitled feed item"
    return f"{named} has a CDATA section that is never closed (no ']]>' before its end): skipped"


def without_items(raw: bytes, items: list[BrokenItem]) -> bytes:
    """The feed with these items cut out, so the parser reads the others whole."""
    kept: list[bytes] = []
    cursor = 0
    for item in items:
        kept.append(raw[cursor : item.start])
        cursor = item.end
    kept.append(raw[cursor:])
    return b"".join(kept)
