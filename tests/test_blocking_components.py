"""The candidate graph (merge/resolve.candidate_components): the commonest words of shooting
reports must not chain unrelated reports into one closed set, while two reports of one
incident still meet. Texts are this test's own."""

from __future__ import annotations

import math
from datetime import date

from newsledger.merge.profile import MentionProfile, PlaceFact, rare_terms, salient_terms
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
