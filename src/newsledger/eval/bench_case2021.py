"""Score the event classifier on CASE 2021 Task 2 (../shared/bench/case2021_task2).

The set has 1,019 English snippets labelled with ACLED-style sub-event codes (ARMED_CLASH,
PEACE_PROTEST, ...) plus five non-ACLED classes (disasters, organised crime, diplomacy,
attribution). Each snippet is parsed by the real English pipeline and classified by
`extract.events.classify_event` with the actors from `extract.actors` and the weapons from
`extract.weapons`: the same path as an article's mention. Snippets whose gold label is not an
ACLED sub-event type are left out (the extractor has no such class). Reported: accuracy and
macro-F1 over the 25 ACLED classes (a snippet with no prediction counts as wrong), the share of
snippets with any prediction, and the accuracy on the six ACLED event types.

The data has no licence and stays in ../shared; nothing of it is copied into the repository.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsledger.errors import ReadError

CASE_FILE = "test_set_final_release_with_labels.tsv"

CODE_TO_SUB: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
"""CASE 2021 label -> ACLED sub-event type (the five non-ACLED labels are not mapped)."""

PIPE_BATCH = 64


def read_case2021(bench_dir: Path) -> Iterator[tuple[str, str]]:
    """(snippet, ACLED sub-event type) pairs of the labelled test file, mapped labels only."""
    path = bench_dir / CASE_FILE
    if not path.exists():
        raise ReadError(f"{path} not found: keep ../shared/bench/case2021_task2 beside the repo")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            sub = CODE_TO_SUB.get(row["SubType"].strip())
            if sub is not None:
                yield row["EventSnippet"], sub


def macro_f1(gold: list[str], predicted: list[str | None]) -> float:
    """Mean F1 over the gold classes (a class never predicted scores 0)."""
    classes = sorted(set(gold))
    scores = []
    for cls in classes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p != cls)
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def score_case2021(bench_dir: Path, limit: int | None = None) -> dict[str, float]:
    """Accuracy and macro-F1 of `classify_event` on the ACLED-labelled CASE 2021 snippets."""
    from newsledger.extract.actors import extract_actors
    from newsledger.extract.event_words import SUB_EVENT_TYPES
    from newsledger.extract.events import classify_event
    from newsledger.extract.weapons import extract_weapons
    from newsledger.nlp.pipeline import load_pipeline

    pairs = list(read_case2021(Path(bench_dir)))[:limit]
    nlp = load_pipeline("en")
    gold: list[str] = []
    predicted: list[str | None] = []
    for (_text, sub), doc in zip(
        pairs, nlp.pipe((t for t, _ in pairs), batch_size=PIPE_BATCH), strict=True
    ):
        sents = list(doc.sents)
        actors = extract_actors(sents, "case2021")
        weapons = extract_weapons(sents, "case2021")
        decided = classify_event(sents, actors, weapons, [])
        gold.append(sub)
        predicted.append(decided[1] if decided else None)
    n = len(gold)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    type_correct = sum(
        1 for g, p in zip(gold, predicted, strict=True)
        if p is not None and SUB_EVENT_TYPES[g] == SUB_EVENT_TYPES[p]
    )  # fmt: skip
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    del confusions  # kept for debugging; the report holds the headline figures only
    return {
        "snippets": float(n),
        "accuracy": correct / n if n else 0.0,
        "macro_f1": macro_f1(gold, predicted),
        "coverage": sum(1 for p in predicted if p is not None) / n if n else 0.0,
        "event_type_accuracy": type_correct / n if n else 0.0,
    }
