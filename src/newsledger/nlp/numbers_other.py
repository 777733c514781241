"""German and Dutch number vocabulary for `numbers` (the rule-only languages with most coverage).

German and Dutch write numbers below a million as one word ("dreiundzwanzig", "zweihundert",
"drieëntwintig", "vierhonderdtwintig"), so a word is recognised by its morphemes and valued by
text2num (which supports both languages). The tables below have the same meaning as their English
and French counterparts in `numbers` (qualifiers, ranges, approximate and vague amounts).
"""

from __future__ import annotations

import re

OTHER_NUMBER_LANGUAGES = ("de", "nl")

NUMBER_WORD_RES: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"^(?:ein|eins|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf"
        r"|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert"
        r"|tausend|und)+$"
    ),
    "nl": re.compile(
        r"^(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien"
        r"|veertien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd"
        r"|duizend|en|ën)+$"
    ),
}
"""A token made only of number morphemes is a candidate number word (text2num decides)."""

NOT_NUMBER_WORDS = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "eines", "und", "een", "en", "ën", "eens"}
)
"""Articles and conjunctions the morpheme patterns would accept on their own."""

MAGNITUDES_OTHER: dict[str, int] = {
    "hundert": 100,
    "tausend": 1_000,
    "honderd": 100,
    "duizend": 1_000,
}
"""Magnitude words written apart ("zwei hundert", "2 duizend")."""

INDEFINITE_ONE_OTHER = frozenset({"ein", "eine", "einen", "een"})
"""Articles read as 1 only in front of an approximate noun ("ein Dutzend", "een tiental")."""

APPROX_NOUNS_OTHER: dict[str, int] = {
    "dutzend": 12,
    "dozijn": 12,
    "tiental": 10,
    "twintigtal": 20,
    "dertigtal": 30,
    "veertigtal": 40,
    "vijftigtal": 50,
    "zestigtal": 60,
    "honderdtal": 100,
}
"""Singular approximate nouns: "ein Dutzend", "een tiental" (Dutch -tal: about that many)."""

VAGUE_AMOUNTS_OTHER: dict[tuple[str, ...], tuple[int, int]] = {
    ("zehntausende",): (20_000, 99_999),
    ("hunderttausende",): (200_000, 999_999),
    ("tienduizenden",): (20_000, 99_999),
    ("honderdduizenden",): (200_000, 999_999),
    ("einige", "hundert"): (200, 999),
    ("mehrere", "hundert"): (200, 999),
    ("einige", "tausend"): (2_000, 9_999),
    ("mehrere", "tausend"): (2_000, 9_999),
    ("enkele", "tientallen"): (20, 99),
    ("enkele", "honderden"): (200, 999),
    ("enkele", "duizenden"): (2_000, 9_999),
    ("dutzende",): (24, 99),
    ("dutzenden",): (24, 99),
    ("hunderte",): (200, 999),
    ("hunderten",): (200, 999),
    ("tausende",): (2_000, 9_999),
    ("tausenden",): (2_000, 9_999),
    ("tientallen",): (20, 99),
    ("honderden",): (200, 999),
    ("duizenden",): (2_000, 9_999),
    ("mehrere",): (3, 9),
    ("einige",): (2, 9),
    ("meerdere",): (3, 9),
    ("verscheidene",): (3, 9),
    ("enkele",): (2, 9),
}
"""Vague amounts with the same bounds as English/French: "Dutzende" = "dozens", "tientallen" =
"des dizaines", "Hunderte"/"honderden" = "hundreds", "mehrere"/"meerdere" = "several"."""

VAGUE_NEEDS_NOUN_OTHER = frozenset({"mehrere", "einige", "meerdere", "verscheidene", "enkele"})
"""Vague words that are amounts only in front of a noun ("mehrere Beamte")."""

UNIT_WORDS_OTHER = frozenset(
    {
        "sekunde",
        "sekunden",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "uhr",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "jährige",
        "jähriger",
        "jährigen",
        "prozent",
        "meter",
        "kilometer",
        "seconden",
        "minuut",
        "uur",
        "dag",
        "dagen",
        "weken",
        "maand",
        "maanden",
        "jaar",
        "jarige",
        "procent",
        "euro",
    }
)
"""Words after a number that make it a time, duration, age, measure or percentage."""

MONTHS_OTHER = frozenset(
    {
        "januar",
        "jänner",
        "februar",
        "märz",
        "mai",
        "juni",
        "juli",
        "august",
        "oktober",
        "dezember",
        "januari",
        "februari",
        "maart",
        "mei",
        "augustus",
    }
)
"""German and Dutch month names not already in the English/French list."""

QUALIFIERS_OTHER: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            r"\b(?:mindestens|wenigstens|mehr\s+als|über|nicht\s+weniger\s+als|gut|weit\s+über)",
            "at_least",
        ),
        (r"\b(?:bis\s+zu|höchstens|maximal|weniger\s+als|unter|knapp\s+unter)", "at_most"),
        (r"\b(?:rund|etwa|ungefähr|circa|ca\.|zirka|annähernd|knapp|fast|beinahe|gegen)", "approx"),
    ),
    "nl": (
        (r"\b(?:minstens|ten\s+minste|tenminste|meer\s+dan|ruim|zeker|minimaal)", "at_least"),
        (r"\b(?:hooguit|maximaal|ten\s+hoogste|minder\s+dan|tot\s+wel|tot)", "at_most"),
        (
            r"(?:\bongeveer|\bcirca|\bca\.|\bzo['’]n|\brond\s+de|\brond|\bbijna|\bnagenoeg)",
            "approx",
        ),
    ),
}
"""Qualifier phrases in front of a number ("rund 150", "zo'n tweehonderd", "mindestens zwölf")."""

RANGE_JOINERS_OTHER: dict[str, str] = {
    "de": r"^\s*(?:-|–|bis|oder|und)\s*$",
    "nl": r"^\s*(?:-|–|tot|à|of|en)\s*$",
}
RANGE_NEEDS_LEAD_OTHER: dict[str, str] = {"de": r"\bzwischen\s*$", "nl": r"\btussen\s*$"}
"""A range joined by und/en needs zwischen/tussen in front ("zwischen 30 und 40")."""
