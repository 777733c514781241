"""Same-town follow-up keys (merge/blocking.follow_up_keys) and the link scorer's training pairs
(merge/train_linker.look_alike_pairs), which are chosen by facts, not by blocking. Texts and
places are this test's own."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from newsledger.merge import blocking
from newsledger.merge.blocking import block_keys, follow_up_keys
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.merge.resolve import blocked_pairs
from newsledger.merge.train_linker import Corpus, gva_pairs, look_alike_pairs

MILLBROOK = PlaceFact(7001, "Millbrook", "US", "S1", 41.0, -90.0, 1)
FERNDALE = PlaceFact(7002, "Ferndale", "US", "S1", 41.1, -90.1, 1)
THE_STATE = PlaceFact(7000, "State One", "US", "S1", 41.0, -90.0, 3)


def mention(key: str, day: date | None, place: PlaceFact | None) -> MentionProfile:
    return MentionProfile(
        mention_id=f"{key}:0",
        article_id=key,
        index=0,
        main=True,
        source=f"outlet:{key}",
        sort_key=((day or date(2031, 1, 1)).isoformat(), False, key, 0),
        date_first=day,
        date_last=day,
        date_precision="day" if day else None,
        place=place,
        published=day,
    )


DAY = date(2031, 5, 10)


def test_a_follow_up_weeks_later_in_the_same_town_meets_its_shooting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "FOLLOW_UP_KEYS", True)
    shooting = mention("a", DAY, MILLBROOK)
    for gap in (20, 45, 60):
        follow_up = mention("b", DAY + timedelta(days=gap), MILLBROOK)
        assert blocked_pairs([shooting, follow_up]) == [(0, 1)], gap


def test_follow_up_keys_stay_in_their_town_and_within_three_months(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "FOLLOW_UP_KEYS", True)
    shooting = mention("a", DAY, MILLBROOK)
    months_later = mention("b", DAY + timedelta(days=90), MILLBROOK)
    next_town = mention("c", DAY + timedelta(days=30), FERNDALE)
    stored, _ = follow_up_keys(shooting)
    assert not set(stored) & set(follow_up_keys(months_later)[1])
    assert not set(stored) & set(follow_up_keys(next_town)[1])
    assert blocked_pairs([shooting, months_later]) == []


def test_no_town_or_no_date_gives_no_follow_up_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert follow_up_keys(mention("a", DAY, THE_STATE)) == ([], [])
    assert follow_up_keys(mention("a", None, MILLBROOK)) == ([], [])
    assert follow_up_keys(mention("a", DAY, None)) == ([], [])
    stored, probed = block_keys(mention("a", DAY, MILLBROOK))
    assert not any(k.startswith("u|") for k in stored + probed)  # off by default
    monkeypatch.setattr(blocking, "FOLLOW_UP_KEYS", True)
    stored, probed = block_keys(mention("a", DAY, MILLBROOK))
    assert any(k.startswith("u|") for k in stored) and any(k.startswith("u|") for k in probed)


POSTAL_TOWN = PlaceFact(None, "Hollow Creek", "US", "S1", 41.2, -90.2, 1)
"""A postal town GeoNames lacks (nlp.usps_towns): no id, a state and a point."""


def test_a_postal_town_without_an_id_keys_by_its_state_and_name() -> None:
    shooting = mention("a", DAY, POSTAL_TOWN)
    follow_up = mention("b", DAY + timedelta(days=40), POSTAL_TOWN)
    stored, _ = follow_up_keys(shooting)
    assert stored and set(stored) & set(follow_up_keys(follow_up)[1])
    namesake = PlaceFact(None, "Hollow Creek", "US", "S2", 35.0, -80.0, 1)  # another state's
    assert not set(stored) & set(follow_up_keys(mention("c", DAY, namesake))[1])
    assert not set(stored) & set(follow_up_keys(mention("d", DAY, MILLBROOK))[1])
    # a neighbourhood with a country and a state but no point: refused for the point alone
    no_point = PlaceFact(None, "Riverside Flats", "US", "S1", None, None, 2)
    assert follow_up_keys(mention("e", DAY, no_point)) == ([], [])


def test_a_postal_town_with_no_country_has_no_key() -> None:
    # a state and a point but no country: no "None.S1.<name>" key shared across countries
    no_country = PlaceFact(None, "Hollow Creek", None, "S1", 41.2, -90.2, 1)
    assert follow_up_keys(mention("f", DAY, no_country)) == ([], [])


def test_training_pairs_are_look_alikes_chosen_by_facts() -> None:
    profiles = [
        mention("a", DAY, MILLBROOK),
        mention("b", DAY + timedelta(days=50), MILLBROOK),  # same town, within 60 days
        mention("c", DAY + timedelta(days=2), THE_STATE),  # same days, anywhere
        mention("d", DAY + timedelta(days=200), MILLBROOK),  # same town, months later
        mention("e", DAY + timedelta(days=30), FERNDALE),  # another town, weeks later
    ]
    assert look_alike_pairs(profiles) == {(0, 1), (0, 2)}


def test_training_pairs_hold_every_same_incident_pair_and_do_not_move_with_the_seed() -> None:
    profiles = [mention(f"m{i}", DAY + timedelta(days=100 * i), MILLBROOK) for i in range(6)]
    gold = {p.article_id: ("one" if i in (0, 5) else p.article_id) for i, p in enumerate(profiles)}
    corpus = Corpus(profiles, gold)
    first = gva_pairs(corpus, random.Random(11))
    assert (0, 5) in first
    assert first == gva_pairs(corpus, random.Random(11))
    assert len(first) == len(set(first)) == 15
