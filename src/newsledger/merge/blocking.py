"""Blocking: the few incidents a new mention is compared with, found by key, never by scan.

Every mention gets two key sets. **Stored** keys go into the store with its incident; **probe**
keys are looked up (`Store.incidents_for_blocks`) when a mention arrives. Two mentions are
candidates when one's probe keys meet the other's stored keys. Keys are asymmetric so a precise
mention does not drag in every vague incident of its month and region, and vice versa:

- fact keys `f|<time>|<place>|<type>`, the product of
  - time: a day date stores/probes 2-day buckets around it (so a date off by one still meets),
    plus `m:YYYY-MM` stored (for vague probes); a week/month/year date stores `M:YYYY-MM` for
    each month it covers and probes `m:` and `M:` of those months (so a month-precision report
    finds the day-precision incidents of that month). No date: no fact keys.
  - place: a town stores its ~50 km grid cell and `a:<country>.<admin1>`, probes the 3x3 cells
    around it and `A:<country>.<admin1>`; a region-level place stores `A:` and probes `a:` + `A:`;
    no place stores `?` and everybody probes `?` (placeless incidents of the same days and type;
    not of a whole month: see `_specific`);
    every day-dated mention also stores `*` (any place) for its day buckets, which only
    placeless day-dated mentions probe (a report whose place was missed still finds its
    incident; the block is the incidents of two days and one coarse type, anywhere).
  - type: a coarse group (unrest, violence, strategic) or `?`, probed in both directions.
- lexical keys `l|<band>|<hash>`: MinHash LSH bands over the mention's most salient words
  (names, places), and `r|<band>|<hash>` over its rarest words (streets, family names), so a
  mention without date or place still finds its incident. The commonest words ("man", "police",
  "shot") are left out of both, and a dated mention's bands are prefixed by its months
  (`t:YYYY-MM|l|...`, see `lexical_block_keys`): stock wording no longer chains a fold's reports
  into one candidate set. A main mention's bands are also prefixed by its publication months.
- same-days keys `p|<publication bucket>|<word>` over a main mention's rarest words
  (`published_together_keys`): reports published within days sharing a rare word meet.
- rare-word pair keys `q|<word>|<word>` over each pair of a mention's 6 rarest specific words
  (`rare_pair_block_keys`): stored by every mention, probed by undated ones only, so an undated
  report naming the same two uncommon things as another meets it.
- key-name keys `k|<name>` over a main mention's first key name that is not a word of its place
  (`key_name_block_keys`): stored by every such mention, probed by undated ones only.
- same-state name keys `n|<country>.<admin1>|<word>+<word>` over pairs of a dated main mention's
  3 rarest name words (`name_keys`): a follow-up months later that names the first report's
  victim and accused meets it.
- named-people keys `v|<country>.<admin1>|<full name>`, `v|?|<full name>` and `v|<full name>`
  over a main mention's victims and accused (`people_keys`, `extract.people`): a follow-up that
  names the shooting's victim or accused meets it whatever the months between them, in its
  state or when either has no state; two states' pages meet on the name only within months
  (`v|t<bucket>|<full name>`).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from itertools import product

import numpy as np

from newsledger.merge.crosslang import (
    MAX_PLACE_PRECISION,
    crosslang_block_keys,
    language_keys,
    weekday_fact_keys,
)
from newsledger.merge.descriptions import undirected
from newsledger.merge.profile import (
    MentionProfile,
    person_key,
    place_words,
    rarity,
)

CELL_DEGREES = 0.5
"""Grid cell side: 0.5° of latitude is ~55 km, about the reach of one town and its outskirts."""

DAY_BUCKET_DAYS = 2
"""Width of a day bucket; a day date probes the buckets of day-1..day+1 (overnight, time zones)."""

COARSE_TYPES: dict[str, str] = {
    "Riots": "unrest",
    "Protests": "unrest",
    "Battles": "violence",
    "Violence against civilians": "violence",
    "Explosions/Remote violence": "violence",
    "Strategic developments": "strategic",
}
"""ACLED event types grouped so that a riot one outlet calls a protest still meets."""

SALIENT_TERMS = 16
"""Salient words hashed into the first MinHash signature: the heaviest ones of a mention's lead
(capitalised words first); what finds the undated look-alike reports of one event (ECB+)."""

RARE_TERMS = 24
"""Rare words hashed into the second signature: a mention's rarest words (rarity in the language
x sublinear count, `MentionProfile.rare`: street and family names, not "shooting" or "police").
On gva_dev train the rare bands found 46 same-incident pairs more than the salient ones while
proposing 2.6 times fewer pairs (113,673 against 296,655)."""

LSH_BANDS = 10
LSH_ROWS = 2
"""Salient bands: 10 bands of 2 rows: two mentions sharing half their salient words meet with
probability 1-(1-0.5²)^10 = 0.94, a third 0.67, a tenth 0.1. (12 bands of 3 rows cut ECB+
CoNLL F1 from 76 to 56: undated reports find each other through these bands only.) Candidates
that common words bring in are dropped cheaply by `resolve.add_mentions` before any write."""

RARE_BANDS = 16
"""Rare-word bands (of LSH_ROWS rows): half the rare words shared meet with probability 0.99,
a third 0.85, a tenth 0.15."""

_PRIME = (1 << 31) - 1
"""Modulus of the MinHash permutations: a 31-bit prime keeps a*h+b inside uint64 arithmetic."""


def _seeded(label: str) -> int:
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "big")


_PERM_A = np.array(
    [_seeded(f"a{i}") % _PRIME | 1 for i in range(RARE_BANDS * LSH_ROWS)], dtype=np.uint64
)
_PERM_B = np.array(
    [_seeded(f"b{i}") % _PRIME for i in range(RARE_BANDS * LSH_ROWS)], dtype=np.uint64
)
"""Fixed hash permutations (a*h+b mod 2^31-1): the same words give the same bands forever."""


def _month_keys(first: date, last: date) -> list[str]:
    keys: list[str] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month) and len(keys) < 13:
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


def time_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) time parts; both empty when the mention has no date."""
    first, last = profile.date_first, profile.date_last
    if first is None or last is None:
        return [], []
    months = _month_keys(first, last)
    if profile.date_precision == "day" and not profile.date_inferred:
        buckets = sorted(
            {(first + timedelta(days=d)).toordinal() // DAY_BUCKET_DAYS for d in (-1, 0, 1)}
        )
        day_keys = [f"d:{b}" for b in buckets]
        return day_keys + [f"m:{m}" for m in months], day_keys + [f"M:{m}" for m in months]
    return [f"M:{m}" for m in months], [f"m:{m}" for m in months] + [f"M:{m}" for m in months]


def place_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) place parts."""
    place = profile.place
    if place is None or (place.country_code is None and place.latitude is None):
        return ["?"], ["?"]
    region = f"{place.country_code or '?'}.{place.admin1 or '?'}"
    if place.geo_precision <= 2 and place.latitude is not None and place.longitude is not None:
        row = math.floor(place.latitude / CELL_DEGREES)
        col = math.floor(place.longitude / CELL_DEGREES)
        cells = [f"c:{row + dr}:{col + dc}" for dr in (-1, 0, 1) for dc in (-1, 0, 1)]
        return [f"c:{row}:{col}", f"a:{region}"], [*cells, f"A:{region}", "?"]
    return [f"A:{region}"], [f"a:{region}", f"A:{region}", "?"]


def type_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) type parts: an untyped mention meets every type and vice versa."""
    coarse = COARSE_TYPES.get(profile.event_type or "")
    if coarse is None:
        return ["?"], ["?", *sorted(set(COARSE_TYPES.values()))]
    return [coarse], [coarse, "?"]


@lru_cache(maxsize=262144)
def _hash31(word: str) -> int:
    return _seeded(word) % _PRIME


def _heaviest(bag: dict[str, float], count: int) -> list[str]:
    """The `count` heaviest words of a bag (ties by the word, so the choice is deterministic)."""
    ranked = sorted(bag.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked[:count]]


BAND_MIN_RARITY = 1.0
"""Rarity (`profile.rarity`: 6 minus the English Zipf frequency) a salient word needs to enter
the salient bands. Without it, on the gva_dev held-out fold one band of "man", "police",
"shooting", "shot" was stored by 226 mentions and the candidate graph was one component of
1,710 of 1,739 mentions; names and places (Zipf under 5) still band."""


@lru_cache(maxsize=262144)
def _bands_word(word: str) -> bool:
    return rarity(word, "en") > BAND_MIN_RARITY


def salient_words(profile: MentionProfile) -> list[str]:
    """The heaviest salient words of a mention (names first), the commonest words left out."""
    specific = {w: v for w, v in profile.terms.items() if _bands_word(w)}
    return _heaviest(specific, SALIENT_TERMS)


def rare_words(profile: MentionProfile) -> list[str]:
    """The rarest words of a mention (see RARE_TERMS), the commonest words left out."""
    specific = {w: v for w, v in profile.rare.items() if _bands_word(w)}
    return _heaviest(specific, RARE_TERMS)


def _band_keys(words: list[str], bands: int, prefix: str) -> list[str]:
    """MinHash LSH band keys of a word set (empty with fewer than 3 words)."""
    if len(words) < 3:
        return []
    rows = bands * LSH_ROWS
    hashes = np.array([_hash31(w) for w in words], dtype=np.uint64)
    perm_a, perm_b = _PERM_A[:rows, None], _PERM_B[:rows, None]
    signature = ((perm_a * hashes[None, :] + perm_b) % _PRIME).min(axis=1)
    raw = signature.astype("<u8").tobytes()
    width = 8 * LSH_ROWS
    keys: list[str] = []
    for band in range(bands):
        digest = hashlib.blake2b(raw[band * width : (band + 1) * width], digest_size=6)
        keys.append(f"{prefix}|{band}|{digest.hexdigest()}")
    return keys


RARE_PAIR_WORDS = 6
"""Specific words of a mention (its rarest, `rare_words`) whose pairs key it (`rare_pair_keys`)."""

RARE_PAIR_RARITY = 2.0
"""Rarity (6 minus the Zipf frequency) a word needs to enter a rare-word pair key: Zipf 4 and
under, the bar of a specific word in the link scorer (a surname, a street; not "police")."""


def rare_pair_keys(profile: MentionProfile) -> list[str]:
    """Keys `q|<word>|<word>` over each pair of the mention's RARE_PAIR_WORDS rarest specific
    words: two reports naming the same two uncommon things (a person's first and family name,
    a ship and its port) meet even when their rarest 24 words overlap too little for the MinHash
    bands (6 shared of 24 is a Jaccard of 0.14: the rare bands meet with probability 0.27)."""
    words = sorted(w for w in rare_words(profile)[:RARE_PAIR_WORDS] if _pair_word(w))
    return [f"q|{a}|{b}" for i, a in enumerate(words) for b in words[i + 1 :]]


def rare_pair_block_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) rare-word pair keys: every mention stores them, only an undated one
    probes them. An undated report has no date key and its bare MinHash bands are its only way
    to its incident (on ECB+ dev, 295 of the 481 same-incident pairs blocking missed were two
    undated reports); two dated reports already meet on their days and month-prefixed bands,
    and letting them meet on two shared words too brought one station's reports of different
    shootings of one month together (GVDB resolution precision 0.977 -> 0.968)."""
    keys = rare_pair_keys(profile)
    return keys, keys if profile.date_first is None else []


KEY_NAME_KEYS = 1
"""Key names of a mention (`profile.key_names`, most repeated first, its place's words left out)
that key it (`key_name_block_keys`). One: the link scorer's key-name rule reads the first key
names only, so a pair met through a second one is no more likely to link (ECB+ train / dev
B-cubed F1 82.31 / 84.84 with one, two or three)."""


def key_name_block_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) keys `k|<name>` over a main mention's first KEY_NAME_KEYS key names that
    are not words of its place (a town's name would meet every report of the town): every such
    mention stores them, only an undated one probes them (as `rare_pair_block_keys`). Two
    undated reports of one event that repeat its protagonist meet even when they share too few
    other rare words for the bands or a pair key (ECB+ train / dev: 69 of 111 / 33 of 45
    same-incident pairs that were never candidates shared a key name); the link scorer's
    key-name rule still decides."""
    places = place_words(profile)
    keys = [f"k|{name}" for name in profile.key_names if name not in places][:KEY_NAME_KEYS]
    return keys, keys if profile.date_first is None else []


@lru_cache(maxsize=262144)
def _pair_word(word: str) -> bool:
    return rarity(word, "en") >= RARE_PAIR_RARITY


def lexical_keys(profile: MentionProfile) -> list[str]:
    """MinHash LSH band keys over the mention's salient words (`l|`) and over its rarest words
    (`r|`)."""
    return _band_keys(salient_words(profile), LSH_BANDS, "l") + _band_keys(
        rare_words(profile), RARE_BANDS, "r"
    )


LEXICAL_REACH_DAYS = 7
"""Days around a dated mention's date whose months prefix its lexical keys: the link scorer
excludes stated dates more than a week apart, so look-alike wording in other months is no
candidate (except through undated mentions, which probe the unprefixed keys)."""


def lexical_block_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) lexical keys. An undated mention stores and probes the bare bands; a
    dated one stores the bare bands (for undated probes) and stores and probes them prefixed by
    each month within LEXICAL_REACH_DAYS of its date, so stock wording shared by reports months
    apart does not chain them into one candidate set."""
    bands = lexical_keys(profile)
    first, last = profile.date_first, profile.date_last
    if first is None or last is None or not bands:
        return bands, bands
    reach = timedelta(days=LEXICAL_REACH_DAYS)
    months = _month_keys(first - reach, last + reach)
    months += [m for m in publication_months(profile) if m not in months]
    dated = [f"t:{m}|{key}" for m in months for key in bands]
    return bands + dated, dated


def publication_months(profile: MentionProfile) -> list[str]:
    """Months within LEXICAL_REACH_DAYS of a main mention's publication date. Reports of one
    incident appear within days of each other, but one of them may state another date: a
    recalled date taken for the event's ("a church founded in 1985"), or a follow-up's own
    day months after the shooting. Prefixing its bands by its publication months too lets it
    meet the other outlets' reports of the same days; the link scorer still decides."""
    if profile.published is None or not profile.main:
        return []
    reach = timedelta(days=LEXICAL_REACH_DAYS)
    return _month_keys(profile.published - reach, profile.published + reach)


TOGETHER_WORDS = 3
"""Rarest words of a main mention that key it with the reports published in the same days
(`published_together_keys`)."""

TOGETHER_BUCKET_DAYS = 2
"""Width of the publication-day buckets of `published_together_keys`; a mention probes the
buckets of its publication day -2..+2, so reports published within 2 days always meet."""


def published_together_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) keys `p|<publication bucket>|<word>` over a main mention's
    TOGETHER_WORDS rarest words: two outlets' reports published within days that share one of
    their rarest words (a victim's surname, a street) meet even when their extracted dates,
    places or event types differ (a recalled date, a suburb against its city, an arrest story
    typed apart from the shooting). The link scorer still decides."""
    if profile.published is None or not profile.main:
        return [], []
    words = rare_words(profile)[:TOGETHER_WORDS]
    day = profile.published.toordinal()
    own = day // TOGETHER_BUCKET_DAYS
    near = sorted({(day + d) // TOGETHER_BUCKET_DAYS for d in (-2, -1, 0, 1, 2)})
    return [f"p|{own}|{w}" for w in words], [f"p|{b}|{w}" for b in near for w in words]


def _combine(parts: Iterable[tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    stored_parts, probe_parts = zip(*parts, strict=True)
    if any(not p for p in stored_parts):
        return [], []
    stored = ["f|" + "|".join(p) for p in product(*stored_parts)]
    probed = ["f|" + "|".join(p) for p in product(*probe_parts)]
    return stored, probed


def _month_placeless(key: str) -> bool:
    """A fact key of a whole month and no place (`f|M:2014-06|?|violence`)."""
    _, when, where, _ = key.split("|", 3)
    return where == "?" and when[:2] in ("m:", "M:")


def _specific(fact_keys: list[str]) -> list[str]:
    """Fact keys without the month-and-no-place ones: every report of a month probes them, so
    a few placeless mentions chained a month's reports into one candidate set, for pairs the
    link scorer caps anyway (no place is no match without strong specific evidence, which the
    lexical bands find)."""
    return [k for k in fact_keys if not _month_placeless(k)]


FOLLOW_UP_KEYS = False
"""Whether `block_keys` adds the same-town follow-up keys (`follow_up_keys`). Off: measured on
the gva_dev train fold (every mention, the shipped model) they found follow-ups (recall 82.4 ->
83.0) but the model links a town's other shootings of those weeks (precision 93.9 -> 92.4,
B-cubed F1 87.8 -> 87.4; five busiest cities 86.8 -> 84.8). They wait for a model that tells a
follow-up from a town's next shooting (docs/resolution.md, sixth pass)."""

FOLLOW_UP_BUCKET_DAYS = 30
"""Width of the time buckets of the same-town follow-up keys (`follow_up_keys`)."""

FOLLOW_UP_REACH_BUCKETS = 2
"""Buckets probed on each side of a mention's own: two 30-day buckets, so two reports of one
town whose dates are at most 60 days apart always meet (and never more than 89 days apart)."""


def _town_key(profile: MentionProfile) -> int | str | None:
    """A mention's town as a key part: its GeoNames id (town precision or finer), or for a
    postal town GeoNames lacks (a state and a point, no id) `<cc>.<admin1>.<name>`; None for
    a coarser place, a place with no point, or none."""
    place = profile.place
    if place is None or place.geo_precision > 2:
        return None
    if place.geonames_id is not None:
        return place.geonames_id
    if place.name and place.country_code and place.admin1 and place.latitude is not None:
        return f"{place.country_code}.{place.admin1}.{place.name.casefold()}"
    return None


def follow_up_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) same-town keys `u|<geonames id>|<30-day bucket>`: a follow-up published
    weeks after the shooting (the victim named, an arrest, a funeral) shares its town but not its
    days, so no day key and no month-prefixed band meets it. A mention placed in a town (GeoNames
    id, town precision or finer) stores the bucket of its date and probes
    FOLLOW_UP_REACH_BUCKETS on each side; a mention without a town or a date has none.
    A postal town GeoNames lacks (`nlp.usps_towns`: no id, but a state and a point) keys by its
    country, state and name instead, `u|US.<state>.<name>|<bucket>`, so its follow-ups meet too;
    a place with no point (an unresolved neighbourhood) or no country still has none."""
    town = _town_key(profile)
    if town is None or profile.date_first is None:
        return [], []
    own = profile.date_first.toordinal() // FOLLOW_UP_BUCKET_DAYS
    reach = range(-FOLLOW_UP_REACH_BUCKETS, FOLLOW_UP_REACH_BUCKETS + 1)
    return [f"u|{town}|{own}"], [f"u|{town}|{own + r}" for r in reach]


NAME_KEYS = True
"""Whether `block_keys` adds the same-state name keys (`name_keys`, eighth pass)."""

NAME_RARITY = 4.0
"""Rarity (6 minus the English Zipf frequency) from which a word is a name nobody else's story
carries: Zipf 2 and under, a few uses in a hundred million words (a victim's or a defendant's
given name or surname, "Vontay", "Kinchen"; not "Robinson" or "Bexar")."""

NAME_WORDS = 3
"""Rarest name words (NAME_RARITY) of a main mention that key it (`name_keys`)."""

NAME_MIN_LETTERS = 5
"""Shortest name word: shorter rare words are mostly acronyms of a town's police or agencies
("impd", "apd"), on every page of a city's reports."""

_NAME_WORD = re.compile(rf"[a-z][a-z'-]{{{NAME_MIN_LETTERS - 1},}}")
"""A word that can be a name: letters (and inner hyphens or apostrophes) only, so a token glued
to a channel number ("59indianapolis") or a phone number is none."""


@lru_cache(maxsize=262144)
def _name_word(word: str) -> bool:
    return _NAME_WORD.fullmatch(word) is not None and rarity(word, "en") >= NAME_RARITY


def is_name_word(word: str) -> bool:
    """Whether a word can be a name nobody else's story carries (`_name_word`: letters only,
    NAME_MIN_LETTERS or more, rarity NAME_RARITY or more)."""
    return _name_word(word)


def name_words(profile: MentionProfile) -> list[str]:
    """The NAME_WORDS rarest words of a main mention that can be names (`_name_word`), by
    rarity in the language (then by the word, so the choice is deterministic)."""
    if not profile.main:
        return []
    ranked = sorted((-rarity(w, "en"), w) for w in profile.rare if _name_word(w))
    return [w for _, w in ranked[:NAME_WORDS]]


def name_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """Keys `n|<country>.<admin1>|<word>+<word>`, one per two of a main mention's rarest name
    words (`name_words`), with no time in them: a follow-up months later (a charge, a trial, a
    sentencing) names the victim and the accused of the first report, in the same state, but
    shares neither its days nor its months, so no fact key and no month-prefixed band meets it.
    Two such names together are carried by one story; one alone is not (a hospital's or a
    spokesman's name recurs in a city's reports for years: on gva_dev train one-word keys
    linked Chicago shootings months apart through "Stroger"). The link scorer and the date
    veto still decide (the same-town follow-up keys of the sixth pass proposed a town's every
    shooting of two months instead, and the model linked them). An undated mention has none: it
    probes the bare lexical bands, which meet every month's reports already."""
    place = profile.place
    if place is None or not place.admin1 or not place.country_code or profile.date_first is None:
        return [], []
    region = f"{place.country_code}.{place.admin1}"
    words = sorted(name_words(profile))
    keys = [f"n|{region}|{a}+{b}" for i, a in enumerate(words) for b in words[i + 1 :]]
    return keys, keys


PEOPLE_KEYS = True
"""Whether `block_keys` adds the named-people keys (`people_keys`, sixteenth pass)."""


def people_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """Keys over a main mention's victims and accused (`profile.people`), with no time in them:
    a charge, a plea or a sentencing months later names who was shot and who is accused, and
    shares neither the shooting's days nor its words' months, and a court's page often has no
    town. A typed full name is rare enough to be its own block: on the gva_dev train fold the
    busiest key held 8 reports (one incident's pages), and every pair of main mentions sharing
    one makes 654 pairs (73,749 candidate pairs in all). Main mentions sharing one in one state
    (or a state unknown) were one incident 544 times against 12, where two name words anywhere
    in the bag were 21 against 3 and the officials' names `profile.names` holds 0 against 69
    (docs/resolution.md, sixteenth pass).

    The keys carry the state, asymmetrically, so that a common name does not gather namesakes
    of every state and year under one key (a probe profiles every member of every incident
    under its keys): a mention in a state `<cc>.<admin1>` stores `v|<cc>.<admin1>|name` and
    `v|name` and probes `v|<cc>.<admin1>|name` and `v|?|name`; a mention with no state stores
    `v|?|name` and `v|name` and probes `v|name`. Two mentions of one state meet, a stated and a
    stateless one meet whichever comes first, and two stateless ones meet. Two states meet only
    through a time-scoped key (PEOPLE_BUCKET_DAYS): a dated stated mention also stores
    `v|t<bucket>|name` and probes the buckets around it, so a page a misread place puts in
    another state weeks later (a suspect caught there) still meets the shooting's reports, and no
    key gathers a name's namesakes of every year (`linker.named_people` asks for one state, a
    state unknown, or one report writing the other's town within 90 days; the model decides the
    other pairs). A mention meets another on its
    probe exactly when the other meets it on its own, so adding reports one at a time equals
    resolving them together (tests/test_linker_named_people.py)."""
    if not profile.main or not profile.people:
        return [], []
    names = sorted(profile.people)
    region = _people_region(profile)
    if region is None:
        return [f"v|?|{n}" for n in names] + [f"v|{n}" for n in names], [f"v|{n}" for n in names]
    stated = [f"v|{region}|{n}" for n in names]
    stored, probed = stated + [f"v|{n}" for n in names], stated + [f"v|?|{n}" for n in names]
    if profile.date_first is not None:
        own = profile.date_first.toordinal() // PEOPLE_BUCKET_DAYS
        stored += [f"v|t{own}|{n}" for n in names]
        reach = range(-PEOPLE_REACH_BUCKETS, PEOPLE_REACH_BUCKETS + 1)
        probed += [f"v|t{own + r}|{n}" for r in reach for n in names]
    return stored, probed


PEOPLE_BUCKET_DAYS = 90
PEOPLE_REACH_BUCKETS = 1
"""A dated mention in a state also stores `v|t<bucket>|name` (its date's PEOPLE_BUCKET_DAYS
bucket) and probes PEOPLE_REACH_BUCKETS buckets on each side: a page placed in another state by
a misread place (a suspect "found in" another state weeks later) still meets the shooting's
reports, and the key holds only a few months' namesakes, not the ledger's."""


def _people_region(profile: MentionProfile) -> str | None:
    """`<cc>.<admin1>` of a mention's place, or None when its country or state is unknown."""
    place = profile.place
    if place is None or not place.country_code or not place.admin1:
        return None
    return f"{place.country_code}.{place.admin1}"


WRITTEN_PEOPLE_KEYS = True
"""Whether `block_keys` adds the keys of a typed person written in another report
(`written_people_keys`, nineteenth pass)."""


def _region_keys(prefix: str, names: list[str], region: str | None) -> tuple[list[str], list[str]]:
    """`people_keys`' state scheme for names under `prefix`: a mention in a state stores
    `<prefix>|<state>|name` and `<prefix>|name` and probes `<prefix>|<state>|name` and
    `<prefix>|?|name`; one with no state stores `<prefix>|?|name` and `<prefix>|name` and probes
    `<prefix>|name`. Two mentions meet on a name when their states are one or either is
    unknown, whichever comes first."""
    if region is None:
        return [f"{prefix}|?|{n}" for n in names] + [f"{prefix}|{n}" for n in names], [
            f"{prefix}|{n}" for n in names
        ]
    stated = [f"{prefix}|{region}|{n}" for n in names]
    return stated + [f"{prefix}|{n}" for n in names], stated + [f"{prefix}|?|{n}" for n in names]


def written_people_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """Keys that let a main mention's typed victim or accused (`profile.people`, as
    `person_key`'s "given surname") meet a report that only writes the name
    (`profile.written_names`), in one state or a state unknown (`linker.named_by_both`). The
    typed names are stored under `t|` and probe `w|`; the written ones are stored under `w|` and
    probe `t|`: a typed name in one meets a written one in the other whichever arrives first,
    and a `w|` key of a common pair ("police department"), however full, is probed only by a
    typed person's name."""
    if not profile.main or not (profile.people or profile.written_names):
        return [], []
    region = _people_region(profile)
    typed = sorted({k for n in profile.people if (k := person_key(n)) is not None})
    written = sorted(profile.written_names)
    typed_stored, typed_probed = _region_keys("t", typed, region)
    written_stored, written_probed = _region_keys("w", written, region)
    probe_written = [k.replace("t|", "w|", 1) for k in typed_probed]
    probe_typed = [k.replace("w|", "t|", 1) for k in written_probed]
    return typed_stored + written_stored, probe_written + probe_typed


STREET_BLOCK_BUCKET_DAYS = 60
STREET_BLOCK_REACH_BUCKETS = 1
"""A street-block key carries its mention's 60-day bucket (its publication day's, else its
date's: a page's publication day is never misread, where a recalled date can be) and probes one
bucket on each side, so two reports of one block published within 60 days always meet (a first
report and the victim named weeks later), and a busy block's key holds a few months'
shootings, never the ledger's years (flat in the ledger's size)."""


def street_block_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """Keys `s|<town>|<hundreds>|<street>|<bucket>` (the street without its direction, which one
    report may drop: `descriptions.blocks_meet`) over the blocks of streets a main mention's
    story gives (`profile.blocks`: "the 1200 block of Elm Street"), in its town (`_town_key`).
    A block is where US police place a shooting, far finer than a town: over the gva_dev
    training pairs, two reports giving one block were one incident 380 times against 14, yet
    reports that name no one and whose extracted days differ (a follow-up, a recalled date)
    met on no other key. A mention without a town, or a publication day and a date, has none."""
    if not profile.main or not profile.blocks:
        return [], []
    town = _town_key(profile)
    when = profile.published or profile.date_first
    if town is None or when is None:
        return [], []
    own = when.toordinal() // STREET_BLOCK_BUCKET_DAYS
    reach = range(-STREET_BLOCK_REACH_BUCKETS, STREET_BLOCK_REACH_BUCKETS + 1)
    blocks = sorted({(block.hundreds, undirected(block.street)) for block in profile.blocks})
    stored = [f"s|{town}|{h}|{street}|{own}" for h, street in blocks]
    probed = [f"s|{town}|{h}|{street}|{own + r}" for r in reach for h, street in blocks]
    return stored, probed


CROSS_LANGUAGE_FACT_COUNT = 3
"""Least count a cross-language fact key carries (`linker.CROSS_LANGUAGE_LARGE_COUNT`)."""


def cross_language_fact_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """`x|<language>|<geonames id>|<event type>|<kind>|<actor>|<item>|<value>` for each count of
    CROSS_LANGUAGE_FACT_COUNT or more a main mention gives in a town: stored under its own
    language, probed under every other (`crosslang.language_keys`). Reports of one incident in
    two languages share no words (no lexical key meets) and, undated, no fact key; these keys
    propose exactly the pairs `linker.same_facts_across_languages` can join, and never a pair
    of one language, so resolution within one language is unchanged. A count given only as
    "about N" by one report and "N" by the other still meets (same value); one given as a range
    does not (limit). The town is one of precision 1-2 (`crosslang.MAX_PLACE_PRECISION`)."""
    place = profile.place
    if (
        not profile.main
        or profile.event_type is None
        or place is None
        or place.geonames_id is None
        or place.geo_precision > MAX_PLACE_PRECISION
    ):
        return [], []
    facts = sorted(
        {
            f"{place.geonames_id}|{profile.event_type}|{'|'.join(fig.key)}|{fig.value}"
            for fig in profile.figures
            if fig.value is not None and fig.value >= CROSS_LANGUAGE_FACT_COUNT
        }
    )
    return language_keys("x", profile.language, facts)


def block_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """(stored, probed) blocking keys of a mention; see the module docstring."""
    times, places, types = time_keys(profile), place_keys(profile), type_keys(profile)
    stored, probed = _combine((times, places, types))
    stored, probed = _specific(stored), _specific(probed)
    days = [k for k in times[0] if k.startswith("d:")]
    if days:
        # Any place, same days: a dated report whose place the extractor missed still meets
        # its incident. Stored by every day-dated mention, probed only by placeless ones.
        anywhere, _ = _combine(((days, days), (["*"], ["*"]), types))
        stored += anywhere
        if places[0] == ["?"]:
            probed += _combine(((days, days), (["*"], ["*"]), types))[1]
    # Type-free keys (same day, same town): reports typed differently, or in two languages
    # whose words never meet in the lexical bands, are still compared (merge/crosslang.py).
    place = profile.place
    same_day_town = crosslang_block_keys(
        profile.date_first,
        profile.date_precision,
        profile.date_inferred,
        place.geonames_id if place else None,
        place.geo_precision if place else None,
    )
    stored += same_day_town
    probed += same_day_town
    follow_stored, follow_probed = follow_up_keys(profile) if FOLLOW_UP_KEYS else ([], [])
    lexical_stored, lexical_probed = lexical_block_keys(profile)
    together_stored, together_probed = published_together_keys(profile)
    name_stored, name_probed = name_keys(profile) if NAME_KEYS else ([], [])
    pair_stored, pair_probed = rare_pair_block_keys(profile)
    key_stored, key_probed = key_name_block_keys(profile)
    people_stored, people_probed = people_keys(profile) if PEOPLE_KEYS else ([], [])
    cross_stored, cross_probed = cross_language_fact_keys(profile)
    weekday_stored, weekday_probed = weekday_fact_keys(profile)
    cross_stored += weekday_stored
    cross_probed += weekday_probed
    if WRITTEN_PEOPLE_KEYS:
        written_stored, written_probed = written_people_keys(profile)
        cross_stored, cross_probed = cross_stored + written_stored, cross_probed + written_probed
    extra_stored = together_stored + name_stored + pair_stored + key_stored + people_stored
    extra_probed = together_probed + name_probed + pair_probed + key_probed + people_probed
    extra_stored += cross_stored
    extra_probed += cross_probed
    block_stored, block_probed = street_block_keys(profile)
    extra_stored, extra_probed = extra_stored + block_stored, extra_probed + block_probed
    return (
        sorted(set(stored + follow_stored + lexical_stored + extra_stored)),
        sorted(set(probed + follow_probed + lexical_probed + extra_probed)),
    )
