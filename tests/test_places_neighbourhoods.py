"""A big city's neighbourhood that the gazetteer lists as a town is read as that city."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.segment import segment
from newsledger.model import Article
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.pipeline import analyse
from newsledger.nlp.places_neighbourhoods import build_holders, holding_city
from newsledger.nlp.types import Place


def _town(name: str, state: str) -> Place:
    """The gazetteer's town of that name in that state (the most populous one)."""
    found = Gazetteer.default().lookup(name, "US")
    towns = [p for p in found if p.feature == "city" and p.admin1 == state]
    assert towns, f"no {name} in {state} in the gazetteer"
    return max(towns, key=lambda p: p.population)


@pytest.mark.parametrize(
    ("name", "state", "city"),
    [
        ("Englewood", "Illinois", "Chicago"),  # a community area of Chicago's South Side
        ("Hyde Park", "Illinois", "Chicago"),
        ("Germantown", "Pennsylvania", "Philadelphia"),
        ("East Flatbush", "New York", "Brooklyn"),  # New York City's boroughs are cities here
    ],
)
def test_a_neighbourhood_the_gazetteer_lists_as_a_town_is_held_by_its_city(
    name: str, state: str, city: str
) -> None:
    holder = holding_city(_town(name, state))
    assert holder is not None and holder.name == city and holder.admin1 == state


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Oak Park", "Illinois"),  # a village by Chicago with its own post office
        ("Evanston", "Illinois"),
        ("Englewood", "New Jersey"),  # a namesake town elsewhere stays a town
        ("Germantown", "Maryland"),
        ("Chicago", "Illinois"),  # a big city holds no city
    ],
)
def test_a_town_of_its_own_has_no_holding_city(name: str, state: str) -> None:
    assert holding_city(_town(name, state)) is None


def test_the_nearest_zip_code_names_the_holding_city() -> None:
    """Two towns by a big city: the one whose nearest ZIP code is addressed to the city is its
    neighbourhood, the one addressed to itself is a town."""
    gaz = Gazetteer.default()
    chicago = _town("Chicago", "Illinois")
    hood, suburb = _town("Englewood", "Illinois"), _town("Oak Park", "Illinois")
    zips = [
        ("IL", hood.latitude + 0.001, hood.longitude, "chicago"),
        ("IL", suburb.latitude, suburb.longitude + 0.001, "oak park"),
    ]
    table = build_holders(gaz, zips)
    assert table.get(hood.geonames_id) == chicago.geonames_id
    assert suburb.geonames_id not in table


def _main_place(text: str, url: str | None = None) -> tuple[str, str | None, int, str]:
    """The main segment's place (name, state, precision) and the words it was read from."""
    title = text.split("\n")[0]
    article = Article.from_text(text, title=title, published=date(2024, 3, 4), language="en")
    main = segment(analyse(article), title, url=url)[0].place
    assert main is not None and main.place is not None
    return main.place.name, main.place.admin1, main.geo_precision, main.text


def test_a_neighbourhood_on_its_citys_site_is_reported_as_that_city() -> None:
    text = (
        "Man wounded\n\n"
        "A 34-year-old man was shot in the leg Sunday night in the 6800 block of South Halsted "
        "Street in Englewood, police said."
    )
    url = "https://abc7chicago.com/man-shot/123/"
    assert _main_place(text, url) == ("Chicago", "Illinois", 1, "Englewood")


def test_a_neighbourhood_written_with_its_borough_is_reported_as_the_borough() -> None:
    text = (
        "Two hurt in East Flatbush\n\n"
        "Two men were shot early Saturday in East Flatbush, Brooklyn, police said."
    )
    assert _main_place(text) == ("Brooklyn", "New York", 1, "East Flatbush")


def test_a_neighbourhood_read_as_a_far_namesake_is_reported_as_the_named_city() -> None:
    text = (
        "Man wounded in Englewood\n\n"
        "A 34-year-old man was shot in the leg Sunday night in Englewood on the South Side of "
        "Chicago. He was taken to a hospital in good condition, police said."
    )
    assert _main_place(text) == ("Chicago", "Illinois", 1, "Englewood")


def test_a_far_towns_namesake_neighbourhood_is_not_read_as_the_big_city() -> None:
    """A Kansas report's "Manhattan" is no part of New York City, whatever namesake the
    gazetteer's ranking read: the report names a town of another state. (Which Manhattan is
    meant is the dateline's business; here only the town's name is asserted.)"""
    text = (
        "Boy wounded when a rifle goes off in a garage\n\n"
        "MANHATTAN — A 14-year-old was hurt Sunday afternoon when a hunting rifle went off in "
        "a garage, Riley County police reported. He was driven to a hospital in Topeka, Kansas."
    )
    assert _main_place(text)[0] == "Manhattan"


def test_a_town_of_the_same_name_elsewhere_stays_itself() -> None:
    text = (
        "Man shot in Englewood\n\n"
        "A man was shot outside a store on Palisade Avenue in Englewood, New Jersey, on Sunday, "
        "Englewood police said."
    )
    assert _main_place(text)[:2] == ("Englewood", "New Jersey")


def test_a_suburb_by_the_city_stays_itself() -> None:
    text = (
        "Woman shot in Oak Park\n\n"
        "A woman was shot Saturday night in Oak Park, a suburb west of Chicago, and Oak Park "
        "police are looking for the gunman."
    )
    assert _main_place(text)[:2] == ("Oak Park", "Illinois")
