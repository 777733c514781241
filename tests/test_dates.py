"""Time expressions resolved against a publication date: own sentences, then the seeds."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsledger.nlp.dates import find_date_expressions, names_incident_day

FRI = date(2021, 12, 31)  # a Friday
SUN = date(2022, 1, 2)  # a Sunday
WED = date(2022, 1, 5)  # a Wednesday


def _one(text: str, published: date | None, lang: str, phrase: str):
    found = [d for d in find_date_expressions(text, published, lang) if phrase in d.text]
    assert found, (
        f"{phrase!r} not found in {[d.text for d in find_date_expressions(text, published, lang)]}"
    )
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "last", "precision", "time_of_day"),
    [
        (
            "Riot police were pelted with stones Thursday morning.",
            "Thursday morning",
            date(2021, 12, 30),
            date(2021, 12, 30),
            "day",
            "morning",
        ),
        (
            "The shop was looted on Tuesday evening, the mayor said.",
            "Tuesday evening",
            date(2021, 12, 28),
            date(2021, 12, 28),
            "day",
            "evening",
        ),
        ("Protesters gathered on Friday outside the town hall.", "Friday", FRI, FRI, "day", None),
        (
            "Shots were heard at about 11:45 pm on Wednesday in the square.",
            "11:45 pm on Wednesday",
            date(2021, 12, 29),
            date(2021, 12, 29),
            "day",
            "23:45",
        ),
        (
            "Two cars were torched overnight in the suburb.",
            "overnight",
            date(2021, 12, 30),
            date(2021, 12, 30),
            "day",
            "night",
        ),
        (
            "Last night a crowd blocked the bridge.",
            "Last night",
            date(2021, 12, 30),
            date(2021, 12, 30),
            "day",
            "night",
        ),
        (
            "He was arrested yesterday afternoon.",
            "yesterday afternoon",
            date(2021, 12, 30),
            date(2021, 12, 30),
            "day",
            "afternoon",
        ),
        (
            "The convoy left three days ago.",
            "three days ago",
            date(2021, 12, 28),
            date(2021, 12, 28),
            "day",
            None,
        ),
        (
            "A similar march took place last week.",
            "last week",
            date(2021, 12, 20),
            date(2021, 12, 26),
            "week",
            None,
        ),
        (
            "Tension has grown this week.",
            "this week",
            date(2021, 12, 27),
            date(2022, 1, 2),
            "week",
            None,
        ),
        (
            "Earlier this month a bus was attacked.",
            "Earlier this month",
            date(2021, 12, 1),
            FRI,
            "month",
            None,
        ),
        (
            "A teacher was stabbed in March.",
            "March",
            date(2021, 3, 1),
            date(2021, 3, 31),
            "month",
            None,
        ),
        (
            "The camp was cleared on 9 November.",
            "9 November",
            date(2021, 11, 9),
            date(2021, 11, 9),
            "day",
            None,
        ),
        (
            "On the 3rd of December a van was set alight.",
            "the 3rd of December",
            date(2021, 12, 3),
            date(2021, 12, 3),
            "day",
            None,
        ),
        (
            "Fighting resumed December 19 after a truce.",
            "December 19",
            date(2021, 12, 19),
            date(2021, 12, 19),
            "day",
            None,
        ),
        (
            "The treaty was signed in 2015.",
            "2015",
            date(2015, 1, 1),
            date(2015, 12, 31),
            "year",
            None,
        ),
        (
            "The filing is dated 2019-06-14.",
            "2019-06-14",
            date(2019, 6, 14),
            date(2019, 6, 14),
            "day",
            None,
        ),
        (
            "Fireworks were thrown at police on New Year's Eve.",
            "New Year's Eve",
            FRI,
            FRI,
            "day",
            None,
        ),
        (
            "Clashes erupted in the early hours of Sunday.",
            "early hours of Sunday",
            date(2021, 12, 26),
            date(2021, 12, 26),
            "day",
            "early morning",
        ),
        (
            "The rally took place last Friday.",
            "last Friday",
            date(2021, 12, 24),
            date(2021, 12, 24),
            "day",
            None,
        ),
    ],
)
def test_english_expression_resolves(text, phrase, value, last, precision, time_of_day) -> None:
    found = _one(text, FRI, "en", phrase)
    assert (found.value, found.last, found.precision, found.time_of_day) == (
        value,
        last,
        precision,
        time_of_day,
    )
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "Officers said they may need reinforcements.",
        "Residents march to the square every week.",
        "Wait a second before you go.",
        "The victim was given 10 days of sick leave.",
        "He spent 12 years in prison.",
        "About 2,000 people took part.",
    ],
)
def test_english_non_dates_are_ignored(text: str) -> None:
    assert find_date_expressions(text, FRI, "en") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The attack happened on Monday night.", "Monday night"),
        ("Police were called yesterday.", "yesterday"),
        ("A car was burnt overnight.", "overnight"),
        ("The mayor spoke last week.", "last week"),
        ("The camp was cleared on 9 November.", "9 November"),
    ],
)
def test_relative_expression_without_publication_date_has_no_value(text: str, phrase: str) -> None:
    assert _one(text, None, "en", phrase).value is None


def test_absolute_date_with_year_resolves_without_publication_date() -> None:
    found = _one("The verdict came on 14 March 2019.", None, "en", "14 March 2019")
    assert found.value == date(2019, 3, 14)
    assert found.relation == "absolute"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value", "precision", "time_of_day"),
    [
        (
            "Jeudi matin, les CRS ont été visés par des pierres.",
            FRI,
            "Jeudi matin",
            date(2021, 12, 30),
            "day",
            "morning",
        ),
        (
            "Dans la nuit de samedi à dimanche, une quinzaine de policiers ont été blessés.",
            SUN,
            "nuit de samedi à dimanche",
            date(2022, 1, 1),
            "day",
            "night",
        ),
        (
            "Mercredi dernier, un camp a été évacué.",
            WED,
            "Mercredi dernier",
            date(2021, 12, 29),
            "day",
            None,
        ),
        (
            "Hier soir, des vitrines ont été brisées.",
            WED,
            "Hier soir",
            date(2022, 1, 4),
            "day",
            "evening",
        ),
        ("Avant-hier, la préfecture a réagi.", WED, "Avant-hier", date(2022, 1, 3), "day", None),
        (
            "Les faits remontent au 30 décembre.",
            WED,
            "30 décembre",
            date(2021, 12, 30),
            "day",
            None,
        ),
        (
            "L'audience est fixée lundi 3 janvier 2022.",
            WED,
            "lundi 3 janvier 2022",
            date(2022, 1, 3),
            "day",
            None,
        ),
        (
            "La semaine dernière, deux voitures ont brûlé.",
            WED,
            "La semaine dernière",
            date(2021, 12, 27),
            "week",
            None,
        ),
        (
            "Cette nuit, un incendie s'est déclaré.",
            WED,
            "Cette nuit",
            date(2022, 1, 4),
            "day",
            "night",
        ),
        (
            "Les heurts ont commencé vers 21h30 mardi.",
            WED,
            "21h30 mardi",
            date(2022, 1, 4),
            "day",
            "21:30",
        ),
        (
            "Il y a trois jours, un homme a été interpellé.",
            WED,
            "Il y a trois jours",
            date(2022, 1, 2),
            "day",
            None,
        ),
    ],
)
def test_french_expression_resolves(text, published, phrase, value, precision, time_of_day) -> None:
    found = _one(text, published, "fr", phrase)
    assert (found.value, found.precision, found.time_of_day) == (value, precision, time_of_day)


def test_french_weekday_without_publication_date_has_no_value() -> None:
    assert _one("Jeudi soir, la police est intervenue.", None, "fr", "Jeudi soir").value is None


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        ("de", "Am Donnerstag wurden Polizisten verletzt.", "Donnerstag", date(2021, 12, 30)),
        (
            "de",
            "Die Demonstration fand am 3. Januar 2022 statt.",
            "3. Januar 2022",
            date(2022, 1, 3),
        ),
        (
            "es",
            "La protesta fue el 30 de diciembre de 2021.",
            "30 de diciembre de 2021",
            date(2021, 12, 30),
        ),
        ("it", "Ieri sono stati arrestati due uomini.", "Ieri", date(2021, 12, 30)),
        (
            "nl",
            "Op woensdag 29 december 2021 braken rellen uit.",
            "29 december 2021",
            date(2021, 12, 29),
        ),
        ("pt", "Ontem a polícia interveio.", "Ontem", date(2021, 12, 30)),
    ],
)
def test_other_languages_resolve(lang: str, text: str, phrase: str, value: date) -> None:
    assert _one(text, FRI, lang, phrase).value == value


def _seed(seed_paths: list[Path], prefix: str) -> tuple[str, date | None]:
    path = next(p for p in seed_paths if p.name.startswith(prefix))
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4})-(\d\d)-(\d\d)", text)
    return text, date(*map(int, m.groups())) if m else None


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_seed_thursday_resolves_to_the_day_before_publication(seed_paths, prefix) -> None:
    text, published = _seed(seed_paths, prefix)
    assert published == FRI
    thursdays = [d for d in find_date_expressions(text, published, "en") if "Thursday" in d.text]
    assert thursdays and all(d.value == date(2021, 12, 30) for d in thursdays)


def test_seed_003_clock_time_and_absolute_day(seed_paths) -> None:
    text, published = _seed(seed_paths, "003")
    found = find_date_expressions(text, published, "en")
    assert any(d.time_of_day == "09:20" and d.value == date(2021, 12, 30) for d in found)
    assert any(d.text == "the 19th of December" and d.value == date(2021, 12, 19) for d in found)


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_without_publication_date_invents_no_date(seed_paths, prefix) -> None:
    text, published = _seed(seed_paths, prefix)
    assert published is None
    found = find_date_expressions(text, None, "en")
    assert found
    assert all(d.value is None for d in found if d.relation != "absolute")
    assert all(d.value is None or d.value.year != date.today().year for d in found)


SUN, MON = date(2022, 1, 16), date(2022, 1, 17)


@pytest.mark.parametrize(
    ("lang", "text", "published", "phrase", "value", "time_of_day"),
    [
        # a night resolves to the evening's date, as "la nuit de samedi à dimanche"
        ("de", "In der Nacht zum Sonntag brannten in Leipzig Barrikaden.", SUN,
         "Nacht zum Sonntag", date(2022, 1, 15), "night"),
        ("de", "In der Nacht zum Sonntag brannten in Leipzig Barrikaden.", MON,
         "Nacht zum Sonntag", date(2022, 1, 15), "night"),
        ("de", "In der Nacht von Freitag auf Samstag kam es zu Krawallen.", MON,
         "Nacht von Freitag auf Samstag", date(2022, 1, 14), "night"),
        ("de", "Am Samstagabend eskalierte die Lage vor dem Stadion.", MON,
         "Samstagabend", date(2022, 1, 15), "evening"),
        ("de", "Am Sonnabend demonstrierten mehrere Gruppen.", MON,
         "Sonnabend", date(2022, 1, 15), None),
        ("de", "Am vergangenen Samstag wurden zwei Männer festgenommen.", date(2022, 1, 15),
         "vergangenen Samstag", date(2022, 1, 8), None),
        ("de", "Gestern Abend flogen Flaschen auf die Beamten.", MON,
         "Gestern Abend", date(2022, 1, 16), "evening"),
        ("nl", "Zaterdagavond braken rellen uit in het centrum.", MON,
         "Zaterdagavond", date(2022, 1, 15), "evening"),
        ("nl", "Zondagnacht werden drie agenten bekogeld.", MON,
         "Zondagnacht", date(2022, 1, 16), "night"),
        ("nl", "In de nacht van zaterdag op zondag werden auto's in brand gestoken.", SUN,
         "nacht van zaterdag op zondag", date(2022, 1, 15), "night"),
        ("nl", "Afgelopen zaterdag werd een man opgepakt.", date(2022, 1, 15),
         "Afgelopen zaterdag", date(2022, 1, 8), None),
        ("nl", "Gisteravond was het onrustig in de wijk.", MON,
         "Gisteravond", date(2022, 1, 16), "evening"),
        ("nl", "Vannacht werd een politiebureau bekogeld.", MON,
         "Vannacht", date(2022, 1, 16), "night"),
    ],
)
def test_german_dutch_day_parts_and_nights(
    lang: str, text: str, published: date, phrase: str, value: date, time_of_day: str | None
) -> None:
    found = _one(text, published, lang, phrase)
    assert (found.value, found.time_of_day) == (value, time_of_day)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In der Nacht zum Sonntag brannten Barrikaden."),
        ("nl", "Zaterdagavond braken rellen uit."),
    ],
)
def test_german_dutch_relative_without_publication_date_has_no_value(lang: str, text: str) -> None:
    found = find_date_expressions(text, None, lang)
    assert found and all(d.value is None for d in found)


# --- page stamps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Teen hurt in crash Posted: Tuesday, May 5, 2020 5:36 PM EDT\n\nA teen was hurt.",
         "Tuesday, May 5, 2020 5:36 PM"),
        ("A clip of the scene. (Published Monday, Aug. 3, 2020)\n\nTwo men were hurt.",
         "Monday, Aug. 3, 2020"),
        ("Crash on Route 9\n\nMarch 12, 2020 7:26 AM\n\nA driver was hurt on Wednesday.",
         "March 12, 2020 7:26 AM"),
        ("Press release\n\nDATE: April 13, 2020\n\nA suspect was charged.", "April 13, 2020"),
        ("GREENVILLE, Ind. (Feb. 4, 2019) – Officers said a man was hurt on Sunday.",
         "Feb. 4, 2019"),
        ("Crash on Route 9\n\nCreated: 03/12/2020 7:26 PM\n\nA driver was hurt.",
         "03/12/2020 7:26 PM"),
        # a photo's date in its caption is when the picture was taken
        ("The cyclist is pictured on Jan. 9, the day she won a race.", "Jan. 9"),
        ("In this Oct. 2, 2011 photo, the shop owner talks to reporters.", "Oct. 2, 2011"),
        # a birth date is a person's, never the incident's day
        ("Deputies arrested the driver (DOB: 11/04/1987) at the motel.", "11/04/1987"),
        ("Suspect: withheld. Date of Birth: 4/11/1987. Charge: assault.", "4/11/1987"),
        ("The boy, born Aug. 30, 2009, in a small town, loved fishing.", "Aug. 30, 2009"),
    ],
)  # fmt: skip
def test_page_stamps_are_marked_and_keep_their_value(text: str, phrase: str) -> None:
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 20), "en")}
    assert phrase in found, list(found)
    assert found[phrase].relation == "stamp"
    assert found[phrase].value is not None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Officers said the man was hurt on Feb. 4, 2019, near the river.", "Feb. 4, 2019"),
        ("The trial opens on\nMarch 3, 2020\nin the county court.", "March 3, 2020"),
        ("The shop was robbed on Tuesday, police said.", "Tuesday"),
        ("In this March 3 shooting, two clerks were hurt.", "March 3"),
    ],
)
def test_dates_in_sentences_are_no_stamps(text: str, phrase: str) -> None:
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 20), "en")}
    assert phrase in found, list(found)
    assert found[phrase].relation != "stamp"


@pytest.mark.parametrize(
    ("text", "report_day", "event_day"),
    [
        ("A woman was hurt on Friday night at a bus stop, police said Saturday.", "Saturday",
         "Friday night"),
        ("The chief told reporters on Tuesday that a clerk was shot on Monday.", "Tuesday",
         "Monday"),
        ("In a news release Thursday, deputies said a hunter was hit on Wednesday.", "Thursday",
         "Wednesday"),
        ("A driver hurt in a crash on Monday night died Thursday at a hospital.", "Thursday",
         "Monday night"),
        ("The teen shot at a party on Friday was arrested Sunday.", "Sunday", "Friday"),
    ],
)  # fmt: skip
def test_the_day_something_was_said_is_a_report_day(
    text: str, report_day: str, event_day: str
) -> None:
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 7), "en")}
    assert found[report_day].relation == "report"
    assert found[event_day].relation == "past"


@pytest.mark.parametrize(
    ("text", "report_day", "event_day"),
    [
        ("Officials on Wednesday identified the two cousins hit by gunfire Monday night.",
         "Wednesday", "Monday night"),
        ("A cyclist remained in serious condition Friday after a gunman fired at him Tuesday.",
         "Friday", "Tuesday"),
        ("On Sunday, detectives considered the landlord a suspect in the Thursday stabbing.",
         "Sunday", "Thursday"),
        ("The driver who opened fire on Saturday was booked into the county jail Monday.",
         "Monday", "Saturday"),
    ],
)  # fmt: skip
def test_a_day_governed_by_a_later_step_is_a_report_day(
    text: str, report_day: str, event_day: str
) -> None:
    """With the parse, the verb a day modifies tells a later step from the event, wherever the
    day stands in the clause (not only right after the verb)."""
    _assert_report_and_event_days(text, report_day, event_day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunfire was reported shortly after 11 p.m. Thursday near a bowling alley.",
         "shortly after 11 p.m. Thursday"),
        ("Two shots were reported on Monday at a rest stop, and a trucker was hurt.", "Monday"),
    ],
)  # fmt: skip
def test_a_passive_reported_is_when_the_incident_came_to_notice(text: str, day: str) -> None:
    """ "shots were reported Monday" is the incident's own day, not the day someone spoke."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == "past", list(found)
    said = {d.text: d for d in find_date_expressions(
        "Deputies reported Monday that a trucker was hurt.", date(2020, 3, 10), "en")}  # fmt: skip
    assert said["Monday"].relation == "report"


@pytest.mark.parametrize(
    ("text", "report_day", "event_day"),
    [
        ("The archer who wounded a groom on Saturday was still at large Monday.", "Monday",
         "Saturday"),
        ("An inquiry was underway Thursday evening into a stabbing on Wednesday.",
         "Thursday evening", "Wednesday"),
        ("A cyclist hit by a pellet on Friday was in stable condition Sunday.", "Sunday",
         "Friday"),
        ("The twins were with their grandmother as of Tuesday after a gunman hurt their "
         "father on Sunday.", "Tuesday", "Sunday"),
        ("A deckhand who stabbed a cook on Saturday was taken into custody Monday.", "Monday",
         "Saturday"),
    ],
)  # fmt: skip
def test_a_state_at_the_time_of_writing_is_a_report_day(
    text: str, report_day: str, event_day: str
) -> None:
    """A copula that tells how things stood when the report was written ("was still at large",
    "was underway", "in stable condition"), "as of" and "into custody" date the report or a
    later step; the violence came before."""
    _assert_report_and_event_days(text, report_day, event_day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The stabbing was Sunday night outside a kebab shop.", "Sunday night"),
        ("There was a shooting Saturday at a bus depot.", "Saturday"),
        ("It was about 2 a.m. Sunday when the shots rang out.", "about 2 a.m. Sunday"),
    ],
)  # fmt: skip
def test_a_copula_that_tells_the_event_keeps_its_day(text: str, day: str) -> None:
    """ "was" naming the event's own time, "there was" and a cleft are no state of the time of
    writing: the day stays the incident's."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == "past", list(found)


def test_without_a_parse_the_report_verb_rule_is_off() -> None:
    """A plain string has no parse: only the words right before a day mark it a report day."""
    text = "Officials on Wednesday identified the two cousins hit by gunfire Monday night."
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 10), "en")}
    assert found["Wednesday"].relation == "past"


def test_next_weekday_is_to_come() -> None:
    """ "next Monday" lies after publication: never an incident's past day."""
    found = {d.text: d for d in find_date_expressions(
        "The trial opens next Monday.", date(2020, 5, 15), "en")}  # fmt: skip
    assert found["next Monday"].value == date(2020, 5, 18)
    assert found["next Monday"].relation == "future"


NIGHT_PUBLISHED = date(2022, 1, 2)  # a Sunday: "Friday night" is 31 December


@pytest.mark.parametrize(
    ("text", "phrase", "value", "time_of_day"),
    [
        # a clock in the night's small hours puts the event after its midnight
        (
            "Two bartenders were hurt overnight at a tavern. Deputies got the call at about "
            "2:15 a.m. and found both on the patio.",
            "overnight",
            NIGHT_PUBLISHED,
            "02:15",
        ),
        (
            "A cook was wounded Friday night at 1:20 a.m. near the bus depot.",
            "Friday night",
            date(2022, 1, 1),
            "01:20",
        ),
        # an evening clock keeps the evening's date
        (
            "Two bartenders were hurt overnight at a tavern. Deputies got the call at about "
            "11:40 p.m. and found both on the patio.",
            "overnight",
            date(2022, 1, 1),
            "night",
        ),
        # a small-hours clock told with the next day is that night's hour too
        (
            "A cook was wounded Friday night near the depot. Officers arrived around 1:40 a.m. "
            "Saturday.",
            "Friday night",
            date(2022, 1, 1),
            "01:40",
        ),
        # the clock belongs to another day named before it
        (
            "A cook was wounded Friday night near the depot. On Thursday, at 3 a.m., a second "
            "man was robbed there.",
            "Friday night",
            date(2021, 12, 31),
            "night",
        ),
        # a clock far past the night, or "midnight" itself, says nothing of that night's hour
        (
            "A cook was wounded Friday night near the depot.\n\n" + "Neighbours asked for "
            "more street lights and a crossing guard. " * 6 + "At 4 a.m. the road reopened.",
            "Friday night",
            date(2021, 12, 31),
            "night",
        ),
        ("A clerk was shot Friday night at midnight.", "Friday night", date(2021, 12, 31), "00:00"),
    ],
)
def test_a_night_with_a_small_hours_clock_is_the_next_day(
    text: str, phrase: str, value: date, time_of_day: str
) -> None:
    found = _one(text, NIGHT_PUBLISHED, "en", phrase)
    assert (found.value, found.last, found.time_of_day) == (value, value, time_of_day)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the next day's morning told further down: one night, filed under its small hours
        (
            "Two brothers were hurt overnight outside a bowling alley. Deputies said the shots "
            "rang out early Sunday as the lanes closed.",
            "overnight",
            NIGHT_PUBLISHED,
        ),
        (
            "A courier was robbed and beaten last night on the river path. A jogger found him "
            "there on Sunday morning.",
            "last night",
            NIGHT_PUBLISHED,
        ),
        # the morning is the evening's own day: nothing moves
        (
            "Two brothers were hurt overnight outside a bowling alley. Deputies said the shots "
            "rang out early Saturday as the lanes closed.",
            "overnight",
            date(2022, 1, 1),
        ),
        # the evening is told first: the night stays on it
        (
            "Two brothers were hurt overnight outside a bowling alley. It began around 11:10 "
            "p.m. Saturday. Cleanup went on into Sunday morning.",
            "overnight",
            date(2022, 1, 1),
        ),
        # the next day's afternoon, or the morning something was said, is no hour of the night
        (
            "Two brothers were hurt overnight outside a bowling alley. The alley reopened "
            "Sunday afternoon.",
            "overnight",
            date(2022, 1, 1),
        ),
        (
            "Two brothers were hurt last night outside a bowling alley, deputies said early "
            "Sunday.",
            "last night",
            date(2022, 1, 1),
        ),
        # a night told with its weekday keeps its evening
        (
            "Two brothers were hurt Saturday night outside a bowling alley. The lanes had "
            "closed early Sunday.",
            "Saturday night",
            date(2022, 1, 1),
        ),
    ],
)
def test_a_bare_night_told_by_the_next_morning_is_that_morning(
    text: str, phrase: str, value: date
) -> None:
    found = _one(text, NIGHT_PUBLISHED, "en", phrase)
    assert (found.value, found.last) == (value, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the party night's small hours are told with the next day: that day
        ("Three guests were hurt at a New Year's Eve party. Deputies said the shots rang out "
         "about 1:30 a.m. Saturday near the patio.", date(2022, 1, 1)),
        ("A host was wounded at a New Year’s Eve gathering on Elm Lane. Medics reached the "
         "house early Saturday morning.", date(2022, 1, 1)),
        # the evening told first keeps the eve
        ("Three guests were hurt at a New Year's Eve party. It began around 10:40 p.m. "
         "Friday, deputies said. The street was quiet by Saturday morning.", date(2021, 12, 31)),
        # the same night named twice is no evening's day told first
        ("Two guests were hurt at a New Year's Eve party. Another New Year's Eve party down the "
         "road ended early. The shots rang out about 1:30 a.m. Saturday.", date(2022, 1, 1)),
        # no hour of the night told: the eve's own date
        ("Three guests were hurt at a New Year's Eve party in a rented hall.", date(2021, 12, 31)),
    ],
)  # fmt: skip
def test_new_years_eve_told_by_the_next_morning_is_that_morning(text: str, value: date) -> None:
    found = _one(text, NIGHT_PUBLISHED, "en", "New Year")
    assert (found.value, found.last) == (value, value)


def test_christmas_eve_keeps_its_own_date() -> None:
    # only the New Year's night is read as a night that runs past midnight
    found = _one("A cook was hurt at a Christmas Eve dinner. Medics came about 1 a.m. Saturday.",
                 date(2021, 12, 26), "en", "Christmas Eve")  # fmt: skip
    assert found.value == date(2021, 12, 24)


def test_a_night_without_publication_date_stays_undated() -> None:
    found = _one("A cook was wounded Friday night at 1:20 a.m. near the depot.", None, "en",
                 "Friday night")  # fmt: skip
    assert found.value is None


@pytest.mark.parametrize(
    ("text", "phrase", "names_incident"),
    [
        ("Neighbours spoke of Saturday's shooting at the laundromat.", "Saturday", True),
        ("Officers said Sunday night's fatal shooting began as a fight.", "Sunday night", True),
        ("Last night's double homicide left the street shaken.", "Last night", True),
        ("Friday’s deadly gas station robbery is under review.", "Friday", True),
        ("Saturday's parade drew a large crowd.", "Saturday", False),
        ("A man was shot on Saturday, police said.", "Saturday", False),
        # a day as the modifier of a definite incident noun
        ("Two cousins were charged in the June 9 shooting at a car lot.", "June 9", True),
        ("A jury heard evidence about the Friday night drive-by shooting.", "Friday night", True),
        ("The clerk testified about the March 2, 2019 armed robbery.", "March 2, 2019", True),
        ("She testified on the Monday after the shooting.", "Monday", False),
        ("The June 9 meeting was moved because of the shooting.", "June 9", False),
        ("A June 9 shooting left one man hurt.", "June 9", False),
    ],
)
def test_a_day_in_the_possessive_of_an_incident_names_its_day(
    text: str, phrase: str, names_incident: bool
) -> None:
    found = _one(text, WED, "en", phrase)
    assert names_incident_day(text, found) is names_incident


def test_a_possessive_incident_day_after_a_speech_verb_is_not_the_report_day() -> None:
    # "said Sunday" alone is when police spoke; "said Sunday's shooting" names the shooting
    named = _one("Police said Sunday's shooting was gang related.", WED, "en", "Sunday")
    spoken = _one("Police said Sunday the shooting was gang related.", WED, "en", "Sunday")
    assert (named.relation, spoken.relation) == ("past", "report")


def test_a_night_told_before_its_weekday_keeps_that_weekday() -> None:
    # "overnight Saturday" already names the calendar day of its small hours
    found = _one("Two men were shot overnight Saturday, around 2 a.m., near a bar.",
                 NIGHT_PUBLISHED, "en", "overnight Saturday")  # fmt: skip
    assert found.value == date(2022, 1, 1)


def _assert_report_and_event_days(text: str, report_day: str, event_day: str) -> None:
    """Parse `text` (published 2020-03-10) and check which day dates the report and which the
    violence."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[report_day].relation == "report", list(found)
    assert found[event_day].relation == "past", list(found)


@pytest.mark.parametrize(
    ("text", "day", "relation"),
    [
        # a death told with its violent cause is the violence's day
        ("A bartender died Thursday in a shooting outside the tavern.", "Thursday", "past"),
        ("The hiker died early Sunday of a gunshot wound to the leg.", "early Sunday", "past"),
        ("A grandmother died Monday from gunshot wounds, the coroner said.", "Monday", "past"),
        ("A taxi driver died Wednesday in a carjacking near the depot.", "Wednesday", "past"),
        ("The cashier died Tuesday in a robbery at the pharmacy.", "Tuesday", "past"),
        ("A father of two died Saturday in a slaying his neighbours witnessed.", "Saturday",
         "past"),
        # a bare death, or a cause with a day of its own, is a later step
        ("The courier died Friday at a hospital in the city.", "Friday", "report"),
        ("The courier died Friday from wounds suffered in a robbery on Tuesday.", "Friday",
         "report"),
    ],
)  # fmt: skip
def test_a_death_told_with_its_violent_cause_is_no_later_step(
    text: str, day: str, relation: str
) -> None:
    """ "died Thursday in a shooting" tells the shooting's day; "died Friday at a hospital" the
    day a later step came (`nlp.dates_stamps.death_by_violence`, with the parse)."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 14), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == relation, list(found)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("UPDATE @ 4:29 p.m. (Mar. 10)\n\nTwo people were shot Monday night.", "Mar. 10"),
        ("Tuesday 1:15 p.m. UPDATE\n\nA clerk was shot early Tuesday.", "Tuesday 1:15 p.m."),
        ("3:30 p.m. March 10, 2020 UPDATE:\n\nDeputies found a man hurt.",
         "March 10, 2020"),
        ("Update 3/10/2020 4:00 AM\n\nA driver was shot Monday.", "3/10/2020 4:00 AM"),
        ("RIVERTON - UPDATE March 10, 3:03 p.m.: Police named the victim.", "March 10"),
    ],
)  # fmt: skip
def test_an_update_headings_date_is_a_stamp(text: str, phrase: str) -> None:
    """The date of an update heading, with at most a clock time between it and the word
    "update", is when the page was revised: a stamp, never the event's day."""
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 10), "en")}
    assert any(phrase in t and d.relation == "stamp" for t, d in found.items()), found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("UPDATE: A man shot Monday has died at a hospital.", "Monday"),
        ("Update: Two teens hurt in a Saturday shooting are in stable condition.", "Saturday"),
        ("Police gave an update on the man who was shot on Sunday night.", "Sunday night"),
    ],
)
def test_a_day_told_in_an_updates_sentence_is_no_stamp(text: str, phrase: str) -> None:
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 10), "en")}
    assert found[phrase].relation == "past", found


def test_days_in_a_video_playlists_titles_are_stamps() -> None:
    """Other clips' titles on the page ("1:16 Sunday Interview", "0:36 Fire at a home Tuesday
    night") do not date the report; the report's own sentence keeps its day."""
    text = (
        "A man was shot Monday near the park.\n\n"
        "1:16 Sunday Interview: a chef on her new menu\n\n"
        "0:36 Fire at a farmhouse Tuesday night\n\n"
        "2:31 March 2 protest at the library"
    )
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 10), "en")}
    assert found["Monday"].relation == "past", found
    for phrase in ("Sunday", "Tuesday night", "March 2"):
        assert any(phrase in t and d.relation == "stamp" for t, d in found.items()), found


def test_a_single_timed_line_is_no_playlist() -> None:
    text = "Riverton police log\n\n12:23 Officers found a man shot Friday on Elm Street."
    found = {d.text: d for d in find_date_expressions(text, date(2020, 3, 10), "en")}
    assert all(d.relation != "stamp" for d in found.values()), found


def test_a_clocks_minutes_are_no_day_of_the_month() -> None:
    """ "2:31 March 9" is a clock time and 9 March, never 31 March."""
    for text in ("He was shot at 2:31 March 9.", "2:31 March 9 rally at the library"):
        found = find_date_expressions(text, date(2020, 3, 10), "en")
        assert [d.value for d in found if d.value is not None] == [date(2020, 3, 9)], found


@pytest.mark.parametrize(
    ("text", "report_day", "event_day"),
    [
        ("A boy accused of wounding a neighbour on Saturday appeared in family court Tuesday.",
         "Tuesday", "Saturday"),
        ("At his arraignment Monday, the man accused in the Friday shooting stayed silent.",
         "Monday", "Friday"),
        ("The driver pleaded guilty Thursday to firing at a bus on Sunday.", "Thursday",
         "Sunday"),
        ("The couple entered a plea Wednesday in the shooting that hurt a boy on Saturday.",
         "Wednesday", "Saturday"),
        ("A judge ruled Friday that the gunman who fired at a bar on Monday will stand trial.",
         "Friday", "Monday"),
        ("Charges were filed Tuesday against a woman who stabbed a neighbour Sunday.",
         "Tuesday", "Sunday"),
        ("A judge on Thursday ruled the clerk shot on Monday had acted alone.", "Thursday",
         "Monday"),
    ],
)  # fmt: skip
def test_a_step_in_court_is_a_report_day(text: str, report_day: str, event_day: str) -> None:
    """A court step (appearance, arraignment, plea, ruling, charges filed) comes after the
    violence: its day is a report day, the violence keeps its own."""
    _assert_report_and_event_days(text, report_day, event_day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A cyclist was wounded in Birchfield Court Sunday afternoon.", "Sunday afternoon"),
        ("Gunfire broke out near the Elm Court apartments on Friday.", "Friday"),
        ("The man appeared in court after a shooting on Saturday at a bar.", "Saturday"),
    ],
)
def test_a_court_street_or_a_shooting_after_a_court_step_keeps_its_day(
    text: str, day: str
) -> None:
    """ "Court" in a street's name is a place; a day that dates a shooting named after a court
    step is the shooting's, not the step's."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == "past", list(found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Music was still playing in the barn when gunfire erupted at about 2:40 a.m. Sunday, "
         "a deputy confirmed to reporters.", "about 2:40 a.m. Sunday"),
        ("Around 9 a.m. on Monday, the sheriff's office says a neighbour called about gunfire.",
         "Around 9 a.m. on Monday"),
        ("A clerk was stabbed at 11:40 p.m. Saturday behind the depot, officers told reporters.",
         "11:40 p.m. Saturday"),
    ],
)  # fmt: skip
def test_a_day_with_its_clock_time_is_the_events_not_the_speakers(text: str, day: str) -> None:
    """A day told with its clock time that the parse hangs on a trailing or leading speech
    verb is the event's time: reports time their events, not their speech."""
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == "past", list(found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said at 3 p.m. Friday that the gunman had died.", "3 p.m. Friday"),
        ("The driver was arrested at 10:15 p.m. Friday after a chase.", "10:15 p.m. Friday"),
        ("The chief announced the arrests just after 4 p.m. Wednesday at city hall.",
         "just after 4 p.m. Wednesday"),
        ("A woman was shot on Friday night, police said Saturday.", "Saturday"),
    ],
)  # fmt: skip
def test_a_speech_or_later_step_right_before_a_clocked_day_stays_a_report(
    text: str, day: str
) -> None:
    from newsledger.model import Article
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article(id="t", text=text, published=date(2020, 3, 10), language="en"))
    found = {d.text: d for d in doc._.dates}
    assert found[day].relation == "report", list(found)
