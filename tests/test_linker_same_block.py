"""The unknown cap lifted for two reports of one block of a street on one stated day
(linker.same_block_stated_day): the block places them finer than a town, so a report whose town
was missed is weighed by the model. Texts and places are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.descriptions import street_blocks
from newsledger.merge.profile import MentionProfile, PlaceFact

MILLBROOK = PlaceFact(8401, "Millbrook", "US", "S6", 40.0, -90.0, 1)
DAY = date(2037, 8, 21)
FOLLOW_UP = DAY + timedelta(days=10)
"""A follow-up's publication day: too late for the rule on reports of the same days."""


def told(
    key: str, text: str, *, place: PlaceFact | None, day: date, published: date = DAY
) -> MentionProfile:
    """A report giving `text`'s blocks, sharing two of its three rare words with the others."""
    words = {"gunfire": 2.5, "porch": 2.2, f"{key}hedge": 3.0}
    p = report(key, day=day, place=place, words=words, published=published)
    return replace(p, blocks=street_blocks(text, "en"))


def test_a_placeless_report_of_the_same_block_and_day_is_weighed_by_the_model() -> None:
    placed = told("a", "in the 300 block of Quince Avenue", place=MILLBROOK, day=DAY)
    placeless = told("b", "at 312 Quince Avenue", place=None, day=DAY, published=FOLLOW_UP)
    assert linker.score_link(placed, placeless) > linker.model().threshold


def test_another_block_or_other_days_keep_the_cap() -> None:
    placed = told("a", "in the 300 block of Quince Avenue", place=MILLBROOK, day=DAY)
    other_block = told(
        "b", "in the 900 block of Quince Avenue", place=None, day=DAY, published=FOLLOW_UP
    )
    days_later = told(
        "c", "at 312 Quince Avenue", place=None, day=DAY + timedelta(days=5), published=FOLLOW_UP
    )
    no_block = told("d", "on Quince Avenue", place=None, day=DAY, published=FOLLOW_UP)
    for other in (other_block, days_later, no_block):
        assert linker.score_link(placed, other) <= linker.UNKNOWN_CAP, other.article_id
