"""Every command on `--db postgresql+psycopg://...`, checked against the same run on SQLite.

The input is the bundled examples plus a small synthetic corpus (several outlets per incident,
wire copies, conflicting figures), ingested with extraction into a fresh PostgreSQL schema and a
SQLite file through the CLI. Every read command must then give the same answer on both: the
store is an implementation detail, the ledger is not. `serve` runs as a real server subprocess on
the PostgreSQL URL, so its full-text query goes through tsvector where SQLite uses FTS5.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

import newsledger
from conftest import EXAMPLES, fresh_database_url, running_server
from newsledger.batch.synth import generate_corpus
from newsledger.serve.cli import app

pytestmark = pytest.mark.postgres

SYNTH_ARTICLES = 40
SYNTH_SEED = 7
"""A small synthetic corpus beside the examples: many incidents with several sources, wire copies
and conflicting figures, so every comparison below has merged incidents to compare."""

VOLATILE_ARTICLE_KEYS = ("ingested_at",)
"""Fields that record when a row was written, so differ between two runs by design."""

runner = CliRunner()


def invoke(*args: str) -> str:
    """Run one command in-process; fail with its output when it exits non-zero."""
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, f"newsledger {' '.join(args)}:\n{result.output}"
    return result.stdout


def invoke_json(*args: str) -> Any:
    return json.loads(invoke(*args, "--json"))


def without_volatile(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in VOLATILE_ARTICLE_KEYS}


@dataclass(frozen=True, slots=True)
class Ledgers:
    """The same input ingested into PostgreSQL and into SQLite, and the ingest reports."""

    pg: str
    sqlite: str
    reports: dict[str, dict[str, Any]]

    def both(self, *args: str) -> tuple[Any, Any]:
        """The JSON output of one command on PostgreSQL, then on SQLite."""
        return invoke_json(*args, "--db", self.pg), invoke_json(*args, "--db", self.sqlite)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("synth")
    generate_corpus(SYNTH_ARTICLES, folder, seed=SYNTH_SEED)
    return [EXAMPLES, folder]


@pytest.fixture(scope="module")
def ledgers(
    pg_url: str, inputs: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Ledgers]:
    folder = tmp_path_factory.mktemp("pg_commands")
    with fresh_database_url(pg_url, folder) as pg:
        urls = {"pg": pg, "sqlite": f"sqlite:///{folder / 'ledger.db'}"}
        paths = [str(p) for p in inputs]
        reports = {name: invoke_json("ingest", *paths, "--db", url) for name, url in urls.items()}
        yield Ledgers(urls["pg"], urls["sqlite"], reports)


def test_ingest_reports_the_same_on_both(ledgers: Ledgers) -> None:
    pg, lite = ledgers.reports["pg"], ledgers.reports["sqlite"]
    assert pg == lite
    assert pg["stored"] >= 30 and pg["near_duplicates"] > 0  # wire copies were linked
    assert pg["extracted_articles"] == pg["stored"] + pg["near_duplicates"]
    assert pg["extraction_failures"] == []


def test_articles_json_is_the_same(ledgers: Ledgers) -> None:
    pg, lite = ledgers.both("articles")
    assert len(pg) == ledgers.reports["pg"]["stored"] + ledgers.reports["pg"]["near_duplicates"]
    assert [without_volatile(r) for r in pg] == [without_volatile(r) for r in lite]
    assert all(r["ingested_at"] for r in pg)


def test_show_is_the_same_and_takes_an_id_prefix(ledgers: Ledgers) -> None:
    articles = invoke_json("articles", "--db", ledgers.pg)
    shown = 0
    for row in articles[:12]:
        pg, lite = ledgers.both("show", row["id"][:8])
        assert pg["id"] == row["id"]
        assert without_volatile(pg) == without_volatile(lite)
        shown += bool(pg["mentions"])
    assert shown > 0, "no shown article had mentions: the comparison saw no extraction"


def incident_facts(row: dict[str, Any]) -> dict[str, Any]:
    """The facts the ledger promises, in a form whose difference reads well in a failure."""
    return {
        "id": row["id"],
        "date": row["date"],
        "event_type": row["event_type"],
        "place": (row["location"] or {}).get("name"),
        "sources": row["sources"],
        "source_names": row["source_names"],
        "mentions": sorted(m["mention_id"] for m in row["mentions"]),
        "figures": sorted(
            (f["kind"], f["actor"] or "", f["item"] or "", f["value"], f["min"], f["max"])
            for f in row["figures"]
        ),
        "conflicts": sorted((c["field"], json.dumps(c["values"])) for c in row["conflicts"]),
    }


@pytest.fixture(scope="module")
def all_incidents(ledgers: Ledgers) -> list[dict[str, Any]]:
    pg, lite = ledgers.both("incidents")
    assert [incident_facts(r) for r in pg] == [incident_facts(r) for r in lite]
    assert pg == lite
    return list(pg)


def test_incidents_are_the_same_with_sources_figures_and_conflicts(
    all_incidents: list[dict[str, Any]],
) -> None:
    assert any(r["sources"] >= 2 for r in all_incidents), "nothing was merged"
    assert any(r["conflicts"] for r in all_incidents), "no conflict to compare"
    assert any(r["figures"] for r in all_incidents)
    assert any(r["date"] for r in all_incidents)


def _on_or_after(row: dict[str, Any], day: str) -> bool:
    last = row.get("date_last") or row["date"]
    return last is not None and date.fromisoformat(last[:10]) >= date.fromisoformat(day)


def _in_calais(row: dict[str, Any]) -> bool:
    location = row["location"] or {}
    return "Calais" in (location.get("name"), location.get("admin2"))


FILTERS: list[tuple[list[str], Any]] = [
    (["--place", "Calais"], _in_calais),
    (["--since", "2022-01-01"], lambda r: _on_or_after(r, "2022-01-01")),
    (["--min-sources", "2"], lambda r: r["sources"] >= 2),
    (
        ["--since", "2021-06-01", "--min-sources", "3"],
        lambda r: r["sources"] >= 3 and _on_or_after(r, "2021-06-01"),
    ),
]


@pytest.mark.parametrize(("args", "expected"), FILTERS, ids=[" ".join(a) for a, _ in FILTERS])
def test_incident_filters_are_the_same(
    ledgers: Ledgers, all_incidents: list[dict[str, Any]], args: list[str], expected: Any
) -> None:
    pg, lite = ledgers.both("incidents", *args)
    assert pg == lite
    ids = [r["id"] for r in pg]
    assert ids == [r["id"] for r in all_incidents if expected(r)]
    assert 0 < len(ids) < len(all_incidents), "the filter must keep some incidents, not all"


def test_incident_pages_are_the_same(ledgers: Ledgers, all_incidents: list[dict[str, Any]]) -> None:
    for row in all_incidents:
        pg, lite = ledgers.both("incident", row["id"])
        assert pg == lite == row


@pytest.mark.parametrize("fmt", ["acled", "geojson", "parquet"])
def test_exports_are_the_same(
    ledgers: Ledgers, all_incidents: list[dict[str, Any]], fmt: str, tmp_path: Path
) -> None:
    import pandas as pd

    files = {name: tmp_path / f"{name}.{fmt}" for name in ("pg", "sqlite")}
    for name, url in (("pg", ledgers.pg), ("sqlite", ledgers.sqlite)):
        out = invoke("export", "--format", fmt, "-o", str(files[name]), "--db", url)
        assert f"wrote {len(all_incidents)} incidents" in out
    if fmt == "parquet":
        pg, lite = (pd.read_parquet(files[n]) for n in ("pg", "sqlite"))
        pd.testing.assert_frame_equal(pg, lite)
        assert len(pg) == len(all_incidents)
        return
    if fmt == "acled":
        # ACLED's `timestamp` is when each ledger ingested the reports: the two ledgers were
        # filled seconds apart, so that column alone may differ; every other byte may not.
        pg, lite = (pd.read_csv(files[n], dtype=str) for n in ("pg", "sqlite"))
        assert len(pg) == len(all_incidents)
        assert pg["timestamp"].str.fullmatch(r"\d{10}").all()
        apart = pg["timestamp"].astype(int) - lite["timestamp"].astype(int)
        assert apart.abs().max() < 3600
        pd.testing.assert_frame_equal(pg.drop(columns="timestamp"), lite.drop(columns="timestamp"))
        assert files["pg"].read_bytes()[:3] == files["sqlite"].read_bytes()[:3] == b"\xef\xbb\xbf"
    else:
        assert files["pg"].read_bytes() == files["sqlite"].read_bytes()
        features = json.loads(files["pg"].read_text(encoding="utf-8"))["features"]
        assert features and all(f["geometry"]["type"] == "Point" for f in features)


# --- serve: a real server on the PostgreSQL URL ----------------------------------------------


@pytest.fixture(scope="module")
def pg_server(ledgers: Ledgers, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsledger serve --db <PostgreSQL URL>` in a subprocess; yields its base URL."""
    log = tmp_path_factory.mktemp("pg_server") / "server.log"
    with running_server(ledgers.pg, log) as base:
        yield base


def test_server_health(pg_server: str) -> None:
    body = httpx.get(f"{pg_server}/healthz").json()
    assert body["status"] == "ok"


QUERIES = [
    "police",  # in most incidents
    "clashed",  # an inflected verb: both stemmers must agree
    "Calais",
    "Târgovişte",  # accents: folded on both sides
    "Targoviste",
    "tear gas",  # every word must match (AND)
    "negotiations reopened",
]


@pytest.mark.parametrize("query", QUERIES)
def test_server_full_text_query_matches_sqlite(
    pg_server: str, ledgers: Ledgers, all_incidents: list[dict[str, Any]], query: str
) -> None:
    response = httpx.get(
        f"{pg_server}/api/incidents", params={"q": query, "limit": 200, "sort": "-date"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    with newsledger.open(ledgers.sqlite) as ledger:
        expected = ledger.incidents(query=query, sort="-date", limit=200)
        total = ledger.count_incidents(query=query)
    assert [r["id"] for r in body["items"]] == [r["id"] for r in expected]
    assert body["total"] == total == len(expected)
    assert 0 < total < len(all_incidents), f"{query!r} should match some incidents, not all"


def test_server_incident_page_matches_sqlite(
    pg_server: str, all_incidents: list[dict[str, Any]]
) -> None:
    merged = [r for r in all_incidents if r["sources"] >= 2 and r["conflicts"]]
    assert merged
    for row in merged:
        response = httpx.get(f"{pg_server}/api/incidents/{row['id']}")
        assert response.status_code == 200
        assert response.json() == row
    missing = httpx.get(f"{pg_server}/api/incidents/0000000000000000")
    assert missing.status_code == 404
    assert "no incident" in missing.json()["error"]


# --- bench --stage store ---------------------------------------------------------------------


def _bench_schemas(pg_url: str) -> list[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(pg_url).set(drivername="postgresql", query={})
    with psycopg.connect(conninfo.render_as_string(hide_password=False)) as conn:
        rows = conn.execute(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'bench_%'"
        ).fetchall()
    return [r[0] for r in rows]


def test_bench_store_measures_sqlite_and_postgres(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLEDGER_BENCH_PG_URL", pg_url)
    before = _bench_schemas(pg_url)
    figures = invoke_json("bench", "--stage", "store", str(EXAMPLES))
    for backend in ("sqlite", "postgres"):
        assert figures[f"{backend}:articles"] == 4
        assert figures[f"{backend}:rows"] == 4
        assert figures[f"{backend}:articles_per_s"] > 0
        assert figures[f"{backend}:rerun_articles_per_s"] > 0
    assert figures["postgres_vs_sqlite"] > 0
    assert _bench_schemas(pg_url) == before  # the benchmark's schema was dropped


def test_bench_store_without_postgres_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger.store.bench import PG_URL_VARS, bench_store

    for var in PG_URL_VARS:
        monkeypatch.delenv(var, raising=False)
    figures = bench_store([EXAMPLES])
    assert figures["postgres"] == "not configured"
    assert figures["sqlite:stored"] == 4
    assert not any(key.startswith("postgres:") for key in figures)
