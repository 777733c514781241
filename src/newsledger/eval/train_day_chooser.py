"""Fit the main incident's day chooser (`extract.day_chooser`) on the gva_dev train fold.

Every train article goes through the normal ingest path and the parse; its main mention is
segmented as the extractor does, the rules' day is read (`extract.rules.rules_day`), and each
day expression of the report becomes a candidate labelled by whether its day is GVA's. A
logistic regression (scikit-learn, fixed seed) is fitted on the candidates; the margin by which
the model's best day must beat the rules' day is chosen by grouped cross-validation inside the
train fold (groups are gold incidents, so reports of one incident never sit on both sides), the
regularisation and the floor (never) by earlier runs of the same search (C_GRID, FLOOR_GRID).
The held-out fold is never read. `newsledger train-day-chooser` runs this and writes
`data/day_chooser.json`.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from newsledger.eval import bench_gva_dev
from newsledger.extract.day_chooser import DayCandidate, DayChooser, day_candidates
from newsledger.model import Article
from newsledger.nlp.types import DateExpression

log = logging.getLogger(__name__)

SEED = 13
"""The seed of the fold split and the solver: the same data give the same file."""
FOLDS = 5
"""Grouped cross-validation folds inside the train fold."""
C_GRID = (1.0,)
"""Inverse regularisation strength: chosen by the same grouped CV over (0.3, 1, 3) with the floor
free (docs/facts.md, twenty-second round); kept when the floor was fixed at never, so the shipped
file is the one measured on the full train and held-out runs."""
MARGIN_GRID = tuple(round(0.05 * k, 2) for k in range(0, 15))
"""Probability margins tried for replacing the rules' day (0 .. 0.7)."""
FLOOR_GRID = (1.01,)
"""Least probabilities tried for dating a report the rules leave undated or date by a week,
month or year (1.01: never). Measured on the full train run: floor 0.4 (chosen by CV without
WRONG_CHANGE_COST) gave incident date 0.7937 -> 0.8022 but B-cubed 0.9385 -> 0.9382; floor
0.7 (with the cost) 0.8010 and 0.9383; never 0.7981 and 0.9386. A loose date matches more of
an incident's reports in the link scorer than a wrong day does, so a loose date stays."""
LEFT_OUT_FOLD = "heldout"


@dataclass(frozen=True, slots=True)
class ArticleDays:
    """One train article: its incident (the CV group), GVA's day, the rules' day and the
    candidates with their labels."""

    incident: str
    gold: date
    rules: DateExpression | None
    candidates: tuple[DayCandidate, ...]

    @property
    def labels(self) -> list[int]:
        return [int(c.expr.value == self.gold) for c in self.candidates]


def _train_records(folder: Path, fold: str, limit: int | None
                   ) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, date]]:  # fmt: skip
    """The fold's documents as ingest records, each url's incident, each incident's day."""
    gold = bench_gva_dev.read_gold(folder)
    docs = bench_gva_dev.read_documents(folder)
    owner = bench_gva_dev.incident_of_url(gold)
    chosen = set(bench_gva_dev.select_incidents(gold, fold, limit))
    urls = [u for u, k in owner.items() if k in chosen and u in docs and gold[k].date]
    records = [
        {"url": d.url, "title": d.title, "published": d.published, "text": d.text,
         "language": d.language or "en"}
        for d in (docs[u] for u in urls)
    ]  # fmt: skip
    days = {k: day for k in chosen if (day := gold[k].date) is not None}
    return records, owner, days


def _stored_articles(records: Sequence[dict[str, Any]], tmp: Path) -> list[Article]:
    """The records as the normal ingest path stores them (text, publication day, id)."""
    from newsledger.ledger import Ledger

    path = tmp / "documents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Ledger(f"sqlite:///{tmp / 'ledger.db'}") as ledger:
        ledger.ingest([path], extract=False)
        return sorted(ledger.store.iter_articles(), key=lambda a: a.id)


def collect(folder: Path, fold: str = "train", limit: int | None = None) -> list[ArticleDays]:
    """Every article of the fold with a gold day, its rules' day and its labelled candidates."""
    from newsledger.extract.rules import main_segment, rules_day
    from newsledger.nlp.pipeline import analyse_many

    records, owner, days = _train_records(folder, fold, limit)
    with tempfile.TemporaryDirectory(prefix="newsledger-days-") as tmp:
        articles = _stored_articles(records, Path(tmp))
    out: list[ArticleDays] = []
    for article, doc in analyse_many(articles):
        incident = owner.get(article.url or "")
        seg = main_segment(article, doc)
        if incident is None or incident not in days or seg is None:
            continue
        if (doc.lang_ or article.language) != "en":
            continue
        chosen = rules_day(doc, seg)
        candidates = day_candidates(doc, seg, article.title, chosen)
        out.append(ArticleDays(incident, days[incident], chosen, tuple(candidates)))
    return out


def feature_names(examples: Sequence[ArticleDays]) -> tuple[str, ...]:
    return tuple(sorted({name for ex in examples for c in ex.candidates for name in c.features}))


def _matrix(examples: Sequence[ArticleDays], names: Sequence[str]
            ) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    rows = [[c.features.get(n, 0.0) for n in names] for ex in examples for c in ex.candidates]
    labels = [y for ex in examples for y in ex.labels]
    return np.asarray(rows, dtype=float).reshape(-1, len(names)), np.asarray(labels, dtype=int)


def _fit(examples: Sequence[ArticleDays], names: tuple[str, ...], c: float) -> DayChooser:
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(examples, names)
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(x, y)
    return DayChooser(names, tuple(float(w) for w in model.coef_[0]),
                      float(model.intercept_[0]), 0.0, 1.01)  # fmt: skip


WRONG_CHANGE_COST = 1
"""What a changed day that is not GVA's costs in the choice of C, margin and floor, in articles
on GVA's day: the day feeds the link scorer, so a report moved from a loose or wrong date to
another wrong day can be kept from its incident's other reports. With no cost, cross-validation
took a floor of 0.4 that moved 22 train reports from a week, month or year to a wrong day for
25 to GVA's; gva_dev train B-cubed fell by 0.0003."""


def right_days(chooser: DayChooser, examples: Sequence[ArticleDays]) -> int:
    """Articles whose chosen day is GVA's."""
    right = 0
    for ex in examples:
        day = chooser.choose(ex.candidates, ex.rules)
        right += day is not None and day.value == ex.gold
    return right


def wrong_changes(chooser: DayChooser, examples: Sequence[ArticleDays]) -> int:
    """Articles whose chosen day is not the rules' and not GVA's either."""
    wrong = 0
    for ex in examples:
        day = chooser.choose(ex.candidates, ex.rules)
        value = day.value if day is not None else None
        rules = ex.rules.value if ex.rules is not None else None
        wrong += value != rules and value != ex.gold
    return wrong


def rules_right(examples: Sequence[ArticleDays]) -> int:
    return sum(ex.rules is not None and ex.rules.value == ex.gold for ex in examples)


def _group_folds(examples: Sequence[ArticleDays]) -> Iterator[tuple[list[int], list[int]]]:
    """FOLDS folds of whole incidents, the incidents shuffled by a seeded permutation: what
    `GroupKFold(shuffle=True, random_state=SEED)` does, written out because scikit-learn
    before 1.6 has no `shuffle` there (pyproject allows 1.4)."""
    groups = np.array([ex.incident for ex in examples])
    shuffled = np.random.RandomState(SEED).permutation(np.unique(groups))
    for test_groups in np.array_split(shuffled, FOLDS):
        test = np.isin(groups, test_groups)
        yield [int(i) for i in np.where(~test)[0]], [int(i) for i in np.where(test)[0]]


@dataclass(frozen=True, slots=True)
class Fitted:
    """The chosen model and its cross-validated figure on the train fold."""

    chooser: DayChooser
    cv_right: int
    rules_right: int
    articles: int


def train(examples: Sequence[ArticleDays]) -> Fitted:
    """Choose C, margin and floor by grouped CV (most articles on GVA's day less
    WRONG_CHANGE_COST for each day changed to another wrong one; ties to the larger margin and
    floor, the more cautious), then fit on every train article."""
    names = feature_names(examples)
    folds = list(_group_folds(examples))
    best: tuple[tuple[int, float, float, float], int] | None = None
    for c in C_GRID:
        fitted = [(_fit([examples[i] for i in tr], names, c), [examples[i] for i in te])
                  for tr, te in folds]  # fmt: skip
        for margin in MARGIN_GRID:
            for floor in FLOOR_GRID:
                choosers = [(DayChooser(m.features, m.coefficients, m.intercept, margin, floor),
                             held) for m, held in fitted]  # fmt: skip
                right = sum(right_days(ch, held) for ch, held in choosers)
                gain = right - WRONG_CHANGE_COST * sum(wrong_changes(ch, held)
                                                       for ch, held in choosers)  # fmt: skip
                key = (gain, margin, floor, -c)
                if best is None or key > best[0]:
                    best = (key, right)
    assert best is not None
    (_, margin, floor, negative_c), right = best
    c = -negative_c
    model = _fit(examples, names, c)
    chooser = DayChooser(names, model.coefficients, model.intercept, margin, floor)
    log.info("day chooser: C=%s margin=%s floor=%s", c, margin, floor)
    return Fitted(chooser, right, rules_right(examples), len(examples))


def write(chooser: DayChooser, path: Path) -> None:
    raw = chooser.to_json()
    raw["coefficients"] = [round(w, 6) for w in chooser.coefficients]
    raw["intercept"] = round(chooser.intercept, 6)
    path.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
