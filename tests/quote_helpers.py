"""Shared helpers for the quote and attribution tests: parse once, read seeds simply."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from newsledger.model import Article
from newsledger.nlp.pipeline import load_pipeline


def parse(text: str, lang: str = "en") -> tuple[Article, Doc]:
    """The article and its parsed Doc (model components only, newsledger components skipped)."""
    article = Article.from_text(text, language=lang)
    nlp = load_pipeline(lang)
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    for name, proc in nlp.pipeline:
        if not name.startswith("newsledger_"):
            doc = proc(doc)
    return article, doc


def seed(seed_paths: list[Path], prefix: str) -> Path:
    """The seed file whose name starts with prefix ("000")."""
    return next(p for p in seed_paths if p.name.startswith(prefix))
