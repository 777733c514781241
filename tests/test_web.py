"""The web page in a real browser (Debian's Chromium driven by Playwright) against a real server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from conftest import IN_CI, REPO

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
