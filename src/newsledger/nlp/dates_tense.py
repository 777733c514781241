"""Which occurrence an English date without a year or week means: past, next or nearest.

The calendar rules resolve "Tuesday", "March 12" and "April" to the latest occurrence not after
publication, which is right for what a report says happened. Reports also announce what will
happen ("the court will rule on Jan. 14", "talks resume Tuesday"), and a day and month without a
year is more often near the publication than eleven months before it. So, for an expression with
no year and no relative word:
- a stated weekday that contradicts the candidate ("Monday, Oct. 26") picks the candidate year
  whose day falls on that weekday;
- a future cue in the same sentence (will, is to, scheduled, next, upcoming...) takes the next
  occurrence, and the expression's relation becomes "future" (never an incident's date);
- a past-tense clause ("was stabbed in March") keeps the past occurrence;
- otherwise a day and month, or a month alone, takes the occurrence nearest to publication
  (ties: the past one); a weekday keeps the latest one not after publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.nlp.calendar_words import ENGLISH_WEEKDAYS
from newsledger.nlp.date_rules import Resolved, month_of, safe_date

WEEKDAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_WEEKDAY_INDEX = {day[:3]: index for index, day in enumerate(ENGLISH_WEEKDAYS)}
ANCHORED_RE = re.compile(
    r"\b(?:\d{4}|last|next|this|past|coming|ago|yesterday|today|tomorrow|tonight|earlier|"
    r"later|week|weekend|year|month)\b",
    re.IGNORECASE,
)
"""An expression with one of these already says which occurrence it means."""

FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|won['’]t|['’]ll|is\s+to|are\s+to|going\s+to|scheduled|expected\s+to|"
    r"plans?\s+to|planned|due\s+to|set\s+to|next|upcoming|coming)\b",
    re.IGNORECASE,
)
"""Words of a clause that looks ahead of its publication ("would" is left out: reported speech
uses it for what was planned before the report as often as after)."""

PAST_CUE_RE = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)
"""A past-tense clause ("a teacher was stabbed in March") means the past occurrence."""

CUE_WINDOW_CHARS = 60
"""How far before the expression (within its sentence) a future cue governs it."""

NEIGHBOUR_ANCHOR_RE = re.compile(
    r"(?:\b(?:last|next|this|past|coming|early|late|mid)[\s-]+$)|(?:^\s*(?:last|next|this)\s+year)",
    re.IGNORECASE,
)
"""A relative word right before or after ("last May", "June last year") anchors the expression."""

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\n")
NEAREST_TIE_DAYS = 0
"""A day and month as far ahead as behind publication is read as the past one (reports tell
what happened)."""


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins (a rough split: end punctuation, paragraph)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)


def adjust_occurrence(
    text: str, start: int, end: int, resolved: Resolved, published: date | None
) -> Resolved:
    """The occurrence an unanchored English date means (see the module docstring)."""
    expression = text[start:end]
    if published is None or resolved.value is None or resolved.precision not in ("day", "month"):
        return resolved
    if ANCHORED_RE.search(expression) or resolved.relation not in ("past",):
        return resolved
    weekday = WEEKDAY_RE.search(expression)
    has_month = bool(re.search(r"[A-Za-z]{3}", WEEKDAY_RE.sub("", expression)))
    before = text[max(_sentence_start(text, start), start - CUE_WINDOW_CHARS) : start]
    if NEIGHBOUR_ANCHOR_RE.search(text[max(0, start - 12) : start]) or NEIGHBOUR_ANCHOR_RE.search(
        text[end : end + 15]
    ):
        return resolved
    future = bool(FUTURE_CUE_RE.search(before))
    if not future and PAST_CUE_RE.search(before):
        return resolved
    value = resolved.value
    if resolved.precision == "month":
        ahead = date(value.year + 1, value.month, 1)
        if value.year == published.year and value.month == published.month:
            return resolved
        behind_days = (published - value).days
        ahead_days = (ahead - published).days
        if future or ahead_days + 30 < behind_days:
            first, last = month_of(ahead.year, ahead.month)
            return Resolved(first, last, "month", resolved.time_of_day, "future")
        return resolved
    if has_month:  # a day and a month, maybe with a weekday
        candidates = [c for c in (value, safe_date(value.year + 1, value.month, value.day)) if c]
        if weekday is not None:
            wanted = _WEEKDAY_INDEX[weekday.group(1).lower()]
            matching = [c for c in candidates if c.weekday() == wanted]
            if matching:
                chosen = matching[0]
                relation = "future" if chosen > published else resolved.relation
                return Resolved(chosen, chosen, "day", resolved.time_of_day, relation)
        later = candidates[-1] if len(candidates) > 1 else None
        if later is None or later == value:
            return resolved
        if future or (later - published).days + NEAREST_TIE_DAYS < (published - value).days:
            return Resolved(later, later, "day", resolved.time_of_day, "future")
        return resolved
    if weekday is not None and future and value <= published:
        upcoming = value + timedelta(days=7) if value < published else value
        return Resolved(upcoming, upcoming, "day", resolved.time_of_day, "future")
    return resolved
