"""Arrests with no violence, reported in German, Dutch, Italian, Portuguese and Spanish (no parse:
words alone, extract/lexical.py), on sentences written for these tests (no article's wording):
the report is an arrest by state forces (Strategic developments / Arrests), as English and French
type "a smuggler was arrested on the beach after a boat capsized". Violence in the report keeps
its own type, a clearance with arrests is an arrest as English's cascade has it, and a denied
arrest ("niemand wurde festgenommen") is none."""

from __future__ import annotations

from datetime import date

import pytest
from tests.mention_helpers import main_mention

from newsledger.model import Mention

WEDNESDAY = date(2025, 4, 9)
ARRESTS = ("Strategic developments", "Arrests")


def event_of(text: str, lang: str) -> tuple[str, str, str] | None:
    mention: Mention = main_mention(text, lang, WEDNESDAY)
    event, sub = mention.first("event_type"), mention.first("sub_event_type")
    if event is None or sub is None:
        return None
    return str(event.value), str(sub.value), event.span.text


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Zwei Schleuser wurden am Dienstag an einem Strand bei Boulogne festgenommen, "
               "nachdem ein Boot mit 40 Migranten gekentert war.", "festgenommen"),
        ("de", "Die Polizei nahm am Montag in Dünkirchen drei mutmaßliche Schleuser fest.",
         "fest"),
        ("nl", "Een smokkelaar werd dinsdag op een strand bij Boulogne opgepakt nadat een boot "
               "met 40 migranten was omgeslagen.", "opgepakt"),
        ("it", "Due scafisti sono stati arrestati martedì su una spiaggia vicino a Boulogne "
               "dopo il naufragio di un gommone.", "arrestati"),
        ("pt", "Dois passadores foram detidos na terça-feira numa praia perto de Boulogne "
               "depois do naufrágio de um barco.", "detidos"),
        ("es", "Dos traficantes fueron detenidos el martes en una playa cerca de Boulogne tras "
               "el naufragio de una embarcación.", "detenidos"),
    ],
)
def test_an_arrest_with_no_violence_is_an_arrest(lang: str, text: str, word: str) -> None:
    assert event_of(text, lang) == (*ARRESTS, word)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Die Polizei hat am Morgen ein Lager von Migranten in Calais geräumt; vier "
               "Menschen wurden festgenommen.", "festgenommen"),
        ("it", "La polizia ha sgomberato un accampamento di migranti a Calais e quattro "
               "persone sono state arrestate.", "arrestate"),
    ],
)
def test_a_clearance_with_arrests_is_an_arrest(lang: str, text: str, word: str) -> None:
    assert event_of(text, lang) == (*ARRESTS, word)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Bei Zusammenstößen in Calais wurden am Abend drei Migranten festgenommen.",
         ("Riots", "Mob violence", "Zusammenstößen")),
        ("nl", "Bij een schietpartij in Rotterdam raakte een man gewond; de politie hield twee "
               "verdachten aan.", ("Violence against civilians", "Attack", "schietpartij")),
        ("it", "Un corteo di circa 300 persone ha attraversato Torino; due manifestanti sono "
               "stati fermati.", ("Protests", "Peaceful protest", "corteo")),
    ],
)
def test_violence_or_a_protest_keeps_its_own_type(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert event_of(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Die Polizei hat am Morgen ein Lager in Calais geräumt; niemand wurde "
               "festgenommen.", "geräumt"),
        ("pt", "A polícia desmantelou um acampamento em Calais, mas ninguém foi detido.",
         "desmantelou"),
    ],
)
def test_a_denied_arrest_leaves_the_clearance(lang: str, text: str, word: str) -> None:
    assert event_of(text, lang) == ("Strategic developments", "Other", word)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Obwohl die Polizei nicht eingriff, wurden zwei Männer festgenommen.",
         "festgenommen"),
        ("it", "Nessun ferito, ma due persone sono state arrestate.", "arrestate"),
        ("es", "No hubo heridos; la policía detuvo a dos hombres.", "detuvo"),
    ],
)
def test_a_negation_in_an_earlier_clause_keeps_the_arrest(
    lang: str, text: str, word: str
) -> None:
    assert event_of(text, lang) == (*ARRESTS, word)
