"""Per-Doc caches of the text, the token offsets and the word lists the walkers read."""

from __future__ import annotations

import spacy

from newsledger.nlp.doctext import (
    doc_entities,
    doc_text,
    entity_text,
    span_text,
    token_lemmas,
    token_lowers,
    token_pos,
    token_starts,
)
from newsledger.nlp.pipeline import load_pipeline


def test_token_starts_match_the_tokens_and_are_built_once() -> None:
    doc = spacy.blank("en")("Three  people were hurt,\n\npolice said.")
    starts = token_starts(doc)
    assert starts == [tok.idx for tok in doc]
    assert token_starts(doc) is starts
    assert doc_text(doc) == doc.text


def test_token_starts_of_an_empty_doc() -> None:
    assert token_starts(spacy.blank("en")("")) == []


def test_word_lists_match_the_parsed_tokens_and_are_built_once() -> None:
    nlp = load_pipeline("en")
    doc = nlp("Two officers were shot Sunday.\n\nThe suspect, 24, fled on foot, police said.")
    assert token_lowers(doc) == [tok.lower_ for tok in doc]
    assert token_lemmas(doc) == [tok.lemma_.lower() for tok in doc]
    assert token_pos(doc) == [tok.pos_ for tok in doc]
    assert token_lowers(doc) is token_lowers(doc)
    assert token_lemmas(doc) is token_lemmas(doc)
    assert token_pos(doc) is token_pos(doc)
    assert [span_text(sent) for sent in doc.sents] == [sent.text for sent in doc.sents]


def test_word_lists_of_a_blank_pipeline_have_no_tags() -> None:
    doc = spacy.blank("de")("Zwei Männer wurden verletzt.")
    assert token_lowers(doc) == ["zwei", "männer", "wurden", "verletzt", "."]
    assert token_pos(doc) == [""] * 5
    assert token_lemmas(doc) == [tok.lemma_.lower() for tok in doc]


def test_entities_match_the_docs_entities_and_are_read_once() -> None:
    nlp = load_pipeline("en")
    doc = nlp("John Smith of Springfield, Illinois, told the Riverbend Courier on Monday.")
    entities = doc_entities(doc)
    assert [(e.start, e.end, e.start_char, e.end_char, e.label) for e in entities] == [
        (e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    assert [entity_text(doc, e) for e in entities] == [e.text for e in doc.ents]
    assert "Springfield" in [entity_text(doc, e) for e in entities]
    assert doc_entities(doc) is entities


def test_entities_of_a_blank_pipeline_are_none() -> None:
    assert doc_entities(spacy.blank("de")("Zwei Männer wurden verletzt.")) == ()
