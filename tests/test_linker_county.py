"""A report placed in a county and another outlet's report placed in a town of that county
(merge/linker.py `_county_of_the_town`, docs/resolution.md fifteenth pass): the unknown-place cap
does not hold them apart, the model weighs them. A town of another county, two pages of one
outlet, or an undated report keep the cap. Words and dates are this test's own; the county and
the towns are real GeoNames entries, with the county their location claims carry (`admin2`,
what the rule reads), and a postal town with no GeoNames id (the USPS tier) is read alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact
from newsledger.nlp.types import Place, in_county

LAKE_COUNTY = PlaceFact(4898998, "Lake County", "US", "Illinois", 42.30512, -88.00512, 3,
                        admin2="Lake County", feature="admin2")  # fmt: skip
"""A county (GeoNames second-level division), as a rural report gives its place."""

TOWN_IN_THE_COUNTY = PlaceFact(4915734, "Waukegan", "US", "Illinois", 42.36363, -87.84479, 1,
                               admin2="Lake County", feature="city")  # fmt: skip
"""A town the gazetteer puts in Lake County."""

TOWN_OF_ANOTHER_COUNTY = PlaceFact(4891382, "Evanston", "US", "Illinois", 42.04114, -87.69006, 1,
                                   admin2="Cook County", feature="city")  # fmt: skip
"""A town of the same state in Cook County."""

POSTAL_TOWN_IN_THE_COUNTY = PlaceFact(None, "Wadsworth", "US", "Illinois", 42.43, -87.92, 1,
                                      admin2="Lake County", feature="city")  # fmt: skip
"""A town as the USPS tier gives it (`location.gazetteer` "usps"): no GeoNames id, its ZIP
codes' county as admin2."""

POSTAL_TOWN_OF_ANOTHER_STATE = PlaceFact(None, "Wadsworth", "US", "Ohio", 41.03, -81.73, 1,
                                         admin2="Medina County", feature="city")  # fmt: skip
"""A postal town of another state's county."""

DAY = date(2036, 9, 14)

STORY = {"driveway": 2.4, "mailbox": 2.5, "hatchback": 2.6}
"""The specifics both reports tell (no name word: the shared-name rule stays out of it)."""


def sheriff_report(**changes: object) -> MentionProfile:
    """One outlet's report placed only in the county (the sheriff's office speaks)."""
    base = report(
        "sheriff",
        day=DAY,
        place=LAKE_COUNTY,
        words={
            **STORY,
            **{"paramedics": 3.2, "tarp": 3.3, "flashlight": 3.0, "wristband": 3.9},
            **{"stairwell": 3.1, "carport": 3.6},
        },
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def town_report(place: PlaceFact) -> MentionProfile:
    """Another outlet's report of the same day placed in a town."""
    return report(
        "town",
        day=DAY,
        place=place,
        words={
            **STORY,
            **{"bicycle": 2.7, "lawnmower": 3.8, "toolbox": 3.6, "scooter": 3.2},
            **{"windshield": 3.0, "porch": 2.9},
        },
    )


def test_premises_no_name_word_and_no_strong_evidence() -> None:
    a, b = sheriff_report(), town_report(TOWN_IN_THE_COUNTY)
    features = linker.link_features(a, b)
    assert features["place_unknown"] == 1.0
    assert linker.shared_name_words(a, b) == 0
    assert not linker.strong_evidence(features)


def test_a_county_and_a_town_of_that_county_are_weighed_by_the_model() -> None:
    a, b = sheriff_report(), town_report(TOWN_IN_THE_COUNTY)
    features = linker.link_features(a, b)
    assert linker._county_of_the_town(a, b, features)
    assert linker.score_link(a, b) == linker.linear_logit(features)
    assert linker.score_link(a, b) > linker.model().threshold


def test_a_town_of_another_county_keeps_the_cap() -> None:
    a, b = sheriff_report(), town_report(TOWN_OF_ANOTHER_COUNTY)
    assert not linker._county_of_the_town(a, b, linker.link_features(a, b))
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_two_pages_of_one_outlet_keep_the_cap() -> None:
    b = town_report(TOWN_IN_THE_COUNTY)
    a = sheriff_report(source=b.source)
    assert not linker._county_of_the_town(a, b, linker.link_features(a, b))
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_an_undated_county_report_keeps_the_cap() -> None:
    a = sheriff_report(date_first=None, date_last=None, date_precision=None, published=None)
    b = town_report(TOWN_IN_THE_COUNTY)
    assert not linker._county_of_the_town(a, b, linker.link_features(a, b))
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_a_postal_town_of_the_county_is_weighed_by_the_model() -> None:
    """A USPS town has no GeoNames id; its claim's county places it in the county all the same
    (the gazetteer looked up by id found nothing, and the cap held the pair)."""
    a, b = sheriff_report(), town_report(POSTAL_TOWN_IN_THE_COUNTY)
    features = linker.link_features(a, b)
    assert linker._county_of_the_town(a, b, features)
    assert linker._county_of_the_town(b, a, linker.link_features(b, a))
    assert linker.score_link(a, b) == linker.linear_logit(features)


def test_a_postal_town_of_another_states_county_keeps_the_cap() -> None:
    a, b = sheriff_report(), town_report(POSTAL_TOWN_OF_ANOTHER_STATE)
    assert not linker._county_of_the_town(a, b, linker.link_features(a, b))
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_two_towns_of_one_county_are_no_county_and_town() -> None:
    """Only a report placed in the county itself (feature admin2) asks the question."""
    a, b = town_report(TOWN_IN_THE_COUNTY), town_report(POSTAL_TOWN_IN_THE_COUNTY)
    a = replace(a, source="outlet:other.example", article_id="other", mention_id="other:0")
    assert not linker._county_of_the_town(a, b, linker.link_features(a, b))


def test_one_county_question_for_gazetteer_places_and_claims() -> None:
    """`nlp.types.in_county` reads a gazetteer `Place` (the extractor's) and a claim's
    `PlaceFact` (the linker's) alike: country, state and the town's county name."""
    postal = Place(-60083, "Wadsworth", "US", "Illinois", "Lake County", 42.43, -87.92, "city",
                   gazetteer="usps")  # fmt: skip
    county = Place(4898998, "Lake County", "US", "Illinois", "Lake County", 42.31, -88.01,
                   "admin2")  # fmt: skip
    assert in_county(postal, county) and in_county(postal, LAKE_COUNTY)
    assert in_county(TOWN_IN_THE_COUNTY, county)
    assert not in_county(TOWN_OF_ANOTHER_COUNTY, county)
    assert not in_county(county, TOWN_IN_THE_COUNTY)  # a town is no county
    abroad = replace(county, country_code="GB")
    assert not in_county(postal, abroad)
