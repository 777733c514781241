"""Vocabulary the place finder reads: cue phrases, demonyms, words that are not places.

Kept apart from `places.py` so the rules stay short. Every list is a class of words (locative
prepositions, organisation heads, nationality adjectives), never wording from one article.
"""

from __future__ import annotations

import re

from newsledger.nlp.calendar_words import ENGLISH_MONTHS, ENGLISH_WEEKDAYS

LOCATIVE_PREPOSITIONS = (
    # English
    "in|near|at|outside|from|to|into|towards|toward|across|around|through|via|inside|"
    "throughout|within|between|"
    # French
    "à|au|aux|en|dans|vers|depuis|sur|près de|près d'|"
    # German, Dutch, Italian, Portuguese, Spanish
    "im|bei|nach|aus|nahe|te|bij|naar|uit|nella|nel|vicino a|em|no|na|perto de|cerca de|desde"
)
WEAK_CUE_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:{LOCATIVE_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE
)
"""A locative preposition right before the name ("in Calais", "à Nantes")."""

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

def _words_to(words: str, code: str) -> dict[str, str]:
    """Each space-separated word of `words` -> `code`."""
    return dict.fromkeys(words.split(), code)


DEMONYMS: dict[str, str] = {
    # English and French adjectives/nouns of nationality -> ISO country code
    **_words_to("french français française francais", "FR"),
    **_words_to("british briton britons brits english anglais anglaise britannique", "GB"),
    **_words_to("american americans américain américaine", "US"),
    **_words_to("german germans allemand allemande", "DE"),
    **_words_to("italian italians italien italienne", "IT"),
    **_words_to("spanish spaniards espagnol espagnole", "ES"),
    **_words_to("portuguese portugais portugaise", "PT"),
    **_words_to("belgian belgians belge", "BE"),
    **_words_to("dutch néerlandais néerlandaise", "NL"),
    **_words_to("swiss suisse", "CH"),
    **_words_to("irish irlandais irlandaise", "IE"),
    **_words_to("romanian romanians roumain roumaine", "RO"),
    **_words_to("polish poles polonais polonaise", "PL"),
    **_words_to("greek greeks grec grecque", "GR"),
    **_words_to("turkish turks turc turque", "TR"),
    **_words_to("russian russians russe", "RU"),
    **_words_to("ukrainian ukrainians ukrainien ukrainienne", "UA"),
    **_words_to("canadian canadians canadien canadienne", "CA"),
    **_words_to("mexican mexicans mexicain mexicaine", "MX"),
    **_words_to("brazilian brazilians brésilien brésilienne", "BR"),
    **_words_to("australian australians australien australienne", "AU"),
    **_words_to("indian indien indienne", "IN"),
    **_words_to("pakistani pakistanis pakistanais pakistanaise", "PK"),
    **_words_to("afghan afghans afghane", "AF"),
    **_words_to("iraqi iraqis irakien irakienne", "IQ"),
    **_words_to("iranian iranians iranien iranienne", "IR"),
    **_words_to("syrian syrians syrien syrienne", "SY"),
    **_words_to("israeli israelis israélien israélienne", "IL"),
    **_words_to("palestinian palestinians palestinien palestinienne", "PS"),
    **_words_to("lebanese libanais libanaise", "LB"),
    **_words_to("egyptian egyptians égyptien égyptienne", "EG"),
    **_words_to("libyan libyans libyen libyenne", "LY"),
    **_words_to("tunisian tunisians tunisien tunisienne", "TN"),
    **_words_to("algerian algerians algérien algérienne", "DZ"),
    **_words_to("moroccan moroccans marocain marocaine", "MA"),
    **_words_to("nigerian nigerians nigérian nigériane", "NG"),
    **_words_to("kenyan kenyans kényan kényane", "KE"),
    **_words_to("ethiopian ethiopians éthiopien éthiopienne", "ET"),
    **_words_to("somali somalis somalien somalienne", "SO"),
    **_words_to("sudanese soudanais soudanaise", "SD"),
    **_words_to("eritrean eritreans érythréen érythréenne", "ER"),
    **_words_to("malian malians malien malienne", "ML"),
    **_words_to("congolese congolais congolaise", "CD"),
    **dict.fromkeys(["south african", "sud-africain", "sud-africaine"], "ZA"),
    **_words_to("chinese chinois chinoise", "CN"),
    **_words_to("japanese japonais japonaise", "JP"),
    **_words_to("korean coréen coréenne", "KR"),
    **_words_to("vietnamese vietnamien vietnamienne", "VN"),
    **_words_to("filipino filipinos philippin philippine", "PH"),
    **_words_to("indonesian indonésien indonésienne", "ID"),
    **_words_to("colombian colombians colombien colombienne", "CO"),
    **_words_to("venezuelan venezuelans vénézuélien vénézuélienne", "VE"),
    **_words_to("argentine argentinian argentin argentine", "AR"),
    **_words_to("chilean chiliens chilien chilienne", "CL"),
    **_words_to("peruvian péruvien péruvienne", "PE"),
    **_words_to("austrian autrichien autrichienne", "AT"),
    **_words_to("swedish suédois suédoise", "SE"),
    **_words_to("norwegian norvégien norvégienne", "NO"),
    **_words_to("danish danois danoise", "DK"),
    **_words_to("finnish finlandais finlandaise", "FI"),
    **_words_to("hungarian hongrois hongroise", "HU"),
    **_words_to("czech tchèque", "CZ"),
    **_words_to("serbian serbe", "RS"),
    **_words_to("croatian croate", "HR"),
    **_words_to("albanian albanais albanaise", "AL"),
    **_words_to("kurdish", "IQ"),
}
"""Nationality words give country context for disambiguation; they are never places. (Each
string is split into words: `dict.fromkeys` over a bare string would key single letters.)"""

DEMONYM_PATTERN = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
