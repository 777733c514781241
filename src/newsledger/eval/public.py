"""The public labelled sets in `../shared/bench`: which scorers score each folder, and running them.

Every folder name in `BENCH_SCORERS` maps to one or more scorer modules `newsledger.eval.<module>`,
each with `score_<name>(folder, *, limit=None, fold=None) -> dict` (`<name>` is the module name
without `bench_`). `folder` is the set's own folder (`../shared/bench/geowebnews`), never the
bench root. The dict holds the scorer's metrics, `"documents"` (how many items it scored) and
`"scoreboard"`: the headline rows (`scoreboard.ScoreRow`). A scorer that also takes `progress`
gets a `(done, total)` callback to call as it goes (the CLI shows it as a progress bar).

Running a set never stops at the first broken scorer: a module that is missing, raises, scores no
document or returns malformed rows becomes an error line naming the module and what to do, the
other modules and sets still run, and the command exits non-zero. A zero score is never reported
for a folder the scorer could not read.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from newsledger.errors import EvalTargetError
from newsledger.eval.folds import HASHED_FOLDS
from newsledger.eval.scoreboard import ModuleResult, Scoreboard, ScoreRow, SetResult

log = logging.getLogger(__name__)

BENCH_SCORERS: dict[str, tuple[str, ...]] = {
    "ecbplus": ("bench_ecbplus",),
    "geowebnews": ("bench_geo",),
    "tempeval3_tbaq": ("bench_tempeval",),
    "case2021_task2": ("bench_case2021",),
    "wikievents": ("bench_wikievents",),
    "gvdb": ("bench_gvdb", "bench_gvdb_resolution"),
    "polnear": ("bench_polnear",),
    "gva_dev": ("bench_gva_dev",),
}
"""Public set folder name (as in ../shared/bench/) -> the scorer modules that score it, in
board order. Checked before any gold-folder detection: several sets hold JSON files."""

DOCUMENT_COUNT_KEYS = ("documents", "articles", "snippets", "docs", "n")
"""Keys a scorer may use for how many items it scored (`documents` is the interface's; the
others are read from scorers that predate it)."""

BENCH_HINT = "pass --bench DIR (the folder holding ecbplus/, geowebnews/, ...)"

FOLDS = ("heldout", "train", "dev", "all")
"""Values of `--fold`; None leaves each scorer its own default (held out where a set is tuned)."""

SET_FOLDS: dict[str, dict[str, str]] = {
    "ecbplus": {
        "heldout": "the official test topics, 36-45",
        "train": "the official train topics",
        "dev": "the official dev topics, 2 5 12 18 21 23 34 35",
        "all": "every topic",
    },
    "geowebnews": HASHED_FOLDS,
    "tempeval3_tbaq": HASHED_FOLDS,
    "case2021_task2": {**HASHED_FOLDS, "heldout": "half the snippets, by hash of the id"},
    "wikievents": {
        "heldout": "the official test split",
        "train": "the official dev split (no train split is shipped)",
        "dev": "the official dev split, the same documents as train",
        "all": "dev and test",
    },
    "gvdb": {
        **HASHED_FOLDS,
        "heldout": "1 article in 5 of its one split, splits/dev.tsv, by hash; resolution "
        "scores every report",
    },
    "polnear": {
        "heldout": "the official dev split",
        "train": "the official train split",
        "dev": "the official dev split, the same texts as heldout",
        "all": "train and dev (no test split is shipped)",
    },
    "gva_dev": {**HASHED_FOLDS, "heldout": "1 incident in 5, by hash of the GVA incident id"},
}
"""Public set -> the `--fold` values it takes, and what each scores. A set has `dev` only where
it ships a dev split of its own; asking another for `dev` names the folds it has."""


def set_name_of(folder: Path) -> str | None:
    """The registered public set a folder is, by its name (as given, else resolved: `.` or a
    symlink), or None."""
    for name in (Path(os.path.abspath(folder)).name, folder.resolve().name):
        if name in BENCH_SCORERS:
            return name
    return None


def is_bench_root(folder: Path) -> bool:
    """Whether a folder holds public sets (../shared/bench itself) rather than being one."""
    return folder.is_dir() and any((folder / name).is_dir() for name in BENCH_SCORERS)


def default_bench_dir(cwd: Path | None = None) -> Path:
    """`../shared/bench` beside the working directory, else beside the package's checkout.

    The first covers `newsledger eval --all` run from a clone with `../shared` beside it; the
    second an editable install run from anywhere. Raises EvalTargetError when neither exists.
    """
    repo = Path(__file__).resolve().parents[3]
    candidates = [(cwd or Path.cwd()) / ".." / "shared" / "bench", repo / ".." / "shared" / "bench"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    tried = ", ".join(str(c) for c in candidates)
    raise EvalTargetError(f"no public sets found (looked in {tried}): {BENCH_HINT}")


def check_fold(fold: str | None, set_name: str | None = None) -> str | None:
    """`fold` when it is a fold (of `set_name`, when given); else EvalTargetError naming the
    folds there are, so that a user learns which sets have a dev split."""
    if fold is not None and fold not in FOLDS:
        hint = ""
        if fold == "test":
            hint = " (the held-out fold is the test split where a set has one)"
        raise EvalTargetError(f"unknown fold {fold!r}: use one of {', '.join(FOLDS)}{hint}")
    folds = SET_FOLDS.get(set_name or "")
    if fold is not None and folds is not None and fold not in folds:
        raise EvalTargetError(f"{set_name} has no {fold} fold: {folds_text(set_name or '')}")
    return fold


def folds_text(set_name: str) -> str:
    """The folds a set takes, each with what it scores: "its folds are heldout (...), ..."."""
    folds = SET_FOLDS[set_name]
    return "its folds are " + ", ".join(f"{name} ({what})" for name, what in folds.items())


def sets_with_fold(fold: str) -> list[str]:
    """The registered sets that take `fold`, in registry order."""
    return [name for name in BENCH_SCORERS if fold in SET_FOLDS.get(name, FOLDS)]


Progress = Callable[[int, int | None], None]
"""A `(done, total)` callback; total None while unknown."""


def score_set(
    folder: Path,
    *,
    limit: int | None = None,
    fold: str | None = None,
    progress: Progress | None = None,
) -> SetResult:
    """Run every scorer module registered for a public set folder."""
    set_name = set_name_of(folder)
    if set_name is None:
        raise EvalTargetError(
            f"{folder}: not a known public set; known sets: {', '.join(sorted(BENCH_SCORERS))}"
        )
    check_fold(fold, set_name)
    result = SetResult(set_name, str(folder))
    for module_name in BENCH_SCORERS[set_name]:
        result.modules.append(
            run_module(folder, set_name, module_name, limit=limit, fold=fold, progress=progress)
        )
    return result


def score_all(
    bench: Path,
    *,
    limit: int | None = None,
    fold: str | None = None,
    on_progress: Progress | None = None,
    on_set: Callable[[SetResult], None] | None = None,
    on_set_start: Callable[[str], None] | None = None,
    documents_progress: Progress | None = None,
) -> Scoreboard:
    """Score every registered set found under `bench`, in registry order.

    `on_progress(done, total)` is called before each set and at the end (for a progress bar),
    `on_set_start(name)` before and `on_set(result)` after each set, and `documents_progress`
    is handed to the scorers that report progress within a set.
    """
    if not bench.is_dir():
        raise EvalTargetError(f"{bench}: not a folder; {BENCH_HINT}")
    check_fold(fold)
    present = [name for name in BENCH_SCORERS if (bench / name).is_dir()]
    if not present:
        raise EvalTargetError(f"{bench} holds none of the public sets; {BENCH_HINT}")
    without_fold = [] if fold is None else [n for n in present if n not in sets_with_fold(fold)]
    present = [name for name in present if name not in without_fold]
    if not present:
        raise EvalTargetError(
            f"none of the sets in {bench} has a {fold} fold: "
            f"use one of {', '.join(f for f in FOLDS if f != fold)}"
        )
    board = Scoreboard(str(bench), limit=limit, fold=fold, without_fold=without_fold)
    board.skipped = sorted(
        p.name
        for p in bench.iterdir()
        if p.is_dir() and p.name not in BENCH_SCORERS and not p.name.startswith(".")
    )
    for done, name in enumerate(present):
        if on_progress is not None:
            on_progress(done, len(present))
        if on_set_start is not None:
            on_set_start(name)
        result = score_set(bench / name, limit=limit, fold=fold, progress=documents_progress)
        board.sets.append(result)
        if on_set is not None:
            on_set(result)
    if on_progress is not None:
        on_progress(len(present), len(present))
    return board


def run_module(
    folder: Path,
    set_name: str,
    module_name: str,
    *,
    limit: int | None,
    fold: str | None,
    progress: Progress | None = None,
) -> ModuleResult:
    """One scorer module on one set; every failure becomes the result's `error`."""
    result = ModuleResult(set_name, module_name)
    started = time.perf_counter()
    try:
        scorer = load_scorer(module_name)
        raw = call_scorer(scorer, module_name, folder, limit=limit, fold=fold, progress=progress)
        read_result(result, raw, folder)
    except Exception as exc:  # one broken scorer must not hide the other sets' figures
        log.debug("scorer %s failed on %s", module_name, folder, exc_info=True)
        result.error = _error_text(exc)
    result.seconds = time.perf_counter() - started
    return result


def load_scorer(module_name: str) -> Callable[..., Any]:
    """`score_<name>` of `newsledger.eval.<module_name>`; EvalTargetError when absent."""
    qualified = f"newsledger.eval.{module_name}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name != qualified:
            raise  # the module exists but one of its imports is missing: show that
        raise EvalTargetError(
            f"the scorer module {qualified} does not exist yet: add it (see the scorer "
            "interface in newsledger.eval.public) or merge the branch that does"
        ) from exc
    function_name = f"score_{module_name.removeprefix('bench_')}"
    scorer = getattr(module, function_name, None)
    if not callable(scorer):
        raise EvalTargetError(f"{qualified} has no {function_name}(folder, *, limit, fold)")
    return scorer


def call_scorer(
    scorer: Callable[..., Any],
    module_name: str,
    folder: Path,
    *,
    limit: int | None,
    fold: str | None,
    progress: Progress | None = None,
) -> Any:
    """Call a scorer with the set folder and the options its signature takes."""
    params = inspect.signature(scorer).parameters
    kwargs: dict[str, Any] = {}
    if "limit" in params:
        kwargs["limit"] = limit
    if "fold" in params:
        kwargs["fold"] = fold
    elif fold not in (None, "all"):
        log.info("%s takes no fold: it scored its whole split", module_name)
    if "progress" in params and progress is not None:
        kwargs["progress"] = progress
    return scorer(folder, **kwargs)


def read_result(result: ModuleResult, raw: Any, folder: Path) -> None:
    """Fill `result` from what a scorer returned; raises EvalTargetError when unusable."""
    data = raw.to_json() if hasattr(raw, "to_json") else raw
    if not isinstance(data, Mapping):
        raise EvalTargetError(
            f"{result.module} returned {type(raw).__name__}, not a mapping of metrics"
        )
    counts = [data[k] for k in DOCUMENT_COUNT_KEYS if _is_count(data.get(k))]
    result.documents = int(counts[0]) if counts else 0
    result.metrics = {k: v for k, v in data.items() if k != "scoreboard"}
    if result.documents <= 0:
        raise EvalTargetError(
            f"{result.module} scored 0 documents in {folder}: the folder does not hold the "
            "files this scorer reads; check the path and that the set is complete (see its "
            "README.txt)"
        )
    rows = data.get("scoreboard", [])
    if not isinstance(rows, list):
        raise EvalTargetError(f"{result.module}: `scoreboard` must be a list of rows")
    try:
        result.rows = [ScoreRow.from_json(row) for row in rows]
    except (ValueError, AttributeError) as exc:
        raise EvalTargetError(f"{result.module}: malformed scoreboard row: {exc}") from exc


def _is_count(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, EvalTargetError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
