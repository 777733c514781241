"""The rule extractor on the four real reports (read at run time from ../shared/seeds) and on
articles written for these tests: the issue's must-hold facts, and spans that slice the text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Span

from newsledger.extract.base import Extractor
from newsledger.extract.rules import RuleExtractor
from newsledger.ingest import read_file
from newsledger.model import Article, Claim, Mention
from newsledger.nlp.pipeline import analyse

RIOT_SUBTYPES = {"Violent demonstration", "Mob violence"}


@pytest.fixture(scope="module")
def seed_mentions(seed_paths: list[Path]) -> dict[str, tuple[Article, list[Mention]]]:
    """Mentions per seed number ("000".."003"), extracted once for the module."""
    out: dict[str, tuple[Article, list[Mention]]] = {}
    extractor = RuleExtractor()
    for path in seed_paths:
        article = next(item for item in read_file(path) if isinstance(item, Article))
        out[path.name[:3]] = (article, extractor.extract(article, analyse(article)))
    return out


def _figures(mention: Mention, kind: str, actor: str | None = None) -> list[Claim]:
    return [c for c in mention.claims_for("figure")
            if c.kind == kind and (actor is None or c.actor == actor)]  # fmt: skip


def _values(claims: list[Claim]) -> set[object]:
    return {c.value for c in claims}


def _location(mention: Mention) -> str | None:
    claim = mention.first("location")
    return claim.value["name"] if claim is not None and isinstance(claim.value, dict) else None


def test_rule_extractor_satisfies_the_interface() -> None:
    assert isinstance(RuleExtractor(), Extractor)


def test_spans_slice_the_text(seed_mentions: dict[str, tuple[Article, list[Mention]]]) -> None:
    for article, mentions in seed_mentions.values():
        assert mentions and mentions[0].main and not any(m.main for m in mentions[1:])
        for mention in mentions:
            assert mention.anchor is not None
            assert article.text[mention.anchor.start : mention.anchor.end] == mention.anchor.text
            for claim in mention.claims:
                span = claim.span
                assert article.text[span.start : span.end] == span.text, claim


@pytest.mark.parametrize("seed", ["002", "003"])
def test_calais_night_main_incident(seed: str,
                                    seed_mentions: dict[str, tuple[Article, list[Mention]]]
                                    ) -> None:  # fmt: skip
    main = seed_mentions[seed][1][0]
    date_claim = main.first("date")
    assert date_claim is not None and date_claim.value == "2021-12-30"
    assert _location(main) == "Calais"
    event_type, sub = main.first("event_type"), main.first("sub_event_type")
    assert event_type is not None and event_type.value == "Riots"
    assert sub is not None and sub.value in RIOT_SUBTYPES
    hurt = _figures(main, "injured", "police") + _figures(main, "hospitalised", "police")
    assert 15 in _values(hurt)


def test_002_figures(seed_mentions: dict[str, tuple[Article, list[Mention]]]) -> None:
    main = seed_mentions["002"][1][0]
    assert 60 in _values(_figures(main, "present", "police"))
    assert 100 in _values(_figures(main, "participants", "migrants"))


def test_003_figures_time_and_background(
    seed_mentions: dict[str, tuple[Article, list[Mention]]],
) -> None:
    mentions = seed_mentions["003"][1]
    main = mentions[0]
    assert {(c.value, c.qualifier) for c in _figures(main, "present", "police")} >= {(40, "approx")}
    assert (100, "approx") in {(c.value, c.qualifier)
                               for c in _figures(main, "participants", "migrants")}  # fmt: skip
    assert 3 in _values(_figures(main, "injured", "migrants"))
    clock = main.first("time_of_day")
    assert clock is not None and clock.value == "09:20"
    background = mentions[1:]
    assert any((c := m.first("date")) is not None and c.value == "2021-12-19" for m in background)
    assert any(_location(m) == "Grande-Synthe" for m in background)
    # a recalled incident's figures never join the main one
    assert 400 not in _values(main.claims_for("figure"))


def test_000_figures_and_no_invented_date(
    seed_mentions: dict[str, tuple[Article, list[Mention]]],
) -> None:
    main = seed_mentions["000"][1][0]
    assert main.first("date") is None
    assert 200 in _values(_figures(main, "participants", "migrants"))
    assert 16 in _values(_figures(main, "injured", "police"))
    assert 300 in _values(_figures(main, "other"))
    assert 1 in _values(_figures(main, "injured", "civilians"))
    assert any(c.qualifier == "unknown" and c.value is None
               for c in _figures(main, "injured", "migrants"))  # fmt: skip


def test_001_figures_weapons_and_background(
    seed_mentions: dict[str, tuple[Article, list[Mention]]],
) -> None:
    mentions = seed_mentions["001"][1]
    main = mentions[0]
    assert 300 in _values(_figures(main, "participants", "migrants"))
    assert {"iron bars", "sticks"} <= _values(main.claims_for("weapon"))
    assert 7 in _values(_figures(main, "hospitalised", "police"))
    assert 32 in _values(_figures(main, "injured", "police"))
    places = {_location(m) for m in mentions[1:]}
    assert {"Rambouillet", "Nantes"} <= places
    assert _location(main) == "Calais"


@pytest.mark.parametrize(
    ("seed", "speakers"),
    [
        ("000", {"Gilles Debove", "Maya Konforti"}),
        ("001", {"Manuel Vanoeteghem", "Eric Ciotti"}),
        ("003", {"Fabrice Ledoux", "Pierre-Henri Dumont"}),
    ],
)
def test_quotes_are_linked_to_mentions(
    seed: str, speakers: set[str], seed_mentions: dict[str, tuple[Article, list[Mention]]],
) -> None:  # fmt: skip
    mentions = seed_mentions[seed][1]
    quoted = {q.speaker for m in mentions for q in m.quotes}
    assert speakers <= quoted
    for mention in mentions:
        assert all(q.mention_index == mention.index for q in mention.quotes)


def test_framing_of_the_main_mention(
    seed_mentions: dict[str, tuple[Article, list[Mention]]],
) -> None:
    framing = {seed: mentions[0].framing for seed, (_, mentions) in seed_mentions.items()}
    assert framing["001"] is not None and framing["001"]["headline_agent"] == "migrants"
    assert framing["001"]["voice"] == "active"
    assert framing["000"] is not None and framing["000"]["lead_agent"] == "both"
    assert framing["000"]["voice"] == "reciprocal"
    assert framing["003"] is not None and framing["003"]["headline_voice"] == "passive"
    assert framing["003"]["headline_agent"] is None
    assert framing["003"]["quoted_source_types"].get("politician", 0) >= 1


# --- articles written for these tests ---------------------------------------------------------

OWN_ARTICLES = [
    (
        "Police fire tear gas at farmers protesting in Brussels",
        "Police fire tear gas at farmers protesting in Brussels\n\n"
        "Belgian police fired tear gas and water cannon on Monday at hundreds of farmers who "
        "blocked roads in central Brussels, a police spokesman said.\n\n"
        "About 900 tractors took part in the demonstration and three officers were slightly "
        "hurt.\n\n"
        "Last month, a similar protest in Amsterdam ended with 20 arrests.",
        date(2024, 2, 27),
        {"event_type": "Protests", "date": "2024-02-26", "location": "Brussels",
         "background_places": {"Amsterdam"}},
    ),
    (
        "Two killed in shooting at Oslo bar",
        "Two killed in shooting at Oslo bar\n\n"
        "A gunman opened fire at a bar in Oslo early on Saturday, killing two people and wounding "
        "14 others, police said.\n\n"
        "The suspect was arrested at the scene.\n\n"
        "In 2011, 77 people were killed in attacks in Oslo and on the island of Utoya.",
        date(2022, 6, 25),
        {"event_type": "Violence against civilians", "date": "2022-06-25", "location": "Oslo",
         "background_places": set()},
    ),
    (
        "Car bomb kills four officers in Kirkuk",
        "Car bomb kills four officers in Kirkuk\n\n"
        "A car bomb exploded outside a police station in Kirkuk on Thursday, killing four "
        "officers and wounding nine civilians, security sources said.\n\n"
        "No group has claimed the attack.",
        date(2023, 3, 10),
        {"event_type": "Explosions/Remote violence", "date": "2023-03-09", "location": "Kirkuk",
         "background_places": set()},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "published", "expected"), OWN_ARTICLES)
def test_own_articles(title: str, text: str, published: date,
                      expected: dict[str, object]) -> None:  # fmt: skip
    article = Article.from_text(text, title=title, published=published, language="en")
    mentions = RuleExtractor().extract(article, analyse(article))
    main = mentions[0]
    event_type, date_claim = main.first("event_type"), main.first("date")
    assert event_type is not None and event_type.value == expected["event_type"]
    assert date_claim is not None and date_claim.value == expected["date"]
    assert _location(main) == expected["location"]
    assert {_location(m) for m in mentions[1:]} >= expected["background_places"]  # type: ignore[operator]
    for mention in mentions:
        for claim in mention.claims:
            assert article.text[claim.span.start : claim.span.end] == claim.span.text


def _main_date(title: str, text: str, published: date) -> str | None:
    article = Article.from_text(text, title=title, published=published, language="en")
    claim = RuleExtractor().extract(article, analyse(article))[0].first("date")
    return None if claim is None else str(claim.value)


def test_a_page_stamp_and_a_report_day_do_not_date_the_incident() -> None:
    text = (
        "Teen wounded near a skate park Posted: Sunday, May 10, 2020 9:12 AM EDT\n\n"
        "Police said Saturday that a 16-year-old boy was shot in the leg on Friday night near a "
        "skate park.\n\nHe was taken to a hospital and is expected to recover."
    )
    assert _main_date("Teen wounded near a skate park", text, date(2020, 5, 10)) == "2020-05-08"


def test_a_report_day_dates_the_incident_when_nothing_else_does() -> None:
    text = (
        "Man shot outside a diner\n\nA man was shot and wounded outside a diner on Elm Street, "
        "police said Tuesday.\n\nNo arrest has been made."
    )
    assert _main_date("Man shot outside a diner", text, date(2020, 5, 13)) == "2020-05-12"


def test_a_report_day_dates_the_incident_beside_an_undated_later_day() -> None:
    """A day told in passing later in the report ("on Friday a cousin had visited") does not keep
    the report day from dating an incident that nothing else dates."""
    text = (
        "Girl hurt in accidental shooting\n\nA girl was shot in the hand at her home, "
        "deputies said Wednesday.\n\nShe is expected to recover. Her brother found the rifle "
        "in a closet. He thought it was not loaded. The family lives near a farm. Deputies took "
        "the rifle. No charges have been filed. A neighbor called for help. The girl is nine."
        "\n\nHer grandfather had bought the rifle at a gun show on Saturday."
    )
    assert _main_date("Girl hurt in accidental shooting", text, date(2020, 5, 14)) == "2020-05-13"


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # the report day comes after the day the call came: the call's day is the event's
        ("Deputies were called to the house just before 9 p.m. Tuesday, a spokesman said.",
         "2020-05-12"),
        # with no earlier day told, the report day dates it
        ("Deputies took the rifle from the house.", "2020-05-13"),
    ],
)  # fmt: skip
def test_a_past_day_told_before_the_report_day_dates_the_incident(
    rest: str, expected: str
) -> None:
    """The report day ("was charged Wednesday") is the last resort: a past day of the
    incident's own text that comes before it is when the event happened."""
    text = (
        "Woman charged after her son is shot\n\nA woman was charged with child endangerment "
        "Wednesday after her son was shot in the arm at their home, police said.\n\n" + rest
    )
    assert _main_date("Woman charged after her son is shot", text, date(2020, 5, 14)) == expected


def test_a_past_day_after_the_report_day_does_not_replace_it() -> None:
    """Only a day before the report day is the event's: one after it (a search the next day)
    tells a later step, so the report day stays."""
    from newsledger.extract.rules import _event_before_report
    from newsledger.nlp.dates_stamps import REPORT
    from newsledger.nlp.types import DateExpression

    report = DateExpression(0, 9, "Wednesday", date(2020, 5, 13), date(2020, 5, 13), "day",
                            None, REPORT)  # fmt: skip
    later = DateExpression(40, 48, "Thursday", date(2020, 5, 14), date(2020, 5, 14), "day")
    earlier = DateExpression(40, 46, "Monday", date(2020, 5, 11), date(2020, 5, 11), "day")
    assert _event_before_report(report, later) is report
    assert _event_before_report(report, earlier) is earlier
    assert _event_before_report(None, later) is later
    assert _event_before_report(report, None) is report


def test_the_lead_date_dates_the_main_incident_even_in_a_sentence_read_as_another() -> None:
    """The segmenter takes the main incident's date from the lead; when that sentence is
    then given to a background mention (a place in it read as another town), the main
    incident keeps the date rather than going undated."""
    text = (
        "Two men shot in Dayton\n\nTwo men were fatally shot in Dayton, police said.\n\nA "
        "third man was wounded in the shooting, which happened at 9 p.m. Tuesday in Springfield."
        "\n\nNo arrests were made."
    )
    article = Article.from_text(text, title="Two men shot in Dayton", published=date(2020, 5, 13),
                                language="en")  # fmt: skip
    mentions = RuleExtractor().extract(article, analyse(article))
    claim = mentions[0].first("date")
    assert claim is not None and claim.value == "2020-05-12"
    assert article.text[claim.span.start : claim.span.end] == claim.span.text


def test_language_without_parse_lists_what_it_did_not_attempt() -> None:
    text = ("Zusammenstöße in Berlin\n\nBei Zusammenstößen in Berlin wurden am Samstag zwölf "
            "Polizisten verletzt.")  # fmt: skip
    article = Article.from_text(text, title="Zusammenstöße in Berlin",
                                published=date(2023, 5, 7), language="de")  # fmt: skip
    mentions = RuleExtractor().extract(article, analyse(article))
    assert mentions and mentions[0].not_attempted == ["quotes"]  # the rest from words (lang/)
    assert {(c.kind, c.actor, c.value) for c in mentions[0].claims_for("figure")} == {
        ("injured", "police", 12)}  # fmt: skip
    assert mentions[0].first("description") is not None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a month first, its day in a later paragraph
            "Arrest made in deadly gas station shooting\n\nDetectives have charged a second man "
            "in a deadly shooting at a gas station in March.\n\nA man of 31 was shot "
            "several times on March 14 outside the station on Pine Road and died at the scene.",
            date(2021, 4, 20),
            "2021-03-14",
        ),
        (  # "last week" first, the weekday inside that week later
            "Father charged after boy shoots himself\n\nA father faces charges after his son "
            "found a loaded handgun and shot himself last week.\n\nThe 7-year-old was wounded "
            "in the arm on Wednesday at the family's apartment, deputies said.",
            date(2021, 6, 15),
            "2021-06-09",
        ),
        (  # a day outside the month is another time (a hearing), not the incident's day
            "Suspect in court over January killing\n\nA man accused of a fatal shooting in "
            "January will appear before a judge.\n\nHis hearing is set for February 3.",
            date(2021, 2, 1),
            "2021-01-01",
        ),
    ],
)
def test_a_coarse_date_takes_the_day_told_inside_it(text: str, published: date,
                                                     expected: str) -> None:  # fmt: skip
    assert _main_date(text.split("\n")[0], text, published) == expected


_BOWLING_TOP = (
    "Man wounded outside a bowling alley\n\nA man was wounded outside a bowling alley on Cedar "
    "Avenue.\n\nHe was taken to a hospital. His injuries are not thought to be serious. "
    "Deputies closed the parking lot for several hours. Neighbors said the area is usually "
    "quiet. The alley stayed open. A spokesman for the owner declined to comment. Anyone with "
    "information is asked to call the sheriff's office.\n\n"
)
"""A report whose top (its first eight sentences) names no day: the day comes further down."""


@pytest.mark.parametrize(
    ("rest", "published", "expected"),
    [
        # the day sits in a sentence with no violence word of its own
        ("It happened shortly after 2 a.m. Sunday, according to deputies.",
         date(2022, 9, 12), "2022-09-11"),
        # a calendar day just before publication
        ("Deputies arrived there on Sept. 10 and found him in the parking lot.",
         date(2022, 9, 12), "2022-09-10"),
        # a day more than three days before publication is no fresh report's day
        ("Deputies arrived there on Sept. 2 and found him in the parking lot.",
         date(2022, 9, 12), None),
        # a day told of another incident the report recalls is not this one's
        ("In a separate case, a woman was robbed at gunpoint near the alley on Saturday.",
         date(2022, 9, 12), None),
    ],
)  # fmt: skip
def test_an_undated_main_mention_takes_a_recent_past_day(rest: str, published: date,
                                                         expected: str | None) -> None:  # fmt: skip
    text = _BOWLING_TOP + rest
    assert _main_date(text.split("\n")[0], text, published) == expected


WALLED_PAGE = (
    "Clerk wounded in convenience store holdup\n\n"
    "Sign in to keep reading. Subscribers get unlimited access to local stories.\n\n"
    "A store clerk was shot and wounded during a robbery late Tuesday, police said."
)


def test_a_walled_page_is_placed_by_its_story_slug_with_the_url_as_source() -> None:
    url = "https://www.example-ledger.com/news/2019/05/08/clerk-shot-during-holdup-in-zanesville/"
    article = Article.from_text(WALLED_PAGE, title=WALLED_PAGE.split("\n")[0], url=url,
                                published=date(2019, 5, 8), language="en")  # fmt: skip
    main = RuleExtractor().extract(article, analyse(article))[0]
    claim = main.first("location")
    assert claim is not None and isinstance(claim.value, dict)
    assert (claim.value["name"], claim.value["admin1"]) == ("Zanesville", "Ohio")
    assert claim.value["located_from"] == "url"
    assert claim.value["name_as_written"] == "zanesville"
    # no text holds the town: the evidence is an empty span, still a slice of the text
    assert claim.span.text == "" == article.text[claim.span.start : claim.span.end]


def test_a_place_in_the_text_outranks_the_story_slug() -> None:
    text = WALLED_PAGE.replace("late Tuesday", "in Mansfield late Tuesday")
    url = "https://www.example-ledger.com/news/2019/05/08/clerk-shot-during-holdup-in-zanesville/"
    article = Article.from_text(text, title=text.split("\n")[0], url=url,
                                published=date(2019, 5, 8), language="en")  # fmt: skip
    main = RuleExtractor().extract(article, analyse(article))[0]
    claim = main.first("location")
    assert claim is not None and isinstance(claim.value, dict)
    assert claim.value["name"] == "Mansfield" and "located_from" not in claim.value


def _main_location(title: str, text: str) -> str | None:
    article = Article.from_text(text, title=title, published=date(2021, 6, 7), language="en")
    return _location(RuleExtractor().extract(article, analyse(article))[0])


def test_a_suburb_with_its_own_police_beats_the_big_citys_dateline() -> None:
    lead = (
        "AKRON, Ohio (AP) — A woman was shot and wounded at a gas station in Barberton early "
        "Sunday."
    )
    own = f"{lead}\n\nBarberton police said the shooter drove off in a gray car."
    bare = f"{lead}\n\nPolice said the shooter drove off in a gray car."
    assert _main_location("Woman wounded at gas station", own) == "Barberton"
    assert _main_location("Woman wounded at gas station", bare) == "Akron"


def test_an_ap_county_abbreviation_in_the_text_is_the_county() -> None:
    text = (
        "Two found shot in Tift Co. home\n\nDeputies found two people shot inside a home in "
        "Tift Co. on Sunday morning.\n\nBoth were taken to a hospital."
    )
    assert _main_location("Two found shot in Tift Co. home", text) == "Tift County"


def test_a_state_police_names_the_state_of_a_shared_county_name() -> None:
    text = (
        "Hunter wounded\n\nA hunter was shot and wounded in Perry County on Saturday. "
        "Pennsylvania State Police said the shot came from a neighbouring stand."
    )
    article = Article.from_text(text, title="Hunter wounded", published=date(2021, 6, 7),
                                language="en")  # fmt: skip
    claim = RuleExtractor().extract(article, analyse(article))[0].first("location")
    assert claim is not None and isinstance(claim.value, dict)
    assert (claim.value["name"], claim.value["admin1"]) == ("Perry County", "Pennsylvania")


def _description(title: str, text: str) -> str | None:
    article = Article.from_text(text, title=title, published=date(2021, 4, 9), language="en")
    claim = RuleExtractor().extract(article, analyse(article))[0].first("description")
    return None if claim is None else str(claim.value)


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("RIVERTON, April 8, 2021 - ", "Two brothers were shot outside a laundromat on Thursday."),
        ("RIVERTON, Ore. (XYZ) — ", "Two brothers were shot outside a laundromat on Thursday."),
        ("Port Riverton, Ore. -- ", "A woman was wounded by a stray bullet in her kitchen."),
        # the state in capitals, as the dateline reader reads it (nlp.datelines.STATE_FORMS)
        ("RIVERTON, ORE, April 8, 2021 — ", "Two brothers were shot outside a laundromat on "
         "Thursday."),
    ],
)  # fmt: skip
def test_a_description_starts_at_the_leads_first_word(dateline: str, lead: str) -> None:
    """The dateline (town, state, agency, filing date, dash) is no part of the description."""
    assert _description("Shooting in the night", f"Shooting in the night\n\n{dateline}{lead}\n\n"
                        "Police have made no arrest.") == lead  # fmt: skip


def test_page_furniture_is_never_the_description() -> None:
    text = ("Trouble near the depot\n\nGuide\n\nShare this story\n\n"
            "Police are looking for the driver of a grey van seen near the bus depot on "
            "Thursday night.\n\nThe depot reopened on Friday.")  # fmt: skip
    assert _description("Trouble near the depot", text) == (
        "Police are looking for the driver of a grey van seen near the bus depot on Thursday night."
    )


def _sentence(text: str) -> Span:
    from newsledger.nlp.pipeline import load_pipeline

    nlp = load_pipeline("en")
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("newsledger")]):
        return next(iter(nlp(text).sents))


@pytest.mark.parametrize(
    ("text", "parsed", "statement"),
    [
        ("Share this story", True, False),  # three words
        ("A man was shot on Elm Street.", True, True),
        ("By Jane Doe, Staff Writer, Daily Courier", True, False),  # words, no verb
        ("By Jane Doe, Staff Writer, Daily Courier", False, True),  # no parse: words suffice
        ("12 - 4 - 2019 , 3 : 15", False, False),  # numbers and marks are no words
    ],
)
def test_a_statement_needs_four_words_and_a_verb(text: str, parsed: bool, statement: bool) -> None:
    from newsledger.extract.rules import _is_statement

    assert _is_statement(_sentence(text), parsed) is statement
