"""After review of ui24: HEAD of the export built the whole file, a page number of twenty digits
was a 500, CORS origins that can never match were taken, numpy's integers were refused as
counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from newsledger.errors import BadFilterError, NewsledgerError
from newsledger.serve.api import check_cors_origins, create_app
from newsledger.serve.exports import EXPORT_FORMATS

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def site(seeded_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(seeded_db)) as client:
        yield client


# --- HEAD ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/articles", "/api/incidents?limit=2", "/api/articles", "/healthz", "/api", "/docs"],
)
def test_head_gives_the_gets_headers_and_length(site: TestClient, path: str) -> None:
    got = site.get(path)
    head = site.head(path)
    assert head.status_code == 200 == got.status_code
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == got.headers["content-length"]


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_head_of_an_export_builds_no_file(
    site: TestClient, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Link checkers send HEAD to each download link of the index: each was a whole export."""
    import newsledger.serve.api

    path = f"/api/export?format={fmt}&min_sources=1"
    got = site.get(path)

    def no_export(*args: object) -> bytes:
        raise AssertionError("HEAD rendered the export")

    monkeypatch.setattr(newsledger.serve.api, "render_export", no_export)
    head = site.head(path)
    assert head.status_code == 200 == got.status_code, head.text
    assert head.content == b""
    for name in ("content-type", "content-disposition", "etag"):
        assert head.headers[name] == got.headers[name], name
    assert "content-length" not in head.headers, "a HEAD says the GET's length or none"


def test_head_of_an_export_with_a_bad_filter_is_the_gets_422(site: TestClient) -> None:
    got = site.get("/api/export?since=yesterday")
    head = site.head("/api/export?since=yesterday")
    assert head.status_code == 422 == got.status_code and head.content == b""
    assert site.head("/api/export?format=pdf").status_code == 422


def test_head_of_an_export_from_a_real_server_has_no_body(live_server: str) -> None:
    import httpx

    head = httpx.head(live_server + "/api/export?format=geojson", timeout=10)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/geo+json")


def test_the_export_head_route_is_not_listed_as_an_endpoint(site: TestClient) -> None:
    """Every GET takes HEAD, so /api and /openapi.json list GETs, as before the export's own."""
    endpoints = site.get("/api").json()["endpoints"]
    assert "GET /api/export" in endpoints
    assert not [e for e in endpoints if e.startswith("HEAD ")]
    assert "head" not in site.get("/openapi.json").json()["paths"]["/api/export"]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("post", "/", "GET, HEAD"),
        ("post", "/api/export", "GET, HEAD"),
        ("put", "/api/articles", "GET, HEAD, POST"),
        ("delete", "/healthz", "GET, HEAD"),
    ],
)
def test_allow_names_head_beside_get(
    site: TestClient, method: str, path: str, allowed: str
) -> None:
    answer = site.request(method.upper(), path)
    assert answer.status_code == 405 and answer.headers["allow"] == allowed


# --- page numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/articles", "/"])
@pytest.mark.parametrize(
    "page", ["99999999999999999999", "1000000000", "%C2%B2", "%D9%A3", "0", "-1", "1e3", "+2"]
)
def test_a_page_number_not_written_in_up_to_nine_digits_is_a_422(
    site: TestClient, path: str, page: str
) -> None:
    answer = site.get(f"{path}?page={page}", headers=HTML)
    assert answer.status_code == 422, answer.text[:300]
    assert "use a whole number from 1 to 999999999" in answer.text
    assert "invalid literal" not in answer.text and "too large" not in answer.text


@pytest.mark.parametrize("path", ["/articles", "/"])
def test_the_largest_page_number_is_an_empty_page(site: TestClient, path: str) -> None:
    answer = site.get(f"{path}?page=999999999", headers=HTML)
    assert answer.status_code == 200


@pytest.mark.parametrize("count", ["99999999999999999999", "%C2%B2"])
def test_a_min_sources_not_in_up_to_nine_digits_is_a_422(site: TestClient, count: str) -> None:
    answer = site.get(f"/?min_sources={count}", headers=HTML)
    assert answer.status_code == 422
    assert "min_sources=" in answer.text and "use a whole number from 0" in answer.text
    assert "invalid literal" not in answer.text


# --- CORS origins -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "write"),
    [
        ("https://Example.org", "https://example.org"),
        ("https://example.org:443", "https://example.org"),
        ("http://example.org:80", "http://example.org"),
        ("http://user:pw@example.org", "http://example.org"),
        ("https://exämple.org", "https://xn--exmple-cua.org"),
        ("http://LOCALHOST:3000", "http://localhost:3000"),
    ],
)
def test_an_origin_a_browser_writes_otherwise_is_refused_with_its_form(
    origin: str, write: str
) -> None:
    """Starlette compares the Origin header with the given origins exactly."""
    with pytest.raises(NewsledgerError) as refused:
        check_cors_origins([origin])
    said = str(refused.value)
    assert f"a browser sends it as {write!r}" in said, said
    assert "lower case" in said and "default port" in said


@pytest.mark.parametrize("origin", ["https://*.example.org", "https://maps.*"])
def test_a_wildcard_origin_is_refused(origin: str) -> None:
    with pytest.raises(NewsledgerError, match=r"wildcard.*list each origin"):
        check_cors_origins([origin])


@pytest.mark.parametrize("origin", ["https://example.org:99999", "http://[::1"])
def test_an_origin_with_a_broken_port_or_address_is_refused(origin: str) -> None:
    with pytest.raises(NewsledgerError, match="is no origin"):
        check_cors_origins([origin])


def test_origins_as_browsers_send_them_are_taken() -> None:
    check_cors_origins(
        ["https://example.org", "http://localhost:3000", "https://example.org:8443",
         "http://[::1]:8000", "https://xn--exmple-cua.org", "*"]
    )  # fmt: skip


def test_serve_refuses_an_origin_that_never_matches(
    seeded_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from newsledger.serve.cli import app

    def no_serving(*args: object, **kwargs: object) -> None:
        raise AssertionError("served with an origin that never matches")

    monkeypatch.setattr(uvicorn, "run", no_serving)
    args = ["serve", "--db", seeded_db, "--cors-origin", "https://Maps.example.org"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and "'https://maps.example.org'" in result.output
    assert "Serving" not in result.output


# --- numpy's integers as counts -----------------------------------------------------------------


def test_numpy_integers_page_and_filter_on_both_backends(store_url: str) -> None:
    """`ledger.incidents(limit=np.int64(5))` worked before ui24 (pandas hands such values)."""
    import newsledger

    with newsledger.open(store_url) as ledger:
        given = {"limit": np.int64(5), "offset": np.int32(0), "min_sources": np.int64(2)}
        assert ledger.incidents(**given) == ledger.incidents(limit=5, offset=0, min_sources=2)
        assert ledger.count_incidents(min_sources=np.uint8(1)) == 0
        assert ledger.articles(limit=np.int64(3), offset=np.int64(0)) == []


def test_numpy_integers_page_a_seeded_ledger(seeded_db: str) -> None:
    import newsledger

    with newsledger.open(seeded_db) as ledger:
        assert len(ledger.incidents(limit=np.int64(1))) == 1
        assert len(ledger.articles(limit=np.int64(2), offset=np.int64(1))) == 2
        assert ledger.incidents(limit=np.int64(2)) == ledger.incidents(limit=2)


@pytest.mark.parametrize("value", [np.bool_(True), True, np.float64(2.0), "2"])
def test_a_bool_or_a_non_integer_is_still_no_count(tmp_path: Path, value: object) -> None:
    import newsledger

    with (
        newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger,
        pytest.raises(BadFilterError, match="give a whole number"),
    ):
        ledger.incidents(min_sources=value)
