"""Score event typing on CASE 2021 Task 2 (../shared/bench/case2021_task2).

The set has 1,019 English snippets labelled with 25 ACLED sub-event codes (ARMED_CLASH,
PEACE_PROTEST, ...) and 5 "unseen" non-ACLED codes (natural/man-made disaster, organised crime,
diplomacy, attribution). Each snippet is parsed by the real English pipeline; the rules
(`extract.events`, with the actors of `extract.actors` and weapons of `extract.weapons`) read it,
and the learned classifier (`extract.event_model`, trained on the `train` fold only) reads the
text and the rules' reading; `extract.events.combine_decisions` joins the two with the snippet
policy (SNIPPET_OVERRIDE_MARGIN: the classifier, which has the rules' reading among its inputs,
decides; chosen by cross-validation on the train fold); over all 30 classes a non-ACLED cue of
the rules (`extract.events.non_acled_cue`: an earthquake, a chemical spill, smuggling, expelled
diplomats, a claim of responsibility) wins over both. The rules alone, the classifier alone and
the article policy (the rules keep a type unless the classifier leads by OVERRIDE_MARGIN, as on
an article's main mention) are reported beside.

Reported, on the chosen fold (default `heldout`, the half the classifier never saw):
- `seen25`: snippets whose gold is one of the 25 ACLED types, the system choosing among those 25
  (the shared task's subtask 1): accuracy, macro-F1 and weighted F1 over the gold classes;
- `all30`: every snippet, the system choosing among all 30 (subtask 3);
- the rules alone (a rule decision of None counts as wrong) and a majority-class baseline (the
  most frequent class of the train fold), in the same run.
Published anchor: the best CASE 2021 system reached 83.9 weighted F1 on the 25 seen types and
77.1 on all 30, with transformers trained on ACLED's own data (not available here).

The data has no licence and stays in ../shared; nothing of it is copied into the repository.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.extract.event_model import (
    CODE_TO_SUB,
    SET_NAME,
    SUB_TO_CODE,
    EventPrediction,
    Snippet,
    load_event_model,
    read_snippets,
    read_with_rules,
)
from newsledger.extract.events import (
    SNIPPET_NO_EVENT_MARGIN,
    SNIPPET_NO_TRIGGER_MARGIN,
    SNIPPET_OVERRIDE_MARGIN,
    TRIGGER_TOKEN,
    combine_decisions,
    rule_token,
)

ANCHOR_SEEN = "CASE 2021 best system: 83.9 weighted F1 (25 seen types)"
ANCHOR_ALL = "CASE 2021 best system: 77.1 weighted F1 (all 30 types)"
NO_PREDICTION = "NONE"
"""What a rule decision of None is scored as: a class no gold snippet has (always wrong)."""


def class_f1(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """F1 of every gold class (a class never predicted scores 0)."""
    out: dict[str, float] = {}
    for cls in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p != cls)
        denom = 2 * tp + fp + fn
        out[cls] = 2 * tp / denom if denom else 0.0
    return out


def classification_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Accuracy, macro-F1 and support-weighted F1 over the gold classes."""
    n = len(gold)
    if not n:
        return {"n": 0.0, "accuracy": 0.0, "macro_f1": 0.0, "weighted_f1": 0.0}
    per_class = class_f1(gold, predicted)
    support = Counter(gold)
    return {
        "n": float(n),
        "accuracy": sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / n,
        "macro_f1": sum(per_class.values()) / len(per_class),
        "weighted_f1": sum(per_class[c] * support[c] for c in per_class) / n,
    }


def score_case2021(
    folder: Path, *, limit: int | None = None, fold: str | None = "heldout",
    model_path: Path | None = None,
) -> dict[str, Any]:
    """Seen-25 and all-30 scores of the system, the rules alone and a majority baseline
    (`model_path`: another classifier file than the shipped one, e.g. one just trained)."""
    fold = fold or "heldout"  # tuned on `train`: the figure to report is the held-out one
    from newsledger.eval.folds import fold_of, in_fold

    rows = read_snippets(Path(folder))
    train_codes = Counter(code for sid, _t, code in rows if fold_of(SET_NAME, sid) == "train")
    majority_all = train_codes.most_common(1)[0][0]
    majority_seen = next(c for c, _ in train_codes.most_common() if c in CODE_TO_SUB)
    chosen = [r for r in rows if in_fold(SET_NAME, r[0], fold)][:limit]
    snippets = read_with_rules(chosen)
    model = load_event_model(model_path) if model_path else load_event_model()
    views = [s.views for s in snippets]
    rules = [s.rules for s in snippets]
    learned = model.predict_both(views, rules)
    non_acled = [p.code for p in model.predict_non_acled(views, rules)]
    rule_codes = [_rule_code(s.rules) for s in snippets]
    system_all, system_seen = _combined(snippets, rule_codes, learned, non_acled, snippet=True)
    article_all, article_seen = _combined(snippets, rule_codes, learned, non_acled, snippet=False)
    learned_all = [a.code for a, _ in learned]
    learned_seen = [s.code for _, s in learned]
    gold = [s.code for s in snippets]
    seen_idx = [i for i, g in enumerate(gold) if g in CODE_TO_SUB]
    gold_seen = [gold[i] for i in seen_idx]

    def pick(values: Sequence[str]) -> list[str]:
        return [values[i] for i in seen_idx]

    result: dict[str, Any] = {
        "documents": len(snippets),
        "fold": fold or "all",
        "seen25": classification_scores(gold_seen, pick(system_seen)),
        "all30": classification_scores(gold, system_all),
        "article_policy_seen25": classification_scores(gold_seen, pick(article_seen)),
        "article_policy_all30": classification_scores(gold, article_all),
        "classifier_seen25": classification_scores(gold_seen, pick(learned_seen)),
        "classifier_all30": classification_scores(gold, learned_all),
        "rules_seen25": classification_scores(gold_seen, pick(rule_codes)),
        "rules_all30": classification_scores(
            gold, [s.non_acled or code for s, code in zip(snippets, rule_codes, strict=True)]
        ),
        "majority_seen25": classification_scores(gold_seen, [majority_seen] * len(gold_seen)),
        "majority_all30": classification_scores(gold, [majority_all] * len(gold)),
    }
    board = []
    for part, anchor in (("seen25", ANCHOR_SEEN), ("all30", ANCHOR_ALL)):
        for metric in ("weighted_f1", "macro_f1", "accuracy"):
            board.append({
                "metric": f"{part}.{metric}",
                "score": round(result[part][metric], 4),
                "baseline": round(result[f"majority_{part}"][metric], 4),
                "baseline_name": "majority class of the train fold",
                "anchor": anchor if metric == "weighted_f1" else None,
                "fold": fold,
            })  # fmt: skip
        for key, label in (
            ("rules", "rules alone"), ("classifier", "classifier alone"),
            ("article_policy", "article policy"),
        ):  # fmt: skip
            board.append({
                "metric": f"{part}.weighted_f1 ({label})",
                "score": round(result[f"{key}_{part}"]["weighted_f1"], 4),
                "baseline": None, "baseline_name": None, "anchor": None, "fold": fold,
            })  # fmt: skip
    result["scoreboard"] = board
    return result


def _combined(
    snippets: Sequence[Snippet], rule_codes: Sequence[str],
    learned: Sequence[tuple[EventPrediction, EventPrediction]], non_acled: Sequence[str],
    *, snippet: bool,
) -> tuple[list[str], list[str]]:  # fmt: skip
    """(all-30 codes, seen-25 codes) of the rules and the classifier joined by
    `combine_decisions`, with the snippet policy or the article one."""
    margins = (
        {
            "override_margin": SNIPPET_OVERRIDE_MARGIN,
            "no_trigger_margin": SNIPPET_NO_TRIGGER_MARGIN,
            "no_event_margin": SNIPPET_NO_EVENT_MARGIN,
        }
        if snippet
        else {}
    )
    out_all: list[str] = []
    out_seen: list[str] = []
    for item, rule_code, (best_all, best_seen), other in zip(
        snippets, rule_codes, learned, non_acled, strict=True
    ):
        rule_sub = CODE_TO_SUB.get(rule_code)
        triggered = any(t.startswith(TRIGGER_TOKEN) for t in item.rules)
        sub, _ = combine_decisions(
            rule_sub, best_all, best_seen, has_trigger=triggered,
            attribution_is_no_event=snippet, **margins,
        )  # fmt: skip
        # all 30: a non-ACLED cue of the rules wins (it fires only where no ACLED event has an
        # agent); else "no ACLED event" says which of the five classes by the classifier
        out_all.append(item.non_acled or (SUB_TO_CODE[sub] if sub else other))
        sub_seen, _ = combine_decisions(
            rule_sub, best_seen, best_seen, has_trigger=triggered,
            attribution_is_no_event=snippet, **margins,
        )  # fmt: skip
        out_seen.append(SUB_TO_CODE[sub_seen] if sub_seen else NO_PREDICTION)
    return out_all, out_seen


def _rule_code(tokens: Sequence[str]) -> str:
    """The CASE code of the rules' decision, from its RULE_ pseudo-word."""
    for token in tokens:
        if token.startswith("RULE_"):
            return RULE_TOKEN_TO_CODE.get(token, NO_PREDICTION)
    return NO_PREDICTION


RULE_TOKEN_TO_CODE = {rule_token(sub): code for sub, code in SUB_TO_CODE.items()}
