"""Per-Doc caches of the text and the token offsets."""

from __future__ import annotations

import spacy

from newsledger.nlp.doctext import doc_text, token_starts


def test_token_starts_match_the_tokens_and_are_built_once() -> None:
    doc = spacy.blank("en")("Three  people were hurt,\n\npolice said.")
    starts = token_starts(doc)
    assert starts == [tok.idx for tok in doc]
    assert token_starts(doc) is starts
    assert doc_text(doc) == doc.text


def test_token_starts_of_an_empty_doc() -> None:
    assert token_starts(spacy.blank("en")("")) == []
