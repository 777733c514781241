"""English: the parse-based rules read the shared tables (`extract.vocab`,
`extract.event_words`, `extract.vocab_figures`, `nlp.numbers`, `nlp.dates`,
`nlp.place_words`); this package registers the language."""

from __future__ import annotations

from newsledger.lang import LanguageData

LANGUAGE = LanguageData(
    code="en",
    name="English",
    # "the Channel", not a TV channel ("Channel 4") nor a name that goes on ("the Channel
    # Tunnel", "the Channel Islands"); never a reason to reject a town (no `sea_names`)
    sea_areas={r"English\s+Channel|(?<=the )Channel\b(?![ \t]*(?:\d|[A-Z]))": "english_channel"},
)
