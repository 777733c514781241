"""Spanish: people words, casualty words, numbers, dates and place words."""

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
        "policía policías agente agentes guardias gendarme gendarmes mossos ertzainas "
        "antidisturbios fuerzas crs",
    ),
    **table("military", "militar militares soldado soldados ejército"),
    **table(
        "migrants",
        "migrante migrantes inmigrante inmigrantes refugiado refugiados indocumentados",
    ),
    **table("protesters", "participantes"),
    **table("protesters", "manifestante manifestantes huelguistas"),
    **table("rioters", "alborotadores vándalos saqueadores ultras agresores encapuchados"),
    **table("activists", "activista activistas voluntario voluntarios"),
    **table(
        "civilians",
        "civiles transeúnte transeúntes vecino vecinos residente residentes persona "
        "personas hombre hombres mujer mujeres niño niños camionero camioneros conductor "
        "conductores periodista periodistas aficionados joven jóvenes",
    ),
    **table("government", "gobierno prefectura autoridades ministerio"),
}
"""Spanish people words -> actor group."""

CASUALTIES = CasualtyWords(
    killed=words(
        "muertos muerto muerta muertas fallecidos fallecido fallecida asesinados asesinado "
        "asesinada murieron murió ahogados ahogado ahogada ahogadas ahogaron ahogó"
    ),
    injured=words(
        "heridos herido herida heridas lesionados lesionado lesionada contusionados contusiones "
        "lesiones"
    ),
    arrested=words(
        "detenidos detenido detenida detenidas arrestados arrestado arrestada detenciones "
        "arrestos detuvo detuvieron arrestó arrestaron"
    ),
    hospitalised=words("hospital hospitales hospitalizados hospitalizado ingresados ingresado"),
    wounds=words("herida heridas lesión"),
    phrases={"perdieron la vida": "killed", "perdió la vida": "killed"},
)

NUMBERS = NumberWords(
    word_pattern=(
        r"^(?:un|uno|una|dos|dós|tres|trés|cuatro|cinco|seis|séis|siete|ocho|nueve|diez|dieci"
        r"|once|doce|trece|catorce|quince|veinte|veinti|treinta|cuarenta|cincuenta|sesenta"
        r"|setenta|ochenta|noventa|cien|ciento|cientos|cientas|quinientos|quinientas"
        r"|setecientos|setecientas|novecientos|novecientas|mil)+$"
    ),
    not_number_words=words("un una uno"),
    joiners=words("y"),
    magnitudes={"mil": 1_000},
    indefinite_one=words("un una"),
    approx_nouns={"decena": 10, "docena": 12, "veintena": 20, "centenar": 100, "millar": 1_000},
    vague_amounts={
        # "algunas decenas" (some tens): one vague amount, not "algunas" (2-9) and "decenas"
        # "algunas decenas de miles": one range of tens of thousands, not tens and thousands
        ("algunas", "decenas", "de", "miles"): (20_000, 99_999),
        ("algunos", "cientos", "de", "miles"): (200_000, 999_999),
        ("decenas", "de", "miles"): (20_000, 99_999),
        ("cientos", "de", "miles"): (200_000, 999_999),
        ("centenares", "de", "miles"): (200_000, 999_999),
        # "varias decenas", "varios cientos" (several tens, hundreds): three of them or more
        ("varias", "decenas"): (30, 99),
        ("varios", "cientos"): (300, 999),
        ("varios", "centenares"): (300, 999),
        ("varios", "miles"): (3_000, 9_999),
        ("unas", "decenas"): (20, 99),
        ("algunas", "decenas"): (20, 99),
        ("algunos", "cientos"): (200, 999),
        ("algunos", "centenares"): (200, 999),
        ("algunos", "miles"): (2_000, 9_999),
        ("decenas",): (20, 99),
        ("cientos",): (200, 999),
        ("centenares",): (200, 999),
        ("miles",): (2_000, 9_999),
        ("varios",): (3, 9),
        ("varias",): (3, 9),
        ("algunos",): (2, 9),
        ("algunas",): (2, 9),
    },
    vague_needs_noun=words("varios varias algunos algunas"),
    unit_words=words(
        "segundos minuto minutos hora horas día días semana semanas mes meses año años "
        "metros kilómetros euros"
    ),
    months=words(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
        "noviembre diciembre"
    ),
    qualifiers=(
        (r"\b(?:al\s+menos|por\s+lo\s+menos|como\s+mínimo|más\s+de)", "at_least"),
        (r"\b(?:hasta|como\s+máximo|menos\s+de)", "at_most"),
        (r"\b(?:unos|unas|alrededor\s+de|cerca\s+de|aproximadamente|casi|en\s+torno\s+a)",
         "approx"),
    ),
    range_joiner=r"^\s*(?:-|–|a|o|y)\s*$",
    range_lead=r"\bentre\s*$",
    of_words=words("de"),
)

DATES = DateWords(
    day_parts={
        "por la mañana": "morning",
        "por la tarde": "afternoon",
        "por la noche": "night",
        "de madrugada": "early morning",
    },
    night_spans=(
        r"(?:en\s+)?la\s+noche\s+del?\s+(?P<wd>{wd})(?:\s+al?\s+{wd})?",
    ),
    last_after=r"pasad[oa]",
    relative_parts=(
        (r"anoche", 1, "night"),
        (r"ayer\s+por\s+la\s+noche", 1, "night"),
        (r"ayer\s+por\s+la\s+tarde", 1, "afternoon"),
        (r"ayer\s+por\s+la\s+mañana", 1, "morning"),
        (r"esta\s+mañana", 0, "morning"),
        (r"esta\s+madrugada", 0, "early morning"),
    ),
    night_words=r"durante\s+la\s+noche|toda\s+la\s+noche|de\s+madrugada",
    ago=r"hace\s+\w+\s+(?:día|días|semana|semanas|mes|meses|año|años)",
    clock_leads=r"a\s+las|hacia\s+las|sobre\s+las",
    clock_unit=r"horas",
)

WEAPONS: dict[str, str] = {
    **dict.fromkeys(_phrases("piedras piedra pedradas adoquines"), "stones"),
    **dict.fromkeys(
        _phrases("lacrimógenos lacrimógeno gases_lacrimógenos gas_lacrimógeno"),
        "tear gas",
    ),
    **dict.fromkeys(_phrases("cañones_de_agua cañón_de_agua"), "water cannon"),
    **dict.fromkeys(_phrases("barras_de_hierro"), "iron bars"),
    **dict.fromkeys(_phrases("palos palo"), "sticks"),
    **dict.fromkeys(_phrases("cuchillo cuchillos navaja"), "knives"),
    **dict.fromkeys(_phrases("pistola pistolas escopeta armas_de_fuego"), "firearms"),
    **dict.fromkeys(_phrases("petardos bengalas fuegos_artificiales"), "fireworks"),
    **dict.fromkeys(_phrases("cócteles_molotov molotov"), "molotov cocktails"),
    **dict.fromkeys(_phrases("pelotas_de_goma balas_de_goma"), "defence bullets"),
    **dict.fromkeys(_phrases("botellas objetos"), "projectiles"),
}
"""Weapon words -> normalised name ("_" joins the words of a phrase)."""


THE_CHANNEL = r"Canal\s+de\s+la\s+Mancha"
"""The Channel: a sea name and the sea area."""


LANGUAGE = LanguageData(
    code="es",
    name="Spanish",
    actors=ACTORS,
    casualties=CASUALTIES,
    clash_words=words(
        "enfrentamientos enfrentamiento enfrentaron enfrentó choques reyerta altercados "
        "disturbios"
    ),
    attack_words=words(
        "atacaron atacó atacados atacado atacada agredieron agredió agredidos agredido "
        "agresión agresiones lanzaron apedrearon dispararon disparó"
    ),
    attack_participles=words("atacados atacado atacada agredidos agredido agredida"),
    protest_words=words(
        "manifestación manifestaciones protesta protestas "
        "concentración concentraciones marcha protestaron"
    ),
    assault_words=words(
        "tiroteo tiroteos balacera baleado baleada baleados disparos acribillado acribillada "
        "apuñalado apuñalada apuñalados apuñalamiento acuchillado acuchillada navajazo "
        "navajazos puñalada puñaladas"
    ),
    assault_phrases=frozenset(_phrases("a_tiros a_tiro a_balazos")),  # "muerto a tiros"
    perpetrators=words(
        "sospechoso sospechosa sospechosos pistolero pistoleros tirador tiradores sicario sicarios"
    ),
    others_words=words("otros otras"),
    clearance_words=words("desalojo desalojado desalojaron desalojó desmantelamiento desmantelado"),
    collective_nouns=words("policía ejército gobierno"),
    singular_articles=words("el un una"),
    passive_auxiliaries=words("fue fueron sido"),
    target_preps=words("contra a al"),  # "atacaron a la policía": the personal "a" marks the object
    agent_preps=words("por"),
    subset_after=r"de\s+(?:ellos|ellas|los\s+cuales|estos)",
    among_words=words("entre"),
    negations=words("no ningún ninguno ninguna nadie"),
    clause_words=words("que pero mientras cuando después porque donde"),
    weapons=WEAPONS,
    statistic_markers=(
        r"\b(?:en|desde)\s+(?:19|20)\d\d\b",
        r"\beste\s+año\b|\bel\s+año\s+pasado\b|\bal\s+año\b|\bpor\s+año\b",
        r"\ben\s+lo\s+que\s+va\s+de\s+año\b|\bdesde\s+(?:enero|principios\s+de\s+año)\b",
        r"\bhasta\s+ahora\b",
    ),
    demonyms={
        **dict.fromkeys(words("francés francesa franceses francesas"), "FR"),
        **dict.fromkeys(
            words("británico británica británicos británicas inglés inglesa ingleses"), "GB"
        ),
        **dict.fromkeys(words("alemán alemana alemanes"), "DE"),
        **dict.fromkeys(words("italiano italiana italianos"), "IT"),
        **dict.fromkeys(words("español española españoles"), "ES"),
        **dict.fromkeys(words("portugués portuguesa portugueses"), "PT"),
        **dict.fromkeys(words("neerlandés holandés holandesa holandeses"), "NL"),
        **dict.fromkeys(words("belga belgas"), "BE"),
        **dict.fromkeys(words("polaco polaca polacos"), "PL"),
        **dict.fromkeys(words("rumano rumana rumanos"), "RO"),
        **dict.fromkeys(words("afgano afganos"), "AF"),
        **dict.fromkeys(words("sirio sirios"), "SY"),
        **dict.fromkeys(words("iraquí iraquíes"), "IQ"),
        **dict.fromkeys(words("iraní iraníes"), "IR"),
        **dict.fromkeys(words("eritreo eritreos"), "ER"),
        **dict.fromkeys(words("sudanés sudaneses"), "SD"),
        **dict.fromkeys(words("marroquí marroquíes"), "MA"),
        **dict.fromkeys(words("argelino argelinos"), "DZ"),
    },
    sea_names=(THE_CHANNEL, r"Mar\s+del\s+Norte", r"Mediterráneo"),
    sea_areas={THE_CHANNEL: "english_channel"},
    locatives=("en", "cerca de", "junto a", "desde"),
    place_nouns=(r"(?:ciudad|municipio|puerto|localidad|pueblo|región|provincia|playa)\s+de\s+",),
    near_cues=(r"frente\s+a(?:\s+las\s+costas\s+de)?", r"cerca\s+de", r"en\s+las\s+afueras\s+de"),
    publication_stamps=(
        r"publicado\s+(?:el|em)",
        r"actualizado\s+el",
    ),
    numbers=NUMBERS,
    dates=DATES,
)
