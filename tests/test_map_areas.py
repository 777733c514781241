"""Incidents placed only at an area (a county, region, country or sea area: geo_precision 3) are
counted apart on the index map: the store keeps the precision as an incidents column (migration
0008), in step with the summary on every write, on SQLite and PostgreSQL, by SQL and by the
in-memory overview columns alike."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import inspect, select

import newsledger
from newsledger.store import IncidentFilter, SqlStore, StoredIncident, open_store, tables


def summary(incident_id: str, location: Any) -> dict[str, Any]:
    """A minimal incident summary (output contract) at `location`."""
    return {"id": incident_id, "date": "2024-05-06", "event_type": "Riots", "location": location,
            "sources": 1, "conflicts": []}  # fmt: skip


def placed(incident_id: str, lon: float, lat: float, precision: Any) -> StoredIncident:
    location = {"name": "Somewhere", "longitude": lon, "latitude": lat, "geo_precision": precision}
    return StoredIncident(incident_id, [f"{incident_id}-a:0"], summary(incident_id, location))


def stored_precisions(store: SqlStore) -> dict[str, int | None]:
    c = tables.incidents.c
    with store.engine.connect() as conn:
        return {row.id: row.geo_precision for row in conn.execute(select(c.id, c.geo_precision))}


@pytest.fixture
def store(store_url: str) -> Iterator[SqlStore]:
    opened = open_store(store_url)
    assert isinstance(opened, SqlStore)
    yield opened
    opened.close()


def test_the_column_holds_the_summary_precision_through_saves_and_bulk_loads(
    store: SqlStore,
) -> None:
    """Only a whole number is stored; a changed summary (a re-resolution) changes the column."""
    store.save_incidents([
        placed("town", 2.0, 48.0, 1),
        placed("near", 2.0, 48.0, 2),
        placed("region", 2.0, 48.0, 3),
        placed("unknown", 2.0, 48.0, None),
        placed("text", 2.0, 48.0, "3"),
        placed("fraction", 2.0, 48.0, 3.0),
        placed("flag", 2.0, 48.0, True),
        StoredIncident("nowhere", ["nowhere-a:0"], summary("nowhere", None)),
        StoredIncident("odd", ["odd-a:0"], summary("odd", "Upper Vale")),
    ])  # fmt: skip
    assert stored_precisions(store) == {
        "town": 1, "near": 2, "region": 3, "unknown": None, "text": None, "fraction": None,
        "flag": None, "nowhere": None, "odd": None,
    }  # fmt: skip
    store.save_incidents([placed("town", 2.0, 48.0, 3)], remove_ids=["region"])
    assert stored_precisions(store)["town"] == 3
    assert "region" not in stored_precisions(store)
    assert store.bulk_load_incidents([placed("loaded", 5.0, 45.0, 3), placed("l2", 5, 45, 1)])
    found = stored_precisions(store)
    assert (found["loaded"], found["l2"]) == (3, 1)


def mixed_ledger() -> list[StoredIncident]:
    """One 11.25-degree cell (zoom 2) holding two region-level incidents at one centre, a town
    and an incident with no precision; another cell with a town alone; a third with a region
    alone."""
    return [
        placed("region-a", 2.5, 46.5, 3),
        placed("region-b", 2.5, 46.5, 3),
        placed("town-a", 4.5, 45.5, 1),
        placed("unknown-a", 4.7, 45.7, None),
        placed("town-far", -70.0, 40.0, 2),
        placed("region-far", 100.0, 10.0, 3),
    ]


@pytest.mark.parametrize("path", ["sql", "columns"])
def test_map_cells_count_area_incidents_apart(store: SqlStore, path: str) -> None:
    store.save_incidents(mixed_ledger())
    if path == "columns":
        store.keep_overview_columns(background=False)
        assert store.columns_keeper is not None
        assert store.columns_keeper.current(store.data_version()) is not None
    cells = store.incident_map(IncidentFilter(), zoom=2)["cells"]
    mixed, far_town, far_region = (
        next(c for c in cells if c["count"] == 4),
        next(c for c in cells if c["lon"] == -70.0),
        next(c for c in cells if c["lon"] == 100.0),
    )
    assert mixed["areas"] == 2 and mixed["area_precision"] == 3
    assert (mixed["area_lon"], mixed["area_lat"]) == (2.5, 46.5)
    # The town and the incident of unknown precision are the placed ones.
    assert (mixed["placed_lon"], mixed["placed_lat"]) == (4.6, 45.6)
    assert "id" not in mixed
    assert far_town["areas"] == 0 and "area_lon" not in far_town and "placed_lon" not in far_town
    assert far_region["areas"] == 1 and far_region["area_precision"] == 3
    assert "placed_lon" not in far_region
    assert store.incident_map(IncidentFilter(min_sources=2), zoom=2)["cells"] == []


def test_migration_fills_the_column_of_a_ledger_made_before_it(store_url: str) -> None:
    """A ledger at 0007 (no column) gets each incident's precision from its stored summary,
    keeps counting its incidents (the triggers survive) and answers the map's area counts."""
    from alembic import command

    from newsledger.store.engine import alembic_config, write_transaction

    with open_store(store_url) as store:
        assert isinstance(store, SqlStore)
        store.save_incidents([*mixed_ledger(), placed("text", 2.0, 48.0, "3")])
        engine = store.engine
        with write_transaction(engine) as conn:
            command.downgrade(alembic_config(conn), "0007")
        columns = {col["name"] for col in inspect(engine).get_columns("incidents")}
        assert "geo_precision" not in columns
    with open_store(store_url) as store:
        assert isinstance(store, SqlStore)
        assert store.schema_revision() == "0008"
        found = stored_precisions(store)
        assert found == {"region-a": 3, "region-b": 3, "town-a": 1, "unknown-a": None,
                         "town-far": 2, "region-far": 3, "text": None}  # fmt: skip
        index = next(
            ix for ix in inspect(store.engine).get_indexes("incidents")
            if ix["name"] == "ix_incidents_overview"
        )
        assert "geo_precision" in index["column_names"]
        store.save_incidents([placed("after", 2.0, 48.0, 3)])
        assert store.stored_incident_count() == 8
        cells = store.incident_map(IncidentFilter(), zoom=2)["cells"]
        assert next(c for c in cells if c["count"] == 6)["areas"] == 3  # "text" is no area


def test_manual_split_and_merge_keep_the_column_in_step(samples_ledger: str) -> None:
    """The bundled samples resolved, split and merged by hand: every stored precision is its
    summary's."""
    with newsledger.open(samples_ledger) as ledger:
        incidents = ledger.incidents()
        several = next(i for i in incidents if len(i["mentions"]) > 1)
        mention = several["mentions"][-1]["mention_id"]
        apart = ledger.split([mention], note="apart")
        assert apart is not None and apart != several["id"]
        rest = ledger.store.incident_for_mention(several["mentions"][0]["mention_id"])
        assert rest is not None
        ledger.merge([apart, rest], note="together")
        store = ledger.store
        assert isinstance(store, SqlStore)
        c = tables.incidents.c
        with store.engine.connect() as conn:
            rows = conn.execute(select(c.summary, c.geo_precision)).all()
    assert rows
    assert all(
        row.geo_precision == (row.summary.get("location") or {}).get("geo_precision")
        for row in rows
    )
    assert any(row.geo_precision is not None for row in rows)


def test_the_bench_ledgers_carry_area_level_incidents_in_a_fixed_share() -> None:
    """The synthetic ledgers of the benches were all at precision 1, so the map's area work
    was never measured: both generators now cycle through 5% area, 5% near a town, 90% town,
    the same on every run."""
    import random

    from newsledger.merge.bench import _synthetic
    from newsledger.serve.bench import synthetic_incidents

    served = [inc.summary["location"]["geo_precision"] for inc in synthetic_incidents(2_000, 3)]
    assert served == [inc.summary["location"]["geo_precision"]
                      for inc in synthetic_incidents(2_000, 9)]  # fmt: skip
    assert (served.count(3), served.count(2), served.count(1)) == (100, 100, 1_800)
    rng = random.Random(4)
    merged = [
        claim.value["geo_precision"]
        for i in range(200)
        for claim in _synthetic(i, rng, "An outlet", random.Random(5))[1].claims
        if claim.field == "location"
    ]
    assert (merged.count(3), merged.count(2), merged.count(1)) == (10, 10, 180)
