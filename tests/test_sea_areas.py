"""A sea area ("the Channel", "la Manche") is a region, not a town: the incident's location says
so (`feature` "sea", `gazetteer` "sea", precision 3), the map draws it as a ring, and the city
figure counts it as no city. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsledger.eval.bench_gva_dev import city_named
from newsledger.serve.cli import app
from newsledger.serve.web import map_points
from newsledger.serve.wording import PLACED_AT, is_area, place_cells, placed_at
from newsledger.store.derive import AREA_PRECISION

runner = CliRunner()


def _locations(tmp_path: Path, reports: dict[str, str]) -> list[dict[str, Any]]:
    """The locations of the incidents of these reports, ingested into one ledger."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / f"{name}.txt").write_text(f" date 2024-10-08 {name}\n\n{text}\n", "utf-8")
    url = f"sqlite:///{tmp_path / 'sea.db'}"
    assert runner.invoke(app, ["ingest", str(folder), "--db", url]).exit_code == 0
    listed = runner.invoke(app, ["incidents", "--db", url, "--json"]).stdout
    return [i["location"] for i in json.loads(listed) if i["location"]]


def test_the_location_of_a_sea_area_says_it_is_a_sea(tmp_path: Path) -> None:
    reports = {
        "channel": "Three migrants died in the Channel on Monday when their boat sank, "
        "the coastguard said.",
        "manche": "Trois migrants sont morts lundi dans la Manche lors d'une traversée, "
        "selon la préfecture maritime.",
        "town": "A man was shot in Dayton, Ohio, on Monday evening, police said.",
    }
    located = {
        (loc["name"], loc["feature"], loc["gazetteer"], loc["geo_precision"], loc["geonames_id"])
        for loc in _locations(tmp_path, reports)
    }
    assert ("English Channel", "sea", "sea", 3, None) in located
    assert ("Dayton", "city", "geonames", 1, 4509884) in located
    assert len(located) == 2, "the French and the English report name one sea area"


@pytest.mark.parametrize(
    ("location", "city"),
    [
        ({"name": "English Channel", "feature": "sea", "geo_precision": 3}, None),
        ({"name": "Dayton", "feature": "city", "geo_precision": 1}, "Dayton"),
        ({"name": "Austin", "feature": "city", "city": {"name": "Chicago"}}, "Chicago"),
        ({"name": "Dayton", "geo_precision": 1}, "Dayton"),  # stored before `feature` existed
        # a state or a country is no city, even when a city shares its name
        ({"name": "Washington", "feature": "admin1", "geo_precision": 3}, None),
        ({"name": "Illinois", "feature": "admin1", "geo_precision": 3}, None),
        ({"name": "Cook County", "feature": "admin2", "geo_precision": 2}, "Cook County"),
        # a county is stored at the state's precision and still names itself (GVA's filings)
        ({"name": "Bartow County", "feature": "admin2", "geo_precision": 3}, "Bartow County"),
        ({"name": "Lebanon", "feature": "country", "geo_precision": 3}, None),
    ],
)
def test_a_sea_area_names_no_city(location: dict[str, Any], city: str | None) -> None:
    assert city_named(location) == city


def test_the_map_draws_a_region_as_an_area_and_a_town_as_a_point() -> None:
    rows = [
        {"id": "sea", "location": {"name": "English Channel", "latitude": 50.97,
                                   "longitude": 1.62, "geo_precision": 3, "feature": "sea"}},
        {"id": "town", "location": {"name": "Dayton", "latitude": 39.76, "longitude": -84.19,
                                    "geo_precision": 1, "feature": "city"}},
    ]  # fmt: skip
    assert {p["id"]: p["area"] for p in map_points(rows)} == {"sea": True, "town": False}


@pytest.mark.parametrize(
    ("precision", "area"),
    [
        (1, False),
        (2, False),
        (3, True),
        (None, False),
        ("3", False),
        (True, False),
        (10**12, False),
    ],
)
def test_one_test_tells_an_area_for_both_maps(precision: object, area: bool) -> None:
    """The page's ring, the cell's `area` and the store's `areas` count read one rule: a value
    the stored column refuses (`derive.geo_precision`: a bool, a huge number) is no area."""
    assert is_area(precision) is area
    assert (placed_at(precision) == PLACED_AT[AREA_PRECISION]) is area


def test_an_index_map_cell_of_one_county_incident_is_an_area() -> None:
    answer = {"cells": [{"id": "county", "count": 1}, {"id": "town", "count": 1}, {"count": 4}]}
    locations = {
        "county": {"name": "Lake County", "admin1": "Ohio", "country_code": "US",
                   "feature": "admin2", "geo_precision": 3},
        "town": {"name": "Dayton", "admin1": "Ohio", "country_code": "US", "geo_precision": 1},
    }  # fmt: skip
    cells = place_cells(answer, locations)["cells"]
    assert [cell.get("area") for cell in cells] == [True, False, None]
    assert cells[0]["place"] == "Lake County, Ohio, US"
