"""`newsledger eval TARGET`: score an extractor on gold annotations or on a public set.

TARGET is, checked in this order:
- a public set folder (`../shared/bench/<set>`, by its name in `public.BENCH_SCORERS`): its
  scorer modules run on it (`public.score_set`); several sets hold JSON files, so this comes
  before any gold detection;
- a folder of public sets (`../shared/bench`): every set in it (`public.score_all`, as
  `newsledger eval --all`);
- a gold folder (`tests/gold/seeds`, `tests/gold/examples`, one a user makes; a folder of gold
  folders scores them all together).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import EvalTargetError
from newsledger.eval.gold import (
    GOLD_FORMAT,
    GoldArticle,
    declares_gold,
    gold_files,
    gold_to_mentions,
    load_gold_file,
)
from newsledger.eval.public import (
    BENCH_SCORERS,
    DOCUMENT_COUNT_KEYS,
    Progress,
    is_bench_root,
    score_all,
    score_set,
    set_name_of,
)
from newsledger.eval.score import ArticleScore, EvalReport, FieldScore, score_article
from newsledger.eval.scoreboard import ModuleResult, Scoreboard, SetResult
from newsledger.extract.base import Extractor
from newsledger.model import Article, Mention

log = logging.getLogger(__name__)

ORACLE_NAMES = ("gold", "oracle")
"""Extractor names that replay the gold itself (checks the scorer: every field scores 1.0)."""

DEFAULT_EXTRACTOR = "rules"


def run_eval(
    target: Path,
    *,
    extractor_name: str = DEFAULT_EXTRACTOR,
    limit: int | None = None,
    fold: str | None = None,
    progress: Progress | None = None,
) -> EvalReport | SetResult | Scoreboard:
    """Score a public set, a folder of public sets, or a gold folder (see module docstring);
    `progress` gets one set's documents done, where its scorer reports them."""
    target = Path(target)
    if not target.is_dir():
        raise EvalTargetError(
            f"{target}: not a folder; give a gold folder or a ../shared/bench set"
        )
    if limit is not None and limit < 1:
        raise EvalTargetError(f"--limit {limit}: give at least 1 document")
    public = set_name_of(target) is not None or is_bench_root(target)
    if public and extractor_name != DEFAULT_EXTRACTOR:
        raise EvalTargetError(
            f"extractor {extractor_name!r}: public-set scorers run the rule extractor; "
            "other extractors score gold folders only"
        )
    if set_name_of(target) is not None:
        return score_set(target, limit=limit, fold=fold, progress=progress)
    if is_bench_root(target):
        return score_all(target, limit=limit, fold=fold)
    if fold is not None:
        raise EvalTargetError(f"--fold applies to public sets; {target} is not one")
    paths = gold_files(target)
    if paths and not declares_gold(paths[0]):
        raise EvalTargetError(
            f"{target}: no gold files here (JSON with format {GOLD_FORMAT!r}, "
            "docs/gold-format.md): `eval` scores the extractor against gold annotations; "
            "to store and read articles, use `newsledger ingest`"
        )
    if paths:
        return evaluate_gold(target, extractor_name=extractor_name, limit=limit)
    raise EvalTargetError(
        f"{target}: no gold files (*.json) and not a known public set; public sets: "
        f"{', '.join(sorted(BENCH_SCORERS))}"
    )


def evaluate_gold(
    folder: Path, *, extractor_name: str = "rules", limit: int | None = None
) -> EvalReport:
    """Read each gold file's article with the ingest readers, extract, score."""
    started = time.perf_counter()
    golds = [load_gold_file(p) for p in gold_files(folder)[:limit]]
    notes: list[str] = []
    predicted = predict(golds, extractor_name, notes)
    scores: list[ArticleScore] = [score_article(g, predicted.get(g.article.id, [])) for g in golds]
    report = EvalReport.from_articles(
        str(folder), extractor_name, scores, time.perf_counter() - started
    )
    report.notes.extend(notes)
    return report


def predict(
    golds: Sequence[GoldArticle], extractor_name: str, notes: list[str]
) -> dict[str, list[Mention]]:
    """Mentions per article id; an article the extractor fails on is noted and scored empty."""
    if extractor_name in ORACLE_NAMES:
        return {g.article.id: gold_to_mentions(g) for g in golds}
    from newsledger.extract.runner import extract_many

    extractor = load_extractor(extractor_name)

    def failed(article: Article, exc: Exception) -> None:
        notes.append(f"extraction failed on {article.origin}: {type(exc).__name__}: {exc}")

    articles = [g.article for g in golds]
    return {a.id: m for a, m in extract_many(articles, extractor, on_error=failed)}


def load_extractor(name: str) -> Extractor:
    """`rules` (the default offline extractor) or `package.module:Class` for any other."""
    if name == "rules":
        try:
            from newsledger.extract.rules import RuleExtractor
        except ImportError as exc:
            raise EvalTargetError(f"the rule extractor cannot be imported: {exc}") from exc
        return RuleExtractor()
    if ":" in name:
        module_name, _, attr = name.partition(":")
        try:
            factory = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise EvalTargetError(f"extractor {name!r} cannot be imported: {exc}") from exc
        extractor = factory()
        if not isinstance(extractor, Extractor):
            raise EvalTargetError(f"extractor {name!r} has no `extract(article, doc)` method")
        return extractor
    raise EvalTargetError(
        f"unknown extractor {name!r}: use 'rules', 'gold' or 'package.module:Class'"
    )


def bench_report(target: str, name: str, result: Any) -> EvalReport:
    """An EvalReport from whatever a public-set scorer returns (a report, an object with
    `to_json()`, or a mapping of metrics, where {precision, recall, f1} mappings become fields)."""
    if isinstance(result, EvalReport):
        return result
    data = result.to_json() if hasattr(result, "to_json") else result
    if not isinstance(data, Mapping):
        raise EvalTargetError(f"{name}: scorer returned {type(result).__name__}, not metrics")
    report = EvalReport(target, name)
    _flatten(report, "", data)
    counts = [data[k] for k in DOCUMENT_COUNT_KEYS if isinstance(data.get(k), int | float)]
    report.documents = int(counts[0]) if counts else 0
    return report


def _flatten(report: EvalReport, prefix: str, data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and {"tp", "fp", "fn"} <= set(value):
            report.fields[name] = FieldScore(int(value["tp"]), int(value["fp"]), int(value["fn"]))
        elif isinstance(value, Mapping):
            _flatten(report, f"{name}.", value)
        elif isinstance(value, int | float | str) and not isinstance(value, bool):
            report.metrics[name] = value


def module_report(result: ModuleResult, target: str) -> EvalReport:
    """A scorer module's full metrics as an EvalReport (the detail under a set's board)."""
    report = bench_report(target, result.module, result.metrics)
    report.seconds = result.seconds
    return report
