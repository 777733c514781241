"""The scoreboard: one row per headline figure of each public set, as a table, Markdown or JSON.

A public-set scorer returns its headline figures under `"scoreboard"` (see `public.py`); this
module holds them with the set they belong to, the seconds the scorer took and any error, and
renders them for `newsledger eval` (Rich table), `make scores` (`docs/scores.md`) and `--json`.
Rendering is kept apart from running so tests can check it on hand-made rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table
from rich.text import Text

SCORE_DIGITS = 3
"""Decimals shown for scores and baselines: F1 and accuracies move in the third decimal."""

FOLDS_NOTE = """\
Folds (`newsledger.eval.folds`: an item's fold is a stable hash of the set name and its id):

- CASE 2021 task 2: half the snippets, by hash of the snippet id, are held out; anything tuned or
  trained on CASE 2021 sees only `train`; the figures here are on `heldout`.
- gva_dev: 1 incident in 5, by hash of the GVA incident id, is held out; the link scorer and the
  per-incident facts are tuned on `train`; the figures here are on `heldout`.
- ECB+: the official topic split (train 1-35 minus dev, dev 2 5 12 18 21 23 34 35, test 36-45);
  weights are fitted on train, the threshold on dev; the figures here are on test.
- GeoWebNews, TempEval-3 and GVDB (per-article facts): the date, place and count rules were
  tuned on the `train` fold (1 item in 5 held out, by hash of the document id); the figures here
  are on `heldout` (small: about 46, 42 and 87 documents); `--fold all` scores every document.
- PolNeAR: the dev split; WikiEvents: the test split; GVDB resolution: every dev report
  together. None of these is tuned on.
"""
"""Which folds were used for what: the header of `docs/scores.md` (issue 10, item 3)."""

ANCHORS_NOTE = """\
Published anchors: Mordecai 3 reaches 90.1% exact GeoNames matches on GeoWebNews; HeidelTime-class
systems about 0.78 value F1 on TempEval-3; citron 82.0 on quotes (PolNeAR); the best CASE 2021
task 2 system 83.9 weighted F1. Anchors come from the papers, not from this run: they are on the
authors' own splits and metric definitions, so read them as the level to aim for, not as a
like-for-like comparison.
"""
"""What the anchor column means (printed under the Markdown table)."""


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One headline figure of a public set, with its same-run baseline and published anchor."""

    metric: str
    score: float
    baseline: float | None = None
    baseline_name: str | None = None
    anchor: str | None = None
    fold: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScoreRow:
        """A row as a scorer returns it; raises ValueError (with what is wrong) when malformed."""
        metric, score = data.get("metric"), data.get("score")
        if not isinstance(metric, str) or not metric:
            raise ValueError(f"scoreboard row {dict(data)!r} has no metric name")
        if not isinstance(score, int | float) or isinstance(score, bool):
            raise ValueError(f"scoreboard row {metric!r} has score {score!r}, not a number")
        baseline = data.get("baseline")
        if baseline is not None and not _is_number(baseline):
            raise ValueError(f"scoreboard row {metric!r} has baseline {baseline!r}, not a number")
        return cls(
            metric=metric,
            score=float(score),
            baseline=None if baseline is None else float(baseline),
            baseline_name=_text_or_none(data.get("baseline_name")),
            anchor=_text_or_none(data.get("anchor")),
            fold=_text_or_none(data.get("fold")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "score": round(self.score, 4),
            "baseline": None if self.baseline is None else round(self.baseline, 4),
            "baseline_name": self.baseline_name,
            "anchor": self.anchor,
            "fold": self.fold,
        }

    def baseline_text(self) -> str:
        if self.baseline is None:
            return self.baseline_name or ""
        value = f"{self.baseline:.{SCORE_DIGITS}f}"
        return f"{value} ({self.baseline_name})" if self.baseline_name else value


@dataclass(slots=True)
class ModuleResult:
    """One scorer module on one set: its metrics and rows, or the error that stopped it."""

    set_name: str
    module: str
    documents: int = 0
    metrics: dict[str, Any] = field(default_factory=dict)
    rows: list[ScoreRow] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.set_name,
            "module": self.module,
            "documents": self.documents,
            "seconds": round(self.seconds, 1),
            "error": self.error,
            "scoreboard": [r.to_json() for r in self.rows],
            "metrics": self.metrics,
        }


@dataclass(slots=True)
class SetResult:
    """Every scorer module's result for one public set folder."""

    set_name: str
    folder: str
    modules: list[ModuleResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(m.ok for m in self.modules)

    @property
    def seconds(self) -> float:
        return sum(m.seconds for m in self.modules)

    def errors(self) -> list[str]:
        return [f"{self.set_name} ({m.module}): {m.error}" for m in self.modules if m.error]

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.set_name,
            "folder": self.folder,
            "ok": self.ok,
            "seconds": round(self.seconds, 1),
            "modules": [m.to_json() for m in self.modules],
        }


@dataclass(slots=True)
class Scoreboard:
    """The public sets found under one bench folder, scored with one `limit` and `fold`."""

    bench: str
    sets: list[SetResult] = field(default_factory=list)
    limit: int | None = None
    fold: str | None = None
    skipped: list[str] = field(default_factory=list)
    """Sub-folders of the bench folder that no scorer is registered for (named, not scored)."""
    without_fold: list[str] = field(default_factory=list)
    """Sets present but not scored because they have no such fold (`--fold dev`)."""

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sets)

    def errors(self) -> list[str]:
        return [e for s in self.sets for e in s.errors()]

    def options_text(self) -> str:
        limit = f"at most {self.limit} documents per set" if self.limit else "every document"
        fold = f"fold `{self.fold}`" if self.fold else "each scorer's default fold"
        return f"{limit}, {fold}"

    def to_json(self) -> dict[str, Any]:
        return {
            "bench": self.bench,
            "limit": self.limit,
            "fold": self.fold,
            "ok": self.ok,
            "sets": [s.to_json() for s in self.sets],
            "skipped": self.skipped,
            "without_fold": self.without_fold,
        }

    def not_scored_lines(self) -> list[str]:
        """Why some folders were not scored: no scorer, or no such fold."""
        lines = []
        if self.skipped:
            lines.append("Not scored (no scorer registered): " + ", ".join(self.skipped) + ".")
        if self.without_fold:
            lines.append(f"Not scored (no {self.fold} fold): " + ", ".join(self.without_fold) + ".")
        return lines


def board_lines(sets: Sequence[SetResult]) -> list[tuple[str, str, str, str, str, str, str]]:
    """The board as text cells: set, metric, score, baseline, anchor, fold, seconds.

    A module's seconds go on its first line; an error takes one line of its own (metric column
    "error: ..."), and a module that ran but returned no headline rows says so.
    """
    lines: list[tuple[str, str, str, str, str, str, str]] = []
    for result in sets:
        for module in result.modules:
            seconds = f"{module.seconds:.1f}"
            if module.error is not None:
                lines.append((result.set_name, f"error: {module.error}", "", "", "", "", seconds))
                continue
            if not module.rows:
                note = f"no headline rows from {module.module} (see `eval` on the set)"
                lines.append((result.set_name, note, "", "", "", "", seconds))
                continue
            for index, row in enumerate(module.rows):
                lines.append(
                    (
                        result.set_name,
                        row.metric,
                        f"{row.score:.{SCORE_DIGITS}f}",
                        row.baseline_text(),
                        row.anchor or "",
                        row.fold or "",
                        seconds if index == 0 else "",
                    )
                )
    return lines


BOARD_COLUMNS = ("set", "metric", "score", "baseline", "anchor", "fold", "seconds")


ERROR_CELL_CHARS = 60
"""An error's first characters shown in the terminal table; the full line is printed below it."""


def board_table(sets: Sequence[SetResult], title: str | None = None) -> Table:
    """The scoreboard as a Rich table; error lines in red, cut short (printed in full after)."""
    table = Table(title=title)
    for name in BOARD_COLUMNS:
        justify = "right" if name in ("score", "seconds") else "left"
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for line in board_lines(sets):
        error = line[1].startswith("error:")
        cells = list(line)
        if error and len(cells[1]) > ERROR_CELL_CHARS:
            cells[1] = cells[1][: ERROR_CELL_CHARS - 1] + "…"
        table.add_row(*(Text(cell) for cell in cells), style="red" if error else None)
    return table


def board_markdown(board: Scoreboard, command: str) -> str:
    """`docs/scores.md`: the folds note, how it was made, the table, errors and anchors."""
    out = [
        "# Scores on the public sets",
        "",
        f"Written by `{command}` ({board.options_text()}).",
        "Do not edit by hand: run `make scores` and commit the result with the change it measures.",
        "",
        FOLDS_NOTE,
        "| " + " | ".join(BOARD_COLUMNS) + " |",
        "|" + "|".join("---:" if c in ("score", "seconds") else "---" for c in BOARD_COLUMNS) + "|",
    ]
    out.extend(
        "| " + " | ".join(_md_cell(c) for c in line) + " |" for line in board_lines(board.sets)
    )
    out.append("")
    for line in board.not_scored_lines():
        out.append(line)
        out.append("")
    out.append(ANCHORS_NOTE)
    return "\n".join(out)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
