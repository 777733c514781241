"""What a new user meets in the first hour (issue 13): outlets named from the document, wording
of conflicts, the ACLED export per ACLED's codebook, bench percentiles, damaged input listed."""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from newsledger.ingest.jsonl import read_jsonl
from newsledger.ingest.sources import outlet_from_url, outlet_name
from newsledger.model import Article, Rejection
from newsledger.serve.bench import latency_percentiles
from newsledger.serve.exports import ACLED_COLUMNS, acled_row, acled_sides, render_export
from newsledger.serve.wording import conflict_text, figure_name, source_label


def test_registered_domain_names_the_outlet_when_the_document_does_not() -> None:
    assert outlet_from_url("https://news.bbc.co.uk/world/1") == "bbc.co.uk"
    assert outlet_from_url("https://edition.cnn.com/2024/a") == "cnn.com"
    assert outlet_from_url("https://www.lemonde.fr/x") == "lemonde.fr"
    assert outlet_from_url("http://127.0.0.1:8000/a") == "127.0.0.1"
    assert outlet_from_url(None) is None
    assert outlet_from_url("not a url") is None


def test_an_archived_copy_is_named_by_the_archived_site() -> None:
    archived = "https://web.archive.org/web/20170301120000/http://www.wfaa.example.com/news/1"
    assert outlet_from_url(archived) == "example.com"
    assert outlet_from_url("https://archive.org/details/radio-show") == "archive.org"
    assert outlet_from_url("https://example.net/guides/http-basics") == "example.net"


def test_a_stated_name_wins_and_a_stated_host_is_reduced() -> None:
    assert outlet_name("The Daily Example", "https://www.example.co.uk/a") == "The Daily Example"
    assert outlet_name("www.example.co.uk", None) == "example.co.uk"
    assert outlet_name("https://edition.cnn.com/", None) == "cnn.com"
    assert outlet_name("  ", "https://news.example.org/x") == "example.org"
    assert outlet_name(None, None) is None


def test_jsonl_outlet_and_source_fields_and_url_fallback(tmp_path: Path) -> None:
    text = "Two people were hurt when a crowd threw stones at a bus in Leeds on Monday."
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(record)
            for record in (
                {"text": text, "outlet": "Northern Courier"},
                {"text": text + " Police said.", "source": "Valley Radio"},
                {"text": text + " A witness said.", "url": "https://www.example-news.co.uk/a/1"},
                {"text": text + " Two were hurt.", "source": {"id": "x", "name": "Pennine FM"}},
            )
        )
        + "\n",
        encoding="utf-8",
    )
    outlets = [item.outlet for item in read_jsonl(path) if isinstance(item, Article)]
    assert outlets == ["Northern Courier", "Valley Radio", "example-news.co.uk", "Pennine FM"]


def test_a_json_error_names_its_position_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "a\x01b"}\n')
    [rejection] = [item for item in read_jsonl(path) if isinstance(item, Rejection)]
    assert "at at" not in rejection.reason
    assert "Invalid control character at column" in rejection.reason


def test_source_label_prefers_outlet_then_file_name() -> None:
    with_outlet = Article.from_text("x", outlet="Harbour Gazette", origin="in/a.txt")
    plain_file = Article.from_text("y", origin="articles/003_report.txt")
    assert source_label(with_outlet, with_outlet.id) == "Harbour Gazette"
    assert source_label(plain_file, plain_file.id) == "003_report.txt"
    assert source_label(None, "0123456789abcdef") == "01234567"


SUMMARY = {
    "id": "feedfacecafebeef",
    "articles": ["a" * 16, "b" * 16, "c" * 16],
    "date": "2023-05-02",
    "location": {"name": "Lyon", "country_code": "FR", "latitude": 45.75, "longitude": 4.85},
    "figures": [
        {"kind": "injured", "actor": "police", "item": None, "value": 3, "rule": "lowest",
         "claims": [{"value": 3, "article_id": "a" * 16}, {"value": 15, "article_id": "b" * 16},
                    {"value": 15, "article_id": "c" * 16}]},
        {"kind": "present", "actor": "police", "item": None, "value": 40, "claims": []},
    ],
    "conflicts": [{"field": "figure:injured:police", "values": [3, 15, 15],
                   "article_ids": ["a" * 16, "b" * 16, "c" * 16]}],
    "actors": [
        {"name": "rioters", "type": "rioters", "role": "agent", "inter": "5"},
        {"name": "police", "type": "police", "role": "agent", "inter": "1"},
        {"name": "police", "type": "police", "role": "target", "inter": "1"},
        {"name": "lorry driver", "type": "civilians", "role": "target", "inter": "7"},
    ],
    "framing": [],
}  # fmt: skip
LABELS = {"a" * 16: "Outlet A", "b" * 16: "Outlet B", "c" * 16: "Outlet C"}


def test_conflicts_read_as_words_with_their_sources() -> None:
    line = conflict_text(SUMMARY["conflicts"][0], SUMMARY, LABELS)
    assert line == "injured police: 3 (Outlet A) vs 15 (Outlet B, Outlet C)"
    assert figure_name("present", "police") == "police present"
    assert figure_name("killed") == "killed"
    assert figure_name("other", None, "rubber bullets") == "rubber bullets"


def lookup(article_id: str) -> Article | None:
    name = LABELS.get(article_id)
    return Article.from_text(article_id, outlet=name) if name else None


def test_acled_row_follows_the_codebook() -> None:
    row = acled_row(SUMMARY, lookup)
    assert row["source"] == "Outlet A; Outlet B; Outlet C"
    assert row["fatalities"] == 0, "no reported death is 0 in ACLED, not blank"
    assert row["actor1"] == "Rioters (France)"
    assert row["actor2"] == "Police Forces (France)"
    assert row["actor1"] != row["actor2"]
    assert "Police" not in row["assoc_actor_1"], "the other side is not an associate"
    assert "injured police: 3 (Outlet A)" in row["conflicts"]


def test_one_actor_is_never_on_both_sides() -> None:
    both = [
        {"name": "police", "type": "police", "role": "agent", "inter": "1"},
        {"name": "police", "type": "police", "role": "target", "inter": "1"},
        {"name": "protesters", "type": "protesters", "role": "target", "inter": "6"},
    ]
    sides = acled_sides(both, "France")
    assert sides["actor1"] == "Police Forces (France)"
    assert sides["actor2"] == "Protesters (France)"
    alone = acled_sides(both[:2], "France")
    assert alone["actor1"] == "Police Forces (France)" and alone["actor2"] == ""


def test_acled_csv_writes_zero_fatalities_and_sources() -> None:
    body = render_export([SUMMARY], "acled", lookup).decode("utf-8")
    [row] = list(csv.DictReader(io.StringIO(body)))
    assert row["fatalities"] == "0"
    assert row["source"] == "Outlet A; Outlet B; Outlet C"


def test_acled_csv_opens_in_a_spreadsheet_with_its_accents() -> None:
    accented = {**SUMMARY, "location": {**SUMMARY["location"], "name": "Saint-Étienne"}}
    body = render_export([accented], "acled", lookup)
    assert body.startswith(codecs.BOM_UTF8), "a spreadsheet needs the mark to read UTF-8"
    [row] = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert row["location"] == "Saint-Étienne"
    assert list(row)[:2] == ["event_id_cnty", "event_date"], "the mark is not in a column name"
    flat = render_export([accented], "csv")
    assert flat.startswith(codecs.BOM_UTF8)
    assert next(csv.DictReader(io.StringIO(flat.decode("utf-8-sig"))))["location_name"] == (
        "Saint-Étienne"
    )


def test_acled_timestamp_is_the_latest_report_of_the_incident() -> None:
    ingested = {
        "a" * 16: datetime(2023, 5, 2, 9, 0, tzinfo=UTC),
        "b" * 16: datetime(2023, 5, 4, 18, 30, tzinfo=UTC),
        "c" * 16: datetime(2023, 5, 3, 7, 15, tzinfo=UTC),
    }

    def dated_lookup(article_id: str) -> Article | None:
        article = lookup(article_id)
        if article is not None:
            article.ingested_at = ingested[article_id]
        return article

    row = acled_row(SUMMARY, dated_lookup)
    assert row["timestamp"] == int(datetime(2023, 5, 4, 18, 30, tzinfo=UTC).timestamp())
    assert ACLED_COLUMNS[-2:] == ("tags", "timestamp"), "ACLED's order: timestamp comes last"
    assert acled_row(SUMMARY)["timestamp"] == "", "no lookup, no time: blank, not invented"
    undated = acled_row({**SUMMARY, "date": None}, dated_lookup)
    assert undated["event_date"] == undated["year"] == undated["time_precision"] == ""


def test_p99_is_never_above_the_max() -> None:
    latencies = [0.010] * 40 + [0.012, 0.042]  # a small sample with one slow request
    figures = latency_percentiles(latencies)
    assert figures["p99_ms"] <= figures["max_ms"] == 42.0
    assert figures["p50_ms"] == 10.0
    assert latency_percentiles([0.005]) == {"p50_ms": 5.0, "p99_ms": 5.0, "max_ms": 5.0}


def test_outlets_are_known_from_the_document_not_from_a_list() -> None:
    from newsledger.nlp.sources import classify_source, document_outlets

    # the article's own outlet and a medium its quotes name ("told Echo Vallée")
    outlets = document_outlets(["valleytimes.co.uk", "Echo Vallée", "a statement", None])
    assert outlets == {"valleytimes", "echo vallée"}
    assert classify_source("Echo Vallée", None, "en", outlets) == "media"
    assert classify_source("the Valley Times", None, "en", outlets) == "media"
    assert classify_source("Echo Vallée", None, "en") == "other", "unknown without the document"
    assert classify_source("a statement", None, "en", outlets) == "other"
    assert classify_source("the correspondent", "a reporter for a regional daily", "en") == "media"


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Bus attacked in Leeds</title>
{meta}<link rel="canonical" href="https://www.northern-courier.example.co.uk/news/bus-leeds">
</head><body><article><h1>Bus attacked in Leeds</h1>
<p>Two passengers were hurt when a group of men threw stones at a bus in Leeds on Monday night,
West Yorkshire Police said on Tuesday. The driver was not hurt.</p>
<p>Officers arrested one man at the scene and asked witnesses to come forward. The bus company
said the route would run as normal.</p></article></body></html>"""


def test_html_outlet_from_site_name_else_registered_domain() -> None:
    from newsledger.ingest.html import html_to_article

    named = html_to_article(
        PAGE.format(meta='<meta property="og:site_name" content="Northern Courier">'), origin="a"
    )
    unnamed = html_to_article(PAGE.format(meta=""), origin="b")
    assert isinstance(named, Article) and isinstance(unnamed, Article)
    assert named.outlet == "Northern Courier"
    assert unnamed.outlet == "example.co.uk"


def test_outlets_found_by_how_the_document_uses_the_names() -> None:
    from newsledger.nlp.pipeline import analyse
    from newsledger.nlp.sources import classify_source, outlets_in_doc

    text = (
        "Shops looted in Ghent after match\n\n"
        "Dozens of supporters smashed shop windows in Ghent on Saturday night, the regional "
        'daily Kanaalpost reported. "It was chaos for an hour," a shopkeeper told Kanaalpost. '
        "The mayor told the city council on Monday that the police had been too slow, and the "
        "police said eleven people were arrested."
    )
    doc = analyse(Article.from_text(text, language="en"))
    outlets = outlets_in_doc(doc, doc._.quotes or [], "ghentnews.be")
    assert "kanaalpost" in outlets
    assert "ghentnews" in outlets, "the article's own outlet (its registered domain)"
    assert not any("council" in key for key in outlets), "a listener is not an outlet"
    assert classify_source("Kanaalpost", None, "en", outlets) == "media"
    assert classify_source("a shopkeeper", None, "en", outlets) != "media"


def test_a_date_is_shown_no_finer_than_its_sources_give_it() -> None:
    from newsledger.serve.wording import date_words

    assert date_words("2019-01-01", "year") == "2019"
    assert date_words("2019-07-01", "month") == "2019-07"
    assert date_words("2019-07-08", "week") == "week of 2019-07-08"
    assert date_words("2019-07-09", "day") == "2019-07-09"
    assert date_words("2019-07-09", None) == "2019-07-09"
    assert date_words(None, "day") == "undated"


def _year_only_row() -> dict[str, object]:
    """An incident known only by its year: a report recalls a stabbing "in 2011"."""
    return {
        "id": "a1b2c3d4e5f60718",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "date": "2011-01-01",
        "time_precision": "year",
        "location": None,
        "sources": 1,
        "figures": [],
        "conflicts": [],
    }


def test_terminal_list_shows_a_year_only_date_as_the_year_and_says_it_is_one_page() -> None:
    from rich.console import Console

    from newsledger.serve.render import print_incidents

    for width in (160, 80):  # the table and the one-block-per-incident layout
        console = Console(record=True, width=width)
        print_incidents(console, [_year_only_row()], None, total=40)
        out = console.export_text()
        assert "2011-01-01" not in out, out
        assert "2011" in out
        assert "showing 1 of 40 incidents" in out


def test_terminal_incident_page_without_figures_or_framing_agents_says_so() -> None:
    from rich.console import Console

    from newsledger.serve.render import print_incident

    row = _year_only_row() | {
        "framing": [
            {"article_id": "f" * 16, "outlet": "Harbour Gazette", "title": "A stabbing recalled",
             "headline_agent": None, "lead_agent": None, "voice": "passive"},
        ],
    }  # fmt: skip
    row["articles"] = ["f" * 16]
    row["links"] = [{"article_id": "f" * 16, "score": 0.0, "reasons": []}]
    console = Console(record=True, width=160)
    print_incident(console, row, None)
    out = console.export_text()
    assert "when: 2011\n" in out
    assert "counts: none stated" in out
    assert "link:" not in out, "a lone article has no link to explain"
    assert "no source gives a number" in out
    assert "Figures (consensus" not in out, "no empty table"
    assert "None" not in out, out


def test_web_list_shows_the_year_and_pages_keep_the_filters() -> None:
    from newsledger.serve.web import LIST_PAGE_SIZE, TEMPLATES, page_links, page_offset

    html = TEMPLATES.get_template("index.html").render(
        rows=[_year_only_row() | {"conflict_lines": []}],
        total=1,
        first=1,
        last=1,
        pages=page_links({}, 0, 1, 1),
        params={},
        error=None,
    )
    assert ">2011</a>" in html and "2011-01-01" not in html

    assert page_offset(None) == 0 and page_offset("3") == 2 * LIST_PAGE_SIZE
    params = {"place": "Leeds", "since": "", "page": "2"}
    links = page_links(params, LIST_PAGE_SIZE, LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE + 5)
    assert links["previous"] == "/?place=Leeds"
    assert links["next"] == "/?place=Leeds&page=3"
    last = page_links(params, 2 * LIST_PAGE_SIZE, 5, 2 * LIST_PAGE_SIZE + 5)
    assert last["next"] is None and last["previous"] == "/?place=Leeds&page=2"
    past = page_links({"page": "9"}, 8 * LIST_PAGE_SIZE, 0, 5)
    assert past["last"] == "/" and past["next"] is None


def test_web_page_number_that_is_not_a_number_is_refused() -> None:
    import pytest

    from newsledger.serve.web import page_offset

    for bad in ("0", "-1", "two", "1.5"):
        with pytest.raises(ValueError, match="whole number"):
            page_offset(bad)


def test_web_incident_page_without_figures_has_no_empty_table() -> None:
    from newsledger.serve.web import TEMPLATES

    html = TEMPLATES.get_template("incident.html").render(
        incident=_year_only_row() | {"mentions": []},
        figures=[],
        rules=[],
        labels={},
        conflict_lines=[],
        columns=[],
        points=[],
    )
    assert 'id="no-figures"' in html
    assert '<dd id="counts">none stated' in html
    assert '<table class="figures">' not in html
    assert "<dd>2011 <small>(precision: year)</small>" in html


def _figure(kind: str, value: int, actor: str | None = None, item: str | None = None) -> dict:
    return {"kind": kind, "value": value, "actor": actor, "item": item}


def test_list_counts_show_one_total_per_kind_with_its_sides() -> None:
    from newsledger.serve.wording import figure_summary

    # A tram depot brawl: 2 guards and 4 strikers hurt, one striker held; a van burnt.
    row = {
        "totals": {"injured": {"value": 6}, "arrested": {"value": 1}},
        "figures": [
            _figure("injured", 6),
            _figure("injured", 2, "security"),
            _figure("injured", 4, "protesters"),
            _figure("hospitalised", 2, "security"),
            _figure("arrested", 1, "protesters"),
            _figure("other", 1, item="vans"),
        ],
    }
    assert figure_summary(row) == [
        "injured: 6 (security 2, protesters 4)",
        "arrested protesters: 1",
        "vans: 1",
    ]
    # the same dead told with and without whose: one line, not "killed: 1" and "killed ...: 1"
    told_twice = [_figure("killed", 1), _figure("killed", 1, "civilians")]
    one = {"totals": {"killed": {"value": 1}}, "figures": told_twice}
    assert figure_summary(one) == ["killed civilians: 1"]
    # without totals (an older ledger), the figures as stored, hospitalised included
    old = {"figures": [_figure("hospitalised", 3, "police")]}
    assert figure_summary(old) == ["hospitalised police: 3"]


def test_article_page_names_what_each_figure_counts_and_links_its_incident() -> None:
    from newsledger.model import Claim, Mention, Span
    from newsledger.serve.web import TEMPLATES

    article = Article(id="c" * 16, text="Four stewards were hurt at the ground.", title="Hurt")
    span = Span(article.id, 0, 23, "Four stewards were hurt")
    claim = Claim(field="figure", value=4, span=span, kind="injured", actor="security")
    mention = Mention(article_id=article.id, index=0, main=True, claims=[claim])
    html = TEMPLATES.get_template("article.html").render(
        article=article,
        source="stadium.example",
        mentions=[mention],
        incident_of={mention.id: "0123456789abcdef"},
        html="",
    )
    assert "injured security: 4" in html
    assert "figure: 4" not in html
    assert 'href="/incidents/0123456789abcdef"' in html


def test_export_counts_each_dead_once() -> None:
    # A market stabbing: "a man was killed" and "one shopper killed", the same dead, plus three
    # hurt told as "three people hurt" and "two stallholders and a shopper injured".
    figures = [
        _figure("killed", 1),
        _figure("killed", 1, "civilians"),
        _figure("injured", 3),
        _figure("injured", 2, "traders"),
        _figure("injured", 1, "civilians"),
    ]
    with_totals = {"totals": {"killed": {"value": 1}, "injured": {"value": 3}}, "figures": figures}
    without_totals = {"figures": figures}  # a ledger written before totals existed
    for summary in (with_totals, without_totals):
        row = acled_row(summary)
        assert row["fatalities"] == 1
        assert row["injured"] == 3
    # sides are still added when no count covers them all
    sides = {"figures": [_figure("injured", 2, "traders"), _figure("injured", 1, "police")]}
    assert acled_row(sides)["injured"] == 3
    csv_text = render_export([without_totals], "csv").decode()
    flat = next(csv.DictReader(io.StringIO(csv_text)))
    assert flat["killed"] == "1" and flat["injured"] == "3"


def test_web_list_names_the_region_so_a_country_code_is_not_read_as_a_state() -> None:
    from newsledger.serve.web import TEMPLATES, page_links

    # A Paris in Ontario, Canada: "Paris, CA" would read as California.
    row = _year_only_row() | {
        "location": {"name": "Paris", "admin1": "Ontario", "country_code": "CA"},
        "conflict_lines": [],
    }
    html = TEMPLATES.get_template("index.html").render(
        rows=[row], total=1, first=1, last=1, pages=page_links({}, 0, 1, 1), params={}, error=None
    )
    assert "<td>Paris, Ontario, CA</td>" in html


def test_web_list_orders_by_sources_and_refuses_an_unknown_order(live_server: str) -> None:
    import re

    import httpx

    page = httpx.get(f"{live_server}/", params={"sort": "-sources"}, timeout=30)
    assert page.status_code == 200
    counts = [int(n) for n in re.findall(r"sources </span>(\d+)", page.text)]
    assert len(counts) >= 3 and counts == sorted(counts, reverse=True) and counts[0] >= 2
    assert '<option value="-sources" selected>' in page.text
    bad = httpx.get(f"{live_server}/", params={"sort": "loudest"}, timeout=30)
    assert bad.status_code == 422 and "use date, -date, sources or -sources" in bad.text


def test_a_type_that_is_no_acled_type_is_refused_with_the_list(live_server: str) -> None:
    import httpx

    said = httpx.get(f"{live_server}/api/incidents", params={"type": "Riot"}, timeout=30)
    assert said.status_code == 422
    assert "Riots" in said.json()["error"] and "Violence against civilians" in said.json()["error"]
    for accepted in ("riots", "Mob violence"):  # any case; sub-event types too
        ok = httpx.get(f"{live_server}/api/incidents", params={"type": accepted}, timeout=30)
        assert ok.status_code == 200 and ok.json()["total"] >= 1
