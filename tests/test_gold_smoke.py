"""Smoke checks on the seeds and the bundled restatements, against the gold files' values.

The seeds are the texts the rules were first written against, so they are no measure of quality
(the public sets are: tests/test_public_floors.py). What must hold on every one of them: the
rule extractor finds a main incident whose event type, date and place are the gold's (no date
when the gold has none: nothing invented), and every span it gives slices the article text
exactly. No per-field floors: a change that generalises may move a seed's secondary fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SEEDS, require_shared

from newsledger.eval.gold import gold_files, load_gold_file
from newsledger.eval.report import ArticleScore
from newsledger.eval.run import predict
from newsledger.eval.score import check_spans, predicted_location, same_place

GOLD = Path(__file__).resolve().parent / "gold"
SMOKE_SETS = ("seeds", "examples", "examples_fr")


def _paths() -> list[Path]:
    return [p for name in SMOKE_SETS for p in gold_files(GOLD / name)]


@pytest.mark.parametrize("path", _paths(), ids=lambda p: f"{p.parent.name}/{p.stem[:12]}")
def test_main_incident_has_the_gold_type_date_and_place(path: Path) -> None:
    if path.parent.name == "seeds":
        require_shared(SEEDS)
    gold = load_gold_file(path)
    expected = gold.main
    assert expected is not None, f"{path.name}: the gold names no main incident"
    notes: list[str] = []
    mentions = predict([gold], "rules", notes)[gold.article.id]
    assert not notes, notes

    spans = ArticleScore(gold.source, gold.article.id)
    check_spans(spans, gold.article, mentions)
    assert not spans.span_violations, spans.span_violations

    main = next((m for m in mentions if m.main), None)
    assert main is not None, f"{path.name}: no main incident"
    event_type = main.first("event_type")
    assert expected.event_type is not None
    assert event_type is not None and expected.event_type.accepts(str(event_type.value)), (
        f"{path.name}: event type {event_type and event_type.value!r}, gold "
        f"{expected.event_type.value!r}"
    )
    date = main.first("date")
    if expected.date is None:
        assert date is None, f"{path.name}: the gold has no date, the extractor gave {date}"
    else:
        assert date is not None and expected.date.accepts(str(date.value)), (
            f"{path.name}: date {date and date.value!r}, gold {expected.date.value!r}"
        )
    assert expected.location is not None
    place = predicted_location(main)
    assert place is not None and same_place(expected.location, place), (
        f"{path.name}: place {place and place.get('name')!r}, gold {expected.location.name!r}"
    )
