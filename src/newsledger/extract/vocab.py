"""Shared actor vocabulary: which group a word for people belongs to (English and French).

Every extractor that names a side (figures, weapons, actors) normalises it through `group_of`, so
"gendarmes", "CRS", "riot police" and "forces de l'ordre" all become `police` and figures, weapons
and actors of one mention agree on the names. Groups: police, military, migrants, protesters,
rioters, civilians, activists, government, unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from newsledger.extract.event_words import words

ACTOR_GROUP_NAMES = (
    "police",
    "military",
    "migrants",
    "protesters",
    "rioters",
    "civilians",
    "activists",
    "government",
    "unknown",
)
"""The normalised actor groups (the `actor` of figure and weapon claims)."""

STATE_GROUPS = frozenset({"police", "military", "government"})
"""Groups on the state side: their count at a scene is `present`, not `participants`."""

CIVILIAN_ROLE_NOUNS = words(
    "villager villagers farmer farmers herder herders shopper shoppers worshipper worshippers "
    "worshiper worshipers pilgrim pilgrims passenger passengers pedestrian pedestrians customer "
    "customers tourist tourists citizen citizens trader traders shopkeeper shopkeepers vendor "
    "vendors fisherman fishermen mourner mourners pupil pupils patients doctor doctors nurse "
    "nurses teacher teachers son sons daughter daughters mother mothers father fathers baby "
    "babies infant infants girls boys family families relatives spectator spectators guests "
    "employee employees teen teens toddler toddlers homeowner homeowners clerk clerks cashier "
    "cashiers neighbor neighbors neighbour neighbours adult adults"
)
"""People named by their trade, place or kin: civilians unless a group word says otherwise
(no adjective-like words such as "local" or "relative", which modify other actors)."""

ACTOR_GROUPS: dict[str, str] = {
    # police and other law-enforcement forces
    "police": "police",
    "policeman": "police",
    "policemen": "police",
    "policewoman": "police",
    "policewomen": "police",
    "officer": "police",
    "officers": "police",
    "cop": "police",
    "cops": "police",
    "gendarme": "police",
    "gendarmes": "police",
    "gendarmerie": "police",
    "crs": "police",
    "constable": "police",
    "trooper": "police",
    "troopers": "police",
    "deputy": "police",
    "deputies": "police",
    "sheriff": "police",
    "agent": "police",
    "agents": "police",
    "policier": "police",
    "policiers": "police",
    "policière": "police",
    "policières": "police",
    "fonctionnaire": "police",
    "fonctionnaires": "police",
    "douanier": "police",
    "douaniers": "police",
    # military
    "soldier": "military",
    "soldiers": "military",
    "troops": "military",
    "army": "military",
    "military": "military",
    "marine": "military",
    "marines": "military",
    "militaire": "military",
    "militaires": "military",
    "soldat": "military",
    "soldats": "military",
    "armée": "military",
    # migrants
    "migrant": "migrants",
    "migrants": "migrants",
    "refugee": "migrants",
    "refugees": "migrants",
    "asylum-seeker": "migrants",
    "asylum-seekers": "migrants",
    "exile": "migrants",
    "exiles": "migrants",
    "exilé": "migrants",
    "exilés": "migrants",
    "réfugié": "migrants",
    "réfugiés": "migrants",
    "demandeur": "migrants",
    "demandeurs": "migrants",
    # protesters
    "protester": "protesters",
    "protesters": "protesters",
    "protestor": "protesters",
    "protestors": "protesters",
    "demonstrator": "protesters",
    "demonstrators": "protesters",
    "marcher": "protesters",
    "marchers": "protesters",
    "manifestant": "protesters",
    "manifestants": "protesters",
    "manifestante": "protesters",
    "manifestantes": "protesters",
    "striker": "protesters",
    "strikers": "protesters",
    "grévistes": "protesters",
    # rioters
    "rioter": "rioters",
    "rioters": "rioters",
    "mob": "rioters",
    "looter": "rioters",
    "looters": "rioters",
    "hooligan": "rioters",
    "hooligans": "rioters",
    "casseur": "rioters",
    "casseurs": "rioters",
    "émeutier": "rioters",
    "émeutiers": "rioters",
    "assailant": "rioters",
    "assailants": "rioters",
    "assaillant": "rioters",
    "assaillants": "rioters",
    # activists
    "activist": "activists",
    "activists": "activists",
    "militant": "activists",
    "militants": "activists",
    "volunteer": "activists",
    "volunteers": "activists",
    "bénévole": "activists",
    "bénévoles": "activists",
    # civilians (people who are not a party to the clash)
    "civilian": "civilians",
    "civilians": "civilians",
    "people": "civilians",
    "person": "civilians",
    "persons": "civilians",
    "resident": "civilians",
    "residents": "civilians",
    "bystander": "civilians",
    "bystanders": "civilians",
    "passer-by": "civilians",
    "passers-by": "civilians",
    "driver": "civilians",
    "drivers": "civilians",
    "motorist": "civilians",
    "motorists": "civilians",
    "man": "civilians",
    "men": "civilians",
    "woman": "civilians",
    "women": "civilians",
    "child": "civilians",
    "children": "civilians",
    "boy": "civilians",
    "girl": "civilians",
    "teenager": "civilians",
    "teenagers": "civilians",
    "student": "civilians",
    "students": "civilians",
    "wife": "civilians",
    "husband": "civilians",
    "victim": "civilians",
    "victims": "civilians",
    "journalist": "civilians",
    "journalists": "civilians",
    "worker": "civilians",
    "workers": "civilians",
    # people named by what they do or where they live: never a party to armed violence
    **dict.fromkeys(CIVILIAN_ROLE_NOUNS, "civilians"),
    "personne": "civilians",
    "personnes": "civilians",
    "habitant": "civilians",
    "habitants": "civilians",
    "riverain": "civilians",
    "riverains": "civilians",
    "passant": "civilians",
    "passants": "civilians",
    "automobiliste": "civilians",
    "automobilistes": "civilians",
    "chauffeur": "civilians",
    "chauffeurs": "civilians",
    "routier": "civilians",
    "routiers": "civilians",
    "conducteur": "civilians",
    "conducteurs": "civilians",
    "homme": "civilians",
    "hommes": "civilians",
    "femme": "civilians",
    "femmes": "civilians",
    "enfant": "civilians",
    "enfants": "civilians",
    "victime": "civilians",
    "victimes": "civilians",
    # government
    "government": "government",
    "authorities": "government",
    "prefecture": "government",
    "préfecture": "government",
    "gouvernement": "government",
    "ministry": "government",
    "ministère": "government",
    "minister": "government",
}
"""Lower-cased word (singular and plural, English and French) -> actor group."""

ACTOR_PHRASES: dict[str, str] = {
    "riot police": "police",
    "border police": "police",
    "border force": "police",
    "security forces": "police",
    "security force": "police",
    "law enforcement": "police",
    "police force": "police",
    "police officers": "police",
    "forces de l'ordre": "police",
    "forces de l’ordre": "police",
    "forces de sécurité": "police",
    "force de l'ordre": "police",
    "asylum seekers": "migrants",
    "asylum seeker": "migrants",
    "demandeurs d'asile": "migrants",
    "no borders": "activists",
    "no border": "activists",
    "lorry driver": "civilians",
    "truck driver": "civilians",
}
"""Multi-word names, checked on text before single words (longest first)."""

_PHRASE_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(ACTOR_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)
def _group_of_text(text: str) -> str | None:
    low = text.lower()
    match = _PHRASE_RE.search(low)
    if match:
        return ACTOR_PHRASES[match.group(1)]
    for word in _WORD_RE.findall(low):
        group = ACTOR_GROUPS.get(word)
        if group:
            return group
    return None


def group_of(token_or_text: Token | Span | str) -> str | None:
    """The actor group a word, token or phrase names, or None.

    A Token is looked up by its text then its lemma; a Span or a string by its multi-word names
    first, then word by word (first group word wins, so "police union" is police).
    """
    if isinstance(token_or_text, Token):
        low = token_or_text.lower_
        return ACTOR_GROUPS.get(low) or ACTOR_GROUPS.get(token_or_text.lemma_.lower())
    text = token_or_text.text if isinstance(token_or_text, Span) else token_or_text
    return _group_of_text(text)


# --- armed actors (extract/actors/kinds.py) ------------------------------------------------
# Appended section: organised armed groups are not in ACTOR_GROUPS (figures and weapons keep
# their nine groups); the actor extractor consults this table first.

ARMED_ACTOR_GROUPS: dict[str, str] = {
    # rebel groups (ACLED inter 2): fight the state for control
    "rebel": "rebels",
    "rebels": "rebels",
    "insurgent": "rebels",
    "insurgents": "rebels",
    "guerrilla": "rebels",
    "guerrillas": "rebels",
    "separatist": "rebels",
    "separatists": "rebels",
    "jihadist": "rebels",
    "jihadists": "rebels",
    "rebelle": "rebels",
    "rebelles": "rebels",
    "insurgé": "rebels",
    "insurgés": "rebels",
    "djihadiste": "rebels",
    "djihadistes": "rebels",
    # militias and unidentified armed groups (ACLED inter 3)
    "militia": "militia",
    "militias": "militia",
    "militiamen": "militia",
    "militiaman": "militia",
    "gunman": "militia",
    "gunmen": "militia",
    "fighter": "militia",
    "fighters": "militia",
    "terrorist": "militia",
    "terrorists": "militia",
    "bandit": "militia",
    "bandits": "militia",
    "attacker": "militia",
    "attackers": "militia",
    "shooter": "militia",
    "shooters": "militia",
    "bomber": "militia",
    "bombers": "militia",
    "assailant": "militia",
    "assailants": "militia",
    "hijacker": "militia",
    "hijackers": "militia",
    "kidnapper": "militia",
    "kidnappers": "militia",
    "abductor": "militia",
    "abductors": "militia",
    "sniper": "militia",
    "snipers": "militia",
    "assassin": "militia",
    "assassins": "militia",
    "extremist": "militia",
    "extremists": "militia",
    "jihadi": "rebels",
    "jihadis": "rebels",
    "milice": "militia",
    "milices": "militia",
    "tireur": "militia",
    "tireurs": "militia",
    "terroriste": "militia",
    "terroristes": "militia",
    "combattant": "militia",
    "combattants": "militia",
}
"""Lower-cased word -> armed actor kind: `rebels` (inter 2) or `militia` (inter 3, which ACLED
also uses for unidentified armed groups)."""

ARMED_ENGLISH_ONLY = frozenset({"militant", "militants"})
"""English "militants" are armed fighters; French "militant(s)" are activists (see ACTOR_GROUPS)."""

CROWD_WORDS = words("crowd crowds mob mobs gang gangs youths horde hordes foule jeunes")
"""Unorganised collectives: violence by them is rioting (ACLED inter 5), not an armed group.
("group" is not here: "a group of 100 migrants" names its members; a bare "group" is unknown.)"""


# --- French additions (lang/fr/vocab.py): people words the table above lacks ---------------
def _add_french_groups() -> None:
    from newsledger.lang.fr.vocab import FRENCH_ACTOR_GROUPS

    for word, group in FRENCH_ACTOR_GROUPS.items():
        ACTOR_GROUPS.setdefault(word, group)


_add_french_groups()
