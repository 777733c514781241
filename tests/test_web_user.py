"""The web page as a researcher uses it, on the bundled sample reports served by `newsledger
serve`: the list's downloads and conflict filter, the incident page's ids, the article page's
evidence labels.

The samples hold two reports of the 30 December 2021 camp clearance in Calais
(002_calais_turquerie.txt and 003_calais_camp_clearance.txt): one incident, whose reports
disagree on a count (tests/gold/README.md).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import httpx
import pytest

from conftest import EXAMPLES, running_server
from test_web import browser  # noqa: F401  (the Chromium fixture)

CLEARANCE_FILES = ("002_calais_turquerie.txt", "003_calais_camp_clearance.txt")


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    import newsledger

    url = f"sqlite:///{tmp_path_factory.mktemp('web-user') / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        ledger.ingest([EXAMPLES])
    return url


@pytest.fixture(scope="module")
def samples_server(samples_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(samples_db, tmp_path_factory.mktemp("web-log") / "server.log") as base:
        yield base


def get(base: str, path: str, **params: str) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=30)


def article_ids(base: str) -> dict[str, str]:
    items = get(base, "/api/articles", limit="100").json()["items"]
    return {Path(a["origin"]).name: a["id"] for a in items}


def clearance(base: str) -> dict:
    ids = article_ids(base)
    first, second = (ids[name] for name in CLEARANCE_FILES)
    items = get(base, "/api/incidents", limit="100").json()["items"]
    found = [i for i in items if first in i["articles"] and second in i["articles"]]
    assert len(found) == 1, "the two reports of the clearance are one incident"
    return found[0]


def listed_ids(html: str) -> list[str]:
    return re.findall(r'<tr class="incident-row">\s*<td><a href="/incidents/([0-9a-f]+)"', html)


def test_list_offers_its_filtered_incidents_as_downloads(samples_server: str) -> None:
    incident = clearance(samples_server)
    page = get(samples_server, "/", place="Calais", has_conflict="true")
    assert page.status_code == 200
    assert listed_ids(page.text) == [incident["id"]], "the one Calais incident with a conflict"
    download = r'href="([^"]+)" class="download" data-format="(\w+)"'
    links = {fmt: unescape(href) for href, fmt in re.findall(download, page.text)}
    assert set(links) == {"acled", "geojson", "json", "csv"}
    for href in links.values():
        assert href.startswith("/api/export?") and "place=Calais" in href
        assert "has_conflict=true" in href
    exported = json.loads(httpx.get(samples_server + links["json"], timeout=30).text)
    assert [r["id"] for r in exported] == [incident["id"]]
    acled = httpx.get(samples_server + links["acled"], timeout=30)
    rows = list(csv.DictReader(io.StringIO(acled.content.decode("utf-8-sig"))))
    assert [r["newsledger_id"] for r in rows] == [incident["id"]]
    assert rows[0]["location"] == "Calais" and rows[0]["event_date"] == "2021-12-30"


def test_empty_list_offers_no_download(samples_server: str) -> None:
    page = get(samples_server, "/", place="Calais", since="2030-01-01")
    assert listed_ids(page.text) == []
    assert 'class="download"' not in page.text


def test_incident_page_shows_its_id_json_and_each_mention_id(samples_server: str) -> None:
    incident = clearance(samples_server)
    page = get(samples_server, f"/incidents/{incident['id']}")
    assert page.status_code == 200
    assert f'href="/api/incidents/{incident["id"]}"' in page.text
    shown = re.findall(r'class="muted mention-id">mention <code>([0-9a-f]+:\d+)</code>', page.text)
    assert sorted(shown) == sorted(m["mention_id"] for m in incident["mentions"])
    assert len(shown) == 2
    assert f"newsledger incidents split {shown[0]}" in page.text
    short = get(samples_server, f"/incidents/{incident['id'][:8]}")
    assert short.status_code == 200 and f"<code>{incident['id']}</code>" in short.text


def test_article_page_labels_evidence_in_words(samples_server: str) -> None:
    article_id = article_ids(samples_server)[CLEARANCE_FILES[1]]
    page = get(samples_server, f"/articles/{article_id}")
    titles = [unescape(t) for t in re.findall(r'<mark class="claim" title="([^"]*)"', page.text)]
    assert titles
    assert not [t for t in titles if "{" in t], "no Python dict in a highlight's title"
    assert "location: Calais" in titles


def test_a_word_for_min_sources_gets_a_readers_message(samples_server: str) -> None:
    page = get(samples_server, "/", min_sources="two")
    assert page.status_code == 422
    assert "min_sources=&#39;two&#39;: use a whole number" in page.text
    assert "invalid literal" not in page.text


def test_conflict_box_filters_the_list_timeline_and_map(browser, samples_server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    incident = clearance(samples_server)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(samples_server + "/")
        page.check("#has-conflict")
        page.click("form#filters button[type=submit]")
        page.wait_for_load_state()
        assert "has_conflict=true" in page.url
        assert page.locator("#has-conflict").is_checked(), "the box stays ticked"
        rows = page.locator("tr.incident-row a")
        assert rows.count() == 1
        assert rows.first.get_attribute("href") == f"/incidents/{incident['id']}"
        page.wait_for_selector("#timeline g.bucket", timeout=30_000)
        page.wait_for_selector("#map circle", timeout=30_000)
        counts = page.eval_on_selector_all(
            "#timeline g.bucket", "els => els.map(e => Number(e.dataset.count))"
        )
        assert sum(counts) == 1, "the timeline counts the filtered incidents only"
        assert "1 dated incident, counted per day" in page.locator("#timeline-range").inner_text()
        note = page.locator("#map-note").inner_text()
        assert note.startswith("1 incident with a place, in 1 cell of"), note
    finally:
        page.close()


def test_a_mistyped_page_is_the_sites_404_page_and_the_api_stays_json(samples_server: str) -> None:
    html = {"Accept": "text/html,application/xhtml+xml"}
    page = httpx.get(samples_server + "/incident/abc", headers=html, timeout=30)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "There is no page at /incident/abc" in page.text and 'href="/"' in page.text
    api = httpx.get(samples_server + "/api/incident/abc", headers=html, timeout=30)
    assert api.status_code == 404 and api.headers["content-type"] == "application/json"
    assert api.json() == {
        "error": "no endpoint /api/incident/abc: the endpoints are listed at /api and "
        "documented at /docs"
    }
    plain = httpx.get(samples_server + "/incident/abc", timeout=30)
    assert plain.status_code == 404 and plain.json() == {"error": "Not Found"}


def test_search_pages_through_every_match_with_its_total(samples_server: str) -> None:
    # Calais is the town of several sample incidents (the clearance and the earlier clashes)
    listed = get(samples_server, "/api/incidents", q="Calais", sort="-date", limit="100").json()
    assert listed["total"] >= 2
    seen: list[str] = []
    for offset in range(listed["total"]):
        page = get(samples_server, "/api/search", q="Calais", limit="1", offset=str(offset)).json()
        assert page["total"] == listed["total"] and page["total_exact"] is True
        assert page["offset"] == offset and len(page["items"]) == 1
        seen.append(page["items"][0]["id"])
    assert seen == [i["id"] for i in listed["items"]]
    assert clearance(samples_server)["id"] in seen


def test_conflict_box_sits_beside_its_words_at_phone_width(browser, samples_server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(samples_server + "/")
        box = page.locator("#has-conflict").bounding_box()
        words = page.get_by_text("sources disagree").bounding_box()
        assert box is not None and words is not None
        assert box["width"] < 40, "a checkbox, not a field stretched across the form"
        assert abs(box["y"] - words["y"]) < 20, "on the line of its words"
        assert page.evaluate("document.documentElement.scrollWidth") <= 420
    finally:
        page.close()


def test_openapi_documents_the_answers_the_api_gives(samples_server: str) -> None:
    """/docs showed an empty schema for every incident answer; each now names its keys, and
    the live answers hold every key the schema requires."""
    spec = get(samples_server, "/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def schema_of(path: str) -> dict:
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]
        ref = content["application/json"]["schema"]["$ref"]
        return schemas[ref.rsplit("/", 1)[1]]

    incident = clearance(samples_server)
    answers = {
        "/api/incidents": get(samples_server, "/api/incidents", limit="2").json(),
        "/api/incidents/{incident_id}": get(
            samples_server, f"/api/incidents/{incident['id']}"
        ).json(),
        "/api/incidents/timeline": get(samples_server, "/api/incidents/timeline").json(),
        "/api/incidents/map": get(samples_server, "/api/incidents/map").json(),
        "/api/search": get(samples_server, "/api/search", q="Calais").json(),
    }
    for path, answer in answers.items():
        schema = schema_of(path)
        assert schema.get("required"), path
        assert set(schema["required"]) <= set(answer), (path, set(schema["required"]) - set(answer))
    item_schema = schemas["IncidentOut"]
    for item in answers["/api/incidents"]["items"] + answers["/api/search"]["items"]:
        assert set(item_schema["required"]) <= set(item)
    assert {"total_exact", "next_cursor", "items"} <= set(schemas["IncidentPageOut"]["required"])
    cell = schemas["CellOut"]
    for c in answers["/api/incidents/map"]["cells"]:
        assert set(cell["required"]) <= set(c)


def test_incident_page_says_which_corrections_moved_its_reports(
    samples_server: str, samples_db: str
) -> None:
    """Runs last: it splits the clearance's second report out and merges it back."""
    import newsledger

    incident = clearance(samples_server)
    page = get(samples_server, f"/incidents/{incident['id']}").text
    assert 'id="corrections"' not in page, "no correction yet"
    second = article_ids(samples_server)[CLEARANCE_FILES[1]]
    mention = next(m["mention_id"] for m in incident["mentions"] if m["article_id"] == second)
    with newsledger.open(samples_db) as ledger:
        alone = ledger.split([mention], "told apart to check a date")
        back = ledger.merge([incident["id"], str(alone)], "one clearance after all")
    assert back == incident["id"]
    page = get(samples_server, f"/incidents/{incident['id']}").text
    lines = [unescape(x) for x in re.findall(r'<li class="correction">([^<]*)</li>', page)]
    assert len(lines) == 2
    assert lines[0].startswith("#") and " split, " in lines[0]
    assert lines[0].endswith("1 mention: told apart to check a date")
    assert lines[1].endswith("2 mentions: one clearance after all")
    other = next(
        i
        for i in get(samples_server, "/api/incidents", limit="100").json()["items"]
        if i["id"] != incident["id"]
    )
    assert 'id="corrections"' not in get(samples_server, f"/incidents/{other['id']}").text
