"""Score quote attribution on PolNeAR (political news attribution relations, brat standoff).

PolNeAR annotates every attribution: direct and reported speech, but also beliefs and intentions
("Trump thinks…", "voters want…") that newsledger does not try to find, so recall is bounded well
below 1 by design; precision and source/cue agreement say more about our quotes.

Matching rule (documented in the output keys):
- gold = one relation per `E` line of the first annotator's file for each text (sorted file
  name); its content, source and cue may be discontinuous (all parts are kept);
- predicted quotes are grouped into relations as PolNeAR annotates them: quotes of one paragraph
  with the same cue and the same speaker mention ("“A,” she said. “B.”") are one relation whose
  content is in several parts, like a gold content with ';' parts (`group_quotes`); the
  baseline's quotes are grouped the same way (same paragraph, same speaker mention);
- a predicted relation matches a gold relation when their contents overlap by at least
  CONTENT_OVERLAP_MIN of the shorter one; pairs are made one-to-one, largest overlap first;
- `quotes_content_*`: the same figures with every predicted quote its own relation (the count
  before grouping; the figure reported until grouping was introduced);
- `source_acc`: among matched pairs whose gold relation has a source, the predicted speaker span
  overlaps the gold source, or the last word of the predicted (resolved) speaker occurs in it;
- `cue_acc`: among matched pairs with a gold cue, the predicted cue shares a word with it;
- `char_*`: precision/recall of content characters over the whole split (no pairing).

Baseline, scored the same way on the same texts (`baseline.*`): every double-quoted stretch is a
quote and its speaker is the nearest PERSON entity before it. Quote rules are developed against
a sample of the train split only; the `heldout` fold is the dev split. The test split is not
shipped (kept for final evaluation).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsledger.errors import ReadError
from newsledger.eval.metrics import f1_score
from newsledger.model import Quote, Span
from newsledger.nlp.pipeline import load_pipeline
from newsledger.nlp.quotes import find_quotes

CONTENT_OVERLAP_MIN = 0.5
"""Share of the shorter content span two spans must share to count as the same quote."""

Ranges = list[tuple[int, int]]
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class GoldAttribution:
    """One PolNeAR relation: content, source and cue character ranges (possibly several parts)."""

    content: Ranges
    source: Ranges = field(default_factory=list)
    cue: Ranges = field(default_factory=list)


def polnear_root(folder: Path) -> Path:
    """The PolNeAR set folder (`../shared/bench/polnear`): the one holding `data/`."""
    if not (folder / "data").is_dir():
        raise ReadError(
            f"{folder} holds no PolNeAR data/ folder: pass the set folder ../shared/bench/polnear"
        )
    return folder


def splits_for(fold: str | None) -> tuple[str, ...]:
    """PolNeAR's own splits for a fold: rules are developed on train, so `heldout` (the
    default) and `dev` are the dev split, `train` the train split and `all` both (the test
    split is not shipped)."""
    if fold in (None, "heldout", "dev"):
        return ("dev",)
    if fold == "train":
        return ("train",)
    if fold == "all":
        return ("train", "dev")
    raise ValueError(f"unknown fold {fold!r}: use 'heldout', 'dev', 'train' or 'all'")


def read_ann(path: Path) -> list[GoldAttribution]:
    """Relations of one brat .ann file."""
    spans: dict[str, tuple[str, Ranges]] = {}
    relations: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            ranges = [
                (int(a), int(b))
                for a, b in (piece.split() for piece in offsets.split(";") if piece.strip())
            ]
            spans[parts[0]] = (label, ranges)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(parts[1].split())
    gold: list[GoldAttribution] = []
    for args in relations:
        item = GoldAttribution(content=[])
        for arg in args:
            role, _, ref = arg.partition(":")
            if ref not in spans:
                continue
            ranges = spans[ref][1]
            if role == "Content":
                item.content.extend(ranges)
            elif role == "Source":
                item.source.extend(ranges)
            elif role == "Cue":
                item.cue.extend(ranges)
        if item.content:
            gold.append(item)
    return gold


def _overlap(a: Ranges, b: Ranges) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(r: Ranges) -> int:
    return sum(e - s for s, e in r)


def _chars(r: Ranges) -> set[int]:
    return {i for s, e in r for i in range(s, e)}


@dataclass(slots=True)
class _Tally:
    """Counts behind the content, source and cue figures of one system over a split."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    quotes: int = 0
    matched_quotes: int = 0
    source_ok: int = 0
    source_n: int = 0
    cue_ok: int = 0
    cue_n: int = 0
    char_pred: int = 0
    char_gold: int = 0
    char_both: int = 0

    def add(self, quotes: list[Quote], gold: list[GoldAttribution], text: str) -> None:
        groups = group_quotes(quotes, text)
        self.predicted += len(groups)
        self.gold += len(gold)
        pairs = _pairs(groups, gold)
        self.quotes += len(quotes)
        self.matched_quotes += len(_pairs([[q] for q in quotes], gold))
        self.matched += len(pairs)
        for q, g in pairs:
            if g.source:
                self.source_n += 1
                self.source_ok += _source_ok(q, g, text)
            if g.cue and q.cue:
                self.cue_n += 1
                self.cue_ok += _cue_ok(q.cue, g, text)
        pred_chars = _chars([(q.span.start, q.span.end) for q in quotes])
        gold_chars = _chars([r for g in gold for r in g.content])
        self.char_pred += len(pred_chars)
        self.char_gold += len(gold_chars)
        self.char_both += len(pred_chars & gold_chars)

    def metrics(self) -> dict[str, float]:
        p = _ratio(self.matched, self.predicted)
        r = _ratio(self.matched, self.gold)
        cp = _ratio(self.char_both, self.char_pred)
        cr = _ratio(self.char_both, self.char_gold)
        up = _ratio(self.matched_quotes, self.quotes)
        ur = _ratio(self.matched_quotes, self.gold)
        return {
            "gold": float(self.gold),
            "predicted": float(self.predicted),
            "matched": float(self.matched),
            "content_p": p,
            "content_r": r,
            "content_f1": _f1(p, r),
            "quotes_predicted": float(self.quotes),
            "quotes_content_p": up,
            "quotes_content_r": ur,
            "quotes_content_f1": _f1(up, ur),
            "source_acc": _ratio(self.source_ok, self.source_n),
            "cue_acc": _ratio(self.cue_ok, self.cue_n),
            "char_p": cp,
            "char_r": cr,
            "char_f1": _f1(cp, cr),
        }


def score_polnear(
    folder: Path,
    *,
    limit: int | None = None,
    fold: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> dict[str, Any]:
    """Content P/R/F1, source and cue agreement of `find_quotes` on PolNeAR, with the
    quote-mark baseline (`baseline_quotes`) scored the same way on the same texts.

    `folder` is the set folder (`../shared/bench/polnear`); `limit` caps the texts read (in
    file-name order, over the fold's splits); `fold` picks the splits (`splits_for`);
    `progress(done, total)` is called after each text.
    """
    root = polnear_root(Path(folder))
    texts: list[tuple[Path, Path]] = []
    for split in splits_for(fold):
        text_dir = root / "data" / split / "text"
        if not text_dir.is_dir():
            raise ReadError(f"{text_dir} does not exist: PolNeAR ships train and dev splits here")
        for path in sorted(text_dir.glob("*.txt")):
            anns = sorted((root / "data" / split / "attributions").glob(path.stem + "_*.ann"))
            if anns:
                texts.append((path, anns[0]))
    texts = texts[:limit] if limit else texts
    nlp = load_pipeline("en")
    model_pipes = [(n, p) for n, p in nlp.pipeline if not n.startswith("newsledger_")]
    ours, baseline = _Tally(), _Tally()
    seconds = 0.0
    for done, (path, ann) in enumerate(texts, start=1):
        gold = read_ann(ann)
        text = path.read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        for _name, proc in model_pipes:
            doc = proc(doc)
        started = time.perf_counter()
        quotes = find_quotes(doc, path.stem, "en")
        seconds += time.perf_counter() - started
        ours.add(quotes, gold, text)
        baseline.add(baseline_quotes(doc, path.stem), gold, text)
        if progress is not None:
            progress(done, len(texts))
    result: dict[str, Any] = {"documents": len(texts), **ours.metrics()}
    result["baseline"] = baseline.metrics()
    result["quote_ms_per_doc"] = 1000 * seconds / len(texts) if texts else 0.0
    used_fold = fold or "heldout"
    split_names = "+".join(splits_for(fold))
    theirs = result["baseline"]
    result["scoreboard"] = [
        {
            "metric": f"quote content F1 ({split_names})",
            "score": result["content_f1"],
            "baseline": theirs["content_f1"],
            "baseline_name": BASELINE_NAME,
            "anchor": CITRON_ANCHOR,
            "fold": used_fold,
        },
        {
            "metric": f"quote source accuracy, matched quotes ({split_names})",
            "score": result["source_acc"],
            "baseline": theirs["source_acc"],
            "baseline_name": BASELINE_NAME,
            "anchor": None,
            "fold": used_fold,
        },
        {
            "metric": f"quote cue agreement, matched quotes ({split_names})",
            "score": result["cue_acc"],
            "baseline": None,
            "baseline_name": None,
            "anchor": None,
            "fold": used_fold,
        },
    ]
    return result


BASELINE_NAME = "quoted spans, nearest preceding PERSON"
CITRON_ANCHOR = "citron: 82.0 on quotes"

_DOUBLE_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"\n]+)\"")
"""Text between a pair of double quote marks (curly or straight) on one line."""


def baseline_quotes(doc: Doc, article_id: str) -> list[Quote]:
    """The simple baseline: every double-quoted stretch is a quote, its speaker the nearest
    PERSON entity that ends before the opening mark (none when there is none)."""
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    text = doc.text
    out: list[Quote] = []
    for match in _DOUBLE_QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        before = [ent for ent in people if ent.end_char <= match.start()]
        speaker = before[-1] if before else None
        out.append(
            Quote(
                speaker=speaker.text if speaker is not None else None,
                affiliation=None,
                cue=None,
                content=text[start:end],
                span=Span(article_id, start, end, text[start:end]),
                speaker_span=(
                    Span(article_id, speaker.start_char, speaker.end_char, speaker.text)
                    if speaker is not None
                    else None
                ),
            )
        )
    return out


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return f1_score(p, r)


def group_quotes(quotes: list[Quote], text: str) -> list[list[Quote]]:
    """Predicted quotes in relations: a quote joins the previous group when it has the same cue
    and the same speaker mention (speaker_span) and no paragraph break lies between them."""
    groups: list[list[Quote]] = []
    for q in sorted(quotes, key=lambda x: x.span.start):
        if groups:
            last = groups[-1][-1]
            if (
                q.speaker_span is not None
                and last.speaker_span is not None
                and (q.speaker_span.start, q.speaker_span.end)
                == (last.speaker_span.start, last.speaker_span.end)
                and q.cue == last.cue
                and "\n" not in text[last.span.end : q.span.start]
            ):
                groups[-1].append(q)
                continue
        groups.append([q])
    return groups


def _pairs(
    groups: list[list[Quote]], gold: list[GoldAttribution]
) -> list[tuple[Quote, GoldAttribution]]:
    """One-to-one pairs (first quote of a predicted relation, gold relation) whose content
    overlap reaches CONTENT_OVERLAP_MIN, largest first."""
    candidates: list[tuple[int, int, int]] = []
    quotes = [group[0] for group in groups]
    for qi, group in enumerate(groups):
        pr = [(q.span.start, q.span.end) for q in group]
        for gi, g in enumerate(gold):
            ov = _overlap(pr, g.content)
            shorter = min(_length(pr), _length(g.content))
            if ov and shorter and ov / shorter >= CONTENT_OVERLAP_MIN:
                candidates.append((ov, qi, gi))
    candidates.sort(reverse=True)
    used_q: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[Quote, GoldAttribution]] = []
    for _ov, qi, gi in candidates:
        if qi in used_q or gi in used_g:
            continue
        used_q.add(qi)
        used_g.add(gi)
        out.append((quotes[qi], gold[gi]))
    return out


def _source_ok(q: Quote, g: GoldAttribution, text: str) -> bool:
    if q.speaker_span is not None and _overlap(
        [(q.speaker_span.start, q.speaker_span.end)], g.source
    ):
        return True
    if not q.speaker:
        return False
    words = _WORD.findall(q.speaker.lower())
    gold_text = " ".join(text[s:e] for s, e in g.source).lower()
    return bool(words) and words[-1] in _WORD.findall(gold_text)


def _cue_ok(cue: str, g: GoldAttribution, text: str) -> bool:
    gold_words = set(_WORD.findall(" ".join(text[s:e] for s, e in g.cue).lower()))
    return bool(gold_words & set(_WORD.findall(cue.lower())))
