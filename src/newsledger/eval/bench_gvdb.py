"""Score killed / injured counts on the Gun Violence Database dev split (../shared/bench/gvdb).

GVDB (Pavlick et al. 2016) gives, per news article, crowd-annotated victims each marked
injured / hospitalized / killed. The gold count of an article is the number of victims marked
killed, and the number marked injured or hospitalized but not killed. The prediction runs the
real pipeline and `extract_figures` over the whole article and reduces the claims of a kind to
one total with `article_total` (the largest stated number; a lone "a man was killed" counts 1).

Reported per kind: exact-match accuracy of the per-article total, and count-level precision /
recall / F1 (per article, true positives = min(predicted, gold)). The data is third-party and
stays in ../shared; nothing of it is copied into the repository.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsledger.errors import ReadError
from newsledger.model import Article, Claim

SCORED_KINDS = ("killed", "injured")
GVDB_SPLIT = Path("gvdb") / "splits" / "dev.tsv"
"""The split scored (the test split is kept aside by the project's maintainers)."""


@dataclass(frozen=True, slots=True)
class GvdbArticle:
    """One GVDB article and its gold victim counts."""

    article_id: str
    text: str
    killed: int
    injured: int


def read_gvdb(path: Path) -> Iterator[GvdbArticle]:
    """Articles of a GVDB split TSV with their gold counts."""
    if not path.exists():
        raise ReadError(f"GVDB split {path} not found: keep ../shared/bench/gvdb beside the repo")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            record = json.loads(row["Json"])
            killed = injured = 0
            for victim in record.get("victim-section") or []:
                outcome = set(victim.get("victim-was") or [])
                if "killed" in outcome:
                    killed += 1
                elif outcome & {"injured", "hospitalized"}:
                    injured += 1
            yield GvdbArticle(row["Article id"], row["Full text"], killed, injured)


def article_total(claims: Sequence[Claim], kind: str) -> int:
    """One total per kind: the largest number stated for it (ranges by their lower bound),
    else 1 when a single casualty is described, else 0. Vague and unknown claims add nothing."""
    values = [c.value for c in claims if c.kind == kind and isinstance(c.value, int)]
    return max(values, default=0)


def score_gvdb(bench_dir: Path, limit: int | None = None) -> dict[str, float]:
    """Accuracy and count P/R/F1 of killed and injured totals per article, plus timing."""
    from newsledger.extract.figures import extract_figures
    from newsledger.nlp.pipeline import analyse, load_pipeline

    load_pipeline("en")
    tallies = {kind: {"tp": 0, "fp": 0, "fn": 0, "exact": 0} for kind in SCORED_KINDS}
    articles = 0
    parse_seconds = extract_seconds = 0.0
    for item in read_gvdb(bench_dir / GVDB_SPLIT):
        if limit is not None and articles >= limit:
            break
        article = Article.from_text(item.text, language="en")
        started = time.perf_counter()
        doc = analyse(article)
        parsed = time.perf_counter()
        claims = extract_figures(list(doc.sents), article.id)
        extract_seconds += time.perf_counter() - parsed
        parse_seconds += parsed - started
        articles += 1
        for kind, gold in (("killed", item.killed), ("injured", item.injured)):
            predicted = article_total(claims, kind)
            tally = tallies[kind]
            tally["tp"] += min(predicted, gold)
            tally["fp"] += max(0, predicted - gold)
            tally["fn"] += max(0, gold - predicted)
            tally["exact"] += int(predicted == gold)
    scores: dict[str, float] = {"articles": float(articles)}
    for kind, tally in tallies.items():
        tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[f"{kind}_accuracy"] = tally["exact"] / articles if articles else 0.0
        scores[f"{kind}_precision"] = precision
        scores[f"{kind}_recall"] = recall
        scores[f"{kind}_f1"] = f1
    scores["pipeline_ms_per_article"] = 1000 * parse_seconds / max(articles, 1)
    scores["figures_ms_per_article"] = 1000 * extract_seconds / max(articles, 1)
    return scores


if __name__ == "__main__":  # pragma: no cover - manual benchmark entry
    bench = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/bench")
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(score_gvdb(bench, cap), indent=2))
