"""Incident resolution on hand-made mentions: look-alikes, background mentions, wire copies,
order independence and corrections (merge/resolve.py, merge/summary.py)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from statistics import mean
from typing import Any

import pytest

from newsledger.merge.blocking import block_keys
from newsledger.merge.profile import build_profile
from newsledger.merge.resolve import link_threshold, pair_score, resolve_mentions
from newsledger.merge.scoring import pair_features
from newsledger.merge.summary import summarise_incident
from newsledger.model import Article, Claim, Mention, Quote, Span
from newsledger.serve.wording import conflict_text
from newsledger.store.base import Correction

PLACES: dict[str, dict[str, Any]] = {
    "lille": {
        "name": "Lille",
        "country_code": "FR",
        "admin1": "32",
        "admin2": "59",
        "latitude": 50.633,
        "longitude": 3.058,
        "geo_precision": 1,
        "geonames_id": 2998324,
    },
    "roubaix": {
        "name": "Roubaix",
        "country_code": "FR",
        "admin1": "32",
        "admin2": "59",
        "latitude": 50.694,
        "longitude": 3.174,
        "geo_precision": 1,
        "geonames_id": 2982652,
    },
    "lyon": {
        "name": "Lyon",
        "country_code": "FR",
        "admin1": "84",
        "admin2": "69",
        "latitude": 45.748,
        "longitude": 4.847,
        "geo_precision": 1,
        "geonames_id": 2996944,
    },
    "hauts-de-france": {
        "name": "Hauts-de-France",
        "country_code": "FR",
        "admin1": "32",
        "admin2": None,
        "latitude": 50.0,
        "longitude": 2.8,
        "geo_precision": 3,
        "geonames_id": 11071624,
    },
}
RIOT = ("Riots", "Violent demonstration")
SHOOTING = ("Violence against civilians", "Attack")
QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "unknown": "an unknown number of "}


class ArticleBuilder:
    """Writes an article claim by claim so that every span slices its text exactly."""

    def __init__(
        self,
        article_id: str,
        *,
        outlet: str | None = None,
        published: date | None = None,
        duplicate_of: str | None = None,
    ) -> None:
        self.article_id = article_id
        self.text = ""
        self.outlet = outlet
        self.published = published
        self.duplicate_of = duplicate_of
        self.mentions: list[Mention] = []

    def write(self, text: str) -> Span:
        start = len(self.text)
        self.text += text + " "
        return Span(self.article_id, start, start + len(text), text)

    def mention(self, main: bool = True, **facts: Any) -> Mention:
        m = Mention(self.article_id, len(self.mentions), main)
        if "text" in facts:
            m.anchor = self.write(facts["text"])
        if "type" in facts:
            etype, sub = facts["type"]
            span = self.write(f"It was an {sub.lower()}.")
            m.claims += [Claim("event_type", etype, span), Claim("sub_event_type", sub, span)]
        if "date" in facts:
            value, precision = (
                facts["date"] if isinstance(facts["date"], tuple) else (facts["date"], "day")
            )
            m.claims.append(Claim("date", value, self.write(f"It happened on {value}."), precision))
        if "time" in facts:
            m.claims.append(Claim("time_of_day", facts["time"], self.write(f"At {facts['time']}.")))
        if "place" in facts:
            place = PLACES[facts["place"]]
            m.claims.append(Claim("location", dict(place), self.write(f"In {place['name']}.")))
        if "sub" in facts:
            m.claims.append(Claim("sublocation", facts["sub"], self.write(f"By {facts['sub']}.")))
        for kind, actor, value, qualifier in facts.get("figures", ()):
            shown = "" if value is None else value
            text = f"{QUALIFIER_WORDS.get(qualifier, '')}{shown} {actor} {kind}."
            m.claims.append(
                Claim("figure", value, self.write(text), qualifier, kind=kind, actor=actor)
            )
        for name in facts.get("speakers", ()):
            span = self.write(f'"This cannot go on," said {name}.')
            m.quotes.append(Quote(name, None, "said", "This cannot go on", span))
        self.mentions.append(m)
        return m

    def article(self) -> Article:
        return Article(
            id=self.article_id,
            text=self.text,
            outlet=self.outlet,
            published=self.published,
            duplicate_of=self.duplicate_of,
        )


def build(*builders: ArticleBuilder) -> tuple[list[Mention], dict[str, Article]]:
    mentions = [m for b in builders for m in b.mentions]
    return mentions, {b.article_id: b.article() for b in builders}


def grouping(
    mentions: list[Mention], articles: dict[str, Article], corrections: tuple[Correction, ...] = ()
) -> set[frozenset[str]]:
    return {frozenset(i.mention_ids) for i in resolve_mentions(mentions, articles, corrections)}


def lille_night() -> tuple[list[Mention], dict[str, Article]]:
    """Two outlets on one night of clashes in Lille, a third outlet's wire copy of the first,
    a report a week later on another clash in Lille, and a background recall of the first."""
    a = ArticleBuilder("a-nord", outlet="Nord Matin", published=date(2022, 3, 5))
    a.mention(
        text="Youths threw fireworks at riot police in the Moulins district of Lille.",
        type=RIOT,
        date="2022-03-04",
        place="lille",
        time="23:00",
        sub="Moulins district",
        figures=[("injured", "police", 6, "exact"), ("present", "police", 60, "exact")],
        speakers=["Martine Aubry"],
    )
    a.mention(
        main=False,
        text="Last month a car was set alight in Roubaix during unrest.",
        date=("2022-02-01", "month"),
        place="roubaix",
    )
    b = ArticleBuilder("b-radio", outlet="Radio Flandre", published=date(2022, 3, 5))
    b.mention(
        text="Riot police came under a barrage of fireworks overnight in Lille.",
        type=RIOT,
        date="2022-03-04",
        place="lille",
        time="night",
        figures=[("injured", "police", 6, "at_least"), ("present", "police", 40, "approx")],
        speakers=["Martine Aubry"],
    )
    copy = ArticleBuilder(
        "c-copy", outlet="Daily Wire", published=date(2022, 3, 5), duplicate_of="a-nord"
    )
    copy.text = a.text
    copy.mentions = [replace(m, article_id="c-copy") for m in a.mentions]
    later = ArticleBuilder("d-week", outlet="Nord Matin", published=date(2022, 3, 12))
    later.mention(
        text="Youths clashed with riot police again in Lille, in the Wazemmes district.",
        type=RIOT,
        date="2022-03-11",
        place="lille",
        sub="Wazemmes district",
        figures=[("injured", "police", 2, "exact")],
    )
    later.mention(
        main=False,
        text="A week ago fireworks were thrown at police in Moulins.",
        date="2022-03-04",
        place="lille",
        figures=[("injured", "police", 6, "exact")],
    )
    return build(a, b, copy, later)


def test_same_night_from_two_outlets_is_one_incident_with_a_conflict() -> None:
    mentions, articles = lille_night()
    incidents = resolve_mentions(mentions, articles)
    night = next(i for i in incidents if "a-nord:0" in i.mention_ids)
    assert set(night.mention_ids) == {"a-nord:0", "b-radio:0", "c-copy:0", "d-week:1"}
    summary = night.summary
    assert summary["date"] == "2022-03-04"
    assert summary["time_precision"] == "day"
    # the wire copy counts with its original; Nord Matin's later report is the same outlet
    assert summary["sources"] == 2
    assert summary["location"]["name"] == "Lille"
    injured = next(f for f in summary["figures"] if f["kind"] == "injured")
    assert (injured["value"], injured["sources"]) == (6, 2)
    present = next(f for f in summary["figures"] if f["kind"] == "present")
    assert present["value"] == 40
    assert present["min"] == 40 and present["max"] == 60
    fields = [c["field"] for c in summary["conflicts"]]
    assert fields == ["figure:present:police"]
    assert sorted(summary["conflicts"][0]["values"]) == [40, 60]


def test_look_alike_a_week_apart_stays_apart() -> None:
    mentions, articles = lille_night()
    groups = grouping(mentions, articles)
    assert frozenset({"d-week:0"}) in groups


def test_background_mention_never_pulls_two_mains_together() -> None:
    """The week-later report recalls the first night, yet its own main incident stays apart,
    and the recall joins the first night's incident."""
    mentions, articles = lille_night()
    groups = grouping(mentions, articles)
    recall_group = next(g for g in groups if "d-week:1" in g)
    assert "a-nord:0" in recall_group
    assert "d-week:0" not in recall_group


def test_background_mention_alone_when_its_incident_is_not_in_the_ledger() -> None:
    mentions, articles = lille_night()
    groups = grouping(mentions, articles)
    assert frozenset({"a-nord:1", "c-copy:1"}) in groups


def test_two_shootings_same_city_same_day_stay_apart() -> None:
    a = ArticleBuilder("s1", outlet="City Herald", published=date(2023, 6, 11))
    a.mention(
        text="A man was shot dead outside a bakery on Rue Garibaldi in Lyon.",
        type=SHOOTING,
        date="2023-06-10",
        time="08:30",
        place="lyon",
        sub="Rue Garibaldi",
        figures=[("killed", "civilians", 1, "exact")],
        speakers=["Grégory Doucet"],
    )
    b = ArticleBuilder("s2", outlet="Rhone Info", published=date(2023, 6, 11))
    b.mention(
        text="Shots fired near the bakery on Rue Garibaldi in Lyon left one man dead.",
        type=SHOOTING,
        date="2023-06-10",
        time="morning",
        place="lyon",
        sub="Garibaldi street bakery",
        figures=[("killed", "civilians", 1, "exact")],
    )
    c = ArticleBuilder("s3", outlet="City Herald", published=date(2023, 6, 11))
    c.mention(
        text="Two teenagers were wounded by gunfire at a park in the Lyon suburbs.",
        type=SHOOTING,
        date="2023-06-10",
        time="22:15",
        place="lyon",
        sub="Parilly park",
        figures=[("injured", "civilians", 2, "exact")],
        speakers=["Bruno Bernard"],
    )
    mentions, articles = build(a, b, c)
    assert grouping(mentions, articles) == {frozenset({"s1:0", "s2:0"}), frozenset({"s3:0"})}


def test_mention_order_does_not_change_incidents_or_ids() -> None:
    mentions, articles = lille_night()
    reference = [(i.id, i.mention_ids) for i in resolve_mentions(mentions, articles)]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = list(mentions)
        rng.shuffle(shuffled)
        assert [(i.id, i.mention_ids) for i in resolve_mentions(shuffled, articles)] == reference


def test_ingesting_twice_changes_nothing() -> None:
    mentions, articles = lille_night()
    once = resolve_mentions(mentions, articles)
    twice = resolve_mentions(mentions + mentions, articles)
    assert [(i.id, i.mention_ids, i.summary["sources"]) for i in once] == [
        (i.id, i.mention_ids, i.summary["sources"]) for i in twice
    ]


def test_wire_copy_adds_no_source() -> None:
    mentions, articles = lille_night()
    without = [m for m in mentions if m.article_id != "c-copy"]
    sources = {
        frozenset(i.mention_ids) - {"c-copy:0", "c-copy:1"}: i.summary["sources"]
        for i in resolve_mentions(mentions, articles)
    }
    for incident in resolve_mentions(without, articles):
        assert sources[frozenset(incident.mention_ids)] == incident.summary["sources"]


def test_corrections_are_reapplied_on_every_run() -> None:
    mentions, articles = lille_night()
    split = Correction("split", ("b-radio:0",), "a reader says Radio Flandre means another night")
    groups = grouping(mentions, articles, (split,))
    assert frozenset({"b-radio:0"}) in groups
    assert grouping(list(reversed(mentions)), articles, (split,)) == groups
    merge = Correction("merge", ("d-week:0", "a-nord:0"))
    merged = grouping(mentions, articles, (split, merge))
    assert any({"d-week:0", "a-nord:0", "d-week:1"} <= g for g in merged)
    assert frozenset({"b-radio:0"}) in merged


def test_summary_has_the_output_contract_keys() -> None:
    mentions, articles = lille_night()
    summary = resolve_mentions(mentions, articles)[0].summary
    contract = {
        "id",
        "event_type",
        "sub_event_type",
        "description",
        "date",
        "time_precision",
        "time_of_day",
        "location",
        "mentions",
        "articles",
        "sources",
        "actors",
        "weapons",
        "figures",
        "conflicts",
        "quotes",
        "claims",
        "framing",
        "consensus_rules",
    }
    assert contract <= summary.keys()
    for fig in summary["figures"]:
        assert {"kind", "actor", "item", "value", "rule", "min", "max", "claims"} <= fig.keys()
        for claim in fig["claims"]:
            article = articles[claim["article_id"]]
            assert article.text[claim["start"] : claim["end"]] == claim["text"]
    for quote in summary["quotes"]:
        assert quote["speaker"] == "Martine Aubry"


@pytest.mark.parametrize(
    ("first", "second", "feature", "sign"),
    [
        ({"date": "2022-03-04"}, {"date": "2022-03-04"}, "date", 1),
        ({"date": "2022-03-04"}, {"date": "2022-03-11"}, "date", -1),
        ({"date": "2022-03-04"}, {"date": ("2022-03-01", "month")}, "date", 1),
        ({"place": "lille"}, {"place": "lille"}, "place", 1),
        ({"place": "lille"}, {"place": "lyon"}, "place", -1),
        ({"place": "lille"}, {"place": "hauts-de-france"}, "place", 1),
        ({"time": "09:20"}, {"time": "morning"}, "time_of_day", 1),
        ({"time": "09:20"}, {"time": "21:00"}, "time_of_day", -1),
        (
            {"figures": [("injured", "police", 15, "at_least")]},
            {"figures": [("injured", "police", 15, "exact")]},
            "figures",
            1,
        ),
        (
            {"figures": [("injured", "police", 15, "exact")]},
            {"figures": [("injured", "police", 16, "exact")]},
            "figures",
            -1,
        ),
        (
            {"figures": [("injured", "police", None, "unknown")]},
            {"figures": [("injured", "police", 16, "exact")]},
            "figures",
            0,
        ),
        ({"type": RIOT}, {"type": SHOOTING}, "event_type", -1),
        ({}, {"date": "2022-03-04", "place": "lille"}, "date", 0),
    ],
)
def test_pair_feature_signs(
    first: dict[str, Any], second: dict[str, Any], feature: str, sign: int
) -> None:
    a, b = ArticleBuilder("x"), ArticleBuilder("y")
    a.mention(**first)
    b.mention(**second)
    mentions, articles = build(a, b)
    pa, pb = (build_profile(m, articles) for m in mentions)
    value = pair_features(pa, pb)[feature]
    assert (value > 0) - (value < 0) == sign


def test_blocking_finds_the_same_night_but_not_another_month() -> None:
    mentions, articles = lille_night()
    profiles = {m.id: build_profile(m, articles) for m in mentions}
    stored_a, _ = block_keys(profiles["a-nord:0"])
    _, probe_b = block_keys(profiles["b-radio:0"])
    _, probe_month = block_keys(profiles["a-nord:1"])
    assert set(stored_a) & set(probe_b)
    assert not {k for k in set(stored_a) & set(probe_month) if k.startswith("f|")}


def test_match_score_prefers_the_right_incident() -> None:
    mentions, articles = lille_night()
    profiles = {m.id: build_profile(m, articles) for m in mentions}
    night = [profiles["a-nord:0"]]
    week = [profiles["d-week:0"]]
    same = mean(pair_score(profiles["b-radio:0"], p) for p in night)
    other = mean(pair_score(profiles["b-radio:0"], p) for p in week)
    assert same > link_threshold()
    assert same > other + 3.0


def test_three_disagreeing_sources_make_one_conflict_entry() -> None:
    builders = []
    for name, count in (("x1", 10), ("x2", 20), ("x3", 30)):
        b = ArticleBuilder(name, outlet=f"Outlet {name}", published=date(2022, 5, 2))
        b.mention(
            date="2022-05-01", place="lyon", figures=[("killed", "civilians", count, "exact")]
        )
        builders.append(b)
    mentions, articles = build(*builders)
    summary = summarise_incident("inc", mentions, articles)
    conflicts = [c for c in summary["conflicts"] if c["field"].startswith("figure:killed")]
    assert len(conflicts) == 1
    assert sorted(conflicts[0]["values"]) == [10, 20, 30]
    assert conflicts[0]["article_ids"] == ["x1", "x2", "x3"]
    killed = next(f for f in summary["figures"] if f["kind"] == "killed")
    assert (killed["value"], killed["min"], killed["max"], killed["sources"]) == (10, 10, 30, 1)


def test_a_part_of_one_report_is_no_rival_total() -> None:
    """One report: seven hurt, then "two of them" stable and "one" critical; another report
    says seven. The parts are claims but no side of a conflict; a third report's six is."""
    a = ArticleBuilder("p1", outlet="Outlet A", published=date(2022, 5, 2))
    a.mention(
        date="2022-05-01",
        figures=[("injured", "civilians", n, "exact") for n in (7, 2, 1)],
    )
    b = ArticleBuilder("p2", outlet="Outlet B", published=date(2022, 5, 2))
    b.mention(date="2022-05-01", figures=[("injured", "civilians", 7, "exact")])
    mentions, articles = build(a, b)
    agreed = summarise_incident("inc", mentions, articles)
    assert agreed["conflicts"] == []
    injured = next(f for f in agreed["figures"] if f["kind"] == "injured")
    assert [(c["value"], c["part"]) for c in injured["claims"]] == [
        (7, False),
        (2, True),
        (1, True),
        (7, False),
    ]
    c = ArticleBuilder("p3", outlet="Outlet C", published=date(2022, 5, 2))
    c.mention(date="2022-05-01", figures=[("injured", "civilians", 6, "exact")])
    mentions, articles = build(a, b, c)
    summary = summarise_incident("inc", mentions, articles)
    conflicts = [x for x in summary["conflicts"] if x["field"].startswith("figure:injured")]
    assert len(conflicts) == 1
    assert sorted(set(conflicts[0]["values"])) == [6, 7]  # each source's total, no part
    assert conflict_text(conflicts[0], summary, {"p1": "A", "p2": "B", "p3": "C"}) == (
        "injured civilians: 6 (C) vs 7 (A, B)"
    )


def test_hospitalised_corroborates_injured_without_conflict() -> None:
    a = ArticleBuilder("h1", outlet="Outlet A", published=date(2022, 5, 2))
    a.mention(date="2022-05-01", figures=[("hospitalised", "police", 15, "exact")])
    b = ArticleBuilder("h2", outlet="Outlet B", published=date(2022, 5, 2))
    b.mention(date="2022-05-01", figures=[("injured", "police", 15, "exact")])
    mentions, articles = build(a, b)
    summary = summarise_incident("inc", mentions, articles)
    assert summary["conflicts"] == []
    injured = next(f for f in summary["figures"] if f["kind"] == "injured")
    assert (injured["value"], injured["sources"]) == (15, 2)
    assert [c.get("derived_from") for c in injured["claims"]] == [None, "hospitalised"]
    hospitalised = next(f for f in summary["figures"] if f["kind"] == "hospitalised")
    assert (hospitalised["value"], hospitalised["sources"]) == (15, 1)


def test_profiles_handed_in_give_the_incidents_built_ones_give() -> None:
    """`resolve_mentions(built=...)` (incremental merging hands in the profiles it has) changes
    the work, not the answer: the same incidents, ids, members and block keys."""
    mentions, articles = lille_night()
    built = {m.id: build_profile(m, articles) for m in mentions[:2]}
    assert resolve_mentions(mentions, articles, built=built) == resolve_mentions(mentions, articles)


def test_a_report_naming_the_city_as_owner_moves_the_place_to_the_city() -> None:
    """One outlet's place is a namesake abroad of a district ("Croix-Rousse"), the other's is
    Lyon; the first report's own words put the district in Lyon ("Lyon's Croix-Rousse")."""
    namesake = {
        "name": "Croix-Rousse",
        "country_code": "CA",
        "admin1": "10",
        "latitude": 46.8,
        "longitude": -71.2,
        "geo_precision": 1,
        "geonames_id": 990001,
    }
    a = ArticleBuilder("o1", outlet="Outlet A", published=date(2022, 5, 2))
    district = a.mention(date="2022-05-01")
    span = a.write("Two men were shot in Lyon's Croix-Rousse.")
    where = span.text.index("Croix-Rousse")
    district.claims.append(
        Claim(
            "location",
            namesake,
            Span(
                "o1", span.start + where, span.start + where + len("Croix-Rousse"), "Croix-Rousse"
            ),
        )
    )
    b = ArticleBuilder("o2", outlet="Outlet B", published=date(2022, 5, 2))
    b.mention(date="2022-05-01", place="lyon")
    mentions, articles = build(a, b)
    summary = summarise_incident("inc", mentions, articles)
    assert summary["location"]["name"] == "Lyon"
