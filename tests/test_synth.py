"""The synthetic corpus's optional incident details (`generate_corpus(detailed=True)`): each
incident's reports share a street and a venue, and the corpus is otherwise the default one."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsledger.batch.synth import STREET_KINDS, STREET_WORDS, generate_corpus

STREET = re.compile(rf"\b(?:{'|'.join(STREET_WORDS)}) (?:{'|'.join(STREET_KINDS)})\b")


def _records(shards: list[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for shard in shards
        for line in shard.read_text(encoding="utf-8").splitlines()
    ]


def test_detailed_reports_share_their_incidents_street(tmp_path: Path) -> None:
    records = _records(generate_corpus(300, tmp_path / "d", seed=3, detailed=True))
    streets: dict[int, set[str]] = defaultdict(set)
    for record in records:
        found = STREET.findall(record["text"])
        assert len(found) == 1, record["text"]
        streets[record["truth_incident"]].add(found[0])
    assert all(len(named) == 1 for named in streets.values())
    distinct = {next(iter(named)) for named in streets.values()}
    assert len(distinct) > len(streets) // 2  # other incidents mostly name other streets


def test_details_leave_the_default_corpus_as_it_was(tmp_path: Path) -> None:
    plain = _records(generate_corpus(200, tmp_path / "p", seed=5))
    detailed = _records(generate_corpus(200, tmp_path / "d", seed=5, detailed=True))
    assert not any(STREET.search(r["text"]) for r in plain)
    assert len(plain) == len(detailed)
    for a, b in zip(plain, detailed, strict=True):
        assert (a["truth_incident"], a["outlet"], a["published"], a["url"]) == (
            b["truth_incident"], b["outlet"], b["published"], b["url"],
        )  # fmt: skip
        lead = a["text"].split("\n\n")[0]
        assert b["text"].startswith(lead)
