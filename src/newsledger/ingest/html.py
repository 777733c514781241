"""HTML pages: main text and metadata through trafilatura; fragments (feed bodies) through lxml."""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree

from newsledger.ingest.article import make_article, parse_published
from newsledger.ingest.published import PublishedFrom, date_from_url, html_date_source
from newsledger.ingest.sources import MAX_HTML_FILE_BYTES, ReadItem, decode_by_mark, too_large
from newsledger.model import Article, Rejection

MIN_ARTICLE_WORDS = 20
"""Fewer words than this after extraction is navigation or a login form, not an article: even a
news brief is a sentence or two with a place, a time and a source."""

DATE_EXTRACTION = {"extensive_search": False, "original_date": True}
"""htmldate options: only dates the page states as its own (meta tags, structured data, the URL);
its 'extensive' search takes a copyright year as a publication date, which would invent dates."""

_BLOCK_TAGS = frozenset(
    ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr")
)
_NEWLINES = re.compile(r"\n+")
_TAG = re.compile(r"<[^>]*>")


def read_html(path: str | Path) -> Iterator[ReadItem]:
    """One article from an HTML file, or a Rejection when the page holds no article text."""
    path = Path(path)
    rejection = too_large(path, MAX_HTML_FILE_BYTES, "HTML page")
    if rejection:
        yield rejection
        return
    yield html_to_article(path.read_bytes(), origin=str(path))


def html_to_article(
    html: bytes | str,
    *,
    origin: str,
    url: str | None = None,
    fallback_date: date | None = None,
) -> Article | Rejection:
    """The main text of a page as an Article: title, date, author, site name (the outlet), url.

    The url is the page's canonical link when it has one, else `url` (a WARC target URI); the date
    is the page's own, else `fallback_date` (a WARC-Date). Trafilatura decodes bytes itself,
    honouring the page's declared charset.
    """
    if not html.strip():
        return Rejection(origin, "empty HTML page")
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,  # news tables are mostly sidebars: scores, prices, listings
            date_extraction_params=DATE_EXTRACTION,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        return Rejection(origin, f"HTML could not be parsed: {exc}")
    text = getattr(document, "text", None) or ""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        counted = "1 word" if words == 1 else f"{words} words"  # "has 1 words" was printed
        return Rejection(
            origin,
            f"HTML page has no article text (main text has {counted}, "
            f"fewer than {MIN_ARTICLE_WORDS})",
        )
    # the page as text, decoded once for the date's source and the site name's case (both
    # read it as UTF-8, or by its byte-order mark; trafilatura above honoured the declared
    # charset for the article)
    page = decode_by_mark(html) if isinstance(html, bytes) else html
    published = parse_published(getattr(document, "date", None))
    source: PublishedFrom | None = None
    if published is not None:
        page_url = getattr(document, "url", None) or url
        source = html_date_source(page, published[0])
        if source == "html-meta" and date_from_url(page_url) == published[0]:
            source = "url"  # trafilatura read it from the URL path
    elif fallback_date is not None:
        published, source = (fallback_date, "day"), "warc"
    return make_article(
        _NEWLINES.sub("\n\n", text),
        origin=origin,
        title=getattr(document, "title", None),
        url=getattr(document, "url", None) or url,
        outlet=stated_case(getattr(document, "sitename", None), page),
        author=getattr(document, "author", None),
        language=getattr(document, "language", None),
        published=published[0] if published else None,
        precision=published[1] if published else None,
        published_from=source,
    )


def stated_case(sitename: str | None, html: bytes | str) -> str | None:
    """The site name as the page writes it: trafilatura title-cases a name that does not start
    with a capital ("wxyz" -> "Wxyz", "abc7 news" -> "Abc7 News"), so an outlet that styles
    itself in lower case or as call letters would change name. The page's own quoted value
    (og:site_name content, a JSON-LD publisher name, an "@handle") that matches the name but
    for case is taken instead; a name the page does not quote is kept as given. The page is
    matched with its character references read ("at&amp;t" is "at&t"), as trafilatura read them."""
    if not sitename:
        return sitename
    page = decode_by_mark(html) if isinstance(html, bytes) else html
    page = html_entities.unescape(page)
    quoted = re.compile(r"""["']\s*@?(""" + re.escape(sitename) + r""")\s*["']""", re.IGNORECASE)
    for found in quoted.finditer(page):
        if found.group(1) == sitename:
            return sitename
    first = quoted.search(page)
    return first.group(1) if first else sitename


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry body): block elements become paragraph breaks."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        try:  # a whole document rather than a fragment
            root = lxml.html.fromstring(fragment)
        except (etree.ParserError, ValueError):
            return _TAG.sub(" ", fragment)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())
