"""What kind of source a quoted speaker is, for framing ("which kinds of sources it quotes").

`classify_source` reads the speaker and affiliation as written and returns one of SOURCE_KINDS.
The vocabularies below are classes of words (roles, institutions, generic organisation words and a
few widely cited non-governmental organisations), English and French together: a speaker string
rarely mixes the two languages. News outlets are not listed by name: `outlets_in_doc` reads them
from the document (its own outlet, "told NAME", "NAME reported", "the newspaper NAME").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newsledger.nlp.doctext import doc_entities, token_lowers

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
CASE_SENSITIVE_MEDIA = frozenset({"TV"})
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
# Words that make a source a news outlet. No outlet is named here: which names are outlets comes
# from the documents themselves (see `document_outlets`): a list of outlets copied from a few
# reports only knows those reports' outlets.
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
    }
)
MEDIA_PHRASES = ("news agency", "news site", "agence de presse")

OUTLET_NOUNS = frozenset(
    {
        "newspaper",
        "broadcaster",
        "channel",
        "radio",
        "magazine",
        "daily",
        "tabloid",
        "weekly",
        "website",
        "quotidien",
        "hebdomadaire",
        "chaîne",
        "journal",
        "station",
        "outlet",
    }
)
"""Nouns that, next to an organisation's name, say it is a news outlet ("the newspaper NAME",
"NAME, a daily", "le quotidien NAME")."""

PUBLISHING_CUES = frozenset(
    {
        "report",
        "reported",
        "reports",
        "write",
        "wrote",
        "writes",
        "publish",
        "published",
        "broadcast",
        "reveal",
        "revealed",
        "rapporte",
        "rapporté",
        "écrit",
        "publié",
        "révélé",
        "révèle",
    }
)
"""Speech cues by which an organisation speaks as a publisher ("NAME reported that ...")."""

MEDIUM_FORMAT_NOUNS = frozenset(
    {
        "interview",
        "broadcast",
        "column",
        "article",
        "show",
        "podcast",
        "programme",
        "program",
        "editorial",
        "documentary",
        "entretien",
        "émission",
        "reportage",
    }
)
"""What an outlet publishes: a medium slot "a NAME interview" names the outlet NAME; "a NAME
statement" or "a NAME report" names an institution speaking for itself, not an outlet."""

OUTLET_WINDOW_TOKENS = 5
"""Tokens after an organisation's name searched for an outlet noun: "NAME, a French news
outlet" puts the noun five tokens on."""

OUTLET_ENTITY_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "MISC"})
"""spaCy entity labels an outlet's name gets (English ORG / WORK_OF_ART, French ORG / MISC);
a PERSON or place in a medium slot ("told Smith", "in Ohio") is not an outlet."""

_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les)\s+|l['’])", re.IGNORECASE)
_DOMAIN_TAIL = re.compile(r"\.[a-z]{2,}(?:\.[a-z]{2,})?$", re.IGNORECASE)
MAX_OUTLET_WORDS = 6
"""Longest outlet name compared, in words ("La Voix du Nord" has four)."""
MIN_OUTLET_NAME_CHARS = 2
"""Shorter names ("X") would match stray letters in a speaker string."""


def outlet_key(name: str) -> str | None:
    """A name as outlets are compared: lower case, without a leading article, a registered
    domain reduced to its name ("lemonde.fr" -> "lemonde", "The Daily Post" -> "daily post")."""
    key = _LEADING_ARTICLE.sub("", " ".join(name.split())).strip()
    if " " not in key:
        key = _DOMAIN_TAIL.sub("", key)
    key = key.lower()
    return key if len(key) >= MIN_OUTLET_NAME_CHARS else None


def document_outlets(names: Iterable[str | None]) -> frozenset[str]:
    """Outlet keys from what a document says: its own outlet (site name, feed title, URL
    domain) and the proper names its quotes give as their medium ("told NAME", "NAME
    reported" with a medium slot). Generic media ("a statement", "social media") are not names
    and are left out: only names written with a capital count."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        bare = _LEADING_ARTICLE.sub("", name.strip())
        if not bare[:1].isupper() and "." not in bare:
            continue
        key = outlet_key(bare)
        if key:
            keys.add(key)
    return frozenset(keys)


PERSON_ENTITY_LABELS = frozenset({"PERSON", "PER"})


def outlets_in_doc(doc: Any, quotes: Iterable[Any], own_outlet: str | None) -> frozenset[str]:
    """The outlets a document names, found by how it uses the names: its own outlet; an
    organisation in a quote's medium slot ("told NAME", "in an interview with NAME"); an
    organisation quoted with a publishing cue ("NAME reported"); an organisation next to an
    outlet noun ("the newspaper NAME", "NAME, a weekly"). A name whose words all belong to a
    person's name in the same document ("Trump" of "Donald Trump", tagged ORG in "the Trump
    campaign") is a person, not an outlet."""
    entities = doc_entities(doc)
    lowers = token_lowers(doc)
    person_words = {
        lower
        for ent in entities
        if ent.label in PERSON_ENTITY_LABELS
        for lower in lowers[ent.start : ent.end]
    }
    organisations = [
        span
        for span in (doc[e.start : e.end] for e in entities if e.label in OUTLET_ENTITY_LABELS)
        if not {token.lower_ for token in span if token.is_alpha} <= person_words
    ]
    org_keys = {outlet_key(ent.text): ent.text for ent in organisations}
    names: list[str | None] = [own_outlet]
    for quote in quotes:
        medium = getattr(quote, "medium", None)
        if medium:
            names.extend(text for text in org_keys.values() if _medium_is_outlet(medium, text))
        cue = (getattr(quote, "cue", None) or "").lower().split()
        speaker = getattr(quote, "speaker", None)
        if speaker and cue and cue[-1] in PUBLISHING_CUES and outlet_key(speaker) in org_keys:
            names.append(speaker)
    for ent in organisations:
        after = doc[ent.end : ent.end + OUTLET_WINDOW_TOKENS]
        if {token.lower_ for token in after if not token.is_punct} & OUTLET_NOUNS:
            names.append(ent.text)  # "NAME, a French news outlet"
    names.extend(_names_after_outlet_nouns(doc))
    kinds = {name: classify_source(name, None) for name in names if name}
    return document_outlets(name for name, kind in kinds.items() if kind not in INSTITUTION_KINDS)


INSTITUTION_KINDS = frozenset({"police", "official", "politician", "ngo"})
"""Kinds the vocabularies already give a name ("told the city council", "the Tulsa Police
Department"): such a name in a medium slot is a listener, not an outlet."""

NAME_CONNECTORS = frozenset({"du", "de", "des", "la", "le", "of", "the", "and", "&"})
"""Lower-case words inside an outlet's name ("La Voix du Nord", "Voice of America")."""


def _names_after_outlet_nouns(doc: Any) -> list[str]:
    """Capitalised names right after an outlet noun ("the news outlet NAME", "le quotidien
    NAME"), read from the words, not from NER (a small model tags some outlets as persons)."""
    names: list[str] = []
    lowers = token_lowers(doc)
    for token in (doc[i] for i, low in enumerate(lowers) if low in OUTLET_NOUNS):
        if not token.text.islower():
            continue  # "the Channel Tunnel": a capitalised noun is part of a name, not a noun
        run: list[Any] = []
        for nxt in doc[token.i + 1 : token.i + 1 + MAX_OUTLET_WORDS]:
            capitalised = nxt.text[:1].isupper() and nxt.is_alpha
            if not (capitalised or (run and nxt.lower_ in NAME_CONNECTORS)):
                break
            run.append(nxt)
        while run and run[-1].lower_ in NAME_CONNECTORS:
            run.pop()
        if run:
            names.append(doc[run[0].i : run[-1].i + 1].text)
    return names


def _medium_is_outlet(medium: str, name: str) -> bool:
    """ "told NAME", "a NAME interview", "an interview with NAME": the medium is the
    organisation itself, or a format an outlet publishes (MEDIUM_FORMAT_NOUNS) with its name."""
    bare = re.sub(r"^(?:an?|the|une?|le|la|l['’])\s+", "", medium.strip(), flags=re.IGNORECASE)
    if bare == name or _LEADING_ARTICLE.sub("", bare) == _LEADING_ARTICLE.sub("", name):
        return True
    rest = bare.replace(name, " ", 1).lower().split() if name in bare else []
    return any(word.strip(".,") in MEDIUM_FORMAT_NOUNS for word in rest)


def _names_outlet(speaker: str | None, outlets: frozenset[str]) -> bool:
    """Whether the speaker is one of the outlets: the outlet's words end the speaker's (the head
    of an English or French name phrase: "the conservative Daily Post", "Le Monde"), spaced or
    run together ("Le Monde" is the outlet of lemonde.fr). A person who speaks to an outlet
    ("Ann Lee told the Daily Post") is not matched: the outlet is not the speaker."""
    if not speaker:
        return False
    words = _WORD.findall(_LEADING_ARTICLE.sub("", speaker.strip()).lower())
    tails = {
        form
        for i in range(max(0, len(words) - MAX_OUTLET_WORDS), len(words))
        for form in (" ".join(words[i:]), "".join(words[i:]))
    }
    return any(" ".join(_WORD.findall(key)) in tails for key in outlets)


_NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w'’-]+$")


@lru_cache(maxsize=4096)
def classify_source(
    speaker: str | None,
    affiliation: str | None,
    lang: str = "en",
    outlets: frozenset[str] = frozenset(),
) -> str:
    """The kind of source (one of SOURCE_KINDS) from the speaker and affiliation as written.

    Order matters and says which reading wins when a phrase has several: a police union is
    "police" even when it is quoted by a ministry; a named minister or an MP is a "politician";
    a news outlet speaking as the source is "media" unless it names a person of another kind.
    `lang` is accepted for symmetry with the other components; the vocabularies hold both
    languages. `outlets` are the outlet names the document itself gives (`document_outlets`): a
    speaker that is one of them is "media".
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
        or (outlets and _names_outlet(speaker, outlets))
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
