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
- a past-tense clause ("was stabbed in March") keeps the past occurrence, unless a deadline
  word stands right before the date ("declared a dividend payable Dec. 1", "were told to leave
  by March 9"): the clause sets that date, its tense does not tell it;
- "this September" is the month of the publication's year, "April next year" and "July last
  year" the month of the year named;
- otherwise a day and month, or a month alone, takes the occurrence nearest to publication
  (ties: the past one); a weekday keeps the latest one not after publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.nlp.calendar_words import (
    ENGLISH_MONTH_ABBREVIATIONS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
)
from newsledger.nlp.date_rules import Resolved, month_of, safe_date

WEEKDAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_WEEKDAY_INDEX = {day[:3]: index for index, day in enumerate(ENGLISH_WEEKDAYS)}
MONTH_NAME_RE = re.compile(
    rf"\b(?:{'|'.join(ENGLISH_MONTHS + ENGLISH_MONTH_ABBREVIATIONS)})\b", re.IGNORECASE
)
"""A month's name: "Thursday morning" has none (a weekday and a part of it), "Thursday, May 4"
has one."""
ANCHORED_RE = re.compile(
    r"\b(?:\d{4}|last|next|this|past|coming|ago|yesterday|today|tomorrow|tonight|earlier|"
    r"later|week|weekend|year|month)\b",
    re.IGNORECASE,
)
"""An expression with one of these already says which occurrence it means."""

FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|won['’]t|['’]ll|is\s+to|are\s+to|going\s+to|scheduled|expected\s+to|"
    r"plans?\s+to|planning\s+to|planned|due\s+to|set\s+to|next(?!\s+to\b)|upcoming|coming)\b",
    re.IGNORECASE,
)
"""Words of a clause that looks ahead of its publication ("would" is left out: reported speech
uses it for what was planned before the report as often as after; "next to" is a place)."""

PAST_CUE_RE = re.compile(r"\b(?:was|were|had|did|since|\w{3,}ed)\b", re.IGNORECASE)
"""A past-tense clause ("a teacher was stabbed in March") means the past occurrence, as does
"since" ("closed since the May 4 fire", "since the club bought it in June")."""

DEADLINE_BEFORE_RE = re.compile(
    r"\b(?:by|until|till|payable|effective|due)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
)
"""A deadline right before the date ("must leave by Jan. 14", "payable Dec. 1", "until
mid-May"): the date is set by the clause, not told by its tense, so a past verb before it
("the board declared a dividend payable Dec. 1") does not make it the past occurrence."""

CUE_WINDOW_CHARS = 60
"""How far before the expression (within its sentence) a future cue governs it."""

NEIGHBOUR_ANCHOR_RE = re.compile(
    r"(?:\b(?:last|next|this|past|coming)[\s-]+$)|(?:^\s*(?:last|next|this)\s+year)",
    re.IGNORECASE,
)
"""A relative word right before or after ("last May", "June last year") anchors the expression."""

PART_BEFORE_RE = re.compile(r"\b(?:early|late|mid)[\s-]+$", re.IGNORECASE)
"""A part of a period right before ("early Saturday", "mid-May"): it anchors a weekday (as the
night and morning rules read it) but says nothing of which year a month is in."""

THIS_BEFORE_RE = re.compile(r"\bthis\s+$", re.IGNORECASE)
"""'this September': the month of the publication's own year, past or to come."""

YEAR_AFTER_RE = re.compile(r"^,?\s+(?P<which>last|next|this)\s+year\b", re.IGNORECASE)
"""'April next year', 'July last year': the month of the year named next to it."""

_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\n")
NEAREST_TIE_DAYS = 0
"""A day and month as far ahead as behind publication is read as the past one (reports tell
what happened)."""


PARTICIPLE_AFTER_BE_RE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
"""A participle after "be" ("is to be arraigned Tuesday") is no past tense."""

CLAUSE_WORD_RE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|after)\b", re.IGNORECASE)
"""A word that opens a new clause: a past verb after one has its own tense ("will ask about the
crash that closed the road Monday"); without one, an "-ed" word after a future cue is as often
an adjective ("will redeem preferred shares on Oct. 31")."""


def _looks_ahead(before: str) -> bool:
    """Whether the clause before a date looks ahead: a future cue, and no past verb of a later
    clause after it ("police hope someone will come forward about a shooting that injured a
    teen Monday night" tells the past day: the clause nearest the date governs it)."""
    ahead = max((m.end() for m in FUTURE_CUE_RE.finditer(before)), default=-1)
    if ahead < 0:
        return False
    past = max(
        (
            m.end()
            for m in PAST_CUE_RE.finditer(before, ahead)
            if PARTICIPLE_AFTER_BE_RE.search(before, 0, m.start()) is None
            and CLAUSE_WORD_RE.search(before, ahead, m.start()) is not None
        ),
        default=-1,
    )
    return past < 0


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins (a rough split: end punctuation, paragraph)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)


def _in_year(resolved: Resolved, published: date, year: int) -> Resolved:
    """A month, or a day and month, moved into `year` (future when after publication)."""
    assert resolved.value is not None
    if resolved.precision == "month":
        first, last = month_of(year, resolved.value.month)
    else:
        moved = safe_date(year, resolved.value.month, resolved.value.day)
        if moved is None:
            return resolved
        first = last = moved
    relation = "future" if first > published else resolved.relation
    return Resolved(first, last, resolved.precision, resolved.time_of_day, relation)


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
    # a day without a weekday is a calendar day: a month's day or a holiday ("Halloween")
    has_month = MONTH_NAME_RE.search(expression) is not None or weekday is None
    before = text[max(_sentence_start(text, start), start - CUE_WINDOW_CHARS) : start]
    just_before = text[max(0, start - 12) : start]
    if has_month and not weekday:
        year_after = YEAR_AFTER_RE.search(text[end : end + 15])
        if year_after is not None or THIS_BEFORE_RE.search(just_before):
            offset = _YEAR_OFFSET[year_after["which"].lower()] if year_after else 0
            return _in_year(resolved, published, published.year + offset)
    if NEIGHBOUR_ANCHOR_RE.search(just_before) or NEIGHBOUR_ANCHOR_RE.search(text[end : end + 15]):
        return resolved
    if not has_month and PART_BEFORE_RE.search(just_before):
        return resolved
    future = _looks_ahead(before)
    deadline = DEADLINE_BEFORE_RE.search(text[max(0, start - 20) : start]) is not None
    if not future and not deadline and PAST_CUE_RE.search(before):
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
