"""Text folding: the one case- and accent-insensitive form every comparison of names uses.

The store folds stored values and queries with it, so "Grande-Synthe", "grande synthe" and
"GRANDE-SYNTHE" meet on SQLite and PostgreSQL; the gazetteer builds its index keys on it
(`nlp.gazetteer.name_key` adds transliteration and saint abbreviations). Folding keeps every
script: a query in Greek still matches Greek text.
"""

from __future__ import annotations

import re
import unicodedata

SEPARATORS = re.compile(r"[\s\-‐‑‒–—_'’]+")
"""Runs of spaces, dashes, underscores and apostrophes: one space ("Saint-Denis", "d'Ivoire")."""


def fold(text: str) -> str:
    """Lower case, accents removed, dashes, apostrophes and runs of spaces made one space.

    ASCII text skips the decomposition and the per-character accent filter (it has neither to
    do, and `casefold` is `lower` there): same answer. A bulk load folds four values of every
    incident (search text, place keys), most of them ASCII."""
    if text.isascii():
        return SEPARATORS.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if not decomposed.isascii():
        decomposed = "".join(c for c in decomposed if not unicodedata.combining(c))
    return SEPARATORS.sub(" ", decomposed).strip()
