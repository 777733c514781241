"""The text of a Doc, built once: spaCy joins every token on each `doc.text` access, which made
reading it in every component and rule cost as much as the parse itself."""

from __future__ import annotations

from spacy.attrs import IDX
from spacy.tokens import Doc

TEXT_CACHE_KEY = "newsledger_text"
"""Key in `doc.user_data` holding the joined text (seeded by `pipeline.make_doc`)."""
STARTS_CACHE_KEY = "newsledger_token_starts"
"""Key in `doc.user_data` holding every token's start offset."""


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at most once per Doc."""
    text: str | None = doc.user_data.get(TEXT_CACHE_KEY)
    if text is None:
        text = doc.user_data[TEXT_CACHE_KEY] = doc.text
    return text


def token_starts(doc: Doc) -> list[int]:
    """`[t.idx for t in doc]`, built at most once per Doc and without making a Token object per
    word (figures map every number's offsets back to tokens, once per mention)."""
    starts: list[int] | None = doc.user_data.get(STARTS_CACHE_KEY)
    if starts is None:
        starts = doc.user_data[STARTS_CACHE_KEY] = [int(i) for i in doc.to_array(IDX).tolist()]
    return starts
