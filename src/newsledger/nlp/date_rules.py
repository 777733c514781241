"""Calendar arithmetic shared by the date rules of every language.

Conventions (documented once, used everywhere):
- A bare weekday ("on Tuesday", "jeudi") is the most recent such day ON OR BEFORE publication: a
  report published on a Tuesday saying "on Tuesday" means that very day. "last Tuesday" /
  "mardi dernier" is the most recent one strictly before; "next Tuesday" the first one after.
- "W night" / "la nuit de W à W+1" / "overnight" resolve to the evening's date.
- A day and month without a year take the latest year that does not put the date after
  publication; a month alone likewise.
- Weeks run Monday to Sunday (ISO).
- Without a publication date, anything relative resolves to None: never today's date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved time expression before it gets its offsets."""

    value: date | None
    last: date | None
    precision: str | None
    time_of_day: str | None = None
    relation: str = "past"


def day(value: date | None, relation: str = "past", time_of_day: str | None = None) -> Resolved:
    return Resolved(value, value, "day", time_of_day, relation)


def weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve_weekday(published: date | None, weekday: int, modifier: str = "") -> date | None:
    """The date of a weekday name (see the module conventions)."""
    if published is None:
        return None
    if modifier == "last":
        return weekday_on_or_before(published - timedelta(days=1), weekday)
    if modifier == "next":
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if modifier == "this":
        return published - timedelta(days=published.weekday()) + timedelta(days=weekday)
    return weekday_on_or_before(published, weekday)


def week_of(anchor: date) -> tuple[date, date]:
    monday = anchor - timedelta(days=anchor.weekday())
    return monday, monday + timedelta(days=6)


def month_of(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(anchor: date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def latest_day_month(published: date | None, month: int, day_number: int) -> date | None:
    """The latest (day, month) not after publication; None if no publication date or invalid."""
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day_number)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def safe_date(year: int, month: int, day_number: int) -> date | None:
    try:
        return date(year, month, day_number)
    except ValueError:
        return None


def full_year(year: int) -> int:
    """Two-digit years: 00-69 -> 2000s, 70-99 -> 1900s (the POSIX strptime pivot)."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def relative_period(published: date | None, unit: str, offset: int, relation: str) -> Resolved:
    """This/last/next week, month or year (offset 0, -1, +1), or N units ago."""
    precision = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
    if published is None:
        return Resolved(None, None, precision, None, relation)
    if unit == "day":
        value = published + timedelta(days=offset)
        return Resolved(value, value, "day", None, relation)
    if unit == "week":
        return Resolved(*week_of(published + timedelta(weeks=offset)), "week", None, relation)
    if unit == "month":
        return Resolved(*month_of(*shift_month(published, offset)), "month", None, relation)
    year = published.year + offset
    return Resolved(date(year, 1, 1), date(year, 12, 31), "year", None, relation)


def weekend_before(published: date | None, relation: str = "past") -> Resolved:
    """The most recent Saturday-Sunday that has begun by publication."""
    if published is None:
        return Resolved(None, None, "week", None, relation)
    saturday = weekday_on_or_before(published, 5)
    return Resolved(saturday, saturday + timedelta(days=1), "week", None, relation)


def latest_month(published: date | None, month: int) -> Resolved:
    """A month named alone ("in January"): the latest one that has begun by publication."""
    if published is None:
        return Resolved(None, None, "month")
    year = published.year if month <= published.month else published.year - 1
    return Resolved(*month_of(year, month), "month")


def clock(hour: int, minute: int, meridiem: str = "") -> str | None:
    """ "HH:MM" from a stated time; None when it is not a valid clock time."""
    meridiem = meridiem.lower().replace(".", "").strip()
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"
