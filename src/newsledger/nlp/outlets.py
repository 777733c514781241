"""The town in a local outlet's name at the end of a headline: "... | The Augusta Chronicle",
"... « CBS Chicago", "... - Goldsboro Daily News".

A report that names no place at all (no town, county or state in its text: "Police responded to
Willhaven Drive on Saturday") is a local outlet writing about its own area. The town its name
carries is then the best evidence of where the event happened, at ACLED geo-precision 2
(somewhere in or near that town), never more: `extract.segment` uses it only when the report
places its event nowhere else, and a source that names the town itself outranks it at the merge.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from itertools import pairwise
from urllib.parse import urlsplit

from newsledger.nlp.datelines import STATE_FULL_NAMES, US_STATES
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.places import state_after
from newsledger.nlp.types import Place, PlaceMention

OUTLET_SEPARATOR = re.compile(r"[ \t]+(?:\||«|»|-|–|—|::)[ \t]+")
"""What sets an outlet's name apart from the headline before it."""

MEDIA_WORDS = frozenset(
    {"times", "news", "chronicle", "tribune", "post", "herald", "journal", "gazette", "daily",
     "sun", "star", "press", "register", "courier", "dispatch", "observer", "examiner",
     "record", "telegraph", "inquirer", "bee", "globe", "sentinel", "democrat", "republican",
     "leader", "review", "reporter", "bulletin", "enquirer", "standard", "mercury", "ledger",
     "patch", "channel", "tv", "radio", "cbs", "nbc", "abc", "fox", "cw", "pbs", "npr"}
)  # fmt: skip
"""Words of newspaper and broadcaster names; an outlet name holds one (or is call letters)."""

CALL_LETTERS = re.compile(r"\b[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?\b")
"""A US station's call letters ("WKRN", "KDKA-TV"): the segment is a station's name."""

OUTLET_TOWN_MIN_POPULATION = 20_000
"""Outlets are named after towns of some size; smaller namesakes of a name's words ("Eagle",
"Globe") are left out."""

MAX_OUTLET_SEGMENTS = 4
"""An outlet's name may itself hold separators: a station, its town, its slogan, its call
letters ("... - CBS News 8 - San Diego, CA News Station - KFMB Channel 8")."""

TOWN_AND_STATE = re.compile(r"[A-Z][a-z.'’-]*(?:[ ][A-Z][a-z.'’-]*){0,3}(?=,)")
"""The capitalised words of a town before its state's comma ("Tulsa, OK")."""

MAX_TOWN_WORDS = 3
"""Longest town name tried inside an outlet's name ("Salt Lake City")."""

_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:\.)?")


WEB_ADDRESS = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9-]*\.(?:com|net|org|tv|us|news)\b", re.IGNORECASE)
"""A site's address written as its name ("MSNewsNow.com - Jackson, MS", "wistv.com"): a
headline's own words are seldom a web address, so the segment is the outlet's."""

SITE_MENU_WORDS = frozenset(
    {"news", "weather", "sports", "traffic", "video", "videos", "and", "&", "entertainment",
     "business", "politics", "local", "breaking", "opinion", "lifestyle", "community"}
)  # fmt: skip
"""Words of a site's menu that a page title may end with after its name and town
("Live5News.com | Charleston, SC | News, Weather, Sports")."""


def _is_outlet(segment: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", segment)}
    return (
        bool(words & MEDIA_WORDS)
        or bool(CALL_LETTERS.search(segment))
        or bool(WEB_ADDRESS.search(segment))
    )


def _is_town_and_state(segment: str) -> bool:
    """A segment that is a town and its US state alone ("Tulsa, OK", "Columbia, South
    Carolina"): a part of an outlet's name when it stands beside the outlet's other parts."""
    town = TOWN_AND_STATE.match(segment)
    if town is None:
        return False
    state = segment[town.end() :].lstrip(", \t").rstrip(".")
    return state in US_STATES or state in US_STATES.values()


def _is_site_menu(segment: str) -> bool:
    """A segment of menu words only ("News, Weather, Sports"): the tail of the site's name,
    not one of the segments that name it."""
    words = re.findall(r"[A-Za-z&]+", segment)
    return bool(words) and all(w.lower() in SITE_MENU_WORDS for w in words)


COMPASS_STATE_PREFIX = re.compile(r"^(?:North|South|West)[ ]")
"""The compass word of a state's name ("North Carolina"): the word after it names a region of
two states ("Carolina", "Dakota"), no town."""


STATE_NAME_WORDS = frozenset(
    {*US_STATES.values()} | {COMPASS_STATE_PREFIX.sub("", state) for state in US_STATES.values()}
)
"""US states' names ("Nebraska", "New York") and the region words after their compass word
("Carolina", "Dakota"), built once: an outlet brand made of one names an area, unless a US city
bears the name (`_town`)."""


STATE_NAME_AFTER = re.compile(rf"[ \t]+(?P<state>{STATE_FULL_NAMES})\b")
"""A state's full name right after a word with no comma ("Portland Oregon", "Central Texas")."""


def _state_after_town(text: str, end: int) -> str | None:
    """The US state written after a town in an outlet's name, with its comma
    (`places.state_after`: "Hattiesburg, MS") or without one ("Central Texas News"): the town
    must lie in it, so a region word before a state's name ("Central", "East") finds no town."""
    found = STATE_NAME_AFTER.match(text, end)
    return state_after(text, end) or (found.group("state") if found else None)


def _state_namesake_city(name: str, place: Place) -> bool:
    """Whether `place` is the US city a state's name stands for in a brand ("NBC New York",
    "The Washington Post"): a city of HOME_CITY_MIN_POPULATION named so, or whose own name
    begins with it ("New York City", "Oklahoma City"). Smaller namesakes (Delaware, Ohio) and
    loose aliases leave the brand to its state; "Carolina" of Puerto Rico is no US city."""
    return (
        place.country_code == "US"
        and place.population >= HOME_CITY_MIN_POPULATION
        and (place.name == name or place.name.startswith(f"{name} "))
    )


def _town(
    gaz: Gazetteer, name: str, state: str | None, countries: Collection[str]
) -> Place | None:
    """The most populous town of that name big enough to carry an outlet, in `state` if named;
    by its primary name first ("Augusta" is not Augsburg's exonym), else an alias ("New York");
    in the countries the report's places lie in, when one is there. A state's name or region
    word (STATE_NAME_WORDS) names the area a brand serves ("FOX Carolina", "News Channel
    Nebraska"), so it is a town only as its namesake US city (`_state_namesake_city`)."""
    state_word = name in STATE_NAME_WORDS
    found: dict[bool, list[Place]] = {False: [], True: []}
    for row, alternate in gaz.rows(name):
        place = gaz.place(row)
        if (
            place.feature == "city"
            and place.population >= OUTLET_TOWN_MIN_POPULATION
            and (state is None or place.admin1 == state)
            and (not state_word or _state_namesake_city(name, place))
        ):
            found[alternate].append(place)
    towns = found[False] or found[True]
    home = [p for p in towns if p.country_code in countries]
    return max(home or towns, key=lambda p: p.population) if towns else None


def outlet_segment(text: str, headline: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the outlet's name that ends the headline lies in `text`, or None: the trailing
    separated segments back to the first that reads as an outlet (a media word, call letters or
    a web address), over menus and a town with its state between them. A page title
    often ends with the site's name and home town ("... - WXYZ News, Weather for Springfield,
    IL"): a town named there is the outlet's, not the event's."""
    if headline is None:
        return None
    start, end = headline
    cuts = list(OUTLET_SEPARATOR.finditer(text, start, end))
    # a closing site menu ("... | Charleston, SC | News, Weather, Sports") belongs to the name
    # before it and is not counted among its segments
    named, name_end = len(cuts), end
    while named > 1 and _is_site_menu(text[cuts[named - 1].end() : end]):
        named -= 1
        name_end = cuts[named].start()
    cuts = cuts[:named]
    if not cuts:
        return None
    # the outlet's name is the last segment, or the last two ("WXYZ-TV News - Hattiesburg, MS")
    tails = [cut.end() for cut in cuts[-2:]][::-1]
    segment_start = next((at for at in tails if _is_outlet(text[at:name_end])), None)
    if segment_start is None:
        return None
    # ... and the segments before it that read as parts of the name too: a station, a slogan,
    # a town with its state ("CBS News 8 - San Diego, CA News Station - KFMB Channel 8")
    earlier = [cut for cut in cuts if cut.end() < segment_start][::-1]
    taken = sum(cut.end() >= segment_start for cut in cuts)
    for cut in earlier[: max(0, MAX_OUTLET_SEGMENTS - taken)]:
        part = OUTLET_SEPARATOR.sub("", text[cut.end() : segment_start]).strip()
        if not (_is_outlet(part) or _is_town_and_state(part)):
            break
        segment_start = cut.end()
    return None if segment_start is None else (segment_start, end)


def outlet_town(
    text: str, headline: tuple[int, int] | None, countries: Collection[str] = ()
) -> PlaceMention | None:
    """The town named in the outlet's name that ends the headline (`outlet_segment`), or None:
    its longest run of capitalised words (media words left out) that names a town of at least
    OUTLET_TOWN_MIN_POPULATION, at geo-precision 2. A name with a US station's call letters
    ("WBRC FOX6 News - Birmingham") is a US outlet's: its town lies in the US."""
    found = outlet_segment(text, headline)
    if found is None:
        return None
    segment_start, end = found
    segment = text[segment_start:end]
    if CALL_LETTERS.search(segment) and (not countries or "US" in countries):
        countries = ("US",)  # call letters break a tie; a Dutch "WNL" page stays Dutch
    gaz = Gazetteer.default()
    words = [
        m
        for m in _CAPITALISED.finditer(segment)
        if m.group().rstrip(".").lower() not in MEDIA_WORDS
    ]
    for i in range(len(words)):
        for n in range(min(MAX_TOWN_WORDS, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(segment[a.end() : b.start()] != " " for a, b in pairwise(run)):
                continue  # not one run of words
            s, e = segment_start + run[0].start(), segment_start + run[-1].end()
            place = _town(gaz, text[s:e], _state_after_town(text, e), countries)
            if place is not None:
                return PlaceMention(s, e, text[s:e], place, 2)
    return None


PLAYLIST_ITEM = re.compile(
    r"^[ \t]*\d{1,2}:\d{2}[ \t]+(?![ap]\.?m\b|[AP]\.?M\b)(?=\S)[^\n]*$", re.MULTILINE
)
"""A line of a video playlist on a news site's page: a clip's running time, then its title
("2:14 Council debates the new budget Pause"). Not a police log's "12:23 p.m. — A crash".
"""

MIN_PLAYLIST_ITEMS = 2
"""Playlist lines a page must hold before its timed lines count as one: a single timed line may
be the report's own."""


def playlist_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the video playlist's lines on a page: other stories' titles, whose
    towns are not the report's places ("0:39 Lakeview police look for a stolen van" beside
    a Kansas City report). Empty when the page has fewer than MIN_PLAYLIST_ITEMS such lines."""
    lines = [m.span() for m in PLAYLIST_ITEM.finditer(text)]
    return lines if len(lines) >= MIN_PLAYLIST_ITEMS else []


HOME_CITY_MIN_POPULATION = 100_000
"""A site's host names its city only when the city is this big ("chicagotribune.com",
"pittsburgh.cbslocal.com"): smaller names inside a host are too often other words."""

HOME_CITY_RIVAL_POPULATION = 50_000
"""A host's city name shared by another town of this size in the country ("springfield",
"lancaster", "columbus") says no one city: such hosts give no home city."""

BROADCAST_PREFIX = re.compile(r"^(?:abc|nbc|cbs|fox|cw|my|pbs)?(?:fox)?\d*$")
"""What may precede a city in a broadcaster's host label ("abc7chicago", "nbcphiladelphia",
"fox7austin")."""

_EMBEDDED_HOST = re.compile(r"/https?:/{1,2}([^/?#]+)", re.IGNORECASE)
"""The archived page's host inside a web archive's URL (".../web/2014.../http://site/page")."""


def url_host(url: str | None) -> str | None:
    """The page's host in lower case, the archived page's for a web archive's copy."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    embedded = _EMBEDDED_HOST.search(parts.path)
    host = embedded.group(1) if embedded else parts.netloc
    return host.split(":")[0].lower() or None


@cache
def _home_cities(country: str) -> dict[str, Place]:
    """Big towns of `country` by their name squashed to letters ("kansascity"), less names that
    another town of some size shares (see HOME_CITY_RIVAL_POPULATION)."""
    gaz = Gazetteer.default()
    found: dict[str, list[Place]] = {}
    for row in range(len(gaz)):
        if gaz.countries[row] != country or gaz.populations[row] < HOME_CITY_RIVAL_POPULATION:
            continue
        place = gaz.place(row)
        if place.feature == "city":
            found.setdefault(re.sub(r"[^a-z]", "", place.name.lower()), []).append(place)
    return {
        key: places[0]
        for key, places in found.items()
        if len(places) == 1 and places[0].population >= HOME_CITY_MIN_POPULATION
    }


def url_home_city(url: str | None, country: str = "US") -> Place | None:
    """The city a news site's host is named after, or None: a label that is the city's name
    ("pittsburgh.cbslocal.com", "philly.com" by the gazetteer's alias), begins with it
    ("chicagotribune.com", "miamiherald.com") or ends with it after a broadcaster's letters
    ("abc7chicago.com", "nbcphiladelphia.com"). A local site mostly reports its own city, so
    this is the report's home when its text names a neighbourhood that shares a far town's name.
    """
    host = url_host(url)
    if host is None or url is None:
        return None
    cities = _home_cities(country)
    labels = [label for label in host.split(".")[:-1] if label != "www"]
    for label in labels:
        squashed = re.sub(r"[^a-z]", "", label)
        for key, place in cities.items():
            if squashed.startswith(key) or (
                squashed.endswith(key) and BROADCAST_PREFIX.match(label[: -len(key)])
            ):
                return place
        found = _named_city(label, cities, country)
        if found is not None:
            return found
    low = url.lower()
    rest = low[low.find(host) + len(host) :] if host in low else ""
    section = _SITE_SECTION.search(rest)
    return None if section is None else _named_city(section.group(1), cities, country)


_SITE_SECTION = re.compile(r"^(?::\d+)?/([a-z-]+)/")
"""A site's first path segment, where city sections live ("dnainfo.com/chicago/...")."""


def _named_city(word: str, cities: dict[str, Place], country: str) -> Place | None:
    """The big city `word` names whole ("pittsburgh", "philly" by the gazetteer's alias,
    "new-york"), or None."""
    squashed = re.sub(r"[^a-z]", "", word)
    if squashed in cities:
        return cities[squashed]
    alias = [
        p for p in Gazetteer.default().lookup(word.replace("-", " "), country)
        if p.feature == "city" and re.sub(r"[^a-z]", "", p.name.lower()) in cities
    ]  # fmt: skip
    return alias[0] if alias else None


SLUG_MIN_WORDS = 3
"""A path segment is a story's slug ("man-shot-in-a-riverton-bar") when it holds this many
words; shorter ones are site sections ("news", "local", "crime-and-courts")."""

SLUG_TOWN_MIN_POPULATION = 5_000
"""A town read from a slug outside the site's home state is this big: smaller towns share their
names with everyday slug words too often."""

SLUG_RIVAL_SHARE = 0.2
"""Outside the site's home state, a slug's town is unambiguous when no other town of its name
in the country has this share of its population ("springfield", "columbus" have rivals)."""

MAX_SLUG_TOWN_WORDS = 3
"""Longest run of slug words tried as a town ("west-palm-beach")."""

_SLUG_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def url_path(url: str | None) -> str:
    """The page's path, the archived page's for a web archive's copy ("" without a URL)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    embedded = re.search(r"/https?:/{1,2}[^/?#]+(/[^?#]*)?", parts.path, re.IGNORECASE)
    return (embedded.group(1) or "") if embedded else parts.path


def _slug_words(url: str | None) -> list[list[str]]:
    """The words of each story slug in the page's path (see SLUG_MIN_WORDS), lower case; words
    holding digits are dropped ("3-shot", "article_1531a40c")."""
    slugs: list[list[str]] = []
    for segment in url_path(url).split("/"):
        segment = re.sub(r"\.[a-z]{2,5}$", "", segment.lower())
        words = [w for w in re.split(r"[-_+]+", segment) if w]
        kept = [w for w in words if _SLUG_WORD.fullmatch(w)]
        if len(words) >= SLUG_MIN_WORDS and kept:
            slugs.append(kept)
    return slugs


def _slug_town(gaz: Gazetteer, name: str, home_state: str | None, country: str,
               city_said: bool = False) -> Place | None:  # fmt: skip
    """The town `name` (slug words) names: the biggest of that primary name in the site's home
    state (none elsewhere for a local site), or without a home state the only town or county of
    some size of that name in the country (see SLUG_RIVAL_SHARE: "dekalb" is DeKalb, Illinois,
    and DeKalb County, Georgia). A slug that says "city" after the name (`city_said`:
    "baltimore-city-shooting") means the city, so its namesake county is no rival."""
    named = [
        (gaz.place(row), alternate)
        for row, alternate in gaz.rows(name)
        if gaz.countries[row] == country
    ]
    towns = [p for p, alternate in named if not alternate and p.feature == "city"]
    counties = [p for p, _ in named if p.feature == "admin2" and not city_said]
    if home_state is not None:  # a local site: its own state's town or none
        local = [p for p in towns if p.admin1 == home_state]
        return max(local, key=lambda p: p.population) if local else None
    if not towns:
        return None
    towns.sort(key=lambda p: -p.population)
    best = towns[0]
    if best.population < SLUG_TOWN_MIN_POPULATION:
        return None
    rivals = [
        p for p in towns[1:] + counties if p.population >= SLUG_RIVAL_SHARE * best.population
    ]
    return None if rivals else best


def url_slug_town(
    url: str | None, home_state: str | None = None, country: str = "US"
) -> tuple[Place, str] | None:
    """The town the page's story slug names, with the slug words as written, or None.

    A walled page (a sign-in form, a paywall) keeps no text of its story, but its address often
    keeps the story's slug ("/2016/03/01/man-shot-in-riverton-bar/"). Runs of MAX_SLUG_TOWN_WORDS
    words down to one are tried, after "in" (SLUG_PLACE_WORDS) first, then left to right, longest
    first; a run of everyday words only (`places.is_common_word`: "spring", "gary") is a town
    only for a city of HOME_CITY_MIN_POPULATION ("chicago"). The
    home state is the local site's (`url_home_city`, the outlet's town), and a local site's
    town lies in it; without one the town must be unambiguous in the country (`_slug_town`); a
    name before a county, creek, park or street word (SLUG_NOT_TOWN_AFTER) is not the town.
    Used only when the page's text places its event nowhere.
    """
    from newsledger.nlp.places import is_common_word

    gaz = Gazetteer.default()
    for words in _slug_words(url):
        # a town after "in", "near" ... first: "teen-from-dayton-shot-in-xenia" happened in Xenia
        starts = [i + 1 for i, w in enumerate(words[:-1]) if w in SLUG_PLACE_WORDS]
        for i in starts + [i for i in range(len(words)) if i not in starts]:
            for n in range(min(MAX_SLUG_TOWN_WORDS, len(words) - i), 0, -1):
                run = words[i : i + n]
                if i + n < len(words) and words[i + n] in SLUG_NOT_TOWN_AFTER:
                    continue  # "putnam-county", "stickney-creek", "high-point-drive"
                city_said = words[i + n : i + n + 1] == ["city"] and not (
                    words[i + n + 1 : i + n + 2]
                    and words[i + n + 1] in SLUG_NOT_TOWN_AFTER | {"hall", "council"}
                )  # "baltimore-city-shooting", not "dekalb-city-park"
                place = _slug_town(gaz, " ".join(run), home_state, country, city_said)
                everyday = all(is_common_word(w, "en") for w in run)
                if place is None or (everyday and place.population < HOME_CITY_MIN_POPULATION):
                    continue
                return place, "-".join(run)
    return None


def town_by_name(name: str, home_state: str | None = None, country: str = "US") -> Place | None:
    """The town a bare name (no state written after it) stands for on a page: the biggest town
    of the name in the local site's home state, or without a home state the one town of some
    size of that name in the country (as for a slug, `_slug_town`); None when in doubt."""
    return _slug_town(Gazetteer.default(), name, home_state, country)


SLUG_PLACE_WORDS = frozenset({"in", "near", "at", "outside"})
"""Slug words after which a town is the event's place."""

SLUG_NOT_TOWN_AFTER = frozenset(
    {"county", "parish", "co", "township", "sheriff", "sheriffs", "creek", "river", "lake",
     "park", "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd",
     "lane", "highway", "hwy", "neighborhood", "neighbourhood"}
)  # fmt: skip
"""Slug words that make the name before them another thing's: a county ("putnam-county",
"putnam-sheriff"), a creek, a park or a street named after a town ("high-point-drive")."""
