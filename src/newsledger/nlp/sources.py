"""What kind of source a quoted speaker is, for framing ("which kinds of sources it quotes").

`classify_source` reads the speaker and affiliation as written and returns one of SOURCE_KINDS.
The vocabularies below are classes of words (roles, institutions, generic organisation words and a
few widely cited organisations), English and French together: a speaker string rarely mixes the two
languages, and a French outlet quoted in an English report ("told France Bleu") should still match.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOURCE_KINDS = ("police", "official", "politician", "ngo", "witness", "migrant", "media", "other")
"""The kinds `classify_source` returns, in no particular order."""

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)

# Police forces, their ranks and their unions (a police union speaks for officers, not the state).
POLICE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "officer",
        "officers",
        "cop",
        "cops",
        "constable",
        "sergeant",
        "inspector",
        "commissioner",
        "superintendent",
        "sheriff",
        "gendarme",
        "gendarmes",
        "gendarmerie",
        "crs",
        "trooper",
        "troopers",
        "policier",
        "policiers",
        "policière",
        "commissaire",
        "brigadier",
    }
)
# Public authorities and their staff ("spokesperson" alone is neutral: its affiliation decides).
OFFICIAL_WORDS = frozenset(
    {
        "prefecture",
        "préfecture",
        "prefect",
        "préfet",
        "préfète",
        "sous-préfet",
        "sous-préfecture",
        "ministry",
        "ministère",
        "government",
        "gouvernement",
        "authorities",
        "authority",
        "autorités",
        "mayor",
        "maire",
        "mairie",
        "town",
        "council",
        "city",
        "municipality",
        "municipal",
        "commune",
        "prosecutor",
        "prosecutors",
        "procureur",
        "procureure",
        "parquet",
        "court",
        "tribunal",
        "judge",
        "juge",
        "administration",
        "department",
        "département",
        "office",
        "agency",
        "interior",
        "official",
        "officials",
        "élysée",
        "elysee",
        "kremlin",
        "army",
        "military",
        "armée",
        "firefighters",
        "pompiers",
        "rescue",
        "secours",
        "coastguard",
        "border",
        "frontière",
    }
)
# Elected politicians and parties; a named minister speaks as a politician.
POLITICIAN_WORDS = frozenset(
    {
        "mp",
        "mps",
        "lawmaker",
        "lawmakers",
        "legislator",
        "senator",
        "congressman",
        "congresswoman",
        "deputy",
        "député",
        "députée",
        "sénateur",
        "sénatrice",
        "élu",
        "élue",
        "politician",
        "party",
        "parti",
        "candidate",
        "candidat",
        "mep",
        "eurodéputé",
        "councillor",
        "conseiller",
        "conservative",
        "socialist",
        "socialiste",
        "labour",
        "republicans",
        "républicains",
        "republicains",
        "democrat",
        "democrats",
        "leader",
        "president",
        "président",
        "présidente",
        "opposition",
        "minister",
        "ministre",
        "secretary",
    }
)
# Phrases that name political groups in several words.
POLITICIAN_PHRASES = (
    "rassemblement national",
    "front national",
    "la france insoumise",
    "les republicains",
    "les républicains",
    "renaissance party",
)
# Charities, humanitarian and rights groups, UN agencies.
NGO_WORDS = frozenset(
    {
        "charity",
        "charities",
        "ngo",
        "ngos",
        "ong",
        "humanitarian",
        "humanitaire",
        "association",
        "associations",
        "volunteer",
        "volunteers",
        "bénévole",
        "bénévoles",
        "activist",
        "activists",
        "militant",
        "militants",
        "militante",
        "rights",
        "droits",
        "aid",
        "relief",
        "unhcr",
        "unicef",
        "iom",
        "oim",
        "amnesty",
        "msf",
        "collectif",
        "collective",
        "foundation",
        "fondation",
        "campaigners",
        "campaigner",
        "advocates",
        "advocacy",
    }
)
NGO_PHRASES = (
    "united nations",
    "nations unies",
    "red cross",
    "croix-rouge",
    "human rights",
    "doctors without borders",
    "médecins sans frontières",
    "secours catholique",
    "save the children",
    "refugee council",
)
# Acronyms that are ordinary words in lower case ("un" is French for "a").
CASE_SENSITIVE_NGO = frozenset({"UN", "IOM", "OIM", "ONU", "HCR"})
CASE_SENSITIVE_MEDIA = frozenset({"AP", "TV"})
OFFICIAL_PHRASES = ("home office", "white house", "town hall", "city hall")
# Ordinary people who saw or lived it.
WITNESS_WORDS = frozenset(
    {
        "witness",
        "witnesses",
        "bystander",
        "bystanders",
        "resident",
        "residents",
        "local",
        "locals",
        "neighbour",
        "neighbor",
        "neighbours",
        "neighbors",
        "passer-by",
        "passers-by",
        "driver",
        "drivers",
        "motorist",
        "motorists",
        "trucker",
        "shopkeeper",
        "onlooker",
        "onlookers",
        "eyewitness",
        "témoin",
        "témoins",
        "riverain",
        "riverains",
        "habitant",
        "habitants",
        "passant",
        "passants",
        "automobiliste",
        "chauffeur",
        "routier",
        "conducteur",
        "commerçant",
    }
)
# People on the move speaking for themselves.
MIGRANT_WORDS = frozenset(
    {
        "migrant",
        "migrants",
        "refugee",
        "refugees",
        "asylum",
        "asylum-seeker",
        "asylum-seekers",
        "exilé",
        "exilés",
        "exilée",
        "réfugié",
        "réfugiés",
        "demandeur",
        "demandeurs",
        "sans-papiers",
    }
)
# Words that make a source a news outlet, and widely cited outlets and agencies.
MEDIA_WORDS = frozenset(
    {
        "newspaper",
        "newspapers",
        "outlet",
        "outlets",
        "media",
        "broadcaster",
        "channel",
        "radio",
        "television",
        "tv",
        "magazine",
        "daily",
        "tabloid",
        "journal",
        "quotidien",
        "hebdomadaire",
        "chaîne",
        "médias",
        "presse",
        "press",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "journaliste",
        "journalistes",
        "reports",
        "report",
        "afp",
        "reuters",
        "bbc",
        "cnn",
        "bfmtv",
        "bfm",
        "lci",
        "tf1",
        "sky",
        "itv",
        "figaro",
        "monde",
        "libération",
        "liberation",
        "guardian",
        "telegraph",
        "times",
        "ouest-france",
        "franceinfo",
        "euronews",
        "ibtimes",
    }
)
MEDIA_PHRASES = (
    "france bleu",
    "voix du nord",
    "france 3",
    "france 24",
    "le parisien",
    "associated press",
    "news agency",
)

_NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w'’-]+$")


@lru_cache(maxsize=4096)
def classify_source(speaker: str | None, affiliation: str | None, lang: str = "en") -> str:
    """The kind of source (one of SOURCE_KINDS) from the speaker and affiliation as written.

    Order matters and says which reading wins when a phrase has several: a police union is
    "police" even when it is quoted by a ministry; a named minister or an MP is a "politician";
    a news outlet speaking as the source is "media" unless it names a person of another kind.
    `lang` is accepted for symmetry with the other components; the vocabularies hold both
    languages.
    """
    del lang  # both languages share the vocabularies above
    text = " ".join(part for part in (speaker, affiliation) if part)
    if not text.strip():
        return "other"
    lowered = text.lower()
    words = frozenset(_WORD.findall(lowered))
    if words & POLICE_WORDS:
        return "police"
    if words & POLITICIAN_WORDS or any(p in lowered for p in POLITICIAN_PHRASES):
        if words & {"minister", "ministre", "secretary"} and not _has_name(speaker):
            return "official"
        return "politician"
    raw_words = frozenset(_WORD.findall(text))
    if (
        words & NGO_WORDS
        or raw_words & CASE_SENSITIVE_NGO
        or any(p in lowered for p in NGO_PHRASES)
    ):
        return "ngo"
    if (
        words & MEDIA_WORDS
        or raw_words & CASE_SENSITIVE_MEDIA
        or any(p in lowered for p in MEDIA_PHRASES)
    ):
        return "media"
    if words & OFFICIAL_WORDS or any(p in lowered for p in OFFICIAL_PHRASES):
        return "official"
    if words & WITNESS_WORDS:
        return "witness"
    if words & MIGRANT_WORDS:
        return "migrant"
    return "other"


def _has_name(speaker: str | None) -> bool:
    """Whether the speaker string holds a capitalised name after its first word."""
    if not speaker:
        return False
    tokens = speaker.split()
    return any(_NAME_TOKEN.match(tok) for tok in tokens[1:]) or (
        len(tokens) == 1 and bool(_NAME_TOKEN.match(tokens[0]))
    )
