"""ECB+ document clustering: do our mentions, blocking and scoring group reports into incidents?

ECB+ (Cybulska & Vossen 2014, CC BY 3.0; `../shared/bench/ecbplus`) holds 982 news documents in
43 topics; each topic holds two look-alike incidents (two shootings, two earthquakes...), and
`doc_clusters.tsv` gives every document's incident (`seminal_event_cluster`). We run the real
pipeline + extractor on each document, keep its main mention, and cluster all documents of a
split at once (not topic by topic: topics are not known in real use) with the resolver's own
blocking, pair scores and average linkage. Scores: B-cubed, MUC, CEAF-e and CoNLL F1 (mean of the
three F1s), with two baselines: every document alone, and one cluster per topic (an oracle that
knows the topic but cannot split look-alikes).

The documents have no publication dates (dates come only from the text). The live link model is
fitted by `newsledger train-linker` (merge/train_linker.py: ECB+ train topics, threshold on dev,
test scored once); this scorer only measures.

    python -m newsledger.eval.bench_ecbplus [--fold heldout|train|dev] [--limit-topics N]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from newsledger.eval.metrics import f1_score
from newsledger.merge.profile import MentionProfile, build_profile
from newsledger.merge.resolve import candidate_pairs, cluster_profiles, pair_score
from newsledger.model import Article, Mention

log = logging.getLogger(__name__)

Clusters = list[set[str]]


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}']|n't|'s|'re|'ve|'ll|'d|'m)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_URL = re.compile(r"^https?\s*:|www\s*\.", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EcbDocument:
    name: str
    topic: str
    cluster: str
    split: str
    text: str


def detokenise(tokens: Sequence[str]) -> str:
    """Tokens back to readable text (spaces removed before punctuation and clitics)."""
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def read_document(path: Path) -> str:
    """A CAT XML document as text, one sentence per line, URL lines dropped."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = [detokenise(sentences[k]) for k in sorted(sentences)]
    return "\n".join(line for line in lines if line and not _URL.search(line))


def ecbplus_root(folder: Path) -> Path:
    """The ECB+ set folder, given either the folder itself or the bench folder holding it."""
    if (folder / "doc_clusters.tsv").exists():
        return folder
    if (folder / "ecbplus" / "doc_clusters.tsv").exists():
        return folder / "ecbplus"
    raise FileNotFoundError(
        f"{folder} holds no doc_clusters.tsv: give the ECB+ set folder (../shared/bench/ecbplus)"
    )


def read_ecbplus(
    bench_dir: Path,
    split: str | tuple[str, ...],
    limit_topics: int | None = None,
    limit: int | None = None,
) -> list[EcbDocument]:
    """The documents of one split (train/dev/test) or several, optionally from the first N
    topics only, or from the first topics holding at least `limit` documents (whole topics, so
    both look-alike incidents of a topic are always there)."""
    root = ecbplus_root(bench_dir)
    splits = (split,) if isinstance(split, str) else split
    docs: list[EcbDocument] = []
    with (root / "doc_clusters.tsv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r[_split_column(r)] in splits]
    topics = sorted({r["topic"] for r in rows}, key=int)
    if limit_topics is not None:
        topics = topics[:limit_topics]
    if limit is not None:
        sizes = Counter(r["topic"] for r in rows)
        kept: list[str] = []
        for topic in topics:
            if sum(sizes[t] for t in kept) >= limit:
                break
            kept.append(topic)
        topics = kept
    keep = set(topics)
    for row in rows:
        if row["topic"] not in keep:
            continue
        path = root / "ECB+" / row["topic"] / row["doc_name"]
        docs.append(
            EcbDocument(
                row["doc_name"],
                row["topic"],
                row["seminal_event_cluster"],
                row[_split_column(row)],
                read_document(path),
            )
        )
    return docs


def _split_column(row: Mapping[str, str]) -> str:
    return next(k for k in row if k.startswith("split"))


def main_mentions(docs: Sequence[EcbDocument]) -> tuple[list[Mention], dict[str, Article]]:
    """Run the real pipeline + extractor; each document's main mention (an empty one if none).
    Extracted mentions are cached like gva_dev's (`NEWSLEDGER_MENTION_CACHE`)."""
    from newsledger.eval.bench_gva_dev import cache_dir, load_cached, save_cached
    from newsledger.extract.runner import extract_many

    articles = [Article.from_text(d.text, language="en", origin=d.name) for d in docs]
    by_id = {a.id: a for a in articles}
    folder = cache_dir()
    extracted: dict[str, list[Mention]] = {}
    todo: list[Article] = []
    for article in articles:
        cached = load_cached(folder, article.id)
        if cached is None:
            todo.append(article)
        else:
            extracted[article.id] = cached
    for article, mentions in extract_many(todo, on_error=_log_failure):
        save_cached(folder, article.id, mentions)
        extracted[article.id] = mentions
    found: dict[str, Mention] = {}
    for article_id, mentions in extracted.items():
        main = next((m for m in mentions if m.main), None)
        found[article_id] = main if main is not None else Mention(article_id, 0, True)
    mentions = [found.get(a.id, Mention(a.id, 0, True)) for a in articles]
    return mentions, by_id


def _log_failure(article: Article, exc: Exception) -> None:
    log.warning("extraction failed on %s: %s", article.origin, exc)


# --- metrics -----------------------------------------------------------------------------------
def _index(clusters: Clusters) -> dict[str, int]:
    return {item: i for i, cluster in enumerate(clusters) for item in cluster}


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float]:
    k_of, r_of = _index(key), _index(response)
    items = list(k_of)
    p = r = 0.0
    for item in items:
        kc, rc = key[k_of[item]], response[r_of[item]]
        overlap = len(kc & rc)
        p += overlap / len(rc)
        r += overlap / len(kc)
    return p / len(items), r / len(items)


def muc(key: Clusters, response: Clusters) -> tuple[float, float]:
    def score(a: Clusters, b: Clusters) -> float:
        b_of = _index(b)
        num = den = 0
        for cluster in a:
            parts = {b_of.get(item, -1 - hash(item)) for item in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num / den if den else 0.0

    return score(response, key), score(key, response)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float]:
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return total / len(response), total / len(key)


def clustering_scores(key: Clusters, response: Clusters) -> dict[str, float]:
    """B-cubed, MUC, CEAF-e precision/recall/F1 and CoNLL F1 (their mean F1)."""
    out: dict[str, float] = {}
    for name, metric in (("b3", b_cubed), ("muc", muc), ("ceafe", ceaf_e)):
        p, r = metric(key, response)
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f1_score(p, r)
    out["conll_f1"] = (out["b3_f1"] + out["muc_f1"] + out["ceafe_f1"]) / 3
    return {k: round(v * 100, 2) for k, v in out.items()}


# --- clustering ----------------------------------------------------------------------------------
def _profiles(
    docs: Sequence[EcbDocument], mentions: Sequence[Mention], articles: Mapping[str, Article]
) -> tuple[list[MentionProfile], dict[str, str]]:
    name_of = {m.article_id: d.name for d, m in zip(docs, mentions, strict=True)}
    profiles = sorted((build_profile(m, articles) for m in mentions), key=lambda p: p.sort_key)
    return profiles, name_of


def cluster_documents(
    profiles: Sequence[MentionProfile],
    name_of: Mapping[str, str],
    score: Callable[[MentionProfile, MentionProfile], float] = pair_score,
    threshold: float | None = None,
) -> Clusters:
    """The resolver's clusters (its link model and threshold unless given)."""
    pairs = candidate_pairs(profiles, score)
    groups = cluster_profiles(profiles, pairs, threshold, score)
    return [{name_of[profiles[i].article_id] for i in group} for group in groups]


def gold_clusters(docs: Sequence[EcbDocument]) -> Clusters:
    by: dict[str, set[str]] = {}
    for d in docs:
        by.setdefault(d.cluster, set()).add(d.name)
    return list(by.values())


def topic_baseline(docs: Sequence[EcbDocument]) -> Clusters:
    by: dict[str, set[str]] = {}
    for d in docs:
        by.setdefault(d.topic, set()).add(d.name)
    return list(by.values())


SPLIT_OF_FOLD: dict[str | None, tuple[str, ...]] = {
    None: ("test",),
    "heldout": ("test",),
    "test": ("test",),
    "train": ("train",),
    "dev": ("dev",),
    "all": ("train", "dev", "test"),
}
"""ECB+ has an official split (topics 36-45 test): the held-out fold is its test split; `all`
clusters every topic together (as `--fold all` does for the other sets)."""


def score_ecbplus(
    folder: Path,
    *,
    limit: int | None = None,
    fold: str | None = None,
    limit_topics: int | None = None,
) -> dict[str, Any]:
    """Cluster a split's documents (all at once) with the resolver; B3/MUC/CEAF-e/CoNLL plus
    baselines measured in the same run: every document alone, one cluster per topic (an oracle
    that cannot split look-alikes), TF-IDF cosine single-link and average-link at their best
    thresholds (oracle thresholds, tuned on the scored documents)."""
    from newsledger.eval.bench_gva_dev import scoreboard_row, tfidf_baselines

    if fold not in SPLIT_OF_FOLD:
        raise ValueError(f"unknown fold {fold!r}: use heldout (= test), train, dev or all")
    splits = SPLIT_OF_FOLD[fold]
    docs = read_ecbplus(folder, splits, limit_topics, limit)
    mentions, articles = main_mentions(docs)
    profiles, name_of = _profiles(docs, mentions, articles)
    gold = gold_clusters(docs)
    result: dict[str, Any] = dict(clustering_scores(gold, cluster_documents(profiles, name_of)))
    singles = clustering_scores(gold, [{d.name} for d in docs])
    topics = clustering_scores(gold, topic_baseline(docs))
    result.update({f"singleton_{k}": v for k, v in singles.items() if k.endswith("f1")})
    result.update({f"topic_{k}": v for k, v in topics.items() if k.endswith("f1")})
    names = [d.name for d in docs]
    tfidf = tfidf_baselines(gold, names, [d.text for d in docs], [None] * len(docs))
    for key, scores in tfidf.items():
        name = key.replace("_dated", "")
        result[f"{name}_threshold"] = scores["threshold"]
        result.update({f"{name}_{k}": round(v * 100, 2) for k, v in scores.items() if "_" in k})
    result["documents"] = len(docs)
    result["gold_clusters"] = len(gold)
    shown = "heldout" if fold in (None, "test") else fold  # the fold's name, test's "heldout"
    best_tfidf = max(result["tfidf_single_link_b3_f1"], result["tfidf_average_link_b3_f1"])
    result["scoreboard"] = [
        scoreboard_row(
            "ecbplus B-cubed F1",
            result["b3_f1"] / 100,
            best_tfidf / 100,
            "TF-IDF cosine clustering, best link and threshold",
            shown,
            "issue 11 goal 0.85",
        ),
        scoreboard_row(
            "ecbplus B-cubed F1 vs topic oracle",
            result["b3_f1"] / 100,
            result["topic_b3_f1"] / 100,
            "one cluster per topic",
            shown,
        ),
        scoreboard_row(
            "ecbplus CoNLL F1",
            result["conll_f1"] / 100,
            result["singleton_conll_f1"] / 100,
            "every document alone",
            shown,
        ),
    ]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "bench" / "ecbplus"
    parser.add_argument("--bench-dir", type=Path, default=default)
    parser.add_argument("--fold", default="heldout", help="heldout (= test), train or dev")
    parser.add_argument("--limit-topics", type=int, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    scores = score_ecbplus(
        args.bench_dir, limit=args.limit, fold=args.fold, limit_topics=args.limit_topics
    )
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
