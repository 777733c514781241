"""The event lexicon: ACLED's taxonomy and the trigger words by meaning class.

Words are grouped by what they state (a clash, an attack, an explosion of some kind, a march, an
arrest...), in English and French lemmas; `extract.events` reads them. Entries are classes of
meaning, never one article's wording: add a word where its meaning belongs.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


# --- ACLED taxonomy ------------------------------------------------------------------------

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VAC,
    "Attack": VAC,
    "Abduction/forced disappearance": VAC,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}
"""ACLED sub-event type -> its event type."""

# --- trigger lexicon -----------------------------------------------------------------------

CLASH = "clash"
ATTACK = "attack"
RIOT = "riot"
THROW = "throw"
DISPERSE = "disperse"
SHOOT = "shoot"
STAB = "stab"
KILL = "kill"
INJURE = "injure"
AIR = "air"
SHELL = "shell"
SUICIDE = "suicide"
GRENADE = "grenade"
IED = "ied"
CHEMICAL = "chemical"
SEXUAL = "sexual"
ABDUCT = "abduct"
PROTEST = "protest"
ARREST = "arrest"
LOOT = "loot"
CLEAR = "clear"
DISRUPT = "disrupt"
AGREE = "agree"
TERRITORY = "territory"
HQ = "hq"
GROUP_CHANGE = "group_change"
VIOLENCE = "violence"

EXPLOSIVE_FAMILIES = (CHEMICAL, SUICIDE, AIR, SHELL, GRENADE, IED)
"""Explosive trigger families, most specific first (rule 1)."""
VIOLENT_FAMILIES = frozenset({CLASH, ATTACK, RIOT, THROW, SHOOT, STAB, KILL, INJURE, VIOLENCE})
"""Families that state violence between parties (rule 5)."""
DEMONSTRATOR_VIOLENCE = frozenset({CLASH, RIOT, THROW, ATTACK, LOOT})
"""Violence that, committed by demonstrators, makes a demonstration a riot."""
ARMED_VIOLENCE_FAMILIES = frozenset(
    {ATTACK, SHOOT, KILL, CLASH, AIR, SHELL, SUICIDE, GRENADE, IED, CHEMICAL, ABDUCT, TERRITORY}
)
"""Acts whose named-organisation agent is an armed group."""
WEAK_FAMILIES = frozenset({INJURE, VIOLENCE})
"""Outcome words: they support an event but do not by themselves anchor a separate mention."""

LEMMA_FAMILIES: dict[str, str] = {}


def _add(family: str, words: str) -> None:
    for word in words.split():
        LEMMA_FAMILIES[word] = family


_add(CLASH, "clash skirmish scuffle brawl fight fighting confrontation confront altercation "
     "melee mêlée fracas scuffling tussle firefight gunfight gunbattle shootout "
     "affrontement affronter heurt échauffourée rixe bagarre accrochage combat battre "
     "bagarrer")  # fmt: skip
_add(ATTACK, "attack assault ambush storm beat lynch pelt assail raid attaque attaquer "
     "agression agresser assaillir frapper lyncher tabasser caillasser caillassage")  # fmt: skip
_add(RIOT, "riot rioting unrest rampage disturbance émeute émeutier")
_add(THROW, "throw hurl lob jet projectile jeter lancer")
_add(DISPERSE, "disperse dispersal repel disperser repousser")
_add(SHOOT, "shoot shooting gunfire gunshot shot fusillade tirer abattre")
_add(STAB, "stab stabbing knife knifing hack poignarder")
_add(KILL, "kill murder slay execute behead massacre killing assassinate assassination "
     "homicide tuer assassiner meurtre massacrer")  # fmt: skip
_add(INJURE, "injure wound hurt injury blesser blessure")
_add(AIR, "airstrike airstrikes warplane warplanes drone bombard bombing aircraft jet "
     "helicopter bombardement")  # fmt: skip
_add(SHELL, "shell shelling artillery mortar rocket missile barrage bombardment obus roquette "
     "missile pilonner")  # fmt: skip
_add(GRENADE, "grenade grenades")
_add(IED, "ied ieds landmine mine bomb explode explosion blast detonate explosive "
     "exploser explosion bombe")  # fmt: skip
_add(CHEMICAL, "chlorine sarin mustard chimique")
_add(SEXUAL, "rape gang-rape molest violer viol")
_add(ABDUCT, "abduct kidnap abduction kidnapping hostage enlever enlèvement kidnapper "
     "séquestrer séquestration")  # fmt: skip
_add(PROTEST, "protest demonstrate demonstration march rally picket sit-in vigil strike "
     "protester demonstrator marcher protestor manifestation manifester manifestant "
     "rassemblement défiler cortège grève gréviste mobilisation")  # fmt: skip
_add(ARREST, "arrest detain apprehend custody arrêter interpeller interpellation arrestation "
     "détention")  # fmt: skip
_add(LOOT, "loot plunder ransack vandalise vandalize torch burn arson vandalism smash piller "
     "incendier brûler saccager vandaliser pillage incendie")  # fmt: skip
_add(
    CLEAR,
    "clear clearance evacuate evacuation dismantle dismantling evict eviction raze "
    "demolish clearing évacuer évacuation démanteler démantèlement expulser "
    "expulsion",
)
_add(DISRUPT, "defuse foil thwart intercept désamorcer déjouer intercepter")
_add(AGREE, "agreement ceasefire truce accord treaty cessez-le-feu")
_add(TERRITORY, "capture recapture retake overrun seize liberate regain free reprendre")
_add(HQ, "headquarters")
_add(VIOLENCE, "violence violences")

ENGLISH_ONLY = frozenset(
    {
        "march",
        "marcher",
        "combat",
        "jet",
        "mine",
        "missile",
        "shot",
        "strike",
        "explosion",
        "battre",
        "raid",
    }
)
"""Lemmas also valid in French that must not be read twice; listed for the shared-word check."""

PHRASES: tuple[tuple[str, str], ...] = (
    (
        r"\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|vest|car bomb)\b"
        r"|\bblew (?:himself|herself|themselves) up\b|\bkamikaze\b",
        SUICIDE,
    ),
    (r"\b(?:air|drone|aerial) (?:strike|raid|attack|bombardment)s?\b|\bfrappes? aériennes?\b", AIR),
    (
        r"\b(?:petrol|gasoline|molotov|fire) ?bombs?\b|\bmolotov cocktails?\b"
        r"|\bcocktails? molotov\b|\bfirebombs?\b",
        THROW,
    ),
    (
        r"\b(?:road ?side|car|truck|roadside|improvised|nail|pipe) bomb(?:s|ings?)?\b"
        r"|\bexplosive devices?\b"
        r"|\bengin explosif\b|\bvoiture piégée\b",
        IED,
    ),
    (r"\b(?:chemical|toxic|poison(?:ous)?|nerve) (?:weapons?|gas|agent|attack)s?\b", CHEMICAL),
    (r"\bsexual(?:ly)? (?:assault|abuse|violence|harass)\w*\b|\bagressions? sexuelles?\b", SEXUAL),
    (r"\bopen(?:ed|s|ing)? fire\b|\bouvert le feu\b", SHOOT),
    (r"\b(?:came|come|comes|coming) to blows\b|\ben (?:sont |est )?venus? aux mains\b", CLASH),
    (
        r"\b(?:exchange[sd]? of (?:gun)?fire|fire exchanges?|exchanged fire|gun ?battles?"
        r"|fire ?fights?|échanges? de tirs)\b",
        CLASH,
    ),
    (
        # "battle" alone is as often a struggle ("a custody battle", "battled the blaze"); a
        # fierce, running or pitched battle is a fight
        r"\b(?:fierce|heavy|intense|running|pitched|bloody|armed|street) battles?\b",
        CLASH,
    ),
    (r"\btook to the streets\b|\btake to the streets\b|\bsit-in\b|\bhunger strike\b", PROTEST),
    (
        r"\bset (?:fire|ablaze|alight) to\b|\bset\b[^.]{0,40}\b(?:on fire|ablaze|alight)\b"
        r"|\bmis le feu\b",
        LOOT,
    ),
    (
        r"\b(?:tear[- ]?gas|water cannons?|rubber bullets|pepper spray|stun grenades?|baton charge"
        r"|gaz lacrymogènes?|canons? à eau|lacrymogènes?)\b",
        DISPERSE,
    ),
    (r"\bpeace (?:deal|agreement|accord|talks)\b|\bsigned an? (?:deal|agreement)\b", AGREE),
    (
        r"\b(?:took|take|taken|takes|seized|seize|gained|gain|regained|wrested)"
        r" (?:full )?control\b",
        TERRITORY,
    ),
    (
        r"\b(?:set up|established|establish|sets up) (?:a |an |its |their )?(?:new )?(?:base|"
        r"headquarters|camp|outpost|checkpoint)s?\b",
        HQ,
    ),
    (
        r"\b(?:merged? with|joined forces|new (?:armed )?group|split from|splinter group|defected"
        r"|pledged allegiance|renamed)\b",
        GROUP_CHANGE,
    ),
    (r"\bhand(?:ed|s)? over\b|\bwithdr[ae]w from\b|\bwithout a fight\b", TERRITORY),
    (r"\btaken (?:into|in) custody\b|\bgarde à vue\b|\bround(?:ed)? up\b", ARREST),
)
"""Multi-word triggers (regex, family), matched on the sentence text."""
PHRASE_PATTERNS = tuple((re.compile(p, re.IGNORECASE), f) for p, f in PHRASES)

TEAR_GAS_RE = re.compile(r"tear[- ]?gas|lacrymog", re.IGNORECASE)
"""Tear gas is a dispersal weapon: "gas" near it is not a chemical attack."""

TERRITORY_NOUNS = words(
    "village villages town towns city cities area areas district districts region territory "
    "base bases hill position positions province neighbourhood neighborhood outpost airport "
    "port ports highway road roads bridge stronghold strongholds mountain crossing border "
    "ville villages localité zone quartier"
)
"""Objects that make capture/seize a territorial event (not "seized weapons")."""

WEAPON_OBJECTS = words(
    "weapon weapons arms ammunition explosives explosive rifle rifles gun guns bomb bombs "
    "ied firearm firearms pistol pistols bullet bullets round rounds stash cache caches "
    "arsenal ieds mine mines grenade grenades drone drones missile missiles rocket rockets "
    "cache armes arme munitions explosifs"
)
"""Objects that make seize/find/intercept a disrupted-weapons event."""

SEIZE_LEMMAS = words(
    "seize confiscate recover find discover intercept shoot capture neutralise neutralize "
    "destroy defuse dismantle saisir découvrir"
)
"""Verbs that, with a weapon object, state disrupted weapons use."""

FIREARM_WORDS = words(
    "gun guns rifle rifles pistol pistols firearm firearms kalashnikov ak-47 gunfire "
    "gunshot gunshots bullet bullets machete machetes knife knives blade sword arme armes "
    "fusil couteau"
)
"""Lethal weapons: an attacker carrying one is an armed actor."""

INTERVENTION_WORDS = words(
    "disperse dispersal tear teargas cannon baton batons charge arrest detain repel kettle "
    "disperser lacrymogène interpeller"
)
"""State actions against demonstrators short of lethal force."""

HQ_NOUNS = words(
    "base bases headquarters post posts outpost outposts point points camp camps office "
    "offices checkpoint checkpoints garrison station"
)
"""Objects that make establish/set up a base-established event."""

HQ_VERBS = words("establish set build open install erect")

PERSONAL_FIGHT_WORDS = words(
    "fight brawl altercation scuffle scuffling tussle melee mêlée fracas confront confrontation "
    "rixe bagarre bagarrer"
)
"""Clash words that also tell of a fight between a few people (fists, a quarrel at a bar):
where someone then shoots, stabs or kills, the fight is how it began and the weapon's use is
the event (`events._weapon_act_in_a_fight`). "fighting" as a noun stays a battle word."""

LONE_RIOT_WORDS = words("rampage disturbance")
"""Riot words that need no crowd: "a shooting rampage" is one gunman's, and "a disturbance" is a
police call for any disorder. With a weapon's use and no crowd named, they are no riot."""

VIOLENT_ADJECTIVES = words("violent aggressive unruly riotous angry violente violentes violents")
"""Modifiers that make a demonstration violent ("violent protests")."""

GRIEVANCE_VERBS = words(
    "denounce condemn decry demand mourn commemorate dénoncer condamner réclamer exiger"
)
"""Verbs by which demonstrators state what they protest: their object is the grievance (a past
event), not something that happened at the demonstration."""

GRIEVANCE_PREPOSITIONS = words("against over about contre")
"""Prepositions after a protest word that introduce its grievance ("a protest against police
violence", "rallied over the killing")."""

NEGATING_PREFIXES = words("non not")
"""Words before an adjective that reverse it ("non-violent protesters")."""

HARSH_ADVERBS = words("violently brutally forcibly brutalement violemment")
"""Manner of a state action against demonstrators that makes it excessive force."""

SUPPRESS_LEMMAS = words("suppress crush quell crack repress réprimer")

STATE_TARGET_NOUNS = words(
    "checkpoint checkpoints base bases position positions post posts outpost outposts "
    "barracks convoy convoys patrol patrols garrison"
)
"""Targets that are state forces' installations or units."""

MEDICAL_MODIFIERS = words("heart cardiac panic anxiety asthma epileptic cardiaque")
"""Words that make "attack"/"crise" a medical event ("a heart attack", "a panic attack")."""

NEGATION_LEMMAS = frozenset({"not", "no", "never", "pas", "jamais"})

NON_EVENT_HEADS = words(
    "threat threaten fear risk warn warning plan prevent call demand accuse accusation "
    "allegation report law bill policy menace crainte risque"
)
"""A trigger governed by one of these is talk about an event, not an event."""


# --- the five non-ACLED classes of CASE 2021 -------------------------------------------------

NATURAL_DISASTER = "NATURAL_DISASTER"
MAN_MADE_DISASTER = "MAN_MADE_DISASTER"
ORG_CRIME = "ORG_CRIME"
DIPLOMACY = "DIPLO"
ATTRIBUTION = "ATTRIB"

NON_ACLED_CUES: tuple[tuple[str, str], ...] = (
    (
        # a claim or a denial of who did an attack: the report is about the claim
        r"\bclaim(?:s|ed|ing)? (?:of )?responsibility\b|\bresponsibility (?:was )?claimed\b"
        r"|\bden(?:y|ied|ies|ying) (?:any )?(?:involvement|responsibility|role)\b"
        r"|\b(?:reject|dismiss|deny|denie)\w* (?:the |these |those )?(?:accusations?|allegations?"
        r")\b|\baccus(?:ed|es|ing) \w+(?: \w+)? of (?:bombing|attacking|carrying out)\b",
        ATTRIBUTION,
    ),
    (
        # the forces of nature, with no attacker
        r"\bearthquakes?\b|\btremors?\b|\baftershocks?\b|\btsunamis?\b|\bvolcan\w*\b"
        r"|\beruption\b|\b(?:flash )?floods?\b|\bflooding\b|\bwildfires?\b|\bbush ?fires?\b"
        r"|\bforest fires?\b|\bavalanches?\b|\b(?:mud|land)slides?\b|\bhurricanes?\b"
        r"|\btyphoons?\b|\bcyclones?\b|\btornado(?:e?s)?\b|\bdroughts?\b|\bheat ?waves?\b"
        r"|\btorrential\b|\bheavy (?:rain|snow)\w*\b|\bmonsoon\b|\bblizzards?\b"
        r"|\bmagnitude\b",
        NATURAL_DISASTER,
    ),
    (
        # an accident of people's own making, with no attacker
        r"\b(?:chemical|gas|oil|toxic|fuel|ammonia|chlorine)\b[\w -]{0,20}\b(?:leak\w*|spill\w*)\b"
        r"|\b(?:leak\w*|spill\w*) of (?:oil|gas|chemicals?)\b|\bspilt\b|\bspilled\b"
        r"|\b(?:gas|boiler|furnace|factory|plant|warehouse|tanker|cylinder|pipeline|mine|"
        r"industrial|fireworks?) (?:explosion|blast|fire)s?\b"
        r"|\b(?:plane|air|bus|train|car|road|traffic|helicopter|boat|ferry|single-vehicle)"
        r" (?:crash|accident|collision|disaster)e?s?\b|\bderail\w*\b|\bcollided\b"
        r"|\bcapsiz\w*\b|\b(?:building|bridge|roof|dam|mine) collapse[sd]?\b"
        r"|\bpoisoning\b|\bcontaminat\w+\b|\bplunged off\b",
        MAN_MADE_DISASTER,
    ),
    (
        # crime for gain, with no political side
        r"\bsmuggl\w+\b|\btraffick\w+\b|\bcartels?\b|\bcounterfeit\w*\b|\bfake currency\b"
        r"|\bnarcotics?\b|\bdrugs?\b|\bcocaine\b|\bheroin\b|\bmethamphetamine\b|\bcannabis\b"
        r"|\brobb(?:ed|ery|eries|er|ers|ing)\b|\bburglar\w*\b|\bmoney laundering\b|\bfraud\w*\b"
        r"|\bcyber ?crime\w*\b|\bstolen (?:property|goods|cars?|vehicles?)\b"
        r"|\bbreak and enter\b|\bextortion\b|\bponzi\b|\bmafia\b|\bcontraband\b",
        ORG_CRIME,
    ),
    (
        # relations between states
        r"\bsanctions?\b|\bdiplomat\w*\b|\bambassadors?\b|\bembass(?:y|ies)\b|\bconsulates?\b"
        r"|\bbilateral\b|\bsever\w* (?:diplomatic )?ties\b"
        r"|\bexpel\w* (?:\w+ )?(?:diplomats?|envoys?|staff)\b|\bstate visit\b"
        r"|\bsecurity council\b|\bretaliatory (?:measures?|move)\b",
        DIPLOMACY,
    ),
)
"""Cues of the five non-ACLED classes (regex over the lead, class), in the order they are
tried: a claim of responsibility is about the claim even when an attack is named; the other
four say "no ACLED event" only where no violent trigger has an agent (`extract.events`)."""
NEGATED_BEFORE_RE = re.compile(
    r"\b(?:no|not|nobody|none|never|yet to)\b[\w ]{0,25}$", re.IGNORECASE
)
"""A cue preceded by a negation in its clause ("no group immediately claimed responsibility")
states nothing."""
NON_ACLED_PATTERNS = tuple((re.compile(p, re.IGNORECASE), code) for p, code in NON_ACLED_CUES)


# --- accidental discharges -------------------------------------------------------------------

ACCIDENTAL_DISCHARGE_CUES = (
    r"\b(?:accidental(?:ly)?|unintentional(?:ly)?|inadvertent(?:ly)?)\b"
    r"|\b(?:by|on) accident\b|\b(?:was|is|been|be) (?:a |an )?(?:tragic |terrible )?accident\b"
    r"|\b(?:gun|handgun|firearm|hunting|shooting|rifle|pistol) accidents?\b"
    r"|\b(?:gun|handgun|pistol|rifle|shotgun|firearm|weapon|revolver|round)s?\b"
    r"(?: \w+){0,4} (?:went off|goes off|go off|discharged|misfired)\b"
)
"""A firearm fired by mistake: "accidentally shot his brother", "an accidental discharge",
"the gun went off while he was cleaning it", "a round discharged". ACLED codes political
violence and demonstrations, acts someone meant; an accident is none (CASE 2021 counts it
with the man-made disasters), so such a report gets no event type. A legal charge of
"discharging a firearm" is not a cue: the weapon must be the subject."""
ACCIDENTAL_DISCHARGE_RE = re.compile(ACCIDENTAL_DISCHARGE_CUES, re.IGNORECASE)

UNSURE_BEFORE_RE = re.compile(
    r"\b(?:no|not|never|nothing|whether|if|unclear|unknown|determine|rule out|ruled out"
    r"|doubt\w*)\b[^.;!?]{0,60}$",
    re.IGNORECASE,
)
"""An accident cue its clause denies or leaves open ("not accidental", "trying to determine if
the shooting was accidental", "rule out whether it was accidental"): no cue."""
UNSURE_AFTER_RE = re.compile(r"\s*or (?:intentional|deliberate|criminal|not)\b", re.IGNORECASE)
"""A cue set against intent ("accidental or intentional"): the report does not know."""

FOUND_HARMED_WORDS = frozenset({"dead", "shot", "stabbed", "slain"})
"""What a victim was found ("was found dead", "found shot"): the one found is a victim
(`people._verb_role`)."""
FOUND_STATE_WORDS = FOUND_HARMED_WORDS | {"wounded", "unresponsive"}
"""What someone was found, harmed or in a state that tells harm ("found unresponsive"): the
day found is the day of the violence when nobody saw it (`segment._found_hurt`)."""
