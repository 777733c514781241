"""Date normalisation on TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT): TIMEX3 DATE values.

Definitions:
- gold: TIMEX3 of type DATE inside <TEXT> whose value is a calendar value we can express
  (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); PRESENT_REF, seasons, quarters, decades, FY... are
  counted for recognition only;
- a prediction (a `DateExpression` with a value) matches a gold TIMEX3 when their character
  spans overlap; recognition precision/recall/F1 over all DATE TIMEX3s;
- `value_accuracy`: among matched gold expressible values, our value rendered at our precision
  (day -> YYYY-MM-DD, week -> YYYY-Www, month -> YYYY-MM, year -> YYYY) equals the gold value;
- the document creation time (DCT) is the publication date.
Newswire 1989-2000, English only. The corpus is read from ../shared at run time, never copied.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsledger.nlp.dates import find_date_expressions
from newsledger.nlp.types import DateExpression

TBAQ_DIR = Path("tempeval3_tbaq") / "data" / "TBAQ-cleaned"
EXPRESSIBLE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    value: str


def read_tml(path: Path) -> tuple[str, date | None, list[GoldTimex]]:
    """Plain text of <TEXT>, the DCT, and the DATE TIMEX3s with offsets into that text."""
    root = ET.parse(path).getroot()
    dct: date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", timex.get("value") or "")
            if m:
                dct = date(*map(int, m.groups()))
            break
    text_el = root.find("TEXT")
    pieces: list[str] = []
    gold: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, pieces))
        if el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if el.tag == "TIMEX3" and el.get("type") == "DATE":
            gold.append(GoldTimex(start, sum(map(len, pieces)), el.get("value") or ""))

    if text_el is not None:
        walk(text_el)
    return "".join(pieces), dct, gold


def render(expr: DateExpression) -> str | None:
    """Our value in TIMEX3 notation, at our precision."""
    if expr.value is None:
        return None
    if expr.precision == "week":
        year, week, _ = expr.value.isocalendar()
        return f"{year}-W{week:02d}"
    if expr.precision == "month":
        return expr.value.strftime("%Y-%m")
    if expr.precision == "year":
        return str(expr.value.year)
    return expr.value.isoformat()


def score_tempeval(bench_dir: Path, limit: int | None = None) -> dict[str, float]:
    """Recognition P/R/F1 and value accuracy of DATE expressions (see the module docstring)."""
    paths = sorted((bench_dir / TBAQ_DIR).rglob("*.tml"))
    if limit is not None:
        paths = paths[:limit]
    n_pred = n_pred_ok = n_gold = n_gold_found = n_value = n_value_ok = 0
    seconds = 0.0
    for path in paths:
        text, dct, gold = read_tml(path)
        started = time.perf_counter()
        found = [d for d in find_date_expressions(text, dct, "en") if d.relation != "time"]
        seconds += time.perf_counter() - started
        for d in found:
            n_pred += 1
            n_pred_ok += any(g.start < d.end and d.start < g.end for g in gold)
        for g in gold:
            n_gold += 1
            hit = next((d for d in found if g.start < d.end and d.start < g.end), None)
            if hit is None:
                continue
            n_gold_found += 1
            if EXPRESSIBLE.match(g.value):
                n_value += 1
                n_value_ok += render(hit) == g.value
    precision = n_pred_ok / n_pred if n_pred else 0.0
    recall = n_gold_found / n_gold if n_gold else 0.0
    return {
        "documents": float(len(paths)),
        "gold_dates": float(n_gold),
        "predictions": float(n_pred),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "value_accuracy": n_value_ok / n_value if n_value else 0.0,
        "ms_per_document": 1000 * seconds / max(1, len(paths)),
    }
