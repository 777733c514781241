"""The output contract of docs/schema.md holds for real output (keys are added, never renamed)."""

from __future__ import annotations

import re

import pytest

import newsledger
from conftest import EXAMPLES, REPO

SCHEMA = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")


def documented_keys(section: str) -> set[str]:
    """First-column keys of the table under a '## section' heading of docs/schema.md."""
    part = SCHEMA.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `(\w+)` \|", part, flags=re.MULTILINE))


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> newsledger.Ledger:
    url = f"sqlite:///{tmp_path_factory.mktemp('schema') / 'l.db'}"
    opened = newsledger.open(url)
    opened.ingest([EXAMPLES])
    return opened


def test_incident_keys_are_all_there(ledger: newsledger.Ledger) -> None:
    keys = documented_keys("Incident")
    assert {"id", "date", "figures", "conflicts", "quotes", "location"} <= keys
    incidents = ledger.incidents()
    assert incidents
    for incident in incidents:
        assert keys <= set(incident), keys - set(incident)
        if incident["location"]:
            assert {"name", "latitude", "longitude", "geo_precision", "geonames_id"} <= set(
                incident["location"]
            )
        for figure in incident["figures"]:
            assert {"kind", "actor", "item", "value", "rule", "min", "max", "claims"} <= set(figure)
            for claim in figure["claims"]:
                article = ledger.article(claim["article_id"])
                assert article.text[claim["start"] : claim["end"]] == claim["text"]


def test_article_keys_are_all_there(ledger: newsledger.Ledger) -> None:
    keys = documented_keys("Article")
    assert {"id", "url", "title", "outlet", "language", "published", "duplicate_of"} <= keys
    for row in ledger.articles():
        assert keys <= set(row)

