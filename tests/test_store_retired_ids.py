"""Incident ids that a split, a merge or a re-resolution retired still say where their reports
went (an id is its earliest report's hash, so a bookmarked or cited id otherwise showed a
one-article remainder or nothing): the store on both backends, then the ledger, the API, the
web page and the command line on the bundled sample reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsledger
from newsledger.errors import IncidentMovedError
from newsledger.serve.api import create_app
from newsledger.serve.cli import app
from newsledger.store import StoredIncident, open_store


def summary(incident_id: str, description: str) -> dict[str, Any]:
    return {
        "id": incident_id,
        "date": "2023-05-02",
        "event_type": "Riots",
        "description": description,
        "location": None,
        "sources": 1,
        "conflicts": [],
    }


def incident(incident_id: str, mention_ids: list[str]) -> StoredIncident:
    return StoredIncident(incident_id, mention_ids, summary(incident_id, "A brawl at a fair"), [])


def test_split_merge_and_rebuild_keep_the_old_ids_answering(store_url: str) -> None:
    with open_store(store_url) as store:
        store.save_incidents([incident("inc-a", ["m1", "m2", "m3"])])
        assert store.incident_moved_to("inc-a") == []
        # a split: m2 and m3 leave inc-a, which keeps m1 (the one-report remainder)
        store.save_incidents([incident("inc-a", ["m1"]), incident("inc-b", ["m2", "m3"])])
        assert store.incident_moved_to("inc-a") == ["inc-b"]
        assert store.incident_moved_to("inc-b") == []
        # a merge under a third id retires both
        store.save_incidents([incident("inc-c", ["m1", "m2", "m3"])], ["inc-a", "inc-b"])
        assert store.get_incident("inc-a") is None and store.get_incident("inc-b") is None
        assert store.incident_moved_to("inc-a") == ["inc-c"]
        assert store.incident_moved_to("inc-b") == ["inc-c"]
        # a rebuild that parts all three: every old id names where its own reports are
        store.save_incidents(
            [incident("inc-d", ["m1"]), incident("inc-e", ["m2"]), incident("inc-f", ["m3"])],
            ["inc-c"],
        )
        assert store.incident_moved_to("inc-a") == ["inc-d", "inc-e", "inc-f"]
        assert store.incident_moved_to("inc-b") == ["inc-e", "inc-f"]
        assert store.incident_moved_to("inc-c") == ["inc-d", "inc-e", "inc-f"]
        # m1 and m2 come back to inc-a: only m3 is elsewhere now
        store.save_incidents([incident("inc-a", ["m1", "m2"])], ["inc-d", "inc-e"])
        assert store.incident_moved_to("inc-a") == ["inc-f"]
        assert store.incident_moved_to("inc-d") == ["inc-a"]
        assert store.incident_moved_to("never-was") == []


# --- the ledger and its front ends, on the bundled samples -------------------------------------

CLEARANCE_FILES = ("002_calais_turquerie.txt", "003_calais_camp_clearance.txt")
"""The two sample reports of one incident (the Calais clearance of 30 December 2021)."""


@pytest.fixture
def db(samples_ledger: str) -> str:
    return samples_ledger


def clearance(ledger: newsledger.Ledger) -> dict[str, Any]:
    articles = {Path(a["origin"]).name: a["id"] for a in ledger.articles()}
    first = articles[CLEARANCE_FILES[0]]
    found = [i for i in ledger.incidents() if first in i["articles"]]
    return next(i for i in found if any(m["main"] for m in i["mentions"]))


def test_split_then_merge_then_resolve_through_the_ledger(db: str) -> None:
    with newsledger.open(db) as ledger:
        whole = clearance(ledger)
        assert len(whole["mentions"]) == 2
        late = whole["mentions"][1]["mention_id"]
        part = ledger.split([late])
        assert part is not None and part != whole["id"]
        assert ledger.incident(whole["id"])["id"] == whole["id"], "the remainder keeps the id"
        assert ledger.moved_to(whole["id"]) == [part]
        merged = ledger.merge([whole["id"], part])
        assert merged == whole["id"], "the earliest report's id"
        assert ledger.moved_to(whole["id"]) == [], "its report came back"
        with pytest.raises(IncidentMovedError) as moved:
            ledger.incident(part)
        assert moved.value.moved_to == [whole["id"]]
        ledger.resolve()
        with pytest.raises(IncidentMovedError) as moved:
            ledger.incident(part)
        assert moved.value.moved_to == [whole["id"]]


def split_in_two(db: str) -> tuple[str, list[str]]:
    """Store the clearance under two other ids, one report each, retiring its own id (what a
    re-resolution that parts it does); the two summaries are the incident's own."""
    with newsledger.open(db) as ledger:
        whole = clearance(ledger)
        stored = ledger.store.get_incident(whole["id"])
        assert stored is not None
        parts = []
        for n, mention_id in enumerate(stored.mention_ids):
            new_id = f"{whole['id'][:8]}part{n}"
            parts.append(StoredIncident(new_id, [mention_id], {**whole, "id": new_id}, []))
        ledger.store.save_incidents(parts, [whole["id"]])
        return whole["id"], sorted(p.id for p in parts)


def test_api_redirects_a_merged_id_and_lists_a_split_one(db: str) -> None:
    with newsledger.open(db) as ledger:
        whole = clearance(ledger)
        late = whole["mentions"][1]["mention_id"]
        part = ledger.split([late])
        assert part is not None
    client = TestClient(create_app(db))
    live = client.get(f"/api/incidents/{whole['id']}")
    assert live.status_code == 200 and "moved_to" not in live.json()
    assert live.headers["link"] == f'</api/incidents/{part}>; rel="related"'
    with newsledger.open(db) as ledger:
        ledger.merge([whole["id"], part])
    gone = client.get(f"/api/incidents/{part}", follow_redirects=False)
    assert gone.status_code == 307
    assert gone.headers["location"] == f"/api/incidents/{whole['id']}"
    assert gone.json()["moved_to"] == [whole["id"]]
    followed = client.get(f"/api/incidents/{part}")
    assert followed.status_code == 200 and followed.json()["id"] == whole["id"]
    old, parts = split_in_two(db)
    answer = client.get(f"/api/incidents/{old}")
    assert answer.status_code == 404
    assert answer.json()["moved_to"] == parts and "split" in answer.json()["error"]
    assert client.get("/api/incidents/0000000000000000").json().get("moved_to") is None
    documented = client.get("/openapi.json").json()["paths"]["/api/incidents/{incident_id}"]
    assert {"200", "307", "404"} <= set(documented["get"]["responses"])


def test_web_page_redirects_and_says_where_an_id_went(db: str) -> None:
    with newsledger.open(db) as ledger:
        whole = clearance(ledger)
        part = ledger.split([whole["mentions"][1]["mention_id"]])
        assert part is not None
    client = TestClient(create_app(db))
    page = client.get(f"/incidents/{whole['id']}")
    assert page.status_code == 200 and f'href="/incidents/{part}"' in page.text
    with newsledger.open(db) as ledger:
        ledger.merge([whole["id"], part])
    moved = client.get(f"/incidents/{part}", follow_redirects=False)
    assert moved.status_code == 307
    assert moved.headers["location"] == f"/incidents/{whole['id']}?from={part}"
    page = client.get(f"/incidents/{part}")
    assert page.status_code == 200 and 'id="moved-from"' in page.text and part in page.text
    forged = client.get(f"/incidents/{whole['id']}?from=0123456789abcdef")
    assert 'id="moved-from"' not in forged.text
    old, parts = split_in_two(db)
    listing = client.get(f"/incidents/{old}")
    assert listing.status_code == 404
    assert all(f'href="/incidents/{p}"' in listing.text for p in parts)


def test_cli_shows_where_an_id_went(db: str) -> None:
    runner = CliRunner()
    with newsledger.open(db) as ledger:
        whole = clearance(ledger)
        part = ledger.split([whole["mentions"][1]["mention_id"]])
        assert part is not None
    result = runner.invoke(app, ["incident", whole["id"], "--db", db])
    assert f"Reports once in this incident are now in: {part}" in result.stdout
    with newsledger.open(db) as ledger:
        ledger.merge([whole["id"], part])
    result = runner.invoke(app, ["incident", part, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == whole["id"]
    assert f"{part} is now part of incident {whole['id']}" in result.stderr
    old, parts = split_in_two(db)
    result = runner.invoke(app, ["incident", old, "--db", db])
    assert result.exit_code == 1
    assert "was split" in result.stderr and all(p in result.stderr for p in parts)
