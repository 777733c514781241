"""A human split or merge keeps meaning the mention a person chose when a re-extraction with other
rules renumbers an article's mentions (corrections were keyed to ARTICLE:INDEX only): the store
on both backends, and a re-extraction of the bundled sample reports under changed rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsledger
from newsledger.model import Article, Mention, Span
from newsledger.store import Correction, open_store

TEXT = (
    "A van hit a tram stop in Ostend on Monday. Separately, a man was robbed at knifepoint "
    "near the harbour on Sunday night. Last year a warehouse fire closed the port road."
)


def test_a_correction_follows_its_mention_when_indexes_change(store_url: str) -> None:
    with open_store(store_url) as store:
        store.add_articles([Article.from_text(TEXT, origin="x")])
        article_id = store.list_articles()[0].id
        robbed, fire = "a man was robbed at knifepoint", "a warehouse fire closed"
        at = _anchored(article_id)

        store.save_mentions(article_id, [at(0, "A van hit"), at(1, robbed), at(2, fire)])
        store.add_correction(Correction("split", (f"{article_id}:1",), "another night"))
        # other rules: the fire is no longer a mention, and one is found before the robbery
        store.save_mentions(
            article_id, [at(0, "A van hit"), at(1, "tram stop in Ostend"), at(2, robbed)]
        )
        assert store.list_corrections() == [
            Correction("split", (f"{article_id}:2",), "another night")
        ]
        assert store.correction_records()[0]["mention_ids"] == [f"{article_id}:2"]
        # the robbery's anchor widened by a rule: the mention overlapping it most is meant
        store.save_mentions(article_id, [at(0, "A van hit"), at(1, robbed + " near the harbour")])
        assert store.list_corrections()[0].mention_ids == (f"{article_id}:1",)
        # no mention left where it stood: the correction names none (it holds nothing back)
        store.save_mentions(article_id, [at(0, "A van hit")])
        assert store.list_corrections()[0].mention_ids == ()


def test_an_id_kept_as_given_beside_an_anchored_one_is_read_as_it_is(store_url: str) -> None:
    """A correction may name an id no stored mention has (no anchor: kept as given); one whose
    index is no number ("ARTICLE:x") made reading the corrections raise, and a kept numeric id
    is still an index the anchored mentions of its article pass over."""
    with open_store(store_url) as store:
        store.add_articles([Article.from_text(TEXT, origin="x")])
        article_id = store.list_articles()[0].id
        robbed = "a man was robbed at knifepoint"
        at = _anchored(article_id)

        store.save_mentions(article_id, [at(0, "A van hit"), at(1, robbed), at(2, robbed)])
        odd, kept = f"{article_id}:x", f"{article_id}:5"
        store.add_correction(Correction("merge", (odd, f"{article_id}:2"), None))
        store.add_correction(Correction("merge", (kept, f"{article_id}:1"), None))
        assert store.list_corrections()[0].mention_ids == (odd, f"{article_id}:2")
        # renumbered: the robbery's two mentions are 5 and 6; the kept 5 is taken, so the
        # anchored one is 6, not a second 5 (the merge would shrink to one mention)
        store.save_mentions(article_id, [at(0, "A van hit"), at(5, robbed), at(6, robbed)])
        assert store.list_corrections()[1].mention_ids == (kept, f"{article_id}:6")


def _anchored(article_id: str) -> Callable[[int, str], Mention]:
    """A maker of TEXT's mentions: index N anchored on the first span of a phrase."""

    def at(index: int, phrase: str) -> Mention:
        return Mention(article_id, index, index == 0, anchor=Span(article_id, *_span(phrase)))

    return at


def _span(phrase: str) -> tuple[int, int, str]:
    start = TEXT.index(phrase)
    return start, start + len(phrase), phrase


def test_migration_gives_stored_corrections_their_anchors(store_url: str) -> None:
    """A correction recorded before migration 0007 gets the anchor of the mention its id names
    at upgrade time, and follows that mention from then on."""
    from alembic import command
    from sqlalchemy import text

    from newsledger.store.engine import alembic_config, write_transaction

    with open_store(store_url) as store:
        store.add_articles([Article.from_text(TEXT, origin="x")])
        article_id = store.list_articles()[0].id
        robbed = "a man was robbed at knifepoint"
        at = _anchored(article_id)

        store.save_mentions(article_id, [at(0, "A van hit"), at(1, robbed)])
        engine = store.engine  # type: ignore[attr-defined]
        with write_transaction(engine) as conn:
            command.downgrade(alembic_config(conn), "0006")
        with write_transaction(engine) as conn:
            conn.execute(
                text(
                    "INSERT INTO corrections (action, mention_ids, note, created_at) "
                    "VALUES ('split', :ids, NULL, :now)"
                ),
                {"ids": f'["{article_id}:1"]', "now": "2026-01-02 03:04:05"},
            )
    with open_store(store_url) as store:
        store.save_mentions(article_id, [at(0, "A van hit"), at(1, "tram stop"), at(2, robbed)])
        assert store.list_corrections()[0].mention_ids == (f"{article_id}:2",)


# --- a re-extraction under changed rules, on the bundled samples -------------------------------

CLEARANCE_FILES = ("002_calais_turquerie.txt", "003_calais_camp_clearance.txt")


@pytest.fixture
def db(samples_ledger: str) -> str:
    return samples_ledger


def test_split_survives_extract_force_under_rules_that_add_a_mention_first(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsledger.extract.rules import RuleExtractor

    with newsledger.open(db) as ledger:
        articles = {Path(a["origin"]).name: a["id"] for a in ledger.articles()}
        first, second = (articles[name] for name in CLEARANCE_FILES)
        together = [i for i in ledger.incidents() if first in i["articles"]]
        assert any(second in i["articles"] for i in together), "one incident before the split"
        chosen = f"{second}:0"
        ledger.split([chosen], note="kept apart")
        anchor = ledger.store.get_mention(chosen).anchor  # type: ignore[union-attr]

    original = RuleExtractor.extract

    def with_an_extra_first_mention(self: Any, article: Article, doc: Any) -> list[Mention]:
        """Rules that find one more mention before the others (the text's last words)."""
        found = original(self, article, doc)
        end = len(article.text)
        extra = Mention(article.id, 0, False, anchor=Span(article.id, end - 5, end,
                                                          article.text[end - 5:]))  # fmt: skip
        renumbered = [extra]
        for n, m in enumerate(found, start=1):
            m.index = n
            renumbered.append(m)
        return renumbered

    monkeypatch.setattr(RuleExtractor, "extract", with_an_extra_first_mention)
    with newsledger.open(db) as ledger:
        ledger.extract(force=True)
        moved = ledger.store.get_mention(f"{second}:1")
        assert moved is not None and moved.anchor == anchor, "the chosen mention is now :1"
        assert ledger.store.list_corrections()[0].mention_ids == (f"{second}:1",)
        ledger.resolve()
        holding = ledger.store.incident_for_mention(f"{second}:1")
        assert holding is not None
        kept = ledger.store.get_incident(holding)
        assert kept is not None and kept.mention_ids == [f"{second}:1"], "still split off"
        assert ledger.store.incident_for_mention(f"{first}:1") != holding
