"""A beach named after its town is that town ("am Strand von Wimereux", "sulla spiaggia di
Gravelines", "na praia de Calais", "op het strand van Gravelines", "en la playa de Wimereux"):
the crossings leave from the beaches, and a German or Italian report of a boat there had no
place. Sentences written for these tests (no article's wording)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.mention_helpers import main_mention

FRIDAY = date(2025, 5, 16)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("de", "Am Strand von Wimereux wurde am Donnerstag ein Schleuser festgenommen.",
         "Wimereux"),
        ("de", "Rund 40 Migranten warteten am Strand von Gravelines auf ein Boot.", "Gravelines"),
        ("it", "Un gommone con 40 migranti è partito giovedì dalla spiaggia di Gravelines.",
         "Gravelines"),
        ("it", "Due scafisti sono stati arrestati sulla spiaggia di Wimereux.", "Wimereux"),
        ("pt", "Um barco com 40 migrantes partiu na quinta-feira da praia de Gravelines.",
         "Gravelines"),
        ("nl", "Op het strand van Gravelines wachtten donderdag zo'n 40 migranten op een boot.",
         "Gravelines"),
        ("es", "Unos 40 migrantes esperaban el jueves en la playa de Wimereux.", "Wimereux"),
    ],
)
def test_the_beach_of_a_town_is_the_town(lang: str, text: str, town: str) -> None:
    mention = main_mention(text, lang, FRIDAY)
    places = [c.value for c in mention.claims_for("location") if isinstance(c.value, dict)]
    assert [(p["name"], p["country_code"]) for p in places][:1] == [(town, "FR")]


def test_a_beach_with_no_town_is_no_place() -> None:
    mention = main_mention("Am Strand warteten rund 40 Migranten auf ein Boot.", "de", FRIDAY)
    assert mention.claims_for("location") == []
