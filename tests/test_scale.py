"""Scale features of the store and the API: bulk loading, stored counts, keyset pages, the
overview aggregates, ETags and `serve --workers`. Both backends where the store is involved."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import fresh_database_url, running_server
from newsledger.errors import BadFilterError, StoreError
from newsledger.store import IncidentFilter, SqlStore, StoredIncident, open_store
from newsledger.store.filters import decode_cursor, encode_cursor

START = date(2021, 1, 4)  # a Monday


def incident(i: int, day: date | None, lon: float | None = None, lat: float | None = None,
             sources: int = 1) -> StoredIncident:  # fmt: skip
    location = {"name": f"Town {i}", "latitude": lat, "longitude": lon} if lon is not None else {}
    summary: dict[str, Any] = {
        "id": f"inc{i:04d}",
        "date": day.isoformat() if day else None,
        "event_type": "Riots" if i % 2 else "Protests",
        "location": location,
        "sources": sources,
        "conflicts": [],
    }
    return StoredIncident(f"inc{i:04d}", [f"a{i:04d}:0"], summary)


def ledger_incidents() -> list[StoredIncident]:
    """40 incidents: 3 per day on some days (ties for keyset paging), 2 undated, sources 1-3,
    all in two clusters of coordinates (around 2.3E 48.8N and 4.8E 45.7N) but the undated."""
    items = []
    for i in range(38):
        day = START + timedelta(days=(i // 3) * 5)
        lon, lat = (2.3 + i * 0.001, 48.8) if i % 4 else (4.8, 45.7 + i * 0.001)
        items.append(incident(i, day, lon, lat, sources=1 + i % 3))
    items += [incident(38, None), incident(39, None, sources=2)]
    return items


@pytest.fixture(scope="module")
def loaded(
    db_backend: str,
    tmp_path_factory: pytest.TempPathFactory,
    fresh_database: Callable[[str, Path], AbstractContextManager[str]],
) -> Iterator[SqlStore]:
    with fresh_database(db_backend, tmp_path_factory.mktemp("scale")) as url:
        store = open_store(url)
        assert isinstance(store, SqlStore)
        assert store.bulk_load_incidents(ledger_incidents()) == 40
        yield store
        store.close()


def test_bulk_load_is_counted_and_idempotent(loaded: SqlStore) -> None:
    assert loaded.stored_incident_count() == 40
    assert loaded.count_incidents() == 40
    version = loaded.data_version()
    loaded.bulk_load_incidents(ledger_incidents()[:5])  # already there: nothing changes
    assert loaded.stored_incident_count() == 40
    got = loaded.get_incident("inc0007")
    assert got is not None and got.mention_ids == ["a0007:0"]
    assert got.summary["location"]["name"] == "Town 7"
    assert loaded.list_incidents(IncidentFilter(query="Town 7", limit=5))[0].id == "inc0007"
    assert loaded.data_version() == version


def _sqlite_indexes(store: SqlStore) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return sorted(
            (row[0], row[1])
            for row in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('incidents', 'incident_mentions', 'incident_blocks')"
            )
        )


def test_bulk_load_into_an_empty_sqlite_ledger_ends_with_every_index(tmp_path: Path) -> None:
    """Into an empty ledger the plain indexes are built after the rows: the same indexes (names
    and definitions) are there afterwards, consistent with the rows, and queries use them."""
    store = SqlStore(f"sqlite:///{tmp_path / 'bulk.db'}")
    before = _sqlite_indexes(store)
    assert len(before) >= 14  # the listing, overview and filter indexes of the migrations
    assert store.bulk_load_incidents(ledger_incidents()) == 40
    assert _sqlite_indexes(store) == before
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = " ".join(
            str(row[-1])
            for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM incidents WHERE event_type = 'Riots'"
            )
        )
    assert "ix_incidents_event_type" in plan
    assert store.count_incidents(IncidentFilter(event_type="Riots")) == 20
    assert [i.id for i in store.list_incidents(IncidentFilter(query="Town 12"))] == ["inc0012"]
    store.close()


def test_a_failed_bulk_load_leaves_the_sqlite_ledger_and_its_indexes_as_they_were(
    tmp_path: Path,
) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 'bulk.db'}")
    before = _sqlite_indexes(store)
    clash = replace(incident(41, START), mention_ids=["a0003:0"])  # inc0003's mention again
    with pytest.raises(StoreError):
        store.bulk_load_incidents([*ledger_incidents(), clash])
    assert store.stored_incident_count() == 0
    assert _sqlite_indexes(store) == before
    store.close()


@pytest.mark.postgres
def test_bulk_load_leaves_postgresql_pages_all_visible(pg_url: str, tmp_path: Path) -> None:
    """Index-only scans need the visibility map set, else every deep page visits the heap.
    PostgreSQL only: SQLite has no visibility map (its covering indexes never read the table)."""
    with fresh_database_url(pg_url, tmp_path) as url:
        store = open_store(url)
        assert isinstance(store, SqlStore)
        try:
            assert store.bulk_load_incidents(ledger_incidents()) == 40
            with store.engine.connect() as conn:
                visible, pages = conn.exec_driver_sql(
                    "SELECT relallvisible, relpages FROM pg_class"
                    " WHERE oid = to_regclass('incidents')"
                ).one()
        finally:
            store.close()
    assert pages > 0 and visible == pages


def test_counts_and_version_follow_saves_and_removals(loaded: SqlStore) -> None:
    before = loaded.data_version()
    extra = incident(99, START, 2.0, 48.0)
    loaded.save_incidents([extra])
    assert loaded.stored_incident_count() == 41
    after_insert = loaded.data_version()
    assert after_insert != before
    loaded.save_incidents([extra])  # an update: same count, new version
    assert loaded.stored_incident_count() == 41
    assert loaded.data_version() != after_insert
    loaded.save_incidents([], remove_ids=["inc0099"])
    assert loaded.stored_incident_count() == 40
    assert loaded.count_incidents() == 40


@pytest.mark.parametrize("sort", ["date", "-date", "sources", "-sources"])
@pytest.mark.parametrize("since", [None, START + timedelta(days=20)])
def test_keyset_pages_match_the_full_listing(
    loaded: SqlStore, sort: str, since: date | None
) -> None:
    full = [i.id for i in loaded.list_incidents(IncidentFilter(sort=sort, since=since))]
    paged: list[str] = []
    cursor = None
    for _ in range(50):
        page, last = loaded.list_incident_page(
            IncidentFilter(sort=sort, since=since, limit=7, cursor=cursor)
        )
        paged += [i.id for i in page]
        if last is None:
            break
        cursor = decode_cursor(encode_cursor(last, sort), sort)
    assert paged == full
    assert len(set(paged)) == len(paged)


def test_capped_count(loaded: SqlStore) -> None:
    riots = IncidentFilter(event_type="Riots")
    assert loaded.count_incidents_upto(riots, 100) == (20, True)
    assert loaded.count_incidents_upto(riots, 5) == (5, False)
    assert loaded.count_incidents_upto(IncidentFilter(), 5) == (40, True)  # stored count


def test_cursor_errors_say_what_to_do() -> None:
    with pytest.raises(BadFilterError, match="next_cursor"):
        decode_cursor("not-a-cursor", "date")
    with pytest.raises(BadFilterError, match="sort="):
        decode_cursor(encode_cursor(["2021-01-01", "x"], "date"), "-date")


@pytest.fixture(params=["sql", "columns"])
def overview(request: pytest.FixtureRequest, loaded: SqlStore) -> Iterator[SqlStore]:
    """The loaded store answering the overview by SQL, or from its in-memory columns."""
    if request.param == "columns":
        loaded.keep_overview_columns(background=False)
        assert loaded.columns_keeper is not None
        assert loaded.columns_keeper.current(loaded.data_version()) is not None
    yield loaded
    loaded.columns_keeper = None


def test_timeline_covers_every_match(overview: SqlStore) -> None:
    loaded = overview
    whole = loaded.incident_timeline(IncidentFilter())
    # 38 dated incidents over 12 * 5 = 60 days: one bar per day, first to last day.
    assert whole["bucket"] == "day"
    assert whole["first"] == START.isoformat()
    assert whole["last"] == (START + timedelta(days=60)).isoformat()
    assert len(whole["buckets"]) == 61
    assert sum(b["count"] for b in whole["buckets"]) == whole["dated"] == 38
    assert whole["undated"] == 2
    assert whole["buckets"][0] == {"start": START.isoformat(), "count": 3}
    late = loaded.incident_timeline(IncidentFilter(since=START + timedelta(days=55)))
    assert [b["count"] for b in late["buckets"]] == [3, 0, 0, 0, 0, 2]


def test_map_cells_split_when_zooming_in(overview: SqlStore) -> None:
    loaded = overview
    world = loaded.incident_map(IncidentFilter(), zoom=0)
    assert world["located"] == 38  # the two undated ones have no coordinates
    assert len(world["cells"]) == 1  # both clusters fall in one 45-degree cell
    closer = loaded.incident_map(IncidentFilter(), zoom=5)  # cells of 1.4 degrees
    counts = sorted(cell["count"] for cell in closer["cells"])
    assert counts == [10, 28]  # i % 4 == 0 near Lyon, the rest near Paris
    for cell in closer["cells"]:
        west, south, east, north = cell["bbox"]
        assert west <= cell["lon"] <= east and south <= cell["lat"] <= north
    lyon = next(c for c in closer["cells"] if c["count"] == 10)
    inside = loaded.incident_map(IncidentFilter(bbox=tuple(lyon["bbox"])), zoom=14)
    assert inside["located"] == 10
    assert len(inside["cells"]) > 1
    single = [c for c in inside["cells"] if c["count"] == 1]
    assert all(c["id"].startswith("inc") for c in single)


def varied_incident(i: int, rng: random.Random) -> StoredIncident:
    """An incident drawing on every column the overview filters by: spans of several days,
    undated and unlocated ones, sub-event types, place keys, countries, conflicts."""
    day = START + timedelta(days=rng.randrange(400)) if rng.random() > 0.1 else None
    last = day + timedelta(days=rng.choice((0, 0, 0, 3))) if day else None
    location: dict[str, Any] = {
        "name": rng.choice(("Lyon", "Lille", "Gent", None)),
        "admin1": rng.choice(("Rhone", "Nord", None)),
        "country_code": rng.choice(("FR", "BE", None)),
    }
    if rng.random() > 0.1:  # a few near the antimeridian, the rest in western Europe
        lon = rng.uniform(175, 180) if rng.random() < 0.1 else rng.uniform(-5, 10)
        location |= {"longitude": lon, "latitude": rng.uniform(40, 55)}
    # town, near a town, an area (counted apart on the map) or none given
    location["geo_precision"] = rng.choice((1, 2, 3, 3, None))
    summary: dict[str, Any] = {
        "id": f"var{i:04d}",
        "date": day.isoformat() if day else None,
        "date_last": last.isoformat() if last and last != day else None,
        "event_type": rng.choice(("Riots", "Protests", "Violence against civilians")),
        "sub_event_type": rng.choice(("Mob violence", "Attack", None)),
        "location": location,
        "sources": rng.randint(1, 4),
        "conflicts": [{"field": "killed"}] if rng.random() < 0.2 else [],
    }
    return StoredIncident(summary["id"], [f"v{i:04d}:0"], summary)


OVERVIEW_FILTERS = (
    IncidentFilter(),
    IncidentFilter(since=START + timedelta(days=100)),
    IncidentFilter(until=START + timedelta(days=200)),
    IncidentFilter(since=START + timedelta(days=50), until=START + timedelta(days=60)),
    IncidentFilter(event_type="riots"),
    IncidentFilter(event_type="Attack"),
    IncidentFilter(event_type="no such type"),
    IncidentFilter(place="lyon"),
    IncidentFilter(place="Rhone"),
    IncidentFilter(place="BE"),
    IncidentFilter(place="France"),
    IncidentFilter(bbox=(0.0, 45.0, 5.0, 50.0)),
    IncidentFilter(bbox=(178.0, -90.0, -170.0, 90.0)),  # across the antimeridian
    IncidentFilter(min_sources=3, has_conflict=False),
    IncidentFilter(has_conflict=True, since=START + timedelta(days=30)),
)


def test_columns_answer_as_sql_does(
    db_backend: str,
    tmp_path: Path,
    fresh_database: Callable[[str, Path], AbstractContextManager[str]],
) -> None:
    """The in-memory columns give SQL's answer for every filter they take, at several zooms."""
    rng = random.Random(7)
    with fresh_database(db_backend, tmp_path) as url:
        store = open_store(url)
        assert isinstance(store, SqlStore)
        try:
            store.bulk_load_incidents(varied_incident(i, rng) for i in range(600))
            for flt in OVERVIEW_FILTERS:
                by_sql = [store.incident_timeline(flt)]
                by_sql += [store.incident_map(flt, zoom) for zoom in (0, 4, 9, 14)]
                store.keep_overview_columns(background=False)
                assert store.columns_keeper is not None
                assert store.columns_keeper.current(store.data_version()) is not None
                by_columns = [store.incident_timeline(flt)]
                by_columns += [store.incident_map(flt, zoom) for zoom in (0, 4, 9, 14)]
                store.columns_keeper = None
                assert by_columns == by_sql, flt
            assert store.incident_timeline(OVERVIEW_FILTERS[0])["dated"] > 0
        finally:
            store.close()


PLACED = ("place", "geo_precision", "area")
"""Keys the API adds to a one-incident cell (`wording.place_cells`)."""


def test_map_json_from_columns_is_the_encoded_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The map's JSON from the columns is, byte for byte, SQL's answer as the API sends it
    (`api.placed_map_json`, places of one-incident cells included): for every filter, at
    coarse and fine zooms, truncated or not."""
    from newsledger.serve.api import placed_map_json

    rng = random.Random(11)
    store = SqlStore(f"sqlite:///{tmp_path / 'ledger.db'}")
    try:
        store.bulk_load_incidents(varied_incident(i, rng) for i in range(400))
        for max_cells in (5000, 3):
            monkeypatch.setattr("newsledger.store.overview.MAX_CELLS", max_cells)
            monkeypatch.setattr("newsledger.store.columns.MAX_CELLS", max_cells)
            for flt in OVERVIEW_FILTERS:
                for zoom in (0, 4, 9, 14):
                    store.columns_keeper = None
                    by_sql = placed_map_json(store, flt, zoom)
                    store.keep_overview_columns(background=False)
                    by_columns = placed_map_json(store, flt, zoom)
                    assert by_columns == by_sql, (flt, zoom)
                    cells = json.loads(by_columns)["cells"]
                    unplaced = [{k: v for k, v in c.items() if k not in PLACED} for c in cells]
                    assert unplaced == store.incident_map(flt, zoom)["cells"]
        whole = json.loads(placed_map_json(store, IncidentFilter(), 0))
        assert whole["truncated"] is True and len(whole["cells"]) == 3
        finest = json.loads(placed_map_json(store, IncidentFilter(), 14))
        alone = [cell for cell in finest["cells"] if cell["count"] == 1]
        assert alone and all(cell["id"].startswith("var") for cell in alone)
        assert any(cell.get("place") for cell in alone), "one-incident cells name their place"
        mixed = [c for c in whole["cells"] if 0 < c["areas"] < c["count"]]
        assert mixed and all("placed_lon" in c and "area_lon" in c for c in mixed)
    finally:
        store.close()


def test_columns_are_never_older_than_the_data(tmp_path: Path) -> None:
    """After a write the columns are stale: SQL answers (with the new incident) until they are
    read again, then they answer with it too."""
    store = SqlStore(f"sqlite:///{tmp_path / 'ledger.db'}")
    try:
        store.bulk_load_incidents(ledger_incidents()[:10])
        store.keep_overview_columns(background=False)
        keeper = store.columns_keeper
        assert keeper is not None
        assert store.incident_timeline(IncidentFilter())["dated"] == 10
        store.bulk_load_incidents([incident(90, START, 2.3, 48.8)])
        assert keeper.current(store.data_version()) is None
        assert store.incident_timeline(IncidentFilter())["dated"] == 11
        keeper.refresh()
        assert keeper.current(store.data_version()) is not None
        assert store.incident_timeline(IncidentFilter())["dated"] == 11
        assert store.incident_map(IncidentFilter(), zoom=0)["located"] == 11
    finally:
        store.close()


# --- the API over a real server -----------------------------------------------------------
@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SQLite ledger of the 40 incidents served by `newsledger serve --workers 2`."""
    folder = tmp_path_factory.mktemp("served")
    url = f"sqlite:///{folder / 'ledger.db'}"
    store = SqlStore(url)
    store.bulk_load_incidents(ledger_incidents())
    store.close()
    with running_server(url, folder / "server.log", extra_args=("--workers", "2")) as base:
        yield base


def test_api_pages_with_cursor_and_offset(served: str) -> None:
    first = httpx.get(f"{served}/api/incidents", params={"limit": 15}).json()
    assert first["total"] == 40 and first["total_exact"] is True
    second = httpx.get(
        f"{served}/api/incidents", params={"limit": 15, "cursor": first["next_cursor"]}
    ).json()
    by_offset = httpx.get(f"{served}/api/incidents", params={"limit": 15, "offset": 15}).json()
    assert [i["id"] for i in second["items"]] == [i["id"] for i in by_offset["items"]]
    both = httpx.get(
        f"{served}/api/incidents", params={"cursor": first["next_cursor"], "offset": 15}
    )
    assert both.status_code == 422 and "cursor" in both.json()["error"]


def test_etag_gives_304_on_json_and_pages(served: str) -> None:
    for path in ("/api/incidents/inc0003", "/incidents/inc0003", "/api/incidents?limit=3"):
        response = httpx.get(served + path)
        assert response.status_code == 200
        tag = response.headers["etag"]
        assert response.headers["cache-control"] == "public, no-cache"
        again = httpx.get(served + path, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b""
        stale = httpx.get(served + path, headers={"If-None-Match": '"stale"'})
        assert stale.status_code == 200


def test_aggregate_endpoints_are_in_the_spec(served: str) -> None:
    paths = httpx.get(f"{served}/openapi.json").json()["paths"]
    for path in ("/api/incidents/timeline", "/api/incidents/map"):
        params = {p["name"] for p in paths[path]["get"]["parameters"]}
        assert {"since", "until", "place", "bbox", "type", "min_sources", "q"} <= params
    timeline = httpx.get(f"{served}/api/incidents/timeline", params={"type": "Riots"}).json()
    assert timeline["dated"] + timeline["undated"] == 20
    cells = httpx.get(f"{served}/api/incidents/map", params={"zoom": 3}).json()["cells"]
    assert sum(c["count"] for c in cells) == 38
    bad = httpx.get(f"{served}/api/incidents/map", params={"zoom": 99})
    assert bad.status_code == 422


def test_health_tells_when_the_overview_columns_are_ready(served: str) -> None:
    """Each worker reads its columns in the background and says so; aggregates answer the
    same before and after (SQL, then the columns)."""
    deadline = time.monotonic() + 60
    ready = 0
    while ready < 8:  # consecutive answers, from whichever worker takes each connection
        assert time.monotonic() < deadline, "the overview columns were never ready"
        state = httpx.get(f"{served}/healthz").json()["overview_columns"]
        assert state in ("ready", "loading")
        ready = ready + 1 if state == "ready" else 0
    timeline = httpx.get(f"{served}/api/incidents/timeline", params={"type": "Riots"}).json()
    assert timeline["dated"] + timeline["undated"] == 20
    cells = httpx.get(f"{served}/api/incidents/map", params={"zoom": 5}).json()["cells"]
    assert sorted(c["count"] for c in cells) == [10, 28]


def test_in_memory_ledger_keeps_no_columns() -> None:
    """An in-memory SQLite ledger has one shared connection: aggregates stay on SQL."""
    store = SqlStore("sqlite://")
    try:
        store.bulk_load_incidents(ledger_incidents()[:5])
        store.keep_overview_columns(background=False)
        assert store.columns_keeper is None
        assert store.incident_timeline(IncidentFilter())["dated"] == 5
    finally:
        store.close()


def test_merge_bench_ledger_reads_back_as_ingest_would_store_it(tmp_path: Path) -> None:
    """The merge bench's ledger, loaded by plain executemany and the bulk loader, is a ledger
    the store reads as usual: articles with their text, mentions with their claims, incidents
    found by their block keys, and a repeated report merges into its incident."""
    from newsledger.merge.bench import load_synthetic_ledger
    from newsledger.merge.blocking import block_keys
    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import add_mentions, incident_id_for
    from newsledger.model import Article, Mention

    url = f"sqlite:///{tmp_path / 'merge-bench.db'}"
    sample = load_synthetic_ledger(url, 250)
    assert sample
    with open_store(url) as store:
        assert store.count_articles() == 250
        assert store.count_incidents() == 250
        first = sample[0]
        article = store.get_article(first.article_id)
        assert article is not None and article.text.startswith(first.claims[0].span.text)
        stored = store.get_mention(first.id)
        assert stored is not None and stored.claims == first.claims
        assert store.incident_for_mention(first.id) == incident_id_for(first.id)
        probe = block_keys(build_profile(first, {article.id: article}))[1]
        assert incident_id_for(first.id) in {i.id for i in store.incidents_for_blocks(probe)}
        copy = Article(id="again", text=article.text, title=article.title, outlet="Another",
                       published=article.published)  # fmt: skip
        claims = [replace(c, span=replace(c.span, article_id=copy.id)) for c in first.claims]
        again = Mention(copy.id, 0, True, claims=claims)
        store.add_articles([copy])
        store.save_mentions(copy.id, [again])
        add_mentions(store, [again], {copy.id: copy})
        assert store.incident_for_mention(again.id) == store.incident_for_mention(first.id)
        assert store.count_incidents() == 250


def test_merge_bench_reports_share_names_and_have_postal_towns() -> None:
    """The synthetic reports exercise the keys that hold many incidents: a third name a victim
    from a small pool, so names recur; some places have no GeoNames id but a point."""
    from collections import Counter

    from newsledger.merge.bench import _synthetic

    rng, streets = random.Random(3), random.Random(4)
    mentions = [_synthetic(i, rng, "An outlet", streets)[1] for i in range(3_000)]
    people = [c.value for m in mentions for c in m.claims if c.field == "person"]
    assert 900 <= len(people) <= 1_100
    assert Counter(people).most_common(1)[0][1] >= 2  # a full name of two reports
    places = [c.value for m in mentions for c in m.claims if c.field == "location"]
    postal = [p for p in places if p["geonames_id"] is None]
    assert postal and all(p["latitude"] is not None and p["admin1"] for p in postal)


def test_merge_bench_reports_give_street_blocks_at_the_measured_share() -> None:
    """About 39% of the synthetic reports give a block or a house address, as gva_dev's
    training reports do, read by the resolver's own reader; the streets come from their own
    stream, so the rest of each report is the same with any street seed."""
    from newsledger.merge.bench import BLOCK_SHARE, HOUSE_SHARE, _synthetic
    from newsledger.merge.descriptions import street_blocks

    def reports(street_seed: int) -> list[tuple[Any, Any]]:
        rng, streets = random.Random(3), random.Random(street_seed)
        return [_synthetic(i, rng, "An outlet", streets) for i in range(4_000)]

    def facts(batch: list[tuple[Any, Any]]) -> list[list[tuple[str, Any]]]:
        return [[(c.field, c.value) for c in m.claims] for _, m in batch]

    first, other = reports(11), reports(12)
    assert facts(first) == facts(other)
    assert [a.text for a, _ in first] != [a.text for a, _ in other]
    assert [a.text for a, _ in first] == [a.text for a, _ in reports(11)]
    kinds = [
        (" block of " in a.text, " at " in a.text, bool(street_blocks(a.text, a.language)))
        for a, _ in first
    ]
    assert all(read == (block or house) for block, house, read in kinds), "each one is read"
    blocks = sum(block for block, _, _ in kinds) / len(kinds)
    houses = sum(house for _, house, _ in kinds) / len(kinds)
    assert abs(blocks - BLOCK_SHARE) < 0.03 and abs(houses - HOUSE_SHARE) < 0.015


def test_merge_bench_ledger_stores_town_by_block_keys(tmp_path: Path) -> None:
    """The loaded ledger stores the town x street-block keys of the reports that give a block,
    so a report of the same block in the same town finds its incident through them alone."""
    from newsledger.merge.bench import load_synthetic_ledger
    from newsledger.merge.blocking import street_block_keys
    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import incident_id_for

    url = f"sqlite:///{tmp_path / 'merge-bench.db'}"
    sample = load_synthetic_ledger(url, 200)
    with open_store(url) as store:
        with_block = 0
        for mention in sample:
            article = store.get_article(mention.article_id)
            assert article is not None
            probed = street_block_keys(build_profile(mention, {article.id: article}))[1]
            if not probed:
                continue
            with_block += 1
            found = {i.id for i in store.incidents_for_blocks(probed)}
            assert incident_id_for(mention.id) in found
        assert with_block >= 1
