"""A neighbourhood's containing city (merge.locality) from made-up sentences and places."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.merge.locality import containing_city, locality, neighbourhood_cue
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
