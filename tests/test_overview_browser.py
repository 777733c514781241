"""The home page overview over a synthetic ledger of 100,000 incidents, in a real browser.

The ledger comes from `newsledger.serve.bench.synthetic_incidents` (bulk-loaded once for the
session): dates drawn uniformly from the 1,500 days starting 2020-01-01, every incident placed
(latitude 35-60, longitude -10-30). With 100,000 draws over 1,500 days every day is drawn (the
chance of a missing day is about e^-66), so the matches span 2020-01-01 to 2024-02-08 exactly:
50 months. The old page drew only the 100 listed incidents: two days of bars.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import running_server
from newsledger.serve.bench import synthetic_incidents
from newsledger.store import SqlStore
from test_web import browser  # noqa: F401  (the Chromium fixture)

N_INCIDENTS = 100_000
FIRST_DAY, LAST_DAY = "2020-01-01", "2024-02-08"
MONTHS_SPANNED = 50  # January 2020 to February 2024


@pytest.fixture(scope="module")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("overview")
    url = f"sqlite:///{folder / 'ledger.db'}"
    store = SqlStore(url)
    store.bulk_load_incidents(synthetic_incidents(N_INCIDENTS))
    store.close()
    with running_server(url, folder / "server.log") as base:
        yield base


def test_timeline_and_map_cover_all_incidents(browser, big_server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_page()
    try:
        page.goto(big_server + "/")
        page.wait_for_selector("#timeline g.bucket", timeout=30_000)
        page.wait_for_selector("#map circle.cluster", timeout=30_000)
        assert page.locator("#total").inner_text() == str(N_INCIDENTS)
        timeline = page.locator("#timeline")
        assert timeline.get_attribute("data-bucket") == "month"
        assert timeline.get_attribute("data-first") == FIRST_DAY
        assert timeline.get_attribute("data-last") == LAST_DAY
        bars = page.locator("#timeline g.bucket")
        assert bars.count() == MONTHS_SPANNED
        assert bars.first.get_attribute("data-start") == "2020-01-01"
        assert bars.last.get_attribute("data-start") == "2024-02-01"
        counts = [int(c) for c in page.eval_on_selector_all(
            "#timeline g.bucket", "els => els.map(e => e.dataset.count)")]  # fmt: skip
        assert sum(counts) == N_INCIDENTS
        labels = page.eval_on_selector_all(
            "#timeline text.axis-label", "els => els.map(e => e.textContent)"
        )
        # Monthly bars: each January is labelled with its year, months between by name.
        assert labels[0] == "2020"
        assert {"2020", "2021", "2022", "2023", "2024"} <= set(labels)
        assert {"Apr", "Jul", "Oct"} & set(labels)

        located = page.eval_on_selector_all(
            "#map circle.cluster", "els => els.map(e => Number(e.dataset.count))"
        )
        assert sum(located) == N_INCIDENTS
        # Clicking the biggest cell zooms into it: smaller cells holding the same incidents.
        biggest = max(located)
        zoom_before = page.locator("#map").get_attribute("data-zoom")
        page.locator(f'#map circle.cluster[data-count="{biggest}"]').first.click()
        assert zoom_before is not None
        zoom_after = int(zoom_before) + 2  # a click asks for the cell two zoom levels finer
        page.wait_for_selector(f"#map[data-zoom='{zoom_after}']", timeout=30_000)
        inside = page.eval_on_selector_all(
            "#map circle.cluster", "els => els.map(e => Number(e.dataset.count))"
        )
        # The cell's area-level incidents (its ring, `synthetic_geo_precision`) come along:
        # the marks inside hold every incident of the cell, the clicked cluster's among them.
        assert sum(inside) == int(page.locator("#map").get_attribute("data-located") or -1)
        assert sum(inside) >= biggest
        assert len(inside) > 1
        assert page.locator("#map-back").is_visible()
    finally:
        page.close()
