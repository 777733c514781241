"""The per-incident facts scorer of gva_dev (eval.bench_gva_dev.incident_facts) on made-up
records: GVA's "City (Place)" names and the incident totals it compares."""

from __future__ import annotations

from datetime import date
from typing import Any

from newsledger.eval.bench_gva_dev import (
    GvaIncident,
    article_date_accuracy,
    gold_city_keys,
    incident_facts,
    main_mention_date,
)
from newsledger.model import Claim, Mention, Span


def _incident(city: str, killed: int, injured: int) -> GvaIncident:
    return GvaIncident("1", date(2020, 5, 2), city, "Ohio", killed, injured, ("u1", "u2"))


def _summary(place: str, killed: int | None, injured: int | None) -> dict[str, Any]:
    totals = {k: {"value": v} for k, v in (("killed", killed), ("injured", injured)) if v}
    return {
        "date": "2020-05-02",
        "location": {"name": place},
        # per-side figures tell the same two dead twice: the scorer reads the totals
        "figures": [
            {"kind": "killed", "actor": None, "value": killed},
            {"kind": "killed", "actor": "civilians", "value": killed},
        ],
        "totals": totals,
    }


def test_a_city_with_a_place_in_brackets_accepts_either_name() -> None:
    assert gold_city_keys("Columbus (Whitehall)") == {"columbus (whitehall)", "columbus",
                                                      "whitehall"}  # fmt: skip
    assert gold_city_keys("Polk (county)") == {"polk"}
    assert gold_city_keys("Saint Paul") == {"st paul"}


def test_incident_facts_reads_totals_not_summed_figures() -> None:
    gold = {"1": _incident("Columbus (Whitehall)", 2, 0)}
    clusters = {"u1": "inc", "u2": "inc"}
    facts = incident_facts(gold, ["1"], clusters, {"inc": _summary("Whitehall", 2, None)})
    assert facts["killed_accuracy"] == 1.0
    assert facts["injured_accuracy"] == 1.0  # no injured total is GVA's 0
    assert facts["city_accuracy"] == 1.0
    assert facts["date_accuracy"] == 1.0


def test_incident_facts_counts_a_wrong_total_and_place() -> None:
    gold = {"1": _incident("The Bronx", 1, 3)}
    clusters = {"u1": "inc", "u2": "other"}
    summaries = {"inc": _summary("Yonkers", 1, 2), "other": _summary("Bronx", 1, 3)}
    facts = incident_facts(gold, ["1"], clusters, summaries)
    assert facts["city_accuracy"] == 0.0  # the tie goes to the smaller incident id, "inc"
    assert facts["injured_accuracy"] == 0.0
    assert facts["killed_accuracy"] == 1.0


def test_incident_facts_reads_the_containing_city_before_the_place() -> None:
    gold = {"1": _incident("Columbus", 0, 1)}
    summary = _summary("Eastgate Flats", None, 1)
    summary["location"]["city"] = {"name": "Columbus"}
    facts = incident_facts(gold, ["1"], {"u1": "inc"}, {"inc": summary})
    assert facts["city_accuracy"] == 1.0
    summary["location"]["city"] = {"name": "Dayton"}  # the city, when given, is the answer
    facts = incident_facts({"1": _incident("Eastgate Flats", 0, 1)}, ["1"], {"u1": "inc"},
                           {"inc": summary})  # fmt: skip
    assert facts["city_accuracy"] == 0.0


def test_the_mention_cache_fingerprint_reads_every_extraction_input() -> None:
    """A word list moved out of nlp/ or extract/ (the language packages live in lang/) must still
    change the fingerprint, else cached mentions from older word lists are reused."""
    from pathlib import Path

    import newsledger
    from newsledger.eval.bench_gva_dev import EXTRACTION_INPUTS

    root = Path(newsledger.__file__).resolve().parent
    assert all((root / item).exists() for item in EXTRACTION_INPUTS)
    assert {"nlp", "extract", "lang"} <= set(EXTRACTION_INPUTS)
    assert any((root / "lang").rglob("*.py"))


def test_article_date_accuracy_counts_each_scored_article() -> None:
    gold = {"1": _incident("Dayton", 1, 0), "2": GvaIncident("2", None, "Dayton", "Ohio", 0, 0,
                                                              ("u3",))}  # fmt: skip
    # u1 right, u2 one day late, u3 belongs to an undated gold incident and is not scored
    dates = {"u1": "2020-05-02", "u2": "2020-05-03", "u3": "2020-05-02"}
    assert article_date_accuracy(gold, ["1", "2"], dates) == 0.5
    assert article_date_accuracy(gold, ["1"], {"u1": None, "u2": None}) == 0.0
    assert article_date_accuracy(gold, ["2"], dates) is None


def test_main_mention_date_is_its_best_date_claim() -> None:
    mention = Mention("a1", 0, True)
    assert main_mention_date(mention) is None
    assert main_mention_date(None) is None
    mention.claims.append(Claim("date", "2020-05-02", Span("a1", 10, 18, "Saturday")))
    assert main_mention_date(mention) == "2020-05-02"
