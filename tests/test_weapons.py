"""Weapon claims: normalised weapon, who used it (from the parse), exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.weapons import extract_weapons
from newsledger.model import Article, Claim
from newsledger.nlp.pipeline import analyse


def weapons(text: str, lang: str = "en") -> list[Claim]:
    article = Article.from_text(text, language=lang)
    doc = analyse(article)
    claims = extract_weapons(list(doc.sents), article.id)
    for claim in claims:
        assert claim.span.text == article.text[claim.span.start : claim.span.end]
    return claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police fired tear gas and rubber bullets at the crowd.",
            [("tear gas", "police"), ("defence bullets", "police")],
        ),
        (
            "Demonstrators pelted the gendarmes with rocks and bottles.",
            [("stones", "protesters"), ("projectiles", "protesters")],
        ),
        ("A water cannon was deployed by the police.", [("water cannon", "police")]),
        (
            "Rioters who hurled Molotov cocktails were pushed back.",
            [("molotov cocktails", "rioters")],
        ),
        ("Soldiers made use of live ammunition.", [("firearms", "military")]),
        ("They threw stones at the patrol.", [("stones", None)]),
        ("He bought a bottle of water and a stick of gum.", []),
        ("Officers fired 80 tear gas canisters.", [("tear gas", "police")]),
        ("Migrants threw bags of stones at the lorries.", [("stones", "migrants")]),
    ],
)
def test_english_weapons(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.value, c.actor) for c in weapons(text)] == expected


def test_harm_instrument_names_target_not_user() -> None:
    (claim,) = weapons("Five officers were injured by bricks thrown at them.")
    assert (claim.value, claim.actor, claim.item) == ("stones", None, "police")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les manifestants ont lancé des pierres sur les gendarmes.", [("stones", "protesters")]),
        (
            "Les CRS ont fait usage de gaz lacrymogène et de LBD.",
            [("tear gas", "police"), ("defence bullets", "police")],
        ),
        ("Des casseurs armés de barres de fer ont été interpellés.", [("iron bars", "rioters")]),
    ],
)
def test_french_weapons(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.value, c.actor) for c in weapons(text, "fr")] == expected


SEED_WEAPONS: dict[str, set[tuple[str, str | None]]] = {
    "000": {("tear gas", "police")},
    "001": {("iron bars", "migrants"), ("sticks", "migrants")},
    "002": {("tear gas", "police"), ("defence bullets", "police"), ("stones", "migrants")},
    "003": {("projectiles", "migrants")},
}


@pytest.mark.parametrize("prefix", sorted(SEED_WEAPONS))
def test_seed_weapons(seed_paths: list[Path], prefix: str) -> None:
    (path,) = [p for p in seed_paths if p.name.startswith(prefix)]
    claims = weapons(path.read_text(encoding="utf-8"))
    got = {(c.value, c.actor) for c in claims}
    assert SEED_WEAPONS[prefix] <= got
    # the side is never invented: a weapon is used by the police or the migrants, never both
    for value, actor in got:
        if actor is not None:
            assert (value, {"police": "migrants", "migrants": "police"}.get(actor)) not in got
