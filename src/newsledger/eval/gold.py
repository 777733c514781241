"""Gold annotations: load, validate and re-anchor them on the article text.

A gold file (format `newsledger-gold/1`, documented in docs/gold-format.md) describes one article:
where its text is, its publication date, and every incident it mentions with the expected value
of each field of the output contract. Evidence is given as character offsets into the article's
normalised text (`Article.text`, as the ingest reader builds it) together with the spanned text
(or, for long spans, its first and last words), so the offsets survive a change in how ingest
trims the file: when `text[start:end]` is not the recorded text, the loader looks for it nearest
to the recorded offset and fails loudly, naming the file and field, when it is not there at all.

Gold files hold facts and short evidence phrases only, never whole paragraphs of the article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.errors import GoldFormatError, NewsledgerError
from newsledger.model import FIGURE_KINDS, Article, Claim, Mention, Quote, Span

GOLD_FORMAT = "newsledger-gold/1"
"""Value of the `format` key; bumped when a key changes meaning."""

MAX_SPAN_TEXT = 80
"""Longest span stored with its full `text`; longer spans keep only `head` and `tail` words, so a
gold file never carries whole paragraphs of a third-party article."""

HEAD_TAIL_CHARS = 24
"""Characters of a long span kept at each end (`head`, `tail`) to re-anchor it."""

MAX_LENGTH_DRIFT = 0.25
"""A re-anchored long span may differ in length from the recorded one by at most this fraction
(text normalisation can change whitespace, not the words)."""

ANCESTOR_LEVELS = 6
"""How far up from a gold file `source` paths are looked for (gold dir, repo, repo/../shared)."""

TIME_PRECISIONS = ("day", "week", "month", "year")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague", "unknown")
ROLES = ("agent", "target", "other")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """Evidence resolved on the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldValue:
    """A single-valued field: the expected value, other acceptable values, evidence."""

    value: str
    accept: tuple[str, ...] = ()
    spans: tuple[GoldSpan, ...] = ()

    def accepts(self, candidate: str | None) -> bool:
        return candidate is not None and candidate in (self.value, *self.accept)


@dataclass(frozen=True, slots=True)
class GoldLocation:
    name: str
    country_code: str | None
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    geonames_id: int | None
    geo_precision: int
    spans: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldSublocation:
    value: str
    optional: bool = False
    spans: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    type: str
    role: str
    accept_roles: tuple[str, ...] = ()
    optional: bool = False
    spans: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldFigure:
    kind: str
    actor: str | None
    value: int | None
    qualifier: str
    item: str | None = None
    max_value: int | None = None
    accept_kinds: tuple[str, ...] = ()
    accept_qualifiers: tuple[str, ...] = ()
    attributed_to: str | None = None
    optional: bool = False
    spans: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldWeapon:
    name: str
    used_by: str | None
    optional: bool = False
    spans: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """An attributed statement; `content` is joined from `content_spans` at load time."""

    speaker: str | None
    affiliation: str | None
    cue: str | None
    medium: str | None
    content: str
    content_spans: tuple[GoldSpan, ...]
    direct: bool = True
    optional: bool = False
    speaker_span: GoldSpan | None = None


@dataclass(frozen=True, slots=True)
class GoldMention:
    main: bool
    label: str
    anchor: GoldSpan | None
    event_type: GoldValue | None
    sub_event_type: GoldValue | None
    date: GoldValue | None
    time_precision: str | None
    time_of_day: GoldValue | None
    location: GoldLocation | None
    optional: bool = False
    sublocation: tuple[GoldSublocation, ...] = ()
    actors: tuple[GoldActor, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    weapons: tuple[GoldWeapon, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()

    def spans(self) -> Iterator[GoldSpan]:
        """Every evidence span of the mention (used to align predicted mentions)."""
        if self.anchor:
            yield self.anchor
        for value in (self.event_type, self.sub_event_type, self.date, self.time_of_day):
            if value:
                yield from value.spans
        if self.location:
            yield from self.location.spans
        for group in (self.sublocation, self.actors, self.figures, self.weapons):
            for item in group:
                yield from item.spans
        for quote in self.quotes:
            yield from quote.content_spans


@dataclass(slots=True)
class GoldArticle:
    """One gold file, resolved on its article."""

    path: Path
    source: str
    article: Article
    published: date | None
    language: str
    mentions: list[GoldMention] = field(default_factory=list)
    notes: str = ""

    @property
    def main(self) -> GoldMention | None:
        return next((m for m in self.mentions if m.main), None)


def span_json(text: str, start: int, end: int) -> dict[str, Any]:
    """The gold-file form of `text[start:end]` (full text when short, head and tail when long)."""
    piece = text[start:end]
    if len(piece) <= MAX_SPAN_TEXT:
        return {"start": start, "end": end, "text": piece}
    return {
        "start": start,
        "end": end,
        "head": piece[:HEAD_TAIL_CHARS],
        "tail": piece[-HEAD_TAIL_CHARS:],
    }


def resolve_source(source: str, gold_file: Path) -> Path:
    """The article file a gold `source` names: relative to the gold folder, the repository or
    the shared folder beside it (`seeds/x.txt` is `../shared/seeds/x.txt` from the repo)."""
    tried: list[Path] = []
    for base in [gold_file.parent, *gold_file.resolve().parents][:ANCESTOR_LEVELS]:
        for candidate in (base / source, base / "shared" / source):
            if candidate.is_file():
                return candidate
            tried.append(candidate)
    raise GoldFormatError(
        f"{gold_file}: source {source!r} not found (looked beside the gold file, in the "
        "repository and in the shared folder beside it); fix the path or add the article"
    )


def read_article(path: Path) -> Article:
    """Read an article with the ingest readers, so gold offsets point into the same text.

    The detected language is kept as ingest set it (the scorer checks it against the gold's)."""
    from newsledger.ingest.readers import read_file

    items = list(read_file(path))
    found = [item for item in items if isinstance(item, Article)]
    if len(found) != 1:
        reasons = "; ".join(str(getattr(i, "reason", i)) for i in items if i not in found)
        raise GoldFormatError(f"{path}: expected one article, got {len(found)} ({reasons})")
    return found[0]


class _Parser:
    """Validates one gold file and resolves its spans on the article text."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, where: str, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.path}: {where}: {message}")

    def get(
        self,
        obj: dict[str, Any],
        key: str,
        kinds: type | tuple[type, ...],
        where: str,
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        if not isinstance(obj, dict):
            raise self.fail(where, f"expected an object, got {type(obj).__name__}")
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(f"{where}.{key}", "missing (required)")
            return default
        value = obj[key]
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in _tuple(kinds)):
            raise self.fail(f"{where}.{key}", f"expected {_names(kinds)}, got {value!r}")
        return value

    def choice(self, value: str | None, allowed: Sequence[str], where: str) -> None:
        if value is not None and value not in allowed:
            raise self.fail(where, f"{value!r} is not one of {', '.join(allowed)}")

    def span(self, data: Any, where: str) -> GoldSpan:
        start = self.get(data, "start", int, where)
        end = self.get(data, "end", int, where)
        if "text" in data:
            return self._anchor_text(str(data["text"]), start, end, where)
        head = self.get(data, "head", str, where)
        tail = self.get(data, "tail", str, where)
        return self._anchor_head_tail(head, tail, start, end, where)

    def spans(self, obj: dict[str, Any], where: str, key: str = "spans") -> tuple[GoldSpan, ...]:
        items = self.get(obj, key, list, where, required=False, default=[])
        return tuple(self.span(s, f"{where}.{key}[{i}]") for i, s in enumerate(items))

    def _anchor_text(self, piece: str, start: int, end: int, where: str) -> GoldSpan:
        if not piece:
            raise self.fail(where, "empty span text")
        if self.text[start:end] == piece:
            return GoldSpan(start, end, piece)
        found = _nearest(self.text, piece, start)
        if found < 0:
            raise self.fail(where, f"span text {piece!r} is not in the article text")
        return GoldSpan(found, found + len(piece), piece)

    def _anchor_head_tail(self, head: str, tail: str, start: int, end: int, where: str) -> GoldSpan:
        length = end - start
        if self.text[start:end].startswith(head) and self.text[start:end].endswith(tail):
            return GoldSpan(start, end, self.text[start:end])
        head_at = _nearest(self.text, head, start)
        if head_at < 0:
            raise self.fail(where, f"span head {head!r} is not in the article text")
        tail_at = self.text.find(tail, head_at + max(len(head), len(tail)) - len(tail))
        new_end = tail_at + len(tail)
        if tail_at < 0 or abs((new_end - head_at) - length) > MAX_LENGTH_DRIFT * length:
            raise self.fail(where, f"span tail {tail!r} not found after its head {head!r}")
        return GoldSpan(head_at, new_end, self.text[head_at:new_end])

    def value(
        self, obj: dict[str, Any], key: str, where: str, allowed: Sequence[str] | None = None
    ) -> GoldValue | None:
        data = self.get(obj, key, dict, where, required=False)
        if data is None:
            return None
        here = f"{where}.{key}"
        value = self.get(data, "value", str, here)
        accept = tuple(self.get(data, "accept", list, here, required=False, default=[]))
        if allowed is not None:
            for v in (value, *accept):
                self.choice(v, allowed, f"{here}.value")
        return GoldValue(value, accept, self.spans(data, here))

    def location(self, obj: dict[str, Any], where: str) -> GoldLocation | None:
        data = self.get(obj, "location", dict, where, required=False)
        if data is None:
            return None
        here = f"{where}.location"
        precision = self.get(data, "geo_precision", int, here)
        self.choice(str(precision), ("1", "2", "3"), f"{here}.geo_precision")
        return GoldLocation(
            name=self.get(data, "name", str, here),
            country_code=self.get(data, "country_code", str, here, required=False),
            admin1=self.get(data, "admin1", str, here, required=False),
            admin2=self.get(data, "admin2", str, here, required=False),
            latitude=float(self.get(data, "latitude", (int, float), here)),
            longitude=float(self.get(data, "longitude", (int, float), here)),
            geonames_id=self.get(data, "geonames_id", int, here, required=False),
            geo_precision=precision,
            spans=self.spans(data, here),
        )

    def figure(self, data: dict[str, Any], where: str) -> GoldFigure:
        kind = self.get(data, "kind", str, where)
        accept_kinds = tuple(
            self.get(data, "accept_kinds", list, where, required=False, default=[])
        )
        for k in (kind, *accept_kinds):
            self.choice(k, FIGURE_KINDS, f"{where}.kind")
        qualifier = self.get(data, "qualifier", str, where)
        accept_q = tuple(
            self.get(data, "accept_qualifiers", list, where, required=False, default=[])
        )
        for q in (qualifier, *accept_q):
            self.choice(q, QUALIFIERS, f"{where}.qualifier")
        value = self.get(data, "value", int, where, required=qualifier not in ("unknown", "vague"))
        return GoldFigure(
            kind=kind,
            actor=self.get(data, "actor", str, where, required=False),
            value=value,
            qualifier=qualifier,
            item=self.get(data, "item", str, where, required=False),
            max_value=self.get(data, "max_value", int, where, required=False),
            accept_kinds=accept_kinds,
            accept_qualifiers=accept_q,
            attributed_to=self.get(data, "attributed_to", str, where, required=False),
            optional=self.get(data, "optional", bool, where, required=False, default=False),
            spans=self.spans(data, where),
        )

    def quote(self, data: dict[str, Any], where: str) -> GoldQuote:
        parts = self.spans(data, where, key="content_spans")
        if not parts:
            raise self.fail(f"{where}.content_spans", "a quote needs at least one content span")
        speaker_span = data.get("speaker_span")
        return GoldQuote(
            speaker=self.get(data, "speaker", str, where, required=False),
            affiliation=self.get(data, "affiliation", str, where, required=False),
            cue=self.get(data, "cue", str, where, required=False),
            medium=self.get(data, "medium", str, where, required=False),
            content=" ".join(p.text for p in parts),
            content_spans=parts,
            direct=self.get(data, "direct", bool, where, required=False, default=True),
            optional=self.get(data, "optional", bool, where, required=False, default=False),
            speaker_span=self.span(speaker_span, f"{where}.speaker_span") if speaker_span else None,
        )

    def mention(self, data: dict[str, Any], where: str) -> GoldMention:
        anchor = data.get("anchor")
        date_value = self.value(data, "date", where)
        if date_value is not None:
            _parse_date(date_value.value, self.fail(f"{where}.date", "not YYYY-MM-DD"))
        precision = self.get(data, "time_precision", str, where, required=False)
        self.choice(precision, TIME_PRECISIONS, f"{where}.time_precision")
        if (precision is None) != (date_value is None):
            raise self.fail(f"{where}.time_precision", "given exactly when `date` is given")

        def items(key: str) -> list[tuple[dict[str, Any], str]]:
            raw = self.get(data, key, list, where, required=False, default=[])
            return [(item, f"{where}.{key}[{i}]") for i, item in enumerate(raw)]

        actors = []
        for item, here in items("actors"):
            role = self.get(item, "role", str, here)
            accept_roles = tuple(
                self.get(item, "accept_roles", list, here, required=False, default=[])
            )
            for r in (role, *accept_roles):
                self.choice(r, ROLES, f"{here}.role")
            actors.append(
                GoldActor(
                    name=self.get(item, "name", str, here),
                    type=self.get(item, "type", str, here),
                    role=role,
                    accept_roles=accept_roles,
                    optional=self.get(item, "optional", bool, here, required=False, default=False),
                    spans=self.spans(item, here),
                )
            )
        return GoldMention(
            main=self.get(data, "main", bool, where),
            label=self.get(data, "label", str, where),
            anchor=self.span(anchor, f"{where}.anchor") if anchor else None,
            optional=self.get(data, "optional", bool, where, required=False, default=False),
            event_type=self.value(data, "event_type", where),
            sub_event_type=self.value(data, "sub_event_type", where),
            date=date_value,
            time_precision=precision,
            time_of_day=self.value(data, "time_of_day", where),
            location=self.location(data, where),
            sublocation=tuple(
                GoldSublocation(
                    self.get(item, "value", str, here),
                    self.get(item, "optional", bool, here, required=False, default=False),
                    self.spans(item, here),
                )
                for item, here in items("sublocation")
            ),
            actors=tuple(actors),
            figures=tuple(self.figure(item, here) for item, here in items("figures")),
            weapons=tuple(
                GoldWeapon(
                    self.get(item, "name", str, here),
                    self.get(item, "used_by", str, here, required=False),
                    self.get(item, "optional", bool, here, required=False, default=False),
                    self.spans(item, here),
                )
                for item, here in items("weapons")
            ),
            quotes=tuple(self.quote(item, here) for item, here in items("quotes")),
        )


def load_gold_file(path: Path, article: Article | None = None) -> GoldArticle:
    """Load and validate one gold file; its spans are re-anchored on `article` (read from the
    file's `source` with the ingest reader when not given)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: not readable JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise GoldFormatError(f"{path}: `format` must be {GOLD_FORMAT!r}")
    source = data.get("source")
    if not isinstance(source, str) or not source:
        raise GoldFormatError(f"{path}: `source` (the article file) is missing")
    language = data.get("language") or "en"
    if article is None:
        source_path = resolve_source(source, path)
        try:
            article = read_article(source_path)
        except GoldFormatError:
            raise
        except NewsledgerError as exc:
            raise GoldFormatError(f"{path}: cannot read {source_path}: {exc}") from exc
    published_raw = data.get("published")
    published = None
    if published_raw is not None:
        published = _parse_date(
            str(published_raw),
            GoldFormatError(f"{path}: published: {published_raw!r} is not YYYY-MM-DD"),
        )
    parser = _Parser(path, article.text)
    raw_mentions = parser.get(data, "mentions", list, "gold")
    mentions = [parser.mention(m, f"mentions[{i}]") for i, m in enumerate(raw_mentions)]
    if sum(m.main for m in mentions) > 1:
        raise GoldFormatError(f"{path}: more than one mention has main: true")
    return GoldArticle(
        path, source, article, published, language, mentions, str(data.get("notes", ""))
    )


def gold_files(folder: Path) -> list[Path]:
    """The gold files of a folder in name order, or of its sub-folders when it has none itself
    (so `tests/gold` scores every set)."""
    direct = sorted(folder.glob("*.json"))
    if direct:
        return direct
    return sorted(folder.glob("*/*.json"))


def declares_gold(path: Path) -> bool:
    """Whether a file is meant as gold: a JSON object with a `format` key, whatever its value
    (a wrong one is `load_gold_file`'s to name). Why: a folder of articles, `.json` ones
    included, given to `eval` was refused over its first file's JSON, as broken gold. A file
    that is no readable JSON is gold when it names the gold format, so a gold file's syntax slip
    is named as such, not taken for an article."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return GOLD_FORMAT in text
    return isinstance(data, dict) and "format" in data


def load_gold_dir(folder: Path, limit: int | None = None) -> list[GoldArticle]:
    """Every gold file in a folder, validated."""
    paths = gold_files(folder)
    if not paths:
        raise GoldFormatError(f"{folder}: no gold files (*.json) in this folder")
    return [load_gold_file(p) for p in paths[:limit]]


def gold_to_mentions(gold: GoldArticle) -> list[Mention]:
    """The gold as predicted mentions (an oracle extractor): scoring them must give 1.0."""
    article_id = gold.article.id
    text = gold.article.text
    ordered = sorted(gold.mentions, key=lambda m: not m.main)

    def span(spans: Sequence[GoldSpan]) -> Span:
        first = spans[0] if spans else GoldSpan(0, 0, "")
        return Span(article_id, first.start, first.end, text[first.start : first.end])

    mentions: list[Mention] = []
    for index, gm in enumerate(ordered):
        claims: list[Claim] = []
        for name, value in (
            ("event_type", gm.event_type),
            ("sub_event_type", gm.sub_event_type),
            ("time_of_day", gm.time_of_day),
        ):
            if value:
                claims.append(Claim(name, value.value, span(value.spans)))
        if gm.date:
            claims.append(
                Claim(
                    "date", gm.date.value, span(gm.date.spans), qualifier=gm.time_precision or "day"
                )
            )
        if gm.location:
            loc = gm.location
            claims.append(
                Claim(
                    "location",
                    {
                        "name": loc.name,
                        "country_code": loc.country_code,
                        "admin1": loc.admin1,
                        "admin2": loc.admin2,
                        "latitude": loc.latitude,
                        "longitude": loc.longitude,
                        "geo_precision": loc.geo_precision,
                        "geonames_id": loc.geonames_id,
                    },
                    span(loc.spans),
                )
            )
        claims += [Claim("sublocation", s.value, span(s.spans)) for s in gm.sublocation]
        claims += [
            Claim("actor", a.name, span(a.spans), kind=a.type, role=a.role) for a in gm.actors
        ]
        claims += [
            Claim(
                "figure",
                f.value,
                span(f.spans),
                qualifier=f.qualifier,
                kind=f.kind,
                actor=f.actor,
                item=f.item,
                max_value=f.max_value,
                attributed_to=f.attributed_to,
            )
            for f in gm.figures
        ]
        claims += [Claim("weapon", w.name, span(w.spans), actor=w.used_by) for w in gm.weapons]
        quotes = [
            Quote(
                q.speaker,
                q.affiliation,
                q.cue,
                q.content,
                Span(
                    article_id,
                    q.content_spans[0].start,
                    q.content_spans[-1].end,
                    text[q.content_spans[0].start : q.content_spans[-1].end],
                ),
                medium=q.medium,
                direct=q.direct,
                mention_index=index,
            )
            for q in gm.quotes
        ]
        anchor = span([gm.anchor]) if gm.anchor else None
        mentions.append(Mention(article_id, index, gm.main, claims, quotes, anchor))
    return mentions


def _parse_date(value: str, error: GoldFormatError) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise error from None


def _nearest(text: str, piece: str, around: int) -> int:
    """Start of the occurrence of `piece` in `text` nearest to offset `around`, or -1."""
    best = -1
    at = text.find(piece)
    while at >= 0:
        if best < 0 or abs(at - around) < abs(best - around):
            best = at
        at = text.find(piece, at + 1)
    return best


def _tuple(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)


def _names(kinds: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in _tuple(kinds))
