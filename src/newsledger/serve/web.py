"""The web page: incidents list with filters, timeline and map; the incident page with its
sources side by side; the article page. Server-rendered Jinja2 with autoescaping; article text
is split at evidence spans and every piece escaped, so markup in an article renders as text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from newsledger.errors import IncidentMovedError, NewsledgerError, NotFoundError
from newsledger.ledger import Ledger
from newsledger.model import Article, Claim
from newsledger.serve.api import parse_bbox
from newsledger.serve.render import claim_count, correction_line
from newsledger.serve.wording import (
    ArticleLookup,
    conflict_text,
    date_words,
    figure_name,
    figure_summary,
    is_area,
    place_label,
    placed_at,
    source_label,
    source_labels,
)

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


FORM_NUMBER = re.compile(r"[0-9]{1,9}")
"""A whole number as a query string may give it: ASCII digits only (`str.isdigit` takes "²",
which `int` then refuses in Python's words), and at most nine, so that rows to skip stay within
the databases' 64-bit integers (more was a 500, "Python int too large to convert")."""

LARGEST_FORM_NUMBER = 999_999_999


def form_number(text: str) -> int | None:
    """The whole number `text` writes (digits only, at most nine), else None."""
    return int(text) if FORM_NUMBER.fullmatch(text) else None


def page_offset(page: str | None) -> int:
    """Rows to skip for `?page=N` (1-based) of the incidents list."""
    if page is None or page == "":
        return 0
    number = form_number(page)
    if number is None or number < 1:
        raise ValueError(f"page={page!r}: use a whole number from 1 to {LARGEST_FORM_NUMBER}")
    return (number - 1) * LIST_PAGE_SIZE


def page_links(
    params: Mapping[str, str], offset: int, shown: int, total: int, path: str = "/"
) -> dict[str, str | None]:
    """Previous / next page links of a list at `path` (the incidents, the articles), keeping
    every filter: without them a ledger larger than one page shows only its first page and no
    way to the rest."""
    page = offset // LIST_PAGE_SIZE + 1
    kept = [(k, v) for k, v in params.items() if k != "page" and v != ""]

    def link(number: int) -> str:
        query = urlencode(kept + ([("page", str(number))] if number > 1 else []))
        return path + (f"?{query}" if query else "")

    last_page = max(1, -(-total // LIST_PAGE_SIZE))
    past_end = shown == 0 and page > last_page
    return {
        "previous": link(min(page - 1, last_page)) if page > 1 else None,
        "next": link(page + 1) if offset + shown < total else None,
        "last": link(last_page) if past_end and total else None,
    }


EXPORT_LINKS = (("acled", "ACLED CSV"), ("geojson", "GeoJSON"), ("json", "JSON"), ("csv", "CSV"))
"""The downloads the list offers, each the same filtered incidents as the page shows."""

FILTER_PARAMS = ("since", "until", "place", "type", "min_sources", "q", "has_conflict")
"""Query parameters the list page and GET /api/export share (same names, same meaning)."""

TRUE_WORDS = ("true", "1", "on", "yes")


def export_href(params: Mapping[str, str], fmt: str) -> str:
    """GET /api/export for the filters the page shows, so a download holds what the reader
    filtered to (the page was the one face without a way to take its list away)."""
    kept = [(k, params[k]) for k in FILTER_PARAMS if params.get(k)]
    return "/api/export?" + urlencode([("format", fmt), *kept])


def whole_number_param(name: str, value: str) -> int:
    """A form's whole-number field, with a reader's message instead of Python's."""
    number = form_number(value.strip())
    if number is None:
        raise ValueError(f"{name}={value!r}: use a whole number from 0 to {LARGEST_FORM_NUMBER}")
    return number


def claim_tooltip(claim: Claim) -> str:
    """A claim's highlight title in words ("location: Denver", "injured civilians: 2"),
    never a Python dict's repr."""
    value = claim.value
    if claim.field == "figure":
        name = figure_name(claim.kind, claim.actor, claim.item)
        return f"{name}: {value if value is not None else 'unknown'}"
    if isinstance(value, Mapping):
        value = value.get("name") or ", ".join(f"{k} {v}" for k, v in value.items() if v)
    return f"{claim.field.replace('_', ' ')}: {value}"


def safe_url(value: object) -> str:
    """Only http(s) links from article metadata become hrefs (no javascript: or data: URLs)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


TEMPLATES.filters["safe_url"] = safe_url
TEMPLATES.globals["figure_name"] = figure_name
TEMPLATES.globals["date_words"] = date_words
TEMPLATES.globals["figure_summary"] = figure_summary
TEMPLATES.globals["place_label"] = place_label
TEMPLATES.globals["placed_at"] = placed_at

STATIC_DIR = Path(__file__).with_name("static")
DOCS_ASSETS_URL = "/docs-assets"
"""Where Swagger UI's own files are served from (the `fastapi-offline` package ships Swagger UI 5,
which reads the OpenAPI 3.1 that FastAPI writes), so /docs works offline under the page's
`script-src 'self'` policy."""

DOCS_CSP = (
    "default-src 'self'; script-src 'self' {script_hashes}; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
"""/docs keeps the site's policy and allows only the one inline script FastAPI writes to start
Swagger UI, by its SHA-256 hash (CSP level 2): no 'unsafe-inline', no CDN."""


class MissingDocsAssetsError(NewsledgerError):
    """The package that ships Swagger UI's files is installed without them."""


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

LIST_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class Highlight:
    """An evidence span to mark in an article's text."""

    start: int
    end: int
    label: str
    css: str


HIGHLIGHT_PRIORITY = {"fig conflict": 0, "fig": 1, "quote": 2, "claim": 3}
"""When evidence spans overlap, conflicting figures win, then figures, quotes, other claims."""

SKIPPED_HIGHLIGHT_FIELDS = {"description", "figure"}
"""Descriptions are whole sentences (they would hide the spans inside); figures come separately."""


def highlight_text(text: str, highlights: Iterable[Highlight]) -> Markup:
    """The article text as HTML with <mark> around evidence spans; everything escaped.

    Overlapping spans are not nested: the higher-priority one is kept (HIGHLIGHT_PRIORITY).
    """
    chosen: list[Highlight] = []
    ranked = sorted(highlights, key=lambda h: (HIGHLIGHT_PRIORITY.get(h.css, 9), h.start, -h.end))
    for item in ranked:
        if item.end > len(text) or item.start >= item.end or item.start < 0:
            continue
        if all(item.end <= other.start or item.start >= other.end for other in chosen):
            chosen.append(item)
    pieces: list[str] = []
    cursor = 0
    for item in sorted(chosen, key=lambda h: h.start):
        pieces.append(str(escape(text[cursor : item.start])))
        pieces.append(
            f'<mark class="{escape(item.css)}" title="{escape(item.label)}">'
            f"{escape(text[item.start : item.end])}</mark>"
        )
        cursor = item.end
    pieces.append(str(escape(text[cursor:])))
    return Markup("".join(pieces))


def conflict_keys(summary: Mapping[str, Any]) -> set[str]:
    """Figure keys ("kind/actor/item") and field names that are in conflict."""
    keys: set[str] = set()
    for conflict in summary.get("conflicts", []):
        keys.add(str(conflict.get("field")))
    return keys


def figure_key(figure: Mapping[str, Any]) -> str:
    """The conflict field name merge/summary.py gives a figure: figure:KIND:ACTOR[:ITEM]."""
    key = f"figure:{figure.get('kind')}:{figure.get('actor') or '-'}"
    return key + (f":{figure['item']}" if figure.get("item") else "")


def figure_in_conflict(figure: Mapping[str, Any], conflicts: set[str]) -> bool:
    return figure_key(figure) in conflicts


def highlights_for(summary: Mapping[str, Any], article_id: str) -> list[Highlight]:
    """Evidence spans of one article in an incident: figures, quotes and other claims."""
    conflicts = conflict_keys(summary)
    out: list[Highlight] = []
    for figure in summary.get("figures", []):
        css = "fig conflict" if figure_in_conflict(figure, conflicts) else "fig"
        for claim in figure.get("claims", []):
            if claim.get("article_id") == article_id and claim.get("start") is not None:
                label = f"{figure.get('kind')} {figure.get('item') or figure.get('actor') or ''}: "
                label += claim_count(claim)
                out.append(Highlight(int(claim["start"]), int(claim["end"]), label, css))
    for quote in summary.get("quotes", []):
        if quote.get("article_id") == article_id and quote.get("start") is not None:
            label = f"quote: {quote.get('speaker') or 'unknown speaker'}"
            out.append(Highlight(int(quote["start"]), int(quote["end"]), label, "quote"))
    for field, claims in (summary.get("claims") or {}).items():
        if field in SKIPPED_HIGHLIGHT_FIELDS or not isinstance(claims, list):
            continue
        for claim in claims:
            span = claim.get("span") or claim
            if span.get("article_id", claim.get("article_id")) != article_id:
                continue
            if span.get("start") is None:
                continue
            out.append(Highlight(int(span["start"]), int(span["end"]), f"{field}", "claim"))
    return out


def map_points(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The incidents with coordinates as map points; `area` marks a place that is no town."""
    points = []
    for row in rows:
        location = row.get("location") or {}
        if location.get("latitude") is None or location.get("longitude") is None:
            continue
        points.append({
            "id": row.get("id"),
            "lat": location["latitude"],
            "lon": location["longitude"],
            "sources": row.get("sources") or 1,
            "area": is_area(location.get("geo_precision")),  # a ring, not a dot
            "label": f"{row.get('date') or 'undated'} {location.get('name') or ''} "
            f"{row.get('event_type') or ''}",
        })  # fmt: skip
    return points


def article_lookup(ledger: Ledger) -> ArticleLookup:
    """Articles by id for naming sources; an id no longer stored names nothing."""

    def lookup(article_id: str) -> Article | None:
        try:
            return ledger.article(article_id)
        except NotFoundError:
            return None

    return lookup


def conflict_lines(summary: Mapping[str, Any], lookup: ArticleLookup | None) -> list[str]:
    """The incident's conflicts in words, naming each side's sources."""
    conflicts = summary.get("conflicts") or []
    if not conflicts:
        return []
    labels = source_labels(summary, lookup)
    return [conflict_text(c, summary, labels) for c in conflicts]


def figure_rules(figures: Sequence[Mapping[str, Any]]) -> list[str]:
    """The distinct consensus rules of a figures table, in first-use order: shown once under
    the table rather than repeated on every row."""
    rules: list[str] = []
    for figure in figures:
        rule = str(figure.get("rule") or "")
        if rule and rule not in rules:
            rules.append(rule)
    return rules


def swagger_ui_assets() -> Path:
    """The folder of Swagger UI's files (swagger-ui-bundle.js, swagger-ui.css) inside the
    installed `fastapi-offline` package; only its files are used, not its app factory."""
    import fastapi_offline

    folder = Path(fastapi_offline.__file__).with_name("static")
    if not (folder / "swagger-ui-bundle.js").is_file():
        raise MissingDocsAssetsError(
            f"Swagger UI's files are not in {folder}: reinstall newsledger "
            "(pip install -e .), which installs fastapi-offline with them"
        )
    return folder


def docs_page(openapi_url: str, title: str) -> HTMLResponse:
    """FastAPI's Swagger UI page with local asset URLs and a CSP that admits its inline
    start-up script by hash."""
    page = get_swagger_ui_html(
        openapi_url=openapi_url,
        title=f"{title} · API",
        swagger_js_url=f"{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{DOCS_ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url="/favicon.ico",
    )
    body = bytes(page.body).decode("utf-8")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode("utf-8")).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.findall(body)
    )
    return HTMLResponse(
        body, headers={"Content-Security-Policy": DOCS_CSP.format(script_hashes=hashes)}
    )


def not_found_page(path: str) -> HTMLResponse:
    """The site's 404 page for a path it has no page at (a mistyped or truncated link)."""
    message = f"There is no page at {path}: the incidents are listed on the home page."
    body = TEMPLATES.get_template("error.html").render(message=message)
    return HTMLResponse(body, status_code=404)


def not_allowed_page(path: str, method: str, headers: Mapping[str, str]) -> HTMLResponse:
    """The site's 405 page (a form or tool sending POST to a page), keeping the Allow header."""
    message = f"{path} cannot be sent a {method}: it is a page to open (GET)."
    body = TEMPLATES.get_template("error.html").render(message=message)
    return HTMLResponse(body, status_code=405, headers=dict(headers))


def add_web_routes(app: FastAPI, ledger: Ledger) -> None:
    """Register the HTML pages, the offline API docs and the favicon on the app."""
    lookup = article_lookup(ledger)
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=swagger_ui_assets()), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return docs_page(app.openapi_url or "/openapi.json", app.title)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        params = request.query_params
        filters: dict[str, Any] = {
            "since": params.get("since") or None,
            "until": params.get("until") or None,
            "place": params.get("place") or None,
            "type": params.get("type") or None,
            "query": params.get("q") or None,
            "has_conflict": True if params.get("has_conflict", "").lower() in TRUE_WORDS else None,
        }
        min_sources = params.get("min_sources") or None
        error = None
        offset = 0
        try:
            filters["bbox"] = parse_bbox(params.get("bbox"))  # a map cluster's "list them"
            if min_sources is not None:
                filters["min_sources"] = whole_number_param("min_sources", min_sources)
            offset = page_offset(params.get("page"))
            sort = params.get("sort") or "-date"
            rows = ledger.incidents(**filters, sort=sort, limit=LIST_PAGE_SIZE, offset=offset)
            total = ledger.count_incidents(**filters)
        except (NewsledgerError, ValueError) as exc:
            rows, total, error = [], 0, str(exc)
        rows = [row | {"conflict_lines": conflict_lines(row, lookup)} for row in rows]
        return render(
            "index.html",
            status=422 if error else 200,
            rows=rows,
            total=total,
            first=offset + 1,
            last=offset + len(rows),
            pages=page_links(params, offset, len(rows), total),
            params=params,
            error=error,
            export_formats=EXPORT_LINKS,
            export_link=lambda fmt: export_href(params, fmt),
        )

    @app.get("/incidents", include_in_schema=False)
    @app.get("/incidents/", include_in_schema=False)
    def incidents_list(request: Request) -> RedirectResponse:
        """The list a user typing /incidents expects is the home page's (404 before); filters
        in the query string go along (/incidents?place=Lyon lists Lyon's)."""
        query = request.url.query
        return RedirectResponse("/" + (f"?{query}" if query else ""), status_code=307)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/articles/", response_class=HTMLResponse, include_in_schema=False)
    def articles_list(request: Request) -> HTMLResponse:
        """Every stored article, a page at a time, in the store's order (publication date,
        then id; as /api/articles and `newsledger articles` list them), each with the
        incidents it feeds: the pages reached an article only from its incident's page."""
        params = request.query_params
        try:
            offset = page_offset(params.get("page"))
        except ValueError as exc:
            return render("articles.html", status=422, rows=[], total=0, error=str(exc),
                          pages=page_links({}, 0, 0, 0, "/articles"), first=0, last=0)  # fmt: skip
        articles = ledger.store.list_articles(limit=LIST_PAGE_SIZE, offset=offset)
        total = ledger.store.count_articles()
        fed = ledger.store.incidents_for_articles([a.id for a in articles])
        rows = [
            {"article": a, "source": source_label(a, a.id), "incidents": fed.get(a.id, [])}
            for a in articles
        ]
        return render(
            "articles.html",
            rows=rows,
            total=total,
            error=None,
            first=offset + 1,
            last=offset + len(rows),
            pages=page_links(params, offset, len(rows), total, "/articles"),
        )

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(incident_id: str, request: Request) -> Response:
        try:
            summary = ledger.incident(incident_id)
        except IncidentMovedError as exc:
            # A bookmarked or cited id that a split, merge or re-resolution retired: to the one
            # incident holding its reports, or a list of the incidents it was split into.
            if len(exc.moved_to) == 1:
                target = f"/incidents/{exc.moved_to[0]}?{urlencode({'from': exc.incident_id})}"
                return RedirectResponse(target, status_code=307)
            links = [(f"/incidents/{other}", other) for other in exc.moved_to]
            return render("error.html", status=404, message=str(exc), links=links)
        except NotFoundError as exc:
            return render("error.html", status=404, message=str(exc))
        moved_from = request.query_params.get("from")
        if moved_from and str(summary.get("id")) not in ledger.moved_to(moved_from):
            moved_from = None  # only an id that did move here is named
        framing = {str(f.get("article_id")): f for f in summary.get("framing") or []}
        labels = source_labels(summary, lookup)
        columns = []
        for mention in summary.get("mentions", []):
            article_id = str(mention.get("article_id"))
            article = lookup(article_id)
            if article is None:
                continue
            columns.append({
                "article": article,
                "source": source_label(article, article_id),
                "main": mention.get("main"),
                "mention_id": mention.get("mention_id"),
                "framing": framing.get(article_id),
                "html": highlight_text(article.text, highlights_for(summary, article_id)),
            })  # fmt: skip
        conflicts = conflict_keys(summary)
        rules = figure_rules(summary.get("figures", []))
        figures = [
            f
            | {
                "in_conflict": figure_in_conflict(f, conflicts),
                "rule_number": rules.index(f["rule"]) + 1 if f.get("rule") in rules else None,
            }
            for f in summary.get("figures", [])
        ]
        return render(
            "incident.html",
            incident=summary,
            figures=figures,
            rules=rules,
            labels=labels,
            conflict_lines=[
                conflict_text(c, summary, labels) for c in summary.get("conflicts") or []
            ],
            columns=columns,
            points=map_points([summary]),
            corrections=[correction_line(r) for r in ledger.corrections(summary)],
            moved_from=moved_from,
            moved_to=ledger.moved_to(str(summary.get("id"))),
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        try:
            article = ledger.article(article_id)
        except NotFoundError as exc:
            return render("error.html", status=404, message=str(exc))
        mentions = ledger.mentions(article.id)
        highlights = [
            Highlight(c.span.start, c.span.end, claim_tooltip(c), "claim")
            for m in mentions
            for c in m.claims
        ]
        return render(
            "article.html",
            article=article,
            source=source_label(article, article.id),
            mentions=mentions,
            incident_of=ledger.store.incidents_for_mentions([m.id for m in mentions]),
            html=highlight_text(article.text, highlights),
        )
