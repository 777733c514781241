"""English calendar words shared by the components that must not mistake them for something
else (a number next to a month is a date; a weekday is never a place), and the hours of a part
of day."""

import math
import re

ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

ENGLISH_MONTH_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
"""AP's month abbreviations ("Nov. 5, 2009"): before a day they are a date, not the towns that
share the letters (Nov in Tajikistan)."""

PART_OF_DAY_HOURS: dict[str, tuple[float, float]] = {
    "dawn": (4.0, 8.0),
    "morning": (5.0, 12.0),
    "noon": (11.0, 13.0),
    "afternoon": (12.0, 18.0),
    "evening": (17.0, 22.0),
    "night": (20.0, 30.0),
    "overnight": (22.0, 30.0),
    "midnight": (23.0, 25.0),
}
"""Hours a part of day covers (past 24 = after midnight), for comparing it with a clock time."""


TIME_SLACK_HOURS = 1.5
"""Two times of day this close (or a clock time this close to a part of day) agree; reporters
round and events last."""


def time_range(value: str | None) -> tuple[float, float] | None:
    """A time of day as an hour range: "09:20" -> (9.33, 9.33), "evening" -> (17, 22)."""
    if not value:
        return None
    if ":" in value:
        hh, _, mm = value.partition(":")
        try:
            hour = int(hh) + int(mm[:2]) / 60
        except ValueError:
            return None
        return hour, hour
    return PART_OF_DAY_HOURS.get(value.lower())


def hours_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Hours between two ranges on a 24-hour circle (0 when they overlap)."""
    best = math.inf
    for shift in (-24.0, 0.0, 24.0):
        lo, hi = b[0] + shift, b[1] + shift
        best = min(best, max(lo - a[1], a[0] - hi, 0.0))
    return best


END_TIME_CUE = re.compile(
    r"\b(?:until|till|til|through|jusqu['’] ?(?:à|au|aux|vers))\s+(?:about\s+|around\s+|vers\s+)?$",
    re.IGNORECASE,
)
"""Words before a clock that make it the end of what happened ("went on until 6am", "jusqu'à
3h"), not its start (English and French, whose date words live in the shared tables)."""


def is_end_time(text: str, start: int) -> bool:
    """True when the clock at `start` is introduced as the end of something ("until 2 a.m.")."""
    return END_TIME_CUE.search(text, max(0, start - 40), start) is not None
