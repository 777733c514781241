"""Closed sets of mentions from scored candidate pairs, not from shared blocking keys.

The resolver (`merge.resolve.cluster_profiles`) merges two clusters only when the average logit
over the blocked pairs between them is above the link threshold, and it scores the pairs
blocking missed only after that test passed. So two clusters that no blocked pair above the
threshold joins never merge, and neither do clusters built from them: every incident lies inside
one connected component of the graph whose edges are the blocked pairs scoring above the
threshold (plus wire-copy pairs). Resolving each such component alone gives what resolving the
whole candidate graph at once gives, pair for pair and merge for merge (the heap's order inside
a component does not depend on the other components).

Why: the candidate graph itself percolates. On gva_dev's held-out fold (1,725 mentions, 5,649
blocked pairs) its largest component held 1,460 mentions, and capping crowded keys did not help
(dropping every key held by more than 5 mentions still left 1,269): it is chained by thousands
of small lexical and fact blocks, not by a few hot keys. Its blocked pairs above the threshold
(629) make 1,261 sets of at most 19 mentions; the 5,000-article synthetic corpus goes from one
set of 4,975 to 443 sets of at most 774. Scoring the pairs is spread over tasks (a grid of
mention buckets sized by the pairs, `PAIRS_PER_GRID_CELL`), so no task holds more than its share
of profiles.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the driver imports this module; the merge stage loads on the executors
    from newsledger.merge.profile import MentionProfile

WIRE_KEY = "w|"
"""Prefix of the batch job's own linking keys (never stored): original article id and index."""

STORED, PROBED = "stored", "probed"
"""Roles of a blocking key: the resolver pairs a mention probing a key with every other mention
storing it (`merge.resolve.candidate_pairs`), never two mentions that only store it."""

Member = tuple[str, str, str]
"""(mention id, article id, role) of one mention holding one key."""


def key_pairs(key: str, members: Iterable[Member]) -> Iterator[tuple[str, str, bool]]:
    """(smaller id, larger id, wire) of the pairs one key makes: a mention probing it with each
    other article's mention storing it, as `merge.resolve.blocked_pairs` pairs them; for a wire
    key, each copy's mention with its original's mention of the same index (the resolver's
    `merge.resolve.wire_copy_pairs`: always one set; two copies pair only through their keys)."""
    held = list(members)
    if key.startswith(WIRE_KEY):
        original = key[len(WIRE_KEY) :].rsplit(":", 1)[0]
        for m, art, _ in sorted(set(held)):
            if art != original:
                for o, _, _ in sorted({h for h in held if h[1] == original}):
                    yield min(m, o), max(m, o), True
        return
    storers = sorted({(m, art) for m, art, role in held if role == STORED})
    probers = sorted({(m, art) for m, art, role in held if role == PROBED})
    for probe, probe_article in probers:
        for store, store_article in storers:
            if probe_article != store_article:
                yield min(probe, store), max(probe, store), False


PAIRS_PER_GRID_CELL = 40_000
"""Blocked pairs per scoring task, about: the pairs of each (bucket, bucket) cell are scored in
one task, and each profile is sent to every cell of its bucket. Sized by the pairs, not the
cores: four cells a core sent each profile to 4 cells on local[2] and 3 on local[1] for 13,221
pairs in all (1,000 synthetic articles), with 1,300 pairs a task; at 40,000 a task the 5,000-
article corpus (321,265 pairs) keeps its 10 cells on two cores."""

MIN_GRID_CELLS = 2
"""At least this many scoring tasks (and one a core): with B = 2 the three cells share the
pairs a quarter, a half and a quarter, which two cores split evenly."""


def grid_size(cores: int, n_pairs: int) -> int:
    """Buckets B such that the B(B+1)/2 cells give each core a task and each cell about
    PAIRS_PER_GRID_CELL pairs; each profile is sent to B cells."""
    wanted = max(MIN_GRID_CELLS, cores, -(-n_pairs // PAIRS_PER_GRID_CELL))
    size = 1
    while size * (size + 1) // 2 < wanted:
        size += 1
    return size


def bucket(mention_id: str, size: int) -> int:
    """A mention's bucket: a stable hash, the same in every process."""
    return zlib.crc32(mention_id.encode("utf-8")) % size


def cell(a: str, b: str, size: int) -> tuple[int, int]:
    """The grid cell scoring the pair (a, b)."""
    x, y = bucket(a, size), bucket(b, size)
    return (x, y) if x <= y else (y, x)


def cell_index(grid_cell: tuple[int, int], size: int) -> int:
    """A cell's own task number, 0 to B(B+1)/2 - 1: one scoring task per cell."""
    x, y = grid_cell
    return x * size - x * (x - 1) // 2 + (y - x)


def profile_cells(mention_id: str, size: int) -> list[tuple[int, int]]:
    """Every cell that may score a pair holding this mention."""
    own = bucket(mention_id, size)
    return sorted({(min(own, other), max(own, other)) for other in range(size)})


ScoredPair = tuple[str, str, float]
"""(smaller mention id, larger mention id, the resolver's pair logit)."""


def scored_pairs(
    pairs: Iterable[tuple[str, str]], profiles: Iterable[MentionProfile]
) -> Iterator[ScoredPair]:
    """Each blocked pair with the resolver's logit (scored in canonical order, as
    `merge.resolve.candidate_pairs` scores them): the only time the batch job scores it, since
    the closed sets and then each set's clustering (`cluster_scored`) both use these logits."""
    from newsledger.merge.resolve import pair_score

    by_id = {p.mention_id: p for p in profiles}
    for a, b in pairs:
        first, second = sorted((by_id[a], by_id[b]), key=lambda p: p.sort_key)
        yield a, b, pair_score(first, second)


def linked_pairs(
    pairs: Iterable[tuple[str, str]], profiles: Iterable[MentionProfile]
) -> Iterator[tuple[str, str]]:
    """The pairs scoring above the resolver's link threshold."""
    from newsledger.merge.resolve import link_threshold

    threshold = link_threshold()
    for a, b, score in scored_pairs(pairs, profiles):
        if score > threshold:
            yield a, b


def above_threshold(scores: Iterable[ScoredPair]) -> Iterator[tuple[str, str]]:
    """Spark task: the scored pairs above the resolver's link threshold (the closed sets'
    edges); the threshold is read on the executors, where the link model loads."""
    from newsledger.merge.resolve import link_threshold

    threshold = link_threshold()
    for a, b, score in scores:
        if score > threshold:
            yield a, b


def cluster_scored(
    profiles: Iterable[MentionProfile],
    scores: Iterable[ScoredPair],
    tellings: Mapping[str, int],
) -> list[list[str]]:
    """`merge.resolve.resolve_block` on one closed set, with its blocked pairs' logits already
    computed (`scored_pairs`) instead of scored again: the same candidate pairs (the blocked
    ones plus the wire-copy pairs at their fixed logit), the same average-linkage clustering
    (`merge.resolve.cluster_profiles`), so the same clusters. Pairs with a mention outside the
    set are ignored (a pair below the threshold may join two sets). `tellings`: mentions per
    article in its whole extraction (`merge.resolve.article_tellings`), required: a set may
    hold only some of an article's mentions, and counted over the set a roundup passes for a
    story told twice."""
    from newsledger.merge.resolve import WIRE_COPY_SCORE, cluster_profiles, wire_copy_pairs

    ordered = sorted(profiles, key=lambda p: p.sort_key)
    index = {p.mention_id: i for i, p in enumerate(ordered)}
    pairs: dict[tuple[int, int], float] = {}
    for a, b, score in scores:
        i, j = index.get(a), index.get(b)
        if i is not None and j is not None:
            pairs[(i, j) if i < j else (j, i)] = score
    for pair in wire_copy_pairs(ordered):
        pairs[pair] = WIRE_COPY_SCORE
    return [
        [ordered[i].mention_id for i in members]
        for members in cluster_profiles(ordered, pairs, tellings=tellings)
    ]


def linked_sets(profiles: Sequence[MentionProfile]) -> list[list[str]]:
    """The closed sets of mention ids, in one process (the batch job computes the same with
    Spark): components of the blocked pairs above the threshold and the wire-copy pairs."""
    from newsledger.batch.graph import union_find
    from newsledger.merge.blocking import block_keys

    members: dict[str, list[Member]] = {}
    for p in profiles:
        stored, probed = block_keys(p)
        for key in stored:
            members.setdefault(key, []).append((p.mention_id, p.article_id, STORED))
        for key in probed:
            members.setdefault(key, []).append((p.mention_id, p.article_id, PROBED))
        wire = [f"{WIRE_KEY}{p.article_id}:{p.index}"]
        if p.duplicate_of:
            wire.append(f"{WIRE_KEY}{p.duplicate_of}:{p.index}")
        for key in wire:
            members.setdefault(key, []).append((p.mention_id, p.article_id, STORED))
    scored: set[tuple[str, str]] = set()
    edges: set[tuple[str, str]] = set()
    for key, held in members.items():
        for a, b, wire_pair in key_pairs(key, held):
            (edges if wire_pair else scored).add((a, b))
    edges.update(linked_pairs(sorted(scored), profiles))
    roots = union_find(sorted(edges))
    sets: dict[str, list[str]] = {}
    for p in profiles:
        sets.setdefault(roots.get(p.mention_id, p.mention_id), []).append(p.mention_id)
    return sorted((sorted(s) for s in sets.values()), key=lambda s: (-len(s), s[0]))
