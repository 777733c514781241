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
Baseline measured in the same run: dateparser alone, given the same matched gold expression's
text and the DCT as its relative base, rendered at the period dateparser reports. Published
anchor: HeidelTime-class systems reach about 0.78 value F1 on TempEval-3.

Called with the set folder itself (`../shared/bench/tempeval3_tbaq`); documents are folded by
file name (`eval.folds`). Newswire 1989-2000, English only. The corpus is read from ../shared at
run time, never copied.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsledger.errors import ReadError
from newsledger.eval.folds import in_fold
from newsledger.eval.metrics import f1_score
from newsledger.nlp.dates import find_date_expressions
from newsledger.nlp.types import DateExpression

SET_NAME = "tempeval3_tbaq"
TBAQ_DIR = Path("data") / "TBAQ-cleaned"
"""TimeBank + AQUAINT inside the set folder."""

HEIDELTIME_ANCHOR = "HeidelTime-class: about 0.78 value F1 on TempEval-3"
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


def tml_paths(folder: Path) -> list[Path]:
    """The .tml files of the set folder (`../shared/bench/tempeval3_tbaq`), sorted."""
    paths = sorted((Path(folder) / TBAQ_DIR).rglob("*.tml"))
    if not paths:
        raise ReadError(
            f"no .tml files under {Path(folder) / TBAQ_DIR}: give the TempEval-3 set folder "
            "itself (../shared/bench/tempeval3_tbaq, which holds data/TBAQ-cleaned)"
        )
    return paths


def dateparser_value(text: str, dct: date | None) -> str | None:
    """Baseline: dateparser alone on an expression, relative to the DCT, at its own period."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    value = data.date_obj.date()
    period = data.period or "day"
    return render(DateExpression(0, 0, text, value, value, period))


def score_tempeval(
    folder: Path, *, limit: int | None = None, fold: str | None = None
) -> dict[str, Any]:
    """Recognition P/R/F1 and value accuracy of DATE expressions (see the module docstring)."""
    fold = fold or "heldout"  # tuned on `train`: the figure to report is the held-out one
    paths = [p for p in tml_paths(folder) if in_fold(SET_NAME, p.name, fold)]
    if limit is not None:
        paths = paths[:limit]
    n_pred = n_pred_ok = n_gold = n_gold_found = n_value = n_value_ok = n_base_ok = 0
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
                n_base_ok += dateparser_value(text[g.start : g.end], dct) == g.value
    precision = n_pred_ok / n_pred if n_pred else 0.0
    recall = n_gold_found / n_gold if n_gold else 0.0
    f1 = f1_score(precision, recall)
    accuracy = n_value_ok / n_value if n_value else 0.0
    baseline = n_base_ok / n_value if n_value else 0.0
    return {
        "documents": len(paths),
        "gold_dates": float(n_gold),
        "predictions": float(n_pred),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "value_accuracy": accuracy,
        "baseline_dateparser_value_accuracy": baseline,
        "ms_per_document": 1000 * seconds / max(1, len(paths)),
        "scoreboard": [
            {
                "metric": "value accuracy",
                "score": round(accuracy, 4),
                "baseline": round(baseline, 4),
                "baseline_name": "dateparser alone",
                "anchor": HEIDELTIME_ANCHOR,
                "fold": fold,
            },
            {
                "metric": "recognition F1",
                "score": round(f1, 4),
                "baseline": None,
                "baseline_name": None,
                "anchor": None,
                "fold": fold,
            },
        ],
    }
