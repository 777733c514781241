"""Readers: every format on real samples, and every bad input with its one-line reason."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from newsledger.ingest import IngestWarning, read_file, read_paths
from newsledger.ingest.article import parse_published
from newsledger.ingest.language import detect_language, normalise_language
from newsledger.ingest.sources import MAX_TEXT_FILE_BYTES
from newsledger.ingest.text import TITLE_MAX_WORDS, short_title
from newsledger.model import Article, Rejection, normalise_text

DATA = Path(__file__).parent / "data" / "ingest"
MAX_TITLE_CHARS = 120


def articles(items: list[object]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejections(items: list[object]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def only_article(path: Path) -> Article:
    found = articles(list(read_file(path)))
    assert len(found) == 1, list(read_file(path))
    return found[0]


# --- plain text in the seed format -------------------------------------------------------------
SEED_DATES = {"000": None, "001": None, "002": date(2021, 12, 31), "003": date(2021, 12, 31)}
EXAMPLE_DATES = {**SEED_DATES, "001": date(2021, 6, 2)}
"""The samples restate the seeds; 001 has the date line its report lacks (tests/gold/README.md)."""


def test_seeds_give_titles_dates_and_untouched_text(seed_paths: list[Path]) -> None:
    assert len(seed_paths) == 4
    for path in seed_paths:
        article = only_article(path)
        expected = SEED_DATES[path.name[:3]]
        assert article.published == expected, path.name
        assert article.published_precision == ("day" if expected else None)
        assert article.title and len(article.title) <= MAX_TITLE_CHARS
        assert len(article.title.split()) <= TITLE_MAX_WORDS + 1
        assert article.language == "en"
        assert article.outlet is None
        assert " date 20" not in article.text and not article.text.startswith("date")
        raw = path.read_text(encoding="utf-8")
        # The text is the whole file, normalised, minus the date marker: nothing else is lost.
        marker_free = raw.replace(" date 2021-12-31 ", "", 1)
        assert article.text == normalise_text(marker_free)
        assert article.text.startswith(article.title.rstrip("…"))


def test_lead_paragraph_seed_gets_a_short_title_and_keeps_its_paragraph(
    seed_paths: list[Path],
) -> None:
    article = only_article(next(p for p in seed_paths if p.name.startswith("003")))
    first_line = article.text.split("\n", 1)[0]
    assert len(first_line.split()) > 20
    assert article.title is not None and len(article.title) < len(first_line)
    assert first_line.startswith(article.title)


def test_examples_read_like_the_seeds(examples_dir: Path) -> None:
    paths = sorted(examples_dir.glob("*.txt"))
    assert len(paths) == 4
    for path in paths:
        article = only_article(path)
        assert article.published == EXAMPLE_DATES[path.name[:3]]
        assert article.title and len(article.title) <= MAX_TITLE_CHARS
        assert article.language == "en"
        assert 150 <= len(article.text.split()) <= 420


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Storm closes mountain pass", "Storm closes mountain pass"),
        (
            "Hundreds march in the capital, demanding the minister resign over the scandal",
            "Hundreds march in the capital, demanding the minister resign over the scandal",
        ),
        (
            "Two firefighters were injured on Sunday night when the roof of a burning warehouse "
            "collapsed in the industrial zone east of the city, the fire service said.",
            "Two firefighters were injured on Sunday night",
        ),
        (
            "Protesters clashed with riot police outside the parliament building on Monday, "
            "hurling stones and bottles, and officers answered with water cannon and tear gas.",
            "Protesters clashed with riot police outside the parliament building on Monday",
        ),
        (
            "Des affrontements ont opposé des jeunes et des policiers dans un quartier du nord de "
            "la ville dans la nuit de samedi à dimanche selon la préfecture du département.",
            "Des affrontements ont opposé des jeunes et des policiers dans un quartier du nord…",
        ),
    ],
)
def test_short_title(first_line: str, title: str) -> None:
    assert short_title(first_line) == title


@pytest.mark.parametrize(
    ("content", "published", "precision", "title"),
    [
        (" date 2022-03-05 Bridge collapse kills two\n\nBody text here.", date(2022, 3, 5), "day",
         "Bridge collapse kills two"),
        ("date 2019-07 Heatwave grips the south\n\nBody.", date(2019, 7, 1), "month",
         "Heatwave grips the south"),
        (" date 2020 Year in review\n\nBody.", date(2020, 1, 1), "year", "Year in review"),
        ("\n\n date 2023-01-02\nMarker alone on its line\n\nBody.", date(2023, 1, 2), "day",
         "Marker alone on its line"),
        # not the date marker (the title keeps it), but an update stamp: a byline-stamp date
        ("Updated 2021-05-04 Road reopens\n\nBody.", date(2021, 5, 4), "day",
         "Updated 2021-05-04 Road reopens"),
        ("Mandate extended\n\nThe date 2021-12-31 was set.", None, None, "Mandate extended"),
    ],
)  # fmt: skip
def test_date_marker(
    tmp_path: Path, content: str, published: date | None, precision: str | None, title: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    article = only_article(path)
    assert (article.published, article.published_precision, article.title) == (
        published,
        precision,
        title,
    )
    assert "date 20" not in article.text.split("\n")[0]


def test_impossible_date_marker_is_reported_not_invented(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2021-13-45 Odd marker\n\nBody of the report.", encoding="utf-8")
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["IngestWarning", "Article"]
    assert articles(items)[0].published is None


# --- HTML, feeds, JSON Lines, WARC ------------------------------------------------------------
def test_html_page_main_text_and_metadata() -> None:
    article = only_article(DATA / "article_page.html")
    assert article.title == "Flooded river forces hundreds from homes in valley towns"
    assert (
        article.url == "https://www.valleycourier.example/news/2023/03/14/river-floods-valley-towns"
    )
    assert article.outlet == "Northern Valley Courier"
    assert article.author == "Maren Holt"
    assert (article.published, article.published_precision) == (date(2023, 3, 14), "day")
    assert article.language == "en"
    assert article.text.startswith(article.title + "\n\n")
    assert "about 250 residents" in article.text
    assert "Most read" not in article.text and "All rights reserved" not in article.text


def test_html_without_article_text_is_rejected() -> None:
    (rejection,) = list(read_file(DATA / "navigation_only.html"))
    assert isinstance(rejection, Rejection)
    assert "no article text" in rejection.reason


def test_html_copyright_year_is_not_a_publication_date(tmp_path: Path) -> None:
    page = (DATA / "article_page.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta property="article:published_time" content="2023-03-14T07:45:00+00:00">', ""
    )
    page = page.replace("/news/2023/03/14/", "/news/")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert only_article(path).published is None


def test_rss_entries() -> None:
    items = list(read_file(DATA / "feed.rss"))
    found = articles(items)
    assert [a.title for a in found] == [
        "Two men arrested after fight outside harbour bar",
        "Ferry timetable changes for winter",
    ]
    first = found[0]
    assert first.outlet == "Harbour Town Gazette"
    assert first.url == "https://gazette.example.org/news/harbour-bar-fight"
    assert (first.published, first.published_precision) == (date(2023, 11, 4), "day")
    assert first.language == "en"
    assert "<p>" not in first.text and "\n\nOne man was taken to hospital" in first.text
    (rejection,) = rejections(items)
    assert (
        rejection.origin.endswith("feed.rss#3")
        and "neither content nor summary" in rejection.reason
    )


def rss_item(title: str, description: str) -> str:
    return f"<item><title>{title}</title><description>{description}</description></item>"


def rss_feed(*items: str) -> str:
    channel = "".join(items)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Valley Gazette</title>{channel}</channel></rss>"
    )


CLOSED = "<![CDATA[<p>The spring fair at the primary school raised money for new books.</p>]]>"
UNCLOSED = "<![CDATA[<p>The river bridge will stay closed until Friday while crews work."


@pytest.mark.parametrize("broken_at", [1, 2, 3])
def test_an_item_with_an_unclosed_cdata_is_refused_by_name_and_the_others_kept(
    tmp_path: Path, broken_at: int
) -> None:
    items = [rss_item(f"Story {n}", CLOSED) for n in (1, 2, 3)]
    items[broken_at - 1] = rss_item("Bridge closed", UNCLOSED)
    path = tmp_path / "feed.rss"
    path.write_text(rss_feed(*items), encoding="utf-8")
    read = list(read_file(path))
    (refused,) = rejections(read)
    assert refused.origin == f"{path}#{broken_at}"
    assert '"Bridge closed"' in refused.reason and "CDATA" in refused.reason
    kept = articles(read)
    assert [a.title for a in kept] == [f"Story {n}" for n in (1, 2, 3) if n != broken_at]
    assert [a.origin for a in kept] == [f"{path}#{n}" for n in (1, 2, 3) if n != broken_at]
    assert all(a.text.endswith("raised money for new books.") for a in kept)


def test_markup_inside_a_closed_cdata_is_text(tmp_path: Path) -> None:
    quoted = "<![CDATA[<p>Readers asked what </item> means in a feed.</p>]]>"
    path = tmp_path / "feed.rss"
    path.write_text(rss_feed(rss_item("Feeds explained", quoted), rss_item("Fair", CLOSED)))
    read = list(read_file(path))
    assert rejections(read) == []
    assert [a.title for a in articles(read)] == ["Feeds explained", "Fair"]


def test_atom_entry_in_french() -> None:
    (article,) = articles(list(read_file(DATA / "feed.atom")))
    assert article.title == "Un incendie détruit un entrepôt sur le port"
    assert article.outlet == "Le Journal de la Côte"
    assert article.author == "La rédaction"
    assert article.published == date(2022, 6, 17)
    assert article.language == "fr"
    assert "Une quarantaine de sapeurs-pompiers" in article.text


def test_jsonl_good_lines_kept_bad_lines_named() -> None:
    items = list(read_file(DATA / "articles.jsonl"))
    found = articles(items)
    assert [a.origin.rsplit(":", 1)[1] for a in found] == ["1", "2", "6"]
    bus, brawl, fire = found
    assert (bus.title, bus.outlet, bus.language) == (
        "Supporters' bus overturns on coast road",
        "Coast News",
        "en",
    )
    assert bus.text.startswith("Supporters' bus overturns on coast road\n\nA bus carrying")
    assert (bus.published, bus.published_precision) == (date(2022, 9, 11), "day")
    assert (brawl.language, brawl.outlet) == ("fr", "exemple-info.fr")
    assert (brawl.published, brawl.published_precision) == (date(2022, 5, 1), "month")
    assert (fire.published_precision, fire.url, fire.title) == ("year", None, None)
    bad = {r.origin.rsplit(":", 1)[1]: r.reason for r in rejections(items)}
    assert set(bad) == {"3", "4"}
    assert bad["3"].startswith("line is not JSON")
    assert "no 'text' field" in bad["4"]


def test_jsonl_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress((DATA / "articles.jsonl").read_bytes()))
    assert len(articles(list(read_file(path)))) == 3


def test_jsonl_odd_values_warn_and_nul_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    record = {"text": "Crowd\u0000 gathers outside the court as the verdict is read.",
              "published": "last Tuesday", "title": 42}  # fmt: skip
    path.write_text(json.dumps(record) + "\n[1, 2]\n", encoding="utf-8")
    items = list(read_file(path))
    (article,) = articles(items)
    assert "\x00" not in article.text and article.published is None and article.title is None
    warnings = [str(i) for i in items if isinstance(i, IngestWarning)]
    assert any("'title' is not a string" in w for w in warnings)
    assert any("not an ISO date" in w for w in warnings)
    assert rejections(items)[0].reason == "line is a JSON list, not an object"


def test_warc_html_responses_become_articles() -> None:
    items = list(read_file(DATA / "cc_news_sample.warc.gz"))
    found = articles(items)
    assert [a.url for a in found] == [
        "https://www.lakeside-post.example/news/2020/02/protest-bridge",
        "https://dailyharbour.example/2020/02/08/market-stall-fire",
    ]
    protest, fire = found
    assert protest.outlet == "Lakeside Post" and protest.published == date(2020, 2, 7)
    # No date in the page: the record's WARC-Date stands in.
    assert fire.published == date(2020, 2, 8) and fire.outlet == "dailyharbour.example"
    (rejection,) = rejections(items)
    assert "no article text" in rejection.reason


@pytest.mark.parametrize("keep", [0.35, 0.6, 0.75, 0.9, 0.97])  # 0.55 ends on a record boundary
def test_truncated_warc_keeps_complete_records_and_reports_the_rest(
    tmp_path: Path, keep: float
) -> None:
    full = (DATA / "cc_news_sample.warc.gz").read_bytes()
    complete_ids = {a.id for a in articles(list(read_file(DATA / "cc_news_sample.warc.gz")))}
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(full[: int(len(full) * keep)])
    items = list(read_file(path))
    assert {a.id for a in articles(items)} <= complete_ids
    assert any("truncated" in r.reason for r in rejections(items)), items


def test_uncompressed_truncated_warc(tmp_path: Path) -> None:
    raw = gzip.decompress((DATA / "cc_news_sample.warc.gz").read_bytes())
    whole = tmp_path / "whole.warc"
    whole.write_bytes(raw)
    assert len(articles(list(read_file(whole)))) == 2
    assert not any("truncated" in r.reason for r in rejections(list(read_file(whole))))
    for size, complete in ((len(raw) - 200, 2), (len(raw) // 2, 1)):
        cut = tmp_path / "cut.warc"
        cut.write_bytes(raw[:size])
        items = list(read_file(cut))
        assert len(articles(items)) == complete
        assert any("truncated" in r.reason for r in rejections(items))


# --- bad input ---------------------------------------------------------------------------------
def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert [r.reason for r in rejections(list(read_file(path)))] == ["empty file"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \n\t\n", encoding="utf-8")
    assert [r.reason for r in rejections(list(read_file(path)))] == ["empty file"]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"%PDF-1.7\n" + bytes(range(1, 32)) * 200,
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection) and rejection.reason.startswith("binary file")


def test_fifty_megabyte_text_file_is_rejected_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"Word after word of a text that never ends and is far too long for one article.\n"
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024 > MAX_TEXT_FILE_BYTES
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection)
    assert "larger than" in rejection.reason and "split it" in rejection.reason


def test_a_latin1_file_is_read_as_such_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Émeute au café du port\n\nLa police a été appelée.".encode("latin-1"))
    items = list(read_file(path))
    (warning,) = [i for i in items if isinstance(i, IngestWarning)]
    assert "invalid UTF-8" in warning.message and "Windows-1252" in warning.message
    (article,) = articles(items)
    assert article.title == "Émeute au café du port"
    assert "La police a été appelée." in article.text and "\ufffd" not in article.text


def test_a_windows_1252_file_keeps_its_quotes_and_dashes(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = "Dock strike ends\n\n\u201cWe are back\u201d \u2013 the union\u2019s leader said."
    path.write_bytes(text.encode("cp1252"))
    (article,) = articles(list(read_file(path)))
    assert "\u201cWe are back\u201d \u2013 the union\u2019s leader said." in article.text


def test_a_stray_bad_byte_in_utf8_text_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "mostly_utf8.txt"
    path.write_bytes("Grève à Nantes\n\nLes bus restent au dépôt ".encode() + b"\xff.")
    items = list(read_file(path))
    (warning,) = [i for i in items if isinstance(i, IngestWarning)]
    assert "replaced with U+FFFD" in warning.message
    (article,) = articles(items)
    assert "Les bus restent au dépôt \ufffd." in article.text


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Rail strike halts trains\n\nNo trains ran on Monday.".encode("utf-16"))
    assert only_article(path).title == "Rail strike halts trains"


def test_missing_path_unmatched_glob_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty_folder").mkdir()
    paths = [tmp_path / "nope.txt", str(tmp_path / "*.nothing"), tmp_path / "empty_folder"]
    items = list(read_paths(paths))
    assert [(Path(r.origin).name, r.reason) for r in rejections(items)] == [
        ("nope.txt", "path does not exist"),
        ("*.nothing", "no file matches this pattern"),
        ("empty_folder", "folder holds no files to read"),
    ]


# --- paths and format choice -------------------------------------------------------------------
def test_folders_recurse_and_skip_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Quarry blast shakes village\n\nBody one.")
    (tmp_path / "a" / "b" / "two.txt").write_text("Ferry runs aground\n\nBody two.")
    (tmp_path / "a" / ".hidden.txt").write_text("Hidden\n\nNot read.")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    titles = [a.title for a in articles(list(read_paths([tmp_path])))]
    assert titles == ["Quarry blast shakes village", "Ferry runs aground"]
    globbed = articles(list(read_paths([str(tmp_path / "**" / "*.txt")])))
    assert sorted(a.title or "" for a in globbed) == [
        "Ferry runs aground",
        "Quarry blast shakes village",
    ]


def test_content_wins_over_extension(tmp_path: Path) -> None:
    html = tmp_path / "saved_page.txt"
    html.write_bytes((DATA / "article_page.html").read_bytes())
    assert only_article(html).outlet == "Northern Valley Courier"
    jsonl = tmp_path / "export.txt"
    jsonl.write_bytes((DATA / "articles.jsonl").read_bytes())
    assert len(articles(list(read_file(jsonl)))) == 3
    feed = tmp_path / "feed.php"
    feed.write_bytes((DATA / "feed.rss").read_bytes())
    assert len(articles(list(read_file(feed)))) == 2


# --- language and dates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas at protesters who had blocked the main road since dawn.", "en"),
        ("La police a dispersé les manifestants qui bloquaient la route depuis l'aube.", "fr"),
        ("Die Polizei setzte Tränengas gegen Demonstranten ein, die die Straße blockierten.", "de"),
        (
            "La policía dispersó a los manifestantes que bloqueaban la carretera desde el alba.",
            "es",
        ),
        ("Short", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en-GB", "en"), ("FR", "fr"), ("pt_BR", "pt"), ("english", None), ("", None), (None, None)],
)
def test_normalise_language(code: str | None, expected: str | None) -> None:
    assert normalise_language(code) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-31", (date(2021, 12, 31), "day")),
        ("2021-12-31T09:20:00Z", (date(2021, 12, 31), "day")),
        ("2021-12-31T23:59:00+01:00", (date(2021, 12, 31), "day")),
        ("2021-12", (date(2021, 12, 1), "month")),
        ("2021", (date(2021, 1, 1), "year")),
        ("2021-13", None),
        ("Thursday", None),
        (None, None),
        (20211231, None),
    ],
)
def test_parse_published(value: object, expected: tuple[date, str] | None) -> None:
    assert parse_published(value) == expected


def test_jsonl_title_entities_are_read_as_characters(tmp_path: Path) -> None:
    """Feeds and scrapers hand over titles still HTML-escaped; a reader wants the apostrophe."""
    path = tmp_path / "escaped.jsonl"
    record = {"title": "Two hurt outside Kay&#39;s Diner &amp; Grill",
              "text": "Two diners were hurt in a fight on Friday night."}  # fmt: skip
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = articles(list(read_file(path)))
    assert article.title == "Two hurt outside Kay's Diner & Grill"
    assert article.text.startswith("Two hurt outside Kay's Diner & Grill\n\nTwo diners")
