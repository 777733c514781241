"""French extraction end to end: event types, actors and roles, weapons, figure kinds and
sub-places on sentences written for these tests (varied outlets' styles, no article's wording),
and the issue-7 night-clash report (tests/data/multilingual/fr_calais_nuit_samedi.txt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.extract.runner import extract_article
from newsledger.ingest.readers import read_file
from newsledger.model import Article, Mention

DATA = Path(__file__).parent / "data" / "multilingual"
PUBLISHED = date(2023, 3, 20)  # a Monday


def extract(text: str) -> list[Mention]:
    return extract_article(Article.from_text(text, language="fr", published=PUBLISHED))


def main_of(text: str) -> Mention:
    mentions = extract(text)
    assert mentions and mentions[0].main
    return mentions[0]


def values(mention: Mention, field: str) -> set[str]:
    return {str(c.value) for c in mention.claims_for(field)}


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Des affrontements ont éclaté mardi soir à Grenoble entre des jeunes et les policiers.",
         "Riots", "Mob violence"),
        # "jets" is a throw in French, never an aircraft
        ("Trois gendarmes ont été blessés par des jets de projectiles lors d'échauffourées à "
         "Lyon samedi.", "Riots", "Mob violence"),
        ("Des heurts ont opposé les gendarmes à une cinquantaine d'exilés à Grande-Synthe.",
         "Riots", "Mob violence"),
        ("Des casseurs ont tiré des mortiers d'artifice sur les policiers à Strasbourg.",
         "Riots", "Mob violence"),
        ("Des émeutiers ont lancé des cocktails Molotov sur les forces de l'ordre à Nanterre.",
         "Riots", "Mob violence"),
        ("Plusieurs milliers de manifestants ont défilé samedi à Nantes contre la réforme.",
         "Protests", "Peaceful protest"),
        ("Les gendarmes ont utilisé un canon à eau pour disperser le rassemblement devant la "
         "mairie de Rennes.", "Protests", "Protest with intervention"),
        # crowd-control grenades at a demonstration are not an explosive attack
        ("Lors de la manifestation, les CRS ont tiré des grenades de désencerclement sur les "
         "manifestants à Paris.", "Protests", "Protest with intervention"),
        ("La police a évacué vendredi matin un campement d'exilés installé sous un pont à "
         "Calais.", "Strategic developments", "Other"),
        ("Un campement de migrants installé le long d'un canal a été démantelé mardi.",
         "Strategic developments", "Other"),
        ("Dix-huit personnes ont été interpellées et placées en garde à vue mardi.",
         "Strategic developments", "Arrests"),
        ("Un homme a été tué par balle dimanche soir dans un quartier nord de Marseille.",
         "Violence against civilians", "Attack"),
        ("Un riverain a été agressé par deux individus armés de barres de fer à Dunkerque.",
         "Violence against civilians", "Attack"),
    ],
)
def test_event_type(text: str, event_type: str, sub_event_type: str) -> None:
    mention = main_of(text)
    assert values(mention, "event_type") == {event_type}
    assert values(mention, "sub_event_type") == {sub_event_type}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des heurts ont opposé les gendarmes à une cinquantaine d'exilés à Grande-Synthe.",
         {("police", "agent"), ("migrants", "agent")}),
        ("Une dizaine de policiers ont été blessés par des émeutiers à Lyon.",
         {("police", "target"), ("rioters", "agent")}),
        ("Des affrontements ont éclaté entre des jeunes et les policiers à Grenoble.",
         {("rioters", "agent"), ("police", "agent")}),
        # a past participle after its noun is passive: the injured are targets
        ("Calais : six gendarmes blessés lors d'affrontements avec des migrants.",
         {("police", "target"), ("migrants", "agent")}),
        ("Un riverain a été agressé par deux individus à Dunkerque.", {("civilians", "target")}),
    ],
)
def test_actor_roles(text: str, expected: set[tuple[str, str]]) -> None:
    mention = main_of(text)
    found = {(str(c.kind), str(c.role)) for c in mention.claims_for("actor")}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "weapon", "user"),
    [
        ("Les manifestants ont lancé des pierres sur les policiers.", "stones", "protesters"),
        ("Les CRS ont fait usage de gaz lacrymogène pour disperser la foule.", "tear gas",
         "police"),
        ("Les gendarmes ont utilisé un canon à eau devant la préfecture.", "water cannon",
         "police"),
        ("Des émeutiers ont lancé des cocktails Molotov sur une école.", "molotov cocktails",
         "rioters"),
        ("Des casseurs ont tiré des mortiers d'artifice sur les policiers.", "fireworks",
         "rioters"),
        ("Les policiers ont riposté avec des tirs de LBD lors des heurts.", "defence bullets",
         None),
        ("Les CRS ont lancé des grenades de désencerclement lors des heurts.", "stun grenades",
         "police"),
        ("Un policier a été frappé à coups de barre de fer lors de la rixe.", "iron bars", None),
    ],
)
def test_weapons(text: str, weapon: str, user: str | None) -> None:
    mention = main_of(text)
    claims = [c for c in mention.claims_for("weapon") if c.value == weapon]
    assert claims, values(mention, "weapon")
    if user is not None:
        assert user in {c.actor for c in claims}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "value", "qualifier"),
    [
        ("Une vingtaine de manifestants ont été blessés lors des heurts.", "injured",
         "protesters", 20, "approx"),
        ("Deux policiers ont été hospitalisés après les affrontements.", "hospitalised",
         "police", 2, "exact"),
        ("Quatre pompiers ont été transportés à l'hôpital après l'incendie.", "hospitalised",
         "civilians", 4, "exact"),
        ("Deux jeunes hommes ont été tués lors de la fusillade.", "killed", "civilians", 2,
         "exact"),
        ("Cinq personnes ont été placées en garde à vue après la rixe.", "arrested", "civilians",
         5, "exact"),
        ("Une centaine de migrants ont affronté les CRS près du port.", "participants",
         "migrants", 100, "approx"),
    ],
)
def test_figure_kinds(text: str, kind: str, actor: str, value: int, qualifier: str) -> None:
    mention = main_of(text)
    figures = {(c.kind, c.actor, c.value, c.qualifier) for c in mention.claims_for("figure")}
    assert (kind, actor, value, qualifier) in figures


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Les heurts ont eu lieu le long d'une voie ferrée à Calais.",
         "le long d'une voie ferrée", None),
        ("Des migrants ont affronté les CRS près de la rocade portuaire de Calais.",
         "près de la rocade portuaire", None),
        # where the injured were taken is not where the incident happened
        ("Des heurts ont éclaté dans un squat ; deux blessés ont été conduits à l'hôpital.",
         "dans un squat", "à l'hôpital"),
    ],
)
def test_sublocations(text: str, present: str, absent: str | None) -> None:
    subs = values(main_of(text), "sublocation")
    assert present in subs
    if absent is not None:
        assert absent not in subs


def test_arrests_after_a_clash_stay_in_the_clash() -> None:
    mentions = extract(
        "Des affrontements ont opposé des jeunes aux policiers samedi soir à Amiens.\n\n"
        "Trois personnes ont été interpellées."
    )
    assert len(mentions) == 1
    assert ("arrested", 3) in {(c.kind, c.value) for c in mentions[0].claims_for("figure")}


def test_night_clash_report_of_issue_7() -> None:
    """Published Sunday 2022-01-16: "dans la nuit de samedi à dimanche" is the Saturday, about
    15 police injured, about 100 migrants, a riot between migrants and police."""
    article = next(iter(read_file(DATA / "fr_calais_nuit_samedi.txt")))
    assert isinstance(article, Article)
    assert article.language == "fr" and article.published == date(2022, 1, 16)
    main = extract_article(article)[0]
    assert values(main, "date") == {"2022-01-15"}
    figures = {(c.kind, c.actor, c.value, c.qualifier) for c in main.claims_for("figure")}
    assert ("injured", "police", 15, "approx") in figures
    assert ("participants", "migrants", 100, "approx") in figures
    assert values(main, "event_type") == {"Riots"}
    roles = {(c.kind, c.role) for c in main.claims_for("actor")}
    assert ("migrants", "agent") in roles
    location = main.first("location")
    assert location is not None and isinstance(location.value, dict)
    assert location.value["geonames_id"] == 3029162
