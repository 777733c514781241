"""A neighbourhood's containing city (merge.locality) from made-up sentences and places."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.merge.locality import (
    city_named,
    containing_city,
    far_namesake_locality,
    locality,
    neighbourhood_cue,
    own_town_cue,
    owner_named_after,
    possessive_owners,
    report_big_cities,
    town_authority,
    town_named,
    town_placed,
    town_police_named,
)
from newsledger.nlp.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two men were hurt in the Maple Hollow neighborhood on Friday.", True),
        ("Police were called to Maple Hollow, a quiet residential community, at noon.", True),
        ("The shooting happened in the Maple Hollow section of the city.", True),
        ("Officers said Riverton's Maple Hollow had seen three shootings this year.", True),
        ("A man from Maple Hollow was shot while driving home.", False),
        ("the driver's Maple Hollow address was not released", False),
    ],
)
def test_neighbourhood_cue(text: str, found: bool) -> None:
    assert (neighbourhood_cue("Maple Hollow", text) is not None) is found


def _place(gaz: Gazetteer, name: str, admin1: str) -> dict[str, Any]:
    place = next(p for p in gaz.lookup(name, "US") if p.admin1 == admin1)
    return {**place.to_json(), "name": place.name, "geo_precision": 1}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_a_neighbourhood_the_text_names_as_one_gets_its_city(gaz: Gazetteer) -> None:
    place = _place(gaz, "Jamaica Plain", "Massachusetts")
    text = "A teenager was wounded late Sunday in the Jamaica Plain neighborhood, police said."
    found = locality(place, [("a1", text)], gaz)
    assert found is not None
    assert found.name == "Boston"
    assert text[found.start : found.end] == found.text == "Jamaica Plain neighborhood"


def test_no_cue_no_city(gaz: Gazetteer) -> None:
    place = _place(gaz, "Jamaica Plain", "Massachusetts")
    text = "A teenager from Jamaica Plain was wounded late Sunday, police said."
    assert locality(place, [("a1", text)], gaz) is None


def test_another_owner_is_not_the_city(gaz: Gazetteer) -> None:
    place = _place(gaz, "Jamaica Plain", "Massachusetts")
    text = "Officers searched Quincy's Jamaica Plain for a second car."
    assert locality(place, [("a1", text)], gaz) is None


def test_a_big_city_has_no_containing_city(gaz: Gazetteer) -> None:
    assert containing_city(_place(gaz, "Boston", "Massachusetts"), gaz) is None


def test_a_place_the_reports_cover_under_the_city_gets_the_city(gaz: Gazetteer) -> None:
    """No neighbourhood word, but the reports name the city and give the place no police of
    its own: the place is the city's."""
    place = _place(gaz, "Jamaica Plain", "Massachusetts")
    text = "A teenager was wounded in Jamaica Plain late Sunday, Boston police said."
    found = locality(place, [("a1", text)], gaz)
    assert found is not None and found.name == "Boston"
    assert text[found.start : found.end] == found.text == "Boston"


def test_the_citys_sheriff_does_not_make_a_town_part_of_the_city(gaz: Gazetteer) -> None:
    """A US sheriff is the county's: the city's sheriff patrolling a town names no city."""
    place = _place(gaz, "Cicero", "Illinois")
    text = "Two men were shot in Cicero on Friday, according to the Chicago Sheriff's Office."
    assert locality(place, [("a1", text)], gaz) is None


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot in Cicero on Friday, Cicero police said. Both went to a Chicago "
        "hospital.",
        "CICERO, Ill. — Two men were shot on Friday and taken to a Chicago hospital.",
        "Two men were shot in Cicero on Friday, the Chicago Tribune reported.",
    ],
)
def test_a_town_with_its_own_police_or_dateline_stays_itself(gaz: Gazetteer, text: str) -> None:
    """A suburb the reports give its own police or dateline is a town of its own, and a
    newspaper named after the city does not name the city."""
    assert locality(_place(gaz, "Cicero", "Illinois"), [("a1", text)], gaz) is None


def test_a_neighbourhood_dateline_under_the_city_police_gets_the_city(gaz: Gazetteer) -> None:
    """Neighbourhood news sites date reports from the neighbourhood; the city's own police
    handling the case make the dateline no town of its own, and name the city."""
    place = _place(gaz, "Rogers Park", "Illinois")
    text = "ROGERS PARK — Two teens were shot outside a diner, Chicago Police said Monday."
    found = locality(place, [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"
    assert text[found.start : found.end] == found.text == "Chicago Police"


def test_a_suburb_dateline_with_its_own_police_stays_itself(gaz: Gazetteer) -> None:
    text = "CICERO — Two men were shot on Friday, Cicero police said; Chicago police helped."
    assert locality(_place(gaz, "Cicero", "Illinois"), [("a1", text)], gaz) is None


@pytest.mark.parametrize(
    ("city", "text", "found"),
    [
        ("Chicago", "Officers from Chicago arrived within minutes.", True),
        ("Chicago", "He was taken to a hospital in North Chicago.", False),
        ("Cleveland", "Police closed an East Cleveland bar.", False),
        ("Los Angeles", "Los Angeles County deputies made the arrest.", False),
        ("The Bronx", "The car was found in the Bronx.", True),
    ],
)
def test_city_named(city: str, text: str, found: bool) -> None:
    assert (city_named(city, text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maple Hollow police said the man was hurt.", True),
        ("A spokesman for the Maple Hollow Police Department declined to comment.", True),
        ("MAPLE HOLLOW, Ind. — A man was hurt on Friday.", True),
        ("A man from Maple Hollow was hurt, state police said.", False),
        ("MAPLE HOLLOW — A man was hurt, Cedarton police said.", True),
    ],
)
def test_own_town_cue(text: str, found: bool) -> None:
    assert (own_town_cue("Maple Hollow", text) is not None) is found


def test_own_town_cue_yields_to_the_city_police() -> None:
    text = "MAPLE HOLLOW — A man was hurt, Cedarton police said."
    assert own_town_cue("Maple Hollow", text, "Cedarton") is None
    assert own_town_cue("Maple Hollow", "Maple Hollow police said so.", "Cedarton") is not None


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Two men were hurt in Harbour City's Maple Hollow late on Friday.", {"City"}),
        ("Shots rang out in Lakeport’s Maple Hollow.", {"Lakeport"}),
        ("Shots rang out in Maple Hollow, east of Lakeport.", set()),
        ("The Maple Hollow Tigers' coach spoke.", set()),
    ],
)
def test_possessive_owners(text: str, owners: set[str]) -> None:
    assert possessive_owners("Maple Hollow", text) == owners


def _far(gaz: Gazetteer, name: str, admin1: str) -> dict[str, Any]:
    """The gazetteer's place of `name` in `admin1`, as a location claim holds it."""
    return {**_place(gaz, name, admin1), "name_as_written": name}


def test_a_far_namesake_called_a_neighbourhood_is_the_report_citys(gaz: Gazetteer) -> None:
    """The "Austin" of a report filed from Chicago and called a neighbourhood is Chicago's, not
    the Texas capital the gazetteer holds; the neighbourhood words are the evidence."""
    text = "CHICAGO (XYZ) — A man was wounded Sunday in the Austin neighborhood, police said."
    found = locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"
    assert text[found.start : found.end] == found.text == "Austin neighborhood"


def test_the_city_police_place_the_report_too(gaz: Gazetteer) -> None:
    text = "Two women were hurt in the Austin neighborhood, Chicago police said on Monday."
    found = far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"


@pytest.mark.parametrize(
    "text",
    [
        # no neighbourhood word: the namesake stays as the gazetteer reads it
        "CHICAGO (XYZ) — A man from Austin was wounded Sunday, police said.",
        # the name's own police: a town of its own
        "CHICAGO (XYZ) — A man was hurt in the Austin neighborhood, Austin police said.",
        # two far big cities: no one city the report is filed from
        "CHICAGO (XYZ) — A man was hurt in the Austin neighborhood, Detroit police said.",
        # filed from the namesake itself: the neighbourhood is its own
        "AUSTIN, Texas (XYZ) — A man was hurt in the Austin neighborhood, police said.",
        # a possessive naming another owner, no big city
        "CHICAGO (XYZ) — Officers searched Cedarton's Austin neighborhood for the car.",
        # "community" names a town's people too
        "The victim, hurt in Austin on Friday, was mourned by the Austin community. Chicago "
        "police said he had lived there as a boy.",
        "CHICAGO (XYZ) — The driver came from Austin, a community in central Texas.",
    ],
)
def test_a_far_namesake_without_one_report_city_stays(gaz: Gazetteer, text: str) -> None:
    assert far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz) is None


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("DETROIT (XYZ) — Shots were fired.", ["Detroit"]),
        ("NEW ORLEANS, La. - Shots were fired, Detroit police said.", ["New Orleans", "Detroit"]),
        ("The Chicago Police Department said shots were fired.", ["Chicago"]),
        ("Shots were fired, the Chicago Sheriff's Office said.", []),
        ("UPDATE: Shots were fired near a Detroit school.", []),
    ],
)
def test_report_big_cities(gaz: Gazetteer, text: str, cities: list[str]) -> None:
    assert [c.name for c in report_big_cities([("a1", text)], gaz)] == cities


def test_a_far_namesake_called_a_section_of_a_big_city_is_that_citys(gaz: Gazetteer) -> None:
    """A report writing "the Austin section of Chicago" names the city right after the cue: no
    dateline or police needed; the cue and the city's name are the evidence."""
    text = "Officers said a woman was wounded in the Austin section of Chicago on Tuesday."
    found = far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"
    assert text[found.start : found.end] == found.text == "Austin section of Chicago"


@pytest.mark.parametrize(
    "text",
    [
        # the town after the cue is no big city: the namesake stays as read
        "A teenager was shot twice in the Austin section of Maple Hollow.",
        # its own police: a town of its own
        "A teenager was shot in the Austin section of Chicago, Austin police said.",
    ],
)
def test_no_far_big_city_after_the_cue(gaz: Gazetteer, text: str) -> None:
    assert far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("shot in the Maple Hollow section of St. Louis on Friday", "St. Louis"),
        ("shot in the Maple Hollow neighborhood of Oklahoma City.", "Oklahoma City"),
        ("shot in the Maple Hollow neighborhood, Riverton police said", None),
    ],
)
def test_owner_named_after(text: str, city: str | None) -> None:
    found = owner_named_after("Maple Hollow", text)
    assert (found.group("city") if found is not None else None) == city


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two shot in Maple Hollow, Maple Hollow police said.", True),
        ("Officers of the Maple Hollow Police Department arrived.", True),
        # a title ending in the name, a blank line, then a paragraph opening with the police
        ("Fire at a Maple Hollow bakery\n\nPolice believe a heater started it.", False),
        # a hard-wrapped line may break between the town and its police
        ("Two shot, the Maple Hollow\nPolice Department said.", True),
    ],
)
def test_town_authority_on_one_line(text: str, found: bool) -> None:
    assert (town_authority("Maple Hollow", text) is not None) is found


def test_a_headline_before_police_say_does_not_stop_the_city_after_the_cue(
    gaz: Gazetteer,
) -> None:
    text = "Woman hurt in Austin\n\nPolice believe she was hurt in the Austin section of Chicago."
    found = far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"


@pytest.mark.parametrize(
    "text",
    [
        "A woman was wounded in the Austin neighbourhood of Chicago's West Side on Friday.",
        "Chicago's Austin neighborhood saw a woman wounded on Friday, officers said.",
    ],
)
def test_a_possessive_big_city_owns_a_far_namesake(gaz: Gazetteer, text: str) -> None:
    found = far_namesake_locality(_far(gaz, "Austin", "Texas"), [("a1", text)], gaz)
    assert found is not None and found.name == "Chicago"


def test_a_namesake_within_the_metro_area_is_no_far_namesake(gaz: Gazetteer) -> None:
    """Gary, Indiana lies some 40 km from Chicago: a town of the metro area a report may call a
    neighbourhood loosely is no namesake of a Chicago neighbourhood (FAR_NAMESAKE_KM)."""
    text = "CHICAGO (XYZ) — A man was hurt in the Gary neighborhood, police said."
    assert far_namesake_locality(_far(gaz, "Gary", "Indiana"), [("a1", text)], gaz) is None


@pytest.mark.parametrize(
    ("name", "text", "police"),
    [
        ("Portland", "Portland police said two men were hurt.", True),
        ("Portland", "South Portland police said two men were hurt.", False),  # another town's
        ("Portland", "SOUTH PORTLAND POLICE said two men were hurt.", False),
        ("Boston", "BOSTON POLICE said a man was hurt.", True),
        ("Saint Paul", "St. Paul police said a man was hurt.", True),
        ("Saint Paul", "the ST. PAUL POLICE DEPARTMENT said", True),
        ("Saint Paul", "West St. Paul police said a man was hurt.", False),
        ("Boston", "the Boston sheriff's office said", False),  # the county's, not the city's
    ],
)
def test_a_town_s_own_police_are_read_in_any_case_and_spelling(
    name: str, text: str, police: bool
) -> None:
    assert (town_police_named(name, text) is not None) is police


@pytest.mark.parametrize(
    ("name", "text", "scene"),
    [
        ("Elm Grove", "A man was shot in Elm Grove on Friday.", True),
        ("Elm Grove", "Gunfire erupted near Elm Grove late Sunday.", True),
        ("Elm Grove", "An Elm Grove man was shot in the city.", False),  # a home
        ("Elm Grove", "He was taken to a hospital in Elm Grove.", False),  # a hospital's town
        ("Elm Grove", "He died at the medical center in Elm Grove.", False),
        ("Elm Grove", "ELM GROVE - A man was shot.", False),  # a dateline is no scene
        ("Portland", "A man was shot in South Portland.", False),
    ],
)
def test_a_town_named_as_the_scene(name: str, text: str, scene: bool) -> None:
    assert (town_placed(name, text) is not None) is scene


def test_a_street_s_abbreviation_names_no_saint_s_town() -> None:
    """A street before a man's name ("Elm St. Paul Jones") is no town; "In St. Paul" is."""
    text = "Officers found him on Elm St. Paul Jones, 30, was hurt. In St. Paul, a second man was."
    assert [m.group(0) for m in town_named("Saint Paul", text)] == ["St. Paul"]
    assert text.index("In St. Paul") + 3 == next(town_named("Saint Paul", text)).start()
