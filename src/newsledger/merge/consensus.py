"""Consensus values and conflicts across the independent sources of one incident.

Rules (stated in every incident's `consensus_rules`):
- counts: each source's fullest count, then the lowest across sources (ACLED's conservative
  rule), with min and max of
  all claims; "at least 15" and "15" agree on 15.
- dates: the most precise date more than half of the dated sources agree with (a day beats the
  week or month that contains it; a night agrees with the next day told as its morning).
- place: the most precise place every placed source is consistent with.
A **conflict** is two independent sources whose claims cannot both be true once their qualifiers
are read as intervals (see `figure_interval`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar

from newsledger.geo import great_circle_km
from newsledger.merge.profile import PRECISION_RANK, PlaceFact, date_interval, parse_date
from newsledger.store.derive import AREA_PRECISION

APPROX_TOLERANCE = 0.2
"""Relative slack of "around N" / "about N": reporters round to the nearest 5 or 10, so "around
40" covers figures less than 20% away (33..47) and "around 300" 241..359. 20% keeps "around 40"
vs "60" a conflict (a 50% gap) and "around 200" vs "around 300", while "around 100" vs "110" or
"around 40" vs "45" agree."""

APPROX_MIN_SLACK = 1
"""Absolute slack of an approximate figure below 5 ("about 3" is 2..4)."""

METRO_KM = 100.0
"""A big city's outlets cover the towns around it to about this far (an hour's drive): two
sources naming the city and a town this close are the city's outlet and the event's town.
Farther apart, the second town is as often a distant outlet's own town (a TV station's city):
on gva_dev train, a population tie-break fixed 10 incidents and broke 4 within 100 km, and
fixed 3 and broke 3 beyond."""

PLACE_CONSISTENT_KM = 25.0
"""Two resolved places this close are one place told at two scales (a district and its town, a
port and its city); farther apart, two sources name different places."""

_OPEN = 1e-6  # "less than 20% away": approximate intervals are open at their ends

RULES: dict[str, str] = {
    "figures": "each source's fullest count, then the lowest of those across independent "
    "sources (ACLED's conservative rule); min/max span every claim; 'at least N' and 'N' "
    "agree; 'around N' allows ±20%; vague quantities ('several', 'dozens') set the value only "
    "when no source gives a number",
    "totals": "per mention, one count per kind over all sides (injured includes hospitalised; "
    "a count without an actor is not added to the same count with one); per incident, the "
    "median of the sources' fullest totals (the lower of two middles), vague totals only "
    "when no source gives a number; an article that counts fewer dead than the incident "
    "holds as hurt those who died since (its injured drop by the dead it lacks); never "
    "below a state side's count plus a count of people named outside the state's forces "
    "(migrants, protesters, rioters, activists) that one source tells apart, each side at "
    "its lowest source",
    "date": "most precise date that more than half of the dated sources agree with (a day "
    "beats its week or month; a night such as 'Tuesday night' also agrees with the next day "
    "told as its morning, 'early Wednesday', and a bare 'overnight' with the next day told "
    "at no later hour than its morning); without a majority, the most precise date with "
    "the most sources (ties: a main story's claim, then one told in a sentence of the "
    "violence or with a clock time, then the earliest); disjoint dates from two sources are a "
    "conflict",
    "location": "most precise place every placed source is consistent with (same GeoNames id, "
    "within 25 km, or inside the same admin1 when one source is vague); among towns of one "
    "state every source allows, the least populous (a suburb before the city beside it), "
    "unless a report names the bigger town's own police or officials or fewer reports name "
    "the smaller town; a place only a "
    "recalling (background) mention gives, in a state no main mention's place lies in and "
    "consistent with none of them, does not vote when a main mention is placed",
    "event_type": "type given by most independent sources (ties: the earliest report)",
    "sources": "independent sources: wire copies count with their original, several articles of "
    "one outlet count once; an article's main mention speaks for it in the count and place "
    "votes, its other mentions in the incident only where the main one states nothing; the "
    "date vote hears every telling of an article, as one source",
}


Told = TypeVar("Told")


def one_telling_per_article(
    tellings: Sequence[Told], article_of: Callable[[Told], str], main_of: Callable[[Told], bool]
) -> list[Told]:
    """The tellings of one fact that vote: an article whose main mention states the fact speaks
    by that mention only; its other mentions in the incident (a background telling the
    extractor split from the main story) fill in only what the main one does not state.

    Why: two mentions of one article in one incident are one source telling the story twice,
    and the second telling is a passing one (an earlier state, "was shot" before "died", or
    another day's recall). Voting both lets that source back two days or two places, or raise
    its fullest count with a figure its own main story does not give. `tellings` are the
    mentions' claims of one fact (a date, a place, one figure group, one total kind), in the
    incident's order; `article_of` and `main_of` read a telling's article and whether it is of
    that article's main mention."""
    told_by_main = {article_of(t) for t in tellings if main_of(t)}
    return [t for t in tellings if main_of(t) or article_of(t) not in told_by_main]


CASUALTY_KINDS = frozenset({"killed", "injured", "hospitalised"})
"""Counts of the harmed: one fact for `one_telling_per_article`. An article's second telling
of a death its main mention counts often tells the victim at an earlier moment ("was shot and
wounded", then "died"), so a main mention that counts any of them speaks for all of them: on
gva_dev train, with the told-twice merge, per incident injured 0.7651 kind by kind, 0.7667 so
(5 incidents where a retold "was shot" made a dead victim one injured too)."""


def count_fact(kind: str) -> str:
    """The fact a count of `kind` tells, for `one_telling_per_article`: the harmed are one
    (`CASUALTY_KINDS`), every other kind its own."""
    return "casualties" if kind in CASUALTY_KINDS else kind


@dataclass(frozen=True, slots=True)
class SourcedFigure:
    """A figure claim as consensus reads it: which source says it, and how exactly."""

    source: str
    article_id: str
    value: int | None
    qualifier: str
    max_value: int | None
    derived: bool = False  # implied by another kind (hospitalised N implies injured >= N)


def figure_interval(value: int, qualifier: str, max_value: int | None) -> tuple[float, float]:
    """The counts a claim allows: exact N -> [N, N]; around N -> N±20%; at least N -> [N, inf)."""
    if qualifier == "approx":
        slack = max(APPROX_MIN_SLACK, value * APPROX_TOLERANCE - _OPEN)
        return value - slack, value + slack
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0, value
    if qualifier in ("range", "vague"):
        return value, max_value if max_value is not None else math.inf
    return value, value


def _intersect(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None


def is_part(figure: SourcedFigure, fullest: int | None) -> bool:
    """Whether a claim is a part of its source's total: its counts leave out the source's
    fullest stated count `fullest` ("Seven people were shot ... two men were in stable
    condition": the two are some of the seven, not a rival total)."""
    if figure.value is None or figure.derived or fullest is None:
        return False
    low, high = figure_interval(figure.value, figure.qualifier, figure.max_value)
    return not low <= fullest <= high


def source_intervals(
    figures: Sequence[SourcedFigure], fullest: dict[str, int] | None = None
) -> dict[str, tuple[float, float]]:
    """Per source, the counts its total allows: the claims that admit its fullest stated count.

    Why: a report tells its total once and then parts of it ("two of them", "the third victim",
    "one died"); read as claims of the total, the parts made one report contradict itself and
    every other source (on the gva_dev train fold 150 of the 273 incidents with a count
    conflict had a source giving more than one value). A conflict is then two sources whose
    totals disagree. With no part (claims that all admit the fullest count), the intersection
    of the claims: "at least 15" and "15" allow 15. `fullest` is `fullest_by_source(figures)`
    when the caller has it already."""
    if fullest is None:
        fullest = fullest_by_source(figures)
    out: dict[str, tuple[float, float]] = {}
    for fig in figures:
        if fig.value is None or fig.derived or is_part(fig, fullest.get(fig.source)):
            continue
        interval = figure_interval(fig.value, fig.qualifier, fig.max_value)
        if fig.source not in out:
            out[fig.source] = interval
            continue
        both = _intersect(out[fig.source], interval)
        old = out[fig.source]
        out[fig.source] = both or (min(old[0], interval[0]), max(old[1], interval[1]))
    return out


@dataclass(slots=True)
class FigureConsensus:
    value: int | None
    minimum: int | None
    maximum: int | None
    supporting_sources: int
    conflicting_sources: list[tuple[str, str]]
    fullest: dict[str, int] = field(default_factory=dict)
    """Each source's fullest stated count (`fullest_by_source`): its total, which tells a
    claim that is a part of it (`is_part`)."""


def figure_consensus(figures: Sequence[SourcedFigure]) -> FigureConsensus:
    """Consensus of one (kind, actor, item) group; conflicts are pairs of disagreeing sources.

    Derived claims (hospitalised -> injured) corroborate but never set the value or conflict;
    explicit unknowns count nowhere.
    """
    direct = [f for f in figures if f.value is not None and not f.derived]
    if not direct:
        return FigureConsensus(None, None, None, 0, [])
    # A vague quantity ("several officers were hurt") is a range that never sets the value
    # when any source states a number: only counts with a number take part below.
    precise = [f for f in direct if f.qualifier != "vague"] or direct
    # Within one source, its fullest count ("7 injured" in a headline, "32 bruised, 7 in
    # hospital" from a union later: the source reports 32); across independent sources, the
    # most conservative of those (ACLED).
    fullest = fullest_by_source(precise)
    value = min(fullest.values())
    minimum = min(f.value for f in direct if f.value is not None)
    maximum = max((f.max_value if f.max_value is not None else f.value) or 0 for f in direct)
    intervals = source_intervals(precise, fullest)  # a vague word conflicts with no number
    supporting: set[str] = set()
    for fig in figures:
        if fig.value is None:
            continue
        lo, hi = figure_interval(fig.value, fig.qualifier, fig.max_value)
        if lo <= value <= hi:
            supporting.add(fig.source)
    pairs: list[tuple[str, str]] = []
    keys = sorted(intervals)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _intersect(intervals[a], intervals[b]) is None:
                pairs.append((a, b))
    return FigureConsensus(value, minimum, maximum, len(supporting), pairs, fullest)


NIGHT_WORDS = re.compile(r"\b(?:over)?night\b", re.IGNORECASE)
"""A day told as a night ("Friday night", "overnight", "last night") carries the evening's date
(nlp/date_rules.py), but a shooting that night may have come after midnight."""

LATER_IN_DAY = re.compile(
    r"\b(?:after)?noon\b|\bevening\b|\b(?:to|over)?night\b|\d\s*p\.?\s*m\b"
    r"|\b(?:1[2-9]|2[0-3])(?::[0-5]\d|h(?:[0-5]\d)?)\b(?!\s*a\.?\s*m\b)",
    re.IGNORECASE,
)
"""Words that put a time after midnight's small hours and the morning ("Monday afternoon",
"10 p.m. Sunday", "at 22:15", another "overnight"): such a day is not the night before it run
past midnight."""


def told_later_in_day(evidence: str) -> bool:
    """Whether a date's evidence tells an hour after the small hours and the morning (a night,
    an evening, an afternoon, a clock from noon on): that day's telling is not the small hours
    of a night told the day before."""
    return LATER_IN_DAY.search(evidence) is not None


EVENING_CLOCK = re.compile(
    r"\d\s*p\.?\s*m\b|\b(?:[6-9]|1[01]):[0-5]\d\b(?!\s*a\.?\s*m\b)", re.IGNORECASE
)
"""A clock that puts a night before midnight: p.m., or 6:00 to 11:59 without a.m. ("around 9:30
last night")."""


def spans_midnight(evidence: str) -> bool:
    """Whether a date's evidence tells a night that may run past midnight: a night word and
    no evening clock ("10 p.m. Sunday night" stays Sunday)."""
    return NIGHT_WORDS.search(evidence) is not None and EVENING_CLOCK.search(evidence) is None


UNNAMED_NIGHT = re.compile(r"^\W*(?:(?:early|late)\s+)?overnight\W*$", re.IGNORECASE)
"""A night told by "overnight" alone, with no day, date or clock: the report's own night
(nlp/date_rules.py gives it the evening's date)."""


def told_as_unnamed_night(evidence: str) -> bool:
    """Whether a date's evidence is "overnight" alone. Such a night is as often filed under the
    calendar day of its small hours as under its evening: on gva_dev train, of the main
    mentions whose day is a bare "overnight" told the day before publication, GVA's day was the
    evening in 23 and the next day in 18. "Friday night" or "last night" name their evening
    (of the 19 main mentions told as a bare "last night", GVA's day was the evening in 14, the
    next day in 3; of 583 "W night", the evening in 528): they do not reach the next day."""
    return UNNAMED_NIGHT.match(evidence) is not None


MORNING_WORDS = re.compile(r"\bearly\b|\bmorning\b|\bmidnight\b|\d\s*a\.?\s*m\b", re.IGNORECASE)
"""Words that tell a day's first hours ("early Saturday", "Sunday morning", "1:30 a.m.")."""


def told_as_morning(evidence: str) -> bool:
    """Whether a date's evidence tells the day's first hours ("early Saturday", "about 1:30
    a.m. Tuesday") and no later time. A bare day ("Thursday", "today") does not: it is as often
    the day a report was filed as the small hours after a night."""
    return MORNING_WORDS.search(evidence) is not None and not told_later_in_day(evidence)


ACT_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gun(?:fire|shots?|man|men|ned|point)|kill\w*|murder\w*|homicides?|"
    r"slain|slay\w*|stabb?\w*|wound\w*|injur\w*|hurt|dead|died|deaths?|fatal\w*|"
    r"attack\w*|assault\w*|fired|opened fire|bullets?|"
    r"tu[ée]e?s?|bless[ée]e?s?|fusillade|tirs?|abattu\w*|poignard\w*|agress\w*)\b",
    re.IGNORECASE,
)
"""Words of the violence itself (English and French surface forms): a date told in a sentence
holding one of them is told as the incident's day, not as the day of a statement, an interview
or a page link ("spoke to the boy's mother Monday")."""

CLOCK_WORDS = re.compile(
    r"\d\s*[ap]\.?\s*m\b|\b\d{1,2}[:h]\d\d\b|\bnoon\b|\bmidnight\b", re.IGNORECASE
)
"""A clock time in a date's evidence ("at 10:20 p.m. Sunday"): a report times the incident, not
a later statement."""

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(A-Z])|\n")


def claim_sentence(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding characters `start:end` (a rough split on end punctuation
    and line breaks, enough to ask which words share the sentence with a date)."""
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[first : after.start() + 1 if after else len(text)]


def told_with_act(sentence: str, evidence: str) -> bool:
    """Whether a date is told as the violence's own day: its sentence holds a word of the
    violence or its evidence a clock time."""
    return ACT_WORDS.search(sentence) is not None or CLOCK_WORDS.search(evidence) is not None


@dataclass(frozen=True, slots=True)
class SourcedDate:
    source: str
    article_id: str
    value: date
    precision: str
    night: bool = False  # told as a night that may run past midnight ("Friday night")
    morning: bool = False  # told as the day's first hours ("early Saturday", "2 a.m. Sunday")
    main: bool = True  # the claim of a report's main story, not of a background mention
    act: bool = True  # told in a sentence of the violence or with a clock (`told_with_act`)
    unnamed_night: bool = False  # told as "overnight" alone (`told_as_unnamed_night`)
    later: bool = False  # told at an hour after the morning, "Saturday night" (`told_later_in_day`)


def claim_holds(claim: SourcedDate, day: SourcedDate) -> bool:
    """Whether a source's claim allows the candidate date `day`: their intervals meet, or the
    claim is a night and `day` the next morning ("Tuesday night" and "early Wednesday
    morning" tell the same hours, and the calendar day is Wednesday), or the claim is a bare
    "overnight" and `day` the next day told with no hour later than its morning ("Saturday",
    "early Saturday": the night runs into it, and nothing names its evening). A next day told
    as its night, evening, afternoon or a clock from noon on ("Saturday night", "10 p.m.
    Saturday", another "overnight") is another night, not this one run past midnight. Not the
    other way round: the morning does not make the night's evening the day."""
    lo, hi = date_interval(day.value, day.precision)
    first, last = date_interval(claim.value, claim.precision)
    if first <= hi and lo <= last:
        return True
    return (
        claim.night
        and (day.morning or (claim.unnamed_night and not day.later))
        and day.precision == "day"
        and day.value == claim.value + timedelta(days=1)
    )


@dataclass(slots=True)
class DateConsensus:
    value: date | None
    precision: str | None
    supporting_sources: int
    conflicting_sources: list[tuple[str, str]]


def date_consensus(dates: Sequence[SourcedDate]) -> DateConsensus:
    """Most precise date most sources agree with; conflicts are disjoint source dates.

    Candidates are the claimed dates, tried from the most precise; the first that more than
    half of the sources allow (`claim_holds`) wins: a month named by a late follow-up agrees
    with both of two clashing days, but a day two of three sources give is the better answer,
    and "Tuesday night" with "early Wednesday" is Wednesday. When no date has a majority, the
    most precise date with the most sources wins (ties: a main story's claim before a
    background mention's, then a claim told with the violence before one that is not, then the
    earliest) and the disagreement is reported. A background mention merged into the incident
    is another report's passing reference to it ("a man was shot there Wednesday night"),
    weaker evidence of the day than a report whose main story it is: on gva_dev train the
    tie-break fixed 3 incidents and broke none. A day told in a sentence with no word of the
    violence and no clock is most often a later step's (a statement released, an interview, a
    link on the page): on gva_dev train that tie-break fixed 6 incidents and broke none.
    """
    if not dates:
        return DateConsensus(None, None, 0, [])
    by_source: dict[str, list[SourcedDate]] = {}
    for d in dates:
        by_source.setdefault(d.source, []).append(d)

    def agrees(cand: SourcedDate, source: str) -> bool:
        return any(claim_holds(c, cand) for c in by_source[source])

    ranked = sorted(
        dates, key=lambda d: (PRECISION_RANK.get(d.precision, 3), not d.main, d.value, d.source)
    )
    best: SourcedDate | None = None
    support_of: list[tuple[SourcedDate, int]] = []
    for cand in ranked:
        support = sum(agrees(cand, s) for s in by_source)
        if 2 * support > len(by_source):
            best = cand
            break
        support_of.append((cand, support))
    if best is None:
        most = max(n for _, n in support_of)
        best = min(
            (c for c, n in support_of if n == most),
            key=lambda d: (
                PRECISION_RANK.get(d.precision, 3),
                not d.main,
                not d.act,
                d.value,
                d.source,
            ),
        )
    best_support = sum(agrees(best, s) for s in by_source)
    conflicts: list[tuple[str, str]] = []
    keys = sorted(by_source)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if not any(
                claim_holds(x, y) or claim_holds(y, x) for x in by_source[a] for y in by_source[b]
            ):
                conflicts.append((a, b))
    return DateConsensus(best.value, best.precision, best_support, conflicts)


def distance_km(a: PlaceFact, b: PlaceFact) -> float | None:
    """Great-circle distance, or None when a coordinate is missing."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return great_circle_km(
        a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0
    )


def places_consistent(a: PlaceFact, b: PlaceFact) -> bool:
    """Same place told at two scales, or the same place (see PLACE_CONSISTENT_KM)."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    vague = max(a.geo_precision, b.geo_precision) >= AREA_PRECISION
    if vague:
        if not a.admin1 or not b.admin1:
            return True  # a country-level place is consistent with any place inside it
        return a.admin1 == b.admin1
    km = distance_km(a, b)
    if km is not None:
        return km <= PLACE_CONSISTENT_KM
    return (a.name or "").lower() == (b.name or "").lower()


def _same_place(a: PlaceFact, b: PlaceFact) -> bool:
    """One gazetteer entry (or, without ids, one name in one state): not merely nearby."""
    if a.geonames_id is not None or b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    return (a.name or "").lower() == (b.name or "").lower() and a.admin1 == b.admin1


def _sources_naming(place: PlaceFact, by_source: dict[str, list[PlaceFact]]) -> int:
    """How many sources name this very place: two towns within PLACE_CONSISTENT_KM are both
    consistent with every source, so the one more outlets name should win, not the first
    source name."""
    return sum(any(_same_place(place, q) for q in qs) for qs in by_source.values())


@dataclass(frozen=True, slots=True)
class SourcedPlace:
    source: str
    article_id: str
    place: PlaceFact
    claim_index: int
    main: bool = True  # the place of a report's main story, not of a background mention


@dataclass(slots=True)
class PlaceConsensus:
    chosen: SourcedPlace | None
    supporting_sources: int
    conflicting_sources: list[tuple[str, str]]
    finer_than: list[SourcedPlace] = field(default_factory=list)
    """When `finer_town` chose: the bigger towns every source allowed that it passed over, one
    entry per report placing one (each stays visible here as well as in the claims)."""


def _distinct(tied: Sequence[SourcedPlace]) -> list[SourcedPlace]:
    """One entry per place (the first source's), so one place claimed twice is no tie."""
    out: list[SourcedPlace] = []
    for cand in tied:
        if not any(_same_place(cand.place, kept.place) for kept in out):
            out.append(cand)
    return out


def smaller_town(
    tied: Sequence[SourcedPlace],
    places: Sequence[SourcedPlace],
    population: Callable[[int], int | None],
) -> SourcedPlace | None:
    """Among towns of one state, at most METRO_KM apart, that as many sources back but no
    town is consistent with all: the town more of the articles name, then the less populous.
    A big city's outlets place a shooting in a town around it under the city's dateline or
    name ("INDIANAPOLIS" for a Kokomo shooting), while a town's own report has no reason to
    name the city next to it. None when the places are no such towns, or a population is
    unknown."""
    if len({p.place.admin1 for p in tied}) != 1:
        return None
    for i, a in enumerate(tied):
        for b in tied[i + 1 :]:
            km = distance_km(a.place, b.place)
            if km is None or km > METRO_KM:
                return None
    sizes: list[int] = []
    for cand in tied:
        size = population(cand.place.geonames_id) if cand.place.geonames_id is not None else None
        if cand.place.geo_precision not in (1, 2) or size is None:
            return None
        sizes.append(size)
    if len(set(sizes)) < 2:
        return None
    naming = [sum(_same_place(cand.place, p.place) for p in places) for cand in tied]
    order = sorted(range(len(tied)), key=lambda i: (-naming[i], sizes[i]))
    return tied[order[0]]


def named_most(
    tied: Sequence[SourcedPlace], texts_naming: Callable[[PlaceFact], int]
) -> SourcedPlace | None:
    """Among tied places no rule of one state decides (towns of two states or countries, or
    far apart), the one the member reports' texts name most often by name, when one does
    strictly more than every other. A place read from a person's name ("Hall" -> a county of
    another state), a street ("Far South Side" -> a namesake town) or a bar ("The Ramsey") is
    named by its own report at most, while every report of the incident names its town ("Chicago
    police", "a Sacramento hookah lounge"). None when the texts do not tell them apart."""
    counts = [texts_naming(cand.place) for cand in tied]
    top = max(counts, default=0)
    if top == 0 or counts.count(top) > 1:
        return None
    return tied[counts.index(top)]


def recalled_places_aside(places: Sequence[SourcedPlace]) -> list[SourcedPlace]:
    """The places to vote on: when a main mention (a report's own incident) has a place, the
    places of background mentions (another report recalling the incident in a roundup or a
    follow-up) in a state or country no main mention's place lies in, and consistent with none
    of them, are left out. A recall names the event in passing, often by a neighbourhood read
    as a namesake town elsewhere ("in Austin" in a Chicago roundup), and a report's own lead
    names it best. Kept when no main mention is placed, when the recall agrees with one, or
    when it names another town of a main place's state (a report of the sentencing may be
    placed at the court's town, and a recall at the shooting's)."""
    own = [p for p in places if p.main]
    if not own:
        return list(places)
    regions = {(q.place.country_code, q.place.admin1) for q in own}
    return [
        p
        for p in places
        if p.main
        or (p.place.country_code, p.place.admin1) in regions
        or any(places_consistent(p.place, q.place) for q in own)
    ]


FINER_TOWN_MAJORITY = 3
"""Sources placing the bigger town that one source's smaller town never overturns: a victim's
home town or a hospital's town may be named in every text, but one report's reading of it
against three that place the city is the one to doubt."""


def finer_town(
    chosen: SourcedPlace,
    places: Sequence[SourcedPlace],
    allowed_by_all: Callable[[PlaceFact], bool],
    population: Callable[[int], int | None],
    texts_placing: Callable[[PlaceFact], int],
    policed: Callable[[PlaceFact], bool],
) -> tuple[SourcedPlace, list[SourcedPlace]] | None:
    """Among towns of one state that every source allows (within PLACE_CONSISTENT_KM of each
    other: a suburb and the city beside it, a neighbourhood and its city), the least populous is
    the finer place, as a town is finer than its county: a big city's outlets file a suburb's
    shooting under the city ("SALT LAKE CITY —" for a Midvale shooting) and outnumber the
    suburb's own paper, while no report names a suburb for a shooting in the city. Returns it
    with the allowed bigger towns passed over (one entry per report placing one). The chosen
    (bigger) town keeps its place when a member text names its own police or officials
    (`policed`: the city's police work the case, so it happened in the city, and the smaller
    name is a part of it or a place named in passing), when fewer member texts name the smaller
    town as a scene than the bigger (`texts_placing`: "in X", not "an X man" nor "a hospital
    in X"), or when one source alone places the smaller town against FINER_TOWN_MAJORITY or
    more placing the chosen one. None when no such smaller town is found, or when a town's
    population is unknown (a USPS town has no GeoNames id: the rule is off for its incident). It
    only ever moves the choice to a smaller town."""
    if chosen.place.geo_precision not in (1, 2) or chosen.place.geonames_id is None:
        return None
    same_scale = [
        p
        for p in places
        if p.place.geo_precision == chosen.place.geo_precision
        and p.place.admin1 == chosen.place.admin1
        and allowed_by_all(p.place)
    ]
    sizes: list[tuple[int, SourcedPlace]] = []
    for town in _distinct(same_scale):
        size = population(town.place.geonames_id) if town.place.geonames_id is not None else None
        if size is None:
            return None
        sizes.append((size, town))
    chosen_size = population(chosen.place.geonames_id)
    smallest_size, smallest = min(sizes, key=lambda st: st[0])
    if chosen_size is None or smallest_size >= chosen_size:
        return None
    if policed(chosen.place) or texts_placing(smallest.place) < texts_placing(chosen.place):
        return None
    if _placing_sources(smallest, places) == 1 and (
        _placing_sources(chosen, places) >= FINER_TOWN_MAJORITY
    ):
        return None
    bigger = [
        p
        for size, town in sizes
        if size > smallest_size
        for p in same_scale
        if _same_place(p.place, town.place)
    ]
    return smallest, bigger


def _placing_sources(town: SourcedPlace, places: Sequence[SourcedPlace]) -> int:
    """How many sources place the incident at the town itself."""
    return len({p.source for p in places if _same_place(p.place, town.place)})


def place_consensus(
    places: Sequence[SourcedPlace],
    population: Callable[[int], int | None] | None = None,
    texts_naming: Callable[[PlaceFact], int] | None = None,
    policed: Callable[[PlaceFact], bool] | None = None,
    texts_placing: Callable[[PlaceFact], int] | None = None,
) -> PlaceConsensus:
    """Most precise place consistent with every source (else with the most sources); among
    places of one precision, the one most sources name itself comes first. When no place is
    consistent with every source and towns of one state tie, `smaller_town` (given the
    gazetteer's `population` by GeoNames id) picks among them; other ties go to the place the
    member texts name most (`named_most`, given `texts_naming`: how many texts name a place).
    When two sources or more all allow several towns, `finer_town` (given also `policed`:
    whether a member text names a town's own police, and `texts_placing`: how many texts name a
    place as the scene) may pick the smaller one."""
    if not places:
        return PlaceConsensus(None, 0, [])
    by_source: dict[str, list[PlaceFact]] = {}
    for p in places:
        by_source.setdefault(p.source, []).append(p.place)
    ranked = sorted(
        places,
        key=lambda p: (
            p.place.geo_precision,
            -_sources_naming(p.place, by_source),
            p.source,
            p.claim_index,
        ),
    )
    best: SourcedPlace | None = None
    best_support = -1
    tied: list[SourcedPlace] = []
    for cand in ranked:
        support = sum(
            any(places_consistent(cand.place, q) for q in qs) for qs in by_source.values()
        )
        if support > best_support:
            best, best_support = cand, support
            tied = [cand]
        elif (
            support == best_support
            and best is not None
            and (cand.place.geo_precision == best.place.geo_precision)
        ):
            tied.append(cand)
        if support == len(by_source):
            tied = []
            break
    if len(tied) > 1:
        decided = smaller_town(tied, places, population) if population is not None else None
        if decided is None and texts_naming is not None:
            decided = named_most(_distinct(tied), texts_naming)
        best = decided or best
    finer_than: list[SourcedPlace] = []
    if (
        best is not None
        and best_support == len(by_source) >= 2
        and population is not None
        and texts_placing is not None
        and policed is not None
    ):

        def allowed_by_all(place: PlaceFact) -> bool:
            return all(any(places_consistent(place, q) for q in qs) for qs in by_source.values())

        finer = finer_town(best, places, allowed_by_all, population, texts_placing, policed)
        if finer is not None:
            best, finer_than = finer
    conflicts: list[tuple[str, str]] = []
    keys = sorted(by_source)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if not any(places_consistent(x, y) for x in by_source[a] for y in by_source[b]):
                conflicts.append((a, b))
    return PlaceConsensus(best, best_support, conflicts, finer_than)


def sourced_date(
    source: str,
    article_id: str,
    value: object,
    precision: str,
    evidence: str = "",
    main: bool = True,
    sentence: str | None = None,
) -> SourcedDate | None:
    """A date claim as consensus reads it; `evidence` is the claim's text ("Friday night"),
    `main` whether it is a report's main story (not a background mention), `sentence` the
    sentence the claim is told in (None: unknown, taken as told with the violence)."""
    parsed = parse_date(value)
    if parsed is None:
        return None
    if precision not in PRECISION_RANK:
        precision = "day"
    is_day = precision == "day"
    return SourcedDate(
        source,
        article_id,
        parsed,
        precision,
        night=is_day and spans_midnight(evidence),
        morning=is_day and told_as_morning(evidence),
        main=main,
        act=sentence is None or told_with_act(sentence, evidence),
        unnamed_night=is_day and told_as_unnamed_night(evidence),
        later=is_day and told_later_in_day(evidence),
    )


def median_source_count(figures: Sequence[SourcedFigure]) -> int | None:
    """The median of the sources' fullest stated counts, the lower of two middles.

    Why not the lowest, as for per-side figures: a total sums every side, and one source that
    tells only a part (a first report before a victim died, a follow-up about one victim) should
    not set it; among several sources the middle one is the count most of them come to. On the
    gva_dev train fold (229 incidents of two or more own articles) the per-article median was
    right for 182 killed and 164 injured, the lowest for 176 and 162. With two sources it is
    still the lower. Vague totals take part only when no source states a number."""
    fullest = fullest_by_source(figures)
    if not fullest:
        return None
    ordered = sorted(fullest.values())
    return ordered[(len(ordered) - 1) // 2]


def _holds(figure: SourcedFigure, value: int) -> bool:
    """Whether a source's stated figure (a number, a range or a vague amount) admits `value`."""
    if figure.value is None:
        return False
    low, high = figure_interval(figure.value, figure.qualifier, figure.max_value)
    return low <= value <= high


def fullest_by_source(figures: Sequence[SourcedFigure]) -> dict[str, int]:
    """Each source's fullest stated count (vague ones only when no claim states a number)."""
    direct = [f for f in figures if f.value is not None and not f.derived]
    precise = [f for f in direct if f.qualifier != "vague"] or direct
    fullest: dict[str, int] = {}
    for fig in precise:
        if fig.value is not None:
            fullest[fig.source] = max(fullest.get(fig.source, fig.value), fig.value)
    return fullest


def _less_the_dead(figure: SourcedFigure, died: int) -> SourcedFigure:
    """The source's injured count without `died` of its victims, whom the incident counts dead."""
    if figure.value is None or died <= 0:
        return figure
    upper = None if figure.max_value is None else max(0, figure.max_value - died)
    return replace(figure, value=max(0, figure.value - died), max_value=upper)


def _dead_by_article(killed: Sequence[SourcedFigure]) -> dict[str, int]:
    """Each article's fullest stated death count (a vague one when it states no number)."""
    by_article = [replace(f, source=f.article_id) for f in killed]
    return fullest_by_source(by_article)


def injured_less_later_dead(
    injured: Sequence[SourcedFigure], killed: Sequence[SourcedFigure], incident_killed: int
) -> list[SourcedFigure]:
    """Injured claims without the victims each report tells as hurt but the incident counts dead.

    Why: an early report says "a girl was shot and is in grave condition" (one injured), a later
    one "the girl has died" (one killed, no injured). Each article is a snapshot of its day, so
    one that counts fewer dead than the incident holds as hurt those who died by then: its
    injured count drops by the dead it lacks (floored at 0), and a person is not counted both
    hurt and dead. Per article, not per source: one outlet's first report and its follow-up
    differ the same way. On the gva_dev train sample (400 incidents) this made 7 injured counts
    right and 2 wrong (articles about the survivors alone, in ledger incidents that also held
    other shootings' dead)."""
    dead_told = _dead_by_article(killed)
    return [
        _less_the_dead(fig, incident_killed - dead_told.get(fig.article_id, 0)) for fig in injured
    ]


STATE_SIDES = frozenset({"police", "military", "government"})
"""Sides of the state's forces and officials."""

NON_STATE_SIDES = frozenset({"migrants", "protesters", "rioters", "activists"})
"""Sides named as people outside the state's forces. They can be the same people (protesters
riot, activists protest, migrants march), so their counts are never added to each other; a
count of one of them is never the same people as a count of the state's sides. Two sides are in
neither: `civilians`, which is also every generic person word ("people", "victims", "two men":
"five people were hurt, among them two officers"), so it may hold anyone; and the
perpetrators, since a report's "suspect" is another's "a man" and an officer can be the one
who shot."""


SidesTold = list[tuple[str, str, dict[str, object]]]
"""(source, article id, sides) per mention that names sides of a kind: `sides` as its `totals`
hold them, string actors only."""


def _sides_told(
    mention_totals: Sequence[tuple[str, str, dict[str, dict[str, object]]]], kind: str
) -> SidesTold:
    """The mentions' `sides` of `kind`, read once for both the sides' counts (`_side_values`)
    and the sides one source tells apart (`sides_floor`)."""
    out: SidesTold = []
    for source, article_id, totals in mention_totals:
        sides = totals.get(kind, {}).get("sides")
        if isinstance(sides, dict):
            named = {actor: value for actor, value in sides.items() if isinstance(actor, str)}
            out.append((source, article_id, named))
    return out


def _side_values(told: SidesTold) -> dict[str, list[SourcedFigure]]:
    """Per side, the sources' counts as their mentions state them."""
    out: dict[str, list[SourcedFigure]] = {}
    for source, article_id, sides in told:
        for actor, value in sides.items():
            if isinstance(value, int):
                out.setdefault(actor, []).append(
                    SourcedFigure(source, article_id, value, "exact", None)
                )
    return out


def sides_floor(
    mention_totals: Sequence[tuple[str, str, dict[str, dict[str, object]]]], kind: str
) -> tuple[int, dict[str, int]]:
    """The least the incident's `kind` total can be, from the sides' own counts, with the sides
    that make it (empty when no two sides add up).

    Why: the total is the median of the sources' totals, and a source that tells one side alone
    ("15 officers were hurt", with only "some migrants" beside it) can set it below what the
    sides add up to ("injured: 15 (migrants 3, police 15)"). Each side's count is the lowest of
    the sources' fullest counts of it (the per-side rule), an injured count less those of its
    side the article tells as hurt and the incident counts dead (`injured_less_later_dead`). Two
    sides are added only when they cannot be the same people: one of the state's sides and one
    outside them (`STATE_SIDES`, `NON_STATE_SIDES`), and only when one source tells both apart
    (two reports may call one wounded officer "an officer" and "a man"). Without such a pair the
    floor is the largest side's count."""
    sides_told = _sides_told(mention_totals, kind)
    told = _side_values(sides_told)
    if not told:
        return 0, {}
    dead = _side_values(_sides_told(mention_totals, "killed")) if kind == "injured" else {}
    value: dict[str, int] = {}
    for actor, figures in told.items():
        if actor in dead:
            side_dead = min(fullest_by_source(dead[actor]).values())
            figures = injured_less_later_dead(figures, dead[actor], side_dead)
        # every figure is a stated exact count, so each side has a fullest count
        value[actor] = min(fullest_by_source(figures).values())
    together = {frozenset((a, b)) for _, _, sides in sides_told for a in sides for b in sides
                if a != b}  # fmt: skip
    best, pair = max(value.values(), default=0), {}
    for state in STATE_SIDES & value.keys():
        for other in NON_STATE_SIDES & value.keys():
            if frozenset((state, other)) in together and value[state] + value[other] > best:
                best = value[state] + value[other]
                pair = {state: value[state], other: value[other]}
    return best, pair


def incident_totals(mention_totals: Sequence[tuple[str, str, dict[str, dict[str, object]]]]
                    ) -> dict[str, dict[str, object]]:  # fmt: skip
    """`totals` of an incident from (source, article_id, mention `totals`) of its mentions: per
    kind, the median of the sources' fullest totals (`median_source_count`), a vague total never
    overriding a stated one; the injured less those a source tells as hurt but the incident
    counts dead (`injured_less_later_dead`); never below the sides that cannot be the same
    people (`sides_floor`), which the total then names (`sides`)."""
    by_kind: dict[str, list[SourcedFigure]] = {}
    for source, article_id, totals in mention_totals:
        for kind, total in totals.items():
            value, maximum = total.get("value"), total.get("max")
            if not isinstance(value, int):
                continue
            by_kind.setdefault(kind, []).append(
                SourcedFigure(
                    source,
                    article_id,
                    value,
                    str(total.get("qualifier") or "exact"),
                    maximum if isinstance(maximum, int) else None,
                )
            )
    counted = dict(by_kind)  # the claims that set the value; min/max span the claims as told
    killed = median_source_count(by_kind.get("killed", []))
    if killed and "injured" in by_kind:
        counted["injured"] = injured_less_later_dead(
            by_kind["injured"], by_kind.get("killed", []), killed
        )
    out: dict[str, dict[str, object]] = {}
    for kind, told in sorted(by_kind.items()):
        figures = counted[kind]
        result = figure_consensus(told)
        if result.value is None:
            continue
        median = median_source_count(figures)
        value = result.value if median is None else median
        floor, sides = sides_floor(mention_totals, kind)
        sides_set = bool(sides) and floor > value
        if sides_set:
            value = floor
        supporting = {f.source for f in figures if _holds(f, value)}
        out[kind] = {
            "value": value,
            "min": result.minimum,
            "max": value if result.maximum is None else max(result.maximum, value),
            "sources": len(supporting),
        }
        if sides_set:
            out[kind]["sides"] = sides
    return out
