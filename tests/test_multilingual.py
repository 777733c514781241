"""Reports in several languages through ingest, extraction and merging (issue 7).

Texts in tests/data/multilingual/ are constructed for these tests (each says so):
- fr_calais_nuit_samedi / en_calais_saturday_night: one night clash in Calais told in French
  (published Sunday) and in English (published Monday, other figures): one incident, two sources;
- de_calais_nacht: a German report of that night (rule-only language): stored, dated, placed,
  attached to the Calais incident or kept apart, never merged elsewhere;
- nl_rotterdam_rellen: a Dutch report of the same evening in another city: kept apart;
- en_wire_lille / fr_wire_lille_traduction: a wire story and its French translation: one source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsledger
from newsledger.extract.runner import extract_article
from newsledger.ingest.readers import read_file
from newsledger.merge.crosslang import (
    collapse_translations,
    crosslang_block_keys,
    translation_pairs,
)
from newsledger.merge.profile import build_profile, source_key
from newsledger.merge.resolve import link_threshold, pair_score
from newsledger.model import Article, Mention

DATA = Path(__file__).parent / "data" / "multilingual"
FR_NIGHT = DATA / "fr_calais_nuit_samedi.txt"
EN_NIGHT = DATA / "en_calais_saturday_night.txt"
DE_NIGHT = DATA / "de_calais_nacht.txt"
NL_OTHER = DATA / "nl_rotterdam_rellen.txt"
EN_WIRE = DATA / "en_wire_lille.txt"
FR_WIRE = DATA / "fr_wire_lille_traduction.txt"
CALAIS = 3029162


def article(path: Path) -> Article:
    item = next(iter(read_file(path)))
    assert isinstance(item, Article)
    return item


def ingest(tmp_path: Path, paths: list[Path], one_call: bool = False) -> dict[str, Any]:
    """Ingest into a fresh SQLite ledger; incidents, file name -> article id, failures."""
    with newsledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        failures = []
        batches = [paths] if one_call else [[p] for p in paths]
        for batch in batches:
            report = ledger.ingest(batch)
            failures.extend(report.extraction_failures)
        ids = {Path(a["origin"]).name: a["id"] for a in ledger.articles()}
        mentions = {aid: ledger.mentions(aid) for aid in ids.values()}
        return {"incidents": ledger.incidents(), "ids": ids, "failures": failures,
                "mentions": mentions}  # fmt: skip


def incident_of(incidents: list[dict[str, Any]], article_id: str) -> dict[str, Any]:
    return next(i for i in incidents
                if any(m["article_id"] == article_id and m["main"] for m in i["mentions"]))


@pytest.mark.parametrize("order", [(FR_NIGHT, EN_NIGHT), (EN_NIGHT, FR_NIGHT)])
def test_french_and_english_reports_of_one_night_are_one_incident(
    tmp_path: Path, order: tuple[Path, Path]
) -> None:
    out = ingest(tmp_path, list(order))
    fr, en = out["ids"][FR_NIGHT.name], out["ids"][EN_NIGHT.name]
    incident = incident_of(out["incidents"], fr)
    assert {m["article_id"] for m in incident["mentions"] if m["main"]} == {fr, en}
    assert incident["date"] == "2022-01-15"
    assert incident["location"]["geonames_id"] == CALAIS
    assert incident["sources"] == 2
    injured = [f for f in incident["figures"] if (f["kind"], f["actor"]) == ("injured", "police")]
    assert injured
    # the French report's own figures stay claims of the incident, with their qualifier
    claims = [c for f in injured for c in f["claims"] if c["article_id"] == fr]
    assert {(c["value"], c["qualifier"]) for c in claims} == {(15, "approx")}


def test_german_and_dutch_reports_are_stored_and_never_mis_merged(tmp_path: Path) -> None:
    paths = [FR_NIGHT, EN_NIGHT, DE_NIGHT, NL_OTHER]
    out = ingest(tmp_path, paths, one_call=True)
    assert not out["failures"]
    ids = out["ids"]
    assert set(ids) == {p.name for p in paths}
    for name in (DE_NIGHT.name, NL_OTHER.name):
        main = out["mentions"][ids[name]][0]
        assert main.not_attempted == ["quotes"]  # the rest is read from words (lang/)
    de_main = out["mentions"][ids[DE_NIGHT.name]][0]
    location = de_main.first("location")
    assert location is not None and isinstance(location.value, dict)
    assert location.value["geonames_id"] == CALAIS
    assert de_main.first("date") is not None
    nl_main = out["mentions"][ids[NL_OTHER.name]][0]
    nl_location = nl_main.first("location")
    assert nl_location is not None and isinstance(nl_location.value, dict)
    assert nl_location.value["name"] == "Rotterdam"
    calais = incident_of(out["incidents"], ids[FR_NIGHT.name])
    calais_articles = {m["article_id"] for m in calais["mentions"]}
    assert ids[NL_OTHER.name] not in calais_articles  # same evening, another city
    # the German report is attached to the Calais night or kept apart: never elsewhere
    german = incident_of(out["incidents"], ids[DE_NIGHT.name])
    assert german["id"] == calais["id"] or {m["article_id"] for m in german["mentions"]} == {
        ids[DE_NIGHT.name]}
    rotterdam = incident_of(out["incidents"], ids[NL_OTHER.name])
    assert {m["article_id"] for m in rotterdam["mentions"]} == {ids[NL_OTHER.name]}


def test_a_report_in_an_unsupported_language_does_not_stop_the_batch(tmp_path: Path) -> None:
    spanish = tmp_path / "es.txt"
    spanish.write_text(
        " date 2022-01-16 Disturbios en Sevilla\n\nEjemplo construido para las pruebas.\n\n"
        "Unos 30 jóvenes se enfrentaron a la policía el sábado en Sevilla; dos agentes "
        "resultaron heridos.\n",
        encoding="utf-8",
    )
    out = ingest(tmp_path, [spanish, FR_NIGHT], one_call=True)
    assert not out["failures"]
    assert set(out["ids"]) == {"es.txt", FR_NIGHT.name}
    es_main = out["mentions"][out["ids"]["es.txt"]][0]
    assert "quotes" in es_main.not_attempted  # no parse: no quotes


def _mains(paths: list[Path]) -> tuple[list[Mention], dict[str, Article]]:
    articles = {a.id: a for a in (article(p) for p in paths)}
    mentions = [m for a in articles.values() for m in extract_article(a)]
    return mentions, articles


def test_a_translated_wire_story_is_one_source() -> None:
    mentions, articles = _mains([EN_WIRE, FR_WIRE])
    en, fr = article(EN_WIRE).id, article(FR_WIRE).id
    # same publication day: the smaller id is taken as the original, whatever the order
    assert translation_pairs(mentions, articles) == [(min(en, fr), max(en, fr))]
    sources = {aid: source_key(a, aid, articles) for aid, a in articles.items()}
    assert len(set(sources.values())) == 2
    collapsed = collapse_translations(mentions, articles, sources)
    assert len(set(collapsed.values())) == 1


def test_independent_reports_of_one_night_stay_two_sources() -> None:
    """Same date and town, but the English report counts other injured (at least 12)."""
    mentions, articles = _mains([FR_NIGHT, EN_NIGHT])
    assert translation_pairs(mentions, articles) == []
    sources = {aid: source_key(a, aid, articles) for aid, a in articles.items()}
    assert len(set(collapse_translations(mentions, articles, sources).values())) == 2


def test_crosslang_keys_meet_where_types_differ() -> None:
    """The wire story and its translation are typed differently by the two extractors; the
    type-free keys still put them in one block, and the facts score them as one incident."""
    mentions, articles = _mains([EN_WIRE, FR_WIRE])
    profiles = [build_profile(m, articles) for m in mentions if m.main]
    assert len(profiles) == 2
    keys = []
    for p in profiles:
        assert p.place is not None
        keys.append(set(crosslang_block_keys(p.date_first, p.date_precision, p.date_inferred,
                                             p.place.geonames_id, p.place.geo_precision)))
    assert keys[0] & keys[1]
    assert pair_score(profiles[0], profiles[1]) > link_threshold()


def test_crosslang_keys_need_a_day_and_a_town() -> None:
    from datetime import date

    assert crosslang_block_keys(date(2022, 1, 15), "month", False, CALAIS, 1) == []
    assert crosslang_block_keys(date(2022, 1, 15), "day", False, None, 1) == []
    assert crosslang_block_keys(date(2022, 1, 15), "day", False, CALAIS, 3) == []
    near = set(crosslang_block_keys(date(2022, 1, 15), "day", False, CALAIS, 1))
    next_day = set(crosslang_block_keys(date(2022, 1, 16), "day", False, CALAIS, 1))
    far = set(crosslang_block_keys(date(2022, 1, 25), "day", False, CALAIS, 1))
    assert near & next_day and not near & far
