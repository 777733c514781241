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
    "cashiers neighbor neighbors neighbour neighbours adult adults firefighter firefighters "
    "fireman firemen paramedic paramedics"
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
    # French only ("adolescent" is English too: left to a change that measures English;
    # "jeunes" is a crowd word, CROWD_WORDS)
    "adolescente": "civilians",
    "adolescentes": "civilians",
    "lycéen": "civilians",
    "lycéens": "civilians",
    "lycéenne": "civilians",
    "garçon": "civilians",
    "garçons": "civilians",
    "fille": "civilians",
    "filles": "civilians",
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


VOLUNTEER_WORDS = words("volunteer volunteers")
"""English words for people who serve unpaid: activists only as a head noun of their own ("aid
volunteers"); a volunteer of a police, fire or rescue body is of that body (see
`_volunteer_group`)."""

BODY_NOUNS = words(
    "department departments squad squads company companies corps office offices brigade "
    "brigades unit units service services crew crews patrol patrols team teams"
)
"""Nouns of a body a volunteer serves ("a volunteer with the rescue squad", "volunteers of the
fire company", "the Sheriff's Office volunteer")."""

BODY_PREPOSITIONS = frozenset({"of", "with", "for", "from", "at"})

_VOLUNTEER_MODIFIER_RE = re.compile(
    r"\bvolunteers?\s+(?!(?:of|with|for|from|at|in|on|to|and|or|who|that|were|was|are|is|have|"
    r"has|had|said|say|says)\b)(?=[a-z])",
    re.IGNORECASE,
)
"""In plain text, "volunteer" before another word that is no function word modifies it
("volunteer firefighters", "Volunteer Fire Department", "Volunteer Parkway")."""


def _modifies_a_noun(tok: Token) -> bool:
    """ "volunteer firefighters", "a Volunteer Fire Department", "Volunteer Parkway": the word
    modifies the noun after it, which says who (or what) it is."""
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
    )


def _is_body(tok: Token) -> bool:
    return tok.lower_ in BODY_NOUNS or tok.lemma_.lower() in BODY_NOUNS


def _body_served(tok: Token) -> Span | None:
    """The body a volunteer serves: the object of "of / with / for / from / at" headed by a
    body noun ("a volunteer with the county rescue squad"), or its own modifiers when they
    hold one ("the Sheriff's Office volunteer")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in BODY_PREPOSITIONS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_body(obj):
                    return tok.doc[obj.left_edge.i : obj.i + 1]
    modifiers = [c for c in tok.children if c.i < tok.i and c.dep_ in ("poss", "compound", "nmod")]
    if modifiers:
        start = min(c.left_edge.i for c in modifiers)
        words_before = tok.doc[start : tok.i]
        if any(_is_body(w) for w in words_before):
            return words_before
    return None


def _volunteer_group(tok: Token) -> str | None:
    """The group of a "volunteer" token. A volunteer of a police, fire or rescue body is of
    that body: the word names no side when it modifies another noun (the noun decides:
    "volunteer firefighters", "a volunteer deputy") or when the volunteer serves a body (the
    body decides: "a volunteer with the Sheriff's Office" is police, "with the rescue squad"
    no side). Why: on US reports "volunteer" is almost always a firefighter, a reserve deputy,
    a rescue crew or a street's name, and reading it as an activist side made the incident's
    sides floor add one wounded firefighter twice. A body of no side (a fire company, a
    rescue squad) serves civilians, as its firefighters are (`CIVILIAN_ROLE_NOUNS`)."""
    if tok.pos_ == "VERB" or _modifies_a_noun(tok):
        return None
    body = _body_served(tok)
    if body is not None:
        by_word = (ACTOR_GROUPS.get(w.lower_) or ACTOR_GROUPS.get(w.lemma_.lower()) for w in body)
        return _group_of_text(body.text) or next((g for g in by_word if g), "civilians")
    return ACTOR_GROUPS.get(tok.lower_)


def _group_of_span(span: Span) -> str | None:
    """A span's group with its "volunteer" words read by `_volunteer_group`: the other words
    first (the noun a volunteer word modifies, the body it serves), then the volunteer heads."""
    volunteers = [t for t in span if t.lower_ in VOLUNTEER_WORDS]
    if not volunteers:
        return _group_of_text(span.text)
    skipped = {t.i for t in volunteers}
    rest = "".join(t.text_with_ws if t.i not in skipped else " " for t in span)
    group = _group_of_text(rest)
    if group:
        return group
    return next((g for t in volunteers if (g := _volunteer_group(t))), None)


@lru_cache(maxsize=4096)
def _group_of_text(text: str) -> str | None:
    low = _VOLUNTEER_MODIFIER_RE.sub(" ", text.lower())
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
    first, then word by word (first group word wins, so "police union" is police). A
    "volunteer" is of the body it serves or the noun it modifies (`_volunteer_group`).
    """
    if isinstance(token_or_text, Token):
        low = token_or_text.lower_
        if low in VOLUNTEER_WORDS:
            return _volunteer_group(token_or_text)
        return ACTOR_GROUPS.get(low) or ACTOR_GROUPS.get(token_or_text.lemma_.lower())
    if isinstance(token_or_text, Span):
        return _group_of_span(token_or_text)
    return _group_of_text(token_or_text)


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
