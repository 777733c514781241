"""Italian: people words, casualty words, numbers, dates and place words."""

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
        "polizia poliziotto poliziotti poliziotta poliziotte agente agenti carabiniere "
        "carabinieri gendarme gendarmi finanzieri forze crs",
    ),
    **table("military", "militare militari soldato soldati esercito"),
    **table("migrants", "migrante migranti profugo profughi rifugiato rifugiati clandestini"),
    **table("protesters", "partecipanti"),
    **table("protesters", "manifestante manifestanti dimostranti contestatori"),
    **table("rioters", "rivoltosi facinorosi teppisti vandali ultras aggressori incappucciati"),
    **table("activists", "attivista attivisti volontario volontari"),
    **table(
        "civilians",
        "civile civili passante passanti residente residenti abitante abitanti persona persone "
        "uomo uomini donna donne bambino bambini camionista camionisti autista autisti conducente "
        "giornalista giornalisti tifosi ragazzo ragazza ragazzi ragazze giovane giovani",
    ),
    **table("government", "governo prefettura autorità ministero viminale"),
}
"""Italian people words -> actor group (the phrases are in ACTOR_PHRASES)."""

CASUALTIES = CasualtyWords(
    killed=words(
        "morti morto morta morte uccisi ucciso uccisa uccise deceduti deceduto deceduta morirono "
        "morì freddato freddata freddati annegati annegato annegata annegate "
        "annegarono"
    ),
    injured=words(
        "feriti ferito ferita ferite contusi contuso contusa contusioni lesioni escoriazioni"
    ),
    arrested=words("arrestati arrestato arrestata arrestate fermati fermato fermata arresti"),
    hospitalised=words("ospedale ospedali ricoverati ricoverato ricoverata ospedalizzati"),
    wounds=words("ferita ferite lesione"),
    phrases={"perso la vita": "killed", "pronto soccorso": "hospitalised"},
)

NUMBERS = NumberWords(
    word_pattern=(
        r"^(?:uno|una|un|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"
        r"|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent"
        r"|trenta|trent|quaranta|quarant|cinquanta|cinquant|sessanta|sessant|settanta"
        r"|settant|ottanta|ottant|novanta|novant|cento|cent|mille|mila)+$"
    ),
    not_number_words=words("un una uno"),
    magnitudes={"mila": 1_000, "mille": 1_000},
    indefinite_one=words("un una uno"),
    approx_nouns={
        "decina": 10,
        "dozzina": 12,
        "quindicina": 15,
        "ventina": 20,
        "trentina": 30,
        "quarantina": 40,
        "cinquantina": 50,
        "sessantina": 60,
        "centinaio": 100,
        "migliaio": 1_000,
    },
    vague_amounts={
        # "alcune decine" (some tens): one vague amount, not "alcune" (2-9) and "decine"
        # "alcune decine di migliaia": one range of tens of thousands, not tens and thousands
        ("alcune", "decine", "di", "migliaia"): (20_000, 99_999),
        ("alcune", "centinaia", "di", "migliaia"): (200_000, 999_999),
        ("decine", "di", "migliaia"): (20_000, 99_999),
        ("centinaia", "di", "migliaia"): (200_000, 999_999),
        # "diverse decine", "varie centinaia" (several tens, hundreds): three of them or more
        ("diverse", "decine"): (30, 99),
        ("varie", "decine"): (30, 99),
        ("diverse", "centinaia"): (300, 999),
        ("varie", "centinaia"): (300, 999),
        ("diverse", "migliaia"): (3_000, 9_999),
        ("varie", "migliaia"): (3_000, 9_999),
        # "qualche decina" (a few tens, with the singular noun)
        ("qualche", "decina"): (20, 99),
        ("qualche", "centinaio"): (200, 999),
        ("qualche", "migliaio"): (2_000, 9_999),
        ("alcune", "decine"): (20, 99),
        ("alcune", "centinaia"): (200, 999),
        ("alcune", "migliaia"): (2_000, 9_999),
        ("decine",): (20, 99),
        ("centinaia",): (200, 999),
        ("migliaia",): (2_000, 9_999),
        ("diversi",): (3, 9),
        ("diverse",): (3, 9),
        ("alcuni",): (2, 9),
        ("alcune",): (2, 9),
        ("vari",): (3, 9),
        ("varie",): (3, 9),
    },
    vague_needs_noun=words("diversi diverse alcuni alcune vari varie"),
    unit_words=words(
        "secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni "
        "percento metri chilometri euro"
    ),
    months=words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ),
    qualifiers=(
        (r"\b(?:almeno|più\s+di|oltre|non\s+meno\s+di)", "at_least"),
        (r"\b(?:fino\s+a|al\s+massimo|meno\s+di)", "at_most"),
        (r"\b(?:circa|quasi|intorno\s+a|attorno\s+a|all'incirca)", "approx"),
    ),
    range_joiner=r"^\s*(?:-|–|a|o|e)\s*$",
    range_lead=r"\btra\s*$|\bfra\s*$",
    of_words=words("di"),
)

DATES = DateWords(
    day_parts={
        "mattina": "morning",
        "mattino": "morning",
        "mattinata": "morning",
        "pomeriggio": "afternoon",
        "sera": "evening",
        "serata": "evening",
        "notte": "night",
    },
    night_spans=(
        r"(?:nella\s+)?notte\s+(?:tra|fra)\s+(?P<wd>{wd})\s+e\s+{wd}",
        r"(?:nella\s+)?notte\s+(?:di|del)\s+(?P<wd>{wd})",
    ),
    last_after=r"scors[oa]",
    relative_parts=(
        (r"ieri\s+sera", 1, "evening"),
        (r"ieri\s+mattina", 1, "morning"),
        (r"ieri\s+pomeriggio", 1, "afternoon"),
        (r"ieri\s+notte|stanotte|questa\s+notte|la\s+notte\s+scorsa|la\s+scorsa\s+notte", 1,
         "night"),
        (r"stamattina|stamani|questa\s+mattina", 0, "morning"),
    ),
    night_words=r"nella\s+notte|in\s+nottata|durante\s+la\s+notte|per\s+gran\s+parte\s+della\s+notte"
    r"|tutta\s+la\s+notte",
    ago=r"\w+\s+(?:giorno|giorni|settimana|settimane|mese|mesi|anno|anni)\s+fa",
    clock_leads=r"alle|verso\s+le|intorno\s+alle|dalle",
    clock_unit=r"",
)

WEAPONS: dict[str, str] = {
    **dict.fromkeys(_phrases("pietre pietra sassi sasso"), "stones"),
    **dict.fromkeys(_phrases("lacrimogeni lacrimogeno"), "tear gas"),
    **dict.fromkeys(_phrases("idranti idrante"), "water cannon"),
    **dict.fromkeys(_phrases("spranghe"), "iron bars"),
    **dict.fromkeys(_phrases("bastoni bastone"), "sticks"),
    **dict.fromkeys(_phrases("coltello coltelli"), "knives"),
    **dict.fromkeys(_phrases("pistola pistole fucile fucili"), "firearms"),
    **dict.fromkeys(_phrases("petardi bombe_carta fuochi_d'artificio"), "fireworks"),
    **dict.fromkeys(_phrases("molotov"), "molotov cocktails"),
    **dict.fromkeys(_phrases("proiettili_di_gomma"), "defence bullets"),
    **dict.fromkeys(_phrases("bottiglie oggetti"), "projectiles"),
}
"""Weapon words -> normalised name ("_" joins the words of a phrase)."""


THE_CHANNEL = r"Canale\s+della\s+Manica|(?<=la )Manica"
"""The Channel ("il Canale della Manica", "la Manica", "nella / sulla / della Manica": each
ends in "la "): a sea name and the sea area."""


LANGUAGE = LanguageData(
    code="it",
    name="Italian",
    actors=ACTORS,
    casualties=CASUALTIES,
    clash_words=words("scontri scontro tafferugli rissa risse scontrati scontrate"),
    attack_words=words(
        "attaccato attaccati attaccata attaccato attaccano attacco aggredito aggrediti aggredita "
        "aggressione assalto assaltato lanciato lanciando lanciati colpito colpiti sparato "
        "spararono"
    ),
    attack_participles=words(
        "attaccato attaccati attaccata aggredito aggrediti aggredita colpito colpiti assaltato"
    ),
    protest_words=words(
        "manifestazione manifestazioni corteo cortei "
        "presidio protesta proteste protestato fiaccolata"
    ),
    assault_words=words(
        "sparatoria sparatorie spari sparo accoltellato accoltellata accoltellati accoltellate "
        "accoltellamento accoltellamenti coltellata coltellate freddato freddata freddati "
        "gambizzato gambizzata"
    ),
    assault_phrases=frozenset(  # "ucciso a colpi di pistola": shot dead
        _phrases("colpi_di_pistola colpi_di_fucile colpi_d'_arma colpi_di_arma colpo_di_pistola "
                 "colpo_di_fucile")
    ),
    perpetrators=words("sospettato sospettata sospettati indagato indagati killer omicida"),
    others_words=words("altri altre"),
    clearance_words=words("sgomberato sgomberata sgombero sgomberati smantellato sgomberare"),
    collective_nouns=words("polizia esercito governo prefettura"),
    singular_articles=words("il lo la l' un uno una"),
    passive_auxiliaries=words("stato stati stata state venuti venne vennero"),
    target_preps=words("contro"),
    agent_preps=words("da dai dagli dalla dalle"),
    subset_after=r"di\s+(?:loro|cui|essi|questi)",
    among_words=words("tra fra"),
    negations=words("non nessun nessuno"),
    clause_words=words("che ma mentre quando dopo perché dove"),
    weapons=WEAPONS,
    statistic_markers=(
        r"\b(?:nel|dal)\s+(?:19|20)\d\d\b",
        r"\bquest['’]anno\b|\bl['’]anno\s+scorso\b|\ball['’]anno\b",
        r"\bdall['’]inizio\s+dell['’]anno\b|\bda\s+gennaio\b|\bfinora\b",
    ),
    demonyms={
        **dict.fromkeys(words("francese francesi"), "FR"),
        **dict.fromkeys(words("britannico britannica britannici britanniche inglese inglesi"),
                        "GB"),
        **dict.fromkeys(words("tedesco tedesca tedeschi tedesche"), "DE"),
        **dict.fromkeys(words("italiano italiana italiani italiane"), "IT"),
        **dict.fromkeys(words("spagnolo spagnola spagnoli"), "ES"),
        **dict.fromkeys(words("portoghese portoghesi"), "PT"),
        **dict.fromkeys(words("olandese olandesi"), "NL"),
        **dict.fromkeys(words("belga belgi"), "BE"),
        **dict.fromkeys(words("polacco polacca polacchi polacche"), "PL"),
        **dict.fromkeys(words("rumeno rumena rumeni romeno romeni"), "RO"),
        **dict.fromkeys(words("afghano afghani"), "AF"),
        **dict.fromkeys(words("siriano siriani"), "SY"),
        **dict.fromkeys(words("iracheno iracheni"), "IQ"),
        **dict.fromkeys(words("iraniano iraniani"), "IR"),
        **dict.fromkeys(words("eritreo eritrei"), "ER"),
        **dict.fromkeys(words("sudanese sudanesi"), "SD"),
    },
    # a bare "Manica" is never a town (Mozambique's) in an Italian report, but the sea area
    # only after an article (THE_CHANNEL)
    sea_names=(THE_CHANNEL, r"Manica", r"Mare\s+del\s+Nord", r"Mediterraneo"),
    sea_areas={THE_CHANNEL: "english_channel"},
    locatives=("a", "ad", "in", "presso", "vicino a", "da"),
    place_nouns=(r"(?:città|comune|porto|paese|regione|provincia|spiaggia)\s+di\s+",),
    near_cues=(r"al\s+largo\s+di", r"nei\s+pressi\s+di", r"vicino\s+a", r"alle\s+porte\s+di"),
    publication_stamps=(
        r"pubblicato(?:\s+il)?",
        r"aggiornato(?:\s+il)?",
    ),
    numbers=NUMBERS,
    dates=DATES,
)
