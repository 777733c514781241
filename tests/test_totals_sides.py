"""An incident's total is no lower than the sides that cannot be the same people
(`merge.consensus.sides_floor`), and sides that can be are never added. Sentences are our own,
written for these tests; the expected totals are what the sentences state."""

from __future__ import annotations

from newsledger.extract.figures import extract_figures
from newsledger.extract.totals import mention_totals, side_counts
from newsledger.merge.consensus import incident_totals, sides_floor
from newsledger.model import Article, Claim
from newsledger.nlp.pipeline import analyse

Totals = dict[str, dict[str, object]]


def _claims(text: str) -> list[Claim]:
    article = Article.from_text(text, language="en")
    return extract_figures(list(analyse(article).sents), article.id)


def _told(value: int, sides: dict[str, int] | None = None) -> dict[str, object]:
    """A mention's total of one kind as `mention_totals` gives it."""
    out: dict[str, object] = {"value": value, "min": value, "max": value, "qualifier": "exact"}
    if sides:
        out["sides"] = sides
    return out


# --- the mention's sides -----------------------------------------------------------------------


def test_each_side_keeps_its_own_stated_count() -> None:
    claims = _claims(
        "Twelve officers and five demonstrators were wounded in the clashes near the port on "
        "Saturday."
    )
    assert side_counts(claims)["injured"] == {"police": 12, "protesters": 5}


def test_a_vague_side_states_no_count_of_its_own() -> None:
    # "several demonstrators" says some were hurt, not how many: it is no side's count
    claims = _claims(
        "Riot police said twelve officers were wounded; several demonstrators were also injured."
    )
    assert side_counts(claims)["injured"] == {"police": 12}


def test_hospitalised_counts_as_its_side_injured() -> None:
    claims = _claims(
        "Eight protesters were arrested and six officers were treated in hospital after the march."
    )
    sides = side_counts(claims)
    assert sides["injured"] == {"police": 6}
    assert sides["arrested"] == {"protesters": 8}


def test_the_mention_totals_carry_their_sides() -> None:
    totals = mention_totals(
        _claims("Eleven gendarmes were hurt and four asylum seekers were injured on Monday.")
    )
    assert totals["injured"]["value"] == 15
    assert totals["injured"]["sides"] == {"police": 11, "migrants": 4}


# --- the incident: sides that cannot overlap are a floor ---------------------------------------


def test_a_source_telling_one_side_does_not_set_the_total_below_both_sides() -> None:
    # one report counts both sides (15 hurt); the other counts the officers and only "some"
    # of the asylum seekers. The median of the two totals is the lower, 11; the sides say 15.
    first = mention_totals(
        _claims(
            "Eleven gendarmes were hurt and four asylum seekers were injured when the camp was "
            "cleared on Monday."
        )
    )
    second = mention_totals(
        _claims(
            "Eleven gendarmes were injured when the camp was cleared on Monday. Some asylum "
            "seekers were also hurt."
        )
    )
    assert second["injured"]["value"] == 11
    totals = incident_totals([("outlet-a", "a1", first), ("outlet-b", "b1", second)])
    assert totals["injured"]["value"] == 15
    assert totals["injured"]["sides"] == {"police": 11, "migrants": 4}
    assert totals["injured"]["max"] == 15


def test_each_side_takes_its_lowest_source() -> None:
    # the officers are 9 in one source and 10 in another: the floor adds 9, as the side's
    # own consensus does (ACLED's conservative rule)
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(12, {"police": 9, "protesters": 3})}),
        ("outlet-b", "b1", {"injured": _told(10, {"police": 10})}),
    ]
    assert sides_floor(mentions, "injured") == (12, {"police": 9, "protesters": 3})
    assert incident_totals(mentions)["injured"]["value"] == 12


def test_the_floor_never_lowers_a_total() -> None:
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(20, {"police": 2, "migrants": 3})}),
        ("outlet-b", "b1", {"injured": _told(20)}),
    ]
    totals = incident_totals(mentions)
    assert totals["injured"]["value"] == 20
    assert "sides" not in totals["injured"]


def test_generic_people_are_never_added_to_a_side() -> None:
    # "civilians" is also every generic person word ("five people were hurt, two of them
    # officers"): it may hold the officers, so it is not added to them
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(5, {"civilians": 5, "police": 2})}),
        ("outlet-b", "b1", {"injured": _told(2, {"police": 2})}),
    ]
    assert sides_floor(mentions, "injured") == (5, {})
    assert incident_totals(mentions)["injured"]["value"] == 2  # the median rule alone


def test_sides_outside_the_state_are_not_added_to_each_other() -> None:
    # migrants who marched are protesters too: two counts of them may be the same people
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(7, {"migrants": 4, "protesters": 3})}),
        ("outlet-b", "b1", {"injured": _told(4, {"migrants": 4})}),
    ]
    assert sides_floor(mentions, "injured") == (4, {})
    assert incident_totals(mentions)["injured"]["value"] == 4


def test_two_sides_no_source_tells_apart_are_not_added() -> None:
    # one report's wounded officer may be the other report's wounded protester: no single
    # source says they are different people
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(1, {"police": 1})}),
        ("outlet-b", "b1", {"injured": _told(1, {"protesters": 1})}),
    ]
    assert sides_floor(mentions, "injured") == (1, {})
    assert incident_totals(mentions)["injured"]["value"] == 1


def test_perpetrators_are_not_added_by_the_floor() -> None:
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(2, {"police": 1, "perpetrators": 1})}),
        ("outlet-b", "b1", {"injured": _told(1, {"police": 1})}),
    ]
    assert sides_floor(mentions, "injured") == (1, {})


def test_a_side_told_hurt_and_later_dead_is_not_counted_injured() -> None:
    # an early report: two officers and three migrants hurt; a later one: one of the migrants
    # died. Injured: the two officers and the two migrants still alive, four.
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"injured": _told(5, {"police": 2, "migrants": 3})}),
        (
            "outlet-b",
            "b1",
            {"injured": _told(2, {"police": 2}), "killed": _told(1, {"migrants": 1})},
        ),
        ("outlet-c", "c1", {"injured": _told(2, {"police": 2})}),
    ]
    totals = incident_totals(mentions)
    assert totals["killed"]["value"] == 1
    assert totals["injured"]["value"] == 4
    assert totals["injured"]["sides"] == {"police": 2, "migrants": 2}


def test_the_state_and_a_crowd_add_up_for_the_dead_too() -> None:
    mentions: list[tuple[str, str, Totals]] = [
        ("outlet-a", "a1", {"killed": _told(3, {"military": 1, "rioters": 2})}),
        ("outlet-b", "b1", {"killed": _told(1, {"military": 1})}),
    ]
    assert incident_totals(mentions)["killed"]["value"] == 3
