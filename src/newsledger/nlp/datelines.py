"""Wire and local-news datelines: the town a report is filed from, at the top of its text.

"ROCKY MOUNT, N.C. (AP) —", "RENO, Nev. (KOLO) -", "CHICAGO —", "(Springfield, OH)--": a town in
capitals (or in brackets with a postal code), an optional state in AP style or as a postal code,
an optional agency or station in brackets, then a dash. For local and wire reports of a single
event the dateline is where it happened, so `event_place` prefers it to a lead place that is only
a part of it, a region, or a town resolved elsewhere (see there).

The state narrows the gazetteer lookup (a "Springfield" dateline with "Ohio" is Springfield,
Ohio). A capital run glued to the end of a headline or an outlet name ("...fox13now.comFAYETTEVILLE,
N.C.") is read from its longest tail that the gazetteer knows in that state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsledger.nlp.gazetteer import NAME_ABBREVIATIONS, Gazetteer, distance_km, name_key
from newsledger.nlp.place_words import NOT_PLACE_WORDS
from newsledger.nlp.types import Place, PlaceMention, in_county

DATELINE_SCAN_CHARS = 600
"""How far into the text a dateline may sit (after a headline and an outlet line)."""

EVENT_SAME_AREA_KM = 50.0
"""A lead town this close to the dateline town is part of its area (a suburb or a base next to
it): the dateline town is the event's town. Farther, in the same state, the lead town wins (the
bureau covers an event elsewhere)."""

MAX_GLUED_PREFIX = 8
"""Letters of a glued headline or station name ("WCIV") that may precede a dateline town."""

US_STATES: dict[str, str] = {
    "Ala": "Alabama", "AL": "Alabama", "Alaska": "Alaska", "AK": "Alaska",
    "Ariz": "Arizona", "AZ": "Arizona", "Ark": "Arkansas", "AR": "Arkansas",
    "Calif": "California", "CA": "California", "Colo": "Colorado", "CO": "Colorado",
    "Conn": "Connecticut", "CT": "Connecticut", "Del": "Delaware", "DE": "Delaware",
    "D.C": "District of Columbia", "DC": "District of Columbia",
    "Fla": "Florida", "FL": "Florida", "Ga": "Georgia", "GA": "Georgia",
    "Hawaii": "Hawaii", "HI": "Hawaii", "Idaho": "Idaho", "ID": "Idaho",
    "Ill": "Illinois", "IL": "Illinois", "Ind": "Indiana", "IN": "Indiana",
    "Iowa": "Iowa", "IA": "Iowa", "Kan": "Kansas", "Kans": "Kansas", "KS": "Kansas",
    "Ky": "Kentucky", "KY": "Kentucky", "La": "Louisiana", "LA": "Louisiana",
    "Maine": "Maine", "ME": "Maine", "Md": "Maryland", "MD": "Maryland",
    "Mass": "Massachusetts", "MA": "Massachusetts", "Mich": "Michigan", "MI": "Michigan",
    "Minn": "Minnesota", "MN": "Minnesota", "Miss": "Mississippi", "MS": "Mississippi",
    "Mo": "Missouri", "MO": "Missouri", "Mont": "Montana", "MT": "Montana",
    "Neb": "Nebraska", "Nebr": "Nebraska", "NE": "Nebraska", "Nev": "Nevada", "NV": "Nevada",
    "N.H": "New Hampshire", "NH": "New Hampshire", "N.J": "New Jersey", "NJ": "New Jersey",
    "N.M": "New Mexico", "NM": "New Mexico", "N.Y": "New York", "NY": "New York",
    "N.C": "North Carolina", "NC": "North Carolina", "N.D": "North Dakota", "ND": "North Dakota",
    "Ohio": "Ohio", "OH": "Ohio", "Okla": "Oklahoma", "OK": "Oklahoma",
    "Ore": "Oregon", "Oreg": "Oregon", "OR": "Oregon", "Pa": "Pennsylvania", "PA": "Pennsylvania",
    "R.I": "Rhode Island", "RI": "Rhode Island", "S.C": "South Carolina", "SC": "South Carolina",
    "S.D": "South Dakota", "SD": "South Dakota", "Tenn": "Tennessee", "TN": "Tennessee",
    "Texas": "Texas", "Tex": "Texas", "TX": "Texas", "Utah": "Utah", "UT": "Utah",
    "Vt": "Vermont", "VT": "Vermont", "Va": "Virginia", "VA": "Virginia",
    "Wash": "Washington", "WA": "Washington", "W.Va": "West Virginia", "WV": "West Virginia",
    "Wis": "Wisconsin", "Wisc": "Wisconsin", "WI": "Wisconsin", "Wyo": "Wyoming", "WY": "Wyoming",
}  # fmt: skip
"""AP-style state abbreviations and postal codes -> the state's name (as the gazetteer's admin1).
The eight states AP never abbreviates are listed by name; full names are matched as well."""

STATE_WORDS = "|".join(
    re.escape(word) for word in sorted({*US_STATES, *US_STATES.values()}, key=len, reverse=True)
)
"""A regex alternation of every way a US state is written (AP abbreviation, postal code, full
name), longest first: one list for every reader that finds a state after a town."""

STATE_FULL_NAMES = "|".join(
    re.escape(name) for name in sorted(set(US_STATES.values()), key=len, reverse=True)
)
"""A regex alternation of the US states' full names ("West Virginia" before "Virginia")."""


_STATE_NAMES = sorted(
    {*US_STATES, *US_STATES.values(), *(name.upper() for name in US_STATES.values()),
     *(name.upper() for name in US_STATES)},
    key=len,
    reverse=True,
)  # longest first: "W.Va" before "Va"; capitals too ("AMARILLO, TEXAS --", "MIAMI, FLA. -")
STATE_FORMS = "|".join(re.escape(s) for s in _STATE_NAMES)
"""A regex alternation of a state as a dateline writes it, capitals included ("Tenn", "TENN",
"TEXAS"): the datelines here and the dateline remains a description skips
(`extract.rules.DATELINE_REMAINS`)."""
_DASH = r"(?:--|[-–—:])"
_CAPS_PREFIX = r"(?:(?<![A-Za-z])(?:Mc|Mac|La|Le|De|Di|Du))?"
"""A name's lower-case particle inside a capitals dateline ("LaGRANGE", "McALLEN", "DeKALB")."""
_CAPS_WORD = rf"{_CAPS_PREFIX}[A-Z][A-Z.'’\-]*"
CAPS_TOWN = rf"{_CAPS_PREFIX}[A-Z][A-Z.'’\-]{{2,}}(?:[ ]{_CAPS_WORD}){{0,3}}"
"""A town in capitals whose first word has three letters or more ("RIVERTON", "PORT ST.
LUCIE"): a lone "AP" or "TV" is no town."""
TITLE_TOWN = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]*\.?){0,3}"
"""A town in title case, up to four words ("Port St. Lucie")."""
_CAPS_DATELINE = re.compile(
    rf"(?P<town>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}})\s*,\s*"
    rf"(?P<state>{STATE_FORMS})\.?,?(?=[\s(\-–—:])\s*(?:\((?P<agency>[^()\n]{{1,30}})\)\s*)?{_DASH}"
    rf"|(?P<town2>(?:{_CAPS_PREFIX}[A-Z][A-Z.'’\-]{{2,}}"
    rf"|(?<![A-Za-z])[A-Z]{{2}}\.?(?=[ ][A-Z]{{2}}))(?:[ ]{_CAPS_WORD}){{0,3}})\s*"
    rf"(?:\((?P<agency2>[^()\n]{{1,30}})\)\s*{_DASH}|(?:--|[–—]))"
)
"""A town in capitals, with an AP state or postal code, or an agency or filing date in
brackets ("INDIANAPOLIS (Dec 7, 2015) -"), then a dash; a bare hyphen only after a bracket.
Without a state the first word has three letters or more, or two before another word ("EL
DORADO", "FT LAUDERDALE"): a lone "AP" or "TV" is no town."""
_TITLE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))(?P<town>{TITLE_TOWN}),\s*(?P<state>{STATE_FORMS})\.?"
    rf"\s*(?:\((?P<agency>[^()\n]{{1,30}})\)\s*)?(?:--|[–—])"
)
"""A dateline in title case at the start of a paragraph, with its state ("Port St. Lucie, Fla.
—"): the state and the place at the head of a paragraph make it a dateline, not a sentence."""
_BRACKET_DATELINE = re.compile(
    rf"\((?P<town>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,3}}),\s*(?P<state>{STATE_FORMS})\.?\)\s*{_DASH}"
)


_PIPE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))(?P<town>{CAPS_TOWN})"
    rf"(?:\s*,\s*(?P<state>{STATE_FORMS})\.?)?[ \t]+\|[ \t]+(?=[A-Z0-9][\w'’]*[ ]+[a-z])"
)
"""A town in capitals at the head of a paragraph, then a bar and the lead's first sentence
("RIVERTON | Two men were hurt ..."): some papers set their dateline so. The sentence after
the bar (a capital, then a lower-case word) tells it from a menu ("HOME | NEWS | SPORTS")."""


_HYPHEN_DATELINE = re.compile(
    rf"(?:^|(?<=\n))(?P<town>{CAPS_TOWN})[ \t]+-[ \t]+(?=[A-Z0-9\"“])"
)
"""A town in capitals at the head of a paragraph, then a bare hyphen between spaces and the
lead's first word ("RIVERTON - Two men ..."): a local station's dateline. Read only for a
report that places its event nowhere else (`find_hyphen_dateline`): a capitals head before a
hyphen is also a section label or a shouted headline, so it is no anchor over a named place.
With a state ("MACON, Ga. - ") it is `_CAPS_DATELINE`'s, read by `find_dateline`."""


def find_hyphen_dateline(text: str, home_state: str | None = None) -> PlaceMention | None:
    """The town of a bare-hyphen dateline near the top of the text, or None: with the site's
    `home_state`, the biggest town of the name in it or none (`outlets.town_by_name`, as
    `segment.agency_town` reads a police's town: no namesake from another state); without
    one, the gazetteer's town of the name. Not `town_by_name`'s one town of some size there:
    on gva_dev train that lost a Cleveland station's "CLEVELAND - " (Cleveland County,
    Oklahoma, is a rival of some size) and placed nothing new."""
    from newsledger.nlp.outlets import town_by_name  # it imports this module's US_STATES

    gaz = Gazetteer.default()
    for match in _HYPHEN_DATELINE.finditer(text[:DATELINE_SCAN_CHARS]):
        town = match.group("town")
        if name_key(town) in NOT_PLACE_WORDS:
            continue
        place = (
            town_by_name(town, home_state)
            if home_state is not None
            else _resolve(gaz, town, None, text)
        )
        if place is None or place.feature != "city":
            continue
        start, end = match.span("town")
        return PlaceMention(start, end, text[start:end], place, 1)
    return None


DATELINE_HEAD = re.compile(
    rf"(?:{CAPS_TOWN}|{TITLE_TOWN}(?=\s*,))"
    r"(?:\s*,\s*[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)?"
    r"(?:\s*\(+[^()\n]{1,40}\)+)*"
    r"\s*(?:--|[–—]|-(?=\s))\s*"
)
"""Any dateline at the head of a paragraph, as `nlp.quotes` cuts it from a quote unit
("SPRINGFIELD, Ill. (AP) —", "RIVERTON ((XYZ)) --", "Port St. Lucie, Fla. —"): the towns
above with any capitalised word after the comma (a state, a country) and any brackets, since
the quote finder only needs to know the head is no speaker, not which town it names. Title
case only with a comma after the town (a sentence's first word followed by a dash is not a
dateline)."""


COUNTY_ABBREVIATION = re.compile(r"(?<=[ \t])Co\.?$")
"""AP's "Co." for County after a county's name, in a dateline ("ROCKBRIDGE CO., Va.") or the
text ("in Tift Co.", "a Rowan Co. deputy"): the one pattern both readers use."""


def spell_county(phrase: str) -> str:
    """The phrase with AP's closing "Co." written out ("Tift Co." -> "Tift County"), so the
    gazetteer, which knows counties only by their full name, can look it up."""
    return COUNTY_ABBREVIATION.sub("County", phrase)


def _state_of(word: str) -> str:
    """The state's name for an AP abbreviation, a postal code or a name in any case."""
    bare = word.rstrip(".")
    return US_STATES.get(bare) or US_STATES.get(bare.title()) or bare.title()


def _resolve(gaz: Gazetteer, town: str, state: str | None, text: str = "") -> Place | None:
    """The town (or its longest known tail, for glued capitals) in the state, when known; a
    county without its state is read against the states `text` names."""
    words = spell_county(town.strip(" ").title()).strip(" .")
    words = TITLE_ABBREVIATION.sub(lambda m: NAME_ABBREVIATIONS[m.group(1)] + " ", words)
    if state is not None:
        state_name = _state_of(state)
        for cut in range(min(MAX_GLUED_PREFIX, max(0, len(words) - 3)) + 1):
            candidate = words[cut:].strip()
            for place in gaz.lookup(candidate, "US"):
                if place.admin1 == state_name and place.feature in ("city", "admin2"):
                    return place  # a town, or a county ("PALM BEACH COUNTY, Fla.")
        from newsledger.nlp.usps_towns import usps_town  # it reads this module's US_STATES

        return usps_town(words, state_name, gaz)  # a town under 500 people GeoNames lacks
    if COUNTY_WORDS.search(words):
        return _county_without_state(gaz, words, text)
    found = [p for p in gaz.lookup(words) if p.feature == "city"]
    return found[0] if found else None


TITLE_ABBREVIATION = re.compile(r"^(Ft|Mt)\.?\s+")
"""AP's "Ft." and "Mt." at the head of a town's name in a dateline ("FT LAUDERDALE"), spelled
out by `gazetteer.NAME_ABBREVIATIONS` (a saint's "St." is left to `gazetteer.name_key`)."""

COUNTY_WORDS = re.compile(r"\s(?:County|Parish)$")


def _county_without_state(gaz: Gazetteer, county: str, text: str) -> Place | None:
    """A county dateline with no state ("WALWORTH COUNTY —"): the one county of that name, or
    the one whose state the report names; None when that leaves a doubt."""
    counties = [p for p in gaz.lookup(county, "US") if p.feature == "admin2"]
    if len(counties) > 1:
        counties = [p for p in counties if p.admin1 and p.admin1 in text]
    return counties[0] if len(counties) == 1 else None


def find_dateline(text: str, places: Sequence[PlaceMention] = ()) -> PlaceMention | None:
    """The dateline town near the top of the text, resolved, or None (see the module doc).

    A dateline without a state takes the town the report's own place reading gave the same
    name (`places`, resolved against the states and countries the report names): "NEWPORT"
    over "Cocke County" is Newport, Tennessee, not the gazetteer's biggest Newport (Wales)."""
    gaz = Gazetteer.default()
    head = text[:DATELINE_SCAN_CHARS]
    matches = sorted(
        [*_CAPS_DATELINE.finditer(head), *_BRACKET_DATELINE.finditer(head),
         *_TITLE_DATELINE.finditer(head), *_PIPE_DATELINE.finditer(head)],
        key=lambda m: m.start(),
    )
    for match in matches:
        group = "town" if match.group("town") else "town2"
        town = match.group(group)
        if town is None or sum(ch.isalpha() for ch in town) < 3:
            continue
        state = match.groupdict().get("state")
        place = _resolve(gaz, town, state, text)
        if place is None:
            continue
        start, end = match.span(group)
        # a glued prefix ("WCIVFLORENCE"): the evidence is the town's own letters
        name_len = len(place.name)
        if end - start > name_len and text[end - name_len : end].lower() == place.name.lower():
            start = end - name_len
        if state is None and place.feature == "city":
            place = (_read_in_context(text[start:end], start, end, places)
                     or _in_named_region(gaz, place, places) or place)  # fmt: skip
        return PlaceMention(start, end, text[start:end], place, 1 if place.feature == "city" else 3)
    return None


def _read_in_context(name: str, start: int, end: int,
                     places: Sequence[PlaceMention]) -> Place | None:  # fmt: skip
    """The town the report's place reading resolved this dateline name to: the mention at the
    dateline itself, else the first of the same name; None when it read no town of that name."""
    key = name_key(name)
    same = [
        pm for pm in places
        if pm.place is not None and pm.place.feature == "city" and name_key(pm.text) == key
    ]  # fmt: skip
    at = [pm for pm in same if pm.start < end and start < pm.end]
    found = at or same
    return found[0].place if found else None


DATELINE_CITY_POPULATION = 100_000
"""A dateline city of this size in the country of the report's places stays that city even when
the report names another state's namesake region ("DALLAS —" on a report naming Georgia)."""


def _in_named_region(gaz: Gazetteer, default: Place,
                     places: Sequence[PlaceMention]) -> Place | None:  # fmt: skip
    """The town of the dateline's name in the state (first-level region) the report's other
    places lie in most ("Cocke County" for a "NEWPORT" dateline), or None when no town of the
    name lies in a region the report names, or the gazetteer's own first town is named in its
    state or is a big city of the same country."""
    key = name_key(default.name)
    regions: Counter[tuple[str, str | None]] = Counter(
        (pm.place.country_code, pm.place.admin1)
        for pm in places
        if pm.place is not None and pm.place.admin1 and name_key(pm.text) != key
    )
    if regions[(default.country_code, default.admin1)]:
        return None
    towns = [
        p for p in gaz.lookup(default.name)
        if p.feature == "city" and regions[(p.country_code, p.admin1)]
    ]  # fmt: skip
    if not towns:
        return None
    best = max(towns, key=lambda p: regions[(p.country_code, p.admin1)])
    if best.country_code == default.country_code and default.population >= DATELINE_CITY_POPULATION:
        return None
    return best


def event_place(dateline: PlaceMention | None, chosen: PlaceMention | None,
                police_town: PlaceMention | None = None,
                own_town: bool = False,
                state_written: bool = False) -> PlaceMention | None:  # fmt: skip
    """The event's town given a dateline and the place the lead names.

    A county dateline yields to a town of that county. The dateline wins over no place, a
    region or country, a town within EVENT_SAME_AREA_KM of it
    (the lead names a suburb or a landmark town next to it), and a town in another state or
    country (a name resolved elsewhere, or the outlet's area); a town farther away in the same
    state is kept (the event happened there), unless the dateline town's own police or officials
    handle the case as well (`police_town`, see `find_jurisdiction`): then the far town is a
    victim's home ("of Springfield Township") or a street named after it ("near Fond du Lac").
    The police's town alone, with no dateline, is no second anchor. A lead town near the
    dateline wins when the report treats it as a town of its own (`own_town`, see
    `extract.segment.governs_itself`: "Harvey police", "the suburb of Harvey"): a big city's
    bureau files the shootings of the suburbs around it under its own name, while a
    neighbourhood of the city has no police of its own to name. A town of another state wins
    when the report writes it with that state (`state_written`: "in Riverton, Maryland" under
    a "WASHINGTON —" dateline): a bureau files from its own city, and the written state rules
    out a namesake resolved elsewhere."""
    if dateline is None or dateline.place is None:
        return chosen
    if chosen is None or chosen.place is None or chosen.place.feature != "city":
        return dateline
    a, b = dateline.place, chosen.place
    if a.feature == "admin2":  # a county dateline: a town of that county is finer
        return chosen if in_county(b, a) else dateline
    if a.country_code != b.country_code:
        return dateline
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return chosen if state_written else dateline
    if police_town is not None and police_town is not dateline and police_town.place == a:
        return dateline  # two anchors agree: the dateline and its town's police
    if distance_km(a, b) <= EVENT_SAME_AREA_KM:
        if own_town and b != a:
            return chosen
        return dateline
    return chosen


JURISDICTION_SCAN_CHARS = 700
"""The headline and lead, where a report names whose police handle the event."""

TOWN_FORCES = r"[Pp]olice|PD\b|[Oo]fficials|Fire\s+Department"
"""A town's police, officials or fire department, as a report writes them after its name
("Philadelphia police", "Albany Police Department"): one alternation for the jurisdiction
anchor here and the town that governs itself (`extract.segment.OWN_TOWN_AFTER`, which adds the
mayor and the councils), so both read a town's police alike."""

JURISDICTION_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:{TOWN_FORCES})"
    r"|['’]s\s+(?:(?:[A-Z][\w.-]*|north|south|east|west|northwest|northeast|southwest|southeast|"
    r"far|near)\s+){1,3}(?:section|neighborhood|neighbourhood|[Ss]ide|area|district|suburb)\b"
)
"""After a town: its police or officials ("Philadelphia police", "Albany Police Department"), or
a part of it ("Chicago's Southwest Side", "Philadelphia's Kensington section"). Not its sheriff:
a US sheriff is the county's ("Sacramento sheriff's deputies" patrol the towns around the city
too), so a sheriff named after a town anchors no town."""


def find_jurisdiction(text: str, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The town whose police or officials handle the event, or whose part it happened in, as
    the headline and lead name it: an anchor like a dateline (see `event_place`)."""
    for mention in places:
        if mention.start > JURISDICTION_SCAN_CHARS:
            break
        if mention.place is None or mention.place.feature != "city":
            continue
        if name_key(mention.text) in NOT_PLACE_WORDS:
            continue  # "Metro police", "Border Police": the force's name, not a town's police
        if JURISDICTION_AFTER.match(text, mention.end):
            return PlaceMention(mention.start, mention.end, mention.text, mention.place, 1)
    return None
