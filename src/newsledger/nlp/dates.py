"""Time expressions resolved against the publication date (English rules and the engine).

How: each language has a list of (compiled regex, resolver) rules; every rule scans the text once
(no per-token work), overlapping matches keep the longest, each match resolves with the calendar
conventions of `date_rules` (weekday on or before publication, night = the evening's date, year
inferred not after publication). A clock time next to a day expression ("at around 9:20 am on
Thursday") is merged into it. French rules live in `lang.fr.dates`, the other languages' in
`dates_other` (which uses dateparser for its relative phrases). Durations ("14 days", "15 years")
never match: a number + unit is a date only with "ago".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache

from babel.dates import get_month_names
from spacy.tokens import Doc

from newsledger.nlp.calendar_words import is_end_time
from newsledger.nlp.date_rules import (
    Resolved,
    clock,
    day,
    full_year,
    latest_day_month,
    latest_month,
    relative_period,
    resolve_weekday,
    safe_date,
    weekend_before,
)
from newsledger.nlp.dates_stamps import (
    INCIDENT_NOUNS_EN,
    REPORT,
    STAMP,
    clocked_event_day,
    day_verb,
    death_by_violence,
    is_report_time,
    is_report_verb,
    is_stamp,
)
from newsledger.nlp.dates_tense import adjust_occurrence
from newsledger.nlp.doctext import doc_text
from newsledger.nlp.outlets import playlist_lines
from newsledger.nlp.types import DateExpression

Handler = Callable[[re.Match[str], date | None], Resolved | None]
Rule = tuple[re.Pattern[str], Handler]

MAX_TIME_GAP = 12
"""Characters allowed between a clock time and the day it belongs to (" on ", ", at around ")."""
TIME_CONNECTOR = re.compile(
    r"^[\s,]*(?:on|at|around|about|le|à|vers|dans la nuit de|du)?[\s,]*(?:the\s+)?$",
    re.IGNORECASE,
)

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS_EN = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "lunchtime": "midday",
    "dawn": "early morning",
}
NUMBER_WORDS_EN = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
HOLIDAYS_EN = {
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "bastille day": (7, 14),
    "halloween": (10, 31),
}


@cache
def month_table(lang: str) -> dict[str, int]:
    """Month names (wide and abbreviated, CLDR via babel) -> month number, lower case."""
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            table[str(name).lower().rstrip(".")] = number
    if lang == "en":
        table["sept"] = 9
    return table


def alternation(names: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def month_number(name: str, lang: str) -> int:
    return month_table(lang)[name.lower().rstrip(".")]


def _en_month_pattern() -> str:
    # capitalised only: "may" and "march" in lower case are a verb, not a month
    names = [n.capitalize() for n in month_table("en")]
    return rf"(?:{alternation(names)})(?:\.(?!\w))?"


M_EN = _en_month_pattern()
WD_EN = alternation(WEEKDAYS_EN)
YEAR = r"(?:1[89]|20)\d{2}"
ORD = r"(?:st|nd|rd|th)"


# -- resolvers shared with other languages ------------------------------------------------------


def resolve_iso(m: re.Match[str], published: date | None) -> Resolved | None:
    value = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return None if value is None else day(value, "absolute")


def numeric_resolver(month_first: bool) -> Handler:
    """dd/mm/yyyy, or mm/dd/yyyy for English when the first number can be a month."""

    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        a, b, year = int(m["a"]), int(m["b"]), full_year(int(m["y"]))
        month, day_number = (a, b) if month_first and a <= 12 else (b, a)
        value = safe_date(year, month, day_number)
        return None if value is None else day(value, "absolute")

    return resolve


def day_month_resolver(lang: str) -> Handler:
    """A day and month with or without a year ("9 November", "le 1er janvier 2022")."""

    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        month = month_number(m["m"], lang)
        day_number = 1 if m["d"].lower() == "1er" else int(re.sub(r"\D", "", m["d"]))
        if m["y"]:
            value = safe_date(int(m["y"]), month, day_number)
            return None if value is None else day(value, "absolute")
        return day(latest_day_month(published, month, day_number))

    return resolve


def month_year_resolver(lang: str) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        from newsledger.nlp.date_rules import month_of

        start, end = month_of(int(m["y"]), month_number(m["m"], lang))
        return Resolved(start, end, "month", None, "absolute")

    return resolve


def month_alone_resolver(lang: str) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        return latest_month(published, month_number(m["m"], lang))

    return resolve


def resolve_year(m: re.Match[str], published: date | None) -> Resolved | None:
    year = int(m["y"])
    return Resolved(date(year, 1, 1), date(year, 12, 31), "year", None, "absolute")


def holiday_resolver(table: dict[str, tuple[int, int]]) -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        month, day_number = table[m["x"].lower()]
        return day(latest_day_month(published, month, day_number))

    return resolve


def days_before(n: int, time_of_day: str | None = None, relation: str = "past") -> Handler:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        value = None if published is None else published - timedelta(days=n)
        return day(value, relation if n else "present", time_of_day)

    return resolve


def time_resolver(m: re.Match[str], published: date | None) -> Resolved | None:
    """A clock time alone: no date of its own (merged later into a neighbouring day)."""
    hhmm: str | None
    if m.groupdict().get("word"):
        word = m["word"].lower()
        hhmm = "00:00" if word in ("midnight", "minuit") else "12:00"
    else:
        hhmm = clock(int(m["h"]), int(m["mi"] or 0), m.groupdict().get("ap") or "")
    if hhmm is None:
        return None
    return Resolved(None, None, None, hhmm, "time")


# -- English -----------------------------------------------------------------------------------


def _weekday_en(m: re.Match[str], published: date | None) -> Resolved | None:
    weekday = WEEKDAYS_EN.index(m["wd"].capitalize())
    modifier = (m["mod"] or "").lower().replace("past", "last")
    part = PARTS_EN.get((m["part"] or "").lower())
    if m["early"]:
        part = "early morning" if m["early"].lower() == "early" else "late evening"
    relation = "future" if modifier == "next" else "past"  # "next Monday" is still to come
    return day(resolve_weekday(published, weekday, modifier), relation, part)


def _night_en(m: re.Match[str], published: date | None) -> Resolved | None:
    weekday = WEEKDAYS_EN.index(m["wd"].capitalize())
    return day(resolve_weekday(published, weekday), "past", "night")


def _early_hours_en(m: re.Match[str], published: date | None) -> Resolved | None:
    weekday = WEEKDAYS_EN.index(m["wd"].capitalize())
    return day(resolve_weekday(published, weekday), "past", "early morning")


def _yesterday_en(m: re.Match[str], published: date | None) -> Resolved | None:
    part = PARTS_EN.get((m["part"] or "").lower())
    return days_before(1, part)(m, published)


def _today_en(m: re.Match[str], published: date | None) -> Resolved | None:
    words = m["x"].lower()
    part = next((PARTS_EN[p] for p in PARTS_EN if p in words), None)
    if "tonight" in words:
        part = "evening"
    return day(published, "present", part)


def _ago_en(m: re.Match[str], published: date | None) -> Resolved | None:
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS_EN[m["n"].lower()]
    unit = m["unit"].lower()
    if published is None:
        return relative_period(None, unit, -n, "past")
    if unit == "day":
        return day(published - timedelta(days=n))
    if unit == "week":
        return relative_period(published, "week", -n, "past")
    if unit == "month":
        return relative_period(published, "month", -n, "past")
    return relative_period(published, "year", -n, "past")


def _period_en(m: re.Match[str], published: date | None) -> Resolved | None:
    mod = m["mod"].lower()
    unit = m["unit"].lower()
    if mod in ("the past", "the previous", "the last"):
        if published is None:
            return Resolved(None, None, unit, None, "past")
        span = {"week": 6, "month": 29, "year": 364}[unit]
        return Resolved(published - timedelta(days=span), published, unit, None, "past")
    offset = {"this": 0, "last": -1, "next": 1, "the coming": 1}[mod]
    relation = {0: "present", -1: "past", 1: "future"}[offset]
    resolved = relative_period(published, unit, offset, relation)
    if m["ear"] and m["ear"].lower() == "earlier" and published is not None and offset == 0:
        return Resolved(resolved.value, published, unit, None, "past")
    return resolved


def _weekend_en(m: re.Match[str], published: date | None) -> Resolved | None:
    return weekend_before(published)


def _month_modifier_en(m: re.Match[str], published: date | None) -> Resolved | None:
    month = month_number(m["m"], "en")
    if (m["pre"] or "").lower() == "last" and published is not None and month == published.month:
        return latest_month(published.replace(day=1) - timedelta(days=1), month)
    return latest_month(published, month)


EN_RULES: list[Rule] = [
    (
        re.compile(rf"\b(?P<x>(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01]))\b"),
        resolve_iso,
    ),
    (
        re.compile(r"\b(?P<x>(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d{2}))\b"),
        numeric_resolver(month_first=True),
    ),
    (
        re.compile(
            rf"(?<![\d:])(?P<x>(?:(?:{WD_EN}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d){ORD}?(?:\s+of)?\s+"
            rf"(?P<m>{M_EN})"
            rf"(?:,?\s+(?P<y>{YEAR}))?)\b"
        ),
        day_month_resolver("en"),
    ),
    (
        re.compile(
            rf"(?P<x>(?:(?:{WD_EN}),?\s+)?(?P<m>{M_EN})\s+(?:the\s+)?(?P<d>[0-3]?\d){ORD}?\b(?![,.]?\d)"
            rf"(?:,?\s+(?P<y>{YEAR}))?)\b"
        ),
        day_month_resolver("en"),
    ),
    (
        re.compile(rf"\b(?P<x>(?:(?:early|late|mid)[\s-]+)?(?P<m>{M_EN})\s+(?P<y>{YEAR}))\b"),
        month_year_resolver("en"),
    ),
    (
        re.compile(
            rf"\b(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f|"
            rf"[Bb]efore|[Aa]fter|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+"
            rf"(?:(?:early|late|mid)[\s-]+)?(?P<x>(?P<m>{M_EN}))\b(?!\s*\d)"
        ),
        _month_modifier_en,
    ),
    (
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Bb]efore|[Aa]fter|"
            rf"[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?P<x>(?P<y>{YEAR}))\b(?![\d%,.]\d|\s*%)"
        ),
        resolve_year,
    ),
    (
        re.compile(
            rf"(?i:(?P<x>(?:overnight|the\s+night)\s+(?:of\s+|from\s+|between\s+)?)"
            rf")(?P<wd>{WD_EN})(?:\s+(?:to|into|and)\s+(?:{WD_EN}))?\b"
        ),
        _night_en,
    ),
    (
        re.compile(
            rf"(?i:\b(?P<x>(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+(?:the\s+)?)"
            rf")(?P<wd>{WD_EN})\b"
        ),
        _early_hours_en,
    ),
    (
        re.compile(
            rf"(?P<x>(?:(?P<early>[Ee]arly|[Ll]ate)\s+(?:on\s+)?)?(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|"
            rf"[Pp]ast)\s+)?(?P<wd>{WD_EN})(?:['’]s)?"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night|lunchtime))?)\b"
        ),
        _weekday_en,
    ),
    (re.compile(r"(?i)\b(?P<x>the\s+day\s+before\s+yesterday)\b"), days_before(2)),
    (
        re.compile(r"(?i)\b(?P<x>yesterday(?:\s+(?P<part>morning|afternoon|evening))?)\b"),
        _yesterday_en,
    ),
    (re.compile(r"(?i)\b(?P<x>last\s+night|overnight)\b"), days_before(1, "night")),
    (
        re.compile(
            r"(?i)\b(?P<x>(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening))\b"
        ),
        _today_en,
    ),
    (
        re.compile(
            rf"(?i)\b(?P<x>(?P<n>\d{{1,3}}|{alternation(list(NUMBER_WORDS_EN))})\s+"
            rf"(?P<unit>day|week|month|year)s?\s+ago)\b"
        ),
        _ago_en,
    ),
    (
        re.compile(
            r"(?i)\b(?P<x>(?:(?P<ear>earlier|later|late|early)\s+)?(?P<mod>this|last|next|the\s+past|"
            r"the\s+previous|the\s+coming)\s+(?P<unit>week|month|year))\b"
        ),
        _period_en,
    ),
    (re.compile(r"(?i)\b(?P<x>(?:last|this|over\s+the|at\s+the)\s+weekend)\b"), _weekend_en),
    (
        re.compile(rf"(?i)\b(?P<x>{alternation(list(HOLIDAYS_EN))})\b"),
        holiday_resolver(HOLIDAYS_EN),
    ),
    (
        re.compile(
            r"(?i)\b(?P<x>(?:(?:around|about|approximately|roughly|shortly\s+(?:before|after)|"
            r"just\s+(?:before|after))\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
            r"(?P<ap>[ap]\.m\.|[ap]\.?m\b))"
        ),
        time_resolver,
    ),
    (
        re.compile(
            r"\b(?P<x>(?:(?:around|about)\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))\b(?!:)"
        ),
        time_resolver,
    ),
    (re.compile(r"(?i)\bat\s+(?P<x>(?P<word>midnight|noon|midday))\b"), time_resolver),
]


# -- engine ------------------------------------------------------------------------------------


def rules_for(lang: str) -> list[Rule]:
    if lang == "fr":
        from newsledger.lang.fr.dates import FR_RULES

        return FR_RULES
    if lang == "en":
        return EN_RULES
    from newsledger.nlp.dates_other import rules_for_language

    return rules_for_language(lang)


def find_date_expressions(
    doc: Doc | str, published: date | datetime | None, lang: str
) -> list[DateExpression]:
    """Time expressions of `doc` in text order, resolved against `published` (see module doc)."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    if isinstance(published, datetime):
        published = published.date()
    hits: list[tuple[int, int, re.Match[str], Handler]] = []
    for pattern, handler in rules_for(lang):
        for m in pattern.finditer(text):
            start, end = m.span("x") if "x" in pattern.groupindex else m.span()
            end = max(end, m.end())
            hits.append((start, end, m, handler))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[DateExpression] = []
    for start, end, m, handler in hits:
        if any(start < e and s < end for s, e in taken):
            continue
        resolved = handler(m, published)
        if resolved is None:
            continue
        if lang == "en":
            resolved = adjust_occurrence(text, start, end, resolved, published)
        taken.append((start, end))
        chosen.append(
            DateExpression(
                start,
                end,
                text[start:end],
                resolved.value,
                resolved.last,
                resolved.precision,
                resolved.time_of_day,
                resolved.relation,
            )
        )
    chosen.sort(key=lambda d: d.start)
    parsed = None if isinstance(doc, str) else doc
    found = _attach_times(chosen, text)
    if lang == "en":
        found = _past_midnight(found, text)
    marked = _playlist_stamps([_mark_stamp(d, text, parsed) for d in found], text)
    return _night_told_by_its_morning(marked) if lang == "en" else marked


_POSSESSIVE = r"['’]s"
_EVENT_AFTER_POSSESSIVE = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(INCIDENT_NOUNS_EN)})\b", re.IGNORECASE
)


_DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_LINK_WORDS = (
    "after", "before", "of", "the", "a", "an", "in", "on", "at", "since", "following", "and",
    "or", "to", "from", "that", "which", "was", "were", "is", "with", "for", "by", "when",
)  # fmt: skip
_EVENT_AFTER_ATTRIBUTE = re.compile(
    rf"^,?\s+(?:(?!(?:{alternation(_LINK_WORDS)})\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(INCIDENT_NOUNS_EN)})\b",
    re.IGNORECASE,
)
"""An incident noun right after a day used as its modifier, with at most two modifiers between
("the Dec. 12 shooting", "the May 31 shooting death", "the Friday night drive-by shooting"),
none of them a preposition, article or verb ("the Monday after the shooting" is another day)."""


def names_incident_day(text: str, expr: DateExpression) -> bool:
    """Whether a day is told as an incident's own: in its possessive ("Tuesday's shooting",
    "Sunday night's fatal shooting", "last night's double homicide") or as the modifier of a
    definite incident noun ("the Dec. 12 shooting", "charged in the June 3 killing"). Either way
    the report names the incident's day, whatever else it dates (an arrest, a hearing, the day
    police spoke): follow-ups published weeks later refer to their shooting this way."""
    if expr.precision != "day" or expr.relation == "time":
        return False
    if re.search(rf"{_POSSESSIVE}$", expr.text):
        rest = text[expr.end : expr.end + 60]
    elif re.match(_POSSESSIVE, text[expr.end : expr.end + 2]):
        rest = text[expr.end + 2 : expr.end + 62]
    else:
        return bool(
            _DEFINITE_BEFORE.search(text[max(0, expr.start - 5) : expr.start])
            and _EVENT_AFTER_ATTRIBUTE.match(text[expr.end : expr.end + 60])
        )
    return bool(_EVENT_AFTER_POSSESSIVE.match(rest))


def _mark_stamp(expr: DateExpression, text: str, doc: Doc | None = None) -> DateExpression:
    """The expression with relation `stamp` when it dates the page, `report` when it is the
    day something was said or a later step came (`dates_stamps`; with a parse, also a day the
    verb of such a step governs)."""
    if expr.relation == "time":
        return expr
    if is_stamp(text, expr.start, expr.end):
        return replace(expr, relation=STAMP)
    if expr.precision != "day" or expr.relation != "past" or names_incident_day(text, expr):
        return expr
    governed = None if doc is None else day_verb(doc, expr.start, expr.end)
    if governed is not None and clocked_event_day(*governed, expr.time_of_day):
        governed = None  # "shots rang out at 1:15 a.m. Tuesday, police said": the event's time
    if is_report_time(text, expr.start) or (governed is not None and is_report_verb(*governed)):
        if governed is not None and death_by_violence(governed[0]):
            return expr  # "died Tuesday in a shooting": the shooting's day
        return replace(expr, relation=REPORT)
    return expr


def _playlist_stamps(found: list[DateExpression], text: str) -> list[DateExpression]:
    """Days in a video playlist's titles marked `stamp` (`outlets.playlist_lines`: "1:16 Sunday
    Interview: ...", "0:36 Fire at a home Tuesday night"): other clips on the page, whose days
    are not the report's."""
    lines = playlist_lines(text) if found else []
    if not lines:
        return found
    return [
        replace(d, relation=STAMP)
        if d.relation != "time" and any(s <= d.start < e for s, e in lines)
        else d
        for d in found
    ]


def _attach_times(found: list[DateExpression], text: str) -> list[DateExpression]:
    """Merge a clock time into the day expression right next to it ("9:20 am on Thursday")."""
    out: list[DateExpression] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.start - cur.end <= MAX_TIME_GAP
            and TIME_CONNECTOR.match(text[cur.end : nxt.start])
        ):
            pair = _merge(cur, nxt, text)
            if pair is not None:
                out.append(pair)
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


NIGHT_WORDS = re.compile(r"(?i)\b(?:night|overnight)\b")
NIGHT_BEFORE_ITS_DAY = re.compile(rf"(?i)\b(?:overnight|night\s+(?:of|from|between))\s+(?:{WD_EN})")
""""overnight Sunday", "the night of Friday to Saturday": the day named is already told, its
small hours need no moving."""
SMALL_HOURS_END = "06:00"
"""A clock time before this, told of a night, is after its midnight: the next calendar day."""
NIGHT_CLOCK_WINDOW = 300
"""Characters after a night expression in which a clock time still tells that night's hour
("... shot overnight in a bar. Police were called at about 2:40 a.m. ...")."""


def _past_midnight(found: list[DateExpression], text: str) -> list[DateExpression]:
    """A night dated by its evening ("overnight", "Friday night") moves to the next day when a
    clock time in its small hours tells that night's hour ("overnight ... about 3:30 a.m.",
    "Friday night at 1:15 a.m."): the calendar day of the event, as police logs and GVA file
    it. Without such a clock the evening's date stays (a night report is most often of the
    evening). The clock must come within NIGHT_CLOCK_WINDOW and before any other day, and must
    not be when the night's violence ended ("until 2 a.m."): that night began the evening before.
    """
    out: list[DateExpression] = []
    for i, expr in enumerate(found):
        if (
            expr.value is not None
            and expr.precision == "day"
            and NIGHT_WORDS.search(expr.text)
            and not NIGHT_BEFORE_ITS_DAY.search(expr.text)
        ):
            next_day = expr.value + timedelta(days=1)
            clock = (expr if _small_hours(expr)
                     else _night_clock(found[i + 1 :], expr.end, next_day, text))  # fmt: skip
            if clock is not None:
                expr = replace(expr, value=next_day, last=next_day,
                               time_of_day=clock.time_of_day)  # fmt: skip
        out.append(expr)
    return out


BARE_NIGHT = re.compile(r"(?i)^(?:overnight|last\s+night|new\s+year['’]s\s+eve)$")
"""A night told with no weekday, dated by its evening against the publication date, and the
night of New Year's Eve: a party night that runs past midnight, dated by its evening ("shot
at a New Year's Eve party") as a bare night is. One pattern, so the same night told twice
("a New Year's Eve party ... another New Year's Eve party") is not taken for its evening's
own day told first."""
MORNING_PARTS = frozenset({"morning", "early morning"})
EVENT_RELATIONS = frozenset({"past", "absolute"})
"""Relations of a day that can tell an event's day (not a page stamp, a report day, a day to
come or today)."""


def _night_told_by_its_morning(found: list[DateExpression]) -> list[DateExpression]:
    """A bare night ("overnight", "last night") dated by its evening moves to the next day
    when the report names that next day's morning or small hours further down ("... were hurt
    overnight. ... the shots rang out early Sunday", "about 2 a.m. Sunday"): one night told
    twice, filed under the calendar day of its small hours, as a morning told first is
    (`extract.segment._same_night`) and as GVA files it. A day told first on the evening's
    own date ("overnight ... around 10:45 p.m. Friday", "from Sunday evening into Monday
    morning") keeps the evening. A night told with its weekday ("Saturday night") keeps its
    evening too: most such reports are of the evening (on gva_dev train, moving those as
    well fixed 4 more articles and broke 19)."""
    out = list(found)
    for i, expr in enumerate(out):
        if (
            expr.value is None
            or expr.precision != "day"
            or expr.relation not in EVENT_RELATIONS
            or not BARE_NIGHT.match(expr.text.strip())
        ):
            continue
        next_day = expr.value + timedelta(days=1)
        for later in out[i + 1 :]:
            if later.precision != "day" or later.relation not in EVENT_RELATIONS:
                continue
            if later.value == expr.value and not BARE_NIGHT.match(later.text.strip()):
                break  # the evening's own day is told first
            if later.value == next_day and (
                later.time_of_day in MORNING_PARTS or _small_hours(later)
            ):
                out[i] = replace(expr, value=next_day, last=next_day)
                break
    return out


def _small_hours(expr: DateExpression) -> bool:
    """A stated clock time after midnight and before dawn ("midnight" alone is not one: "at
    midnight Friday" is the end of Friday as often as the start of Saturday)."""
    hhmm = expr.time_of_day or ""
    return (
        len(hhmm) == 5 and hhmm[2] == ":" and hhmm < SMALL_HOURS_END
        and "midnight" not in expr.text.lower()
    )  # fmt: skip


def _night_clock(following: list[DateExpression], night_end: int, next_day: date,
                 text: str) -> DateExpression | None:  # fmt: skip
    """The first clock time after a night expression, when it is in that night's small hours
    (see _past_midnight): a free one ("about 3:30 a.m.") or one told with the next day ("around
    2:30 a.m. Saturday" after "Friday night"); None at any other day or past the window."""
    for expr in following:
        if expr.start - night_end > NIGHT_CLOCK_WINDOW or is_end_time(text, expr.start):
            return None
        if expr.relation == "time":
            return expr if _small_hours(expr) else None
        told_next_day = expr.precision == "day" and expr.value == next_day
        return expr if told_next_day and _small_hours(expr) else None
    return None


def _merge(a: DateExpression, b: DateExpression, text: str) -> DateExpression | None:
    times = [x for x in (a, b) if x.relation == "time"]
    days = [x for x in (a, b) if x.relation != "time" and x.precision == "day"]
    if len(times) != 1 or len(days) != 1:
        return None
    t, d = times[0], days[0]
    return DateExpression(
        a.start,
        b.end,
        text[a.start : b.end],
        d.value,
        d.last,
        d.precision,
        t.time_of_day,
        d.relation,
    )
