"""What a new user met in the first hour (cleanup-s17): `serve` refusing a bad port or host
with a line, not a traceback; the API naming the values a refused parameter takes, not its
regular expression; ACLED's two-digit interaction code; export notes that read as English."""

from __future__ import annotations

import csv
import gzip
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsledger
from newsledger.ingest.jsonl import _read_lines_or_document
from newsledger.ingest.readers import read_file
from newsledger.model import Article, Rejection
from newsledger.serve.api import create_app
from newsledger.serve.cli import app
from newsledger.serve.exports import acled_row, interaction_code
from newsledger.store.derive import country_codes

runner = CliRunner()

REPORT = (
    "Masked men set fire to three cars outside the bus depot in Lyon, police said. "
    "Two firefighters were hurt while putting out the flames, and four men were arrested."
)
"""Our own sentences: one incident with a place and no date (a plain file with no date)."""


@pytest.fixture(scope="module")
def ledger_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("firsthour17")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    url = f"sqlite:///{folder / 'ledger.db'}"
    ledger = newsledger.open(url)
    try:
        ledger.ingest([str(folder / "report.txt")])
    finally:
        ledger.close()
    yield url


def _said(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_serve_refuses_a_port_out_of_range_without_a_traceback(ledger_url: str) -> None:
    code, out = _said("serve", "--db", ledger_url, "--port", "99999")
    assert code == 2, out
    assert "--port" in out and "65535" in out
    assert "Traceback" not in out and "OverflowError" not in out


def test_serve_blames_the_host_when_the_host_is_wrong(ledger_url: str) -> None:
    # 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine
    code, out = _said("serve", "--db", ledger_url, "--host", "192.0.2.1", "--port", "18731")
    assert code == 1, out
    assert "cannot listen on 192.0.2.1:18731" in out and "give --host" in out
    assert "--port" not in out and "another `newsledger serve`" not in out


def test_serve_on_a_busy_port_names_the_port(ledger_url: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, out = _said("serve", "--db", ledger_url, "--port", str(port))
    assert code == 1, out
    assert "another `newsledger serve`" in out and "choose another with --port" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("/api/incidents?sort=newest", "sort='newest': use date, -date, sources or -sources"),
        ("/api/export?format=xlsx", "format='xlsx': use one of acled, geojson, json, csv"),
        ("/api/incidents?since=12/05/2023", "since='12/05/2023': not a date: use YYYY-MM-DD"),
        ("/api/incidents?limit=0", "limit='0': Input should be greater than or equal to 1"),
        ("/api/search", "q: required"),
    ],
)
def test_the_api_names_what_a_refused_parameter_takes(
    ledger_url: str, query: str, expected: str
) -> None:
    client = TestClient(create_app(ledger_url))
    response = client.get(query)
    assert response.status_code == 422
    error = response.json()["error"]
    assert expected in error, error
    assert "pattern" not in error and "query." not in error


def test_interaction_is_two_digits_as_in_acleds_codebook() -> None:
    assert interaction_code("5", "1") == "15"
    assert interaction_code("1", "7") == "17"
    assert interaction_code("5", "") == "50", "rioters alone: the sole-actor code, not '5'"
    assert interaction_code("", "1") == "", "no actor1: no code that reads as police alone"
    assert interaction_code("", "") == ""


def test_acled_row_of_rioters_alone_has_a_sole_actor_interaction() -> None:
    summary = {
        "id": "f" * 16,
        "event_type": "Riots",
        "sub_event_type": "Violent demonstration",
        "location": {"name": "Lyon", "country_code": "FR"},
        "actors": [{"name": "rioters", "type": "rioters", "role": "agent", "inter": "5"}],
        "figures": [],
    }
    row = acled_row(summary)
    assert row["inter1"] == "5" and row["actor2"] == ""
    assert row["interaction"] == "50"


def test_export_notes_say_has_for_one_incident(ledger_url: str, tmp_path: Path) -> None:
    output = tmp_path / "one.csv"
    code, out = _said("export", "--db", ledger_url, "-o", str(output))
    assert code == 0, out
    assert "wrote 1 incident to" in out
    assert "1 of them has no date any source supports: its date columns are blank" in out
    with output.open(encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["event_date"] == "" and row["location"] == "Lyon"


def test_resolve_says_what_it_did(ledger_url: str) -> None:
    code, out = _said("resolve", "--db", ledger_url)
    assert code == 0, out
    assert "re-clustered the ledger: 1 incident before, 1 now; no human corrections" in out


def test_ingest_counts_read_as_english_for_one(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(REPORT, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'one.db'}"
    code, out = _said("ingest", str(tmp_path / "one.txt"), "--db", db)
    assert code == 0, out
    assert "extracted 1 article: 1 mention, 1 incident updated" in out
    code, out = _said("extract", "--force", "--db", db)
    assert code == 0 and "extracted 1 article: 1 mention, 1 incident updated" in out, out


@pytest.mark.parametrize("command", ["incidents", "export", "serve", "articles", "ingest"])
def test_help_says_what_to_type_not_python_types(command: str) -> None:
    code, out = _said(command, "--help")
    assert code == 0
    assert "--db URL" in out
    assert not [word for word in ("<str>", "<int", "<path>") if word in out], out
    if command in ("incidents", "export"):
        assert "--since YYYY-MM-DD" in out and "--min-sources N" in out


def test_parquet_keeps_ids_and_counts_whole_numbers(ledger_url: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    full, empty = tmp_path / "all.parquet", tmp_path / "none.parquet"
    assert _said("export", "--db", ledger_url, "--format", "parquet", "-o", str(full))[0] == 0
    args = ("--format", "parquet", "-o", str(empty), "--since", "2099-01-01")
    assert _said("export", "--db", ledger_url, *args)[0] == 0
    table, nothing = pq.read_table(full), pq.read_table(empty)
    assert table.num_rows == 1 and nothing.num_rows == 0
    assert nothing.schema.equals(table.schema), "an empty export has the same column types"
    for column in ("geonames_id", "geo_precision", "killed", "injured", "arrested", "sources"):
        assert table.schema.field(column).type == pa.int64(), column
    assert table.schema.field("latitude").type == pa.float64()
    assert table.schema.field("officers_present").type == pa.int64(), "no row fills it"
    [row] = table.to_pylist()
    assert row["location_name"] == "Lyon" and isinstance(row["geonames_id"], int)


def test_api_root_lists_the_endpoints_and_an_unknown_one_points_there(ledger_url: str) -> None:
    client = TestClient(create_app(ledger_url))
    index = client.get("/api")
    assert index.status_code == 200
    body = index.json()
    assert body["docs"] == "/docs" and body["openapi"] == "/openapi.json"
    assert {"GET /api/incidents", "GET /api/export", "POST /api/articles"} <= set(body["endpoints"])
    missing = client.get("/api/incident", headers={"accept": "application/json"})
    assert missing.status_code == 404
    assert missing.json()["error"] == (
        "no endpoint /api/incident: the endpoints are listed at /api and documented at /docs"
    )
    unknown_id = client.get("/api/incidents/abcdef0123", headers={"accept": "application/json"})
    assert (
        unknown_id.status_code == 404 and "no incident 'abcdef0123'" in unknown_id.json()["error"]
    )


@pytest.mark.parametrize("command", ["incidents", "articles"])
def test_a_limit_below_one_is_refused_as_the_api_refuses_it(ledger_url: str, command: str) -> None:
    code, out = _said(command, "--db", ledger_url, "--limit", "0")
    assert code == 2 and "--limit" in out and "greater than or equal to 1" in out, out


CARS = {
    "text": "Youths set fire to four cars in Roubaix on Friday night, police said.",
    "title": "Cars",
}
BUS = {"text": "A bus driver was punched by a passenger in Lille on Sunday, the operator said."}


def _read(path: Path) -> tuple[list[Article], list[Rejection]]:
    items = list(read_file(path))
    found = [i for i in items if isinstance(i, Article)]
    return found, [i for i in items if isinstance(i, Rejection)]


def test_a_pretty_printed_json_list_or_object_is_read_as_articles(tmp_path: Path) -> None:
    listed, single, one_line = tmp_path / "list.json", tmp_path / "one.json", tmp_path / "l.json"
    listed.write_text(json.dumps([CARS, BUS], indent=2), encoding="utf-8")
    single.write_text(json.dumps(BUS, indent=2) + "\n", encoding="utf-8")
    one_line.write_text(json.dumps([CARS, BUS]), encoding="utf-8")
    found, refused = _read(listed)
    assert not refused, refused
    assert [(a.origin, a.title) for a in found] == [(f"{listed}#1", "Cars"), (f"{listed}#2", None)]
    found, refused = _read(single)
    assert not refused and [a.origin for a in found] == [str(single)]
    found, refused = _read(one_line)
    assert not refused and [a.origin for a in found] == [f"{one_line}#1", f"{one_line}#2"]


def test_a_broken_json_document_is_one_rejection_saying_where(tmp_path: Path) -> None:
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps([CARS, BUS], indent=2)[:-3], encoding="utf-8")
    found, refused = _read(cut)
    assert not found and len(refused) == 1, refused
    assert refused[0].reason.startswith("not JSON: ") and "cut short" in refused[0].reason
    assert "one JSON object or a list of them" in refused[0].reason
    inner = tmp_path / "inner.json"
    inner.write_text('[\n  {"text": "x"}\n  {"text": "y"}\n]\n', encoding="utf-8")
    [rejection] = _read(inner)[1]
    assert "Expecting ',' delimiter at column 3 of line 3" in rejection.reason
    tab = tmp_path / "tab.json"
    tab.write_text('[\n  {"title": "a\tb", "text": "x"}\n]\n', encoding="utf-8")
    [rejection] = _read(tab)[1]
    assert "Invalid control character at column 15 of line 2:" in rejection.reason
    assert " at at " not in rejection.reason


def test_a_json_lines_line_cut_short_is_told_as_such(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n" + json.dumps(CARS) + '\n{"text": "cut\n' + json.dumps(BUS) + "\n")
    found, refused = _read(path)
    assert [a.origin for a in found] == [f"{path}:2", f"{path}:4"], "line numbers of the file"
    [rejection] = refused
    assert rejection.origin == f"{path}:3"
    assert rejection.reason.startswith(
        "line is not JSON: Unterminated string starting at column 10"
    )
    assert "Invalid control character" not in rejection.reason


class _NoWholeRead(io.BytesIO):
    """A file that fails if it is read whole: JSON Lines must stream."""

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size >= 0, "the whole file was read into memory"
        return super().read(size)


def test_json_lines_with_a_broken_first_line_stream_and_read_the_rest(tmp_path: Path) -> None:
    feed = b'{"text": "cut\n' + json.dumps(CARS).encode() + b"\n" + json.dumps(BUS).encode()
    items = list(_read_lines_or_document(_NoWholeRead(b"\n" + feed + b"\n"), Path("f.jsonl")))
    found = [i.origin for i in items if isinstance(i, Article)]
    refused = [i.origin for i in items if isinstance(i, Rejection)]
    assert found == ["f.jsonl:3", "f.jsonl:4"] and refused == ["f.jsonl:2"]
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress(feed + b"\n"))
    found_gz, refused_gz = _read(packed)
    assert [a.origin for a in found_gz] == [f"{packed}:2", f"{packed}:3"]
    assert [r.origin for r in refused_gz] == [f"{packed}:1"]


def test_a_document_opened_by_a_bare_brace_is_still_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text("\n" + json.dumps(BUS, indent=2) + "\n", encoding="utf-8")
    found, refused = _read(path)
    assert not refused and [a.origin for a in found] == [str(path)]


def test_export_writes_the_format_its_file_name_says(ledger_url: str, tmp_path: Path) -> None:
    geojson, parquet, named = tmp_path / "lyon.geojson", tmp_path / "a.parquet", tmp_path / "b.json"
    code, out = _said("export", "--db", ledger_url, "-o", str(geojson))
    assert code == 0 and "(geojson)" in out, out
    assert json.loads(geojson.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert _said("export", "--db", ledger_url, "-o", str(parquet))[0] == 0
    assert parquet.read_bytes()[:4] == b"PAR1"
    code, out = _said("export", "--db", ledger_url, "-o", str(named), "--format", "csv")
    assert code == 0 and "note: b.json is written as csv, as --format says, not json" in out
    assert named.read_text(encoding="utf-8-sig").startswith("id,date,")
    code, out = _said("export", "--db", ledger_url, "-o", str(tmp_path / "c.csv"))
    assert "(acled)" in out and "event_id_cnty" in (tmp_path / "c.csv").read_text("utf-8-sig")


def test_countries_by_the_names_people_give_them() -> None:
    assert country_codes("UK") == ["GB", "UK"] and country_codes("U.K.") == ["GB"]
    assert country_codes("Great Britain") == ["GB"] and country_codes("U.S.") == ["US"]
    assert country_codes("Netherlands") == ["NL"] == country_codes("The Netherlands")
    assert country_codes("Czech Republic") == ["CZ"] == country_codes("Czechia")
    assert country_codes("Gambia") == ["GM"] and country_codes("Bristol") == []


def test_place_uk_finds_a_british_incident(tmp_path: Path) -> None:
    report = tmp_path / "bristol.txt"
    report.write_text(
        "Two teenagers were hurt in a knife fight near the bus station in Bristol on Tuesday "
        "afternoon, police said.",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'uk.db'}"
    assert _said("ingest", str(report), "--db", db)[0] == 0
    for place in ("UK", "Bristol, UK", "United Kingdom", "Britain"):
        result = runner.invoke(app, ["incidents", "--db", db, "--place", place, "--json"])
        assert [i["location"]["name"] for i in json.loads(result.stdout)] == ["Bristol"], place


def test_an_html_page_without_article_text_counts_its_one_word(tmp_path: Path) -> None:
    page = tmp_path / "stub.html"
    page.write_text("<html><body><p>Loading</p></body></html>", encoding="utf-8")
    [rejection] = _read(page)[1]
    assert rejection.reason == (
        "HTML page has no article text (main text has 1 word, fewer than 20)"
    )


def test_ingest_of_the_folder_holding_the_ledger_skips_its_files(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    ledger = tmp_path / "newsledger.db"
    db = f"sqlite:///{ledger}"
    for _ in range(2):  # the second time, the database and its -wal / -shm are there
        code, out = _said("ingest", str(tmp_path), "--db", db, "--no-extract")
        assert code == 0 and "rejected 0" in out and "newsledger.db" not in out, out
    code, out = _said("ingest", str(ledger), "--db", db, "--no-extract")
    assert code == 1 and "the ledger's own database file, no article" in out, out
    other = tmp_path / "elsewhere"
    other.mkdir()
    code, out = _said("ingest", str(tmp_path), "--db", f"sqlite:///{other / 'b.db'}")
    assert "newsledger.db: a SQLite database (a ledger?), not articles" in out, out
