"""Dates in the rule-only languages (de, nl, it, pt, es): absolute dates, weekdays, relative days.

Each language's words (parts of the day, night spans, "last", yesterday with a part of the day,
"N days ago") come from its package under `newsledger/lang/`. They give parts of the day and
night spans, under the shared conventions of
`date_rules` (a night resolves to the evening's date): "Samstagabend", "zaterdagavond",
"zondagnacht", "sabato sera", "el sábado por la noche", "in der Nacht zum Sonntag" / "in de nacht
van zaterdag op zondag" / "nella notte tra sabato e domenica" (the Saturday), "gestern Abend",
"gisteravond", "anoche", "ontem à noite", "am vergangenen Samstag" / "afgelopen zaterdag" /
"sabato scorso" (strictly before publication). A bare weekday without a publication date gives no
day.

Month and weekday names come from CLDR (babel); the words for today / yesterday / the day before
come from dateparser's own locale data; "N days ago" phrases are handed to dateparser with the
publication date as RELATIVE_BASE (it gets those right; it does not get weekdays right, so weekday
names use the shared weekday convention instead).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

import dateparser
from babel.dates import get_day_names
from dateparser.languages.loader import default_loader

from newsledger.lang import DateWords, language
from newsledger.nlp.date_rules import Resolved, day, resolve_weekday
from newsledger.nlp.dates import (
    YEAR,
    Handler,
    Rule,
    alternation,
    day_month_resolver,
    days_before,
    month_table,
    month_year_resolver,
    numeric_resolver,
    resolve_iso,
    time_resolver,
)

UNIT_PRECISION = (
    ("year", ("jahr", "jaar", "anno", "anni", "ano", "año")),
    ("month", ("monat", "maand", "mese", "mesi", "mês", "meses", "mes")),
    ("week", ("woche", "week", "settiman", "semana")),
)


WEEKDAY_DAY_LINKS = r"(?:dem|den|am|il|el|o|de|op)"
"""Words between a weekday and its date ("Dienstag, dem 9. November", "el martes 9 de ..."):
the weekday and the date are one expression, resolved by the date."""


def _date_words(lang: str) -> DateWords | None:
    data = language(lang)
    return None if data is None else data.dates


def _precision_of(phrase: str) -> str:
    lowered = phrase.lower()
    for precision, stems in UNIT_PRECISION:
        if any(stem in lowered for stem in stems):
            return precision
    return "day"


def _dateparser_resolver(lang: str) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        if published is None:
            return Resolved(None, None, _precision_of(m["x"]))
        base = datetime(published.year, published.month, published.day, 12)
        parsed = dateparser.parse(
            m["x"],
            languages=[lang],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        if parsed is None:
            return None
        return Resolved(parsed.date(), parsed.date(), _precision_of(m["x"]), None, "past")

    return resolve


def _weekday_resolver(names: dict[str, int]) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        return day(resolve_weekday(published, names[m["wd"].lower()]))

    return resolve


def _night_resolver(names: dict[str, int]) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        groups = m.groupdict()
        if groups.get("to"):
            evening = (names[groups["to"].lower()] - 1) % 7
        else:
            evening = names[groups["wd"].lower()]
        return day(resolve_weekday(published, evening), "past", "night")

    return resolve


def _day_part_rules(lang: str, weekdays: dict[str, int]) -> list[Rule]:
    """Weekday + part of day, night spans and yesterday + part of day."""
    data = _date_words(lang)
    if data is None or not data.day_parts:
        return []
    parts = dict(data.day_parts)
    wd = alternation(list(weekdays))
    part = alternation(list(parts))
    last = data.last_before or r"(?!x)x"
    last_after = data.last_after or r"(?!x)x"
    rules: list[Rule] = [
        (
            re.compile(
                rf"(?i)(?<!\w)(?P<x>(?:(?P<last>{last})\s+)?(?P<wd>{wd})"
                rf"(?:-?(?P<part>{part})|\s+(?P<part2>{part})(?=\W))?"
                rf"(?:\s+(?P<last2>{last_after}))?)(?!\w)"
            ),
            _part_weekday_resolver_spaced(weekdays, parts),
        ),
    ]
    for pattern in data.night_spans:
        rules.append(
            (
                re.compile(rf"(?i)(?<!\w)(?P<x>{pattern.format(wd=f'(?:{wd})')})(?!\w)"),
                _night_resolver(weekdays),
            )
        )
    for pattern, n, time_of_day in data.relative_parts:
        rules.append(
            (re.compile(rf"(?i)(?<!\w)(?P<x>{pattern})(?!\w)"), days_before(n, time_of_day))
        )
    return rules


def _night_only(m: re.Match[str], published: date | None) -> Resolved | None:
    """A night with no day of its own ("toda la noche"): the part of the day, no date."""
    return Resolved(None, None, None, "night", "time")


def _clock_rules(words: DateWords) -> list[Rule]:
    """Clock times: "um 22.30 Uhr", "alle 22", "às 21h15", "om 23.00 uur" (no date of their own;
    merged into the day next to them)."""
    rules: list[Rule] = []
    minutes = r"(?:[.:h](?P<mi>[0-5]\d))?"
    hour = r"(?P<h>2[0-3]|[01]?\d)(?!\d)"
    if words.clock_leads:
        unit = rf"(?:\s*{words.clock_unit})?" if words.clock_unit else ""
        rules.append((re.compile(
            rf"(?i)(?<!\w)(?P<x>(?:{words.clock_leads})\s+{hour}{minutes}{unit})(?![\w.,]\d)"
        ), time_resolver))  # fmt: skip
    if words.clock_unit:
        rules.append((re.compile(
            rf"(?i)(?<![\w.,])(?P<x>{hour}{minutes}\s*{words.clock_unit})(?!\w)"
        ), time_resolver))  # fmt: skip
    return rules


def _part_weekday_resolver_spaced(names: dict[str, int], parts: dict[str, str]) -> Handler:
    """As `_part_weekday_resolver`, the part written glued or after a space."""

    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        modifier = "last" if m["last"] or m["last2"] else ""
        part = (m["part"] or m["part2"] or "").lower()
        return day(
            resolve_weekday(published, names[m["wd"].lower()], modifier), "past", parts.get(part)
        )

    return resolve


@cache
def weekday_names(lang: str) -> tuple[tuple[str, int], ...]:
    """A language's weekday names, lower-case, numbered as `date.weekday()` (0 = Monday): CLDR's
    (babel) plus the language package's extra ones; empty for a language babel does not know."""
    try:
        names = get_day_names("wide", locale=lang)
    except (ValueError, KeyError, TypeError):
        return ()
    table = {str(n).lower(): k for k, n in names.items()}
    date_words = _date_words(lang)
    table.update(date_words.extra_weekdays if date_words is not None else {})
    return tuple(table.items())


def weekday_named(text: str, lang: str) -> int | None:
    """The weekday a date expression names ("Thursday morning", "jeudi soir",
    "Donnerstagmorgen": a name opening a word, compounds included), or None for none or two."""
    low = text.lower()
    days = {day for name, day in weekday_names(lang) if re.search(rf"\b{re.escape(name)}", low)}
    return days.pop() if len(days) == 1 else None


@cache
def rules_for_language(lang: str) -> list[Rule]:
    """The rules of a rule-only language; an unknown language gets only ISO/numeric dates."""
    rules: list[Rule] = [
        (
            re.compile(rf"\b(?P<x>(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01]))\b"),
            resolve_iso,
        ),
        (
            re.compile(r"\b(?P<x>(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2}))\b"),
            numeric_resolver(month_first=False),
        ),
    ]
    try:
        months = month_table(lang)
        weekdays = dict(weekday_names(lang))
        date_words = _date_words(lang)
        if not weekdays:
            return rules
        locale = default_loader.get_locale(lang)
    except (ValueError, KeyError):  # babel/dateparser do not know the language
        return rules
    m_alt = rf"(?:{alternation(list(months))})\.?"
    wd_alt = alternation(list(weekdays))
    rules += [
        (
            re.compile(
                rf"(?i)\b(?P<x>(?:(?:{wd_alt}),?\s+(?:{WEEKDAY_DAY_LINKS}\s+)?)?"
                rf"(?P<d>[0-3]?\d)(?:\.?º|°|\.)?\s+(?:de\s+)?(?P<m>{m_alt})"
                rf"(?:\s+(?:de\s+)?(?P<y>{YEAR}))?)(?!\w)"
            ),
            day_month_resolver(lang),
        ),
        (
            re.compile(rf"(?i)\b(?P<x>(?P<m>{m_alt})\s+(?:de\s+)?(?P<y>{YEAR}))\b"),
            month_year_resolver(lang),
        ),
        (
            re.compile(rf"(?i)\b(?P<x>(?P<wd>{alternation(list(weekdays))}))(?!\w)"),
            _weekday_resolver(weekdays),
        ),
    ]
    rules += _day_part_rules(lang, weekdays)
    relative = locale.info.get("relative-type", {})
    for key, days in (("0 day ago", 0), ("1 day ago", 1), ("2 day ago", 2)):
        words = [w for w in relative.get(key, []) if len(w) > 2]
        if words:
            rules.append(
                (re.compile(rf"(?i)(?<!\w)(?P<x>{alternation(words)})(?!\w)"), days_before(days))
            )
    if date_words is not None:
        rules += _clock_rules(date_words)
    if date_words is not None and date_words.night_words:
        rules.append(
            (re.compile(rf"(?i)(?<!\w)(?P<x>{date_words.night_words})(?!\w)"), _night_only)
        )
    if date_words is not None and date_words.ago:
        rules.append(
            (
                re.compile(rf"(?i)(?<!\w)(?P<x>{date_words.ago})(?!\w)"),
                _dateparser_resolver(lang),
            )
        )
    return rules
