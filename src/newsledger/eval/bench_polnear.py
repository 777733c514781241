"""Score quote attribution on PolNeAR (political news attribution relations, brat standoff).

PolNeAR annotates every attribution: direct and reported speech, but also beliefs and intentions
("Trump thinks…", "voters want…") that newsledger does not try to find, so recall is bounded well
below 1 by design; precision and source/cue agreement say more about our quotes.

Matching rule (documented in the output keys):
- gold = one relation per `E` line of the first annotator's file for each text (sorted file
  name); its content, source and cue may be discontinuous (all parts are kept);
- a predicted quote matches a gold relation when their content spans overlap by at least
  CONTENT_OVERLAP_MIN of the shorter one; pairs are made one-to-one, largest overlap first;
- `source_acc`: among matched pairs whose gold relation has a source, the predicted speaker span
  overlaps the gold source, or the last word of the predicted (resolved) speaker occurs in it;
- `cue_acc`: among matched pairs with a gold cue, the predicted cue shares a word with it;
- `char_*`: precision/recall of content characters over the whole split (no pairing).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import ReadError
from newsledger.model import Quote
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


def polnear_root(bench_dir: Path) -> Path:
    """The PolNeAR folder from either ../shared/bench or ../shared/bench/polnear."""
    root = bench_dir / "polnear" if (bench_dir / "polnear").is_dir() else bench_dir
    if not (root / "data").is_dir():
        raise ReadError(f"{root} holds no PolNeAR data/ folder: pass ../shared/bench")
    return root


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


def score_polnear(
    bench_dir: Path, split: str = "dev", limit: int | None = None
) -> dict[str, float]:
    """Content P/R/F1, source and cue agreement of `find_quotes` on a PolNeAR split."""
    root = polnear_root(bench_dir)
    text_dir = root / "data" / split / "text"
    ann_dir = root / "data" / split / "attributions"
    if not text_dir.is_dir():
        raise ReadError(f"{text_dir} does not exist: PolNeAR ships train and dev splits here")
    nlp = load_pipeline("en")
    model_pipes = [(n, p) for n, p in nlp.pipeline if not n.startswith("newsledger_")]
    texts = sorted(text_dir.glob("*.txt"))[: limit if limit else None]
    n_pred = n_gold = matched = src_ok = src_n = cue_ok = cue_n = 0
    char_pred = char_gold = char_both = 0
    seconds = 0.0
    for path in texts:
        anns = sorted(ann_dir.glob(path.stem + "_*.ann"))
        if not anns:
            continue
        gold = read_ann(anns[0])
        text = path.read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        for _name, proc in model_pipes:
            doc = proc(doc)
        started = time.perf_counter()
        quotes = find_quotes(doc, path.stem, "en")
        seconds += time.perf_counter() - started
        n_pred += len(quotes)
        n_gold += len(gold)
        pairs = _pairs(quotes, gold)
        matched += len(pairs)
        for q, g in pairs:
            if g.source:
                src_n += 1
                src_ok += _source_ok(q, g, text)
            if g.cue and q.cue:
                cue_n += 1
                cue_ok += _cue_ok(q.cue, g, text)
        pred_chars = _chars([(q.span.start, q.span.end) for q in quotes])
        gold_chars = _chars([r for g in gold for r in g.content])
        char_pred += len(pred_chars)
        char_gold += len(gold_chars)
        char_both += len(pred_chars & gold_chars)
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    cp = char_both / char_pred if char_pred else 0.0
    cr = char_both / char_gold if char_gold else 0.0
    return {
        "docs": float(len(texts)),
        "gold": float(n_gold),
        "predicted": float(n_pred),
        "matched": float(matched),
        "content_p": p,
        "content_r": r,
        "content_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "source_acc": src_ok / src_n if src_n else 0.0,
        "cue_acc": cue_ok / cue_n if cue_n else 0.0,
        "char_p": cp,
        "char_r": cr,
        "char_f1": 2 * cp * cr / (cp + cr) if cp + cr else 0.0,
        "quote_ms_per_doc": 1000 * seconds / len(texts) if texts else 0.0,
    }


def _pairs(quotes: list[Quote], gold: list[GoldAttribution]) -> list[tuple[Quote, GoldAttribution]]:
    """One-to-one pairs whose content overlap reaches CONTENT_OVERLAP_MIN, largest first."""
    candidates: list[tuple[int, int, int]] = []
    for qi, q in enumerate(quotes):
        pr = [(q.span.start, q.span.end)]
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
