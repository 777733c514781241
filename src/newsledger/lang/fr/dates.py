"""French time expressions ("jeudi matin", "dans la nuit de samedi à dimanche", "hier soir").

Same engine and conventions as `dates` (see `date_rules`); French writes month and day names in
lower case, so these rules ignore case.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.nlp.date_rules import (
    Resolved,
    day,
    latest_month,
    relative_period,
    resolve_weekday,
    weekend_before,
)
from newsledger.nlp.dates import (
    YEAR,
    Rule,
    alternation,
    day_month_resolver,
    days_before,
    holiday_resolver,
    month_number,
    month_table,
    month_year_resolver,
    numeric_resolver,
    resolve_iso,
    resolve_year,
    time_resolver,
)

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
PARTS_FR = {
    "matin": "morning",
    "matinée": "morning",
    "après-midi": "afternoon",
    "soir": "evening",
    "soirée": "evening",
    "nuit": "night",
    "midi": "midday",
}
NUMBER_WORDS_FR = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
}
HOLIDAYS_FR = {
    "la saint-sylvestre": (12, 31),
    "le réveillon de la saint-sylvestre": (12, 31),
    "le réveillon du nouvel an": (12, 31),
    "le réveillon du jour de l'an": (12, 31),
    "le soir du réveillon": (12, 31),
    "le jour de l'an": (1, 1),
    "le jour de noël": (12, 25),
    "le réveillon de noël": (12, 24),
    "noël": (12, 25),
}

M_FR = rf"(?:{alternation(list(month_table('fr')))})\.?"
WD_FR = alternation(WEEKDAYS_FR)
PART_FR = alternation(list(PARTS_FR))


def _weekday_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    weekday = WEEKDAYS_FR.index(m["wd"].lower())
    modifier = {"dernier": "last", "prochain": "next"}.get((m["mod"] or "").lower(), "")
    return day(
        resolve_weekday(published, weekday, modifier),
        "past",
        PARTS_FR.get((m["part"] or "").lower()),
    )


def _night_of_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    weekday = WEEKDAYS_FR.index(m["wd"].lower())
    return day(resolve_weekday(published, weekday), "past", "night")


def _yesterday_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    return days_before(1, PARTS_FR.get((m["part"] or "").lower()))(m, published)


def _today_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    words = m["x"].lower()
    part = next((PARTS_FR[p] for p in PARTS_FR if p in words), None)
    return day(published, "present", part)


def _ago_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS_FR[m["n"].lower()]
    unit = {"jour": "day", "semaine": "week", "mois": "month", "an": "year", "année": "year"}[
        m["unit"].lower().rstrip("s") if m["unit"].lower() != "mois" else "mois"
    ]
    if published is None or unit != "day":
        return relative_period(published, unit, -n, "past")
    return day(published - timedelta(days=n))


def _period_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    words = m["x"].lower()
    unit = "week" if "semaine" in words else "month" if "mois" in words else "year"
    if any(w in words for w in ("dernier", "dernière", "passé", "passée")):
        return relative_period(published, unit, -1, "past")
    if "prochain" in words:
        return relative_period(published, unit, 1, "future")
    return relative_period(published, unit, 0, "present")


def _weekend_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    return weekend_before(published)


def _month_fr(m: re.Match[str], published: date | None) -> Resolved | None:
    month = month_number(m["m"], "fr")
    if m["mod"] and published is not None and month == published.month:
        return latest_month(published.replace(day=1) - timedelta(days=1), month)
    return latest_month(published, month)


FR_RULES: list[Rule] = [
    (
        re.compile(rf"\b(?P<x>(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01]))\b"),
        resolve_iso,
    ),
    (
        re.compile(r"\b(?P<x>(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d{2}))\b"),
        numeric_resolver(month_first=False),
    ),
    (
        re.compile(
            rf"(?i)\b(?P<x>(?:(?:{WD_FR})\s+)?(?:le\s+)?(?P<d>1er|[0-3]?\d)\s+(?P<m>{M_FR})"
            rf"(?:\s+(?P<y>{YEAR}))?)(?!\w)"
        ),
        day_month_resolver("fr"),
    ),
    (
        re.compile(rf"(?i)\b(?P<x>(?:(?:début|fin|mi)[\s-]+)?(?P<m>{M_FR})\s+(?P<y>{YEAR}))\b"),
        month_year_resolver("fr"),
    ),
    (
        re.compile(
            rf"(?i)\b(?:en|depuis|jusqu'en|dès|début|fin|mi|courant|au\s+mois\s+de|le\s+mois\s+de)"
            rf"[\s-]+(?P<x>(?P<m>{M_FR})(?:\s+(?P<mod>dernier))?)(?!\w)(?!\s*\d)"
        ),
        _month_fr,
    ),
    (
        re.compile(rf"(?i)\b(?:en|depuis|dès|jusqu'en|début|fin|courant)\s+(?P<x>(?P<y>{YEAR}))\b"),
        resolve_year,
    ),
    (
        re.compile(
            rf"(?i)\b(?P<x>(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd>{WD_FR})"
            rf"(?:\s+(?:à|au)\s+(?:{WD_FR}))?)\b"
        ),
        _night_of_fr,
    ),
    (
        re.compile(
            rf"(?i)\b(?P<x>(?P<wd>{WD_FR})(?:\s+(?P<part>{PART_FR}))?(?:\s+(?P<mod>dernier|prochain))?)"
            rf"(?!\w)"
        ),
        _weekday_fr,
    ),
    (re.compile(r"(?i)\b(?P<x>avant-hier(?:\s+(?:soir|matin))?)(?!\w)"), days_before(2)),
    (re.compile(rf"(?i)\b(?P<x>hier(?:\s+(?P<part>{PART_FR}))?)(?!\w)"), _yesterday_fr),
    (
        re.compile(
            r"(?i)(?<!\w)(?P<x>cette\s+nuit|la\s+nuit\s+dernière|dans\s+la\s+nuit|(?:dans\s+)?la\s+nuit"
            r"\s+de\s+(?:hier|mardi|lundi)\s+à\s+aujourd'hui)(?!\w)"
        ),
        days_before(1, "night"),
    ),
    (
        re.compile(
            r"(?i)\b(?P<x>aujourd['’]hui|ce\s+matin|ce\s+soir|cet\s+après-midi|cette\s+matinée)(?!\w)"
        ),
        _today_fr,
    ),
    (
        re.compile(
            rf"(?i)\b(?P<x>il\s+y\s+a\s+(?P<n>\d{{1,3}}|{alternation(list(NUMBER_WORDS_FR))})\s+"
            r"(?P<unit>jours?|semaines?|mois|ans|années?))(?!\w)"
        ),
        _ago_fr,
    ),
    (
        re.compile(
            r"(?i)(?<!\w)(?P<x>la\s+semaine\s+(?:dernière|passée|prochaine)|cette\s+semaine|"
            r"le\s+mois\s+(?:dernier|passé|prochain)|ce\s+mois-ci|l['’]an\s+(?:dernier|passé|prochain)|"
            r"l['’]année\s+(?:dernière|passée|prochaine)|cette\s+année)(?!\w)"
        ),
        _period_fr,
    ),
    (re.compile(r"(?i)(?<!\w)(?P<x>(?:le|ce)\s+week-end(?:\s+dernier)?)(?!\w)"), _weekend_fr),
    (
        re.compile(rf"(?i)(?<!\w)(?P<x>{alternation(list(HOLIDAYS_FR))})(?!\w)"),
        holiday_resolver(HOLIDAYS_FR),
    ),
    (
        re.compile(
            r"(?i)(?<!\w)(?P<x>(?:vers\s+|aux\s+alentours\s+de\s+|peu\s+(?:avant|après)\s+)?"
            r"(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<mi>[0-5]\d)?)(?!\w)"
        ),
        time_resolver,
    ),
    (
        re.compile(
            r"(?i)(?<!\w)(?P<x>(?:vers\s+)?(?P<h>[01]?\d|2[0-3])\s+heures(?:\s+(?P<mi>[0-5]\d))?)(?!\w)"
        ),
        time_resolver,
    ),
    (re.compile(r"(?i)\b(?P<x>(?P<word>minuit|midi))\b(?!\s+\w*\s*(?:le|la))"), time_resolver),
]
"""Month without a year: latest not after publication; "mercredi dernier": strictly before."""
