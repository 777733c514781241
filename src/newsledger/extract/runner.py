"""Run extraction over stored articles and save their mentions.

Articles are analysed in batches per language; each article's mentions are saved in their own
transaction, so a crash loses at most the article in flight and a re-run resumes where it stopped
(`Store.article_ids_without_mentions`). An article that makes the pipeline fail is reported by id
and reason, and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from newsledger.extract.base import Extractor
from newsledger.model import Article, Mention
from newsledger.store.base import Store

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]

ARTICLES_PER_BATCH = 32
"""Articles read from the store and piped through spaCy at once (bounds memory)."""


@dataclass(slots=True)
class ExtractSummary:
    """What one extraction run did."""

    articles: int = 0
    mentions: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    extracted: dict[str, list[Mention]] = field(default_factory=dict)


@cache
def default_extractor() -> Extractor:
    """The offline rule extractor (spaCy parse + rules)."""
    from newsledger.extract.rules import RuleExtractor

    return RuleExtractor()


def extract_article(article: Article, extractor: Extractor | None = None) -> list[Mention]:
    """Analyse and extract one article (no store involved): the stage function Spark reuses."""
    from newsledger.nlp.pipeline import analyse

    doc = analyse(article)
    return (extractor or default_extractor()).extract(article, doc)


def extract_many(
    articles: Sequence[Article],
    extractor: Extractor | None = None,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> list[tuple[Article, list[Mention]]]:
    """Analyse and extract a batch of articles; a failing article is reported, the rest go on."""
    from newsledger.nlp.pipeline import analyse_many

    chosen = extractor or default_extractor()
    results: list[tuple[Article, list[Mention]]] = []
    try:
        pairs = list(analyse_many(articles))
    except Exception:  # one document broke the batch: fall back to one at a time
        log.warning("batch analysis failed; retrying the %d articles one by one", len(articles))
        pairs = []
        for article in articles:
            try:
                pairs.extend(analyse_many([article]))
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
    for article, doc in pairs:
        try:
            results.append((article, chosen.extract(article, doc)))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
    return results


def extract_stored(
    store: Store,
    article_ids: Sequence[str] | None = None,
    extractor: Extractor | None = None,
    on_progress: ProgressCallback | None = None,
) -> ExtractSummary:
    """Extract mentions for the given articles (default: those not extracted yet) and save them."""
    ids = list(article_ids) if article_ids is not None else store.article_ids_without_mentions()
    summary = ExtractSummary()

    def record_failure(article: Article, exc: Exception) -> None:
        summary.failures.append((article.id, f"{type(exc).__name__}: {exc}"))
        log.warning("extraction failed for article %s: %s", article.id, exc)

    for offset in range(0, len(ids), ARTICLES_PER_BATCH):
        batch_ids = ids[offset : offset + ARTICLES_PER_BATCH]
        articles = [a for a in (store.get_article(i) for i in batch_ids) if a is not None]
        for article, mentions in extract_many(articles, extractor, on_error=record_failure):
            store.save_mentions(article.id, mentions)
            summary.articles += 1
            summary.mentions += len(mentions)
            summary.extracted[article.id] = mentions
        if on_progress is not None:
            on_progress(min(offset + len(batch_ids), len(ids)), len(ids))
    return summary
