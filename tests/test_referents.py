"""Who a pronoun of one person stands for, carried on its figure claim, and a pronoun's death
("he died at the hospital"), on the suspect's side when the pronoun stands for the suspect.
Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from tests.mention_helpers import english_figures, killed_and_injured

from newsledger.extract.referents import pronoun_referent
from newsledger.extract.totals import mention_totals
from newsledger.model import Article, Claim, Span
from newsledger.nlp.pipeline import analyse

# --- the referent ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "referent"),
    [
        ("Deputies found a clerk near the creek. He had a cut on his arm.", "He", "clerk"),
        # the nearest noun is a woman's: "he" passes over it
        ("A teenager was hit near the school. His mother said he was asleep.", "he", "teenager"),
        # and a man's for "she"
        ("A nurse called her brother after the crash. She was shaken.", "She", "nurse"),
    ],
)
def test_a_pronoun_stands_for_the_nearest_person_of_its_gender(
    text: str, pronoun: str, referent: str
) -> None:
    doc = analyse(Article.from_text(text, language="en"))
    token = next(t for t in doc if t.text == pronoun)
    found = pronoun_referent(token)
    assert found is not None and found.text == referent


def test_a_pronoun_with_no_person_before_it_stands_for_no_one() -> None:
    doc = analyse(Article.from_text("The storm hit the coast. It was loud.", language="en"))
    assert all(pronoun_referent(t) is None for t in doc)


def test_the_pronoun_claim_carries_its_referent() -> None:
    text = "Officers found a driver on the bridge. He was taken to a hospital."
    hospitalised = [c for c in english_figures(text) if c.kind == "hospitalised"]
    assert [(c.span.text[:2], c.refers_to and c.refers_to.text) for c in hospitalised] == [
        ("He", "a driver")
    ]


def test_the_referent_survives_a_round_trip_through_json() -> None:
    claim = Claim("figure", 1, Span("a", 40, 60, "She was taken to a hospital"), kind="injured",
                  refers_to=Span("a", 10, 17, "a woman"))  # fmt: skip
    assert Claim.from_json(claim.to_json()) == claim
    assert Claim.from_json({**claim.to_json(), "refers_to": None}).refers_to is None


# --- a pronoun's death -------------------------------------------------------------------------

LEAD = (
    "Police were called to a house on Birch Road on Monday night. Neighbours heard three shots. "
    "Officers found a man lying in the driveway. A car was seen leaving the street. "
)
"""Four sentences before the pronoun's own, so no death word stands in the lead."""


@pytest.mark.parametrize(
    "last",
    [
        "He was pronounced dead at the scene.",
        "He was taken to a hospital, where he died.",
        "He succumbed to his wounds on Tuesday.",
        "He was pronounced deceased an hour later.",
    ],
)
def test_a_pronoun_told_dead_is_one_killed(last: str) -> None:
    assert killed_and_injured(LEAD + last)[0] == 1


@pytest.mark.parametrize(
    "last",
    [
        "He shot himself as officers arrived.",  # a self-killing has its own reader and side
        "He killed his neighbour's dog.",  # the pronoun did the killing
        "He did not die.",
        "He could die of his wounds.",
    ],
)
def test_a_pronoun_that_did_not_die_counts_no_dead_of_its_own(last: str) -> None:
    killed = [c for c in english_figures(LEAD + last) if c.kind == "killed" and c.actor is None]
    assert killed == []


def test_a_pronoun_death_adds_nothing_to_the_counted_dead() -> None:
    text = "Two men were shot dead outside a bar on Friday. He died before help arrived."
    assert killed_and_injured(text)[0] == 2


def test_the_dead_pronoun_is_not_also_injured() -> None:
    text = LEAD + "He had been shot in the chest. He died at the hospital."
    assert killed_and_injured(text) == (1, 0)


def test_a_pronoun_for_the_suspect_told_dead_is_a_dead_perpetrator() -> None:
    text = (
        "Police shot a robbery suspect outside a bank on Monday. Officers gave first aid at the "
        "scene. A crowd gathered across the road. The suspect was taken to a hospital. He later "
        "died."
    )
    totals = mention_totals(english_figures(text))
    assert (totals["killed"]["value"], totals["killed"]["perpetrators"]) == (1, 1), totals


def test_a_pronoun_for_a_victim_told_dead_takes_no_side() -> None:
    killed = [c for c in english_figures(LEAD + "He died at the hospital.") if c.kind == "killed"]
    assert [(c.value, c.actor) for c in killed] == [(1, None)]


# --- a death foreseen, feared or hedged is no death ---------------------------------------------

SHOT = "Officers shot a driver on Elm Road on Sunday. "


@pytest.mark.parametrize(
    "last",
    [
        "He is expected to die.",
        "He may die.",
        "She might die of her wounds.",
        "He was feared dead but survived.",
        "He would likely succumb to his injuries.",
        "He is likely to die.",
    ],
)
def test_a_pronoun_death_in_doubt_is_no_death(last: str) -> None:
    killed = [c for c in english_figures(SHOT + last) if c.kind == "killed"]
    assert killed == []
    assert killed_and_injured(SHOT + last) == (0, 1)


def test_a_narrated_would_is_still_a_death() -> None:
    assert killed_and_injured(SHOT + "He would die two days later.") == (1, 0)


# --- whom the pronoun stands for: the subject, an apposition's head, or no one ------------------


def _referent_of(text: str, pronoun: str) -> str | None:
    doc = analyse(Article.from_text(text, language="en"))
    token = [t for t in doc if t.text == pronoun][-1]
    found = pronoun_referent(token)
    return None if found is None else found.text


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot a clerk at a store. He was later killed by police.",
        "A robber hit a guard near the door. He died on Monday.",
    ],
)
def test_a_subject_and_an_object_that_both_fit_give_no_referent(text: str) -> None:
    assert _referent_of(text, "He") is None
    figures = english_figures(text)
    killed = [c for c in figures if c.kind == "killed" and c.span.text.startswith("He")]
    assert [(c.actor, c.refers_to) for c in killed] == [(None, None)]


def test_an_apposition_stands_for_its_head() -> None:
    text = "Police said the shooter, a 20-year-old man, fled. He was found dead in his car."
    assert _referent_of(text, "He") == "shooter"
    killed = [c for c in english_figures(text) if c.kind == "killed"]
    assert [c.actor for c in killed] == ["perpetrators"]


@pytest.mark.parametrize(
    ("text", "referent"),
    [
        # the subject beats a person named later in its sentence who is not its verb's object
        ("A man was shot while visiting a friend. He died.", "man"),
        ("A teacher was hurt by a stray bullet near a student. She was treated.", "teacher"),
        # the subject does not fit the pronoun's gender: the one who does
        ("A woman shot a man at a bar. He died at the hospital.", "man"),
    ],
)
def test_the_previous_sentence_subject_is_preferred(text: str, referent: str) -> None:
    assert _referent_of(text, text.split(". ")[-1].split()[0]) == referent
