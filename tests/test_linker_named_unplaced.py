"""A shared name is the evidence a missing place or a weekly gap asks for (merge/linker.py,
docs/resolution.md twelfth pass): a dated report that names no town is weighed by the model when
it shares a name word with another report (an undated one too, thirteenth pass, unless the name
is its town's or the two tell of two protagonists), and one outlet's pages published a week
apart that name the same person are not capped. Words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact

MILLHAVEN = PlaceFact(8401, "Millhaven", "US", "S1", 41.0, -95.0, 1)

DAY = date(2032, 5, 14)

STORY = {"stairwell": 3.0}
"""Words a report of one shooting shares with another outlet's (no name among them)."""

FIRST_OWN = {
    w: 3.3
    for w in [
        "lantern",
        "pavilion",
        "sirens",
        "neighbours",
        "gunfire",
        "porch",
        "alley",
        "tarmac",
        "hedge",
        "mailbox",
    ]
}
"""What the first outlet tells beside (its own wording)."""

SECOND_OWN = {
    w: 3.3
    for w in [
        "grandmother",
        "vigil",
        "candles",
        "mourners",
        "balloons",
        "hymn",
        "choir",
        "eulogy",
        "teddy",
        "chapel",
    ]
}
"""What the second outlet tells beside."""


def placed(words: dict[str, float], outlet: str = "first") -> MentionProfile:
    """A report of the shooting, placed in Millhaven, with the facts of the day."""
    return replace(
        report(outlet, day=DAY, place=MILLHAVEN, words=words),
        time_of_day="evening",
        title="Teenager critically wounded in Millhaven courtyard shooting",
    )


def unplaced(words: dict[str, float], *, day: date | None = DAY) -> MentionProfile:
    """Another outlet's report of the next day whose place the extractor missed (a headline-only
    page): same day of the event, no town."""
    return replace(
        report("second", day=day, place=None, words=words, published=date(2032, 5, 15)),
        title="Teen hurt in courtyard shooting has been named",
    )


def test_a_shared_name_lets_the_model_weigh_a_report_without_a_town() -> None:
    first = placed({**STORY, **FIRST_OWN, "tavistrand": 5.0, "corvell": 4.8})
    named = unplaced({**STORY, **SECOND_OWN, "tavistrand": 5.0})
    features = linker.link_features(first, named)
    assert features["place_unknown"] == 1 and features["date_unknown"] == 0
    assert not linker.strong_evidence(features)
    assert not linker._news_of_the_same_days(features)  # too few rare words in common
    assert linker.shared_name_words(first, named) == 1
    assert linker.score_link(first, named) == linker.linear_logit(features)
    assert linker.score_link(first, named) > linker.model().threshold


def test_without_a_shared_name_a_report_without_a_town_stays_capped() -> None:
    first = placed({**STORY, **FIRST_OWN, "tavistrand": 5.0, "corvell": 4.8})
    nameless = unplaced({**STORY, **SECOND_OWN})
    assert linker.shared_name_words(first, nameless) == 0
    assert linker.score_link(first, nameless) <= linker.UNKNOWN_CAP


def _undated(words: dict[str, float]) -> MentionProfile:
    """The second outlet's report with no date at all (no stated day, no publication date)."""
    return replace(unplaced(words, day=None), published=None, title=None)


def unpublished(words: dict[str, float]) -> MentionProfile:
    """The first outlet's report as a page with no publication date (its text states the day)."""
    return replace(placed(words), published=None)


def test_an_undated_report_without_a_town_sharing_a_name_is_weighed() -> None:
    # thirteenth pass: a shared name is the evidence a missing date asks for, as a missing place
    first = unpublished({**STORY, **FIRST_OWN, "tavistrand": 5.0, "corvell": 4.8})
    undated = _undated({**STORY, **SECOND_OWN, "tavistrand": 5.0})
    features = linker.link_features(first, undated)
    assert features["date_unknown"] == 1
    assert not linker.strong_evidence(features)
    assert linker._named_where_unplaced(first, undated, features)
    assert linker.score_link(first, undated) > linker.UNKNOWN_CAP


def test_an_undated_mention_beside_a_published_report_still_needs_strong_evidence() -> None:
    # with a publication date on either side, an undated mention is a recalled event
    first = placed({**STORY, **FIRST_OWN, "tavistrand": 5.0, "corvell": 4.8})
    undated = _undated({**STORY, **SECOND_OWN, "tavistrand": 5.0})
    assert first.published is not None
    features = linker.link_features(first, undated)
    assert features["date_unknown"] == 1 and not linker.strong_evidence(features)
    assert not linker._named_where_unplaced(first, undated, features)
    assert linker.score_link(first, undated) <= linker.UNKNOWN_CAP


def test_an_undated_report_without_a_shared_name_still_needs_strong_evidence() -> None:
    first = unpublished({**STORY, **FIRST_OWN, "tavistrand": 5.0, "corvell": 4.8})
    undated = _undated({**STORY, **SECOND_OWN})
    features = linker.link_features(first, undated)
    assert features["date_unknown"] == 1 and not linker.strong_evidence(features)
    assert linker.score_link(first, undated) <= linker.UNKNOWN_CAP


def test_an_undated_reports_only_shared_name_being_the_town_is_no_evidence() -> None:
    # "millhaven" reads as a name word, but it is the first report's town
    first = unpublished({**STORY, **FIRST_OWN, "millhaven": 5.0})
    undated = _undated({**STORY, **SECOND_OWN, "millhaven": 5.0})
    assert linker.shared_name_words(first, undated) == 1
    assert linker.score_link(first, undated) <= linker.UNKNOWN_CAP


def test_undated_reports_about_two_protagonists_sharing_a_name_stay_capped() -> None:
    # each repeats its own protagonist, whom the other never names; they share a club's name
    first = replace(
        unpublished({**STORY, **FIRST_OWN, "tavistrand": 5.0, "quillmoor": 5.0}),
        key_names=("quillmoor", "tavistrand"),
    )
    undated = replace(
        _undated({**STORY, **SECOND_OWN, "tavistrand": 5.0, "brennock": 5.0}),
        key_names=("brennock", "tavistrand"),
    )
    assert linker.shared_name_words(first, undated) == 1
    assert linker._contrasting_key_names(first, undated)
    assert linker.score_link(first, undated) <= linker.UNKNOWN_CAP
    # the same pair with one protagonist (each names the other's) is weighed
    undated = replace(
        _undated({**STORY, **SECOND_OWN, "tavistrand": 5.0, "brennock": 5.0, "quillmoor": 5.0}),
        key_names=("brennock", "tavistrand"),
    )
    assert not linker._contrasting_key_names(first, undated)
    assert linker.score_link(first, undated) > linker.UNKNOWN_CAP


def station_page(key: str, words: dict[str, float], published: date) -> MentionProfile:
    """A page of one station, dated only by the week before its publication (no stated day)."""
    page = report(key, day=date(2032, 5, 10), place=MILLHAVEN, words=words, published=published)
    return replace(
        page,
        source="outlet:station.example",
        date_precision="week",
        date_last=date(2032, 5, 16),
        date_inferred=True,
    )


DETAILS = {
    "stairwell": 3.0,
    "courtyard": 2.6,
    "pawnshop": 3.4,
    "ambulance": 2.2,
    "bystander": 2.4,
    "critically": 1.8,
}
"""Specific words one story's pages share (five of rarity 2 or more)."""


def test_one_outlets_pages_a_week_apart_naming_the_same_person_are_weighed() -> None:
    first = station_page("a", {**DETAILS, **FIRST_OWN, "tavistrand": 5.0}, date(2032, 5, 15))
    later = station_page("b", {**DETAILS, **SECOND_OWN, "tavistrand": 5.0}, date(2032, 5, 22))
    features = linker.link_features(first, later)
    assert linker._one_outlet_weeks_apart(first, later, features)
    assert linker._one_outlet_one_story(first, later, features)
    assert not linker._same_story_follow_up(first, later, features)
    assert not linker.strong_evidence(features)
    assert linker.score_link(first, later) == linker.linear_logit(features)


def test_one_outlets_pages_a_week_apart_without_a_name_stay_capped() -> None:
    first = station_page("a", {**DETAILS, **FIRST_OWN}, date(2032, 5, 15))
    later = station_page("b", {**DETAILS, **SECOND_OWN}, date(2032, 5, 22))
    features = linker.link_features(first, later)
    assert linker._one_outlet_weeks_apart(first, later, features)
    assert linker.shared_name_words(first, later) == 0
    assert linker.score_link(first, later) <= linker.UNKNOWN_CAP


def test_one_outlets_masthead_word_is_no_shared_name() -> None:
    """Two pages of one station share its masthead, a word that reads as a name: no evidence
    for a page without a town."""
    first = replace(placed({**STORY, **FIRST_OWN, "tavistrand": 5.0}), source="outlet:kqrt.example")
    other = replace(unplaced({**STORY, **SECOND_OWN, "tavistrand": 5.0}), source=first.source)
    assert linker.shared_name_words(first, other) == 1
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP
