"""How likely a mention and an incident report the same real-world event: facts first, text second.

`pair_features(a, b)` compares two mention profiles on nine features, each in [-1, 1] with 0
meaning "no evidence either way" (a missing value is never evidence):

| feature      | +1                                   | -1                                        |
|--------------|--------------------------------------|-------------------------------------------|
| date         | same day                             | 3+ days apart (day dates); disjoint ranges |
| undated      | (1 when either side has no date at all: a penalty, weight < 0)                   |
| place        | same GeoNames id                     | > 100 km apart or another country          |
| event_type   | same sub-event type                  | another coarse type (riot vs explosion)    |
| figures      | every shared count agrees            | every shared count conflicts               |
| time_of_day  | within an hour                       | more than 3 hours apart                    |
| sublocation  | the same sub-place                   | (weak) two different sub-places            |
| names        | every named person/group shared      | (weak) both name people, none shared       |
| lexical      | cosine of salient words              | -                                          |

`pair_features(a, b)` gives these features and `facts_exclude(a, b)` the cannot-link facts; the
learned link scorer (`merge/linker.py`) weighs them (the earlier hand-set weights are retired).
"""

from __future__ import annotations

import math
from typing import Any

from rapidfuzz import fuzz

from newsledger.extract.day_chooser import FOLLOW_UP
from newsledger.merge.blocking import COARSE_TYPES
from newsledger.merge.consensus import distance_km, figure_interval
from newsledger.merge.profile import MentionProfile
from newsledger.nlp.calendar_words import TIME_SLACK_HOURS as TIME_SLACK_HOURS  # linker reads
from newsledger.nlp.calendar_words import hours_apart
from newsledger.nlp.calendar_words import time_range as time_range  # linker reads it here
from newsledger.store.derive import AREA_PRECISION

FEATURES = (
    "date",
    "undated",
    "place",
    "event_type",
    "figures",
    "time_of_day",
    "sublocation",
    "names",
    "lexical",
)

MAX_DATE_GAP_DAYS = 3
"""Day-precision dates this many days apart are certainly two events (overnight reports and
time zones explain one day's gap, rarely two)."""


TIME_CONFLICT_HOURS = 3.0
"""Two times of day farther apart than this (beyond their ranges) are two events."""

SUBLOCATION_MATCH = 80.0
"""rapidfuzz token_set_ratio at which two sub-place strings name the same sub-place."""


def _date_feature(a: MentionProfile, b: MentionProfile) -> float:
    if a.date_first is None or b.date_first is None or a.date_last is None or b.date_last is None:
        return 0.0
    gap = max((b.date_first - a.date_last).days, (a.date_first - b.date_last).days, 0)
    if gap == 0:
        both_day = a.date_precision == "day" and b.date_precision == "day"
        value = 1.0 if both_day else 0.4
    else:
        value = -min(1.0, gap / MAX_DATE_GAP_DAYS)
    if a.date_inferred or b.date_inferred:
        value *= 0.5  # a publication-date window is weaker evidence than a stated date
    return value


def _place_feature(a: MentionProfile, b: MentionProfile) -> float:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return 0.0
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return 1.0 if pa.geo_precision <= 2 else 0.5
    if pa.country_code and pb.country_code and pa.country_code != pb.country_code:
        return -1.0
    if max(pa.geo_precision, pb.geo_precision) >= AREA_PRECISION:
        if pa.admin1 and pb.admin1:
            return 0.3 if pa.admin1 == pb.admin1 else -0.5
        return 0.1
    km = distance_km(pa, pb)
    if km is None:
        return 0.0
    if km <= 10:
        return 0.8
    if km <= 25:
        return 0.4
    if km <= 100:
        return -0.3
    return -1.0


def _type_feature(a: MentionProfile, b: MentionProfile) -> float:
    if not a.event_type or not b.event_type:
        return 0.0
    if a.event_type == b.event_type:
        if a.sub_event_type and a.sub_event_type == b.sub_event_type:
            return 1.0
        return 0.7
    ca, cb = COARSE_TYPES.get(a.event_type), COARSE_TYPES.get(b.event_type)
    if ca is not None and ca == cb:
        return 0.3
    return -0.7


FIGURE_KIND_WEIGHTS = {"participants": 0.4, "present": 0.4, "other": 0.3}
"""How much a count's agreement says (casualty and arrest counts weigh 1): crowd sizes and
police numbers are estimates outlets round differently; items counted are often partial."""


def figure_intervals(profile: MentionProfile) -> dict[tuple[str, str, str], list[Any]]:
    """Each count a report gives (kind, actor, item) -> the value intervals its claims allow."""
    out: dict[tuple[str, str, str], list[Any]] = {}
    for fig in profile.figures:
        if fig.value is not None:
            out.setdefault(fig.key, []).append(
                figure_interval(fig.value, fig.qualifier, fig.max_value)
            )
    return out


def intervals_meet(xs: list[Any], ys: list[Any]) -> bool:
    """Some claim of one report's count agrees with some claim of the other's."""
    return any(x0 <= y1 and y0 <= x1 for x0, x1 in xs for y0, y1 in ys)


def _figures_feature(a: MentionProfile, b: MentionProfile) -> float:
    """Mean over the counts both give (same kind, actor, item): +1 when some claim of each
    agrees within qualifiers, -1 when none can (extractors give several claims per count)."""
    ia, ib = figure_intervals(a), figure_intervals(b)
    total = weight_sum = 0.0
    for key in sorted(ia.keys() & ib.keys()):
        weight = FIGURE_KIND_WEIGHTS.get(key[0], 1.0)
        agree = intervals_meet(ia[key], ib[key])
        total += weight if agree else -weight
        weight_sum += weight
    return total / weight_sum if weight_sum else 0.0


def _time_feature(a: MentionProfile, b: MentionProfile) -> float:
    ra, rb = time_range(a.time_of_day), time_range(b.time_of_day)
    if ra is None or rb is None:
        return 0.0
    gap = hours_apart(ra, rb)
    if gap > TIME_CONFLICT_HOURS:
        return -1.0
    if gap > TIME_SLACK_HOURS:
        return 0.0
    # agreement says less than disagreement: many events happen "in the morning"
    clocks = (ra[0] == ra[1]) + (rb[0] == rb[1])
    return (0.05, 0.15, 0.5)[clocks]


def _sublocation_feature(a: MentionProfile, b: MentionProfile) -> float:
    if not a.sublocation or not b.sublocation:
        return 0.0
    ratio = fuzz.token_set_ratio(a.sublocation.lower(), b.sublocation.lower())
    return 1.0 if ratio >= SUBLOCATION_MATCH else -0.3


NAMES_DISJOINT = -0.2
"""Two reports that each name people or groups and share none: weak evidence of two events
(outlets quote different people about one event too)."""


def _names_feature(a: MentionProfile, b: MentionProfile) -> float:
    if not a.names or not b.names:
        return 0.0
    shared = len(a.names & b.names)
    if not shared:
        return NAMES_DISJOINT if min(len(a.names), len(b.names)) >= 2 else 0.0
    return shared / min(len(a.names), len(b.names))


def lexical_similarity(a: MentionProfile, b: MentionProfile) -> float:
    """Cosine of the weighted salient-word bags (0 when either is empty)."""
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    dot = sum(v * large.get(w, 0.0) for w, v in small.items())
    return dot / (a.norm * b.norm)


def pair_features(a: MentionProfile, b: MentionProfile) -> dict[str, float]:
    """The feature vector of two mentions (see the module docstring's table)."""
    return {
        "date": _date_feature(a, b),
        "undated": 1.0 if a.date_first is None or b.date_first is None else 0.0,
        "place": _place_feature(a, b),
        "event_type": _type_feature(a, b),
        "figures": _figures_feature(a, b),
        "time_of_day": _time_feature(a, b),
        "sublocation": _sublocation_feature(a, b),
        "names": _names_feature(a, b),
        "lexical": lexical_similarity(a, b),
    }


CANNOT_LINK = -50.0
"""Score of a pair whose stated facts exclude one incident: low enough that average linkage
never joins their clusters, however alike their wording (templated wire reports are)."""

DATE_VETO_DAYS = 7
"""Stated day dates further apart than this are two incidents (unless both name the same town:
then one report probably took a recalled date for the event's). A week, not a day or two,
because extraction sometimes takes another date of the story: on ECB+ a 2-day veto cost 7.5
CoNLL points, 7 days 5.7, against a synthetic corpus that collapsed into 4 incidents without it."""

PLACE_SAME_KM = 25.0
"""Places this close are the same place told at two scales (see consensus.PLACE_CONSISTENT_KM)."""

PLACE_VETO_KM = 100.0
"""Two town-level places further apart than this are two incidents (a report may name the
nearest town or the district; it does not move an incident to another city)."""


def _date_gap(a: MentionProfile, b: MentionProfile) -> int | None:
    """Days between two stated (not inferred) day-precision dates; None when not comparable."""
    if (
        a.date_first is None or b.date_first is None
        or a.date_last is None or b.date_last is None
        or a.date_inferred or b.date_inferred
        or a.date_precision != "day" or b.date_precision != "day"
    ):  # fmt: skip
        return None
    return max((b.date_first - a.date_last).days, (a.date_first - b.date_last).days, 0)


def stated_day_gap(a: MentionProfile, b: MentionProfile) -> int | None:
    """Days between two stated day dates (None when either is missing, inferred or coarser)."""
    return _date_gap(a, b)


def place_km(a: MentionProfile, b: MentionProfile) -> float | None:
    """Distance between two town-level places (inf across countries); None when either is
    missing or coarser than a town."""
    return _place_km(a, b)


def _place_km(a: MentionProfile, b: MentionProfile) -> float | None:
    """Distance between two town-level places (inf across countries); None when not comparable."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or max(pa.geo_precision, pb.geo_precision) > 1:
        return None
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return 0.0
    if pa.country_code and pb.country_code and pa.country_code != pb.country_code:
        return math.inf
    return distance_km(pa, pb)


RECALLED_DAYS = 14
"""A stated day more than this many days before its own article's publication is a recalled day
(`recalled_day`): two weeks, twice the date veto's week."""


def recalled_day(p: MentionProfile) -> bool:
    """Whether a mention's stated day lies more than RECALLED_DAYS before its article's
    publication: the page is a follow-up (a trial, an anniversary, a case still open) telling a
    day of the past, which may be the shooting's or an earlier step's the extractor took. Such
    a day weighs (the `date` feature) but does not veto: of the gva_dev train fold's 50 pairs
    of clusters of one incident that a date veto held apart, 15 were held by a pair with a
    recalled day on one side (docs/resolution.md, twenty-third pass)."""
    if p.published is None or p.date_last is None:
        return False
    return (p.published - p.date_last).days > RECALLED_DAYS


def follow_up_day(p: MentionProfile) -> bool:
    """Whether a mention's stated day dates a later step, not the violence: extraction classed
    the verb it dates as a follow-up's (an arrest, a charge, a court day, a release:
    `extract.day_chooser.FOLLOW_UP`). A follow-up page's fresh day ("was charged Thursday",
    published Friday) is a stated day like a new shooting's; such a day weighs (the `date`
    feature) but does not veto: of the gva_dev train fold's 50 pairs of clusters of one incident
    that a date veto held apart, 27 were held by a follow-up page's fresh day (docs/resolution.md,
    twenty-third pass)."""
    return p.day_verb == FOLLOW_UP


def tellings_contradict(a: MentionProfile, b: MentionProfile) -> bool:
    """Whether two tellings of one page tell two events: counts of one kind that cannot agree,
    two sub-places, or two towns more than PLACE_SAME_KM apart. A page that retells its story
    (a follow-up's step, then the shooting) gives the same counts and place in both; one that
    tells a second clash of the week in another district of the city gives its own."""
    km = _place_km(a, b)
    return (
        _figures_feature(a, b) < 0
        or _sublocation_feature(a, b) < 0
        or (km is not None and km > PLACE_SAME_KM)
    )


def facts_exclude(a: MentionProfile, b: MentionProfile) -> bool:
    """True when one stated fact excludes one incident and the other fact does not vouch for it.

    A date gap beyond DATE_VETO_DAYS excludes the pair unless both name the same town or either
    day is a recalled one (`recalled_day`) or a follow-up step's (`follow_up_day`); a place
    beyond PLACE_VETO_KM excludes it unless both give the same day. One extraction slip (a
    recalled date taken for the event's) is forgiven when the other fact agrees.
    """
    gap, km = _date_gap(a, b), _place_km(a, b)
    same_place = km is not None and km <= PLACE_SAME_KM
    same_day = gap == 0
    if (
        gap is not None
        and gap > DATE_VETO_DAYS
        and not same_place
        and not (recalled_day(a) or recalled_day(b))
        and not (follow_up_day(a) or follow_up_day(b))
    ):
        return True
    # Places alone veto only across countries with different stated days: the gazetteer can
    # resolve an ambiguous town name to its largest namesake, so distance alone is not a fact.
    return km == math.inf and gap is not None and not same_day
