"""Per-article facts on the Gun Violence Database dev split (../shared/bench/gvdb).

GVDB (Pavlick et al. 2016) gives, per news article, a crowd-annotated city and victims each marked
injured / hospitalized / killed. Gold per article: the city as annotated, the number of victims
marked killed, and the number marked injured or hospitalized but not killed.

The prediction is the real system: the rule extractor over the whole article (text and title);
the main mention's place (its town name) is the city, and its `totals` (one total per count over
all sides, see `extract.totals.mention_totals`) give killed and injured, less the perpetrators
among them: GVDB's annotators list victims (a shooter shot dead by police is in the
shooter section, with no outcome), while GVA counts the shooter among the killed.

Reported per article: `city` accuracy over the articles with an annotated city, `killed` and
`injured` exact-match accuracy over all articles, plus count-level precision / recall / F1
(true positives = min(predicted, gold)). Baselines measured in the same run: the majority class
for killed / injured, and the first resolved place name for the city.

Called with the set folder itself (`../shared/bench/gvdb`). The split read is `splits/dev.tsv`
(the `splits/dev.json` next to it is the JSON Lines tokenisation of the same articles, not a gold
file). Items are folded by article id (`eval.folds`): tune on `train`, report `heldout`. The data
is third-party and stays in ../shared; nothing of it is copied into the repository.
"""

from __future__ import annotations

import csv
import json
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.errors import ReadError
from newsledger.eval.folds import in_fold
from newsledger.eval.metrics import f1_score
from newsledger.model import Article, Mention
from newsledger.nlp.types import Place

SET_NAME = "gvdb"
SCORED_KINDS = ("killed", "injured")
SPLIT_FILE = Path("splits") / "dev.tsv"
"""The split scored (the test split is kept aside by the project's maintainers)."""

BATCH = 32
"""Articles analysed at once (bounds memory, as the ingest runner does)."""


@dataclass(frozen=True, slots=True)
class GvdbArticle:
    """One GVDB article and its gold facts."""

    article_id: str
    text: str
    title: str
    url: str
    city: str
    state: str
    killed: int
    injured: int


def split_path(folder: Path) -> Path:
    """The dev split TSV of the set folder (`../shared/bench/gvdb`)."""
    path = Path(folder) / SPLIT_FILE
    if path.exists():
        return path
    raise ReadError(
        f"{path} not found: give the GVDB set folder itself (../shared/bench/gvdb, which holds "
        "splits/dev.tsv)"
    )


def read_gvdb(path: Path) -> Iterator[GvdbArticle]:
    """Articles of a GVDB split TSV with their gold city and counts."""
    if not path.exists():
        raise ReadError(f"GVDB split {path} not found: keep ../shared/bench/gvdb beside the repo")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                record = json.loads(row["Json"])
            except (KeyError, json.JSONDecodeError) as exc:
                row_id = row.get("Article id")
                raise ReadError(f"{path}: row {row_id} has no readable Json") from exc
            killed = injured = 0
            for victim in record.get("victim-section") or []:
                outcome = set(victim.get("victim-was") or [])
                if "killed" in outcome:
                    killed += 1
                elif outcome & {"injured", "hospitalized"}:
                    injured += 1
            when = record.get("date-and-time") or {}
            city = annotated_city(when.get("city") or {}, row["Full text"],
                                  row.get("Article title") or "")  # fmt: skip
            state = str(when.get("state") or "").partition(" - ")[2]
            yield GvdbArticle(
                row["Article id"],
                row["Full text"],
                row.get("Article title") or "",
                row.get("Article url") or "",
                city.strip(),
                state.strip(),
                killed,
                injured,
            )


def annotated_city(field: dict[str, Any], text: str, title: str) -> str:
    """The crowd's city as written. A span that starts before the article (a negative
    startIndex: it began in the crawl's "publication date: ..." header line, which the Full text
    column lacks, so its value holds that line and the headline too) is read as the part of the
    span inside the article, after the headline glued to its start ("...on east sideDETROIT"
    -> "DETROIT")."""
    value = str(field.get("value") or "")
    start, end = field.get("startIndex"), field.get("endIndex")
    if not (isinstance(start, int) and isinstance(end, int) and start < 0 < end):
        return value
    inside = text[:end]
    if title and inside.startswith(title.strip()):
        inside = inside[len(title.strip()) :]
    return inside.strip() or value


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and a leading "city of" do not make two city names differ."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    words = text.split()
    if words[:2] == ["city", "of"]:
        words = words[2:]
    return " ".join(words)


COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "downtown", "central"}
)  # fmt: skip
"""Words that make an annotated city a part of it ("southwest Houston", "New Orleans East")."""

SAME_CITY_KM = 25.0
"""A predicted town this close to the annotated city, in the same state, is the same place told
at another scale (a neighbourhood or the city it belongs to): the merge stage's own threshold
(merge.consensus.PLACE_CONSISTENT_KM)."""


def gold_place(city: str, state: str) -> Place | None:
    """The annotated city resolved in the gazetteer within its state (compass words dropped)."""
    from newsledger.nlp.gazetteer import Gazetteer

    words = [w for w in city.replace(",", " ").split() if w.lower() not in COMPASS_WORDS]
    if not words or not state:
        return None
    for place in Gazetteer.default().lookup(" ".join(words), "US"):
        if place.admin1 == state and place.feature in ("city", "admin2"):
            return place
    return None


def city_matches(predicted: Mention | None, gold: str, state: str = "") -> bool:
    """The gold city equals the predicted place's gazetteer name or its name as written, or the
    predicted town lies within SAME_CITY_KM of the annotated city in the same state."""
    if predicted is None:
        return False
    from newsledger.nlp.gazetteer import distance_km

    want = normalise_name(gold)
    for claim in predicted.claims:
        if claim.field == "location" and isinstance(claim.value, dict):
            value = claim.value
            names = (value.get("name"), value.get("name_as_written"))
            if any(isinstance(n, str) and normalise_name(n) == want for n in names):
                return True
            reference = gold_place(gold, state)
            lat, lon = value.get("latitude"), value.get("longitude")
            if reference is None or not isinstance(lat, float) or not isinstance(lon, float):
                return False
            if value.get("admin1") != state or value.get("feature") != "city":
                return False
            here = Place(0, "", "US", state, None, lat, lon, "city")
            return distance_km(here, reference) <= SAME_CITY_KM
    return False


def first_place_name(doc: Any) -> str | None:
    """Baseline: the first place name the gazetteer resolves in the article."""
    for mention in doc._.places or []:
        if mention.place is not None:
            return str(mention.place.name)
    return None


def _count_scores(pairs: Sequence[tuple[int, int]]) -> dict[str, float]:
    tp = sum(min(p, g) for p, g in pairs)
    fp = sum(max(0, p - g) for p, g in pairs)
    fn = sum(max(0, g - p) for p, g in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "accuracy": sum(p == g for p, g in pairs) / len(pairs) if pairs else 0.0,
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
    }


def as_article(item: GvdbArticle) -> Article:
    """The article as a reader would ingest it: GVDB's full text begins with the title glued to
    the body ("...| abc13.comA man was shot"), so the title is set apart as its own paragraph."""
    text = item.text
    if item.title and text.startswith(item.title):
        text = f"{item.title}\n\n{text[len(item.title) :].lstrip()}"
    return Article.from_text(text, language="en", title=item.title or None, url=item.url or None)


def _main(mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.main), mentions[0] if mentions else None)


def victims(totals: dict[str, dict[str, Any]], kind: str) -> int:
    """A mention total of `kind` without the perpetrators in it (GVDB counts victims only)."""
    total = totals.get(kind)
    if not total:
        return 0
    return int(total["value"]) - int(total.get("perpetrators") or 0)


def score_gvdb(
    folder: Path, *, limit: int | None = None, fold: str | None = None
) -> dict[str, Any]:
    """City, killed and injured per article, with their baselines (see the module docstring)."""
    fold = fold or "heldout"  # tuned on `train`: the figure to report is the held-out one
    from newsledger.extract.rules import RuleExtractor
    from newsledger.extract.totals import mention_totals
    from newsledger.nlp.pipeline import analyse_many, load_pipeline

    items = [a for a in read_gvdb(split_path(folder)) if in_fold(SET_NAME, a.article_id, fold)]
    if limit is not None:
        items = items[:limit]
    load_pipeline("en")
    extractor = RuleExtractor()
    started = time.perf_counter()
    city_hits = city_baseline_hits = city_gold = 0
    pairs: dict[str, list[tuple[int, int]]] = {kind: [] for kind in SCORED_KINDS}
    for first in range(0, len(items), BATCH):
        batch = items[first : first + BATCH]
        articles = [as_article(a) for a in batch]
        for item, (article, doc) in zip(batch, analyse_many(articles), strict=True):
            main = _main(extractor.extract(article, doc))
            totals = mention_totals(main.claims if main is not None else [])
            for kind, gold in (("killed", item.killed), ("injured", item.injured)):
                pairs[kind].append((victims(totals, kind), gold))
            if item.city:
                city_gold += 1
                city_hits += city_matches(main, item.city, item.state)
                baseline = first_place_name(doc)
                city_baseline_hits += baseline is not None and normalise_name(
                    baseline
                ) == normalise_name(item.city)
    seconds = time.perf_counter() - started
    documents = len(items)
    result: dict[str, Any] = {"documents": documents, "articles": documents}
    scoreboard: list[dict[str, Any]] = []
    city = city_hits / city_gold if city_gold else 0.0
    city_baseline = city_baseline_hits / city_gold if city_gold else 0.0
    result["city"] = {"accuracy": city, "gold": city_gold, "baseline_first_place": city_baseline}
    scoreboard.append(_row("city accuracy", city, city_baseline, "first place name", fold))
    for kind in SCORED_KINDS:
        scores = _count_scores(pairs[kind])
        majority = Counter(g for _, g in pairs[kind]).most_common(1)
        majority_value = majority[0][0] if majority else 0
        majority_score = _count_scores([(majority_value, g) for _, g in pairs[kind]])["accuracy"]
        result[kind] = {**scores, "baseline_majority": majority_score}
        # flat keys kept for earlier callers of this scorer
        result[f"{kind}_accuracy"] = scores["accuracy"]
        label = f"majority ({majority_value})"
        scoreboard.append(_row(f"{kind} exact", scores["accuracy"], majority_score, label, fold))
    result["ms_per_article"] = 1000 * seconds / max(documents, 1)
    result["scoreboard"] = scoreboard
    return result


def _row(metric: str, score: float, baseline: float | None, name: str | None,
         fold: str | None) -> dict[str, Any]:  # fmt: skip
    return {
        "metric": metric,
        "score": round(score, 4),
        "baseline": None if baseline is None else round(baseline, 4),
        "baseline_name": name,
        "anchor": None,
        "fold": fold,
    }


if __name__ == "__main__":  # pragma: no cover - manual benchmark entry
    bench = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/bench/gvdb")
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(score_gvdb(bench, limit=cap), indent=2))
