"""A country's common name places a report (the gazetteer's `COUNTRY_SHORT_NAMES`) and is
found by a `--place` filter (`store.derive.country_codes`): one table, so the two agree."""

from __future__ import annotations

from newsledger.folding import fold
from newsledger.nlp.gazetteer import COUNTRY_SHORT_NAMES
from newsledger.store.derive import COUNTRY_ALIASES, country_codes


def test_the_emirates_and_england_are_found_by_their_common_names() -> None:
    assert country_codes("UAE") == ["AE"]
    assert country_codes("England") == ["GB"]
    assert country_codes("Angleterre") == ["GB"]


def test_every_name_the_gazetteer_places_by_is_a_place_filter() -> None:
    for iso2, names in COUNTRY_SHORT_NAMES.items():
        for name in names:
            assert iso2 in country_codes(name), name


def test_the_filter_only_names_are_not_written_twice() -> None:
    short = {fold(name) for names in COUNTRY_SHORT_NAMES.values() for name in names}
    assert not short & set(COUNTRY_ALIASES)


def test_names_only_a_filter_reads_still_match() -> None:
    assert country_codes("Burma") == ["MM"]
    assert country_codes("Holland") == ["NL"]
    assert country_codes("united states of america") == ["US"]
