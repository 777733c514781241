"""Dates in the rule-only languages (de, nl, it, pt, es): absolute dates, weekdays, relative days.

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
)

AGO_PATTERNS = {
    "de": r"vor\s+\w+\s+(?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)",
    "nl": r"\w+\s+(?:dag|dagen|week|weken|maand|maanden|jaar)\s+geleden",
    "it": r"\w+\s+(?:giorno|giorni|settimana|settimane|mese|mesi|anno|anni)\s+fa",
    "pt": r"há\s+\w+\s+(?:dia|dias|semana|semanas|mês|meses|ano|anos)",
    "es": r"hace\s+\w+\s+(?:día|días|semana|semanas|mes|meses|año|años)",
}
"""Shapes of "N units ago" per language; dateparser resolves what they match."""

UNIT_PRECISION = (
    ("year", ("jahr", "jaar", "anno", "anni", "ano", "año")),
    ("month", ("monat", "maand", "mese", "mesi", "mês", "meses", "mes")),
    ("week", ("woche", "week", "settiman", "semana")),
)


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
        # babel numbers weekdays 0 = Monday, as `date.weekday()` does
        weekdays = {str(n).lower(): k for k, n in get_day_names("wide", locale=lang).items()}
        locale = default_loader.get_locale(lang)
    except (ValueError, KeyError):  # babel/dateparser do not know the language
        return rules
    m_alt = rf"(?:{alternation(list(months))})\.?"
    rules += [
        (
            re.compile(
                rf"(?i)\b(?P<x>(?P<d>[0-3]?\d)\.?\s+(?:de\s+)?(?P<m>{m_alt})"
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
    relative = locale.info.get("relative-type", {})
    for key, days in (("0 day ago", 0), ("1 day ago", 1), ("2 day ago", 2)):
        words = [w for w in relative.get(key, []) if len(w) > 2]
        if words:
            rules.append(
                (re.compile(rf"(?i)(?<!\w)(?P<x>{alternation(words)})(?!\w)"), days_before(days))
            )
    if lang in AGO_PATTERNS:
        rules.append(
            (
                re.compile(rf"(?i)(?<!\w)(?P<x>{AGO_PATTERNS[lang]})(?!\w)"),
                _dateparser_resolver(lang),
            )
        )
    return rules
