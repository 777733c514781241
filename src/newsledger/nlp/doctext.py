"""The text of a Doc, built once: spaCy joins every token on each `doc.text` access, which made
reading it in every component and rule cost as much as the parse itself."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span

TEXT_CACHE_KEY = "newsledger_text"
"""Key in `doc.user_data` holding the joined text (seeded by `pipeline.make_doc`)."""
STARTS_CACHE_KEY = "newsledger_token_starts"
"""Key in `doc.user_data` holding every token's start offset."""
LOWERS_CACHE_KEY = "newsledger_token_lowers"
"""Key in `doc.user_data` holding every token's `lower_`."""
LEMMAS_CACHE_KEY = "newsledger_token_lemmas"
"""Key in `doc.user_data` holding every token's `lemma_.lower()`."""
POS_CACHE_KEY = "newsledger_token_pos"
"""Key in `doc.user_data` holding every token's `pos_`."""
ENTITIES_CACHE_KEY = "newsledger_entities"
"""Key in `doc.user_data` holding the named entities as `Entity` tuples."""


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


def span_text(span: Span) -> str:
    """`span.text` sliced from the Doc's text: spaCy joins the span's tokens anew on every
    access, a walk over each word of a sentence."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _strings_of(doc: Doc, attr: int) -> list[str]:
    """One string attribute of every token, read from the Doc's array (no Token objects)."""
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(attr).tolist()]


def token_lowers(doc: Doc) -> list[str]:
    """`[t.lower_ for t in doc]`, built at most once per Doc: the word walkers (numbers, event
    triggers, quote cues, casualty nouns) look a token up by its lower case before they make it."""
    lowers: list[str] | None = doc.user_data.get(LOWERS_CACHE_KEY)
    if lowers is None:
        lowers = doc.user_data[LOWERS_CACHE_KEY] = _strings_of(doc, LOWER)
    return lowers


def token_lemmas(doc: Doc) -> list[str]:
    """`[t.lemma_.lower() for t in doc]`, built at most once per Doc (trigger and speech words)."""
    lemmas: list[str] | None = doc.user_data.get(LEMMAS_CACHE_KEY)
    if lemmas is None:
        lemmas = doc.user_data[LEMMAS_CACHE_KEY] = [w.lower() for w in _strings_of(doc, LEMMA)]
    return lemmas


def token_pos(doc: Doc) -> list[str]:
    """`[t.pos_ for t in doc]`, built at most once per Doc (walkers that want nouns or verbs)."""
    tags: list[str] | None = doc.user_data.get(POS_CACHE_KEY)
    if tags is None:
        tags = doc.user_data[POS_CACHE_KEY] = _strings_of(doc, POS)
    return tags


class Entity(NamedTuple):
    """One named entity of a Doc as plain offsets and its label: what `doc.ents` gives, without
    a Span object (a cached Span would tie the Doc to itself through `user_data`)."""

    start: int
    """Index of the first token."""
    end: int
    """Index after the last token."""
    start_char: int
    end_char: int
    label: str


def doc_entities(doc: Doc) -> tuple[Entity, ...]:
    """`doc.ents`, read once per Doc: spaCy walks every token and makes a new Span per entity
    on each `doc.ents` access, and places, outlets and speakers each read them (about seven
    walks per report). The first call keeps its answer in `doc.user_data` and later calls
    never look at `doc.ents` again, so call it only once the pipeline's NER has run and when
    nothing sets `doc.ents` afterwards (a blank Doc read first stays empty)."""
    entities: tuple[Entity, ...] | None = doc.user_data.get(ENTITIES_CACHE_KEY)
    if entities is None:
        entities = doc.user_data[ENTITIES_CACHE_KEY] = tuple(
            Entity(e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents
        )
    return entities


def entity_text(doc: Doc, entity: Entity) -> str:
    """An entity's text, sliced from the Doc's text (what `Span.text` joins from its tokens)."""
    return doc_text(doc)[entity.start_char : entity.end_char]
