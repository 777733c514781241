"""JSON Lines: one article per line, streamed so a file of any size reads in constant memory.

Fields: `text` (required), `url`, `title`, `published` (ISO date or datetime, or YYYY-MM / YYYY),
`outlet` (or `source`, the name many news datasets give that field, as a string or an object
with a `name`),
`language`, `author` (optional). A line that is not JSON, not an object or without text
is a Rejection naming the file and line number (in its origin and in its reason, with what to
do); every other line is still read.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from newsledger.ingest.article import make_article, parse_published
from newsledger.ingest.sources import MAX_ARTICLE_CHARS, IngestWarning, ReadItem, decode_bytes
from newsledger.model import Rejection

_GZIP_MAGIC = b"\x1f\x8b"
_OPTIONAL_TEXT_FIELDS = ("url", "title", "outlet", "source", "language", "author")


def read_jsonl(path: str | Path) -> Iterator[ReadItem]:
    """Articles from a JSON Lines file (plain or gzip-compressed)."""
    path = Path(path)
    with path.open("rb") as probe:
        compressed = probe.read(2) == _GZIP_MAGIC
    handle: IO[bytes] = (
        cast(IO[bytes], gzip.open(path, "rb")) if compressed else path.open("rb")  # noqa: SIM115
    )
    with handle:
        try:
            yield from _read_lines(handle, str(path))
        except (OSError, EOFError) as exc:
            yield Rejection(str(path), f"file could not be read to the end: {exc}")


def _read_lines(handle: IO[bytes], origin: str) -> Iterator[ReadItem]:
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        line_origin = f"{origin}:{number}"
        if len(raw) > MAX_ARTICLE_CHARS * 4:  # at most 4 UTF-8 bytes per character
            yield Rejection(line_origin, "line is longer than the cap for one article: split it")
            continue
        line, warning = decode_bytes(raw, line_origin)
        if warning:
            yield warning
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(
                line_origin,
                f"line is not JSON: {json_problem(exc, number)}: each line must hold one whole "
                f"JSON object; fix or delete line {number} and ingest the file again (its other "
                "lines are read)",
            )
            continue
        yield from record_to_items(record, line_origin)


def json_problem(exc: json.JSONDecodeError, line: int | None = None) -> str:
    """The decoder's message with its position, worded once: the standard library's own message
    for some errors already ends in "at" ("Invalid control character at").

    Each JSONL line is decoded alone, so the decoder's own line is always 1: `line` is the line
    of the file, named so a user can find it ("column 1" alone sent people to the first line).
    """
    message = exc.msg.strip().removesuffix(" at").rstrip(":")
    where = f" of line {line}" if line is not None else ""
    return f"{message} at column {exc.colno}{where}"


def record_to_items(record: Any, origin: str) -> Iterator[ReadItem]:
    """The article of one decoded JSON record, with warnings, or a Rejection saying why not."""
    if not isinstance(record, dict):
        yield Rejection(origin, f"line is a JSON {type(record).__name__}, not an object")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Rejection(origin, "line has no 'text' field (or it is empty)")
        return
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            value = value["name"]  # {"source": {"id": ..., "name": "..."}}, as news APIs write it
        fields[name] = value if isinstance(value, str) else None
        if value is not None and not isinstance(value, str):
            yield IngestWarning(origin, f"field {name!r} is not a string; ignored")
    published = parse_published(record.get("published"))
    if published is None and record.get("published") not in (None, ""):
        yield IngestWarning(
            origin, f"published={record.get('published')!r} is not an ISO date; ignored"
        )
    yield make_article(
        text,
        origin=origin,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"] or fields["source"],
        author=fields["author"],
        language=fields["language"],
        published=published[0] if published else None,
        precision=published[1] if published else None,
        published_from="header" if published else None,
    )
