"""Weapon claims: normalised weapon, who used it (from the parse), exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.eval.gold import load_gold_file
from newsledger.eval.score import weapon_key
from newsledger.extract.segment import sentences
from newsledger.extract.weapons import extract_weapons
from newsledger.model import Article, Claim
from newsledger.nlp.pipeline import analyse, load_pipeline


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


SEED_GOLD = Path(__file__).resolve().parent / "gold" / "seeds"


@pytest.mark.parametrize("prefix", ("000", "001", "002", "003"))
def test_seed_weapons(seed_paths: list[Path], prefix: str) -> None:
    """Every weapon of the gold's main incident (tests/gold/seeds) comes out, its user the
    gold's or left out (a user the text does not support is absent, never guessed)."""
    (gold_path,) = SEED_GOLD.glob(f"{prefix}_*.json")
    gold = load_gold_file(gold_path)
    assert gold.main is not None
    claims = weapons(gold.article.text)
    got = {(weapon_key(c.value), c.actor) for c in claims}
    for expected in gold.main.weapons:
        users = {actor for name, actor in got if name == weapon_key(expected.name)}
        assert users, f"{expected.name!r} not found in {sorted(got, key=str)}"
        assert users <= {expected.used_by, None}, (expected, users)
    # the side is never invented: a weapon is used by the police or the migrants, never both
    for value, actor in got:
        if actor is not None:
            assert (value, {"police": "migrants", "migrants": "police"}.get(actor)) not in got


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Rioters hurled a crate of petrol bombs at the police station.", "petrol bombs"),
        ("Youths threw buckets of stones at officers.", "stones"),
    ],
)
def test_a_container_frames_the_weapon_it_holds(text: str, weapon: str) -> None:
    doc = load_pipeline("en")(text)
    claims = extract_weapons(sentences(doc), "t")
    assert [c.span.text for c in claims] == [weapon]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a group modifier or possessor of the weapon is its user
        ("Two marchers were wounded by police bullets near the bridge.", "en",
         ("firearms", "police")),
        ("Two villagers were killed by the soldiers' rifles.", "en", ("firearms", "military")),
        # a use participle or relative clause on the weapon names its user
        ("A student was hit by rubber bullets fired by police.", "en",
         ("defence bullets", "police")),
        ("Rubber bullets fired by the soldiers injured four farmers.", "en",
         ("defence bullets", "military")),
        ("Des balles en caoutchouc tirées par la police ont blessé un lycéen.", "fr",
         ("defence bullets", "police")),
        # a phrase that names no group leaves the user out
        ("A student was hit by rubber bullets near the station.", "en",
         ("defence bullets", None)),
    ],
)  # fmt: skip
def test_the_weapons_own_phrase_names_its_user(
    text: str, lang: str, expected: tuple[str, str | None] | None
) -> None:
    got = [(c.value, c.actor) for c in weapons(text, lang)]
    assert got == ([expected] if expected else [])


def test_a_user_in_the_weapons_phrase_keeps_the_side_it_hit() -> None:
    (claim,) = weapons("Three protesters were injured by police bullets.")
    assert (claim.value, claim.actor, claim.item) == ("firearms", "police", "protesters")


@pytest.mark.parametrize(
    "text",
    ["The bullet train left on time.", "She wrote three bullet points on the board."],
)
def test_a_bullet_in_an_everyday_sense_is_no_weapon(text: str) -> None:
    assert weapons(text) == []
