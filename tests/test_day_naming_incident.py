"""The main mention's last-resort day: a day of its own text that names the incident as its
own ("today's shooting", "this morning's shooting") when no rule dated it
(`extract.rules._day_naming_the_incident`, docs/facts.md, twenty-fourth round). Sentences are
this test's own, about no real event, naming no one."""

from __future__ import annotations

from datetime import date

from newsledger.extract.rules import _day_naming_the_incident
from newsledger.model import Article
from newsledger.nlp.pipeline import analyse

PUBLISHED = date(2016, 3, 12)  # a Saturday
LEAD = ("Shots fired near corner store\n\nShots were fired at a corner store on Oak Avenue "
        "around 1:30 p.m., and a boy was grazed in the leg.\n\n")


def _named_day(last_line: str) -> tuple[str, str | None] | None:
    doc = analyse(Article.from_text(LEAD + last_line, language="en", published=PUBLISHED))
    day = _day_naming_the_incident(doc, list(doc._.dates or []))
    return None if day is None else (day.text, day.value.isoformat() if day.value else None)


def test_today_named_as_the_shootings_day_dates_it() -> None:
    assert _named_day("Police continue to investigate today's shooting.") == (
        "today", "2016-03-12")


def test_a_weekday_named_as_the_shootings_day_dates_it() -> None:
    assert _named_day("Police continue to investigate Thursday's shooting.") == (
        "Thursday's", "2016-03-10")


def test_a_day_that_names_no_incident_is_not_taken() -> None:
    assert _named_day("Police said today they are still looking for the car.") is None
    assert _named_day("Police continue to investigate the shooting.") is None


def test_a_day_of_an_incident_the_report_sets_apart_is_not_taken() -> None:
    assert _named_day("Detectives said the case was unrelated to Thursday's shooting at the "
                      "mall.") is None
    assert _named_day("His death was not linked to today's shooting on Pine Street.") is None
    assert _named_day("It was the third shooting in the area since Thursday's shooting at the "
                      "mall.") is None
