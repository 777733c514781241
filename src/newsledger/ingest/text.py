"""Plain-text articles in the seed format.

    <blank lines>
     date 2021-12-31 Headline or whole lead paragraph
    <blank line>
    Body paragraphs...

The first non-empty line is the title, unless it is a publication stamp and nothing more
("Publié le 03/04/2022 à 10h12", `ingest.published.is_stamp_line`): then the first line after
the stamps is. An optional leading ` date YYYY-MM-DD` (or `YYYY-MM`,
`YYYY`) on it is the publication date with its precision (day, month, year); the marker is removed
from the text and nothing else is. No date is invented when the marker is absent.

`Article.text` is the whole file normalised, minus the date marker. When the first line is a whole
lead paragraph rather than a headline, `title` is a short cut of it (see `short_title`) while the
text keeps the full paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from newsledger.ingest.article import clean_line, make_article
from newsledger.ingest.published import is_stamp_line
from newsledger.ingest.sources import (
    MAX_TEXT_FILE_BYTES,
    IngestWarning,
    ReadItem,
    binary_reason,
    decode_bytes,
    looks_binary,
    too_large,
)
from newsledger.model import DatePrecision, Rejection

DATE_MARKER = re.compile(
    r"^[ \t]*date[ \t]+(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?=\s|$)[ \t]*",
    re.IGNORECASE,
)

LEAD_MIN_WORDS = 20
"""A first line of at least this many words ending like a sentence is a lead paragraph, not a
headline: news headlines run to about 6-15 words."""

TITLE_MIN_WORDS = 5
"""A clause cut shorter than this is too little to identify the story ("Police said")."""

TITLE_MAX_WORDS = 14
"""The longest title taken from a lead paragraph; beyond it the cut is forced at a word."""

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_CLAUSE_WORDS = frozenset(
    {
        "after", "as", "when", "while", "following", "because", "amid", "despite", "but",
        "although", "since", "that", "who", "which", "where", "during", "before", "until",
    }
)  # fmt: skip
"""Words that open a subordinate or second clause: a lead is cut just before one of them."""
_CLAUSE_PUNCTUATION = (",", ";", ":", "—", "–")


def read_text(path: str | Path) -> Iterator[ReadItem]:
    """One article from a plain-text file, or a Rejection saying why not."""
    path = Path(path)
    origin = str(path)
    rejection = too_large(path, MAX_TEXT_FILE_BYTES, "text file")
    if rejection:
        yield rejection
        return
    data = path.read_bytes()
    if not data.strip():
        yield Rejection(origin, "empty file")
        return
    if looks_binary(data[:65536]):
        yield Rejection(origin, binary_reason(data[:65536]))
        return
    raw, warning = decode_bytes(data, origin)
    if warning:
        yield warning
    if not holds_a_report(raw):
        yield Rejection(origin, too_short_reason(raw))
        return
    yield from parse_text_article(raw, origin)


MIN_REPORT_WORDS = 3
"""The fewest words of a report ("Police shot him."); fewer is a stray word or a file of a few
bytes ("hi", "test")."""

LONE_TITLE_MAX_WORDS = 4
"""The most words of a lone title or note ("Gunfire on Elm Street") with no sentence end at all.
Wire briefs and headline stacks often end without a stop ("Gunman kills 3 at Texas mall", the
shortest of CASE-2021's snippets has 5 words), so a text longer than this is read whatever its
punctuation."""

_SENTENCE_END = re.compile(r"[.!?…。！？।॥۔؟]")
"""Stops that end a sentence: Latin, the ellipsis, CJK full-width, Devanagari danda, Urdu and
Arabic."""

_SPACELESS_SCRIPTS = (
    r"\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
"""Code-point ranges of scripts written without spaces (Thai, Lao, Tibetan, Burmese, Khmer, kana,
Han), as a character class's body."""

_WORD_OR_SPACELESS_CHARACTER = re.compile(
    rf"[{_SPACELESS_SCRIPTS}]|[^\s{_SPACELESS_SCRIPTS}]+"
)
"""A word between spaces, or one character of a script written without spaces (Thai, Lao,
Tibetan, Burmese, Khmer, kana, Han): there a character stands for a word or less, so counting
each as a word never calls a real sentence short."""


def counted_words(text: str, enough: int) -> int:
    """The words of `text`, counted up to `enough` (one scan that stops there: a 2 MB file
    without a space or stop costs one pass, never a retry per offset)."""
    count = 0
    for _ in _WORD_OR_SPACELESS_CHARACTER.finditer(text):
        count += 1
        if count >= enough:
            break
    return count


def holds_a_report(text: str) -> bool:
    """Whether `text` may be a report: MIN_REPORT_WORDS words or more, and more than
    LONE_TITLE_MAX_WORDS unless a stop ends a sentence in it.

    Only clear non-reports are refused (a few bytes, a stray word, a lone title or note): a
    one-line brief without a final stop is a report, and a text cut at "…" too."""
    words = counted_words(text, LONE_TITLE_MAX_WORDS + 1)
    if words < MIN_REPORT_WORDS:
        return False
    return words > LONE_TITLE_MAX_WORDS or _SENTENCE_END.search(text) is not None


def too_short_reason(text: str, holder: str = "the file") -> str:
    """Why a text is refused, quoting what `holder` (the file, a line's text) holds and the rule
    `holds_a_report` applies."""
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return (
        f"too short for a report: {holder} holds only {shown!r}; a report needs "
        f"{MIN_REPORT_WORDS} words or more, and more than {LONE_TITLE_MAX_WORDS} unless a stop "
        "('.', '!', '?', '…', '。', '।', '۔') ends a sentence; in Chinese, Japanese or Thai "
        "each character counts as a word"
    )


def parse_text_article(raw: str, origin: str) -> Iterator[ReadItem]:
    """The article in seed-format text `raw` (see the module docstring)."""
    published: date | None = None
    precision: DatePrecision | None = None
    lines = raw.splitlines()
    first = _first_non_empty(lines)
    if first is not None:
        match = DATE_MARKER.match(lines[first])
        if match:
            parsed = _marker_date(match)
            if parsed is None:
                yield IngestWarning(origin, f"date marker {match.group(0).strip()!r} is not a date")
            else:
                published, precision = parsed
                lines[first] = lines[first][match.end() :]
                first = _first_non_empty(lines)
    if first is None:
        yield Rejection(origin, "no article text")
        return
    headline = next((i for i in range(first, len(lines))
                     if lines[i].strip() and not is_stamp_line(lines[i])), first)  # fmt: skip
    yield make_article(
        "\n".join(lines),
        origin=origin,
        title=short_title(lines[headline]),
        published=published,
        precision=precision,
        prepend_title=False,
        published_from="header" if published else None,
    )


def _first_non_empty(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def _marker_date(match: re.Match[str]) -> tuple[date, DatePrecision] | None:
    year, month, day = match.group("year"), match.group("month"), match.group("day")
    try:
        if day is not None:
            return date(int(year), int(month), int(day)), "day"
        if month is not None:
            return date(int(year), int(month), 1), "month"
        return date(int(year), 1, 1), "year"
    except ValueError:
        return None


def short_title(line: str) -> str | None:
    """The line itself when it reads as a headline; a short cut when it is a lead paragraph.

    Cascade for a lead (>= LEAD_MIN_WORDS words, ends like a sentence):
    1. cut before the first clause opener ("after", "as", "when"...) or after clause punctuation
       that leaves TITLE_MIN_WORDS..TITLE_MAX_WORDS words;
    2. else the first TITLE_MAX_WORDS words, with an ellipsis to show the cut.
    """
    cleaned = clean_line(line)
    if cleaned is None:
        return None
    words = cleaned.split(" ")
    if len(words) < LEAD_MIN_WORDS or not _SENTENCE_END.search(cleaned):
        return cleaned
    for i in range(TITLE_MIN_WORDS, min(TITLE_MAX_WORDS, len(words)) + 1):
        if words[i].lower().strip("\"'“‘(") in _CLAUSE_WORDS:
            return _trim(" ".join(words[:i]))
        if words[i - 1].endswith(_CLAUSE_PUNCTUATION):
            return _trim(" ".join(words[:i]))
    return _trim(" ".join(words[:TITLE_MAX_WORDS])) + "…"


def _trim(title: str) -> str:
    return title.rstrip(" ,;:—–-")
