"""Shared helpers for tests that extract one short report and read its main mention."""

from __future__ import annotations

from datetime import date

from newsledger.extract.figures import extract_figures
from newsledger.extract.runner import extract_article
from newsledger.extract.totals import mention_totals
from newsledger.model import Article, Claim, Mention
from newsledger.nlp.pipeline import analyse


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


def english_figures(text: str) -> list[Claim]:
    """Every figure claim of an English report of `text`, read sentence by sentence."""
    article = Article.from_text(text, language="en")
    doc = analyse(article)
    return extract_figures(list(doc.sents), article.id)


def killed_and_injured(text: str) -> tuple[int, int]:
    """The mention totals of killed and injured of an English report of `text` (0 when absent)."""
    totals = mention_totals(english_figures(text))
    return totals.get("killed", {}).get("value", 0), totals.get("injured", {}).get("value", 0)
