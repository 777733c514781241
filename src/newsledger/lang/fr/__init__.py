"""French: the parse-based rules' own lexicon (`vocab`), time expressions (`dates`) and quote
cues (`quotes`); people, event and number words shared with English stay in the shared tables
(`extract.vocab`, `extract.event_words`, `nlp.numbers`)."""

from __future__ import annotations

from newsledger.lang import LanguageData, words

THE_CHANNEL = (
    # "la Manche" is the Channel, unless the département is named as such: "(Manche)",
    # "le département / le préfet / la préfecture de la Manche"
    r"(?<!département de la )(?<!préfet de la )(?<!préfète de la )"
    r"(?<!préfecture de la )(?<=la )Manche(?!\s*\))"
)

LANGUAGE = LanguageData(
    code="fr",
    name="French",
    demonyms={
        **dict.fromkeys(words("britanniques anglaises"), "GB"),
        **dict.fromkeys(words("françaises"), "FR"),
        **dict.fromkeys(words("polonaises"), "PL"),
    },
    sea_names=(THE_CHANNEL, r"mer\s+du\s+Nord", r"Méditerranée"),
    sea_areas={THE_CHANNEL: "english_channel"},
    # read by `ingest.published` (the page's date) and `nlp.dates_stamps` (such a date in the
    # text dates the page, never the event: "Publié le 22/11/2025 à 09h30")
    publication_stamps=(r"publié\s+le", r"mis\s+à\s+jour\s+le", r"modifié\s+le"),
)
