"""What a new user met in the first hour (firsthour-s19), each asserted as the user sees it:
`rejections` on a ledger with none printed nothing; a POST body saved as Windows-1252 got
FastAPI's "There was an error parsing the body"; a posted number was "not a valid dictionary
or instance of ArticleIn"; `serve --help` named an endpoint that does not exist."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fastapi import HTTPException
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsledger.model import Article, Mention, Span
from newsledger.serve.api import caused_by_undecodable_bytes, create_app
from newsledger.serve.cli import app
from newsledger.store import open_store

runner = CliRunner()

STABBING = "A cyclist was stabbed outside a bakery in Dijon on Monday evening, police said."
"""Our own sentence: one small incident to store."""


def _said(*args: str) -> tuple[int, str]:
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


def test_a_post_body_that_is_not_utf8_names_the_byte_and_the_fix(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'api.db'}"
    record = {"text": "Café owner beaten in Dijon on Tuesday, police said.", "title": "Café"}
    body = json.dumps([record], ensure_ascii=False).encode("cp1252")  # as a Windows editor saves
    auth = {"Authorization": "Bearer tok", "Content-Type": "application/json"}
    with TestClient(create_app(url, write_token="tok")) as client:
        answer = client.post("/api/articles", content=body, headers=auth)
    assert answer.status_code == 400, answer.text
    said = answer.json()["error"]
    offset = body.index(b"\xe9")
    assert said.startswith(f"the body is not UTF-8 (byte 0xe9 at offset {offset})"), said
    assert "iconv" in said
    assert "error parsing the body" not in said


def test_a_posted_record_that_is_no_object_is_named_in_json_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'api.db'}"
    auth = {"Authorization": "Bearer tok", "Content-Type": "application/json"}
    with TestClient(create_app(url, write_token="tok")) as client:
        answer = client.post("/api/articles", content=json.dumps([5, "text", None]), headers=auth)
    assert answer.status_code == 201, answer.text
    reasons = [r["reason"] for r in answer.json()["rejections"]]
    assert reasons == [
        'record is not an article: an article is a JSON object with "text", not a number',
        'record is not an article: an article is a JSON object with "text", not a string',
        'record is not an article: an article is a JSON object with "text", not null',
    ]
    assert not any("ArticleIn" in reason or "dictionary" in reason for reason in reasons)


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


def test_an_exact_copy_that_states_a_date_dates_the_undated_article(store_url: str) -> None:
    undated = Article.from_text(STABBING, origin="report.txt")
    with open_store(store_url) as store:
        store.add_articles([undated])
        anchor = Span(undated.id, 0, 10, STABBING[:10])
        store.save_mentions(undated.id, [Mention(undated.id, 0, True, anchor=anchor)])
        assert undated.id not in store.article_ids_without_mentions()
        dated = Article.from_text(
            STABBING, origin="report.txt", published=date(2024, 3, 5), published_precision="day"
        )
        assert dated.id == undated.id, "the id is the text's hash: the date line is no text"
        (outcome,) = store.add_articles([dated])
        assert outcome.status == "duplicate"
        stored = store.get_article(undated.id)
        assert stored is not None
        assert (stored.published, stored.published_precision) == (date(2024, 3, 5), "day")
        assert undated.id in store.article_ids_without_mentions(), "extracted again"
        later = Article.from_text(
            STABBING, origin="copy.txt", published=date(2024, 3, 9), published_precision="day"
        )
        store.add_articles([later])
        again = store.get_article(undated.id)
        assert again is not None and again.published == date(2024, 3, 5), "a date is kept"


def test_reingesting_a_file_given_a_date_line_dates_its_incident(tmp_path: Path) -> None:
    report = tmp_path / "dijon.txt"
    report.write_text("Cyclist stabbed in Dijon\n\n" + STABBING + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'dated.db'}"
    assert _said("ingest", str(report), "--db", url)[0] == 0
    (before,) = json.loads(_said("incidents", "--db", url, "--json")[1])
    assert before["date"] is None, "no publication date: Monday is no day"
    report.write_text(
        " date 2024-03-06 Cyclist stabbed in Dijon\n\n" + STABBING + "\n", encoding="utf-8"
    )
    code, out = _said("ingest", str(report), "--db", url)
    assert code == 0 and "duplicates 1" in out and "extracted 1 article" in out, out
    (article,) = json.loads(_said("articles", "--db", url, "--json")[1])
    assert article["published"] == "2024-03-06"
    (after,) = json.loads(_said("incidents", "--db", url, "--json")[1])
    assert after["date"] == "2024-03-04", "Monday before Wednesday 6 March 2024"


def _raised_from(cause: BaseException | None, detail: str) -> HTTPException:
    """An HTTPException as a framework raises it from a lower error (or from none)."""
    try:
        raise HTTPException(status_code=400, detail=detail) from cause
    except HTTPException as exc:
        return exc


def test_an_undecodable_body_is_known_by_its_cause_not_the_frameworks_wording() -> None:
    """The framework's 400 may say anything ("Could not read the request"): the decoding error
    it was raised from is what says the bytes were not UTF-8."""
    undecodable = UnicodeDecodeError("utf-8", b"caf\xe9", 3, 4, "invalid continuation byte")
    assert caused_by_undecodable_bytes(_raised_from(undecodable, "Could not read the request"))
    assert not caused_by_undecodable_bytes(_raised_from(ValueError("too deep"), "Bad body"))
    assert not caused_by_undecodable_bytes(_raised_from(None, "Error parsing the body"))
