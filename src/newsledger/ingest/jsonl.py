"""JSON Lines: one article per line, streamed so a file of any size reads in constant memory;
and JSON documents (a `.json` file holding one article object, or a list of them, written over
many lines), read whole, each list item named `file#N`.

Fields: `text` (required), `url`, `title`, `published` (ISO date or datetime, or YYYY-MM / YYYY),
`outlet` (or `source`, the name many news datasets give that field, as a string or an object
with a `name`),
`language`, `author` (optional). A line that is not JSON, not an object, without text or
whose text is too short for a report (`ingest.text.holds_a_report`, the rule a text file meets)
is a Rejection naming the file and line number (in its origin and in its reason, with what to
do); every other line is still read.
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from newsledger.ingest.article import make_article, parse_published
from newsledger.ingest.sources import (
    MAX_ARTICLE_CHARS,
    IngestWarning,
    ReadItem,
    decode_bytes,
    wide_encoding,
)
from newsledger.ingest.text import holds_a_report, too_short_reason
from newsledger.model import Rejection

_GZIP_MAGIC = b"\x1f\x8b"
# the first line of a pretty-printed document that is not a .json file
_DOCUMENT_OPENERS = (b"{", b"[")
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
            yield from _read_lines_or_document(_as_utf8(handle), path)
        except (OSError, EOFError) as exc:
            yield Rejection(str(path), f"file could not be read to the end: {exc}")


def _as_utf8(handle: IO[bytes]) -> IO[bytes]:
    """The file as UTF-8 bytes: UTF-16 and UTF-32 by their byte-order mark are re-encoded as
    they stream (split at UTF-8's line breaks, their lines were cut through characters and read
    as broken JSON); every other file is read as it is."""
    peek = getattr(handle, "peek", None)
    wide = wide_encoding(peek(4)[:4]) if peek is not None else None
    if wide is None:
        return handle
    text = io.TextIOWrapper(handle, encoding=wide, errors="replace", newline="\n")
    return cast(IO[bytes], _Utf8Lines(text))


class _Utf8Lines:
    """A text stream read as UTF-8 lines split at "\\n" only: JSON allows U+2028, U+2029 and
    U+0085 raw inside a string (`json.dumps(ensure_ascii=False)` writes them), and a reader that
    splits at every Unicode line break (`codecs.EncodedFile`, `str.splitlines`) cut such a
    record in two."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text

    def readline(self) -> bytes:
        return self._text.readline().encode("utf-8")

    def read(self) -> bytes:
        return self._text.read().encode("utf-8")

    def __iter__(self) -> Iterator[bytes]:
        return (line.encode("utf-8") for line in self._text)


def _read_lines_or_document(handle: IO[bytes], path: Path) -> Iterator[ReadItem]:
    """JSON Lines, unless the first line is no JSON value alone and the whole file is one: a
    pretty-printed object or list (each of its lines was rejected, 21 reasons for 2 articles).
    A `.json` file that is neither is one rejection with the document's error position.

    Only a `.json` file, or one whose first line is a bare `{` or `[`, is read whole: a JSON
    Lines file with a broken first line keeps streaming, in constant memory, each line capped."""
    origin = str(path)
    blank = 0
    first = handle.readline()
    while first and not first.strip():
        blank += 1
        first = handle.readline()
    if not first:
        return
    if _is_json(first):
        second = handle.readline()
        if not second and first.lstrip().startswith(b"["):  # a list on one line: a document
            yield from _read_document(first, origin)
            return
        yield from _read_lines(itertools.chain([first, second], handle), origin, start=blank + 1)
        return
    is_json_file = path.suffix.lower() == ".json"
    if not is_json_file and first.strip().removeprefix(codecs.BOM_UTF8) not in _DOCUMENT_OPENERS:
        # JSON Lines whose first line is broken: streamed, the other lines read (the whole file
        # is read into memory only when it may be one document)
        yield from _read_lines(itertools.chain([first], handle), origin, start=blank + 1)
        return
    data = b"\n" * blank + first + handle.read()
    if not is_json_file and not _is_json(data):
        yield from _read_lines(iter(data.splitlines(keepends=True)), origin)
        return
    yield from _read_document(data, origin)


def _read_document(data: bytes, origin: str) -> Iterator[ReadItem]:
    """One JSON document: an article object, or a list of them (`file#N`, from 1)."""
    text, warning = decode_bytes(data, origin)
    if warning:
        yield warning
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip())
        # the shared wording: the decoder's "Invalid control character at" is not doubled
        problem = (
            f"{_decoder_message(exc)} at the end (the file is cut short?)"
            if cut
            else json_problem(exc, exc.lineno)
        )
        yield Rejection(
            origin,
            f"not JSON: {problem}: a .json file must hold one JSON object or a list of them (or, "
            "as JSON Lines, one object per line)",
        )
        return
    if isinstance(document, list):
        for number, record in enumerate(document, start=1):
            yield from record_to_items(record, f"{origin}#{number}", what="list item")
    else:
        yield from record_to_items(document, origin, what="document")


def _is_json(raw: bytes) -> bool:
    """Whether one line holds a whole JSON value (JSON Lines), judged before decoding it."""
    try:
        json.loads(raw.decode("utf-8-sig", errors="replace"))
    except ValueError:
        return False
    return True


def _read_lines(lines: Iterable[bytes], origin: str, start: int = 1) -> Iterator[ReadItem]:
    for number, raw in enumerate(lines, start=start):
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
            # without its line break: "Invalid control character" and "column 1 of the next
            # line" were told of a line cut short, where "Unterminated string" is the problem
            record: Any = json.loads(line.rstrip("\r\n"))
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
    where = f" of line {line}" if line is not None else ""
    return f"{_decoder_message(exc)} at column {exc.colno}{where}"


def _decoder_message(exc: json.JSONDecodeError) -> str:
    """The decoder's message without the trailing "at" some of its messages end in."""
    return exc.msg.strip().removesuffix(" at").rstrip(":")


def record_to_items(record: Any, origin: str, what: str = "line") -> Iterator[ReadItem]:
    """The article of one decoded JSON record, with warnings, or a Rejection saying why not
    (`what` the record is to the reader: a line, a document, a list item)."""
    if not isinstance(record, dict):
        yield Rejection(origin, f"{what} is a JSON {type(record).__name__}, not an object")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Rejection(origin, f"{what} has no 'text' field (or it is empty)")
        return
    if not holds_a_report(text):  # the rule a text file meets: "hi" or a lone title is no report
        yield Rejection(origin, too_short_reason(text, f"the {what}'s text"))
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
