"""Rare-word pair keys (merge/blocking.rare_pair_keys): two reports naming the same two uncommon
things meet as candidates even when their 24 rarest words overlap too little for the MinHash
bands. Words and bags are this test's own."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.merge import blocking
from newsledger.merge.blocking import rare_pair_block_keys, rare_pair_keys
from newsledger.merge.profile import MentionProfile
from newsledger.merge.resolve import blocked_pairs

SHARED = ("zeppelin", "obsidian")
"""Two uncommon words both reports name most often (Zipf under 4)."""

OWN_A = [
    "saxophone",
    "marmalade",
    "harpoon",
    "tugboat",
    "trombone",
    "walrus",
    "granary",
    "gondola",
    "falconry",
    "pewter",
    "chandelier",
    "lantern",
    "quarry",
    "lighthouse",
]
OWN_B = [
    "anvil",
    "bagpipe",
    "cobblestone",
    "dandelion",
    "earthenware",
    "flagstone",
    "gargoyle",
    "hedgehog",
    "inkwell",
    "juniper",
    "kettledrum",
    "lacquer",
    "mandolin",
    "nutmeg",
]


def undated(key: str, rare: dict[str, float]) -> MentionProfile:
    return MentionProfile(
        mention_id=f"{key}:0",
        article_id=key,
        index=0,
        main=True,
        source=f"article:{key}",
        sort_key=("9999-12-31", False, key, 0),
        rare=rare,
    )


def bag(shared: tuple[str, ...], own: list[str]) -> dict[str, float]:
    """Shared words weigh most (named again and again), then the report's own words."""
    out = {w: 9.0 for w in shared}
    out.update({w: 3.0 - i * 0.01 for i, w in enumerate(own)})
    return out


def test_two_reports_naming_the_same_two_uncommon_things_meet() -> None:
    a = undated("a", bag(SHARED, OWN_A))
    b = undated("b", bag(SHARED, OWN_B))
    assert set(rare_pair_keys(a)) & set(rare_pair_keys(b)) == {"q|obsidian|zeppelin"}
    assert blocked_pairs([a, b]) == [(0, 1)]


def test_without_pair_keys_the_bands_miss_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocking, "RARE_PAIR_WORDS", 0)
    a = undated("a", bag(SHARED, OWN_A))
    b = undated("b", bag(SHARED, OWN_B))
    assert blocked_pairs([a, b]) == []


def test_one_shared_uncommon_word_is_not_a_pair_key() -> None:
    a = undated("a", bag(("zeppelin",), OWN_A))
    b = undated("b", bag(("zeppelin",), OWN_B))
    assert not set(rare_pair_keys(a)) & set(rare_pair_keys(b))
    assert blocked_pairs([a, b]) == []


def test_common_news_words_make_no_pair_key() -> None:
    common = undated("a", {"police": 9.0, "shooting": 9.0, "lantern": 8.0, "zeppelin": 7.0})
    keys = rare_pair_keys(common)
    assert keys == ["q|lantern|zeppelin"]


def test_dated_reports_months_apart_do_not_meet_through_pair_keys() -> None:
    a = undated("a", bag(SHARED, OWN_A))
    b = undated("b", bag(SHARED, OWN_B))
    for profile, day in ((a, date(2031, 1, 10)), (b, date(2031, 6, 10))):
        profile.date_first = profile.date_last = day
        profile.date_precision = "day"
    assert blocked_pairs([a, b]) == []


def test_only_an_undated_report_probes_pair_keys() -> None:
    dated = undated("a", bag(SHARED, OWN_A))
    dated.date_first = dated.date_last = date(2031, 1, 10)
    dated.date_precision = "day"
    stored, probed = rare_pair_block_keys(dated)
    assert "q|obsidian|zeppelin" in stored and probed == []
    # an undated report still finds the dated one through the keys it stores
    assert blocked_pairs([dated, undated("b", bag(SHARED, OWN_B))]) == [(0, 1)]
