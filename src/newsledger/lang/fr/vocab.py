"""French lexicon for the rule extractor: where French words mean something else than the shared
English+French tables say, and what those tables lack.

The shared tables (`event_words`, `vocab`) mix English and French lemmas in one map, which works
while a word means one thing in both languages. A few do not ("jet" is an aircraft in English and
a throw in French: "des jets de pierres"; "mine" is a face; "marcher" is to walk), and French
crowd-control weapons are named with words the explosive and shooting rules would read as lethal
("grenades de désencerclement", "tirs de LBD"). `french_family(tok)` is consulted first for
French documents; everything it does not decide falls back to the shared table.

Entries are classes of meaning (approximate-number nouns, crowd-control weapons, people counted
as civilians), never one article's wording.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsledger.extract.event_words import (
    ARREST,
    ATTACK,
    CLASH,
    CLEAR,
    DISPERSE,
    GRENADE,
    KILL,
    LOOT,
    PROTEST,
    SHOOT,
    STAB,
    THROW,
    words,
)
from newsledger.nlp.doctext import doc_text

FRENCH_FAMILIES: dict[str, str | None] = {
    # a throw, never an aircraft ("des jets de pierres", "jets de projectiles")
    "jet": THROW,
    "caillasser": ATTACK,
    # words whose French sense is not an event
    "mine": None,  # "avoir bonne mine"
    "marcher": None,  # to walk / to work ("ça marche")
    "raid": None,  # rally raid, police "opération" is not an attack
    # clashes and fights
    "échauffourée": CLASH,
    "rixe": CLASH,
    "bagarre": CLASH,
    "accrochage": CLASH,
    "pugilat": CLASH,
    # attacks and stabbings
    "agression": ATTACK,
    "lynchage": ATTACK,
    "passage à tabac": ATTACK,
    "guet-apens": ATTACK,
    "embuscade": ATTACK,
    "poignarder": STAB,
    "tir": SHOOT,
    "abattre": KILL,
    # demonstrations
    "marche": PROTEST,
    "sit-in": PROTEST,
    "blocage": PROTEST,
    # property
    "dégradation": LOOT,
    "saccage": LOOT,
    "incendie": LOOT,
    # policing
    "interpellation": ARREST,
    "interpeller": ARREST,
    "arrestation": ARREST,
    "démantèlement": CLEAR,
    "démanteler": CLEAR,
    "évacuation": CLEAR,
    "expulsion": CLEAR,
    "gazer": DISPERSE,
    "charger": DISPERSE,
    "charge": DISPERSE,
}
"""French lemma -> trigger family; None means "not an event word in French" (overrides the
shared table)."""

LESS_LETHAL_WORDS = words(
    "lacrymogène lacrymogènes lbd flash-ball flashball désencerclement assourdissante "
    "assourdissantes gli gm2l caoutchouc défense lanceur lanceurs"
)
"""Crowd-control munitions: a "tir" or a "grenade" naming one of these is dispersal, not a
shooting or an explosive attack."""

CHARGE_SUBJECT_KINDS = frozenset({"police", "military"})
""""charger" is a police charge only when state forces charge (a lorry is "chargé" too)."""


MODIFIER_DEPS = frozenset({"nmod", "amod", "obj", "dobj", "compound", "flat:name", "obl:arg"})


def _names_less_lethal(tok: Token) -> bool:
    """Whether the word's own modifiers name a crowd-control munition ("grenades de
    désencerclement", "tirs de LBD", "tir de gaz lacrymogène")."""
    for child in tok.children:
        if child.dep_ in MODIFIER_DEPS and any(
            t.lower_ in LESS_LETHAL_WORDS for t in child.subtree
        ):
            return True
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in LESS_LETHAL_WORDS


THROWN_WORDS = words("artifice artifices projectile projectiles pierre pierres pétard pétards")
"""What a "tir" sends that is thrown, not shot: fireworks, stones, projectiles."""


def _names_thrown(tok: Token) -> bool:
    return any(t.lower_ in THROWN_WORDS for c in tok.children if c.dep_ in ("nmod", "obj")
               for t in c.subtree)  # fmt: skip


def french_family(tok: Token) -> str | bool | None:
    """The French trigger family of a token; None when French says it is no event word; False
    when French has nothing to add (the caller then reads the shared table)."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in ("grenade", "tirer", "tir") or low in ("grenades", "tirs"):
        if _names_less_lethal(tok):
            return DISPERSE
        if _names_thrown(tok):
            return THROW  # "tirs de mortiers d'artifice", "tirs de projectiles"
        if lemma == "grenade" or low == "grenades":
            return GRENADE
    if lemma in ("charger", "charge"):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        from newsledger.extract.vocab import group_of

        if subject is None or group_of(subject) not in CHARGE_SUBJECT_KINDS:
            return None
    if lemma in FRENCH_FAMILIES:
        return FRENCH_FAMILIES[lemma]
    if low in FRENCH_FAMILIES:
        return FRENCH_FAMILIES[low]
    return False


FRENCH_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bcoups? de (?:couteau|cutter|machette|poignard)\b", STAB),
    (r"\bcoups? de feu\b|\bpar balles?\b", SHOOT),
    (r"\bpassages? à tabac\b|\broués? de coups\b", ATTACK),
    (r"\bplacée?s? en garde à vue\b|\bmise?s? en examen\b", ARREST),
    (r"\btirs? de (?:lbd|flash-?ball|gaz lacrymogènes?|grenades? lacrymogènes?)\b", DISPERSE),
    (r"\bgrenades? (?:de désencerclement|lacrymogènes?|assourdissantes?)\b", DISPERSE),
)
"""Multi-word French triggers (regex, family), matched on French sentences only."""
FRENCH_PHRASE_PATTERNS = tuple((re.compile(p, re.IGNORECASE), f) for p, f in FRENCH_PHRASES)

APPROX_NUMBER_NOUNS = words(
    "dizaine dizaines douzaine douzaines quinzaine quinzaines vingtaine vingtaines trentaine "
    "trentaines quarantaine quarantaines cinquantaine cinquantaines soixantaine soixantaines "
    "centaine centaines millier milliers poignée nombre bande bandes groupe groupes foule"
)
"""Nouns that frame the people they count ("une quinzaine de policiers", "une centaine de
migrants", "une poignée de militants"): the actor is the noun after "de"."""

FRENCH_ACTOR_GROUPS: dict[str, str] = {
    "pompier": "civilians",
    "pompiers": "civilians",
    "sapeurs-pompiers": "civilians",
    "secouriste": "civilians",
    "secouristes": "civilians",
    "soignant": "civilians",
    "soignants": "civilians",
    "journaliste": "civilians",
    "journalistes": "civilians",
    "commerçant": "civilians",
    "commerçants": "civilians",
    "supporter": "civilians",
    "supporters": "civilians",
    "clandestins": "migrants",
    "sans-papiers": "migrants",
    "vandales": "rioters",
    "pilleurs": "rioters",
    "gardien": "police",
    "gardiens": "police",
    "brigadier": "police",
    "brigadiers": "police",
}
"""French people words the shared actor table lacks (added to it at import; no English word
collides with these)."""

RECIPROCAL_FRAME_VERBS = words("opposer pit")
"""Verbs whose subject is the clash and whose object and second argument are its two sides:
"des heurts ont opposé les forces de l'ordre à des migrants", "clashes pitted X against Y"."""
SECOND_SIDE_PREPS = words("à aux au against")

NON_INCIDENT_DESTINATIONS = re.compile(
    r"^(?:à|au|aux|vers|dans)\s+(?:l['’]|le |la |les )?(?:hôpital|hôpitaux|urgences|CHU|"
    r"clinique|commissariat|gendarmerie)\b",
    re.IGNORECASE,
)
"""Places casualties or suspects are taken to ("conduits à l'hôpital", "emmenés au
commissariat"): where the story goes next, not where the incident happened."""
_DESTINATION_VERB = re.compile(
    r"(?:conduit|transporté|transféré|évacué|emmené|amené|hospitalisé|admis|"
    r"pris en charge|placé|ramené|acheminé)e?s?\s+$",
    re.IGNORECASE,
)
FRENCH_SPOT = re.compile(
    r"\b(?:près d['’]une |près d['’]un |le long d['’]une |le long d['’]un |sur une |sur un |"
    r"dans un |dans une |devant un |devant une |aux abords d['’]une |aux abords d['’]un )"
    r"(?:gare|voie ferrée|autoroute|rocade|route|port|camp|campement|squat|mairie|marché|"
    r"mosquée|église|école|lycée|prison|commissariat|pont|plage|rond-point|zone industrielle|"
    r"canal|tunnel|stade|aéroport|parking|aire d['’]autoroute|station-service|bar|discothèque|"
    r"supermarché|centre commercial|entrepôt|terrain vague|friche|hangar)s?\b",
    re.IGNORECASE,
)
"""Generic spots introduced by an indefinite article ("le long d'une voie ferrée", "dans un
squat"), which the shared pattern (definite articles only) does not read."""
SPOT_ADJECTIVE = re.compile(
    r" (?:portuaire|ferroviaire|nord|sud|est|ouest|industrielle?|principale?|municipale?|"
    r"désaffectée?|abandonnée?|voisine?|centrale?|commerciale?)\b",
    re.IGNORECASE,
)
"""An adjective that belongs to the spot ("la rocade portuaire", "la zone industrielle nord")."""
DESTINATION_LOOKBACK = 40
"""Characters read before a spot for the verb that makes it a destination."""


def refine_french_sublocations(
    doc: Doc, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """French sub-places: drop destinations of casualties, extend a spot with its adjective,
    add spots introduced by an indefinite article; sorted, without overlaps."""
    text = doc_text(doc)
    out: list[tuple[int, int, str]] = []
    for start, end, value in found:
        before = text[max(0, start - DESTINATION_LOOKBACK) : start]
        if NON_INCIDENT_DESTINATIONS.match(value) and _DESTINATION_VERB.search(before):
            continue
        adjective = SPOT_ADJECTIVE.match(text, end)
        if adjective is not None:
            end = adjective.end()
        out.append((start, end, text[start:end]))
    for m in FRENCH_SPOT.finditer(text):
        start, end = m.span()
        adjective = SPOT_ADJECTIVE.match(text, end)
        if adjective is not None:
            end = adjective.end()
        if not any(a < end and start < b for a, b, _ in out):
            out.append((start, end, text[start:end]))
    out.sort(key=lambda f: f[0])
    return out
