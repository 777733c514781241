"""Where articles come from: expand paths, sniff each file's format, decode bytes safely.

The readers share these helpers so every format treats empty, binary, oversized and badly encoded
input the same way: a `Rejection` with a one-line reason, or an `IngestWarning` next to the
article when the input was readable but damaged (invalid UTF-8 replaced with U+FFFD).
"""

from __future__ import annotations

import codecs
import glob
import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from newsledger.model import Article, Rejection

Format = Literal["text", "html", "feed", "jsonl", "warc"]


@dataclass(frozen=True, slots=True)
class IngestWarning:
    """Input that was stored but damaged or odd (for example invalid UTF-8 that was replaced)."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


ReadItem = Article | Rejection | IngestWarning
"""What every reader yields: articles, rejections (with a reason) and warnings."""

SNIFF_BYTES = 64 * 1024
"""How much of a file is looked at to decide its format and whether it is text at all."""

MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024
"""Cap for a single-article plain-text file. Long news features run to ~100 KB of text; a file
twenty times that size is a dump of many articles (or not an article), and reading it whole would
cost memory and parse time downstream. It is rejected with a "split it" reason, not truncated, so no
article is stored cut short."""

MAX_HTML_FILE_BYTES = 20 * 1024 * 1024
"""Cap for one HTML page (file or WARC record). News pages carry inline scripts and JSON and reach
a few MB; a 20 MB page is not an article page and would make trafilatura slow."""

MAX_FEED_FILE_BYTES = 50 * 1024 * 1024
"""Cap for an RSS/Atom file, which feedparser parses whole in memory; real feeds are < 1 MB."""

MAX_ARTICLE_CHARS = 1_000_000
"""Cap on one record's text in streamed formats (JSON Lines, WARC): see MAX_TEXT_FILE_BYTES."""

BINARY_CONTROL_RATIO = 0.10
"""Share of control characters (other than tab, newline, carriage return, form feed) above which a
file is binary. Text in any language has almost none; images, PDFs and archives have many."""

HIDDEN_PREFIXES = (".", "~", "__")
"""Names skipped when a folder is walked: dot files, editor backups, __pycache__ and the like."""

_EXTENSION_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
}
_GZIP_MAGIC = b"\x1f\x8b"
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark begins it
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Each byte-order mark with the codec that reads it (and drops it): what Windows editors and
exporters write at the head of a Unicode file. The mark is the only sure sign of UTF-16 or UTF-32,
whose ASCII letters come with NUL bytes that would read as binary."""
UTF16_WITHOUT_MARK_SHARE = 0.9
"""Share of a file's odd (or even) bytes that are NUL above which it reads as UTF-16 written
without a byte-order mark: ASCII letters in UTF-16 take one NUL each; binary formats do not
put NUL at every other byte."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: list[str | Path]) -> Iterator[Path | Rejection]:
    """Every file under `paths`: folders recurse, globs expand, a missing path is a Rejection.

    Files inside a folder come in sorted order so runs are reproducible; hidden files and folders
    are skipped. A file named twice is read once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if path.exists():
            candidates: list[Path] = [path]
        elif any(ch in str(raw) for ch in _GLOB_CHARS):
            candidates = [Path(p) for p in sorted(glob.glob(str(path), recursive=True))]
            if not candidates:
                yield Rejection(str(raw), "no file matches this pattern")
                continue
        else:
            yield Rejection(str(raw), "path does not exist")
            continue
        for candidate in candidates:
            found = False
            for file in _walk(candidate):
                found = True
                key = file.resolve()
                if key not in seen:
                    seen.add(key)
                    yield file
            if not found and candidate.is_dir():
                yield Rejection(str(candidate), "folder holds no files to read")


def _walk(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(HIDDEN_PREFIXES))
        for name in sorted(files):
            if not name.startswith(HIDDEN_PREFIXES):
                yield Path(root) / name


def read_head(path: Path, size: int = SNIFF_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec a byte-order mark at the head names, else None (UTF-8 with or
    without its mark, or an 8-bit file, is read by `decode_bytes`' own steps)."""
    for mark, codec in BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return None if codec == "utf-8-sig" else codec
    return None


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text: a NUL byte, or many control characters."""
    if wide_encoding(head):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > BINARY_CONTROL_RATIO


def binary_reason(head: bytes) -> str:
    """Why bytes that `looks_binary` refused are no text, saying what to do when they are UTF-16
    saved without a byte-order mark (every other byte NUL), which is text after all."""
    pairs = len(head) // 2
    if pairs and any(
        head[start::2][:pairs].count(0) >= UTF16_WITHOUT_MARK_SHARE * pairs for start in (0, 1)
    ):
        return (
            "binary file, not text (NUL bytes at every other byte: UTF-16 saved without a "
            "byte-order mark?): save it as UTF-8, or as UTF-16 with a byte-order mark"
        )
    return "binary file, not text (NUL bytes or control characters)"


def decode_by_mark(data: bytes) -> str:
    """Bytes as text to look into (a format to sniff, a page's meta tags): by the byte-order mark
    when there is one, else as UTF-8; bad bytes (or a character cut at the end of a file's head)
    become U+FFFD, and no warning is made (`decode_bytes` makes the article's text)."""
    return data.decode(wide_encoding(data) or "utf-8-sig", errors="replace")


def decode_bytes(data: bytes, origin: str) -> tuple[str, IngestWarning | None]:
    """UTF-8 (or UTF-16 / UTF-32 by their byte-order mark) text; invalid bytes become U+FFFD and
    a warning says so.

    Bytes with no valid UTF-8 sequence beyond ASCII at all are an 8-bit file (Latin-1 or
    Windows-1252, what older archives and Windows editors save), read as Windows-1252 with a
    warning: "Café" had become "Caf\ufffd". A file that is mostly UTF-8 keeps UTF-8 with U+FFFD
    for its bad bytes (a stray byte in UTF-8 text is no sign of another encoding)."""
    wide = wide_encoding(data)
    if wide:
        text = data.decode(wide, errors="replace")
        bad = text.count("\ufffd")
        if bad:
            return text, IngestWarning(
                origin,
                f"invalid {wide.upper()} (the byte-order mark says {wide.upper()}); "
                f"{bad} character(s) replaced with U+FFFD",
            )
        return text, None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        valid = data.decode("utf-8", errors="ignore")  # the valid sequences only
        if valid.isascii():
            return _decode_8bit(data), IngestWarning(
                origin,
                f"invalid UTF-8 (first bad byte at offset {exc.start}) and no UTF-8 "
                "character at all: read as Windows-1252 (Latin-1)",
            )
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - valid.count("\ufffd")
        message = (
            f"invalid UTF-8 (first bad byte at offset {exc.start}); "
            f"{max(bad, 1)} byte sequence(s) replaced with U+FFFD"
        )
        return text, IngestWarning(origin, message)


def _decode_8bit(data: bytes) -> str:
    """Windows-1252, Latin-1's superset for the bytes 0x80-0x9F (curly quotes, dashes, the euro
    sign); the five bytes it leaves undefined, control characters in Latin-1, become U+FFFD."""
    return data.decode("cp1252", errors="replace")


def sniff_format(path: Path, head: bytes) -> Format | Rejection:
    """The file's format from its content first, then its extension; or why it cannot be read.

    Content wins because files are often misnamed (an .html saved as .txt, a feed as .xml or
    .php): WARC and gzip magic, an XML feed root, an HTML document, a JSON object per line.
    """
    origin = str(path)
    if not head:
        return Rejection(origin, "empty file")
    if head.startswith(_GZIP_MAGIC):
        inner = _gunzip_head(path)
        if inner is None:
            return Rejection(origin, "gzip file that cannot be decompressed (corrupt or truncated)")
        if inner.startswith(b"WARC/"):
            return "warc"
        if decode_by_mark(inner[:4096]).lstrip("\ufeff \t\r\n").startswith("{"):
            return "jsonl"  # UTF-16 and UTF-32 by their mark too
        return Rejection(origin, "gzip file that holds neither WARC records nor JSON Lines")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"SQLite format 3\x00"):  # another ledger beside the articles
        return Rejection(origin, "a SQLite database (a ledger?), not articles")
    if looks_binary(head):
        return Rejection(origin, binary_reason(head))
    lowered = decode_by_mark(head[:4096]).lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<?xml", "<rss", "<feed", "<rdf")) and any(
        tag in lowered for tag in ("<rss", "<feed", "<rdf:rdf", "<channel")
    ):
        return "feed"
    if lowered.startswith(("<!doctype html", "<html", "<?xml")) or any(
        tag in lowered for tag in ("<html", "<body")
    ):
        return "html"
    if lowered.startswith("{"):
        return "jsonl"
    return _EXTENSION_FORMATS.get(path.suffix.lower(), "text")


def _gunzip_head(path: Path) -> bytes | None:
    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(64)
    except (OSError, EOFError):
        return None


def too_large(path: Path, limit: int, what: str) -> Rejection | None:
    """A Rejection when `path` is over `limit` bytes, naming the size, the cap and what to do."""
    size = path.stat().st_size
    if size <= limit:
        return None
    return Rejection(
        str(path),
        f"{what} of {size / 1_048_576:.1f} MB is larger than the {limit / 1_048_576:.0f} MB cap "
        "for one article: split it into one file per article (or use JSON Lines)",
    )


_EMBEDDED_URL = re.compile(r"/https?:/{1,2}(?:www\.)?([^/?#:]+)", re.IGNORECASE)
"""An absolute URL inside another URL's path: web archives serve a page at
ARCHIVE/web/TIMESTAMP/http://site/page (gva_dev's 5,423 reports are all such links)."""


def outlet_from_url(url: str | None) -> str | None:
    """The URL's registered domain ("news.bbc.co.uk" -> "bbc.co.uk"): the outlet when the
    document names none.

    The registered domain (public suffix + one label, from the Public Suffix List bundled with
    the `tld` package, read offline) is what identifies a publisher: "edition.cnn.com" and
    "www.cnn.com" are one outlet. An archived copy (web archive links) is named by the archived
    page's site. Hosts that have no registered domain (an IP address,
    "localhost", an unknown suffix) are kept whole, without a leading "www.".
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:  # a malformed URL (bad port, brackets): no host to name
        return None
    if not host:
        return None
    embedded = _EMBEDDED_URL.search(parts.path)
    if embedded:  # an archived copy: the outlet is the archived page's site, not the archive
        host = embedded.group(1).lower()
    from tld import get_fld

    registered = get_fld(host, fix_protocol=True, fail_silently=True)
    if isinstance(registered, str) and registered:
        return registered
    return host.removeprefix("www.")


_HOST_LIKE = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z][\w-]*(?::\d+)?/?$", re.IGNORECASE)
"""A stated outlet that is only a host name or a site URL ("www.bbc.co.uk", "https://x.org/"):
trafilatura falls back to the URL's host when a page names no site, and some feeds and JSON
records carry a host where a name belongs."""


def outlet_name(stated: str | None, url: str | None) -> str | None:
    """The outlet of an article: the name the document states (og:site_name, JSON-LD publisher,
    feed title, a record's `outlet`), else the registered domain of its URL.

    A stated value that is only a host name is reduced to its registered domain like a URL, so
    "www.lemonde.fr" and "https://www.lemonde.fr/" from two readers name one outlet.
    """
    name = " ".join(stated.split()) if stated else ""
    if name and _HOST_LIKE.match(name):
        name = outlet_from_url(name if "://" in name else f"http://{name}") or name
    return name or outlet_from_url(url)
