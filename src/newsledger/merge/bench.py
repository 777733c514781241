"""`newsledger bench --stage merge`: time to add one article to a ledger of N incidents.

A synthetic ledger (one article, one main mention, one incident per row; dates over ten years,
places over a world grid, words from a 50,000-word vocabulary) is bulk-loaded into a fresh SQLite
file, then reports are added one at a time with `add_mentions` exactly as ingest does. The goal:
flat with ledger size (blocking, never a scan) and under 20 ms per article.

The keys that hold many incidents must be exercised, or the bench cannot see their cost: a third
of the reports name a victim drawn from a small skewed pool of given names and surnames (a
common name recurs across states and years under `blocking.people_keys`), and one place in
PLACE_WITHOUT_ID has no GeoNames id but a state and a point (a postal town: the same-town
follow-up key by name, `blocking.follow_up_keys`).

A street block is where US police place a shooting, and the town x block keys
(`blocking.street_block_keys`) are stored and probed for every main mention whose story gives
one: BLOCK_SHARE of the reports say "the 1200 block of ..." and HOUSE_SHARE give a house
address ("1234 ... Avenue"), the shares the gva_dev training fold measures, drawn from their
own seeded stream so the rest of the ledger is the same with or without them.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from newsledger.extract.people import PERSON_FIELD, VICTIM
from newsledger.merge.blocking import block_keys
from newsledger.merge.descriptions import street_blocks
from newsledger.merge.profile import build_profile
from newsledger.merge.resolve import add_mentions, incident_id_for
from newsledger.model import Article, Claim, Mention, Span
from newsledger.store import open_store
from newsledger.store.base import StoredIncident
from newsledger.store.derive import synthetic_geo_precision

LOAD_CHUNK = 20_000
"""Rows written per transaction while loading the synthetic ledger."""

ADDITIONS = 30
"""Articles added (and timed) per ledger size; half report an existing incident, half a new one."""
WARM_UP = 1
"""Articles added first and not timed: the process's first incident summary loads the gazetteer
and its indexes once (about 0.2 s), a start-up cost, not the cost of adding to a large ledger."""

VOCABULARY = 50_000
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
NAMED_EVERY = 3
"""One report in NAMED_EVERY names a victim (`_victim_name`)."""

GIVEN_NAMES = 1_000
SURNAMES = 5_000
"""The pool victims' names are drawn from: small, so that common names recur."""

NAME_SKEW = 2.0
"""A pool index is `int(size * u ** NAME_SKEW)` for a uniform u: the first given name is drawn
3.2% of the time and the first surname 1.4% (in the United States the commonest given name and
surname are about 3% and 1% of people), so the commonest full name is about one named report
in 2,000, spread over every state and year."""

PLACE_WITHOUT_ID = 10
"""One place in PLACE_WITHOUT_ID is a postal town: no GeoNames id, a state and a point."""

BLOCK_SHARE = 0.314
"""Share of reports giving "the N block of" a street: 1,363 of the 4,337 gva_dev training
reports (`descriptions._BLOCK` over each report's story text)."""
HOUSE_SHARE = 0.089
"""Share giving a house address ending in a street word: 386 of 4,337 (56 give both, about
the 28 that two independent draws give; 1,693, 39%, give at least one block)."""
STREET_SEED = 7_919
"""Added to the bench's seed for the street stream (`_street_phrase`), kept apart from the
ledger's own so the rest of the synthetic ledger is unchanged by the streets."""
STREETS = 2_000
"""Street names of the pool: skewed like victims' names (NAME_SKEW), so a few streets recur
in many reports, as Main Street and the numbered streets do."""
STREET_WORDS_WRITTEN = ("Street", "Avenue", "Road", "Drive", "Boulevard")
"""Street words the synthetic reports end their street names with (`_street_phrase`): the
commonest US types written out whole, each one of `descriptions.STREET_TYPES`, so a bench
report's block is read the way a real report's is."""

TYPES = (
    ("Riots", "Violent demonstration"),
    ("Protests", "Peaceful protest"),
    ("Violence against civilians", "Attack"),
    ("Battles", "Armed clash"),
    ("Strategic developments", "Arrests"),
)


def _victim_name(rng: random.Random) -> tuple[str, str]:
    """A given name and a surname from the skewed pool (NAME_SKEW)."""
    given = int(GIVEN_NAMES * rng.random() ** NAME_SKEW)
    surname = int(SURNAMES * rng.random() ** NAME_SKEW)
    return f"Given{given}", f"Surname{surname}"


def _street_phrase(streets: random.Random) -> str:
    """Where the report places the shooting: "the 1200 block of Maple17 Avenue" (BLOCK_SHARE),
    "at 1234 Maple17 Avenue" (HOUSE_SHARE), both, or nothing (an empty string)."""
    phrases = []
    for share, house in ((BLOCK_SHARE, False), (HOUSE_SHARE, True)):
        if streets.random() < share:
            street = f"Maple{int(STREETS * streets.random() ** NAME_SKEW)}"
            word = STREET_WORDS_WRITTEN[streets.randrange(len(STREET_WORDS_WRITTEN))]
            hundreds = streets.randrange(1, 100) * 100
            number = hundreds + streets.randrange(100) if house else hundreds
            where = "at" if house else "in the"
            phrases.append(f"{where} {number}{'' if house else ' block of'} {street} {word}")
    return " ".join(phrases)


def _synthetic(
    i: int, rng: random.Random, outlet: str, streets: random.Random
) -> tuple[Article, Mention]:
    """One article with one main mention of a random incident (seeded: same ledger every run);
    `streets` draws its block or house address, if any."""
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    lat, lon = rng.uniform(-40, 60), rng.uniform(-120, 140)
    words = [f"w{rng.randrange(VOCABULARY)}" for _ in range(12)]
    names = [f"Name{rng.randrange(VOCABULARY)}" for _ in range(3)]
    named = i % NAMED_EVERY == 0
    if named:
        names[0], names[1] = _victim_name(rng)
    where = _street_phrase(streets)
    text = f"{' '.join(names)} {where + ' ' if where else ''}{' '.join(words)}. "
    article = Article(
        id=f"syn{i:08d}",
        text=text * 2,
        title=" ".join(names),
        outlet=outlet,
        published=day + timedelta(days=1),
        language="en",
    )
    span = Span(article.id, 0, len(text) - 1, text[:-1])
    etype, sub = TYPES[rng.randrange(len(TYPES))]
    place = {
        "name": f"Town{i % 9973}",
        "country_code": "XX",
        "admin1": str(i % 97),
        "admin2": None,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": synthetic_geo_precision(i),
        "geonames_id": None if i % PLACE_WITHOUT_ID == 0 else 10_000_000 + i,
    }
    claims = [
        Claim("event_type", etype, span),
        Claim("sub_event_type", sub, span),
        Claim("date", day.isoformat(), span, "day"),
        Claim("location", place, span),
        Claim("figure", rng.randrange(1, 50), span, "exact", kind="injured", actor="civilians"),
    ]
    if named:  # a named victim, as a third of real reports have (blocking.people_keys)
        person = f"{names[0]} {names[1]}"
        claims.append(Claim(PERSON_FIELD, person, span, kind=VICTIM, role="target"))
    return article, Mention(article.id, 0, True, claims=claims)


def _claim_json(claim: Claim) -> dict[str, Any]:
    """`Claim.to_json` without dataclasses.asdict's deep copies (ten times faster for bulk)."""
    return {
        "field": claim.field,
        "value": claim.value,
        "qualifier": claim.qualifier,
        "attributed_to": claim.attributed_to,
        "kind": claim.kind,
        "actor": claim.actor,
        "item": claim.item,
        "role": claim.role,
        "max_value": claim.max_value,
        "span": claim.span.to_json(),
    }


def _mention_row(mention: Mention) -> dict[str, Any]:
    """The mentions-table row `Store.save_mentions` writes (claims table rows are skipped: the
    resolver reads mentions back from this row's JSON)."""
    data = {
        "id": mention.id,
        "article_id": mention.article_id,
        "index": mention.index,
        "main": mention.main,
        "anchor": None,
        "claims": [_claim_json(c) for c in mention.claims],
        "quotes": [],
        "not_attempted": [],
        "framing": None,
    }
    return {
        "id": mention.id,
        "article_id": mention.article_id,
        "mention_index": mention.index,
        "main": mention.main,
        "data": data,
    }


def _minimal_summary(incident_id: str, mention: Mention) -> dict[str, Any]:
    """A small summary with the keys the store indexes (full summaries would only slow loading)."""
    date_claim, place_claim = mention.first("date"), mention.first("location")
    etype = mention.first("event_type")
    return {
        "id": incident_id,
        "event_type": etype.value if etype else None,
        "date": date_claim.value if date_claim else None,
        "time_precision": "day",
        "location": place_claim.value if place_claim else None,
        "articles": [mention.article_id],
        "mentions": [{"article_id": mention.article_id, "main": True}],
        "sources": 1,
        "conflicts": [],
    }


def _batches(
    n: int, rng: random.Random, streets: random.Random
) -> Iterator[list[tuple[Article, Mention]]]:
    batch: list[tuple[Article, Mention]] = []
    for i in range(n):
        batch.append(_synthetic(i, rng, f"Outlet {i % 500}", streets))
        if len(batch) == LOAD_CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def load_synthetic_ledger(url: str, n_incidents: int, seed: int = 1) -> list[Mention]:
    """Bulk-load N synthetic incidents; returns a sample of their mentions to report again.

    Articles and mentions go in by plain `executemany` and incidents by the store's bulk
    loader (`store.bulk`), a transaction per chunk with durability off: the per-row SQLAlchemy
    inserts this replaced took over 77 minutes at 1M on a loaded machine."""
    from newsledger.store import rows as store_rows
    from newsledger.store import tables
    from newsledger.store.bulk import bulk_insert_sqlite
    from newsledger.store.sql import SqlStore

    rng, streets = random.Random(seed), random.Random(seed + STREET_SEED)
    sample: list[Mention] = []
    store = open_store(url)
    assert isinstance(store, SqlStore), "the merge bench loads SQLite directly"
    try:
        for batch in _batches(n_incidents, rng, streets):
            now = _utcnow()
            articles = [store_rows.article_row(a, now) for a, _ in batch]
            mention_rows: list[dict[str, Any]] = []
            incidents: list[StoredIncident] = []
            for article, mention in batch:
                mention_rows.append(_mention_row(mention))
                profile = build_profile(mention, {article.id: article}, with_terms=False)
                profile.terms = {
                    w.lower(): 2.0 if w[0].isupper() else 1.0 for w in article.text.split()[:15]
                }
                profile.blocks = street_blocks(article.text, article.language)
                iid = incident_id_for(mention.id)
                incidents.append(
                    StoredIncident(
                        iid, [mention.id], _minimal_summary(iid, mention), block_keys(profile)[0]
                    )
                )
            bulk_insert_sqlite(store.engine, tables.articles, articles)
            bulk_insert_sqlite(store.engine, tables.mentions, mention_rows)
            store.bulk_load_incidents(incidents)
            sample.extend(m for _, m in batch[: ADDITIONS // 2 + 1])
    finally:
        store.close()
    return sample[: ADDITIONS // 2]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[int(0.95 * (len(ordered) - 1))], 2)


def bench_merge(n_incidents: int, seed: int = 1) -> dict[str, float]:
    """Load a synthetic ledger of N incidents, then time adding articles one by one.

    Returns load seconds, median/p95 milliseconds per added article, and how many candidate
    incidents blocking returned on average (flat with size when blocking works). CPU-time
    figures (this process: Python and SQLite) beside the wall-clock ones, which on a machine
    shared with other work measure the load more than the code.
    """
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'merge-bench.db'}"
        started, started_cpu = time.perf_counter(), time.process_time()
        repeated = load_synthetic_ledger(url, n_incidents, seed)
        load_seconds = time.perf_counter() - started
        load_cpu_seconds = time.process_time() - started_cpu
        rng, streets = random.Random(seed + 1), random.Random(seed + 1 + STREET_SEED)
        timings: list[float] = []
        cpu_timings: list[float] = []
        candidates: list[int] = []
        with open_store(url) as store:
            for k in range(WARM_UP + ADDITIONS):
                if k % 2 == 0 and repeated:
                    # another outlet's report of an existing incident (same facts, same words)
                    old = repeated[k // 2 % len(repeated)]
                    article = store.get_article(old.article_id)
                    assert article is not None
                    new_article = Article(
                        id=f"rep{k:06d}",
                        text=article.text,
                        title=article.title,
                        outlet=f"Other outlet {k}",
                        published=article.published,
                        language=article.language,
                    )
                    claims = [
                        Claim(
                            c.field,
                            c.value,
                            Span(new_article.id, c.span.start, c.span.end, c.span.text),
                            c.qualifier,
                            kind=c.kind,
                            actor=c.actor,
                            role=c.role,
                        )
                        for c in old.claims
                    ]
                    mention = Mention(new_article.id, 0, True, claims=claims)
                else:
                    new_article, mention = _synthetic(n_incidents + k, rng, "Fresh outlet", streets)
                    new_article.id = f"new{k:06d}"
                    mention = Mention(
                        new_article.id,
                        0,
                        True,
                        claims=[
                            Claim(
                                c.field,
                                c.value,
                                Span(new_article.id, c.span.start, c.span.end, c.span.text),
                                c.qualifier,
                                kind=c.kind,
                                actor=c.actor,
                                role=c.role,
                            )
                            for c in mention.claims
                        ],
                    )
                store.add_articles([new_article])
                store.save_mentions(new_article.id, [mention])
                probe = block_keys(build_profile(mention, {new_article.id: new_article}))[1]
                found = len(store.incidents_for_blocks(probe))
                t0, c0 = time.perf_counter(), time.process_time()
                add_mentions(store, [mention], {new_article.id: new_article})
                wall_ms = (time.perf_counter() - t0) * 1000
                cpu_ms = (time.process_time() - c0) * 1000
                if k < WARM_UP:
                    continue  # the first summary loads the gazetteer: start-up, not the ledger
                candidates.append(found)
                timings.append(wall_ms)
                cpu_timings.append(cpu_ms)
    return {
        "incidents": float(n_incidents),
        "load_seconds": round(load_seconds, 1),
        "load_cpu_seconds": round(load_cpu_seconds, 1),
        "add_article_ms_median": round(statistics.median(timings), 2),
        "add_article_ms_p95": _p95(timings),
        "add_article_cpu_ms_median": round(statistics.median(cpu_timings), 2),
        "add_article_cpu_ms_p95": _p95(cpu_timings),
        "candidates_mean": round(statistics.mean(candidates), 2),
    }
