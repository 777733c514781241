"""Incident resolution: which mentions report the same real-world incident.

Batch (`resolve_mentions`): mentions are sorted by a canonical key (article publication date,
originals before wire copies, article id, mention index), candidate pairs come from blocking keys
(never all pairs), and clusters are built by **average-linkage agglomeration** over the pair
logits of the learned link scorer (`linker.py`): the pair of neighbouring clusters with the
highest average logit (over all their pairs, the ones blocking missed scored on demand) merges
first while it is above the model's threshold, and never when one of their pairs' stated facts
excludes one incident (a constraint, not a vote: see docs/resolution.md). The result depends
only on the set of mentions, not on their order.

Constraints:
- two mentions of one article are never one incident (the extractor already split them), unless
  the page tells one story twice: both clusters hold main mentions and the page's tellings in
  them contradict nothing, or both clusters name one person (`_told_twice_named`);
- when both clusters hold main mentions, only main-to-main pairs count, so a background mention
  never pulls two main incidents together (it joins the incident it recalls, nothing more);
- a wire copy's mention is linked to its original's mention of the same index (one source).
Human corrections are applied after clustering on every run: `split` moves the listed mentions
out into one incident of their own, `merge` joins the incidents holding the listed mentions.

Incident id = hash of its earliest mention's id (stable for the same data).

Incremental (`add_mentions`): candidate incidents come from `Store.incidents_for_blocks`; their
mentions plus the new ones (plus incidents tied to them by corrections) are re-resolved with the
batch resolver as one closed set, so the outcome is the batch outcome on that set.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsledger.errors import NotFoundError
from newsledger.merge.blocking import block_keys
from newsledger.merge.linker import (
    explain_links,
    model,
    named_by_both,
    score_link,
    unknown_reason,
)
from newsledger.merge.profile import MentionProfile, build_profile
from newsledger.merge.scoring import CANNOT_LINK, stated_day_gap, tellings_contradict
from newsledger.merge.summary import summarise_incident
from newsledger.model import Article, Mention
from newsledger.store.base import Correction, Store, StoredIncident

WIRE_COPY_SCORE = 20.0
"""Logit of a wire copy's mention against its original's: the same text is the same report."""

CANDIDATE_MARGIN = 2.0
"""A blocked candidate incident is re-resolved with the new mentions only when some pair scores
within this margin of the link threshold: the others cannot merge, so they are not rewritten."""

MAX_CORRECTION_HOPS = 5
"""How far corrections pull further incidents into a closed set (merge chains are short)."""


def incident_id_for(mention_id: str) -> str:
    """Stable incident id: a hash of the incident's earliest mention id."""
    return hashlib.sha256(mention_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    mains: int
    articles: set[str]
    version: int = 0
    links: dict[int, list[float]] = field(default_factory=dict)
    deferred: int = 0
    """Members that wait for the second phase (`deferred_mentions`)."""
    # links[other] = [sum of all-pair logits, all pairs scored, sum main-main, main pairs scored,
    #                 pairs whose facts exclude one incident]; one list object per pair of
    #                 clusters, held by both: other.links[self] is self.links[other]


PairScorer = Callable[[MentionProfile, MentionProfile], float]
BlockKeys = tuple[list[str], list[str]]
"""(stored, probed) blocking keys of one mention (`merge.blocking.block_keys`)."""
ProgressCallback = Callable[[int, int | None], None]

LINK_SLOTS = 5
"""Length of a cluster-pair link record (see `_Cluster.links`)."""


def link_threshold() -> float:
    """The average-linkage logit above which two clusters merge (from the link model)."""
    return model().threshold


def pair_score(a: MentionProfile, b: MentionProfile) -> float:
    """The resolver's pair logit: the learned link scorer (merge/linker.py)."""
    return score_link(a, b)


def blocked_pairs(
    profiles: Sequence[MentionProfile], keys: Sequence[BlockKeys] | None = None
) -> list[tuple[int, int]]:
    """Index pairs (i < j, two articles) where one's probe keys meet the other's stored keys,
    in the order they are found (deterministic for one order of profiles). `keys`: the
    profiles' block keys when the caller has them already (same order)."""
    if keys is None:
        keys = [block_keys(p) for p in profiles]
    index: dict[str, list[int]] = {}
    for i, (stored, _) in enumerate(keys):
        for key in stored:
            index.setdefault(key, []).append(i)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    for i, (_, probed) in enumerate(keys):
        for key in probed:
            for j in index.get(key, ()):
                if j == i:
                    continue
                pair = (i, j) if i < j else (j, i)
                if pair in seen or profiles[i].article_id == profiles[j].article_id:
                    continue
                seen.add(pair)
                pairs.append(pair)
    return pairs


def wire_copy_pairs(profiles: Sequence[MentionProfile]) -> list[tuple[int, int]]:
    """Index pairs of a wire copy's mention and its original's mention of the same index."""
    by_article_index = {(p.article_id, p.index): i for i, p in enumerate(profiles)}
    pairs: list[tuple[int, int]] = []
    for i, p in enumerate(profiles):
        if p.duplicate_of is not None:
            original = by_article_index.get((p.duplicate_of, p.index))
            if original is not None:
                pairs.append((min(i, original), max(i, original)))
    return pairs


def candidate_pairs(
    profiles: Sequence[MentionProfile],
    score: PairScorer = pair_score,
    keys: Sequence[BlockKeys] | None = None,
) -> dict[tuple[int, int], float]:
    """Logits of the pairs that share a blocking key (probe keys meeting stored keys)."""
    pairs = {(i, j): score(profiles[i], profiles[j]) for i, j in blocked_pairs(profiles, keys)}
    for pair in wire_copy_pairs(profiles):
        pairs[pair] = WIRE_COPY_SCORE
    return pairs


def candidate_components(profiles: Sequence[MentionProfile]) -> list[list[int]]:
    """Connected components of the candidate graph (blocked pairs and wire-copy pairs), largest
    first: the closed sets the batch job resolves apart, so the largest one bounds how well
    resolution spreads over cores (docs/scaling.md)."""
    parent = list(range(len(profiles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in blocked_pairs(profiles) + wire_copy_pairs(profiles):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(profiles)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _linkage(a: _Cluster, b: _Cluster, link: list[float]) -> float | None:
    """Average logit over the scored pairs that count (main-main when both hold mains); None
    when some pair's facts exclude one incident (a constraint, not a vote: a large cluster's
    many agreeing pairs must not outvote one pair three weeks or two countries apart)."""
    if link[4]:
        return None
    if a.mains and b.mains:
        return link[2] / link[3] if link[3] else None
    return link[0] / link[1] if link[1] else None


ROUNDUP_TELLINGS = 6
"""Mentions of one article beyond which it is a roundup of several incidents (a weekend's
shootings in one city), not one story told twice: two roundups of two weekends name the same
victim in their lists (`_told_twice_named`). The 99th percentile of mentions per page: of the
6,750 pages in the session-start mention cache (gva_dev and the other benches), 76% hold one
mention, 95% at most three, 99.0% at most six; the 67 pages past six (up to 55 mentions) are the
tail where lists of a city's shootings live. One story told twice needs two tellings, so the
cap keeps every page of ordinary length and refuses the tail."""


def article_tellings(mentions: Iterable[Mention]) -> dict[str, int]:
    """How many mentions each article's extraction holds (its tellings)."""
    return dict(Counter(m.article_id for m in mentions))


def _told_twice_named(
    link: Sequence[float],
    shared: set[str],
    tellings: Mapping[str, int],
    vouched: Callable[[], bool],
) -> bool:
    """Two clusters that each hold a mention of one article (`shared`) may still merge when no
    pair of them is a cannot-link (`link[4]`), no shared article is a roundup
    (ROUNDUP_TELLINGS, counted over the article's whole extraction, so the incremental path
    sees what a full run sees), and `vouched` says the page told one story twice (asked last:
    it compares tellings and names; `cluster_profiles` asks that both clusters hold main
    mentions and the page's tellings in them contradict nothing, or that a main mention of one
    and a main mention of the other name the same victim or accused and link). The extractor
    told one story twice (a follow-up's own day as its main story, the shooting as a background
    one); the background telling joined the other outlets' reports first, and its own page was
    shut out. On the gva_dev train fold 13 incidents were held apart so with a shared name
    (docs/resolution.md, twentieth pass); the tellings that agree without a name added train
    B-cubed F1 0.9394 -> 0.9397 (twenty-third pass). The average linkage still decides."""
    return (
        not link[4]
        and all(tellings.get(article, 0) <= ROUNDUP_TELLINGS for article in shared)
        and vouched()
    )


def cluster_profiles(
    profiles: Sequence[MentionProfile],
    pairs: Mapping[tuple[int, int], float],
    threshold: float | None = None,
    score: PairScorer = pair_score,
    tellings: Mapping[str, int] | None = None,
) -> list[list[int]]:
    """Average-linkage agglomeration (profiles in canonical order).

    `tellings`: how many mentions each article holds in all (`article_tellings`); by default
    counted over `profiles`, which is the whole article when the caller passes every mention.

    Blocking decides which clusters are neighbours; before two neighbours merge, the pairs
    blocking did not score are scored too (only when the scored ones already favour the merge),
    so the decision is the true average over every pair and does not depend on which pairs the
    blocks happened to hold.
    """
    if threshold is None:
        threshold = link_threshold()
    late = deferred_mentions(profiles) if MAINS_FIRST else set()
    clusters = {
        i: _Cluster([i], int(p.main), {p.article_id}, deferred=int(i in late))
        for i, p in enumerate(profiles)
    }
    scored: dict[tuple[int, int], float] = dict(pairs)
    is_main = [bool(p.main) for p in profiles]
    if tellings is None:
        tellings = Counter(p.article_id for p in profiles)

    def add(link: list[float], i: int, j: int, value: float) -> None:
        main = 1.0 if is_main[i] and is_main[j] else 0.0
        link[0] += value
        link[1] += 1.0
        link[2] += value * main
        link[3] += main
        link[4] += 1.0 if value <= CANNOT_LINK else 0.0

    def told_alike(ca: _Cluster, cb: _Cluster) -> bool:
        """Both clusters hold main mentions (a page's background telling with the other outlets'
        reports, its main story on the other side) and no telling of a shared page in one
        contradicts its telling in the other (`scoring.tellings_contradict`)."""
        if not (ca.mains and cb.mains):
            return False
        return not any(
            tellings_contradict(profiles[i], profiles[j])
            for i in ca.members
            for j in cb.members
            if profiles[i].article_id == profiles[j].article_id
        )

    def named_in_both(ca: _Cluster, cb: _Cluster) -> bool:
        """Some linking pair of main mentions, one of each cluster, names one person."""
        for i in ca.members:
            for j in cb.members:
                key = (i, j) if i < j else (j, i)
                if (
                    is_main[i]
                    and is_main[j]
                    and scored.get(key, CANNOT_LINK) > threshold
                    and named_by_both(profiles[i], profiles[j])
                ):
                    return True
        return False

    # One link record per pair of clusters, the SAME list object in both clusters' `links`
    # (see _Cluster.links): updating it updates both sides, so no copy is made per pair or per
    # merge (copies were most of a 9,476-mention set's clustering time, docs/scaling.md).
    for (i, j), value in pairs.items():
        links_i = clusters[i].links
        link = links_i.get(j)
        if link is None:
            link = [0.0] * LINK_SLOTS
            links_i[j] = link
            clusters[j].links[i] = link
        add(link, i, j, value)
    heap: list[tuple[float, int, int, int, int]] = []
    mains_only = True

    def push(a: int, b: int) -> None:
        # the pure checks first, cheapest first (each only returns): the same pairs pass
        ca, cb = clusters[a], clusters[b]
        if mains_only and (ca.deferred or cb.deferred):
            return
        link = ca.links[b]
        value = _linkage(ca, cb, link)
        if value is None or value <= threshold:
            return
        shared = ca.articles & cb.articles
        if shared and not _told_twice_named(
            link, shared, tellings, lambda: told_alike(ca, cb) or named_in_both(ca, cb)
        ):
            return
        if link[1] < len(ca.members) * len(cb.members):
            # blocking missed some pairs: score them all, so the decision is the true average
            # and every excluding pair is seen (two tellings of one article are no pair)
            for i in ca.members:
                for j in cb.members:
                    key = (i, j) if i < j else (j, i)
                    if key not in scored and profiles[i].article_id != profiles[j].article_id:
                        scored[key] = score(profiles[key[0]], profiles[key[1]])
                        add(link, i, j, scored[key])
            value = _linkage(ca, cb, link)
            if value is None or value <= threshold:
                return
            if shared and not _told_twice_named(
                link, shared, tellings, lambda: told_alike(ca, cb) or named_in_both(ca, cb)
            ):
                return
        lo, hi = (a, b) if a < b else (b, a)
        heapq.heappush(heap, (-value, lo, hi, clusters[lo].version, clusters[hi].version))

    # Two phases (see MAINS_FIRST): main mentions among themselves, then everything.
    for phase_mains_only in (True, False) if MAINS_FIRST else (False,):
        mains_only = phase_mains_only
        for a in sorted(clusters):
            for b in sorted(clusters[a].links):
                if a < b:
                    push(a, b)
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            if a not in clusters or b not in clusters:
                continue
            ca, cb = clusters[a], clusters[b]
            if ca.version != va or cb.version != vb:
                continue
            # merge b into a (a < b keeps the canonical smallest member as the cluster's key)
            ca.members.extend(cb.members)
            ca.mains += cb.mains
            ca.deferred += cb.deferred
            ca.articles |= cb.articles
            ca.version += 1
            del ca.links[b]
            cb.links.pop(a, None)
            for other, link in cb.links.items():
                theirs = clusters[other].links
                del theirs[b]
                mine = ca.links.get(other)
                if mine is None:  # b's record becomes a's, still shared with `other`
                    ca.links[other] = link
                    theirs[a] = link
                else:  # shared with `other` already: summed in place, slot by slot
                    for slot in range(LINK_SLOTS):
                        mine[slot] += link[slot]
            del clusters[b]
            for other in sorted(ca.links):
                push(a, other)
    return [sorted(c.members) for _, c in sorted(clusters.items())]


MAINS_FIRST = True
"""Cluster in two phases: first the main mentions and the background mentions that recall
another day than their article's main story, then the other background mentions. Two mentions
of one article never share an incident, so a background mention that links first to another
outlet's report of the same shooting (the extractor split one story into a main and a
background event of the same days) shut its own article's main mention out of that incident:
on the gva_dev train fold (first 600 incidents) 32 of the 40 same-incident pairs lost in
average linkage were held apart that way. A background mention of another day (a clash "a
week ago") still competes in the first phase, so it keeps its article's main story, a new
incident, out of the incident it recalls."""


def deferred_mentions(profiles: Sequence[MentionProfile]) -> set[int]:
    """Background mentions whose dates do not set them apart from their article's main
    mention (same or overlapping days, or either undated): possibly the same story split in
    two by the extractor, so they join incidents only after the main mentions have linked."""
    main_of = {p.article_id: p for p in profiles if p.main}
    out: set[int] = set()
    for i, p in enumerate(profiles):
        main = main_of.get(p.article_id)
        if p.main or main is None:
            continue
        if not _other_days(p, main):
            out.add(i)
    return out


RECALL_DAYS_APART = 3
"""Days between a background mention's stated day and its article's main story's from which it
recalls another event ("a week ago", "last month"), not the same story told twice (an
extracted date can be off by a day or two: overnight, "Friday night" against the report day)."""


def _other_days(a: MentionProfile, b: MentionProfile) -> bool:
    """Both mentions state days (not inferred from publication) RECALL_DAYS_APART or more
    apart."""
    gap = stated_day_gap(a, b)
    return gap is not None and gap >= RECALL_DAYS_APART


def _apply_corrections(
    groups: list[list[str]], corrections: Sequence[Correction]
) -> list[list[str]]:
    """Re-apply human decisions, in the order they were made."""
    for correction in corrections:
        listed = set(correction.mention_ids)
        if correction.action == "split":
            present = [m for g in groups for m in g if m in listed]
            if not present:
                continue
            groups = [[m for m in g if m not in listed] for g in groups]
            groups = [g for g in groups if g] + [present]
        else:
            touched = [g for g in groups if listed & set(g)]
            if len(touched) < 2:
                continue
            merged = [m for g in touched for m in g]
            groups = [g for g in groups if not listed & set(g)] + [merged]
    return groups


def resolve_block(
    profiles: Sequence[MentionProfile],
    keys_of: Mapping[str, BlockKeys] | None = None,
    tellings: Mapping[str, int] | None = None,
) -> list[list[str]]:
    """Cluster one block of mention profiles into incidents (lists of mention ids).

    A pure function of the set of profiles (sorted canonically first), so any caller (ingest,
    `newsledger resolve`, the Spark job per block) gets the same clusters in any order.
    `keys_of`: block keys by mention id, when the caller has computed them already;
    `tellings`: mentions per article in all (`article_tellings`), when the block holds only
    part of some article's mentions."""
    ordered = sorted(profiles, key=lambda p: p.sort_key)
    keys = None if keys_of is None else [keys_of[p.mention_id] for p in ordered]
    pairs = candidate_pairs(ordered, keys=keys)
    return [
        [ordered[i].mention_id for i in members]
        for members in cluster_profiles(ordered, pairs, tellings=tellings)
    ]


def _explained_summary(
    incident_id: str,
    group: Sequence[str],
    unique: Mapping[str, Mention],
    by_id: Mapping[str, MentionProfile],
    articles: Mapping[str, Article],
) -> dict[str, object]:
    """The consensus summary plus why each article is there (`links`) and, for a lone mention
    whose facts cannot be matched, why it stayed alone (`unresolved_reason`)."""
    summary = summarise_incident(incident_id, [unique[m] for m in group], articles)
    members = [by_id[m] for m in group]
    summary["links"] = explain_links(members)
    alone = len({p.article_id for p in members}) == 1
    summary["unresolved_reason"] = unknown_reason(members[0]) if alone else None
    return summary


def resolve_mentions(
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
    corrections: Sequence[Correction] = (),
    on_progress: ProgressCallback | None = None,
    built: Mapping[str, MentionProfile] | None = None,
    tellings: Mapping[str, int] | None = None,
) -> list[StoredIncident]:
    """Group mentions into incidents (deterministic, independent of input order).

    `built`: profiles the caller already built from these very mentions and `articles` (by
    mention id), so adding one article does not build its candidates' profiles twice.
    `tellings`: mentions per article in all, when `mentions` hold only part of some article's
    (the incremental path); counted over `mentions` by default."""
    unique = {m.id: m for m in mentions}
    known = built or {}
    profiles = sorted(
        (known.get(m.id) or build_profile(m, articles) for m in unique.values()),
        key=lambda p: p.sort_key,
    )
    by_id = {p.mention_id: p for p in profiles}
    order = {p.mention_id: i for i, p in enumerate(profiles)}
    keys_of = {p.mention_id: block_keys(p) for p in profiles}
    if tellings is None:
        tellings = article_tellings(unique.values())
    groups = _apply_corrections(resolve_block(profiles, keys_of, tellings), corrections)
    stored_keys = {mid: keys[0] for mid, keys in keys_of.items()}
    incidents: list[StoredIncident] = []
    for done, group in enumerate(groups, 1):
        group = sorted(group, key=order.__getitem__)
        incident_id = incident_id_for(group[0])
        incidents.append(
            StoredIncident(
                id=incident_id,
                mention_ids=group,
                summary=_explained_summary(incident_id, group, unique, by_id, articles),
                block_keys=sorted({k for m in group for k in stored_keys[m]}),
            )
        )
        if on_progress is not None and (done % PROGRESS_EVERY == 0 or done == len(groups)):
            on_progress(done, len(groups))
    incidents.sort(key=lambda inc: order[inc.mention_ids[0]])
    return incidents


PROGRESS_EVERY = 100
"""Incidents summarised between progress reports of a whole-ledger resolve."""


def _load_articles(store: Store, ids: set[str], known: dict[str, Article]) -> None:
    """Fetch the articles not known yet, and the originals of wire copies (their source)."""
    for article_id in sorted(ids - known.keys()):
        article = store.get_article(article_id)
        if article is not None:
            known[article_id] = article
    originals = {a.duplicate_of for a in known.values() if a.duplicate_of} - known.keys()
    for article_id in sorted(o for o in originals if o):
        article = store.get_article(article_id)
        if article is not None:
            known[article_id] = article


def _load_mentions(store: Store, mention_ids: set[str], known: dict[str, Mention]) -> None:
    by_article: dict[str, set[str]] = {}
    for mid in mention_ids - known.keys():
        by_article.setdefault(mid.rsplit(":", 1)[0], set()).add(mid)
    for article_id, wanted in sorted(by_article.items()):
        for mention in store.get_mentions(article_id):
            if mention.id in wanted:
                known[mention.id] = mention


def _resolve_closed_set(
    store: Store,
    seed_incidents: list[StoredIncident],
    mentions: dict[str, Mention],
    articles: dict[str, Article],
    loaded: Mapping[str, Mention] | None = None,
    built: Mapping[str, MentionProfile] | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[str]:
    """Re-resolve the given incidents' mentions plus `mentions` as one set; save what changed;
    return the ids of the incidents saved. `loaded` holds stored mentions already read, `built`
    the profiles already built from those mentions and from `mentions` (by mention id)."""
    incidents = {inc.id: inc for inc in seed_incidents}
    corrections = store.list_corrections()
    wanted: set[str] = set(mentions)
    for inc in incidents.values():
        wanted.update(inc.mention_ids)
    relevant: list[Correction] = []
    for _ in range(MAX_CORRECTION_HOPS):
        relevant = [c for c in corrections if wanted & set(c.mention_ids)]
        extra = {m for c in relevant for m in c.mention_ids} - wanted
        if not extra:
            break
        holding = store.incidents_for_mentions(extra)
        for mid in sorted(extra):
            wanted.add(mid)
            incident_id = holding.get(mid)
            if incident_id and incident_id not in incidents:
                found = store.get_incident(incident_id)
                if found is not None:
                    incidents[found.id] = found
                    wanted.update(found.mention_ids)
    fresh = set(mentions)
    for mid in sorted(wanted - fresh):
        if loaded is not None and mid in loaded:
            mentions[mid] = loaded[mid]
    _load_mentions(store, wanted, mentions)
    _load_articles(store, {m.article_id for m in mentions.values()}, articles)
    tellings = _stored_tellings(store, mentions.values())
    resolved = resolve_mentions(
        list(mentions.values()), articles, relevant, on_progress, built=built, tellings=tellings
    )
    changed = [
        inc
        for inc in resolved
        if inc.id not in incidents
        or incidents[inc.id].mention_ids != inc.mention_ids
        or fresh & set(inc.mention_ids)
    ]
    new_ids = {inc.id for inc in resolved}
    store.save_incidents(changed, remove_ids=sorted(set(incidents) - new_ids))
    return [inc.id for inc in changed]


def _stored_tellings(store: Store, mentions: Iterable[Mention]) -> dict[str, int]:
    """Mentions per article counted over each article's whole extraction (the store's and the
    ones being added, whichever holds more), not over the part a closed set holds: a roundup
    must count as many tellings here as in a full run (`_told_twice_named`)."""
    counts = article_tellings(mentions)
    for article_id in sorted(counts):
        counts[article_id] = max(counts[article_id], len(store.get_mentions(article_id)))
    return counts


def _could_link(new: Sequence[MentionProfile], members: Sequence[MentionProfile]) -> bool:
    """Whether some new mention scores near the link threshold with some member."""
    floor = link_threshold() - CANDIDATE_MARGIN
    return any(
        pair_score(a, b) > floor for a in new for b in members if a.article_id != b.article_id
    )


def add_mentions(
    store: Store,
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
    on_progress: ProgressCallback | None = None,
) -> list[str]:
    """Link new mentions to the incidents found by blocking (or create them); returns the ids of
    the incidents saved (created or changed). `on_progress(done, total)` counts the incidents
    summarised, as `rebuild_incidents`' does (an ingest of thousands merges for minutes)."""
    if not mentions:
        return []
    known_articles = dict(articles)
    new = {m.id: m for m in mentions}
    _load_articles(store, {m.article_id for m in mentions}, known_articles)
    new_profiles = [build_profile(m, known_articles) for m in new.values()]
    probe: set[str] = {key for p in new_profiles for key in block_keys(p)[1]}
    blocked = store.incidents_for_blocks(sorted(probe), with_blocks=False)
    candidates: dict[str, StoredIncident] = {}
    members: dict[str, Mention] = {}
    holding = store.incidents_for_mentions(new)
    for mid in sorted(new):  # re-ingest: the incidents already holding these mentions
        incident_id = holding.get(mid)
        if incident_id and incident_id not in candidates:
            found = store.get_incident(incident_id)
            if found is not None:
                candidates[found.id] = found
    profiles: dict[str, MentionProfile] = {}
    if blocked:
        _load_mentions(store, {m for inc in blocked for m in inc.mention_ids}, members)
        _load_articles(store, {m.article_id for m in members.values()}, known_articles)
        profiles = {mid: build_profile(m, known_articles) for mid, m in members.items()}
        for inc in blocked:
            own = [profiles[m] for m in inc.mention_ids if m in profiles]
            if inc.id not in candidates and _could_link(new_profiles, own):
                candidates[inc.id] = inc
    # The new mentions' own profiles win over a stored mention of the same id (re-ingest).
    built = {**profiles, **{p.mention_id: p for p in new_profiles}}
    return _resolve_closed_set(
        store, list(candidates.values()), new, known_articles, members, built, on_progress
    )


def apply_correction(store: Store, correction: Correction) -> list[str]:
    """Record a human split/merge and re-resolve the incidents it touches (kept on re-runs)."""
    touched: dict[str, StoredIncident] = {}
    holding = store.incidents_for_mentions(correction.mention_ids)
    for mid in correction.mention_ids:
        incident_id = holding.get(mid)
        incident = store.get_incident(incident_id) if incident_id else None
        if incident is None:
            raise NotFoundError(
                f"mention {mid!r} is in no incident: list mention ids with `newsledger incident ID`"
            )
        touched[incident.id] = incident
    store.add_correction(correction)
    return _resolve_closed_set(store, list(touched.values()), {}, {})


def rebuild_incidents(store: Store, on_progress: ProgressCallback | None = None) -> int:
    """Re-resolve every stored mention from scratch (batch), keeping every human split and
    merge; returns the number of incidents."""
    mentions = list(store.iter_mentions())
    articles = {a.id: a for a in store.iter_articles()}
    resolved = resolve_mentions(mentions, articles, store.list_corrections(), on_progress)
    old = {inc.id for inc in store.list_incidents()}
    store.save_incidents(resolved, remove_ids=sorted(old - {inc.id for inc in resolved}))
    return len(resolved)
