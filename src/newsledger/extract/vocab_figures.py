"""Vocabulary of figures and weapons: what makes a count a casualty count, what was counted,
and the weapons and tactics a report names (English and French, lower-cased lemmas or forms).

Kept apart from the rules so the lists can grow without touching the logic; every list is a
word class, never the wording of one article.
"""

from __future__ import annotations

from newsledger.lang.fr.quotes import FRENCH

INJURED_VERBS = frozenset(
    [
        "injure",
        "injured",
        "wound",
        "wounded",
        "hurt",
        "bruise",
        "bruised",
        "maim",
        "hit",
        "struck",  # the form, not the lemma: "striking workers" struck no one
        "beat",
        "beaten",
        "stab",
        "stabbed",
        "shoot",
        "shot",
        "graze",
        "grazed",
        "blesser",
        "blessé",
        "blessés",
        "blessée",
        "blessées",
        "contusionner",
        "contusionné",
        "frapper",
        "poignarder",
    ]
)
"""Verbs and participles whose patient (passive subject, object, or modified noun) is injured."""

PRESENT_SPELLED_PARTICIPLES = frozenset({"hurt", "hit", "cut"})
"""Harm verbs whose present is spelled as their past participle, which the tagger may read as
a present ("Boy hurt in garage shooting" tags "hurt" VB; "Seven officers hurt as ...")."""

WEAPON_INJURY_VERBS = frozenset(["shoot", "shot", "stab", "stabbed"])
"""Injury verbs that also describe a killing when death follows ("shot and killed"): the
injured reading is dropped for the same people when a killed reading exists."""

KILLED_VERBS = frozenset(
    [
        "kill",
        "killed",
        "murder",
        "murdered",
        "slay",
        "slain",
        "die",
        "died",
        "dead",
        "execute",
        "executed",
        "drown",
        "drowned",
        "perish",
        "perished",
        "succumb",
        "succumbed",
        "deceased",
        "tuer",
        "tué",
        "tués",
        "tuée",
        "mourir",
        "mort",
        "morts",
        "décéder",
        "décédé",
        "décédés",
        "assassiner",
        "abattre",
        "abattu",
        "noyer",
        "noyé",
        "noyés",
        "noyée",
        "noyées",
        "périr",
        "péri",
    ]
)
"""Verbs and adjectives of death (subject of intransitives, patient of transitives)."""

INTRANSITIVE_KILLED = frozenset(
    [
        "die", "died", "dead", "drown", "drowned", "perish", "perished", "succumb", "succumbed",
        "deceased", "mourir", "mort",
        "morts", "décéder", "décédé", "périr", "péri", "noyer", "noyé", "noyés", "noyée",
        "noyées",
    ]
)  # fmt: skip
"""Death words whose SUBJECT died (not the subject's victims)."""

LATE_RELATION_WORDS = frozenset({"deceased"})
"""Modifiers that, before a possessed noun, name someone who died before ("his deceased
father", "whose deceased brother"): no death of this incident."""

ARRESTED_VERBS = frozenset(
    [
        "arrest",
        "arrested",
        "detain",
        "detained",
        "apprehend",
        "apprehended",
        "hold",
        "held",
        "arrêter",
        "arrêté",
        "interpeller",
        "interpellé",
        "interpellés",
        "placer",
    ]
)
"""Verbs whose patient was arrested ("held" only in the passive: `HELD_ONLY_IN_PASSIVE`)."""

HELD_ONLY_IN_PASSIVE = frozenset(["hold", "held"])
"""Arrest verbs that arrest only in the passive ("three men were held overnight"): the active
sense is mostly containing or carrying ("the shelters hold 500 people", "they held banners")."""

HOSPITAL_NOUNS = frozenset(
    [
        "hospital",
        "hospitals",
        "infirmary",
        "clinic",
        "er",
        "a&e",
        "room",
        "emergency",
        "hôpital",
        "hôpitaux",
        "urgences",
        "chu",
        "clinique",
    ]
)
"""Places that make a movement verb mean hospitalised ("taken to an emergency room")."""

BARE_ROOM_NOUNS = frozenset(["room"])
"""Hospital nouns only with a modifier from HOSPITAL_ROOM_MODIFIERS ("an emergency room")."""

HOSPITAL_ROOM_MODIFIERS = frozenset(["emergency", "trauma", "operating", "hospital", "er"])

HOSPITAL_PREPS = frozenset(["to", "into", "in", "at", "à", "au", "aux", "vers"])
CARE_NOUNS = frozenset(
    [
        "treatment", "care", "attention", "help", "aid", "assistance", "stitches", "surgery",
        "surgeries", "therapy", "medication", "checkup", "check-up", "evaluation", "soins",
        "traitement",
    ]
)  # fmt: skip
"""What a patient receives ("received treatment in an emergency room"): the object of such a
verb is no other person taken to hospital, so the subject is the one treated there."""

VIGIL_VERBS = frozenset(
    ["wait", "gather", "visit", "pray", "rally", "await", "congregate", "attendre", "visiter",
     "rassembler"]
)  # fmt: skip
"""What people do at a hospital while someone else is treated there ("relatives waited at the
hospital", "the mayor visited the wounded in hospital"): those who do it are no patients."""

PRESENCE_VERBS = frozenset(
    ["be", "arrive", "go", "come", "drive", "rush", "hurry", "stand", "sit", "être", "arriver",
     "aller", "venir"]
)  # fmt: skip
"""Verbs that put their subject at a hospital without saying why: a patient ("the victim is at
the hospital", "a man arrived at the hospital with a gunshot wound") or a relative ("his
father arrived at the hospital"); `COMPANION_NOUNS` tells the relative."""

COMPANION_KIN_NOUNS = frozenset(
    ["mother", "father", "mom", "dad", "wife", "husband", "grandmother", "grandfather", "aunt",
     "uncle", "friend", "relative"]
)  # fmt: skip
"""The relatives both callers mean: one person each, who at a hospital keeps a patient
company. `COMPANION_NOUNS` (who is no patient at a hospital) and `KIN_NOUNS` (one civilian by
a tie, in counts and lists) both start from it, so the two lists no longer overlap by copy."""

COMPANION_NOUNS = COMPANION_KIN_NOUNS | frozenset(
    ["family", "families", "relatives", "mothers", "fathers", "parent", "parents",
     "grandparents", "friends", "pastor", "chaplain", "mayor", "governor", "member", "members",
     "famille", "proches", "mère", "père"]
)  # fmt: skip
"""Who keeps a patient company at a hospital: relatives, friends, clergy and officials
("members" as in "family members"), read by `figures._keeps_company` only. Children, siblings
and partners (the rest of `KIN_NOUNS`) are left out: in a shooting report "his son is at the
hospital" is as often the one shot."""

HOSPITALISED_VERBS = frozenset(
    [
        "hospitalise",
        "hospitalize",
        "hospitalised",
        "hospitalized",
        "hospitaliser",
        "hospitalisé",
        "hospitalisés",
    ]
)

INJURY_NOUNS = frozenset(
    [
        "injury",
        "injuries",
        "wound",
        "wounds",
        "fracture",
        "fractures",
        "bruise",
        "bruises",
        "burn",
        "burns",
        "concussion",
        "leg",
        "arm",
        "skull",
        "trauma",
        "blessure",
        "blessures",
        "fracture",
        "contusion",
        "contusions",
    ]
)
"""Objects of suffer/sustain/report that make the subject injured ("suffered a broken leg")."""

FIGURATIVE_HARM_VERBS = frozenset(["hit", "struck", "frapper", "frappé", "frappée"])
"""Injury verbs that as often tell a blow of fortune ("Hit by the news, he cried", "Frappé par
la nouvelle"): they tell a wound only beside a wound word (WOUND_WORDS)."""

WOUND_WORDS = INJURY_NOUNS | frozenset(
    [
        "bullet", "bullets", "round", "rounds", "gunfire", "pellet", "pellets", "shrapnel",
        "head", "chest", "back", "shoulder", "stomach", "abdomen", "neck", "face", "hand",
        "foot", "thigh", "hip", "knee", "buttocks", "torso", "balle", "balles", "jambe", "bras",
        "tête", "poitrine", "dos", "épaule", "ventre", "cou", "visage", "main", "pied", "cuisse",
    ]
)  # fmt: skip
"""Words of a wound, what made it or where it is ("hit by a bullet", "struck in the chest"):
they make a figurative harm verb (FIGURATIVE_HARM_VERBS) a real one."""

SUFFER_VERBS = frozenset(
    [
        "suffer",
        "sustain",
        "receive",
        "report",
        "treat",
        "souffrir",
        "subir",
        "recevoir",
        "présenter",
    ]
)

NOMINAL_KINDS: dict[str, str] = {
    "hospitalization": "hospitalised",
    "hospitalisation": "hospitalised",
    "injury": "injured",
    "injuries": "injured",
    "wounding": "injured",
    "death": "killed",
    "deaths": "killed",
    "killing": "killed",
    "killings": "killed",
    "murder": "killed",
    "arrest": "arrested",
    "arrests": "arrested",
    "detention": "arrested",
    "blessure": "injured",
    "blessures": "injured",
    "mort": "killed",
    "décès": "killed",
    "interpellation": "arrested",
    "interpellations": "arrested",
    "arrestation": "arrested",
    "arrestations": "arrested",
}
"""Nouns that make "the N of X" a casualty count of X ("the hospitalization of six officers")."""

PARTITIVE_NOUNS = frozenset(
    [
        "group",
        "groups",
        "members",
        "member",
        "crowd",
        "band",
        "gang",
        "total",
        "number",
        "contingent",
        "team",
        "unit",
        "units",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "score",
        "scores",
        "handful",
        "groupe",
        "groupes",
        "membres",
        "membre",
        "foule",
        "bande",
        "total",
        "nombre",
        "contingent",
        "équipe",
        "unité",
    ]
)
"""Nouns that only frame the counted people ("a group of 100 migrants", "members of the police")."""

CONTAINER_NOUNS = frozenset(["camp", "camps", "encampment", "campement", "campements", "squat"])
"""Places counted by their occupants ("a camp of 400 migrants")."""

RELATIONAL_NOUNS = frozenset(
    ["colleague", "colleagues", "comrade", "comrades", "collègue", "collègues"]
)
"""People named by their relation to the speaker: their group is the speaker's group."""

SOURCE_CASES = frozenset("".join(words) for words in FRENCH.according)
"""French prepositions that introduce who tells ("selon la préfecture", "d'après un témoin",
"d’après" with the curly apostrophe; the parse makes "d'" the case word with "après" fixed to
it): the noun after one reports the count, it is not one more person counted (English
"according to" takes no such path). Built from the quote cues' `FRENCH.according` so the two
lists cannot drift apart."""


KIN_NOUNS = COMPANION_KIN_NOUNS | frozenset(
    [
        "brother", "sister", "son", "daughter", "cousin", "nephew", "niece", "grandson",
        "granddaughter", "grandchild", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance",
        "fiancé", "stepfather", "stepmother", "stepson", "stepdaughter", "sibling", "roommate",
        "classmate", "neighbor", "neighbour",
    ]
)  # fmt: skip
"""People named by their kin or tie to someone in the report ("shot his brother"): one person,
a civilian (the group words know "man" and "girl", not "aunt")."""

PLAIN_PERSON_NOUNS = frozenset(
    [
        "male", "males", "female", "females", "juvenile", "juveniles", "youth", "youths",
        "kid", "kids", "individual", "individuals",
    ]
)  # fmt: skip
"""Person words of police reports that name no side ("a 17-year-old male was shot", "a
juvenile was wounded"): civilians, as "man" and "teen" are. Kept out of the actor groups, where
"male" would name the group of "male police officer" by being its first group word."""

SUBSET_AFTER = ("of whom", "of them", "among them", "d'entre eux", "d’entre eux", "d'entre elles")
SUBSET_BEFORE = frozenset(["including", "among", "dont", "parmi"])
"""A number that picks out part of a group already counted ("one of whom") is not a total."""

PROTEST_VERBS = frozenset(
    ["march", "protest", "demonstrate", "rally", "gather", "manifester", "rassembler", "défiler"]
)
"""Verbs that make counted people participants of a protest."""

RESCUED_VERBS = frozenset({"rescue", "secourir"})
"""Lemmas of verbs whose object or passive subject was brought out of danger ("Twelve migrants
were rescued", "des migrants ont été secourus"): neither the participants of an event nor its
victims. Only rescue itself: those a police force evacuates or an act saves may well have taken
part ("Police evacuated 200 protesters from the square")."""

STATISTIC_MARKERS = (
    r"\b(?:in|during|by)\s+(?:19|20)\d\d\b",
    r"\bsince\b[^.;]{0,40}?\b(?:19|20)\d\d\b",
    r"\b(?:this|last|per|a|each|every)\s+year\b",
    r"\bso\s+far\b",
    r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|the\s+(?:start|beginning)\s+of)\b",
    r"\bannually\b",
    # a roundup's spread: a count over several shootings of a city is a tally, not one's count
    r"\bsince\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?!['’]s)(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"\b(?:in|during)\s+(?:\w+\s+)?separate\s+(?:shootings|incidents|attacks)\b",
    r"\b(?:across|throughout)\s+the\s+(?:city|county|region|state|(?:five\s+)?boroughs)\b",
    r"\b(?:citywide|countywide|statewide)\b",
    r"\bon\s+average\b",
    r"\bdepuis\s+(?:le\s+début|janvier|(?:19|20)\d\d)\b",
    r"\ben\s+(?:19|20)\d\d\b",
    r"\bcette\s+année\b",
    r"\bpar\s+an\b",
)
"""Period markers: a count they govern (the marker modifies its noun or its predicate, see
`figures._statistic_targets`) is a tally over a period, not the count of one incident ("500 people
were killed in 2015", "12 have been killed since January"). So are a roundup's spread markers
("13 people have been shot since Tuesday", "three men were wounded in separate shootings", "21
shot across the five boroughs"): the count is the city's tally over several shootings. "Since
Tuesday's shooting" is no marker. "A record" is not one: it says a count is large, not that it
spans a period ("a record 5,000 protesters")."""

ITEM_NOUNS: dict[str, str] = {
    "canister": "canisters",
    "canisters": "canisters",
    "grenade": "grenades",
    "grenades": "grenades",
    "cartouche": "canisters",
    "cartouches": "canisters",
    "shelter": "shelters",
    "shelters": "shelters",
    "tent": "tents",
    "tents": "tents",
    "abri": "shelters",
    "abris": "shelters",
    "tente": "tents",
    "tentes": "tents",
    "car": "vehicles",
    "cars": "vehicles",
    "vehicle": "vehicles",
    "vehicles": "vehicles",
    "truck": "vehicles",
    "trucks": "vehicles",
    "lorry": "vehicles",
    "lorries": "vehicles",
    "voiture": "vehicles",
    "voitures": "vehicles",
    "véhicule": "vehicles",
    "véhicules": "vehicles",
    "shot": "shots fired",
    "shots": "shots fired",
    "round": "rounds fired",
    "rounds": "rounds fired",
    "bullet": "rounds fired",
    "bullets": "rounds fired",
    "tir": "shots fired",
    "tirs": "shots fired",
    "projectile": "projectiles",
    "projectiles": "projectiles",
    "stone": "stones",
    "stones": "stones",
    "building": "buildings",
    "buildings": "buildings",
    "house": "buildings",
    "houses": "buildings",
    "home": "buildings",
    "homes": "buildings",
    "apartment": "buildings",
    "apartments": "buildings",
    "shop": "shops",
    "shops": "shops",
    "bin": "bins",
    "bins": "bins",
}
"""Counted things that are not people -> normalised `item` of a kind-`other` figure."""

GAS_ITEMS = frozenset({"canisters", "grenades"})
"""Items named after the gas they hold when the sentence names it ("300 canisters" of tear gas)."""

WEAPONS: dict[str, str] = {
    # thrown objects
    "stone": "stones",
    "stones": "stones",
    "rock": "stones",
    "rocks": "stones",
    "brick": "stones",
    "bricks": "stones",
    "paving stones": "stones",
    "cobblestones": "stones",
    "pierre": "stones",
    "pierres": "stones",
    "caillou": "stones",
    "cailloux": "stones",
    "pavé": "stones",
    "pavés": "stones",
    "projectile": "projectiles",
    "projectiles": "projectiles",
    "missiles": "projectiles",
    "bottles": "projectiles",
    "bouteilles": "projectiles",
    "iron bar": "iron bars",
    "iron bars": "iron bars",
    "metal bars": "iron bars",
    "crowbar": "iron bars",
    "crowbars": "iron bars",
    "barre de fer": "iron bars",
    "barres de fer": "iron bars",
    "stick": "sticks",
    "sticks": "sticks",
    "club": "sticks",
    "clubs": "sticks",
    "bâton": "sticks",
    "bâtons": "sticks",
    "gourdin": "sticks",
    "gourdins": "sticks",
    "baton": "batons",
    "batons": "batons",
    "truncheon": "batons",
    "truncheons": "batons",
    "matraque": "batons",
    "matraques": "batons",
    # police means
    "tear gas": "tear gas",
    "teargas": "tear gas",
    "tear-gas": "tear gas",
    "gaz lacrymogène": "tear gas",
    "gaz lacrymogènes": "tear gas",
    "grenades lacrymogènes": "tear gas",
    "lacrymogènes": "tear gas",
    "pepper spray": "pepper spray",
    "gaz poivre": "pepper spray",
    "water cannon": "water cannon",
    "water cannons": "water cannon",
    "canon à eau": "water cannon",
    "canons à eau": "water cannon",
    "defense bullets": "defence bullets",
    "defence bullets": "defence bullets",
    "rubber bullets": "defence bullets",
    "rubber bullet": "defence bullets",
    "flash-ball": "defence bullets",
    "flashball": "defence bullets",
    "flash-balls": "defence bullets",
    "lbd": "defence bullets",
    "balles de défense": "defence bullets",
    "lanceur de balles de défense": "defence bullets",
    "lanceurs de balles de défense": "defence bullets",
    "balles en caoutchouc": "defence bullets",
    "stun grenades": "stun grenades",
    "stun grenade": "stun grenades",
    "flash-bang": "stun grenades",
    "grenades de désencerclement": "stun grenades",
    "grenade de désencerclement": "stun grenades",
    "taser": "tasers",
    "tasers": "tasers",
    # arms
    "gun": "firearms",
    "guns": "firearms",
    "handgun": "firearms",
    "handguns": "firearms",
    "pistol": "firearms",
    "pistols": "firearms",
    "rifle": "firearms",
    "rifles": "firearms",
    "shotgun": "firearms",
    "shotguns": "firearms",
    "revolver": "firearms",
    "firearm": "firearms",
    "firearms": "firearms",
    "live ammunition": "firearms",
    "live rounds": "firearms",
    "live bullets": "firearms",
    "bullet": "firearms",
    "bullets": "firearms",
    "balles réelles": "firearms",
    "arme à feu": "firearms",
    "armes à feu": "firearms",
    "fusil": "firearms",
    "fusils": "firearms",
    "pistolet": "firearms",
    "pistolets": "firearms",
    "knife": "knives",
    "knives": "knives",
    "machete": "knives",
    "machetes": "knives",
    "couteau": "knives",
    "couteaux": "knives",
    "explosive": "explosives",
    "explosives": "explosives",
    "bomb": "explosives",
    "bombs": "explosives",
    "grenade": "explosives",
    "explosifs": "explosives",
    "molotov cocktail": "molotov cocktails",
    "molotov cocktails": "molotov cocktails",
    "petrol bombs": "molotov cocktails",
    "petrol bomb": "molotov cocktails",
    "cocktail molotov": "molotov cocktails",
    "cocktails molotov": "molotov cocktails",
    "fireworks": "fireworks",
    "firework": "fireworks",
    "flares": "fireworks",
    "mortiers d'artifice": "fireworks",
    "mortiers d’artifice": "fireworks",
    "mortier d'artifice": "fireworks",
    "feux d'artifice": "fireworks",
    "feux d’artifice": "fireworks",
    "fusées": "fireworks",
}
"""Weapon or tactic as written (lower case) -> normalised weapon. Matched longest first."""

VEHICLE_WEAPON_VERBS = frozenset(
    ["ram", "rammed", "plough", "ploughed", "plow", "plowed", "foncer"]
)
"""A vehicle is a weapon only when driven into people ("rammed a car into the crowd")."""

VICTIM_VERBS = (
    INJURED_VERBS
    | KILLED_VERBS
    | frozenset(["strike", "struck", "hit", "target", "smash", "smashed", "toucher", "atteindre"])
)
"""Verbs whose instrument is a weapon used AGAINST their subject, not BY it."""


PERPETRATOR_NOUNS = frozenset(
    ["gunman", "gunmen", "shooter", "shooters", "suspect", "suspects", "attacker", "attackers",
     "killer", "killers", "perpetrator", "perpetrators", "robber", "robbers", "intruder",
     "intruders", "carjacker", "carjackers", "tireur", "tireurs", "agresseur", "agresseurs",
     "suspect", "suspects", "meurtrier"]
)  # fmt: skip
"""People counted as the side that did it ("the gunman was shot dead by officers"): their
counts carry the actor `perpetrators`, kept apart from the victims' and the police's."""

CONDITION_STATES = frozenset(
    ["critical", "serious", "stable", "grave", "guarded", "fair"]
)  # fmt: skip
"""Hospital condition words: "in critical condition", "listed in stable condition" say a person
was hurt and lives (a hospital gives no condition for the dead)."""

PERPETRATOR_ACTOR = "perpetrators"
"""The actor of counts of the people who did it (PERPETRATOR_NOUNS)."""
