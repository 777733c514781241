"""Vocabulary the place finder reads: cue phrases, demonyms, words that are not places.

Kept apart from `places.py` so the rules stay short. Every list is a class of words (locative
prepositions, organisation heads, nationality adjectives), never wording from one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from newsledger.lang import language, registered
from newsledger.nlp.calendar_words import ENGLISH_MONTHS, ENGLISH_WEEKDAYS
from newsledger.nlp.word_trie import word_tree

LOCATIVE_PREPOSITIONS = (
    # English
    "in|near|at|outside|from|to|into|towards|toward|across|around|through|via|inside|"
    "throughout|within|between|"
    # French
    "à|au|aux|en|dans|vers|depuis|sur|près de|près d'|"
    # German, Dutch, Italian, Portuguese, Spanish
    "im|bei|nach|aus|nahe|te|bij|naar|uit|nella|nel|vicino a|em|no|na|perto de|cerca de|desde"
)
PART_OF_TOWN_WORDS = (
    "north|south|east|west|northeast|northwest|southeast|southwest|"
    "northern|southern|eastern|western|central|downtown"
)
WEAK_CUE_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:{LOCATIVE_PREPOSITIONS})\s+(?:the\s+)?"
    rf"(?-i:(?:{PART_OF_TOWN_WORDS})\s+)?$",
    re.IGNORECASE,
)
"""A locative preposition right before the name ("in Calais", "à Nantes"), or before a
lower-case word naming a part of the town ("in north Charlotte", "in downtown Dayton"): the
part lies in the town, so the preposition locates it there too."""

PLACE_NOUNS = (
    "city|town|village|commune|municipality|suburb|suburbs|region|department|province|state|"
    "county|district|capital|port|outskirts|borough|hamlet|island|"
    "ville|localité|région|département|banlieue|agglomération|"
    "Stadt|Gemeinde|stad|gemeente|città|comune|cidade|município|ciudad|municipio"
)
STRONG_CUE_BEFORE = re.compile(
    rf"\b(?:{PLACE_NOUNS})\s+(?:of|de|d'|d’|du|des|von|van|di|do|da)\s*$", re.IGNORECASE
)
"""A place noun right before the name ("the city of X", "la commune de X")."""

STRONG_CUE_AFTER = re.compile(
    rf"^\s*,\s*(?:an?|the|une?|la|le)?\s*(?:\w+\s+){{0,2}}(?:{PLACE_NOUNS})\b", re.IGNORECASE
)
"""An apposition that calls the name a place ("X, a commune in southeast France")."""

NEAR_CUE_BEFORE = re.compile(
    r"\b(?:near|outside|close to|on the outskirts of|outskirts of|just outside|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|"
    r"southeast|southwest)(?:ern)? of|(?:km|kilometres|kilometers|miles) (?:from|of)|"
    r"port of|suburb of|suburbs of|near the town of|near the city of|"
    r"(?:at sea )?off(?: the coast of)?|"
    r"près de|près d'|aux abords de|à proximité de|non loin de|au large de|"
    r"(?:au|à l')(?:nord|sud|est|ouest) de|à la sortie de|dans la banlieue de)"
    r"(?:\s+(?:the|la|le|les))?\s*$",
    re.IGNORECASE,
)
"""Cues that the event is near the named place, or in a part of it: ACLED geo-precision 2."""

MEDIUM_CUE_BEFORE = re.compile(
    r"\b(?:told|according to|outlet|newspaper|broadcaster|radio|station|daily|magazine|"
    r"channel|selon|au micro de|interview with|quoted by)\s+$",
    re.IGNORECASE,
)
MEDIUM_CUE_AFTER = re.compile(
    r"^\s+(?:reported|reports|said|says|wrote|writes|quoted|a rapporté|rapporte|indique)\b"
)
"""A name in a medium slot ("told France Bleu", "Paris Match reported"): an outlet, not a place."""

STREET_ABBREVIATIONS: dict[str, str] = {
    "street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "highway": "hwy",
    "drive": "dr", "lane": "ln", "parkway": "pkwy",
}  # fmt: skip
"""The last word of a street's name and its postal abbreviation: the one list of street words,
read by the place finder (`STREET_NOUNS`) and the actor finder (`extract.actors.kinds`, which
leaves out the words that are also surnames or titles)."""

STREET_NOUNS = frozenset({*STREET_ABBREVIATIONS, *STREET_ABBREVIATIONS.values()})
"""Street words as a name's last word, written out or abbreviated ("Grand Boulevard", "Truman
Rd")."""

ORGANISATION_HEADS = re.compile(
    r"^[\s-]+(?:prefecture|préfecture|police|council|town hall|city hall|mairie|"
    r"university|université|airport|aéroport|FC|football|club|court|tribunal|hospital|hôpital|"
    r"station|authorities|authority|government|gouvernement|department's|prosecutor|parquet)\b",
    re.IGNORECASE,
)
"""A place name that qualifies an organisation ("the Pas-de-Calais prefecture")."""

LEADING_ARTICLES = frozenset({"le", "la", "les", "l", "el", "il", "der", "die", "das", "de"})
"""A capitalised run that starts with an article and is longer than the matched place is a title
(an outlet, a book, a camp's nickname): "Le Figaro", "La Voix du Nord". English "The" is not
one: "the Pas-de-Calais", "The Netherlands" are places."""

CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "sur",
        "sous",
        "en",
        "of",
        "upon",
        "on",
        "am",
        "an",
        "der",
        "di",
        "da",
        "del",
        "do",
        "dos",
        "das",
        "el",
        "y",
        "et",
        "lès",
        "lez",
        "aan",
        "op",
        "bei",
    ]
)
"""Lower-case words allowed inside a multi-word place name ("Boulogne-sur-Mer", "Stratford upon
Avon", "Frankfurt am Main")."""

NOT_PLACE_WORDS = frozenset(
    [
        "side",  # "the West Side", "South Side" (Side is a Turkish town)
        "village",  # "the Little Village neighborhood", not a district of Saint Lucia
        "police",
        "army",
        "border",
        "borders",
        "force",
        "forces",
        "government",
        "ministry",
        "minister",
        "president",
        "union",
        "alliance",
        "court",
        "channel",
        "tunnel",
        "jungle",
        "camp",
        "prefecture",
        "republicans",
        "republican",
        "democrats",
        "democrat",
        "church",
        "street",
        "city",
        "state",
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "central",
        "national",
        "international",
        "interior",
        "justice",
        "security",
        "gendarmerie",
        "gendarmes",
        "migrants",
        "charity",
        "mayor",
        "senate",
        "parliament",
        "assembly",
        "congress",
        "commission",
        "council",
        "party",
        "news",
        "metro",
        "press",
        "media",
        "agency",
        "report",
        "reports",
        *ENGLISH_WEEKDAYS,
        *ENGLISH_MONTHS,
        "christmas",
        "easter",
        "god",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "zone",
        "district",
        "quarter",
        "square",
        "road",
        "avenue",
        "park",
        "station",
        "bridge",
        "port",
        "harbour",
        "market",
        "estate",
        "terminal",
        "motorway",
        "highway",
        "beach",
        "airport",
        "hospital",
        "prison",
        "university",
        "college",
        "school",
        "academy",
        "institute",
        "museum",
        "library",
        "hall",
        "island",
        "valley",
        "river",
        "lake",
        "mount",
        "county",
    ]
)
"""Capitalised words that news uses for institutions, titles or dates and that also name some
village in GeoNames ("Police" in Poland, "Union", "Alliance", "March")."""

COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
"""A compass word alone names a part of something ("South Los Angeles", "the East of the
country"), never the namesake region or village (Cameroon's "South")."""

MACRO_REGIONS = frozenset(
    name.strip()
    for name in [
        "\n    africa",
        " europe",
        " asia",
        " oceania",
        " antarctica",
        " america",
        " americas",
        " middle east",
        " near east",
        "\n    far east",
        " north africa",
        " west africa",
        " east africa",
        " southern africa",
        " sub saharan africa",
        "\n    central asia",
        " south asia",
        " southeast asia",
        " latin america",
        " central america",
        " south america",
        "\n    north america",
        " caribbean",
        " balkans",
        " sahel",
        " maghreb",
        " levant",
        " gulf",
        " persian gulf",
        " scandinavia",
        "\n    mediterranean",
        " afrique",
        " asie",
        " amerique",
        " moyen orient",
        " proche orient",
        " amerique latine\n    ",
    ]
)
"""Continents and world regions: places, but not gazetteer rows (the GeoNames city index would
resolve "Middle East" to a Baltimore neighbourhood); kept unresolved with precision 3."""

def _each(text: str) -> list[str]:
    """The words of a space-separated string (dict.fromkeys over a bare string would key each
    character: the demonym table held 31 letters instead of 233 words)."""
    return text.split()


DEMONYMS: dict[str, str] = {
    # English and French adjectives/nouns of nationality -> ISO country code
    **dict.fromkeys(_each("french français française francais"), "FR"),
    **dict.fromkeys(
        _each("british briton britons brits english anglais anglaise britannique"), "GB"
    ),
    **dict.fromkeys(_each("american americans américain américaine"), "US"),
    **dict.fromkeys(_each("german germans allemand allemande"), "DE"),
    **dict.fromkeys(_each("italian italians italien italienne"), "IT"),
    **dict.fromkeys(_each("spanish spaniards espagnol espagnole"), "ES"),
    **dict.fromkeys(_each("portuguese portugais portugaise"), "PT"),
    **dict.fromkeys(_each("belgian belgians belge"), "BE"),
    **dict.fromkeys(_each("dutch néerlandais néerlandaise"), "NL"),
    **dict.fromkeys(_each("swiss suisse"), "CH"),
    **dict.fromkeys(_each("irish irlandais irlandaise"), "IE"),
    **dict.fromkeys(_each("romanian romanians roumain roumaine"), "RO"),
    **dict.fromkeys(_each("polish poles polonais polonaise"), "PL"),
    **dict.fromkeys(_each("greek greeks grec grecque"), "GR"),
    **dict.fromkeys(_each("turkish turks turc turque"), "TR"),
    **dict.fromkeys(_each("russian russians russe"), "RU"),
    **dict.fromkeys(_each("ukrainian ukrainians ukrainien ukrainienne"), "UA"),
    **dict.fromkeys(_each("canadian canadians canadien canadienne"), "CA"),
    **dict.fromkeys(_each("mexican mexicans mexicain mexicaine"), "MX"),
    **dict.fromkeys(_each("brazilian brazilians brésilien brésilienne"), "BR"),
    **dict.fromkeys(_each("australian australians australien australienne"), "AU"),
    **dict.fromkeys(_each("indian indien indienne"), "IN"),
    **dict.fromkeys(_each("pakistani pakistanis pakistanais pakistanaise"), "PK"),
    **dict.fromkeys(_each("afghan afghans afghane"), "AF"),
    **dict.fromkeys(_each("iraqi iraqis irakien irakienne"), "IQ"),
    **dict.fromkeys(_each("iranian iranians iranien iranienne"), "IR"),
    **dict.fromkeys(_each("syrian syrians syrien syrienne"), "SY"),
    **dict.fromkeys(_each("israeli israelis israélien israélienne"), "IL"),
    **dict.fromkeys(_each("palestinian palestinians palestinien palestinienne"), "PS"),
    **dict.fromkeys(_each("lebanese libanais libanaise"), "LB"),
    **dict.fromkeys(_each("egyptian egyptians égyptien égyptienne"), "EG"),
    **dict.fromkeys(_each("libyan libyans libyen libyenne"), "LY"),
    **dict.fromkeys(_each("tunisian tunisians tunisien tunisienne"), "TN"),
    **dict.fromkeys(_each("algerian algerians algérien algérienne"), "DZ"),
    **dict.fromkeys(_each("moroccan moroccans marocain marocaine"), "MA"),
    **dict.fromkeys(_each("nigerian nigerians nigérian nigériane"), "NG"),
    **dict.fromkeys(_each("kenyan kenyans kényan kényane"), "KE"),
    **dict.fromkeys(_each("ethiopian ethiopians éthiopien éthiopienne"), "ET"),
    **dict.fromkeys(_each("somali somalis somalien somalienne"), "SO"),
    **dict.fromkeys(_each("sudanese soudanais soudanaise"), "SD"),
    **dict.fromkeys(_each("eritrean eritreans érythréen érythréenne"), "ER"),
    **dict.fromkeys(_each("malian malians malien malienne"), "ML"),
    **dict.fromkeys(_each("congolese congolais congolaise"), "CD"),
    **dict.fromkeys(["south african", "sud-africain", "sud-africaine"], "ZA"),
    **dict.fromkeys(_each("chinese chinois chinoise"), "CN"),
    **dict.fromkeys(_each("japanese japonais japonaise"), "JP"),
    **dict.fromkeys(_each("korean coréen coréenne"), "KR"),
    **dict.fromkeys(_each("vietnamese vietnamien vietnamienne"), "VN"),
    **dict.fromkeys(_each("filipino filipinos philippin philippine"), "PH"),
    **dict.fromkeys(_each("indonesian indonésien indonésienne"), "ID"),
    **dict.fromkeys(_each("colombian colombians colombien colombienne"), "CO"),
    **dict.fromkeys(_each("venezuelan venezuelans vénézuélien vénézuélienne"), "VE"),
    **dict.fromkeys(_each("argentine argentinian argentin argentine"), "AR"),
    **dict.fromkeys(_each("chilean chiliens chilien chilienne"), "CL"),
    **dict.fromkeys(_each("peruvian péruvien péruvienne"), "PE"),
    **dict.fromkeys(_each("austrian autrichien autrichienne"), "AT"),
    **dict.fromkeys(_each("swedish suédois suédoise"), "SE"),
    **dict.fromkeys(_each("norwegian norvégien norvégienne"), "NO"),
    **dict.fromkeys(_each("danish danois danoise"), "DK"),
    **dict.fromkeys(_each("finnish finlandais finlandaise"), "FI"),
    **dict.fromkeys(_each("hungarian hongrois hongroise"), "HU"),
    **dict.fromkeys(_each("czech tchèque"), "CZ"),
    **dict.fromkeys(_each("serbian serbe"), "RS"),
    **dict.fromkeys(_each("croatian croate"), "HR"),
    **dict.fromkeys(_each("albanian albanais albanaise"), "AL"),
    **dict.fromkeys(_each("kurdish"), "IQ"),
    # English adjectives of other nationalities (no French forms: they double as place names)
    **dict.fromkeys(_each("scottish welsh"), "GB"),
    **dict.fromkeys(_each("armenian armenians"), "AM"),
    **dict.fromkeys(_each("azerbaijani azerbaijanis"), "AZ"),
    **dict.fromkeys(_each("jamaican jamaicans"), "JM"),
    **dict.fromkeys(_each("zimbabwean zimbabweans"), "ZW"),
    **dict.fromkeys(_each("slovak slovakian"), "SK"),
    **dict.fromkeys(_each("slovenian slovene"), "SI"),
    **dict.fromkeys(_each("bulgarian bulgarians"), "BG"),
    **dict.fromkeys(_each("estonian"), "EE"),
    **dict.fromkeys(_each("latvian"), "LV"),
    **dict.fromkeys(_each("lithuanian"), "LT"),
    **dict.fromkeys(_each("belarusian"), "BY"),
    **dict.fromkeys(_each("moldovan"), "MD"),
    **dict.fromkeys(_each("bosnian"), "BA"),
    **dict.fromkeys(_each("icelandic"), "IS"),
    **dict.fromkeys(_each("omani omanis"), "OM"),
    **dict.fromkeys(_each("emirati emiratis"), "AE"),
    **dict.fromkeys(_each("saudi saudis"), "SA"),
    **dict.fromkeys(_each("qatari qataris"), "QA"),
    **dict.fromkeys(_each("yemeni yemenis"), "YE"),
    **dict.fromkeys(_each("jordanian jordanians"), "JO"),
    **dict.fromkeys(_each("kuwaiti kuwaitis"), "KW"),
    **dict.fromkeys(_each("bahraini bahrainis"), "BH"),
    **dict.fromkeys(_each("bangladeshi bangladeshis"), "BD"),
    **dict.fromkeys(_each("nepalese nepali"), "NP"),
    **dict.fromkeys(_each("thai"), "TH"),
    **dict.fromkeys(_each("malaysian malaysians"), "MY"),
    **dict.fromkeys(_each("singaporean singaporeans"), "SG"),
    **dict.fromkeys(_each("taiwanese"), "TW"),
    **dict.fromkeys(_each("mongolian"), "MN"),
    **dict.fromkeys(_each("cambodian cambodians"), "KH"),
    **dict.fromkeys(_each("uzbek kazakh"), "UZ"),
    **dict.fromkeys(_each("cuban cubans"), "CU"),
    **dict.fromkeys(_each("haitian haitians"), "HT"),
    **dict.fromkeys(_each("ecuadorian"), "EC"),
    **dict.fromkeys(_each("bolivian"), "BO"),
    **dict.fromkeys(_each("uruguayan"), "UY"),
    **dict.fromkeys(_each("guatemalan guatemalans"), "GT"),
    **dict.fromkeys(_each("honduran hondurans"), "HN"),
    **dict.fromkeys(_each("salvadoran salvadorans"), "SV"),
    **dict.fromkeys(_each("nicaraguan"), "NI"),
    **dict.fromkeys(_each("panamanian"), "PA"),
    **dict.fromkeys(_each("ghanaian ghanaians"), "GH"),
    **dict.fromkeys(_each("senegalese"), "SN"),
    **dict.fromkeys(_each("cameroonian cameroonians"), "CM"),
    **dict.fromkeys(_each("ugandan ugandans"), "UG"),
    **dict.fromkeys(_each("rwandan rwandans"), "RW"),
    **dict.fromkeys(_each("tanzanian tanzanians"), "TZ"),
    **dict.fromkeys(_each("zambian zambians"), "ZM"),
    **dict.fromkeys(_each("angolan angolans"), "AO"),
    **dict.fromkeys(_each("mozambican"), "MZ"),
    **dict.fromkeys(["south sudanese"], "SS"),
    **dict.fromkeys(["north korean", "north koreans"], "KP"),
    **dict.fromkeys(["sri lankan", "sri lankans"], "LK"),
}
"""Nationality words give country context for disambiguation; they are never places. (Each
string is split into words: `dict.fromkeys` over a bare string would key single letters.)"""

def _demonym_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """The words as one case-blind pattern, longest first, written as a tree (`nlp.word_trie`):
    it is scanned over every whole report, where a flat list of hundreds of words is slow."""
    return re.compile(rf"\b(?:{word_tree(words)})\b", re.IGNORECASE)


DEMONYM_PATTERN = _demonym_pattern(DEMONYMS)
"""English and French nationality words in running text (the other languages': see
`demonym_pattern`, so English documents do not scan for them)."""

for _data in registered():  # nationality and language words of each language (newsledger/lang/)
    for _word, _code in _data.demonyms.items():
        DEMONYMS.setdefault(_word, _code)


@cache
def demonym_pattern(lang: str) -> re.Pattern[str]:
    """Nationality words to scan a document of `lang` for: English and French ones plus the
    language's own."""
    data = language(lang)
    if data is None or not data.demonyms:
        return DEMONYM_PATTERN
    shared = [w for w in DEMONYMS if w not in _OWN_DEMONYMS or w in data.demonyms]
    return _demonym_pattern(shared)


_OWN_DEMONYMS = frozenset(
    w for d in registered() for w in d.demonyms if not DEMONYM_PATTERN.fullmatch(w)
)


EVENT_CUE_AFTER = re.compile(
    r"^[ \t]+(?:(?:area|county)[ \t]+)?(?:(?:drive-by|fatal|deadly|double|triple|mass|"
    r"officer-involved|police-involved|gang|home|bar|nightclub|school)[ \t]+)?"
    r"(?:shootings?|stabbings?|homicides?|murders?|slayings?|officials|police|man|men|woman|women|teens?|"
    r"teenager|boy|girl|residents?)\b",
    re.IGNORECASE,
)
"""A name that says where an incident or a person is from ("Cicero shooting", "Augusta man shot",
"Chapel Hill drive-by shooting", "Cicero officials say"): a headline's place, as a locative
preposition would say it."""


CONTINENT_WORDS: dict[str, str] = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "eu": "Europe",
}
"""Adjectives (and the EU) that a geoparser reads as the continent ("European leaders"), as
GeoWebNews annotates them. Like nationalities they are never an event's place: only
`places.find_toponyms` reads them."""

CONTINENT_WORD_PATTERN = re.compile(r"\b(?:European|African|Asian|EU)\b")
"""Capitalised continent adjectives and the EU in running text."""
