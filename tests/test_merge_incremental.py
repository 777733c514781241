"""Incremental resolution through the store: same grouping as batch in any order, corrections
kept across re-runs (merge/resolve.py with the SQLite store)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from newsledger.merge.resolve import (
    add_mentions,
    apply_correction,
    rebuild_incidents,
    resolve_mentions,
)
from newsledger.model import Article, Mention
from newsledger.store import open_store
from newsledger.store.base import Correction, Store
from test_merge import lille_night


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store("sqlite://") as opened:
        yield opened


def ingest(
    store: Store, mentions: list[Mention], articles: dict[str, Article], order: list[str]
) -> None:
    """Add articles one at a time, in the given order, as the ingest pipeline does."""
    for article_id in order:
        own = [m for m in mentions if m.article_id == article_id]
        store.add_articles([articles[article_id]])
        store.save_mentions(article_id, own)
        add_mentions(store, own, {article_id: articles[article_id]})


def stored_grouping(store: Store) -> set[tuple[str, frozenset[str], int]]:
    return {
        (inc.id, frozenset(inc.mention_ids), inc.summary["sources"])
        for inc in store.list_incidents()
    }


def batch_grouping(
    mentions: list[Mention], articles: dict[str, Article]
) -> set[tuple[str, frozenset[str], int]]:
    return {
        (inc.id, frozenset(inc.mention_ids), inc.summary["sources"])
        for inc in resolve_mentions(mentions, articles)
    }


def test_incremental_equals_batch_in_any_order(store: Store) -> None:
    mentions, articles = lille_night()
    expected = batch_grouping(mentions, articles)
    ids = sorted(articles)
    rng = random.Random(3)
    for attempt in range(4):
        order = list(ids)
        rng.shuffle(order)
        with open_store("sqlite://") as fresh:
            ingest(fresh, mentions, articles, order)
            assert stored_grouping(fresh) == expected, (attempt, order)


def test_ingesting_twice_changes_nothing(store: Store) -> None:
    mentions, articles = lille_night()
    ingest(store, mentions, articles, sorted(articles))
    first = stored_grouping(store)
    ingest(store, mentions, articles, sorted(articles, reverse=True))
    assert stored_grouping(store) == first
    assert rebuild_incidents(store) == len(first)
    assert stored_grouping(store) == first


def test_corrections_survive_new_articles_and_rebuilds(store: Store) -> None:
    mentions, articles = lille_night()
    late = "d-week"
    ingest(store, mentions, articles, [a for a in sorted(articles) if a != late])
    apply_correction(store, Correction("split", ("b-radio:0",), "another night"))
    assert store.incident_for_mention("b-radio:0") != store.incident_for_mention("a-nord:0")
    ingest(store, mentions, articles, [late])
    assert store.incident_for_mention("b-radio:0") != store.incident_for_mention("a-nord:0")
    assert store.incident_for_mention("d-week:1") == store.incident_for_mention("a-nord:0")
    rebuild_incidents(store)
    assert store.incident_for_mention("b-radio:0") != store.incident_for_mention("a-nord:0")
    apply_correction(store, Correction("merge", ("b-radio:0", "a-nord:0")))
    assert store.incident_for_mention("b-radio:0") == store.incident_for_mention("a-nord:0")
    rebuild_incidents(store)
    assert store.incident_for_mention("b-radio:0") == store.incident_for_mention("a-nord:0")


def test_candidates_come_from_blocks_only(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions, articles = lille_night()
    ingest(store, mentions, articles, [a for a in sorted(articles) if a != "b-radio"])

    def no_scan(*_: object, **__: object) -> list[object]:
        raise AssertionError("add_mentions must not list every incident")

    monkeypatch.setattr(store, "list_incidents", no_scan)
    monkeypatch.setattr(store, "iter_mentions", no_scan)
    ingest(store, mentions, articles, ["b-radio"])
    assert store.incident_for_mention("b-radio:0") == store.incident_for_mention("a-nord:0")
