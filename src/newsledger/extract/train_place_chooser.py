"""Fit the place chooser (`extract.place_chooser`) on gva_dev's train fold.

Each train report gives one group of candidates (the towns and counties it names, with their
features, see `place_chooser.place_candidates`), labelled by whether GVA's city or county is
that place. A logistic regression (fixed seed) is fitted on pairs of the train fold (another
candidate against the rules' choice, where one of the two is right); the margin by which its
best town must beat the rules' choice is chosen by grouped cross-validation inside the train
fold (groups: gold incidents, so no incident's reports sit on both sides), as the margin that
turns the most reports from wrong to right. The held-out fold is never read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsledger.extract.place_chooser import (
    CONTEXT_KEY,
    FEATURE_NAMES,
    MODEL_FILE,
    ChooserModel,
    PlaceContext,
    pick,
)

SEED = 22
FOLDS = 5
MARGINS = tuple(round(0.1 * i, 1) for i in range(0, 31))
"""The margins (log-odds that the other town is right) tried by the cross-validation."""
GAIN_SLACK = 2
"""Reports of cross-validated gain within which two margins count as tied (one report moves
a fold's figure by less than its noise)."""
REGULARISATION = 1.0
HELD_OUT_FOLD = "heldout"


@dataclass(slots=True)
class Example:
    """One report's candidates, their labels and the gold incident it belongs to."""

    group: str
    context: PlaceContext
    labels: list[bool]


def collect(folder: Path, fold: str, log: Callable[[str], None]) -> list[Example]:
    """The examples of a gva_dev fold: each report analysed (the parse cache serves) and
    segmented, with the candidates the chooser saw and GVA's city as the label."""
    from newsledger.eval import bench_gva_dev as bench
    from newsledger.extract.segment import segment
    from newsledger.ingest.article import make_article
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse_many

    gold = bench.read_gold(folder)
    docs = bench.read_documents(folder)
    chosen = set(bench.select_incidents(gold, fold, None))
    of_url = bench.incident_of_url(gold)
    articles = []
    for url, doc in sorted(docs.items()):
        key = of_url.get(url)
        if key in chosen and gold[key].city:
            article = make_article(doc.text, origin=url, title=doc.title, url=url,
                                   language=doc.language or "en")  # fmt: skip
            if isinstance(article, Article):
                articles.append(article)
    log(f"{len(articles)} reports of the {fold} fold")
    examples: list[Example] = []
    for i, (article, parsed) in enumerate(analyse_many(articles)):
        parsed.user_data.pop(CONTEXT_KEY, None)
        segment(parsed, article.title, None, article.url)
        context = parsed.user_data.get(CONTEXT_KEY)
        if not isinstance(context, PlaceContext) or not context.candidates:
            continue
        key = of_url[str(article.url)]
        keys = bench.gold_city_keys(gold[key].city)
        labels = [bench.city_key(c.place.name) in keys for c in context.candidates]
        examples.append(Example(key, context, labels))
        if i % 500 == 0:
            log(f"{i} reports read")
    return examples


def _row(features: dict[str, float]) -> np.ndarray:
    return np.array([features.get(n, 0.0) for n in FEATURE_NAMES], dtype=float)


def pairs(examples: Iterable[Example]) -> tuple[np.ndarray, np.ndarray]:
    """Per report, each other candidate against the rules' choice where exactly one of the
    two is GVA's town: the feature difference, and 1 when the other candidate is right. Pairs
    where both or neither are right change nothing the chooser could win."""
    rows: list[np.ndarray] = []
    labels: list[int] = []
    for ex in examples:
        rules = ex.context.rules_index
        if rules is None:
            continue
        base = _row(ex.context.candidates[rules].features)
        for i, cand in enumerate(ex.context.candidates):
            if i != rules and ex.labels[i] != ex.labels[rules]:
                rows.append(_row(cand.features) - base)
                labels.append(int(ex.labels[i]))
    return np.array(rows, dtype=float), np.array(labels, dtype=int)


def fit_weights(examples: Sequence[Example], seed: int = SEED) -> tuple[list[float], float]:
    """A logistic regression's weights and bias over the examples' pairs (`pairs`)."""
    from sklearn.linear_model import LogisticRegression

    x, y = pairs(examples)
    model = LogisticRegression(C=REGULARISATION, max_iter=2000, random_state=seed)
    model.fit(x, y)
    return [round(float(w), 5) for w in model.coef_[0]], round(float(model.intercept_[0]), 5)


def gain(examples: Sequence[Example], model: ChooserModel) -> int:
    """Reports the model turns right minus those it turns wrong (against the rules' choice)."""
    total = 0
    for ex in examples:
        index = pick(ex.context, model)
        if index is not None and ex.context.rules_index is not None:
            total += int(ex.labels[index]) - int(ex.labels[ex.context.rules_index])
    return total


def cross_validated_gains(examples: Sequence[Example], seed: int = SEED) -> dict[float, int]:
    """Per margin, the gain summed over grouped folds (groups: gold incidents)."""
    from sklearn.model_selection import GroupKFold

    groups = [ex.group for ex in examples]
    totals = dict.fromkeys(MARGINS, 0)
    splitter = GroupKFold(n_splits=FOLDS)
    for train_idx, test_idx in splitter.split(np.zeros(len(examples)), groups=groups):
        weights, bias = fit_weights([examples[i] for i in train_idx], seed)
        tested = [examples[i] for i in test_idx]
        for margin in MARGINS:
            model = ChooserModel(FEATURE_NAMES, tuple(weights), bias, margin)
            totals[margin] += gain(tested, model)
    return totals


def train(examples: Sequence[Example], seed: int = SEED) -> tuple[ChooserModel, dict[float, int]]:
    """The model on all examples with the largest margin whose cross-validated gain is within
    GAIN_SLACK reports of the best: among margins the folds cannot tell apart, the one that
    overrules the rules least often."""
    gains = cross_validated_gains(examples, seed)
    best = max(gains.values())
    margin = max(m for m in MARGINS if gains[m] >= best - GAIN_SLACK)
    weights, bias = fit_weights(examples, seed)
    return ChooserModel(FEATURE_NAMES, tuple(weights), bias, margin), gains


def default_model_path() -> Path:
    """The shipped weights' path in the source tree."""
    return Path(__file__).resolve().parent.parent / "data" / MODEL_FILE


def write_model(model: ChooserModel, path: Path, fold: str) -> None:
    """Write the weights as JSON, naming the fold they were fitted on and the one left out."""
    data = model.to_json() | {"fitted_on": fold, "left_out": HELD_OUT_FOLD, "seed": SEED}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
