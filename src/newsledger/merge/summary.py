"""The output-contract view of an incident (docs/schema.md): consensus, claims, conflicts, framing.

`summarise_incident` reads the incident's mentions (main and background alike: a background
mention merged into an incident is a report of it) and keeps every claim with its source.
The counts (figures and totals) hear an article by its main mention, and by its other mentions
in the incident only for what the main one does not state (`consensus.one_telling_per_article`);
so does the place. The date hears every telling of an article, as one source: an article's
main story is at times an earlier shooting or step its page recalls, its news the other telling
(docs/resolution.md, eighteenth pass).
Independent sources (`profile.source_key`): a wire copy counts with its original; several
articles of one outlet count once; otherwise each article is a source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsledger.extract.people import PERSON_FIELD
from newsledger.merge.consensus import (
    RULES,
    SourcedDate,
    SourcedFigure,
    SourcedPlace,
    claim_sentence,
    count_fact,
    date_consensus,
    figure_consensus,
    incident_totals,
    is_part,
    one_telling_per_article,
    place_consensus,
    recalled_places_aside,
    sourced_date,
)
from newsledger.merge.crosslang import collapse_translations
from newsledger.merge.locality import (
    locality,
    possessive_owners,
    town_named,
    town_placed,
    town_police_named,
)
from newsledger.merge.profile import (
    PlaceFact,
    best_date_claim,
    best_place,
    canonical_key,
    int_value,
    source_key,
)
from newsledger.model import Article, Claim, Mention
from newsledger.nlp.gazetteer import Gazetteer

IMPLIED_FIGURES = {"hospitalised": "injured"}
"""A count of one kind that implies an 'at least' count of another: the hospitalised are
injured. Such claims corroborate the implied kind but never set its value nor conflict with it;
'15 hospitalised' and '15 injured' stay two figures (two different facts), not one conflict."""


def _outlet(article: Article | None) -> str | None:
    return article.outlet if article is not None else None


def _claim_json(claim: Claim, article: Article | None, main: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "value": claim.value,
        "qualifier": claim.qualifier,
        "article_id": claim.span.article_id,
        "outlet": _outlet(article),
        "start": claim.span.start,
        "end": claim.span.end,
        "text": claim.span.text,
        "attributed_to": claim.attributed_to,
        "main": main,
    }
    if claim.field == PERSON_FIELD:  # a victim or an accused: which one (keys added only)
        out["kind"] = claim.kind
        out["role"] = claim.role
    return out


def _source_labels(sources: Mapping[str, str], articles: Mapping[str, Article]) -> dict[str, str]:
    """How each source is shown: the outlet as written, else the file it was read from (what
    the user gave, as the terminal and the CSV show it), else the article id."""
    labels: dict[str, str] = {}
    for article_id in sorted(sources):
        source = sources[article_id]
        article = articles.get(article_id)
        if source.startswith("outlet:") and article is not None and article.outlet:
            labels.setdefault(source, article.outlet.strip())
        if not source.startswith("outlet:") and article is not None and article.file_name:
            labels.setdefault(source, article.file_name)
        labels.setdefault(source, source.split(":", 1)[1])
    return labels


def _vote(values: list[tuple[str, str]]) -> str | None:
    """Most common value over independent sources (one vote each); ties: the earliest."""
    if not values:
        return None
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    seen_pairs: set[tuple[str, str]] = set()
    for i, (source, value) in enumerate(values):
        first_seen.setdefault(value, i)
        if (source, value) not in seen_pairs:
            seen_pairs.add((source, value))
            votes[value] += 1
    return min(votes, key=lambda v: (-votes[v], first_seen[v]))


def _voicing(
    mentions: Sequence[Mention], facts_of: Callable[[Mention], Iterable[str]]
) -> set[tuple[str, str]]:
    """The (mention id, fact) pairs that vote, for the facts (`count_fact`) `facts_of` reads
    in each mention: an article speaks of a fact by its main mention, or by its other mentions
    when the main one states none (`one_telling_per_article`). One pass for figures and totals."""
    by_fact: dict[str, list[Mention]] = {}
    for mention in mentions:
        for fact in dict.fromkeys(facts_of(mention)):
            by_fact.setdefault(fact, []).append(mention)
    return {
        (m.id, fact)
        for fact, stating in by_fact.items()
        for m in one_telling_per_article(stating, lambda m: m.article_id, lambda m: m.main)
    }


def _figure_fact(claim: Claim) -> str:
    """The fact a figure claim counts (`count_fact`; a claim with no kind is "other")."""
    return count_fact(claim.kind or "other")


def _voiced_figures(mentions: Sequence[Mention]) -> list[tuple[Claim, Mention]]:
    """The figure claims that vote, in order (`_voicing`)."""
    voiced = _voicing(mentions, lambda m: (_figure_fact(c) for c in m.claims_for("figure")))
    return [
        (c, m)
        for m in mentions
        for c in m.claims_for("figure")
        if (m.id, _figure_fact(c)) in voiced
    ]


def _figures(
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
    sources: Mapping[str, str],
    labels: Mapping[str, str],
    conflicts: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], list[tuple[Claim, Mention, bool]]] = {}
    for claim, mention in _voiced_figures(mentions):
        key = (claim.kind or "other", claim.actor or "", claim.item or "")
        groups.setdefault(key, []).append((claim, mention, False))
    for key in list(groups):
        implied = IMPLIED_FIGURES.get(key[0])
        target = (implied, key[1], key[2]) if implied else None
        if target is not None and target in groups:
            groups[target].extend((c, m, True) for c, m, _ in groups[key])
    out: list[dict[str, Any]] = []
    for key in sorted(groups):
        entries = groups[key]
        sourced = [
            SourcedFigure(
                source=sources[m.article_id],
                article_id=m.article_id,
                value=int_value(c.value),
                qualifier="at_least" if derived else c.qualifier,
                max_value=None if derived else c.max_value,
                derived=derived,
            )
            for c, m, derived in entries
        ]
        result = figure_consensus(sourced)
        # a source's smaller counts are parts of its total ("two of them"): shown as claims,
        # never as one side of a conflict
        parts = [is_part(f, result.fullest.get(f.source)) for f in sourced]
        claims = []
        for (claim, mention, derived), fig, part in zip(entries, sourced, parts, strict=True):
            item = _claim_json(claim, articles.get(mention.article_id), mention.main)
            item["value"] = fig.value
            item["part"] = part
            if derived:
                item["derived_from"] = claim.kind
            claims.append(item)
        kind, actor, thing = key
        out.append(
            {
                "kind": kind,
                "actor": actor or None,
                "item": thing or None,
                "value": result.value,
                "rule": RULES["figures"] if result.value is not None else "no number reported",
                "min": result.minimum,
                "max": result.maximum,
                "sources": result.supporting_sources,
                "claims": claims,
            }
        )
        if result.conflicting_sources:
            # one entry per field: every disagreeing source's own values, side by side
            involved = {s for pair in result.conflicting_sources for s in pair}
            vals: list[dict[str, Any]] = []
            totals = [f for f, part in zip(sourced, parts, strict=True) if not part]
            for f in totals:
                if f.source in involved and not f.derived and f.value is not None:
                    entry = {"source": labels[f.source], "value": f.value, "qualifier": f.qualifier}
                    if entry not in vals:
                        vals.append(entry)
            conflicts.append(
                {
                    "field": f"figure:{kind}:{actor or '-'}" + (f":{thing}" if thing else ""),
                    "values": [v["value"] for v in vals],
                    "article_ids": sorted(
                        {f.article_id for f in totals if f.source in involved and not f.derived}
                    ),
                    "detail": "; ".join(
                        f"{v['source']}: {v['qualifier']} {v['value']}" for v in vals
                    ),
                }
            )
    return out


def _told_totals(
    mentions: Sequence[Mention], sources: Mapping[str, str]
) -> list[tuple[str, str, dict[str, dict[str, object]]]]:
    """(source, article id, totals) per mention for `incident_totals`, each fact
    (`count_fact`: killed and injured are one) kept only from the mentions that voice it for
    their article (`_voicing`): an article's background telling adds no second total, nor an
    earlier "was shot" as an injured count beside its main story's dead. (Every total has a
    number: `extract.totals.Total.value` is an int.)"""
    told = [(m, m.totals()) for m in mentions]
    totals_by_id = {m.id: totals for m, totals in told}
    voiced = _voicing(mentions, lambda m: (count_fact(k) for k in totals_by_id[m.id]))
    return [
        (
            sources[m.article_id],
            m.article_id,
            {k: v for k, v in totals.items() if (m.id, count_fact(k)) in voiced},
        )
        for m, totals in told
    ]


def summarise_incident(
    incident_id: str, mentions: Sequence[Mention], articles: Mapping[str, Article]
) -> dict[str, Any]:
    """The output-contract view of one incident (see module docstring and docs/schema.md)."""
    mentions = sorted(mentions, key=lambda m: canonical_key(m, articles))
    sources = {
        m.article_id: source_key(articles.get(m.article_id), m.article_id, articles)
        for m in mentions
    }
    sources = collapse_translations(mentions, articles, sources)  # a translation is no new source
    labels = _source_labels(sources, articles)
    conflicts: list[dict[str, Any]] = []
    claims_by_field: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        article = articles.get(mention.article_id)
        for claim in mention.claims:
            if claim.field == "figure":
                continue
            claims_by_field.setdefault(claim.field, []).append(
                _claim_json(claim, article, mention.main)
            )

    # event type: one vote per source, main mentions before background ones
    ordered = [m for m in mentions if m.main] + [m for m in mentions if not m.main]
    types = [(sources[m.article_id], str(c.value)) for m in ordered if (c := m.first("event_type"))]
    event_type = _vote(types)
    all_sub_types = [
        (sources[m.article_id], str(c.value), m)
        for m in ordered
        if (c := m.first("sub_event_type"))
    ]
    sub_types = [
        (s, v)
        for s, v, m in all_sub_types
        if (t := m.first("event_type")) and t.value == event_type
    ] or [(s, v) for s, v, _ in all_sub_types]
    distinct_types: dict[str, set[str]] = {}
    for source, value in types:
        distinct_types.setdefault(value, set()).add(source)
    if len(distinct_types) > 1 and len({s for s, _ in types}) > 1:
        conflicts.append(
            {
                "field": "event_type",
                "values": sorted(distinct_types),
                "article_ids": sorted(
                    {m.article_id for m in ordered if m.first("event_type") is not None}
                ),
                "detail": "; ".join(
                    f"{v}: {', '.join(sorted(labels[s] for s in ss))}"
                    for v, ss in sorted(distinct_types.items())
                ),
            }
        )
    description = next(
        (str(c.value) for m in ordered if (c := m.first("description")) and c.value), None
    )

    # date
    dates: list[SourcedDate] = []
    for m in ordered:
        date_claim = best_date_claim(m.claims_for("date"))
        if date_claim is not None:
            sd = sourced_date(
                sources[m.article_id],
                m.article_id,
                date_claim.value,
                date_claim.qualifier,
                date_claim.span.text,
                main=m.main,
                sentence=_claim_sentence(articles.get(m.article_id), date_claim),
            )
            if sd is not None:
                dates.append(sd)
    dc = date_consensus(dates)
    _pairs_to_conflicts("date", dc.conflicting_sources, dates, labels, conflicts)
    times = [str(c.value) for m in ordered for c in m.claims_for("time_of_day") if c.value]
    # a clock time beats a part of day ("09:20" over "morning")
    time_of_day = next((t for t in times if ":" in t), times[0] if times else None)

    # place
    places: list[SourcedPlace] = []
    for i, m in enumerate(ordered):
        fact = best_place(m.claims_for("location"))
        if fact is not None:
            places.append(SourcedPlace(sources[m.article_id], m.article_id, fact, i, m.main))
    places = one_telling_per_article(places, lambda p: p.article_id, lambda p: p.main)
    places = recalled_places_aside(places)
    texts = _member_texts(ordered, articles)
    pc = place_consensus(
        places, _population, _texts_naming(texts), _texts_policing(texts), _texts_placing(texts)
    )
    if pc.chosen is not None:
        owner = _owning_place(pc.chosen, places, ordered, articles)
        if owner is not None:  # the choice changed: no bigger town was passed over for it
            pc.chosen, pc.finer_than = owner, []
    location: dict[str, Any] | None = None
    if pc.chosen is not None:
        chosen_mention = ordered[pc.chosen.claim_index]
        loc_claim = next(
            c
            for c in chosen_mention.claims_for("location")
            if isinstance(c.value, dict) and best_place([c]) == pc.chosen.place
        )
        loc: dict[str, Any] = dict(loc_claim.value) if isinstance(loc_claim.value, dict) else {}
        sub = chosen_mention.first("sublocation") or next(
            (c for m in ordered if (c := m.first("sublocation"))), None
        )
        location = {
            "name": loc.get("name"),
            "sublocation": sub.value if sub is not None else None,
            "country_code": loc.get("country_code"),
            "admin1": loc.get("admin1"),
            "admin2": loc.get("admin2"),
            "latitude": loc.get("latitude"),
            "longitude": loc.get("longitude"),
            "geo_precision": loc.get("geo_precision"),
            "geonames_id": loc.get("geonames_id"),
            "gazetteer": loc.get("gazetteer"),
            "feature": loc.get("feature"),  # "sea": a sea area, a region and never a town
            "city": _city(loc, ordered, articles),
            "sources": pc.supporting_sources,
        }
        if pc.finer_than:  # the bigger towns every source allowed, passed over (keys added only)
            location["finer_than"] = [
                {
                    "name": p.place.name,
                    "geonames_id": p.place.geonames_id,
                    "article_id": p.article_id,
                }
                for p in pc.finer_than
            ]
    if pc.conflicting_sources:
        place_sources = {s for pair in pc.conflicting_sources for s in pair}
        named = [p for p in places if p.source in place_sources]
        conflicts.append(
            {
                "field": "location",
                "values": sorted({p.place.name or "?" for p in named}),
                "article_ids": sorted({p.article_id for p in named}),
                "detail": "; ".join(f"{labels[p.source]}: {p.place.name or '?'}" for p in named),
            }
        )

    figures = _figures(mentions, articles, sources, labels, conflicts)

    actors: list[dict[str, Any]] = []
    seen_actor: set[tuple[str, str | None, str | None]] = set()
    for m in ordered:
        for c in m.claims_for("actor"):
            key = (str(c.value).lower(), c.kind, c.role)
            if key not in seen_actor:
                seen_actor.add(key)
                actors.append({"name": c.value, "type": c.kind, "role": c.role, "inter": c.item})
    weapons: list[dict[str, Any]] = []
    seen_weapon: set[tuple[str, str | None]] = set()
    for m in ordered:
        for c in m.claims_for("weapon"):
            wkey = (str(c.value).lower(), c.actor)
            if wkey not in seen_weapon:
                seen_weapon.add(wkey)
                weapons.append({"name": c.value, "used_by": c.actor})
    quotes = [
        {
            "speaker": q.speaker,
            "affiliation": q.affiliation,
            "cue": q.cue,
            "content": q.content,
            "medium": q.medium,
            "article_id": q.span.article_id,
            "start": q.span.start,
            "end": q.span.end,
            "outlet": _outlet(articles.get(q.span.article_id)),
        }
        for m in ordered
        for q in m.quotes
    ]
    framing = []
    for m in mentions:
        if not m.main:
            continue
        article = articles.get(m.article_id)
        entry: dict[str, Any] = {
            "article_id": m.article_id,
            "outlet": _outlet(article),
            "title": article.title if article else None,
            "headline_agent": None,
            "lead_agent": None,
            "voice": None,
            "quoted_source_types": [],
        }
        entry.update(m.framing or {})
        framing.append(entry)
    return {
        "id": incident_id,
        "event_type": event_type,
        "sub_event_type": _vote(sub_types),
        "description": description,
        "date": dc.value.isoformat() if dc.value else None,
        "time_precision": dc.precision,
        "time_of_day": time_of_day,
        "location": location,
        "mentions": [
            {"article_id": m.article_id, "main": m.main, "mention_id": m.id} for m in mentions
        ],
        "articles": sorted({m.article_id for m in mentions}),
        "sources": len(set(sources.values())),
        "source_names": sorted({labels[s] for s in sources.values()}),
        "date_sources": dc.supporting_sources,
        "actors": actors,
        "weapons": weapons,
        "figures": figures,
        "totals": incident_totals(_told_totals(mentions, sources)),
        "conflicts": conflicts,
        "quotes": quotes,
        "claims": claims_by_field,
        "framing": framing,
        "consensus_rules": dict(RULES),
    }


def _claim_sentence(article: Article | None, claim: Claim) -> str | None:
    """The sentence a claim is told in, when its article's text is at hand."""
    if article is None or not article.text or claim.span.end > len(article.text):
        return None
    return claim_sentence(article.text, claim.span.start, claim.span.end)


def _owning_place(
    chosen: SourcedPlace,
    places: Sequence[SourcedPlace],
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
) -> SourcedPlace | None:
    """Another member's town that a report names as the owner of the chosen place ("Miami's
    Overtown"): the report says the place is a part of that town, which is the incident's
    place. None when no report does (the usual case: one regex per article)."""
    name = chosen.place.name
    others = [p for p in places if p.place.name and p.place.name.lower() != (name or "").lower()]
    if not name or not others:
        return None
    owners: set[str] = set()
    for article_id in dict.fromkeys(m.article_id for m in mentions):
        article = articles.get(article_id)
        if article is not None:
            owners |= possessive_owners(name, article.text)
    return next((p for p in others if (p.place.name or "").split()[-1] in owners), None)


def _member_texts(mentions: Sequence[Mention], articles: Mapping[str, Article]) -> list[str]:
    """The members' article texts, one per article, in the members' order."""
    return [
        article.text
        for article_id in dict.fromkeys(m.article_id for m in mentions)
        if (article := articles.get(article_id)) is not None and article.text
    ]


def _texts_naming(texts: Sequence[str]) -> Callable[[PlaceFact], int]:
    """How many of the texts name a place by its name (`locality.town_named`: any case, so
    "CHICAGO —" and "Chicago police" both count; "St. Paul" names Saint Paul; "South Portland"
    does not name Portland), for `consensus.named_most`."""

    def count(place: PlaceFact) -> int:
        name = place.name or ""
        return sum(next(town_named(name, text), None) is not None for text in texts)

    return count


def _texts_placing(texts: Sequence[str]) -> Callable[[PlaceFact], int]:
    """How many of the texts name a place as the scene (`locality.town_placed`: "in X", not
    "an X man" nor "a hospital in X"), for `consensus.finer_town`."""

    def count(place: PlaceFact) -> int:
        name = place.name or ""
        return sum(town_placed(name, text) is not None for text in texts)

    return count


def _texts_policing(texts: Sequence[str]) -> Callable[[PlaceFact], bool]:
    """Whether a text names a town's own police, officials or town hall, in any case (not its
    sheriff, who is the county's, nor another town's: `locality.town_police_named`), for
    `consensus.finer_town`."""

    def policed(place: PlaceFact) -> bool:
        name = place.name or ""
        return any(town_police_named(name, text) is not None for text in texts)

    return policed


def _population(geonames_id: int) -> int | None:
    """A gazetteer town's population (None when the id is unknown)."""
    found = Gazetteer.default().get(geonames_id)
    return found.population if found is not None else None


def _city(
    place: Mapping[str, Any], mentions: Sequence[Mention], articles: Mapping[str, Article]
) -> dict[str, Any] | None:
    """The city holding the place when the reports treat the place as a part of it
    (`merge.locality`), with the words that say so; None otherwise (the place is its own town)."""
    texts: dict[str, str] = {}
    for m in mentions:
        article = articles.get(m.article_id)
        if article is not None:
            texts.setdefault(m.article_id, article.text)
    name = place.get("name")
    if not isinstance(name, str) or place.get("geo_precision") not in (1, 2):
        return None  # no town, no containing city: the gazetteer is not even loaded
    found = locality(place, sorted(texts.items()), Gazetteer.default())
    if found is None:
        return None
    return {
        "name": found.name,
        "geonames_id": found.geonames_id,
        "article_id": found.article_id,
        "start": found.start,
        "end": found.end,
        "text": found.text,
    }


def _pairs_to_conflicts(
    field_name: str,
    pairs: list[tuple[str, str]],
    dates: Sequence[SourcedDate],
    labels: Mapping[str, str],
    conflicts: list[dict[str, Any]],
) -> None:
    if pairs:
        sources = {s for pair in pairs for s in pair}
        involved = [d for d in dates if d.source in sources]
        conflicts.append(
            {
                "field": field_name,
                "values": sorted({d.value.isoformat() for d in involved}),
                "article_ids": sorted({d.article_id for d in involved}),
                "detail": "; ".join(
                    f"{labels[d.source]}: {d.value.isoformat()} ({d.precision})" for d in involved
                ),
            }
        )
