"""The offline gazetteer: names, alternates, regions, countries, cache round-trip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsledger.nlp.gazetteer import Gazetteer, distance_km, name_key, name_pattern, spelled_out


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "country", "feature", "admin2"),
    [
        ("Calais", "FR", "city", "Pas-de-Calais"),
        ("Briancon", "FR", "city", "Hautes-Alpes"),
        ("Briançon", "FR", "city", "Hautes-Alpes"),
        ("Dunkirk", "FR", "city", "Nord"),
        ("Dunkerque", "FR", "city", "Nord"),
        ("Grande-Synthe", "FR", "city", "Nord"),
        ("Rambouillet", "FR", "city", "Yvelines"),
        ("Nantes", "FR", "city", "Loire-Atlantique"),
        ("Pas-de-Calais", "FR", "admin2", "Pas-de-Calais"),
        ("Hauts-de-France", "FR", "admin1", None),
        ("Brittany", "FR", "admin1", None),
        ("Île-de-France", "FR", "admin1", None),
        ("Kyiv", "UA", "city", None),
        ("Lagos", "NG", "city", None),
        ("Nigeria", "NG", "country", None),
        ("UK", "GB", "country", None),
        ("Royaume-Uni", "GB", "country", None),
        ("Allemagne", "DE", "country", None),
        ("Czech Republic", "CZ", "country", None),
        ("Russian Federation", "RU", "country", None),
    ],
)
def test_lookup_best_candidate(gaz: Gazetteer, name, country, feature, admin2) -> None:
    best = gaz.lookup(name)[0]
    assert (best.country_code, best.feature) == (country, feature)
    if admin2 is not None:
        assert best.admin2 == admin2


def test_calais_record(gaz: Gazetteer) -> None:
    calais = gaz.lookup("Calais", "FR")[0]
    assert calais.latitude == pytest.approx(50.95, abs=0.02)
    assert calais.longitude == pytest.approx(1.85, abs=0.02)
    assert calais.admin1 == "Hauts-de-France"
    assert gaz.get(calais.geonames_id) == calais


def test_country_filter_and_unknown_name(gaz: Gazetteer) -> None:
    assert all(p.country_code == "US" for p in gaz.lookup("Springfield", "US"))
    assert gaz.lookup("Jungle") == []
    assert gaz.get(-1) is None


def test_distance_and_nearest(gaz: Gazetteer) -> None:
    calais = gaz.lookup("Calais", "FR")[0]
    dunkirk = gaz.lookup("Dunkirk", "FR")[0]
    assert 35 < distance_km(calais, dunkirk) < 45
    near = gaz.nearest(50.95, 1.86, min_population=50_000)
    assert near is not None and near.name == "Calais"


@pytest.mark.parametrize(
    ("name", "key"),
    [("Briançon", "briancon"), ("Grande-Synthe", "grande synthe"), ("St. Louis", "saint louis")],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_cache_round_trip(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "gaz.pickle"
    gaz.save(path)
    loaded = Gazetteer.load(path)
    assert len(loaded) == len(gaz)
    assert loaded.lookup("Calais")[0] == gaz.lookup("Calais")[0]


def test_primary_keys_are_the_folded_primary_names(gaz: Gazetteer) -> None:
    """Read back from the postings, each non-country row's key is `name_key` of its name."""
    from newsledger.nlp.gazetteer import FEATURES

    country = FEATURES.index("country")
    rows = [r for r in range(0, len(gaz), 97) if gaz.features[r] != country]
    assert gaz.primary_keys(rows) == [name_key(gaz.names[r]) for r in rows]


def test_country_by_code_and_continents(gaz: Gazetteer) -> None:
    """Countries are found by ISO code; continents carry GeoNames' own id and point."""
    from newsledger.nlp.gazetteer import continents

    kenya = gaz.country("KE")
    assert kenya is not None and kenya.name == "Kenya" and kenya.feature == "country"
    assert gaz.country("XX") is None
    africa = continents()["africa"]
    assert africa.geonames_id == 6255146 and africa.feature == "continent"
    assert -10 < africa.latitude < 20 and 10 < africa.longitude < 30


@pytest.mark.parametrize(
    ("name", "written", "matches"),
    [
        ("Saint Paul", "St. Paul", True),
        ("Saint Paul", "ST PAUL", True),
        ("Saint Paul", "St.Paul", True),
        ("Saint Paul", "st paul", False),  # an abbreviation keeps its case
        ("Saint-Denis", "St-Denis", True),
        ("Sainte-Foy", "Ste-Foy", True),
        ("St. Louis", "Saint Louis", True),  # either way round
        ("West Saint Paul", "West St. Paul", True),  # any word of the name
        ("Fort Worth", "FT. WORTH", True),
        ("Mount Vernon", "Mt Vernon", True),
        ("Stockton", "St ockton", False),
    ],
)
def test_a_name_pattern_reads_abbreviated_words(name: str, written: str, matches: bool) -> None:
    found = re.fullmatch(name_pattern(name), written, re.IGNORECASE)
    assert (found is not None) is matches


def test_one_abbreviation_table_spells_out_saints_forts_and_mounts() -> None:
    assert [spelled_out(w) for w in ("St.", "STE", "ft", "Mt", "Main")] == [
        "Saint",
        "Sainte",
        "Fort",
        "Mount",
        None,
    ]
    # name_key spells out the saints alone, as before the shared table
    assert [name_key(n) for n in ("Ste-Foy", "St. Louis", "Ft. Worth")] == [
        "sainte foy",
        "saint louis",
        "ft worth",
    ]
