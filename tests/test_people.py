"""The victims and the accused by full name, told apart from the people a report quotes, on
sentences written for these tests (placeholder names only)."""

from __future__ import annotations

import pytest

from newsledger.extract.people import full_names, people_of
from newsledger.nlp.pipeline import load_pipeline


def _people(text: str) -> set[tuple[str, str | None]]:
    doc = load_pipeline("en")(text)
    return {(str(c.value), c.kind) for c in people_of(doc, "t")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive harm: victim; an age in apposition does not hide the verb
        ("John Doe, 27, was shot twice in the chest outside a bar on Monday night.",
         {("John Doe", "victim")}),
        # passive legal verb: accused
        ("Richard Roe was charged with attempted murder after the shooting.",
         {("Richard Roe", "accused")}),
        # the object of a harm is the victim, its active subject the accused
        ("Police say Richard Roe shot Mary Major during an argument over a parking space.",
         {("Richard Roe", "accused"), ("Mary Major", "victim")}),
        # "identified ... as": the object's noun says which side
        ("Detectives identified the suspect as Richard Roe.", {("Richard Roe", "accused")}),
        ("The coroner identified the victim as John Doe.", {("John Doe", "victim")}),
        # an apposition with a role noun
        ("The victim, John Doe, was taken to a hospital where he later died.",
         {("John Doe", "victim")}),
        # the subject of "died": a victim
        ("John Doe died at the hospital three days after the attack.", {("John Doe", "victim")}),
        # a relative clause
        ("Prosecutors said Richard Roe, who was arrested at his home, fired first.",
         {("Richard Roe", "accused")}),
    ],
)
def test_victims_and_accused_are_typed_by_the_grammar(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title makes an office holder
        "Sgt. Jane Roe said the gunman fled on foot toward the river.",
        "Police Chief Jane Roe told reporters the investigation is continuing.",
        # a quoted speaker with no other cue
        "Jane Roe said she heard five shots from her kitchen window.",
        # an apposition with a kin noun: a relative quoted
        "His mother, Jane Roe, said he had just started a new job.",
        # a headline's capitalised everyday words are no name
        "Man Killed In Overnight Shooting, police said.",
    ],
)
def test_the_people_quoted_are_not_the_people_of_the_incident(text: str) -> None:
    assert _people(text) == set()


def test_a_surname_alone_is_the_full_name_given_earlier() -> None:
    text = (
        "Police arrested Richard Roe on Friday after a standoff. "
        "In court on Tuesday, Roe pleaded guilty to second-degree murder."
    )
    doc = load_pipeline("en")(text)
    claims = people_of(doc, "t")
    assert {(str(c.value), c.kind) for c in claims} == {("Richard Roe", "accused")}
    assert full_names(claims) == frozenset({"richard roe"})


def test_a_shared_surname_is_left_unresolved() -> None:
    # two full names share the surname: "Doe" alone could be either
    text = (
        "Witnesses said Jo Doe, 19, and Sam Doe, 22, were sitting on a porch. "
        "Doe was shot in the leg."
    )
    found = _people(text)
    assert ("Jo Doe", "victim") in found and ("Sam Doe", "victim") in found
    assert len(found) == 2


def test_every_name_keeps_the_span_that_typed_it() -> None:
    text = "Officers said Richard Roe was arrested near the station. Roe was booked into jail."
    doc = load_pipeline("en")(text)
    for claim in people_of(doc, "t"):
        assert text[claim.span.start : claim.span.end] == claim.span.text
        assert claim.span.text in ("Richard Roe", "Roe")
        assert claim.field == "person"
