"""A user's corrections and queries at the command line, on the bundled sample reports.

The samples hold two reports of the 30 December 2021 camp clearance in Calais
(002_calais_turquerie.txt and 003_calais_camp_clearance.txt, see tests/gold/README.md): one
incident. The tests take one report out (`split`), put it back (`merge`), and check that the
commands take their options where a user types them and name the ids they need.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.serve.cli import app

runner = CliRunner()

CLEARANCE_FILES = ("002_calais_turquerie.txt", "003_calais_camp_clearance.txt")
"""The two sample reports of one incident (the Calais clearance of 30 December 2021)."""


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(samples_ledger: str) -> str:
    return samples_ledger


def article_ids(db: str) -> dict[str, str]:
    """File name -> article id."""
    rows = json.loads(invoke("articles", "--db", db, "--json")[1])
    return {Path(r["origin"]).name: r["id"] for r in rows}


def incident_of(db: str, article_id: str) -> dict:
    rows = json.loads(invoke("incidents", "--db", db, "--json")[1])
    found = [r for r in rows if article_id in r["articles"]]
    assert len(found) >= 1
    return next(r for r in found if any(m["main"] for m in r["mentions"]))


def test_split_and_merge_take_db_after_the_subcommand_and_name_the_result(db: str) -> None:
    ids = article_ids(db)
    first, second = (ids[name] for name in CLEARANCE_FILES)
    clearance = incident_of(db, first)
    assert second in clearance["articles"], "the two reports of the clearance are one incident"
    mention = next(m["mention_id"] for m in clearance["mentions"] if m["article_id"] == second)

    code, out, err = invoke("incidents", "split", mention, "--db", db, "--note", "test")
    assert code == 0, err
    alone = incident_of(db, second)
    assert alone["articles"] == [second]
    assert alone["id"] in out, "split names the incident the mention now forms"
    rest = incident_of(db, first)
    assert second not in rest["articles"]

    code, out, err = invoke("incidents", "merge", rest["id"], alone["id"], "--db", db)
    assert code == 0, err
    together = incident_of(db, first)
    assert sorted(together["articles"]) == sorted([first, second])
    assert f"into {together['id']}" in out


def test_incident_view_lists_the_mention_ids_split_takes(db: str) -> None:
    ids = article_ids(db)
    clearance = incident_of(db, ids[CLEARANCE_FILES[0]])
    code, page, _ = invoke("incident", clearance["id"], "--db", db)
    assert code == 0
    for name in CLEARANCE_FILES:
        assert any(
            f"mention: {m['mention_id']}" in page
            for m in clearance["mentions"]
            if m["article_id"] == ids[name]
        ), name
    assert "newsledger incidents split MENTION_ID" in page


def test_short_ids_work_for_incident_merge_and_split(db: str) -> None:
    ids = article_ids(db)
    first, second = (ids[name] for name in CLEARANCE_FILES)
    clearance = incident_of(db, first)
    code, page, err = invoke("incident", clearance["id"][:8], "--db", db)
    assert code == 0, err
    assert f"Incident {clearance['id']}" in page
    index = next(m["mention_id"] for m in clearance["mentions"] if m["article_id"] == second)
    short_mention = second[:8] + ":" + index.rsplit(":", 1)[1]
    code, _, err = invoke("incidents", "split", short_mention, "--db", db)
    assert code == 0, err
    alone = incident_of(db, second)
    assert alone["articles"] == [second]
    rest = incident_of(db, first)
    code, _, err = invoke("incidents", "merge", rest["id"][:8], alone["id"][:8], "--db", db)
    assert code == 0, err
    assert sorted(incident_of(db, first)["articles"]) == sorted([first, second])


def test_merging_one_incident_is_refused_and_records_nothing(db: str) -> None:
    import newsledger

    ids = article_ids(db)
    clearance = incident_of(db, ids[CLEARANCE_FILES[0]])
    code, out, err = invoke("incidents", "merge", clearance["id"], clearance["id"], "--db", db)
    assert code == 1
    assert "two or more" in err and len(err.strip().splitlines()) == 1
    assert "merged" not in out
    with newsledger.open(db) as ledger:
        assert ledger.store.list_corrections() == []


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_export_to_a_path_it_cannot_write_is_one_line(db: str, tmp_path: Path, where: str) -> None:
    target = tmp_path / "no-such-folder" / "out.csv" if where == "missing-folder" else tmp_path
    result = runner.invoke(app, ["export", "-o", str(target), "--db", db])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write"), result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_incidents_take_the_search_conflict_and_order_of_the_web_page(db: str) -> None:
    ids = article_ids(db)
    clearance = incident_of(db, ids[CLEARANCE_FILES[0]])
    every = json.loads(invoke("incidents", "--db", db, "--json")[1])

    # the two reports disagree on a figure: the clearance is the incident with a conflict
    code, out, _ = invoke("incidents", "--db", db, "--json", "--has-conflict")
    assert code == 0
    conflicted = json.loads(out)
    assert clearance["id"] in [r["id"] for r in conflicted]
    assert len(conflicted) < len(every) and all(r["conflicts"] for r in conflicted)

    # "gendarmes" is written in the turquerie report only (a word of its text)
    code, out, _ = invoke("incidents", "--db", db, "--json", "--query", "gendarmes")
    assert code == 0
    found = json.loads(out)
    assert clearance["id"] in [r["id"] for r in found] and len(found) < len(every)

    code, out, _ = invoke("incidents", "--db", db, "--json", "--sort", "-sources", "--limit", "1")
    assert [r["id"] for r in json.loads(out)] == [clearance["id"]], "the only two-source one"
    dated = json.loads(invoke("incidents", "--db", db, "--json", "--sort", "-date")[1])
    days = [r["date"] for r in dated if r["date"]]
    assert days == sorted(days, reverse=True) and len(set(days)) > 1

    code, out, _ = invoke("incidents", "--db", db, "--limit", "2", "--offset", "2")
    assert code == 0 and f"showing 2 of {len(every)} incidents" in out
    code, _, err = invoke("incidents", "--db", db, "--sort", "place")
    assert code == 1 and "sort='place'" in err


def test_export_takes_search_and_conflict_filters(db: str, tmp_path: Path) -> None:
    ids = article_ids(db)
    clearance = incident_of(db, ids[CLEARANCE_FILES[0]])
    out = tmp_path / "conflicts.json"
    code, said, _ = invoke(
        "export", "--format", "json", "--has-conflict", "-q", "gendarmes", "-o", str(out),
        "--db", db,
    )  # fmt: skip
    assert code == 0
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == [clearance["id"]]
    assert "wrote 1 incidents" in said or "wrote 1 incident" in said


def test_serve_on_a_busy_port_says_so_before_announcing_a_url(db: str) -> None:
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 1
    assert "Serving" not in result.stdout, "no URL that would show another server's ledger"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot listen on 127.0.0.1:{port}" in lines[0]


@pytest.mark.parametrize("command", ["show", "incident"])
def test_an_id_too_short_to_be_a_prefix_says_so(db: str, command: str) -> None:
    code, _, err = invoke(command, "92a9", "--db", db)
    assert code == 1
    assert "'92a9' (a shortened id needs at least 6 characters)" in err


def test_corrections_lists_each_decision_with_its_note_and_where_mentions_are_now(
    db: str,
) -> None:
    code, out, _ = invoke("corrections", "--db", db)
    assert code == 0 and "no corrections yet" in out
    ids = article_ids(db)
    first, second = (ids[name] for name in CLEARANCE_FILES)
    clearance = incident_of(db, first)
    mention = next(m["mention_id"] for m in clearance["mentions"] if m["article_id"] == second)
    assert invoke("incidents", "split", mention, "--note", "a later night", "--db", db)[0] == 0
    alone, rest = incident_of(db, second), incident_of(db, first)
    assert invoke("incidents", "merge", rest["id"], alone["id"], "--db", db)[0] == 0
    together = incident_of(db, first)

    code, out, _ = invoke("corrections", "--db", db, "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2 and rows[0]["number"] < rows[1]["number"]
    assert [r["action"] for r in rows] == ["split", "merge"]
    assert rows[0]["mention_ids"] == [mention] and rows[0]["note"] == "a later night"
    assert sorted(rows[1]["mention_ids"]) == sorted(m["mention_id"] for m in together["mentions"])
    assert set(rows[1]["incidents"].values()) == {together["id"]}, "where they are now"
    assert all(r["created_at"] for r in rows)
    code, out, _ = invoke("corrections", "--db", db)
    assert "#1 split" in out and "note: a later night" in out and "#2 merge" in out
    code, page, _ = invoke("incident", together["id"], "--db", db)
    assert "corrected: #1 split, " in page and "1 mention: a later night" in page
    assert "corrected: #2 merge, " in page
    untouched = next(
        r for r in json.loads(invoke("incidents", "--db", db, "--json")[1])
        if r["id"] != together["id"]
    )  # fmt: skip
    assert "corrected:" not in invoke("incident", untouched["id"], "--db", db)[1]


def test_articles_page_on_with_offset(db: str) -> None:
    every = json.loads(invoke("articles", "--db", db, "--json")[1])
    code, out, _ = invoke("articles", "--db", db, "--json", "--limit", "2", "--offset", "2")
    assert code == 0
    assert [a["id"] for a in json.loads(out)] == [a["id"] for a in every[2:4]]
    code, out, _ = invoke("articles", "--db", db, "--offset", "3")
    assert code == 0 and f"showing {len(every) - 3} of {len(every)} articles" in out
