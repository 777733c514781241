"""The REST API and the web page, one FastAPI app over one store.

Read-only unless started with a write token: then `POST /api/articles` ingests articles for
clients sending `Authorization: Bearer TOKEN` (compared in constant time). Errors are JSON
{"error": message} with the right status: 404 unknown id, 422 bad filter, 401 no token,
403 wrong token or read-only server. CORS is off unless origins are given.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import idna
from fastapi import Body, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger import __version__
from newsledger.errors import (
    BadFilterError,
    IncidentMovedError,
    NewsledgerError,
    NotFoundError,
)
from newsledger.ledger import DATE_HINT, DATE_PATTERN, Ledger, article_json
from newsledger.model import Rejection
from newsledger.serve.exports import EXPORT_FORMATS, FILE_SUFFIXES, MEDIA_TYPES, render_export
from newsledger.serve.wording import place_cells
from newsledger.store.base import IncidentFilter
from newsledger.store.filters import SORT_HINT, SORTS, decode_cursor, encode_cursor
from newsledger.store.overview import MAX_ZOOM, MIN_ZOOM

STATIC_DIR = Path(__file__).with_name("static")
MAX_PAGE_SIZE = 500
"""Largest page of incidents one request may ask for: bounds response size and latency."""

COUNT_CAP = 10_000
"""A filtered list counts at most this many matches (then `total_exact` is false and `total`
is this lower bound): counting stops early, so a broad filter costs what a narrow one does. The
unfiltered total is always exact (a stored count)."""

AGGREGATE_CACHE_SIZE = 256
"""Timeline/map answers kept per worker as encoded JSON (a 2,000-cell map is ~190 KB and 13 ms
to encode), keyed by the data version: the home page asks the same few questions again and
again, and a new version (any write) retires them all."""

CACHEABLE_PREFIXES = ("/api/incidents", "/api/search", "/api/export", "/incidents/")
"""GET paths whose answer depends only on the URL and the incidents (so on the data version):
they get an ETag and `Cache-Control: no-cache` (revalidate), and 304 when the client has it."""

CACHE_CONTROL = "public, no-cache"

SERVE_DB_ENV = "NEWSLEDGER_SERVE_DB"
SERVE_TOKEN_ENV = "NEWSLEDGER_SERVE_WRITE_TOKEN"
SERVE_CORS_ENV = "NEWSLEDGER_SERVE_CORS_ORIGINS"
"""How `newsledger serve --workers N` hands the database, write token and CORS origins
(space-separated) to worker processes
(uvicorn starts each worker from an import string, not from an app object)."""

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
"""Article text is untrusted: besides escaping, the page runs only the app's own scripts."""


OWN_HEAD_PATHS = frozenset({"/api/export"})
"""Paths whose GET builds its body at a cost (the whole filtered ledger rendered as a file):
they have a HEAD route of their own, answered from the headers alone, since link checkers
send HEAD to every download link of the index."""


class HeadAsGet:
    """Answer HEAD as GET without the body (RFC 9110: a GET resource takes HEAD): FastAPI's
    routes took GET only, so `curl -I`, link checkers and uptime monitors met 405 on every
    page and endpoint. The headers, Content-Length included, are the GET's. A path of
    `own_head` goes to its own HEAD route instead, which builds no body."""

    def __init__(self, app: Any, own_head: frozenset[str] = OWN_HEAD_PATHS) -> None:
        self.app = app
        self.own_head = own_head

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if (
            scope.get("type") != "http"
            or scope.get("method") != "HEAD"
            or scope.get("path") in self.own_head
        ):
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Any) -> None:
            if message.get("type") != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def headers_only_response(media_type: str, headers: Mapping[str, str]) -> Response:
    """A HEAD answer that says what the GET would send but not its length (RFC 9110 lets HEAD
    leave Content-Length out): the length is known only once the body is built."""
    response = Response(media_type=media_type, headers=dict(headers))
    del response.headers["content-length"]
    return response


class ApiError(Exception):
    """An error with an HTTP status, rendered as {"error": message}."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class ArticleIn(BaseModel):
    """An article posted for ingestion (same fields as a JSON Lines record)."""

    text: str = Field(min_length=1, max_length=5_000_000)
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None


class RejectionOut(BaseModel):
    """One posted record not stored, and why (the other records are stored all the same)."""

    origin: str = Field(description="`api:N`, N the record's place in the list counting from 1")
    reason: str
    at: str | None = Field(None, description="When it was refused (ISO 8601, UTC)")
    index: int | None = Field(
        None, description="The record's place in the posted list, counting from 0"
    )


class IngestResult(BaseModel):
    stored: int
    duplicates: int
    near_duplicates: int
    rejected: int
    rejections: list[RejectionOut]
    article_ids: list[str]
    warnings: list[str] = Field(
        default_factory=list,
        description="What was stored but not as given, one line each (a `published` that is "
        "no date, kept as none; text that was not valid UTF-8): what `newsledger ingest` prints",
    )


class ErrorOut(BaseModel):
    error: str


class MovedOut(BaseModel):
    """An incident id a split, merge or re-resolution retired, and where its reports are now."""

    error: str
    moved_to: list[str] | None = Field(
        None, description="The incidents holding its reports now (absent for an unknown id)"
    )


class IncidentOut(BaseModel):
    """An incident in the output contract (docs/schema.md): these keys always, and the extra
    keys listed there (claims, framing, links, totals, ...). Keys are only ever added."""

    model_config = ConfigDict(extra="allow")

    id: str
    event_type: str | None
    sub_event_type: str | None
    description: str | None
    date: str | None = Field(description="YYYY-MM-DD, first day for coarser precision")
    time_precision: str | None = Field(description="day, week, month or year")
    time_of_day: str | None
    location: dict[str, Any] | None
    mentions: list[dict[str, Any]]
    articles: list[str]
    sources: int = Field(description="independent sources (wire copies count once)")
    actors: list[dict[str, Any]]
    weapons: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class IncidentPageOut(BaseModel):
    """A page of incidents (docs/schema.md, "REST API pages and aggregates")."""

    total: int = Field(description="exact when total_exact, else a lower bound")
    total_exact: bool
    limit: int
    offset: int
    next_cursor: str | None = Field(description="pass back as `cursor`; null on the last page")
    items: list[IncidentOut]


class SearchOut(BaseModel):
    """Full-text matches, newest first, a page at a time."""

    query: str
    total: int
    total_exact: bool
    limit: int
    offset: int
    items: list[IncidentOut]


class BucketOut(BaseModel):
    start: str = Field(description="first day of the bucket (weeks start on Monday)")
    count: int


class TimelineOut(BaseModel):
    """Matching incidents counted per day, week or month, empty buckets included."""

    bucket: str = Field(description="day, week or month")
    first: str | None
    last: str | None
    dated: int
    undated: int
    buckets: list[BucketOut]


class CellOut(BaseModel):
    lon: float = Field(description="centroid of the cell's incidents")
    lat: float
    count: int
    bbox: list[float] = Field(description="[west, south, east, north] of the cell")
    id: str | None = Field(None, description="the incident, when the cell holds one")
    place: str | None = Field(None, description="that incident's place (with `id` only)")
    geo_precision: int | None = Field(
        None,
        description="that incident's place precision (with `id` only): 1 the town, 2 near or "
        "part of a town, 3 only a county, region, country or sea area (its point is the area's "
        "centre)",
    )
    area: bool | None = Field(
        None,
        description="that incident's place is an area, not a town (precision 3 or coarser; "
        "with `id` only): the map draws it as a ring",
    )
    areas: int = Field(
        0,
        description="how many of the cell's incidents are placed only at a county, region, "
        "country or sea area (precision 3 or coarser): the map draws them as one ring with "
        "this count, apart from the incidents placed at a town",
    )
    area_lon: float | None = Field(None, description="centroid of those (when `areas` > 0)")
    area_lat: float | None = None
    area_precision: int | None = Field(
        None, description="the coarsest precision among those (when `areas` > 0)"
    )
    placed_lon: float | None = Field(
        None,
        description="centroid of the cell's other incidents (when it holds both kinds)",
    )
    placed_lat: float | None = None


class MapOut(BaseModel):
    """Matching incidents with coordinates, counted per grid cell."""

    zoom: int
    cell_degrees: float
    located: int
    truncated: bool
    cells: list[CellOut]


def documented(model: type[BaseModel], what: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses naming the answer's model (the handlers send stored JSON as is, for
    speed, so FastAPI would otherwise document an empty schema) and the errors."""
    return {200: {"model": model, "description": what}, **ERROR_RESPONSES}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Unknown id"},
    422: {"model": ErrorOut, "description": "Bad filter or body"},
}


def whole_number(value: object) -> object:
    """A query value for an integer parameter must be written as one: "2.0" or "1e3" is refused
    (pydantic's lax mode would read them as 2 and 1000), so a client's wrong type is a 422."""
    if isinstance(value, str) and not re.fullmatch(r"[+-]?\d+", value):
        raise ValueError("use a whole number, written with digits only")
    return value


WHOLE = BeforeValidator(whole_number)
"""Marks an integer query parameter as digits only (`whole_number`). The bounds go beside it
in the inner type (a `Field`), where FastAPI still writes them into the OpenAPI schema."""

MinSources = Annotated[int, Field(ge=0, le=1_000_000), WHOLE]
PageLimit = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE), WHOLE]
PageOffset = Annotated[int, Field(ge=0, le=10_000_000), WHOLE]
ZoomLevel = Annotated[int, Field(ge=MIN_ZOOM, le=MAX_ZOOM), WHOLE]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' → a checked tuple."""
    if value is None or value == "":
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError as exc:
        raise BadFilterError(f"bbox={value!r}: use min_lon,min_lat,max_lon,max_lat") from exc
    if len(parts) != 4:
        raise BadFilterError(f"bbox={value!r}: use min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise BadFilterError(
            f"bbox={value!r}: longitudes in -180..180, latitudes in -90..90, min ≤ max"
        )
    return min_lon, min_lat, max_lon, max_lat


def incident_filters(
    since: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN,
            description="On or after YYYY-MM-DD (YYYY-MM, YYYY: its first day)",
        ),
    ] = None,
    until: Annotated[
        str | None,
        Query(
            pattern=DATE_PATTERN,
            description="On or before YYYY-MM-DD (YYYY-MM, YYYY: its last day)",
        ),
    ] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    type: Annotated[
        str | None,
        Query(
            max_length=100,
            description="ACLED event type or sub-event type (Riots, Mob violence), or both "
            "as lists show them (Riots / Mob violence)",
        ),
    ] = None,
    min_sources: Annotated[MinSources | None, Query()] = None,
    has_conflict: Annotated[bool | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=200, description="Full-text query")] = None,
) -> dict[str, Any]:
    return {
        "since": since,
        "until": until,
        "place": place or None,
        "bbox": parse_bbox(bbox),
        "type": type or None,
        "min_sources": min_sources,
        "has_conflict": has_conflict,
        "query": q or None,
    }


Filters = Annotated[dict[str, Any], Depends(incident_filters)]


def json_bytes(data: Any) -> bytes:
    """Compact UTF-8 JSON of plain JSON values (stored summaries, aggregates)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def placed_map_json(
    store: Any, flt: IncidentFilter, zoom: int, version: int | None = None
) -> bytes:
    """The map answer as the API sends and caches it: `store.incident_map`'s cells, each
    one-incident cell with its place (`wording.place_cells` over `store.incident_locations`),
    as compact JSON."""
    answer = store.incident_map(flt, zoom, version)
    alone = [cell["id"] for cell in answer["cells"] if cell.get("id")]
    return json_bytes(place_cells(answer, store.incident_locations(alone)))


def fast_json(data: Any) -> Response:
    """JSON straight from stored summaries (already plain JSON values): skips FastAPI's
    per-value encoder, which cost more than the query on a page of 50 incidents."""
    return json_response(json_bytes(data))


def json_response(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Methods of all routes matching `path` (Starlette's 405 names only the first route's),
    HEAD with GET since `HeadAsGet` answers it."""
    methods: set[str] = set()
    for route in app.routes:
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path):
            methods |= set(getattr(route, "methods", None) or ())
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


class AggregateCache:
    """A small LRU of aggregate answers keyed by (data version, question); thread safe."""

    def __init__(self, size: int = AGGREGATE_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def entity_tag(version: int, request: Request) -> str:
    """A strong ETag for this URL at this data version (and this release, whose templates and
    JSON shape may differ)."""
    key = f"{__version__}|{version}|{request.url.path}?{request.url.query}"
    return '"' + hashlib.blake2b(key.encode(), digest_size=12).hexdigest() + '"'


def is_cacheable(request: Request) -> bool:
    path = request.url.path
    return request.method in ("GET", "HEAD") and (
        path == "/" or path.startswith(CACHEABLE_PREFIXES)
    )


def wants_page(request: Request) -> bool:
    """A browser asking for a page, not the API: it gets the site's error page with a way back,
    not a bare {"error": "Not Found"}. A missing file under /static/ or /docs-assets/ opened in
    the address bar is a page too (it answered JSON); a script's or stylesheet's fetch does not
    accept text/html, so it still gets the short JSON answer."""
    path = request.url.path
    if path.startswith("/api/") or path in ("/api", "/openapi.json"):
        return False
    return "text/html" in request.headers.get("accept", "")


ARTICLES_SCHEMA: dict[str, Any] = {"items": ArticleIn.model_json_schema()}
"""The POST body's documented form: a list of ArticleIn. The handler takes `list[Any]` and checks
each record itself, so one bad record is answered alone instead of failing the batch (422)."""


def checked_records(
    records: Sequence[Any],
) -> tuple[list[dict[str, Any]], list[int], list[Rejection]]:
    """The records that are articles (as dicts), their places counting from 1, and a Rejection
    (`api:N`, why) for each that is not."""
    good: list[dict[str, Any]] = []
    numbers: list[int] = []
    refused: list[Rejection] = []
    for number, record in enumerate(records, start=1):
        try:
            good.append(ArticleIn.model_validate(record).model_dump())
        except ValidationError as exc:
            refused.append(Rejection(f"api:{number}", record_problem(exc), datetime.now(UTC)))
            continue
        numbers.append(number)
    return good, numbers, refused


JSON_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    list: "a list",
}
"""What a posted record that is no JSON object is, in JSON's words (pydantic said "Input should
be a valid dictionary or instance of ArticleIn", naming a Python class)."""


def record_problem(exc: ValidationError) -> str:
    """One line for why a posted record is not an article ("text: Field required")."""
    problems = []
    for err in exc.errors():
        given = err.get("input")
        if (
            err.get("type") == "model_type"
            and not err.get("loc")
            and (given is None or type(given) in JSON_TYPE_NAMES)
        ):
            what = "null" if given is None else JSON_TYPE_NAMES[type(given)]
            problems.append(f'an article is a JSON object with "text", not {what}')
            continue
        where, message = ".".join(str(p) for p in err.get("loc", ())), str(err.get("msg"))
        problems.append(f"{where}: {message}" if where else message)
    return "record is not an article: " + "; ".join(problems)


def rejection_out(rejection: Rejection) -> RejectionOut:
    """A refusal as the API answers it, with the record's 0-based `index` in the posted list."""
    number = rejection.origin.rpartition(":")[2]
    return RejectionOut(
        origin=rejection.origin,
        reason=rejection.reason,
        at=rejection.at.isoformat() if rejection.at is not None else None,
        index=int(number) - 1 if number.isdigit() else None,
    )


def not_json_content_type(request: Request) -> str | None:
    """Why a POST body was not read as JSON when its Content-Type is not JSON (`curl -d` sends
    form data's type): a JSON list sent so was answered "the body must be a JSON list"."""
    given = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method != "POST" or given == "application/json" or given.endswith("+json"):
        return None
    said = f"Content-Type {given!r}" if given else "no Content-Type"
    return (
        f"the body was sent with {said}, so it is not read as JSON: send it with "
        "'Content-Type: application/json' (curl: -H 'Content-Type: application/json', or "
        "--json)"
    )


def body_error(errors: Sequence[Any]) -> tuple[int, str] | None:
    """A POST body that is no JSON (400, as the API's docs say; it was a 422 "body.14: JSON
    decode error") or not a list (422 saying to wrap one article in a list), else None."""
    for err in errors:
        loc = tuple(err.get("loc", ()))
        if err.get("type") == "json_invalid":
            where = f" near character {loc[1]}" if len(loc) > 1 else ""
            reason = (err.get("ctx") or {}).get("error") or "not JSON"
            return 400, f"the body is not JSON ({reason}{where}): send a JSON list of articles"
        if loc == ("body",) and err.get("type") == "list_type":
            return 422, (
                'the body must be a JSON list of articles, [{"text": ...}, ...], even for one '
                "article"
            )
    return None


def caused_by_undecodable_bytes(exc: BaseException) -> bool:
    """Whether a UnicodeDecodeError is among the causes of `exc`: FastAPI answers a body it could
    not even decode (bytes that are not UTF-8) with a 400 that names no byte and no encoding,
    raised from the decoding error; its message text is no contract, the cause is."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, UnicodeDecodeError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def undecodable_body(body: bytes) -> str | None:
    """Why a POST body is no UTF-8 text, naming the first bad byte, else None. JSON travels as
    UTF-8 (RFC 8259); a file saved as Windows-1252 ("Café" as one byte 0xE9) is the usual case."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = body[exc.start]
        return (
            f"the body is not UTF-8 (byte 0x{byte:02x} at offset {exc.start}): JSON must be "
            "sent as UTF-8; convert the file first (iconv -f windows-1252 -t utf-8)"
        )
    return None


def _one_of_pattern(values: Sequence[str]) -> str:
    """A query pattern taking exactly `values` (plain words, each alone or after a "-"): the
    words a "-" may precede in every case are written once after "-?" ("^-?(date|sources)$")."""
    bare = list(dict.fromkeys(v.removeprefix("-") for v in values))
    if set(values) == set(bare) | {"-" + v for v in bare}:
        return "^-?(" + "|".join(bare) + ")$"
    return "^(" + "|".join(re.escape(v) for v in values) + ")$"


SORT_PATTERN = _one_of_pattern(SORTS)
"""The `sort` parameter's pattern, from the store's `SORTS`."""
FORMAT_PATTERN = _one_of_pattern(EXPORT_FORMATS)
"""The export `format` parameter's pattern, from `EXPORT_FORMATS`."""

PATTERN_HINTS: dict[str, str] = {
    "since": f"not a date: {DATE_HINT}",
    "until": f"not a date: {DATE_HINT}",
    "sort": SORT_HINT,
    "format": f"use one of {', '.join(EXPORT_FORMATS)}",
}
"""Query parameter -> what to send, for a value its `pattern` refuses: the answer showed the
regular expression ("String should match pattern '^-?(date|sources)$'")."""


def query_problem(err: Mapping[str, Any]) -> str:
    """One refused query parameter as the CLI says it: `name='value': what to send`; other
    locations (path, body) keep pydantic's wording after their dotted location."""
    loc = [str(part) for part in err.get("loc", ())]
    message = str(err.get("msg"))
    if len(loc) != 2 or loc[0] != "query":
        return f"{'.'.join(loc)}: {message}"
    name = loc[1]
    if err.get("type") == "missing":
        return f"{name}: required"
    if err.get("type") == "string_pattern_mismatch" and name in PATTERN_HINTS:
        message = PATTERN_HINTS[name]
    elif err.get("type") == "bool_parsing":
        message = "use true or false"  # pydantic: "Input should be a valid boolean, unable to..."
    message = message.removeprefix("Value error, ")  # pydantic's prefix for a validator's words
    value = err.get("input")
    return f"{name}={value!r}: {message}" if value is not None else f"{name}: {message}"


API_INDEX_HINT = "the endpoints are listed at /api and documented at /docs"


def export_headers(format: str) -> dict[str, str]:
    """The download's file name, the same for GET and HEAD of /api/export."""
    filename = f"newsledger-incidents.{FILE_SUFFIXES[format]}"
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


CORS_ORIGIN = re.compile(r"https?://[^/\s?#]+")
"""What a browser sends as `Origin`: scheme, host and port, no path."""

DEFAULT_PORTS = {"http": 80, "https": 443}
"""Ports a browser leaves out of `Origin`: an origin naming one never matches."""


def origin_as_sent(origin: str) -> str:
    """`origin` written as a browser sends it (host in lower case and IDNA, no credentials, no
    default port): Starlette's CORS compares the header with the given origins exactly."""
    parts = urlsplit(origin)
    host = parts.hostname or ""
    if not host.isascii():
        host = idna.encode(host, uts46=True).decode("ascii")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    port = parts.port
    kept_port = f":{port}" if port is not None and port != DEFAULT_PORTS[parts.scheme] else ""
    return f"{parts.scheme}://{host}{kept_port}"


def cors_origin_problem(origin: str) -> str | None:
    """Why a browser never sends `origin` as written (None when it may)."""
    if origin == "*":
        return None
    if not CORS_ORIGIN.fullmatch(origin):
        return (
            "is no origin: give the scheme and host as a browser sends them, with no path "
            "(https://example.org, http://localhost:3000), or *"
        )
    if "*" in origin:
        return (
            "has a wildcard, which matches no origin: list each origin "
            "(https://www.example.org https://maps.example.org), or give * for any"
        )
    try:
        sent = origin_as_sent(origin)
    except (ValueError, idna.IDNAError) as exc:
        return f"is no origin ({exc}): give the scheme and host, e.g. https://example.org"
    if sent == origin:
        return None
    return (
        f"never matches: a browser sends it as {sent!r} (the host in lower case and IDNA, "
        "no user or password, no default port :80 or :443), so write that"
    )


def check_cors_origins(origins: Sequence[str]) -> None:
    """Refuse an origin no browser sends ("example.org", "https://example.org/",
    "https://Example.org"): it would match nothing, and the page would fail with no word from
    the server."""
    for origin in origins:
        problem = cors_origin_problem(origin)
        if problem is not None:
            raise NewsledgerError(f"--cors-origin {origin!r} {problem}")


def app_from_env() -> FastAPI:
    """The app for `newsledger serve --workers N` (each uvicorn worker calls this factory)."""
    url = os.environ.get(SERVE_DB_ENV)
    if not url:
        raise NewsledgerError(f"{SERVE_DB_ENV} is not set: start workers with `newsledger serve`")
    origins = os.environ.get(SERVE_CORS_ENV, "").split()
    return create_app(
        url, write_token=os.environ.get(SERVE_TOKEN_ENV) or None, cors_origins=origins or None
    )


def create_app(
    db_url: str,
    write_token: str | None = None,
    cors_origins: list[str] | None = None,
) -> FastAPI:
    """The API + web app over the store at `db_url`."""
    ledger = Ledger(db_url)
    write_lock = threading.Lock()
    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="Incidents extracted from news reports, every value with its evidence.",
        docs_url=None,  # served by serve/web.py from local assets (works offline, strict CSP)
        redoc_url=None,
    )
    app.state.ledger = ledger
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        check_cors_origins(cors_origins)
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Response:
        response: Response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    store: Any = ledger.store
    versioned = hasattr(store, "data_version")
    aggregates = AggregateCache()
    if hasattr(store, "keep_overview_columns"):
        store.keep_overview_columns()  # read in the background; SQL answers until it is ready

    def version_of(request: Request) -> int:
        """The data version the ETag middleware read for this request (else read it now)."""
        version = getattr(request.state, "data_version", None)
        return int(version) if version is not None else int(store.data_version())

    @app.middleware("http")
    async def entity_tags(request: Request, call_next: Callable[..., Any]) -> Response:
        if not versioned or not is_cacheable(request):
            response: Response = await call_next(request)
            return response
        version = await run_in_threadpool(store.data_version)
        request.state.data_version = version  # the aggregates' cache key: read once a request
        tag = entity_tag(version, request)
        if tag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers={"ETag": tag, "Cache-Control": CACHE_CONTROL})
        response = await call_next(request)
        if response.status_code == 200:
            response.headers["ETag"] = tag
            response.headers["Cache-Control"] = CACHE_CONTROL
        return response

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(NewsledgerError)
    async def library_error(_: Request, exc: NewsledgerError) -> JSONResponse:
        status = (
            404
            if isinstance(exc, NotFoundError)
            else 422
            if isinstance(exc, BadFilterError)
            else 400
        )
        return JSONResponse({"error": str(exc)}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        body_problem = body_error(exc.errors())
        if body_problem is not None:
            unsaid = not_json_content_type(request)
            if unsaid is not None:
                return JSONResponse({"error": unsaid}, status_code=415)
            return JSONResponse({"error": body_problem[1]}, status_code=body_problem[0])
        problems = "; ".join(query_problem(err) for err in exc.errors())
        return JSONResponse({"error": f"invalid request: {problems}"}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # list every method of every route on this path (RFC 9110)
            headers["Allow"] = ", ".join(allowed_methods(app, request.url.path))
        if exc.status_code in (404, 405) and wants_page(request):
            from newsledger.serve.web import not_allowed_page, not_found_page

            if exc.status_code == 404:
                return not_found_page(request.url.path)
            return not_allowed_page(request.url.path, request.method, headers)
        path = request.url.path
        if exc.status_code == 404 and path.startswith("/api/") and str(exc.detail) == "Not Found":
            return JSONResponse(
                {"error": f"no endpoint {path}: {API_INDEX_HINT}"},  # no route, not an id
                status_code=404,
                headers=headers,
            )
        if exc.status_code == 400 and caused_by_undecodable_bytes(exc):
            said = undecodable_body(await request.body())
            if said is not None:
                return JSONResponse({"error": said}, status_code=400, headers=headers)
        return JSONResponse(
            {"error": str(exc.detail)}, status_code=exc.status_code, headers=headers
        )

    @app.get(
        "/api/incidents",
        tags=["incidents"],
        responses=documented(IncidentPageOut, "A page of matching incidents"),
    )
    def list_incidents(
        filters: Filters,
        sort: Annotated[str, Query(pattern=SORT_PATTERN)] = "-date",
        limit: Annotated[PageLimit, Query()] = 50,
        offset: Annotated[PageOffset, Query()] = 0,
        cursor: Annotated[
            str | None,
            Query(max_length=500, description="next_cursor of the previous page (keyset paging)"),
        ] = None,
    ) -> Response:
        """Incidents matching the filters, a page at a time, with the total count.

        Page with `cursor` (the previous page's `next_cursor`; cost independent of depth) or with
        `offset` (kept for compatibility; deep offsets cost more). `total` is exact when
        `total_exact` is true, else a lower bound (counting stops at a cap).
        """
        flt = ledger.incident_filter(**filters, sort=sort, limit=limit, offset=offset)
        if cursor:
            flt.cursor = decode_cursor(cursor, sort)
        items, last = store.list_summary_page(flt)
        total, exact = store.count_incidents_upto(flt, COUNT_CAP)
        return fast_json(
            {
                "total": total,
                "total_exact": exact,
                "limit": limit,
                "offset": offset,
                "next_cursor": encode_cursor(last, sort) if last is not None else None,
                "items": items,
            }
        )

    @app.get(
        "/api/incidents/timeline",
        tags=["incidents"],
        responses=documented(TimelineOut, "Counts per period"),
    )
    def incident_timeline(request: Request, filters: Filters) -> Response:
        """Counts of every matching incident per day, week or month (chosen from the span of
        their dates: up to ~3 months per day, up to 2 years per week, else per month), with
        empty buckets included, plus the number of undated matches."""
        flt = ledger.incident_filter(**filters)
        version = version_of(request)
        key = ("timeline", version, repr(flt))
        return json_response(
            aggregates.get_or_compute(
                key, lambda: json_bytes(store.incident_timeline(flt, version))
            )
        )

    @app.get(
        "/api/incidents/map",
        tags=["incidents"],
        responses=documented(MapOut, "Counts per grid cell"),
    )
    def incident_map(
        request: Request,
        filters: Filters,
        zoom: Annotated[ZoomLevel, Query(description="Grid level: cells of 45/2^zoom degrees")] = 2,
    ) -> Response:
        """Every matching incident with coordinates, counted per grid cell (count, centroid,
        cell bounds; a one-incident cell names it, its place and the place's precision). Zoom
        in by asking again with the cell's bounds as `bbox` and a higher `zoom`."""
        flt = ledger.incident_filter(**filters)
        version = version_of(request)
        key = ("map", version, repr(flt), zoom)
        return json_response(
            aggregates.get_or_compute(key, lambda: placed_map_json(store, flt, zoom, version))
        )

    @app.get(
        "/api/incidents/{incident_id}",
        tags=["incidents"],
        responses={
            **documented(IncidentOut, "The incident"),
            307: {
                "model": MovedOut,
                "description": "A retired id whose reports are all in one incident now "
                "(`Location` is that incident)",
            },
            404: {
                "model": MovedOut,
                "description": "Unknown id; a retired id split into several incidents lists "
                "them in `moved_to`",
            },
        },
    )
    def get_incident(incident_id: str) -> Response:
        """One incident: consensus, every claim with its span and source, conflicts, framing.
        The incidents that hold reports split off from it, if any, are in a `Link` header
        (rel="related"), so the body stays the incident the list gives.

        An id that a split, merge or re-resolution retired (ids are their earliest report's
        hash) answers where its reports went: a 307 redirect to the one incident holding them
        all, or a 404 whose `moved_to` lists the incidents it was split into."""
        try:
            summary = ledger.incident(incident_id)
        except IncidentMovedError as exc:
            if len(exc.moved_to) == 1:
                return JSONResponse(
                    {"error": str(exc), "moved_to": exc.moved_to},
                    status_code=307,
                    headers={"Location": f"/api/incidents/{exc.moved_to[0]}"},
                )
            return JSONResponse({"error": str(exc), "moved_to": exc.moved_to}, status_code=404)
        response = fast_json(summary)  # the contract's incident, as the list gives it
        moved_to = ledger.moved_to(str(summary.get("id")))
        if moved_to:
            response.headers["Link"] = ", ".join(
                f'</api/incidents/{other}>; rel="related"' for other in moved_to
            )
        return response

    @app.get("/api/articles", tags=["articles"], responses=ERROR_RESPONSES)
    def list_articles(
        limit: Annotated[PageLimit, Query()] = 50,
        offset: Annotated[PageOffset, Query()] = 0,
    ) -> dict[str, Any]:
        """Stored articles, a page at a time."""
        return {
            "total": ledger.store.count_articles(),
            "limit": limit,
            "offset": offset,
            "items": ledger.articles(limit=limit, offset=offset),
        }

    @app.get("/api/articles/{article_id}", tags=["articles"], responses=ERROR_RESPONSES)
    def get_article(article_id: str) -> dict[str, Any]:
        """One article with its text and the mentions extracted from it."""
        article = ledger.article(article_id)
        data = article_json(article) | {"text": article.text}
        data["mentions"] = [m.to_json() for m in ledger.mentions(article.id)]
        return data

    @app.get(
        "/api/search",
        tags=["incidents"],
        responses=documented(SearchOut, "Matching incidents, newest first"),
    )
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Annotated[PageLimit, Query()] = 20,
        offset: Annotated[PageOffset, Query()] = 0,
    ) -> Response:
        """Full-text search over incidents (SQLite FTS5 / PostgreSQL tsvector), newest first,
        with how many match (`total`, exact when `total_exact`) and `offset` for the next
        page: the same answer as `/api/incidents?q=` without its other filters."""
        flt = ledger.incident_filter(query=q, limit=limit, offset=offset, sort="-date")
        items, _ = store.list_summary_page(flt)
        total, exact = store.count_incidents_upto(flt, COUNT_CAP)
        return fast_json(
            {
                "query": q,
                "total": total,
                "total_exact": exact,
                "limit": limit,
                "offset": offset,
                "items": items,
            }
        )

    export_content: dict[str, Any] = {media: {} for media in sorted(set(MEDIA_TYPES.values()))}

    @app.get(
        "/api/export",
        tags=["export"],
        response_class=Response,
        responses={
            200: {"content": export_content, "description": "The export file"},
            **ERROR_RESPONSES,
        },
    )
    def export(
        filters: Filters,
        format: Annotated[str, Query(pattern=FORMAT_PATTERN)] = "acled",
    ) -> Response:
        """The filtered incidents as ACLED CSV, GeoJSON, JSON, CSV or Parquet."""
        from newsledger.serve.web import article_lookup

        body = render_export(ledger.incidents(**filters), format, article_lookup(ledger))
        return Response(body, media_type=MEDIA_TYPES[format], headers=export_headers(format))

    @app.head("/api/export", include_in_schema=False)
    def export_head(
        filters: Filters,
        format: Annotated[str, Query(pattern=FORMAT_PATTERN)] = "acled",
    ) -> Response:
        """The export's headers without building it (see OWN_HEAD_PATHS); the filters are
        checked as the GET checks them, so a bad one is the GET's 422."""
        ledger.incident_filter(**filters)
        return headers_only_response(MEDIA_TYPES[format], export_headers(format))

    @app.post(
        "/api/articles",
        tags=["articles"],
        status_code=201,
        response_model=IngestResult,
        responses={
            400: {"model": ErrorOut, "description": "The body is not JSON"},
            415: {
                "model": ErrorOut,
                "description": "The body is not sent as JSON (Content-Type)",
            },
            401: {"model": ErrorOut, "description": "No token"},
            403: {"model": ErrorOut, "description": "Wrong token, or a read-only server"},
            422: {
                "model": ErrorOut,
                "description": "The body is not a list (a bad record in the list is answered "
                "in `rejections` of the 201, and the others are stored)",
            },
        },
    )
    def post_articles(
        articles: Annotated[list[Any], Body(json_schema_extra=ARTICLES_SCHEMA)],
        authorization: Annotated[str | None, Header()] = None,
    ) -> IngestResult:
        """Ingest articles (needs the server's write token as a bearer token). A record that
        is not an article (no text, a field of the wrong type) is answered in `rejections` by
        its `index` and reason and the others are stored, as one bad file never stops
        `newsledger ingest`: the answer is 201 whenever the body is a list."""
        if write_token is None:
            raise ApiError(403, "this server is read-only: start it with --write-token to ingest")
        if not authorization or not authorization.lower().startswith("bearer "):
            raise ApiError(401, "missing token: send 'Authorization: Bearer <write token>'")
        given = authorization[7:].strip().encode()
        if not hmac.compare_digest(given, write_token.encode()):
            raise ApiError(403, "wrong write token")
        from newsledger.ingest.runner import ingest_records

        good, numbers, refused = checked_records(articles)
        with write_lock:
            summary = ingest_records(good, ledger.store, "api", numbers, refused)
            ledger.extract(count_waiting=False)  # the answer shows no waiting count
        return IngestResult(
            stored=summary.stored,
            duplicates=summary.duplicates,
            near_duplicates=summary.near_duplicates,
            rejected=summary.rejected,
            rejections=[rejection_out(r) for r in summary.rejections],
            article_ids=list(summary.stored_ids),
            warnings=list(summary.warnings),
        )

    @app.get("/api", tags=["meta"])
    def api_index() -> dict[str, Any]:
        """The API's endpoints, for a reader who opens /api first (it answered a bare
        {"error": "Not Found"}): method and path of each, and where they are documented."""
        endpoints = sorted(
            (route.path, method)
            for route in app.routes
            if isinstance(route, APIRoute)
            and route.path.startswith("/api/")
            and route.include_in_schema  # not export's HEAD: every GET takes HEAD
            for method in route.methods or ()
        )
        return {
            "version": __version__,
            "docs": "/docs",
            "openapi": "/openapi.json",
            "endpoints": [f"{method} {path}" for path, method in endpoints],
        }

    @app.get("/healthz", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness, and whether this worker's overview columns are of the current data
        (`overview_columns`: ready, loading, or off): until ready, aggregates ask SQL."""
        keeper = getattr(store, "columns_keeper", None)
        columns = "off"
        if keeper is not None:
            columns = "ready" if keeper.current(store.data_version()) is not None else "loading"
        return {"status": "ok", "version": __version__, "overview_columns": columns}

    from newsledger.serve.web import add_web_routes

    add_web_routes(app, ledger)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(HeadAsGet)
    return app


def html_response(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status)
