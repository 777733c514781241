"""The REST API against a real server on 127.0.0.1 over a ledger built from the seed reports."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pandas as pd
import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient

from conftest import IN_CI, WRITE_TOKEN
from newsledger.serve.api import caused_by_undecodable_bytes, create_app

CONTRACT_KEYS = {
    "id", "event_type", "sub_event_type", "description", "date", "time_precision", "time_of_day",
    "location", "mentions", "articles", "sources", "actors", "weapons", "figures", "conflicts",
    "quotes",
}  # fmt: skip


def get(base: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(f"{base}{path}", params=params, timeout=30)  # type: ignore[arg-type]


def calais_incident(base: str) -> dict:
    items = get(base, "/api/incidents", place="Calais", min_sources=2).json()["items"]
    assert len(items) == 1, items
    return items[0]


def test_list_incidents_follow_the_contract(live_server: str) -> None:
    body = get(live_server, "/api/incidents").json()
    assert body["total"] >= 3
    assert len(body["items"]) == body["total"]
    for item in body["items"]:
        assert set(item) >= CONTRACT_KEYS, CONTRACT_KEYS - set(item)


def test_filters_find_the_merged_calais_night(live_server: str) -> None:
    incident = calais_incident(live_server)
    assert incident["date"] == "2021-12-30"
    assert incident["sources"] == 2
    dated = get(live_server, "/api/incidents", since="2021-12-30", until="2021-12-30").json()
    assert incident["id"] in [i["id"] for i in dated["items"]]
    later = get(live_server, "/api/incidents", since="2022-01-01").json()
    assert incident["id"] not in [i["id"] for i in later["items"]]
    conflicted = get(live_server, "/api/incidents", has_conflict="true").json()
    assert incident["id"] in [i["id"] for i in conflicted["items"]]
    in_france = get(live_server, "/api/incidents", bbox="-5,42,8,51.5").json()
    assert incident["id"] in [i["id"] for i in in_france["items"]]
    elsewhere = get(live_server, "/api/incidents", bbox="100,0,120,20").json()
    assert elsewhere["total"] == 0


def test_type_filter_and_text_query(live_server: str) -> None:
    riots = get(live_server, "/api/incidents", type="Riots").json()
    assert riots["total"] >= 1
    assert all(i["event_type"] == "Riots" for i in riots["items"])
    found = get(live_server, "/api/search", q="Calais").json()
    assert found["items"], "full-text search finds the Calais incidents"
    nothing = get(live_server, "/api/search", q="xylophonequartet").json()
    assert nothing["items"] == []


def test_paging_and_sorting(live_server: str) -> None:
    everything = get(live_server, "/api/incidents", sort="date", limit=500).json()
    first = get(live_server, "/api/incidents", sort="date", limit=1, offset=0).json()
    second = get(live_server, "/api/incidents", sort="date", limit=1, offset=1).json()
    assert first["total"] == second["total"] == everything["total"]
    assert [first["items"][0]["id"], second["items"][0]["id"]] == [
        i["id"] for i in everything["items"][:2]
    ]
    by_sources = get(live_server, "/api/incidents", sort="-sources").json()["items"]
    counts = [i["sources"] for i in by_sources]
    assert counts == sorted(counts, reverse=True)


def test_one_incident_has_claims_spans_and_conflict(live_server: str) -> None:
    incident = calais_incident(live_server)
    full = get(live_server, f"/api/incidents/{incident['id']}").json()
    assert full["id"] == incident["id"]
    present = [f for f in full["figures"] if f["kind"] == "present" and f["actor"] == "police"]
    assert present and {c["value"] for c in present[0]["claims"]} >= {40, 60}
    assert any("present" in c["field"] for c in full["conflicts"])
    article = get(live_server, f"/api/articles/{full['articles'][0]}").json()
    for figure in full["figures"]:
        for claim in figure["claims"]:
            if claim["article_id"] == article["id"]:
                assert article["text"][claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/incidents/doesnotexist", {}, 404),
        ("/api/articles/doesnotexist", {}, 404),
        ("/api/incidents", {"since": "yesterday"}, 422),
        ("/api/incidents", {"bbox": "1,2,3"}, 422),
        ("/api/incidents", {"limit": 0}, 422),
        ("/api/incidents", {"sort": "banana"}, 422),
        ("/api/export", {"format": "xls"}, 422),
        # an integer written as a decimal or an exponent is a wrong type, not a rounded value
        ("/api/incidents/map", {"min_sources": "0.0"}, 422),
        ("/api/incidents/map", {"zoom": "3.0"}, 422),
        ("/api/incidents", {"limit": "10.0"}, 422),
    ],
)
def test_errors_are_json_with_status(
    live_server: str, path: str, params: dict, status: int
) -> None:
    response = get(live_server, path, **params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]


def test_whole_numbers_are_still_read(live_server: str) -> None:
    response = get(live_server, "/api/incidents/map", min_sources="1", zoom="3")
    assert response.status_code == 200
    assert response.json()["zoom"] == 3


def test_a_one_incident_map_cell_names_its_place_and_precision(live_server: str) -> None:
    """The index map tells a region's centre from a town: each cell holding one incident
    carries that incident's own place label and geo_precision (a cluster carries neither)."""
    cells = get(live_server, "/api/incidents/map", zoom="14").json()["cells"]
    alone = [cell for cell in cells if cell.get("id")]
    assert alone, "the seed ledger has located incidents"
    for cell in alone:
        location = get(live_server, f"/api/incidents/{cell['id']}").json()["location"]
        assert cell["geo_precision"] == location["geo_precision"] in (1, 2, 3)
        assert cell["place"].startswith(location["name"])
    clusters = get(live_server, "/api/incidents/map", zoom="0").json()["cells"]
    for cell in clusters:
        if cell["count"] > 1:
            assert "place" not in cell and "geo_precision" not in cell


def test_articles_listing(live_server: str) -> None:
    body = get(live_server, "/api/articles").json()
    assert body["total"] == 5
    published = {a["published"] for a in body["items"]}
    assert "2021-12-31" in published


def test_acled_export_opens_in_pandas(live_server: str) -> None:
    from newsledger.serve.exports import ACLED_COLUMNS, EXTRA_COLUMNS

    response = get(live_server, "/api/export", format="acled")
    assert response.status_code == 200
    frame = pd.read_csv(io.StringIO(response.text))
    assert list(frame.columns) == list(ACLED_COLUMNS + EXTRA_COLUMNS)
    calais = frame[frame["location"] == "Calais"]
    assert "2021-12-30" in set(calais["event_date"])
    assert (frame["sources_count"] >= 1).all()


def test_geojson_export_is_valid(live_server: str) -> None:
    data = get(live_server, "/api/export", format="geojson").json()
    assert data["type"] == "FeatureCollection"
    assert data["features"]
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)


def test_post_needs_the_token(live_server: str) -> None:
    record = {"text": "Police arrested twelve people after clashes in Lille on 2 May 2022."}
    url = f"{live_server}/api/articles"
    missing = httpx.post(url, json=[record], timeout=30)
    assert missing.status_code == 401 and missing.json()["error"]
    wrong = httpx.post(url, json=[record], headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 403 and wrong.json()["error"]
    good = httpx.post(
        url, json=[record], headers={"Authorization": f"Bearer {WRITE_TOKEN}"}, timeout=120
    )
    assert good.status_code == 201, good.text
    assert good.json()["stored"] == 1
    again = httpx.post(
        url, json=[record], headers={"Authorization": f"Bearer {WRITE_TOKEN}"}, timeout=120
    )
    assert again.json()["stored"] == 0 and again.json()["duplicates"] == 1


def test_post_says_what_it_stored_otherwise_than_given(tmp_path: Path) -> None:
    """A `published` that is no date is stored as none: the answer says so, as `newsledger
    ingest` does (the API's answer had no room for it, and the article went undated silently)."""
    from fastapi.testclient import TestClient

    from newsledger.serve.api import create_app

    url = f"sqlite:///{tmp_path / 'post.db'}"
    client = TestClient(create_app(url, write_token=WRITE_TOKEN))
    headers = {"Authorization": f"Bearer {WRITE_TOKEN}"}
    dated = {"text": "Three people were hurt when a car hit a market stall in Ghent on Monday.",
             "published": "2019-03-04"}  # fmt: skip
    misdated = {"text": "A bus driver was punched by a passenger in Leuven on Tuesday evening.",
                "published": "2019-31-12"}  # fmt: skip
    answer = client.post("/api/articles", json=[dated, misdated], headers=headers)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["stored"] == 2
    assert len(body["warnings"]) == 1
    assert "2019-31-12" in body["warnings"][0] and ":2" in body["warnings"][0]
    stored = {client.get(f"/api/articles/{i}").json()["published"] for i in body["article_ids"]}
    assert stored == {"2019-03-04", None}
    clean = client.post("/api/articles", json=[dated], headers=headers).json()
    assert clean["warnings"] == [] and clean["duplicates"] == 1


def test_post_of_no_json_is_400_and_of_one_object_says_to_send_a_list(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsledger.serve.api import create_app

    client = TestClient(create_app(f"sqlite:///{tmp_path / 'p.db'}", write_token=WRITE_TOKEN))
    headers = {"Authorization": f"Bearer {WRITE_TOKEN}", "Content-Type": "application/json"}
    cut = client.post("/api/articles", content=b'[{"text": "A fire in Ghent",', headers=headers)
    assert cut.status_code == 400, "the documented status for a body that is no JSON"
    assert cut.json()["error"].startswith("the body is not JSON")
    one = client.post("/api/articles", json={"text": "A fire in Ghent"}, headers=headers)
    assert one.status_code == 422
    assert "list of articles" in one.json()["error"] and "even for one" in one.json()["error"]
    documented = client.get("/openapi.json").json()["paths"]["/api/articles"]["post"]
    assert "400" in documented["responses"]


def test_read_only_server_refuses_writes(seeded_db: str) -> None:
    from fastapi.testclient import TestClient

    from newsledger.serve.api import create_app

    client = TestClient(create_app(seeded_db))
    response = client.post("/api/articles", json=[{"text": "x"}])
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]


def test_cors_is_off_and_security_headers_set(live_server: str) -> None:
    response = httpx.get(
        f"{live_server}/api/incidents", headers={"Origin": "http://evil.example"}, timeout=30
    )
    assert "access-control-allow-origin" not in response.headers
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_openapi_spec_passes_schemathesis(live_server: str, tmp_path: Path) -> None:
    executable = shutil.which("schemathesis") or shutil.which("st")
    if executable is None:
        if IN_CI:
            pytest.fail("schemathesis is not installed: pip install -e '.[dev]'")
        pytest.skip("schemathesis is not installed")
    spec = get(live_server, "/openapi.json").json()
    assert "/api/incidents" in spec["paths"]
    result = subprocess.run(
        [executable, "run", f"{live_server}/openapi.json", "--checks", "all",
         "--exclude-checks", "positive_data_acceptance,ignored_auth",
         "--max-time", "60", "--workers", "1", "--phases", "examples,coverage,fuzzing",
         "--generation-database", ":memory:"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,  # leaves the clone clean
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


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
