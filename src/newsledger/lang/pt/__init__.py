"""Portuguese: people words, casualty words, numbers, dates and place words."""

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
        "polícia polícias policial policiais agente agentes gendarme gendarmes guardas forças crs",
    ),
    **table("military", "militar militares soldado soldados exército"),
    **table(
        "migrants",
        "migrante migrantes imigrante imigrantes refugiado refugiados clandestinos",
    ),
    **table("protesters", "participantes"),
    **table("protesters", "manifestante manifestantes grevistas"),
    **table("rioters", "desordeiros vândalos arruaceiros saqueadores agressores encapuzados"),
    **table("activists", "ativista ativistas activista activistas voluntário voluntários"),
    **table(
        "civilians",
        "civis transeunte transeuntes morador moradores vizinho vizinhos residente "
        "residentes pessoa "
        "pessoas homem homens mulher mulheres criança crianças camionista camionistas "
        "caminhoneiro caminhoneiros motorista motoristas jornalista jornalistas adeptos jovem "
        "jovens",
    ),
    **table("government", "governo prefeitura autoridades ministério"),
}
"""Portuguese people words -> actor group."""

CASUALTIES = CasualtyWords(
    killed=words(
        "mortos morto morta mortas falecidos falecido assassinados assassinado morreram morreu "
        "afogados afogado afogada afogadas afogaram afogou afogaram-se afogou-se"
    ),
    injured=words(
        "feridos ferido ferida feridas lesionados lesionado ferimentos contusões lesões"
    ),
    arrested=words(
        "detidos detido detida detidas presos preso presa detenções deteve detiveram prendeu "
        "prenderam"
    ),
    hospitalised=words("hospital hospitais hospitalizados hospitalizado internados internado"),
    wounds=words("ferida feridas lesão"),
    phrases={"perderam a vida": "killed", "perdeu a vida": "killed"},
)

NUMBERS = NumberWords(
    word_pattern=(
        r"^(?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze"
        r"|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete|dezoito|dezanove"
        r"|dezenove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem"
        r"|cento|duzentos|duzentas|trezentos|trezentas|quatrocentos|quinhentos|seiscentos"
        r"|setecentos|oitocentos|novecentos|mil)+$"
    ),
    not_number_words=words("um uma"),
    joiners=words("e"),
    magnitudes={"mil": 1_000},
    indefinite_one=words("um uma"),
    approx_nouns={"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1_000},
    vague_amounts={
        # "algumas dezenas" (some tens): one vague amount, not "algumas" (2-9) and "dezenas"
        # "algumas dezenas de milhares": one range of tens of thousands, not tens and thousands
        ("algumas", "dezenas", "de", "milhares"): (20_000, 99_999),
        ("algumas", "centenas", "de", "milhares"): (200_000, 999_999),
        ("dezenas", "de", "milhares"): (20_000, 99_999),
        ("centenas", "de", "milhares"): (200_000, 999_999),
        # "várias dezenas", "várias centenas" (several tens, hundreds): three of them or more
        ("várias", "dezenas"): (30, 99),
        ("várias", "centenas"): (300, 999),
        ("vários", "milhares"): (3_000, 9_999),
        ("algumas", "dezenas"): (20, 99),
        ("algumas", "centenas"): (200, 999),
        ("alguns", "milhares"): (2_000, 9_999),
        ("dezenas",): (20, 99),
        ("centenas",): (200, 999),
        ("milhares",): (2_000, 9_999),
        ("vários",): (3, 9),
        ("várias",): (3, 9),
        ("alguns",): (2, 9),
        ("algumas",): (2, 9),
    },
    vague_needs_noun=words("vários várias alguns algumas"),
    unit_words=words(
        "segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos "
        "metros quilómetros quilômetros euros"
    ),
    months=words(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro"
    ),
    qualifiers=(
        (r"\b(?:pelo\s+menos|no\s+mínimo|mais\s+de)", "at_least"),
        (r"\b(?:até|no\s+máximo|menos\s+de)", "at_most"),
        (r"\b(?:cerca\s+de|perto\s+de|aproximadamente|quase|por\s+volta\s+de|uns|umas)",
         "approx"),
    ),
    range_joiner=r"^\s*(?:-|–|a|ou|e)\s*$",
    range_lead=r"\bentre\s*$",
    of_words=words("de"),
)

DATES = DateWords(
    day_parts={
        "de manhã": "morning",
        "pela manhã": "morning",
        "à tarde": "afternoon",
        "à noite": "night",
        "de madrugada": "early morning",
    },
    night_spans=(
        r"(?:na\s+)?noite\s+de\s+(?P<wd>{wd})(?:\s+para\s+(?:o\s+|a\s+)?{wd})?",
    ),
    last_after=r"passad[oa]",
    relative_parts=(
        (r"ontem\s+à\s+noite", 1, "night"),
        (r"ontem\s+à\s+tarde", 1, "afternoon"),
        (r"ontem\s+de\s+manhã", 1, "morning"),
        (r"esta\s+manhã|hoje\s+de\s+manhã", 0, "morning"),
        (r"esta\s+madrugada", 0, "early morning"),
    ),
    night_words=r"durante\s+a\s+noite|toda\s+a\s+noite|esta\s+noite|de\s+madrugada",
    ago=r"há\s+\w+\s+(?:dia|dias|semana|semanas|mês|meses|ano|anos)",
    clock_leads=r"às|por\s+volta\s+das|pelas",
    clock_unit=r"horas",
)

WEAPONS: dict[str, str] = {
    **dict.fromkeys(_phrases("pedras pedra"), "stones"),
    **dict.fromkeys(
        _phrases("gás_lacrimogéneo gás_lacrimogênio gás_lacrimogêneo lacrimogéneo lacrimogéneos"),
        "tear gas",
    ),
    **dict.fromkeys(_phrases("canhão_de_água canhões_de_água"), "water cannon"),
    **dict.fromkeys(_phrases("barras_de_ferro"), "iron bars"),
    **dict.fromkeys(_phrases("paus pau"), "sticks"),
    **dict.fromkeys(_phrases("faca facas"), "knives"),
    **dict.fromkeys(_phrases("pistola pistolas armas_de_fogo"), "firearms"),
    **dict.fromkeys(_phrases("petardos foguetes very-lights"), "fireworks"),
    **dict.fromkeys(_phrases("cocktails_molotov cocktail_molotov"), "molotov cocktails"),
    **dict.fromkeys(_phrases("balas_de_borracha"), "defence bullets"),
    **dict.fromkeys(_phrases("garrafas objetos"), "projectiles"),
}
"""Weapon words -> normalised name ("_" joins the words of a phrase)."""


THE_CHANNEL = r"Canal\s+da\s+Mancha"
"""The Channel: a sea name and the sea area."""


LANGUAGE = LanguageData(
    code="pt",
    name="Portuguese",
    actors=ACTORS,
    casualties=CASUALTIES,
    clash_words=words("confrontos confronto escaramuças rixa rixas desacatos tumultos"),
    attack_words=words(
        "atacaram atacou atacados atacado agrediram agrediu agredidos agredido agressão "
        "agressões lançaram arremessaram apedrejaram atiraram atirou dispararam disparou"
    ),
    attack_participles=words("atacados atacado atacada agredidos agredido agredida"),
    protest_words=words(
        "manifestação manifestações protesto protestos "
        "marcha concentração protestaram vigília"
    ),
    assault_words=words(
        "tiroteio tiroteios baleado baleada baleados baleadas disparos tiros esfaqueado "
        "esfaqueada esfaqueados esfaqueamento facada facadas"
    ),
    assault_phrases=frozenset(_phrases("a_tiro a_tiros")),  # "morto a tiro": shot dead
    perpetrators=words("suspeito suspeitos atirador atiradores assaltante assaltantes"),
    others_words=words("outros outras"),
    clearance_words=words(
        "desmantelou desmantelamento desmantelado evacuado evacuação desocupação"
    ),
    collective_nouns=words("polícia exército governo"),
    singular_articles=words("o um uma"),
    passive_auxiliaries=words("foi foram sido"),
    target_preps=words("contra"),
    agent_preps=words("por pelos pelas pelo pela"),
    subset_after=r"(?:deles|delas|dos\s+quais|das\s+quais)",
    among_words=words("entre"),
    negations=words("não nenhum nenhuma ninguém"),
    clause_words=words("que mas enquanto quando depois porque onde"),
    weapons=WEAPONS,
    statistic_markers=(
        r"\b(?:em|desde)\s+(?:19|20)\d\d\b",
        r"\beste\s+ano\b|\bno\s+ano\s+passado\b|\bpor\s+ano\b",
        r"\bdesde\s+o\s+início\s+do\s+ano\b|\bdesde\s+janeiro\b|\baté\s+agora\b",
    ),
    demonyms={
        **dict.fromkeys(words("francês francesa franceses francesas"), "FR"),
        **dict.fromkeys(
            words("britânico britânica britânicos britânicas inglês inglesa ingleses"), "GB"
        ),
        **dict.fromkeys(words("alemão alemã alemães"), "DE"),
        **dict.fromkeys(words("italiano italiana italianos"), "IT"),
        **dict.fromkeys(words("espanhol espanhola espanhóis"), "ES"),
        **dict.fromkeys(words("português portuguesa portugueses"), "PT"),
        **dict.fromkeys(words("holandês holandesa holandeses neerlandês"), "NL"),
        **dict.fromkeys(words("belga belgas"), "BE"),
        **dict.fromkeys(words("polaco polaca polacos polonês polonesa"), "PL"),
        **dict.fromkeys(words("romeno romena romenos"), "RO"),
        **dict.fromkeys(words("afegão afegãos"), "AF"),
        **dict.fromkeys(words("sírio sírios"), "SY"),
        **dict.fromkeys(words("iraquiano iraquianos"), "IQ"),
        **dict.fromkeys(words("iraniano iranianos"), "IR"),
        **dict.fromkeys(words("eritreu eritreus"), "ER"),
        **dict.fromkeys(words("sudanês sudaneses"), "SD"),
    },
    sea_names=(THE_CHANNEL, r"Mar\s+do\s+Norte", r"Mediterrâneo"),
    sea_areas={THE_CHANNEL: "english_channel"},
    locatives=("em", "no", "na", "perto de", "junto a", "desde"),
    place_nouns=(r"(?:cidade|município|porto|localidade|vila|região|praia)\s+de\s+",),
    near_cues=(r"ao\s+largo\s+de", r"perto\s+de", r"nos\s+arredores\s+de", r"junto\s+a"),
    publication_stamps=(
        r"atualizado\s+em",
        r"publicado\s+a",
    ),
    numbers=NUMBERS,
    dates=DATES,
)
