"""The candidate graph (merge/resolve.candidate_components): the commonest words of shooting
reports must not chain unrelated reports into one closed set, while two reports of one
incident still meet. Texts are this test's own."""

from __future__ import annotations

import math
from datetime import date

from newsledger.merge.profile import (
    MentionProfile,
    PlaceFact,
    rare_terms,
    salient_terms,
)
from newsledger.merge.resolve import candidate_components

TOWNS = [
    PlaceFact(1000 + i, f"Town{i}", "US", f"S{i}", 30.0 + 2.0 * i, -120.0 + 3.0 * i, 1)
    for i in range(8)
]
"""Eight towns in eight states, hundreds of km apart: no place key meets another town's."""

SURNAMES = [
    "Quillfeather",
    "Marrowdale",
    "Thistlewick",
    "Brambleton",
    "Ashcombe",
    "Duskwater",
    "Fennimore",
    "Holloway",
]
GIVEN = ["Orrin", "Ezekiel", "Thaddeus", "Lucius", "Barnaby", "Cornelius", "Ignatius", "Percival"]
STREETS = [
    "Juniper",
    "Larkspur",
    "Wisteria",
    "Goldenrod",
    "Tamarack",
    "Sassafras",
    "Buckthorn",
    "Hawthorne",
]


def report(key: str, text: str, place: PlaceFact, day: date) -> MentionProfile:
    terms = salient_terms([text])
    rare = rare_terms([text], "en")
    return MentionProfile(
        mention_id=f"{key}:0",
        article_id=key,
        index=0,
        main=True,
        source=f"outlet:{key}",
        sort_key=(day.isoformat(), False, key, 0),
        date_first=day,
        date_last=day,
        date_precision="day",
        place=place,
        event_type="Violence against civilians",
        terms=terms,
        norm=math.sqrt(sum(v * v for v in terms.values())),
        rare=rare,
        rare_norm=math.sqrt(sum(v * v for v in rare.values())),
    )


def shooting(i: int, outlet: str) -> MentionProfile:
    """Report of shooting i: the same stock wording (the commonest words of shooting reports),
    its own victim, street, town and day of one month."""
    text = (
        f"Police said a man was shot near {STREETS[i]}. The man, {GIVEN[i]} {SURNAMES[i]}, "
        "was taken to the hospital and police were called; police said the man was shot."
    )
    return report(f"{outlet}{i}", text, TOWNS[i], date(2031, 3, 1 + 3 * i))


def test_stock_wording_does_not_chain_unrelated_shootings() -> None:
    profiles = [shooting(i, "a") for i in range(8)]
    sizes = [len(c) for c in candidate_components(profiles)]
    assert sizes == [1] * 8


def test_two_reports_of_one_shooting_are_still_one_closed_set() -> None:
    profiles = [shooting(i, "a") for i in range(8)] + [shooting(3, "b")]
    components = candidate_components(profiles)
    assert [len(c) for c in components] == [2] + [1] * 7
    assert {profiles[i].article_id for i in components[0]} == {"a3", "b3"}


def tavern_shooting(i: int, outlet: str) -> MentionProfile:
    """Shooting i of three outside taverns of one name in three towns, ten days apart, each
    its own victim: the shared words put all three in the lexical blocks of one month (one
    candidate set), and stated dates ten days apart in other towns exclude one incident."""
    text = (
        f"A man was shot outside the Larkspur Tavern on Juniper Avenue by Wisteria Park. "
        f"The man, {GIVEN[i]} {SURNAMES[i]}, was taken to Goldenrod Memorial Hospital."
    )
    return report(f"{outlet}{i}", text, TOWNS[i], date(2031, 3, 1 + 10 * i))


def test_linked_sets_split_one_candidate_set_and_resolve_as_the_whole() -> None:
    """The batch job's closed sets (pairs above the link threshold) split a candidate set
    that lexical keys join, and resolving each set alone gives the whole set's incidents."""
    from newsledger.batch.linked import linked_sets
    from newsledger.merge.resolve import resolve_block

    profiles = [tavern_shooting(i, outlet) for i in range(3) for outlet in ("a", "b")]
    assert [len(c) for c in candidate_components(profiles)] == [6]
    sets = linked_sets(profiles)
    assert sets == [["a0:0", "b0:0"], ["a1:0", "b1:0"], ["a2:0", "b2:0"]]
    by_id = {p.mention_id: p for p in profiles}
    parts = [g for s in sets for g in resolve_block([by_id[m] for m in s])]
    assert sorted(map(sorted, parts)) == sorted(map(sorted, resolve_block(profiles)))


def test_key_pairs_pair_probes_with_other_articles_stores() -> None:
    from newsledger.batch.linked import PROBED, STORED, key_pairs

    held = [("m1:0", "m1", STORED), ("m2:0", "m2", PROBED), ("m2:1", "m2", STORED),
            ("m3:0", "m3", PROBED)]  # fmt: skip
    assert sorted(key_pairs("f|d:1|c:1:1|violence", held)) == [
        ("m1:0", "m2:0", False),
        ("m1:0", "m3:0", False),
        ("m2:1", "m3:0", False),
    ]
    wire = [("o:0", "o", STORED), ("c:0", "c", STORED)]
    assert list(key_pairs("w|o:0", wire)) == [("c:0", "o:0", True)]


def test_the_scoring_grid_follows_the_pairs_with_a_task_for_every_core() -> None:
    from newsledger.batch.linked import grid_size

    assert grid_size(1, 10_000) == grid_size(2, 10_000) == 2  # the same 3 tasks on 1 or 2 cores
    assert grid_size(8, 10_000) == 4  # 10 cells: one a core at least
    assert grid_size(2, 0) == 2
    big = grid_size(2, 10_000_000)
    assert 10_000_000 / (big * (big + 1) // 2) <= 40_000


def test_grid_cells_hold_every_pair() -> None:
    from newsledger.batch.linked import cell, grid_size, profile_cells

    size = grid_size(2, 300_000)
    assert size * (size + 1) // 2 >= 8  # about 40,000 pairs a cell
    ids = [f"m{i}:0" for i in range(40)]
    for a in ids:
        for b in ids:
            assert cell(a, b, size) in profile_cells(a, size)
            assert cell(a, b, size) in profile_cells(b, size)
