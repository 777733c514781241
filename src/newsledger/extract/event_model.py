"""A small learned event-type classifier: TF-IDF word and character n-grams of the text with
named entities masked by their type, lemma n-grams, and the rules' own reading (their sub-event
type, trigger families, actor kinds), a linear SVM over 30 classes.

Why learned: the rule cascade (`extract.events`) reads triggers and actor kinds; on real ACLED-style
snippets it confuses the classes whose difference is in the wording around the trigger (a
peaceful march vs one the police dispersed; a town taken vs retaken). A linear model over
n-grams learns that wording from labelled snippets, and the rules' decision is one of its inputs,
so it learns where to trust them.

Data: CASE 2021 Task 2 (`../shared/bench/case2021_task2`), its `train` fold ONLY
(`eval.folds.fold_of("case2021_task2", id) == "train"`, about half of the 1,019 snippets); the
`heldout` fold is never read here, except to print the held-out score after training; plus 90
example sentences of our own, three per class, from the codebook definitions
(`extract.event_examples`).
Rebuild (fixed seed, deterministic):

    python -m newsledger.extract.event_model train ../shared/bench/case2021_task2

Classes: the 25 ACLED sub-event codes of the set plus its 5 non-ACLED ones (natural or man-made
disaster, organised crime, diplomacy, attribution of responsibility): a snippet of one of those
five describes no ACLED event, which the extractor reports as no event type at all.

The weights ship as a compressed numpy archive (`data/event_types.npz`, vocabularies, idf and
float16 coefficients), loaded with `allow_pickle=False`: no pickle, no sklearn version lock.
"""

from __future__ import annotations

import argparse
import csv
import functools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2
from spacy.tokens import Span, Token

from newsledger.errors import ReadError

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "event_types.npz"
SET_NAME = "case2021_task2"
CASE_FILE = "test_set_final_release_with_labels.tsv"
SEED = 0
"""Fixed seed of the SVM's coordinate descent: a rebuild gives the same weights."""

SVM_C = 1.0
"""Chosen by 5-fold cross-validation on the train fold (C in 0.3, 0.5, 1, 2, 10 for the SVM and
logistic regression, rule pseudo-words weighted 0, 1 or 2): C=1 with weight 1 (C=2 ties)."""

MASKED_ENTITIES = frozenset(
    {"GPE", "PERSON", "ORG", "NORP", "LOC", "FAC", "DATE", "CARDINAL", "TIME"}
)
"""Entity types written as their label: with 500 training snippets the names of villages,
people and dates are noise; their type is what generalises. Cross-validated on the train fold,
weighted F1 on the 25 seen types: raw words + characters 0.758, + lemmas 0.771, masked words +
masked characters + lemmas 0.786."""

RULE_WEIGHT = 1.0
"""Scale of the rules' pseudo-word block against the n-gram blocks (see SVM_C). 5-fold
cross-validation on the train fold (3 shuffles), weighted F1 on the 25 seen types: weight 0 ->
0.708, 1 -> 0.779, 1.5 -> 0.764, 2 -> 0.755, 3 -> 0.730."""

PAIR_WEIGHT = 0.7
"""Scale of the dependency-pair block (`dependency_pairs`). Cross-validated as RULE_WEIGHT:
without it 0.779, 0.35 -> 0.782, 0.5 -> 0.785, 0.7 -> 0.788 weighted F1 on the 25 seen types.
Other inputs tried there and left out: lexicon-family and keyword-prototype pseudo-words (0.776),
logistic regression (0.757), a ridge or naive-Bayes ensemble (0.783 / 0.787, within noise)."""

NB_WEIGHT = 0.1
"""Weight of a complement naive Bayes over the same features, folded into the SVM's
coefficients (`fold_naive_bayes`). Naive Bayes reads the rare classes' words from few examples
better than the margin-based SVM; its log-likelihoods are linear in the features, so the
ensemble is one linear model and the shipped file does not grow. 5-fold cross-validation on
the train fold (3 shuffles), weighted F1 seen 25 / all 30: SVM alone 0.788 / 0.767, NB weight
0.05 -> 0.789 / 0.774, 0.1 -> 0.790 / 0.785, 0.2 -> 0.782 / 0.780 (alpha 0.1)."""

NB_ALPHA = 0.1
"""Additive smoothing of that naive Bayes (alpha 0.1 -> 0.785, 0.3 -> 0.779, 1.0 -> 0.768
weighted F1 on all 30, cross-validated as NB_WEIGHT)."""

COEF_MANTISSA_BITS = 5
"""Mantissa bits kept of each float16 coefficient (of 10): the rounded matrix compresses to 1.8
MB instead of 2.5 (the file stays under 3 MB); on the train fold's snippets it changes no
prediction and no score by more than 0.025 SVM units."""

PAIR_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "agent", "compound", "amod"})
"""Dependencies read as (relation, head lemma, dependent) pairs: who did what to whom."""

ACTOR_TOKEN_PREFIXES = ("AGENT_", "TARGET_")
"""The rules' actor pseudo-words are left out of the classifier's input: the n-grams and
dependency pairs already carry who acted on whom, and with them every change to
`extract.actors` shifted the classifier. 5-fold cross-validation on the train fold (3 shuffles),
weighted F1 seen 25 / macro seen 25 / weighted all 30: with them 0.788 / 0.742 / 0.782, without
0.789 / 0.746 / 0.784."""

CHAR_MIN_DF = 2
"""A character n-gram must occur in two training snippets: halves the vocabulary (and the
shipped file) with no loss in cross-validation."""

WORD_NGRAMS = (1, 3)
LEMMA_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
BLOCKS = ("word", "char", "lemma", "pair", "rule")
BLOCK_WEIGHTS = {"rule": RULE_WEIGHT, "pair": PAIR_WEIGHT}

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
"""CASE 2021 code -> ACLED sub-event type (the 25 seen types)."""

UNSEEN_CODES = frozenset(
    {"MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB"}
)
"""The set's five non-ACLED classes: the snippet states no ACLED event."""

SUB_TO_CODE = {sub: code for code, sub in CODE_TO_SUB.items()}


class EventModelError(ReadError):
    """The shipped event-type model is missing or unreadable: rebuild it with
    `python -m newsledger.extract.event_model train ../shared/bench/case2021_task2`."""


@dataclass(frozen=True, slots=True)
class TextViews:
    """What the classifier reads of a text: its words with entities masked, its lemmas, and its
    dependency pairs."""

    masked: str
    lemmas: str
    pairs: str = ""


def text_views(spans: Sequence[Span]) -> TextViews:
    """The classifier's views of some sentences of a parsed Doc."""
    masked: list[str] = []
    lemmas: list[str] = []
    for span in spans:
        for tok in span:
            if tok.is_space:
                continue
            masked.append(tok.ent_type_ if tok.ent_type_ in MASKED_ENTITIES else tok.lower_)
            if not tok.is_punct:
                lemmas.append(tok.lemma_.lower())
    pairs = [pair for span in spans for pair in dependency_pairs(span)]
    return TextViews(" ".join(masked), " ".join(lemmas), " ".join(pairs))


def _pair_word(tok: Token) -> str:
    """A dependent as the pair names it: its entity type if it is a name, else its lemma."""
    return tok.ent_type_ or tok.lemma_.lower()


def dependency_pairs(span: Span) -> list[str]:
    """Who did what to whom, as words: "dobj:fire:gas", "nsubj:disperse:police",
    "p:march_in:GPE" (a preposition's object with its governor), "NEG:attack" (a negated word).
    Why: the n-grams see "police" and "disperse" apart; the pair says the police dispersed."""
    out: list[str] = []
    for tok in span:
        if " " in tok.text or tok.is_space:
            continue
        if tok.dep_ in PAIR_DEPS:
            out.append(f"{tok.dep_}:{tok.head.lemma_.lower()}:{_pair_word(tok)}")
        elif tok.dep_ == "pobj":
            prep = tok.head
            out.append(f"p:{prep.head.lemma_.lower()}_{prep.lower_}:{_pair_word(tok)}")
        if tok.dep_ == "neg":
            out.append(f"NEG:{tok.head.lemma_.lower()}")
    return ["".join(p.split()) for p in out]


@dataclass(frozen=True, slots=True)
class EventPrediction:
    """The classifier's code for a text, and the ACLED sub-event type it stands for (None when
    the code is one of the non-ACLED classes: no ACLED event)."""

    code: str
    sub_event_type: str | None
    margin: float


def _vectorizers() -> dict[str, TfidfVectorizer]:
    return {
        "word": TfidfVectorizer(ngram_range=WORD_NGRAMS, sublinear_tf=True, lowercase=False),
        "char": TfidfVectorizer(
            analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True,
            min_df=CHAR_MIN_DF, lowercase=False,
        ),
        "lemma": TfidfVectorizer(ngram_range=LEMMA_NGRAMS, sublinear_tf=True),
        "pair": TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True),
        "rule": TfidfVectorizer(token_pattern=r"\S+", lowercase=False, use_idf=False),
    }  # fmt: skip


def _inputs(views: Sequence[TextViews], rules: Sequence[Sequence[str]]) -> dict[str, list[str]]:
    return {
        "word": [v.masked for v in views],
        "char": [v.masked for v in views],
        "lemma": [v.lemmas for v in views],
        "pair": [v.pairs for v in views],
        "rule": [" ".join(t for t in r if not t.startswith(ACTOR_TOKEN_PREFIXES)) for r in rules],
    }


def _stack(blocks: list[Any]) -> Any:
    """One sparse row per text: the blocks side by side, each scaled by its BLOCK_WEIGHTS."""
    from scipy.sparse import hstack

    weighted = [b * BLOCK_WEIGHTS.get(name, 1.0) for name, b in zip(BLOCKS, blocks, strict=True)]
    return hstack(weighted).tocsr()


def tfidf_rows(
    vectorizer: TfidfVectorizer, analyze: Callable[[str], list[str]], docs: Sequence[str]
) -> Any:
    """What a fitted `vectorizer.transform(docs)` gives (the same float64 values, bit for bit: the
    same counts in the same order, then sublinear tf, idf and the same in-place L2 norm), without
    sklearn's per-call validation. Why: the classifier scores one article at a time, and on a
    short article that validation (dataframe checks, dtype checks, parameter checks) cost more
    than the counting itself: 40% of the classifier's time on the synthetic batch corpus."""
    vocabulary: dict[str, int] = vectorizer.vocabulary_
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for doc in docs:
        counted: dict[int, int] = {}
        for feature in analyze(doc):
            index = vocabulary.get(feature)
            if index is not None:
                counted[index] = counted.get(index, 0) + 1
        indices.extend(counted)
        counts.extend(counted.values())
        indptr.append(len(indices))
    matrix = csr_matrix(
        (
            np.asarray(counts, dtype=np.float64),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(docs), len(vocabulary)),
    )
    matrix.sort_indices()
    if vectorizer.sublinear_tf:
        np.log(matrix.data, matrix.data)
        matrix.data += 1.0
    if vectorizer.use_idf:
        matrix.data *= vectorizer.idf_[matrix.indices]
    if vectorizer.norm == "l2":
        inplace_csr_row_normalize_l2(matrix)
    elif vectorizer.norm is not None:
        raise ValueError(f"tfidf_rows computes L2 norms only, not {vectorizer.norm!r}")
    return matrix


class EventTypeModel:
    """The linear classifier, rebuilt from the shipped arrays."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        self.classes: list[str] = [str(c) for c in arrays["classes"]]
        self.coef = np.asarray(arrays["coef"], dtype=np.float32)
        self.intercept = np.asarray(arrays["intercept"], dtype=np.float32)
        # The product with the float64 TF-IDF rows runs in float64 over a C-ordered matrix:
        # scipy would otherwise cast and copy the whole transposed coefficient matrix on every
        # call (the same values, exactly: float32 -> float64 is lossless).
        self.coef_by_feature = np.ascontiguousarray(self.coef.T, dtype=np.float64)
        self.vectorizers = _vectorizers()
        for name, vec in self.vectorizers.items():
            vocab = [str(t) for t in arrays[f"{name}_vocab"]]
            vec.vocabulary = {t: i for i, t in enumerate(vocab)}
            vec.fit(vocab[:1])  # fixes the vocabulary; idf below replaces the fitted one
            if name != "rule":
                vec.idf_ = np.asarray(arrays[f"{name}_idf"], dtype=np.float64)
        self.analyzers = {name: vec.build_analyzer() for name, vec in self.vectorizers.items()}
        self.seen_mask = np.array([c in CODE_TO_SUB for c in self.classes])

    def scores(self, views: Sequence[TextViews], rules: Sequence[Sequence[str]]) -> np.ndarray:
        """Decision scores, one row per text, one column per class."""
        inputs = _inputs(views, rules)
        blocks = [
            tfidf_rows(self.vectorizers[name], self.analyzers[name], inputs[name])
            for name in BLOCKS
        ]
        matrix = _stack(blocks)
        return np.asarray(matrix @ self.coef_by_feature) + self.intercept

    def predict(
        self, views: Sequence[TextViews], rules: Sequence[Sequence[str]], *,
        seen_only: bool = False,
    ) -> list[EventPrediction]:  # fmt: skip
        """Best class per text; `seen_only` restricts the choice to the 25 ACLED types."""
        return [both[1] if seen_only else both[0] for both in self.predict_both(views, rules)]

    def predict_both(
        self, views: Sequence[TextViews], rules: Sequence[Sequence[str]]
    ) -> list[tuple[EventPrediction, EventPrediction]]:
        """(best of all 30 classes, best of the 25 ACLED types) per text, from one scoring."""
        everything = np.ones_like(self.seen_mask)
        return [
            (self._best(row, everything), self._best(row, self.seen_mask))
            for row in self.scores(views, rules)
        ]

    def predict_non_acled(
        self, views: Sequence[TextViews], rules: Sequence[Sequence[str]]
    ) -> list[EventPrediction]:
        """Best of the five non-ACLED classes per text (which kind of no-event it is)."""
        return [self._best(row, ~self.seen_mask) for row in self.scores(views, rules)]

    def _best(self, row: np.ndarray, mask: np.ndarray) -> EventPrediction:
        masked = np.where(mask, row, -np.inf)
        order = np.argsort(masked)[::-1]
        best = self.classes[int(order[0])]
        margin = float(masked[order[0]] - masked[order[1]])
        return EventPrediction(best, CODE_TO_SUB.get(best), margin)


@functools.cache
def load_event_model(path: Path = MODEL_PATH) -> EventTypeModel:
    """The shipped model, loaded once per process."""
    if not path.exists():
        raise EventModelError(f"{path} is missing: {EventModelError.__doc__}")
    try:
        with np.load(path, allow_pickle=False) as data:
            return EventTypeModel({k: data[k] for k in data.files})
    except (OSError, ValueError, KeyError) as exc:
        raise EventModelError(f"{path} is unreadable ({exc}): {EventModelError.__doc__}") from exc


# --- training -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snippet:
    """One labelled CASE 2021 snippet with what the rules read in it."""

    snippet_id: str
    text: str
    code: str
    rules: tuple[str, ...]
    views: TextViews
    non_acled: str | None = None
    """The CASE code of the rules' non-ACLED cue (`extract.events.non_acled_cue`), if any."""


def read_snippets(bench_dir: Path) -> list[tuple[str, str, str]]:
    """(id, text, code) of every labelled snippet of the set."""
    path = Path(bench_dir) / CASE_FILE
    if not path.exists():
        raise ReadError(f"{path} not found: keep ../shared/bench/case2021_task2 beside the repo")
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (row["id"].strip(), row["EventSnippet"], row["SubType"].strip())
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def read_with_rules(rows: Sequence[tuple[str, str, str]]) -> list[Snippet]:
    """Parse each snippet with the English pipeline and record the rules' reading of it."""
    from newsledger.extract.actors import extract_actors
    from newsledger.extract.events import non_acled_cue, rule_tokens
    from newsledger.extract.weapons import extract_weapons
    from newsledger.nlp.pipeline import load_pipeline

    nlp = load_pipeline("en")
    out: list[Snippet] = []
    for (sid, text, code), doc in zip(rows, nlp.pipe((r[1] for r in rows), batch_size=64),
                                      strict=True):  # fmt: skip
        sents = list(doc.sents)
        actors = extract_actors(sents, SET_NAME)
        weapons = extract_weapons(sents, SET_NAME)
        _decision, tokens = rule_tokens(sents, actors, weapons, [])
        cue = non_acled_cue(sents, actors, weapons)
        out.append(Snippet(sid, text, code, tuple(tokens), text_views(sents),
                           cue.code if cue else None))  # fmt: skip
    return out


def codebook_rows() -> list[tuple[str, str, str]]:
    """(id, text, code) of the codebook example sentences (`extract.event_examples`), trained on
    beside the CASE 2021 train fold: new wording for the rare classes (see that module)."""
    from newsledger.extract.event_examples import CODEBOOK_EXAMPLES

    return [
        (f"codebook-{code}-{i}", text, code)
        for code, texts in CODEBOOK_EXAMPLES.items()
        for i, text in enumerate(texts)
    ]


def train(snippets: Sequence[Snippet]) -> dict[str, np.ndarray]:
    """Fit the vectorizers and the SVM; return the arrays to ship."""
    from sklearn.svm import LinearSVC

    vectorizers = _vectorizers()
    inputs = _inputs([s.views for s in snippets], [s.rules for s in snippets])
    blocks = [vectorizers[name].fit_transform(inputs[name]) for name in BLOCKS]
    matrix = _stack(blocks)
    labels = [s.code for s in snippets]
    svm = LinearSVC(C=SVM_C, class_weight="balanced", random_state=SEED, max_iter=10_000)
    svm.fit(matrix, labels)
    coef = fold_naive_bayes(svm.coef_, matrix, labels, list(svm.classes_))

    def vocab(vec: TfidfVectorizer) -> np.ndarray:
        items = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
        return np.array([t for t, _ in items])

    arrays = {
        "classes": np.array([str(c) for c in svm.classes_]),
        "coef": round_mantissa(coef.astype(np.float16), COEF_MANTISSA_BITS),
        "intercept": svm.intercept_.astype(np.float32),
    }
    for name, vec in vectorizers.items():
        arrays[f"{name}_vocab"] = vocab(vec)
        if name != "rule":
            arrays[f"{name}_idf"] = vec.idf_.astype(np.float32)
    return arrays


def round_mantissa(values: np.ndarray, keep: int) -> np.ndarray:
    """float16 values rounded to nearest with `keep` of their 10 mantissa bits: fewer distinct
    values, so the compressed file shrinks, at a relative error of at most 2**-(keep + 1)."""
    drop = 10 - keep
    if drop <= 0:
        return values
    bits = values.astype(np.float16).view(np.uint16).astype(np.uint32)
    rounded = ((bits + (1 << (drop - 1))) >> drop) << drop
    return rounded.astype(np.uint16).view(np.float16)


def fold_naive_bayes(
    svm_coef: np.ndarray, matrix: Any, labels: Sequence[str], classes: Sequence[str]
) -> np.ndarray:
    """The SVM's coefficients plus NB_WEIGHT times a complement naive Bayes's feature
    log-probabilities, centred per feature.

    Why one matrix: naive Bayes scores a text by `X @ feature_log_prob.T`, linear like the SVM,
    and its log-probability differs from that by one constant per text, which moves no class
    against another; centring each feature across classes changes no difference between
    classes either, and keeps the values small enough for float16."""
    from sklearn.naive_bayes import ComplementNB

    bayes = ComplementNB(alpha=NB_ALPHA).fit(matrix, list(labels))
    if [str(c) for c in bayes.classes_] != [str(c) for c in classes]:
        raise ValueError("naive Bayes and SVM classes differ")
    log_prob = np.asarray(bayes.feature_log_prob_, dtype=np.float64)
    centred = log_prob - log_prob.mean(axis=0, keepdims=True)
    return np.asarray(svm_coef, dtype=np.float64) + NB_WEIGHT * centred


MARGIN_GRID = 0.05
"""Step of the leads `safe_leads` chooses among."""


@dataclass(frozen=True, slots=True)
class HeldOutReading:
    """One train-fold snippet as a model trained without it read it (cross-validation): the
    gold code, the rules' code (None: no rule type) and the classifier's best codes and leads."""

    gold: str
    rule_code: str | None
    best_all: EventPrediction
    best_seen: EventPrediction


def cross_validated_readings(
    snippets: Sequence[Snippet], extra: Sequence[Snippet], *, folds: int = 5, shuffles: int = 3
) -> list[HeldOutReading]:
    """Each snippet read by a model trained on the other folds plus `extra` (the codebook
    examples), once per shuffle (fixed seeds)."""
    from sklearn.model_selection import StratifiedKFold

    from newsledger.extract.events import rule_token

    token_to_code = {rule_token(sub): code for sub, code in SUB_TO_CODE.items()}
    labels = [s.code for s in snippets]
    out: list[HeldOutReading] = []
    for shuffle in range(shuffles):
        split = StratifiedKFold(folds, shuffle=True, random_state=SEED + shuffle)
        for train_idx, test_idx in split.split(np.zeros(len(labels)), labels):
            model = EventTypeModel(train([snippets[i] for i in train_idx] + list(extra)))
            tested = [snippets[i] for i in test_idx]
            both = model.predict_both([s.views for s in tested], [s.rules for s in tested])
            for item, (best_all, best_seen) in zip(tested, both, strict=True):
                rule_code = next((token_to_code[t] for t in item.rules if t in token_to_code),
                                 None)  # fmt: skip
                out.append(HeldOutReading(item.code, rule_code, best_all, best_seen))
    return out


def safe_leads(readings: Sequence[HeldOutReading]) -> tuple[float, float]:
    """(override lead, no-event lead): the smallest leads, on a MARGIN_GRID grid, at which the
    classifier never replaced a right rule type in `readings` (by another ACLED type, or by a
    non-ACLED class meaning no event).

    Why this bound for articles: there the classifier reads text unlike its training snippets
    and cannot be scored (the gold reports are too few to tune on); the lead at which, on its
    own kind of text, it never overturned a right rule type is the least it should need."""

    def above(leads: list[float]) -> float:
        worst = max(leads, default=-MARGIN_GRID)
        # the next grid step strictly above the worst lead (1e-9: 0.3 / 0.05 is 5.999...)
        return round((np.floor(worst / MARGIN_GRID + 1e-9) + 1) * MARGIN_GRID, 2)

    typed = [r for r in readings if r.rule_code in CODE_TO_SUB and r.gold == r.rule_code]
    override = [r.best_seen.margin for r in typed if r.best_seen.code != r.rule_code]
    no_event = [r.best_all.margin for r in typed if r.best_all.code in UNSEEN_CODES]
    return above(override), above(no_event)


def main(argv: Sequence[str] | None = None) -> int:
    """`train BENCH_DIR [--out PATH]`: rebuild the model on the train fold, print held-out F1;
    `margins BENCH_DIR`: the article policy's leads by cross-validation on the train fold."""
    from newsledger.eval.folds import fold_of

    parser = argparse.ArgumentParser(prog="python -m newsledger.extract.event_model")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("train", help="train on the CASE 2021 train fold, report held-out")
    cmd.add_argument("bench_dir", type=Path)
    cmd.add_argument("--out", type=Path, default=MODEL_PATH)
    leads = sub.add_parser(
        "margins", help="cross-validate on the train fold: the article policy's safe leads"
    )
    leads.add_argument("bench_dir", type=Path)
    args = parser.parse_args(argv)
    rows = read_snippets(args.bench_dir)
    train_rows = [r for r in rows if fold_of(SET_NAME, r[0]) == "train"]
    if args.command == "margins":
        readings = cross_validated_readings(read_with_rules(train_rows),
                                            read_with_rules(codebook_rows()))  # fmt: skip
        override, no_event = safe_leads(readings)
        print(f"override lead {override:.2f}, no-event lead {no_event:.2f} "
              f"({len(readings)} cross-validated readings)")  # fmt: skip
        return 0
    arrays = train(read_with_rules(train_rows + codebook_rows()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    load_event_model.cache_clear()
    print(f"trained on {len(train_rows)} train-fold snippets and {len(codebook_rows())} codebook "
          f"examples -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    from newsledger.eval.bench_case2021 import score_case2021

    result = score_case2021(args.bench_dir, fold="heldout", model_path=args.out)
    for row in result["scoreboard"]:
        beside = f" ({row['baseline_name']}: {row['baseline']:.3f})" if row["baseline_name"] else ""
        print(f"heldout {row['metric']}: {row['score']:.3f}{beside}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
