"""A follow-up step's day weighs and does not veto (merge/scoring.follow_up_day, docs/resolution.md
twenty-third pass, followup23): extraction classes the verb the main mention's day dates
(`extract.day_chooser.day_verb_class`, stored as the date claim's `kind`); a page whose day is
an arrest's, a charge's or a court day's is a follow-up, and its day apart from the shooting's is
no proof of two incidents. Two days that both date violence still are. Sentences, places and
dates are this test's own, about no real event, naming no one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.ledger_helpers import main_reports_by_incident
from tests.profile_helpers import report

from mention_helpers import main_mention
from newsledger.extract.day_chooser import FOLLOW_UP
from newsledger.merge.profile import PlaceFact
from newsledger.merge.scoring import DATE_VETO_DAYS, facts_exclude, follow_up_day, recalled_day

RIVER_TOWN = PlaceFact(8601, "Osterly Bend", "US", "S1", 40.0, -88.0, 1)
SHOOTING_DAY = date(2032, 5, 7)
ARREST_DAY = SHOOTING_DAY + timedelta(days=DATE_VETO_DAYS + 7)
PUBLISHED = date(2016, 3, 12)  # a Saturday: "Thursday" is March 10


@pytest.mark.parametrize(
    ("text", "verb_class"),
    [
        ("Man arrested in Elm Street shooting\n\nPolice arrested a 24-year-old man Thursday in "
         "the fatal shooting of a 31-year-old man on Elm Street.", FOLLOW_UP),
        ("Man charged in Elm Street killing\n\nA 24-year-old man was charged Thursday with "
         "murder in the fatal shooting of a 31-year-old man on Elm Street.", FOLLOW_UP),
        ("Suspect arraigned\n\nA 24-year-old man accused of killing a 31-year-old man on Elm "
         "Street was arraigned Thursday on a murder charge.", FOLLOW_UP),
        ("Suspect back in court\n\nThe man accused of killing a 31-year-old man on Elm Street "
         "was back in a courtroom Thursday.", FOLLOW_UP),
        ("Bond set in Elm Street case\n\nBond was set at $500,000 Thursday for a man accused "
         "in the death of a 31-year-old man on Elm Street.", FOLLOW_UP),
        ("Man shot dead\n\nA 30-year-old man was shot and killed Thursday night on Oak Avenue, "
         "police said.", "violence"),
    ],
)  # fmt: skip
def test_the_main_days_claim_tells_what_the_day_dates(text: str, verb_class: str) -> None:
    claims = main_mention(text, "en", PUBLISHED).claims_for("date")
    assert [(c.value, c.kind) for c in claims] == [("2016-03-10", verb_class)]


def test_a_language_the_verb_lists_do_not_read_gets_no_class() -> None:
    text = ("Un homme tué par balle\n\nUn homme a été tué par balle jeudi soir dans une rue "
            "de Lille.")
    claims = main_mention(text, "fr", PUBLISHED).claims_for("date")
    assert [(c.value, c.kind) for c in claims] == [("2016-03-10", None)]


def test_an_arrest_day_two_weeks_after_the_shooting_is_not_vetoed() -> None:
    shooting = replace(report("shooting", day=SHOOTING_DAY, place=RIVER_TOWN, words={},
                              published=SHOOTING_DAY + timedelta(days=1)),
                       day_verb="violence")  # fmt: skip
    arrest = replace(report("arrest", day=ARREST_DAY, place=None, words={},
                            published=ARREST_DAY + timedelta(days=1)),
                     day_verb=FOLLOW_UP)  # fmt: skip
    assert not recalled_day(arrest) and follow_up_day(arrest)
    assert not facts_exclude(shooting, arrest)
    assert not facts_exclude(arrest, shooting)


def test_two_days_that_date_violence_keep_the_veto() -> None:
    first = replace(report("first", day=SHOOTING_DAY, place=RIVER_TOWN, words={},
                           published=SHOOTING_DAY + timedelta(days=1)),
                    day_verb="violence")  # fmt: skip
    second = replace(report("second", day=ARREST_DAY, place=None, words={},
                            published=ARREST_DAY + timedelta(days=1)),
                     day_verb="violence")  # fmt: skip
    unclassed = replace(second, day_verb=None)
    assert not follow_up_day(second) and not follow_up_day(unclassed)
    assert facts_exclude(first, second)
    assert facts_exclude(first, unclassed)


def page(published: str, title: str, body: str) -> str:
    """A report file's text: its publication marker and headline, then its body."""
    return f" date {published} {title}\n\n{body}\n"


SHOOTING_PAGE = page(
    "2016-02-27",
    "Man shot dead on Elm Street in Akron",
    "A 31-year-old man was shot and killed Friday night outside the all-night coin laundry on "
    "Elm Street in Akron, Ohio, police said. Witnesses told officers the gunman fled in a silver "
    "minivan toward Riverside Park.",
)
ARREST_PAGE = page(
    "2016-03-12",
    "Man arrested in Elm Street killing",
    "Summit County deputies arrested a 24-year-old man Thursday in the fatal shooting of a "
    "31-year-old man outside the all-night coin laundry on Elm Street in Summit County, Ohio. "
    "Witnesses said the gunman fled in a silver minivan toward Riverside Park.",
)
SECOND_SHOOTING_PAGE = page(
    "2016-03-12",
    "Man shot dead on Elm Street",
    "A 31-year-old man was shot and killed Thursday night outside the all-night coin laundry on "
    "Elm Street in Summit County, Ohio. Witnesses said the gunman fled in a silver minivan "
    "toward Riverside Park.",
)
"""A shooting in Akron on a Friday; two weeks later, a page telling an arrest on Thursday for
it (its place the county, so no one town vouches for the pair), and a page telling a second
shooting that Thursday, worded alike."""


def test_a_follow_up_page_joins_the_shootings_incident(tmp_path: Path) -> None:
    groups = main_reports_by_incident(
        tmp_path, {"shooting.txt": SHOOTING_PAGE, "arrest.txt": ARREST_PAGE}
    )
    assert groups == [{"shooting.txt", "arrest.txt"}]


def test_two_shootings_on_two_stated_days_stay_apart(tmp_path: Path) -> None:
    groups = main_reports_by_incident(
        tmp_path, {"shooting.txt": SHOOTING_PAGE, "second.txt": SECOND_SHOOTING_PAGE}
    )
    assert sorted(groups, key=sorted) == [{"second.txt"}, {"shooting.txt"}]
