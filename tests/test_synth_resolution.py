"""Templated reports of many look-alike incidents (same wording, other towns and days) must not
collapse into a few incidents: stated dates and places are facts that exclude a merge."""

from __future__ import annotations

import json
from pathlib import Path

import newsledger
from newsledger.batch.synth import generate_corpus


def test_templated_lookalikes_stay_apart_and_copies_come_together(tmp_path: Path) -> None:
    shards = generate_corpus(60, tmp_path / "corpus", seed=7)
    truth_by_url = {
        record["url"]: record["truth_incident"]
        for shard in shards
        for record in map(json.loads, shard.read_text(encoding="utf-8").splitlines())
    }
    with newsledger.open(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        ledger.ingest(shards)
        url_of = {a["id"]: a["url"] for a in ledger.articles()}
        incidents = ledger.incidents()
    truths = set(truth_by_url.values())
    mixed = []
    merged_reports = 0
    for incident in incidents:
        mains = [m["article_id"] for m in incident["mentions"] if m["main"]]
        found = {truth_by_url[url_of[a]] for a in mains}
        if len(found) > 1:
            mixed.append((incident["id"], sorted(found)))
        merged_reports += len(mains) > 1
    assert not mixed, f"incidents mixing distinct synthetic incidents: {mixed}"
    assert merged_reports >= len(truths) // 2, "reports of one incident do come together"
