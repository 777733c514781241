"""The incident's time of day: a clock stated for it, else the date's own part of day; a clock
that says when something ended, or one outside the stated part of day, is another moment."""

from __future__ import annotations

from datetime import date

import pytest
from tests.mention_helpers import main_mention

PUBLISHED = date(2024, 5, 9)  # a Thursday


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the part of day stays when a later clock says when it ended
        ("en", "Youths threw stones at officers in the old market square on Tuesday evening, "
               "police said. The clashes lasted until 2 a.m.", "evening"),
        ("en", "Rioters set cars alight in the port district on Monday night, police said. "
               "Firefighters worked through 4:30 a.m. to put out the blaze.", "night"),
        ("fr", "Des jeunes ont lancé des pierres sur les policiers mardi soir dans le quartier "
               "de la gare. Les heurts ont duré jusqu'à 3h du matin.", "soir"),
        # a clock inside the part of day is the more precise statement of it
        ("en", "A man was shot on a quiet street on Tuesday evening. Police were called at "
               "9:15 p.m., a spokesman said.", "21:15"),
        # a clock far outside the part of day tells another moment
        ("en", "A man was stabbed outside a bakery on Tuesday morning, police said. At 11 p.m. "
               "officers arrested a suspect.", "morning"),
        # no part of day: the clock of the day stays the time
        ("en", "A woman was stabbed outside a bakery on Tuesday. The attack happened at "
               "4:30 p.m., police said.", "16:30"),
    ],
)
def test_time_of_day(lang: str, text: str, expected: str) -> None:
    claim = main_mention(text, lang, PUBLISHED).first("time_of_day")
    assert claim is not None
    value = str(claim.value)
    if expected == "soir":
        assert value in ("soir", "evening")
    else:
        assert value == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a small-hours clock that tells the night's hour files it on the next calendar day
        ("A man was shot outside a bar on Monday night. Police were called at about 1:30 a.m., "
         "a spokesman said.", "2024-05-07"),
        # one that says when the night's violence ended does not: the night began on Monday
        ("Rioters set cars alight in the port district on Monday night, police said. The "
         "clashes went on until 1:30 a.m.", "2024-05-06"),
        ("Rioters set cars alight in the port district on Monday night, police said. "
         "Firefighters worked through 4:30 a.m. to put out the blaze.", "2024-05-06"),
    ],
)
def test_a_night_ends_where_it_began(text: str, day: str) -> None:
    claim = main_mention(text, "en", PUBLISHED).first("date")
    assert claim is not None and claim.value == day
