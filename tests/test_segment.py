"""Main vs background mentions, on articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from newsledger.extract.segment import (
    Segment,
    agency_county,
    agency_town,
    date_differs,
    recalls_day,
    segment,
    sentences,
)
from newsledger.model import Article
from newsledger.nlp.dates_other import weekday_named
from newsledger.nlp.pipeline import analyse, load_pipeline
from newsledger.nlp.types import DateExpression


def _segments(text: str, title: str, published: date | None,
              url: str | None = None) -> tuple[str, list[Segment]]:  # fmt: skip
    article = Article.from_text(text, title=title, published=published, language="en")
    doc = analyse(article)
    return article.text, segment(doc, title, url=url)


def _place(seg: Segment) -> str | None:
    return seg.place.place.name if seg.place and seg.place.place else None


def _main_place(text: str, title: str) -> tuple[str, int]:
    """The main segment's place name and precision, for a report published 2024-03-04."""
    _, segs = _segments(text, title, date(2024, 3, 4))
    main = segs[0].place
    assert main is not None and main.place is not None
    return main.place.name, main.geo_precision


def assert_main_day(text: str, phrase: str, value: date) -> None:
    """The report's main segment (published 2023-05-20, headline its first line) is dated
    `value`, from evidence that holds `phrase`."""
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    main = segs[0]
    assert main.date is not None and main.date.value == value
    assert phrase in main.date.text


def test_background_by_other_town_and_date() -> None:
    text = ("Youths clash with police in Marseille\n\n"
            "Dozens of youths clashed with police in Marseille on Sunday night, throwing stones "
            "and fireworks at officers, the prefecture said.\n\n"
            "Four officers were lightly injured.\n\n"
            "Last year a similar riot in Lyon left 30 cars burnt.")  # fmt: skip
    _, segs = _segments(text, "Youths clash with police in Marseille", date(2023, 7, 3))
    assert segs[0].main and _place(segs[0]) == "Marseille"
    assert [_place(s) for s in segs[1:]] == ["Lyon"]
    # the injury sentence elaborates the main incident
    assert any("Four officers" in s.text for s in segs[0].sents)
    assert not any("Four officers" in s.text for s in segs[1].sents)


def test_two_incidents_recalled_in_one_sentence_get_their_own_ranges() -> None:
    text = ("Protesters storm town hall in Porto\n\n"
            "Hundreds of protesters stormed the town hall in Porto on Friday.\n\n"
            "It follows an attack on a councillor in Braga in March and a shooting at the mayor's "
            "office in Faro last week.")  # fmt: skip
    full, segs = _segments(text, "Protesters storm town hall in Porto", date(2024, 5, 11))
    places = [_place(s) for s in segs[1:]]
    assert places == ["Braga", "Faro"]
    braga, faro = segs[1], segs[2]
    at_faro = full.index("Faro")
    assert faro.owns(at_faro, at_faro + 4) and not braga.owns(at_faro, at_faro + 4)


def test_statistic_sentence_is_no_mention() -> None:
    text = ("Migrants and police clash at border\n\n"
            "Migrants and police clashed at the border crossing near Ventimiglia on Tuesday.\n\n"
            "More than 100,000 people crossed the sea to Italy in 2022, according to the UN.")
    _, segs = _segments(text, "Migrants and police clash at border", date(2023, 4, 5))
    assert len(segs) == 1
    assert not any("2022" in s.text for s in segs[0].sents)


def test_sentences_are_cut_at_line_breaks() -> None:
    article = Article.from_text("Short headline here\nA caption line\n\nThe lead sentence runs.",
                                language="en")  # fmt: skip
    texts = [s.text for s in sentences(analyse(article))]
    assert texts[:3] == ["Short headline here", "A caption line", "The lead sentence runs."]


def _expr(text: str, value: date | None, precision: str | None, relation: str = "past"
          ) -> DateExpression:  # fmt: skip
    start = len(text) * 7  # distinct offsets: the same expression at the same place is "same"
    return DateExpression(start, start + len(text), text, value, value, precision, None, relation)


@pytest.mark.parametrize(
    ("expr", "main", "differs"),
    [
        (_expr("on 3 May", date(2024, 5, 3), "day"), _expr("Friday", date(2024, 5, 10), "day"),
         True),
        (_expr("overnight", date(2024, 5, 11), "day"), _expr("Friday", date(2024, 5, 10), "day"),
         False),
        (_expr("last week", None, "week"), None, True),
        (_expr("on Tuesday", None, "day"), None, False),
        (_expr("on 9 November", None, "day"), None, True),
        (_expr("at 3am", None, None, "time"), None, False),
    ],
)  # fmt: skip
def test_date_differs(expr: DateExpression, main: DateExpression | None, differs: bool) -> None:
    assert date_differs(expr, main) is differs


# --- another incident recalled by the parse, not by one article's words -----------------------

_LEAD = (
    "Youths clashed with police in Nantes on Saturday night, and six officers were hurt.\n\n"
    "The prefect condemned the violence on Sunday and promised more officers for the district."
    "\n\n"
)


@pytest.mark.parametrize(
    "recall",
    [
        "The clashes came three weeks after rioters attacked a bus.",
        "Two days before, masked men had attacked a police station.",
        "It was the latest in a wave of attacks on officers.",
        "A similar clash left two officers hurt.",
    ],
)
def test_time_distance_series_and_comparison_open_a_background_mention(recall: str) -> None:
    doc = load_pipeline("en")(_LEAD + recall)
    segments = segment(doc, None)
    assert len(segments) == 2
    assert not segments[1].main
    assert segments[1].sents[0].text == recall


def test_a_follow_up_after_the_event_stays_in_the_main_mention() -> None:
    doc = load_pipeline("en")(_LEAD + "Officers arrested four men after the clashes.")
    segments = segment(doc, None)
    assert len(segments) == 1 and segments[0].main


# --- an undated page: a weekday dated by a full date of the same weekday -----------------------

_SAME_DAY_TOLD_TWICE = [
    ("en", "Clash at the harbour\n\nOfficers fired tear gas at a crowd near the harbour of Calais "
           "on Thursday morning. The clash of 30 December 2021 left three officers hurt."),
    ("fr", "Heurts au port\n\nJeudi matin, trois policiers ont été blessés lors de heurts près du "
           "port de Calais. Les heurts du 30 décembre 2021 ont duré deux heures."),
    ("de", "Zusammenstöße am Hafen\n\nAm Donnerstagmorgen wurden in Calais drei Polizisten "
           "verletzt. Die Zusammenstöße vom 30. Dezember 2021 dauerten zwei Stunden."),
    ("it", "Scontri al porto\n\nGiovedì mattina tre agenti sono rimasti feriti negli scontri al "
           "porto di Calais. Gli scontri del 30 dicembre 2021 sono durati due ore."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _SAME_DAY_TOLD_TWICE)
def test_an_undated_weekday_takes_the_full_date_of_that_weekday(lang: str, text: str) -> None:
    """30 December 2021 was a Thursday: with no publication date the weekday alone has no day,
    and the full date near the top names that same day, so it dates the main mention."""
    title = text.split("\n")[0]
    article = Article.from_text(text, title=title, published=None, language=lang)
    segs = segment(analyse(article), title)
    assert segs[0].date is not None
    assert segs[0].date.value == date(2021, 12, 30)
    assert "30" in article.text[segs[0].date.start : segs[0].date.end]


def test_an_undated_weekday_never_takes_a_date_of_another_weekday() -> None:
    """A Friday and a date that fell on a Thursday are not one day: the day stays unknown."""
    text = ("Man shot in a parking lot\n\nA man was shot and wounded in a parking lot in Dayton on "
            "Friday. A similar shooting nearby on 30 December 2021 is still unsolved.")  # fmt: skip
    article = Article.from_text(text, title="Man shot", published=None, language="en")
    segs = segment(analyse(article), "Man shot")
    assert segs[0].date is not None and segs[0].date.value is None


@pytest.mark.parametrize(
    ("text", "lang", "weekday"),
    [("Thursday morning", "en", 3), ("jeudi soir", "fr", 3), ("Donnerstagmorgen", "de", 3),
     ("sabato scorso", "it", 5), ("last night", "en", None), ("Monday or Tuesday", "en", None)],
)  # fmt: skip
def test_weekday_named(text: str, lang: str, weekday: int | None) -> None:
    assert weekday_named(text, lang) == weekday


def test_the_day_told_in_the_possessive_of_the_incident_dates_the_main_mention() -> None:
    # the lead dates a hospital update first; "Monday's shooting" is the incident's own day
    text = ("Three teens still in hospital after shooting near a skate park\n\n"
            "Three teenagers were still in hospital Tuesday night, recovering from Monday's "
            "shooting near a skate park in Fairbridge.\n\n"
            "Police have not made an arrest.")  # fmt: skip
    _, segs = _segments(text, "Three teens still in hospital after shooting near a skate park",
                        date(2023, 5, 17))  # fmt: skip
    main = segs[0]
    assert main.main and main.date is not None
    assert (main.date.text, main.date.value) == ("Monday's", date(2023, 5, 15))


def test_a_possessive_day_of_something_else_does_not_date_the_incident() -> None:
    text = ("Man wounded in shooting outside a diner\n\n"
            "A man was wounded in a shooting outside a diner on Saturday, officers said.\n\n"
            "Tuesday's council meeting will discuss more street lights.")  # fmt: skip
    _, segs = _segments(text, "Man wounded in shooting outside a diner", date(2023, 5, 17))
    assert segs[0].date is not None and segs[0].date.value == date(2023, 5, 13)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a follow-up weeks later: the arrest's day first, "the <day> shooting" names the day
        ("Second man held in shooting at a block party\n\n"
         "A 22-year-old man was in custody Tuesday in Lanford.\n\n"
         "He faces an attempted murder charge in the April 29 shooting at a block party on "
         "Elm Row that wounded two women.", "April 29", date(2023, 4, 29)),
        ("Trial opens for man accused in bar killing\n\n"
         "Jury selection began Monday in the trial of a man accused in the Feb. 11, 2022 "
         "killing of a bartender in Colbury.", "Feb. 11, 2022", date(2022, 2, 11)),
    ],
)  # fmt: skip
def test_the_day_an_incident_noun_is_named_by_dates_a_follow_up(
    text: str, phrase: str, value: date
) -> None:
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 24))
    main = segs[0]
    assert main.date is not None and (main.date.text, main.date.value) == (phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a later step first, the shooting's day after
        ("Teen held after shooting at a bowling alley\n\n"
         "Deputies took a 17-year-old into custody late Thursday afternoon.\n\n"
         "The boy is accused of wounding two men in a shooting at a bowling alley in Marlow "
         "late Wednesday night.", "late Wednesday night", date(2023, 5, 17)),
        # a state at the time of writing first
        ("Gunman still sought after cafe shooting\n\n"
         "The gunman in a cafe shooting was still at large Friday.\n\n"
         "He opened fire Thursday evening on a cafe terrace in Dunmore, wounding three "
         "people.", "Thursday evening", date(2023, 5, 18)),
        # "the shooting happened" names its day
        ("Two hurt in parking lot shooting\n\n"
         "Detectives were canvassing the area of a shooting Friday morning.\n\n"
         "The shooting happened around 11 p.m. Thursday outside a grocery store.",
         "11 p.m. Thursday", date(2023, 5, 18)),
        # the day officers answered the call is the day of the violence
        ("Clerk hurt in shooting at a petrol station\n\n"
         "Neighbours held a prayer walk on Saturday for a clerk hurt at a petrol station. "
         "Officers responded around 10 p.m. Friday after a gunman shot the clerk.",
         "10 p.m. Friday", date(2023, 5, 19)),
    ],
)  # fmt: skip
def test_the_day_of_the_violence_beats_an_earlier_told_later_day(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an earlier day of something other than the violence keeps the violence's day
        ("Woman wounded on a porch\n\nA woman was wounded on her porch Thursday night. Her "
         "brother had visited the house on Tuesday.", date(2023, 5, 18)),
        # a later step after the shooting's day leaves that day
        ("Man shot at a car wash\n\nA man was shot at a car wash in Selby on Thursday. "
         "Officers arrested a neighbour Friday.", date(2023, 5, 18)),
        # a shooting a week and more before is another one recalled
        ("Teen wounded on a corner in Corby\n\nA teen was wounded in a shooting in Corby on "
         "Friday. His cousin was shot on the same corner on May 8.", date(2023, 5, 19)),
        # a day that bounds a running tally is no shooting's day
        ("Weekend violence leaves four hurt\n\nA teenager was wounded in a shooting in "
         "Harlow early Saturday, one of four people shot since Thursday.", date(2023, 5, 20)),
        # a night before a morning is the same night: the morning's day stays
        ("Three hurt at a bowling alley\n\nThree men were hurt in a shooting at a bowling "
         "alley early Saturday morning. It followed an overnight brawl in the parking lot.",
         date(2023, 5, 20)),
    ],
)  # fmt: skip
def test_only_an_earlier_day_of_the_violence_replaces_the_first_day(
    text: str, value: date
) -> None:
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    assert segs[0].date is not None and segs[0].date.value == value


FOLLOW_UP_FILLER = (
    "The judge set a hearing for next month. His lawyer declined to comment. Relatives of "
    "the victim sat in the front row. The prosecutor read the charges aloud.\n\nThe defendant "
    "spoke only to confirm his name. Bond was set at $250,000. A public defender was "
    "appointed. The family asked for privacy.\n\n"
)
"""Eight sentences of court detail in two paragraphs: what follows is below the report's lead
and top (`segment.MAIN_DATE_SCAN` sentences)."""


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a plea told first, the shooting's calendar day weeks earlier further down
        ("Man pleads guilty in garage shooting\n\n"
         "A Harwick man pleaded guilty Thursday to manslaughter.\n\n" + FOLLOW_UP_FILLER
         + "Investigators said the man shot his neighbour in a parking garage on April 2.",
         "April 2", date(2023, 4, 2)),
        # a charge told first, the shooting's weekday a day earlier below the top
        ("Teen charged after cafe shooting\n\n"
         "Prosecutors charged a 17-year-old on Friday.\n\n" + FOLLOW_UP_FILLER
         + "The boy opened fire Thursday evening on a cafe terrace, police said.",
         "Thursday evening", date(2023, 5, 18)),
    ],
)  # fmt: skip
def test_a_follow_up_takes_the_day_of_the_violence_told_further_down(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a top with no day at all (a page stamp only): the day of violence told further down
        ("Third man charged in market shooting\n\nPosted: Friday, May 19, 2023 3:54 PM EDT"
         "\n\nA third man was charged in a shooting at a street market.\n\n"
         + FOLLOW_UP_FILLER * 2
         + "The gunmen opened fire at 2:30 a.m. Sunday, May 14, near the fish stalls.",
         "May 14", date(2023, 5, 14)),
    ],
)  # fmt: skip
def test_a_report_whose_top_names_no_day_takes_the_day_of_violence_told_later(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the police sent to the scene, in a sentence with no word of violence
        ("Man charged in farmhouse shooting\n\nA Tilbury man was charged Friday with "
         "attempted murder.\n\n" + FOLLOW_UP_FILLER
         + "Deputies were called to a farmhouse on Birch Lane shortly before 6 p.m. "
         "Wednesday.", "Wednesday", date(2023, 5, 17)),
        ("Teen charged after flat shooting\n\nA teenager was charged Friday with assault."
         "\n\n" + FOLLOW_UP_FILLER
         + "Officers responded to the flat on Mill Road about 9 p.m. Thursday after a "
         "neighbour phoned.", "Thursday", date(2023, 5, 18)),
        # the event told as "it"
        ("Bar owner charged after shooting\n\nThe owner of a bar was charged Friday.\n\n"
         + FOLLOW_UP_FILLER + "It happened about 1 a.m. Thursday outside the bar on Quay "
         "Street.", "Thursday", date(2023, 5, 18)),
        ("Woman pleads guilty in van shooting\n\nA woman pleaded guilty Friday to "
         "manslaughter.\n\n" + FOLLOW_UP_FILLER
         + "It occurred on April 30 after a quarrel over a parked van, the prosecutor said.",
         "April 30", date(2023, 4, 30)),
    ],
)  # fmt: skip
def test_a_day_of_the_call_or_of_it_dates_the_violence_told_later(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a noun of an occurrence that a word of violence modifies is the violence
        ("Two charged in harbour shooting\n\nTwo men were charged Friday with attempted "
         "murder.\n\n" + FOLLOW_UP_FILLER
         + "The shooting incident began around 11 p.m. Wednesday near the harbour.",
         "Wednesday", date(2023, 5, 17)),
        # "take place" is a verb of happening
        ("Man charged over library stabbing\n\nA man was charged Friday with wounding."
         "\n\n" + FOLLOW_UP_FILLER + "The stabbing took place on May 16 near the library.",
         "May 16", date(2023, 5, 16)),
        # a relative pronoun stands for the violence it follows
        ("Driver charged after roadside shooting\n\nA driver was charged Friday with "
         "assault.\n\n" + FOLLOW_UP_FILLER
         + "Detectives described a shooting that occurred late Wednesday as a robbery gone "
         "wrong.", "Wednesday", date(2023, 5, 17)),
    ],
)  # fmt: skip
def test_the_violence_told_as_an_occurrence_dates_the_follow_up(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # shootings told in words the trigger list lacks, in a sentence with no trigger
        ("Two charged after car wash killings\n\nTwo men were charged Friday with murder."
         "\n\n" + FOLLOW_UP_FILLER
         + "The cousins were gunned down outside a car wash on May 16.",
         "May 16", date(2023, 5, 16)),
        ("Man charged after porch shooting\n\nA man was charged Friday with assault.\n\n"
         + FOLLOW_UP_FILLER
         + "The girl was struck in the shoulder around 8 p.m. Wednesday as she sat on a "
         "porch.", "Wednesday", date(2023, 5, 17)),
        ("Father charged after boy hurt\n\nA father was charged Friday with neglect.\n\n"
         + FOLLOW_UP_FILLER
         + "Detectives believe the rifle discharged about 4 p.m. Thursday while the boys "
         "handled it.", "Thursday", date(2023, 5, 18)),
        ("Uncle charged after toddler hurt\n\nAn uncle was charged Friday with neglect.\n\n"
         + FOLLOW_UP_FILLER
         + "The pistol went off shortly after noon on Wednesday in a back bedroom.",
         "Wednesday", date(2023, 5, 17)),
    ],
)  # fmt: skip
def test_a_shooting_told_in_words_the_trigger_list_lacks_dates_the_follow_up(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a death told with its violent cause, below a later step
        ("Man charged in lakeside killing\n\nA man was charged Friday with murder.\n\n"
         + FOLLOW_UP_FILLER
         + "The angler died Tuesday of a gunshot wound to the chest.",
         "Tuesday", date(2023, 5, 16)),
        # the dead or wounded found
        ("Two charged in quarry deaths\n\nTwo men were charged Friday with murder.\n\n"
         + FOLLOW_UP_FILLER + "The bodies were found Wednesday in a burned pickup.",
         "Wednesday", date(2023, 5, 17)),
        ("Cousin charged in garage death\n\nA cousin was charged Friday with murder.\n\n"
         + FOLLOW_UP_FILLER + "The mechanic was found dead in his garage on Thursday.",
         "Thursday", date(2023, 5, 18)),
        ("Neighbor charged after farmhand hurt\n\nA neighbor was charged Friday with assault."
         "\n\n" + FOLLOW_UP_FILLER
         + "Deputies found the farmhand Wednesday with a gunshot wound to the arm.",
         "Wednesday", date(2023, 5, 17)),
    ],
)  # fmt: skip
def test_a_death_by_violence_or_the_dead_found_dates_the_follow_up(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    "told",
    [
        "The angler died Wednesday at a hospital in the county seat.",
        "Divers found the rifle Wednesday in a pond behind the house.",
    ],
)
def test_a_bare_death_or_a_thing_found_is_no_violence_day(told: str) -> None:
    text = ("Vigil held for angler\n\nA vigil was held on Friday for an angler wounded in a "
            "lakeside shooting.\n\n" + FOLLOW_UP_FILLER + told)  # fmt: skip
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    assert segs[0].date is not None and segs[0].date.value == date(2023, 5, 19)


def test_a_person_struck_by_a_vehicle_is_no_shooting_day() -> None:
    text = (
        "Vigil held for wounded teen\n\nA vigil was held on Friday for a teen wounded in a "
        "cafe shooting.\n\n" + FOLLOW_UP_FILLER
        + "His cousin was struck by a van on Wednesday as he ran for help."
    )  # fmt: skip
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    assert segs[0].date is not None and segs[0].date.value == date(2023, 5, 19)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "another" as a second person does not recall another incident
        ("Man charged in market shooting\n\nA man was charged Friday with murder.\n\n"
         + FOLLOW_UP_FILLER
         + "One vendor died and another remains in hospital after the gunman opened fire "
         "at the market on Tuesday.", "Tuesday", date(2023, 5, 16)),
        # "previously" on a later step does not recall another incident
        ("Teen charged in cashier shooting\n\nA teen was charged Friday with assault.\n\n"
         + FOLLOW_UP_FILLER
         + "The teen, who was previously questioned by detectives, shot the cashier on "
         "May 16.", "May 16", date(2023, 5, 16)),
        # "earlier" before a weekday is an hour of that day
        ("Man charged after farmhouse shooting\n\nA man was charged Friday with assault."
         "\n\n" + FOLLOW_UP_FILLER
         + "Deputies responded to the farmhouse earlier Wednesday after a neighbour heard "
         "shots.", "Wednesday", date(2023, 5, 17)),
        # an update's label over its first version
        ("UPDATE: Man arrested in bar shooting\n\nPolice arrested a man Friday in a bar "
         "shooting.\n\n" + FOLLOW_UP_FILLER
         + "EARLIER | Three people were hurt when a man opened fire in a bar on Wednesday "
         "night.", "Wednesday", date(2023, 5, 17)),
    ],
)  # fmt: skip
def test_a_loose_cue_word_keeps_the_follow_ups_day(text: str, phrase: str, value: date) -> None:
    assert_main_day(text, phrase, value)


PERIOD_LEAD = ("Man held over bait shop shooting\n\nPolice in Tacoma detained a man Friday over a "
               "shooting last week that left two brothers dead.\n\n" + FOLLOW_UP_FILLER)
"""A follow-up whose top dates its shooting by a week (published Saturday 2023-05-20: "last
week" is 8-14 May); what follows is a sentence the main mention does not own (another
town's name makes it a background mention), so only the main date can carry its day."""


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a week of the top, the shooting's day told further down
        (PERIOD_LEAD + "A gunman killed the brothers outside a bait shop in Puyallup on May 11.",
         "May 11", date(2023, 5, 11)),
        # a month of the top, a sentence of the shooting that dates the call
        ("Woman charged in April shooting\n\nA woman in Spokane was charged Friday in a "
         "shooting in April that hurt her neighbour.\n\n" + FOLLOW_UP_FILLER
         + "Deputies responded to the shooting at a duplex in Cheney around 7 p.m. on April "
         "12.", "April 12", date(2023, 4, 12)),
    ],
)  # fmt: skip
def test_a_period_of_the_top_is_narrowed_by_the_day_told_below(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    "below",
    [
        # a day of the week in a sentence of no violence, no call: a march, not the shooting
        "Anglers marched in Puyallup on May 12 to remember the brothers.",
        # a day of violence outside the week
        "A gunman killed the brothers outside a bait shop in Puyallup on May 2.",
    ],
)
def test_a_period_of_the_top_stays_without_the_incidents_day_inside_it(below: str) -> None:
    text = PERIOD_LEAD + below
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    main = segs[0].date
    assert len(segs) == 2  # the sentence below is a background mention's
    assert main is not None and main.precision == "week"
    assert (main.value, main.last) == (date(2023, 5, 8), date(2023, 5, 14))


def _first_sentence(text: str) -> Span:
    doc = analyse(Article.from_text(text, title="Depot shooting", language="en"))
    return next(iter(doc.sents))


@pytest.mark.parametrize(
    ("sentence", "recalls"),
    [
        # "another" as a pronoun hangs from the trigger itself: a second victim, not incident
        ("One clerk died and another was wounded after a robber opened fire on Monday.", False),
        ("One guard was killed and another was hurt when a gunman fired at the depot on Sunday.",
         False),
        # "another" qualifying a victim of the violence: another incident (CUE_HOPS)
        ("Another clerk was shot outside the same shop in March.", True),
        ("Another guard was stabbed at the depot last winter.", True),
        # "another" qualifying the shooter: the same incident (SOFT_CUES)
        ("The robber was himself shot by another clerk on Monday.", False),
    ],
)  # fmt: skip
def test_another_recalls_the_day_only_as_a_modifier(sentence: str, recalls: bool) -> None:
    assert recalls_day(_first_sentence(sentence)) is recalls


@pytest.mark.parametrize(
    "recall",
    [
        "Police are also looking into another shooting on the same block on April 30.",
        "Earlier, on April 30, a man was shot on the same block.",
        "Previously, a man was shot on the same block on April 30.",
    ],
)
def test_a_cue_of_another_shooting_still_recalls_it(recall: str) -> None:
    text = (
        "Vigil held for wounded teen\n\nA vigil was held on Friday for a teen wounded in a "
        "cafe shooting.\n\n" + FOLLOW_UP_FILLER + recall
    )  # fmt: skip
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    assert segs[0].date is not None and segs[0].date.value == date(2023, 5, 19)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a first day that dates the call is the report's own incident: an older call stays out
        ("Boy hurt in Corby flat\n\nOfficers responded to a flat in Corby around noon "
         "Thursday after a neighbour phoned.\n\n" + FOLLOW_UP_FILLER
         + "They had been called to the same flat on May 9 over a noise complaint.",
         "Thursday", date(2023, 5, 18)),
        # a trial is no occurrence of the violence: the day it began is not the violence's
        ("Trial opens in petrol station shooting\n\nA murder trial began Friday in "
         "Harwick.\n\n" + FOLLOW_UP_FILLER
         + "The accused shot a cashier at a petrol station on Wednesday.",
         "Wednesday", date(2023, 5, 17)),
    ],
)  # fmt: skip
def test_a_call_told_first_stays_and_a_trial_dates_no_violence(
    text: str, phrase: str, value: date
) -> None:
    assert_main_day(text, phrase, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the first day dates the violence itself: an older shooting told later is another
        ("Man shot outside a bakery\n\nA man was shot outside a bakery in Harwick on "
         "Thursday.\n\n" + FOLLOW_UP_FILLER
         + "A woman was shot on the same block on April 2.", date(2023, 5, 18)),
        # a sentence that recalls another incident does not date this one
        ("Vigil held for wounded teen\n\nA vigil was held on Friday for a teen wounded in "
         "a cafe shooting.\n\n" + FOLLOW_UP_FILLER
         + "In a separate case, a man was shot on April 2.", date(2023, 5, 19)),
        # the sentence after one that recalls another incident tells that incident
        ("Vigil held for wounded teen\n\nA vigil was held on Friday for a teen wounded in "
         "a cafe shooting.\n\n" + FOLLOW_UP_FILLER
         + "Detectives also want to question him about another killing. That killing "
         "happened on April 2.", date(2023, 5, 19)),
        # a day that opens its sentence below the top sets another scene (a roundup)
        ("Vigil held for wounded teen\n\nA vigil was held on Friday for a teen wounded in "
         "a cafe shooting.\n\n" + FOLLOW_UP_FILLER
         + "On Thursday, two brothers were shot outside a bar across town.",
         date(2023, 5, 19)),
        # a weekday of violence more than three days before the first day is not taken
        ("Vigil held for slain teen\n\nA vigil was held on Friday for a slain "
         "teen.\n\n" + FOLLOW_UP_FILLER
         + "Police said the teen was shot last Monday.", date(2023, 5, 19)),
    ],
)  # fmt: skip
def test_a_day_of_violence_further_down_leaves_the_first_day(text: str, value: date) -> None:
    _, segs = _segments(text, text.split("\n")[0], date(2023, 5, 20))
    assert segs[0].date is not None and segs[0].date.value == value


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Deputies in Burke County, Georgia, are searching for a gunman after an early "
         "morning shooting.\n\nDeputies were called at 2 a.m. to a house on Church Street in "
         "Waynesboro, where a man had been shot in the arm.", "Waynesboro"),
    ],
)  # fmt: skip
def test_a_town_of_the_leads_county_is_the_main_place(text: str, town: str) -> None:
    _, segs = _segments(text, text.split("\n")[0], date(2024, 3, 4))
    assert _place(segs[0]) == town


def test_a_residents_town_does_not_replace_the_leads_county() -> None:
    text = ("Deputies in Burke County, Georgia, are searching for a gunman after an early "
            "morning shooting.\n\nA man was shot in the arm, deputies said.\n\nHe was taken to "
            "a hospital.\n\nThe victim, a man from Waynesboro, is expected to recover.")
    _, segs = _segments(text, text.split("\n")[0], date(2024, 3, 4))
    assert _place(segs[0]) == "Burke County"


def test_a_nearby_town_named_only_as_a_home_leaves_the_dateline() -> None:
    text = ("Man hurt in shooting\n\nAKRON, Ohio (AP) -- A Barberton man was shot and "
            "wounded on Sunday evening, police said.")  # fmt: skip
    _, segs = _segments(text, "Man hurt in shooting", date(2024, 3, 4))
    assert _place(segs[0]) == "Akron"


@pytest.mark.parametrize(
    ("lead", "town"),
    [
        # the lead's town after a big city's dateline, a town of its own (its police): the town
        ("LOS ANGELES (AP) — A Santa Monica gunman shot a man dead on Tuesday night. Santa "
         "Monica police said the gunman fled in a car.", "Santa Monica"),
        # a town named as a person's home, or as a reference point: the dateline
        ("LOS ANGELES (AP) — A Santa Monica man was shot and killed on Tuesday night, "
         "officials said.", "Los Angeles"),
        ("LOS ANGELES (AP) — Deputies are searching for a gunman who shot a man on a road "
         "near Santa Monica on Tuesday night.", "Los Angeles"),
        # another state's town, written with its state: the town; bare: the dateline
        ("WASHINGTON — A woman was shot on Friday night in Laurel, Maryland, police said.",
         "Laurel"),
        ("WASHINGTON — A woman was shot on Friday night in Laurel, police said.", "Washington"),
    ],
)  # fmt: skip
def test_the_town_after_a_bureaus_dateline(lead: str, town: str) -> None:
    _, segs = _segments(f"Shooting\n\n{lead}", "Shooting", date(2024, 3, 4))
    assert _place(segs[0]) == town


def test_a_town_in_a_stations_long_name_is_not_the_events_place() -> None:
    title = ("Man hurt in Escondido shooting - XYZ News 8 - San Diego, CA News Station - "
             "KXYZ Channel 8")  # fmt: skip
    text = f"{title}\n\nA man was shot in the leg on Saturday night, deputies said."
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Escondido"


def test_a_report_naming_no_place_is_placed_near_its_outlets_town() -> None:
    title = "Teen hurt in weekend shooting | The Augusta Chronicle"
    text = (f"{title}\n\nOfficers answered a call on Willow Court on Saturday and found a "
            "teenager with a gunshot wound to his arm.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Augusta"
    assert segs[0].place is not None and segs[0].place.geo_precision == 2


def test_a_town_the_report_names_outranks_its_outlets_town() -> None:
    title = "Teen hurt in weekend shooting | The Augusta Chronicle"
    text = (f"{title}\n\nOfficers answered a call in Thomson on Saturday and found a "
            "teenager with a gunshot wound to his arm.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Thomson"


def test_a_roundup_is_cut_at_each_neighbourhood_the_gazetteer_lacks() -> None:
    title = "Friday gunfire across the city"
    text = (f"{title}\n\nA man was shot dead on Friday night on the West Side, Chicago police "
            "said.\n\nA woman was wounded in the Salem Highlands neighborhood as she stood on a "
            "porch.\n\nTwo teenagers were shot in the Marlow Highlands neighborhood.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert segs[0].main and _place(segs[0]) == "Chicago"
    assert [s.place.text for s in segs[1:] if s.place is not None] == [
        "Salem Highlands",
        "Marlow Highlands",
    ]
    assert all(s.place is not None and s.place.place is None for s in segs[1:])


@pytest.mark.parametrize(
    "title",
    [
        "Boy shot in hunting mishap - KXYZ-TV: News, Weather and Sports for Lafayette, LA",
        "Boy shot in hunting mishap - KXYZ News 12 Lafayette, Louisiana News Weather & Sports",
    ],
)
def test_the_town_in_the_outlets_name_is_not_the_events_place(title: str) -> None:
    # a wire story on a station's page: the dateline, not the station's town, is the place
    text = (f"{title}\n\nMONROE, La. (AP) — A 10-year-old boy was shot in the leg on Saturday, "
            "deputies said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Monroe"


def test_a_town_in_the_headline_before_a_non_outlet_tail_stays_the_place() -> None:
    title = "Boy shot in Birmingham hunting mishap - deputies"
    text = f"{title}\n\nA 10-year-old boy was shot in the leg on Saturday, deputies said."
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Birmingham"


def test_a_sheriff_named_after_a_city_does_not_move_the_event_to_that_city() -> None:
    title = "Two wounded outside a bar"
    text = (f"{title}\n\nTwo men were wounded late Friday outside a bar in Elk Grove, "
            "Sacramento sheriff's deputies said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Elk Grove"


def test_a_citys_police_still_anchor_a_nearby_namesake_to_the_city() -> None:
    title = "Man wounded on a porch"
    text = (f"{title}\n\nA man was wounded on a porch late Friday in Kensington, "
            "Philadelphia police said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Philadelphia"


@pytest.mark.parametrize(
    ("title", "body", "city"),
    [
        ("Two men shot on a corner in Germantown",
         "Two men were shot on a corner in Germantown on Friday night. It was the third "
         "shooting in Philadelphia this week.", "Philadelphia"),
        ("Man shot outside an apartment complex in Whitehaven",
         "A man was shot outside an apartment complex in Whitehaven on Tuesday night. Neighbors "
         "said gunfire has become common across Memphis this summer.", "Memphis"),
        ("Two hurt in Kensington shooting",
         "Two men were hurt in a shooting in Kensington on Sunday afternoon. It was the fourth "
         "shooting in Philadelphia that weekend.", "Philadelphia"),
    ],
)  # fmt: skip
def test_a_far_namesake_of_a_neighbourhood_yields_to_the_city_named(
    title: str, body: str, city: str
) -> None:
    # the neighbourhood's namesake towns lie in other states or abroad; the city is named
    _, segs = _segments(f"{title}\n\n{body}", title, date(2024, 3, 4))
    assert _place(segs[0]) == city


@pytest.mark.parametrize(
    ("title", "body", "city"),
    [
        # "Midtown" is a Memphis district; the gazetteer's Midtown is a village of Roane County,
        # Tennessee, 500 km east: the big city of the same state the report names is meant
        ("Man wounded outside a Midtown bar",
         "A man was wounded by gunfire outside a bar in Midtown early Sunday. Memphis police "
         "are looking for a gray sedan seen leaving the lot.", "Memphis"),
        # the town itself is placed by a body of its own: a real town far from the city
        ("Man wounded outside a Midtown bar",
         "A man was wounded by gunfire outside a bar in Midtown early Sunday, Midtown police "
         "said. The suspect was later arrested in Memphis.", "Midtown"),
        # a county of the report holds the town: a rural shooting, the city only mentioned
        ("Hunter hurt in Midtown",
         "A hunter was hurt when his rifle went off in Midtown on Saturday, the Roane County "
         "sheriff said. His brother drove down from Memphis to be with him.", "Midtown"),
        # the city is named only for its hospital
        ("Hunter hurt in Midtown",
         "A hunter was hurt when his rifle went off in Midtown on Saturday. He was flown to a "
         "hospital in Memphis.", "Midtown"),
        # the city is named only as where someone came from
        ("Boy hurt in Midtown",
         "A boy was hurt when a rifle went off in his grandparents' Midtown home on Saturday. "
         "He was visiting from Memphis for the summer.", "Midtown"),
    ],
)  # fmt: skip
def test_a_far_town_of_the_same_state_yields_to_the_big_city_named(
    title: str, body: str, city: str
) -> None:
    _, segs = _segments(f"{title}\n\n{body}", title, date(2024, 3, 4))
    assert _place(segs[0]) == city


def test_a_small_town_with_its_state_written_keeps_the_place() -> None:
    title = "Man shot during a hunting trip"
    text = (f"{title}\n\nA man was shot in the leg during a hunting trip near Woodville, "
            "Mississippi, on Saturday. He was flown to a hospital in New Orleans.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Woodville"


def test_a_city_named_only_for_its_hospital_leaves_the_town() -> None:
    """The hospital's city does not replace the town; the town itself is Philadelphia's
    Germantown neighbourhood (the Pennsylvania Germantown the postal list addresses to
    Philadelphia), which registries file under the city (places-s24)."""
    title = "Boy shot in Germantown"
    text = (f"{title}\n\nA boy was shot in the arm in Germantown on Friday. He was taken to a "
            "hospital in Philadelphia.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    main = segs[0].place
    assert main is not None and main.text == "Germantown" and _place(segs[0]) in (
        "Germantown", "Philadelphia"
    )
    assert main.place is not None and main.place.admin1 == "Pennsylvania"


def test_a_big_city_stays_the_place_when_another_city_is_named() -> None:
    title = "Clerk wounded in a robbery in Lincoln"
    text = (f"{title}\n\nA store clerk was wounded in a robbery in Lincoln on Monday. The "
            "clerk had moved to the city from Denver last year.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Lincoln"


def test_a_video_playlists_towns_are_not_the_reports_place() -> None:
    title = "Teen wounded in weekend shooting | The Augusta Chronicle"
    text = (f"{title}\n\n1:12 Durham council votes on a new bus route\n\n0:48 Raleigh police "
            "look for a stolen truck Pause\n\nOfficers answered a call on Willow Court on "
            "Saturday and found a teenager with a gunshot wound to his arm.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Augusta"  # the outlet's town, as with no place at all


def test_one_timed_line_is_no_playlist() -> None:
    title = "Police log"
    text = (f"{title}\n\n1:15 Raleigh officers found a man shot on Willow Court on Saturday.")
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Raleigh"


@pytest.mark.parametrize(
    ("town", "url", "city", "admin1"),
    [
        # a Philadelphia site: "Germantown" is its neighbourhood, not the Maryland town, and
        # is reported as the city (places-s24)
        ("Germantown", "https://www.philly.com/news/crime/boy-hurt.html", "Philadelphia",
         "Pennsylvania"),
        # a Pittsburgh site: no East Hills in Pennsylvania, and the city is told by its
        # neighbourhoods
        ("East Hills", "https://pittsburgh.cbslocal.com/2016/boy-hurt/", "Pittsburgh",
         "Pennsylvania"),
        # no home city in the host: the gazetteer's namesake stays
        ("Germantown", "https://www.example.com/news/boy-hurt.html", "Germantown", "Maryland"),
    ],
)  # fmt: skip
def test_a_local_sites_home_decides_a_far_lone_town(
    town: str, url: str, city: str, admin1: str
) -> None:
    title = f"Boy hurt by a stray bullet in {town}"
    text = (f"{title}\n\nA boy was hurt by a stray bullet in {town} late Saturday while "
            "he sat on his front steps, police said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4), url)
    place = segs[0].place.place if segs[0].place else None
    assert place is not None and (place.name, place.admin1) == (city, admin1)


def test_a_local_site_leaves_a_town_whose_state_is_written() -> None:
    title = "Boy hurt by a stray bullet"
    text = (f"{title}\n\nA boy was hurt by a stray bullet in Germantown, Md., late Saturday "
            "while he sat on his front steps, police said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4), "https://www.philly.com/news/a.html")
    place = segs[0].place.place if segs[0].place else None
    assert place is not None and place.admin1 == "Maryland"


@pytest.mark.parametrize(
    ("bearing", "precision"),
    [("a farm northwest of Dardanelle", 2), ("a house just outside Dardanelle", 2),
     ("a house in Dardanelle", 1)],
)  # fmt: skip
def test_a_county_lead_takes_the_town_it_is_told_from(bearing: str, precision: int) -> None:
    title = "Hunter wounded in Yell County"
    text = (f"{title}\n\nA hunter was wounded Saturday in Yell County, deputies said. The "
            f"shooting happened at {bearing} shortly after dawn.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    main = segs[0].place
    assert main is not None and main.place is not None
    assert (main.place.name, main.place.admin1) == ("Dardanelle", "Arkansas")
    assert main.geo_precision == precision


@pytest.mark.parametrize(
    ("told", "place", "precision"),
    [
        # the county's big city named: the city, near it
        ("Sheriff's detectives from Tucson drove out to the ranch overnight.", "Tucson", 2),
        ("The ranch lies about 30 miles from downtown Tucson.", "Tucson", 2),
        # named only for the hospital the wounded were taken to: the county stays
        ("The wounded man was flown to a hospital in Tucson.", "Pima County", 3),
        # the report says the place belongs to no town: the county stays
        ("The ranch lies in an unincorporated stretch about 30 miles from Tucson.",
         "Pima County", 3),
    ],
)  # fmt: skip
def test_a_big_citys_county_is_read_as_the_city_the_report_names(
    told: str, place: str, precision: int
) -> None:
    title = "Man wounded in southwest Pima County"
    text = (f"{title}\n\nA man was wounded late Friday on a ranch road in southwest Pima "
            f"County, deputies said.\n\n{told}")  # fmt: skip
    assert _main_place(text, title) == (place, precision)


@pytest.mark.parametrize(
    ("county", "place", "precision"),
    [
        # the county of a city of 300,000 or more, the city unnamed: the city, near it
        ("Pima County", "Tucson", 2),
        # a county whose largest town is smaller (Spokane) stays unless the report names it
        ("Spokane County", "Spokane County", 3),
    ],
)  # fmt: skip
def test_a_very_big_citys_county_is_read_as_the_city_unnamed(
    county: str, place: str, precision: int
) -> None:
    title = f"Man wounded on a ranch road in {county}"
    text = (f"{title}\n\nA man was wounded late Friday on a ranch road in {county}, deputies "
            "said. Detectives were looking for a gray pickup seen leaving the gate.")  # fmt: skip
    assert _main_place(text, title) == (place, precision)


@pytest.mark.parametrize(
    ("told", "place", "precision"),
    [
        # the one town of the county given as the people's home: that town, near it
        ("Deputies said the hunter, 41, of Dardanelle, was hit in the leg.", "Dardanelle", 2),
        ("Deputies said a Dardanelle man was hit in the leg.", "Dardanelle", 2),
        # people from two towns: the event may be at either home, the county stays
        ("Deputies said the hunter, 41, of Dardanelle, was hit in the leg and his brother, 38, of "
         "Clarksville, in the arm.", "Yell County", 3),
        # a town named for something else than a home: the county stays
        ("Deputies said the man drove himself to a clinic in Dardanelle.", "Yell County", 3),
        # the report says the place is no town's: the county stays
        ("The camp lies in an unincorporated corner of the county. Deputies said the hunter, "
         "41, of Dardanelle, was hit in the leg.", "Yell County", 3),
    ],
)  # fmt: skip
def test_a_county_lead_takes_the_one_home_town_it_names(
    told: str, place: str, precision: int
) -> None:
    title = "Hunter wounded in Yell County"
    text = f"{title}\n\nA hunter was wounded Saturday in Yell County.\n\n{told}"
    assert _main_place(text, title) == (place, precision)


def test_a_small_towns_county_is_not_read_as_its_town() -> None:
    title = "Hunter wounded in Yell County"
    text = (f"{title}\n\nA hunter was wounded Saturday in Yell County, deputies said.\n\n"
            "Sheriff's detectives from Dardanelle drove out to the woods overnight.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    assert _place(segs[0]) == "Yell County"


@pytest.mark.parametrize(
    ("title", "url", "state"),
    [
        # the site's host names its home city: the namesake county of its state
        ("Teen hurt in Perry County", "https://www.nashvillecourier.com/news/a.html",
         "Tennessee"),
        # the masthead's town tells the home when the host does not
        ("Teen hurt in Perry County - WKXY News 8 - Nashville, TN", None, "Tennessee"),
    ],
)  # fmt: skip
def test_a_county_name_many_states_share_is_the_home_states(
    title: str, url: str | None, state: str
) -> None:
    text = (f"{title}\n\nA teenager was hurt Sunday when a rifle went off at a hunting camp in "
            "Perry County, deputies said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4), url)
    main = segs[0].place
    assert main is not None and main.place is not None
    assert (main.place.name, main.place.admin1) == ("Perry County", state)


def test_a_county_whose_state_is_written_keeps_it_on_a_far_site() -> None:
    title = "Teen hurt in Perry County"
    text = (f"{title}\n\nA teenager was hurt Sunday when a rifle went off at a hunting camp in "
            "Perry County, Ohio, deputies said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4), "https://www.nashvillecourier.com/a")
    main = segs[0].place
    assert main is not None and main.place is not None and main.place.admin1 == "Ohio"


MASTHEAD = "Gulf6now.com South Texas, Corpus Christi"


@pytest.mark.parametrize(
    ("told", "place"),
    [
        # a hall named after a small town abroad: the masthead's home city, near it
        ("leaving the Somoto dance hall", ("Corpus Christi", "US")),
        # a town of another state keeps its own place: a masthead is not its page's home
        ("leaving a dance hall in Valdosta, Georgia", ("Valdosta", "US")),
    ],
)  # fmt: skip
def test_a_mastheads_home_takes_a_lone_town_abroad(told: str, place: tuple[str, str]) -> None:
    title = f"Three hurt outside a dance hall - {MASTHEAD}"
    text = (f"{title}\n\nThree people were hurt early Sunday when a man fired into a crowd "
            f"{told}, detectives said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4))
    main = segs[0].place
    assert main is not None and main.place is not None
    assert (main.place.name, main.place.country_code) == place


def test_a_county_of_a_report_naming_another_state_stays_with_the_gazetteer() -> None:
    title = "Teen hurt in Perry County"
    text = (f"{title}\n\nA teenager visiting from Alabama was hurt Sunday when a rifle went off "
            "at a hunting camp in Perry County, deputies said.")  # fmt: skip
    _, segs = _segments(text, title, date(2024, 3, 4), "https://www.nashvillecourier.com/a")
    main = segs[0].place
    assert main is not None and main.place is not None
    assert main.place.name == "Perry County" and main.place.admin1 != "Tennessee"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The Las Vegas Metropolitan Police Department is looking for a driver.", "Las Vegas"),
        ("Investigators with the Tallahassee Police asked for tips.", "Tallahassee"),
        ("Chattanooga officials said the pool would stay shut.", "Chattanooga"),
    ],
)
def test_an_agencys_town_read_from_the_text(text: str, town: str) -> None:
    found = agency_town(text, None)
    assert found is not None and found.place is not None
    assert (found.place.name, found.geo_precision) == (town, 2)


@pytest.mark.parametrize(
    ("text", "home_state"),
    [
        ("The Park Police closed the trail.", None),  # an everyday word, no big city
        ("State Police troopers closed the road.", None),
        ("Columbus police asked for tips.", None),  # several towns of the name, no home state
        ("Springfield police asked for tips.", "Nevada"),  # no town of the name in the state
    ],
)
def test_no_agency_town(text: str, home_state: str | None) -> None:
    assert agency_town(text, home_state) is None


@pytest.mark.parametrize(
    ("text", "home_state", "county", "state"),
    [
        ("The Abbeville County Coroner's Office named the hunter on Monday.", None,
         "Abbeville County", "South Carolina"),
        ("LaGrange County deputies were called to a farmhouse.", None,
         "LaGrange County", "Indiana"),
        ("A spokeswoman for the Milwaukee County Sheriff's Office gave no name.", None,
         "Milwaukee County", "Wisconsin"),
        ("Union County deputies found the man in his truck.", "South Carolina",
         "Union County", "South Carolina"),  # a dozen Union Counties: the site's home state's
    ],
)
def test_a_countys_sheriff_deputies_or_coroner_place_a_report(
    text: str, home_state: str | None, county: str, state: str
) -> None:
    found = agency_county(text, home_state)
    assert found is not None and found.place is not None
    assert (found.place.name, found.place.admin1, found.geo_precision) == (county, state, 3)
    assert text[found.start : found.end] == county, "the county's name is the evidence"


@pytest.mark.parametrize(
    ("text", "home_state"),
    [
        ("Union County deputies found the man in his truck.", None),  # namesakes, no home
        ("He was booked into the Abbeville County jail on Monday.", None),  # a jail holds
        # people from elsewhere
        ("The County Sheriff said the road was closed.", None),  # no county named
        ("LaGrange County deputies were called to a farmhouse.", "Ohio"),  # none in the state
    ],
)
def test_no_agency_county(text: str, home_state: str | None) -> None:
    assert agency_county(text, home_state) is None


def test_a_report_placing_nothing_takes_its_sheriffs_county() -> None:
    title = "Teen hurt in hunting accident"
    text = (f"{title}\n\nA 15-year-old was hurt Saturday when a shotgun went off while he "
            "climbed a fence, the Abbeville County Sheriff's Office said.")  # fmt: skip
    assert _main_place(text, title) == ("Abbeville County", 3)


def test_a_placed_report_keeps_its_town_over_a_sheriffs_county() -> None:
    title = "Teen hurt in hunting accident"
    text = (f"{title}\n\nA 15-year-old was hurt Saturday in Greenwood, South Carolina, when "
            "a shotgun went off, the Abbeville County Sheriff's Office said.")  # fmt: skip
    name, _ = _main_place(text, title)
    assert name == "Greenwood", "the town the report places the shooting in, not the county's"


def test_a_report_placing_nothing_takes_its_hyphen_dateline() -> None:
    title = "Cyclist hurt by stray bullet"
    text = (f"{title}\nAKRON - A cyclist was grazed by a stray bullet Sunday evening while "
            "riding home, according to a police spokesman.")  # fmt: skip
    assert _main_place(text, title) == ("Akron", 1)


def test_a_placed_report_keeps_its_place_over_a_polices_town() -> None:
    title = "Hiker shot in Zion National Park"
    text = (f"{title}\n\nA hiker was shot in the leg Sunday near Springdale, Utah, and Las "
            "Vegas Metropolitan Police officers on vacation gave first aid.")  # fmt: skip
    name, _ = _main_place(text, title)
    assert name == "Springdale", "the town the report places the shooting in, not the police's"


LIST_OF_ATTACKS = (
    "Guards hurt as inmates riot in Lille\n\n"
    "Inmates attacked guards in Lille on Tuesday evening, leaving four of them hurt.\n\n"
    "The riot follows a series of attacks by inmates on guards, among them the killing of a "
    "guard in Rouen earlier this year and{sep}an assault in Nancy on a second guard."
)


@pytest.mark.parametrize(
    ("sep", "rouen_day", "nancy_day"),
    [
        # a time told after "and", before the next item, dates that next item
        (", last week, ", "earlier this year", "last week"),
        # with no time between them, each item keeps only its own
        (" ", "earlier this year", None),
    ],
)
def test_a_time_between_a_lists_conjunction_and_its_item_dates_that_item(
    sep: str, rouen_day: str, nancy_day: str | None
) -> None:
    """'The killing in A earlier this year and, last week, an assault in B': the parse hangs
    "last week" on the first item, but it dates the assault that follows it."""
    text = LIST_OF_ATTACKS.format(sep=sep)
    _, segs = _segments(text, text.split("\n")[0], date(2021, 6, 2))
    by_place = {_place(s): s for s in segs[1:]}
    assert set(by_place) == {"Rouen", "Nancy"}, by_place
    rouen, nancy = by_place["Rouen"], by_place["Nancy"]
    assert rouen.date is not None and rouen.date.text == rouen_day
    assert (nancy.date.text if nancy.date is not None else None) == nancy_day


STATE_LEAD = "A girl, 3, was killed in an accidental shooting in Missouri, police said."


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        # the report's own violence told in a town of the lead's state: the town
        ("The girl was shot in the chest at her family's home in Joplin on Monday night.",
         "Joplin"),
        # the town named without the violence (where a vigil is held): the state stays
        ("A vigil is planned at a church in Joplin.", "Missouri"),
        # only near the town: the state stays
        ("The girl was shot in the chest at a farmhouse near Joplin on Monday night.",
         "Missouri"),
        # the violence's clause governs the town through a verb of happening
        ("The shooting happened at a duplex in Joplin shortly after 9 p.m.", "Joplin"),
        ("The shooting took place at a bowling alley in Joplin.", "Joplin"),
        ("Gunfire broke out at a party in Joplin late Saturday.", "Joplin"),
        ("Neighbours heard the shooting at a trailer park in Joplin.", "Joplin"),
        # a town of an arrest, a charge, a workplace or a hospital is no scene: the state stays
        ("Her father was arrested in Joplin on Tuesday and charged with child endangerment.",
         "Missouri"),
        ("The girl's uncle was charged in Joplin with manslaughter.", "Missouri"),
        ("The girl's mother, who works in Joplin, said she was devastated by the shooting.",
         "Missouri"),
        ("The girl was shot once and taken to a hospital in Joplin.", "Missouri"),
        ("The girl was shot once and died at a hospital in Joplin.", "Missouri"),
        # a verbless line (a caption) ends the walk at its root: the state stays
        ("Photo: a duplex in Joplin.", "Missouri"),
    ],
)  # fmt: skip
def test_a_town_of_the_leads_state_where_the_violence_is_told(rest: str, place: str) -> None:
    text = f"{STATE_LEAD}\n\nHer brother, 6, found a loaded gun under a bed.\n\n{rest}"
    _, segs = _segments(text, STATE_LEAD, date(2024, 3, 4))
    assert _place(segs[0]) == place


FR_REGION_LEAD = "Une femme a été blessée par balle en Bretagne, selon la police."


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        # French places its scene town before the state-to-town step runs: the town stays
        ("Elle a été tuée par balle devant son domicile à Rennes dimanche soir.", "Rennes"),
        # a hospital's town is no scene in French either: the region stays
        ("Elle a été transportée à l'hôpital de Rennes.", "Bretagne"),
    ],
)
def test_a_french_region_lead_gets_its_town_from_earlier_steps_not_town_of_state(
    rest: str, place: str
) -> None:
    text = f"{FR_REGION_LEAD}\n\nSon frère a trouvé une arme chargée.\n\n{rest}"
    article = Article.from_text(text, title=FR_REGION_LEAD, published=date(2024, 3, 4),
                                language="fr")  # fmt: skip
    segs = segment(analyse(article), FR_REGION_LEAD)
    assert _place(segs[0]) == place
