"""Re-ingesting a report that now states its date: an article's id is its text's hash, so the
dated copy was dropped as a duplicate and the stored article and its incidents stayed undated.
The stored copy takes the stated date and is extracted again (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from newsledger.model import Article, Mention, Span
from newsledger.serve.cli import app
from newsledger.store import open_store

runner = CliRunner()

STABBING = "A cyclist was stabbed outside a bakery in Dijon on Monday evening, police said."
"""Our own sentence: one small incident to store."""


def _said(*args: str) -> tuple[int, str]:
    """Exit code and output with its whitespace folded (Rich wraps lines at the terminal width)."""
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_an_exact_copy_that_states_a_date_dates_the_undated_article(store_url: str) -> None:
    undated = Article.from_text(STABBING, origin="report.txt")
    with open_store(store_url) as store:
        store.add_articles([undated])
        anchor = Span(undated.id, 0, 10, STABBING[:10])
        store.save_mentions(undated.id, [Mention(undated.id, 0, True, anchor=anchor)])
        assert undated.id not in store.article_ids_without_mentions()
        dated = Article.from_text(
            STABBING, origin="report.txt", published=date(2024, 3, 5), published_precision="day"
        )
        assert dated.id == undated.id, "the id is the text's hash: the date line is no text"
        (outcome,) = store.add_articles([dated])
        assert outcome.status == "duplicate"
        stored = store.get_article(undated.id)
        assert stored is not None
        assert (stored.published, stored.published_precision) == (date(2024, 3, 5), "day")
        assert undated.id in store.article_ids_without_mentions(), "extracted again"
        later = Article.from_text(
            STABBING, origin="copy.txt", published=date(2024, 3, 9), published_precision="day"
        )
        store.add_articles([later])
        again = store.get_article(undated.id)
        assert again is not None and again.published == date(2024, 3, 5), "a date is kept"


def test_reingesting_a_file_given_a_date_line_dates_its_incident(tmp_path: Path) -> None:
    report = tmp_path / "dijon.txt"
    report.write_text("Cyclist stabbed in Dijon\n\n" + STABBING + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'dated.db'}"
    assert _said("ingest", str(report), "--db", url)[0] == 0
    (before,) = json.loads(_said("incidents", "--db", url, "--json")[1])
    assert before["date"] is None, "no publication date: Monday is no day"
    report.write_text(
        " date 2024-03-06 Cyclist stabbed in Dijon\n\n" + STABBING + "\n", encoding="utf-8"
    )
    code, out = _said("ingest", str(report), "--db", url)
    assert code == 0 and "duplicates 1" in out and "extracted 1 article" in out, out
    (article,) = json.loads(_said("articles", "--db", url, "--json")[1])
    assert article["published"] == "2024-03-06"
    (after,) = json.loads(_said("incidents", "--db", url, "--json")[1])
    assert after["date"] == "2024-03-04", "Monday before Wednesday 6 March 2024"
