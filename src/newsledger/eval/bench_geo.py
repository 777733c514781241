"""Geoparsing on GeoWebNews (Gritta et al. 2019): toponym recognition and resolution.

Definitions (our own, stated so figures can be compared run to run):
- gold toponyms: GWN.xml annotations that carry a GeoNames id (the geocodable ones);
- a prediction is a resolved `PlaceMention`; it is correct for recognition when it overlaps an
  annotated toponym that has coordinates or an id (GWN also annotates street names and buildings
  we do not resolve, which then count as misses, not as our errors);
- recall: gold toponyms overlapped by a prediction; precision: predictions that overlap one;
- resolution, over gold toponyms we recognised: `exact_id` (same GeoNames id) and `acc_161km`
  (within 161 km, the customary threshold). Mordecai 3 reports 90.1% exact on GWN with a neural
  ranker; our gazetteer holds towns of >= 500 people plus admin areas and countries only.
The bench data is read from ../shared at run time; nothing of it is copied into the repo.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from newsledger.geo import great_circle_km
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.pipeline import load_pipeline
from newsledger.nlp.places import find_places

GWN_FILE = Path("geowebnews") / "data" / "GWN.xml"
ACCURACY_RADIUS_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    geonames_id: int | None
    latitude: float | None
    longitude: float | None


def _float(text: str | None) -> float | None:
    return float(text) if text and text.strip() else None


def read_gwn(bench_dir: Path, limit: int | None = None) -> list[tuple[str, list[GoldToponym]]]:
    """(text, toponyms) per article of GWN.xml."""
    root = ET.parse(bench_dir / GWN_FILE).getroot()
    out: list[tuple[str, list[GoldToponym]]] = []
    for article in root.iter("article"):
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


def score_geo(bench_dir: Path, limit: int | None = None) -> dict[str, float]:
    """Recognition P/R/F1 and resolution accuracy on GeoWebNews (see the module docstring)."""
    nlp = load_pipeline("en")
    Gazetteer.default()  # load (or build) before timing
    articles = read_gwn(bench_dir, limit)
    own = [n for n in nlp.pipe_names if n.startswith("newsledger")]
    n_pred = n_pred_ok = n_gold = n_gold_found = n_exact = n_161 = 0
    place_seconds = 0.0
    with nlp.select_pipes(disable=own):
        docs = nlp.pipe(text for text, _ in articles)
        for doc, (_, gold) in zip(docs, articles, strict=True):
            started = time.perf_counter()
            mentions = [m for m in find_places(doc, "en") if m.place is not None]
            place_seconds += time.perf_counter() - started
            located = [g for g in gold if g.geonames_id is not None or g.latitude is not None]
            for m in mentions:
                n_pred += 1
                n_pred_ok += any(g.start < m.end and m.start < g.end for g in located)
            for g in gold:
                if g.geonames_id is None:
                    continue
                n_gold += 1
                hit = next((m for m in mentions if g.start < m.end and m.start < g.end), None)
                if hit is None or hit.place is None:
                    continue
                n_gold_found += 1
                n_exact += hit.place.geonames_id == g.geonames_id
                if g.latitude is not None and g.longitude is not None:
                    distance = great_circle_km(
                        hit.place.latitude, hit.place.longitude, g.latitude, g.longitude
                    )
                    n_161 += distance <= ACCURACY_RADIUS_KM
    precision = n_pred_ok / n_pred if n_pred else 0.0
    recall = n_gold_found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": float(len(articles)),
        "gold_toponyms": float(n_gold),
        "predictions": float(n_pred),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact_id": n_exact / n_gold_found if n_gold_found else 0.0,
        "acc_161km": n_161 / n_gold_found if n_gold_found else 0.0,
        "ms_per_article_places": 1000 * place_seconds / max(1, len(articles)),
    }
