"""Days that look like a stamp or a report day but are not (nlp/dates_stamps.py), on sentences
written for these tests: an "update" in running prose, a court that is a place, and a clock time
on a speech verb that reports no incident or stands between the verb and what it reports."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.model import Article
from newsledger.nlp.dates import find_date_expressions
from newsledger.nlp.pipeline import analyse

TUESDAY = date(2020, 3, 10)


def relation_of(text: str, day: str) -> str:
    """The relation the parsed pipeline gives the date written `day` in `text`."""
    doc = analyse(Article(id="t", text=text, published=TUESDAY, language="en"))
    found = {d.text: d for d in doc._.dates}
    return str(found[day].relation)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said they would give an update Monday on the shooting.", "Monday"),
        ("The family gave an update Monday: the boy is stable.", "Monday"),
        ("A Monday update from the sheriff said the man was shot twice.", "Monday"),
    ],
)
def test_an_update_in_running_prose_is_no_stamp(text: str, day: str) -> None:
    found = {d.text: d for d in find_date_expressions(text, TUESDAY, "en")}
    assert found[day].relation != "stamp", found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot in a court Saturday.", "Saturday"),
        ("A teen was shot in food court Saturday.", "Saturday"),
        ("Two women were hurt in a basketball court Sunday.", "Sunday"),
    ],
)
def test_a_court_that_is_a_place_keeps_the_events_day(text: str, day: str) -> None:
    assert relation_of(text, day) == "past"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The suspect appeared in bond court Thursday.", "Thursday"),
        ("He is due in court Friday on the charges.", "Friday"),
    ],
)
def test_a_day_after_a_court_step_is_a_report(text: str, day: str) -> None:
    assert relation_of(text, day) == "report"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A spokesman said in an email at 10:30 a.m. Monday that the suspect had died.",
         "10:30 a.m. Monday"),
        ("At 2:30 p.m. Monday, the chief said the officer would return to duty.",
         "2:30 p.m. Monday"),
    ],
)  # fmt: skip
def test_a_clocked_day_of_speech_with_no_incident_clause_is_a_report(text: str, day: str) -> None:
    assert relation_of(text, day) == "report"


def test_a_clocked_day_of_finding_the_victim_is_the_events() -> None:
    """Police finding the victim is the incident's first step, timed like the incident."""
    text = "At 6:20 p.m. Monday, officers reported finding the victim in a parked car."
    assert relation_of(text, "6:20 p.m. Monday") == "past"
