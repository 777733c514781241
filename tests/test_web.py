"""The web page in a real browser (Debian's Chromium driven by Playwright) against a real server."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conftest import IN_CI, REPO
from newsledger.store.overview import MAX_ZOOM as MAP_MAX_ZOOM

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        if IN_CI:
            pytest.fail("Chromium and Playwright are needed: .ci/run installs them")
        pytest.skip("Chromium or Playwright not installed")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def test_list_filter_and_incident_side_by_side(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server}/")
    assert page.locator("tr.incident-row").count() >= 3
    # the overview script draws the map after fetching its aggregates: wait for it, then count
    page.wait_for_selector("#map circle.incident", timeout=30_000)
    assert page.locator("#map path.country").count() > 50, "the offline country layer is drawn"
    assert page.locator("#map circle.incident").count() >= 1

    page.fill("input[name=place]", "Calais")
    page.fill("input[name=min_sources]", "2")
    page.click("form#filters button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("tr.incident-row").count() == 1
    page.locator("tr.incident-row a").first.click()
    page.wait_for_load_state()

    sources = page.locator("#side-by-side article.source")
    assert sources.count() == 2, "both reports of the night stand side by side"
    conflicts = page.locator("#conflicts").inner_text()
    assert "60" in conflicts and "40" in conflicts
    assert page.locator("tr.conflict").count() >= 1
    assert page.locator("#side-by-side mark.conflict").count() >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "incident-side-by-side.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 420, f"usable at phone width (page is {width}px wide)"
    page.screenshot(path=str(ARTIFACTS / "incident-phone.png"), full_page=True)
    page.close()


def test_the_articles_page_from_the_index_and_an_incident(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    """The articles list is reached from the index and from an incident's sources, names each
    article's incident, and leads to it (ui24)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server}/")
    page.click("#all-articles")
    page.wait_for_load_state()
    assert page.url == f"{live_server}/articles"
    rows = page.locator("tr.article-row")
    assert rows.count() >= 5, "the seeded reports are listed"
    assert page.locator("tr.article-row a.incident-link").count() >= 4, "each feeds an incident"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "articles.png"), full_page=True)
    page.locator("tr.article-row a.incident-link").first.click()
    page.wait_for_load_state()
    assert "/incidents/" in page.url and page.locator("#side-by-side article.source").count() >= 1
    page.click("#all-articles")
    page.wait_for_load_state()
    assert page.url == f"{live_server}/articles"
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 420, f"usable at phone width (page is {width}px wide)"
    page.close()


def test_script_in_an_article_renders_inert(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    import httpx

    articles = httpx.get(f"{live_server}/api/articles", timeout=30).json()["items"]
    target = next(a for a in articles if a["title"] and "<script>" in a["title"])
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server}/articles/{target['id']}")
    assert page.title() != "pwned"
    assert page.evaluate("document.body.dataset.pwned") is None
    assert "<script>" in page.locator("h1.article-title").inner_text()
    assert "<script>" in page.locator(".article-text").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    page.goto(f"{live_server}/")
    assert page.evaluate("document.body.dataset.pwned") is None
    assert not errors
    page.close()


# --- issue 13: named outlets, offline /docs, the phone layout, serve's own output ----------------

OUTLET_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Riot in Lyon leaves officers hurt | Rhone Evening Post</title>
<meta property="og:site_name" content="Rhone Evening Post">
<meta property="og:title" content="Riot in Lyon leaves officers hurt">
<meta property="article:published_time" content="2023-05-03T08:00:00+02:00">
<link rel="canonical" href="https://www.rhone-evening-post.example.fr/news/riot-lyon"></head>
<body><article><h1>Riot in Lyon leaves officers hurt</h1>
<p>Youths threw stones and set fire to cars in the Lyon district of Vaulx-en-Velin on Tuesday
night, and four police officers were injured, the prefecture said on Wednesday.</p>
<p>About 150 people took part in the unrest, which began after a football match. Firefighters
put out the burning cars before dawn.</p>
<p>Three people were arrested, a police spokesman said. The mayor called for calm and said the
district needed more youth workers, not more patrols.</p>
</article></body></html>"""
"""A page whose outlet is stated only in its og:site_name (sentences written for this test)."""

URL_ONLY_RECORD = {
    "url": "https://news.example.org/2023/05/03/lyon-unrest",
    "title": "Twelve police officers hurt in Lyon unrest",
    "published": "2023-05-03",
    "text": (
        "Twelve police officers were injured when youths threw stones and burned cars in "
        "Vaulx-en-Velin, near Lyon, on Tuesday night, a police union said on Wednesday.\n\n"
        "Around 150 people joined the rioting, which started after a football match, according "
        "to the union. Three people were arrested.\n\nThe union said officers had been sent in "
        "without enough protection and asked the interior ministry for reinforcements."
    ),
}
"""A record that names no outlet: its URL's registered domain (example.org) names it."""

SCREENSHOTS = ARTIFACTS / "first-hour"


@pytest.fixture(scope="module")
def outlets_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    import json

    import newsledger
    from conftest import running_server

    folder = tmp_path_factory.mktemp("outlets")
    (folder / "post.html").write_text(OUTLET_PAGE, encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps(URL_ONLY_RECORD) + "\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with newsledger.open(url) as ledger:
        report = ledger.ingest([folder / "post.html", folder / "wire.jsonl"])
        assert report.ingest.stored == 2, report.ingest
    log = folder / "server.log"
    with running_server(url, log) as base:
        yield base, log


def offline_page(browser, viewport: dict[str, int]):  # type: ignore[no-untyped-def]
    """A page that refuses every request off this machine and records what it refused and any
    Content-Security-Policy violation."""
    page = browser.new_page(viewport=viewport)
    page.refused = []
    page.csp_errors = []

    def route(request_route) -> None:  # type: ignore[no-untyped-def]
        host = request_route.request.url.split("/")[2] if "://" in request_route.request.url else ""
        if host.split(":")[0] in ("127.0.0.1", "localhost") or request_route.request.url.startswith(
            "data:"
        ):
            request_route.continue_()
        else:
            page.refused.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on(
        "console",
        lambda msg: (
            page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None
        ),
    )
    return page


def test_docs_render_swagger_ui_offline_under_the_csp(browser, outlets_server) -> None:  # type: ignore[no-untyped-def]
    base, _ = outlets_server
    for name, viewport in (("desktop", {"width": 1280, "height": 900}),
                           ("phone", {"width": 390, "height": 844})):  # fmt: skip
        page = offline_page(browser, viewport)
        response = page.goto(f"{base}/docs")
        assert response is not None and response.status == 200
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
        assert "newsledger" in page.locator(".swagger-ui .info .title").inner_text()
        page.wait_for_selector(".opblock", timeout=30_000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/api/incidents" in p for p in paths), paths
        assert page.refused == [], "the docs load nothing from off this machine"
        assert page.csp_errors == [], page.csp_errors
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"docs-{name}.png"), full_page=False)
        page.close()


def test_incident_page_names_outlets_and_reads_conflicts_in_words(browser, outlets_server) -> None:  # type: ignore[no-untyped-def]
    base, _ = outlets_server
    page = offline_page(browser, {"width": 1280, "height": 900})
    page.goto(f"{base}/")
    assert page.locator("tr.incident-row").count() == 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "list-desktop.png"), full_page=True)
    assert "example.org" in page.locator("tr.incident-row").inner_text()
    page.locator("tr.incident-row a").first.click()
    page.wait_for_load_state()

    names = sorted(page.locator("#side-by-side .source-name").all_inner_texts())
    assert names == ["Rhone Evening Post", "example.org"]
    assert "unknown outlet" not in page.content()
    conflicts = page.locator("#conflicts").inner_text()
    assert "injured police: 4 (Rhone Evening Post) vs 12 (example.org)" in conflicts
    assert "figure:" not in conflicts
    assert page.locator("#consensus-rule").count() == 1, "the rule is stated once, under the table"
    assert "conservative" not in page.locator("table.figures").inner_text()
    assert page.locator("link[rel=icon]").count() == 1
    assert page.request.get(f"{base}/favicon.ico").status == 200
    page.screenshot(path=str(SCREENSHOTS / "incident-desktop.png"), full_page=True)
    assert page.refused == [] and page.csp_errors == []
    page.close()


def test_phone_layout_labels_what_the_header_said(browser, outlets_server) -> None:  # type: ignore[no-untyped-def]
    base, _ = outlets_server
    page = offline_page(browser, {"width": 390, "height": 844})
    page.goto(f"{base}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    sources = page.locator("tr.incident-row td.source-count")
    assert sources.inner_text().strip() == "sources 2", "the count says what it counts"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "list-phone.png"), full_page=True)
    page.locator("tr.incident-row a").first.click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    consensus = page.locator("table.figures tbody tr").first.locator("td.num").first.inner_text()
    assert consensus.startswith("consensus "), consensus
    page.screenshot(path=str(SCREENSHOTS / "incident-phone.png"), full_page=True)
    page.close()


def test_serve_prints_its_url_and_logs_requests(outlets_server) -> None:  # type: ignore[no-untyped-def]
    import time

    import httpx

    base, log = outlets_server
    assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
    deadline = time.monotonic() + 10
    text = log.read_text()
    while '"GET /healthz HTTP/1.1" 200' not in text and time.monotonic() < deadline:
        time.sleep(0.2)
        text = log.read_text()
    assert f"{base}/" in text, text
    assert f"{base}/docs" in text
    assert '"GET /healthz HTTP/1.1" 200' in text, text


# --- session 21: the index map draws a region-level place as a region, not as a town ----------

HOSTILE_PLACE = '<img src=x onerror="document.body.dataset.pwned=1">Upper Vale'
"""A region name as an article could write it: it must reach the page as text only."""


def placed_summary(incident_id: str, location: dict[str, object]) -> dict[str, object]:
    """A minimal incident summary (output contract) at `location`, for the map test."""
    return {
        "id": incident_id, "event_type": "Riots", "sub_event_type": None,
        "description": "Generic test incident.", "date": "2024-03-02", "time_precision": "day",
        "time_of_day": None, "location": location,
        "mentions": [{"article_id": f"{incident_id}-a", "main": True}],
        "articles": [f"{incident_id}-a"], "sources": 1, "actors": [], "weapons": [],
        "figures": [], "conflicts": [], "quotes": [],
    }  # fmt: skip


def _placed_ledger_server(
    folder: Path, places: Iterable[tuple[str, dict[str, object]]]
) -> Iterator[str]:
    """A server over a fresh SQLite ledger in `folder` holding one one-article incident per
    (name, place)."""
    from conftest import running_server
    from newsledger.store import SqlStore
    from newsledger.store.base import StoredIncident

    url = f"sqlite:///{folder / 'ledger.db'}"
    store = SqlStore(url)
    try:
        store.save_incidents([
            StoredIncident(name, [f"{name}-a:0"], placed_summary(name, location))
            for name, location in places
        ])  # fmt: skip
    finally:
        store.close()
    with running_server(url, folder / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def town_and_region_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A ledger of two incidents in far-apart map cells: one in a town (geo_precision 1), one
    placed only by its region (geo_precision 3, the region's centre) under a hostile name."""
    folder = tmp_path_factory.mktemp("precision")
    town = {"name": "Millbrook", "admin1": "North Shire", "country_code": "FR",
            "latitude": 48.85, "longitude": 2.35, "geo_precision": 1}  # fmt: skip
    region = {"name": HOSTILE_PLACE, "admin1": None, "country_code": "ES",
              "latitude": 40.4, "longitude": -3.7, "geo_precision": 3}  # fmt: skip
    yield from _placed_ledger_server(folder, (("town-one", town), ("region-one", region)))


def _open_index_map(browser, server: str, marks: int):  # type: ignore[no-untyped-def]
    """The index page in a 1280x900 window once its map has drawn `marks` marks, with the list
    its script errors go to (each map test asserts it stays empty)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{server}/")
    page.locator("#map circle.incident").nth(marks - 1).wait_for(timeout=30_000)
    return page, errors


def test_index_map_draws_a_region_as_a_ring(browser, town_and_region_server) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open_index_map(browser, town_and_region_server, marks=2)
    assert page.locator("#map circle.incident").count() == 2
    town = page.locator("#map a[href='/incidents/town-one'] circle")
    region = page.locator("#map a[href='/incidents/region-one'] circle")
    assert "area" not in (town.get_attribute("class") or "")
    assert "area" in (region.get_attribute("class") or "")
    assert region.get_attribute("data-precision") == "3"

    def drawn(circle) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return circle.evaluate(  # type: ignore[no-any-return]
            "c => { const s = getComputedStyle(c);"
            " return {fill: s.fill, dash: s.strokeDasharray}; }"
        )

    town_look, region_look = drawn(town), drawn(region)
    assert town_look["fill"] != "none" and town_look["dash"] == "none", town_look
    assert region_look["fill"] in ("transparent", "rgba(0, 0, 0, 0)"), region_look
    assert region_look["dash"] != "none", region_look

    town_title = town.locator("title").text_content() or ""
    region_title = region.locator("title").text_content() or ""
    assert "Millbrook, North Shire, FR" in town_title and "the town itself" in town_title
    assert "only its county, region, country or sea area" in region_title
    assert HOSTILE_PLACE in region_title, "the place reaches the popup as text, unparsed"
    assert page.locator("img").count() == 0, "no markup from a place name became an element"
    assert page.evaluate("document.body.dataset.pwned") is None
    assert HOSTILE_PLACE in page.locator("#incidents").inner_text()
    assert not errors
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "index-map-precision.png"), full_page=True)
    box = region.bounding_box()
    assert box is not None
    # Halfway between the centre and the dashed edge: inside the ring, off its stroke.
    page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] / 2)
    page.wait_for_url("**/incidents/region-one", timeout=30_000)
    page.close()


@pytest.fixture(scope="module")
def stacked_areas_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Two incidents placed only by one region, so at its one centre point (many reports say
    no more than "in Syria"), and one in a town far away."""
    folder = tmp_path_factory.mktemp("stacked")
    region = {"name": "North Shire", "admin1": "North Shire", "country_code": "FR",
              "latitude": 47.2, "longitude": 1.6, "geo_precision": 3}  # fmt: skip
    town = {"name": "Millbrook", "admin1": None, "country_code": "ES",
            "latitude": 40.4, "longitude": -3.7, "geo_precision": 1}  # fmt: skip
    places = (("area-one", region), ("area-two", region), ("town-a", town))
    yield from _placed_ledger_server(folder, places)


def test_a_cluster_at_the_deepest_zoom_lists_its_incidents(browser, stacked_areas_server) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open_index_map(browser, stacked_areas_server, marks=2)
    zoom = int(page.locator("#map").get_attribute("data-zoom") or "0")
    while zoom < MAP_MAX_ZOOM:
        page.locator('#map circle.cluster[data-count="2"]').click()
        zoom += 2
        page.wait_for_selector(f"#map[data-zoom='{zoom}']", timeout=30_000)
    cluster = page.locator('#map a circle.cluster[data-count="2"]')
    assert "click to list them" in (cluster.locator("title").text_content() or "")
    cluster.click()
    page.wait_for_url("**bbox=**", timeout=30_000)
    page.locator("#total").wait_for(timeout=30_000)
    assert page.locator("#total").inner_text() == "2"
    listed = page.locator("#incidents").inner_text()
    assert "North Shire" in listed and "Millbrook" not in listed
    assert not errors
    page.close()


@pytest.fixture(scope="module")
def mixed_cell_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One map cell at the start zoom holding two incidents placed only by one region (its
    centre, under a hostile name) and one in a town of that region a little way off."""
    folder = tmp_path_factory.mktemp("mixed")
    region = {"name": HOSTILE_PLACE, "admin1": HOSTILE_PLACE, "country_code": "FR",
              "latitude": 46.5, "longitude": 2.5, "geo_precision": 3}  # fmt: skip
    town = {"name": "Millbrook", "admin1": HOSTILE_PLACE, "country_code": "FR",
            "latitude": 45.5, "longitude": 5.5, "geo_precision": 1}  # fmt: skip
    places = (("area-one", region), ("area-two", region), ("town-a", town))
    yield from _placed_ledger_server(folder, places)


def test_a_cell_draws_its_area_incidents_as_a_counted_ring_apart_from_its_town(
    browser, mixed_cell_server
) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open_index_map(browser, mixed_cell_server, marks=2)
    assert page.locator("#map circle.incident").count() == 2, "one cell, two marks"
    ring = page.locator('#map circle.incident.area[data-count="2"]')
    town = page.locator('#map circle.incident[data-count="1"]')
    assert ring.count() == 1 and town.count() == 1
    assert "area" not in (town.get_attribute("class") or "")
    assert ring.get_attribute("data-precision") == "3"
    look = ring.evaluate(
        "c => { const s = getComputedStyle(c); return {fill: s.fill, dash: s.strokeDasharray}; }"
    )
    assert look["fill"] in ("transparent", "rgba(0, 0, 0, 0)") and look["dash"] != "none", look
    town_look = town.evaluate("c => getComputedStyle(c).strokeDasharray")
    assert town_look == "none"
    assert page.locator("#map text.cluster-count.area").text_content() == "2"
    title = ring.locator("title").text_content() or ""
    assert title.startswith("2 incidents") and "only its county, region" in title, title
    assert (town.locator("title").text_content() or "").startswith("1 incident")
    ring_box, town_box = ring.bounding_box(), town.bounding_box()
    assert ring_box is not None and town_box is not None
    assert ring_box["x"] + ring_box["width"] / 2 < town_box["x"], "the ring at the region's centre"
    assert "placed only at a county" in page.locator("#map-note").inner_text()
    # every article-derived string reached the page as text
    assert HOSTILE_PLACE in page.locator("#incidents").inner_text()
    assert page.locator("img").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "index-map-mixed-cell.png"), full_page=True)
    ring.click(position={"x": ring_box["width"] * 0.3, "y": ring_box["height"] / 2})
    page.wait_for_selector("#map[data-zoom='4']", timeout=30_000)
    assert page.locator('#map circle.incident.area[data-count="2"]').count() == 1
    assert not errors
    page.close()


@pytest.fixture(scope="module")
def region_and_town_in_one_cell_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A worldwide ledger (one incident near Paris, one near Sydney) whose busiest cell holds
    three incidents placed only at a region's centre (31.0, -99.9, Texas's) and twelve in a town
    about 200 km off (30.27, -97.74, Austin's): at the start zoom both marks fall a few pixels
    apart. Names are invented."""
    folder = tmp_path_factory.mktemp("one-cell")
    region = {"name": "Upper Vale", "admin1": "Upper Vale", "country_code": "US",
              "latitude": 31.0, "longitude": -99.9, "geo_precision": 3}  # fmt: skip
    town = {"name": "Millbrook", "admin1": "Upper Vale", "country_code": "US",
            "latitude": 30.27, "longitude": -97.74, "geo_precision": 1}  # fmt: skip
    far = [
        {"name": "Eastford", "country_code": "FR", "latitude": 48.85, "longitude": 2.35,
         "geo_precision": 1},
        {"name": "Southport", "country_code": "AU", "latitude": -33.87, "longitude": 151.21,
         "geo_precision": 1},
    ]  # fmt: skip
    places = [(f"region-{i}", region) for i in range(3)] + [(f"town-{i}", town) for i in range(12)]
    places += [(f"far-{i}", location) for i, location in enumerate(far)]
    yield from _placed_ledger_server(folder, places)


def test_a_rings_count_and_its_cells_cluster_count_do_not_overlap(
    browser, region_and_town_in_one_cell_server
) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open_index_map(browser, region_and_town_in_one_cell_server, marks=4)
    ring = page.locator('#map circle.incident.area[data-count="3"]')
    cluster = page.locator('#map circle.incident[data-count="12"]')
    assert ring.count() == 1 and cluster.count() == 1, "the region and the town share one cell"
    ring_label = page.locator("#map text.cluster-count.area")
    cluster_label = page.locator("#map text.cluster-count:not(.area)")
    assert ring_label.text_content() == "3" and cluster_label.text_content() == "12"
    ring_box, cluster_box = ring_label.bounding_box(), cluster_label.bounding_box()
    assert ring_box is not None and cluster_box is not None
    apart = (
        ring_box["x"] + ring_box["width"] <= cluster_box["x"]
        or cluster_box["x"] + cluster_box["width"] <= ring_box["x"]
        or ring_box["y"] + ring_box["height"] <= cluster_box["y"]
        or cluster_box["y"] + cluster_box["height"] <= ring_box["y"]
    )
    assert apart, (ring_box, cluster_box)
    # the ring is drawn first: the cluster lies on top and keeps its own tooltip
    on_top = cluster.evaluate(
        "c => { const b = c.getBoundingClientRect();"
        " return document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) === c; }"
    )
    assert on_top
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#map").screenshot(path=str(ARTIFACTS / "index-map-ring-and-cluster.png"))
    assert not errors
    page.close()
