"""The town in a local outlet's name, the last fallback of the event's place."""

from __future__ import annotations

import pytest

from newsledger.nlp.outlets import outlet_segment, outlet_town, url_home_city, url_slug_town

BODY = "Officers answered a call about gunfire late Friday."


def _town(title: str, body: str = BODY) -> str | None:
    text = f"{title}\n\n{body}"
    found = outlet_town(text, (0, len(title)))
    if found is None or found.place is None:
        return None
    assert text[found.start : found.end] == found.text  # the evidence is the text's own letters
    assert found.geo_precision == 2  # somewhere in or near the outlet's town, no finer
    return f"{found.place.name}, {found.place.admin1}"


@pytest.mark.parametrize(
    ("title", "town"),
    [
        ("Teen hurt in weekend shooting | The Augusta Chronicle", "Augusta, Georgia"),
        ("Man wounded near a bus stop « CBS Chicago", "Chicago, Illinois"),
        ("Store clerk shot during holdup - Tulsa World News", "Tulsa, Oklahoma"),
        ("Two hurt at a party - WXYZ-TV News, Weather - Hattiesburg, MS",
         "Hattiesburg, Mississippi"),
    ],
)  # fmt: skip
def test_the_outlets_town_is_read_from_the_end_of_the_headline(title: str, town: str) -> None:
    assert _town(title) == town


@pytest.mark.parametrize(
    "title",
    [
        "Teen hurt in weekend shooting in Augusta",  # no outlet: a headline's own place
        "Teen hurt in weekend shooting - Augusta police",  # no media word: not an outlet
        "Man wounded near a bus stop - FOX5 News",  # an outlet naming no town
        "Man wounded near a bus stop | Daily Sun",  # media words are no towns
    ],
)
def test_no_outlet_town_without_an_outlet_naming_a_town(title: str) -> None:
    assert _town(title) is None


def test_the_outlets_town_lies_where_the_reports_places_lie() -> None:
    title = "Hunter hurt in woods - Birmingham Weather News"
    text = f"{title}\n\nDeputies in Walker County answered the call."
    found = outlet_town(text, (0, len(title)), countries={"US"})
    assert found is not None and found.place is not None
    assert (found.place.country_code, found.place.admin1) == ("US", "Alabama")


@pytest.mark.parametrize(
    ("title", "town"),
    [
        # the state written after the town picks the namesake: Columbus of Georgia, not Ohio
        ("Clerk shot at a store - WXYZ.com-Columbus, GA News Weather & Sports",
         "Columbus, Georgia"),
        ("Clerk shot at a store - XYZ Action News 5 - Columbus, Georgia", "Columbus, Georgia"),
        # no state written: the biggest town of the name, as before
        ("Clerk shot at a store - The Columbus Herald", "Columbus, Ohio"),
    ],
)  # fmt: skip
def test_the_state_after_the_outlets_town_picks_its_namesake(title: str, town: str) -> None:
    assert _town(title) == town


@pytest.mark.parametrize(
    ("title", "town"),
    [
        ("Two hurt at a party - FOX Carolina 21", None),  # the region of two states
        ("Two hurt at a party - News Channel Nebraska", None),  # a state
        ("Two hurt at a party - WXYZ Dakota News", None),
        ("Two hurt at a party - FOX Carolina News - Greenville, SC", "Greenville, South Carolina"),
        ("Two hurt at a party - Charlotte News Channel", "Charlotte, North Carolina"),
    ],
)  # fmt: skip
def test_a_brand_named_for_a_state_or_its_region_names_no_town(
    title: str, town: str | None
) -> None:
    assert _town(title) == town


def test_a_station_with_call_letters_is_a_us_outlet() -> None:
    # no place in the report: the US station's town is Birmingham, Alabama, not England's
    assert _town("Two hurt at a party - WXYZ News - Birmingham") == "Birmingham, Alabama"
    assert _town("Two hurt at a party - Birmingham Evening News") == "Birmingham, England"


def test_no_headline_no_outlet_town() -> None:
    assert outlet_town("Police answered a call | The Augusta Chronicle", None) is None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Clerk shot at a gas station - KXYZ News 9 | Midland, TX", "KXYZ News 9 | Midland, TX"),
        ("Clerk shot at a gas station | The Midland Herald", "The Midland Herald"),
        ("Clerk shot at a gas station - deputies", None),  # no media word: the headline's own
        # a site's web address is its name, media word or not
        ("Clerk shot at a gas station - PermianNow.com - Midland, TX",
         "PermianNow.com - Midland, TX"),
        # a closing menu belongs to the name before it and does not count among its segments
        ("Clerk shot at a gas station - Basin9.com | Midland, TX | News, Weather, Sports",
         "Basin9.com | Midland, TX | News, Weather, Sports"),
        ("Clerk shot at a gas station - Midland, TX", None),  # a town alone names no outlet
        ("Clerk shot at a gas station in Midland", None),
        # a name of several parts: a station, its town and slogan, its call letters
        ("Clerk shot at a gas station - XYZ News 9 - Midland, TX News Station - KXYZ Channel 9",
         "XYZ News 9 - Midland, TX News Station - KXYZ Channel 9"),
        ("Clerk shot - Basin9.com - Midland, TX - News, Weather and Video - KXYZ.com",
         "Basin9.com - Midland, TX - News, Weather and Video - KXYZ.com"),
        ("Clerk shot at a gas station - KXYZ Midland, TX - Basin News, weather, sports",
         "KXYZ Midland, TX - Basin News, weather, sports"),
        # the headline's own segment stays outside, town and state or not
        ("UPDATE - Clerk shot in Odessa, Texas - KXYZ News 9", "KXYZ News 9"),
        ("UPDATE - Clerk shot at a gas station - KXYZ News 9", "KXYZ News 9"),
    ],
)
def test_outlet_segment_is_the_outlets_name_ending_the_headline(
    title: str, outlet: str | None
) -> None:
    text = f"{title}\n\n{BODY}"
    found = outlet_segment(text, (0, len(title)))
    assert (None if found is None else text[found[0] : found[1]]) == outlet


@pytest.mark.parametrize(
    ("url", "city"),
    [
        ("https://www.chicagotribune.com/news/local/a.html", "Chicago"),
        ("http://abc7chicago.com/news/a/1/", "Chicago"),
        ("https://pittsburgh.cbslocal.com/2016/01/02/a/", "Pittsburgh"),
        ("https://www.philly.com/philly/news/a.html", "Philadelphia"),  # the gazetteer's alias
        ("https://www.dnainfo.com/chicago/20160101/a", "Chicago"),  # a city section
        ("http://web.archive.org/web/20150101000000/http://www.miamiherald.com/news/a.html",
         "Miami"),
    ],
)  # fmt: skip
def test_a_sites_host_names_its_home_city(url: str, city: str) -> None:
    place = url_home_city(url)
    assert place is not None and place.name == city


@pytest.mark.parametrize(
    "url",
    [
        "https://www.springfieldnewssun.com/news/a.html",  # several big Springfields
        "https://www.wsbtv.com/news/a.html",  # call letters name no city
        "https://www.example.com/a.html",
        None,
    ],
)
def test_a_host_without_one_big_city_names_none(url: str | None) -> None:
    assert url_home_city(url) is None


@pytest.mark.parametrize(
    ("url", "home_state", "town", "state"),
    [
        # a local paper's walled page: the slug's town in the site's home state
        ("https://www.example-courier.com/news/2019/05/04/clerk-wounded-in-holdup-in-zanesville/",
         "Ohio", "Zanesville", "Ohio"),
        # no home state: a town only one of some size bears in the country
        ("https://news.example.com/local/teen-hurt-by-stray-bullet-at-yonkers-party-a123.html",
         None, "Yonkers", "New York"),
        # the town after "in" wins over a town named before it
        ("https://example.net/story/akron-man-shot-dead-in-canton-driveway", "Ohio",
         "Canton", "Ohio"),
        # an archived copy: the archived page's path, not the archive's
        ("http://web.archive.org/web/20160101000000/http://example.org:80/2016/01/01/"
         "two-hurt-as-shots-fired-near-topeka-motel/", None, "Topeka", "Kansas"),
        # an everyday word is a town's name only for a big city ("atlanta" is common in text)
        ("https://example.com/news/four-shot-in-northwest-atlanta/xYz/", None, "Atlanta",
         "Georgia"),
    ],
)  # fmt: skip
def test_a_story_slug_names_the_town(url: str, home_state: str | None, town: str,
                                     state: str) -> None:  # fmt: skip
    found = url_slug_town(url, home_state)
    assert found is not None
    assert (found[0].name, found[0].admin1) == (town, state)
    assert found[1] in url.lower()  # the slug's words as the page's address writes them


@pytest.mark.parametrize(
    ("url", "home_state"),
    [
        # two big Springfields, no home state to choose: no town
        ("https://example.com/news/man-shot-outside-springfield-store/", None),
        # everyday words of a small town's name ("spring") are not read as the town
        ("https://example.com/news/girl-shot-during-water-fight-in-spring/123/", "Texas"),
        # a section path, no story slug
        ("https://example.com/akron/news/", "Ohio"),
        ("https://example.com/news/2017/03/03/", None),
        (None, None),
    ],
)
def test_no_slug_town_without_a_clear_town(url: str | None, home_state: str | None) -> None:
    assert url_slug_town(url, home_state) is None


@pytest.mark.parametrize(
    ("url", "home_state"),
    [
        # a town's name that is also a much bigger county's: no one place
        ("https://example.com/news/child-shot-at-dekalb-apartment-complex/", None),
        # a county, a creek, a street named like a town: not the town
        ("https://example.com/news/deputies-wound-man-in-marion-county-standoff/", None),
        ("https://example.com/news/hunter-hurt-near-topeka-creek-trail/", None),
        ("https://example.com/news/two-shot-on-topeka-avenue-overnight/", None),
        # a local site's slug names a town only in the site's own state (Topeka is in Kansas)
        ("https://example.com/news/shots-fired-near-topeka-motel-downtown/", "Ohio"),
    ],
)
def test_no_slug_town_for_other_things_or_other_states(url: str, home_state: str) -> None:
    assert url_slug_town(url, home_state) is None


def test_a_slug_that_says_city_means_the_city_not_its_namesake_county() -> None:
    said = "https://example.com/news/teen-wounded-in-baltimore-city-shooting-overnight/"
    found = url_slug_town(said, None)
    assert found is not None
    assert (found[0].name, found[0].admin1, found[0].feature) == ("Baltimore", "Maryland", "city")
    # without "city" the bigger Baltimore County still rivals the city: no one place
    bare = "https://example.com/news/teen-wounded-in-baltimore-shooting-overnight/"
    assert url_slug_town(bare, None) is None
    # a city park named after a town is no word about the town
    park = "https://example.com/news/child-hurt-at-dekalb-city-park-party/"
    assert url_slug_town(park, None) is None


@pytest.mark.parametrize(
    ("title", "town"),
    [
        # a city named like its state carries big outlets: the city, not York or no town
        ("Two hurt at a party - New York Daily News", "New York City, New York"),
        ("Two hurt at a party - NBC New York", "New York City, New York"),
        ("Two hurt at a party - The Washington Post", "Washington, District of Columbia"),
        # a city of two words beginning with its state's name is tried whole, as before
        ("Two hurt at a party - The Kansas City Star", "Kansas City, Missouri"),
        # a state whose namesake towns are small names its area, no town
        ("Two hurt at a party - Delaware Online News", None),
        # a region of a state before its name is no town: the town named after it is
        ("Two hurt at a party - WXYZ-TV News - Central Texas News for Waco, Temple",
         "Waco, Texas"),
        # a state after its town without a comma still places the town
        ("Two hurt at a party - WXYZ News Portland Oregon", "Portland, Oregon"),
    ],
)  # fmt: skip
def test_a_city_named_like_its_state_is_the_outlets_town(title: str, town: str | None) -> None:
    assert _town(title) == town


def test_the_state_after_the_outlets_town_is_read_whole() -> None:
    # "North Carolina" of two words, not "North" read as no state
    title = "Two hurt at a party - WXYZ News - Jacksonville, North Carolina"
    assert _town(title) == "Jacksonville, North Carolina"


def test_call_letters_break_a_tie_but_never_override_the_reports_country() -> None:
    # a European brand with W/K letters on a Dutch page keeps its town in the Netherlands
    title = "Schietpartij in een woonwijk - WNL - Rotterdam"
    text = f"{title}\n\nDe politie in Zuid-Holland onderzoekt de zaak."
    found = outlet_town(text, (0, len(title)), countries={"NL"})
    assert found is not None and found.place is not None
    assert found.place.country_code == "NL"
    # with no country of its own the report's station is a US one
    assert _town("Two hurt at a party - WXYZ News - Rochester") == "Rochester, New York"
