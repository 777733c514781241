"""Consensus and conflict rules for figures, dates and places (merge/consensus.py)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.merge.consensus import (
    SourcedDate,
    SourcedFigure,
    SourcedPlace,
    claim_sentence,
    date_consensus,
    figure_consensus,
    finer_town,
    is_part,
    named_most,
    place_consensus,
    recalled_places_aside,
    smaller_town,
    sourced_date,
    spans_midnight,
    told_as_morning,
    told_as_unnamed_night,
    told_later_in_day,
    told_with_act,
)
from newsledger.merge.profile import PlaceFact


def fig(
    source: str,
    value: int | None,
    qualifier: str = "exact",
    max_value: int | None = None,
    derived: bool = False,
) -> SourcedFigure:
    return SourcedFigure(source, source, value, qualifier, max_value, derived)


@pytest.mark.parametrize(
    ("a", "b", "conflict", "value"),
    [
        (("approx", 40), ("exact", 60), True, 40),  # "around 40" vs "60" officers
        (("approx", 300), ("exact", 300), False, 300),  # "around 300" vs "300"
        (("at_least", 15), ("exact", 15), False, 15),  # "at least 15" vs "15"
        (("exact", 15), ("exact", 16), True, 15),  # exact vs exact, one apart
        (("approx", 100), ("exact", 110), False, 100),  # within rounding
        (("approx", 200), ("approx", 300), True, 200),
        (("at_least", 20), ("exact", 12), True, 12),  # "at least 20" rules out 12
        (("at_most", 10), ("exact", 8), False, 8),
        (("vague", 24), ("exact", 50), False, 50),  # "dozens" (24..99) never overrides 50
        (("exact", 3), ("approx", 4), False, 3),  # "about 4" allows 3
    ],
)
def test_figure_conflict_table(
    a: tuple[str, int], b: tuple[str, int], conflict: bool, value: int
) -> None:
    max_a = 99 if a[0] == "vague" else None
    result = figure_consensus([fig("s1", a[1], a[0], max_a), fig("s2", b[1], b[0])])
    assert bool(result.conflicting_sources) is conflict
    assert result.value == value


def test_unknown_never_conflicts_and_never_sets_the_value() -> None:
    result = figure_consensus([fig("s1", None, "unknown"), fig("s2", 7)])
    assert result.conflicting_sources == []
    assert result.value == 7
    assert result.supporting_sources == 1
    only_unknown = figure_consensus([fig("s1", None, "unknown")])
    assert only_unknown.value is None


def test_lowest_figure_is_the_consensus_with_min_and_max() -> None:
    result = figure_consensus([fig("s1", 32), fig("s2", 40, "approx"), fig("s3", 35, "range", 45)])
    assert (result.value, result.minimum, result.maximum) == (32, 32, 45)


def test_a_source_counts_with_its_fullest_figure() -> None:
    # one report: "seven officers injured" in its lead, "32 bruised" from a union later on;
    # another report says 20: the first source's count is 32, the consensus the lower 20
    result = figure_consensus([fig("s1", 7), fig("s1", 32), fig("s2", 20)])
    assert (result.value, result.minimum, result.maximum) == (20, 7, 32)
    alone = figure_consensus([fig("s1", 7), fig("s1", 32)])
    assert alone.value == 32


def test_a_part_of_a_report_is_not_its_total() -> None:
    # "Seven people were shot ... two men were in stable condition ... one died": the report's
    # total is seven; a second report's seven agrees, a third's five does not
    parts = [fig("s1", 7), fig("s1", 2), fig("s1", 1)]
    assert figure_consensus([*parts, fig("s2", 7)]).conflicting_sources == []
    assert figure_consensus([*parts, fig("s3", 5)]).conflicting_sources == [("s1", "s3")]
    # a part told first does not narrow the report to it (the order of claims is no matter)
    mixed = [fig("s1", 4), fig("s1", 1), fig("s1", 1), fig("s1", 4), fig("s1", 3)]
    assert figure_consensus([*mixed, fig("s2", 4)]).conflicting_sources == []


def test_a_qualified_total_still_meets_its_exact_twin() -> None:
    # "at least 15" and "15" in one report, "around 16" in another: all allow 15 or 16
    result = figure_consensus([fig("s1", 15, "at_least"), fig("s1", 15), fig("s2", 16, "approx")])
    assert result.conflicting_sources == []
    assert is_part(SourcedFigure("s1", "a", 2, "exact", None), 7)
    assert not is_part(SourcedFigure("s1", "a", 5, "at_least", None), 7)


def test_derived_claims_corroborate_without_conflict() -> None:
    # source 2 only says 20 were hospitalised: that is 'at least 20 injured', yet never a conflict
    result = figure_consensus([fig("s1", 15), fig("s2", 20, "at_least", derived=True)])
    assert result.conflicting_sources == []
    assert result.value == 15
    agree = figure_consensus([fig("s1", 15), fig("s2", 15, "at_least", derived=True)])
    assert agree.supporting_sources == 2


def test_one_source_is_one_vote_even_with_two_claims() -> None:
    result = figure_consensus([fig("s1", 15, "at_least"), fig("s1", 15), fig("s2", 15)])
    assert result.supporting_sources == 2
    assert result.conflicting_sources == []


@pytest.mark.parametrize(
    ("dates", "expected", "precision", "conflict"),
    [
        ([("s1", "2021-12-30", "day"), ("s2", "2021-12-01", "month")], "2021-12-30", "day", False),
        ([("s1", "2021-12-27", "week"), ("s2", "2021-12-30", "day")], "2021-12-30", "day", False),
        ([("s1", "2021-12-30", "day"), ("s2", "2021-12-29", "day")], "2021-12-29", "day", True),
        ([("s1", "2021-11-01", "month"), ("s2", "2021-12-30", "day")], "2021-12-30", "day", True),
        ([("s1", "2021-01-01", "year")], "2021-01-01", "year", False),
        # two sources give one day, a third a later day, a fourth the month of both: the day
        # most sources agree with beats the month every source agrees with
        (
            [
                ("s1", "2021-09-11", "day"),
                ("s2", "2021-09-11", "day"),
                ("s3", "2021-09-14", "day"),
                ("s4", "2021-09-01", "month"),
            ],
            "2021-09-11",
            "day",
            True,
        ),
        # three clashing days and their month: no day has a majority, the month does
        (
            [
                ("s1", "2021-09-11", "day"),
                ("s2", "2021-09-12", "day"),
                ("s3", "2021-09-14", "day"),
                ("s4", "2021-09-01", "month"),
            ],
            "2021-09-01",
            "month",
            True,
        ),
        # a week that holds two clashing days backs both: each day has two of three sources,
        # the earlier one wins (as ties did before)
        (
            [
                ("s1", "2021-09-13", "week"),
                ("s2", "2021-09-15", "day"),
                ("s3", "2021-09-14", "day"),
            ],
            "2021-09-14",
            "day",
            True,
        ),
        # two sources only: a day is a majority only when both agree with it
        ([("s1", "2021-09-13", "week"), ("s2", "2021-10-14", "day")], "2021-10-14", "day", True),
    ],
)
def test_date_consensus_table(
    dates: list[tuple[str, str, str]], expected: str, precision: str, conflict: bool
) -> None:
    sourced = [SourcedDate(s, s, date.fromisoformat(v), p) for s, v, p in dates]
    result = date_consensus(sourced)
    assert result.value == date.fromisoformat(expected)
    assert result.precision == precision
    assert bool(result.conflicting_sources) is conflict


TOWN_A = PlaceFact(1, "Lille", "FR", "32", 50.633, 3.058, 1)
TOWN_A_DISTRICT = PlaceFact(2, "Fives", "FR", "32", 50.63, 3.09, 2)
TOWN_B = PlaceFact(3, "Lyon", "FR", "84", 45.75, 4.85, 1)
REGION_A = PlaceFact(4, "Hauts-de-France", "FR", "32", 50.0, 2.8, 3)
COUNTRY = PlaceFact(5, "France", "FR", None, 46.0, 2.0, 3)
TOWN_A_NEIGHBOUR = PlaceFact(6, "Roubaix", "FR", "32", 50.69, 3.18, 1)


@pytest.mark.parametrize(
    ("places", "expected", "conflict"),
    [
        ([REGION_A, TOWN_A], "Lille", False),
        ([TOWN_A, TOWN_A_DISTRICT], "Lille", False),
        ([COUNTRY, TOWN_B], "Lyon", False),
        ([TOWN_A, TOWN_B], "Lille", True),
        ([REGION_A, TOWN_B], "Lyon", True),
        # two towns within PLACE_CONSISTENT_KM agree with every source: the town two of three
        # outlets name wins over the first source's town, whatever the source names sort as
        ([TOWN_A, TOWN_A_NEIGHBOUR, TOWN_A_NEIGHBOUR], "Roubaix", False),
        ([TOWN_A_NEIGHBOUR, TOWN_A, TOWN_A], "Lille", False),
        # a region more outlets name does not beat the town (finer) that two of them name
        ([REGION_A, REGION_A, TOWN_A, TOWN_A_NEIGHBOUR, TOWN_A_NEIGHBOUR], "Roubaix", False),
    ],
)
def test_place_consensus_table(places: list[PlaceFact], expected: str, conflict: bool) -> None:
    sourced = [SourcedPlace(f"s{i}", f"a{i}", p, i) for i, p in enumerate(places)]
    result = place_consensus(sourced)
    assert result.chosen is not None
    assert result.chosen.place.name == expected
    assert bool(result.conflicting_sources) is conflict


def told(source: str, value: str, evidence: str) -> SourcedDate:
    """A day-precision date claim of one source, with the words that told it."""
    claim = sourced_date(source, source, value, "day", evidence)
    assert claim is not None
    return claim


@pytest.mark.parametrize(
    ("evidence", "night", "morning"),
    [
        ("late Thursday night", True, False),
        ("overnight", True, False),
        ("last night", True, False),
        ("about 11 p.m. Thursday night", False, False),  # an evening clock: before midnight
        ("around 8:15 last night", False, False),
        ("early Friday", False, True),
        ("shortly after 2 a.m. Friday", False, True),
        ("Friday morning", False, True),
        ("Friday", False, False),  # a bare day may be the day a report was filed
        ("Friday afternoon", False, False),
        ("today", False, False),
    ],
)
def test_night_and_morning_words(evidence: str, night: bool, morning: bool) -> None:
    assert spans_midnight(evidence) is night
    assert told_as_morning(evidence) is morning


def test_a_night_and_the_next_morning_are_the_next_day() -> None:
    # one outlet: "a man was shot late Thursday night"; another: "shortly after 2 a.m. Friday"
    result = date_consensus(
        [told("a", "2022-03-10", "late Thursday night"), told("b", "2022-03-11", "2 a.m. Friday")]
    )
    assert result.value == date(2022, 3, 11)
    assert result.supporting_sources == 2
    assert result.conflicting_sources == []


def test_a_night_and_a_bare_next_day_stay_apart() -> None:
    # "Friday" alone may be the day the second report was filed: no majority, the earlier day
    result = date_consensus(
        [told("a", "2022-03-10", "Thursday night"), told("b", "2022-03-11", "Friday")]
    )
    assert result.value == date(2022, 3, 10)
    assert result.conflicting_sources == [("a", "b")]


def test_an_evening_clock_keeps_the_night_on_its_day() -> None:
    result = date_consensus(
        [
            told("a", "2022-03-10", "about 10 p.m. Thursday night"),
            told("b", "2022-03-11", "early Friday"),
        ]
    )
    assert result.value == date(2022, 3, 10)
    assert result.conflicting_sources == [("a", "b")]


def test_two_nights_keep_their_evening() -> None:
    # every source tells the night: the evening's day, as each report alone would give
    result = date_consensus(
        [told("a", "2022-03-10", "Thursday night"), told("b", "2022-03-10", "overnight")]
    )
    assert result.value == date(2022, 3, 10)


@pytest.mark.parametrize(
    ("evidence", "unnamed"),
    [
        ("overnight", True),
        ("Overnight", True),
        ("early overnight", True),
        ("overnight Sunday", False),  # names its day
        ("last night", False),  # names the evening before the report
        ("Saturday night", False),
        ("about 2 a.m. overnight", False),  # a clock: the night is placed already
    ],
)
def test_unnamed_night_words(evidence: str, unnamed: bool) -> None:
    assert told_as_unnamed_night(evidence) is unnamed


def test_an_overnight_and_a_bare_next_day_are_the_next_day() -> None:
    # one outlet: "a woman was hurt in an overnight shooting" (filed Saturday, read as Friday's
    # evening); another: "a woman was shot Saturday": the night ran into Saturday
    result = date_consensus(
        [told("a", "2022-03-11", "overnight"), told("b", "2022-03-12", "Saturday")]
    )
    assert result.value == date(2022, 3, 12)
    assert result.supporting_sources == 2
    assert result.conflicting_sources == []


def test_an_overnight_does_not_reach_two_days_on() -> None:
    result = date_consensus(
        [told("a", "2022-03-11", "overnight"), told("b", "2022-03-13", "Sunday")]
    )
    assert result.value == date(2022, 3, 11)
    assert result.conflicting_sources == [("a", "b")]


@pytest.mark.parametrize(
    ("evidence", "later"),
    [
        ("Sunday night", True),
        ("Sunday evening", True),
        ("Sunday afternoon", True),
        ("around noon Sunday", True),
        ("about 4 p.m. Sunday", True),
        ("at 21:40 Sunday", True),  # a 24-hour clock from noon on
        ("overnight", True),
        ("Sunday", False),
        ("early Sunday", False),
        ("Sunday morning", False),
        ("about 3:15 a.m. Sunday", False),
        ("at 12:20 a.m. Sunday", False),  # twenty past midnight
        ("at 04:30 Sunday", False),
    ],
)
def test_later_in_day_words(evidence: str, later: bool) -> None:
    assert told_later_in_day(evidence) is later


@pytest.mark.parametrize(
    "next_day",
    [
        "Saturday night",
        "Saturday evening",
        "Saturday afternoon",
        "10 p.m. Saturday",
        "overnight",  # a second report's own night, filed a day later
    ],
)
def test_an_overnight_and_a_later_hour_of_the_next_day_conflict(next_day: str) -> None:
    # the small hours between Friday and Saturday are not Saturday's afternoon or night: two
    # nights (or a night and a day) a day apart stay a conflict
    result = date_consensus(
        [told("a", "2022-03-11", "overnight"), told("b", "2022-03-12", next_day)]
    )
    assert result.value == date(2022, 3, 11)
    assert result.supporting_sources == 1
    assert result.conflicting_sources == [("a", "b")]


@pytest.mark.parametrize(
    "next_day", ["Saturday", "early Saturday", "2 a.m. Saturday", "Saturday morning"]
)
def test_an_overnight_and_the_next_day_up_to_its_morning_agree(next_day: str) -> None:
    result = date_consensus(
        [told("a", "2022-03-11", "overnight"), told("b", "2022-03-12", next_day)]
    )
    assert result.value == date(2022, 3, 12)
    assert result.supporting_sources == 2
    assert result.conflicting_sources == []


def test_an_overnight_sides_with_its_evening_against_another_night() -> None:
    # "overnight" (Friday's), "Saturday night" and "Friday night": two sources tell Friday's
    # night, the Saturday night is another one and conflicts with both
    result = date_consensus(
        [
            told("a", "2022-03-11", "overnight"),
            told("b", "2022-03-12", "Saturday night"),
            told("c", "2022-03-11", "Friday night"),
        ]
    )
    assert result.value == date(2022, 3, 11)
    assert result.supporting_sources == 2
    assert result.conflicting_sources == [("a", "b"), ("b", "c")]


def test_a_named_night_and_a_bare_next_day_still_stay_apart() -> None:
    # "last night" names the evening; a bare next day may be the second report's filing day
    result = date_consensus(
        [told("a", "2022-03-11", "last night"), told("b", "2022-03-12", "Saturday")]
    )
    assert result.value == date(2022, 3, 11)
    assert result.conflicting_sources == [("a", "b")]


VILLEFRANCHE = PlaceFact(7, "Villefranche-sur-Saône", "FR", "84", 45.99, 4.72, 1)  # 30 km from Lyon
CLERMONT = PlaceFact(8, "Clermont-Ferrand", "FR", "84", 45.78, 3.08, 1)  # 140 km from Lyon
POPULATION = {1: 230_000, 3: 520_000, 7: 36_000, 8: 140_000}


def population(geonames_id: int) -> int | None:
    return POPULATION.get(geonames_id)


def placed(*claims: tuple[str, PlaceFact]) -> list[SourcedPlace]:
    """Place claims of (source, place), one article each."""
    return [SourcedPlace(src, f"{src}{i}", p, i) for i, (src, p) in enumerate(claims)]


def test_the_city_outlet_and_a_town_near_it_give_the_town() -> None:
    # a Lyon station files a Villefranche shooting under LYON; the town's paper names its town
    result = place_consensus(placed(("a", TOWN_B), ("b", VILLEFRANCHE)), population)
    assert result.chosen is not None and result.chosen.place.name == "Villefranche-sur-Saône"
    assert result.conflicting_sources == [("a", "b")]


def test_towns_far_apart_keep_the_first_source() -> None:
    # 140 km apart: the second town is as often a distant outlet's own town; no rule applies
    result = place_consensus(placed(("a", TOWN_B), ("b", CLERMONT)), population)
    assert result.chosen is not None and result.chosen.place.name == "Lyon"


def test_more_articles_name_the_city() -> None:
    # one outlet's two reports name Lyon, another's one report the town: the articles decide
    result = place_consensus(placed(("a", TOWN_B), ("a", TOWN_B), ("b", VILLEFRANCHE)), population)
    assert result.chosen is not None and result.chosen.place.name == "Lyon"


def test_towns_of_two_states_or_of_unknown_size_are_left_alone() -> None:
    assert smaller_town(placed(("a", TOWN_A), ("b", TOWN_B)), [], population) is None
    unknown = PlaceFact(9, "Tarare", "FR", "84", 45.90, 4.43, 1)
    assert smaller_town(placed(("a", TOWN_B), ("b", unknown)), [], population) is None
    # without a population lookup the consensus is the first source's, as before
    result = place_consensus(placed(("a", TOWN_B), ("b", VILLEFRANCHE)))
    assert result.chosen is not None and result.chosen.place.name == "Lyon"


ROCKFORD = PlaceFact(21, "Rockford", "US", "Illinois", 42.27, -89.09, 1)
HALL_COUNTY = PlaceFact(22, "Hall County", "US", "Nebraska", 40.87, -98.50, 1)
SPRINGFIELD_MO = PlaceFact(23, "Springfield", "US", "Missouri", 37.21, -93.29, 1)


def test_a_tie_across_states_goes_to_the_place_the_texts_name() -> None:
    # one report read "Hall" (a witness) as a county in Nebraska; both reports name Rockford
    named = {"Rockford": 2, "Hall County": 0}
    result = place_consensus(
        placed(("a", HALL_COUNTY), ("b", ROCKFORD)), population, lambda p: named[p.name or ""]
    )
    assert result.chosen is not None and result.chosen.place.name == "Rockford"


def test_a_tie_the_texts_do_not_break_keeps_the_first_source() -> None:
    named = {"Rockford": 1, "Springfield": 1}
    result = place_consensus(
        placed(("a", SPRINGFIELD_MO), ("b", ROCKFORD)), population, lambda p: named[p.name or ""]
    )
    assert result.chosen is not None and result.chosen.place.name == "Springfield"
    assert named_most(placed(("a", SPRINGFIELD_MO), ("b", ROCKFORD)), lambda p: 0) is None


def test_texts_do_not_override_a_place_every_source_agrees_with() -> None:
    # both sources back Lyon (b names it twice); the texts' count plays no part
    result = place_consensus(
        placed(("a", TOWN_B), ("b", TOWN_B), ("b", CLERMONT)),
        population,
        lambda p: 5 if p.name == "Clermont-Ferrand" else 0,
    )
    assert result.chosen is not None and result.chosen.place.name == "Lyon"


def test_a_tie_goes_to_a_main_story_before_a_background_mention() -> None:
    """Two sources, two days: the report whose main story the incident is outweighs another
    report's passing reference to it, even when the reference names the earlier day."""
    story = sourced_date("s1", "a1", "2021-03-06", "day", "late Saturday", main=True)
    aside = sourced_date("s2", "a2", "2021-03-05", "day", "Friday", main=False)
    assert story is not None and aside is not None
    assert date_consensus([aside, story]).value == date(2021, 3, 6)
    assert date_consensus([story, aside]).value == date(2021, 3, 6)
    # two main stories still tie to the earlier day
    other = sourced_date("s2", "a2", "2021-03-05", "day", "Friday", main=True)
    assert other is not None
    assert date_consensus([story, other]).value == date(2021, 3, 5)


def test_a_tie_goes_to_the_day_told_with_the_violence() -> None:
    """Two sources, two days: the day told in a sentence of the shooting beats a day told in a
    sentence of a later step (an interview, a statement), even when that one is earlier."""
    shot = "A teenager was wounded by gunfire on Elm Road late Thursday, deputies said."
    visit = "A reporter sat down with the teenager's aunt on Wednesday."
    story = sourced_date("s1", "a1", "2022-05-12", "day", "late Thursday", sentence=shot)
    talk = sourced_date("s2", "a2", "2022-05-11", "day", "Wednesday", sentence=visit)
    assert story is not None and talk is not None
    assert (story.act, talk.act) == (True, False)
    assert date_consensus([talk, story]).value == date(2022, 5, 12)
    assert date_consensus([story, talk]).value == date(2022, 5, 12)
    # a clock time tells the incident's own hour even without a word of the violence
    timed = sourced_date(
        "s2",
        "a2",
        "2022-05-11",
        "day",
        "9:40 p.m. Wednesday",
        sentence="It was 9:40 p.m. Wednesday.",
    )
    assert timed is not None and timed.act
    assert date_consensus([story, timed]).value == date(2022, 5, 11)
    # a majority still wins over the tie-break
    third = sourced_date("s3", "a3", "2022-05-11", "day", "Wednesday", sentence=visit)
    assert third is not None
    assert date_consensus([story, talk, third]).value == date(2022, 5, 11)
    # without a sentence (no text at hand) a claim counts as told with the violence
    bare = sourced_date("s2", "a2", "2022-05-11", "day", "Wednesday")
    assert bare is not None and bare.act
    assert date_consensus([story, bare]).value == date(2022, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "evidence", "expected"),
    [
        ("Two men were shot outside a bakery on Friday.", "Friday", True),
        ("The council approved the budget on Friday.", "Friday", False),
        ("Officers arrived at 11:15 p.m. Friday.", "11:15 p.m. Friday", True),
        ("Un homme a été blessé par balle vendredi soir.", "vendredi soir", True),
        ("The mayor spoke to neighbours on Friday.", "Friday", False),
    ],
)
def test_told_with_act(sentence: str, evidence: str, expected: bool) -> None:
    assert told_with_act(sentence, evidence) is expected


def test_claim_sentence_is_the_sentence_holding_the_span() -> None:
    text = "Police closed the road. A woman was stabbed Sunday. Her brother called Monday."
    start = text.index("Sunday")
    assert claim_sentence(text, start, start + 6) == "A woman was stabbed Sunday."
    start = text.index("Monday")
    assert claim_sentence(text, start, start + 6) == "Her brother called Monday."


TOLEDO = PlaceFact(31, "Toledo", "US", "Ohio", 41.66, -83.56, 1)
TOLEDO_SUBURB = PlaceFact(32, "Maumee", "US", "Ohio", 41.56, -83.65, 1)  # 14 km away
NAMESAKE_FAR = PlaceFact(33, "Old West End", "US", "Oregon", 45.5, -122.6, 1)


def _sourced(source: str, place: PlaceFact, index: int, main: bool = True) -> SourcedPlace:
    return SourcedPlace(source, f"art-{source}", place, index, main)


def test_a_recalls_place_that_no_report_of_its_own_agrees_with_is_left_out() -> None:
    own = _sourced("courier", TOLEDO, 0)
    recall = _sourced("roundup", NAMESAKE_FAR, 1, main=False)
    kept = recalled_places_aside([own, recall])
    assert kept == [own]
    assert place_consensus(kept).chosen == own


def test_a_recall_that_agrees_or_stands_alone_is_kept() -> None:
    own = _sourced("courier", TOLEDO, 0)
    near = _sourced("roundup", TOLEDO_SUBURB, 1, main=False)
    assert recalled_places_aside([own, near]) == [own, near]
    # another town of the report's own state: a sentencing report placed at the court's
    # town, a recall at the shooting's town
    findlay = PlaceFact(34, "Findlay", "US", "Ohio", 41.04, -83.65, 1)
    other_town = _sourced("roundup", findlay, 1, main=False)
    kept = recalled_places_aside([own, other_town])
    assert kept == [own, other_town]
    # no main mention placed: the recall is all the incident has
    far = _sourced("roundup", NAMESAKE_FAR, 1, main=False)
    assert recalled_places_aside([far]) == [far]


# A big city and a suburb beside it (12 km apart: every source allows both), and the city's
# county seat far away. The names, sizes and counts are this test's own.
BIG_CITY = PlaceFact(41, "Harbor City", "US", "S9", 40.00, -80.00, 1)
SUBURB = PlaceFact(42, "Elm Grove", "US", "S9", 40.10, -80.05, 1)
NEIGHBOURHOOD = PlaceFact(43, "Riverside Flats", "US", "S9", 40.02, -80.03, 1)
TOWN_SIZES = {41: 600_000, 42: 25_000, 43: 30_000}


def town_size(geonames_id: int) -> int | None:
    return TOWN_SIZES.get(geonames_id)


def texts_naming_all(place: PlaceFact) -> int:
    """Every member text names every town (the city's outlets name the suburb too)."""
    return 3


def no_police(place: PlaceFact) -> bool:
    return False


def test_two_city_outlets_and_the_suburb_s_paper_give_the_suburb() -> None:
    """Two outlets of the city file the shooting under the city, the suburb's paper under the
    suburb; every source allows both: the suburb is the finer place, the city stays visible."""
    result = place_consensus(
        placed(("city-tv", BIG_CITY), ("city-paper", BIG_CITY), ("suburb-paper", SUBURB)),
        town_size,
        texts_naming_all,
        no_police,
        texts_naming_all,
    )
    assert result.chosen is not None and result.chosen.place.name == "Elm Grove"
    assert result.supporting_sources == 3
    assert [p.place.name for p in result.finer_than] == ["Harbor City", "Harbor City"]
    assert result.conflicting_sources == []


def test_the_city_s_own_police_keep_the_city() -> None:
    """A report names the city's own police: the city's police work the case, so the smaller
    name (here a neighbourhood the gazetteer holds as a town) is a part of the city."""
    result = place_consensus(
        placed(("city-tv", BIG_CITY), ("suburb-blog", NEIGHBOURHOOD)),
        town_size,
        texts_naming_all,
        lambda place: place.name == "Harbor City",
        texts_naming_all,
    )
    assert result.chosen is not None and result.chosen.place.name == "Harbor City"
    assert result.finer_than == []


def test_a_suburb_fewer_texts_name_keeps_the_city() -> None:
    """The suburb is named by one text of three (a hospital's town, a victim's home), the city
    by all: the city stays."""
    named = {"Harbor City": 3, "Elm Grove": 1}
    result = place_consensus(
        placed(("city-tv", BIG_CITY), ("suburb-paper", SUBURB), ("city-paper", BIG_CITY)),
        town_size,
        lambda place: named[place.name or ""],
        no_police,
        lambda place: named[place.name or ""],
    )
    assert result.chosen is not None and result.chosen.place.name == "Harbor City"


@pytest.mark.parametrize(
    ("second", "sizes"),
    [
        (TOWN_A_NEIGHBOUR, TOWN_SIZES),  # another state's town: not allowed by every source
        (SUBURB, {41: 600_000}),  # the suburb's size unknown
    ],
)
def test_finer_town_needs_towns_every_source_allows_of_known_size(
    second: PlaceFact, sizes: dict[int, int]
) -> None:
    places = placed(("a", BIG_CITY), ("b", second))

    def allowed_by_all(place: PlaceFact) -> bool:
        return place.admin1 == "S9"

    assert (
        finer_town(places[0], places, allowed_by_all, sizes.get, texts_naming_all, no_police)
        is None
    )


def test_one_source_naming_two_towns_is_left_alone() -> None:
    """One outlet's two pages naming the city and the suburb: no second source to agree."""
    result = place_consensus(
        placed(("city-tv", BIG_CITY), ("city-tv", SUBURB)),
        town_size,
        texts_naming_all,
        no_police,
        texts_naming_all,
    )
    assert result.chosen is not None and result.chosen.place.name == "Harbor City"


def test_one_source_s_suburb_does_not_overturn_three_placing_the_city() -> None:
    """Three outlets place the city, one the suburb, and every text names both as a scene: one
    source's reading does not overturn a majority of three (with two it does, above)."""
    result = place_consensus(
        placed(
            ("city-tv", BIG_CITY),
            ("city-paper", BIG_CITY),
            ("city-radio", BIG_CITY),
            ("suburb-paper", SUBURB),
        ),
        town_size,
        texts_naming_all,
        no_police,
        texts_naming_all,
    )
    assert result.chosen is not None and result.chosen.place.name == "Harbor City"
    assert result.finer_than == []
