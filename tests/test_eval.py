"""The evaluation machinery: gold files load, the scorer counts what it should, reports render.

The extractor's quality is gated on the public sets (tests/test_public_floors.py); the seeds and
restatements keep smoke checks (tests/test_gold_smoke.py)."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from newsledger.errors import EvalTargetError, GoldFormatError
from newsledger.eval.gold import (
    MAX_SPAN_TEXT,
    GoldArticle,
    gold_files,
    gold_to_mentions,
    load_gold_file,
    span_json,
)
from newsledger.eval.run import bench_report, run_eval
from newsledger.eval.score import (
    PRIMARY_FIELDS,
    EvalReport,
    overlap,
    same_name,
    score_article,
    time_of_day_key,
)
from newsledger.model import Article, Claim, Mention, Quote, Span

GOLD = Path(__file__).resolve().parent / "gold"
EXAMPLE_SETS = ("examples", "examples_fr")

REPORT = (
    "Riot in Harbourtown\n\n"
    "About 80 protesters threw stones at police in Harbourtown on Saturday night, and twelve "
    "officers were injured. Police answered with tear gas.\n\n"
    '"It was chaos," Ada Colau, the mayor of Barcelona, told Radio Sur.\n\n'
    "Last month a march in Portville ended without incident."
)


def _span(text: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return span_json(text, at, at + len(phrase))


def _harbourtown_gold(text: str) -> dict[str, Any]:
    place = {"name": "Harbourtown", "country_code": "ES", "admin1": None, "admin2": None,
             "latitude": 40.0, "longitude": -3.0, "geonames_id": 1000001, "geo_precision": 1,
             "spans": [_span(text, "Harbourtown", 1)]}
    return {
        "format": "newsledger-gold/1",
        "source": "harbourtown.txt",
        "language": "en",
        "published": "2024-03-10",
        "mentions": [
            {
                "main": True,
                "label": "Riot in Harbourtown",
                "anchor": _span(text, "About 80 protesters threw stones at police"),
                "event_type": {"value": "Riots", "spans": [_span(text, "threw stones")]},
                "sub_event_type": {"value": "Violent demonstration",
                                   "accept": ["Mob violence"],
                                   "spans": [_span(text, "threw stones")]},
                "date": {"value": "2024-03-09", "spans": [_span(text, "Saturday night")]},
                "time_precision": "day",
                "time_of_day": {"value": "night", "spans": [_span(text, "night")]},
                "location": place,
                "actors": [
                    {"name": "protesters", "type": "protesters", "role": "agent",
                     "spans": [_span(text, "About 80 protesters")]},
                    {"name": "police", "type": "police", "role": "target",
                     "accept_roles": ["agent"], "spans": [_span(text, "police")]},
                ],
                "figures": [
                    {"kind": "participants", "actor": "protesters", "value": 80,
                     "qualifier": "approx", "spans": [_span(text, "About 80 protesters")]},
                    {"kind": "injured", "actor": "police", "value": 12, "qualifier": "exact",
                     "spans": [_span(text, "twelve officers were injured")]},
                ],
                "weapons": [
                    {"name": "stones", "used_by": "protesters", "spans": [_span(text, "stones")]},
                    {"name": "tear gas", "used_by": "police", "spans": [_span(text, "tear gas")]},
                ],
                "quotes": [
                    {"speaker": "Ada Colau", "affiliation": "mayor of Barcelona", "cue": "said",
                     "medium": "Radio Sur",
                     "content_spans": [_span(text, "It was chaos")]},
                ],
            },
            {
                "main": False,
                "label": "March in Portville last month",
                "anchor": _span(text, "a march in Portville"),
                "event_type": {"value": "Protests", "spans": [_span(text, "a march")]},
                "sub_event_type": {"value": "Peaceful protest", "spans": [_span(text, "a march")]},
                "date": None,
                "time_precision": None,
                "location": {**place, "name": "Portville", "geonames_id": 1000002,
                             "latitude": 41.0, "spans": [_span(text, "Portville")]},
            },
        ],
    }


@pytest.fixture()
def gold(tmp_path: Path) -> GoldArticle:
    article = Article.from_text(REPORT, published=None, language="en")
    path = tmp_path / "harbourtown.json"
    path.write_text(json.dumps(_harbourtown_gold(article.text)), encoding="utf-8")
    return load_gold_file(path, article)


def _score(gold: GoldArticle, mentions: list[Mention]) -> dict[str, Any]:
    return score_article(gold, mentions).fields


def _main(mentions: list[Mention]) -> Mention:
    return next(m for m in mentions if m.main)


# ---------------------------------------------------------------- the gold files


def _all_gold_paths() -> list[Path]:
    return gold_files(GOLD)


def test_every_gold_set_has_files() -> None:
    for name in ("seeds", *EXAMPLE_SETS):
        assert gold_files(GOLD / name), f"tests/gold/{name} has no gold files"


@pytest.mark.parametrize("path", _all_gold_paths(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_loads_and_oracle_scores_one(path: Path, request: pytest.FixtureRequest) -> None:
    if path.parent.name == "seeds":
        request.getfixturevalue("seeds_dir")  # the seeds themselves live in ../shared
    gold = load_gold_file(path)
    assert sum(m.main for m in gold.mentions) == 1
    fields = score_article(gold, gold_to_mentions(gold)).fields
    for name, counts in fields.items():
        assert (counts.fp, counts.fn) == (0, 0), f"{path.name}: {name} {counts}"
    for mention in gold.mentions:
        for span in mention.spans():
            assert gold.article.text[span.start:span.end] == span.text


def _stored_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if "start" in node and "text" in node else []
        return own + [t for v in node.values() for t in _stored_texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _stored_texts(v)]
    return []


@pytest.mark.parametrize("path", _all_gold_paths(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_files_hold_no_long_passages(path: Path) -> None:
    """Gold carries evidence phrases only, never whole paragraphs of an article."""
    texts = _stored_texts(json.loads(path.read_text(encoding="utf-8")))
    assert texts and all(len(t) <= MAX_SPAN_TEXT for t in texts)


@pytest.mark.parametrize(
    ("seed", "facts"),
    [
        ("002_e2e83b8711e61f95", {("hospitalised", "police", 15), ("present", "police", 60),
                                  ("participants", "migrants", 100)}),
        ("003_9b3d91f5d6b096e4", {("injured", "police", 15), ("present", "police", 40),
                                  ("participants", "migrants", 100), ("injured", "migrants", 3)}),
        ("000_51de6e8ba7a49ffe", {("participants", "migrants", 200), ("injured", "police", 16),
                                  ("other", "police", 300), ("injured", "civilians", 1),
                                  ("injured", "migrants", None)}),
        ("001_1d225e1c3a4a3574", {("participants", "migrants", 300), ("hospitalised", "police", 7),
                                  ("injured", "police", 32)}),
    ],
)
def test_seed_gold_holds_the_issue_facts(seed: str, facts: set[Any], seeds_dir: Path) -> None:
    gold = load_gold_file(GOLD / "seeds" / f"{seed}.json")
    main = gold.main
    assert main is not None
    assert facts <= {(f.kind, f.actor, f.value) for f in main.figures}
    if gold.published is None:
        assert all(m.date is None for m in gold.mentions), "no date may be invented"
    else:
        assert main.date is not None and main.date.value == "2021-12-30"
        assert main.location is not None and main.location.geonames_id == 3029162


def test_offsets_that_drifted_are_reanchored(tmp_path: Path) -> None:
    article = Article.from_text(REPORT)
    data = _harbourtown_gold(article.text)
    shifted = Article.from_text("Breaking news\n\n" + REPORT)
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold_file(path, shifted)
    anchor = gold.mentions[0].anchor
    assert anchor is not None and anchor.start == data["mentions"][0]["anchor"]["start"] + 15
    assert shifted.text[anchor.start:anchor.end] == anchor.text


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["mentions"][0]["figures"][0].update(kind="wounded"), "figures[0].kind"),
        (lambda d: d["mentions"][0]["anchor"].update(text="not in the text"), "anchor"),
        (lambda d: d["mentions"][0].pop("main"), "mentions[0].main"),
        (lambda d: d["mentions"][0]["date"].update(value="9 March"), "mentions[0].date"),
        (lambda d: d["mentions"][1].update(main=True), "more than one mention"),
        (lambda d: d.update(format="other"), "format"),
    ],
)
def test_bad_gold_fails_naming_file_and_field(tmp_path: Path, edit: Any, message: str) -> None:
    article = Article.from_text(REPORT)
    data = _harbourtown_gold(article.text)
    edit(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold_file(path, article)
    assert "bad.json" in str(info.value) and message in str(info.value)


# ---------------------------------------------------------------- the scorer


def test_perfect_prediction_scores_one(gold: GoldArticle) -> None:
    fields = _score(gold, gold_to_mentions(gold))
    for name in PRIMARY_FIELDS:
        assert fields[name].f1 == 1.0, name


def test_dropped_figure_lowers_recall_only(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    main = _main(mentions)
    main.claims.remove(next(c for c in main.claims if c.field == "figure"))
    figure = _score(gold, mentions)["figure"]
    assert figure.precision == 1.0 and figure.recall == 0.5


def test_wrong_date_lowers_precision_and_recall(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    claim = _main(mentions).first("date")
    assert claim is not None
    claim.value = "2024-03-10"
    date = _score(gold, mentions)["date"]
    assert date.precision == 0.0 and date.recall == 0.0


def test_invented_date_is_a_false_positive(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    background = next(m for m in mentions if not m.main)
    background.claims.append(Claim("date", "2024-02-01", background.claims[0].span, "day"))
    date = _score(gold, mentions)["date"]
    assert (date.tp, date.fp, date.fn) == (1, 1, 0)


@pytest.mark.parametrize(
    ("shift_deg", "geonames_id", "matches"),
    [(0.05, 999, True), (0.0, 1000001, True), (0.5, 999, False), (0.5, 1000001, True)],
)
def test_place_matches_by_id_or_within_10_km(gold: GoldArticle, shift_deg: float,
                                              geonames_id: int, matches: bool) -> None:
    mentions = gold_to_mentions(gold)
    claim = _main(mentions).first("location")
    assert claim is not None and isinstance(claim.value, dict)
    claim.value = {**claim.value, "latitude": 40.0 + shift_deg, "geonames_id": geonames_id}
    location = _score(gold, mentions)["location"]
    assert (location.f1 == 1.0) is matches


def test_figure_qualifier_is_scored_apart(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    claim = next(c for c in _main(mentions).claims if c.field == "figure" and c.value == 80)
    claim.qualifier = "exact"
    fields = _score(gold, mentions)
    assert fields["figure"].f1 == 1.0
    assert fields["figure_qualifier"].tp == 1 and fields["figure_qualifier"].fn == 1


def test_actor_role_and_accepted_role(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    police = next(c for c in _main(mentions).claims if c.field == "actor" and c.kind == "police")
    police.role = "agent"  # accepted alternative
    assert _score(gold, mentions)["actor"].f1 == 1.0
    police.role = "other"
    assert _score(gold, mentions)["actor"].recall == 0.5


@pytest.mark.parametrize(
    ("speaker", "content", "found"),
    [
        ("Colau", "It was chaos", True),
        ("Ada Colau", "It was complete chaos out there tonight", True),
        ("Pedro Sánchez", "It was chaos", False),
        ("Ada Colau", "Nothing happened", False),
    ],
)
def test_quote_matches_by_speaker_and_overlap(gold: GoldArticle, speaker: str, content: str,
                                              found: bool) -> None:
    mentions = gold_to_mentions(gold)
    main = _main(mentions)
    main.quotes = [replace(main.quotes[0], speaker=speaker, content=content)]
    assert (_score(gold, mentions)["quote"].f1 == 1.0) is found


def test_background_kept_apart_from_main(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    extra = copy.deepcopy(mentions[1])
    extra.index = 2
    extra.anchor = None
    extra.claims = [Claim("event_type", "Battles", Span(extra.article_id, 0, 4, "Riot"))]
    fields = _score(gold, [*mentions, extra])
    assert fields["mention_main"].f1 == 1.0
    assert (fields["mention_background"].tp, fields["mention_background"].fp) == (1, 1)
    none_main = [replace(m, main=False) for m in gold_to_mentions(gold)]
    assert _score(gold, none_main)["mention_main"].recall == 0.0


def test_spans_that_do_not_slice_the_text_are_reported(gold: GoldArticle) -> None:
    mentions = gold_to_mentions(gold)
    claim = _main(mentions).claims[0]
    claim.span = Span(claim.span.article_id, claim.span.start + 1, claim.span.end + 1,
                      claim.span.text)
    result = score_article(gold, mentions)
    assert result.fields["span_exact"].fp == 1
    assert len(result.span_violations) == 1 and "claim event_type" in result.span_violations[0]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Pierre-Henri Dumont", "Dumont", True), ("the Pas-de-Calais prefecture", "prefecture", True),
     ("Gilles Debove", "Maya Konforti", False), (None, None, True), ("Ada Colau", None, False)],
)
def test_same_name(a: str | None, b: str | None, expected: bool) -> None:
    assert same_name(a, b) is expected


@pytest.mark.parametrize(
    ("value", "key"), [("9:20", "09:20"), ("09h20", "09:20"), ("overnight", "night"),
                       ("soir", "evening"), ("morning", "morning")],
)
def test_time_of_day_key(value: str, key: str) -> None:
    assert time_of_day_key(value) == key


def test_overlap_is_relative_to_the_shorter_text() -> None:
    assert overlap("it was chaos", "it was chaos and fear everywhere") == 1.0
    assert overlap("nothing", "it was chaos") == 0.0


# ---------------------------------------------------------------- run and report


def test_run_eval_with_the_gold_oracle_and_rendering(tmp_path: Path) -> None:
    report = run_eval(GOLD / "examples", extractor_name="gold")
    assert report.documents == len(gold_files(GOLD / "examples"))
    assert report.fields["overall"].f1 == 1.0
    data = report.to_json()
    assert set(PRIMARY_FIELDS) <= set(data["fields"]) and data["span_violations"] == 0
    console = Console(record=True, width=100)
    report.print(console)
    assert "mention_background" in console.export_text()


def test_run_eval_rejects_unknown_targets(tmp_path: Path) -> None:
    with pytest.raises(EvalTargetError, match="public sets: case2021_task2"):
        run_eval(tmp_path)
    with pytest.raises(EvalTargetError, match="not a folder"):
        run_eval(tmp_path / "missing")
    with pytest.raises(EvalTargetError, match="unknown extractor"):
        run_eval(GOLD / "examples", extractor_name="nonsense")


def test_bench_results_become_report_rows() -> None:
    report = bench_report("bench/x", "bench_x", {
        "documents": 3, "value": {"tp": 2, "fp": 1, "fn": 1}, "accuracy": 0.75,
        "per_type": {"Riots": {"tp": 1, "fp": 0, "fn": 0}}})
    assert isinstance(report, EvalReport) and report.documents == 3
    assert report.fields["value"].precision == pytest.approx(2 / 3)
    assert report.fields["per_type.Riots"].f1 == 1.0
    assert report.metrics["accuracy"] == 0.75


def test_quote_record_round_trip_keeps_the_scorer_working(gold: GoldArticle) -> None:
    """Mentions that went through JSON (the store, the API) score the same."""
    mentions = [Mention.from_json(m.to_json()) for m in gold_to_mentions(gold)]
    assert all(isinstance(q, Quote) for m in mentions for q in m.quotes)
    assert _score(gold, mentions)["quote"].f1 == 1.0
