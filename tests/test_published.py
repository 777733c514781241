"""Publication dates from what a document carries, with `published_from`. Texts are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.ingest.article import make_article
from newsledger.ingest.html import html_to_article
from newsledger.ingest.published import date_from_url, is_stamp_line, stamp_in_text
from newsledger.ingest.readers import read_file
from newsledger.model import Article
from newsledger.nlp.dates import find_date_expressions


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Harbour fire\n\nPublished 2 February 2018\n\nFlames rose.", date(2018, 2, 2),
         "byline-stamp"),
        ("Incendie au port\n\nPublié le 01/02/2018 à 18h05, mis à jour le 02/02/2018 à 09h00",
         date(2018, 2, 1), "byline-stamp"),
        ("Brand im Hafen\nAktualisiert am 03.02.2018, 10:12 Uhr", date(2018, 2, 3),
         "byline-stamp"),
        ("Brand in de haven\nGepubliceerd op 5 maart 2019", date(2019, 3, 5), "byline-stamp"),
        ("Harbour fire\n2020-11-24 18:04:24\nFlames rose.", date(2020, 11, 24), "byline-stamp"),
        ("Harbour fire\nUpdated: Feb. 2, 2018 5:04 PM\nFlames rose.", date(2018, 2, 2),
         "byline-stamp"),
        ("Harbour fire\n\nDULUTH (Mar 9, 2016) - Flames rose.", date(2016, 3, 9), "dateline"),
    ],
)  # fmt: skip
def test_stamps_in_text(text: str, expected: date, source: str) -> None:
    assert stamp_in_text(text) == (expected, source)


def test_no_stamp_no_date() -> None:
    assert stamp_in_text("Flames rose on Tuesday near the harbour, firefighters said.") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/local/2016/02/29/harbour-fire.html", date(2016, 2, 29)),
        ("https://news.example/2016-02-29/harbour-fire", date(2016, 2, 29)),
        ("https://news.example/a/20160229/harbour", date(2016, 2, 29)),
        ("https://news.example/a/2016/02/30/harbour", None),  # no such day
        ("https://news.example/item/1000/2/3", None),
    ],
)
def test_dates_in_url_paths(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


def test_make_article_takes_the_url_date_then_a_stamp() -> None:
    from_url = make_article("Flames rose on Tuesday.", origin="t",
                            url="https://news.example/2016/02/29/fire")  # fmt: skip
    assert isinstance(from_url, Article)
    assert (from_url.published, from_url.published_from) == (date(2016, 2, 29), "url")
    stamped = make_article("Posted on March 3, 2017\n\nFlames rose on Tuesday.", origin="t")
    assert isinstance(stamped, Article)
    assert (stamped.published, stamped.published_from) == (date(2017, 3, 3), "byline-stamp")
    bare = make_article("Flames rose on Tuesday.", origin="t")
    assert isinstance(bare, Article) and bare.published is None and bare.published_from is None


def test_reader_dates_say_where_they_came_from(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-05 Harbour fire\n\nFlames rose on Saturday.", encoding="utf-8")
    (article,) = [a for a in read_file(path) if isinstance(a, Article)]
    assert (article.published, article.published_from) == (date(2022, 3, 5), "header")


BODY = " ".join(["Flames rose from a warehouse near the harbour on Tuesday night."] * 6)


def test_html_json_ld_date() -> None:
    html = (
        '<html><head><title>Harbour fire</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour fire",'
        ' "datePublished": "2019-06-14T08:00:00Z"}</script></head>'
        f"<body><article><h1>Harbour fire</h1><p>{BODY}</p></article></body></html>"
    )
    article = html_to_article(html, origin="t")
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (date(2019, 6, 14), "json-ld")


def test_html_meta_date() -> None:
    html = (
        '<html><head><title>Harbour fire</title>'
        '<meta property="article:published_time" content="2019-06-15T08:00:00+00:00"></head>'
        f"<body><article><h1>Harbour fire</h1><p>{BODY}</p></article></body></html>"
    )
    article = html_to_article(html, origin="t")
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (date(2019, 6, 15), "html-meta")


def test_without_a_publication_date_explicit_dates_resolve_and_weekdays_do_not() -> None:
    text = "Flames rose on 3 March 2022 near the harbour. A second fire broke out on Tuesday."
    found = {d.text: d.value for d in find_date_expressions(text, None, "en")}
    assert found["3 March 2022"] == date(2022, 3, 3)
    assert found["Tuesday"] is None


# --- which occurrence a date without a year means ---------------------------------------------

PUBLISHED = date(2019, 2, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The trial will open on March 12 in the county court.", "March 12", date(2019, 3, 12)),
        ("The bridge was closed on Dec. 28 after the storm.", "Dec. 28", date(2018, 12, 28)),
        ("The hearing is scheduled for Tuesday at the town hall.", "Tuesday", date(2019, 2, 19)),
        ("The depot burned on Tuesday, firefighters said.", "Tuesday", date(2019, 2, 12)),
        ("Voting will take place in April, the council said.", "April", date(2019, 4, 1)),
        ("A guard was attacked in March, the union said.", "March", date(2018, 3, 1)),
        ("Monday, Feb. 18 is the deadline for comments.", "Monday, Feb. 18", date(2019, 2, 18)),
        ("The fire of last May destroyed the depot.", "May", date(2018, 5, 1)),
    ],
)
def test_occurrence_of_a_date_without_a_year(text: str, phrase: str, expected: date) -> None:
    found = [d for d in find_date_expressions(text, PUBLISHED, "en") if d.text == phrase]
    assert [d.value for d in found] == [expected]


CAPTURED = "http://web.archive.org/web/20190312081500/http://www.example.com/news/story-1234"


@pytest.mark.parametrize(
    ("text", "stated", "expected", "source"),
    [
        # stated after the capture, no date of its own: the capture day
        ("Bridge closed after crash\n\nThe bridge was closed on Monday.", date(2021, 6, 1),
         date(2019, 3, 12), "warc"),
        # stated after the capture, a stamp of its own before it: the stamp
        ("Bridge closed\n\nPosted: March 10, 2019\n\nThe bridge was closed on Monday.",
         date(2021, 6, 1), date(2019, 3, 10), "byline-stamp"),
        # stated before the capture: kept
        ("Bridge closed\n\nThe bridge was closed on Monday.", date(2019, 3, 11),
         date(2019, 3, 11), "header"),
    ],
)
def test_a_date_after_the_archive_capture_is_not_the_publication_date(
    text: str, stated: date, expected: date, source: str
) -> None:
    article = make_article(text, origin="t", url=CAPTURED, published=stated,
                           published_from="header")  # fmt: skip
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (expected, source)


def test_a_date_after_capture_resolves_weekdays_against_the_capture() -> None:
    article = make_article("The bridge was closed on Monday.", origin="t", url=CAPTURED,
                           published=date(2021, 6, 1), published_from="header")  # fmt: skip
    assert isinstance(article, Article)
    found = find_date_expressions(article.text, article.published, "en")
    assert [d.value for d in found] == [date(2019, 3, 11)]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "planning to" looks ahead as "plans to" does
        ("The operator is planning to reopen the pier on Monday.", "Monday", date(2019, 2, 18)),
        # "next to" is a place, not a time to come
        ("A kiosk opened next to the station on Monday.", "Monday", date(2019, 2, 11)),
        # a part of the day is not a month: the future cue moves the weekday
        (
            "Crews did not plan to close the lane on Friday morning.",
            "Friday morning",
            date(2019, 2, 15),
        ),
        # a deadline word before the date: the past verb of the clause does not set it
        ("The council approved a grant payable March 1 to each club.", "March 1", date(2019, 3, 1)),
        ("The tenants were told to leave by March 9.", "March 9", date(2019, 3, 9)),
        ("The agency extended the comment period until mid-March.", "March", date(2019, 3, 1)),
        # a past clause with no deadline word keeps the past occurrence
        ("The roof was repaired in early December.", "December", date(2018, 12, 1)),
        ("The roof was repaired by a crew on March 3.", "March 3", date(2018, 3, 3)),
        # "since" tells the past occurrence, as a past verb does
        ("The lane has been shut since the Feb. 20 flood.", "Feb. 20", date(2018, 2, 20)),
        (
            "Since the club bought the field in March, it has grown.",
            "March",
            date(2018, 3, 1),
        ),
        # "this <month>" is the publication's year, "<month> next year" the year after
        ("The club hopes to open its new hall this September.", "September", date(2019, 9, 1)),
        ("The festival moved to Oslo this January.", "January", date(2019, 1, 1)),
        ("The league will expand in April next year.", "April", date(2020, 4, 1)),
    ],
)
def test_which_occurrence_deadlines_and_named_years(text: str, phrase: str, expected: date) -> None:
    found = [d for d in find_date_expressions(text, PUBLISHED, "en") if d.text == phrase]
    assert [d.value for d in found] == [expected]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a past verb in a later clause tells the day, not the future cue before it
        (
            "Police hope a witness will come forward about the fire that damaged a shed Monday "
            "night.",
            "Monday night",
            date(2019, 2, 11),
        ),
        ("Officers will question the men who were seen there on Monday.", "Monday",
         date(2019, 2, 11)),
        # an "-ed" adjective after the cue, or a participle after "be", is no past clause
        ("The bank will redeem its preferred shares on Monday.", "Monday", date(2019, 2, 18)),
        ("The driver is to be arraigned on Monday.", "Monday", date(2019, 2, 18)),
    ],
)
def test_the_clause_nearest_the_date_tells_its_tense(
    text: str, phrase: str, expected: date
) -> None:
    found = [d for d in find_date_expressions(text, PUBLISHED, "en") if d.text == phrase]
    assert [d.value for d in found] == [expected]


def test_a_holiday_is_a_calendar_day_not_a_weekday() -> None:
    """A holiday has no month name but is a day of the calendar: the occurrence nearest to
    publication, as for "Oct. 31" (a weekday rule would take the last one, a year back)."""
    text = "Neighbours gather in the square at Halloween."
    found = [d for d in find_date_expressions(text, date(2019, 10, 30), "en") if d.value]
    assert [(d.text, d.value) for d in found] == [("Halloween", date(2019, 10, 31))]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Publiziert am 14.03.2023", True),
        ("Publiziert am 02.11.2021, 07:45 Uhr", True),
        ("Publié le 05/09/2020 à 08h30", True),
        ("2019-06-01 12:30:00", True),
        ("Schüsse vor einer Shisha-Bar: Polizei sucht nach zwei Tätern", False),
        ("Publicado el 3 de mayo de 2021, tres heridos en Burgos", False),
        ("Updated 2022-08-09 Bridge closes", False),
    ],
)  # fmt: skip
def test_a_stamp_line_is_a_stamp_and_nothing_more(line: str, stamp: bool) -> None:
    assert is_stamp_line(line) is stamp


def test_a_text_file_whose_first_line_is_a_stamp_takes_the_next_line_as_title(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(
        "Publiziert am 02.11.2021, 07:45 Uhr\n\nMesserangriff in Gießen\n\n"
        "Am Montagabend ist in Gießen ein Mann bei einem Messerangriff verletzt worden.",
        encoding="utf-8",
    )
    (article,) = [a for a in read_file(path) if isinstance(a, Article)]
    assert article.title == "Messerangriff in Gießen"
    assert (article.published, article.published_from) == (date(2021, 11, 2), "byline-stamp")
