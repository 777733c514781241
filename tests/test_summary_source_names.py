"""An incident's `source_names` name each source as the user knows it: the outlet the page
states, else the file the user gave (as the terminal and the CSV already did), else the id."""

from __future__ import annotations

from newsledger.merge.summary import summarise_incident
from newsledger.model import Article, Mention, Span

TEXT = "A warehouse fire broke out in a port town on Monday night."


def _summary_of(article: Article) -> dict[str, object]:
    span = Span(article.id, 0, len(TEXT), TEXT)
    mention = Mention(article.id, 0, True, anchor=span)
    return summarise_incident("i1", [mention], {article.id: article})


def test_a_file_without_an_outlet_is_named_by_its_file() -> None:
    article = Article.from_text(TEXT, origin="reports/port_fire.txt")
    assert _summary_of(article)["source_names"] == ["port_fire.txt"]


def test_a_stated_outlet_wins_over_the_file() -> None:
    article = Article.from_text(TEXT, origin="reports/port_fire.txt", outlet="Harbour Post")
    assert _summary_of(article)["source_names"] == ["Harbour Post"]


def test_an_origin_that_is_no_path_leaves_the_article_id() -> None:
    article = Article.from_text(TEXT, origin="stdin")
    assert _summary_of(article)["source_names"] == [article.id]
