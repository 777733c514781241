"""Resolution on a small real sample of gva_dev (multi-outlet US shooting reports): the same
incidents whatever the order the articles arrive in, batch or one at a time."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from conftest import require_shared
from newsledger.eval.bench_gva_dev import read_documents, read_gold
from newsledger.eval.folds import fold_of
from newsledger.extract.runner import extract_many
from newsledger.merge.resolve import add_mentions, resolve_mentions
from newsledger.model import Article, Mention
from newsledger.store import open_store

MULTI_ARTICLE_INCIDENTS = 3
"""Held-out incidents with 3+ articles in the sample (the first ones by id), plus as many
single-article incidents: about a dozen articles, a few seconds of extraction."""


@pytest.fixture(scope="module")
def sample(bench_dir: Path) -> tuple[list[Mention], dict[str, Article]]:
    folder = require_shared(bench_dir / "gva_dev")
    gold = read_gold(folder)
    docs = read_documents(folder)
    held = [k for k in sorted(gold, key=int) if fold_of("gva_dev", k) == "heldout"]
    multi = [k for k in held if len(gold[k].urls) >= 3][:MULTI_ARTICLE_INCIDENTS]
    single = [k for k in held if len(gold[k].urls) == 1][:MULTI_ARTICLE_INCIDENTS]
    urls = [u for k in multi + single for u in gold[k].urls if u in docs]
    articles = [
        Article.from_text(
            docs[u].text,
            title=docs[u].title,
            url=u,
            language="en",
            published=date.fromisoformat(docs[u].published) if docs[u].published else None,
        )
        for u in urls
    ]
    mentions = [m for _, ms in extract_many(articles) for m in ms]
    return mentions, {a.id: a for a in articles}


def _groups(incidents: list[list[str]]) -> list[list[str]]:
    return sorted(sorted(g) for g in incidents)


def test_batch_resolution_ignores_the_order(
    sample: tuple[list[Mention], dict[str, Article]],
) -> None:
    mentions, articles = sample
    assert len({m.article_id for m in mentions}) >= 8
    first = _groups([inc.mention_ids for inc in resolve_mentions(mentions, articles)])
    for seed in (1, 2):
        shuffled = list(mentions)
        random.Random(seed).shuffle(shuffled)
        again = _groups([inc.mention_ids for inc in resolve_mentions(shuffled, articles)])
        assert again == first


def test_one_at_a_time_in_two_orders_gives_the_batch_incidents(
    sample: tuple[list[Mention], dict[str, Article]],
) -> None:
    mentions, articles = sample
    batch = _groups([inc.mention_ids for inc in resolve_mentions(mentions, articles)])
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    for order in (sorted(by_article), sorted(by_article, reverse=True)):
        store = open_store("sqlite://")
        try:
            for article_id in order:
                store.add_articles([articles[article_id]])
                store.save_mentions(article_id, by_article[article_id])
                add_mentions(store, by_article[article_id], articles)
            stored = _groups([inc.mention_ids for inc in store.list_incidents()])
        finally:
            store.close()
        assert stored == batch
