"""Small US towns from the USPS postal list: placed where the text treats a name as a place in a
known state, never for an everyday word, a person, or a town of another state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.nlp import usps_towns
from newsledger.nlp.datelines import find_dateline
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.pipeline import load_pipeline
from newsledger.nlp.places import find_places
from newsledger.nlp.types import Place, PlaceMention
from newsledger.nlp.usps_towns import usps_town


def _places(text: str) -> list[PlaceMention]:
    nlp = load_pipeline("en")
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("newsledger")]):
        doc = nlp(text)
    return find_places(doc, "en")


def _postal(text: str) -> dict[str, PlaceMention]:
    return {
        m.text: m for m in _places(text) if m.place is not None and m.place.gazetteer == "usps"
    }


def test_a_postal_town_geonames_lacks_is_found_in_its_state() -> None:
    place = usps_town("Pelzer", "South Carolina")
    assert place is not None
    assert (place.name, place.admin1, place.feature) == ("Pelzer", "South Carolina", "city")
    assert place.admin2 is not None and place.admin2.endswith("County")
    assert 34.0 < place.latitude < 35.5 and -83.5 < place.longitude < -81.5
    assert usps_town("Pelzer", "Tennessee") is None  # no post office of that name there


def test_a_geonames_town_always_wins() -> None:
    # Elmo, Texas is both a GeoNames town and a postal town: the list is never asked.
    assert usps_town("Elmo", "Texas") is None
    found = {m.text: m for m in _places("Two men were hurt Sunday in Elmo, Texas.")}
    assert found["Elmo"].place is not None and found["Elmo"].place.gazetteer == "geonames"


def test_a_postal_town_in_a_place_slot_of_the_reports_state() -> None:
    text = (
        "A man was wounded late Friday at a gas station in Pelzer, deputies said. The "
        "Anderson County coroner in South Carolina was called."
    )
    found = _postal(text)
    assert "Pelzer" in found
    mention = found["Pelzer"]
    assert mention.geo_precision == 1
    value = mention.place.to_json() if mention.place else {}
    assert value["admin1"] == "South Carolina"
    assert value["geonames_id"] is None and value["gazetteer"] == "usps"


def test_a_town_with_its_state_written_after_it() -> None:
    found = _postal("Police in Fort Towson, Okla., said two teenagers were shot on Monday.")
    assert found["Fort Towson"].place is not None
    assert found["Fort Towson"].place.admin1 == "Oklahoma"


def test_a_dateline_town_geonames_lacks() -> None:
    mention = find_dateline("MEHERRIN, Va. (AP) — A woman was shot at her home on Tuesday.")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.admin1) == ("Meherrin", "Virginia")
    assert mention.place.gazetteer == "usps" and mention.geo_precision == 1


@pytest.mark.parametrize(
    "text",
    [
        "Deputies in Gilchrist County, Florida, said a bell rang twice before the shots. "
        "Bell was the name of the dog.",
        "In Bayfield County, Wisconsin, a man was shot on Saturday. Cable television crews "
        "arrived later.",
        "A man was shot in Clark County, Nevada, on Sunday. Jean said she heard three shots.",
    ],
)
def test_an_everyday_word_or_a_name_is_never_a_postal_town(text: str) -> None:
    assert _postal(text) == {}


def test_a_postal_town_of_another_state_is_not_taken() -> None:
    # Toone is a Tennessee post office; this report is about South Carolina.
    text = (
        "Deputies in Greenville, South Carolina, said a man was shot in Toone on Friday "
        "night after an argument."
    )
    assert "Toone" not in _postal(text)
    assert _postal("A woman was hurt in a shooting in Pelzer, Tenn., on Sunday.") == {}


def test_a_namesake_of_another_state_gives_way_to_the_reports_postal_town() -> None:
    # GeoNames has several towns called Troy but none in West Virginia; this report is about
    # West Virginia, so its Troy is the postal town there, not the biggest namesake elsewhere.
    text = (
        "Deputies of the Gilmer County Sheriff's Department in West Virginia said a boy was "
        "shot in Troy on Wednesday."
    )
    found = _postal(text)
    assert found["Troy"].place is not None
    assert (found["Troy"].place.admin1, found["Troy"].place.admin2) == (
        "West Virginia",
        "Gilmer County",
    )


def test_a_namesake_with_its_own_state_written_stays() -> None:
    text = (
        "Deputies in Gilmer County, West Virginia, said a driver from Troy, Mich., was hurt "
        "in a shooting near Glenville."
    )
    troy = [m for m in _places(text) if m.text == "Troy"]
    assert troy and troy[0].place is not None and troy[0].place.admin1 == "Michigan"


def test_a_postal_town_written_before_a_person_is_placed() -> None:
    # GeoNames holds no Fort Towson, only Towson, Maryland: the run before "man" is the
    # Oklahoma post office, and Maryland's Towson gives way.
    text = (
        "Deputies in Choctaw County, Okla., said a 17-year-old Fort Towson man was wounded "
        "on Saturday while he cleaned a rifle."
    )
    places = _places(text)
    found = {m.text: m for m in places if m.place is not None}
    assert found["Fort Towson"].place is not None
    assert found["Fort Towson"].place.admin1 == "Oklahoma"
    assert found["Fort Towson"].place.gazetteer == "usps"
    assert "Towson" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Pelzer teen hurt in shooting\n\nAnderson County deputies in South Carolina said the "
        "boy was hurt on Sunday.",
        "Anderson County deputies in South Carolina said shots were fired at a Pelzer home "
        "on Sunday night.",
        "A man was shot on a farm road in the Pelzer area on Sunday, Anderson County deputies "
        "in South Carolina said.",
    ],
)
def test_a_postal_town_opening_a_headline_or_before_a_home_or_an_area(text: str) -> None:
    found = _postal(text)
    assert found["Pelzer"].place is not None
    assert found["Pelzer"].place.admin1 == "South Carolina"


@pytest.mark.parametrize(
    "text",
    [
        "Deputies in Gilchrist County, Florida, said a Bell employee was robbed on Friday.",
        "Deputies in Gilchrist County, Florida, said a bell rang and a Bell resident called.",
        "A man was shot in Clark County, Nevada, on Sunday; a witness saw a Jean jacket.",
        "In Bayfield County, Wisconsin, the Cable man who fixed the line heard the shots.",
        "Anderson County deputies in South Carolina said the Pelzer Man Was Charged sign "
        "was a prank.",
    ],
)
def test_an_everyday_word_before_a_noun_is_never_a_postal_town(text: str) -> None:
    assert _postal(text) == {}


def test_a_modifier_town_of_another_state_is_not_taken() -> None:
    # Pelzer is a South Carolina post office; this report is about Tennessee.
    text = "Police in Memphis, Tenn., said a Pelzer man was shot on Friday."
    assert _postal(text) == {}


@pytest.fixture()
def towns_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The postal towns cached in a file of the test's own, the in-process caches emptied."""
    path = tmp_path / "usps-towns.pickle"
    monkeypatch.setattr(usps_towns, "postal_towns_cache_path", lambda: path)
    usps_towns._postal_rows.cache_clear()
    usps_towns._state_index.cache_clear()
    yield path
    usps_towns._postal_rows.cache_clear()
    usps_towns._state_index.cache_clear()


def _pelzer_facts(place: Place | None) -> tuple[str, str | None, str]:
    assert place is not None
    return place.name, place.admin1, place.gazetteer


def test_postal_towns_are_read_back_from_their_cache_file(
    towns_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not towns_cache.exists()
    built = usps_town("Pelzer", "South Carolina")
    assert _pelzer_facts(built) == ("Pelzer", "South Carolina", "usps")
    assert towns_cache.exists()

    def no_list() -> None:
        raise AssertionError("the package's list was read again")

    usps_towns._postal_rows.cache_clear()
    usps_towns._state_index.cache_clear()
    monkeypatch.setattr(usps_towns, "_group_postal_rows", no_list)
    assert usps_town("Pelzer", "South Carolina") == built
    assert usps_town("Pelzer", "Tennessee") is None


def test_a_broken_cache_file_is_rebuilt(towns_cache: Path) -> None:
    towns_cache.write_bytes(b"not a pickle")
    assert _pelzer_facts(usps_town("Pelzer", "South Carolina")) == (
        "Pelzer",
        "South Carolina",
        "usps",
    )
    assert towns_cache.stat().st_size > 1000


def test_the_cache_file_sits_beside_the_gazetteers() -> None:
    path = usps_towns.postal_towns_cache_path()
    assert path.parent == Gazetteer.cache_path().parent
    assert "zipcodes" in path.name
