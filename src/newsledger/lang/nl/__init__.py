"""Dutch: people words, casualty words, numbers, dates and place words."""

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
        "politie agent agenten politieagent politieagenten marechaussee marechaussees "
        "gendarme gendarmes gendarmerie politiemensen agente agentes crs",
    ),
    **table("military", "militair militairen soldaat soldaten leger"),
    **table(
        "migrants",
        "migrant migranten vluchteling vluchtelingen asielzoeker asielzoekers transmigranten",
    ),
    **table("protesters", "deelnemers"),
    **table("protesters", "demonstrant demonstranten betoger betogers actievoerders"),
    **table(
        "rioters",
        "relschopper relschoppers raddraaiers plunderaars hooligans vandalen aanvallers",
    ),
    **table("activists", "activist activisten vrijwilliger vrijwilligers hulpverleners"),
    **table(
        "civilians",
        "burger burgers omstander omstanders voorbijganger voorbijgangers bewoner bewoners "
        "buurtbewoners mensen personen persoon man mannen vrouw vrouwen kind kinderen "
        "vrachtwagenchauffeur vrachtwagenchauffeurs chauffeur chauffeurs journalist journalisten "
        "supporters jongen jongens jongeman",
    ),
    **table("government", "regering overheid autoriteiten prefectuur ministerie"),
}
"""Dutch people words -> actor group."""

ACTOR_SUFFIXES = {
    "agenten": "police",
    "agent": "police",
    "politie": "police",
    "migranten": "migrants",
    "chauffeur": "civilians",
    "jarige": "civilians",
}
"""Compound heads ("politieagenten", "grensagenten"), and people named by their age ("een
24-jarige")."""

CASUALTIES = CasualtyWords(
    killed=words(
        "doden dode dood gedood omgekomen overleden overleed overlijdt doodgeschoten "
        "doodgestoken stierven stierf verdronken verdronk"
    ),
    injured=words(
        "gewond gewonden gewonde verwond verwonde lichtgewond zwaargewond lichtgewonden "
        "zwaargewonden verwondingen kneuzingen"
    ),
    arrested=words(
        "aangehouden gearresteerd opgepakt arrestaties aanhoudingen arresteerde arresteerden"
    ),
    hospitalised=words("ziekenhuis ziekenhuizen"),
    wounds=words("verwonding"),
    phrases={"om het leven": "killed", "in hechtenis": "arrested"},
    separable={
        "aan": (words("hield hielden houdt"), "arrested"),
        "op": (words("pakte pakten pakt"), "arrested"),
    },
)

NUMBERS = NumberWords(
    word_pattern=(
        r"^(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien"
        r"|veertien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd"
        r"|duizend|en|ën)+$"
    ),
    not_number_words=words("een en ën eens"),
    magnitudes={"honderd": 100, "duizend": 1_000},
    indefinite_one=words("een"),
    approx_nouns={
        "dozijn": 12,
        "tiental": 10,
        "twintigtal": 20,
        "dertigtal": 30,
        "veertigtal": 40,
        "vijftigtal": 50,
        "zestigtal": 60,
        "honderdtal": 100,
    },
    vague_amounts={
        ("tienduizenden",): (20_000, 99_999),
        ("honderdduizenden",): (200_000, 999_999),
        ("enkele", "tientallen"): (20, 99),
        ("enkele", "honderden"): (200, 999),
        ("enkele", "duizenden"): (2_000, 9_999),
        ("tientallen",): (20, 99),
        ("honderden",): (200, 999),
        ("duizenden",): (2_000, 9_999),
        ("meerdere",): (3, 9),
        ("verscheidene",): (3, 9),
        ("enkele",): (2, 9),
    },
    vague_needs_noun=words("meerdere verscheidene enkele"),
    unit_words=words(
        "seconden minuut minuten uur dag dagen week weken maand maanden jaar jarige procent "
        "meter kilometer euro"
    ),
    months=words("januari februari maart mei augustus"),
    qualifiers=(
        (r"\b(?:minstens|ten\s+minste|tenminste|meer\s+dan|ruim|zeker|minimaal)", "at_least"),
        (r"\b(?:hooguit|maximaal|ten\s+hoogste|minder\s+dan|tot\s+wel|tot)", "at_most"),
        (
            r"(?:\bongeveer|\bcirca|\bca\.|\bzo['’]n|\brond\s+de|\brond|\bbijna|\bnagenoeg)",
            "approx",
        ),
    ),
    range_joiner=r"^\s*(?:-|–|tot|à|of|en)\s*$",
    range_lead=r"\btussen(?:\s+de)?\s*$",
    of_words=words("van"),
)

DATES = DateWords(
    day_parts={
        "ochtend": "morning",
        "morgen": "morning",
        "voormiddag": "morning",
        "middag": "afternoon",
        "namiddag": "afternoon",
        "avond": "evening",
        "nacht": "night",
    },
    night_spans=(
        r"(?:in\s+)?de\s+nacht\s+(?:op|naar)\s+(?P<to>{wd})",
        r"(?:in\s+)?de\s+nacht\s+van\s+(?P<wd>{wd})\s+(?:op|naar|tot)\s+{wd}",
    ),
    last_before=r"(?:afgelopen|vorige)",
    relative_parts=(
        (r"gisteravond", 1, "evening"),
        (r"gisternacht", 1, "night"),
        (r"gisterochtend|gistermorgen", 1, "morning"),
        (r"gistermiddag", 1, "afternoon"),
        (r"vannacht|afgelopen\s+nacht", 1, "night"),
        (r"vanochtend|vanmorgen", 0, "morning"),
    ),
    night_words=r"de\s+hele\s+nacht|'s\s+nachts|in\s+de\s+nacht",
    ago=r"\w+\s+(?:dag|dagen|week|weken|maand|maanden|jaar)\s+geleden",
    clock_leads=r"om|rond|omstreeks",
    clock_unit=r"uur",
)

WEAPONS: dict[str, str] = {
    **dict.fromkeys(_phrases("stenen steen straatstenen"), "stones"),
    **dict.fromkeys(_phrases("traangas traangasgranaten"), "tear gas"),
    **dict.fromkeys(_phrases("waterkanon waterkanonnen"), "water cannon"),
    **dict.fromkeys(_phrases("ijzeren_staven"), "iron bars"),
    **dict.fromkeys(_phrases("stokken stok knuppels"), "sticks"),
    **dict.fromkeys(_phrases("mes messen"), "knives"),
    **dict.fromkeys(_phrases("vuurwapen vuurwapens pistool"), "firearms"),
    **dict.fromkeys(_phrases("vuurwerk vuurwerkbommen"), "fireworks"),
    **dict.fromkeys(_phrases("molotovcocktails"), "molotov cocktails"),
    **dict.fromkeys(_phrases("rubberkogels"), "defence bullets"),
    **dict.fromkeys(_phrases("flessen"), "projectiles"),
}
"""Weapon words -> normalised name ("_" joins the words of a phrase)."""


THE_CHANNEL = r"(?<=[Hh]et )Kanaal"
"""The Channel ("het Kanaal", "Het Kanaal" opening a sentence): a sea name and the sea area; a
"kanaal" without the article is any canal."""


LANGUAGE = LanguageData(
    code="nl",
    name="Dutch",
    actors=ACTORS,
    actor_suffixes=ACTOR_SUFFIXES,
    casualties=CASUALTIES,
    clash_words=words(
        "botsingen botsing confrontaties confrontatie slaags vechtpartij vechtpartijen "
        "schermutselingen ongeregeldheden rellen"
    ),
    attack_words=words(
        "vielen viel aangevallen aanval aanvallen bekogeld bekogelden gooiden belaagd "
        "mishandeld sloegen schoten beschoten"
    ),
    attack_participles=words("aangevallen bekogeld belaagd mishandeld"),
    protest_words=words(
        "demonstratie demonstraties betoging betogingen "
        "protest protesten protestmars manifestatie demonstreerden"
    ),
    assault_words=words(
        "schietpartij schietpartijen schietincident schoten neergeschoten doodgeschoten "
        "steekpartij steekpartijen steekincident neergestoken doodgestoken messteek messteken"
    ),
    perpetrators=words("verdachte verdachten dader daders schutter schutters"),
    others_words=words("anderen andere"),
    clearance_words=words("ontruimd ontruiming ontruimde ontmanteld"),
    collective_nouns=words("politie leger marechaussee regering overheid"),
    singular_articles=words("het een"),
    number_ambiguous_articles=words("de"),
    singular_people=words(
        "agent agente politieagent marechaussee gendarme militair soldaat migrant vluchteling "
        "asielzoeker demonstrant betoger relschopper activist vrijwilliger burger omstander "
        "voorbijganger bewoner persoon man vrouw jongen jongeman chauffeur "
        "vrachtwagenchauffeur journalist verdachte dader schutter jarige"
    ),
    passive_auxiliaries=words("werd werden geworden"),
    target_preps=words("tegen op"),
    agent_preps=words("door"),
    subset_after=r"van\s+(?:hen|wie)|daarvan",
    among_words=words("onder waaronder"),
    negations=words("niet geen niemand"),
    clause_words=words("die dat maar terwijl toen nadat omdat waarbij"),
    weapons=WEAPONS,
    statistic_markers=(
        r"\b(?:in|sinds)\s+(?:19|20)\d\d\b",
        r"\b(?:dit|per|vorig|afgelopen)\s+jaar\b",
        r"\bsinds\s+(?:het\s+begin\s+van\s+het\s+jaar|januari|begin\s+dit\s+jaar)\b",
        r"\btot\s+nu\s+toe\b|\bjaarlijks\b",
    ),
    demonyms={
        **dict.fromkeys(words("fransman fransen franse"), "FR"),
        **dict.fromkeys(words("brit britten brits britse engelsman engelsen engelse engels"), "GB"),
        **dict.fromkeys(words("duitser duitsers duitse duits"), "DE"),
        **dict.fromkeys(words("italiaan italianen italiaanse italiaans"), "IT"),
        **dict.fromkeys(words("spanjaard spanjaarden spaanse spaans"), "ES"),
        **dict.fromkeys(words("portugees portugezen portugese"), "PT"),
        **dict.fromkeys(words("nederlander nederlanders nederlandse nederlands"), "NL"),
        **dict.fromkeys(words("belg belgen belgische"), "BE"),
        **dict.fromkeys(words("poolse"), "PL"),
        **dict.fromkeys(words("roemeen roemenen roemeense"), "RO"),
        **dict.fromkeys(words("afghaan afghanen afghaanse"), "AF"),
        **dict.fromkeys(words("syriër syriërs syrische"), "SY"),
        **dict.fromkeys(words("irakees irakezen irakese"), "IQ"),
        **dict.fromkeys(words("iraniër iraniërs iraanse"), "IR"),
        **dict.fromkeys(words("eritreeër eritreeërs eritrese"), "ER"),
    },
    sea_names=(THE_CHANNEL, r"Noordzee", r"Middellandse\s+Zee"),
    sea_areas={THE_CHANNEL: "english_channel"},
    sea_near_preps=("voor", "bij"),
    locatives=("in", "bij", "nabij", "naar", "uit", "te"),
    place_nouns=(r"(?:stad|gemeente|haven|havenstad|dorp|regio|strand)\s+(?:van\s+)?",),
    near_cues=(
        r"voor\s+de\s+kust\s+(?:van|bij)",
        r"in\s+de\s+buurt\s+van",
        r"nabij",
    ),
    publication_stamps=(
        r"gepubliceerd\s+op",
        r"(?:laatst\s+)?bijgewerkt\s+op",
        r"geplaatst\s+op",
    ),
    numbers=NUMBERS,
    dates=DATES,
)
