"""Town x street-block keys (merge/blocking.street_block_keys): two reports that name no one but
give one block of a street in one town meet, whatever their extracted days or wording. Texts and
places are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.profile_helpers import report

from newsledger.merge.blocking import street_block_keys
from newsledger.merge.descriptions import street_blocks
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import blocked_pairs

MILLBROOK = PlaceFact(8201, "Millbrook", "US", "S3", 40.0, -90.0, 1)
FERNDALE = PlaceFact(8202, "Ferndale", "US", "S3", 40.3, -90.2, 1)
DAY = date(2035, 6, 14)


def placed(
    key: str, text: str, *, place: PlaceFact | None, day: date | None, published: date
) -> MentionProfile:
    """A report that names no one and shares no word with the others, giving `text`'s blocks."""
    p = report(key, day=day, place=place, words={f"{key}word": 2.0}, published=published)
    return replace(p, blocks=street_blocks(text, "en"))


def test_reports_of_one_block_meet_though_their_days_differ() -> None:
    first = placed(
        "a", "in the 1400 block of Alder Street", place=MILLBROOK, day=DAY, published=DAY
    )
    # a later report whose extracted day is the arrest's, not the shooting's
    later = placed(
        "b",
        "at 1427 Alder Street",
        place=MILLBROOK,
        day=DAY + timedelta(days=19),
        published=DAY + timedelta(days=20),
    )
    assert blocked_pairs([first, later]) == [(0, 1)]


def test_an_undated_report_of_the_block_meets_on_its_publication_day() -> None:
    first = placed(
        "a", "in the 1400 block of Alder Street", place=MILLBROOK, day=DAY, published=DAY
    )
    undated = placed(
        "b", "the 1400 block of Alder Street", place=MILLBROOK, day=None, published=DAY
    )
    assert blocked_pairs([first, undated]) == [(0, 1)]


def test_another_block_another_town_or_months_later_do_not_meet() -> None:
    first = placed(
        "a", "in the 1400 block of Alder Street", place=MILLBROOK, day=DAY, published=DAY
    )
    other_block = placed(
        "b", "in the 1500 block of Alder Street", place=MILLBROOK, day=None, published=DAY
    )
    other_town = placed(
        "c", "in the 1400 block of Alder Street", place=FERNDALE, day=None, published=DAY
    )
    later = DAY + timedelta(days=200)
    months_later = placed(
        "d", "in the 1400 block of Alder Street", place=MILLBROOK, day=None, published=later
    )
    stored, _ = street_block_keys(first)
    for other in (other_block, other_town, months_later):
        assert not set(stored) & set(street_block_keys(other)[1]), other.article_id


def test_a_report_without_a_town_or_a_block_has_no_key() -> None:
    no_town = placed("a", "in the 1400 block of Alder Street", place=None, day=DAY, published=DAY)
    no_block = placed("b", "on Alder Street", place=MILLBROOK, day=DAY, published=DAY)
    assert street_block_keys(no_town) == ([], [])
    assert street_block_keys(no_block) == ([], [])


def test_a_block_written_with_and_without_its_direction_meets() -> None:
    first = placed(
        "a", "in the 1400 block of West Alder Street", place=MILLBROOK, day=DAY, published=DAY
    )
    later = DAY + timedelta(days=19)
    plain = placed("b", "at 1427 Alder Street", place=MILLBROOK, day=later, published=later)
    assert blocked_pairs([first, plain]) == [(0, 1)]
