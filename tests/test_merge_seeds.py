"""The four seed reports through ingest, extraction and merging: three main incidents, 002 + 003
one incident with two sources and their conflicting officer counts; re-ingest, another order and
a wire copy change nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsledger


def ingest(paths: list[Path]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Ingest files one at a time into a fresh ledger; incidents and seed prefix -> article id."""
    with newsledger.open("sqlite://") as ledger:
        for path in paths:
            ledger.ingest([path])
        ids = {}
        for article in ledger.articles():
            name = Path(article["origin"] or "").name
            ids[name if "copy" in name else name[:3]] = article["id"]
        return ledger.incidents(), ids


def main_incidents(incidents: list[dict[str, Any]]) -> dict[frozenset[str], dict[str, Any]]:
    """Incidents holding a main mention, keyed by the articles of their main mentions."""
    out = {}
    for inc in incidents:
        mains = frozenset(m["article_id"] for m in inc["mentions"] if m["main"])
        if mains:
            out[mains] = inc
    return out


def figure(incident: dict[str, Any], kind: str, actor: str) -> dict[str, Any]:
    return next(f for f in incident["figures"] if f["kind"] == kind and f["actor"] == actor)


@pytest.fixture(scope="module")
def seeded(seed_paths: list[Path]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    return ingest(seed_paths)


def test_three_main_incidents(seeded: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    incidents, ids = seeded
    mains = main_incidents(incidents)
    assert set(mains) == {
        frozenset({ids["000"]}),
        frozenset({ids["001"]}),
        frozenset({ids["002"], ids["003"]}),
    }


def test_calais_night_from_two_sources(seeded: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    incidents, ids = seeded
    calais = main_incidents(incidents)[frozenset({ids["002"], ids["003"]})]
    assert calais["date"] == "2021-12-30"
    assert calais["time_precision"] == "day"
    assert calais["location"]["name"] == "Calais"
    assert calais["sources"] == 2
    injured = figure(calais, "injured", "police")
    assert injured["value"] == 15
    assert injured["sources"] == 2
    present = figure(calais, "present", "police")
    assert (present["min"], present["max"]) == (40, 60)
    conflict = next(c for c in calais["conflicts"] if c["field"] == "figure:present:police")
    assert sorted(conflict["values"]) == [40, 60]
    assert set(conflict["article_ids"]) == {ids["002"], ids["003"]}
    migrants = figure(calais, "injured", "migrants")
    assert migrants["value"] == 3
    assert migrants["sources"] == 1
    assert all(c["article_id"] == ids["003"] for c in migrants["claims"] if c["value"] == 3)


def signature(incidents: list[dict[str, Any]]) -> set[tuple[str, frozenset[str], int]]:
    return {(i["id"], frozenset(i["articles"]), i["sources"]) for i in incidents}


def test_order_twice_and_wire_copy_change_nothing(
    seed_paths: list[Path],
    seeded: tuple[list[dict[str, Any]], dict[str, str]],
    tmp_path: Path,
) -> None:
    incidents, ids = seeded
    reference = signature(incidents)
    reversed_incidents, _ = ingest(list(reversed(seed_paths)))
    assert signature(reversed_incidents) == reference
    twice, _ = ingest(seed_paths + seed_paths)
    assert signature(twice) == reference
    original = next(p for p in seed_paths if p.name.startswith("003"))
    lines = original.read_text(encoding="utf-8").split("\n")
    lines.append("Reporting by the wire desk; editing by the night editor.")
    copy = tmp_path / "003_wire_copy.txt"
    copy.write_text("\n".join(lines), encoding="utf-8")
    with_copy, copy_ids = ingest([*seed_paths, copy])
    copy_id = copy_ids[copy.name]
    by_mains = main_incidents(with_copy)
    calais = next(inc for mains, inc in by_mains.items() if ids["003"] in mains)
    assert calais["sources"] == 2
    assert copy_id in calais["articles"]
    without_copy = {(i, frozenset(a - {copy_id}), s) for i, a, s in signature(with_copy)}
    assert without_copy == reference
