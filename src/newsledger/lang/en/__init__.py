"""English: the parse-based rules read the shared tables (`extract.vocab`,
`extract.event_words`, `extract.vocab_figures`, `nlp.numbers`, `nlp.dates`,
`nlp.place_words`); this package registers the language."""

from __future__ import annotations

from newsledger.lang import LanguageData

LANGUAGE = LanguageData(code="en", name="English")
