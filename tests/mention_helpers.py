"""Shared helpers for tests that extract one short report and read its main mention."""

from __future__ import annotations

from datetime import date

from newsledger.extract.runner import extract_article
from newsledger.model import Article, Mention


def main_mention(text: str, lang: str, published: date) -> Mention:
    """The main mention of a report of `text` in `lang`, published on `published`."""
    mentions = extract_article(Article.from_text(text, language=lang, published=published))
    assert mentions and mentions[0].main
    return mentions[0]


def figure_counts(mention: Mention) -> set[tuple[str, str | None, int | None]]:
    """(kind, actor, value) of every figure claim; a vague value is None."""
    return {
        (str(c.kind), c.actor, c.value if isinstance(c.value, int) else None)
        for c in mention.claims_for("figure")
    }
