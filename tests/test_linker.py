"""The learned link scorer and its rules (merge/linker.py): unknown is not a match, facts that
exclude a link are a constraint of the clustering, links are explained, the model file loads."""

from __future__ import annotations

import math
from datetime import date

from newsledger.merge import linker
from newsledger.merge.profile import MentionProfile, PlaceFact, key_names, salient_terms
from newsledger.merge.resolve import cluster_profiles, resolve_block
from newsledger.merge.scoring import CANNOT_LINK

DAYTON = PlaceFact(4509884, "Dayton", "US", "OH", 39.759, -84.192, 1)
OHIO = PlaceFact(5165418, "Ohio", "US", "OH", 40.25, -83.0, 3)


def profile(
    key: str,
    text: str,
    *,
    day: date | None = None,
    place: PlaceFact | None = DAYTON,
    outlet: str | None = None,
    quotes: frozenset[str] = frozenset(),
) -> MentionProfile:
    terms = salient_terms([text])
    p = MentionProfile(
        mention_id=f"{key}:0",
        article_id=key,
        index=0,
        main=True,
        source=f"outlet:{outlet or key}",
        sort_key=("2030-01-01", False, key, 0),
        date_first=day,
        date_last=day,
        date_precision="day" if day else None,
        place=place,
        event_type="Violence against civilians",
        terms=terms,
        norm=math.sqrt(sum(v * v for v in terms.values())),
        quote_keys=quotes,
    )
    return p


def test_the_shipped_model_names_every_feature_and_its_held_out_fold() -> None:
    m = linker.model()
    assert set(m.weights) == set(linker.FEATURES)
    assert math.isfinite(m.threshold) and math.isfinite(m.bias)
    assert "heldout" in str(m.info.get("info", {}).get("left_out", ""))


def test_undated_reports_in_one_town_with_generic_wording_stay_apart() -> None:
    a = profile("a", "A man was shot and wounded on the east side, police said.")
    b = profile("b", "A teenager was shot and wounded near a gas station, police said.")
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP
    assert linker.score_link(a, b) < linker.model().threshold
    assert sorted(map(sorted, resolve_block([a, b]))) == [["a:0"], ["b:0"]]


def test_a_shared_quote_lets_an_undated_report_join() -> None:
    quote = frozenset({"we heard four shots and then a car drove off"})
    text_a = "Neighbours heard gunfire on Brown Street; a woman was hurt."
    text_b = "A woman was hurt by gunfire late at night, a neighbour told reporters."
    a = profile("a", text_a, quotes=quote)
    b = profile("b", text_b, quotes=quote)
    plain_b = profile("b", text_b)
    assert linker.score_link(a, b) > linker.score_link(a, plain_b)
    assert linker.strong_evidence(linker.link_features(a, b))
    assert not linker.strong_evidence(linker.link_features(a, plain_b))


def test_a_region_level_place_is_an_unknown_place() -> None:
    p = profile("a", "Shots were fired at a party.", day=date(2030, 5, 2), place=OHIO)
    assert linker.unknown_reason(p) == "no place more precise than a region"
    q = profile("b", "Shots were fired at a party.", day=date(2030, 5, 2))
    assert linker.unknown_reason(q) is None
    r = profile("c", "Shots were fired at a party.", place=None)
    assert linker.unknown_reason(r) == "no usable date and no place"


def test_one_excluding_pair_keeps_two_clusters_apart_whatever_the_average() -> None:
    # Three reports agree strongly with each other; a fourth agrees with two of them but its
    # facts exclude the third: its average logit with them, (60 + 60 - 50) / 3, is positive, so
    # average linkage alone would let it in; the constraint never does.
    profiles = [profile(k, "x") for k in "abcd"]
    vetoed = {("c", "d"), ("d", "c")}

    def score(x: MentionProfile, y: MentionProfile) -> float:
        if (x.article_id, y.article_id) in vetoed:
            return CANNOT_LINK
        return 60.0

    groups = cluster_profiles(profiles, {(0, 1): 60.0, (0, 2): 60.0, (1, 2): 60.0}, 0.0, score)
    assert sorted(map(sorted, groups)) == [[0, 1, 2], [3]]


def test_merged_clusters_carry_every_pair_between_them_into_the_next_decision() -> None:
    # Worked by hand, threshold 0, every mention a main one. a-b (10) merges first. c had a
    # pair with both a and b: its link to the merged cluster sums them, (2 - 6) / 2 = -2, so c
    # stays out. d had a pair with b only (3), e one with d only (4): d-e (4) merges next; the
    # blocked pairs between {a, b} and {d, e} then average 3 (only b-d), so the three missing
    # pairs are scored (a-d -1, a-e 1, b-e 1): (3 - 1 + 1 + 1) / 4 = 1 > 0, one cluster.
    profiles = [profile(k, "x") for k in "abcde"]
    missing = {("a", "d"): -1.0, ("a", "e"): 1.0, ("b", "e"): 1.0}

    def score(x: MentionProfile, y: MentionProfile) -> float:
        first, second = sorted((x.article_id, y.article_id))
        return missing.get((first, second), -9.0)

    blocked = {(0, 1): 10.0, (0, 2): 2.0, (1, 2): -6.0, (1, 3): 3.0, (3, 4): 4.0}
    groups = cluster_profiles(profiles, blocked, 0.0, score)
    assert sorted(map(sorted, groups)) == [[0, 1, 3, 4], [2]]
    # with a-d below the others' credit, (3 - 5 + 1 + 1) / 4 = 0 is not above 0: two clusters
    missing[("a", "d")] = -5.0
    groups = cluster_profiles(profiles, blocked, 0.0, score)
    assert sorted(map(sorted, groups)) == [[0, 1], [2], [3, 4]]


def test_links_are_explained_in_plain_words() -> None:
    day = date(2030, 3, 14)
    a = profile("a", "A cyclist was shot on Linden Avenue in Dayton.", day=day)
    b = profile("b", "Police say a cyclist was shot on Linden Avenue, Dayton.", day=day)
    links = linker.explain_links([a, b])
    assert [link["article_id"] for link in links] == ["a", "b"]
    assert all(0.0 <= link["score"] <= 1.0 for link in links)
    assert "same date" in links[0]["reasons"]
    assert "same place" in links[0]["reasons"]
    lone = linker.explain_links([a])
    assert lone == [{"article_id": "a", "score": 0.0, "reasons": []}]


def test_resolve_rebuilds_the_ledger_keeping_a_human_split() -> None:
    from newsledger.merge.resolve import add_mentions, apply_correction, rebuild_incidents
    from newsledger.store import open_store
    from newsledger.store.base import Correction
    from test_merge import lille_night

    mentions, articles = lille_night()
    store = open_store("sqlite://")
    try:
        for article in articles.values():
            store.add_articles([article])
            own = [m for m in mentions if m.article_id == article.id]
            store.save_mentions(article.id, own)
        add_mentions(store, mentions, articles)
        joined = next(i for i in store.list_incidents() if len(i.mention_ids) > 1)
        taken = joined.mention_ids[-1]
        apply_correction(store, Correction("split", (taken,), "not the same night"))
        before = {frozenset(i.mention_ids) for i in store.list_incidents()}
        seen: list[tuple[int, int | None]] = []
        count = rebuild_incidents(store, lambda done, total: seen.append((done, total)))
        after = {frozenset(i.mention_ids) for i in store.list_incidents()}
        assert after == before
        assert count == len(after)
        assert frozenset({taken}) in after
        assert seen and seen[-1] == (count, count)
        for incident in store.list_incidents():
            assert {link["article_id"] for link in incident.summary["links"]} == {
                m.rsplit(":", 1)[0] for m in incident.mention_ids
            }
    finally:
        store.close()


def _rare(p: MentionProfile, words: dict[str, float]) -> MentionProfile:
    p.rare = words
    p.rare_norm = math.sqrt(sum(v * v for v in words.values()))
    return p


SPOKANE = PlaceFact(5811696, "Spokane", "US", "WA", 47.659, -117.426, 1)


def test_one_day_in_two_states_stays_apart_without_near_duplicate_text() -> None:
    day = date(2030, 3, 9)
    a = profile("a", "A clerk was shot during a robbery at a corner store.", day=day)
    b = profile("b", "A clerk was shot during a robbery at a corner store.", day=day)
    far = profile(
        "c", "A clerk was shot during a robbery at a corner store.", day=day, place=SPOKANE
    )
    _rare(far, {"clerk": 1.0, "robbery": 3.0})
    _rare(a, {"lumbard": 4.0, "clerk": 1.0})
    _rare(b, {"lumbard": 4.0, "clerk": 1.0})
    features = linker.link_features(a, far)
    assert features["place"] <= linker.FAR_APART and features["admin"] <= linker.OTHER_REGION
    assert features["rare_words"] < linker.model().near_duplicate
    assert linker.score_link(a, far) <= linker.UNKNOWN_CAP
    assert linker.score_link(a, b) > linker.score_link(a, far)


def test_placeless_reports_published_days_apart_join_only_on_shared_rare_words() -> None:
    words_a = {"quillfeather": 4.0, "marrowgate": 4.0, "vestry": 3.0, "alder": 5.0, "brine": 5.0}
    words_b = {"quillfeather": 4.0, "marrowgate": 4.0, "sloe": 6.0, "tamsin": 6.0, "wold": 6.0}
    a = _rare(profile("a", "Two men were hurt on Marrowgate Lane.", place=None), words_a)
    b = _rare(profile("b", "Marrowgate Lane gunfire hurt two men.", place=DAYTON), words_b)
    other = _rare(
        profile("c", "A woman was hurt near a school.", place=DAYTON), {"schoolyard": 3.0}
    )
    for p, day in ((a, date(2030, 4, 1)), (b, date(2030, 4, 2)), (other, date(2030, 4, 2))):
        p.published = day
        p.date_first, p.date_last = day, day
        p.date_precision, p.date_inferred = "week", True
    with_words = linker.link_features(a, b)
    assert with_words["place_unknown"] and with_words["published_close"]
    assert with_words["rare_words"] >= linker.CLOSE_RARE_WORDS
    assert not linker.strong_evidence(with_words)
    assert linker.score_link(a, b) > linker.UNKNOWN_CAP
    assert linker.score_link(a, other) <= linker.UNKNOWN_CAP
    # published two months apart, the shared words are no evidence (a shared name word is:
    # tests/test_linker_named_unplaced.py), here a culvert and a trellis instead of the lane
    far_a = _rare(a, {"culvert": 4.0, "trellis": 4.0, "vestry": 3.0, "alder": 5.0, "brine": 5.0})
    far_b = _rare(b, {"culvert": 4.0, "trellis": 4.0, "sloe": 6.0, "tamsin": 6.0, "wold": 6.0})
    assert linker.shared_name_words(far_a, far_b) == 0
    assert linker.score_link(far_a, far_b) > linker.UNKNOWN_CAP
    far_b.published = date(2030, 6, 1)
    assert linker.score_link(far_a, far_b) <= linker.UNKNOWN_CAP


def test_a_time_clash_is_forgiven_only_to_one_story_told_in_days_or_of_one_day() -> None:
    day = date(2030, 5, 14)
    story = {"kettleby": 4.0, "orrin": 4.0, "pellham": 3.5, "alder": 2.5, "dusk": 1.0}
    a = _rare(profile("a", "Two brothers were shot on Kettleby Road.", day=day), story)
    b = _rare(profile("b", "Kettleby Road shooting wounds two.", day=day), dict(story))
    town_only = _rare(
        profile("c", "A man was shot outside a bar in Dayton.", day=day),
        {"dayton": 3.0, "tavern": 2.5, "dusk": 1.0},
    )
    _rare(a, {**story, "dayton": 3.0})
    for p, clock in ((a, "09:30"), (b, "21:45"), (town_only, "21:45")):
        p.time_of_day = clock
        p.published = day
    features = linker.link_features(a, b)
    assert features["time_of_day"] <= linker.TIME_CONFLICT and features["published_close"]
    assert linker.score_link(a, b) > linker.UNKNOWN_CAP
    # one town's name in common is no story in common
    assert linker.score_link(a, town_only) <= linker.UNKNOWN_CAP
    # two pages of one outlet are not two reports, but one outlet's pages of one stated day and
    # town telling one story on one street are its report and its update, whose later hour is
    # no second shooting (`_one_day_hours_apart`, tests/test_linker_one_day_hours_apart.py)
    b.source = a.source
    a.sublocation = b.sublocation = "Kettleby Road"
    assert linker.score_link(a, b) == linker.linear_logit(linker.link_features(a, b))
    b.sublocation = "Marlow Lane"  # the outlet's page of another street's shooting
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP
    b.sublocation = "Kettleby Road"
    b.date_first = b.date_last = date(2030, 5, 15)
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP
    b.date_first = b.date_last = day
    # nor are reports published weeks apart that do not restate the day (a report that does is
    # `_told_of_the_same_day`: tests/test_linker_same_day_time_clash.py)
    b.source, b.published = "outlet:b", date(2030, 6, 20)
    b.date_precision, b.date_inferred = "week", True
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_an_outlets_own_name_is_not_a_shared_rare_word() -> None:
    """Two pages of one station about two shootings share its name and glued dateline only."""
    from newsledger.merge.profile import rare_terms, without_outlet_name

    source = "outlet:kestrel9now.com"
    first = (
        "KESTREL9NOW.COMHALVERTON -- A man was shot on Brindlecombe Street, Halverton police said. "
        "Monitor Kestrel9Now.com for updates. Copyright Kestrel9Now.com."
    )
    second = (
        "KESTREL9NOW.COMHALVERTON -- A teenager was wounded near Osterley Park, "
        "Halverton police said. "
        "Monitor Kestrel9Now.com for updates. Copyright Kestrel9Now.com."
    )
    raw_a, raw_b = rare_terms([first], "en"), rare_terms([second], "en")
    assert {"kestrel9now", "comhalverton"} <= raw_a.keys()
    a = _rare(profile("a", first, outlet="kestrel9now.com"), without_outlet_name(raw_a, source))
    b = _rare(profile("b", second, outlet="kestrel9now.com"), without_outlet_name(raw_b, source))
    assert not {"kestrel9now", "com", "comhalverton"} & (a.rare.keys() | b.rare.keys())
    assert {"halverton", "brindlecombe"} <= a.rare.keys()
    with_name = _rare(profile("c", first), raw_a), _rare(profile("d", second), raw_b)
    assert linker.rare_cosine(*with_name) > linker.rare_cosine(a, b)
    assert linker.rare_cosine(a, b) < linker.SAME_OUTLET_NEAR_DUPLICATE
    # another outlet's name is kept: a wire story credits its source
    assert without_outlet_name(raw_a, "outlet:elsewhere.org") == raw_a


def test_the_words_of_an_outlets_masthead_are_not_shared_rare_words() -> None:
    """A town paper's masthead ("Brackenford Courier - Brackenford, MT") on every page, run into
    the next line by the page layout, is no word of any one story."""
    from newsledger.merge.profile import is_masthead_word, rare_terms, without_outlet_name

    labels = ["brackenfordcourier", "com"]
    assert is_masthead_word("brackenford", labels)
    assert is_masthead_word("mtbrackenford", labels)  # a state's letters glued before it
    assert not is_masthead_word("quillmoor", labels)
    assert not is_masthead_word("cour", labels)  # too short to be a masthead word
    text = (
        "Arrest on Quillmoor Lane - Brackenford Courier - Brackenford, MTBrackenford Courier. "
        "Deputies arrested a man at the Yarwell depot on Quillmoor Lane."
    )
    raw = rare_terms([text], "en")
    assert {"brackenford", "mtbrackenford"} <= raw.keys()
    bag = without_outlet_name(raw, "outlet:brackenfordcourier.com")
    assert {"quillmoor", "yarwell"} <= bag.keys()
    assert not {"brackenford", "mtbrackenford", "brackenfordcourier"} & bag.keys()
    # the same town named on another outlet's page is a word of the story
    other = without_outlet_name(rare_terms([text], "en"), "outlet:valleywire.org")
    assert "brackenford" in other


def test_one_outlets_follow_up_days_later_is_scored_only_when_it_retells_the_story() -> None:
    """A station's page on the arrest, five days after its page on the shooting, names the
    same people and street; its page on another shooting in the town shares the town only."""
    story = {"quenby": 5.0, "harrowfield": 5.0, "tamsworth": 4.5, "larkspur": 4.0, "ebbing": 4.0}
    first = _rare(
        profile("a", "A courier was shot outside the Quenby depot on Harrowfield Row.",
                day=date(2030, 7, 1)),
        {**story, "dayton": 3.0, "shooting": 1.0},
    )
    arrest = _rare(
        profile(
            "b",
            "Police arrested a man in the shooting outside the Quenby depot on Harrowfield Row.",
            day=date(2030, 7, 6),
        ),
        {**story, "arrested": 1.5, "dayton": 3.0},
    )
    other = _rare(
        profile("c", "A woman was shot near a Dayton laundromat.", day=date(2030, 7, 6)),
        {"laundromat": 4.0, "dayton": 3.0, "shooting": 1.0},
    )
    for p in (first, arrest, other):
        p.source = "outlet:station.example"
    features = linker.link_features(first, arrest)
    assert features["same_outlet"] and features["date"] <= linker.STATED_DAYS_APART
    assert features["rare_words"] >= linker.FOLLOW_UP_RARE_WORDS
    assert linker.score_link(first, arrest) > linker.UNKNOWN_CAP
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP
    # the same words with fewer of them specific: still capped
    _rare(arrest, {"quenby": 5.0, "harrowfield": 5.0, "dayton": 3.0})
    _rare(first, {"quenby": 5.0, "harrowfield": 5.0, "dayton": 3.0, "shooting": 1.0})
    assert linker.rare_cosine(first, arrest) >= linker.FOLLOW_UP_RARE_WORDS
    assert linker.score_link(first, arrest) <= linker.UNKNOWN_CAP


def test_a_stations_call_sign_and_channel_brand_are_not_shared_rare_words() -> None:
    """Two pages of one station (call sign and brand not in its domain) about two shootings."""
    from newsledger.merge.profile import (
        is_station_name,
        rare_terms,
        without_outlet_name,
        without_station_names,
    )

    source = "outlet:channel21.example"
    first = (
        "WQXZ FOX21 -- A man was shot on Brindlecombe Street in Halverton, police said. "
        "Stay with WQXZ FOX21 for updates."
    )
    second = (
        "WQXZ FOX21 -- A teenager was wounded near Osterley Park in Halverton, police said. "
        "Stay with WQXZ FOX21 for updates."
    )
    raw_a = without_outlet_name(rare_terms([first], "en"), source)
    raw_b = without_outlet_name(rare_terms([second], "en"), source)
    assert {"wqxz", "fox21"} <= raw_a.keys() & raw_b.keys()
    a = _rare(profile("a", first, outlet="channel21.example"), without_station_names(raw_a))
    b = _rare(profile("b", second, outlet="channel21.example"), without_station_names(raw_b))
    assert not {"wqxz", "fox21"} & (a.rare.keys() | b.rare.keys())
    assert {"halverton", "brindlecombe"} <= a.rare.keys()
    with_sign = _rare(profile("c", first), raw_a), _rare(profile("d", second), raw_b)
    assert linker.rare_cosine(*with_sign) > linker.rare_cosine(a, b)
    # surnames and words shaped like a call sign stay when they are words of the language
    assert [w for w in ("kent", "kirk", "wade", "ward") if is_station_name(w)] == []
    assert all(is_station_name(w) for w in ("wqxz", "cbs4", "nbc12", "abc7"))


def test_tokens_glued_by_page_layout_are_not_rare_words() -> None:
    """A dateline run into the channel number or a masthead, and a domain run into a town, are
    unknown to the language and would weigh like the rarest surname; the words they hide stay."""
    from newsledger.merge.profile import is_glued_word, rare_terms, without_glued_words

    text = (
        "Channel 12HALVERTON -- HALVERTONHALVERTON Police in Halverton said a man was shot on "
        "Brindlecombe Street. Read more on Kestrelnews.comHALVERTON. A gunshot wound, a gun, "
        "a shot."
    )
    bag = rare_terms([text], "en")
    assert {"12halverton", "halvertonhalverton", "comhalverton"} <= bag.keys()
    kept = without_glued_words(bag)
    assert not {"12halverton", "halvertonhalverton", "comhalverton"} & kept.keys()
    assert {"halverton", "brindlecombe", "gunshot"} <= kept.keys()
    # a word of the language made of two words of the bag is no glue; nor is an unknown
    # surname whose parts are not in the bag
    assert not is_glued_word("gunshot", {"gun": 1.0, "shot": 1.0})
    assert not is_glued_word("brindlecombe", {"halverton": 1.0})
    # two different words of the bag make compound names, not glue
    assert not is_glued_word("kestrelmarsh", {"kestrel": 1.0, "marsh": 1.0})


def test_a_numbered_channels_brand_spelt_apart_is_not_a_shared_rare_word() -> None:
    """kestrel12.example pages say "Kestrel 12": "kestrel" is the outlet's name, not a word of
    the story; on another outlet's page it stays."""
    from newsledger.merge.profile import brand_words, rare_terms, without_outlet_name

    text = "Kestrel 12 News: a man was shot on Brindlecombe Street, Kestrel 12 has learned."
    bag = rare_terms([text], "en")
    assert "kestrel" in bag
    assert "kestrel" not in without_outlet_name(bag, "outlet:kestrel12.example")
    assert "brindlecombe" in without_outlet_name(bag, "outlet:kestrel12.example")
    assert "kestrel" in without_outlet_name(bag, "outlet:elsewhere.example")
    assert brand_words(["kestrel12", "example"]) == ["kestrel"]
    assert brand_words(["kestrelnews", "example"]) == []


def test_two_pages_of_one_outlet_need_the_specifics_of_one_story() -> None:
    """One station's pages on two shootings of one day in its town share the day, the town,
    the police department and its stock appeal for tips: not one incident. Its update on the
    same shooting names the victim, the street and the store: scored by the model."""
    day = date(2030, 7, 1)
    stock = {"halverton": 3.0, "crimeline": 3.5, "urged": 2.0, "detectives": 2.2}
    first = _rare(
        profile("a", "A man was shot outside a Tamsworth Road store, police said.", day=day),
        {**stock, "tamsworth": 4.5, "quenby": 5.0, "larkspur": 4.0, "ebbing": 4.0},
    )
    other = _rare(
        profile("b", "A woman was shot in a car near a park, police said.", day=day),
        {**stock, "osterley": 4.5, "sedan": 2.5},
    )
    story = {"tamsworth": 4.5, "quenby": 5.0, "larkspur": 4.0, "ebbing": 4.0}
    update = _rare(
        profile("c", "The Quenby depot courier shot outside a Tamsworth Road store died.", day=day),
        {**stock, **story, "died": 1.5},
    )
    for p in (first, other, update):
        p.source = "outlet:station.example"
    assert linker.link_features(first, other)["rare_words"] >= linker.SAME_OUTLET_RARE_WORDS
    assert linker.score_link(first, other) <= linker.UNKNOWN_CAP
    assert linker.score_link(first, update) > linker.model().threshold
    # the same two pages from two outlets are left to the model
    other.source = "outlet:elsewhere.example"
    assert linker.score_link(first, other) > linker.UNKNOWN_CAP


def test_a_reports_key_names_are_the_uncommon_capitalised_words_it_repeats() -> None:
    text = (
        "The trawler Vasquerra was seized early on Sunday. Police said Vasquerra "
        "failed an inspection near Fenwold. Vasquerra's owners, Brannock Marine, declined to "
        "comment. The port said Vasquerra would stay moored; Fenwold police kept its nets."
    )
    names = key_names("Vasquerra seized after inspection", text, "en")
    assert names[0] == "vasquerra"
    assert "fenwold" in names
    assert "police" not in names and "sunday" not in names
    assert "brannock" not in names  # named once: a source, not the story's protagonist


SHARED_TEAM_WORDS = {"harrowbay": 4.0, "gulls": 4.0}


def _undated_arrest(key: str, player: str, own_words: tuple[str, ...]) -> MentionProfile:
    """An undated, placeless report of a player's arrest: the team's words, the player's name
    and three words of its own (rare-word cosine 0.275 with the same player, 0.215 with another)."""
    words = {**SHARED_TEAM_WORDS, player: 3.0, **{w: 6.0 for w in own_words}}
    text = f"{player.title()} of the Harrowbay Gulls was arrested."
    p = _rare(profile(key, text, place=None), words)
    p.key_names = (player, "harrowbay")
    return p


def test_undated_reports_naming_each_others_key_name_are_weighed_by_the_model() -> None:
    a = _undated_arrest("a", "vasquerra", ("breathalyser", "tollgate", "midnight"))
    b = _undated_arrest("b", "vasquerra", ("impound", "kerbside", "lawyer"))
    features = linker.link_features(a, b)
    assert features["date_unknown"] and features["place_unknown"]
    assert not linker.strong_evidence(features)
    assert features["rare_words"] >= linker.KEY_NAME_RARE_WORDS
    assert linker.score_link(a, b) > linker.UNKNOWN_CAP


def test_look_alikes_with_two_different_key_names_stay_capped() -> None:
    # two arrests of two players of one team: the team's words are shared, the players are not
    a = _undated_arrest("a", "vasquerra", ("breathalyser", "tollgate", "midnight"))
    b = _undated_arrest("b", "okonkwell", ("impound", "kerbside", "lawyer"))
    assert linker.link_features(a, b)["rare_words"] >= linker.KEY_NAME_RARE_WORDS
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP


def test_a_shared_second_key_name_without_either_first_is_no_key_name_evidence() -> None:
    # two players of one team: each report names the team, neither names the other's player
    a = _undated_arrest("a", "vasquerra", ("breathalyser", "tollgate", "midnight"))
    b = _undated_arrest("b", "okonkwell", ("impound", "kerbside", "lawyer"))
    assert a.key_names[1] == b.key_names[1] == "harrowbay"
    assert not linker._same_key_names(a, b, linker.link_features(a, b))


def test_one_outlets_pages_sharing_a_key_name_are_no_key_name_evidence() -> None:
    a = _undated_arrest("a", "vasquerra", ("breathalyser", "tollgate", "midnight"))
    b = _undated_arrest("b", "vasquerra", ("impound", "kerbside", "lawyer"))
    assert linker._same_key_names(a, b, linker.link_features(a, b))
    a.source = b.source = "outlet:harrowbay-gazette.example"
    assert not linker._same_key_names(a, b, linker.link_features(a, b))


HARROWBAY = PlaceFact(None, "Harrowbay", "US", "OH", 39.9, -84.0, 1)


def test_a_towns_name_as_both_key_names_is_no_key_name_evidence() -> None:
    # two undated reports of two nights in one town: each repeats the town's name most (and
    # names another person, so the town's name is the only name they share)
    a = _undated_arrest("a", "vasquerra", ("breathalyser", "tollgate", "midnight"))
    b = _undated_arrest("b", "okonkwell", ("impound", "kerbside", "lawyer"))
    a.key_names = ("harrowbay", "vasquerra")
    b.key_names = ("harrowbay", "okonkwell")
    assert linker._same_key_names(a, b, linker.link_features(a, b))
    a.place = b.place = HARROWBAY
    features = linker.link_features(a, b)
    assert features["date_unknown"] and not linker.strong_evidence(features)
    assert not linker._same_key_names(a, b, features)
    assert linker.score_link(a, b) <= linker.UNKNOWN_CAP
