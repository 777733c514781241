"""How alike a corpus's reports look to the resolver: the candidate graph and its closed sets.

The batch job resolves each closed set (the components of the blocked pairs scoring above the
link threshold, plus wire copies) in one task, so a corpus whose sets percolate keeps
resolution on one core (docs/scaling.md, thirteenth and fourteenth rounds). This measures, in
one process with the ledger's own ingest and extraction: blocked pairs and their degree, the
share of one month's pairs that blocking pairs (how often two reports look alike), the pairs
above the threshold, how many of them join two true incidents (when the corpus has a gold),
and the closed sets. One JSON object is printed.

    PYTHONPATH=src python tools/lookalikes.py synth 2000
    PYTHONPATH=src python tools/lookalikes.py realistic 2000   # the bench's corpus since round 15
    PYTHONPATH=src python tools/lookalikes.py gva_dev ../shared/bench/gva_dev
    PYTHONPATH=src python tools/lookalikes.py gvdb ../shared/bench/gvdb

Set NEWSLEDGER_PARSE_CACHE and NEWSLEDGER_MENTION_CACHE as for `newsledger eval`: extraction
is most of the time.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsledger.batch.graph import union_find


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """Sizes of the connected components of the graph on 0..n-1, largest first."""
    roots = union_find((f"{i:09d}", f"{j:09d}") for i, j in edges)
    alone = n - len(roots)  # nodes with no edge are components of one
    return sorted(Counter(roots.values()).values(), reverse=True) + [1] * alone


def measure(
    name: str, records: Sequence[Mapping[str, Any]], truth: Mapping[str, str] | None
) -> dict[str, Any]:
    """The figures of one corpus (`truth`: document url -> its true incident, if known)."""
    from newsledger.eval.bench_gva_dev import ledger_all_mentions
    from newsledger.merge.blocking import block_keys
    from newsledger.merge.profile import build_profile
    from newsledger.merge.resolve import (
        blocked_pairs,
        link_threshold,
        pair_score,
        wire_copy_pairs,
    )

    mentions, articles = ledger_all_mentions(records)
    profiles = sorted(
        (build_profile(m, articles) for found in mentions.values() for m in found),
        key=lambda p: p.sort_key,
    )
    n = len(profiles)
    pairs = blocked_pairs(profiles, [block_keys(p) for p in profiles])
    wires = wire_copy_pairs(profiles)
    threshold = link_threshold()
    above = [(i, j) for i, j in pairs if pair_score(profiles[i], profiles[j]) > threshold]
    degree, linked = Counter[int](), Counter[int]()
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    for i, j in above:
        linked[i] += 1
        linked[j] += 1
    month = [str(articles[p.article_id].published or "")[:7] for p in profiles]
    per_month = Counter(m for m in month if m)
    month_pairs = sum(c * (c - 1) // 2 for c in per_month.values())
    blocked_in_month = sum(1 for i, j in pairs if month[i] and month[i] == month[j])
    closed = components(n, above + wires)
    out: dict[str, Any] = {
        "corpus": name,
        "articles": len(articles),
        "mentions": n,
        "main_mentions": sum(1 for p in profiles if p.main),
        "months": len(per_month),
        "blocked_pairs": len(pairs),
        "mean_degree": round(2 * len(pairs) / n, 2) if n else 0.0,
        "max_degree": max(degree.values(), default=0),
        "blocked_share_of_month_pairs": (
            round(blocked_in_month / month_pairs, 4) if month_pairs else None
        ),
        "pairs_above_threshold": len(above),
        "most_linked_mention": max(linked.values(), default=0),
        "closed_sets": len(closed),
        "largest_closed_sets": closed[:5],
    }
    if truth is not None:
        url_of = {a.id: a.url for a in articles.values()}
        true = [truth.get(url_of.get(p.article_id) or "") for p in profiles]
        main = [p.main for p in profiles]
        crossing = [(i, j) for i, j in above if true[i] and true[j] and true[i] != true[j]]
        out["true_incidents"] = len({t for t in true if t})
        out["above_joining_two_true_incidents"] = len(crossing)
        out["of_which_main_to_main"] = sum(1 for i, j in crossing if main[i] and main[j])
    return out


def synthetic(size: int, realistic: bool = False) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The bench's synthetic corpus (`newsledger bench --stage batch` shards) and its truth."""
    from newsledger.batch.bench import SHARD_SIZE
    from newsledger.batch.synth import generate_corpus

    folder = Path(tempfile.mkdtemp(prefix="lookalikes-"))
    try:
        shards = generate_corpus(size, folder, shard_size=SHARD_SIZE, realistic=realistic)
        records = [
            json.loads(line)
            for shard in shards
            for line in shard.read_text(encoding="utf-8").splitlines()
        ]
    finally:
        shutil.rmtree(folder)
    return records, {r["url"]: str(r["truth_incident"]) for r in records}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=("synth", "realistic", "gva_dev", "gvdb"))
    parser.add_argument("arg", help="synth: number of articles; else the set's folder")
    args = parser.parse_args()
    truth: dict[str, str] | None
    if args.corpus in ("synth", "realistic"):
        records, truth = synthetic(int(args.arg), realistic=args.corpus == "realistic")
    elif args.corpus == "gva_dev":
        from newsledger.eval.bench_gva_dev import (
            _records,
            incident_of_url,
            read_documents,
            read_gold,
        )

        folder = Path(args.arg)
        records = _records(read_documents(folder).values())
        truth = incident_of_url(read_gold(folder))
    else:
        from newsledger.eval.bench_gvdb_resolution import read_reports

        unique = {r.url: r for r in read_reports(Path(args.arg))}
        records = [
            {"url": r.url, "title": r.title, "text": r.text, "language": "en"}
            for r in unique.values()
        ]
        truth = None
    print(json.dumps(measure(f"{args.corpus} {args.arg}", records, truth)))


if __name__ == "__main__":
    main()
