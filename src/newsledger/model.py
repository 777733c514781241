"""The typed records every stage of newsledger speaks.

An `Article` is normalised once at ingest; every `Span` points into `Article.text` forever.
A `Claim` is one value one article gives for one field, with the span it came from and whose claim
it is. A `Mention` is one incident as one article tells it; an `Incident` gathers the mentions of
the same real-world event from several articles.

Records are plain dataclasses so they cross process boundaries (Spark, the API) as JSON.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import PurePath
from typing import Any, Literal

JSONValue = str | int | float | bool | None | dict[str, Any] | list[Any]

DatePrecision = Literal["day", "week", "month", "year"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague", "unknown"]
Role = Literal["agent", "target", "other"]

FIGURE_KINDS = ("participants", "present", "injured", "hospitalised", "killed", "arrested", "other")
"""The counted things a mention reports (`Claim.kind` of a `figure` claim)."""

CLAIM_FIELDS = (
    "event_type",
    "sub_event_type",
    "description",
    "date",
    "time_of_day",
    "location",
    "sublocation",
    "actor",
    "figure",
    "weapon",
    "person",
)
"""Every `Claim.field` value an extractor may produce."""


def normalise_text(text: str) -> str:
    """Normalise article text once, at ingest: NFC, unix newlines, no trailing spaces on lines.

    Spans are offsets into the result, so this must never change for a stored article.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    blank = 0
    for line in lines:
        if line.strip():
            blank = 0
            out.append(line)
        else:
            blank += 1
            if blank == 1 and out:
                out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def article_id_for(normalised_text: str) -> str:
    """Content hash of normalised text: the same text always gets the same id (idempotent)."""
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One news report, its text normalised once (see `normalise_text`)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    published: date | None = None
    published_precision: DatePrecision | None = None
    ingested_at: datetime | None = None
    origin: str | None = None
    duplicate_of: str | None = None
    published_from: str | None = None
    """Where the publication date came from: header, html-meta, json-ld, url, dateline,
    byline-stamp, feed or warc (see ingest/published.py); None without a date."""

    @property
    def file_name(self) -> str | None:
        """The name of the file the article was read from ("report.txt"): what the user gave,
        so the way to name a source that states no outlet; None when the origin is no path."""
        origin = (self.origin or "").strip()
        if origin and ("/" in origin or "." in PurePath(origin).name):
            return PurePath(origin).name
        return None

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Article:
        """Build an article whose id is the hash of its normalised text."""
        norm = normalise_text(text)
        return cls(id=article_id_for(norm), text=norm, **fields)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data["ingested_at"] = self.ingested_at.isoformat() if self.ingested_at else None
        return data


@dataclass(frozen=True, slots=True)
class Rejection:
    """A file or record that could not become an article, and why (one line a user can act on).

    `at` is when it was refused (UTC): set by the ingest run and kept by the store, so a user can
    tell today's refusals from last month's. It takes no part in equality (one refusal is the same
    whenever it was seen again)."""

    origin: str
    reason: str
    at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: characters `start:end` of an article's normalised text."""

    article_id: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(data["article_id"], int(data["start"]), int(data["end"]), data["text"])


@dataclass(slots=True)
class Claim:
    """One value one article gives for one field, with its evidence and whose claim it is.

    Field-specific details:
    - `figure`: `value` is the count (int, lower bound for `range`), `max_value` the upper bound,
      `kind` one of FIGURE_KINDS, `actor` whose count it is (police, migrants...), `item` what was
      counted for kind `other` ("tear gas canisters"). `qualifier` "unknown" with value None is an
      explicit unknown ("no reports on the number of migrants wounded"). `refers_to`, for
      one person told by a pronoun ("he was shot in the leg"), the words the pronoun stands
      for (`extract.referents`; None when nothing fits): the evidence of whom the pronoun's
      count is of, and of its side ("the suspect ... He later died": a dead perpetrator).
    - `actor`: `value` the name as written, `kind` the normalised actor type, `role` agent/target,
      `item` the ACLED inter code as a string.
    - `weapon`: `value` the normalised weapon, `actor` who used it.
    - `date`: `value` "YYYY-MM-DD", `qualifier` the precision (day/week/month/year).
    - `location`: `value` a dict (name, country_code, admin1, admin2, latitude, longitude,
      geo_precision, geonames_id).
    """

    field: str
    value: JSONValue
    span: Span
    qualifier: str = "exact"
    attributed_to: str | None = None
    kind: str | None = None
    actor: str | None = None
    item: str | None = None
    role: str | None = None
    max_value: int | None = None
    refers_to: Span | None = None

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k not in ("span", "refers_to")}
        data["span"] = self.span.to_json()
        data["refers_to"] = None if self.refers_to is None else self.refers_to.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        fields = {k: v for k, v in data.items() if k not in ("span", "refers_to")}
        referent = data.get("refers_to")
        return cls(
            span=Span.from_json(data["span"]),
            refers_to=None if referent is None else Span.from_json(referent),
            **fields,
        )


@dataclass(slots=True)
class Quote:
    """An attributed statement: who said what, with which verb, through which medium."""

    speaker: str | None
    affiliation: str | None
    cue: str | None
    content: str
    span: Span
    medium: str | None = None
    speaker_span: Span | None = None
    direct: bool = True
    mention_index: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "affiliation": self.affiliation,
            "cue": self.cue,
            "content": self.content,
            "medium": self.medium,
            "direct": self.direct,
            "article_id": self.span.article_id,
            "start": self.span.start,
            "end": self.span.end,
            "speaker_span": self.speaker_span.to_json() if self.speaker_span else None,
            "mention_index": self.mention_index,
            "span_text": self.span.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        span = Span(data["article_id"], int(data["start"]), int(data["end"]), data["content"])
        if "span_text" in data:
            span = Span(data["article_id"], int(data["start"]), int(data["end"]), data["span_text"])
        speaker_span = data.get("speaker_span")
        return cls(
            speaker=data.get("speaker"),
            affiliation=data.get("affiliation"),
            cue=data.get("cue"),
            content=data["content"],
            span=span,
            medium=data.get("medium"),
            speaker_span=Span.from_json(speaker_span) if speaker_span else None,
            direct=bool(data.get("direct", True)),
            mention_index=data.get("mention_index"),
        )


@dataclass(slots=True)
class Mention:
    """One incident as one article tells it: its claims, quotes and whether it is the main story."""

    article_id: str
    index: int
    main: bool
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    anchor: Span | None = None
    not_attempted: list[str] = field(default_factory=list)
    framing: dict[str, Any] | None = None
    """Main mentions only: who the headline and lead make the agent of the violence, and which
    kinds of sources the article quotes (see extract/framing.py)."""

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.index}"

    def claims_for(self, field_name: str) -> list[Claim]:
        return [c for c in self.claims if c.field == field_name]

    def first(self, field_name: str) -> Claim | None:
        for claim in self.claims:
            if claim.field == field_name:
                return claim
        return None

    def totals(self) -> dict[str, dict[str, Any]]:
        """One count per kind over all sides (see extract/totals.py), derived from the claims."""
        from newsledger.extract.totals import mention_totals

        return mention_totals(self.claims)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "index": self.index,
            "main": self.main,
            "anchor": self.anchor.to_json() if self.anchor else None,
            "claims": [c.to_json() for c in self.claims],
            "totals": self.totals(),
            "quotes": [q.to_json() for q in self.quotes],
            "not_attempted": self.not_attempted,
            "framing": self.framing,
            "acled_actors": self.acled_actors(),
        }

    def acled_actors(self) -> dict[str, Any]:
        """actor1, actor2 and associated actors of this mention in ACLED's terms, each with its
        inter code and evidence span (`extract.acled_actors`)."""
        from newsledger.extract.acled_actors import acled_sides_of_claims

        return acled_sides_of_claims(self.claims).to_json()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        anchor = data.get("anchor")
        return cls(
            article_id=data["article_id"],
            index=int(data["index"]),
            main=bool(data["main"]),
            claims=[Claim.from_json(c) for c in data.get("claims", [])],
            quotes=[Quote.from_json(q) for q in data.get("quotes", [])],
            anchor=Span.from_json(anchor) if anchor else None,
            not_attempted=list(data.get("not_attempted", [])),
            framing=data.get("framing"),
        )


@dataclass(slots=True)
class Conflict:
    """Independent sources disagree on a field beyond their qualifiers."""

    field: str
    values: list[JSONValue]
    article_ids: list[str]
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "values": self.values,
            "article_ids": self.article_ids,
            "detail": self.detail,
        }


@dataclass(slots=True)
class Incident:
    """Mentions of the same real-world incident, with consensus per field and conflicts.

    `summary` holds the resolved output-contract view (see docs/schema.md) computed by merge/.
    """

    id: str
    mentions: list[Mention] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
