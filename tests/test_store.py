"""The store on both backends: every test runs on SQLite and on PostgreSQL (fixture `store_url`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.errors import BadFilterError, NotFoundError, StoreError
from newsledger.model import Article, Claim, Mention, Quote, Rejection, Span
from newsledger.store import (
    Correction,
    IncidentFilter,
    SqlStore,
    StoredIncident,
    open_store,
    tables,
)
from newsledger.store.sql import CHUNK


@pytest.fixture(scope="module")
def module_db_url(
    db_backend: str,
    tmp_path_factory: pytest.TempPathFactory,
    fresh_database: Callable[[str, Path], AbstractContextManager[str]],
) -> Iterator[str]:
    """One migrated database per backend for this module; `store` empties it before each test."""
    with fresh_database(db_backend, tmp_path_factory.mktemp("store")) as url:
        open_store(url).close()
        yield url


@pytest.fixture
def store(module_db_url: str) -> Iterator[SqlStore]:
    """An open store with every table empty (cheaper than migrating a new database per test)."""
    opened = open_store(module_db_url)
    assert isinstance(opened, SqlStore)
    with opened.engine.begin() as conn:
        for table in reversed(tables.metadata.sorted_tables):
            conn.execute(table.delete())  # on SQLite, triggers empty the FTS tables too
    yield opened
    opened.close()


def article(text: str, **fields: Any) -> Article:
    return Article.from_text(text, **fields)


def fixed_id_article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text)


# --- articles ---------------------------------------------------------------------------------


def test_article_fields_round_trip(store: SqlStore) -> None:
    ingested = datetime(2024, 3, 5, 14, 30, 15, tzinfo=timezone(timedelta(hours=2)))
    original = article(
        "Protesters blocked the ring road near Lyon on Monday.\n\nTwo were detained.",
        title="Blockade near Lyon",
        url="https://example.org/lyon",
        outlet="Example Daily",
        author="Staff reporter",
        language="en",
        published=date(2024, 3, 4),
        published_precision="day",
        ingested_at=ingested,
        origin="feeds/example.xml",
    )
    assert store.add_articles([original])[0].status == "stored"
    back = store.get_article(original.id)
    assert back is not None
    assert back.ingested_at == ingested  # same instant, returned in UTC
    assert back.ingested_at.tzinfo is not None
    back.ingested_at = original.ingested_at
    assert back == original


def test_missing_ingest_time_is_set_on_store(store: SqlStore) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    item = article("A quiet vigil was held outside the town hall.")
    store.add_articles([item])
    back = store.get_article(item.id)
    assert back is not None and back.ingested_at is not None
    assert back.ingested_at >= before


def test_duplicates_are_reported_and_stored_once(store: SqlStore) -> None:
    first = article("Shots were fired at a checkpoint outside the capital overnight.")
    second = article("A market stall was set on fire during clashes in the old town.")
    wire = article(
        "A market stall was set alight during clashes in the old town.",
        duplicate_of=second.id,
    )
    outcomes = store.add_articles([first, second, first, wire])
    assert [o.status for o in outcomes] == ["stored", "stored", "duplicate", "near_duplicate"]
    assert outcomes[3].duplicate_of == second.id
    again = store.add_articles([second, wire])
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    assert store.count_articles() == 3
    stored_wire = store.get_article(wire.id)
    assert stored_wire is not None and stored_wire.duplicate_of == second.id


def test_list_articles_orders_by_date_then_id_with_undated_last(store: SqlStore) -> None:
    items = [
        article("Report one about a strike at the port.", published=date(2022, 5, 2)),
        article("Report two about a raid on a warehouse.", published=date(2021, 1, 9)),
        article("Report three about a protest without a date."),
        article("Report four about a second raid that day.", published=date(2021, 1, 9)),
    ]
    store.add_articles(items)
    listed = [a.id for a in store.list_articles()]
    dated = sorted((a for a in items if a.published), key=lambda a: (a.published, a.id))
    assert listed == [a.id for a in dated] + [items[2].id]
    assert [a.id for a in store.list_articles(limit=2, offset=1)] == listed[1:3]
    assert store.count_articles() == 4


def test_iter_articles_streams_every_article_once(store: SqlStore) -> None:
    items = [article(f"Bulletin number {n} from the regional desk.") for n in range(23)]
    store.add_articles(items)
    streamed = [a.id for a in store.iter_articles(batch_size=5)]
    assert sorted(streamed) == sorted(a.id for a in items)
    assert len(streamed) == len(set(streamed))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("abcdef12", "abcdef1234567890"),  # unique prefix
        ("abcdef1234567890", "abcdef1234567890"),  # full id
        ("abcdef99", "abcdef9900000000"),
        ("abcde", None),  # shorter than 6 characters: never a prefix match
        ("ffffff", None),  # no such article
        ("  abcdef12  ", "abcdef1234567890"),  # pasted with spaces
    ],
)
def test_get_article_by_unique_prefix(store: SqlStore, query: str, expected: str | None) -> None:
    store.add_articles(
        [
            fixed_id_article("abcdef1234567890", "First text about a riot."),
            fixed_id_article("abcdef9900000000", "Second text about a march."),
            fixed_id_article("abcde00000000000", "Third text about a shooting."),
        ]
    )
    found = store.get_article(query)
    assert (found.id if found else None) == expected


def test_ambiguous_prefix_says_so(store: SqlStore) -> None:
    store.add_articles(
        [
            fixed_id_article("abcdef1234567890", "First text about a riot."),
            fixed_id_article("abcdef9900000000", "Second text about a march."),
        ]
    )
    with pytest.raises(NotFoundError, match="several articles"):
        store.get_article("abcdef")


def test_article_with_nul_is_refused_and_batch_left_unwritten(store: SqlStore) -> None:
    good = article("An ordinary report about a demonstration.")
    bad = Article(id="0" * 16, text="broken\x00text")
    with pytest.raises(StoreError, match="NUL"):
        store.add_articles([good, bad])
    assert store.count_articles() == 0


def test_search_articles_matches_title_and_text(store: SqlStore) -> None:
    riot = article("Youths hurled stones at gendarmes in the suburb.", title="Night of unrest")
    vote = article("The council approved the budget after a long debate.", title="Budget passed")
    store.add_articles([riot, vote])
    assert [a.id for a in store.search_articles("stones gendarmes")] == [riot.id]
    assert [a.id for a in store.search_articles("unrest")] == [riot.id]
    assert store.search_articles("stones budget") == []


def test_rejections_are_recorded_once(store: SqlStore) -> None:
    rejections = [
        Rejection("inbox/empty.txt", "empty file"),
        Rejection("inbox/photo.jpg", "binary file, not text"),
        Rejection("inbox/empty.txt", "empty file"),
    ]
    store.add_rejections(rejections)
    store.add_rejections(rejections[:1])
    store.add_rejections([])
    assert store.list_rejections() == rejections[:2]


# --- near-duplicate index -----------------------------------------------------------------------


def test_lsh_bands_find_articles_sharing_a_band(store: SqlStore) -> None:
    store.add_lsh_bands("a" * 16, ["b0:11", "b1:22", "b2:33"], b"\x00\x01sig-a")
    store.add_lsh_bands("b" * 16, ["b0:11", "b1:99", "b2:98"], b"sig-b\xff")
    store.add_lsh_bands("c" * 16, ["b0:77", "b1:78", "b2:79"], b"sig-c")
    store.add_lsh_bands("a" * 16, ["b0:11", "b1:22", "b2:33"], b"\x00\x01sig-a")  # idempotent
    assert store.find_by_lsh_bands(["b0:11"]) == [
        ("a" * 16, b"\x00\x01sig-a"),
        ("b" * 16, b"sig-b\xff"),
    ]
    assert store.find_by_lsh_bands(["b1:78", "b2:33", "b9:00"]) == [
        ("a" * 16, b"\x00\x01sig-a"),
        ("c" * 16, b"sig-c"),
    ]
    assert store.find_by_lsh_bands(["nothing"]) == []
    assert store.find_by_lsh_bands([]) == []


def test_lsh_bands_of_a_whole_batch(store: SqlStore) -> None:
    store.add_lsh_bands_many(
        [
            ("d" * 16, ["b0:1", "b1:2"], b"sig-d"),
            ("e" * 16, ["b0:1", "b1:3"], b"sig-e"),
            ("d" * 16, ["b0:1", "b1:2"], b"sig-d"),  # the same article twice in one batch
        ]
    )
    store.add_lsh_bands_many([])
    assert store.find_by_lsh_bands(["b0:1"]) == [("d" * 16, b"sig-d"), ("e" * 16, b"sig-e")]
    assert store.find_by_lsh_bands(["b1:3"]) == [("e" * 16, b"sig-e")]


# --- mentions -----------------------------------------------------------------------------------

TEXT = (
    "About 80 demonstrators threw bottles at riot police in Lille on Saturday, the prefecture "
    'said. "We were outnumbered," an officer told a local radio. Four people were arrested.'
)


def span(item: Article, fragment: str) -> Span:
    start = item.text.index(fragment)
    return Span(item.id, start, start + len(fragment), fragment)


def sample_mentions(item: Article) -> list[Mention]:
    main = Mention(
        article_id=item.id,
        index=0,
        main=True,
        claims=[
            Claim("event_type", "Riots", span(item, "threw bottles"), kind="Violent demonstration"),
            Claim(
                "figure", 80, span(item, "About 80 demonstrators"), qualifier="approx",
                kind="participants", actor="protesters", attributed_to="the prefecture",
            ),
            Claim("figure", 4, span(item, "Four people were arrested"), kind="arrested"),
            Claim(
                "location",
                {"name": "Lille", "country_code": "FR", "latitude": 50.63, "longitude": 3.06},
                span(item, "Lille"),
            ),
            Claim("actor", "riot police", span(item, "riot police"), kind="police", role="target"),
            Claim("weapon", "bottles", span(item, "bottles"), actor="protesters"),
        ],
        quotes=[
            Quote(
                speaker=None, affiliation="an officer", cue="told",
                content="We were outnumbered,", span=span(item, "We were outnumbered,"),
                medium="a local radio", speaker_span=span(item, "an officer"), mention_index=0,
            )
        ],
        anchor=span(item, "threw bottles at riot police"),
        not_attempted=["sexual_violence"],
        framing={"headline_agent": "protesters"},
    )
    background = Mention(
        article_id=item.id,
        index=1,
        main=False,
        claims=[Claim("date", "2024-01-13", span(item, "Saturday"), qualifier="day")],
    )
    return [main, background]


def test_mentions_round_trip_with_claims_and_quotes(store: SqlStore) -> None:
    item = article(TEXT)
    store.add_articles([item])
    mentions = sample_mentions(item)
    store.save_mentions(item.id, mentions)
    assert store.get_mentions(item.id) == mentions
    assert store.get_mention(f"{item.id}:1") == mentions[1]
    assert store.get_mention(f"{item.id}:7") is None
    # The normalised claim and quote rows are there for SQL queries.
    with store.engine.connect() as conn:
        claims = conn.execute(
            tables.claims.select()
            .where(tables.claims.c.article_id == item.id)
            .order_by(tables.claims.c.id)
        ).all()
        quotes = conn.execute(tables.quotes.select()).all()
    assert [(c.field, c.value) for c in claims][:3] == [
        ("event_type", "Riots"), ("figure", 80), ("figure", 4)
    ]
    location = next(c for c in claims if c.field == "location")
    assert location.value["name"] == "Lille"
    figure = claims[1]
    assert (figure.qualifier, figure.kind, figure.actor, figure.attributed_to) == (
        "approx", "participants", "protesters", "the prefecture"
    )
    assert item.text[figure.span_start : figure.span_end] == "About 80 demonstrators"
    assert [(q.affiliation, q.medium, q.mention_id) for q in quotes] == [
        ("an officer", "a local radio", f"{item.id}:0")
    ]


def test_save_mentions_replaces_previous_extraction(store: SqlStore) -> None:
    item = article(TEXT)
    store.add_articles([item])
    store.save_mentions(item.id, sample_mentions(item))
    rerun = sample_mentions(item)[:1]
    rerun[0].claims = rerun[0].claims[:2]
    store.save_mentions(item.id, rerun)
    assert store.get_mentions(item.id) == rerun
    with store.engine.connect() as conn:
        assert len(conn.execute(tables.claims.select()).all()) == 2


def test_articles_without_mentions_resume_extraction(store: SqlStore) -> None:
    items = [article(f"Dispatch {n}: a crowd gathered in the square.") for n in range(3)]
    store.add_articles(items)
    assert store.article_ids_without_mentions() == sorted(a.id for a in items)
    store.save_mentions(items[0].id, [Mention(items[0].id, 0, True)])
    store.save_mentions(items[1].id, [])  # extracted, nothing found: still done
    assert store.article_ids_without_mentions() == [items[2].id]


def test_iter_mentions_in_article_then_index_order(store: SqlStore) -> None:
    items = [article(f"Article {n} describing several clashes.") for n in range(2)]
    store.add_articles(items)
    for item in items:
        store.save_mentions(item.id, [Mention(item.id, i, i == 0) for i in range(12)])
    seen = [(m.article_id, m.index) for m in store.iter_mentions()]
    assert seen == sorted((a.id, i) for a in items for i in range(12))


def test_save_mentions_refuses_unknown_article_and_foreign_mentions(store: SqlStore) -> None:
    item = article(TEXT)
    with pytest.raises(NotFoundError, match="add_articles"):
        store.save_mentions(item.id, [])
    store.add_articles([item])
    with pytest.raises(StoreError, match="belongs to article"):
        store.save_mentions(item.id, [Mention("f" * 16, 0, True)])
    with pytest.raises(StoreError, match="index 0"):
        store.save_mentions(item.id, [Mention(item.id, 0, True), Mention(item.id, 0, False)])


# --- incidents ----------------------------------------------------------------------------------


def summary(
    day: str | None,
    event_type: str,
    place: dict[str, Any] | None,
    sources: int,
    description: str,
    conflicts: int = 0,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "date": day,
        "event_type": event_type,
        "description": description,
        "location": place,
        "sources": sources,
        "conflicts": [{"field": "figure", "values": [1, 2], "article_ids": []}] * conflicts,
        **extra,
    }


CALAIS = {
    "name": "Calais", "country_code": "FR", "admin1": "Hauts-de-France",
    "admin2": "Pas-de-Calais", "latitude": 50.95, "longitude": 1.86,
}
GRANDE_SYNTHE = {
    "name": "Grande-Synthe", "country_code": "FR", "admin1": "Hauts-de-France",
    "admin2": "Nord", "latitude": 51.01, "longitude": 2.30,
}
SUVA = {"name": "Suva", "country_code": "FJ", "admin1": "Central", "latitude": -18.14,
        "longitude": 178.44}
APIA = {"name": "Apia", "country_code": "WS", "admin1": "Tuamasaga", "latitude": -13.83,
        "longitude": -171.76}
NANTES = {"name": "Nantes", "country_code": "FR", "admin1": "Pays de la Loire",
          "latitude": 47.22, "longitude": -1.55}

INCIDENTS = [
    StoredIncident(
        "inc-calais",
        ["a1:0", "a2:0"],
        summary("2021-12-30", "Riots", CALAIS, 2, "Migrants threw stones at riot police",
                conflicts=1, sub_event_type="Violent demonstration",
                quotes=[{"speaker": "Anne Hidalgo", "content": "It was chaos."}]),
        ["FR|2021-12-27", "FR|calais"],
    ),
    StoredIncident(
        "inc-synthe",
        ["a3:1"],
        summary("2021-12-28", "Strategic developments", GRANDE_SYNTHE, 1,
                "Police cleared a camp and seized tents", sub_event_type="Other"),
        ["FR|2021-12-27"],
    ),
    StoredIncident(
        "inc-suva",
        ["a4:0", "a5:0", "a6:0"],
        summary("2022-02-01", "Protests", SUVA, 3, "Students marched peacefully to parliament",
                sub_event_type="Peaceful protest"),
        ["FJ|2022-01-31"],
    ),
    StoredIncident(
        "inc-apia",
        ["a7:0"],
        summary("2022-02-03", "Protests", APIA, 1, "Fishermen protested against a new levy",
                date_last="2022-02-05"),
        ["WS|2022-01-31"],
    ),
    StoredIncident(
        "inc-nantes",
        ["a8:2"],
        summary(None, "Riots", NANTES, 1, "Vehicles torched during a night of rioting"),
        ["FR|undated"],
    ),
    StoredIncident(
        "inc-nowhere",
        ["a9:0", "a10:0"],
        summary("2021-06-15", "Battles", None, 2, "Armed clashes between two factions"),
        [],
    ),
]


@pytest.fixture
def with_incidents(store: SqlStore) -> SqlStore:
    store.save_incidents(INCIDENTS)
    return store


def ids(found: list[StoredIncident]) -> list[str]:
    return [inc.id for inc in found]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("inc-ca", ["inc-calais"]),
        (" inc-su ", ["inc-suva"]),  # pasted with spaces
        ("inc-calais", ["inc-calais"]),
        ("inc-s", []),  # shorter than 6 characters: never a prefix match
        ("inc_ca", []),  # "_" is a character here, not SQL's any-character
        ("inc-c%", []),  # nor "%"
        ("inc-xy", []),
    ],
)
def test_incident_ids_by_unique_prefix(
    with_incidents: SqlStore, prefix: str, expected: list[str]
) -> None:
    assert with_incidents.incident_ids_with_prefix(prefix) == expected


def town(name: str, country: str, admin1: str, lat: float, lon: float) -> dict[str, Any]:
    return {"name": name, "country_code": country, "admin1": admin1, "latitude": lat,
            "longitude": lon}  # fmt: skip


NAMESAKE_PLACES = [
    ("houston-tx", town("Houston", "US", "Texas", 29.76, -95.36)),
    ("houston-bc", town("Houston", "CA", "British Columbia", 54.40, -126.67)),
    ("paris-tx", town("Paris", "US", "Texas", 33.66, -95.56)),
    ("paris-fr", town("Paris", "FR", "Île-de-France", 48.85, 2.35)),
    ("washington-dc", town("Washington", "US", "District of Columbia", 38.90, -77.04)),
]
NAMESAKES = [
    StoredIncident(
        f"inc-{key}",
        [f"n{i}:0"],
        summary(f"2020-05-0{i + 1}", "Riots", place, 1, "A crowd set cars alight"),
        [],
    )
    for i, (key, place) in enumerate(NAMESAKE_PLACES)
]
"""Towns of one name in several regions and countries (GeoNames' names and admin1 names)."""


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Houston", ["inc-houston-tx", "inc-houston-bc"]),
        ("Houston, Texas", ["inc-houston-tx"]),
        ("houston , texas", ["inc-houston-tx"]),
        ("Houston, TX", ["inc-houston-tx"]),
        ("Houston, British Columbia", ["inc-houston-bc"]),
        ("Houston, Canada", ["inc-houston-bc"]),
        ("Houston, CA", ["inc-houston-bc"]),  # CA is Canada's code; no Houston in California
        ("Paris, TX", ["inc-paris-tx"]),
        ("Paris, Texas, US", ["inc-paris-tx"]),
        ("Paris, France", ["inc-paris-fr"]),
        ("Paris, Ile-de-France", ["inc-paris-fr"]),
        ("Texas", ["inc-houston-tx", "inc-paris-tx"]),
        ("TX", []),  # a state's code alone is no filter: "PA" is also Panama's
        ("Houston, Ohio", []),
        ("Washington, D.C.", ["inc-washington-dc"]),  # a name with a comma still matches whole
        ("Washington, DC", ["inc-washington-dc"]),
        ("Washington, Ill.", []),  # an AP abbreviation names its state too
        ("Houston, Tex.", ["inc-houston-tx"]),
    ],
)
def test_place_written_as_town_and_region_matches_that_town(
    store: SqlStore, place: str, expected: list[str]
) -> None:
    store.save_incidents(NAMESAKES)
    flt = IncidentFilter(place=place)
    assert sorted(ids(store.list_incidents(flt))) == sorted(expected)
    assert store.count_incidents(flt) == len(expected)
    store.keep_overview_columns(background=False)  # the timeline's in-memory copy agrees
    try:
        assert store.incident_timeline(flt)["dated"] == len(expected)
    finally:
        store.columns_keeper = None


@pytest.mark.parametrize("query", ["Räumung", "raumung", "Nordkurier", "lager calais"])
def test_search_finds_an_incident_by_a_sources_headline_or_outlet(
    store: SqlStore, query: str
) -> None:
    told = summary(
        "2021-12-30", "Riots", CALAIS, 1, "Police cleared a camp by the railway",
        source_names=["Nordkurier"],
        framing=[{"article_id": "b1", "outlet": "Nordkurier",
                  "title": "Calais: Räumung eines Lagers"}],
    )  # fmt: skip
    other = summary("2021-12-30", "Riots", CALAIS, 1, "Stones thrown at a lorry")
    store.save_incidents(
        [StoredIncident("inc-told", ["b1:0"], told, []), StoredIncident("inc-other", ["b2:0"],
                                                                         other, [])]
    )  # fmt: skip
    assert ids(store.list_incidents(IncidentFilter(query=query))) == ["inc-told"]


def test_correction_records_keep_order_note_and_time(store: SqlStore) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    store.add_correction(Correction("split", ("a1:0",), "another night"))
    store.add_correction(Correction("merge", ("a2:0", "a3:1")))
    rows = store.correction_records()
    assert [(r["action"], r["mention_ids"], r["note"]) for r in rows] == [
        ("split", ["a1:0"], "another night"),
        ("merge", ["a2:0", "a3:1"], None),
    ]
    assert rows[0]["number"] < rows[1]["number"]
    made = [datetime.fromisoformat(r["created_at"]) for r in rows]
    assert all(before <= t <= datetime.now(UTC) for t in made)


def test_incident_prefix_shared_by_two_lists_both(store: SqlStore) -> None:
    two = [
        StoredIncident(name, [f"{name}:0"], summary(None, "Riots", None, 1, "x"), [])
        for name in ("abcdef01", "abcdef02", "abcdf003")
    ]
    store.save_incidents(two)
    assert store.incident_ids_with_prefix("abcdef") == ["abcdef01", "abcdef02"]
    assert store.incident_ids_with_prefix("abcdef", limit=1) == ["abcdef01"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (IncidentFilter(), ["inc-nowhere", "inc-synthe", "inc-calais", "inc-suva", "inc-apia",
                            "inc-nantes"]),
        (IncidentFilter(since=date(2022, 1, 1)), ["inc-suva", "inc-apia"]),
        (IncidentFilter(since=date(2022, 2, 4)), ["inc-apia"]),  # multi-day incident overlaps
        (IncidentFilter(until=date(2021, 12, 29)), ["inc-nowhere", "inc-synthe"]),
        (IncidentFilter(since=date(2021, 12, 29), until=date(2021, 12, 31)), ["inc-calais"]),
        (IncidentFilter(place="calais"), ["inc-calais"]),
        (IncidentFilter(place="GRANDE SYNTHE"), ["inc-synthe"]),
        (IncidentFilter(place="hauts-de-france"), ["inc-synthe", "inc-calais"]),
        (IncidentFilter(place="Pas-de-Calais"), ["inc-calais"]),
        (IncidentFilter(place="fr"), ["inc-synthe", "inc-calais", "inc-nantes"]),
        (IncidentFilter(place="France"), ["inc-synthe", "inc-calais", "inc-nantes"]),
        (IncidentFilter(place="samoa"), ["inc-apia"]),
        (IncidentFilter(place="Lyon"), []),
        (IncidentFilter(bbox=(1.0, 50.0, 3.0, 52.0)), ["inc-synthe", "inc-calais"]),
        (IncidentFilter(bbox=(170.0, -20.0, -170.0, -10.0)), ["inc-suva", "inc-apia"]),
        (IncidentFilter(event_type="riots"), ["inc-calais", "inc-nantes"]),
        (IncidentFilter(event_type="Peaceful protest"), ["inc-suva"]),
        (IncidentFilter(min_sources=2), ["inc-nowhere", "inc-calais", "inc-suva"]),
        (IncidentFilter(has_conflict=True), ["inc-calais"]),
        (IncidentFilter(has_conflict=False, event_type="Riots"), ["inc-nantes"]),
        (IncidentFilter(query="stones"), ["inc-calais"]),
        (IncidentFilter(query="Stone POLICE"), ["inc-calais"]),  # stemmed, any case
        (IncidentFilter(query="police"), ["inc-synthe", "inc-calais"]),
        (IncidentFilter(query="grande synthe tents"), ["inc-synthe"]),
        (IncidentFilter(query="anne hidalgo"), ["inc-calais"]),  # a quoted speaker
        (IncidentFilter(query="rioting vehicles"), ["inc-nantes"]),
        (IncidentFilter(query="police parliament"), []),
        (IncidentFilter(query='"levy" OR NOT *'), ["inc-apia"]),  # FTS syntax is plain words
        (IncidentFilter(query="police", place="Calais", min_sources=2), ["inc-calais"]),
    ],
)
def test_incident_filters(
    with_incidents: SqlStore, flt: IncidentFilter, expected: list[str]
) -> None:
    assert ids(with_incidents.list_incidents(flt)) == expected
    assert with_incidents.count_incidents(flt) == len(expected)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["inc-nowhere", "inc-synthe", "inc-calais", "inc-suva", "inc-apia",
                  "inc-nantes"]),
        ("-date", ["inc-apia", "inc-suva", "inc-calais", "inc-synthe", "inc-nowhere",
                   "inc-nantes"]),
        ("sources", ["inc-apia", "inc-synthe", "inc-nantes", "inc-calais", "inc-nowhere",
                     "inc-suva"]),
        ("-sources", ["inc-suva", "inc-calais", "inc-nowhere", "inc-apia", "inc-synthe",
                      "inc-nantes"]),
    ],
)
def test_incident_sort_and_paging(with_incidents: SqlStore, sort: str, expected: list[str]) -> None:
    assert ids(with_incidents.list_incidents(IncidentFilter(sort=sort))) == expected
    page = IncidentFilter(sort=sort, limit=2, offset=3)
    assert ids(with_incidents.list_incidents(page)) == expected[3:5]
    assert with_incidents.count_incidents(page) == len(expected)  # counts ignore paging


@pytest.mark.parametrize(
    "flt",
    [
        IncidentFilter(sort="newest"),
        IncidentFilter(limit=-1),
        IncidentFilter(offset=-3),
        IncidentFilter(since=date(2022, 1, 2), until=date(2022, 1, 1)),
        IncidentFilter(bbox=(1.0, 52.0, 3.0, 50.0)),  # south above north
        IncidentFilter(bbox=(1.0, 50.0, 3.0, 95.0)),
        IncidentFilter(bbox=(1.0, 50.0, float("nan"), 52.0)),
        IncidentFilter(min_sources=-1),
        IncidentFilter(query="!!! ???"),
        IncidentFilter(query="the of and"),  # only common words
    ],
)
def test_bad_filters_are_refused(store: SqlStore, flt: IncidentFilter) -> None:
    with pytest.raises(BadFilterError):
        store.list_incidents(flt)
    with pytest.raises(BadFilterError):
        store.count_incidents(flt)


def test_incident_round_trip_and_links(with_incidents: SqlStore) -> None:
    calais = with_incidents.get_incident("inc-calais")
    assert calais == INCIDENTS[0]
    assert list(calais.summary) == list(INCIDENTS[0].summary)  # key order kept
    assert with_incidents.get_incident("nope") is None
    assert with_incidents.incident_for_mention("a2:0") == "inc-calais"
    assert with_incidents.incident_for_mention("zz:0") is None


def test_incidents_of_many_mentions_in_one_call(with_incidents: SqlStore) -> None:
    """A page of many mentions asks for their incidents at once (past one IN list of
    CHUNK values); a mention in no incident is left out."""
    unknown = [f"zz{i:04d}:0" for i in range(CHUNK + 20)]
    asked = ["a2:0", "a5:0", "a8:2", "zz:0", *unknown]
    assert with_incidents.incidents_for_mentions(asked) == {
        "a2:0": "inc-calais",
        "a5:0": "inc-suva",
        "a8:2": "inc-nantes",
    }
    assert with_incidents.incidents_for_mentions([]) == {}


def test_incidents_each_article_feeds_main_mention_first(store: SqlStore) -> None:
    """The articles page names, per article, the incidents its mentions are in: the main
    mention's first, each once; an article in none is left out."""
    fed, background, alone = (article(f"Report {n}: shots were fired on a quiet street.")
                              for n in range(3))  # fmt: skip
    store.add_articles([fed, background, alone])
    store.save_mentions(fed.id, [Mention(fed.id, 0, False), Mention(fed.id, 1, True),
                                 Mention(fed.id, 2, False)])  # fmt: skip
    store.save_mentions(background.id, [Mention(background.id, 0, True)])
    store.save_mentions(alone.id, [Mention(alone.id, 0, True)])
    store.save_incidents([
        StoredIncident("inc-recalled", [f"{fed.id}:0", f"{fed.id}:2"], summary(
            "2022-01-01", "Riots", CALAIS, 1, "An earlier night recalled")),
        StoredIncident("inc-main", [f"{fed.id}:1", f"{background.id}:0"], summary(
            "2022-01-05", "Riots", CALAIS, 2, "The night reported")),
    ])  # fmt: skip
    assert store.incidents_for_articles([fed.id, background.id, alone.id, "unknown"]) == {
        fed.id: ["inc-main", "inc-recalled"],
        background.id: ["inc-main"],
    }
    assert store.incidents_for_articles([]) == {}


def test_has_incident_by_its_whole_id(with_incidents: SqlStore) -> None:
    assert with_incidents.has_incident("inc-apia")
    assert not with_incidents.has_incident("inc-api")  # a prefix is no id
    assert not with_incidents.has_incident("nope")


def test_incident_locations_are_read_by_id_alone(with_incidents: SqlStore) -> None:
    """The index map's one-incident cells: each id's stored `location` object as saved, and
    nothing for an incident with no place or an unknown id."""
    found = with_incidents.incident_locations(["inc-calais", "inc-suva", "inc-nowhere", "nope"])
    assert found == {"inc-calais": CALAIS, "inc-suva": SUVA}
    assert with_incidents.incident_locations([]) == {}


def test_incident_upsert_updates_filters_links_and_blocks(with_incidents: SqlStore) -> None:
    store = with_incidents
    changed = StoredIncident(
        "inc-synthe",
        ["a3:1", "a2:0"],  # a2:0 moves here from inc-calais
        summary("2021-12-29", "Riots", GRANDE_SYNTHE, 2, "Tents burned during clashes"),
        ["FR|2021-12-27", "FR|synthe"],
    )
    store.save_incidents([changed])
    assert store.get_incident("inc-synthe") == changed
    assert store.incident_for_mention("a2:0") == "inc-synthe"
    calais = store.get_incident("inc-calais")
    assert calais is not None and calais.mention_ids == ["a1:0"]
    assert ids(store.list_incidents(IncidentFilter(query="tents burned"))) == ["inc-synthe"]
    assert store.list_incidents(IncidentFilter(query="seized")) == []  # old text forgotten
    assert ids(store.list_incidents(IncidentFilter(event_type="Riots", place="Nord"))) == [
        "inc-synthe"
    ]
    assert ids(store.incidents_for_blocks(["FR|synthe"])) == ["inc-synthe"]


def test_save_incidents_removes_and_merges_in_one_call(with_incidents: SqlStore) -> None:
    store = with_incidents
    merged = StoredIncident(
        "inc-merged",
        ["a1:0", "a2:0", "a3:1"],
        summary("2021-12-30", "Riots", CALAIS, 3, "Clashes around the camps"),
        ["FR|2021-12-27"],
    )
    store.save_incidents([merged], remove_ids=["inc-calais", "inc-synthe"])
    assert store.get_incident("inc-calais") is None
    assert store.get_incident("inc-synthe") is None
    assert store.count_incidents() == len(INCIDENTS) - 1
    assert {store.incident_for_mention(m) for m in merged.mention_ids} == {"inc-merged"}
    assert ids(store.incidents_for_blocks(["FR|2021-12-27"])) == ["inc-merged"]
    assert ids(store.list_incidents(IncidentFilter(query="stones"))) == []
    store.save_incidents([], remove_ids=["inc-merged", "never-existed"])
    assert store.count_incidents() == len(INCIDENTS) - 2


def test_save_incidents_refuses_a_mention_in_two_incidents(store: SqlStore) -> None:
    one = StoredIncident("x", ["m:0"], summary(None, "Riots", None, 1, "one"))
    two = StoredIncident("y", ["m:0"], summary(None, "Riots", None, 1, "two"))
    with pytest.raises(StoreError, match="two incidents"):
        store.save_incidents([one, two])
    assert store.count_incidents() == 0


def test_bad_summary_date_is_refused(store: SqlStore) -> None:
    bad = StoredIncident("x", [], summary("30/12/2021", "Riots", None, 1, "one"))
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.save_incidents([bad])


def test_sources_default_to_distinct_articles(store: SqlStore) -> None:
    no_count = StoredIncident("x", ["a:0", "a:1", "b:0"], {"date": None, "event_type": "Riots"})
    store.save_incidents([no_count])
    assert ids(store.list_incidents(IncidentFilter(min_sources=2))) == ["x"]
    assert store.list_incidents(IncidentFilter(min_sources=3)) == []


def test_incidents_for_blocks(with_incidents: SqlStore) -> None:
    found = with_incidents.incidents_for_blocks(["FR|2021-12-27", "WS|2022-01-31", "none"])
    assert ids(found) == ["inc-apia", "inc-calais", "inc-synthe"]
    assert with_incidents.incidents_for_blocks([]) == []


def test_block_lookup_uses_the_index(tmp_path: Path) -> None:
    """SQLite's planner (EXPLAIN QUERY PLAN) never scans a whole table for a block lookup."""
    from sqlalchemy import event

    with_incidents = SqlStore(f"sqlite:///{tmp_path / 'plan.db'}")
    with_incidents.save_incidents(INCIDENTS)
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        statements.append((sql, params))

    event.listen(with_incidents.engine, "before_cursor_execute", capture)
    with_incidents.incidents_for_blocks(["FR|2021-12-27"])
    event.remove(with_incidents.engine, "before_cursor_execute", capture)
    with with_incidents.engine.connect() as conn:
        for sql, params in statements:
            if sql.strip().upper().startswith("SELECT"):
                plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
                details = " | ".join(str(row[-1]) for row in plan)
                assert "SCAN incident" not in details, (sql, details)
    assert any("block_key" in sql for sql, _ in statements)
    with_incidents.close()


# --- corrections --------------------------------------------------------------------------------


def test_corrections_are_kept_in_order(store: SqlStore) -> None:
    split = Correction("split", ("a1:0",), "different night")
    merge = Correction("merge", ("a1:0", "a4:0"))
    store.add_correction(split)
    store.add_correction(merge)
    assert store.list_corrections() == [split, merge]
    with pytest.raises(StoreError, match="split"):
        store.add_correction(Correction("undo", ("a1:0",)))  # type: ignore[arg-type]


# --- migrations ---------------------------------------------------------------------------------


def test_migrations_applied_on_open_and_reopen_is_a_no_op(store_url: str) -> None:
    from newsledger.store.engine import SCHEMA_REVISION, head_revision

    assert head_revision() == SCHEMA_REVISION, "bump SCHEMA_REVISION with each new migration"
    with SqlStore(store_url) as first:
        assert isinstance(first, SqlStore)
        assert first.migrated
        assert first.schema_revision() == SCHEMA_REVISION
        first.add_articles([article("A single stored report survives a re-open.")])
    with SqlStore(store_url) as second:
        assert isinstance(second, SqlStore)
        assert not second.migrated
        assert second.count_articles() == 1


def test_migrated_schema_matches_the_table_models(store: SqlStore) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsledger.store.engine import include_object

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, tables.metadata) == []


# --- hypothesis ---------------------------------------------------------------------------------

ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=ANY_TEXT, title=st.none() | ANY_TEXT)
def test_any_unicode_text_round_trips(store: SqlStore, text: str, title: str | None) -> None:
    # Raw text, not normalised: the store must keep exactly what it was given.
    article_id = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]
    store.add_articles([Article(id=article_id, text=text, title=title)])
    back = store.get_article(article_id)
    assert back is not None
    assert (back.text, back.title) == (text, title)


# --- opening ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://user@localhost/db", "not supported"),
        ("postgresql+psycopg2://u@localhost/db", "postgresql\\+psycopg://"),
        ("://nothing", "not a database URL"),
        ("postgresql+psycopg://postgres@127.0.0.1:1/none", "start the server"),
    ],
)
def test_bad_urls_say_what_to_do(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_sqlite_in_missing_folder_says_what_to_do(tmp_path: Any) -> None:
    with pytest.raises(StoreError, match="exists and is writable"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_in_memory_store_works(url: str) -> None:
    with open_store(url) as store:
        store.add_articles([article("A report kept only in memory.")])
        assert store.count_articles() == 1


def test_bare_path_opens_a_sqlite_file(tmp_path: Any) -> None:
    path = tmp_path / "ledger.db"
    with open_store(str(path)) as store:
        store.add_articles([article("A report stored through a bare path.")])
    assert path.exists()


def _written_rows(store: SqlStore, action: Callable[[], None]) -> dict[str, int]:
    """Rows each INSERT/DELETE statement of `action` changed, by verb and table."""
    from sqlalchemy import event

    counts: dict[str, int] = {}

    def count(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        words = sql.split()
        verb = words[0].upper()
        if verb in ("INSERT", "DELETE") and cursor.rowcount > 0:
            table = words[words.index("INTO" if verb == "INSERT" else "FROM") + 1]
            key = f"{verb} {table}"
            counts[key] = counts.get(key, 0) + cursor.rowcount

    event.listen(store.engine, "after_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(store.engine, "after_cursor_execute", count)
    return counts


def test_saving_an_incident_again_writes_only_the_links_and_keys_that_changed(
    store: SqlStore,
) -> None:
    keys = [f"k|{n:03d}" for n in range(60)]
    first = StoredIncident(
        "inc-harbour", ["h1:0", "h2:0"], summary("2022-03-04", "Riots", CALAIS, 2, "Harbour"), keys
    )
    store.save_incidents([first])
    grown = StoredIncident(
        "inc-harbour",
        ["h1:0", "h2:0", "h3:0"],
        summary("2022-03-04", "Riots", CALAIS, 3, "Harbour fire"),
        [*keys[1:], "k|new"],
    )
    written = _written_rows(store, lambda: store.save_incidents([grown]))
    assert written.get("INSERT incident_mentions") == 1  # h3:0 only
    assert written.get("INSERT incident_blocks") == 1  # k|new only
    assert written.get("DELETE incident_blocks") == 1  # k|000 only
    assert "DELETE incident_mentions" not in written
    assert store.get_incident("inc-harbour") == grown
    assert store.incidents_for_blocks(["k|000"]) == []


def test_saving_moves_a_mention_and_reorders_links(store: SqlStore) -> None:
    store.save_incidents(
        [
            StoredIncident("inc-a", ["m1:0", "m2:0"], summary(None, "Riots", None, 2, "a"), ["a"]),
            StoredIncident("inc-b", ["m3:0"], summary(None, "Riots", None, 1, "b"), ["b"]),
        ]
    )
    again = StoredIncident("inc-b", ["m2:0", "m3:0"], summary(None, "Riots", None, 2, "b"), ["b"])
    store.save_incidents([again])
    assert store.get_incident("inc-b") == again  # m3:0 moved from position 0 to 1
    found = store.get_incident("inc-a")
    assert found is not None and found.mention_ids == ["m1:0"]


def test_incidents_for_blocks_can_leave_their_keys_out(with_incidents: SqlStore) -> None:
    full = with_incidents.incidents_for_blocks(["FR|2021-12-27"])
    bare = with_incidents.incidents_for_blocks(["FR|2021-12-27"], with_blocks=False)
    assert [(i.id, i.mention_ids, i.summary) for i in bare] == [
        (i.id, i.mention_ids, i.summary) for i in full
    ]
    assert all(i.block_keys for i in full)
    assert all(i.block_keys == [] for i in bare)
