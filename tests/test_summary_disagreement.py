"""Reports of one incident that disagree on its day or its place (docs/resolution.md, session 21):
the incident shows one consensus value, every report's own value stays in `claims` with its
evidence, and a real disagreement stays in `conflicts`. Reports, towns and days are this test's
own."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.merge.profile import PlaceFact
from newsledger.merge.summary import _texts_naming, summarise_incident
from newsledger.model import Article, Claim, Mention, Span
from newsledger.nlp.gazetteer import Gazetteer

STATE = "S7"
ASHGROVE_COUNTY = {  # a county: the gazetteer stores it at the state's precision
    "name": "Ashgrove County",
    "country_code": "US",
    "admin1": STATE,
    "admin2": "Ashgrove County",
    "latitude": 40.50,
    "longitude": -89.00,
    "geo_precision": 3,
    "geonames_id": 9200001,
    "feature": "admin2",
}
MILLBROOK = {  # a town inside that county
    "name": "Millbrook",
    "country_code": "US",
    "admin1": STATE,
    "admin2": "Ashgrove County",
    "latitude": 40.55,
    "longitude": -89.10,
    "geo_precision": 1,
    "geonames_id": 9200002,
    "feature": "city",
}
FAR_TOWN = {  # a town of the same state, about 300 km away
    "name": "Quarry Falls",
    "country_code": "US",
    "admin1": STATE,
    "admin2": "Stone County",
    "latitude": 37.80,
    "longitude": -89.00,
    "geo_precision": 1,
    "geonames_id": 9200003,
    "feature": "city",
}


class Report:
    """One outlet's report, written sentence by sentence so each claim's span slices its text."""

    def __init__(self, article_id: str, outlet: str) -> None:
        self.article_id = article_id
        self.outlet = outlet
        self.text = ""
        self.mention = Mention(article_id, 0, True)

    def _span(self, sentence: str, words: str) -> Span:
        start = len(self.text) + sentence.index(words)
        self.text += sentence + " "
        return Span(self.article_id, start, start + len(words), words)

    def day(self, sentence: str, words: str, value: str) -> Report:
        """A day told by `words` inside `sentence`."""
        self.mention.claims.append(Claim("date", value, self._span(sentence, words), "day"))
        return self

    def place(self, sentence: str, place: dict[str, Any]) -> Report:
        """A place named in `sentence` by its name."""
        span = self._span(sentence, str(place["name"]))
        self.mention.claims.append(Claim("location", dict(place), span))
        return self

    def article(self) -> Article:
        return Article(id=self.article_id, text=self.text, outlet=self.outlet)


def summary_of(*reports: Report) -> dict[str, Any]:
    articles = {r.article_id: r.article() for r in reports}
    return summarise_incident("inc", [r.mention for r in reports], articles)


def test_a_follow_up_s_later_day_does_not_outvote_the_shooting() -> None:
    """Two reports tell the shooting's day, a follow-up the day of an arrest: the incident is
    the shooting's day; the arrest day stays visible and the disagreement flagged."""
    first = Report("a", "Outlet A").day(
        "Two men were shot late Tuesday night outside a store.", "late Tuesday night", "2031-03-04"
    )
    second = Report("b", "Outlet B").day(
        "Police said the gunfire broke out Tuesday night.", "Tuesday night", "2031-03-04"
    )
    follow_up = Report("c", "Outlet C").day(
        "Officers arrested a suspect on Friday.", "Friday", "2031-03-07"
    )
    summary = summary_of(first, second, follow_up)
    assert summary["date"] == "2031-03-04"
    assert summary["date_sources"] == 2
    told = {(c["article_id"], c["value"], c["text"]) for c in summary["claims"]["date"]}
    assert told == {
        ("a", "2031-03-04", "late Tuesday night"),
        ("b", "2031-03-04", "Tuesday night"),
        ("c", "2031-03-07", "Friday"),
    }
    (conflict,) = [c for c in summary["conflicts"] if c["field"] == "date"]
    assert conflict["values"] == ["2031-03-04", "2031-03-07"]


def test_one_report_against_one_the_day_told_with_the_violence_wins() -> None:
    """One report tells the shooting's day, the other only the day a statement came out (a
    later step, told with no word of the violence): the shooting's day, whichever is earlier."""
    statement = Report("a", "Outlet A").day(
        "The family released a statement on Monday.", "Monday", "2031-05-05"
    )
    shooting = Report("b", "Outlet B").day(
        "A teenager was wounded by gunfire on Wednesday.", "Wednesday", "2031-05-07"
    )
    summary = summary_of(statement, shooting)
    assert summary["date"] == "2031-05-07"
    assert {c["value"] for c in summary["claims"]["date"]} == {"2031-05-05", "2031-05-07"}
    assert any(c["field"] == "date" for c in summary["conflicts"])


def test_one_report_against_one_both_of_the_violence_the_earlier_day_wins() -> None:
    """Two reports, each telling the shooting on its own day, and nothing else to tell them
    apart: the earlier day (a later day is as often a later step, a death or an arrest), and
    the clash is flagged."""
    early = Report("a", "Outlet A").day(
        "A man was shot on Saturday near the park.", "Saturday", "2031-08-09"
    )
    late = Report("b", "Outlet B").day(
        "The man shot on Sunday near the park has died.", "Sunday", "2031-08-10"
    )
    summary = summary_of(late, early)
    assert summary["date"] == "2031-08-09"
    assert any(c["field"] == "date" for c in summary["conflicts"])


def test_a_town_inside_the_county_another_report_names_is_the_place() -> None:
    """A county and a town inside it are one place told at two scales: the town is the finer
    place, there is no disagreement, and both reports' places stay visible."""
    county = Report("a", "Outlet A").place(
        "Deputies in Ashgrove County found the victim.", ASHGROVE_COUNTY
    )
    town = Report("b", "Outlet B").place("The shooting happened in Millbrook.", MILLBROOK)
    summary = summary_of(county, town)
    assert summary["location"]["name"] == "Millbrook"
    assert summary["location"]["sources"] == 2
    assert not any(c["field"] == "location" for c in summary["conflicts"])
    named = {c["value"]["name"] for c in summary["claims"]["location"]}
    assert named == {"Ashgrove County", "Millbrook"}


def test_two_towns_far_apart_stay_a_flagged_disagreement() -> None:
    """Two towns far apart cannot both be the place: one is shown, both stay visible, and the
    disagreement is flagged with each report's town."""
    here = Report("a", "Outlet A").place("The shooting happened in Millbrook.", MILLBROOK)
    there = Report("b", "Outlet B").place("A station in Quarry Falls reported it.", FAR_TOWN)
    summary = summary_of(here, there)
    assert summary["location"]["name"] in {"Millbrook", "Quarry Falls"}
    assert summary["location"]["sources"] == 1
    (conflict,) = [c for c in summary["conflicts"] if c["field"] == "location"]
    assert conflict["values"] == ["Millbrook", "Quarry Falls"]


def _gazetteer_town(geonames_id: int) -> dict[str, Any]:
    """A real gazetteer town as a location claim's value (the consensus reads its population)."""
    town = Gazetteer.default().get(geonames_id)
    assert town is not None
    return {
        "name": town.name,
        "country_code": town.country_code,
        "admin1": town.admin1,
        "admin2": town.admin2,
        "latitude": town.latitude,
        "longitude": town.longitude,
        "geo_precision": 1,
        "geonames_id": town.geonames_id,
        "feature": "city",
    }


BOSTON = 4930956  # GeoNames: Boston, Massachusetts
SOMERVILLE = 4951257  # GeoNames: Somerville, Massachusetts, a city of its own 4 km away


def _suburb_reports(city_sentence: str) -> tuple[Report, Report, Report]:
    city_tv = Report("a", "City TV").place(city_sentence, _gazetteer_town(BOSTON))
    city_paper = Report("b", "City Paper").place(
        "Boston news: a man was shot in Somerville on Friday.", _gazetteer_town(BOSTON)
    )
    town_paper = Report("c", "Town Paper").place(
        "A man was wounded by gunfire on a Somerville street.", _gazetteer_town(SOMERVILLE)
    )
    return city_tv, city_paper, town_paper


def test_two_city_outlets_and_the_suburb_s_paper_give_the_suburb() -> None:
    """Two outlets of a big city file a shooting under the city, the suburb's paper under the
    suburb, 4 km away (every source allows both): the suburb is the finer place; the city
    stays visible in `finer_than` and in the claims."""
    summary = summary_of(*_suburb_reports("Boston: gunfire hit a man in Somerville overnight."))
    assert summary["location"]["name"] == "Somerville"
    assert summary["location"]["sources"] == 3
    assert {p["name"] for p in summary["location"]["finer_than"]} == {"Boston"}
    assert {c["value"]["name"] for c in summary["claims"]["location"]} == {"Boston", "Somerville"}


def test_the_city_s_police_keep_the_city() -> None:
    """The same reports, but one names the city's own police: the city stays."""
    summary = summary_of(
        *_suburb_reports("Boston police said gunfire hit a man in Somerville overnight.")
    )
    assert summary["location"]["name"] == "Boston"
    assert "finer_than" not in summary["location"]


@pytest.mark.parametrize(
    ("name", "text", "names_it"),
    [
        ("Saint Paul", "Officers were called to a St. Paul street.", True),
        ("Saint Paul", "ST PAUL, Minn. - A man was shot.", True),
        ("St. Louis", "A Saint Louis woman was wounded.", True),
        ("Fort Worth", "FT. WORTH - Two men were hurt.", True),
        ("Mount Vernon", "in Mt Vernon late Sunday", True),
        ("Fort Worth", "the fort was closed", False),  # the head word alone names no town
        ("Saint Paul", "a man named Paul", False),
        ("Stockton", "St ockton", False),
        ("Saint Paul", "Main St. Paul Jones, 41, was hurt.", False),  # a street's "St."
        ("Saint Paul", "at 12 Elm St. Paul Jones was hurt", False),
        ("Saint Paul", "In St. Paul, a man was hurt.", True),
        ("Saint Paul", "a crash in st paul", False),  # the abbreviation keeps its case
        ("Saint Paul", "gunfire in West St. Paul", False),  # another town's name
        ("West Saint Paul", "gunfire in West St. Paul", True),  # any word may be abbreviated
        ("Saint-Denis", "une fusillade à St-Denis", True),
        ("Sainte-Foy", "un blessé à Ste-Foy", True),
        ("Saint Louis", "shots fired in St.Louis", True),
        ("Portland", "South Portland officers responded", False),
    ],
)
def test_a_town_s_head_word_may_be_abbreviated(name: str, text: str, names_it: bool) -> None:
    """Reports write "St. Paul" for Saint Paul and "FT WORTH" for Fort Worth: such a text names
    the town when the consensus counts the texts naming each place; a street's "St." and a
    longer town's name do not."""
    count = _texts_naming([text])
    assert count(PlaceFact(1, name, "US", "S9", 0.0, 0.0, 1)) == int(names_it)


def test_a_home_town_named_by_every_report_does_not_overturn_the_scene() -> None:
    """Four outlets place a shooting in the city and name the victim's home, a suburb beside it;
    one outlet places it at the suburb: every text names the suburb, but none as the scene
    ("a Somerville man"), so the city stays."""
    city_reports = [
        Report(key, f"Outlet {key}").place(
            "A Somerville man was shot and killed in Boston on Friday.", _gazetteer_town(BOSTON)
        )
        for key in "abcd"
    ]
    home_report = Report("e", "Outlet e").place(
        "A Somerville man died after gunfire, officers said.", _gazetteer_town(SOMERVILLE)
    )
    summary = summary_of(*city_reports, home_report)
    assert summary["location"]["name"] == "Boston"
    assert "finer_than" not in summary["location"]


def test_a_hospital_s_town_is_no_scene() -> None:
    """Three outlets place the shooting in the city and name the suburb's hospital; one places
    it at the suburb: the city stays."""
    city_reports = [
        Report(key, f"Outlet {key}").place(
            "A woman was shot in Boston and taken to a hospital in Somerville.",
            _gazetteer_town(BOSTON),
        )
        for key in "abc"
    ]
    hospital_report = Report("e", "Outlet e").place(
        "She was treated at a hospital in Somerville.", _gazetteer_town(SOMERVILLE)
    )
    assert summary_of(*city_reports, hospital_report)["location"]["name"] == "Boston"


PORTLAND_MAINE = 4975802  # GeoNames: Portland, Maine
SOUTH_PORTLAND = 4979244  # GeoNames: South Portland, Maine, a city of its own beside it
SAINT_PAUL = 5045360  # GeoNames: Saint Paul, Minnesota
MAPLEWOOD = 5036588  # GeoNames: Maplewood, Minnesota, a suburb of it


def test_another_town_s_police_are_not_the_city_s() -> None:
    """"South Portland police" are the smaller town's police, not Portland's: the city's police
    are not named, so the smaller town every source allows is the place."""
    summary = summary_of(
        Report("a", "Outlet A").place(
            "Portland news: a man was hurt by gunfire in South Portland.",
            _gazetteer_town(PORTLAND_MAINE),
        ),
        Report("b", "Outlet B").place(
            "A man was shot in Portland late Monday, South Portland police said.",
            _gazetteer_town(PORTLAND_MAINE),
        ),
        Report("c", "Outlet C").place(
            "South Portland police said one man was wounded.", _gazetteer_town(SOUTH_PORTLAND)
        ),
    )
    assert summary["location"]["name"] == "South Portland"


@pytest.mark.parametrize(
    ("police", "city_id", "city_name", "suburb_id", "suburb_name"),
    [
        ("St. Paul police", SAINT_PAUL, "Saint Paul", MAPLEWOOD, "Maplewood"),
        ("BOSTON POLICE", BOSTON, "Boston", SOMERVILLE, "Somerville"),
    ],
)
def test_the_city_s_police_are_read_abbreviated_or_in_capitals(
    police: str, city_id: int, city_name: str, suburb_id: int, suburb_name: str
) -> None:
    """The city's police, written with the name's abbreviation or in capitals, keep the city."""
    summary = summary_of(
        Report("a", "Outlet A").place(
            f"{city_name}: a man was shot near {suburb_name}, {police} said.",
            _gazetteer_town(city_id),
        ),
        Report("b", "Outlet B").place(
            f"Gunfire in {city_name} was heard in {suburb_name}.", _gazetteer_town(city_id)
        ),
        Report("c", "Outlet C").place(
            f"A man was shot in {suburb_name}; {police} responded.", _gazetteer_town(suburb_id)
        ),
    )
    assert summary["location"]["name"] == city_name


WORCESTER = 4956184  # GeoNames: Worcester, Massachusetts, 60 km from Boston


def test_finer_than_lists_only_the_allowed_bigger_towns() -> None:
    """One outlet's second report placed 60 km away is no town every source allowed: only the
    city beside the suburb is listed as passed over."""
    city_tv = Report("a", "City TV").place(
        "Boston news: a man was shot in Somerville.", _gazetteer_town(BOSTON)
    )
    city_tv_again = Report("a2", "City TV").place(
        "Officers in Worcester were told of the shooting in Somerville.",
        _gazetteer_town(WORCESTER),
    )
    city_paper = Report("b", "City Paper").place(
        "Boston: one man was wounded in Somerville.", _gazetteer_town(BOSTON)
    )
    town_paper = Report("c", "Town Paper").place(
        "A man was shot in Somerville late Friday.", _gazetteer_town(SOMERVILLE)
    )
    summary = summary_of(city_tv, city_tv_again, city_paper, town_paper)
    assert summary["location"]["name"] == "Somerville"
    assert [p["name"] for p in summary["location"]["finer_than"]] == ["Boston", "Boston"]


def test_finer_than_is_dropped_when_an_owner_changes_the_choice() -> None:
    """A report calls the suburb the city's ("Boston's Somerville section"): the city is the
    place, and no bigger town was passed over for it."""
    summary = summary_of(
        Report("a", "City TV").place(
            "A man was shot in Boston's Somerville section.", _gazetteer_town(BOSTON)
        ),
        Report("b", "City Paper").place(
            "Boston: one man was wounded in Somerville.", _gazetteer_town(BOSTON)
        ),
        Report("c", "Town Paper").place(
            "A man was shot in Somerville late Friday.", _gazetteer_town(SOMERVILLE)
        ),
    )
    assert summary["location"]["name"] == "Boston"
    assert "finer_than" not in summary["location"]
