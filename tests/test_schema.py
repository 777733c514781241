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


def section(heading: str) -> str:
    """The text under a '## heading' of docs/schema.md, its '###' subsections included."""
    return SCHEMA.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def named(key: str, *headings: str) -> bool:
    """Whether docs/schema.md names this key, written as code (`key`), under one of these
    '##' headings: a key named only elsewhere ("value", "kind" and "role" appear many times)
    is not documented where a reader of that output looks."""
    return any(f"`{key}`" in section(heading) for heading in headings)


def test_flat_columns_are_the_documented_table() -> None:
    """The flat CSV / Parquet columns are exactly the table of docs/schema.md, in its order: a
    column added to the export without a line there fails here."""
    from newsledger.serve.exports import flat_row

    part = SCHEMA.split("## Flat columns", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", part, flags=re.MULTILINE) == list(flat_row({}))


def test_acleds_added_columns_are_named() -> None:
    from newsledger.serve.exports import EXTRA_COLUMNS

    part = SCHEMA.split("## ACLED export", 1)[1].split("\n## ", 1)[0]
    assert [c for c in EXTRA_COLUMNS if f"`{c}`" not in part] == []


def test_every_export_key_is_named(ledger: newsledger.Ledger) -> None:
    """Each key of the JSON export, and the keys inside `claims`, `conflicts` and `framing`, is
    named in docs/schema.md's Incident section; each GeoJSON property there or among the flat
    columns (its properties are those)."""
    from newsledger.serve.exports import to_geojson

    incidents = ledger.incidents()
    features = to_geojson(incidents)["features"]
    assert features
    properties = {k for feature in features for k in feature["properties"]}
    assert sorted(k for k in properties if not named(k, "Incident", "Flat columns")) == []
    keys = {k for incident in incidents for k in incident}
    for incident in incidents:
        for field, claims in incident["claims"].items():
            keys |= {field, *(k for claim in claims for k in claim)}
        keys |= {k for conflict in incident["conflicts"] for k in conflict}
        keys |= {k for frame in incident["framing"] for k in frame}
    assert {"detail", "headline", "lead", "weapon"} <= keys, "the samples give these"
    assert sorted(k for k in keys if not named(k, "Incident")) == []
