"""WARC and WARC.gz archives (warcio), as Common Crawl's CC-NEWS ships them.

Every HTML `response` record becomes an article: url from WARC-Target-URI (or the page's canonical
link), date from the page, else the record's WARC-Date (crawl time, within hours of publication in
CC-NEWS). Request, metadata and warcinfo records are not articles and are skipped silently.

A truncated archive (an interrupted download) yields the records before the damage plus one
Rejection for the rest. Truncation shows up three ways in warcio: an exception while parsing the
next header, a record whose block is shorter than its Content-Length, or an iterator that stops
silently before the end of the file; each is checked.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsledger.ingest.html import html_to_article
from newsledger.ingest.sources import MAX_HTML_FILE_BYTES, ReadItem
from newsledger.model import Rejection

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

UNCOMPRESSED_RECORD_GAP = 4
"""An uncompressed WARC separates records with CRLF CRLF, which warcio leaves out of a record's
length: up to this many unread bytes at the end of the file are not a truncation."""

_PARSE_ERRORS = (
    ArchiveLoadFailed,
    EOFError,
    OSError,
    ValueError,
    TypeError,
    AttributeError,  # warcio dereferences a missing header line of a cut record
    zlib.error,
)


def read_warc(path: str | Path) -> Iterator[ReadItem]:
    """Articles from every HTML response record of a WARC file (gzip or not)."""
    path = Path(path)
    origin = str(path)
    size = path.stat().st_size
    records = 0
    end = 0
    compressed = False
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                records += 1
                compressed = iterator.reader.decompressor is not None
                item = _record_item(record, f"{origin}#{records}")
                iterator.read_to_end(record)
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield _truncated(origin, records - 1)
                    return
                end = iterator.get_record_offset() + iterator.get_record_length()
                if item is not None:
                    yield item
        except _PARSE_ERRORS as exc:
            yield _truncated(origin, records - 1 if records else 0, exc)
            return
    slack = 0 if compressed else UNCOMPRESSED_RECORD_GAP
    if records == 0:
        yield Rejection(origin, "no WARC record could be read (not a WARC file, or corrupt)")
    elif size - end > slack:
        yield _truncated(origin, records)


def _truncated(origin: str, complete: int, exc: BaseException | None = None) -> Rejection:
    detail = f" ({type(exc).__name__})" if exc else ""
    return Rejection(
        origin,
        f"WARC is truncated or corrupt after record {complete}{detail}: "
        "records before it were read, the rest is lost; download the file again",
    )


def _record_item(record: Any, origin: str) -> ReadItem | None:
    """The article of one response record, a Rejection, or None for records that are not pages."""
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is not None:
        status = (http.get_statuscode() or "").strip()
        if status and not status.startswith("2"):
            return Rejection(origin, f"HTTP status {status} for {url}: not a page")
    content_type = (http.get_header("Content-Type") if http is not None else None) or ""
    payload = record.content_stream().read(MAX_HTML_FILE_BYTES + 1)
    if len(payload) > MAX_HTML_FILE_BYTES:
        return Rejection(origin, f"page {url} is larger than the HTML cap: skipped")
    is_html = content_type.lower().startswith(HTML_CONTENT_TYPES) or (
        not content_type and b"<html" in payload[:2048].lower()
    )
    if not is_html:
        return Rejection(origin, f"response {url} is not HTML ({content_type or 'no type'})")
    try:
        return html_to_article(
            payload,
            origin=origin,
            url=url,
            fallback_date=_warc_date(record.rec_headers.get_header("WARC-Date")),
        )
    except Exception as exc:  # per-record boundary: one odd page must not lose the archive's rest
        return Rejection(origin, f"page {url} could not be read: {type(exc).__name__}: {exc}")


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None
