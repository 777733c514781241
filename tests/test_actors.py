"""Typed actors with agent/target roles from the syntax, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.extract.actors import extract_actors, inter_code
from newsledger.extract.segment import sentences
from newsledger.nlp.pipeline import load_pipeline


def _actors(text: str, lang: str = "en") -> set[tuple[str, str | None, str | None]]:
    doc = load_pipeline(lang)(text)
    return {(str(c.value), c.kind, c.role) for c in extract_actors(sentences(doc), "t", lang)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active: subject agent, object target
        ("Dozens of youths attacked two police officers with bottles.",
         {("rioters", "rioters", "agent"), ("police", "police", "target")}),
        # passive: subject target, by-agent agent (not word order)
        ("Two police officers were attacked by a group of 50 rioters.",
         {("rioters", "rioters", "agent"), ("police", "police", "target")}),
        # reciprocal: both sides agents
        ("Clashes broke out between farmers and police officers in the square.",
         {("police", "police", "agent")}),
        ("Soldiers and rebels clashed near the airport.",
         {("military", "military", "agent"), ("rebels", "rebels", "agent")}),
        # throw ... at: target
        ("Protesters threw stones at gendarmes.",
         {("protesters", "protesters", "agent"), ("police", "police", "target")}),
        # named group from the noun phrase
        ("Activists from the Green Front group attacked a police van.",
         {("Green Front", "activists", "agent")}),
        # French: agent and target through UD obliques
        ("Les manifestants ont attaqué les gendarmes.",
         {("protesters", "protesters", "agent"), ("police", "police", "target")}),
    ],
)  # fmt: skip
def test_roles(text: str, expected: set[tuple[str, str, str]]) -> None:
    lang = "fr" if text.startswith("Les ") else "en"
    assert expected <= _actors(text, lang)


def test_pronouns_are_not_guessed() -> None:
    assert not any(kind is None for _, kind, _ in _actors("They attacked him in the street."))


@pytest.mark.parametrize(
    ("kind", "role", "event_type", "code"),
    [
        ("police", "target", "Riots", "1"),
        ("migrants", "agent", "Riots", "5"),
        ("migrants", "target", "Riots", "7"),
        ("migrants", "agent", "Protests", "6"),
        ("protesters", "agent", "Riots", "5"),
        ("rebels", "agent", "Battles", "2"),
        ("militia", "agent", "Violence against civilians", "3"),
        ("civilians", "target", "Violence against civilians", "7"),
        ("unknown", "target", None, None),
    ],
)
def test_inter_codes(kind: str, role: str, event_type: str | None, code: str | None) -> None:
    assert inter_code(kind, role, event_type) == code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Four villagers died when gunmen stormed the hamlet at dawn.", "civilians"),
        ("The hospital counted dozens of civilian deaths after the shelling.", "civilians"),
    ],
)
def test_who_dies_or_is_hurt_is_acted_upon(text: str, kind: str) -> None:
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")(text)
    sents = sentences(doc)
    word = "died" if "died" in text else "deaths"
    tok = next(t for t in doc if t.text == word)
    trig = Trigger("kill", tok, tok.idx, tok.idx + len(tok))
    roles = {(c.kind, c.role) for c in extract_actors(sents, "t", "en", [trig])}
    assert (kind, "target") in roles
    assert (kind, "agent") not in roles


def _claims(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = load_pipeline("en")(text)
    return [
        (str(c.value), c.kind, c.role, c.span.text)
        for c in extract_actors(sentences(doc), "t", "en")
    ]


def test_pronoun_takes_the_kind_of_the_nearest_compatible_noun() -> None:
    claims = _claims("Rebels entered the village at dawn. They killed four farmers.")
    assert ("rebels", "rebels", "agent", "They") in claims
    singular = _claims("A gunman walked into the hall. He shot two guards.")
    assert ("militia", "militia", "agent", "He") in singular


def test_pronoun_with_nothing_to_name_stays_out() -> None:
    assert not any(span == "He" for *_, span in _claims("He shot two guards at the gate."))
    # a plural pronoun never names a singular noun
    assert not any(span == "They" for *_, span in _claims("A soldier arrived. They shot a man."))


def test_adjective_trigger_reads_the_verb_it_completes() -> None:
    claims = _claims("A shopkeeper was shot dead by soldiers outside his store.")
    assert ("military", "military", "agent", "soldiers") in claims
    assert any(kind == "civilians" and role == "target" for _, kind, role, _ in claims)


def test_subject_of_an_undergoing_verb_is_the_target() -> None:
    claims = _claims("Several soldiers suffered injuries in the ambush.")
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    assert not any(kind == "military" and role == "agent" for _, kind, role, _ in claims)


def test_a_place_or_a_preceding_clause_is_not_an_agent() -> None:
    named = _claims("The Lagos bombing killed three bus drivers.")
    assert not any("Lagos" in span for *_, span in named)
    after = _claims("After the explosion, the minister sent a message to the families.")
    assert not any(role == "agent" for _, _, role, _ in after)


def test_named_person_in_a_role_is_typed_by_the_role() -> None:
    # a real person's name (a public figure) in a sentence of our own
    claims = _claims("Police arrested Julian Assange outside the embassy.")
    assert ("police", "police", "agent", "Police") in claims
    assert any(kind == "civilians" and role == "target" and "Assange" in span
               for _, kind, role, span in claims)  # fmt: skip


def test_a_side_that_acted_and_was_only_hurt_stays_the_agent() -> None:
    claims = _claims("Rioters attacked the town hall. Two rioters were injured by rubber bullets.")
    roles = {role for _, kind, role, _ in claims if kind == "rioters"}
    assert roles == {"agent"}
    # a side attacked outright keeps its target claim beside the agent one
    both = _claims("Soldiers attacked the rebels, and rebels attacked a checkpoint. Four rebels "
                   "were wounded.")  # fmt: skip
    assert {role for _, kind, role, _ in both if kind == "rebels"} == {"agent", "target"}


def test_a_rank_names_state_forces_unless_a_modifier_says_whose() -> None:
    claims = _claims("A general was killed by a roadside bomb near the base.")
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    rebel = _claims("A rebel commander was killed in the raid.")
    assert any(kind == "rebels" and role == "target" for _, kind, role, _ in rebel)


def test_a_condition_stated_through_a_copula_befell_the_subject() -> None:
    from newsledger.extract.event_words import KILL
    from newsledger.extract.events import Trigger

    doc = load_pipeline("en")("By morning, four soldiers were dead.")
    dead = next(t for t in doc if t.lower_ == "dead")
    trigger = Trigger(KILL, dead, dead.idx, dead.idx + len(dead))
    claims = [
        (str(c.value), c.kind, c.role, c.span.text)
        for c in extract_actors(sentences(doc), "t", "en", [trigger])
    ]
    assert any(kind == "military" and role == "target" for _, kind, role, _ in claims)
    assert not any(role == "agent" for _, _, role, _ in claims)
