"""The exports side by side, as a researcher loads them into a spreadsheet and a GIS, on the
bundled sample reports (the 30 December 2021 clearance in Calais is their one two-report
incident, tests/gold/README.md)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import EXAMPLES
from newsledger.serve.exports import render_export, spreadsheet_safe


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    import newsledger

    url = f"sqlite:///{tmp_path_factory.mktemp('export-user') / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([EXAMPLES])
        return ledger.incidents()


def test_geojson_features_carry_the_flat_columns_a_gis_filters_by(summaries: list[dict]) -> None:
    geo = json.loads(render_export(summaries, "geojson"))
    flat = {
        row["id"]: row
        for row in csv.DictReader(io.StringIO(render_export(summaries, "csv").decode("utf-8-sig")))
    }
    assert geo["features"]
    calais = [f for f in geo["features"] if f["properties"]["location_name"] == "Calais"]
    assert calais and all(f["properties"]["admin1"] == "Hauts-de-France" for f in calais)
    for feature in geo["features"]:
        props = feature["properties"]
        row = flat[feature["id"]]
        for column in ("admin1", "admin2", "killed", "injured", "arrested", "geonames_id"):
            assert column in props, column
            assert ("" if props[column] is None else str(props[column])) == row[column], column
        assert isinstance(props["articles"], list), "contract keys keep their JSON form"
        assert isinstance(props["conflicts"], list)


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_a_description_that_reads_as_a_formula_opens_as_text(
    summaries: list[dict], fmt: str
) -> None:
    """Article text is untrusted: a cell opening with "=" or "@" must not run in a spreadsheet,
    while a negative coordinate stays a number."""
    tricky = [
        dict(summaries[0], description='=HYPERLINK("http://example.invalid","open me")'),
        dict(summaries[0], description="@SUM(A1:A9) was written on a placard"),
    ]
    rows = list(csv.DictReader(io.StringIO(render_export(tricky, fmt).decode("utf-8-sig"))))
    cells = [value for row in rows for value in row.values() if value]
    assert not [c for c in cells if c.startswith(("=", "@"))], cells
    assert any(c.startswith("'=HYPERLINK(") for c in cells)
    assert any(c.startswith("'@SUM(") for c in cells)


@pytest.mark.parametrize("cell", ["-87.65", "+3", "-12"])
def test_a_text_cell_holding_a_plain_number_stays_a_number(cell: str) -> None:
    """A coordinate or a count written as text keeps its sign: it is no formula."""
    assert spreadsheet_safe(cell) == cell


@pytest.mark.parametrize("cell", ["-2+3", "+cmd", "-"])
def test_a_text_cell_opening_with_a_sign_and_more_is_text(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


def _acled(summary: dict) -> dict[str, str]:
    return next(csv.DictReader(io.StringIO(render_export([summary], "acled").decode("utf-8-sig"))))


def test_an_attack_by_no_one_named_is_an_unidentified_armed_group_in_the_acled_export(
    summaries: list[dict],
) -> None:
    """ACLED's codebook writes a perpetrator no source names as "Unidentified Armed Group
    (<country>)", inter 3; a named agent is kept, and a riot's crowd is never replaced."""
    base = next(s for s in summaries if (s.get("location") or {}).get("country_code") == "FR")
    victims = [{"name": "two men", "type": "civilians", "role": "target", "inter": 7}]
    shot = dict(base, event_type="Violence against civilians", sub_event_type="Attack",
                actors=victims)  # fmt: skip
    row = _acled(shot)
    assert row["actor1"] == "Unidentified Armed Group (France)"
    assert (row["inter1"], row["interaction"]) == ("3", "37")
    named = dict(shot, actors=[*victims, {"name": "gunman", "type": "unknown", "role": "agent",
                                         "inter": 0}])  # fmt: skip
    assert _acled(named)["actor1"] != "Unidentified Armed Group (France)"
    riot = dict(shot, event_type="Riots", sub_event_type="Mob violence")
    assert _acled(riot)["actor1"] == ""
