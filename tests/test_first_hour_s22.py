"""What a new user met in the first hour (ui22): `extract --force`, minutes of work on a real
ledger, showed nothing until it ended, where `ingest` shows a bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsledger
from newsledger.serve.cli import app

REPORTS = (
    "Masked men set fire to three cars outside the bus depot in Lyon, police said on Monday.",
    "Two guards were hurt when a crowd forced the gates of the stadium in Lille on Sunday.",
)
"""Our own sentences: two short reports of two incidents."""


@pytest.fixture
def two_report_ledger(tmp_path: Path) -> str:
    for n, text in enumerate(REPORTS):
        (tmp_path / f"report{n}.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([str(tmp_path)])
    return url


def test_extract_force_reports_its_progress(
    two_report_ledger: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a terminal the bar is a plain "extracting: done/total" line (every
    PLAIN_PROGRESS_EVERY articles; one here, so each line shows)."""
    monkeypatch.setattr("newsledger.serve.cli.PLAIN_PROGRESS_EVERY", 1)
    result = CliRunner().invoke(app, ["extract", "--force", "--db", two_report_ledger])
    assert result.exit_code == 0, result.output
    assert "extracting: 2/2" in result.output, result.output
    assert "extracted 2 articles" in result.output


def test_ledger_extract_calls_back_with_done_and_total(two_report_ledger: str) -> None:
    seen: list[tuple[int, int | None]] = []
    with newsledger.open(two_report_ledger) as ledger:
        ledger.extract(force=True, on_progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (2, 2)


def test_bench_help_says_what_every_stage_measures_and_its_default_sizes() -> None:
    """The help named four of the seven stages, and not that `--stage merge` runs a million
    incidents unless told a size."""
    from newsledger.batch.bench import DEFAULT_SIZES as BATCH_SIZES
    from newsledger.bench import DEFAULT_MERGE_SIZES

    result = CliRunner().invoke(app, ["bench", "--help"], terminal_width=100)
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    stages = ("extract", "ingest", "merge", "api", "store", "load", "batch")
    assert [stage for stage in stages if f"({stage})" not in said] == []
    merge = " and ".join(str(size) for size in DEFAULT_MERGE_SIZES)
    batch = " and ".join(str(size) for size in BATCH_SIZES)
    assert f"merge (default {merge})" in said and f"batch ({batch})" in said, said


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["incidents", "--limit", "1"], "next page: --offset 1"),
        (["incidents", "--offset", "5"],
         "--offset 5 is past the end of the 2 incidents: use an offset below 2"),
        (["articles", "--limit", "1"], "next page: --offset 1"),
        (["articles", "--offset", "2"], "--offset 2 is past the end of the 2 articles"),
    ],
)  # fmt: skip
def test_a_page_of_a_list_says_where_the_next_one_starts(
    two_report_ledger: str, args: list[str], said: str
) -> None:
    result = CliRunner().invoke(app, [*args, "--db", two_report_ledger], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert said in " ".join(result.output.split())


def test_the_last_page_names_no_next_one(two_report_ledger: str) -> None:
    result = CliRunner().invoke(app, ["incidents", "--offset", "1", "--db", two_report_ledger])
    assert result.exit_code == 0 and "showing 1 of 2 incidents" in result.output
    assert "next page" not in result.output and "past the end" not in result.output


COMMANDS_WITH_ARGUMENTS = {
    ("ingest",): "PATH...", ("show",): "ARTICLE_ID", ("incident",): "INCIDENT_ID",
    ("incidents", "split"): "MENTION_ID...", ("incidents", "merge"): "INCIDENT_ID...",
    ("eval",): "[TARGET]", ("bench",): "[PATH...]", ("synth",): "N", ("train-linker",): "[DIR]",
    ("train-day-chooser",): "[DIR]", ("train-place-chooser",): "[DIR]",
}  # fmt: skip
"""Each command that takes arguments, and how its usage line writes them."""


def every_command() -> list[tuple[str, ...]]:
    """Every command and subcommand of the CLI, by its words."""
    import typer.main

    group = typer.main.get_command(app)
    found: list[tuple[str, ...]] = []
    for name, command in getattr(group, "commands", {}).items():
        found.append((name,))
        found += [(name, sub) for sub in getattr(command, "commands", {})]
    return found


def test_every_help_names_arguments_by_what_to_type() -> None:
    """Typer wrote "{paths}..." and "paths... <list[str]>": no Python type and no brace stays."""
    commands = every_command()
    assert len(commands) > 15 and set(COMMANDS_WITH_ARGUMENTS) <= set(commands)
    for words in commands:
        result = CliRunner().invoke(app, [*words, "--help"], terminal_width=100)
        assert result.exit_code == 0, (words, result.output)
        usage = result.output.splitlines()[0]
        types = ("<str>", "<int>", "<path>", "<list", "<float", "{")
        leaks = [word for word in types if word in result.output]
        assert leaks == [], (words, result.output)
        if words in COMMANDS_WITH_ARGUMENTS:
            assert usage.endswith(f"[OPTIONS] {COMMANDS_WITH_ARGUMENTS[words]}"), usage


def summary_at(incident_id: str, name: str, precision: int) -> dict[str, object]:
    """A minimal incident summary (output contract) placed at `name` with this precision."""
    location = {"name": name, "admin1": None, "country_code": "FR", "latitude": 47.0,
                "longitude": 2.0, "geo_precision": precision}  # fmt: skip
    return {"id": incident_id, "event_type": "Riots", "sub_event_type": None,
            "description": "Generic test incident.", "date": "2024-03-02",
            "time_precision": "day", "time_of_day": None, "location": location,
            "mentions": [], "articles": [], "sources": 1, "actors": [], "weapons": [],
            "figures": [], "conflicts": [], "quotes": []}  # fmt: skip


@pytest.fixture
def precision_ledger(tmp_path: Path) -> str:
    """Three incidents: at a town, near a town, and placed only by a region named with markup."""
    from newsledger.store import SqlStore, StoredIncident

    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    store = SqlStore(url)
    try:
        store.save_incidents([
            StoredIncident(i, [f"{i}-a:0"], summary_at(i, name, precision))
            for i, name, precision in (
                ("at-town", "Millbrook", 1), ("near-town", "Millbrook", 2),
                ("in-region", "<b>Upper Vale</b>", 3),
            )
        ])  # fmt: skip
    finally:
        store.close()
    return url


@pytest.mark.parametrize(
    ("incident_id", "placed"),
    [
        ("at-town", None),
        ("near-town", "near a town, or part of one"),
        ("in-region", "only its county, region, country or sea area"),
    ],
)
def test_the_incident_pages_say_when_the_place_is_no_town(
    precision_ledger: str, incident_id: str, placed: str | None
) -> None:
    """"Where: Upper Vale, FR" read as the spot; the pages now say it is all the reports gave."""
    from fastapi.testclient import TestClient

    from newsledger.serve.api import create_app

    result = CliRunner().invoke(app, ["incident", incident_id, "--db", precision_ledger])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # the console wraps at its width
    page = TestClient(create_app(precision_ledger)).get(f"/incidents/{incident_id}")
    assert page.status_code == 200
    if placed is None:
        assert "placed:" not in said and "placed:" not in page.text
    else:
        assert f"(placed: {placed})" in said
        assert f'<small class="placed">placed: {placed}</small>' in page.text
    if incident_id == "in-region":
        assert "<b>Upper Vale</b>" in said
        assert "&lt;b&gt;Upper Vale&lt;/b&gt;" in page.text and "<b>Upper" not in page.text
