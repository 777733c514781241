"""Try a learned attacker scorer on WikiEvents against the rules' actor claims (issue 14).

Every noun, name, pronoun or count in an event trigger's sentence is a candidate; its features
are the dependency path from the trigger (labels, prepositions as words), the voice, the
candidate's dependency label, part of speech, entity type, actor kind, side and distance, the
trigger's family and part of speech, and whether the rules read it as the agent or the target.
A logistic regression (scikit-learn, fixed seed) scores each candidate; the settings are picked
by five-fold cross-validation over the documents of the DEV split (the set ships no train split:
it is the fold rules are tuned on), then one model fitted on the whole dev split is scored once
on the TEST split. Four ways of using it are compared with the rules alone:

- fill: the best candidate where the rules give no attacker;
- filter: the rules' attackers the model scores at least the threshold;
- model: the best candidate alone; model_all: every candidate at least the threshold.

With a GVDB folder as second argument it also tries distant supervision: the train fold of
GVDB (`eval.folds`), every candidate in a sentence with a shooting trigger labelled by the
annotated shooter name (inside its span, or a proper noun equal to its last word), as training
data alone and added to the dev folds.

Nothing is shipped: the figures go to docs/event-types.md. Run from the repository root:

    PYTHONPATH=src python tools/wikievents_role_scorer.py ../shared/bench/wikievents \
        ../shared/bench/gvdb
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Token

from newsledger.eval import bench_wikievents as bw
from newsledger.eval.folds import in_fold
from newsledger.extract.actors import actor_kind, extract_actors, trigger_arguments
from newsledger.extract.events import Trigger, triggers_of
from newsledger.nlp.deps import is_passive

SEED = 0
FOLDS = 5
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.01, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
MODES = ("rules", "fill", "filter", "model", "model_all")
CANDIDATE_POS = ("NOUN", "PROPN", "PRON", "NUM")

Features = dict[str, float]


@dataclass(slots=True)
class Candidate:
    head: str
    features: Features
    gold: bool


@dataclass(slots=True)
class Event:
    document: str
    gold: list[str]
    rules: set[str]
    candidates: list[Candidate]


def dependency_path(trigger: Token, cand: Token) -> tuple[list[str], list[str]]:
    """Labels up from the trigger to the lowest common head, then down to the candidate."""
    up = [trigger]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    depth = {tok.i: k for k, tok in enumerate(up)}
    down: list[Token] = []
    tok = cand
    while tok.i not in depth:
        down.append(tok)
        tok = tok.head

    def label(t: Token) -> str:
        return f"{t.dep_}_{t.lower_}" if t.dep_ == "prep" else t.dep_

    return [label(t) for t in up[: depth[tok.i]]], [label(t) for t in reversed(down)]


def candidate_features(trig: Trigger, cand: Token, agents: set[int], targets: set[int],
                       rules: set[str]) -> Features:  # fmt: skip
    """The features of one (trigger, candidate) pair (see the module docstring)."""
    tok = trig.token
    ups, downs = dependency_path(tok, cand)
    side = "before" if cand.i < tok.i else "after"
    gap = abs(cand.i - tok.i)
    passive = is_passive(tok) or is_passive(tok.head)
    names = [
        f"path={'/'.join(ups)}|{'/'.join(downs)}", f"ups={'/'.join(ups)}",
        f"downs={'/'.join(downs)}", f"length={min(len(ups) + len(downs), 6)}",
        f"last={downs[-1] if downs else ''}", f"first_up={ups[0] if ups else 'trigger'}",
        f"dep={cand.dep_}", f"pos={cand.pos_}", f"ent={cand.ent_type_}",
        f"kind={actor_kind(cand) or ''}", f"side={side}",
        f"distance={side}{gap if gap < 4 else '4-7' if gap < 8 else '8+'}",
        f"passive={passive}", f"passive_last={passive}_{downs[-1] if downs else ''}",
        f"trigger_pos={tok.pos_}", f"family={trig.family}",
    ]  # fmt: skip
    out: Features = dict.fromkeys(names, 1.0)
    out["rules_agent"] = float(bw._frame_head(cand).lower_ in rules)
    out["reader_agent"] = float(cand.i in agents)
    out["reader_target"] = float(cand.i in targets)
    out["rules_any"] = float(bool(rules))
    return out


def read_events(folder: Path, split: str) -> list[Event]:
    """The events of one split whose type has an attacker role, with their candidates."""
    from newsledger.nlp.pipeline import load_pipeline

    documents = bw.read_documents(folder, split)
    roles_of = bw.read_roles(folder)
    nlp = load_pipeline("en")
    events: list[Event] = []
    texts = (bw.document_text(d) for d in documents)
    for document, doc in zip(documents, nlp.pipe(texts, batch_size=bw.PIPE_BATCH), strict=True):
        for scored in bw.gold_events(document, doc):
            roles = roles_of.get(scored.event_type, frozenset(bw.ROLES))
            if "attacker" not in roles:
                continue
            tok = scored.trigger
            family = bw._trigger_family(scored.event_type, tok)
            trig = Trigger(family, tok, tok.idx, tok.idx + len(tok))
            rules = {h for r, h in bw.system_arguments(scored, roles) if r == "attacker"}
            read = trigger_arguments(trig)
            agents = {a.i for a, r in read if r == "agent"}
            targets = {a.i for a, r in read if r == "target"}
            gold = [h for r, h in scored.gold if r == "attacker"]
            candidates = [
                Candidate(bw._frame_head(c).lower_,
                          candidate_features(trig, c, agents, targets, rules),
                          bw._frame_head(c).lower_ in gold)
                for c in tok.sent if c.pos_ in CANDIDATE_POS and c.dep_ != "compound"
                and c.i != tok.i
            ]  # fmt: skip
            events.append(Event(document["doc_id"], gold, rules, candidates))
    return events


def shooter_names(folder: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, shooter name spans) of the GVDB train-fold articles that name a shooter."""
    csv.field_size_limit(sys.maxsize)
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    with (folder / "splits" / "dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if not in_fold("gvdb", row["Article id"], "train"):
                continue
            names = [s.get("name") for s in json.loads(row["Json"]).get("shooter-section") or []]
            spans = [(n["startIndex"], n["endIndex"], n["value"]) for n in names
                     if isinstance(n, dict) and n.get("startIndex", -1) >= 0]  # fmt: skip
            if spans:
                out.append((row["Full text"], spans))
    return out


def read_gvdb_events(folder: Path) -> list[Event]:
    """Every trigger of the GVDB train-fold articles naming a shooter, labelled by the name."""
    from newsledger.nlp.pipeline import load_pipeline

    articles = shooter_names(folder)
    nlp = load_pipeline("en")
    events: list[Event] = []
    docs = nlp.pipe((text for text, _ in articles), batch_size=bw.PIPE_BATCH)
    for (text, spans), doc in zip(articles, docs, strict=True):
        surnames = {value.split()[-1].lower() for _, _, value in spans if value.split()}
        for sent in doc.sents:
            for trig in triggers_of(sent):
                claims = extract_actors([sent], "gvdb", "en", [trig])
                rules = {
                    bw._frame_head(head).lower_ for claim in claims
                    if claim.role == "agent"
                    and (head := bw._head(doc, claim.span.start, claim.span.end)) is not None
                }  # fmt: skip
                read = trigger_arguments(trig)
                agents = {a.i for a, r in read if r == "agent"}
                targets = {a.i for a, r in read if r == "target"}
                candidates = [
                    Candidate(bw._frame_head(c).lower_,
                              candidate_features(trig, c, agents, targets, rules),
                              any(a <= c.idx < b for a, b, _ in spans)
                              or (c.pos_ == "PROPN" and c.lower_ in surnames))
                    for c in sent if c.pos_ in CANDIDATE_POS and c.dep_ != "compound"
                    and c.i != trig.token.i
                ]  # fmt: skip
                gold = sorted({c.head for c in candidates if c.gold})
                events.append(Event(text[:40], gold, rules, candidates))
    return events


def fit(events: list[Event], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    pairs = [cand for e in events for cand in e.candidates]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([p.features for p in pairs])
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    model.fit(matrix, [int(p.gold) for p in pairs])
    return vectorizer, model


def best_scores(events: list[Event], vectorizer: DictVectorizer,
                model: LogisticRegression) -> list[dict[str, float]]:  # fmt: skip
    """Per event, head word -> the best probability of any candidate with that head."""
    out: list[dict[str, float]] = []
    for event in events:
        best: dict[str, float] = {}
        if event.candidates:
            probs = model.predict_proba(vectorizer.transform(
                [c.features for c in event.candidates]))[:, 1]  # fmt: skip
            for cand, p in zip(event.candidates, probs, strict=True):
                best[cand.head] = max(best.get(cand.head, 0.0), float(p))
        out.append(best)
    return out


def decide(event: Event, best: dict[str, float], mode: str, threshold: float) -> set[str]:
    top = max(best.items(), key=lambda kv: kv[1], default=None)
    chosen = {top[0]} if top is not None and top[1] >= threshold else set()
    if mode == "fill":
        return event.rules or chosen
    if mode == "filter":
        return {h for h in event.rules if best.get(h, 1.0) >= threshold}
    if mode == "model":
        return chosen
    if mode == "model_all":
        return {h for h, p in best.items() if p >= threshold}
    return event.rules


def score(events: list[Event], predicted: list[set[str]]) -> dict[str, Any]:
    """Attacker precision, recall and F1 by head word, as `newsledger eval` counts them."""
    tp = n_predicted = n_gold = 0
    for event, heads in zip(events, predicted, strict=True):
        remaining = list(event.gold)
        n_gold += len(remaining)
        for head in sorted(heads):
            n_predicted += 1
            if head in remaining:
                remaining.remove(head)
                tp += 1
    p = tp / n_predicted if n_predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp,
            "predicted": n_predicted, "gold": n_gold}  # fmt: skip


def cross_validated(events: list[Event], c: float,
                    extra: list[Event] | None = None) -> list[dict[str, float]]:  # fmt: skip
    """Per event, its candidates' scores from a model fitted on the other document folds
    (and on `extra`, outside data added to every fold's training)."""
    documents = sorted({e.document for e in events})
    fold_of = {d: k % FOLDS for k, d in enumerate(documents)}
    out: list[dict[str, float]] = [{} for _ in events]
    for fold in range(FOLDS):
        held = [k for k, e in enumerate(events) if fold_of[e.document] == fold]
        train = [e for e in events if fold_of[e.document] != fold] + (extra or [])
        vectorizer, model = fit(train, c)
        for k, best in zip(held, best_scores([events[k] for k in held], vectorizer, model),
                           strict=True):  # fmt: skip
            out[k] = best
    return out


def gvdb_trial(dev: list[Event], gvdb: Path) -> None:
    """Distant supervision from GVDB shooter names, scored on the dev split only."""
    shootings = read_gvdb_events(gvdb)
    print("GVDB train-fold triggers", len(shootings), "with a named shooter in the sentence",
          sum(bool(e.gold) for e in shootings))  # fmt: skip
    for name in ("gvdb", "gvdb+dev"):
        best: tuple[float, str, float, float] = (-1.0, "", 0.0, 0.0)
        for c in C_GRID:
            if name == "gvdb":
                probs = best_scores(dev, *fit(shootings, c))
            else:
                probs = cross_validated(dev, c, shootings)
            for mode in MODES[1:]:
                for threshold in THRESHOLDS:
                    pairs = zip(dev, probs, strict=True)
                    f1 = score(dev, [decide(e, b, mode, threshold) for e, b in pairs])["f1"]
                    if f1 > best[0] and mode != "fill":
                        best = (f1, mode, c, threshold)
        print(f"trained on {name}: best dev F1 other than fill {best}")


def main(folder: Path, gvdb: Path | None = None) -> None:
    dev = read_events(folder, bw.DEV_FILE)
    if gvdb is not None:
        gvdb_trial(dev, gvdb)
    test = read_events(folder, bw.TEST_FILE)
    print("rules: dev", score(dev, [e.rules for e in dev]),
          "test", score(test, [e.rules for e in test]))  # fmt: skip
    chosen: dict[str, tuple[float, float, float]] = {}
    for c in C_GRID:
        probs = cross_validated(dev, c)
        for mode in MODES[1:]:
            for threshold in THRESHOLDS:
                picked = [decide(e, b, mode, threshold) for e, b in zip(dev, probs, strict=True)]
                f1 = score(dev, picked)["f1"]
                if mode not in chosen or f1 > chosen[mode][0]:
                    chosen[mode] = (f1, c, threshold)
    for mode, (f1, c, threshold) in chosen.items():
        vectorizer, model = fit(dev, c)
        best = best_scores(test, vectorizer, model)
        once = score(test, [decide(e, b, mode, threshold) for e, b in zip(test, best, strict=True)])
        print(f"{mode}: C={c} threshold={threshold} dev (cross-validated) F1 {f1};",
              f"test once {once}")  # fmt: skip


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/bench/wikievents"),
         Path(sys.argv[2]) if len(sys.argv) > 2 else None)  # fmt: skip
