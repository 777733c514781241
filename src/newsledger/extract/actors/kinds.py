"""Actor kinds: what side a noun names (police, military, rebels, militia, civilians...),
read from the shared vocabulary and the words around it, and what a role makes of a name the
vocabulary does not know."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsledger.extract.acled_actors import POLICE_AGENCY, is_outlet_name
from newsledger.extract.event_words import (
    ARMED_VIOLENCE_FAMILIES,
    LEMMA_FAMILIES,
    STATE_TARGET_NOUNS,
    words,
)
from newsledger.extract.vocab import (
    ARMED_ACTOR_GROUPS,
    ARMED_ENGLISH_ONLY,
    CROWD_WORDS,
    group_of,
)
from newsledger.extract.vocab_figures import WEAPONS
from newsledger.nlp.place_words import STREET_ABBREVIATIONS

PERSON_HEADS = words(
    "member members force forces unit units personnel staff official officials squad "
    "brigade battalion patrol contingent membre membres unité unités"
)
"""Heads that name people only through their modifier ("security force members")."""


RANK_NOUNS = words(
    "general generals commander commanders colonel colonels lieutenant lieutenants captain "
    "captains sergeant sergeants brigadier corporal corporals"
)
"""Military ranks: a person named by rank is state forces unless a modifier says whose ("a
militia commander", "police captain")."""


PEOPLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        words("suspect suspects perpetrator perpetrators culprit culprits killer killers "
              "murderer murderers individual individuals arsonist arsonists raider raiders "
              "mastermind masterminds ringleader ringleaders instigator instigators captor "
              "captors abductor abductors"),
        "unknown",
    ),  # people named by what they are said to have done: no side
    **dict.fromkeys(
        words("hostage hostages prisoner prisoners detainee detainees captive captives inmate "
              "inmates abductee abductees politician politicians brother brothers sister sisters "
              "cousin cousins"),
        "civilians",
    ),  # people held or targeted for who they are: ACLED's civilians
    **dict.fromkeys(words("guardsman guardsmen sailor sailors airman airmen"), "military"),
    **dict.fromkeys(
        words("president presidents governor governors mayor mayors chancellor chancellors "
              "premier premiers official"),
        "government",
    ),  # executive office holders, like the vocabulary's ministers and officials
}
"""People nouns the shared vocabulary (`extract.vocab`, also read by figures and weapons) lacks;
actors read them after it."""


STATE_MODIFIERS: dict[str, str] = {
    "intelligence": "police",
    "service": "military",
    "naval": "military",
    "navy": "military",
    "regime": "military",
}
"""Modifiers that make a people head state forces ("intelligence forces", "service members",
"regime forces")."""


STATE_OR_ARMED = frozenset({"police", "military", "government", "rebels", "militia"})


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def actor_kind(tok: Token, lang: str = "en") -> str | None:
    """The actor type a noun names (armed kinds first, then the shared vocabulary), or None."""
    low = tok.lower_
    armed = ARMED_ACTOR_GROUPS.get(low) or ARMED_ACTOR_GROUPS.get(tok.lemma_.lower())
    if armed:
        return armed
    if lang == "en" and low in ARMED_ENGLISH_ONLY:
        return "militia"
    group = group_of(tok) or PEOPLE_KINDS.get(low) or PEOPLE_KINDS.get(tok.lemma_.lower())
    compounds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    person_head = group is None and tok.lemma_.lower() in PERSON_HEADS
    if person_head:  # "security forces", "forces de l'ordre": the whole name is in the lexicon
        whole = group_of(tok.doc[tok.left_edge.i : min(tok.right_edge.i, tok.i + 3) + 1])
        if whole:
            return whole
    if compounds and (person_head or group == "civilians"):
        # "security force members", "police woman", "army officer": the modifier says who
        phrase = tok.doc[min(c.left_edge.i for c in compounds) : tok.i]
        modifier_group = group_of(phrase) or next(
            (STATE_MODIFIERS[c.lower_] for c in compounds if c.lower_ in STATE_MODIFIERS), None
        )
        if modifier_group in STATE_OR_ARMED or (group is None and modifier_group):
            return modifier_group
    if group:
        return group
    if tok.pos_ == "NOUN" and (tok.lower_ in RANK_NOUNS or tok.lemma_.lower() in RANK_NOUNS):
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        start = min((c.left_edge.i for c in modifiers), default=tok.i)
        modifier_kinds = [
            ARMED_ACTOR_GROUPS.get(c.lower_) or ARMED_ACTOR_GROUPS.get(c.lemma_.lower())
            for c in modifiers
        ]
        whose = next((k for k in modifier_kinds if k), None) or (
            group_of(tok.doc[start : tok.i]) if modifiers else None
        )
        return whose if whose in STATE_OR_ARMED else "military"
    if tok.lemma_.lower() in STATE_TARGET_NOUNS:
        # a checkpoint, base or convoy stands for the forces holding it ("rebel positions")
        for mod in compounds:
            armed = ARMED_ACTOR_GROUPS.get(mod.lower_) or ARMED_ACTOR_GROUPS.get(mod.lemma_.lower())
            if armed:
                return armed
        return "military"
    return None


APPOSITION_HOPS = 3
"""How deep a list of names in apposition and coordination is followed ("his relatives, A, the
director B and C")."""


def modifier_names_side(child: Token) -> bool:
    """ "the police's attack", "police clashes", "migrant and police clash": a group modifier of
    an event noun names a side; a place or an occasion ("the Manchester bombing", "the marathon
    bombing") names where or when, not who."""
    if child.ent_type_ in PLACE_ENTS | {"EVENT", "DATE", "TIME"} or _names_a_place(child):
        return False
    if child.dep_ in ("poss", "compound") and child.pos_ in ("NOUN", "PROPN"):
        return True
    return child.dep_ == "amod" and group_of(child) is not None


def names_a_country(tok: Token) -> bool:
    """Whether a proper noun is a country in the gazetteer ("Russia", "the US")."""
    places = tok.doc._.places or []
    return tok.pos_ == "PROPN" and any(
        p.place is not None and p.place.feature == "country" and p.start <= tok.idx < p.end
        for p in places
    )


STATE_STRIKE_NOUNS = words(
    "airstrike airstrikes air-strike air-strikes bombardment bombardments shelling sortie sorties"
)
"""Event nouns for what a state's armed forces do from afar: a country modifying one is who
struck ("the Russian bombardment"), not where (contrast "the Madrid bombings")."""


STRIKE_MODIFIERS = words("air drone missile aerial naval artillery rocket")
"""Modifiers that make any attack noun a strike from afar ("US air attacks", "US drone strikes";
a bare "French strike" may be a labour strike)."""


def striking_states(noun: Token) -> list[Token]:
    """The countries (a gazetteer country or a nationality adjective) modifying a noun for a
    strike from afar (see STATE_STRIKE_NOUNS, STRIKE_MODIFIERS): the state that struck."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [g for c in modifiers if c.lower_ in STRIKE_MODIFIERS for g in c.children
                  if g.dep_ in ("compound", "amod", "nmod")]  # "US drone strikes"  # fmt: skip
    far = noun.lemma_.lower() in STATE_STRIKE_NOUNS or noun.lower_ in STATE_STRIKE_NOUNS or any(
        c.lower_ in STRIKE_MODIFIERS for c in modifiers
    )
    if not far:
        return []
    return [c for c in modifiers if names_a_country(c) or c.ent_type_ == "NORP"]


def _names_a_place(tok: Token) -> bool:
    """Whether a proper-noun modifier starts with a gazetteer place: "the Manchester bombing",
    "the Boston Marathon bombing" (the model may tag either as a person or an organisation)."""
    if tok.pos_ != "PROPN":
        return False
    first = next(t for t in tok.subtree if t.pos_ == "PROPN")  # the name's own first word
    return in_a_place(entity_words(first)[0])  # the start of the modifier's entity


def in_a_place(tok: Token) -> bool:
    """Whether a word lies inside a place name the gazetteer resolved ("a young Riverton man",
    "Riverton police"): the town says where the actor is from, it is not the actor's name."""
    places = tok.doc._.places or []
    return any(p.place is not None and p.start <= tok.idx < p.end for p in places)


def _is_weapon(tok: Token) -> bool:
    """Whether a noun names a weapon or a device (not an event: "the bombing" is no weapon)."""
    return any(w in WEAPONS or w in DEVICE_NOUNS for w in (tok.lower_, tok.lemma_.lower()))


DEVICE_NOUNS = words("device devices explosive explosives engin engins")


def is_means(tok: Token) -> bool:
    """Whether a noun is a weapon or an event, never who acted ("the bomb killed five", "the
    blast wounded two"): the subject of a harm verb is often the means, not the agent."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if actor_kind(tok, tok.doc.lang_) is not None:
        return False
    return any(
        w in WEAPONS or w in LEMMA_FAMILIES or w in DEVICE_NOUNS for w in (low, lemma)
    )


def apposed_kind(tok: Token, lang: str) -> str | None:
    """The kind of the noun a name is in apposition to, through the names coordinated with it
    ("two militias, Green Front and Red Dawn": both militia); None for a name in no apposition
    or to an untyped noun. The noun says what the name is; the name's own tag may guess."""
    if tok.pos_ != "PROPN":
        return None
    head = tok
    for _ in range(APPOSITION_HOPS):
        if head.dep_ == "conj" and head.head != head:
            head = head.head
        elif head.dep_ == "appos" and head.head != head:
            return actor_kind(head.head, lang)
        else:
            return None
    return None


ORGANISATION_HEADS = words(
    "group organisation organization movement faction network wing cell brigade outfit unit "
    "groupe organisation mouvement faction réseau cellule brigade"
)
"""Nouns that name an organisation only through their modifiers ("the militant group", "the
Islamic State group", "the IRA's Belfast brigade")."""


TERROR_WORDS = words("terror")
"""Noun modifiers that make an organisation noun an armed group ("the terror group", "a terror
cell"), as the adjectives "terrorist" and "militant" do."""


NAMING_DEPS = frozenset({"compound", "nmod", "poss", "appos", "amod", "flat", "flat:name"})


def _organisation_kind(tok: Token, role: str, family: str) -> str | None:
    """The kind of a generic organisation noun, from an armed word among its modifiers
    ("separatist group" -> rebels), else from a named organisation it is or belongs to (typed
    as a named organisation in that role), else None."""
    modifiers = [c for c in tok.children if c.dep_ in NAMING_DEPS]
    for mod in modifiers:
        armed = _armed_modifier(mod, tok.doc.lang_)
        if armed is not None:
            return armed
    names = [m for m in _name_words(tok, modifiers) if _is_group_name(m)]
    if role == "agent" and names:
        # "Hezbollah's southern brigade": an armed group when the report calls the name one
        # ("the Houston Media Group", "the city's ShotSpotter network" are not)
        if family not in ARMED_VIOLENCE_FAMILIES:
            return "unknown"
        called = _claims_responsibility(tok) or any(
            called_armed_group(m) or _unit_acronym(m) for m in names
        )  # "the same FARC unit": an acronym's unit, as in "a FARC attack"
        return "militia" if called else "unknown"
    return None


def _armed_modifier(mod: Token, lang: str) -> str | None:
    """The armed kind a modifier makes an organisation noun ("separatist group" -> rebels, "the
    militant group", "a terror cell" -> militia), else None. "Militant(s)" and "terror" only in
    English: French "militants" are activists."""
    low, lemma = mod.lower_, mod.lemma_.lower()
    armed = ARMED_ACTOR_GROUPS.get(low) or ARMED_ACTOR_GROUPS.get(lemma)
    english = lang == "en" and (low in ARMED_ENGLISH_ONLY or low in TERROR_WORDS)
    return armed or ("militia" if english else None)


def _unit_acronym(word: Token) -> bool:
    """An organisation's acronym owning a unit ("the FARC unit"), not a police department's
    ("the HPD unit") nor an outlet's call sign."""
    letters = sum(ch.isalpha() for ch in word.text)
    return (
        word.is_upper and letters >= ACRONYM_MIN_LETTERS and not POLICE_AGENCY.match(word.text)
        and not is_outlet_name(word.text, "unknown")
    )  # fmt: skip


def _name_words(tok: Token, modifiers: list[Token]) -> list[Token]:
    """The words of the names modifying an organisation noun, nested ones included: in "the
    Islamic State group" the model tags "Islamic" and hangs it on "State", not on "group"."""
    return [w for m in modifiers if m.dep_ != "amod" or m.pos_ == "PROPN" for w in m.subtree
            if w.i < tok.i]  # fmt: skip


GROUP_NAME_ENTS = frozenset({"ORG", "NORP"})


def is_group_acronym(word: Token) -> bool:
    """Whether a word is an organisation's acronym the tagger took for a common noun ("the
    ISIS bombing", "a FARC attack": NOUN, yet tagged ORG by the entity model): all capitals,
    at least two letters, inside an organisation or group name."""
    return (
        word.pos_ == "NOUN" and word.ent_type_ in GROUP_NAME_ENTS
        and word.is_upper and sum(ch.isalpha() for ch in word.text) >= ACRONYM_MIN_LETTERS
    )  # fmt: skip


ACRONYM_MIN_LETTERS = 2
"""A single capital ("A", "I") is a word, not an acronym."""


def is_proper_name(word: Token) -> bool:
    """A proper noun, or an organisation acronym tagged as a common noun (`is_group_acronym`)."""
    return word.pos_ == "PROPN" or is_group_acronym(word)


def _is_group_name(word: Token) -> bool:
    """Whether a word belongs to a name the model tags as an organisation or a group."""
    return is_proper_name(word) and word.ent_type_ in GROUP_NAME_ENTS


PERSON_LIKE_STREETS = words("drive lane parkway")
"""Street words left out of STREET_HEADS: "Lane" is a surname and "Dr." a title (with
"Parkway", as first written), so a named victim is never taken for a street."""

STREET_HEADS = frozenset(
    word
    for full, short in STREET_ABBREVIATIONS.items()
    if full not in PERSON_LIKE_STREETS
    for word in (full, full + "s", short)
)
"""The last word of a street's name (`nlp.place_words.STREET_ABBREVIATIONS`, the place finder's
list), written out, in the plural ("Lee Streets") or abbreviated. Words that are also surnames or
titles ("Lane", "Court", "Dr.") are left out: a named victim must not be taken for a street."""


def is_street_name(tok: Token) -> bool:
    """Whether a proper noun is a street's name ("Lee Streets", "Grant Avenue"), which the
    entity model may tag as a person or an organisation."""
    return is_proper_name(tok) and tok.lower_.rstrip(".") in STREET_HEADS


def kind_in_role(tok: Token, role: str, family: str, lang: str) -> str | None:
    """The actor kind of an argument: its noun's kind, else what its role makes of a crowd, a
    named organisation or a named person; None when nothing says who it is."""
    if is_proper_name(tok) and known_armed_group(tok):
        return "militia"  # "the New People's Army", "Arakan Army": not the army its noun names
    kind = actor_kind(tok, lang)
    if kind is not None:
        return kind
    if role == "agent" and any(tok in striking_states(h) for h in (tok.head, tok.head.head)):
        return "military"  # "US drone strikes", "the Russian bombardment": the state's forces
    if role == "agent" and (tok.lower_ in CROWD_WORDS or tok.lemma_.lower() in CROWD_WORDS):
        return "rioters"  # an unnamed crowd or gang doing violence
    if tok.lemma_.lower() in ORGANISATION_HEADS:
        return _organisation_kind(tok, role, family)
    if not is_proper_name(tok) or is_street_name(tok):
        return None  # "fire at Maple and Birch Streets": a street names where, never who
    if POLICE_AGENCY.match(tok.text):
        return "police"  # "HPD", "IMPD": a police department's acronym, however it is tagged
    if tok.ent_type_ in GROUP_NAME_ENTS and role == "agent":
        return named_organisation_kind(tok, family)
    if role == "agent" and tok.dep_ not in ("compound", "nmod", "amod") and names_a_country(tok):
        return "military"  # "the town was shelled by Russia": a state that strikes is its forces
    if tok.ent_type_ == "PERSON":
        # a named person who acts is someone we cannot type (unknown); one acted upon, with no
        # force or group named, is a civilian (ACLED's default for a named victim)
        return "unknown" if role == "agent" else "civilians"
    modifier = tok.dep_ in ("compound", "nmod") and not _is_weapon(tok.head)
    untyped = tok.ent_type_ in ("", "GPE", "LOC") and not modifier
    if role == "agent" and untyped and not _names_a_place(tok):
        # a name the model could not type, or typed as a place the gazetteer does not know,
        # as the subject or by-agent ("Tsarnaev, 19, detonated"): someone acted, we cannot say
        # who. A name modifying an event noun ("the Nairobi Marathon bombing") says where; one
        # modifying a weapon ("an IRA bomb") says whose.
        return "unknown"
    return None


LONE_ATTACKER_WORDS = words(
    "gunman gunmen shooter shooters attacker attackers assailant assailants bomber bombers "
    "hijacker hijackers kidnapper kidnappers abductor abductors sniper snipers assassin "
    "assassins tireur tireurs"
)
"""Armed words that name people by what they did, not a group: "Smith, the gunman" is a
person, so they never make a name an armed group."""

GROUP_WORDS = frozenset(ARMED_ACTOR_GROUPS) - LONE_ATTACKER_WORDS | words(
    "gang gangs cartel cartels gangue gangues brigade brigades faction factions"
)
"""Nouns that call a name an armed group, in it or beside it ("the Green Front militia",
"KG, a gang", "Hezbollah's brigade"; in English also "Hamas militants", `ARMED_ENGLISH_ONLY`:
French "militants" are activists). A plain organisation noun does not:
"group", "network" or "unit" end the names of companies, police units and services as often
("the Houston Media Group", "the ShotSpotter network", "the Joint Aviation Unit")."""


POSSESSIVE_RE = re.compile(r"['’]s\b")
"""A possessive ending inside a name ("New People's Army")."""


def _group_key(text: str) -> str:
    """A group's name as `KNOWN_ARMED_GROUPS` holds it: letters and digits, lower case, with no
    possessive ending, as the text's words give it (the tokenizer splits "People's" into
    "People" and "'s", and `group_name_words` sets the "'s" aside): without that, "New People's
    Army" and "Lord's Resistance Army" were listed under keys no report could reach."""
    return "".join(ch for ch in POSSESSIVE_RE.sub("", text.lower()) if ch.isalnum())


KNOWN_ARMED_GROUPS = frozenset(
    _group_key(name)
    for name in (
        "Taliban", "Tehrik-i-Taliban", "TTP", "al-Qaeda", "al-Qaida", "AQAP", "AQIM", "JNIM",
        "Islamic State", "ISIS", "ISIL", "Daesh", "ISWAP", "Boko Haram", "al-Shabaab",
        "al-Shabab", "Shabaab", "Hamas", "Hezbollah", "Hizbollah", "Houthis", "Houthi",
        "Ansar Allah", "Hayat Tahrir al-Sham", "Nusra Front", "al-Nusra", "PKK", "YPG", "FARC",
        "ELN", "New People's Army", "Abu Sayyaf", "Lashkar-e-Taiba", "Jaish-e-Mohammed",
        "Hizbul Mujahideen", "Wagner Group", "M23", "CODECO", "Janjaweed",
        "Rapid Support Forces", "Anti-Balaka", "Lord's Resistance Army", "LRA", "Arakan Army",
        "Irish Republican Army", "Real IRA", "New IRA", "UVF", "Sinaloa Cartel", "CJNG",
        "Jalisco New Generation Cartel", "Gulf Cartel", "Los Zetas", "Zetas", "Clan del Golfo",
        "MS-13", "Barrio 18", "Tren de Aragua", "Comando Vermelho",
    )
)  # fmt: skip
"""Armed groups known by name, whose reports seldom call them armed ("the Taliban attacked"):
their name is the evidence. Normalised to letters and digits, lower case ("al-Shabaab",
"al Shabaab" and "Al-Shabab" meet), matched against a whole entity name. Acronyms that are
also everyday words or other bodies in news ("IS", "IRA", "ETA", "PDF", "RSF") and names that
are also surnames ("Wagner") are left out: the report's own words still type them."""


POSSESSIVE_WORDS = frozenset({"'s", "’s"})
"""A possessive as the parse splits it off a name ("Lord 's Resistance Army")."""
NAME_ASIDE_WORDS = POSSESSIVE_WORDS | {"the"}
"""Words of an entity that are no part of a group's name: "the Taliban's" names the Taliban."""


def group_name_words(tok: Token) -> list[Token]:
    """The words of the entity a word is in that name the group ("the" and a possessive aside),
    shared by the known-group test and the actor's name. A proper noun the entity model left
    untagged ("the Lord's Resistance Army") is named by its run of proper nouns and the
    possessives inside it (`_proper_noun_run`)."""
    found = entity_words(tok) if tok.ent_type_ else _proper_noun_run(tok)
    return [w for w in found if w.lower_ not in NAME_ASIDE_WORDS]


def _proper_noun_run(tok: Token) -> list[Token]:
    """The proper nouns next to a proper noun, across a possessive between two of them ("Lord
    's Resistance Army"): a multi-word name the entity model did not tag. A common noun is a
    word alone."""
    if tok.pos_ != "PROPN":
        return [tok]
    doc = tok.doc
    sent = tok.sent

    def inside(j: int) -> bool:
        if doc[j].pos_ == "PROPN":
            return True
        return (
            doc[j].lower_ in POSSESSIVE_WORDS
            and 0 < j < len(doc) - 1
            and doc[j - 1].pos_ == "PROPN"
            and doc[j + 1].pos_ == "PROPN"
        )

    start = tok.i
    while start > sent.start and inside(start - 1):
        start -= 1
    end = tok.i + 1
    while end < sent.end and inside(end):
        end += 1
    return list(doc[start:end])


def known_armed_group(tok: Token) -> bool:
    """Whether the entity a word is in names a known armed group, "the" and a possessive aside."""
    return _group_key("".join(w.lower_ for w in group_name_words(tok))) in KNOWN_ARMED_GROUPS


def named_organisation_kind(tok: Token, family: str) -> str | None:
    """The kind of a name the model tags as an organisation or a group that acts. Why: on the
    gva_dev train fold every such name that shot was typed an armed group, and 59 of 60 read
    were not one (surnames, outlets, police acronyms, a school, a bar, a car, headline words).
    An outlet reported and did not act (None); in armed violence, a name is an armed group
    (militia: ACLED tells rebels from militias by aims we cannot read) only when the report
    calls it one, in its name or beside it anywhere in the text (`called_armed_group`), or an
    acronym signs the attack (`_signs_an_attack`); else someone acted whom we cannot type. A
    group known by name (`known_armed_group`) is typed before, in `kind_in_role`."""
    name = " ".join(w.text for w in entity_words(tok))
    if is_outlet_name(name, "unknown"):
        return None
    if family in ARMED_VIOLENCE_FAMILIES and (called_armed_group(tok) or _signs_an_attack(tok)):
        return "militia"
    return "unknown"


def _signs_an_attack(tok: Token) -> bool:
    """Whether an acronym names the group behind the event it modifies ("the ISIS bombing", "a
    FARC attack"): a word the tagger takes for a common noun (`is_group_acronym`) before an
    event noun in running text. A name in full ("the Oak Hill school shooting") or a headline
    in capitals ("DEADLY THEATER SHOOTING") is where, not who."""
    head = tok.head
    return (
        is_group_acronym(tok) and not POLICE_AGENCY.match(tok.text)
        and tok.dep_ in ("compound", "nmod", "amod") and head != tok
        and head.pos_ == "NOUN" and not head.is_upper
    )  # fmt: skip


def entity_words(tok: Token) -> list[Token]:
    """The words of the named entity a word is in (the word alone outside any entity)."""
    doc = tok.doc
    if not tok.ent_type_:
        return [tok]
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _is_group_word(word: Token) -> bool:
    """A group word, or an organisation noun an armed word modifies ("the militant group", "a
    terror cell"), which `_organisation_kind` types as armed (`_armed_modifier`)."""
    lang = word.doc.lang_
    if _group_noun(word, lang):
        return True
    return word.lemma_.lower() in ORGANISATION_HEADS and any(
        c.dep_ in NAMING_DEPS and (_group_noun(c, lang) or _armed_modifier(c, lang) is not None)
        for c in word.children
    )


def _group_noun(word: Token, lang: str) -> bool:
    """Whether a noun calls a name an armed group (`GROUP_WORDS`; "militants" in English only)."""
    low = word.lower_
    english = lang == "en" and low in ARMED_ENGLISH_ONLY
    return english or low in GROUP_WORDS or word.lemma_.lower() in GROUP_WORDS


def called_armed_group(tok: Token) -> bool:
    """Whether the report calls a name an armed group: a group noun in the name ("the Latin
    Kings Gang"), or, wherever the name stands in the text, a group noun it modifies ("Hamas
    militants", "the Islamic State militant group") or in apposition with it ("KG, a gang",
    "the militant group Hamas"), or it claims responsibility. A name seen only as the one who
    shot, the place or the employer ("the Oak Hill school shooting", "a Subway employee") is
    called nothing."""
    if any(_is_group_word(w) for w in entity_words(tok)):
        return True
    return tok.lower_ in _names_called_armed(tok.doc)


ARMED_NAMES_KEY = "newsledger_armed_names"
"""`Doc.user_data` key of the names a report calls armed groups (`_names_called_armed`)."""


def _names_called_armed(doc: Doc) -> frozenset[str]:
    """The words of names (lower case) the report calls an armed group somewhere, found in one
    pass over the document and kept on it: `called_armed_group` runs for every named agent,
    and walked the whole document each time."""
    cached = doc.user_data.get(ARMED_NAMES_KEY)
    if isinstance(cached, frozenset):
        return cached
    names = frozenset(w.lower_ for w in doc if is_proper_name(w) and _called_armed_here(w))
    doc.user_data[ARMED_NAMES_KEY] = names
    return names


def _called_armed_here(word: Token) -> bool:
    """Whether this occurrence of a name is called an armed group: its name modifies a group
    noun or stands in apposition with one, or it claims responsibility."""
    root = word
    for _ in range(APPOSITION_HOPS):
        if root.dep_ in ("compound", "flat", "flat:name") and is_proper_name(root.head):
            root = root.head
    if root.dep_ in NAMING_DEPS and root.head != root and _is_group_word(root.head):
        return True
    if any(c.dep_ == "appos" and _is_group_word(c) for c in root.children):
        return True
    return _claims_responsibility(root)


RESPONSIBILITY_NOUNS = words("responsibility credit responsabilité")
"""What a side claims, accepts or admits when it names itself an event's agent."""

CLAIM_VERBS = words("claim accept admit take assume bear acknowledge revendiquer assumer")
"""A side that claims, accepts or admits responsibility for an event names itself its agent
("the group claimed responsibility for the bombing"); denying it does not
(`responsibility.answerable_for`)."""

CLAIMING_VERBS = CLAIM_VERBS & words("claim revendiquer")
"""The claim verbs that call a name an armed group (`_claims_responsibility`): who claims an
attack is one, where a company may "accept responsibility" for a fault."""


def _claims_responsibility(word: Token) -> bool:
    """Whether a name claims an attack ("the Taliban claimed responsibility", "for which X
    claimed responsibility"): who claims an attack is an armed group."""
    head = word.head
    return (
        word.dep_ in ("nsubj", "nsubj:pass") and head.lemma_.lower() in CLAIMING_VERBS
        and any(c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in head.children)
    )  # fmt: skip
