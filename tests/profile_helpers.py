"""A merge profile made by hand for the blocking and resolution tests: the facts and rare words
a test states, nothing extracted."""

from __future__ import annotations

from datetime import date

from newsledger.merge.profile import MentionProfile, PlaceFact

UNDATED_SORT_DAY = date(2031, 1, 1)
"""Where an undated, unpublished report sorts (any fixed day: only the order must be stable)."""


def report(
    key: str,
    *,
    day: date | None,
    place: PlaceFact | None,
    words: dict[str, float],
    published: date | None = None,
    precision: str = "day",
    main: bool = True,
    event_type: str | None = "Violence against civilians",
) -> MentionProfile:
    """One outlet's report `key`: its event `day` (a year-precision day spans to December 31),
    published on `published` (default: the event day), placed at `place`, with `words` as its
    rare-word bag."""
    norm = sum(v * v for v in words.values()) ** 0.5
    published = published or day
    return MentionProfile(
        mention_id=f"{key}:{0 if main else 1}",
        article_id=key,
        index=0 if main else 1,
        main=main,
        source=f"outlet:{key}.example",
        sort_key=((published or UNDATED_SORT_DAY).isoformat(), False, key, 0 if main else 1),
        date_first=day,
        date_last=day if precision == "day" or day is None else date(day.year, 12, 31),
        date_precision=precision if day else None,
        place=place,
        event_type=event_type,
        published=published,
        rare=dict(words),
        rare_norm=norm,
    )
