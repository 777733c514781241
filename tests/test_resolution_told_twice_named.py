"""One story told twice by one page (merge/resolve._told_twice_named, docs/resolution.md twentieth
and twenty-third passes): a follow-up page whose main story is a step after the shooting and
whose background story is the shooting. Its background telling joins the other outlet's report
of the shooting first; the page's main story then joins them too, although the incident holds
the page twice, when both clusters name one person, or when the page's two tellings contradict
nothing (counts, sub-place, town). A main story that does not link, a page whose two tellings
count two events, a roundup of many shootings and a cannot-link between the clusters keep them
apart. Names, words, places and dates are this test's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.profile_helpers import report

from newsledger.merge.profile import FigureFact, MentionProfile, PlaceFact
from newsledger.merge.resolve import (
    ROUNDUP_TELLINGS,
    _stored_tellings,
    article_tellings,
    candidate_pairs,
    cluster_profiles,
)
from newsledger.model import Article, Mention
from newsledger.store import open_store

MILL_TOWN = PlaceFact(8501, "Ashcombe", "US", "S1", 41.0, -90.0, 1)
FAR_TOWN = PlaceFact(8502, "Brinmoor", "US", "S1", 44.0, -95.0, 1)

VICTIM = "the victim's given name and surname"
"""A stand-in for a full name as `profile.people` holds it (no one is named here)."""

SHOOTING_DAY = date(2031, 3, 2)
HEARING_DAY = date(2031, 3, 20)
SHOOTING_WORDS = {"quarrystone": 8.0, "laundromat": 5.0, "ashcombe": 4.0, "gunfire": 2.0}


def _killed(value: int) -> FigureFact:
    return FigureFact("killed", "civilians", None, value, "exact", None)


def shooting_report(people: frozenset[str] = frozenset({VICTIM})) -> MentionProfile:
    """Another outlet's report of the shooting, published the next day."""
    return replace(
        report("first", day=SHOOTING_DAY, place=MILL_TOWN, words=SHOOTING_WORDS,
               published=date(2031, 3, 3)),
        people=people,
        figures=[_killed(1)],
    )  # fmt: skip


def hearing_page(people: frozenset[str] = frozenset({VICTIM})) -> list[MentionProfile]:
    """A page weeks later: its main story is the arraignment (its own day), its background
    story the shooting it recalls, told with the shooting's words."""
    main = replace(
        report("hearing", day=HEARING_DAY, place=MILL_TOWN,
               words={"arraignment": 6.0, "courtroom": 4.0, "ashcombe": 4.0},
               published=HEARING_DAY),
        people=people,
        figures=[_killed(1)],
    )  # fmt: skip
    recalled = replace(
        report("hearing", day=SHOOTING_DAY, place=MILL_TOWN, words=SHOOTING_WORDS,
               published=HEARING_DAY, main=False),
        figures=[_killed(1)],
    )  # fmt: skip
    return [main, recalled]


def roundup_story(index: int) -> MentionProfile:
    """Another shooting the page lists (a roundup of the town's week)."""
    story = report("hearing", day=date(2031, 3, 18), place=MILL_TOWN,
                   words={f"street{index}": 5.0, "block": 2.0}, published=HEARING_DAY,
                   main=False)  # fmt: skip
    return replace(story, mention_id=f"hearing:{index}", index=index)


def incidents(
    profiles: list[MentionProfile], tellings: dict[str, int] | None = None
) -> list[set[str]]:
    ordered = sorted(profiles, key=lambda p: p.sort_key)
    groups = cluster_profiles(ordered, candidate_pairs(ordered), tellings=tellings)
    return sorted(({ordered[i].mention_id for i in g} for g in groups), key=sorted)


def test_a_page_told_twice_joins_the_report_naming_its_victim() -> None:
    profiles = [shooting_report(), *hearing_page()]
    assert incidents(profiles) == [{"first:0", "hearing:0", "hearing:1"}]


def test_without_a_shared_name_the_page_keeps_its_main_story_apart() -> None:
    profiles = [shooting_report(frozenset()), *hearing_page(frozenset())]
    found = incidents(profiles)
    assert {"first:0", "hearing:1"} in found
    assert {"hearing:0"} in found


def test_a_roundup_of_many_shootings_is_not_one_story_told_twice() -> None:
    page = hearing_page()
    others = [roundup_story(k) for k in range(2, ROUNDUP_TELLINGS + 1)]
    found = incidents([shooting_report(), *page, *others])
    assert {"first:0", "hearing:1"} in found
    assert not any({"hearing:0", "first:0"} <= group for group in found)


def test_a_cannot_link_between_the_clusters_keeps_them_apart() -> None:
    far = replace(
        report("third", day=date(2031, 3, 3), place=FAR_TOWN, words=SHOOTING_WORDS,
               published=date(2031, 3, 3)),
        figures=[_killed(1)],
    )  # fmt: skip
    # the hearing's main story, 17 days and 420 km from the third report: a date veto
    found = incidents([shooting_report(), far, *hearing_page()])
    assert not any({"hearing:0", "first:0"} <= group for group in found)


def test_a_roundup_counts_its_whole_page_when_the_set_holds_part_of_it() -> None:
    """The incremental path re-resolves only the candidate incidents, so it may hold two of a
    roundup's many mentions: counted over the page, the roundup stays apart as in a full run."""
    page = hearing_page()
    others = [roundup_story(k) for k in range(2, ROUNDUP_TELLINGS + 2)]
    full = incidents([shooting_report(), *page, *others])
    part = incidents([shooting_report(), *page], {"first": 1, "hearing": len(page + others)})
    assert not any({"hearing:0", "first:0"} <= group for group in full)
    assert not any({"hearing:0", "first:0"} <= group for group in part)


def test_tellings_are_counted_from_the_stored_page() -> None:
    article = Article(id="hearing", url="https://example.test/hearing", text="A page.")
    saved = [Mention(article_id="hearing", index=k, main=k == 0) for k in range(9)]
    with open_store("sqlite://") as store:
        store.add_articles([article])
        store.save_mentions("hearing", saved)
        assert _stored_tellings(store, saved[:2]) == {"hearing": 9}
    assert article_tellings(saved[:2]) == {"hearing": 2}


CHARGE_DAY = date(2031, 3, 5)


def charge_page(main_killed: int = 1) -> list[MentionProfile]:
    """A page three days after the shooting, naming no one: its main story is the charge filed
    (its own day), told with the shooting's words and counting `main_killed` dead; its
    background story is the shooting, which joins the other outlet's report first."""
    main = replace(
        report("charge", day=CHARGE_DAY, place=MILL_TOWN,
               words={**SHOOTING_WORDS, "charged": 3.0}, published=CHARGE_DAY),
        figures=[_killed(main_killed)],
    )  # fmt: skip
    recalled = replace(
        report("charge", day=SHOOTING_DAY, place=MILL_TOWN, words=SHOOTING_WORDS,
               published=CHARGE_DAY, main=False),
        figures=[_killed(1)],
    )  # fmt: skip
    return [main, recalled]


def test_a_page_told_twice_alike_and_naming_no_one_joins_the_report_it_links() -> None:
    profiles = [shooting_report(frozenset()), *charge_page()]
    assert incidents(profiles) == [{"charge:0", "charge:1", "first:0"}]


def test_a_page_whose_tellings_count_two_events_keeps_its_main_story_apart() -> None:
    # the main story counts three dead, the background story one: two events on one page
    found = incidents([shooting_report(frozenset()), *charge_page(main_killed=3)])
    assert not any({"charge:0", "charge:1"} <= group for group in found)
