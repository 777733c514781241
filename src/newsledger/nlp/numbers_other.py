"""Number vocabulary of the rule-only languages (de, nl, it, es, pt) for `numbers`, gathered from
their packages under `newsledger/lang/`.

German and Dutch write numbers below a million as one word ("dreiundzwanzig", "drieëntwintig"),
Italian too ("ventitré", "duecento"); Spanish and Portuguese join tens and units with a word
("treinta y dos", "vinte e três"). A word is recognised by its morphemes and valued by text2num
(which supports all five). German and Dutch amounts join the shared tables (none of their words
is an English or French word); Italian, Spanish and Portuguese amounts stay per language
(`OWN_*`), because some are English words with another sense ("miles", "diverse").
"""

from __future__ import annotations

import re

from newsledger.lang import NumberWords, registered

_WITH_NUMBERS: dict[str, NumberWords] = {
    data.code: data.numbers for data in registered() if data.numbers is not None
}

OTHER_NUMBER_LANGUAGES = tuple(_WITH_NUMBERS)
SHARED_TABLE_LANGUAGES = ("de", "nl")
"""Languages whose amounts go into the shared tables (as before the lang packages)."""

NUMBER_WORD_RES: dict[str, re.Pattern[str]] = {
    code: re.compile(n.word_pattern) for code, n in _WITH_NUMBERS.items()
}
"""A token made only of number morphemes is a candidate number word (text2num decides)."""

NOT_NUMBER_WORDS = frozenset().union(*(n.not_number_words for n in _WITH_NUMBERS.values()))
"""Articles and conjunctions the morpheme patterns would accept on their own."""

JOINERS_OTHER: dict[str, frozenset[str]] = {
    code: n.joiners for code, n in _WITH_NUMBERS.items() if n.joiners
}
OF_WORDS_OTHER: dict[str, frozenset[str]] = {
    code: n.of_words for code, n in _WITH_NUMBERS.items()
}


def _shared() -> list[NumberWords]:
    return [_WITH_NUMBERS[c] for c in SHARED_TABLE_LANGUAGES if c in _WITH_NUMBERS]


MAGNITUDES_OTHER: dict[str, int] = {k: v for n in _WITH_NUMBERS.values()
                                    for k, v in n.magnitudes.items()}  # fmt: skip
"""Magnitude words written apart ("zwei hundert", "tre mila")."""
INDEFINITE_ONE_OTHER = frozenset().union(*(n.indefinite_one for n in _shared()))
APPROX_NOUNS_OTHER: dict[str, int] = {k: v for n in _shared() for k, v in n.approx_nouns.items()}
VAGUE_AMOUNTS_OTHER: dict[tuple[str, ...], tuple[int, int]] = {
    k: v for n in _shared() for k, v in n.vague_amounts.items()
}
VAGUE_NEEDS_NOUN_OTHER = frozenset().union(*(n.vague_needs_noun for n in _shared()))
UNIT_WORDS_OTHER = frozenset().union(*(n.unit_words for n in _shared()))
MONTHS_OTHER = frozenset().union(*(n.months for n in _shared()))

OWN_TABLE_LANGUAGES = tuple(c for c in _WITH_NUMBERS if c not in SHARED_TABLE_LANGUAGES)
OWN_INDEFINITE_ONE = {c: _WITH_NUMBERS[c].indefinite_one for c in OWN_TABLE_LANGUAGES}
OWN_APPROX_NOUNS = {c: dict(_WITH_NUMBERS[c].approx_nouns) for c in OWN_TABLE_LANGUAGES}
OWN_VAGUE_AMOUNTS = {c: dict(_WITH_NUMBERS[c].vague_amounts) for c in OWN_TABLE_LANGUAGES}
OWN_VAGUE_NEEDS_NOUN = {c: _WITH_NUMBERS[c].vague_needs_noun for c in OWN_TABLE_LANGUAGES}
OWN_UNIT_WORDS = {c: _WITH_NUMBERS[c].unit_words for c in OWN_TABLE_LANGUAGES}
OWN_MONTHS = {c: _WITH_NUMBERS[c].months for c in OWN_TABLE_LANGUAGES}
"""Amounts read only in documents of their own language."""

QUALIFIERS_OTHER: dict[str, tuple[tuple[str, str], ...]] = {
    code: n.qualifiers for code, n in _WITH_NUMBERS.items()
}
"""Qualifier phrases in front of a number ("rund 150", "zo'n tweehonderd", "almeno dodici")."""

RANGE_JOINERS_OTHER: dict[str, str] = {code: n.range_joiner for code, n in _WITH_NUMBERS.items()}
RANGE_NEEDS_LEAD_OTHER: dict[str, str] = {code: n.range_lead for code, n in _WITH_NUMBERS.items()}
"""A range joined by "and" needs its lead word in front ("zwischen 30 und 40", "tra 30 e 40")."""
