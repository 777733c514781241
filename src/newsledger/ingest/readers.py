"""Pick the reader for each file by its content and extension, and read paths of any kind."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsledger.ingest.feeds import read_feed
from newsledger.ingest.html import read_html
from newsledger.ingest.jsonl import read_jsonl
from newsledger.ingest.sources import Format, ReadItem, expand_paths, read_head, sniff_format
from newsledger.ingest.text import read_text
from newsledger.ingest.warc import read_warc
from newsledger.model import Rejection

log = logging.getLogger(__name__)

Reader = Callable[[Path], Iterator[ReadItem]]

READERS: dict[Format, Reader] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "warc": read_warc,
}

SINGLE_ARTICLE_FORMATS: frozenset[Format] = frozenset({"text", "html"})
"""Formats with one article per file (so the number of files is the number of articles)."""


def detect_format(path: Path) -> Format | Rejection:
    """The format of one existing file, or a Rejection (empty, binary, unreadable)."""
    try:
        head = read_head(path)
    except OSError as exc:
        return Rejection(str(path), f"file cannot be read: {exc.strerror or exc}")
    return sniff_format(path, head)


def read_file(path: str | Path) -> Iterator[ReadItem]:
    """Everything one file holds. Never raises for bad content: it yields a Rejection instead.

    The broad `except Exception` is the per-file error boundary (spaCy's `set_error_handler`
    idea): one file a library cannot handle must not stop a batch of thousands, and the
    reason is recorded, never dropped.
    """
    path = Path(path)
    fmt = detect_format(path)
    if isinstance(fmt, Rejection):
        yield fmt
        return
    try:
        yield from READERS[fmt](path)
    except Exception as exc:  # per-file boundary: the reason is recorded
        log.debug("reading %s failed", path, exc_info=True)
        yield Rejection(str(path), f"{fmt} reader failed: {type(exc).__name__}: {exc}")


def read_paths(paths: Sequence[str | Path]) -> Iterator[ReadItem]:
    """Everything under `paths` (files, folders recursively, globs), in a stable order."""
    for entry in expand_paths(list(paths)):
        if isinstance(entry, Rejection):
            yield entry
        else:
            yield from read_file(entry)
