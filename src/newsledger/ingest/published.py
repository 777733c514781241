"""Publication date from what a real document carries, with where it came from (`published_from`).

Sources, in the order readers try them (the first that gives a date wins):
- `header`: a date the record states as its own (the text format's ` date` marker, a JSONL field);
- `json-ld` / `html-meta`: a page's structured data or meta tags (read by trafilatura; which of
  the two is told by looking for the same date in a JSON-LD `datePublished`);
- `feed`: the feed entry's published/updated date;
- `warc`: the WARC-Date of the capture, when the page states none;
- `url`: a date in the URL path ("/2016/02/29/", "/2016-02-29/", "/20160229/");
- `byline-stamp`: a stamp near the top of the text ("Published 2 February 2018", "Publié le
  01/02/2018 à 18h05", "Aktualisiert am 03.02.2018", "Updated: Feb. 2, 2018",
  "2020-11-24 18:04:24"); the earliest stamp wins (a report is updated after it is published);
- `dateline`: a date inside a wire dateline ("INDIANAPOLIS (Dec 7, 2015) -").
Nothing else is guessed: without any of these the article has no publication date, and relative
expressions ("on Tuesday") stay unresolved rather than invented.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from newsledger.lang import registered

PublishedFrom = Literal[
    "header", "html-meta", "json-ld", "url", "dateline", "byline-stamp", "feed", "warc"
]

STAMP_SCAN_CHARS = 800
"""Stamps sit in the byline, above or just below the headline: only the top of the text is read
(a date later in the body is the event's or a background one, not the publication's)."""

MIN_YEAR, MAX_YEAR = 1980, 2100
"""Years a news publication date can have (rejects "/1000/" ids and phone numbers in URLs)."""

_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    r"July|August|September|October|November|December|janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|Januar|Februar|März|Juni|Juli|"
    r"Oktober|Dezember|januari|februari|maart|mei|juni|juli|augustus|gennaio|febbraio|marzo|aprile|"
    r"maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|"
    r"septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|"
    r"outubro|novembro|dezembro)\.?"
)
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
STAMP_WORDS: dict[str, str] = {
    r"(?:first\s+)?published(?:\s+on)?": "en",
    r"posted(?:\s+on)?": "en",
    r"(?:last\s+)?updated(?:\s+on)?": "en",
    **{stamp: data.code for data in registered() for stamp in data.publication_stamps},
}
"""Byline words that introduce a publication or update stamp -> the language its date is in
(numeric dates after a non-English word are day first: "01/02/2018" is 1 February). The other
languages' stamps live in their packages (newsledger/lang/<code>/)."""

_STAMP = re.compile(
    r"\b(?P<word>" + "|".join(STAMP_WORDS) + r")\s*:?\s*(?:\w+,?\s+)?(?P<date>" + _DATE + ")",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(r"(?<![\d-])(?P<date>\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2})?")
_DATELINE_DATE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Za-z. ]{2,20})?\s*\((?P<date>"
    + _DATE
    + r")\)\s*(?:--|[-–—])",
    re.MULTILINE,
)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:/(?P<m>\d{1,2})/(?P<d>\d{1,2})|-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<m3>\d{2})(?P<d3>\d{2}))(?=[/_.-]|$)"
)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_from_url(url: str | None) -> date | None:
    """A date in the URL path ("/2016/02/29/", "/2016-02-29/", "/20160229/"), if valid."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        month = match.group("m") or match.group("m2") or match.group("m3")
        day = match.group("d") or match.group("d2") or match.group("d3")
        found = _valid(int(match.group("y")), int(month), int(day))
        if found is not None:
            return found
    return None


def parse_stamp_date(text: str, language: str) -> date | None:
    """One date as written in a stamp, day first unless the stamp is English."""
    import dateparser

    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if iso:
        return _valid(*map(int, iso.groups()))
    order = "MDY" if language == "en" else "DMY"
    parsed = dateparser.parse(
        text,
        languages=[language, "en"] if language != "en" else ["en"],
        settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def stamp_in_text(text: str) -> tuple[date, PublishedFrom] | None:
    """The earliest publication stamp at the top of the text, or a date in a wire dateline."""
    head = text[:STAMP_SCAN_CHARS]
    found: list[date] = []
    for match in _STAMP.finditer(head):
        language = next(
            (lang for word, lang in STAMP_WORDS.items()
             if re.fullmatch(word, match.group("word"), re.IGNORECASE)),
            "en",
        )  # fmt: skip
        value = parse_stamp_date(match.group("date"), language)
        if value is not None:
            found.append(value)
    for match in _TIMESTAMP.finditer(head):
        value = parse_stamp_date(match.group("date"), "en")
        if value is not None:
            found.append(value)
    if found:
        return min(found), "byline-stamp"
    dateline = _DATELINE_DATE.search(head)
    if dateline:
        value = parse_stamp_date(dateline.group("date"), "en")
        if value is not None:
            return value, "dateline"
    return None


STAMP_LINE_MAX_EXTRA_WORDS = 4
"""Words a stamp line may carry beside its stamps and clock times ("à", "um", "Uhr", "|")."""
_CLOCK = re.compile(r"\b\d{1,2}(?:[:h.]\d{2}(?::\d{2})?|h)\b", re.IGNORECASE)
_CLOCK_WORDS = frozenset({"uhr", "heures", "horas", "ore", "uur", "h"})


def is_stamp_line(line: str) -> bool:
    """Whether a line is a publication or update stamp and nothing more ("Publié le 03/04/2022
    à 10h12", "Publiziert am 14.03.2023, 18:05 Uhr"): such a line is no headline. Beside its
    stamps it may hold clock times and short words ("à", "um", "Uhr"), never a word of a
    headline ("Updated 2021-05-04 Road reopens" is a headline with its date)."""
    line = line.strip()
    if not (_STAMP.match(line) or _TIMESTAMP.match(line)):
        return False
    rest = re.findall(r"\w+", _CLOCK.sub(" ", _TIMESTAMP.sub(" ", _STAMP.sub(" ", line))))
    short = all(len(word) <= 3 or word.lower() in _CLOCK_WORDS for word in rest)
    return short and len(rest) <= STAMP_LINE_MAX_EXTRA_WORDS


def html_date_source(html: bytes | str, published: date) -> PublishedFrom:
    """Whether a page's own date came from its JSON-LD (`datePublished`) or its meta tags."""
    raw = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    for match in _JSONLD_PUBLISHED.finditer(raw):
        if match.group(1) == published.isoformat():
            return "json-ld"
    return "html-meta"


_ARCHIVE_CAPTURE = re.compile(
    r"^https?://web\.archive\.org/web/(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\d{0,6}[a-z_]*/",
    re.IGNORECASE,
)
"""A web-archive capture URL: "web.archive.org/web/20141108120159/http://..." (captured on
8 November 2014)."""


def archive_capture(url: str | None) -> date | None:
    """The day a web-archive capture URL says the page was captured, or None."""
    match = _ARCHIVE_CAPTURE.match(url or "")
    if match is None:
        return None
    return _valid(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def published_by_capture(
    published: date | None, text: str, url: str | None
) -> tuple[date, PublishedFrom] | None:
    """A publication date that is not after the page's archive capture, when the stated one is.

    A page cannot be published after it was captured: a stated date later than the capture (a
    re-crawl's date given to an old page) would resolve every weekday of the report weeks or
    years late. Such a date is replaced by one the page itself carries (URL, stamps) when that
    is not after the capture either, else by the capture day (as `warc`). None when the stated
    date stands (no capture, or not after it).
    """
    capture = archive_capture(url)
    if published is None or capture is None or published <= capture:
        return None
    detected = detect_published(text, url)
    if detected is not None and detected[0] <= capture:
        return detected
    return capture, "warc"


def detect_published(text: str, url: str | None) -> tuple[date, PublishedFrom] | None:
    """A publication date for a document whose reader found none: its URL, then its stamps."""
    from_url = date_from_url(url)
    if from_url is not None:
        return from_url, "url"
    return stamp_in_text(text)
