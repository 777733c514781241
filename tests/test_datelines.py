"""Datelines without a state: mixed-case capitals, two-letter first words, and the town read
against the places the report itself names."""

from __future__ import annotations

import pytest

from newsledger.extract.segment import governs_itself, named_as_reference, written_with_state
from newsledger.nlp.datelines import (
    event_place,
    find_dateline,
    find_hyphen_dateline,
    spell_county,
)
from newsledger.nlp.gazetteer import Gazetteer
from newsledger.nlp.types import PlaceMention


@pytest.mark.parametrize(
    ("text", "written", "name", "admin1"),
    [
        ("Boy hurt\n\nLaGRANGE — A boy was hurt by a stray bullet on Sunday.", "LaGRANGE",
         "LaGrange", "Georgia"),
        ("Deputies search\n\nEL DORADO (KXYZ) – Deputies searched a field on Thursday.",
         "EL DORADO", "El Dorado", "Arkansas"),
        ("FT LAUDERDALE (WXYZ) – A clerk was wounded at a gas station late Friday.",
         "FT LAUDERDALE", "Fort Lauderdale", "Florida"),
        ("McALLEN — Two men were hurt outside a store, police said.", "McALLEN", "McAllen",
         "Texas"),
    ],
)  # fmt: skip
def test_capitals_datelines_with_particles_and_short_first_words(
    text: str, written: str, name: str, admin1: str
) -> None:
    mention = find_dateline(text)
    assert mention is not None and mention.place is not None
    assert (mention.text, mention.place.name, mention.place.admin1) == (written, name, admin1)


def test_a_lone_two_letter_word_is_no_dateline() -> None:
    assert find_dateline("TV — Two men argued about a remote on Monday.") is None


def test_a_capitals_ap_state_abbreviation_is_the_dateline_state() -> None:
    mention = find_dateline("Teen hurt\n\nHIALEAH, FLA. (WXYZ) - A teen was hurt on Friday.")
    assert mention is not None and mention.place is not None
    assert (mention.place.name, mention.place.admin1) == ("Hialeah", "Florida")


def _mention(gaz: Gazetteer, text: str, start: int, name: str, admin1: str) -> PlaceMention:
    place = next(p for p in gaz.lookup(name, "US") if p.admin1 == admin1)
    return PlaceMention(start, start + len(name), name, place, 3)


def test_a_dateline_without_a_state_is_the_town_of_the_state_the_report_names() -> None:
    text = "Girl hurt\n\nNEWPORT (WXYZ) – A girl was hurt on a farm in Cocke County on Friday."
    gaz = Gazetteer.default()
    alone = find_dateline(text)
    assert alone is not None and alone.place is not None
    assert alone.place.country_code != "US"  # the gazetteer's biggest Newport
    county = _mention(gaz, text, text.index("Cocke"), "Cocke County", "Tennessee")
    read = find_dateline(text, [county])
    assert read is not None and read.place is not None
    assert (read.place.name, read.place.admin1) == ("Newport", "Tennessee")


def test_a_big_dateline_city_stays_when_a_namesake_state_is_named() -> None:
    text = "Man held\n\nDALLAS (WXYZ) – A man from Cobb County, Georgia, was held on Friday."
    gaz = Gazetteer.default()
    county = _mention(gaz, text, text.index("Cobb"), "Cobb County", "Georgia")
    read = find_dateline(text, [county])
    assert read is not None and read.place is not None
    assert (read.place.name, read.place.admin1) == ("Dallas", "Texas")


def test_a_dateline_takes_the_reports_own_reading_of_the_same_name() -> None:
    text = "Shots fired\n\nSALEM (WXYZ) – Shots were fired near a school in Salem on Monday."
    gaz = Gazetteer.default()
    place = next(p for p in gaz.lookup("Salem", "US") if p.admin1 == "Oregon")
    at = text.index("Salem on")
    read = find_dateline(text, [PlaceMention(at, at + 5, "Salem", place, 1)])
    assert read is not None and read.place is not None
    assert (read.place.name, read.place.admin1) == ("Salem", "Oregon")


def test_playlist_lines_need_two_timed_titles_and_skip_clock_times() -> None:
    from newsledger.nlp.outlets import playlist_lines

    text = ("Title\n\n1:03 Mayor speaks at a memorial\n\n2:41 Storm damage in Ames Pause\n\n"
            "12:23 p.m. — A crash on Main Street.\n\nThe report itself.")  # fmt: skip
    assert [text[s:e] for s, e in playlist_lines(text)] == [
        "1:03 Mayor speaks at a memorial",
        "2:41 Storm damage in Ames Pause",
    ]
    assert playlist_lines("Title\n\n1:03 Mayor speaks at a memorial\n\nThe report.") == []


@pytest.mark.parametrize(
    ("text", "written", "name", "admin1"),
    [
        ("Two hurt at a cookout\n\nHAMMOND | Two men were wounded at a cookout on Sunday.",
         "HAMMOND", "Hammond", "Indiana"),
        ("TULSA, Okla. | A driver was shot at a stoplight late Friday.", "TULSA", "Tulsa",
         "Oklahoma"),
    ],
)  # fmt: skip
def test_a_capitals_town_before_a_bar_heads_the_lead_as_a_dateline(
    text: str, written: str, name: str, admin1: str
) -> None:
    mention = find_dateline(text)
    assert mention is not None and mention.place is not None
    assert (mention.text, mention.place.name, mention.place.admin1) == (written, name, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "HOME | NEWS | SPORTS\n\nA driver was shot at a stoplight late Friday.",  # a menu
        "Police say a driver was shot | TULSA | late Friday.",  # not at a paragraph's head
    ],
)
def test_a_bar_in_a_menu_or_mid_line_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def _town(text: str) -> PlaceMention:
    """A town mention, read the way a dateline is (the tests need a resolved place only)."""
    mention = find_dateline(text)
    assert mention is not None and mention.place is not None
    return mention


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("A woman was hurt in Barberton. Barberton police want to hear from a driver.", True),
        ("The Barberton Police Department asked witnesses to call.", True),
        ("It happened in the suburb of Barberton late on Sunday.", True),
        ("The mayor of Akron spoke; Barberton's mayor did not.", True),
        ("A woman was hurt in Barberton on Sunday, police said.", False),
        ("Students of Barberton High School held a vigil.", False),
        ("A Barberton neighborhood watch group met on Monday.", False),
        # its own state written after it: a town, as a neighbourhood is written with its city
        ("Two people were hurt at a Barberton, Ohio home on Sunday.", True),
        ("Two people were hurt at a Barberton, Ohio, home on Sunday.", True),
    ],
)
def test_a_town_governs_itself_when_the_report_names_its_own_body(text: str, own: bool) -> None:
    assert governs_itself(text, _town("BARBERTON, Ohio -- x")) is own


def test_a_near_town_with_its_own_police_beats_the_big_citys_dateline() -> None:
    dateline = _town("AKRON, Ohio -- A woman was hurt.")
    near = _town("BARBERTON, Ohio -- x")  # about 15 km from Akron
    assert event_place(dateline, near, None, own_town=True) is near
    assert event_place(dateline, near, None, own_town=False) is dateline
    # the dateline town's own police handle the case: the two anchors agree
    akron_police = _town("AKRON (WXYZ) -- x")
    assert event_place(dateline, near, akron_police, own_town=True) is dateline
    # the dateline town itself, read twice, stays
    assert event_place(dateline, _town("AKRON, Ohio -- y"), None, own_town=True) is dateline


@pytest.mark.parametrize(
    ("phrase", "spelled"),
    [
        ("Tift Co.", "Tift County"),  # the text's form
        ("Tift Co", "Tift County"),  # a phrase cut before its dot
        ("Rockbridge Co.", "Rockbridge County"),  # a dateline's, title-cased
        ("Co.", "Co."),  # no county's name before it
        ("Bay Colony", "Bay Colony"),  # a word that begins with the letters
    ],
)
def test_aps_county_abbreviation_is_spelled_out(phrase: str, spelled: str) -> None:
    assert spell_county(phrase) == spelled


@pytest.mark.parametrize(
    ("text", "home_state", "town", "state"),
    [
        ("Driver hurt in chase\nTOLEDO - A driver was hurt Monday when", None, "Toledo", "Ohio"),
        # a station's home state picks the namesake
        ("Two shot at a party\nCOLUMBUS - Two guests were shot late Friday", "Georgia",
         "Columbus", "Georgia"),
    ],
)  # fmt: skip
def test_a_bare_hyphen_dateline_names_the_town(
    text: str, home_state: str | None, town: str, state: str
) -> None:
    found = find_hyphen_dateline(text, home_state)
    assert found is not None and found.place is not None
    assert (found.place.name, found.place.admin1) == (town, state)
    assert found.text.title() == town


@pytest.mark.parametrize(
    "text",
    [
        "Man shot\nTOLEDO-area deputies said a man was shot",  # no spaces: a compound, no dateline
        "Man shot\nUPDATE - A man was shot on Pine Street",  # a label, no town
        "Man shot near a park in the evening - TOLEDO - witnesses said",  # not a paragraph head
    ],
)
def test_no_bare_hyphen_dateline(text: str) -> None:
    assert find_hyphen_dateline(text) is None


def test_a_hyphen_dateline_with_a_state_is_the_capitals_dateline() -> None:
    """A state written after the town wins over the site's home state: `find_dateline` reads it."""
    found = find_dateline("Man shot\nMACON, Ga. - A man was shot on Pine Street")
    assert found is not None and found.place is not None
    assert (found.place.name, found.place.admin1) == ("Macon", "Georgia")


@pytest.mark.parametrize(
    ("text", "home_state"),
    [
        # no town of the name in the site's state: no namesake from another state
        ("Driver hurt in chase\nTOLEDO - A driver was hurt Monday when", "Georgia"),
    ],
)
def test_a_bare_hyphen_dateline_in_doubt_names_no_town(text: str, home_state: str | None) -> None:
    assert find_hyphen_dateline(text, home_state) is None


def _us_town(name: str, admin1: str) -> PlaceMention:
    place = next(p for p in Gazetteer.default().lookup(name, "US") if p.admin1 == admin1)
    return PlaceMention(0, len(name), name, place, 1)


def test_another_states_town_written_with_its_state_wins_over_the_dateline() -> None:
    dateline = _us_town("Washington", "District of Columbia")
    laurel = _us_town("Laurel", "Maryland")
    assert event_place(dateline, laurel, state_written=True) is laurel
    assert event_place(dateline, laurel, state_written=False) is dateline


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Two men were shot on Friday in Laurel, Maryland, police said.", True),
        ("Two men were shot on Friday in Laurel, Md., police said.", True),
        ("Two men were shot on Friday in Laurel, police said.", False),
        ("Two men were shot on Friday in Laurel, Delaware, police said.", False),
    ],
)
def test_a_town_is_written_with_its_state(text: str, written: bool) -> None:
    start = text.index("Laurel")
    town = _us_town("Laurel", "Maryland")
    mention = PlaceMention(start, start + len("Laurel"), "Laurel", town.place, 1)
    assert written_with_state(text, mention) is written


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("A man was shot on a farm near Woodburn on Monday.", True),
        ("A man was shot about 20 miles north of Woodburn on Monday.", True),
        ("A man was shot at a Woodburn-area farm on Monday.", True),
        ("Two students of Woodburn High School were hurt.", True),
        ("A man was shot at a farm in Woodburn on Monday.", False),
        ("Woodburn police said a man was shot on Monday.", False),
    ],
)
def test_a_town_named_as_a_reference_point(text: str, reference: bool) -> None:
    start = text.index("Woodburn")
    town = _us_town("Woodburn", "Oregon")
    mention = PlaceMention(start, start + len("Woodburn"), "Woodburn", town.place, 1)
    assert named_as_reference(text, mention) is reference
