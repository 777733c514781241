"""A victim or accused typed in one report and only written in another (merge/profile.py
`written_names`, `person_key`; merge/linker.py `named_by_both`; merge/blocking.py
`written_people_keys`; docs/resolution.md nineteenth pass): a vigil page whose grammar types no
one, or a charge sheet giving a middle name, still names the person the first report typed.
Reports, names, places and dates are this test's own; the people are generic stand-ins."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.merge.blocking import written_people_keys
from newsledger.merge.linker import link_features, named_by_both, named_people, score_link
from newsledger.merge.profile import MentionProfile, build_profile, person_key, written_names
from newsledger.merge.resolve import blocked_pairs, link_threshold
from newsledger.merge.scoring import CANNOT_LINK
from newsledger.model import Article, Claim, Mention, Span

RIVER_TOWN = {
    "name": "Wexbridge",
    "country_code": "US",
    "admin1": "S1",
    "admin2": None,
    "latitude": 40.0,
    "longitude": -100.0,
    "geo_precision": 1,
    "geonames_id": 8401,
}
COUNTY_SEAT = {**RIVER_TOWN, "name": "Olderney", "latitude": 40.8, "longitude": -101.2,
               "geonames_id": 8402}  # fmt: skip
OTHER_STATE = {**RIVER_TOWN, "name": "Carrowmere", "admin1": "S2", "geonames_id": 8403}


def _claim(article_id: str, text: str, field: str, value: object, fragment: str) -> Claim:
    start = text.index(fragment)
    span = Span(article_id, start, start + len(fragment), fragment)
    return Claim(field, value, span)  # type: ignore[arg-type]


def profile(
    key: str,
    text: str,
    *,
    published: date,
    place: dict[str, object],
    typed: str | None = None,
    day: str | None = None,
) -> MentionProfile:
    """The main mention of another outlet's report `key`: `text`, placed at `place`, with the
    victim `typed` as the extractor types one (a person claim over its words) and the event
    `day` when the report states one."""
    mention = Mention(key, 0, True)
    town = str(place["name"])
    mention.claims.append(_claim(key, text, "location", dict(place), town))
    if day is not None:
        mention.claims.append(_claim(key, text, "date", day, "Saturday"))
    if typed is not None:
        claim = _claim(key, text, "person", typed, typed)
        claim.kind = "victim"
        mention.claims.append(claim)
    article = Article(id=key, text=text, outlet=f"{key}.example", published=published)
    return build_profile(mention, {key: article})


SHOOTING = profile(
    "first",
    "Wexbridge police said Jordan Avery Blake, 19, was shot dead on Saturday on Tanner Row.",
    published=date(2031, 3, 2),
    place=RIVER_TOWN,
    typed="Jordan Avery Blake",
    day="2031-03-01",
)
"""The first report: the victim typed, with a middle name."""


def vigil(text: str, place: dict[str, object] = COUNTY_SEAT) -> MentionProfile:
    """Another outlet's page five weeks later, in the county seat, stating its own day (a vigil
    on Saturday), whose grammar types no one."""
    return profile("vigil", text, published=date(2031, 4, 6), place=place, day="2031-04-05")


def _meet_by_written_name(first: MentionProfile, later: MentionProfile) -> bool:
    """Whether `later`, added after `first` is stored, finds it by a written-people key."""
    return bool(set(written_people_keys(later)[1]) & set(written_people_keys(first)[0]))


def test_a_full_name_is_its_given_name_and_surname() -> None:
    assert person_key("jordan avery blake jr.") == "jordan blake"
    assert person_key("jordan blake") == "jordan blake"
    assert person_key("blake") is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("A vigil for Jordan Blake drew neighbours.", True),
        ("Friends remembered Jordan A. Blake on Sunday.", True),
        ("Family of Jordan Avery Blake Jr. spoke.", True),
        ("Jordan spoke to Blake on Sunday.", False),  # two people, not one name
        ("They met Jordan. Blake arrived later.", False),  # a sentence between the words
        ("The JORDAN BLAKE fund opened.", False),  # shouted words are no name here
    ],
)
def test_a_story_writes_a_given_name_and_surname(text: str, written: bool) -> None:
    assert ("jordan blake" in written_names(text)) is written


def test_a_vigil_writing_the_typed_victim_links_past_the_date_veto() -> None:
    later = vigil("Neighbours held a candlelight vigil in Olderney for Jordan Blake on Saturday.")
    assert later.people == frozenset()  # nobody typed on this page
    assert named_by_both(SHOOTING, later) == ["jordan avery blake"]
    assert named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert score_link(SHOOTING, later) > link_threshold()


def test_the_vigil_meets_the_shooting_in_either_order() -> None:
    later = vigil("Neighbours held a candlelight vigil in Olderney for Jordan Blake on Saturday.")
    assert blocked_pairs([SHOOTING, later]) == [(0, 1)]
    assert _meet_by_written_name(SHOOTING, later) and _meet_by_written_name(later, SHOOTING)
    stored, probed = written_people_keys(SHOOTING)
    assert "t|US.S1|jordan blake" in stored and "w|US.S1|jordan blake" in probed


def test_another_victim_of_the_same_surname_stays_apart() -> None:
    later = vigil("Neighbours held a candlelight vigil in Olderney for Morgan Blake on Saturday.")
    assert named_by_both(SHOOTING, later) == []
    assert score_link(SHOOTING, later) == CANNOT_LINK  # the date veto holds


def test_the_same_name_written_in_another_state_is_left_to_the_vetoes() -> None:
    later = vigil(
        "Neighbours held a candlelight vigil in Carrowmere for Jordan Blake on Saturday.",
        place=OTHER_STATE,
    )
    assert named_by_both(SHOOTING, later) == ["jordan avery blake"]
    assert not named_people(SHOOTING, later, link_features(SHOOTING, later))
    assert not _meet_by_written_name(SHOOTING, later)
    assert not _meet_by_written_name(later, SHOOTING)


def test_a_name_neither_report_types_is_no_evidence() -> None:
    # both pages write an official's name; the extractor typed no victim on either
    first = vigil("Mayor Dana Quill spoke in Olderney on Saturday about the shooting.")
    other = profile(
        "other",
        "In Wexbridge, Mayor Dana Quill opened a park on Saturday.",
        published=date(2031, 9, 1),
        place=RIVER_TOWN,
    )
    assert named_by_both(first, other) == []
    assert not _meet_by_written_name(first, other) and not _meet_by_written_name(other, first)
