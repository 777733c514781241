"""German: people words, casualty words, numbers, dates and place words."""

from __future__ import annotations

from newsledger.lang import (
    CasualtyWords,
    DateWords,
    LanguageData,
    NumberWords,
    table,
    words,
)
from newsledger.lang import (
    phrases as _phrases,
)

ACTORS: dict[str, str] = {
    **table(
        "police",
        "polizei polizist polizisten polizistin polizistinnen beamte beamten beamter beamtin "
        "beamtinnen polizeibeamte polizeibeamten einsatzkräfte sicherheitskräfte gendarm "
        "gendarmen gendarmerie bereitschaftspolizei bundespolizei grenzpolizei crs "
        "ordnungskräfte",
    ),
    **table("military", "soldat soldaten armee militär bundeswehr truppen"),
    **table(
        "migrants",
        "migrant migranten migrantin migrantinnen flüchtling flüchtlinge flüchtlingen "
        "geflüchtete geflüchteten asylbewerber asylsuchende asylsuchenden schutzsuchende",
    ),
    **table("protesters", "teilnehmer teilnehmern teilnehmerinnen"),
    **table(
        "protesters",
        "demonstrant demonstranten demonstrantin demonstrantinnen protestierende "
        "protestierenden demonstrierende demonstrierenden",
    ),
    **table(
        "rioters",
        "randalierer randalierende randalierenden krawallmacher plünderer hooligans chaoten "
        "angreifer vermummte vermummten",
    ),
    **table("activists", "aktivist aktivisten aktivistin aktivistinnen helfer freiwillige"),
    **table(
        "civilians",
        "zivilist zivilisten passant passanten anwohner anwohnerin einwohner menschen personen "
        "person mann männer frau frauen kind kinder lkw-fahrer fernfahrer lastwagenfahrer fahrer "
        "lkw-fahrerin journalist journalisten jugendlicher jugendliche jugendlichen "
        # dative plurals ("von drei Männern angegriffen", "mit den Anwohnern")
        "männern kindern anwohnern einwohnern fahrern",
    ),
    **table("government", "regierung behörden präfektur ministerium innenministerium"),
}
"""German people words -> actor group."""

ACTOR_SUFFIXES = {
    "polizisten": "police",
    "polizist": "police",
    "beamte": "police",
    "beamten": "police",
    "migranten": "migrants",
    "flüchtlinge": "migrants",
    "fahrer": "civilians",
    "jähriger": "civilians",
    "jährige": "civilians",
    "jährigen": "civilians",
}
"""Compound heads ("Grenzpolizisten", "Bundesbeamte", "Lkw-Fahrer"), and people named by
their age ("ein 24-Jähriger", "einer 19-Jährigen")."""

CASUALTIES = CasualtyWords(
    killed=words(
        "getötet tot tote toter toten todesopfer gestorben starb starben erschossen erstochen "
        "umgekommen verstorben ertrunken ertranken ertrank"
    ),
    injured=words(
        "verletzt verletzte verletzten verletzter schwerverletzt schwerverletzte "
        "schwerverletzten leichtverletzt leichtverletzte leichtverletzten verwundet verwundete "
        "verwundeten verletzungen prellungen"
    ),
    arrested=words(
        "festgenommen verhaftet inhaftiert festnahmen verhaftungen festgesetzt"
    ),
    hospitalised=words("krankenhaus krankenhäuser klinik kliniken hospitalisiert"),
    wounds=words("verletzung verletzungen"),
    phrases={"ums leben": "killed", "in gewahrsam": "arrested"},
    separable={"fest": (words("nahm nahmen nimmt nehmen"), "arrested")},
)

NUMBERS = NumberWords(
    word_pattern=(
        r"^(?:ein|eins|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf"
        r"|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert"
        r"|tausend|und)+$"
    ),
    not_number_words=words("ein eine einen einem einer eines und"),
    magnitudes={"hundert": 100, "tausend": 1_000},
    indefinite_one=words("ein eine einen"),
    approx_nouns={"dutzend": 12},
    vague_amounts={
        ("zehntausende",): (20_000, 99_999),
        ("hunderttausende",): (200_000, 999_999),
        ("einige", "hundert"): (200, 999),
        ("mehrere", "hundert"): (200, 999),
        ("einige", "tausend"): (2_000, 9_999),
        ("mehrere", "tausend"): (2_000, 9_999),
        ("dutzende",): (24, 99),
        ("dutzenden",): (24, 99),
        ("hunderte",): (200, 999),
        ("hunderten",): (200, 999),
        ("tausende",): (2_000, 9_999),
        ("tausenden",): (2_000, 9_999),
        ("mehrere",): (3, 9),
        ("einige",): (2, 9),
    },
    vague_needs_noun=words("mehrere einige"),
    unit_words=words(
        "sekunde sekunden minute minuten stunde stunden uhr tag tage tagen woche wochen monat "
        "monate monaten jahr jahre jahren jährige jähriger jährigen prozent meter kilometer euro"
    ),
    months=words("januar jänner februar märz mai juni juli august oktober dezember"),
    qualifiers=(
        (
            r"\b(?:mindestens|wenigstens|mehr\s+als|über|nicht\s+weniger\s+als|gut|weit\s+über)",
            "at_least",
        ),
        (r"\b(?:bis\s+zu|höchstens|maximal|weniger\s+als|unter|knapp\s+unter)", "at_most"),
        (r"\b(?:rund|etwa|ungefähr|circa|ca\.|zirka|annähernd|knapp|fast|beinahe|gegen)", "approx"),
    ),
    range_joiner=r"^\s*(?:-|–|bis|oder|und)\s*$",
    range_lead=r"\bzwischen\s*$",
    of_words=words("von"),
)

DATES = DateWords(
    day_parts={
        "morgen": "morning",
        "früh": "morning",
        "vormittag": "morning",
        "mittag": "midday",
        "nachmittag": "afternoon",
        "abend": "evening",
        "nacht": "night",
    },
    extra_weekdays={"sonnabend": 5},
    night_spans=(
        r"(?:in\s+der\s+)?Nacht\s+(?:zum|zu|auf\s+den|auf)\s+(?P<to>{wd})",
        r"(?:in\s+der\s+)?Nacht\s+(?:von|vom)\s+(?P<wd>{wd})\s+(?:auf|zum|zu|bis)\s+(?:den\s+)?{wd}",
    ),
    last_before=r"(?:am\s+)?(?:vergangenen|letzten|vorigen)",
    relative_parts=(
        (r"gestern\s+(?:Abend|abend)", 1, "evening"),
        (r"gestern\s+(?:Nacht|nacht)", 1, "night"),
        (r"gestern\s+(?:Morgen|morgen|früh)", 1, "morning"),
        (r"gestern\s+(?:Nachmittag|nachmittag)", 1, "afternoon"),
        (r"(?:letzte|vergangene)\s+Nacht", 1, "night"),
        (r"heute\s+(?:Morgen|morgen|früh)", 0, "morning"),
    ),
    night_words=r"die\s+ganze\s+Nacht|nachts|in\s+der\s+Nacht",
    ago=r"vor\s+\w+\s+(?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)",
    clock_leads=r"um|gegen|ab",
    clock_unit=r"Uhr",
)

WEAPONS: dict[str, str] = {
    **dict.fromkeys(_phrases("stein steine steinen pflastersteine pflastersteinen"), "stones"),
    **dict.fromkeys(_phrases("tränengas reizgas"), "tear gas"),
    **dict.fromkeys(_phrases("wasserwerfer wasserwerfern"), "water cannon"),
    **dict.fromkeys(_phrases("eisenstangen eisenstange"), "iron bars"),
    **dict.fromkeys(_phrases("stöcke stöcken knüppel knüppeln"), "sticks"),
    **dict.fromkeys(_phrases("schlagstöcke schlagstöcken"), "batons"),
    **dict.fromkeys(_phrases("messer messern"), "knives"),
    **dict.fromkeys(_phrases("schusswaffe schusswaffen pistole pistolen gewehr"), "firearms"),
    **dict.fromkeys(
        _phrases("feuerwerkskörper feuerwerkskörpern böller böllern pyrotechnik"), "fireworks"
    ),
    **dict.fromkeys(
        _phrases("molotowcocktails molotow-cocktails brandsätze brandsätzen"),
        "molotov cocktails",
    ),
    **dict.fromkeys(_phrases("gummigeschosse gummigeschossen"), "defence bullets"),
    **dict.fromkeys(_phrases("wurfgeschosse wurfgeschossen flaschen"), "projectiles"),
}
"""Weapon words -> normalised name ("_" joins the words of a phrase)."""


THE_CHANNEL = r"Ärmelkanals?"
"""The Channel ("der Ärmelkanal", "des Ärmelkanals"): a sea name and the sea area."""


LANGUAGE = LanguageData(
    code="de",
    name="German",
    actors=ACTORS,
    actor_suffixes=ACTOR_SUFFIXES,
    casualties=CASUALTIES,
    clash_words=words(
        "zusammenstöße zusammenstößen zusammenstoß auseinandersetzungen auseinandersetzung "
        "schlägerei schlägereien ausschreitungen krawalle rangeleien handgemenge aneinander"
    ),
    attack_words=words(
        "griffen griff angegriffen angriff angriffe attackiert attackierten attackierte "
        "bewarfen beworfen warfen schlugen geschlagen schossen schoss"
    ),
    attack_participles=words("angegriffen attackiert beworfen geschlagen"),
    protest_words=words(
        "demonstration demonstrationen demonstrierten demonstrierte protest "
        "proteste protestierten kundgebung kundgebungen mahnwache protestmarsch"
    ),
    assault_words=words(
        "schießerei schießereien schüsse schüssen schuss schusswaffenangriff angeschossen "
        "niedergeschossen erschossen messerangriff messerangriffe messerattacke messerstecherei "
        "messerstiche messerstichen niedergestochen erstochen stichverletzungen schussverletzungen"
    ),
    perpetrators=words(
        "tatverdächtige tatverdächtigen tatverdächtiger verdächtige verdächtigen verdächtiger "
        "täter täterin schütze schützen messerstecher"
    ),
    others_words=words("weitere weiteren"),
    clearance_words=words("geräumt räumung räumten räumte aufgelöst"),
    collective_nouns=words(
        "polizei armee bundeswehr gendarmerie bundespolizei bereitschaftspolizei regierung "
        "behörden"
    ),
    singular_articles=words("der ein einen einem eines"),
    passive_auxiliaries=words("wurde wurden worden"),
    target_preps=words("gegen auf"),
    agent_preps=words("von"),
    subset_after=r"von\s+ihnen|davon",
    among_words=words("unter darunter"),
    negations=words("nicht kein keine keiner niemand"),
    clause_words=words("die der das denen deren welche aber während als nachdem weil da wobei"),
    weapons=WEAPONS,
    statistic_markers=(
        r"\b(?:im|seit)\s+(?:jahr\s+)?(?:19|20)\d\d\b",
        r"\b(?:in\s+diesem|dieses|pro|im\s+vergangenen|im\s+letzten)\s+jahr\b",
        r"\bseit\s+(?:jahresbeginn|jahresanfang|anfang\s+des\s+jahres|januar)\b",
        r"\bbisher\b|\bjährlich\b",
    ),
    demonyms={
        **dict.fromkeys(words("franzose franzosen französisch französische"), "FR"),
        **dict.fromkeys(
            words("brite briten britisch britische britischen engländer englisch englische"),
            "GB",
        ),
        **dict.fromkeys(words("deutscher deutsche deutschen"), "DE"),
        **dict.fromkeys(words("italiener italienisch italienische"), "IT"),
        **dict.fromkeys(words("spanier spanisch spanische"), "ES"),
        **dict.fromkeys(words("portugiese portugiesen portugiesisch portugiesische"), "PT"),
        **dict.fromkeys(words("niederländer niederländisch niederländische"), "NL"),
        **dict.fromkeys(words("belgier belgisch belgische"), "BE"),
        **dict.fromkeys(words("polnisch polnische polnischen"), "PL"),
        **dict.fromkeys(words("rumäne rumänen rumänisch rumänische"), "RO"),
        **dict.fromkeys(words("afghane afghanen afghanisch"), "AF"),
        **dict.fromkeys(words("syrer syrisch syrische"), "SY"),
        **dict.fromkeys(words("iraker irakisch irakische"), "IQ"),
        **dict.fromkeys(words("iraner iranisch iranische"), "IR"),
        **dict.fromkeys(words("eritreer eritreisch"), "ER"),
        **dict.fromkeys(words("sudanesen sudanesisch"), "SD"),
    },
    sea_names=(THE_CHANNEL, r"Nordsee", r"Ostsee", r"Mittelmeers?"),
    sea_areas={THE_CHANNEL: "english_channel"},
    sea_near_preps=("vor",),
    capitalised_nouns=True,
    locatives=("in", "im", "bei", "nahe", "nach", "aus"),
    place_nouns=(r"(?:Stadt|Gemeinde|Hafen|Hafenstadt|Ort|Region|Strand)\s+(?:von\s+)?",),
    near_cues=(
        r"vor\s+der\s+Küste\s+(?:von|bei)",
        r"in\s+der\s+Nähe\s+von",
        r"nahe",
    ),
    publication_stamps=(
        r"veröffentlicht\s+am",
        r"publiziert(?:\s+am)?",
        r"aktualisiert\s+am",
        r"stand\s*:",
        r"erstellt\s+am",
    ),
    numbers=NUMBERS,
    dates=DATES,
)
