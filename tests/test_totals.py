"""One total per count, vague quantities in the consensus, period markers, implied deaths,
datelines and site names. Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import killed_and_injured

from newsledger.extract.figures import extract_figures
from newsledger.extract.totals import is_generic_count, mention_totals
from newsledger.merge.consensus import SourcedFigure, figure_consensus, incident_totals
from newsledger.model import Article, Claim, Span
from newsledger.nlp.datelines import event_place, find_dateline
from newsledger.nlp.pipeline import analyse
from newsledger.nlp.places import find_places


def _figures(text: str) -> list[Claim]:
    article = Article.from_text(text, language="en")
    doc = analyse(article)
    return extract_figures(list(doc.sents), article.id)


def _claim(kind: str, value: int | None, actor: str | None = None, qualifier: str = "exact",
           text: str = "x", max_value: int | None = None) -> Claim:  # fmt: skip
    return Claim("figure", value, Span("a", 0, len(text), text), qualifier=qualifier, kind=kind,
                 actor=actor, max_value=max_value)  # fmt: skip


# --- consensus: a vague quantity never overrides a stated number ------------------------------


def test_vague_source_does_not_lower_a_stated_count() -> None:
    figures = [
        SourcedFigure("outlet-a", "a1", 3, "vague", 9),  # "several officers were hurt"
        SourcedFigure("outlet-b", "b1", 15, "exact", None),
        SourcedFigure("outlet-c", "c1", 15, "exact", None),
    ]
    result = figure_consensus(figures)
    assert result.value == 15
    assert result.conflicting_sources == []


def test_vague_claim_of_the_same_source_does_not_lower_its_count() -> None:
    figures = [
        SourcedFigure("outlet-a", "a1", 3, "vague", 9),
        SourcedFigure("outlet-a", "a1", 15, "exact", None),
    ]
    assert figure_consensus(figures).value == 15


def test_vague_alone_still_gives_its_range() -> None:
    result = figure_consensus([SourcedFigure("outlet-a", "a1", 24, "vague", 99)])
    assert (result.value, result.maximum) == (24, 99)


def test_incident_totals_take_the_conservative_stated_count() -> None:
    totals = incident_totals(
        [
            ("outlet-a", "a1", {"injured": {"value": 3, "max": 9, "qualifier": "vague"}}),
            ("outlet-b", "b1", {"injured": {"value": 15, "max": 15, "qualifier": "exact"}}),
            ("outlet-c", "c1", {"injured": {"value": 14, "max": 14, "qualifier": "exact"}}),
        ]
    )
    assert totals["injured"]["value"] == 14


def test_incident_totals_take_the_middle_source_not_one_that_told_a_part() -> None:
    totals = incident_totals(
        [
            ("outlet-a", "a1", {"killed": {"value": 1, "max": 1, "qualifier": "exact"}}),
            ("outlet-b", "b1", {"killed": {"value": 2, "max": 2, "qualifier": "exact"}}),
            ("outlet-c", "c1", {"killed": {"value": 2, "max": 2, "qualifier": "exact"}}),
        ]
    )
    assert (totals["killed"]["value"], totals["killed"]["sources"]) == (2, 2)


def _told(killed: int | None, injured: int | None) -> dict[str, dict[str, object]]:
    """A mention's totals as a source tells them (None: the source gives no such count)."""
    out: dict[str, dict[str, object]] = {}
    for kind, value in (("killed", killed), ("injured", injured)):
        if value is not None:
            out[kind] = {"value": value, "max": value, "qualifier": "exact"}
    return out


def test_a_victim_first_reported_hurt_then_dead_is_counted_dead_once() -> None:
    # "A boy was shot on Elm Street and is in critical condition" (an early report), then
    # "The boy shot on Elm Street died overnight" (another outlet, the next day).
    totals = incident_totals(
        [("outlet-a", "a1", _told(None, 1)), ("outlet-b", "b1", _told(1, None))]
    )
    assert totals["killed"]["value"] == 1
    assert totals["injured"]["value"] == 0
    assert (totals["injured"]["min"], totals["injured"]["max"]) == (1, 1)  # as told


def test_one_outlets_early_report_yields_to_its_own_follow_up() -> None:
    # One outlet: "A man was shot outside a bar and is in grave condition" on Friday, "The man
    # shot outside the bar on Friday has died" on Sunday; another outlet: "A man died after
    # being shot outside a bar".
    totals = incident_totals(
        [
            ("outlet-a", "a1", _told(None, 1)),
            ("outlet-a", "a2", _told(1, None)),
            ("outlet-b", "b1", _told(1, None)),
        ]
    )
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (1, 0)


def test_survivors_told_beside_the_dead_stay_injured() -> None:
    # "Two men were killed and three wounded", and "Two men died in the shooting".
    totals = incident_totals(
        [("outlet-a", "a1", _told(2, 3)), ("outlet-b", "b1", _told(2, None))]
    )
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (2, 3)


def test_only_the_victims_who_died_since_leave_the_injured() -> None:
    # "Four people were shot, one fatally" (one dead, three hurt) and two later reports that
    # count only the dead: "Two people are dead after Friday's shooting", "a second victim died".
    totals = incident_totals(
        [
            ("outlet-a", "a1", _told(1, 3)),
            ("outlet-b", "b1", _told(2, None)),
            ("outlet-c", "c1", _told(2, None)),
        ]
    )
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (2, 2)


# --- mention totals ---------------------------------------------------------------------------


def test_actorless_count_is_not_added_to_the_same_count_with_an_actor() -> None:
    claims = [_claim("killed", 2), _claim("killed", 2, "civilians")]
    assert mention_totals(claims)["killed"]["value"] == 2


def test_totals_add_different_sides() -> None:
    claims = [_claim("injured", 4, "police"), _claim("injured", 6, "protesters")]
    assert mention_totals(claims)["injured"]["value"] == 10


def test_hospitalised_counts_as_injured_and_vague_yields_to_stated() -> None:
    claims = [
        _claim("hospitalised", 5, "police"),
        _claim("injured", 3, "police", "vague", max_value=9),
    ]
    total = mention_totals(claims)["injured"]
    assert (total["value"], total["qualifier"]) == (5, "exact")


def test_vague_only_total_is_a_range() -> None:
    total = mention_totals([_claim("arrested", 24, None, "vague", max_value=99)])["arrested"]
    assert (total["min"], total["max"], total["qualifier"]) == (24, 99, "vague")


def test_a_bare_shot_is_not_an_injury_of_someone_who_died() -> None:
    claims = [_claim("injured", 1, None, text="Garcia was shot"), _claim("killed", 1)]
    totals = mention_totals(claims)
    assert totals["killed"]["value"] == 1
    assert "injured" not in totals


def test_unknowns_and_objects_add_nothing() -> None:
    claims = [_claim("injured", None, "migrants", "unknown"), _claim("other", 12)]
    assert mention_totals(claims) == {}


# --- period markers govern only their own count -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A record 5,000 protesters clashed with police in Lyon on Saturday, and 12 officers "
            "were injured in the worst unrest this year.",
            {("participants", 5000), ("injured", 12)},
        ),
        ("In 2015, 500 people were killed in shootings across the county.", set()),
        (
            "Twelve people have been killed in the district since January, and three officers "
            "were wounded on Friday.",
            {("injured", 3)},
        ),
        ("Police said 30 people were arrested on Sunday, the highest figure so far.",
         {("arrested", 30)}),
    ],
)
def test_period_markers_only_silence_the_counts_they_govern(
    text: str, expected: set[tuple[str, int]]
) -> None:
    found = {(c.kind, c.value) for c in _figures(text) if isinstance(c.value, int)}
    assert found == expected


def test_a_running_total_gives_no_implied_death() -> None:
    claims = _figures("It was the county's 40th homicide this year, and two bystanders were hurt.")
    assert {(c.kind, c.value) for c in claims} == {("injured", 2)}


def test_a_death_word_in_the_lead_gives_at_least_one_killed() -> None:
    claims = _figures("Police are investigating a fatal shooting on Elm Street on Tuesday night.")
    killed = [c for c in claims if c.kind == "killed"]
    assert [(c.value, c.qualifier, c.span.text) for c in killed] == [
        (1, "at_least", "fatal shooting")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Teen held on attempted murder charge\n\nA teen was charged after a boy was wounded.",
        "A driver faces two counts of attempted first-degree murder after a bar fight on Sunday.",
        "Police said the attempted murders of two clerks were caught on camera.",
        "Deputies say the driver faces a count of attempted aggravated murder after the chase.",
        "The man was charged with attempted criminal homicide and assault.",
    ],
)
def test_an_attempted_murder_kills_nobody(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert "killed" not in totals, totals


@pytest.mark.parametrize(
    "text",
    [
        "The man was charged with aggravated murder on Monday.",
        "The woman was charged with criminal homicide in the death of her neighbor.",
    ],
)
def test_a_charge_of_murder_with_its_qualifier_still_gives_one_killed(text: str) -> None:
    """A qualifier without "attempted" leaves the death: someone died."""
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == 1, totals


def test_a_stated_injured_count_that_is_part_of_those_hit_yields_to_them() -> None:
    totals = mention_totals(_figures(
        "Five men were shot outside a bakery late on Friday. Two men were taken to a hospital "
        "in serious condition, officers said."
    ))  # fmt: skip
    assert totals["injured"]["value"] == 5


def test_the_dead_are_not_among_the_injured_hit() -> None:
    totals = mention_totals(_figures(
        "Four people were shot near a gas station on Sunday. One man was killed and one woman "
        "was injured, police said."
    ))  # fmt: skip
    assert totals["killed"]["value"] == 1
    assert totals["injured"]["value"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "A man was found suffering from a gunshot wound on a porch late on Monday. He died at "
        "the scene, officers said.",
        "A stray bullet hit a nine-year-old girl in her bedroom on Sunday. The girl died hours "
        "later, her uncle said.",
        "A woman was struck by gunfire outside a laundromat and was pronounced dead there.",
    ],
)
def test_a_sole_victim_who_died_of_the_hit_is_not_also_injured(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == 1, totals
    assert "injured" not in totals, totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A man was found suffering from a gunshot wound on a porch late on Monday.", 1),
        ("A man was taken to a hospital with a gunshot wound after a fight on Friday.", 1),
        ("Two men were treated for gunshot wounds after a fight at a gym on Friday.", 2),
    ],
)
def test_a_gunshot_wound_alone_still_counts_the_living(text: str, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == injured, totals


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Deputies said four people were shot, one fatally, outside a skating rink on Friday.", 1,
         3),
        ("A gunman shot six people, two of them fatally, at a cookout early on Saturday.", 2, 4),
        ("Five teens, one fatally, were shot behind a school in March.", 1, 4),
        ("Seven people were shot -- three fatally -- in a parking garage on Sunday.", 3, 4),
    ],
)  # fmt: skip
def test_the_share_of_those_hit_who_died_is_killed(text: str, killed: int, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (killed, injured), totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A man wounded in a shooting outside a bar on Friday has died, police said.", 0),
        ("A girl dies after being wounded by a stray bullet at a cookout.", 0),
        ("A teenager injured in a crash on Tuesday died of his injuries at a hospital.", 0),
        # the dead and the wounded told by words of their own: two people
        ("A man was killed and a woman was wounded in a shooting outside a bar on Friday.", 1),
    ],
)
def test_one_person_hurt_whose_death_the_same_words_tell_is_not_injured(
    text: str, injured: int
) -> None:
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == 1, totals
    assert totals.get("injured", {}).get("value", 0) == injured, totals


@pytest.mark.parametrize(
    "text",
    [
        "A woman was killed. A man wounded in the same shooting is in critical condition and "
        "may die.",
        "A woman was killed. A man wounded in the same shooting could die, doctors said.",
        "A woman was killed on Friday. A man who was wounded did not die, police said.",
        "A woman was killed on Friday. A man wounded in the shooting is not dead, police said.",
    ],
)
def test_a_death_that_may_come_or_did_not_leaves_the_wounded_alive(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals.get("killed", {}).get("value") == 1, totals
    assert totals.get("injured", {}).get("value") == 1, totals


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Six people were shot on Saturday night, one fatally. A man was hit in the arm and was "
         "taken to a hospital. Another man was hit in the leg.", 1, 5),
        ("Four people were shot outside a store on Sunday. A woman was shot in the hand and was "
         "treated at a hospital. Another woman was shot in the foot.", 0, 4),
        # "another" right after the count is one more than it
        ("Two men were shot on Saturday night and taken to a hospital. Another man was shot in "
         "the leg.", 0, 3),
    ],
)  # fmt: skip
def test_another_in_a_list_of_the_counted_people_is_one_of_them(
    text: str, killed: int, injured: int
) -> None:
    totals = mention_totals(_figures(text))
    assert totals.get("killed", {}).get("value", 0) == killed, totals
    assert totals["injured"]["value"] == injured, totals


def test_a_fatal_share_needs_a_count_of_people_hit_before_it() -> None:
    claims = _figures("Officers fired three rounds, one fatally, at the driver on Friday.")
    assert not any(c.kind == "killed" and c.span.text.startswith("one") for c in claims)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A six-year-old boy accidentally shot his aunt while they were packing for a trip.",
         "injured"),
        ("Deputies say a teen shot and killed his stepfather in a barn on Monday.", "killed"),
        ("A 9-year-old girl is recovering after being shot in the knee at a birthday party.",
         "injured"),
        ("A farmer was hurt after being struck by a stray round near his barn.", "injured"),
        ("A 6-year-old was shot in the shoulder while riding in the back seat.", "injured"),
        ("Officers said an 80-year-old was killed when a bullet came through a window.",
         "killed"),
    ],
)  # fmt: skip
def test_one_person_named_by_kin_or_told_after_being_shot_counts(text: str, kind: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals[kind]["value"] == 1, totals


def test_a_kin_word_without_a_casualty_counts_nothing() -> None:
    assert mention_totals(_figures("Her uncle said the family would hold a vigil on Friday.")) == {}
    assert mention_totals(_figures("The 15-year-old told deputies he found a gun in a box.")) == {}


def test_no_implied_death_next_to_a_stated_count() -> None:
    claims = _figures("Two men were killed in a fatal shooting outside a bar on Friday.")
    assert [(c.value, c.qualifier) for c in claims if c.kind == "killed"] == [(2, "exact")]


# --- datelines and site names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Bar shooting\n\nSPRINGFIELD, Ill. (AP) — A man was shot late on Friday.", "Springfield",
         "Illinois"),
        ("Crash on the bypass | wtol.comTOLEDO, Ohio -- Two men were hurt.", "Toledo", "Ohio"),
        ("(Dayton, OH)-- A woman was wounded.", "Dayton", "Ohio"),
        ("PALM BEACH COUNTY, Fla. - A family asks for answers.", "Palm Beach County", "Florida"),
        ("Standoff ends\n\nTOLEDO (June 3, 2019) - Officers said a man was hurt.", "Toledo",
         "Ohio"),
        ("Standoff ends\n\nFort Myers, Fla. (WXYZ) -- One man was held.", "Fort Myers",
         "Florida"),
        ("Madison, Wis. — Two teens were hurt near a park.", "Madison", "Wisconsin"),
        ("LUBBOCK, TEXAS -- Two men were hurt outside a bar.", "Lubbock", "Texas"),
        ("Officers cleared\n\nDANE COUNTY — A man was shot near a farm in Wisconsin.",
         "Dane County", "Wisconsin"),
    ],
)  # fmt: skip
def test_dateline_towns_resolve_in_their_state(text: str, name: str, admin1: str) -> None:
    mention = find_dateline(text)
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.admin1) == (name, admin1)
    assert text[mention.start : mention.end].lower() == name.lower()


def test_no_dateline_in_ordinary_text() -> None:
    assert find_dateline("A man was shot in the leg on Friday, police said.") is None
    # a town and state inside a sentence is no dateline, even before a dash
    assert find_dateline("She moved to Madison, Wis. - and later left.") is None
    # a bare hyphen after a capital word is a dateline only after an agency or date bracket
    assert find_dateline("The FBI - not local police - took the case.") is None


def test_dateline_beats_a_nearby_part_but_not_a_far_town_of_its_state() -> None:
    dateline = find_dateline("AKRON, Ohio -- A man was hurt.")
    assert dateline is not None and dateline.place is not None
    near = find_dateline("BARBERTON, Ohio -- x")  # about 15 km from Akron
    far = find_dateline("CINCINNATI, Ohio -- x")  # about 300 km away, same state
    assert near is not None and far is not None
    assert event_place(dateline, near) is dateline
    assert event_place(dateline, far) is far
    assert event_place(dateline, None) is dateline


def test_an_ap_county_abbreviation_in_a_dateline_is_the_county() -> None:
    mention = find_dateline("Search goes on\n\nBEDFORD CO., Va., - Deputies looked for a driver.")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.admin1) == ("Bedford County", "Virginia")
    assert mention.text == "BEDFORD CO."


def test_a_dateline_its_own_police_confirm_beats_a_far_town_of_its_state() -> None:
    dateline = find_dateline("AKRON, Ohio -- A man was hurt.")
    far = find_dateline("CINCINNATI, Ohio -- x")
    police = find_dateline("AKRON (WXYZ) -- x")  # stands for "Akron police said"
    assert dateline is not None and far is not None and police is not None
    assert event_place(dateline, far, police) is dateline
    assert event_place(dateline, far, None) is far
    assert event_place(police, far, police) is far  # the police's town alone is no dateline


def test_a_county_dateline_without_a_state_needs_one_county_or_its_state_named() -> None:
    # Washington County exists in many states; nothing says which
    assert find_dateline("WASHINGTON COUNTY — A man was shot on a farm road.") is None


def test_site_names_and_state_abbreviations_are_not_places() -> None:
    text = (
        "Firefighters were called to the Beaulieu Zone on Monday. A car was set alight on "
        "Victory Blvd near the station. The driver, of Duncannon, Pa., was unhurt."
    )
    article = Article.from_text(text, language="en")
    names = {m.text for m in find_places(analyse(article), "en") if m.place is not None}
    assert "Beaulieu" not in names
    assert "Victory" not in names
    assert "Pa" not in names


# --- who was hurt: negation, agents, people already introduced --------------------------------


def test_negated_injury_is_no_count() -> None:
    claims = _figures("The driver was not injured, but two cyclists were hurt in the collision.")
    assert {(c.kind, c.value) for c in claims} == {("injured", 2)}


def test_people_who_shot_are_not_the_injured() -> None:
    claims = _figures("Detectives are looking for two men who shot at a parked van on Friday.")
    assert [c for c in claims if c.kind == "injured"] == []


def test_the_victim_taken_to_hospital_is_one_of_the_dead() -> None:
    claims = [
        _claim("killed", 1, "civilians", text="a cyclist was killed"),
        _claim("hospitalised", 1, "civilians", text="The victim was taken to a hospital"),
    ]
    totals = mention_totals(claims)
    assert totals["killed"]["value"] == 1 and "injured" not in totals


def test_a_newly_introduced_injured_person_still_counts() -> None:
    claims = [
        _claim("killed", 1, "civilians", text="a cyclist was killed"),
        _claim("injured", 1, "civilians", text="a woman was injured"),
    ]
    assert mention_totals(claims)["injured"]["value"] == 1


def test_the_police_town_anchors_the_event() -> None:
    from newsledger.nlp.datelines import find_jurisdiction

    text = "Akron police are looking for a gunman after a man was wounded on Elm Street."
    article = Article.from_text(text, language="en")
    places = list(analyse(article)._.places or [])
    found = find_jurisdiction(article.text, places)
    assert found is not None and found.place is not None
    assert (found.place.name, found.place.admin1) == ("Akron", "Ohio")


@pytest.mark.parametrize(
    "text",
    [
        "Metro police say a teenager was shot on Elm Street late Friday.",
        "A teenager was wounded late Friday on Elm Street, according to Metro Police.",
    ],
)
def test_a_force_named_by_an_everyday_word_anchors_no_town(text: str) -> None:
    """ "Metro police" are a metropolitan force, not the police of a town called Metro."""
    from newsledger.nlp.datelines import find_jurisdiction

    article = Article.from_text(text, language="en")
    assert find_jurisdiction(article.text, list(analyse(article)._.places or [])) is None


def test_a_part_of_a_town_names_the_town() -> None:
    from newsledger.nlp.datelines import find_jurisdiction

    text = "A man was wounded on Friday on Cleveland's East Side, a spokesman said."
    article = Article.from_text(text, language="en")
    found = find_jurisdiction(article.text, list(analyse(article)._.places or []))
    assert found is not None and found.place is not None and found.place.name == "Cleveland"


def test_perpetrators_are_counted_apart_from_victims() -> None:
    claims = _figures("The gunman was shot dead by deputies after he wounded four people.")
    assert {(c.kind, c.actor, c.value) for c in claims} == {
        ("killed", "perpetrators", 1),
        ("injured", "civilians", 4),
    }


def test_conjoined_people_are_one_claim_of_several() -> None:
    claims = _figures("A 30-year-old woman and a teenage boy were wounded outside the bakery.")
    assert [(c.kind, c.value) for c in claims if c.kind == "injured"] == [("injured", 2)]


def test_another_person_adds_to_the_count() -> None:
    claims = [
        _claim("injured", 1, "civilians", text="a cyclist was hurt"),
        _claim("injured", 1, "civilians", text="Another cyclist was hurt"),
    ]
    assert mention_totals(claims)["injured"]["value"] == 2


def test_an_ordinal_victim_within_the_count_adds_nobody() -> None:
    claims = [
        _claim("injured", 3, "civilians", text="Three diners were wounded"),
        _claim("hospitalised", 1, "civilians", text="A third diner was taken to a clinic"),
    ]
    assert mention_totals(claims)["injured"]["value"] == 3


def test_an_ordinal_victim_past_the_count_raises_it_to_its_place() -> None:
    claims = [
        _claim("injured", 2, "civilians", text="Two cyclists were hurt"),
        _claim("injured", 1, "civilians", text="a third cyclist was hurt"),
        _claim("injured", 1, "civilians", text="Another cyclist was hurt"),
    ]
    assert mention_totals(claims)["injured"]["value"] == 4


def test_an_ordinal_victim_counts_the_dead_before_him() -> None:
    claims = [
        _claim("killed", 1, "civilians", text="one guest was dead"),
        _claim("injured", 1, "civilians", "at_least", text="At least one more guest was hurt"),
        _claim("hospitalised", 1, "civilians", text="A third guest went to a clinic"),
    ]
    totals = mention_totals(claims)
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (1, 2)


@pytest.mark.parametrize(
    "rank",
    [
        "the second local teenager to be killed this month",
        "the fifth person to die on the county's roads this year",
    ],
)
def test_a_rank_in_a_tally_is_no_second_person(rank: str) -> None:
    claims = [
        _claim("killed", 1, "civilians", text="A teenager was killed"),
        _claim("killed", 1, "civilians", text=rank),
    ]
    assert mention_totals(claims)["killed"]["value"] == 1


def test_the_second_victim_told_dead_is_a_second_dead() -> None:
    claims = [
        _claim("killed", 1, "civilians", text="One cyclist was killed"),
        _claim("killed", 1, "civilians", text="The second victim died"),
    ]
    assert mention_totals(claims)["killed"]["value"] == 2


def test_the_second_of_two_dead_is_not_a_third() -> None:
    totals = mention_totals(
        _figures(
            "Two men were killed in the crash on the ring road on Sunday. The second man "
            "killed was a delivery driver from the next town."
        )
    )
    assert totals["killed"]["value"] == 2


def test_headline_bare_noun_is_one_person() -> None:
    claims = _figures("Teenager injured in collision with van\n\nIt happened on Monday morning.")
    assert [(c.kind, c.value) for c in claims] == [("injured", 1)]


def test_reflexive_object_makes_the_subject_the_casualty() -> None:
    claims = _figures("A 12-year-old boy accidentally shot himself in the hand on Sunday.")
    assert [(c.kind, c.value) for c in claims] == [("injured", 1)]


def test_a_region_named_like_the_capital_yields_to_the_capital() -> None:
    from newsledger.nlp.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    assert (gazetteer.lookup("Washington")[0].admin1, gazetteer.lookup("Berlin")[0].feature) == (
        "District of Columbia",
        "city",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forty people were rescued at sea off Dunkirk on Tuesday night.", "Dunkirk"),
        ("A dinghy was intercepted off Calais before dawn.", "Calais"),
    ],
)
def test_at_sea_off_a_town_is_near_it(text: str, name: str) -> None:
    article = Article.from_text(text, language="en")
    found = [m for m in find_places(analyse(article), "en") if m.place is not None]
    assert [(m.place.name, m.geo_precision) for m in found if m.place] == [(name, 2)]


def test_nationalities_and_languages_are_never_places() -> None:
    text = "English and Polish volunteers handed out food to migrants near the port of Calais."
    article = Article.from_text(text, language="en")
    names = [m.text for m in find_places(analyse(article), "en")]
    assert "English" not in names and "Polish" not in names


# --- "X dead and Y hurt": each count keeps its own word ---------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A fight at a barbecue left one man dead and three others injured late on Saturday.", 1,
         3),
        ("The gunfire left one teenager dead and four others wounded, deputies said.", 1, 4),
        ("The crash of gunfire left an elderly woman dead and two men injured.", 1, 2),
        ("Two dead and five wounded in a shooting near a gas station", 2, 5),
        ("Gunfire at a park leaves one dead, three hurt", 1, 3),
        ("Deputies said the man opened fire in a garage, killing two and wounding four.", 2, 4),
    ],
)  # fmt: skip
def test_coordinated_counts_of_dead_and_hurt_stay_apart(
    text: str, killed: int, injured: int
) -> None:
    totals = mention_totals(_figures(text))
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (killed, injured), totals


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An argument at a cookout left two men dead and three others in the hospital.", 2),
        ("The ambush left one deputy dead and at least five others with bullet wounds.", 1),
        ("The fire at the warehouse left one guard dead and four workers in intensive care.", 1),
        ("A crash on the bridge left three soldiers and two nurses dead.", 5),
    ],
)  # fmt: skip
def test_the_state_a_verb_leaves_belongs_to_the_people_before_it(text: str, killed: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == killed, totals


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Deputies found a man shot to death behind a closed bakery.", 1, 0),
        ("A young man was stabbed to death near the canal late on Friday.", 1, 0),
        ("The robbers beat a clerk to death and wounded a customer.", 1, 1),
        ("A farmer was sentenced to death for setting fire to a barn.", 0, 0),
    ],
)  # fmt: skip
def test_harm_done_to_death_is_a_death_not_an_injury(text: str, killed: int, injured: int) -> None:
    totals = mention_totals(_figures(text))
    got = (totals.get("killed", {}).get("value", 0), totals.get("injured", {}).get("value", 0))
    assert got == (killed, injured), totals


# --- who went to hospital ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Ramirez, 31, was shot on a porch on Friday. Ramirez died at the county hospital.", 1,
         0),
        ("A man was stabbed in a bar. He was pronounced dead at a nearby hospital.", 1, 0),
        ("A girl was shot in the arm. Her grandfather drove her to a hospital.", 0, 1),
        ("Three men were wounded at a bus stop. A cousin rushed them to the hospital.", 0, 3),
        ("A boy was shot on his bike. His sister was asleep in the next room.", 0, 1),
        ("A woman was shot in the foot and drove herself to a hospital.", 0, 1),
        ("The second victim spent two weeks in hospital.", 0, 1),
        ("After the march, two marchers received treatment in an emergency room.", 0, 2),
        ("A shot teenager got stitches at a hospital in the suburbs.", 0, 1),
    ],
)  # fmt: skip
def test_only_the_hurt_who_live_are_hospitalised(text: str, killed: int, injured: int) -> None:
    totals = mention_totals(_figures(text))
    got = (totals.get("killed", {}).get("value", 0), totals.get("injured", {}).get("value", 0))
    assert got == (killed, injured), totals


@pytest.mark.parametrize(
    "text",
    [
        "The gunman began shooting at the crowd outside the bar before he fled.",
        "Officers said a shooting suspect was arrested at a motel on Monday.",
        "The robber is thought to have shot at the car as it drove off.",
    ],
)
def test_shooters_are_not_the_hurt(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert "injured" not in totals, totals
    assert "killed" not in totals, totals


def test_a_shooter_believed_to_have_shot_someone_is_not_hurt() -> None:
    totals = mention_totals(_figures("The gunman is believed to have shot a cashier's aunt."))
    assert totals["injured"]["value"] == 1, totals
    totals = mention_totals(_figures("A woman is thought to have been shot by her neighbor."))
    assert totals["injured"]["value"] == 1, totals


def test_the_emergency_line_counts_nobody() -> None:
    claims = _figures("His sister called 911 reporting that she had been shot.")
    assert not any(c.value == 911 for c in claims), claims
    claims = _figures("Officials said 911 people were hurt in the storms that year.")
    assert any(c.value == 911 and c.kind == "injured" for c in claims), claims


def test_a_relative_clause_with_its_own_subject_tells_of_that_subject() -> None:
    totals = mention_totals(_figures(
        "A neighbor of the family whose home a 5-year-old girl was fatally injured in spoke "
        "to a reporter on Monday."
    ))  # fmt: skip
    assert totals["killed"]["value"] == 1, totals
    assert "injured" not in totals, totals


# --- hospital conditions, headlines, perpetrators (counts-s7) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a garage on Elm Road left a worker in critical condition on Monday.",
        "A pedestrian was in serious condition after a truck hit her near the school.",
        "The shopkeeper was listed in stable condition at a county hospital.",
        "A teenager remained in critical but stable condition after the shooting.",
    ],
)
def test_a_hospital_condition_says_one_person_was_hurt(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 1, totals
    assert "killed" not in totals, totals


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours were critical of the way the council handled the flooding.",
        "The bridge was in fair condition when engineers checked it last spring.",
    ],
)
def test_a_condition_of_no_person_or_a_criticism_counts_nobody(text: str) -> None:
    assert "injured" not in mention_totals(_figures(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Man killed in west side crash\n\nPolice closed the road for hours.", "killed"),
        ("Woman shot, killed near bus stop\n\nDetectives are asking for help.", "killed"),
        ("Teen critical after Maple Street shooting\n\nNo arrests have been made.", "injured"),
        ("Young driver hurt when tree falls on car\n\nCrews cleared the road.", "injured"),
    ],
)  # fmt: skip
def test_a_headline_counts_its_bare_person_noun(text: str, kind: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals[kind]["value"] == 1, totals


def test_a_headline_subject_that_did_something_is_not_hurt() -> None:
    totals = mention_totals(_figures("Man shot neighbour's dog\n\nDeputies took a report."))
    assert "injured" not in totals, totals


def test_the_perpetrators_in_a_total_are_counted_apart() -> None:
    totals = mention_totals(_figures(
        "A woman was killed and a customer was wounded at a gas station on Sunday. "
        "The gunman was shot dead by deputies minutes later."
    ))  # fmt: skip
    assert (totals["killed"]["value"], totals["killed"]["perpetrators"]) == (2, 1), totals
    assert (totals["injured"]["value"], totals["injured"]["perpetrators"]) == (1, 0), totals


def test_a_suspect_shot_by_police_is_a_perpetrator_injured() -> None:
    totals = mention_totals(_figures(
        "A teenager was wounded and two men died in the shooting. "
        "The suspect was shot and wounded by an officer."
    ))  # fmt: skip
    assert (totals["killed"]["value"], totals["killed"]["perpetrators"]) == (2, 0), totals
    assert (totals["injured"]["value"], totals["injured"]["perpetrators"]) == (2, 1), totals


# --- session 9: lists of people, a perpetrator's own death, title-case headline counts ------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three children and two adults were found dead on Sunday night, deputies said.", 5),
        ("The man fatally shot his wife and two sons at their farmhouse, deputies said.", 3),
        ("Officers say a driver killed his two nephews and a neighbor on Pine Road.", 3),
        ("A woman and her toddler were found dead in their apartment on Tuesday.", 2),
    ],
)  # fmt: skip
def test_a_list_of_people_of_one_side_is_one_count(text: str, killed: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == killed, totals


def test_a_list_of_different_sides_keeps_each_side() -> None:
    totals = mention_totals(_figures("Two officers and three protesters were injured."))
    assert totals["injured"]["value"] == 5, totals


@pytest.mark.parametrize(
    ("text", "killed", "perpetrators"),
    [
        ("A farmer shot and killed his wife and their daughter before killing himself at the "
         "family ranch, the sheriff said.", 3, 1),
        ("A gunman killed three people and wounded two others before he killed himself, police "
         "said.", 4, 1),
    ],
)  # fmt: skip
def test_a_perpetrator_who_killed_himself_counts_beside_his_victims(
    text: str, killed: int, perpetrators: int
) -> None:
    totals = mention_totals(_figures(text))
    assert (totals["killed"]["value"], totals["killed"]["perpetrators"]) == (
        killed, perpetrators), totals  # fmt: skip


def test_someone_who_killed_only_himself_is_no_perpetrator() -> None:
    totals = mention_totals(_figures("A hunter killed himself with his rifle on Monday."))
    assert totals.get("killed", {}).get("perpetrators", 0) == 0, totals


def test_the_one_who_fatally_shot_someone_is_not_dead() -> None:
    totals = mention_totals(_figures("A man fatally shot his neighbour on Elm Road, police said."))
    assert totals["killed"]["value"] == 1, totals


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("2 Dead, 3 Injured After Gunfire At Block Party\n\nPolice said the shooting began "
         "around 11 p.m.", 2, 3),
        ("1 Dead, 4 Hurt In Overnight Shooting At Lakeside Bar\n\nDetectives are asking for "
         "tips.", 1, 4),
        ("One killed, one hurt in Elm Street shooting\n\nDetectives are investigating.", 1, 1),
    ],
)  # fmt: skip
def test_a_title_case_headline_count_is_read(text: str, killed: int, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (killed, injured), totals


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A fight at a wedding ended in gunfire, leaving five guests wounded -- two mortally, "
         "deputies said.", 2, 3),
        ("Gunfire outside a club left seven people hurt, one of them fatally, police said.", 1, 6),
    ],
)  # fmt: skip
def test_the_share_who_died_leaves_an_injured_count(text: str, killed: int, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert (totals["killed"]["value"], totals["injured"]["value"]) == (killed, injured), totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Three teens shot near high school\n\nThe principal spoke to parents.", 3),
        ("5 shot on north side, suspects still at large\n\nOfficers canvassed the area.", 5),
    ],
)  # fmt: skip
def test_a_headline_number_of_people_shot_is_read(text: str, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == injured, totals


def test_a_headline_number_that_fired_at_someone_is_not_hurt() -> None:
    totals = mention_totals(_figures("Two deputies shot a fleeing driver\n\nThe driver lived."))
    assert totals.get("injured", {}).get("value") == 1, totals


def test_a_headline_that_fatally_shoots_someone_says_one_died() -> None:
    totals = mention_totals(_figures(
        "Motorist fatally shoots man who stopped to help\n\nThe sheriff said on Monday that "
        "deputies arrested the motorist at his home."
    ))  # fmt: skip
    assert totals["killed"]["value"] == 1, totals


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Deputies said a 19-year-old female was shot in a parked van.", "injured", 1),
        ("A juvenile was shot in the hand near the skate park late Tuesday.", "injured", 1),
        ("Officers said a 22-year-old male and a 17-year-old female were wounded.", "injured", 2),
        ("A 40-year-old male was killed outside a bar on Route 9, the sheriff said.", "killed", 1),
        ("Youth hurt in drive-by on Walnut Avenue\n\nThe boy is expected to recover.",
         "injured", 1),
    ],
)  # fmt: skip
def test_police_report_person_words_count_one_person(text: str, kind: str, value: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals[kind]["value"] == value, totals


def test_a_male_suspect_stays_a_perpetrator_and_a_male_officer_police() -> None:
    claims = _figures("A male suspect and a female officer were both hurt in the struggle.")
    sides = {c.actor for c in claims if c.kind == "injured"}
    assert "civilians" not in sides, claims


@pytest.mark.parametrize(
    "text",
    [
        "Three houses were struck by gunfire overnight, but nobody was hurt.",
        "Bullets hit two parked cars on Maple Street late Friday; no one was inside.",
        "Four homes were hit during the exchange of fire, police said.",
    ],
)
def test_things_hit_by_gunfire_are_not_injured_people(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert "injured" not in totals, totals


def test_a_person_hit_beside_cars_hit_is_still_counted() -> None:
    totals = mention_totals(
        _figures("A woman was wounded when two cars were hit by stray rounds on Friday.")
    )
    assert totals["injured"]["value"] == 1, totals


def test_ages_of_listed_names_are_not_the_dead() -> None:
    # real people, a true event of 1934: the test needs names, and names no invented person
    claims = _figures("Bonnie Parker, 23 and Clyde Barrow, 25 were shot dead by officers in 1934.")
    assert not {c.value for c in claims} & {23, 25}, claims
    totals = mention_totals(
        _figures("Bonnie Parker, 23, and Clyde Barrow, 25 were shot dead by officers in 1934.")
    )
    assert totals["killed"]["value"] == 2, totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A girl, a man and a woman were wounded outside the diner on Friday.", 3),
        ("Three men, a girl and a woman were hurt when the gunman fired into the yard.", 5),
        ("Deputies said a 9-year-old boy, two women and a man were shot at the fair.", 4),
        ("The shooter wounded a clerk, a customer and two neighbors before he fled.", 4),
        ("A man, a woman and a girl, all from Akron, were wounded near the pier.", 3),
    ],
)  # fmt: skip
def test_a_list_of_people_with_commas_is_one_count(text: str, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == injured, totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A driver, a father of three, was wounded on the ramp late Monday.", 1),
        ("Two deputies, a corporal and a sergeant, were wounded in the standoff.", 2),
        ("Five people, four men and a woman, were wounded at the block party.", 5),
        ("Two other victims, a man, 30, and a woman, 28, were wounded.", 2),
    ],
)  # fmt: skip
def test_an_apposition_is_the_same_people_again(text: str, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == injured, totals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two held in shooting that killed Elmira teen\n\nSubscribe for updates.", "killed"),
        ("Driver charged with firing at bus, wounding passenger\n\nMore to come.", "injured"),
        ("Deputies identify woman killed on Route 7\n\nMore to come.", "killed"),
    ],
)
def test_a_headline_object_without_an_article_is_one_person(text: str, kind: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals[kind]["value"] == 1, totals


def test_a_headline_object_named_by_the_deed_is_not_counted() -> None:
    totals = mention_totals(_figures("Sheriff names shooting victim\n\nMore to come."))
    assert "injured" not in totals, totals


def test_a_bare_object_in_prose_is_not_read_as_a_headline() -> None:
    totals = mention_totals(_figures("Neighbors said they heard shots that hurt nobody."))
    assert "injured" not in totals, totals


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("A nurse and toddler died in the house fire set after the shooting.", "killed", 2),
        ("A farmer and her grandson were found dead in the barn on Tuesday.", "killed", 2),
        ("An aunt, uncle, and infant were found dead in the apartment.", "killed", 3),
        ("A boy and girl were wounded by stray bullets on Saturday.", "injured", 2),
        ("Deputies said a 70-year-old man and his 9-year-old granddaughter both died.",
         "killed", 2),
    ],
)  # fmt: skip
def test_people_joined_by_and_are_all_counted(text: str, kind: str, value: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals[kind]["value"] == value, totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Police: Woman shot outside tavern on Elm Street\n\nMore to come.", 1),
        ("Sheriff: Hunter accidentally shoots himself in foot\n\nMore to come.", 1),
    ],
)
def test_a_headline_after_its_source_prefix_is_still_a_headline(text: str, injured: int) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == injured, totals



# --- "struck" says someone was hit; a pronoun tells a victim's harm ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A teenager was struck in the hip by a stray round near the park on Sunday.",
        "Officers said a ricochet struck a 10-year-old girl on the porch.",
    ],
)
def test_struck_says_one_person_was_hit(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 1, totals


def test_struck_and_killed_is_a_death_not_an_injury() -> None:
    totals = mention_totals(
        _figures("A retired man was struck and killed by gunfire outside the depot.")
    )
    assert totals["killed"]["value"] == 1, totals
    assert "injured" not in totals, totals


def test_striking_workers_were_not_struck() -> None:
    totals = mention_totals(_figures("About 300 striking dockworkers rallied at the gate."))
    assert "injured" not in totals, totals


@pytest.mark.parametrize(
    "text",
    [
        "Deputies found a hiker near the trailhead on Monday. He was rushed to a hospital "
        "with a wound to the thigh.",
        "A cashier called for help after the robbery. Police said she had been shot in the arm.",
        "Her nephew, 15, was playing cards on the porch when he was struck in the foot.",
    ],
)  # fmt: skip
def test_a_pronoun_tells_one_person_hurt(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 1, totals


def test_a_pronoun_for_the_dead_adds_no_injured() -> None:
    text = (
        "A mechanic was shot and killed in his garage on Friday. He had been shot in the back, "
        "the coroner said."
    )
    totals = mention_totals(_figures(text))
    assert totals["killed"]["value"] == 1, totals
    assert "injured" not in totals, totals


def test_a_pronoun_does_not_add_to_a_stated_count() -> None:
    text = (
        "Three teenagers were wounded outside the arcade. She was taken to a hospital in "
        "stable condition."
    )
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 3, totals


@pytest.mark.parametrize(
    "text",
    [
        "A driver fired at a van on Route 9 on Tuesday. He was arrested an hour later.",
        "A clerk was behind the counter during the robbery. She said she was not hurt.",
    ],
)
def test_a_pronoun_arrested_or_unhurt_is_no_injury(text: str) -> None:
    totals = mention_totals(_figures(text))
    assert "injured" not in totals, totals


def test_a_pronoun_does_not_cap_people_hit_on_two_sides() -> None:
    text = (
        "A robber shot a cashier in the arm on Sunday. The robber was shot by a deputy. He was "
        "taken to a hospital."
    )
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 2, totals


def test_a_pronoun_may_be_the_perpetrator_counted_apart() -> None:
    text = (
        "The gunman was wounded by a deputy outside the mall on Sunday. He was taken to a "
        "hospital."
    )
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 1, totals
    assert totals["injured"]["perpetrators"] == 1, totals


# --- a volunteer is of the body it serves; gapped "and another"; ages after role nouns --------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Two volunteer firefighters were wounded when a driver opened fire at the station.",
         "civilians"),
        ("A volunteer deputy was shot in the shoulder during the traffic stop.", "police"),
        ("A volunteer with the sheriff's office was shot while directing traffic.", "police"),
        ("A volunteer with the county rescue squad was killed at the crash site.", "civilians"),
        ("Three volunteers of an aid group were injured when the crowd was charged.",
         "activists"),
    ],
)  # fmt: skip
def test_a_volunteer_is_of_the_body_it_serves(text: str, group: str) -> None:
    sides = {c.actor for c in _figures(text) if c.kind in ("injured", "killed")}
    assert sides == {group}, sides


def test_a_street_named_volunteer_names_no_side() -> None:
    text = "Gunfire hit three parked cars and two pedestrians on Volunteer Parkway late on Friday."
    assert "activists" not in {c.actor for c in _figures(text)}


def test_a_wounded_volunteer_firefighter_is_not_added_to_the_police() -> None:
    text = (
        "A volunteer firefighter and a police officer were shot at the fire scene on Monday. "
        "The officer was wounded in the hand."
    )
    totals = mention_totals(_figures(text))
    assert totals["injured"]["value"] == 2, totals
    assert "activists" not in totals["injured"].get("sides", {}), totals


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("One man was shot in the arm and another in the hip, the sheriff said.", 2),
        ("A teenager was shot in the leg and another in the foot outside the rink.", 2),
        ("A woman was wounded in the shoulder and another man in the back on Friday.", 2),
        ("Two men were shot in the legs and another in the stomach near the park.", 3),
    ],
)
def test_a_gapped_one_more_person_is_counted(text: str, injured: int) -> None:
    assert mention_totals(_figures(text))["injured"]["value"] == injured


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in the arm and the leg outside a bar on Sunday.",
        "A man was wounded with one bullet in the arm and another in the hip.",
    ],
)
def test_a_second_body_part_or_wound_is_no_second_person(text: str) -> None:
    assert mention_totals(_figures(text))["injured"]["value"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The farmer, 58 and his wife, 61 were found dead in their kitchen on Monday.",
        "The pastor, 47 and a deacon, 52 were found dead behind the church.",
    ],
)
def test_ages_after_role_nouns_are_no_counts(text: str) -> None:
    killed = [c.value for c in _figures(text) if c.kind == "killed"]
    assert all(v is not None and v <= 2 for v in killed), killed


def test_a_count_after_a_place_and_a_comma_still_counts() -> None:
    text = "In the old mill district, 3 were killed and the owner, 50, was hurt."
    assert mention_totals(_figures(text))["killed"]["value"] == 3


def test_a_part_named_with_including_does_not_name_the_whole_count() -> None:
    text = "A gunman killed a clerk, and four others, including a police officer, were wounded."
    claims = [c for c in _figures(text) if c.kind == "injured" and c.value == 4]
    assert claims and all(c.actor != "police" for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "At least eleven people have been shot since Friday evening, police said.",
        "Three men were wounded in two separate shootings on the East Side.",
        "Nine people were shot across the city on a warm night.",
        "Seven people were wounded citywide on the holiday.",
    ],
)
def test_a_roundup_tally_is_no_incident_count(text: str) -> None:
    assert "injured" not in mention_totals(_figures(text))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two people have died since Friday's shooting at the fair, police said.", 2),
        ("A man shot on Friday has died, the coroner said on Sunday.", 1),
    ],
)
def test_a_day_that_names_the_shooting_is_no_roundup(text: str, killed: int) -> None:
    assert mention_totals(_figures(text))["killed"]["value"] == killed


# --- a generic count of people holds every side ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Two people are dead after a shootout at a gas station, the clerk and the robber. The "
         "robber was killed by the clerk's return fire.", "killed", 2),
        ("Four people were hurt when a man opened fire at a county fair, one of them a deputy. "
         "The deputy was wounded in the arm.", "injured", 4),
        ("Three people were killed in the standoff, the sheriff said. The suspect was killed by "
         "a trooper's shot.", "killed", 3),
    ],
)  # fmt: skip
def test_a_generic_count_of_people_is_not_added_to_the_sides(
    text: str, kind: str, value: int
) -> None:
    assert mention_totals(_figures(text))[kind]["value"] == value


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A gunman killed three people at a diner. The gunman was later found dead in his car.",
         4),
        ("Police said the man killed two people at a diner. An officer was also killed.", 3),
    ],
)  # fmt: skip
def test_people_a_side_killed_still_add_to_the_other_sides(text: str, killed: int) -> None:
    assert mention_totals(_figures(text))["killed"]["value"] == killed


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Twenty-one people were hurt when the grandstand crowd was fired on.", True),
        ("Thirty people were wounded at the fairground.", True),
        ("Four people were killed at the fairground.", True),
        ("The gunman killed four people at the fairground.", False),
    ],
)
def test_a_count_of_people_in_words_past_twenty_is_generic(text: str, generic: bool) -> None:
    # the count words are the number reader's (nlp.numbers.NUMBER_WORDS), compounds too
    assert is_generic_count(_claim("killed", 21, "civilians", text=text)) is generic


# --- who is counted: the one told, the source of a headline, a relative at the hospital -------


def _kinds_and_sides(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.kind, c.actor) for c in _figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        'The girl told a deputy, "He shot my brother." The brother died later.',
        'One of the boys told an officer, "He killed my dad."',
        # parsed as the deputy's own clause ("a deputy that ..."): it has a subject of its own
        "The girl told a deputy that her brother was killed.",
    ],
)
def test_the_officer_told_is_not_counted(text: str) -> None:
    """What was said to an officer tells of someone else: the officer is no casualty."""
    found = _kinds_and_sides(text)
    assert not {side for _, side in found} & {"police"}
    assert ("killed", "civilians") in found, "the one who was said to be killed is counted"


def test_a_headline_source_is_not_counted() -> None:
    text = "Sheriff: Young sisters playing before shooting kills 2\n\nTwo people died."
    assert ("killed", "police") not in _kinds_and_sides(text)
    assert {c.value for c in _figures(text) if c.kind == "killed"} == {2}


@pytest.mark.parametrize(
    "text",
    [
        "His grandmother was at the hospital on Sunday night. The boy was shot in the leg.",
        "The boy's father arrived at the hospital an hour later. The boy was shot in the arm.",
        "Relatives waited at the hospital while the surgeons worked on the man.",
    ],
)
def test_a_relative_at_the_hospital_is_no_patient(text: str) -> None:
    assert "hospitalised" not in {kind for kind, _ in _kinds_and_sides(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A man arrived at the hospital with a gunshot wound early Sunday.",
        "Her husband was at the hospital in critical condition after he was shot.",
        "The victim is at the hospital after the shooting.",
    ],
)
def test_a_patient_at_the_hospital_is_still_hospitalised(text: str) -> None:
    assert "hospitalised" in {kind for kind, _ in _kinds_and_sides(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Twenty family members gathered at the hospital.",
        "Dozens of friends gathered at the hospital where the boy was treated.",
        "About thirty classmates waited at the medical center through the night.",
        "Some 15 relatives were gathered at the hospital late Sunday.",
    ],
)
def test_people_who_gather_at_a_hospital_are_no_protesters(text: str) -> None:
    """Relatives and friends who gather or wait at a hospital keep the wounded company: no
    protest's participants, and no patients."""
    kinds = {kind for kind, _ in _kinds_and_sides(text)}
    assert not kinds & {"participants", "hospitalised"}, kinds


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Some 300 residents gathered at city hall to protest the shooting.", 300),
        ("Fifty people marched to the hospital to demand answers.", 50),
    ],
)
def test_a_gathering_elsewhere_or_a_march_to_a_hospital_stays_a_protest(
    text: str, count: int
) -> None:
    """A rally at city hall and a march to a hospital are protests; nobody is hospitalised."""
    figures = [(c.kind, c.value, c.actor) for c in _figures(text)]
    assert figures == [("participants", count, "protesters")], figures


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A man was shot two times in the leg on Elm Street.", 1),
        ("A teenager was shot three more times as he ran.", 1),
        ("The suspect kept shooting eight or nine times at the car, hitting a woman.", 1),
        ("Two men were shot, one of them three times.", 2),
    ],
)
def test_a_count_of_times_counts_no_people(text: str, injured: int) -> None:
    """ "Shot three times" says how often, not how many: the count of the hurt stays theirs."""
    values = {c.value for c in _figures(text) if c.kind == "injured"}
    assert values == {injured}


def test_a_count_of_arrests_in_the_past_is_no_arrest_count() -> None:
    assert not [c for c in _figures("He had been arrested dozens of times before.") if
                c.kind == "arrested"]  # fmt: skip


@pytest.mark.parametrize(
    "evidence", ["Blessé au bras, il", "elle a été hospitalisée", "Wounded in the leg, he"]
)
def test_a_pronoun_told_after_a_fronted_participle_is_someone_introduced(evidence: str) -> None:
    """One person hurt told by a pronoun, in French too and after an injury participle set off
    before it (`figures._fronted_participle`), is someone the report has introduced, possibly
    one of its dead."""
    from newsledger.extract.totals import is_pronoun_person

    assert is_pronoun_person(_claim("injured", 1, text=evidence))


def test_the_second_victim_to_die_with_no_tally_is_a_second_dead() -> None:
    claims = [
        _claim("killed", 1, "civilians", text="A man died"),
        _claim("killed", 1, "civilians", text="The second victim to die"),
    ]
    assert mention_totals(claims)["killed"]["value"] == 2


def test_a_rank_with_its_scope_in_a_report_is_no_second_dead() -> None:
    text = (
        "A man died at the scene. The second victim to die was a 31-year-old woman.",
        "A woman was killed on Sunday. She was the third person to be killed in the county"
        " this year.",
    )
    assert [killed_and_injured(t)[0] for t in text] == [2, 1]
