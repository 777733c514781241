"""Branches that compare spaCy tokens, on sentences written for these tests.

spaCy makes a new `Token` on every access (`doc[0] is doc[0]` is False, `doc[0] == doc[0]` is
True), so a comparison of tokens by `is` holds only when one object happens to be passed
through unchanged. Each test here feeds its branch tokens made afresh (`doc[i]`, a sentence
re-read) and asserts what the sentence says."""

from __future__ import annotations

from newsledger.extract.actors import extract_actors
from newsledger.extract.actors.kinds import called_armed_group
from newsledger.extract.actors.names import phrase_without_age
from newsledger.extract.actors.roles import trigger_arguments
from newsledger.extract.event_words import KILL
from newsledger.extract.events import Trigger, find_triggers
from newsledger.extract.figures import extract_figures
from newsledger.extract.segment import sentences
from newsledger.model import Article
from newsledger.nlp.pipeline import analyse, load_pipeline


def test_a_name_whose_own_head_is_a_group_word_is_called_an_armed_group() -> None:
    doc = load_pipeline("en")("The Blue River Brigade attacked a checkpoint.")
    assert doc[3].text == "Brigade" and called_armed_group(doc[3])
    choir = load_pipeline("en")("The Blue River Choir sang at a checkpoint.")
    assert not called_armed_group(choir[3])


def test_a_name_without_its_age_ends_at_its_last_word() -> None:
    doc = load_pipeline("en")("Police said 19-year-old Jo Doe was shot on Monday.")
    doe = next(t for t in doc if t.text == "Doe")
    assert phrase_without_age(doe) == "Jo Doe"
    man = load_pipeline("en")("A 24-year-old man was shot on Main Street.")
    assert phrase_without_age(next(t for t in man if t.text == "man")) == "man"


def test_a_copular_trigger_given_as_a_fresh_token_has_its_subject_as_target() -> None:
    doc = load_pipeline("en")("After the raid, two villagers were dead.")
    i = next(t.i for t in doc if t.lower_ == "dead")
    dead = doc[i]
    trigger = Trigger(KILL, dead, dead.idx, dead.idx + len(dead))
    args = [(a.text, role) for a, role in trigger_arguments(trigger)]
    assert args == [("villagers", "target")]


def test_the_passive_subject_of_its_own_verb_and_of_a_conjoined_verb_is_the_target() -> None:
    doc = load_pipeline("en")("Two men were ambushed and shot outside a bar.")
    claims = {(c.kind, c.role) for c in extract_actors(sentences(doc), "t", "en")}
    assert claims == {("civilians", "target")}


def test_a_noun_phrase_with_a_condition_of_its_own_still_takes_its_verb() -> None:
    article = Article.from_text("Two injured officers died later at the hospital.", language="en")
    claims = extract_figures(list(analyse(article).sents), article.id)
    assert {(c.kind, c.actor, c.value) for c in claims} == {
        ("injured", "police", 2),
        ("killed", "police", 2),
    }


def test_a_trigger_at_the_root_is_an_event_and_one_under_a_warning_is_talk() -> None:
    nlp = load_pipeline("en")
    attack = nlp("Gunmen attacked the village.")
    assert [t.token.text for t in find_triggers(attack[:])] == ["attacked"]
    warning = nlp("Officials warn of attacks on the border.")
    assert find_triggers(warning[:]) == []
