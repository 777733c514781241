"""Language of an article (ISO 639-1) when its source does not say: py3langid, restricted set."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

NEWS_LANGUAGES = (
    "ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it",
    "ja", "ko", "nl", "no", "pl", "pt", "ro", "ru", "sv", "sw", "tr", "uk", "ur", "vi", "zh",
)  # fmt: skip
"""The languages the detector may answer. The full 97-language model misreads short English or
French news snippets as Latin, Luxembourgish, Xhosa and the like; restricting it to widely
published news languages removes those errors while keeping every major press language."""

DETECT_SAMPLE_CHARS = 1000
"""Only the start of the text is classified: a few sentences give a stable answer for the
languages above, and the cost (about 0.5 ms per 1,000 characters) stays bounded."""

MIN_DETECT_CHARS = 20
"""Below this the guess is noise (a title, a number): no language rather than a wrong one."""

MIN_CONFIDENCE = 0.5
"""Normalised probability under which the answer is dropped: mixed or unclear text."""

_REGION_SEPARATORS = ("-", "_")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or the guess is unsure."""
    sample = text[:DETECT_SAMPLE_CHARS]
    if len(sample.strip()) < MIN_DETECT_CHARS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None


def normalise_language(code: str | None) -> str | None:
    """'en-GB', 'EN', 'fr_FR' -> 'en', 'fr'; None or a code that is not two letters -> None."""
    if not code:
        return None
    base = code.strip().lower()
    for sep in _REGION_SEPARATORS:
        base = base.split(sep, 1)[0]
    return base if len(base) == 2 and base.isalpha() else None
