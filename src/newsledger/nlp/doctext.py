"""The text of a Doc, built once: spaCy joins every token on each `doc.text` access, which made
reading it in every component and rule cost as much as the parse itself."""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_CACHE_KEY = "newsledger_text"
"""Key in `doc.user_data` holding the joined text (seeded by `pipeline.make_doc`)."""


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at most once per Doc."""
    text: str | None = doc.user_data.get(TEXT_CACHE_KEY)
    if text is None:
        text = doc.user_data[TEXT_CACHE_KEY] = doc.text
    return text
