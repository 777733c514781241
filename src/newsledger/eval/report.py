"""What `newsledger eval` reports: counts per field, per article, and the rendered table.

Kept apart from the scoring rules (score.py) so bench scorers and the CLI can build and print
reports without the gold machinery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsledger.eval.metrics import f1_score

MAX_VIOLATIONS_LISTED = 20
"""Span violations listed per article and printed under the table (all are counted)."""

PRIMARY_FIELDS = (
    "mention_main",
    "mention_background",
    "event_type",
    "sub_event_type",
    "date",
    "time_precision",
    "time_of_day",
    "location",
    "sublocation",
    "actor",
    "figure",
    "weapon",
    "quote",
)
"""The fields of the output contract, in report order; `overall` is their micro-average."""

DETAIL_FIELDS = (
    "figure_qualifier",
    "weapon_user",
    "geo_precision",
    "quote_affiliation",
    "quote_cue",
    "quote_medium",
    "quote_link",
    "published",
    "language",
    "span_exact",
)
"""Scored on matched items or per article; reported, not part of `overall`."""


@dataclass(slots=True)
class FieldScore:
    """Counts for one field; precision, recall and F1 follow."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def record(self, gold: bool, predicted: bool, match: bool) -> None:
        """One single-valued comparison: a wrong value is both a false positive and a miss."""
        if gold and predicted and match:
            self.tp += 1
            return
        self.fp += int(predicted)
        self.fn += int(gold)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1_score(p, r)

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class ArticleScore:
    """The scores of one article, with how its mentions were paired."""

    source: str
    article_id: str
    fields: dict[str, FieldScore] = field(default_factory=dict)
    pairs: list[tuple[str, int | None]] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)
    span_violations: list[str] = field(default_factory=list)

    def f(self, name: str) -> FieldScore:
        return self.fields.setdefault(name, FieldScore())

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "article_id": self.article_id,
            "fields": {k: v.to_json() for k, v in self.fields.items()},
            "pairs": [{"gold": g, "predicted": p} for g, p in self.pairs],
            "spurious_mentions": self.spurious,
            "span_violations": self.span_violations,
        }


@dataclass(slots=True)
class EvalReport:
    """Per-field scores over a gold folder (or a public set's own metrics)."""

    target: str
    extractor: str
    documents: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    articles: list[ArticleScore] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @classmethod
    def from_articles(
        cls, target: str, extractor: str, scores: Sequence[ArticleScore], seconds: float = 0.0
    ) -> EvalReport:
        report = cls(target, extractor, len(scores), articles=list(scores), seconds=seconds)
        for score in scores:
            for name, counts in score.fields.items():
                report.fields.setdefault(name, FieldScore()).add(counts)
        overall = FieldScore()
        for name in PRIMARY_FIELDS:
            overall.add(report.fields.get(name, FieldScore()))
        report.fields["overall"] = overall
        return report

    def ordered_fields(self) -> list[str]:
        known = [*PRIMARY_FIELDS, "overall", *DETAIL_FIELDS]
        extra = sorted(k for k in self.fields if k not in known)
        return [k for k in [*known, *extra] if k in self.fields]

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "extractor": self.extractor,
            "documents": self.documents,
            "seconds": round(self.seconds, 3),
            "fields": {k: self.fields[k].to_json() for k in self.ordered_fields()},
            "metrics": self.metrics,
            "span_violations": sum(len(a.span_violations) for a in self.articles),
            "articles": [a.to_json() for a in self.articles],
            "notes": self.notes,
        }

    def title(self) -> Text:
        return Text(f"{self.target} — {self.extractor}, {self.documents} documents")

    def table(self) -> Table:
        """Field, P, R, F1, support: one row per scored field."""
        table = Table(title=self.title())
        for name, justify in (
            ("field", "left"),
            ("P", "right"),
            ("R", "right"),
            ("F1", "right"),
            ("support", "right"),
        ):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for name in self.ordered_fields():
            s = self.fields[name]
            style = "bold" if name == "overall" else None
            table.add_row(
                Text(name),
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.support),
                style=style,
            )
        return table

    def metrics_table(self) -> Table:
        """A public set's own measures (accuracy, macro-F1, ...), one row each."""
        table = Table(title=self.title() if not self.fields else None)
        table.add_column("measure")
        table.add_column("value", justify="right")
        for name, value in self.metrics.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            table.add_row(Text(name), Text(shown))
        return table

    def print(self, console: Console) -> None:
        if self.fields or not self.metrics:
            console.print(self.table())
        if self.metrics:
            console.print(self.metrics_table())
        violations = [v for a in self.articles for v in a.span_violations]
        if violations:
            console.print(
                Text(f"{len(violations)} predicted spans do not slice the text:", style="red")
            )
            for line in violations[:MAX_VIOLATIONS_LISTED]:
                console.print(Text(f"  {line}"))
        for note in self.notes:
            console.print(Text(note, style="dim"))
