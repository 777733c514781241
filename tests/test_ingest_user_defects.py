"""Small ingest defects a user met on real reports: where a broken JSONL line is, the outlet's own
case, when a refusal happened, and progress without a terminal. Sentences written for these
tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.ingest import read_file
from newsledger.ingest.html import html_to_article
from newsledger.model import Article, Rejection
from newsledger.serve import cli
from newsledger.store import open_store

BODY = " ".join(
    [
        "Firefighters reached the grain store on Mill Lane shortly after midnight on Sunday.",
        "Two workers were treated for smoke inhalation and the road stayed closed until dawn.",
        "The county fire marshal said the cause of the blaze was still being investigated.",
    ]
)


def page(site_name: str) -> str:
    return (
        f'<html><head><meta property="og:site_name" content="{site_name}">'
        "<title>Grain store fire</title></head>"
        f"<body><article><h1>Grain store fire</h1><p>{BODY}</p><p>{BODY}</p></article></body>"
        "</html>"
    )


@pytest.mark.parametrize("site_name", ["wqrt", "kbvx news", "WQRT", "Valley Gazette"])
def test_site_name_keeps_the_pages_own_case(site_name: str) -> None:
    article = html_to_article(page(site_name), origin="p.html")
    assert isinstance(article, Article)
    assert article.outlet == site_name


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("at&amp;t news", "at&t news"),
        ("q&amp;a daily", "q&a daily"),
        ("kbvx &#38; co", "kbvx & co"),
    ],
)
def test_an_escaped_ampersand_keeps_the_pages_own_case(written: str, read: str) -> None:
    """The page writes "&" as an entity; the name is matched against the page as read."""
    article = html_to_article(page(written), origin="p.html")
    assert isinstance(article, Article)
    assert article.outlet == read


def test_an_escaped_ampersand_in_the_body_is_the_pages_character() -> None:
    html = page("Valley Gazette").replace("<p>", "<p>Q&amp;A with at&amp;t staff. ", 1)
    article = html_to_article(html, origin="p.html")
    assert isinstance(article, Article)
    assert "Q&A with at&t staff." in article.text


def test_broken_jsonl_line_is_named_by_its_line_number(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY, "outlet": "Valley Gazette"})
    path = tmp_path / "feed.jsonl"
    path.write_text(f"{good}\n\nnot a record\n{good}\n", encoding="utf-8")
    items = list(read_file(path))
    refused = [i for i in items if isinstance(i, Rejection)]
    assert [r.origin for r in refused] == [f"{path}:3"]
    reason = refused[0].reason
    assert "column 1 of line 3" in reason
    assert "fix or delete line 3" in reason
    assert sum(isinstance(i, Article) for i in items) == 2


def test_rejections_carry_their_time(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("{\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    runner = CliRunner()
    # an ingest that stores nothing makes no database (cleanup-s18): the ledger exists first
    readable = tmp_path / "readable.txt"
    readable.write_text("Bus depot fire\n\nA fire damaged two buses in Lyon.", encoding="utf-8")
    assert (
        runner.invoke(cli.app, ["ingest", str(readable), "--db", db, "--no-extract"]).exit_code == 0
    )
    before = datetime.now(UTC) - timedelta(seconds=1)
    result = runner.invoke(cli.app, ["ingest", str(path), "--db", db, "--no-extract", "--json"])
    report = json.loads(result.stdout)
    assert report["rejections"][0]["origin"] == f"{path}:1"
    assert datetime.fromisoformat(report["rejections"][0]["at"]) >= before
    with open_store(db) as store:
        stored = store.list_rejections()
    assert len(stored) == 1 and stored[0].at is not None
    assert before <= stored[0].at <= datetime.now(UTC)
    result = runner.invoke(cli.app, ["rejections", "--db", db, "--json"])
    rows = json.loads(result.stdout)
    assert datetime.fromisoformat(rows[0]["at"]) == stored[0].at
    result = runner.invoke(cli.app, ["rejections", "--db", db])
    assert stored[0].at.strftime("%Y-%m-%d %H:%M:%S UTC") in result.stdout


def test_progress_prints_plain_lines_without_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert not cli.err_console.is_terminal
    every = cli.PLAIN_PROGRESS_EVERY
    with cli.progress_bar("reading") as update:
        for done in range(0, 2 * every + 30, 25):
            update(done, 2 * every + 30)
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"reading: {every}/{2 * every + 30}", f"reading: {2 * every}/{2 * every + 30}"]
