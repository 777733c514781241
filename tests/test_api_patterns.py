"""The API's `sort` and export `format` patterns and hints are built from the store's `SORTS`
and the exports' `EXPORT_FORMATS` (they were hand copies): every value the CLI takes is taken,
nothing else."""

from __future__ import annotations

import re

from newsledger.serve.api import FORMAT_PATTERN, PATTERN_HINTS, SORT_PATTERN, _one_of_pattern
from newsledger.serve.exports import EXPORT_FORMATS
from newsledger.store.filters import SORTS


def test_the_sort_pattern_takes_exactly_the_sorts() -> None:
    assert all(re.fullmatch(SORT_PATTERN, s) for s in SORTS)
    for refused in ("newest", "--date", "date-", "Date", ""):
        assert not re.fullmatch(SORT_PATTERN, refused)
    assert PATTERN_HINTS["sort"] == "use date, -date, sources or -sources"


def test_the_format_pattern_takes_exactly_the_export_formats() -> None:
    assert all(re.fullmatch(FORMAT_PATTERN, f) for f in EXPORT_FORMATS)
    for refused in ("xlsx", "-csv", "csvx", ""):
        assert not re.fullmatch(FORMAT_PATTERN, refused)
    assert PATTERN_HINTS["format"] == "use one of acled, geojson, json, csv, parquet"


def test_a_minus_is_optional_only_where_both_forms_are_taken() -> None:
    pattern = _one_of_pattern(("near", "-near", "far"))
    assert re.fullmatch(pattern, "-near") and re.fullmatch(pattern, "far")
    assert not re.fullmatch(pattern, "-far")
