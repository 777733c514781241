"""`newsledger eval TARGET`: score an extractor on gold annotations or on a public set.

TARGET is either a gold folder (`tests/gold/seeds`, `tests/gold/examples`, one a user makes; a
folder of gold folders scores them all together) or a public set under `../shared/bench/<set>`,
whose folder name picks the scorer module `newsledger.eval.bench_<name>`.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import EvalTargetError
from newsledger.eval.gold import GoldArticle, gold_files, gold_to_mentions, load_gold_file
from newsledger.eval.score import ArticleScore, EvalReport, FieldScore, score_article
from newsledger.extract.base import Extractor
from newsledger.model import Article, Mention

log = logging.getLogger(__name__)

BENCH_MODULES: dict[str, str] = {
    "tempeval3_tbaq": "bench_tempeval",
    "geowebnews": "bench_geo",
    "polnear": "bench_polnear",
    "case2021_task2": "bench_case2021",
    "gvdb": "bench_gvdb",
    "ecbplus": "bench_ecbplus",
    "wikievents": "bench_wikievents",
}
"""Public set folder name (as in ../shared/bench/) -> scorer module in newsledger.eval."""

DOCUMENT_COUNT_KEYS = ("documents", "articles", "snippets", "n")
"""Keys a public-set scorer may use for how many items it scored."""

ORACLE_NAMES = ("gold", "oracle")
"""Extractor names that replay the gold itself (checks the scorer: every field scores 1.0)."""


def run_eval(
    target: Path, *, extractor_name: str = "rules", limit: int | None = None
) -> EvalReport:
    """Score `extractor_name` on a gold folder or a public set folder (see module docstring)."""
    target = Path(target)
    if not target.is_dir():
        raise EvalTargetError(
            f"{target}: not a folder; give a gold folder or a ../shared/bench set"
        )
    if gold_files(target):
        return evaluate_gold(target, extractor_name=extractor_name, limit=limit)
    bench = bench_module_name(target)
    if bench is not None:
        return evaluate_bench(target, bench, limit=limit)
    raise EvalTargetError(
        f"{target}: no gold files (*.json) and not a known public set; supported sets: "
        f"{', '.join(sorted(BENCH_MODULES))}"
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


def bench_module_name(folder: Path) -> str | None:
    """The scorer module for a public set folder, by the folder's name."""
    name = folder.resolve().name
    if name in BENCH_MODULES:
        return BENCH_MODULES[name]
    if f"bench_{name}" in BENCH_MODULES.values():
        return f"bench_{name}"
    return None


def evaluate_bench(folder: Path, module_name: str, *, limit: int | None = None) -> EvalReport:
    """Run a public set's scorer (`score_*` in `newsledger.eval.<module_name>`)."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"newsledger.eval.{module_name}")
    except ImportError as exc:
        raise EvalTargetError(
            f"{folder}: the scorer newsledger.eval.{module_name} is not available ({exc})"
        ) from exc
    preferred = f"score_{module_name.removeprefix('bench_')}"
    scorers = sorted(
        (
            f
            for n, f in inspect.getmembers(module, inspect.isfunction)
            if n.startswith("score_") and f.__module__ == module.__name__
        ),
        key=lambda f: f.__name__ != preferred,
    )
    if not scorers:
        raise EvalTargetError(f"newsledger.eval.{module_name} has no score_* function")
    result = _call_scorer(scorers[0], folder, limit)
    report = bench_report(str(folder), module_name, result)
    report.seconds = time.perf_counter() - started
    return report


def _call_scorer(scorer: Callable[..., Any], folder: Path, limit: int | None) -> Any:
    params = inspect.signature(scorer).parameters
    if "limit" in params:
        return scorer(folder, limit=limit)
    return scorer(folder)


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
