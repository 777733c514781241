"""Place names in a Doc, resolved in the offline gazetteer; sub-places kept as text.

Cascade for `find_places`:
1. Candidates: capitalised runs of words (regex over the text, not per token), each split into the
   longest sub-phrases the gazetteer knows; misspelt long names in a place slot ("in X") go through
   a fuzzy match (rapidfuzz) restricted to towns of some size.
2. Evidence per occurrence: NER label, locative cue before ("in", "near the city of"), apposition
   after ("X, a commune in..."), size of the place; against: a common word (seen in lower case in
   the same text, or an institution word), part of a person's name, a title or an outlet ("Le
   Figaro", "told France Bleu"). One sense per discourse: a name accepted once is a place at its
   other occurrences unless they sit in a person, title or outlet slot.
3. Disambiguation: population, country context (countries, demonyms, other places of the text),
   and explicit qualifiers ("Springfield, Illinois").
4. geo_precision: 3 region/country, 2 "near X"/part of X, else 1.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from newsledger.lang import SEA_AREAS, SeaArea, language
from newsledger.nlp.calendar_words import ENGLISH_MONTH_ABBREVIATIONS
from newsledger.nlp.datelines import (
    COUNTY_ABBREVIATION,
    STATE_FULL_NAMES,
    STATE_WORDS,
    US_STATES,
    spell_county,
)
from newsledger.nlp.doctext import doc_entities, doc_text, entity_text
from newsledger.nlp.gazetteer import FEATURES, Gazetteer, continents, name_key
from newsledger.nlp.near_towns import near_town_readings
from newsledger.nlp.place_words import (
    COMPASS_WORDS,
    CONNECTORS,
    CONTINENT_WORD_PATTERN,
    CONTINENT_WORDS,
    DEMONYM_PATTERN,
    DEMONYMS,
    EVENT_CUE_AFTER,
    LEADING_ARTICLES,
    MACRO_REGIONS,
    MEDIUM_CUE_AFTER,
    MEDIUM_CUE_BEFORE,
    NEAR_CUE_BEFORE,
    NOT_PLACE_WORDS,
    ORGANISATION_HEADS,
    STREET_NOUNS,
    STRONG_CUE_AFTER,
    STRONG_CUE_BEFORE,
    WEAK_CUE_BEFORE,
    demonym_pattern,
)
from newsledger.nlp.sublocations import find_sublocations
from newsledger.nlp.types import Place, PlaceMention
from newsledger.nlp.usps_towns import usps_town

__all__ = ["find_places", "find_sublocations", "find_toponyms"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][\w'’.\-]*"
_CONNECTOR = r"(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + r")"
CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:(?:[ \t]+{_CONNECTOR})*[ \t]+{_WORD})*")
"""A run of capitalised words, possibly joined by lower-case connectors ("Boulogne sur Mer")."""

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-ÿ][\w'’-]*")
_TRAILING = re.compile(r"(?:['’]s|['’.\-])+$")
_BASED = re.compile(r"-based\W*$")
"""The "-based" of "an Abu Dhabi-based agency": the name ends before it."""

MAX_PHRASE_WORDS = 5
"""Longest place name tried inside a run ("Saint-Martin-de-Ré" is one word; "Stratford upon
Avon" three)."""

ACCEPT_SCORE = 1
"""Evidence needed for a first sighting: a locative preposition alone suffices for a name the
gazetteer knows, unless something counts against it."""

BIG_PLACE_POPULATION = 100_000
"""A city this big (or any country/region) is a place even without a cue when NER agrees."""

FUZZY_MIN_LENGTH = 8
"""Only names this long are fuzzy-matched: short names have too many close neighbours."""
FUZZY_MIN_SCORE = 90
"""rapidfuzz ratio (0-100): one dropped or added letter in an 8+ letter name scores above 90."""
FUZZY_MIN_POPULATION = 5_000
"""A misspelling is resolved only to a town of some size: news misspells known places."""

ACRONYM_MAX_LENGTH = 4
"""All-caps words this short are acronyms ("UN", "CRS", "EU"): a place only if a country ("UK")."""

CONTEXT_WEIGHT = 3.0
"""How much the document's country context outweighs one order of magnitude of population."""

COUNTRY_BONUS = 3.0
"""A country beats a same-named town unless the context points clearly elsewhere ("Georgia")."""
ALTERNATE_PENALTY = 1.5
"""A match on an alternate (foreign or old) name is worth ~30x less population than a primary."""

CITY_FEATURE = FEATURES.index("city")
ADMIN1_FEATURE = FEATURES.index("admin1")
COUNTRY_FEATURE = FEATURES.index("country")
ADMIN2_FEATURE = FEATURES.index("admin2")

PLACE_LABELS = frozenset({"GPE", "LOC"})
PERSON_LABELS = frozenset({"PERSON", "PER"})
NATIONALITY_LABELS = frozenset({"NORP"})


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    rows: list[tuple[int, bool]]
    run_start: int
    run_end: int
    fuzzy: bool = False
    score: int = 0
    rejected: bool = False
    organisation: bool = False
    place: Place | None = None
    labels: set[str] = field(default_factory=set)
    ranked: list[tuple[int, bool]] | None = field(default=None, compare=False, repr=False)
    """`rows` best first, sorted on first use (`_ranked_rows`); None until then."""
    tight_run: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    """The candidate's `_tight_run`, found on first use (`_candidate_run`)."""
    tight_span: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    """The candidate's `_tight_run_span`, found on first use."""


@dataclass(frozen=True)
class _LanguageCues:
    """A document language's own place cues (newsledger/lang/<code>/)."""

    weak: re.Pattern[str] | None
    strong: re.Pattern[str] | None
    near: re.Pattern[str] | None
    seas: re.Pattern[str] | None
    capitalised_nouns: bool


def _same_line(pattern: str) -> str:
    """A cue pattern whose spaces never cross a line break (a headline is no cue)."""
    return pattern.replace(r"\s", r"[ \t]")


@cache
def _language_cues(lang: str) -> _LanguageCues:
    data = language(lang)
    if data is None:
        return _LanguageCues(None, None, None, None, False)
    weak = strong = near = seas = None
    if data.locatives:
        words = "|".join(re.escape(w) for w in data.locatives)
        weak = re.compile(rf"(?:^|[\s(])(?:{words})[ \t]+(?:(?:la|le|il|el|de)[ \t]+)?$",
                          re.IGNORECASE)  # fmt: skip
    if data.place_nouns:
        strong = re.compile(_same_line(rf"\b(?:{'|'.join(data.place_nouns)})$"), re.IGNORECASE)
    near_cues = list(data.near_cues)
    if data.sea_names and data.sea_near_preps:
        seas_then = f"(?:{'|'.join(data.sea_names)})"  # "im Ärmelkanal vor Wimereux"
        near_cues.append(rf"{seas_then}\s+(?:{'|'.join(data.sea_near_preps)})")
    if near_cues:
        near = re.compile(_same_line(rf"\b(?:{'|'.join(near_cues)})\s*$"), re.IGNORECASE)
    if data.sea_names:
        seas = re.compile("|".join(data.sea_names))
    return _LanguageCues(weak, strong, near, seas, data.capitalised_nouns)


def load_place_indexes() -> None:
    """Load the gazetteer and build the fuzzy town index now: `pipeline.load_pipeline` calls it,
    so their one-off cost (about a second) is paid when the pipeline loads, as a model's weights
    are, not inside the first article that names a place or a misspelt town."""
    _fuzzy_bucket(Gazetteer.default(), "")


def find_places(doc: Doc, lang: str) -> list[PlaceMention]:
    """Place mentions in `doc`, resolved (or, for NER places the gazetteer lacks, unresolved)."""
    gaz = Gazetteer.default()
    text = doc_text(doc)
    lower_words = set(_LOWER_WORD.findall(text))
    ents = [(e.start_char, e.end_char, e.label) for e in doc_entities(doc)]
    person_words = _person_words(doc)
    candidates = _candidates(text, gaz, lang)
    cues = _language_cues(lang)
    seas = [m.span() for m in cues.seas.finditer(text)] if cues.seas else []
    for cand in candidates:
        _annotate(cand, text, ents)
        _score(cand, text, gaz, lower_words, person_words, cues)
        if any(s < cand.end and cand.start < e for s, e in seas):
            cand.rejected = True  # "Canale della Manica", "Ärmelkanal": a sea, never a town

    for cand in candidates:
        if _inside_longer_place(cand, candidates, ents, text, gaz):
            cand.rejected = True  # "Elm" of "Elm Mott", "Village" of "Little Village"
    accepted = {name_key(c.text) for c in candidates if not c.rejected and c.score >= ACCEPT_SCORE}
    chosen = [
        c
        for c in candidates
        if not c.rejected
        and (c.score >= ACCEPT_SCORE or (name_key(c.text) in accepted and c.score >= 0))
    ]
    neighbourhoods = _neighbourhood_runs(text, candidates)
    in_hood = [c for c in chosen if _tight_run_text(text, c) in neighbourhoods]
    chosen = [c for c in chosen if c not in in_hood]  # "Highlands" of "the Egger Highlands
    # neighborhood" is no namesake town: the run stands as a neighbourhood of its own instead
    mentions: list[PlaceMention] = list({_tight_run_span(text, c): _neighbourhood_mention(
        text, c) for c in in_hood}.values())  # fmt: skip
    context = _country_context(doc, chosen, gaz)
    regions = _region_context(text, chosen, gaz)
    counties = _counties_named(chosen)
    big_places = _big_place_countries(chosen, gaz)
    for cand in chosen:
        row = _choose(cand, text, gaz, context, own_names=cues.weak is not None, regions=regions,
                      counties=counties)  # fmt: skip
        home = _home_context(cand, context, regions, gaz, big_places)
        row = _state_over_country(cand, row, gaz, home)
        row = _county_town_over_country(cand, row, gaz, counties)
        if lang == "en":
            own_row = _own_name_over_alias_abroad(cand, row, text, gaz, home)
            if own_row is None:
                cand.rejected = True  # "Puna" of Hawaii is no alias of Pune, India
                continue
            row = own_row
        if _common_word_abroad(cand, row, text, gaz, home, lang, cues):
            cand.rejected = True  # "One teenager was killed" in a Miami report: not Onè, Veneto
            continue
        place = gaz.place(row)
        mentions.append(
            PlaceMention(
                cand.start,
                cand.end,
                cand.text,
                place,
                _precision(place, text, cand.start, cues.near),
                in_organisation=cand.organisation,
            )
        )
    rejected = [c for c in candidates if c not in chosen or c.rejected]
    mentions += _capital_district(text, mentions, gaz)
    mentions += _ner_places(doc, mentions, rejected, gaz, context)
    if lang == "en":
        mentions = _usps_places(doc, text, mentions, regions, lower_words, gaz)
    mentions += sea_area_places(text, lang, mentions)
    mentions.sort(key=lambda m: m.start)
    return near_town_readings(text, mentions, gaz, cues.near)  # "X, cerca de Tarifa"


FINER_THAN_COUNTRY = frozenset({"city", "admin1", "admin2"})


@cache
def _sea_area_patterns(lang: str) -> tuple[tuple[re.Pattern[str], Place], ...]:
    """The language's sea-area patterns, each with its area's Place, built once."""
    data = language(lang)
    if data is None:
        return ()
    return tuple(
        (re.compile(pattern), _sea_place(SEA_AREAS[key])) for pattern, key in data.sea_areas.items()
    )


def _sea_place(area: SeaArea) -> Place:
    """A sea area as a place (feature "sea", gazetteer "sea")."""
    return Place(
        geonames_id=area.place_id,
        name=area.name,
        country_code=area.country_code,
        admin1=None,
        admin2=None,
        latitude=area.latitude,
        longitude=area.longitude,
        feature="sea",
        gazetteer="sea",
    )


def sea_area_places(text: str, lang: str, found: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The sea areas the text names in its language (`LanguageData.sea_areas`: "im
    Ärmelkanal", "in het Kanaal", "dans la Manche"), as places of precision 3, when it names no
    town, region or county: "migrants drowned in the Channel while trying to reach England" is
    an event at sea off the French coast, not in the United Kingdom. A named town stays the
    place ("in the Channel off Calais": near Calais)."""
    patterns = _sea_area_patterns(lang)
    if not patterns or any(
        m.place is not None and m.place.feature in FINER_THAN_COUNTRY for m in found
    ):
        return []
    out: list[PlaceMention] = []
    for pattern, place in patterns:
        for match in pattern.finditer(text):
            out.append(PlaceMention(match.start(), match.end(), match.group(), place, 3))
    return out


USPS_SLOT_BEFORE = re.compile(r"(?:^|[\s(])(?i:in|of|near|outside)[ \t]+$")
"""Before a name NER calls a place: the locative slot a postal town must sit in ("a shooting in
Pelzer"); a bare name elsewhere may be a person or a thing the list also holds."""

USPS_POLICE_AFTER = re.compile(r"[ \t]+[Pp]olice\b")
"""After a name NER calls a place: its own police ("Pelzer police said")."""

USPS_STATE_SHARE = 0.5
"""The report's state, for a postal town with no state written after it: the US state holding
more than this share of the report's state evidence (`_region_context`)."""

USPS_MAX_WORDS = 3
"""Postal town names run to three words ("Fort Towson", "Bowling Green Station" aside)."""


def _report_state(regions: Counter[str]) -> str | None:
    """The one US state the report is about, from its states and places, or None."""
    states = {k[3:]: v for k, v in regions.items() if k.startswith("US/")}
    total = sum(regions.values())
    if not states or total <= 0:
        return None
    state, weight = max(states.items(), key=lambda kv: kv[1])
    return state if weight / total > USPS_STATE_SHARE else None


def _namesake_elsewhere(mention: PlaceMention, report_state: str | None) -> bool:
    """A GeoNames town of another US state than the report's, not a big city: a report of
    West Virginia's "in Troy" read as Troy, Michigan, as GeoNames lists no Troy there; the
    postal list may hold the report's own."""
    place = mention.place
    return (
        report_state is not None
        and place is not None
        and place.gazetteer == "geonames"
        and place.country_code == "US"
        and place.feature == "city"
        and place.admin1 != report_state
        and place.population < BIG_PLACE_POPULATION
    )


def _usps_places(doc: Doc, text: str, mentions: list[PlaceMention], regions: Counter[str],
                 lower_words: set[str], gaz: Gazetteer) -> list[PlaceMention]:  # fmt: skip
    """Small US towns GeoNames lacks, from the USPS postal list (`nlp.usps_towns`), where the
    text treats the name as a place in a known state:
    - "Town, St.": the run right before a state qualifier, when no mention there is a place of
      that state (a namesake GeoNames holds only in another state gives way);
    - a place NER found and the gazetteer did not resolve, in a locative slot ("in Town") or
      before "police", in the state written after it or else the report's own state; never an
      everyday word of the text ("a bell rang") or a word of a person's name;
    - in the same slots, a small GeoNames town of another state than the report's, with no state
      written after it, when the report's state has a postal town of the name."""
    persons = [(e.start_char, e.end_char) for e in doc_entities(doc) if e.label in PERSON_LABELS]
    out = list(mentions)
    runs = {m.end(): m for m in CAPITALISED_RUN.finditer(text)}
    for match in STATE_QUALIFIER.finditer(text):
        state = _state_name(match)
        run = runs.get(match.start())
        if state is None or run is None:
            continue
        words = list(re.finditer(r"\S+", run.group()))[-USPS_MAX_WORDS:]
        for i in range(len(words)):
            start, end = run.start() + words[i].start(), match.start()
            if any(s < end and start < e for s, e in persons):
                break
            here = [m for m in out if m.start < end and start < m.end]
            if any(m.place is not None and m.place.admin1 == state for m in here):
                break
            place = usps_town(text[start:end], state, gaz)
            if place is not None:
                out = [m for m in out if m not in here]
                out.append(PlaceMention(start, end, text[start:end], place, 1))
                break
    report_state = _report_state(regions)
    for i, m in enumerate(out):
        if m.neighbourhood or (m.place is not None and not _namesake_elsewhere(m, report_state)):
            continue
        before, after = text[max(0, m.start - 20) : m.start], text[m.end : m.end + 20]
        if not (USPS_SLOT_BEFORE.search(before) or USPS_POLICE_AFTER.match(after)):
            continue
        name = m.text
        if (
            len(name.split()) > USPS_MAX_WORDS
            or (" " not in name and (name.lower() in lower_words or is_common_word(name, "en")))
            or any(s < m.end and m.start < e for s, e in persons)
        ):
            continue
        state = state_after(text, m.end) or report_state
        if m.place is not None and state != report_state:
            continue  # a namesake with its own state written after it stays as written
        place = usps_town(name, state, gaz) if state else None
        if place is not None:
            out[i] = PlaceMention(m.start, m.end, name, place, _precision(place, text, m.start))
    return _usps_modifier_towns(text, out, regions, persons, lower_words, gaz)


_TITLE_NAME_WORD = r"[A-Z][a-z'’]+"
USPS_MODIFIER = re.compile(
    r"(?:^|(?<![\w,])(?:[Aa]n?|[Tt]he|two|three|four|five|\d+-year-old)[ \t]+)"
    rf"(?P<name>{_TITLE_NAME_WORD}(?:[ \t]+{_TITLE_NAME_WORD}){{0,{USPS_MAX_WORDS - 1}}})"
    r"[ \t]+(?:man|men|woman|women|teens?|teenagers?|boys?|girls?|residents?|youths?|couple"
    r"|home|house|residence|area)\b",
    re.MULTILINE,
)
"""A town written as a modifier of a person, a home or an area, after an article, a count or an
age, or opening a line (a headline): "an 18-year-old Millbrook man", "at a Millbrook home", "in
the Millbrook area", "Millbrook teen hurt". The noun is in lower case, so a title-case headline
("Smith Man Charged") is not read, and a thing or a job after the name ("a Bell employee", "a
Jean jacket") is no slot."""


def _usps_modifier_towns(text: str, mentions: list[PlaceMention], regions: Counter[str],
                         persons: list[tuple[int, int]], lower_words: set[str],
                         gaz: Gazetteer) -> list[PlaceMention]:  # fmt: skip
    """Postal towns of the report's state written as a modifier (`USPS_MODIFIER`): the
    grammar `_attributive_town` and `TOWN_SLOT_AFTER` read for GeoNames towns. NER seldom
    tags such a name a place, so the slot itself is read; a name GeoNames holds in the state,
    a place already read there, a word of a person's name and an everyday word are left alone.
    A small namesake of another state read at that spot ("Towson" of "Fort Towson") gives way;
    it does not vote for its own state: the report's state is taken without it."""
    matches = list(USPS_MODIFIER.finditer(text))
    if not matches:
        return mentions
    evidence = Counter(regions)
    for m in mentions:
        if m.place is not None and m.place.country_code == "US" and m.place.feature == "city" and (
            any(m.start < x.end("name") and x.start("name") < m.end for x in matches)
        ):
            evidence[f"US/{m.place.admin1}"] -= 1
    state = _report_state(+evidence)
    if state is None:
        return mentions
    out = list(mentions)
    for match in matches:
        words = list(re.finditer(r"\S+", match.group("name")))
        for i in range(len(words)):
            start, end = match.start("name") + words[i].start(), match.end("name")
            name = text[start:end]
            if any(s < end and start < e for s, e in persons):
                break
            if " " not in name and (name.lower() in lower_words or is_common_word(name, "en")):
                continue
            here = [m for m in out if m.start < end and start < m.end]
            if any(m.neighbourhood or (m.place is not None and (
                    m.place.admin1 == state or not _namesake_elsewhere(m, state)))
                   for m in here):  # fmt: skip
                break
            place = usps_town(name, state, gaz)
            if place is not None:
                out = [m for m in out if m not in here]
                out.append(PlaceMention(start, end, name, place, _precision(place, text, start)))
                break
    return out


def _candidates(text: str, gaz: Gazetteer, lang: str) -> list[_Candidate]:
    """Longest known sub-phrases of each capitalised run, left to right."""
    out: list[_Candidate] = []
    for run in CAPITALISED_RUN.finditer(text):
        words = []
        for m in re.finditer(r"\S+", run.group()):
            s = run.start() + m.start()
            stripped = _TRAILING.sub("", _BASED.sub("", m.group()))
            if stripped:
                words.append((s, s + len(stripped)))
        i = 0
        while i < len(words):
            found = None
            for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 0, -1):
                s, e = words[i][0], words[i + n - 1][1]
                phrase = text[s:e]
                if (
                    not phrase
                    or not phrase[0].isupper()
                    or phrase.split()[-1].lower() in CONNECTORS
                ):
                    continue
                if name_key(phrase) in MACRO_REGIONS:
                    i += n - 1  # kept by the NER pass as an unresolved region
                    found = None
                    break
                rows = gaz.rows(phrase)
                if not rows and n > 1 and COUNTY_ABBREVIATION.search(phrase):
                    rows = _county_rows(gaz, phrase)
                if rows:
                    found = _Candidate(s, e, phrase, rows, run.start(), run.end())
                    i += n
                    break
            if found is None:
                s, e = words[i]
                fuzzy_rows = _fuzzy_rows(text, s, e, gaz)
                if fuzzy_rows:
                    found = _Candidate(s, e, text[s:e], fuzzy_rows, run.start(), run.end(), True)
                i += 1
            if found is not None:
                out.append(found)
    return out


def _county_rows(gaz: Gazetteer, phrase: str) -> list[tuple[int, bool]]:
    """The counties "X Co." names: the rows of "X County" that are counties (no town is
    called so)."""
    full = spell_county(phrase)
    return [(row, alt) for row, alt in gaz.rows(full) if gaz.features[row] == ADMIN2_FEATURE]


COMMON_WORD_ZIPF = 4.0
"""wordfreq Zipf frequency from which a word is an everyday word of the language ("one", "lot",
"metro", "gang": 4.2-6.5) rather than mostly a name ("Latina" 3.4, "Calais" 3.3)."""

FOREIGN_TOWN_MAX_POPULATION = 500_000
"""A town abroad smaller than this, matched on an everyday word, is not read against a document
that clearly sits in another country: news names big foreign cities, not villages sharing a
word."""

DOMINANT_CONTEXT_SHARE = 0.5
"""Share of the country context (demonyms, unambiguous places) one country must hold for the
document to sit clearly in it."""


def _common_word_abroad(cand: _Candidate, row: int, text: str, gaz: Gazetteer,
                        context: Counter[str], lang: str,
                        cues: _LanguageCues) -> bool:  # fmt: skip
    """A candidate made only of everyday words ("One", "Metro", "Gang", "East Side") resolved to a
    small town of a country nothing else in the document points to, while it clearly sits in
    another, with no locative, place noun or qualifier pointing at it: a word, not that town.
    Languages that capitalise nouns are left alone (every noun would look like this)."""
    if cues.capitalised_nouns or gaz.features[row] != CITY_FEATURE:
        return False
    total = sum(context.values())
    if not total:
        return False
    weight = context.most_common(1)[0][1]
    if weight / total <= DOMINANT_CONTEXT_SHARE or context[gaz.countries[row]] > 0:
        return False  # the town's own country is named too: it may well be meant
    if gaz.populations[row] >= FOREIGN_TOWN_MAX_POPULATION:
        return False
    before = text[max(0, cand.start - 60) : cand.start]
    if STRONG_CUE_BEFORE.search(before) or WEAK_CUE_BEFORE.search(before):
        return False  # "in Nice", "the town of Split": the town is meant
    if _qualifier_row(cand, text, gaz) is not None:
        return False
    return all(is_common_word(w, lang) for w in cand.text.split())


def _own_name_over_alias_abroad(cand: _Candidate, row: int, text: str, gaz: Gazetteer,
                                home: Counter[str]) -> int | None:  # fmt: skip
    """A town abroad matched only by one of its other names (a former or local name: "Puna" of
    Pune, "Salisbury" of Harare) in an English report whose places and demonyms point to other
    countries and never to the town's: the best row whose own name it is, else None (no place).
    English news names foreign towns by their English names, which are the gazetteer's own, so
    an alias of a far town in such a report is a local name the gazetteer lacks (a Hawaii
    district, a street, a person). A qualifier ("Salisbury, Rhodesia") or a report that names
    the town's country keeps it."""
    alias = all(alt for r, alt in cand.rows if r == row)
    if not alias or gaz.features[row] != CITY_FEATURE:
        return row
    if not sum(home.values()) or home[gaz.countries[row]] > 0:
        return row
    if _qualifier_row(cand, text, gaz) is not None:
        return row
    own = [(r, alt) for r, alt in cand.rows if not alt]
    if not own:
        return None
    return max(own, key=lambda ra: (home[gaz.countries[ra[0]]], gaz.ranking_population(ra[0])))[0]


def _big_place_countries(chosen: list[_Candidate], gaz: Gazetteer) -> Counter[str]:
    """Countries of the big places named (a region, a country, a city of BIG_PLACE_POPULATION),
    by their best gazetteer row: "Las Vegas" and "Memphis" have namesakes abroad, so the country
    context leaves them out, yet they say where a report sits."""
    countries: Counter[str] = Counter()
    for cand in chosen:
        row = _top_match(cand, gaz)[0]
        if _is_big_place(row, gaz):
            countries[gaz.countries[row]] += 1
    return countries


def _is_big_place(row: int, gaz: Gazetteer) -> bool:
    """A region, a country or a city of BIG_PLACE_POPULATION: it says where a report sits."""
    return gaz.features[row] != CITY_FEATURE or gaz.populations[row] >= BIG_PLACE_POPULATION


def _state_over_country(cand: _Candidate, row: int, gaz: Gazetteer, home: Counter[str]) -> int:
    """A first-level region of another country named like the chosen country ("Georgia", a US
    state and a country), when the report's other places, regions and demonyms point to the
    region's country more than to that country: "shot in Georgia" in a report naming Atlanta
    suburbs is the state. With no such evidence the country stays."""
    if gaz.features[row] != COUNTRY_FEATURE:
        return row
    own = gaz.countries[row]
    regions = [
        r for r, _ in _ranked_rows(cand, gaz)
        if gaz.features[r] == ADMIN1_FEATURE and gaz.countries[r] != own
        and home[gaz.countries[r]] > home[own]
    ]  # fmt: skip
    return regions[0] if regions else row


def _county_town_over_country(cand: _Candidate, row: int, gaz: Gazetteer,
                              counties: set[str]) -> int:  # fmt: skip
    """A town named like the chosen country that lies in a county the report names ("Lebanon"
    in a report on Boone County, Indiana; "Peru" beside "Miami County"): the county places the
    name at home, where a country's bonus and population would send it abroad."""
    if gaz.features[row] != COUNTRY_FEATURE or not counties:
        return row
    towns = [
        r for r, _ in _ranked_rows(cand, gaz)
        if gaz.features[r] == CITY_FEATURE and name_key(gaz.admin2[r]) in counties
    ]  # fmt: skip
    return towns[0] if towns else row


def _home_context(cand: _Candidate, context: Counter[str], regions: Counter[str],
                  gaz: Gazetteer, big_places: Counter[str]) -> Counter[str]:  # fmt: skip
    """Country weights without the candidate's own vote, with the countries of the regions and
    big places named ("Indianapolis, Ind." counts for the US)."""
    home = Counter(context) + big_places
    for key, count in regions.items():
        home[key.partition("/")[0]] += count
    own_row = _top_match(cand, gaz)[0]
    if _is_big_place(own_row, gaz):
        home[gaz.countries[own_row]] -= 1
    countries = {gaz.countries[r] for r, _ in cand.rows}
    if len(countries) == 1:
        home[next(iter(countries))] -= 1
    regions_of_rows = {f"{gaz.countries[r]}/{gaz.admin1[r]}" for r, _ in cand.rows if gaz.admin1[r]}
    if len(regions_of_rows) == 1:  # its one region's vote counted for that region's country
        home[next(iter(regions_of_rows)).partition("/")[0]] -= 1
    return +home


@cache
def is_common_word(word: str, lang: str) -> bool:
    """An everyday word of the language (see COMMON_WORD_ZIPF); 0 for languages wordfreq lacks."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), lang) >= COMMON_WORD_ZIPF


def _fuzzy_rows(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, bool]]:
    """Rows for a misspelt long name in a place slot (after a locative cue or "city of")."""
    word = text[start:end]
    before = text[max(0, start - 40) : start]
    if len(word) < FUZZY_MIN_LENGTH or not (
        WEAK_CUE_BEFORE.search(before) or STRONG_CUE_BEFORE.search(before)
    ):
        return []
    key = name_key(word)
    choices = _fuzzy_bucket(gaz, key[:2])
    match = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
    if match is None:
        return []
    rows: list[tuple[int, bool]] = [
        (row, alt)
        for row, alt in gaz.rows(match[0])
        if gaz.populations[row] >= FUZZY_MIN_POPULATION and not alt
    ]
    return rows


_FUZZY_BUCKETS: dict[int, dict[str, list[str]]] = {}


def _fuzzy_bucket(gaz: Gazetteer, prefix: str) -> list[str]:
    """Keys of towns of fuzzy-matchable size sharing the first two letters (misspellings rarely
    touch the first letters). Built once per gazetteer, on the first fuzzy query."""
    buckets = _FUZZY_BUCKETS.get(id(gaz))
    if buckets is None:
        buckets = {}
        features = gaz.features
        towns = [
            row
            for row, population in enumerate(gaz.populations)
            if population >= FUZZY_MIN_POPULATION and features[row] == CITY_FEATURE
        ]
        for key in gaz.primary_keys(towns):  # name_key of each town's name, as indexed
            if len(key) >= FUZZY_MIN_LENGTH - 1:
                buckets.setdefault(key[:2], []).append(key)
        _FUZZY_BUCKETS[id(gaz)] = buckets
    return buckets.get(prefix, [])


_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’)]?\s+|\n\s*)$")


def _annotate(cand: _Candidate, text: str, ents: list[tuple[int, int, str]]) -> None:
    """NER labels over the candidate, person-name containment, sentence start (from the text,
    so blank pipelines without a parser get it too)."""
    for start, end, label in ents:
        if end <= cand.start or start >= cand.end:
            continue
        cand.labels.add(label)
        if (
            label in PERSON_LABELS
            and start <= cand.start
            and cand.end <= end
            and (end - start > len(cand.text) + 1)
        ):
            cand.labels.add("IN_PERSON")
    if _SENTENCE_START.search(text, max(0, cand.start - 4), cand.start):
        cand.labels.add("SENT_START")


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names: a later bare surname is the person, not a town."""
    words: set[str] = set()
    for ent in doc_entities(doc):
        if ent.label in PERSON_LABELS and ent.end - ent.start > 1:
            words.update(name_key(t.text) for t in doc[ent.start : ent.end] if t.text[:1].isupper())
    return words


SITE_NOUNS = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
    "Ln", "Way", "Parkway", "Pkwy", "Highway", "Hwy", "Expressway", "Freeway", "Terrace",
    "Circle", "Court", "Ct", "Place", "Pl", "Square", "Plaza", "Zone", "Park", "Estate",
    "Estates", "Camp", "Side", "Hotel", "Bar", "Restaurant", "School", "Church", "Mall",
    "Center", "Centre", "Hospital", "Station", "Apartments", "Village", "Heights", "Gardens",
)  # fmt: skip
"""Facility and street nouns: a capitalised name right before one names a site ("the Fontaine
Zone", "South Laflin Street", "Victory Blvd"), not the town it shares a name with. A town whose
own name holds the noun ("Oak Park", "Colorado Springs") is matched whole by the gazetteer first,
so it never reaches this test."""

SITE_AFTER = re.compile(rf"[ \t]+(?:{_WORD}[ \t]+)?(?:{'|'.join(SITE_NOUNS)})\b\.?(?![\w'’-])")

STREET_SLOT_BEFORE = re.compile(
    r"(?:\b(?:on|at|and|off|onto|along|block\s+of)|&|\d+(?:st|nd|rd|th)?)[ \t]+$", re.IGNORECASE
)
"""A name that ends in a street noun, in an address or a crossing ("at Truman Road and Grand
Boulevard", "5400 Grand Boulevard"), is a street even when a district shares its name."""

STREET_ONLY_BEFORE = re.compile(
    rf"\b(?i:blocks?[ \t]+of|intersection[ \t]+of|corner[ \t]+of)[ \t]+(?:the[ \t]+)?"
    rf"(?:{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+(?:and|&)[ \t]+)?$"
)
"""Only a street follows these, with or without its noun ("in the 3500 block of Fannin", "at
the intersection of Prescott and Gollihar"): a street named after a town is no town."""

CROSSING_AFTER = re.compile(
    rf"[ \t]+(?:(?:and|&)[ \t]+(?:{_WORD}[ \t]+){{1,3}})?"
    r"(?i:streets|avenues|roads|boulevards|drives|lanes)\b"
)
"""A name in a crossing whose street noun comes after both names, in the plural ("at
Independence and Wabash avenues"): both names are streets."""

CARE_SITE_BEFORE = re.compile(
    r"\b(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic|infirmary|morgue)"
    r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?$"
    r"|\b(?:taken|transported|flown|airlifted|rushed)[ \t]+to[ \t]+$",
    re.IGNORECASE,
)
"""A town after a hospital ("flown to a trauma center in Nashville"), or the town a wounded
person was taken to ("airlifted to Memphis"), locates the care: like a place that names an
authority it is never the event's place."""

BUSINESS_AFTER = re.compile(
    rf"['’]s[ \t]+(?:{_WORD}[ \t]+)?(?:Tavern|Bar|Pub|Grill|Lounge|Restaurant|Store|Market|"
    rf"Liquors?|Club|Cafe|Café|Diner|Motel|Inn|Shop|Bakery|Deli)\b"
)
"""A name owning a business ("Murphy's Tavern") is the owner's name, not a town."""

DAY_AFTER = re.compile(r"\.?[ \t]+(?:\d{1,2}|\d{4})\b")
"""A day or a year after a month abbreviation ("Nov. 5", "Nov. 2013"): the word is a date."""

NEIGHBOURHOOD_AFTER = re.compile(
    r"[ \t]+(?:neighbou?rhoods?|community|section|subdivision)\b", re.IGNORECASE
)
"""After a run of capitalised words: the run names a neighbourhood ("the Egger Highlands
neighborhood")."""


TOWN_SLOT_AFTER = re.compile(
    r"^[ \t]+(?:police|officials|man|men|woman|women|teens?|teenager|boy|girl|residents?)\b",
    re.IGNORECASE,
)
"""After a name, a town's police or people ("Houston police", "Joplin teen"): a person's surname
is not followed so, so a word of a person's name named this way is the town ("Sam Houston"
earlier in the report does not make "Houston police" a person)."""

TOWN_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|"
    r"suburban)[ \t]+$"
)
"""A lower-case part of a town right before a name ("in north Stockton", "a southwest Houston
road"): a town's part, never a person's."""


BARE_IN_BEFORE = re.compile(r"(?:^|[\s(])[Ii]n[ \t]+$")
"""A bare "in" right before a name ("shot in Compton where..."): a person is hardly ever "in"
someone, so a word that NER also reads in a person's name is the town in that slot."""

POSSESSIVE_AFTER = re.compile(r"['’]s\b")

STAY_CUE_BEFORE = re.compile(r"(?:^|[\s(])(?i:in|at|near|outside|inside)[ \t]+$")
"""A preposition of where something is ("in Yonkers"), not of a way or a tie ("ties to X
gangs", "from X"): what makes a word NER tagged a nationality a town."""

ATTRIBUTIVE_SLOT_BEFORE = re.compile(
    r"(?:^|[\s(])(?i:in|at|near|outside|inside)[ \t]+(?i:an?)[ \t]+$"
)
ATTRIBUTIVE_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>[a-z][a-z-]+)\b")
VEHICLE_NOUNS = frozenset(
    {"car", "truck", "pickup", "van", "minivan", "sedan", "suv", "vehicle", "coupe",
     "motorcycle", "jeep", "hatchback", "convertible", "handgun", "pistol", "rifle", "shotgun"}
)  # fmt: skip
"""Nouns a brand names before them ("in a Ford pickup", "at a Ruger pistol"): no town."""


def _attributive_town(before: str, after: str) -> bool:
    """A name used as an adjective of a site after "in a"/"at an" ("in a Zanesville bar", "at an
    Adelanto home"): where the site is, as "in Zanesville" would say. Vehicle and weapon nouns
    after it are left out: there the name is a brand's."""
    if not ATTRIBUTIVE_SLOT_BEFORE.search(before):
        return False
    noun = ATTRIBUTIVE_NOUN_AFTER.match(after)
    return noun is not None and noun.group("noun") not in VEHICLE_NOUNS


JOINED_NAME_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+{_WORD}")
"""A name joined by "and" to another capitalised word ("Bains and Grants Town"): perhaps one
longer name the gazetteer lacks."""


def _town_slot(cand: _Candidate, gaz: Gazetteer, before: str, after: str) -> bool:
    """Whether a word NER tagged a nationality stands where a town does: a locative right
    before it ("a girl in Yonkers") or a town's people or police after it ("Yonkers girl"),
    for a town's own (primary) name that no "and" joins to another name. A nationality word
    ("Mexican", "Somali") never gets here: the demonym list rejects it first."""
    if DEMONYM_PATTERN.fullmatch(cand.text) or _is_plural_demonym(cand.text):
        return False
    if _top_match(cand, gaz)[1] or JOINED_NAME_AFTER.match(after):
        return False  # "South Side" (an alternate name of a far town); "Bains and Grants Town"
    return bool(
        STAY_CUE_BEFORE.search(before) or EVENT_CUE_AFTER.match(after)
        or TOWN_SLOT_AFTER.match(after) or _attributive_town(before, after)
    )  # fmt: skip


def _is_state_abbreviation(text: str, start: int, end: int) -> bool:
    """An AP state abbreviation with its dot ("Reno, Nev.", "Duncannon, Pa.", "Kan. teen hurt",
    "MIAMI, FLA."): the state, never a town of its own (the gazetteer knows "Pa" and "Kan" as
    alternate names of Chinese cities, "Fla" as a Norwegian village). A bare "Pa" or "La" is a
    word or a name and is not read here."""
    word = text[start:end]
    if word.isupper() and len(word) > 2:
        word = word.title()  # "FLA." in a capitals dateline
    if word not in US_STATES or word == US_STATES[word] or (len(word) == 2 and word.isupper()):
        return False
    return text[end : end + 1] == "."


def _score(
    cand: _Candidate,
    text: str,
    gaz: Gazetteer,
    lower_words: set[str],
    person_words: set[str],
    cues: _LanguageCues | None = None,
) -> None:
    """Evidence that this occurrence names a place (see the module docstring)."""
    before = text[max(0, cand.start - 60) : cand.start]
    after = text[cand.end : cand.end + 80]
    key = name_key(cand.text)
    run_start, run_end = _candidate_run(text, cand)
    own_cue = cues is not None and any(
        cue is not None and cue.search(before) for cue in (cues.weak, cues.strong, cues.near)
    )
    if own_cue:
        run_start = cand.start  # "In Calais" opening a sentence: the preposition is no name
    if cues is not None and cues.capitalised_nouns:
        run_end = cand.end  # German nouns after a name are capitalised: no title is implied
    run_longer = run_start < cand.start or cand.end < run_end
    first_run_word = name_key(text[run_start:run_end].split()[0]) if run_longer else ""

    if key in DEMONYMS or key in COMPASS_WORDS:
        cand.rejected = True
    if "NORP" in cand.labels and not _town_slot(cand, gaz, before, after):
        cand.rejected = True  # NER's nationality, unless a locative or a town's people hold it
    if SITE_AFTER.match(after) or _is_state_abbreviation(text, cand.start, cand.end):
        cand.rejected = True  # "Laflin Street", "the Fontaine Zone"; the "Pa." of "Duncannon, Pa."
    if cand.text in SITE_NOUNS and run_start < cand.start:
        cand.rejected = True  # "North Street": the street noun of a street's name (Street, England)
    if cand.text.lower() in ENGLISH_MONTH_ABBREVIATIONS and DAY_AFTER.match(after):
        cand.rejected = True  # "Nov. 5, 2009", "in Nov. 2013"
    last_word = cand.text.split()[-1].rstrip(".").lower() if cand.text.split() else ""
    if (last_word in STREET_NOUNS and STREET_SLOT_BEFORE.search(before)) or BUSINESS_AFTER.match(
        after
    ):
        cand.rejected = True  # "at Truman Road and Grand Boulevard", "Murphy's Tavern"
    if STREET_ONLY_BEFORE.search(before) or CROSSING_AFTER.match(after):
        cand.rejected = True  # "the 3500 block of Fannin", "Brewton and Lockett streets"
    top_row = _top_match(cand, gaz)[0]
    if (
        cand.text.isupper()
        and len(cand.text) <= ACRONYM_MAX_LENGTH
        and (gaz.features[top_row] != COUNTRY_FEATURE)
    ):
        cand.rejected = True
    near = bool(NEAR_CUE_BEFORE.search(before))  # "near Calais", "at sea off Dunkirk"
    if cues is not None and cues.near is not None and cues.near.search(before):
        near = True  # "al largo di Calais", "voor de kust van Duinkerke"
    if near and re.search(r"(?<!sea )\boff\s+$", before) and re.match(r"['’]s\b", after):
        near = False  # "took off Smith's jacket": a bare "off" before a possessor
    # a person's name word ("Charlotte" of a headline NER read as "Charlotte Cook-Out") is
    # still a place where NER tags this occurrence a place and a preposition locates it
    located = (bool(cand.labels & PLACE_LABELS) and bool(WEAK_CUE_BEFORE.search(before))) or bool(
        TOWN_SLOT_AFTER.match(after) or TOWN_PART_BEFORE.search(before)
        or (BARE_IN_BEFORE.search(before) and not POSSESSIVE_AFTER.match(after))
    )  # fmt: skip
    if ("IN_PERSON" in cand.labels and not near) or (
        key in person_words and not (STRONG_CUE_BEFORE.search(before) or near or located)
    ):
        cand.rejected = True
    if run_longer and run_start < cand.start and first_run_word in LEADING_ARTICLES:
        cand.rejected = True  # "Le Figaro", "La Voix du Nord": a title
    if (
        run_longer
        and not ORGANISATION_HEADS.match(after)  # "according to Chicago Police": its town
        and (
            MEDIUM_CUE_BEFORE.search(text[max(0, run_start - 40) : run_start])
            or MEDIUM_CUE_AFTER.match(text[run_end : run_end + 30])
        )
    ):
        cand.rejected = True  # "told France Bleu"
    if _other_state_named(cand, text, gaz):
        cand.rejected = True  # "Prince George, Maryland" when the gazetteer knows no such town
    if cand.rejected:
        return

    score = 0
    if cand.labels & PLACE_LABELS:
        score += 2
    elif "FAC" in cand.labels:
        score += 1
    strong = cues is not None and cues.strong is not None and bool(cues.strong.search(before))
    if STRONG_CUE_BEFORE.search(before) or STRONG_CUE_AFTER.match(after) or near or strong:
        score += 3
    elif (
        WEAK_CUE_BEFORE.search(before)
        or (cues is not None and cues.weak is not None and cues.weak.search(before))
        or _attributive_town(before, after)
    ):
        score += 1
    if EVENT_CUE_AFTER.match(after):
        score += 2  # "Cicero shooting", "Augusta man shot": where it happened
    if _qualifier_row(cand, text, gaz) is not None:
        score += 3
    best_row, best_alt = _top_match(cand, gaz)
    feature = gaz.place(best_row).feature
    if not best_alt and (feature != "city" or gaz.populations[best_row] >= BIG_PLACE_POPULATION):
        score += 1
    if best_alt and not own_cue:
        score -= 1  # (the document's own language names places by their alternate names)
    if key in lower_words or key in NOT_PLACE_WORDS or cand.text.lower() in lower_words:
        score -= 3
    if "SENT_START" in cand.labels and not cand.labels & PLACE_LABELS and " " not in cand.text:
        score -= 1
    if run_longer and not cand.labels & PLACE_LABELS:
        score -= 1
    if ORGANISATION_HEADS.match(after):
        cand.organisation = True  # "the Pas-de-Calais prefecture": a place named as an authority
        score += 1
    if CARE_SITE_BEFORE.search(before):
        cand.organisation = True  # "a hospital in Nashville": where the wounded went, not the event
    cand.score = score


PART_OF_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "central", "downtown", "greater", "metro",
     "upper", "lower", "inner", "township", "county", "city", "parish", "borough", "town",
     "area", "region", "state", "province", "the"}
)  # fmt: skip
"""Words that name a part or the administration of a place ("South Los Angeles", "Springfield
Township"): a place entity made of a known name and these is that place."""


def _top_match(cand: _Candidate, gaz: Gazetteer) -> tuple[int, bool]:
    """The candidate's best gazetteer row (and whether it matched an alternate name), by the
    gazetteer's own ranking: what the name means when nothing else decides."""
    return _ranked_rows(cand, gaz)[0]


def _ranked_rows(cand: _Candidate, gaz: Gazetteer) -> list[tuple[int, bool]]:
    """The candidate's rows best first by `Gazetteer.rank_key`, sorted once per candidate: the
    top match, the qualifier, state and context walks each ranked every row again (84,000
    `rank_key` calls per 121 reports; "Washington" has 63 rows). The sort is stable, so rows of
    equal rank keep their order and the first is the one `min` would pick. The first call keeps
    its answer on the candidate and later calls ignore their `gaz`: call it with the one
    gazetteer the candidate's rows came from, and never after changing `rows`."""
    if cand.ranked is None:
        cand.ranked = sorted(cand.rows, key=lambda ra: gaz.rank_key(*ra))
    return cand.ranked


def _inside_longer_place(
    cand: _Candidate,
    candidates: list[_Candidate],
    ents: list[tuple[int, int, str]],
    text: str,
    gaz: Gazetteer,
) -> bool:
    """The NER place entity around the candidate holds other capitalised words that are neither
    another known place nor a part word, in the same run of capitalised words ("Elm Mott",
    "Little Village"): the place is one the gazetteer lacks, not the namesake town of its part.
    Countries and states are kept ("Nazi Germany", "Texas Panhandle")."""
    if gaz.features[_top_match(cand, gaz)[0]] != CITY_FEATURE:
        return False  # a region keeps its name inside longer ones ("Nazi Germany")
    for start, end, label in ents:
        if label not in PLACE_LABELS or not (start <= cand.start and cand.end <= end):
            continue
        if (start, end) == (cand.start, cand.end):
            return False
        for word in re.finditer(r"[\w'’.\-]+", text[start:end]):
            w_start = start + word.start()
            if cand.start <= w_start < cand.end or not (
                cand.run_start <= w_start < cand.run_end  # a list is no longer name
            ):
                continue
            bare = _TRAILING.sub("", word.group()).lower()
            if not bare or bare in PART_OF_PLACE_WORDS or not word.group()[0].isupper():
                continue
            if any(o.start <= w_start < o.end for o in candidates if o is not cand):
                continue
            return True
    return False


def _tight_run_span(text: str, cand: _Candidate) -> tuple[int, int]:
    """The capitalised words directly around the candidate, compass and part words on the left
    dropped ("South Los Angeles" is Los Angeles). Kept on the candidate like `_candidate_run`:
    call it only with the text the candidate was found in."""
    if cand.tight_span is None:
        cand.tight_span = _part_words_dropped(text, cand, *_candidate_run(text, cand))
    return cand.tight_span


def _part_words_dropped(text: str, cand: _Candidate, start: int, end: int) -> tuple[int, int]:
    """The run from its first word that is no compass or part word, to its end."""
    for word in re.finditer(r"\S+", text[start : cand.start]):
        if _TRAILING.sub("", word.group()).lower() not in PART_OF_PLACE_WORDS:
            return start + word.start(), end
    return cand.start, end


def _tight_run_text(text: str, cand: _Candidate) -> str:
    """The run of `_tight_run_span` as one spaced string when it holds more than the candidate;
    "" when the candidate stands alone."""
    start, end = _tight_run_span(text, cand)
    if (start, end) == (cand.start, cand.end):
        return ""
    return " ".join(text[start:end].split())


def _neighbourhood_runs(text: str, candidates: list[_Candidate]) -> set[str]:
    """Runs of capitalised words the text calls a neighbourhood ("the Egger Highlands
    neighborhood") that are longer than the known name inside them: a neighbourhood the
    gazetteer lacks, so its part ("Highlands") is no namesake town at any of its occurrences."""
    runs: set[str] = set()
    for cand in candidates:
        run = _tight_run_text(text, cand)
        end = _candidate_run(text, cand)[1]
        if run and NEIGHBOURHOOD_AFTER.match(text, end):
            runs.add(run)
    return runs


def _neighbourhood_mention(text: str, cand: _Candidate) -> PlaceMention:
    """The whole neighbourhood run as an unresolved place of its own (precision 2, part of a
    town): no namesake's point, yet a spot that differs from another neighbourhood, so a city's
    roundup page is still cut into its incidents."""
    start, end = _tight_run_span(text, cand)
    return PlaceMention(start, end, text[start:end], None, 2, neighbourhood=True)


_LEFT_WORD = re.compile(rf"(?!(?:The|A|An)\b){_WORD}[ \t]+$")
_RIGHT_WORD = re.compile(rf"[ \t]+{_WORD}")


def _candidate_run(text: str, cand: _Candidate) -> tuple[int, int]:
    """The candidate's `_tight_run`, found once: the score, the neighbourhood runs and the
    span of each run all ask for it. The first call keeps its answer on the candidate and later
    calls ignore their `text`: call it only with the text the candidate was found in."""
    if cand.tight_run is None:
        cand.tight_run = _tight_run(text, cand.start, cand.end)
    return cand.tight_run


def _tight_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The candidate widened over directly adjacent capitalised words ("France Bleu",
    "Pierre Dumont"), not over connectors: "Calais on Monday" stays "Calais"."""
    while (m := _LEFT_WORD.search(text, max(0, start - 40), start)) is not None:
        start = m.start()
    while (m := _RIGHT_WORD.match(text, end)) is not None:
        end = m.end()
    return start, end


def _qualifier_row(cand: _Candidate, text: str, gaz: Gazetteer) -> int | None:
    """The candidate row confirmed by a following ", Region/Country" ("Springfield, Illinois")."""
    m = re.match(rf"\s*,\s*({_WORD}(?:[ \t]+{_WORD})?)", text[cand.end : cand.end + 60])
    if m is None:
        return None
    qualifiers = gaz.rows(m.group(1))
    state = _state_abbreviation(m.group(1).split()[0])
    if state is not None:
        qualifiers = gaz.rows(state) + qualifiers  # "Dudley, NC", "Benton, Mich."
    for q_row, _ in qualifiers:
        q = gaz.place(q_row)
        if q.feature == "city":
            continue
        for row, _ in _ranked_rows(cand, gaz):
            p = gaz.place(row)
            if p.country_code == q.country_code and (
                q.feature == "country" or q.name in (p.admin1, p.admin2)
            ):
                return row
    return None


def _other_state_named(cand: _Candidate, text: str, gaz: Gazetteer) -> bool:
    """A US state follows the name ("Dudley, N.C.") and none of the name's towns lies in it:
    the town is one the gazetteer lacks, and its namesakes elsewhere are not it."""
    m = re.match(rf"\s*,\s*({_WORD})", text[cand.end : cand.end + 40])
    if m is None or gaz.features[_top_match(cand, gaz)[0]] != CITY_FEATURE:
        return False  # "Utah, Colorado and Idaho": a list of states
    word = m.group(1)
    state = _state_abbreviation(word)
    if state is None and word.rstrip(".,") in US_STATES.values():
        state = word.rstrip(".,")
    if state is None:
        return False
    return not any(
        gaz.countries[row] == "US" and state in (gaz.admin1[row], gaz.names[row])
        for row, _ in cand.rows
    )


def _country_context(doc: Doc, chosen: list[_Candidate], gaz: Gazetteer) -> Counter[str]:
    """Country weights from demonyms and from places that leave no doubt."""
    context: Counter[str] = Counter()
    for m in demonym_pattern(doc.lang_).finditer(doc_text(doc)):
        if m.group()[0].isupper() or m.group().islower():
            context[DEMONYMS[m.group().lower()]] += 1
    for cand in chosen:
        ranked = _ranked_rows(cand, gaz)
        top = gaz.place(ranked[0][0])
        if top.feature == "country":
            context[top.country_code] += 2
        elif len({gaz.countries[r] for r, _ in ranked}) == 1:
            context[top.country_code] += 1
    return context


REGION_WEIGHT = 2.0
"""How much the document's first-level regions (states) outweigh one order of magnitude of
population when choosing among namesake towns of one country ("Oak Hill" in a Florida report)."""

STATE_QUALIFIER = re.compile(rf"(?<=[\w.]),[ \t]*(?P<state>{STATE_WORDS})(?P<dot>\.)?(?![\w])")
"""A US state after a town, as AP writes it ("Benton, Mich.", "Dudley, NC", "Ocala, Florida")."""

STATE_AGENCY = re.compile(
    rf"\b(?P<state>{STATE_FULL_NAMES})"
    r"\s+(?:State\s+(?:Police|Patrol|Troopers?|Highway\s+Patrol)|Highway\s+Patrol"
    r"|Bureau\s+of\s+Investigation|Law\s+Enforcement\s+Agency|Department\s+of\s+[A-Z]\w+)\b"
)
"""A state's own police or agency ("Kentucky State Police", "Georgia Bureau of Investigation",
"Ohio State Highway Patrol"): the state works the case, so a county or town named in the report
lies in it. The state is written in full: "Washington State Patrol" is the state, and a town's
"Kansas City Police" names no agency of Kansas."""


def _state_name(match: re.Match[str]) -> str | None:
    """The state a qualifier names: full names, postal codes, AP abbreviations with their dot."""
    word = match.group("state")
    full = US_STATES.get(word, word)
    if word == full or (len(word) == 2 and word.isupper()) or match.group("dot"):
        return full
    return None


def state_after(text: str, end: int) -> str | None:
    """The US state written right after a town ending at `end` ("Norristown, Pa."), or None."""
    match = STATE_QUALIFIER.match(text, end)
    return None if match is None else _state_name(match)


def _state_abbreviation(word: str) -> str | None:
    """The US state an AP abbreviation with its dot ("Mich.", "N.C.") or a postal code ("NC")
    names; None for other words (a bare "Pa" or "La" is a word or a name)."""
    bare = word.rstrip(".")
    full = US_STATES.get(bare)
    if full is None or full == bare:
        return None
    return full if word.endswith(".") or (len(bare) == 2 and bare.isupper()) else None


def _region_context(text: str, chosen: list[_Candidate], gaz: Gazetteer) -> Counter[str]:
    """First-level region weights (keyed "CC/Region"): states written after a town, states
    whose police or agency works the case, regions named, and places that lie in one region only
    ("Los Angeles County")."""
    context: Counter[str] = Counter()
    for match in STATE_QUALIFIER.finditer(text):
        state = _state_name(match)
        if state is not None:
            context[f"US/{state}"] += 2
    for match in STATE_AGENCY.finditer(text):
        context[f"US/{match.group('state')}"] += 2
    for cand in chosen:
        top_row = _top_match(cand, gaz)[0]
        if gaz.features[top_row] == ADMIN1_FEATURE:
            context[f"{gaz.countries[top_row]}/{gaz.admin1[top_row]}"] += 2
            continue
        regions = {f"{gaz.countries[r]}/{gaz.admin1[r]}" for r, _ in cand.rows if gaz.admin1[r]}
        if len(regions) == 1:
            context[regions.pop()] += 1
    return context


COUNTY_WORD = re.compile(r"[ ](?:County|Parish)$")

COUNTY_WEIGHT = 1.0
"""A row whose county the report names ("shot in York ... York County police"): the town of that
county beats a namesake worth up to ten times its population elsewhere (York, Ontario's region)."""


def _counties_named(chosen: list[_Candidate]) -> set[str]:
    """Folded names of the counties (and parishes) the report names, as the gazetteer writes a
    row's second-level region ("York County")."""
    return {name_key(c.text) for c in chosen if COUNTY_WORD.search(c.text)}


OWN_LANGUAGE_TOWN_BONUS = 1.0
"""In a document of a language with its own place cues (newsledger/lang/), a bare name is the
town rather than the region of that name ("em Lisboa"): about ten times the population."""


def _choose(cand: _Candidate, text: str, gaz: Gazetteer, context: Counter[str],
            own_names: bool = False, regions: Counter[str] | None = None,
            counties: set[str] | None = None) -> int:  # fmt: skip
    """The best row for a candidate: qualifier, else population weighed with country, region
    and county context."""
    qualified = _qualifier_row(cand, text, gaz)
    if qualified is not None:
        return qualified
    total = sum(context.values()) or 1
    regions = regions or Counter()
    region_total = sum(regions.values()) or 1

    def value(ra: tuple[int, bool]) -> float:
        row, alt = ra
        tier_bonus = COUNTRY_BONUS if gaz.features[row] == COUNTRY_FEATURE else 0.0
        alt_penalty = ALTERNATE_PENALTY if alt and not own_names else 0.0
        if own_names and gaz.features[row] == CITY_FEATURE:
            alt_penalty -= OWN_LANGUAGE_TOWN_BONUS  # local names are GeoNames' alternates
        population = gaz.ranking_population(row)
        share = context[gaz.countries[row]] / total
        region_share = regions[f"{gaz.countries[row]}/{gaz.admin1[row]}"] / region_total
        in_named_county = (
            bool(counties)
            and gaz.features[row] == CITY_FEATURE
            and name_key(gaz.admin2[row]) in (counties or set())
        )
        county_bonus = COUNTY_WEIGHT if in_named_county else 0.0
        return (math.log10(population + 10) + CONTEXT_WEIGHT * share + tier_bonus - alt_penalty
                + REGION_WEIGHT * region_share + county_bonus)  # fmt: skip

    return max(cand.rows, key=value)[0]


def _precision(
    place: Place, text: str, start: int, near: re.Pattern[str] | None = None
) -> int:
    """ACLED geo-precision: 3 region/country, 2 near or part of a town, 1 the town itself."""
    if place.feature != "city":
        return 3
    before = text[max(0, start - 40) : start]
    if NEAR_CUE_BEFORE.search(before) or (near is not None and near.search(before)):
        return 2
    return 1


DISTRICT_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:(?P<dotted>D\.C\.)|(?P<bare>DC)(?![\w.-]))"
)
""""D.C." or "DC": the District of Columbia, whose city the gazetteer knows only as Washington
("a shooting in Southeast D.C.", "D.C. police")."""

DISTRICT_SLOT_BEFORE = re.compile(
    r"(?:\b(?i:in|of|across|around|near)|(?:north|south)(?:east|west)|downtown|[Nn]orthwest|"
    r"[Ss]outheast|[Nn]ortheast|[Ss]outhwest)[ \t]+$"
)
"""Before a bare "DC": a preposition or a quadrant ("in DC", "Southeast DC"); a bare code
elsewhere may be something else ("DC Comics")."""


def _capital_district(text: str, mentions: list[PlaceMention],
                      gaz: Gazetteer) -> list[PlaceMention]:  # fmt: skip
    """Washington, D.C. for "D.C." and for "DC" in a place slot, where no mention covers it
    and it does not qualify a "Washington" right before it (that mention is the city)."""
    capital = next(
        (p for p in gaz.lookup("Washington", "US") if p.admin1 == "District of Columbia"
         and p.feature == "city"), None,
    )  # fmt: skip
    if capital is None:
        return []
    out = []
    for match in DISTRICT_ABBREVIATION.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if re.search(r"Washington,?[ \t]*$", text[max(0, start - 12) : start]):
            continue  # "Washington, D.C.": the qualifier of a mention already read
        before, after = text[max(0, start - 20) : start], text[end : end + 40]
        if match.group("bare") and not (
            DISTRICT_SLOT_BEFORE.search(before) or TOWN_SLOT_AFTER.match(after)
            or EVENT_CUE_AFTER.match(after)
        ):  # fmt: skip
            continue
        out.append(PlaceMention(start, end, match.group(), capital, 1))
    return out


def _ner_places(
    doc: Doc,
    resolved: list[PlaceMention],
    rejected: list[_Candidate],
    gaz: Gazetteer,
    context: Counter[str],
) -> list[PlaceMention]:
    """NER places the capitalised-run pass left out: "UK" inside "UK-bound" is resolved; a name
    the gazetteer lacks ("the Middle East") is kept as text with precision 3."""
    taken = [(m.start, m.end) for m in resolved] + [(c.start, c.end) for c in rejected]
    taken += [(s, e) for s, e, _ in find_sublocations(doc, doc.lang_)]
    out = []
    for ent in doc_entities(doc):
        if ent.label not in PLACE_LABELS:
            continue
        start = ent.start_char + (4 if entity_text(doc, ent).lower().startswith("the ") else 0)
        span = (start, ent.end_char)
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        name = doc_text(doc)[start : ent.end_char]
        if name_key(name) in DEMONYMS or DEMONYM_PATTERN.fullmatch(name):
            continue  # a nationality or a language ("English", "Polish") is never a place
        bare = name.rstrip(".")
        if _is_state_abbreviation(doc_text(doc), start, start + len(bare)):
            continue  # "Pa." of "Norristown, Pa.It happened": the state, not a town abroad
        rows = [] if name_key(name) in MACRO_REGIONS else gaz.rows(name)
        if rows and name_key(name) not in NOT_PLACE_WORDS:
            cand = _Candidate(start, ent.end_char, name, rows, start, ent.end_char)
            place = gaz.place(_choose(cand, doc_text(doc), gaz, context))
            out.append(
                PlaceMention(
                    start, ent.end_char, name, place, _precision(place, doc_text(doc), start)
                )
            )
        else:
            out.append(PlaceMention(start, ent.end_char, name, None, 3))
    return out


def _is_plural_demonym(word: str) -> bool:
    """"Russians", "Americans": people, not the country a geoparser would tag."""
    lower = word.lower()
    return lower.endswith("s") and lower[:-1] in DEMONYMS


def find_toponyms(doc: Doc, lang: str) -> list[PlaceMention]:
    """Every toponym as a geoparser counts them (GeoWebNews' taxonomy): the places of
    `find_places`, continents resolved, and nationality adjectives read as their country
    ("Russian troops" -> Russia, "European leaders" -> Europe).

    Not the event's places (a nationality never says where something happened): the pipeline
    keeps `find_places`; this serves geoparsing, where such modifiers are toponyms."""
    gaz = Gazetteer.default()
    text = doc_text(doc)
    continent_places = continents()
    mentions: list[PlaceMention] = []
    for mention in find_places(doc, lang):
        continent = continent_places.get(name_key(mention.text))
        if mention.place is None and continent is not None:
            mention = replace(mention, place=continent)
        mentions.append(mention)
    taken = [(m.start, m.end) for m in mentions]
    words = [(m.start(), m.end(), m.group()) for m in demonym_pattern(lang).finditer(text)]
    words += [(m.start(), m.end(), m.group()) for m in CONTINENT_WORD_PATTERN.finditer(text)]
    for start, end, word in sorted(words):
        if not word[0].isupper() or _is_plural_demonym(word):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        key = name_key(word)
        if key in CONTINENT_WORDS:
            place = continent_places.get(name_key(CONTINENT_WORDS[key]))
        else:
            place = gaz.country(DEMONYMS.get(word.lower(), ""))
        if place is not None:
            mentions.append(PlaceMention(start, end, word, place, 3))
            taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    return mentions
