"""What a new user met in the first hour (cleanup-s18): a merge of two incidents that one
sentence reports (their mentions share a span) said "merged" and changed nothing; ..."""

from __future__ import annotations

from typer.testing import CliRunner

from newsledger.model import Article, Mention, Span
from newsledger.serve.cli import app
from newsledger.store import Correction, open_store

runner = CliRunner()

TWO_EVENTS = (
    "Harbour workers walked out in Bremen on Friday. The walkout came a week after a crane "
    "fell on a pier in Kiel and two months after a warehouse burned down in Rostock."
)
"""Our own sentences: the second one reports two earlier events, so two mentions share it."""


def _said(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_a_merge_of_two_mentions_sharing_one_sentence_keeps_both(store_url: str) -> None:
    with open_store(store_url) as store:
        store.add_articles([Article.from_text(TWO_EVENTS, origin="x")])
        article_id = store.list_articles()[0].id
        second = TWO_EVENTS.index("The walkout")
        shared = Span(article_id, second, len(TWO_EVENTS), TWO_EVENTS[second:])

        def mention(index: int, span: Span) -> Mention:
            return Mention(article_id, index, index == 0, anchor=span)

        first = Span(article_id, 0, second - 1, TWO_EVENTS[: second - 1])
        store.save_mentions(article_id, [mention(0, first), mention(1, shared), mention(2, shared)])
        pair = (f"{article_id}:1", f"{article_id}:2")
        store.add_correction(Correction("merge", pair, "the same fire"))
        assert store.list_corrections() == [Correction("merge", pair, "the same fire")]
        assert store.correction_records()[0]["mention_ids"] == list(pair)
        # a re-extraction that drops the first mention renumbers the two: both still meant
        store.save_mentions(article_id, [mention(0, shared), mention(1, shared)])
        assert sorted(store.list_corrections()[0].mention_ids) == [
            f"{article_id}:0",
            f"{article_id}:1",
        ]
