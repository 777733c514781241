"""What a place mention is written as, read from the text around it and its parse: where
something happened (`is_locative`), a person's home (`names_a_home`), a hospital's town
(`named_for_a_hospital`), a reference point or a name (`named_as_reference`); and the
sentences they are read in (`sentences`).

Both the rules that choose the main mention's place (`extract.segment`) and the learned place
chooser (`extract.place_chooser`) read these, so they live here, below both: neither module
imports the other's readers.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsledger.nlp.doctext import doc_text
from newsledger.nlp.types import PlaceMention

SENTENCE_CACHE_KEY = "newsledger_sentences"


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, cut again at line breaks and stripped of surrounding whitespace.

    The parser runs a caption or a headline into the next paragraph's first sentence; a line
    break in normalised article text always ends a sentence.
    """
    cached: list[Span] | None = doc.user_data.get(SENTENCE_CACHE_KEY)
    if cached is not None:
        return cached
    out: list[Span] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            a = start + len(line) - len(line.lstrip())
            b = start + len(line.rstrip())
            start += len(line) + 1
            if b <= a:
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and len(span) > 0 and (not out or span.start >= out[-1].end):
                out.append(span)
    doc.user_data[SENTENCE_CACHE_KEY] = out
    return out


LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "throughout",
        "within",
        "on",
        "en",
        "à",
        "dans",
        "près",
        "au",
        "aux",
        "devant",
        "sur",
    }
)
"""Prepositions that place an event ("in Nantes"); "to the UK", "from Italy" do not."""
LOCATIVE_HOPS = 4


def is_locative(doc: Doc, pm: PlaceMention) -> bool:
    """Whether a place mention says where something happened (object of a locative
    preposition, through "the city of X", conjunctions and appositions). A sea area
    (`nlp.places.sea_area_places`) always does: it is only ever named where it happened."""
    if pm.place is not None and pm.place.feature == "sea":
        return True
    span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(LOCATIVE_HOPS):
        if tok.dep_ in ("pobj", "obj", "obl", "nmod") and tok.head.pos_ == "ADP":
            prep = tok.head
            if prep.lower_ in ("of", "de", "d'", "du") and prep.head.pos_ in ("NOUN", "PROPN"):
                tok = prep.head  # "the city of Calais" -> city
                continue
            return prep.lower_ in LOCATIVE_PREPS
        if tok.dep_ in ("obl", "obl:mod", "nmod") and any(
            c.dep_ == "case" and c.lower_ in LOCATIVE_PREPS for c in tok.children
        ):
            return True
        if tok.dep_ in ("conj", "appos", "compound") and tok.head != tok:
            tok = tok.head
            continue
        return tok.dep_ in ("npadvmod",)
    return False


RESIDENT_BEFORE = re.compile(r",[ \t]*(?:\d{1,3},[ \t]*)?of[ \t]+$")
"""Before a town: a person's home ("the hunter, 41, of Yellville", "the driver, of Yellville")."""

RESIDENT_AFTER = re.compile(
    r"[ \t]+(?:man|woman|boy|girl|teen|teenager|youth|resident|residents|couple|family)\b"
)
"""After a town: a person from it ("a Yellville man", "two Yellville residents")."""


def names_a_resident(text: str, town: PlaceMention) -> bool:
    """Whether the town is written as where a person lives ("the hunter, 41, of Yellville",
    "a Yellville man"): RESIDENT_BEFORE or RESIDENT_AFTER around it."""
    return bool(
        RESIDENT_BEFORE.search(text, max(0, town.start - 12), town.start)
        or RESIDENT_AFTER.match(text, town.end)
    )


HOSPITAL_NEAR = re.compile(r"\b(?:hospital|medical|clinic|trauma)\b", re.IGNORECASE)
"""A city named with a hospital ("taken to a hospital in Memphis", "Carolinas Medical Center")
is where the wounded were treated: a big city's hospital takes the wounded of far towns."""


def named_for_a_hospital(text: str, pm: PlaceMention) -> bool:
    """Whether a hospital word (HOSPITAL_NEAR) is written within 40 characters before the place
    or 30 after it: the city named is where the wounded were treated."""
    return HOSPITAL_NEAR.search(text, max(0, pm.start - 40), pm.end + 30) is not None


FROM_BEFORE = re.compile(r"\b(?i:from)[ \t]+$")
"""Before a town: where someone came from ("visiting from Riverton")."""


def names_a_home(text: str, town: PlaceMention) -> bool:
    """Whether the town is written as where a person lives or came from ("a Riverton man",
    "the driver, 41, of Riverton", "visiting from Riverton"): a home, not the event's town."""
    return names_a_resident(text, town) or bool(
        FROM_BEFORE.search(text, max(0, town.start - 12), town.start)
    )


REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:near|outside(?:\s+of)?|suburban|greater|metro)|\bmiles?\s+(?:\w+\s+)?(?:from|of)"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a town the report names only to say where something lies ("near Riverton", "25
miles north of Riverton", "suburban Riverton")."""

REFERENCE_AFTER = re.compile(
    r"-area\b|\s+(?:area|suburbs?)\b"
    r"|\s+(?:High|Middle|Elementary|School|University|College)\b"
)
"""After a town the report names as a reference point or in a name ("a Riverton-area home",
"the Riverton suburbs", "Riverton High School"), not as the place of the event."""

REFERENCE_SCAN_BEFORE = 40


def named_as_reference(text: str, town: PlaceMention) -> bool:
    """Whether this mention names the town only as a reference point or inside a name: it
    does not say the event happened in the town."""
    before = text[max(0, town.start - REFERENCE_SCAN_BEFORE) : town.start]
    return bool(REFERENCE_BEFORE.search(before) or REFERENCE_AFTER.match(text, town.end))
