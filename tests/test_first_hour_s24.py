"""What a demanding user met in the first hour (ui24): JSON records and API posts of a stray word
stored as articles, the site's 404s answered as JSON to a browser, no page listing the articles,
no way to finish a batch whose store load died without extracting again."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.ingest.readers import read_file
from newsledger.model import Article, Rejection
from newsledger.serve.api import create_app

REPORT = (
    "Two men were shot outside a bar on Elm Street late on Friday, police said. "
    "One of them died in hospital; the other is in stable condition."
)
"""Our own sentences: a short report."""

NO_REPORTS = ["hi", "test", "Shots fired.", "Gunfire on Elm Street"]
"""Texts that are no report: a stray word, two words with a stop, a lone title."""

SHORT_REPORTS = ["Two men were shot.", "Police shot him.", "Un homme a été blessé."]
"""The shortest real briefs: three or four words ending in a stop."""

TOKEN = "ui24-token"


def _jsonl(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text(
        "".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("text", NO_REPORTS)
def test_a_json_lines_record_without_a_sentence_is_refused_by_line(
    tmp_path: Path, text: str
) -> None:
    path = _jsonl(tmp_path, [REPORT, text, REPORT + " A witness said so."])
    items = list(read_file(path))
    kept = [item.origin for item in items if isinstance(item, Article)]
    refused = [item for item in items if isinstance(item, Rejection)]
    assert kept == [f"{path}:1", f"{path}:3"], items
    assert [r.origin for r in refused] == [f"{path}:2"]
    assert "too short for a report" in refused[0].reason and text in refused[0].reason
    assert "the line's text holds only" in refused[0].reason


@pytest.mark.parametrize("text", SHORT_REPORTS)
def test_a_json_lines_record_of_a_short_brief_is_an_article(tmp_path: Path, text: str) -> None:
    items = list(read_file(_jsonl(tmp_path, [text])))
    assert len(items) == 1 and isinstance(items[0], Article), items


def test_a_json_document_list_item_without_a_sentence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": "hi"}, {"text": REPORT}]), encoding="utf-8")
    items = list(read_file(path))
    assert [type(item) for item in items] == [Rejection, Article], items
    assert items[0].origin == f"{path}#1" and "too short for a report" in items[0].reason


def test_a_posted_record_without_a_sentence_is_refused_by_index(tmp_path: Path) -> None:
    posted = [{"text": REPORT}, {"text": "Shots fired."}, {"text": "Two men were shot."}]
    with TestClient(create_app(f"sqlite:///{tmp_path / 'api.db'}", write_token=TOKEN)) as client:
        answer = client.post(
            "/api/articles", json=posted, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert answer.status_code == 201, answer.text
    said = answer.json()
    assert said["stored"] == 2 and said["rejected"] == 1
    [refusal] = said["rejections"]
    assert refusal["index"] == 1 and refusal["origin"] == "api:2"
    assert "too short for a report" in refusal["reason"] and "Shots fired." in refusal["reason"]


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
"""What a browser's address bar sends."""


@pytest.fixture(scope="module")
def empty_site(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = f"sqlite:///{tmp_path_factory.mktemp('site') / 'site.db'}"
    return TestClient(create_app(url))


@pytest.mark.parametrize(
    "path",
    [
        "/static/no-such-file.css",
        "/static/",
        "/docs-assets/no-such-file.js",
        "/no-such-page",
        "/incidents/no-such-id",
        "/articles/no-such-id",
        "/incidents/abc/def",
        "/healthz/more",
    ],
)
def test_a_browser_meets_an_html_404_on_every_site_path(empty_site: TestClient, path: str) -> None:
    answer = empty_site.get(path, headers=BROWSER)
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html"), answer.text
    assert 'href="/"' in answer.text, "a way back to the incidents"


def test_the_404_page_shows_the_path_as_text(empty_site: TestClient) -> None:
    answer = empty_site.get("/static/<b>bold</b>.css", headers=BROWSER)
    assert answer.status_code == 404 and "<b>bold</b>" not in answer.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in answer.text


@pytest.mark.parametrize("path", ["/api/no-such-route", "/api/incidents/no-such-id"])
def test_the_api_answers_a_browser_404_in_json(empty_site: TestClient, path: str) -> None:
    answer = empty_site.get(path, headers=BROWSER)
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/json" and answer.json()["error"]


def test_a_script_fetching_a_missing_static_file_gets_json(empty_site: TestClient) -> None:
    answer = empty_site.get("/static/no-such-file.js", headers={"Accept": "*/*"})
    assert answer.status_code == 404 and answer.json() == {"error": "Not Found"}


def test_a_form_posting_to_a_page_gets_an_html_405_with_allow(empty_site: TestClient) -> None:
    answer = empty_site.post("/", headers=BROWSER)
    assert answer.status_code == 405
    assert answer.headers["content-type"].startswith("text/html")
    assert "GET" in answer.headers["allow"] and "it is a page to open" in answer.text
    api = empty_site.post("/api/incidents", headers=BROWSER)
    assert api.status_code == 405 and "GET" in api.headers["allow"] and api.json()["error"]


def _listed_site(folder: Path, count: int) -> tuple[TestClient, list[Article]]:
    """A site over `count` articles (the first titled and sourced with markup), the first one
    feeding an incident."""
    from newsledger.model import Mention
    from newsledger.store import StoredIncident, open_store

    url = f"sqlite:///{folder / 'listed.db'}"
    store = open_store(url)
    marked = Article.from_text(
        REPORT, title="<script>alert(1)</script> shooting", outlet="<b>Valley</b> Gazette",
        language="en",
    )  # fmt: skip
    plain = [Article.from_text(f"{REPORT} Report number {n}.") for n in range(count - 1)]
    store.add_articles([marked, *plain])
    store.save_mentions(marked.id, [Mention(marked.id, 0, True)])
    store.save_incidents([StoredIncident("inc-elm-street", [f"{marked.id}:0"], {})])
    store.close()
    return TestClient(create_app(url)), [marked, *plain]


def test_the_articles_page_lists_each_with_the_incident_it_feeds(tmp_path: Path) -> None:
    site, articles = _listed_site(tmp_path, 3)
    page = site.get("/articles", headers=BROWSER)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.count('class="article-row"') == 3
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert "<b>Valley</b>" not in page.text and "&lt;b&gt;Valley&lt;/b&gt; Gazette" in page.text
    assert f'href="/articles/{articles[0].id}"' in page.text
    assert 'href="/incidents/inc-elm-street"' in page.text
    assert page.text.count('class="incident-link"') == 1, "the others feed no incident"


def test_the_articles_page_is_paged(tmp_path: Path) -> None:
    from newsledger.serve.web import LIST_PAGE_SIZE

    site, _ = _listed_site(tmp_path, LIST_PAGE_SIZE + 3)
    first = site.get("/articles")
    assert first.text.count('class="article-row"') == LIST_PAGE_SIZE
    assert 'href="/articles?page=2"' in first.text
    second = site.get("/articles?page=2")
    assert second.text.count('class="article-row"') == 3 and 'href="/articles"' in second.text
    past = site.get("/articles?page=9")
    assert past.status_code == 200 and 'href="/articles?page=2"' in past.text
    bad = site.get("/articles?page=two")
    assert bad.status_code == 422 and "use a whole number from 1" in bad.text


def test_the_index_links_the_articles_page(tmp_path: Path) -> None:
    site, _ = _listed_site(tmp_path, 1)
    assert '<a href="/articles" id="all-articles">' in site.get("/").text


def _batch(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    result = CliRunner().invoke(app, ["batch", *args])
    return result.exit_code, result.output


def test_load_only_refuses_an_output_the_job_did_not_finish(tmp_path: Path) -> None:
    """A job killed during its writes leaves datasets without Spark's `_SUCCESS`: nothing of
    it is loaded, and the answer says to run the job again."""
    out = tmp_path / "out"
    for name in ("articles", "signatures", "rejections"):
        (out / name).mkdir(parents=True)
        (out / name / "_SUCCESS").touch()
    (out / "mentions").mkdir()
    db = tmp_path / "ledger.db"
    code, said = _batch("--output", str(out), "--db", f"sqlite:///{db}", "--load-only")
    assert code == 1
    assert "did not finish writing mentions, claims, incidents" in " ".join(said.split())
    assert not db.exists(), "nothing was written"


def test_load_only_reads_no_input_and_needs_an_output(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    code, said = _batch("--output", str(tmp_path), "--input", "x.jsonl", "--db", db, "--load-only")
    assert code == 1 and "reads no --input" in said
    code, said = _batch("--output", str(tmp_path / "none"), "--db", db, "--load-only")
    assert code == 1 and "no batch output in" in said
    code, said = _batch("--output", str(tmp_path / "out"), "--db", db)
    assert code == 1 and "no --input given" in said and "--load-only" in said


def test_batch_help_shows_load_only() -> None:
    code, said = _batch("--help")
    assert code == 0 and "--load-only" in said and "without Spark" in " ".join(said.split())


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/api/incidents?has_conflict=maybe", "has_conflict='maybe': use true or false"),
        ("/api/incidents?limit=ten", "limit='ten': use a whole number, written with digits only"),
        ("/api/incidents?limit=", "limit='': use a whole number, written with digits only"),
    ],
)
def test_a_bad_api_parameter_says_what_to_send(
    empty_site: TestClient, path: str, said: str
) -> None:
    answer = empty_site.get(path)
    assert answer.status_code == 422 and said in answer.json()["error"], answer.text
    assert "Value error" not in answer.text and "unable to interpret" not in answer.text


@pytest.mark.parametrize(
    ("filters", "said"),
    [
        ({"min_sources": "2"}, "min_sources='2': give a whole number (an int)"),
        ({"limit": "10"}, "limit='10': give a whole number (an int)"),
        ({"limit": 2.5}, "limit=2.5: give a whole number (an int)"),
        ({"offset": -1}, "offset=-1: give a whole number, 0 or more"),
        ({"min_sources": True}, "min_sources=True: give a whole number (an int)"),
        ({"has_conflict": "yes"}, "has_conflict='yes': give True, False or None"),
    ],
)
def test_a_python_filter_of_the_wrong_type_is_named(
    tmp_path: Path, filters: dict[str, object], said: str
) -> None:
    """From Python, `ledger.incidents(min_sources="2")` (a value from argparse or a form) failed
    deep in the store with "'<' not supported between instances of 'str' and 'int'"."""
    import newsledger
    from newsledger.errors import BadFilterError

    with newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        with pytest.raises(BadFilterError) as refused:
            ledger.incidents(**filters)
        assert said in str(refused.value)
        assert ledger.incidents(min_sources=0, limit=5, offset=0, has_conflict=None) == []


@pytest.mark.parametrize(
    "path", ["/", "/articles", "/api/incidents?limit=2", "/api/articles", "/healthz", "/api"]
)
def test_head_answers_as_get_without_the_body(live_server: str, path: str) -> None:
    """`curl -I`, link checkers and uptime monitors send HEAD: every page and endpoint
    answered 405 (a real server: uvicorn must send no body)."""
    import httpx

    got = httpx.get(live_server + path)
    head = httpx.head(live_server + path)
    assert head.status_code == 200 == got.status_code, head.text
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    # not the GET's length: another test may POST to this shared server in between
    assert int(head.headers["content-length"]) > 0


def test_head_of_a_missing_page_is_its_404(empty_site: TestClient) -> None:
    assert empty_site.head("/incidents/no-such-id").status_code == 404
    assert empty_site.head("/api/no-such-route").status_code == 404


@pytest.mark.parametrize(
    ("paging", "said"),
    [
        ({"limit": -1}, "limit=-1: give a whole number, 0 or more"),
        ({"offset": -5}, "offset=-5: give a whole number, 0 or more"),
        ({"limit": "3"}, "limit='3': give a whole number (an int)"),
    ],
)
def test_a_bad_articles_page_is_refused_on_both_backends(
    store_url: str, paging: dict[str, object], said: str
) -> None:
    """`ledger.articles(limit=-1)` listed every article on SQLite and raised a StoreError
    ("LIMIT must not be negative") on PostgreSQL."""
    import newsledger
    from newsledger.errors import BadFilterError

    with newsledger.open(store_url) as ledger:
        with pytest.raises(BadFilterError, match=re.escape(said)):
            ledger.articles(**paging)
        assert ledger.articles(limit=0) == [] and ledger.articles(limit=None, offset=0) == []


def test_serve_lets_a_given_origin_read_the_api(seeded_db: str, tmp_path: Path) -> None:
    """`create_app` took CORS origins but `serve` had no option for them: a page of another
    origin could not read the API at all."""
    import httpx

    from conftest import running_server

    page = "https://maps.example.org"
    args = ["--cors-origin", page, "--cors-origin", "http://localhost:3000"]
    with running_server(seeded_db, tmp_path / "cors.log", extra_args=args) as base:
        allowed = httpx.get(f"{base}/api/incidents?limit=1", headers={"Origin": page})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == page
        other = httpx.get(f"{base}/api/incidents?limit=1", headers={"Origin": "https://x.test"})
        assert "access-control-allow-origin" not in other.headers
        preflight = httpx.options(
            f"{base}/api/incidents",
            headers={"Origin": page, "Access-Control-Request-Method": "GET"},
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == page


@pytest.mark.parametrize("origin", ["maps.example.org", "https://maps.example.org/", "ftp://x"])
def test_serve_refuses_an_origin_no_browser_sends(seeded_db: str, origin: str) -> None:
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", seeded_db, "--cors-origin", origin])
    assert result.exit_code == 1 and "is no origin" in result.output, result.output
    assert "Serving" not in result.output


def test_workers_take_the_cors_origins_from_serve(
    seeded_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsledger.serve.api import SERVE_CORS_ENV, SERVE_DB_ENV, app_from_env

    monkeypatch.setenv(SERVE_DB_ENV, seeded_db)
    monkeypatch.setenv(SERVE_CORS_ENV, "https://maps.example.org http://localhost:3000")
    with TestClient(app_from_env()) as client:
        answer = client.get("/healthz", headers={"Origin": "http://localhost:3000"})
    assert answer.headers["access-control-allow-origin"] == "http://localhost:3000"


@pytest.mark.postgres
def test_the_exports_from_postgresql_are_those_from_sqlite(
    pg_url: str,
    tmp_path: Path,
    fresh_database: Callable[[str, Path], AbstractContextManager[str]],
) -> None:
    """The same reports give the same JSON and GeoJSON, byte for byte, and the same ACLED and
    flat CSV rows (ACLED's `timestamp`, the ingestion time, aside) from either backend, with
    every key docs/schema.md lists: PostgreSQL keeps summaries as JSONB, which orders keys its
    own way."""
    import csv
    import io

    import newsledger
    from conftest import EXAMPLES
    from newsledger.serve.exports import render_export
    from newsledger.serve.web import article_lookup

    (tmp_path / "pg").mkdir()
    exports: list[dict[str, str]] = []
    with fresh_database("sqlite", tmp_path) as lite, fresh_database(pg_url, tmp_path / "pg") as pg:
        for url in (lite, pg):
            with newsledger.open(url) as ledger:
                ledger.ingest([EXAMPLES])
                incidents = ledger.incidents()
                exports.append({
                    fmt: render_export(incidents, fmt, article_lookup(ledger)).decode("utf-8-sig")
                    for fmt in ("json", "geojson", "acled", "csv")
                })  # fmt: skip
    sqlite_export, postgres_export = exports
    assert postgres_export["json"] == sqlite_export["json"]
    assert postgres_export["geojson"] == sqlite_export["geojson"]
    schema = (Path(__file__).parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    incident_keys = set(re.findall(r"^\| `(\w+)` \|", schema.split("## Incident", 1)[1]
                                   .split("\n## ", 1)[0], flags=re.MULTILINE))  # fmt: skip
    for incident in json.loads(postgres_export["json"]):
        assert incident_keys <= set(incident), incident_keys - set(incident)
    for fmt in ("acled", "csv"):
        tables = [list(csv.DictReader(io.StringIO(e[fmt]))) for e in exports]
        for row in (r for rows in tables for r in rows):
            row.pop("timestamp", None)
        assert tables[1] == tables[0] and tables[0], fmt
