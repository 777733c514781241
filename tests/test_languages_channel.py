"""Reports of migrants lost at sea off the French coast, and of figures given on someone's word,
in the languages a Channel incident is reported in: sentences written for these tests (no
article's wording), each asserting the gold it intends.

- Drowning is a death: "ertranken", "verdronken", "annegati", "ahogados", "afogados" count the
  dead, not people taking part.
- A town after a sea name ("im Ärmelkanal vor Wimereux", "in het Kanaal voor Duinkerke") is the
  place, near the town (geo_precision 2); a bare "vor"/"voor" ("vor Ort", "voor de rechter")
  makes no place.
- French: the noun after "selon" / "d'après" tells the count, it is not one more person in it
  ("selon la préfecture" is no injured official)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.runner import extract_article
from newsledger.model import Article, Mention

TUESDAY = date(2024, 10, 8)


def main_of(text: str, lang: str) -> Mention:
    mentions = extract_article(Article.from_text(text, language=lang, published=TUESDAY))
    assert mentions and mentions[0].main
    return mentions[0]


def counts(mention: Mention) -> set[tuple[str, str | None, int | None]]:
    return {
        (str(c.kind), c.actor, c.value if isinstance(c.value, int) else None)
        for c in mention.claims_for("figure")
    }


def places(mention: Mention) -> list[tuple[str, int]]:
    out = []
    for claim in mention.claims_for("location"):
        value = claim.value
        assert isinstance(value, dict)
        out.append((str(value["name"]), int(value["geo_precision"])))
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Fünf Migranten ertranken am Montag beim Versuch, die Küste Englands zu erreichen."),
        ("nl", "Vijf migranten verdronken maandag bij een poging de Engelse kust te bereiken."),
        ("it", "Cinque migranti sono annegati lunedì nel tentativo di raggiungere l'Inghilterra."),
        ("es", "Cinco migrantes murieron ahogados el lunes al intentar llegar a Inglaterra."),
        ("pt", "Cinco migrantes morreram afogados na segunda-feira ao tentar chegar a Inglaterra."),
    ],
)
def test_drowned_people_are_dead(lang: str, text: str) -> None:
    found = counts(main_of(text, lang))
    assert ("killed", "migrants", 5) in found
    assert not any(kind == "participants" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("de", "Zwei Menschen kamen im Ärmelkanal vor Wimereux ums Leben.", "Wimereux"),
        ("de", "Ein Schlauchboot kenterte in der Nordsee vor Dünkirchen.", "Dunkirk"),
        ("nl", "Twee mensen kwamen om het leven in het Kanaal voor Duinkerke.", "Dunkirk"),
        ("nl", "Een rubberboot sloeg om in de Noordzee bij Grevelingen.", "Gravelines"),
    ],
)
def test_a_town_after_a_sea_is_near_that_town(lang: str, text: str, town: str) -> None:
    assert places(main_of(text, lang)) == [(town, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Zwölf Beamte waren vor Ort, drei Männer mussten sich später vor Gericht verantworten.",
        ),
        ("nl", "Drie verdachten moeten zich voor de rechter verantwoorden."),
    ],
)
def test_a_bare_vor_or_voor_is_no_place(lang: str, text: str) -> None:
    assert places(main_of(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        (
            "Quatre gendarmes ont été blessés jeudi, selon la préfecture.",
            {("injured", "police", 4)},
        ),
        (
            "Deux hommes sont morts dans la nuit, d'après un témoin.",
            {("killed", "civilians", 2)},
        ),
        (
            "Trois personnes ont été hospitalisées, selon le ministère de l'Intérieur.",
            {("hospitalised", "civilians", 3)},
        ),
    ],
)
def test_french_source_is_not_counted(
    text: str, gold: set[tuple[str, str | None, int | None]]
) -> None:
    assert counts(main_of(text, "fr")) == gold


def test_french_person_named_without_a_source_is_still_counted() -> None:
    """The rule reads the preposition only: a person with no "selon" before it is still one."""
    assert ("injured", "police", 1) in counts(
        main_of("Un gendarme a été blessé jeudi soir près du port.", "fr")
    )
