"""The `newsledger` command line through Typer's CliRunner, on real articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, REPO
from newsledger.serve.cli import app

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", command_names())
def test_every_command_has_help(command: str) -> None:
    code, out = invoke(command, "--help")
    assert code == 0
    assert len(out.strip().splitlines()) > 3


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in command_names() if not re.search(rf"newsledger {c}\b", readme)]
    assert not missing, f"commands missing from README.md: {missing}"


def test_ingest_seeds_then_articles_json(seeds_dir: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    code, out = invoke("ingest", str(seeds_dir), "--db", db, "--no-extract")
    assert code == 0, out
    assert "stored" in out
    code, out = invoke("articles", "--db", db, "--json")
    rows = json.loads(out)
    assert len(rows) == 4
    keys = {"id", "url", "title", "outlet", "language", "published", "duplicate_of"}
    assert all(keys <= set(r) for r in rows)
    assert all(r["title"] for r in rows)
    published = {r["origin"].rsplit("/", 1)[-1][:3]: r["published"] for r in rows}
    assert published["002"] == published["003"] == "2021-12-31"
    assert published["000"] is None and published["001"] is None


def test_ingest_examples_gives_their_date_lines(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ex.db'}"
    code, _ = invoke("ingest", str(EXAMPLES), "--db", db, "--no-extract")
    assert code == 0
    rows = json.loads(invoke("articles", "--db", db, "--json")[1])
    dated = sorted(r["published"] for r in rows if r["published"])
    assert dated == ["2021-06-02", "2021-12-31", "2021-12-31"]
    assert all(r["title"] for r in rows)


def test_ingest_of_nothing_fails_with_a_reason(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'none.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code != 0
    assert "missing.txt" in result.stdout


def test_show_unknown_article_is_one_clear_line(tmp_path: Path) -> None:
    import newsledger

    db = f"sqlite:///{tmp_path / 'empty.db'}"
    newsledger.open(db).close()  # an existing, empty ledger
    result = runner.invoke(app, ["show", "abcdef123456", "--db", db])
    assert result.exit_code == 1
    assert "no article" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [["incidents"], ["articles"], ["rejections"], ["incident", "0123456789abcdef"],
     ["show", "abcdef123456"], ["export", "-o", "out.csv"], ["serve"]],
)  # fmt: skip
def test_read_commands_in_an_empty_folder_create_no_database(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    result = runner.invoke(app, command)
    assert result.exit_code == 1
    assert "no database at newsledger.db" in result.stderr
    assert "newsledger ingest" in result.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is created by a read command"


def test_demo_keeps_its_database_and_says_what_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    code, out = invoke("demo")
    assert code == 0, out
    assert "Calais" in out
    assert "2021-12-30" in out
    assert (tmp_path / "newsledger-demo.db").is_file(), "the demo's database is kept"
    assert "newsledger serve --db newsledger-demo.db" in out
    incident_id = re.search(r"newsledger incident ([0-9a-f]{16})", out)
    assert incident_id, out
    code, page = invoke("incident", incident_id.group(1), "--db", "newsledger-demo.db")
    assert code == 0 and "Calais" in page


def test_demo_at_80_columns_cuts_no_word(tmp_path: Path) -> None:
    """At 80 columns every line fits and the event types stand whole on one line (the old
    table printed "Mob violenc" / "e")."""
    result = CliRunner().invoke(
        app, ["demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    prose = [line for line in lines if not line.lstrip().startswith("newsledger ")]
    assert max(len(line.rstrip()) for line in prose) <= 80, "commands to copy are never cut"
    for phrase in ("Riots / Mob violence", "Violence against civilians", "Hauts-de-France"):
        assert any(phrase in line for line in lines), f"{phrase!r} is cut: {result.stdout}"


def test_incidents_json_and_incident_page(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'inc.db'}"
    assert invoke("ingest", str(EXAMPLES), "--db", db)[0] == 0
    rows = json.loads(invoke("incidents", "--db", db, "--json")[1])
    assert rows
    merged = [r for r in rows if r["sources"] == 2]
    assert len(merged) == 1
    code, page = invoke("incident", merged[0]["id"], "--db", db)
    assert code == 0
    assert "CONFLICT" in page
    filtered = json.loads(invoke("incidents", "--db", db, "--json", "--min-sources", "2")[1])
    assert [r["id"] for r in filtered] == [merged[0]["id"]]
    none = json.loads(invoke("incidents", "--db", db, "--json", "--since", "2030-01-01")[1])
    assert none == []


def test_export_formats(tmp_path: Path) -> None:
    import pandas as pd

    db = f"sqlite:///{tmp_path / 'exp.db'}"
    assert invoke("ingest", str(EXAMPLES), "--db", db)[0] == 0
    acled = tmp_path / "out.csv"
    assert invoke("export", "--format", "acled", "-o", str(acled), "--db", db)[0] == 0
    frame = pd.read_csv(acled)
    assert {"event_date", "actor1", "inter1", "geo_precision", "fatalities", "tags"} <= set(
        frame.columns
    )
    parquet = tmp_path / "out.parquet"
    assert invoke("export", "--format", "parquet", "-o", str(parquet), "--db", db)[0] == 0
    assert len(pd.read_parquet(parquet)) == len(frame)
    geo = tmp_path / "out.geojson"
    assert invoke("export", "--format", "geojson", "-o", str(geo), "--db", db)[0] == 0
    assert json.loads(geo.read_text())["type"] == "FeatureCollection"


def test_rejections_lists_damaged_input_that_was_stored(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(
        b"Crowd clashes with police in Ghent\n\nSeven officers were hurt when a crowd threw "
        b"bottles at police in Ghent on Friday night, the city's mayor said \xff\xfe.\n"
    )
    db = f"sqlite:///{tmp_path / 'd.db'}"
    assert invoke("ingest", str(damaged), "--db", db, "--no-extract")[0] == 0
    code, out = invoke("rejections", "--db", db, "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["origin"] for r in rows] == [str(damaged)]
    assert "invalid UTF-8" in rows[0]["reason"] and "stored" in rows[0]["reason"]


def test_export_takes_the_list_filters_and_says_what_geojson_leaves_out(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'exp.db'}"
    assert invoke("ingest", str(EXAMPLES), "--db", db)[0] == 0
    every = json.loads(invoke("incidents", "--db", db, "--json")[1])
    calais = json.loads(invoke("incidents", "--db", db, "--json", "--place", "Calais")[1])
    assert 0 < len(calais) < len(every)
    out = tmp_path / "calais.json"
    code, said = invoke(
        "export", "--format", "json", "--place", "Calais", "-o", str(out), "--db", db
    )
    assert code == 0
    assert sorted(r["id"] for r in json.loads(out.read_text())) == sorted(r["id"] for r in calais)
    assert f"wrote {len(calais)} incidents" in said

    geo = tmp_path / "all.geojson"
    code, said = invoke("export", "--format", "geojson", "-o", str(geo), "--db", db)
    assert code == 0
    located = [r for r in every if (r.get("location") or {}).get("latitude") is not None]
    assert len(json.loads(geo.read_text())["features"]) == len(located)
    assert len(located) < len(every), "the examples hold incidents with no place"
    assert f"{len(every) - len(located)} of them have no coordinates" in said
    undated = [r for r in every if not r.get("date")]
    assert undated, "sample 000 states no publication date and no day"
    code, said = invoke("export", "--format", "acled", "-o", str(tmp_path / "a.csv"), "--db", db)
    assert code == 0
    assert f"{len(undated)} of them have no date any source supports" in said
    code, said = invoke("export", "--format", "json", "-o", str(tmp_path / "a.json"), "--db", db)
    assert code == 0 and "no date" not in said, "JSON keeps the null date: nothing to explain"
    code, said = invoke("incidents", "--db", db, "--limit", "1")
    assert code == 0 and f"showing 1 of {len(every)} incidents" in said


def test_show_says_which_incident_each_mention_joined(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'show.db'}"
    assert invoke("ingest", str(EXAMPLES), "--db", db)[0] == 0
    merged = [
        r for r in json.loads(invoke("incidents", "--db", db, "--json")[1]) if r["sources"] == 2
    ]
    assert len(merged) == 1
    article_id = merged[0]["articles"][0]
    code, page = invoke("show", article_id, "--db", db)
    assert code == 0
    assert f"in incident {merged[0]['id']}" in page
    stored = json.loads(invoke("articles", "--db", db, "--json")[1])
    code, listing = invoke("articles", "--db", db, "--limit", "1")
    assert code == 0 and f"showing 1 of {len(stored)} articles" in listing


STABBING = "A cyclist was stabbed outside a bakery in Dijon on Monday evening, police said."
"""Our own sentence: one small incident to store."""


def _said(*args: str) -> tuple[int, str]:
    """Exit code and output with its whitespace folded (Rich wraps lines at the terminal width)."""
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_rejections_of_a_ledger_that_refused_nothing_says_so(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(STABBING + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert _said("ingest", str(report), "--db", url, "--no-extract")[0] == 0
    code, out = _said("rejections", "--db", url)
    assert code == 0
    assert out == "no file or record has been refused"
    code, out = _said("rejections", "--db", url, "--json")
    assert code == 0 and json.loads(out) == [], "the contract form stays an empty list"


def test_a_refused_file_is_still_listed_without_the_empty_note(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "report.txt").write_text(STABBING + "\n", encoding="utf-8")
    (tmp_path / "inbox" / "blank.txt").write_text("  \n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'some.db'}"
    assert _said("ingest", str(tmp_path / "inbox"), "--db", url, "--no-extract")[0] == 0
    code, out = _said("rejections", "--db", url)
    assert code == 0 and "blank.txt: empty file" in out
    assert "no file or record has been refused" not in out


def test_serve_help_names_the_endpoint_the_token_opens() -> None:
    code, out = _said("serve", "--help")
    assert code == 0
    assert "POST /api/articles" in out
    assert "POST /articles" not in out.replace("POST /api/articles", "")


def test_ingest_of_a_web_address_says_it_reads_files_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'web.db'}"
    address = "https://news.example.org/2024/05/riot-report"
    code, out = _said("ingest", address, "--db", url)
    assert code == 1
    assert f"rejected {address}: path does not exist" in out
    assert f"{address} is a web address: `ingest` reads files, never the network" in out
    assert f"curl -L -o page.html '{address}'" in out
    assert not (tmp_path / "web.db").exists()


def test_ingest_of_a_file_gets_no_web_hint(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(STABBING + "\n", encoding="utf-8")
    code, out = _said(
        "ingest", str(report), "--db", f"sqlite:///{tmp_path / 'f.db'}", "--no-extract"
    )
    assert code == 0 and "web address" not in out
