"""The development parse cache gives exactly the mentions a plain run gives, cold and warm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.extract.runner import extract_many
from newsledger.model import Article
from newsledger.nlp.parse_cache import PARSE_CACHE_ENV

TEXTS = (
    "Two men were shot on Friday night outside a bar on Elm Street in Dayton, police said. "
    "One of them died at the hospital. Officers arrested a 24-year-old suspect on Saturday.",
    "Des manifestants ont lancé des pierres sur les gendarmes mardi soir à Calais; "
    "trois agents ont été blessés et cinq personnes interpellées, selon la préfecture.",
)


def _mentions(articles: list[Article]) -> dict[str, list[dict[str, object]]]:
    return {a.id: [m.to_json() for m in ms] for a, ms in extract_many(articles)}


def test_cached_parse_gives_the_plain_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [
        Article.from_text(TEXTS[0], language="en", published=date(2025, 3, 10)),
        Article.from_text(TEXTS[1], language="fr", published=date(2025, 3, 12)),
    ]
    monkeypatch.delenv(PARSE_CACHE_ENV, raising=False)
    plain = _mentions(articles)
    assert any(plain.values())
    monkeypatch.setenv(PARSE_CACHE_ENV, str(tmp_path))
    cold = _mentions(articles)
    assert len(list(tmp_path.rglob("*.spacy"))) == 2
    warm = _mentions(articles)
    assert cold == plain
    assert warm == plain
