"""Score predicted mentions against gold: precision, recall and F1 per field.

Alignment: the gold main mention is paired with the first predicted main mention; background
mentions (and any further predicted "main" ones) are paired greedily by the best evidence
similarity (overlapping spans, same date, same place, same type), so a background incident is
never scored against the main one.

Per field (see docs/gold-format.md for the exact rules): dates, time precision, types, counts and
weapons are compared exactly after normalisation; places by GeoNames id or within 10 km; actors by
type and role; figures by kind, actor and value (the qualifier is scored apart, on matched
figures); quotes by speaker (surname match is enough) and content token overlap. A gold item
marked `optional` is neither missed when absent nor counted when found (MUC style). Every
predicted span must slice the article text exactly; violations are listed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from newsledger.eval.gold import (
    GoldActor,
    GoldArticle,
    GoldFigure,
    GoldLocation,
    GoldMention,
    GoldQuote,
    GoldSpan,
    GoldSublocation,
    GoldWeapon,
)
from newsledger.eval.report import (
    DETAIL_FIELDS,
    MAX_VIOLATIONS_LISTED,
    PRIMARY_FIELDS,
    ArticleScore,
    EvalReport,
    FieldScore,
)
from newsledger.geo import great_circle_km
from newsledger.model import Article, Claim, Mention, Quote, Span

__all__ = [
    "DETAIL_FIELDS",
    "PRIMARY_FIELDS",
    "ArticleScore",
    "EvalReport",
    "FieldScore",
    "align",
    "score_article",
]

PLACE_TOLERANCE_KM = 10.0
"""A predicted place within this distance of the gold place counts (issue 3: "within 10 km"):
the same town resolved to a neighbouring entry or a district centre is still the right place."""

QUOTE_OVERLAP = 0.5
"""Share of the shorter content's tokens the other must contain for two quotes to match: a
quote split in two or joined with its neighbour still matches one gold quote."""

SUBLOCATION_OVERLAP = 0.5
"""Same measure for sub-places ("the Turquerie Zone" vs "Turquerie Zone near the port")."""

ALIGN_SPAN_HIT = 1.5
"""Similarity gained when a predicted mention's evidence overlaps the gold mention's."""
ALIGN_MIN = 1.5
"""Least similarity to pair a background mention: overlapping evidence alone, or date and
place together, but never a shared town alone (every Calais report would pair)."""

TIME_OF_DAY_WORDS = {
    "overnight": "night",
    "nuit": "night",
    "tonight": "night",
    "matin": "morning",
    "matinée": "morning",
    "soir": "evening",
    "soirée": "evening",
    "après-midi": "afternoon",
    "midday": "noon",
    "midi": "noon",
}
"""Parts of the day written differently that mean the same."""

STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "for",
        "from",
        "in",
        "at",
        "on",
        "to",
        "and",
        "by",
        "with",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "une",
        "et",
    }
)
"""Function words ignored when comparing names and quote contents (English and French)."""
CUE_IRREGULAR = {
    "told": "tell",
    "said": "say",
    "says": "say",
    "wrote": "write",
    "spoke": "speak",
    "according": "according to",
}
_TOKEN = re.compile(r"\w+")
_CLOCK = re.compile(r"^(\d{1,2})\s*[:h.]\s*(\d{2})")

T = TypeVar("T")
P = TypeVar("P")


# ---------------------------------------------------------------- normalisation helpers


def tokens(text: str | None) -> set[str]:
    """Content words, case- and accent-folded."""
    if not text:
        return set()
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return {t for t in _TOKEN.findall(folded) if t not in STOPWORDS}


def overlap(a: str | None, b: str | None) -> float:
    """Share of the shorter text's content words found in the other."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Names match when the shorter's words are all in the longer ("Dumont" ~ "Pierre-Henri
    Dumont", "the prefecture" ~ "Pas-de-Calais prefecture")."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    ta, tb = tokens(gold), tokens(predicted)
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return small <= large


def actor_key(group: str | None) -> str | None:
    """An actor group, with "unknown" meaning the same as none given."""
    return None if group in (None, "", "unknown") else group


def time_of_day_key(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().casefold()
    clock = _CLOCK.match(value)
    if clock:
        return f"{int(clock.group(1)):02d}:{clock.group(2)}"
    return TIME_OF_DAY_WORDS.get(value, value)


def cue_key(value: str | None) -> str | None:
    if value is None:
        return None
    word = value.strip().casefold()
    if word in CUE_IRREGULAR:
        return CUE_IRREGULAR[word]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)].rstrip("e")
    return word.rstrip("e")


def weapon_key(name: str | None) -> str | None:
    """A weapon's canonical name (the extractor's vocabulary, so synonyms meet)."""
    if name is None:
        return None
    key = " ".join(name.casefold().replace("-", " ").split())
    try:
        from newsledger.extract.vocab_figures import WEAPONS
    except ImportError:  # the extractor is optional for scoring
        return key
    return WEAPONS.get(key, WEAPONS.get(name.casefold(), key))


def same_place(gold: GoldLocation, predicted: dict[str, Any]) -> bool:
    gid = predicted.get("geonames_id")
    if gold.geonames_id is not None and gid is not None and int(gid) == gold.geonames_id:
        return True
    lat, lon = predicted.get("latitude"), predicted.get("longitude")
    if lat is None or lon is None:
        return False
    return (
        great_circle_km(gold.latitude, gold.longitude, float(lat), float(lon)) <= PLACE_TOLERANCE_KM
    )


# ---------------------------------------------------------------- predicted values


def _first(mention: Mention | None, name: str) -> Claim | None:
    return mention.first(name) if mention is not None else None


def _claims(mention: Mention | None, name: str) -> list[Claim]:
    return mention.claims_for(name) if mention is not None else []


def predicted_location(mention: Mention | None) -> dict[str, Any] | None:
    """The place a predicted mention gives (its first location claim's value), or None."""
    claim = _first(mention, "location")
    return claim.value if claim is not None and isinstance(claim.value, dict) else None


def _evidence(mention: Mention) -> Iterator[Span]:
    if mention.anchor:
        yield mention.anchor
    for claim in mention.claims:
        yield claim.span


def _gold_evidence(mention: GoldMention) -> list[GoldSpan]:
    quoted = {s for q in mention.quotes for s in q.content_spans}
    return [s for s in mention.spans() if s not in quoted]


# ---------------------------------------------------------------- alignment


def similarity(gold: GoldMention, predicted: Mention) -> float:
    """How likely a predicted mention tells the same incident as a gold one."""
    score = 0.0
    gold_spans = _gold_evidence(gold)
    pred_spans = list(_evidence(predicted))
    hits = sum(any(p.start < g.end and g.start < p.end for p in pred_spans) for g in gold_spans)
    if hits:
        score += ALIGN_SPAN_HIT + hits / len(gold_spans)
    date_claim = predicted.first("date")
    if gold.date and date_claim is not None and gold.date.accepts(str(date_claim.value)):
        score += 1.0
    place = predicted_location(predicted)
    if gold.location and place and same_place(gold.location, place):
        score += 1.0
    type_claim = predicted.first("event_type")
    if (
        gold.event_type
        and type_claim is not None
        and gold.event_type.accepts(str(type_claim.value))
    ):
        score += 0.5
    return score


def align(
    gold: Sequence[GoldMention], predicted: Sequence[Mention]
) -> tuple[list[tuple[GoldMention, Mention]], list[GoldMention], list[Mention]]:
    """Pairs (main with main, background by best similarity), unpaired gold, unpaired predicted."""
    pairs: list[tuple[GoldMention, Mention]] = []
    gold_left = list(gold)
    pred_left = list(predicted)
    gold_main = next((m for m in gold_left if m.main), None)
    pred_main = next((m for m in pred_left if m.main), None)
    if gold_main is not None and pred_main is not None:
        pairs.append((gold_main, pred_main))
        gold_left.remove(gold_main)
        pred_left.remove(pred_main)
    # required gold mentions are paired before optional ones, so an optional mention never
    # takes the prediction a required one needs
    candidates = sorted(
        (
            (similarity(g, p), gi, pi)
            for gi, g in enumerate(gold_left)
            for pi, p in enumerate(pred_left)
        ),
        key=lambda t: (gold_left[t[1]].optional, -t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, gi, pi in candidates:
        if score < ALIGN_MIN or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold_left[gi], pred_left[pi]))
    return (
        pairs,
        [g for i, g in enumerate(gold_left) if i not in used_g],
        [p for i, p in enumerate(pred_left) if i not in used_p],
    )


def match_items(
    gold: Sequence[T], predicted: Sequence[P], tests: Sequence[Callable[[T, P], bool]]
) -> tuple[list[tuple[T, P]], list[T], list[P]]:
    """One-to-one matching, strictest test first (so an exact kind is preferred to an accepted
    alternative): pairs, unmatched gold, unmatched predicted."""
    pairs: list[tuple[T, P]] = []
    g_left = sorted(gold, key=lambda g: bool(getattr(g, "optional", False)))  # required first
    p_left = list(predicted)
    for test in tests:
        for g in list(g_left):
            for p in p_left:
                if test(g, p):
                    pairs.append((g, p))
                    g_left.remove(g)
                    p_left.remove(p)
                    break
    return pairs, g_left, p_left


def _count_set(
    score: FieldScore,
    pairs: Sequence[tuple[Any, Any]],
    missed: Iterable[Any],
    spurious: Sequence[Any],
) -> None:
    score.tp += sum(1 for g, _ in pairs if not g.optional)
    score.fn += sum(1 for g in missed if not g.optional)
    score.fp += len(spurious)


def _unique(claims: Iterable[Claim], key: Callable[[Claim], Any]) -> list[Claim]:
    seen: set[Any] = set()
    out = []
    for claim in claims:
        k = key(claim)
        if k not in seen:
            seen.add(k)
            out.append(claim)
    return out


# ---------------------------------------------------------------- per-mention fields


def score_mention(out: ArticleScore, gold: GoldMention | None, pred: Mention | None) -> None:
    """Every field of one paired (or unpaired) mention."""
    if gold is not None and gold.optional:
        return
    _score_single_fields(out, gold, pred)
    empty_g: tuple[Any, ...] = ()
    # sublocation
    g_sub: Sequence[GoldSublocation] = gold.sublocation if gold else empty_g
    p_sub = _unique(_claims(pred, "sublocation"), lambda c: str(c.value).casefold())
    pairs, missed, spurious = match_items(
        g_sub, p_sub, [lambda g, p: overlap(g.value, str(p.value)) >= SUBLOCATION_OVERLAP]
    )
    _count_set(out.f("sublocation"), pairs, missed, spurious)
    # actors: type and role
    g_act: Sequence[GoldActor] = gold.actors if gold else empty_g
    p_act = _unique(_claims(pred, "actor"), lambda c: (c.kind, c.role))
    pairs_a, missed_a, spurious_a = match_items(
        g_act,
        p_act,
        [
            lambda g, p: g.type == p.kind and g.role == p.role,
            lambda g, p: g.type == p.kind and p.role in g.accept_roles,
        ],
    )
    _count_set(out.f("actor"), pairs_a, missed_a, spurious_a)
    _score_figures(out, gold.figures if gold else empty_g, _claims(pred, "figure"))
    # weapons by name; who used them scored on the matched ones
    g_wpn: Sequence[GoldWeapon] = gold.weapons if gold else empty_g
    p_wpn = _unique(_claims(pred, "weapon"), lambda c: weapon_key(str(c.value)))
    pairs_w, missed_w, spurious_w = match_items(
        g_wpn, p_wpn, [lambda g, p: weapon_key(g.name) == weapon_key(str(p.value))]
    )
    _count_set(out.f("weapon"), pairs_w, missed_w, spurious_w)
    for g, p in pairs_w:
        if not g.optional and (g.used_by or p.actor):
            g_user, p_user = actor_key(g.used_by), actor_key(p.actor)
            out.f("weapon_user").record(g_user is not None, p_user is not None, g_user == p_user)


def _score_single_fields(out: ArticleScore, gold: GoldMention | None, pred: Mention | None) -> None:
    for name in ("event_type", "sub_event_type"):
        gv = getattr(gold, name) if gold else None
        claim = _first(pred, name)
        out.f(name).record(
            gv is not None,
            claim is not None,
            gv is not None and claim is not None and gv.accepts(str(claim.value)),
        )
    date_claim = _first(pred, "date")
    g_date = gold.date if gold else None
    out.f("date").record(
        g_date is not None,
        date_claim is not None,
        g_date is not None and date_claim is not None and g_date.accepts(str(date_claim.value)),
    )
    g_prec = gold.time_precision if gold else None
    p_prec = date_claim.qualifier if date_claim is not None else None
    out.f("time_precision").record(g_prec is not None, p_prec is not None, g_prec == p_prec)
    g_tod = gold.time_of_day if gold else None
    tod_claim = _first(pred, "time_of_day")
    p_tod = time_of_day_key(str(tod_claim.value)) if tod_claim is not None else None
    out.f("time_of_day").record(
        g_tod is not None,
        p_tod is not None,
        g_tod is not None and p_tod in {time_of_day_key(v) for v in (g_tod.value, *g_tod.accept)},
    )
    g_loc = gold.location if gold else None
    p_loc = predicted_location(pred)
    matched = g_loc is not None and p_loc is not None and same_place(g_loc, p_loc)
    out.f("location").record(g_loc is not None, p_loc is not None, matched)
    if matched and g_loc is not None and p_loc is not None:
        out.f("geo_precision").record(
            True,
            p_loc.get("geo_precision") is not None,
            p_loc.get("geo_precision") == g_loc.geo_precision,
        )


def _figure_key(claim: Claim) -> tuple[Any, ...]:
    return (claim.kind, claim.actor, claim.value, claim.item if claim.kind == "other" else None)


def same_count(g: GoldFigure, p: Claim) -> bool:
    """A predicted figure states the gold's count: same value (an explicit unknown only matches
    an explicit unknown) and actor (kind `other`: the actor only when both name one)."""
    g_actor, p_actor = actor_key(g.actor), actor_key(p.actor)
    if g.value != p.value:
        return False
    if g.value is None and p.qualifier != g.qualifier:
        return False
    if g.kind == "other" == p.kind:
        return g_actor is None or p_actor is None or g_actor == p_actor
    return g_actor == p_actor


def figure_matches(g: GoldFigure, p: Claim) -> bool:
    """The scorer's figure match: same count, and the gold's kind or one it accepts."""
    return (p.kind == g.kind or p.kind in g.accept_kinds) and same_count(g, p)


def _score_figures(out: ArticleScore, gold: Sequence[GoldFigure], claims: list[Claim]) -> None:
    """Figures match on kind, actor and value (kind `other`: value, and actor when both name
    one); the qualifier is scored on the matched pairs."""
    predicted = _unique(claims, _figure_key)
    pairs, missed, spurious = match_items(
        gold,
        predicted,
        [
            lambda g, p: g.kind == p.kind and same_count(g, p),
            lambda g, p: p.kind in g.accept_kinds and same_count(g, p),
        ],
    )
    _count_set(out.f("figure"), pairs, missed, spurious)
    for g, p in pairs:
        if not g.optional:
            out.f("figure_qualifier").record(
                True, True, p.qualifier in (g.qualifier, *g.accept_qualifiers)
            )


# ---------------------------------------------------------------- quotes and spans


def _score_quotes(
    out: ArticleScore, gold: GoldArticle, predicted: Sequence[Mention], paired: dict[int, int]
) -> None:
    """Quotes are scored over the whole article (a quote attached to the wrong mention still
    counts as found; `quote_link` scores the attachment)."""
    g_quotes: list[tuple[GoldQuote, int]] = [
        (q, gi) for gi, m in enumerate(gold.mentions) if not m.optional for q in m.quotes
    ]
    p_quotes: list[tuple[Quote, int]] = []
    seen: set[tuple[int, int]] = set()
    for pm in predicted:
        for q in pm.quotes:
            if (q.span.start, q.span.end) not in seen:
                seen.add((q.span.start, q.span.end))
                p_quotes.append((q, pm.index if q.mention_index is None else q.mention_index))
    scored = sorted(
        (
            (overlap(g.content, p.content), gi, pi)
            for gi, (g, _) in enumerate(g_quotes)
            for pi, (p, _) in enumerate(p_quotes)
            if same_name(g.speaker, p.speaker)
        ),
        key=lambda t: (g_quotes[t[1]][0].optional, -t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    score = out.f("quote")
    for value, gi, pi in scored:
        if value < QUOTE_OVERLAP or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, g_mention = g_quotes[gi]
        p, p_mention = p_quotes[pi]
        if g.optional:
            continue
        score.tp += 1
        for name, gv, pv in (
            ("quote_affiliation", g.affiliation, p.affiliation),
            ("quote_medium", g.medium, p.medium),
        ):
            if gv or pv:
                out.f(name).record(gv is not None, pv is not None, overlap(gv, pv) >= 0.5)
        if g.cue or p.cue:
            out.f("quote_cue").record(
                g.cue is not None, p.cue is not None, cue_key(g.cue) == cue_key(p.cue)
            )
        out.f("quote_link").record(True, True, paired.get(p_mention) == g_mention)
    score.fn += sum(1 for i, (g, _) in enumerate(g_quotes) if i not in used_g and not g.optional)
    score.fp += len(p_quotes) - len(used_p)


def check_spans(out: ArticleScore, article: Article, predicted: Sequence[Mention]) -> None:
    """Every predicted span must be `article.text[start:end]` of this article."""
    score = out.f("span_exact")
    for mention in predicted:
        spans: list[tuple[str, Span | None]] = [("anchor", mention.anchor)]
        spans += [(f"claim {c.field}", c.span) for c in mention.claims]
        for q in mention.quotes:
            spans += [("quote", q.span), ("quote speaker", q.speaker_span)]
        for where, span in spans:
            if span is None:
                continue
            ok = (
                span.article_id == article.id
                and 0 <= span.start <= span.end <= len(article.text)
                and article.text[span.start : span.end] == span.text
            )
            score.record(True, True, ok)
            if not ok and len(out.span_violations) < MAX_VIOLATIONS_LISTED:
                out.span_violations.append(
                    f"{out.source} mention {mention.index} {where} [{span.start}:{span.end}] "
                    f"{span.text[:40]!r} != {article.text[span.start : span.end][:40]!r}"
                )


def score_article(gold: GoldArticle, predicted: Sequence[Mention]) -> ArticleScore:
    """All fields of one article's predicted mentions against its gold."""
    article = gold.article
    out = ArticleScore(gold.source, article.id)
    check_spans(out, article, predicted)
    g_pub = gold.published.isoformat() if gold.published else None
    p_pub = article.published.isoformat() if article.published else None
    out.f("published").record(g_pub is not None, p_pub is not None, g_pub == p_pub)
    out.f("language").record(True, article.language is not None, article.language == gold.language)

    pairs, missed, spurious = align(gold.mentions, predicted)
    paired: dict[int, int] = {}
    for g, p in pairs:
        paired[p.index] = gold.mentions.index(g)
        out.pairs.append((g.label, p.index))
        if not g.optional:
            if g.main:  # the main incident found but told as background is a miss for main
                out.f("mention_main").record(True, p.main, p.main)
            else:
                out.f("mention_background").tp += 1
                out.f("mention_main").fp += int(p.main)
        score_mention(out, g, p)
    for g in missed:
        out.pairs.append((g.label, None))
        if not g.optional:
            out.f("mention_main" if g.main else "mention_background").fn += 1
        score_mention(out, g, None)
    for p in spurious:
        out.spurious.append(p.index)
        out.f(
            "mention_main" if p.main and not any(q.main for _, q in pairs) else "mention_background"
        ).fp += 1
        score_mention(out, None, p)
    _score_quotes(out, gold, predicted, paired)
    for name in PRIMARY_FIELDS:
        out.f(name)
    return out
