"""`fold`, the one case- and accent-insensitive form of names: ASCII and other scripts."""

from __future__ import annotations

import pytest

from newsledger.folding import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Saint-Denis", "saint denis"),
        ("  NORTH--Fork_Creek ", "north fork creek"),
        ("d'Arcy", "d arcy"),
        ("Ústí nad Labem", "usti nad labem"),
        ("Château‑Thierry", "chateau thierry"),  # a non-breaking hyphen
        ("Straße", "strasse"),
        ("ﬁeld", "field"),  # a ligature: NFKD makes it ASCII
        ("Αθήνα", "αθηνα"),  # another script keeps its letters, loses its accents
        ("", ""),
    ],
)
def test_fold_gives_the_folded_name(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_ascii_and_accented_spellings_meet() -> None:
    assert fold("Sao Tome") == fold("São Tomé") == fold("SAO-TOMÉ") == "sao tome"
