"""Pairing quote marks on characters: “…” ‘…’ "…" ''…'' « … » „…“ and 'scare quotes'.

Pairs never cross a paragraph break. A double quote left open at the end of its paragraph runs
to that end (news prose reopens a multi-paragraph quote at each paragraph and closes it only at
the last). Curly single quotes double as apostrophes, so ’ closes a ‘ only when no letter
follows; straight single quotes pair only over a short stretch. Two straight single quotes
('') are one double mark: wire and archive feeds that cannot store “ ” write quotes that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SINGLE_STRAIGHT_MAX_CHARS = 80
"""A straight ' pair longer than this is two apostrophes, not a quote."""

_MARKS = re.compile("''|[“”«»‘’\"'„]")
_DOUBLED = "''"
"""Two straight single quotes written for a double quote mark."""
_OPENERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
    "«": ("»",),
    "„": ("“", "”"),
    '"': ('"', "”"),
    _DOUBLED: (_DOUBLED,),
    "‘": ("’",),
    "'": ("'", "’"),
}
_OPEN_BEFORE = " \t([—–-/:;"
_CONTENT_STRIP = " \t\u202f\u2009"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quote: marks at open_start and close_end-1; content_start:content_end inside them.

    The content excludes the marks, the inner spaces of « … » and a trailing comma that belongs
    to the attribution ("…," she said).
    """

    open_start: int
    content_start: int
    content_end: int
    close_end: int
    closed: bool = True


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quotes in text order, outermost only."""
    spans: list[QuoteSpan] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end > start:
            _scan_paragraph(text, start, end, spans)
        start = end + 1
    return spans


def _scan_paragraph(text: str, start: int, end: int, out: list[QuoteSpan]) -> None:
    opener = ""
    open_pos = -1
    for m in _MARKS.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        prev = text[pos - 1] if pos > start else " "
        nxt = text[m.end()] if m.end() < end else " "
        if not opener:
            if (
                ch in "“«„"
                or (
                    ch in ('"', _DOUBLED)
                    and (prev in _OPEN_BEFORE or pos == start)
                    and not nxt.isspace()
                )
                or (ch in "‘'" and (prev in _OPEN_BEFORE or pos == start) and nxt.isalnum())
            ):
                opener, open_pos = ch, pos
            continue
        if ch not in _OPENERS[opener]:
            continue
        if opener in ("‘", "'") and nxt.isalpha():
            continue  # an apostrophe inside the quote ("it’s")
        if opener == "‘" and _plural_possessive(text, pos, end):
            continue  # "the officers’ cars": a later ’ closes the quote
        if opener == "'" and pos - open_pos > SINGLE_STRAIGHT_MAX_CHARS:
            opener = ""
            continue
        span = _span(text, open_pos, m.end(), closed=True, mark=len(opener))
        if span is not None:
            out.append(span)
        opener = ""
    if opener and opener not in ("‘", "'"):
        span = _span(text, open_pos, end, closed=False, mark=len(opener))
        if span is not None:
            out.append(span)


def _plural_possessive(text: str, pos: int, end: int) -> bool:
    """’ after an s and before a lower-case word, with another closing ’ later in the paragraph."""
    if pos == 0 or text[pos - 1] != "s" or pos + 2 >= end:
        return False
    if not (text[pos + 1] == " " and text[pos + 2].islower()):
        return False
    later = text.find("’", pos + 1, end)
    while later >= 0:
        if later + 1 >= end or not text[later + 1].isalpha():
            return True
        later = text.find("’", later + 1, end)
    return False


def _span(
    text: str, open_start: int, close_end: int, closed: bool, mark: int = 1
) -> QuoteSpan | None:
    """The quote between a mark at open_start and one ending at close_end (`mark` characters
    each: 2 for '')."""
    cs = open_start + mark
    ce = close_end - mark if closed else close_end
    while cs < ce and text[cs] in _CONTENT_STRIP:
        cs += 1
    while ce > cs and text[ce - 1] in _CONTENT_STRIP:
        ce -= 1
    if ce > cs and text[ce - 1] == ",":
        ce -= 1
    if ce <= cs:
        return None
    return QuoteSpan(open_start, cs, ce, close_end, closed)
