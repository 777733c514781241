"""Build an `Article` the same way for every format: one text, one id, one language rule.

What `Article.text` holds, for every reader: the article's headline (when the source gives one and
the body does not already start with it), a blank line, then the body with paragraphs separated by
blank lines, normalised once by `model.normalise_text`. So the headline can be cited as evidence
like any other span, and the id (hash of that text) is stable across re-runs.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from newsledger.ingest.language import detect_language, normalise_language
from newsledger.ingest.published import PublishedFrom, detect_published, published_by_capture
from newsledger.ingest.sources import MAX_ARTICLE_CHARS, outlet_name
from newsledger.model import Article, DatePrecision, Rejection, normalise_text

_SPACES = re.compile(r"\s+")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""C0 controls other than tab, newline, form feed and carriage return: never meaningful in news
text, and NUL cannot be stored as text by PostgreSQL (the store refuses it on every backend)."""
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def make_article(
    body: str,
    *,
    origin: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    language: str | None = None,
    published: date | None = None,
    precision: DatePrecision | None = None,
    prepend_title: bool = True,
    published_from: PublishedFrom | None = None,
) -> Article | Rejection:
    """An Article from raw body text and metadata, or a Rejection when there is no text.

    The language is the source's own (normalised to ISO 639-1) or detected; the outlet falls back
    to the URL's domain. Without a date from the reader (`published_from` says which part of the
    record gave it), the date is looked for in the URL and the stamps at the top of the text
    (`ingest.published.detect_published`); none is invented.
    """
    title = clean_line(html.unescape(title)) if title else None  # feeds escape their titles
    text = normalise_text(_CONTROL_CHARS.sub("", body))
    if not text.strip():
        return Rejection(origin, "no article text")
    if title and prepend_title and not _starts_with(text, title):
        text = normalise_text(f"{title}\n\n{text}")
    if len(text) > MAX_ARTICLE_CHARS:
        return Rejection(
            origin,
            f"text of {len(text):,} characters is longer than the {MAX_ARTICLE_CHARS:,} cap "
            "for one article: split it",
        )
    recaptured = published_by_capture(published, text, url)
    if recaptured is not None:
        published, published_from, precision = recaptured[0], recaptured[1], "day"
    if published is None:
        detected = detect_published(text, url)
        if detected is not None:
            published, published_from, precision = detected[0], detected[1], "day"
    return Article.from_text(
        text,
        title=title,
        url=clean_line(url),
        outlet=outlet_name(clean_line(outlet), url),
        author=clean_line(author),
        language=normalise_language(language) or detect_language(text),
        published=published,
        published_precision=precision if published else None,
        origin=origin,
        published_from=published_from if published else None,
    )


def clean_line(value: str | None) -> str | None:
    """One line of metadata with runs of whitespace collapsed; None when blank."""
    if value is None:
        return None
    value = _SPACES.sub(" ", _CONTROL_CHARS.sub("", value)).strip()
    return value or None


def _starts_with(text: str, title: str) -> bool:
    head = _SPACES.sub(" ", text[: len(title) * 2]).strip().casefold()
    return head.startswith(title.casefold())


def parse_published(value: object) -> tuple[date, DatePrecision] | None:
    """An ISO date or datetime ('2021-12-31', '2021-12-31T09:20:00Z'), or 'YYYY-MM' / 'YYYY'.

    Returns the date with its precision, or None when the value is not such a date.
    """
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        return datetime.fromisoformat(raw).date(), "day"
    except ValueError:
        pass
    match = _PARTIAL_DATE.match(raw)
    if not match:
        return None
    year, month = int(match.group(1)), match.group(2)
    if month is None:
        return date(year, 1, 1), "year"
    if not 1 <= int(month) <= 12:
        return None
    return date(year, int(month), 1), "month"
