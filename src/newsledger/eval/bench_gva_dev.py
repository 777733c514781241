"""gva_dev: incident resolution on real multi-outlet US shooting reports (Gun Violence Archive).

`../shared/bench/gva_dev` (SemEval-2018 Task 5 data; never copied into the repository) holds
5,423 articles that GVA volunteers cited for 3,124 incidents. We ingest the documents of one fold
(default `heldout`: incidents with `fold_of("gva_dev", incident_id) == "heldout"`) into a temporary
SQLite ledger through the normal ingest path (`Ledger.ingest` of a JSONL file: wire-copy detection,
article ids, publication dates), extract every article, re-resolve the whole ledger from its stored
mentions (`newsledger resolve`, the batch resolver that incremental ingest reproduces), and score:

- B-cubed P/R/F1 and CoNLL F1 of the documents' incidents (an article belongs to the incident of its
  main mention) against the gold incidents;
- per gold incident, the ledger incident holding most of its articles: date, city, killed, injured
  against GVA's record;
- baselines on the same documents in the same run: every document alone; TF-IDF cosine single-link
  at its best threshold (an oracle choice, tuned on the scored documents themselves); TF-IDF
  average-link with publication dates at most 3 days apart (best threshold too);
- "one town, many incidents": every incident of the five cities with the most incidents in the
  whole set (cities ranked over all folds, incidents kept from the scored fold), ingested together.

Extraction is the slow part (about 0.1 s an article on one core); set `NEWSLEDGER_MENTION_CACHE`
to a folder (e.g. under /tmp) to keep each article's extracted mentions between runs, so
resolution can be re-run in seconds while tuning. The cache is keyed by article id and the
extractor's code fingerprint (`extract_fingerprint`), so a code change re-extracts; set
`NEWSLEDGER_PARSE_CACHE` too (`nlp/parse_cache.py`) and that re-extraction skips spaCy's parse.

    python -m newsledger.eval.bench_gva_dev [FOLDER] [--limit N] [--fold heldout|train|all]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsledger.eval.bench_ecbplus import Clusters, b_cubed, clustering_scores
from newsledger.eval.folds import in_fold
from newsledger.eval.metrics import f1_score
from newsledger.merge.profile import best_date_claim
from newsledger.model import Article, Mention

log = logging.getLogger(__name__)

SET_NAME = "gva_dev"

CACHE_ENV = "NEWSLEDGER_MENTION_CACHE"
"""Environment variable naming a folder where extracted mentions are cached between runs."""

CACHE_VERSION_ENV = "NEWSLEDGER_MENTION_CACHE_VERSION"
"""Overrides the extraction fingerprint of the cache: reuse mentions extracted by another code
version while tuning resolution only (say so with any figure measured that way)."""

CACHE_CHUNK = 64
"""Articles extracted between cache writes: an interrupted run keeps most of its work."""

TFIDF_THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))
"""Cosine thresholds the TF-IDF baselines are tried at (0.10..0.90); the best one is reported."""

BASELINE_DATE_GAP_DAYS = 3
"""The dated TF-IDF baseline never joins two documents published more than this apart."""

TOP_CITIES = 5
"""The "one town, many incidents" figure: every incident of this many busiest cities."""

ISSUE_GOAL_F1 = 0.95
"""Issue 11's goal for heldout B-cubed F1 (shown as the anchor of the scoreboard row)."""


@dataclass(frozen=True, slots=True)
class GvaIncident:
    id: str
    date: date | None
    city: str
    state: str
    killed: int | None
    injured: int | None
    urls: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GvaDocument:
    url: str
    title: str | None
    published: str | None
    text: str
    language: str | None


def _gva_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value.strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def read_gold(folder: Path) -> dict[str, GvaIncident]:
    """GVA's incident records, keyed by incident id."""
    raw = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {
        key: GvaIncident(
            id=key,
            date=_gva_date(rec.get("date")),
            city=str(rec.get("city_or_county") or ""),
            state=str(rec.get("state") or ""),
            killed=_int(rec.get("num_killed")),
            injured=_int(rec.get("num_injured")),
            urls=tuple(rec.get("urls") or ()),
        )
        for key, rec in raw.items()
    }


def read_documents(folder: Path) -> dict[str, GvaDocument]:
    """The articles by url (the first line wins when a url repeats)."""
    docs: dict[str, GvaDocument] = {}
    with (folder / "documents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            rec = json.loads(line)
            url = rec.get("url")
            if url and url not in docs:
                docs[url] = GvaDocument(
                    url, rec.get("title"), rec.get("published"), rec["text"], rec.get("language")
                )
    return docs


def incident_of_url(gold: Mapping[str, GvaIncident]) -> dict[str, str]:
    """Each url's gold incident: a url GVA cites for several incidents (26 in gva_dev) goes to
    the smallest incident id, so every document is scored once."""
    out: dict[str, str] = {}
    for key in sorted(gold, key=int):
        for url in gold[key].urls:
            out.setdefault(url, key)
    return out


def select_incidents(
    gold: Mapping[str, GvaIncident], fold: str | None, limit: int | None
) -> list[str]:
    """Incident ids of the fold (numeric order), the first `limit` of them when given."""
    chosen = [k for k in sorted(gold, key=int) if in_fold(SET_NAME, k, fold)]
    return chosen[:limit] if limit is not None else chosen


def busiest_city_incidents(
    gold: Mapping[str, GvaIncident], fold: str | None, cities: int = TOP_CITIES
) -> tuple[list[str], list[str]]:
    """(incident ids of the fold in the `cities` busiest cities, the city names). Cities are
    ranked over the whole set so the figure names the same towns whatever the fold."""
    counts = Counter((g.city, g.state) for g in gold.values() if g.city)
    top = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:cities]]
    ids = [
        k
        for k in sorted(gold, key=int)
        if (gold[k].city, gold[k].state) in top and in_fold(SET_NAME, k, fold)
    ]
    return ids, [f"{c}, {s}" for c, s in top]


# --- mention cache ---------------------------------------------------------------------------
EXTRACTION_INPUTS = (
    "nlp", "extract", "lang", "ingest", "data/event_types.npz", "data/day_chooser.json",
    "data/place_chooser.json",
)
"""Package folders and files whose bytes decide the extracted mentions (the fingerprint)."""


@cache
def extract_fingerprint() -> str:
    """A hash of what extraction reads (the nlp, extract and lang packages, the shipped event
    model, the ingest readers that make article text): cached mentions from other code or
    word lists are not reused."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for package in EXTRACTION_INPUTS:
        top = root / package
        for path in [top] if top.is_file() else sorted(top.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".txt", ".tsv", ".csv", ".npz"):
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path | None:
    """The mention cache folder from `NEWSLEDGER_MENTION_CACHE`, or None (no caching)."""
    value = os.environ.get(CACHE_ENV)
    if not value:
        return None
    path = Path(value) / (os.environ.get(CACHE_VERSION_ENV) or extract_fingerprint())
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_cached(folder: Path | None, article_id: str) -> list[Mention] | None:
    if folder is None:
        return None
    path = folder / f"{article_id}.json"
    if not path.exists():
        return None
    return [Mention.from_json(m) for m in json.loads(path.read_text(encoding="utf-8"))]


def save_cached(folder: Path | None, article_id: str, mentions: Sequence[Mention]) -> None:
    """Store an article's mentions; each write goes through its own temporary file, so runs (or
    threads) filling one cache at once never rename each other's half-written file."""
    if folder is None:
        return
    path = folder / f"{article_id}.json"
    handle, name = tempfile.mkstemp(dir=folder, prefix=f"{article_id}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(json.dumps([m.to_json() for m in mentions]))
    Path(name).replace(path)


def extract_with_cache(store: Any) -> None:
    """Give every stored article its mentions: from the cache when present, else extracted
    (and cached)."""
    from newsledger.extract.runner import extract_stored

    folder = cache_dir()
    missing: list[str] = []
    for article_id in store.article_ids_without_mentions():
        cached = load_cached(folder, article_id)
        if cached is None:
            missing.append(article_id)
        else:
            store.save_mentions(article_id, cached)
    for start in range(0, len(missing), CACHE_CHUNK):
        summary = extract_stored(store, missing[start : start + CACHE_CHUNK])
        for article_id, mentions in summary.extracted.items():
            save_cached(folder, article_id, mentions)


# --- running the ledger ----------------------------------------------------------------------
@dataclass(slots=True)
class LedgerRun:
    """What one temporary ledger made of a set of documents."""

    clusters: dict[str, str]
    """document url -> ledger incident id (an article without mentions is its own incident)."""
    summaries: dict[str, dict[str, Any]]
    articles: int
    article_dates: dict[str, str | None] = field(default_factory=dict)
    """document url -> the date its main mention claims ("YYYY-MM-DD"), None when undated: the
    per-article date figure, which does not depend on how resolution merged the articles."""


def _ingest(records: Sequence[Mapping[str, Any]], tmp: Path) -> Any:
    """A ledger in `tmp` holding the records (normal ingest path) and their mentions."""
    from newsledger.ledger import Ledger

    path = tmp / "documents.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec) + "\n")
    ledger = Ledger(f"sqlite:///{tmp / 'ledger.db'}")
    ledger.ingest([path], extract=False)
    extract_with_cache(ledger.store)
    return ledger


def _main_mention(mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.main), mentions[0] if mentions else None)


def ledger_all_mentions(
    records: Sequence[Mapping[str, Any]],
) -> tuple[dict[str, list[Mention]], dict[str, Article]]:
    """Every mention of each ingested article (in mention order) and the stored articles, after
    the normal ingest path and extraction (no resolution): what `newsledger eval` resolves."""
    with (
        tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp,
        _ingest(records, Path(tmp)) as ledger,
    ):
        articles = {a.id: a for a in ledger.store.iter_articles()}
        mentions = {a: list(ledger.store.get_mentions(a)) for a in sorted(articles)}
    return mentions, articles


def ledger_mentions(
    records: Sequence[Mapping[str, Any]],
) -> tuple[dict[str, Mention], dict[str, Article]]:
    """Each ingested article's main mention (an empty main mention when it has none) and the
    stored articles, after the normal ingest path and extraction (no resolution)."""
    every, articles = ledger_all_mentions(records)
    mentions = {
        article_id: _main_mention(found) or Mention(article_id, 0, True)
        for article_id, found in every.items()
    }
    return mentions, articles


def run_ledger(records: Sequence[Mapping[str, Any]], *, resolve: bool = True) -> LedgerRun:
    """Ingest JSONL records into a fresh temporary SQLite ledger, extract, resolve."""
    with (
        tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp,
        _ingest(records, Path(tmp)) as ledger,
    ):
        if resolve:
            ledger.resolve()
        store = ledger.store
        incident_of_mention: dict[str, str] = {}
        summaries: dict[str, dict[str, Any]] = {}
        for incident in store.list_incidents():
            summaries[incident.id] = incident.summary
            for mid in incident.mention_ids:
                incident_of_mention[mid] = incident.id
        clusters: dict[str, str] = {}
        article_dates: dict[str, str | None] = {}
        count = 0
        for article in store.iter_articles():
            count += 1
            chosen = _main_mention(store.get_mentions(article.id))
            key = incident_of_mention.get(chosen.id) if chosen is not None else None
            if article.url:
                clusters[article.url] = key or f"article:{article.id}"
                article_dates[article.url] = main_mention_date(chosen)
    return LedgerRun(clusters, summaries, count, article_dates)


def main_mention_date(mention: Mention | None) -> str | None:
    """The date an article's main mention claims (its best date claim), or None."""
    if mention is None:
        return None
    claim = best_date_claim(mention.claims_for("date"))
    return str(claim.value) if claim is not None and claim.value else None


def _records(docs: Iterable[GvaDocument]) -> list[dict[str, Any]]:
    return [
        {
            "url": d.url,
            "title": d.title,
            "published": d.published,
            "text": d.text,
            "language": d.language or "en",
        }
        for d in docs
    ]


def _group(labels: Mapping[str, str]) -> Clusters:
    by: dict[str, set[str]] = {}
    for item, label in labels.items():
        by.setdefault(label, set()).add(item)
    return [by[k] for k in sorted(by)]


# --- baselines -------------------------------------------------------------------------------
def tfidf_similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors (English stop words out, sublinear counts)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(texts)
    sim = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sim, 1.0)
    return np.asarray(sim, dtype=float)


def single_link(sim: np.ndarray, threshold: float) -> list[int]:
    """Connected components of the pairs at cosine >= threshold."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    _, labels = connected_components(csr_matrix(sim >= threshold), directed=False)
    return [int(x) for x in labels]


def average_link(sim: np.ndarray, threshold: float, allowed: np.ndarray | None = None) -> list[int]:
    """Average-link clusters cut at cosine >= threshold; pairs not `allowed` count as cosine -1
    (average linkage then keeps them apart unless many other pairs outweigh them)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(sim)
    if n < 2:
        return [0] * n
    dist = 1.0 - sim
    if allowed is not None:
        dist = np.where(allowed, dist, 2.0)
    dist = np.clip((dist + dist.T) / 2, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    return [int(x) for x in fcluster(tree, t=1.0 - threshold, criterion="distance")]


def _labels_to_clusters(items: Sequence[str], labels: Sequence[int]) -> Clusters:
    return _group({item: str(label) for item, label in zip(items, labels, strict=True)})


def date_window(published: Sequence[str | None], days: int) -> np.ndarray:
    """Pairs published at most `days` apart (unknown dates allow everything)."""
    ordinals = [date.fromisoformat(p[:10]).toordinal() if p else None for p in published]
    known = np.array([o is not None for o in ordinals])
    values = np.array([o if o is not None else 0 for o in ordinals], dtype=float)
    close = np.abs(values[:, None] - values[None, :]) <= days
    return np.asarray(close | ~known[:, None] | ~known[None, :])


def tfidf_baselines(
    gold: Clusters, items: Sequence[str], texts: Sequence[str], published: Sequence[str | None]
) -> dict[str, Any]:
    """The TF-IDF baselines at their best thresholds (by B-cubed F1): single-link, and
    average-link never joining documents published more than BASELINE_DATE_GAP_DAYS apart (all
    pairs allowed when no dates are known)."""
    sim = tfidf_similarity(texts)
    window = date_window(published, BASELINE_DATE_GAP_DAYS)
    out: dict[str, Any] = {}

    def single(t: float) -> list[int]:
        return single_link(sim, t)

    def average(t: float) -> list[int]:
        return average_link(sim, t, window)

    methods: list[tuple[str, Callable[[float], list[int]]]] = [
        ("tfidf_single_link", single),
        ("tfidf_average_link_dated", average),
    ]
    for name, cluster in methods:
        best: tuple[float, float] | None = None
        for t in TFIDF_THRESHOLDS:
            p, r = b_cubed(gold, _labels_to_clusters(items, cluster(t)))
            f1 = f1_score(p, r)
            if best is None or f1 > best[0]:
                best = (f1, t)
        assert best is not None
        scores = clustering_scores(gold, _labels_to_clusters(items, cluster(best[1])))
        out[name] = {"threshold": best[1], **_headline(scores)}
    return out


def _headline(scores: Mapping[str, float]) -> dict[str, float]:
    keys = ("b3_p", "b3_r", "b3_f1", "conll_f1")
    return {k: round(scores[k] / 100, 4) for k in keys}


# --- per-incident facts ----------------------------------------------------------------------
_CITY_SUFFIX = re.compile(r"\s*\((county|city)\)|\s+(county|city|township)$", re.IGNORECASE)
_CITY_PART = re.compile(r"^(?P<city>[^()]+?)\s*\((?P<part>[^()]+)\)$")
"""GVA writes a place inside a city's area as "City (Place)": "Columbus (Whitehall)"."""


def city_key(name: str | None) -> str:
    """A town name as GVA's city is compared: lower case, no "county"/"city"/"township"
    suffix, no leading "the", "Saint"/"St." as "st" (public: the place chooser's trainer
    labels its candidates by it)."""
    if not name:
        return ""
    low = _CITY_SUFFIX.sub("", name.strip().lower())
    low = re.sub(r"^the\s+", "", low)  # "The Bronx" is GVA's "Bronx"
    return re.sub(r"^(saint|st\.?)\s+", "st ", low)


NO_TOWN_FEATURES = frozenset({"admin1", "country", "continent", "sea"})
"""Places that name no town: a state, a country, a continent, a sea area. A county (`admin2`,
stored at geo_precision 3 like a state) does name one in GVA's sense: GVA files county-level
incidents under the county's name ("Bartow (county)")."""


def city_named(location: Mapping[str, Any]) -> str | None:
    """The city an incident's location names: the big city holding the place, else the place,
    unless the place is a region that names no town (NO_TOWN_FEATURES). A state's name must not
    count as a city even where a city shares it ("Washington", "New York"); a county's must
    (GVA's "(county)" filings)."""
    if location.get("feature") in NO_TOWN_FEATURES:
        return None
    city = (location.get("city") or {}).get("name")
    if city:
        return str(city)
    name = location.get("name")
    return str(name) if name else None


def gold_city_keys(city: str) -> set[str]:
    """The names a GVA `city_or_county` accepts: the whole name, and for "City (Place)" both the
    city and the place (a report names either; GVA files the place under the city's area)."""
    keys = {city_key(city)}
    match = _CITY_PART.match(city.strip())
    if match and match.group("part").strip().lower() not in ("county", "city"):
        keys |= {city_key(match.group("city")), city_key(match.group("part"))}
    return keys - {""}


def incident_total(summary: Mapping[str, Any], kind: str) -> int:
    """The incident's count of `kind` over all sides, from its `totals` (one consensus count per
    kind, see merge.consensus.incident_totals); 0 when none is reported, as GVA counts 0. The
    per-side `figures` are not summed: "two people were killed" and "two civilians were killed"
    are the same two dead."""
    total = (summary.get("totals") or {}).get(kind) or {}
    value = total.get("value")
    return int(value) if isinstance(value, int) else 0


def incident_facts(
    gold: Mapping[str, GvaIncident],
    chosen: Sequence[str],
    clusters: Mapping[str, str],
    summaries: Mapping[str, Mapping[str, Any]],
) -> dict[str, float]:
    """Per gold incident: does the ledger incident holding most of its articles give GVA's
    date, city, killed and injured? Also the "predict 0" baselines for the counts."""
    hits: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for key in chosen:
        inc = gold[key]
        held = Counter(clusters[u] for u in inc.urls if u in clusters)
        if not held:
            continue
        top = sorted(held.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        summary = summaries.get(top, {})
        if inc.date is not None:
            counted["date"] += 1
            hits["date"] += summary.get("date") == inc.date.isoformat()
        if inc.city:
            counted["city"] += 1
            name = city_named(summary.get("location") or {})
            hits["city"] += bool(name) and city_key(name) in gold_city_keys(inc.city)
        for kind, value in (("killed", inc.killed), ("injured", inc.injured)):
            if value is None:
                continue
            counted[kind] += 1
            hits[kind] += incident_total(summary, kind) == value
            hits[f"{kind}_zero_baseline"] += value == 0
    out: dict[str, float] = {}
    for name in ("date", "city", "killed", "injured"):
        if counted[name]:
            out[f"{name}_accuracy"] = round(hits[name] / counted[name], 4)
    for kind in ("killed", "injured"):
        if counted[kind]:
            out[f"{kind}_zero_baseline"] = round(hits[f"{kind}_zero_baseline"] / counted[kind], 4)
    out["incidents_scored"] = float(counted["city"])
    return out


def article_date_accuracy(
    gold: Mapping[str, GvaIncident],
    chosen: Sequence[str],
    article_dates: Mapping[str, str | None],
) -> float | None:
    """Share of the chosen incidents' articles whose main mention claims GVA's date: the
    extractor's own figure, apart from which article the merged incident took its date from."""
    hits = counted = 0
    for key in chosen:
        inc = gold[key]
        if inc.date is None:
            continue
        for url in inc.urls:
            if url in article_dates:
                counted += 1
                hits += article_dates[url] == inc.date.isoformat()
    return round(hits / counted, 4) if counted else None


# --- scoring ---------------------------------------------------------------------------------
def score_documents(
    gold: Mapping[str, GvaIncident],
    docs: Mapping[str, GvaDocument],
    chosen: Sequence[str],
    *,
    baselines: bool = True,
    ledger: Callable[[Sequence[Mapping[str, Any]]], LedgerRun] = run_ledger,
) -> dict[str, Any]:
    """Ingest the articles of the chosen incidents together; clustering + facts + baselines."""
    owner = incident_of_url(gold)
    urls = sorted({u for k in chosen for u in gold[k].urls if u in docs and owner[u] in chosen})
    run = ledger(_records(docs[u] for u in urls))
    gold_clusters = _group({u: owner[u] for u in urls})
    predicted = _group({u: run.clusters.get(u, f"missing:{u}") for u in urls})
    scores = clustering_scores(gold_clusters, predicted)
    out: dict[str, Any] = {
        **_headline(scores),
        "incidents_gold": len(gold_clusters),
        "incidents_predicted": len(predicted),
        "documents": len(urls),
        "facts": incident_facts(gold, chosen, run.clusters, run.summaries),
    }
    per_article = article_date_accuracy(gold, chosen, run.article_dates)
    if per_article is not None:
        out["facts"]["article_date_accuracy"] = per_article
    if baselines:
        out["singletons"] = _headline(clustering_scores(gold_clusters, [{u} for u in urls]))
        texts = [f"{docs[u].title or ''}\n{docs[u].text}" for u in urls]
        out.update(tfidf_baselines(gold_clusters, urls, texts, [docs[u].published for u in urls]))
    return out


def scoreboard_row(
    metric: str,
    score: float,
    baseline: float | None,
    baseline_name: str | None,
    fold: str | None,
    anchor: str | None = None,
) -> dict[str, Any]:
    return {
        "metric": metric,
        "score": score,
        "baseline": baseline,
        "baseline_name": baseline_name,
        "anchor": anchor,
        "fold": fold,
    }


def score_gva_dev(
    folder: Path, *, limit: int | None = None, fold: str | None = "heldout"
) -> dict[str, Any]:
    """Resolution and per-incident facts on gva_dev (see the module docstring).

    `limit` keeps the first N incidents of the fold (numeric id order) for the main figure and
    the first N of the five-cities sample."""
    fold = fold or "heldout"
    gold = read_gold(folder)
    docs = read_documents(folder)
    chosen = select_incidents(gold, fold, limit)
    main = score_documents(gold, docs, chosen)
    city_ids, city_names = busiest_city_incidents(gold, fold)
    if limit is not None:
        city_ids = city_ids[:limit]
    towns = score_documents(gold, docs, city_ids, baselines=False)
    towns["cities"] = city_names
    shown_fold = None if fold == "all" else fold
    facts = main["facts"]
    scoreboard = [
        scoreboard_row(
            "gva_dev B-cubed F1",
            main["b3_f1"],
            main["tfidf_average_link_dated"]["b3_f1"],
            "TF-IDF average-link, published <= 3 days apart, best threshold",
            shown_fold,
            f"issue 11 goal {ISSUE_GOAL_F1}",
        ),
        scoreboard_row(
            "gva_dev B-cubed F1 vs single-link",
            main["b3_f1"],
            main["tfidf_single_link"]["b3_f1"],
            "TF-IDF cosine single-link, best threshold",
            shown_fold,
        ),
        scoreboard_row(
            "gva_dev CoNLL F1",
            main["conll_f1"],
            main["singletons"]["conll_f1"],
            "every document alone",
            shown_fold,
        ),
        scoreboard_row(
            "gva_dev five busiest cities B-cubed F1",
            towns["b3_f1"],
            None,
            None,
            shown_fold,
            "issue 11 goal 0.90",
        ),
    ]
    for name in ("killed", "injured"):
        if f"{name}_accuracy" in facts:
            scoreboard.append(
                scoreboard_row(
                    f"gva_dev incident {name} accuracy",
                    facts[f"{name}_accuracy"],
                    facts[f"{name}_zero_baseline"],
                    "predict 0",
                    shown_fold,
                )
            )
    for name in ("date", "city"):
        if f"{name}_accuracy" in facts:
            scoreboard.append(
                scoreboard_row(
                    f"gva_dev incident {name} accuracy",
                    facts[f"{name}_accuracy"],
                    None,
                    None,
                    shown_fold,
                )
            )
    if "article_date_accuracy" in facts:
        scoreboard.append(
            scoreboard_row(
                "gva_dev article date accuracy",
                facts["article_date_accuracy"],
                None,
                None,
                shown_fold,
            )
        )
    return {
        **main,
        "fold": fold,
        "five_cities": towns,
        "scoreboard": scoreboard,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "bench" / "gva_dev"
    parser.add_argument("folder", type=Path, nargs="?", default=default)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--fold", default="heldout")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(score_gva_dev(args.folder, limit=args.limit, fold=args.fold), indent=2))


if __name__ == "__main__":
    main()
