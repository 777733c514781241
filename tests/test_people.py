"""The victims and the accused by full name, told apart from the people a report quotes, on
sentences written for these tests. The people are real and the events true (the shootings of
John F. Kennedy, Lee Harvey Oswald, Robert F. Kennedy and John Lennon, the ambush of Bonnie
Parker and Clyde Barrow); those quoted speak only the tests' neutral words, in a role they held."""

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
        # passive harm, with ages in apposition: victims
        ("Bonnie Parker, 23, and Clyde Barrow, 25, were shot dead by officers in 1934.",
         {("Bonnie Parker", "victim"), ("Clyde Barrow", "victim")}),
        # passive legal verb: accused
        ("Lee Harvey Oswald was charged with the murder of President Kennedy.",
         {("Lee Harvey Oswald", "accused")}),
        ("Sirhan Sirhan was convicted of murder in 1969.", {("Sirhan Sirhan", "accused")}),
        # the active subject of a harm is the accused, its object the victim (a name of three
        # words whose first hangs on the second)
        ("Jack Ruby shot Lee Harvey Oswald in the basement of the Dallas police headquarters.",
         {("Jack Ruby", "accused"), ("Lee Harvey Oswald", "victim")}),
        # "identified ... as": the object's noun says which side
        ("Dallas police identified the suspect as Lee Harvey Oswald.",
         {("Lee Harvey Oswald", "accused")}),
        # an apposition with a role noun
        ("The victim, John Lennon, was taken to Roosevelt Hospital.", {("John Lennon", "victim")}),
        # the subject of "died": a victim
        ("John Lennon died at Roosevelt Hospital after he was shot outside the Dakota.",
         {("John Lennon", "victim")}),
        # a relative clause
        ("Police said Mark David Chapman, who was arrested at the scene, had waited for hours.",
         {("Mark David Chapman", "accused")}),
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
        "Police Chief Jesse Curry told reporters the investigation is continuing.",
        "Sheriff Henderson Jordan said the ambush was over in seconds.",
        # a quoted speaker with no other cue
        "Walter Cronkite said the news came from Dallas.",
        # an apposition with a kin noun: a relative quoted
        "His mother, Marguerite Oswald, spoke to reporters.",
        # a headline's capitalised everyday words are no name
        "Man Killed In Overnight Shooting, police said.",
    ],
)
def test_the_people_quoted_are_not_the_people_of_the_incident(text: str) -> None:
    assert _people(text) == set()


def test_a_surname_alone_is_the_full_name_given_earlier() -> None:
    text = (
        "Police arrested Mark David Chapman outside the Dakota. "
        "In court, Chapman pleaded guilty to second-degree murder."
    )
    doc = load_pipeline("en")(text)
    claims = people_of(doc, "t")
    assert [(str(c.value), c.kind, c.span.text) for c in claims] == [
        ("Mark David Chapman", "accused", "Mark David Chapman")
    ]
    assert full_names(claims) == frozenset({"mark david chapman"})
    # the surname's own sentence is what typed it when the first gave no cue
    text = (
        "Mark David Chapman had flown to New York in December 1980. "
        "Chapman pleaded guilty to second-degree murder."
    )
    assert _people(text) == {("Mark David Chapman", "accused")}


def test_a_shared_surname_is_left_unresolved() -> None:
    # two full names share the surname: "Kennedy" alone could be either
    text = (
        "Robert F. Kennedy spoke at the Ambassador Hotel, where Ethel Kennedy joined him. "
        "Kennedy was shot in the pantry after midnight."
    )
    assert _people(text) == set()


def test_a_middle_initial_is_left_out_of_the_name_and_kept_in_the_span() -> None:
    text = "John F. Kennedy was shot in Dallas on November 22, 1963."
    doc = load_pipeline("en")(text)
    claims = people_of(doc, "t")
    assert [(str(c.value), c.kind, c.span.text) for c in claims] == [
        ("John Kennedy", "victim", "John F. Kennedy")
    ]


def test_every_name_keeps_the_span_that_typed_it() -> None:
    text = "Dallas police arrested Lee Harvey Oswald in a theater. Oswald was charged that night."
    doc = load_pipeline("en")(text)
    claims = people_of(doc, "t")
    # one person, typed by the arrest in the first sentence: the span is the name found there
    assert [(str(c.value), c.kind, c.span.text) for c in claims] == [
        ("Lee Harvey Oswald", "accused", "Lee Harvey Oswald")
    ]
    assert [c.field for c in claims] == ["person"]
