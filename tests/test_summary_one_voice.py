"""One article, one voice (docs/resolution.md, eighteenth pass, consensus-s18): when an article's
main mention and another of its mentions are in one incident, every vote (date, place, figures,
totals) hears the article by its main mention; the other mention fills in only what the main
one does not state. Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsledger.merge.consensus import one_telling_per_article
from newsledger.merge.resolve import resolve_mentions
from newsledger.merge.summary import summarise_incident
from newsledger.model import Article, Claim, Mention, Span
from newsledger.store.base import Correction

HARBOURTON = {
    "name": "Harbourton",
    "country_code": "US",
    "admin1": "S7",
    "admin2": None,
    "latitude": 41.0,
    "longitude": -88.0,
    "geo_precision": 1,
    "geonames_id": 9100001,
}
MILLFORD = {  # another town of the same state, about 330 km away
    "name": "Millford",
    "country_code": "US",
    "admin1": "S7",
    "admin2": None,
    "latitude": 38.0,
    "longitude": -88.0,
    "geo_precision": 1,
    "geonames_id": 9100002,
}


class Page:
    """An article written claim by claim, so that each span slices its text."""

    def __init__(self, article_id: str, outlet: str) -> None:
        self.article_id = article_id
        self.outlet = outlet
        self.text = ""
        self.mentions: list[Mention] = []

    def _span(self, text: str) -> Span:
        start = len(self.text)
        self.text += text + " "
        return Span(self.article_id, start, start + len(text), text)

    def mention(
        self,
        *,
        main: bool = True,
        day: str | None = None,
        place: dict[str, Any] | None = None,
        killed: int | None = None,
        injured: int | None = None,
    ) -> None:
        m = Mention(self.article_id, len(self.mentions), main)
        if day is not None:
            m.claims.append(Claim("date", day, self._span(f"A man was shot on {day}."), "day"))
        if place is not None:
            m.claims.append(Claim("location", dict(place), self._span(f"In {place['name']}.")))
        for kind, value in (("killed", killed), ("injured", injured)):
            if value is not None:
                span = self._span(f"{value} people {kind}.")
                m.claims.append(Claim("figure", value, span, "exact", kind=kind, actor="civilians"))
        self.mentions.append(m)

    def article(self) -> Article:
        return Article(id=self.article_id, text=self.text, outlet=self.outlet)


def summary_of(*pages: Page) -> dict[str, Any]:
    mentions = [m for p in pages for m in p.mentions]
    return summarise_incident("inc", mentions, {p.article_id: p.article() for p in pages})


@dataclass(frozen=True)
class Told:
    article_id: str
    main: bool
    value: str


def test_the_main_mention_speaks_and_another_fills_only_what_it_lacks() -> None:
    tellings = [
        Told("a", True, "main of a"),
        Told("a", False, "second of a"),
        Told("b", False, "only telling of b"),
        Told("c", False, "first of c"),
        Told("c", False, "second of c"),
    ]
    kept = one_telling_per_article(tellings, lambda t: t.article_id, lambda t: t.main)
    assert [t.value for t in kept] == [
        "main of a",
        "only telling of b",
        "first of c",
        "second of c",
    ]


def test_an_article_telling_two_days_is_one_source_agreeing_with_both() -> None:
    """A page's main story is an earlier shooting and its other telling the day another outlet
    reports: the page backs that day too, once, and the day two of two sources allow wins."""
    a = Page("a", "Outlet A")
    a.mention(day="2031-06-07")
    a.mention(main=False, day="2031-06-10")
    b = Page("b", "Outlet B")
    b.mention(day="2031-06-10")
    summary = summary_of(a, b)
    assert summary["date"] == "2031-06-10"
    assert summary["date_sources"] == 2
    assert summary["sources"] == 2
    # the rule every summary shows says so: the main mention speaks in the count and place
    # votes only, the date vote hears every telling
    rule = summary["consensus_rules"]["sources"]
    assert "every vote" not in rule
    assert "date vote hears every telling" in rule


def test_an_undated_main_story_takes_the_day_of_its_other_telling() -> None:
    a = Page("a", "Outlet A")
    a.mention(place=HARBOURTON)
    a.mention(main=False, day="2031-06-10")
    assert summary_of(a)["date"] == "2031-06-10"


def test_a_passing_place_gives_its_article_no_second_vote() -> None:
    """Two of three main stories place it in Millford; the second outlet's page also names
    Harbourton in a second telling, which must not tie the towns two to two."""
    a = Page("a", "Outlet A")
    a.mention(place=HARBOURTON)
    b = Page("b", "Outlet B")
    b.mention(place=MILLFORD)
    b.mention(main=False, place=HARBOURTON)
    c = Page("c", "Outlet C")
    c.mention(place=MILLFORD)
    assert summary_of(a, b, c)["location"]["name"] == "Millford"


def test_a_retelling_does_not_raise_its_article_s_count() -> None:
    """The first page's main story counts 2 hurt and its second telling 5: its voice is 2,
    so two of three sources say 2 and the total is 2."""
    a = Page("a", "Outlet A")
    a.mention(injured=2)
    a.mention(main=False, injured=5)
    b = Page("b", "Outlet B")
    b.mention(injured=5)
    c = Page("c", "Outlet C")
    c.mention(injured=2)
    summary = summary_of(a, b, c)
    assert summary["totals"]["injured"]["value"] == 2
    injured = next(f for f in summary["figures"] if f["kind"] == "injured")
    assert injured["value"] == 2
    assert [c["value"] for c in injured["claims"]] == [2, 5, 2]  # the retelling is no claim


def test_a_retold_wounding_is_no_injured_beside_the_main_story_s_dead() -> None:
    """The main story counts one dead; the page's second telling says the victim was shot and
    wounded (the earlier moment): the incident counts one killed and nobody injured."""
    a = Page("a", "Outlet A")
    a.mention(killed=1)
    a.mention(main=False, injured=1)
    summary = summary_of(a)
    assert summary["totals"]["killed"]["value"] == 1
    assert "injured" not in summary["totals"]
    assert [f["kind"] for f in summary["figures"]] == ["killed"]


def test_a_count_only_the_other_telling_states_still_counts() -> None:
    a = Page("a", "Outlet A")
    a.mention(day="2031-06-10")
    a.mention(main=False, killed=1, injured=3)
    summary = summary_of(a)
    assert summary["totals"]["killed"]["value"] == 1
    assert summary["totals"]["injured"]["value"] == 3


def test_a_human_merge_of_an_article_s_two_tellings_counts_the_dead_once() -> None:
    """Without any rule, a reader's merge correction can put an article's two mentions in one
    incident: its main story's dead is not joined by its second telling's wounded."""
    a = Page("a", "Outlet A")
    a.mention(day="2031-06-10", place=HARBOURTON, killed=1)
    a.mention(main=False, day="2031-06-09", place=HARBOURTON, injured=1)
    articles = {"a": a.article()}
    merge = Correction("merge", tuple(m.id for m in a.mentions))
    incidents = resolve_mentions(a.mentions, articles, corrections=[merge])
    assert len(incidents) == 1
    totals = incidents[0].summary["totals"]
    assert isinstance(totals, dict)
    assert totals["killed"]["value"] == 1
    assert "injured" not in totals
