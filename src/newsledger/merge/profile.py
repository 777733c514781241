"""What the resolver knows about one mention: its normalised facts and its salient words.

A `MentionProfile` is computed once per mention from its claims (and, for the lexical part, from
the article text around the mention). Blocking, scoring and the incident view all read profiles,
never raw claims, so the facts are parsed in one place.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from newsledger.extract.people import full_names
from newsledger.merge.descriptions import (
    Block,
    Description,
    person_descriptions,
    street_blocks,
)
from newsledger.merge.furniture import story_text
from newsledger.model import Article, Claim, Mention
from newsledger.nlp.dates_other import weekday_named
from newsledger.nlp.story_words import story_word

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
"""Smaller is more precise; used to pick a mention's best date and the consensus date."""

LEAD_CHARS = 1200
"""Characters of a main mention's article (title + lead) used for its salient words: the lead
names the incident; later paragraphs drift to background and context."""

CONTEXT_CHARS = 160
"""Characters around each claim of a background mention used for its salient words: a background
incident is told in one or two sentences, so the article's lead would describe another incident."""

NAME_WEIGHT = 2.0
"""Capitalised words (names of people, places, groups) are the most specific words of a story."""

_WORD = re.compile(r"[^\W_][\w'’-]*[^\W_]|\d+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class FigureFact:
    """One figure claim reduced to what matching and consensus compare."""

    kind: str
    actor: str | None
    item: str | None
    value: int | None
    qualifier: str
    max_value: int | None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.actor or "", self.item or "")


@dataclass(frozen=True, slots=True)
class PlaceFact:
    """The most precise place a mention gives (from its location claims)."""

    geonames_id: int | None
    name: str | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    admin2: str | None = None
    """The county (or district) the place lies in, as the claim gives it; a county's own name."""
    feature: str | None = None
    """The gazetteer feature: "city", "admin2" (a county), "admin1", "country"."""


@dataclass(slots=True)
class MentionProfile:
    """The normalised facts of one mention plus its salient words, ready for blocking/scoring."""

    mention_id: str
    article_id: str
    index: int
    main: bool
    source: str
    sort_key: tuple[str, bool, str, int]
    """Canonical order: publication date, originals before wire copies, article id, index."""
    date_first: date | None = None
    date_last: date | None = None
    date_precision: str | None = None
    date_inferred: bool = False
    day_verb: str | None = None
    """The class of the verb the stated day dates (`Claim.kind` of a main mention's date claim,
    `extract.day_chooser.VERB_CLASSES`): "follow_up" for an arrest's, a charge's or a court
    day's; None when extraction did not class it."""
    time_of_day: str | None = None
    weekday: int | None = None
    """The weekday the report gives its incident (0 Monday; `stated_weekday`), kept when no day
    is known: an undated "on Thursday" can then agree or clash with a dated report."""
    weekday_guessed: bool = False
    """The weekday is only the one the opening names (`opening_weekday`), not one the report
    ties to its incident: it may propose a join, never veto one."""
    place: PlaceFact | None = None
    sublocation: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    figures: list[FigureFact] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    terms: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    duplicate_of: str | None = None
    title: str | None = None
    """The article's headline (main mentions only: a background mention is another story)."""
    quote_keys: frozenset[str] = frozenset()
    """The opening words of each quote, normalised: a shared quote is specific evidence."""
    published: date | None = None
    """The article's publication date (reports of one incident appear within days)."""
    rare: dict[str, float] = field(default_factory=dict)
    """Words weighted by how rare they are in the language (see `rare_terms`)."""
    rare_norm: float = 0.0
    language: str | None = None
    """The article's language, in which `rare` was weighed."""
    people: frozenset[str] = frozenset()
    """The full names of the victims and the accused (`extract.people`: "person" claims, lower
    case): who the incident happened to and who is charged, not the officials quoted."""
    key_names: tuple[str, ...] = ()
    """The report's most-mentioned uncommon capitalised words, most frequent first (its main
    person, place or group: `key_names`); main mentions only."""
    written_names: frozenset[str] = frozenset()
    """Every "given surname" its story writes (`written_names`): a person the extractor typed in
    another report is named here even where this report's grammar left them untyped; main
    mentions only."""
    described: frozenset[Description] = frozenset()
    """The age and sex of every person its story describes ("a 23-year-old man":
    `descriptions.person_descriptions`), for reports that name no one; main mentions of English
    reports only."""
    blocks: frozenset[Block] = frozenset()
    """The blocks of streets its story gives ("the 1200 block of Elm Street":
    `descriptions.street_blocks`); main mentions of English reports only."""


def date_interval(value: date, precision: str | None) -> tuple[date, date]:
    """First and last day a date of the given precision can denote."""
    if precision == "week":
        return value, value + timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(value.year, value.month)[1]
        return value, value.replace(day=last)
    if precision == "year":
        return value, value.replace(month=12, day=31)
    return value, value


def parse_date(value: Any) -> date | None:
    """A claim's 'YYYY-MM-DD' value as a date, or None when it is not one."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def best_date_claim(claims: Iterable[Claim]) -> Claim | None:
    """The most precise parseable date claim (ties: the first in the text)."""
    best: Claim | None = None
    for claim in claims:
        if parse_date(claim.value) is None:
            continue
        rank = PRECISION_RANK.get(claim.qualifier, 3)
        if best is None or rank < PRECISION_RANK.get(best.qualifier, 3):
            best = claim
    return best


def place_fact(value: Any) -> PlaceFact | None:
    """A location claim's dict value as a `PlaceFact` (None when it has no usable content)."""
    if not isinstance(value, dict):
        return None
    lat, lon = value.get("latitude"), value.get("longitude")
    gid = value.get("geonames_id")
    if gid is None and (lat is None or lon is None) and not value.get("name"):
        return None
    return PlaceFact(
        geonames_id=int(gid) if gid is not None else None,
        name=value.get("name"),
        country_code=value.get("country_code"),
        admin1=value.get("admin1"),
        latitude=float(lat) if lat is not None else None,
        longitude=float(lon) if lon is not None else None,
        geo_precision=int(value.get("geo_precision") or 3),
        admin2=value.get("admin2"),
        feature=value.get("feature"),
    )


def best_place(claims: Iterable[Claim]) -> PlaceFact | None:
    """The most precise resolved place among location claims (ties: the first in the text)."""
    best: PlaceFact | None = None
    for claim in claims:
        fact = place_fact(claim.value)
        if fact is None:
            continue
        if best is None or fact.geo_precision < best.geo_precision:
            best = fact
    return best


def int_value(value: Any) -> int | None:
    """A figure claim's count, or None for an explicit unknown (booleans are not counts)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def figure_fact(claim: Claim) -> FigureFact:
    value = int_value(claim.value)
    qualifier = "unknown" if value is None else claim.qualifier
    return FigureFact(
        kind=claim.kind or "other",
        actor=claim.actor,
        item=claim.item,
        value=value,
        qualifier=qualifier,
        max_value=claim.max_value,
    )


@lru_cache(maxsize=65536)
def _word_weight(word: str) -> tuple[str, float] | None:
    """The normalised form of a word and its weight, or None for a word that says nothing."""
    low = story_word(word)
    if low is None:
        return None
    weight = NAME_WEIGHT if word[0].isupper() else 1.0
    return low, weight


def salient_terms(texts: Iterable[str]) -> dict[str, float]:
    """Weighted bag of content words: sublinear counts, capitalised words weighted up."""
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    for text in texts:
        for match in _WORD.finditer(text):
            norm = _word_weight(match.group())
            if norm is None:
                continue
            word, weight = norm
            counts[word] += 1
            weights[word] = max(weights.get(word, 0.0), weight)
    return {w: weights[w] * (1.0 + math.log(n)) for w, n in counts.items()}


COMMON_ZIPF = 6.0
"""Words at or above this Zipf frequency (about one in 10,000 words: "said", "police") weigh 0 in
the rare-word bag; a word's weight is COMMON_ZIPF minus its Zipf frequency, so a street or a
surname (Zipf 1-3) outweighs "shot" (5.2) several times: an IDF from general language use,
the same for every ledger and every order of arrival (an IDF from the ledger itself would
change as it grows)."""

RARE_LANGUAGES = frozenset({"en", "fr", "de", "nl", "it", "pt", "es"})
"""Languages whose word frequencies are looked up (others fall back to English)."""


@lru_cache(maxsize=262144)
def _rarity(word: str, language: str) -> float:
    return rarity(word, language)


def rarity(word: str, language: str) -> float:
    """COMMON_ZIPF minus the word's Zipf frequency in the language (0 for common words)."""
    from wordfreq import zipf_frequency

    return max(0.0, COMMON_ZIPF - zipf_frequency(word, language))


def rare_language(language: str | None) -> str:
    """The language a rare bag is weighed in: the article's if its frequencies are known, else
    English."""
    return language if language in RARE_LANGUAGES else "en"


def rare_word(word: str, language: str | None) -> bool:
    """Whether `rare_terms` keeps a lower-cased word (3+ letters, not a number, rarer than
    COMMON_ZIPF): a word it drops ("new" of "New Haven", "st") is never in a rare bag, so a
    test of words in a bag must leave it out."""
    return len(word) >= 3 and not word.isdigit() and _rarity(word, rare_language(language)) > 0


def rare_terms(texts: Iterable[str], language: str | None) -> dict[str, float]:
    """Bag of words weighted by sublinear count x rarity in the language (a fixed IDF)."""
    lang = rare_language(language)
    counts: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            low = match.group().lower().replace("’", "'")
            if low.endswith("'s"):
                low = low[:-2]
            if len(low) >= 3 and not low.isdigit():
                counts[low] += 1
    out: dict[str, float] = {}
    for word, n in counts.items():
        weight = _rarity(word, lang)
        if weight > 0:
            out[word] = weight * (1.0 + math.log(n))
    return out


_DOMAIN_LABEL = re.compile(r"[a-z0-9]+")


_LETTER_RUN = re.compile(r"[a-z]{3,}")

BRAND_MIN_LETTERS = 3
"""Shortest letter run of a numbered domain label taken for the outlet's brand ("fox" of
fox59.com; not "i" of nbc4i.com)."""


def brand_words(labels: list[str]) -> list[str]:
    """The words of a channel brand spelt with a space ("Fox 59", "CBS 4") on the pages of a
    numbered domain (fox59.com, cbs4.com): the letter runs of each domain label that holds a
    digit. Written apart, the brand is a word the domain labels do not match ("fox"), on every
    page of the outlet (bylines, "Fox 59 News")."""
    return [
        run
        for label in labels
        if any(ch.isdigit() for ch in label)
        for run in _LETTER_RUN.findall(label)
        if len(run) >= BRAND_MIN_LETTERS
    ]


def without_outlet_name(bag: dict[str, float], source: str) -> dict[str, float]:
    """The rare-word bag without the outlet's own name: the labels of its domain ("fox6now",
    "com") and words glued to one by page text ("FOX6Now.comMILWAUKEE" -> "commilwaukee" when
    "milwaukee" is in the bag too). Every page of an outlet carries its name, many times (bylines,
    "Monitor FOX6Now.com for updates"), and a name of rarity 10+ then outweighs a story's
    streets and surnames: on GVDB it made one station's reports of different shootings look like
    rewrites of one story. Another outlet's name stays (a wire story credits its source)."""
    if not source.startswith("outlet:"):
        return bag
    labels = [label for label in _DOMAIN_LABEL.findall(source[len("outlet:") :]) if label != "www"]
    labels += brand_words(labels)

    def is_name(word: str) -> bool:
        return (
            word in labels
            or any(
                word.startswith(label) and word[len(label) :] in bag
                for label in labels
                if len(word) > len(label)
            )
            or is_masthead_word(word, labels)
        )

    return {word: weight for word, weight in bag.items() if not is_name(word)}


MASTHEAD_MIN_LETTERS = 5
"""Shortest masthead word (`is_masthead_word`): shorter runs inside a domain name are its
syllables ("news", "post"), not a word the outlet prints on every page."""

MASTHEAD_MAX_GLUE = 3
"""Most letters page layout glues before a masthead word ("NCGoldsboro": a state's two letters)."""


def is_masthead_word(word: str, labels: list[str]) -> bool:
    """A word of the outlet's own masthead: inside one of its domain labels ("goldsboro" of
    goldsborodailynews.com), or glued after a few letters to such a word ("ncgoldsboro", from
    "Goldsboro News, NC" run into the next line). It stands on every page of the outlet whatever
    the story: on GVDB two reports of one paper, a drug arrest and a homicide three weeks apart,
    shared it as their rarest words."""
    if len(word) < MASTHEAD_MIN_LETTERS:
        return False
    for label in labels:
        if word != label and word in label:
            return True
        for cut in range(1, MASTHEAD_MAX_GLUE + 1):
            tail = word[cut:]
            if len(tail) >= MASTHEAD_MIN_LETTERS and tail in label:
                return True
    return False


_CALL_SIGN = re.compile(r"[kw][a-z]{2,3}")
"""A North American broadcast call sign (KTVI, WPMT, WGN): K or W and two or three letters."""

_CHANNEL_BRAND = re.compile(r"(abc|cbs|nbc|fox|cw|pix)\d{1,2}")
"""A network's brand with its channel number (FOX6, CBS4, NBC5, ABC7)."""

CALL_SIGN_MAX_ZIPF = 2.6
"""A call-sign-shaped word this rare or rarer is not a word of the language ("kent", "kirk",
"wade" are 3.6-4.2; "ktvi", "wpmt", "wgn", "kiro" 0-2.5)."""


def is_station_name(word: str) -> bool:
    """A TV or radio station's call sign or channel brand: on the station's every page
    (bylines, "FOX43 News") and not in its domain (fox43.com carries "WPMT"), so two of its
    reports of different shootings shared it as their rarest word (GVDB: a York and a Hartley
    shooting, rare-word cosine 0.66)."""
    from wordfreq import zipf_frequency

    if _CHANNEL_BRAND.fullmatch(word):
        return True
    return bool(_CALL_SIGN.fullmatch(word)) and zipf_frequency(word, "en") <= CALL_SIGN_MAX_ZIPF


def without_station_names(bag: dict[str, float]) -> dict[str, float]:
    """The rare-word bag without broadcast call signs and channel brands (`is_station_name`)."""
    return {word: weight for word, weight in bag.items() if not is_station_name(word)}


GLUE_TOP_LEVEL_DOMAINS = frozenset({"com", "net", "org"})
"""Domain endings that page text glues to the next word ("FOX21News.comGREELEY" -> "comgreeley")."""

GLUE_MIN_TAIL = 4
"""Shortest word a glued token is split off to (shorter tails are too often a word's ending)."""


def _known_word(word: str) -> bool:
    """Whether the word is a word of the language at all (any Zipf frequency above 0)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") > 0


def is_glued_word(word: str, bag: Mapping[str, float]) -> bool:
    """A token that is two words run together by page layout, not a word of the story: a word
    unknown to the language whose tail (GLUE_MIN_TAIL letters or more) is a word of the same bag
    and whose head is a number ("Fox 59INDIANAPOLIS" -> "59indianapolis"), a domain ending
    ("comgreeley"), or the tail again ("CHICAGOCHICAGO" from a dateline under a masthead). Two
    different words of the bag are no glue: compound names are made so ("SeaMicro",
    "microservers" on ECB+). Such a token is unknown to the language, so it weighs like the
    rarest surname, and it stands on every page of one outlet: on GVDB a station's reports of
    different shootings shared it as their rarest word. A number's tail need only be a word of the
    language: the dateline glued to a channel number may be the only time the page writes its
    town in capitals and the bag then holds no other spelling of it."""
    if _known_word(word):
        return False
    for cut in range(1, len(word) - GLUE_MIN_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        tail_known = tail in bag or (
            (head.isdigit() or head in GLUE_TOP_LEVEL_DOMAINS) and _known_word(tail)
        )
        if not tail_known:
            continue
        if head.isdigit() or head in GLUE_TOP_LEVEL_DOMAINS or head == tail:
            return True
    return False


def without_glued_words(bag: dict[str, float]) -> dict[str, float]:
    """The rare-word bag without tokens that page layout glued together (`is_glued_word`)."""
    return {word: weight for word, weight in bag.items() if not is_glued_word(word, bag)}


def rare_texts(mention: Mention, article: Article | None) -> list[str]:
    """The texts of the rare-word bag: a main mention's whole article (title included) without
    its page furniture (`furniture.story_text`), a background mention's context windows."""
    if article is not None and mention.main:
        return [article.title or "", story_text(article.text)]
    return mention_texts(mention, article)


KEY_NAME_RARITY = 2.0
"""Rarity (`rarity`) from which a capitalised word can be a report's key name: Zipf 4 and under,
a surname, a town, a team ("Cheeks", "Aden"), not "President" or "Police"."""

KEY_NAME_MIN_COUNT = 2
"""Times a word must be written capitalised in a report to be one of its key names: the story's
protagonist is named again and again, a bystander or a source once."""

KEY_NAMES = 3
"""Key names kept per report (most frequent first)."""

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)?\b")


def key_names(title: str | None, text: str, language: str | None) -> tuple[str, ...]:
    """The uncommon capitalised words a report repeats most (KEY_NAME_RARITY, KEY_NAME_MIN_COUNT),
    lower-cased, most frequent first, ties in order of first use. The first is the report's main
    person, place or group: two look-alike reports (two arrests of two players of one team, two
    earthquakes) repeat different ones, and two reports of one incident name each other's."""
    lang = language if language in RARE_LANGUAGES else "en"
    counts: Counter[str] = Counter()
    for match in _CAPITALISED.finditer(f"{title or ''}\n{text}"):
        low = match.group().lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) >= 3 and _rarity(low, lang) >= KEY_NAME_RARITY:
            counts[low] += 1
    return tuple(w for w, n in counts.most_common(KEY_NAMES) if n >= KEY_NAME_MIN_COUNT)


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words after a surname that are no part of the person's given name and surname."""


@lru_cache(maxsize=65536)
def person_key(name: str) -> str | None:
    """A full name as its given name and surname, lower case ("given surname"): a charge sheet's
    "Given Middle Surname Jr." and a first report's "Given Surname" are one person. None for a
    name of one word."""
    words = [w for w in name.lower().replace(".", "").split() if w not in NAME_SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


_NAME_TOKEN = re.compile(r"\b[A-Z][A-Za-z'’-]*\.?")
"""A capitalised word or an initial ("DeShawn", "O'Neal", "Smith-Jones", "F.")."""

_NAME_GAP = re.compile(r"[ \t]+")
"""What may stand between two words of one name: spaces (no comma, no line break)."""


def _name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words standing next to each other, lower case, initials and a Jr
    left out ("John F. Smith Jr." -> ["john", "smith"]); an all-capitals word (a call sign, a
    headline shouted) ends a run."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = -1
    for match in _NAME_TOKEN.finditer(text):
        token = match.group()
        if end >= 0 and not _NAME_GAP.fullmatch(text, end, match.start()):
            if run:
                runs.append(run)
            run = []
        end = match.end()
        word = token.rstrip(".").lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) == 1:
            continue  # a middle initial keeps the run
        if len(word) > 1 and token.rstrip(".").isupper():
            if run:
                runs.append(run)
            run, end = [], -1
            continue
        if word not in NAME_SUFFIXES:
            run.append(word)
        if token.endswith("."):  # a sentence's end (or "St."): the next word starts anew
            runs.append(run)
            run, end = [], -1
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def written_names(text: str) -> frozenset[str]:
    """Every "given surname" a story writes, in `person_key`'s form: each two capitalised words
    standing together, and each two with one word between ("Given Middle Surname"), so a person
    the extractor typed in one report (`people`) is found in another report whose grammar typed
    no one ("a funeral was held for Given Surname"). A pair of place or group words ("Police
    Department") is here too; only a typed person's name is ever looked up."""
    names: set[str] = set()
    for run in _name_runs(text):
        for i, word in enumerate(run[:-1]):
            names.add(f"{word} {run[i + 1]}")
            if i + 2 < len(run):
                names.add(f"{word} {run[i + 2]}")
    return frozenset(names)


_PLACE_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def place_words(p: MentionProfile) -> set[str]:
    """The lower-cased words of a mention's place name ("Calais" -> {"calais"}): a town's name
    is no key name of one incident (two reports of two nights in one town repeat it most)."""
    name = p.place.name if p.place is not None else None
    return set(_PLACE_WORD.findall((name or "").lower()))


def normalise_name(name: str) -> str:
    """A person or group name reduced for comparison ("Fabrice  Ledoux," -> "fabrice ledoux")."""
    return " ".join(_WORD.findall(name.lower()))


def looks_like_name(value: str) -> bool:
    """A named group or person ("No Borders", "CRS"), not a common noun capitalised at a
    sentence start ("Migrants"): an acronym, or a capitalised word after the first."""
    words = value.split()
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return any(w[:1].isupper() for w in words[1:])


QUOTE_KEY_WORDS = 8
"""Opening words of a quote compared across reports (outlets trim quotes at the end); shorter
quotes ("no comment") are too common to be evidence."""


def quote_key(content: str | None) -> str | None:
    """A quote's first QUOTE_KEY_WORDS words, lower-cased (None for a shorter quote)."""
    words = _WORD.findall((content or "").lower())
    if len(words) < QUOTE_KEY_WORDS:
        return None
    return " ".join(words[:QUOTE_KEY_WORDS])


def mention_texts(mention: Mention, article: Article | None) -> list[str]:
    """The texts a mention's salient words come from (see LEAD_CHARS, CONTEXT_CHARS)."""
    texts: list[str] = []
    if article is not None and mention.main:
        if article.title:
            texts.append(article.title)
        texts.append(story_text(article.text)[:LEAD_CHARS])
        return texts
    spans = [c.span for c in mention.claims]
    if mention.anchor is not None:
        spans.append(mention.anchor)
    for span in spans:
        if article is not None and span.article_id == article.id:
            lo = max(0, span.start - CONTEXT_CHARS // 2)
            texts.append(article.text[lo : span.end + CONTEXT_CHARS // 2])
        else:
            texts.append(span.text)
    return texts


_ARCHIVED_URL = re.compile(r"^https?://web\.archive\.org/web/[^/]+/.+$", re.IGNORECASE)


def archived_outlet(article: Article) -> str | None:
    """The original site of a web-archive copy ("web.archive.org/web/2014.../www.wkrn.com/...":
    wkrn.com), named as ingest names outlets: articles stored before ingest learnt to unwrap
    archive links would otherwise all be one outlet, the archive."""
    if not _ARCHIVED_URL.match(article.url or ""):
        return None
    from newsledger.ingest.sources import outlet_from_url

    return outlet_from_url(article.url)


def source_key(
    article: Article | None, article_id: str, articles: Mapping[str, Article] | None = None
) -> str:
    """The independent source an article belongs to.

    Wire copies (`duplicate_of`) are their original's source; otherwise the outlet when known
    (two stories by one outlet are not independent corroboration), else the article itself.
    """
    if article is None:
        return f"article:{article_id}"
    if article.duplicate_of:
        original = articles.get(article.duplicate_of) if articles is not None else None
        if original is not None and not original.duplicate_of:
            return source_key(original, original.id)
        return f"article:{article.duplicate_of}"
    archived = archived_outlet(article)
    if archived:
        return f"outlet:{archived}"
    if article.outlet:
        return f"outlet:{article.outlet.strip().lower()}"
    return f"article:{article.id}"


def canonical_key(mention: Mention, articles: Mapping[str, Article]) -> tuple[str, bool, str, int]:
    """The order mentions are resolved in, whatever order they arrive in: publication date
    (undated last), originals before their wire copies, article id, mention index."""
    article = articles.get(mention.article_id)
    published = article.published.isoformat() if article and article.published else "9999-12-31"
    return (published, bool(article and article.duplicate_of), mention.article_id, mention.index)


WEEKDAY_LEAD_CHARS = 300
"""Characters of a main story's opening read for the weekday it names when it states no day (no
publication date to resolve "on Thursday" against): the first sentence or two, where a report
tells its incident's day; a later weekday is as often the day someone spoke or a funeral."""


def stated_weekday(
    mention: Mention, article: Article | None, profile: MentionProfile
) -> int | None:
    """The weekday the report ties to its incident (0 Monday), by these steps:
    1. a stated day (`date_precision` "day", not inferred from publication): its weekday;
    2. the words its time of day is written with ("Montagabend", "mardi soir", "on Thursday
       night"): the weekday they name.
    None otherwise. Only such a weekday may hold two reports apart (`crosslang.weekdays_clash`).
    `nlp.dates_other.weekday_named` reads the names of the article's language (CLDR)."""
    day = profile.date_first if profile.date_precision == "day" else None
    if day is not None and not profile.date_inferred:
        return day.weekday()
    language = article.language if article is not None and article.language else "en"
    tod = mention.first("time_of_day")
    return weekday_named(tod.span.text, language) if tod is not None else None


def opening_weekday(
    mention: Mention, article: Article | None, profile: MentionProfile
) -> int | None:
    """The one weekday a main story's opening (WEEKDAY_LEAD_CHARS) names when it states no
    date at all, none when it names two. A guess, not a claim: the opening's weekday may be a
    funeral's or a statement's, so it may propose a join (`crosslang.same_weekday`) but never
    hold two reports apart."""
    if profile.date_precision is not None and not profile.date_inferred:
        return None  # a day, a week, a month or a year stated: a weekday there is not this day's
    if not mention.main or article is None:
        return None
    language = article.language if article.language else "en"
    return weekday_named(story_text(article.text)[:WEEKDAY_LEAD_CHARS], language)


def build_profile(
    mention: Mention, articles: Mapping[str, Article], with_terms: bool = True
) -> MentionProfile:
    """Reduce a mention to the facts and words the resolver compares (`with_terms=False` skips
    the words, for callers that set them themselves)."""
    article = articles.get(mention.article_id)
    profile = MentionProfile(
        mention_id=mention.id,
        article_id=mention.article_id,
        index=mention.index,
        main=mention.main,
        source=source_key(article, mention.article_id, articles),
        sort_key=canonical_key(mention, articles),
        duplicate_of=article.duplicate_of if article else None,
        published=article.published if article else None,
    )
    date_claim = best_date_claim(mention.claims_for("date"))
    if date_claim is not None:
        value = parse_date(date_claim.value)
        assert value is not None  # best_date_claim keeps parseable values only
        precision = date_claim.qualifier
        profile.date_precision = precision if precision in PRECISION_RANK else "day"
        profile.date_first, profile.date_last = date_interval(value, profile.date_precision)
        profile.day_verb = date_claim.kind
    elif article is not None and article.published is not None and mention.main:
        # The main story of a report is recent news: at most a week before publication.
        profile.date_first = article.published - timedelta(days=7)
        profile.date_last = article.published
        profile.date_precision = "week"
        profile.date_inferred = True
    tod = mention.first("time_of_day")
    profile.time_of_day = str(tod.value) if tod is not None and tod.value else None
    profile.weekday = stated_weekday(mention, article, profile)
    if profile.weekday is None:
        profile.weekday = opening_weekday(mention, article, profile)
        profile.weekday_guessed = profile.weekday is not None
    profile.place = best_place(mention.claims_for("location"))
    sub = mention.first("sublocation")
    profile.sublocation = str(sub.value) if sub is not None and sub.value else None
    etype = mention.first("event_type")
    profile.event_type = str(etype.value) if etype is not None and etype.value else None
    sub_type = mention.first("sub_event_type")
    profile.sub_event_type = str(sub_type.value) if sub_type and sub_type.value else None
    profile.figures = [figure_fact(c) for c in mention.claims_for("figure")]
    names = {
        normalise_name(q.speaker)
        for q in mention.quotes
        if q.speaker and looks_like_name(q.speaker)
    }
    for claim in mention.claims_for("actor"):
        if isinstance(claim.value, str) and looks_like_name(claim.value):
            names.add(normalise_name(claim.value))
    profile.names = frozenset(n for n in names if n)
    profile.people = full_names(mention.claims)
    profile.quote_keys = frozenset(
        key for q in mention.quotes if (key := quote_key(q.content)) is not None
    )
    if mention.main and article is not None and article.title:
        profile.title = article.title
    if with_terms:
        profile.terms = salient_terms(mention_texts(mention, article))
        language = article.language if article is not None else None
        profile.language = language
        profile.rare = without_glued_words(
            without_station_names(
                without_outlet_name(
                    rare_terms(rare_texts(mention, article), language), profile.source
                )
            )
        )
        if mention.main and article is not None:
            story = story_text(article.text)
            profile.key_names = key_names(article.title, story, language)
            profile.written_names = written_names(story)
            profile.described = person_descriptions(story, language, profile.people)
            profile.blocks = street_blocks(story, language)
    profile.norm = math.sqrt(sum(v * v for v in profile.terms.values()))
    profile.rare_norm = math.sqrt(sum(v * v for v in profile.rare.values()))
    return profile
