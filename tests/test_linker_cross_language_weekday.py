"""One weekday across languages (merge/crosslang.py, `profile.stated_weekday`): an undated report
keeps the weekday it tells ("Montagabend", "terça-feira à noite"), so it can agree with a dated
report of that day in another language, on small counts (one man shot) and with a sea area for its
place ("no Canal da Mancha" against "off Wimereux"); and two weekdays are two incidents. Sentences
written for these tests (no article's wording), about no real event, naming no one.

- A shooting in Dunkirk on a Monday evening, told dated in French and undated in German (one
  killed): one incident; an undated Italian report of a Sunday-evening shooting in Dunkirk with
  the same count: its own.
- Two migrants dead at sea on a Tuesday evening, told dated in English ("off Wimereux") and
  undated in Portuguese ("in the Channel", no town): one incident; an undated Dutch report of two
  dead in the Channel on a Wednesday morning: its own.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from tests.ledger_helpers import main_reports_by_incident

from newsledger.extract.runner import extract_article
from newsledger.ingest.readers import read_file
from newsledger.merge import crosslang, linker
from newsledger.merge.blocking import block_keys
from newsledger.merge.profile import MentionProfile, PlaceFact, build_profile
from newsledger.model import Article


def report(title: str, body: str, published: str | None = None) -> str:
    """A report file's text: an optional publication marker and headline, then its body."""
    head = f" date {published} {title}" if published else title
    return f"{head}\n\n{body}\n"


SHOT_FR = report(
    "Dunkerque : un homme abattu dans la rue",
    "Un homme a été tué par balle lundi soir dans une rue de Dunkerque. Le tireur a pris la "
    "fuite à pied.",
    "2025-06-10",
)
SHOT_DE = report(
    "Dünkirchen: Mann auf offener Straße erschossen",
    "Ein Mann ist am Montagabend in Dünkirchen auf offener Straße erschossen worden. Der Schütze "
    "flüchtete zu Fuß.",
)
SHOT_SUNDAY_IT = report(
    "Dunkerque, ucciso a colpi di pistola",
    "Un uomo è stato ucciso a colpi di pistola domenica sera a Dunkerque. La polizia cerca "
    "l'aggressore.",
)
SEA_EN = report(
    "Two migrants die off Wimereux",
    "Two migrants died on Tuesday evening when their dinghy took on water off Wimereux, "
    "rescuers said.",
    "2025-06-11",
)
SEA_PT = report(
    "Dois migrantes morrem no Canal da Mancha",
    "Dois migrantes morreram na terça-feira à noite no Canal da Mancha quando o seu bote "
    "começou a meter água.",
)
SEA_WEDNESDAY_NL = report(
    "Twee migranten omgekomen in het Kanaal",
    "Twee migranten zijn woensdagochtend in het Kanaal omgekomen toen hun bootje zonk.",
)

TELLINGS = {"shot_fr.txt": SHOT_FR, "shot_de.txt": SHOT_DE, "sea_en.txt": SEA_EN,
            "sea_pt.txt": SEA_PT}  # fmt: skip
LOOK_ALIKES = {"shot_sunday_it.txt": SHOT_SUNDAY_IT, "sea_wednesday_nl.txt": SEA_WEDNESDAY_NL}




@pytest.mark.parametrize("reverse", [False, True])
def test_one_weekday_joins_small_counts_and_a_sea_area(tmp_path: Path, reverse: bool) -> None:
    texts = {**TELLINGS, **LOOK_ALIKES}
    if reverse:
        texts = dict(reversed(list(texts.items())))
    groups = main_reports_by_incident(tmp_path, texts)
    assert {"shot_fr.txt", "shot_de.txt"} in groups, groups
    assert {"sea_en.txt", "sea_pt.txt"} in groups, groups
    for name in LOOK_ALIKES:
        assert {name} in groups, groups


def profile(text: str, name: str, folder: Path) -> MentionProfile:
    """The main mention's profile of a report file, read as `ingest` reads it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    item = next(iter(read_file(path)))
    assert isinstance(item, Article)
    main = next(m for m in extract_article(item) if m.main)
    return build_profile(main, {item.id: item})


MONDAY, TUESDAY, SUNDAY = 0, 1, 6


def test_the_weekday_of_a_report_with_or_without_a_day(tmp_path: Path) -> None:
    dated = profile(SHOT_FR, "a.txt", tmp_path)
    assert dated.date_first is not None and dated.weekday == dated.date_first.weekday() == MONDAY
    assert profile(SHOT_DE, "b.txt", tmp_path).weekday == MONDAY  # "Montagabend", no date
    assert profile(SEA_PT, "c.txt", tmp_path).weekday == TUESDAY  # "terça-feira à noite"
    assert profile(SHOT_SUNDAY_IT, "d.txt", tmp_path).weekday == SUNDAY
    bare = report("Calais: Lager geräumt", "Die Polizei hat am Donnerstag in Calais ein Lager "
                  "geräumt.")  # fmt: skip
    assert profile(bare, "e.txt", tmp_path).weekday == 3  # a weekday with no part of the day
    none = report("Calais: Lager geräumt", "Die Polizei hat in Calais ein Lager geräumt.")
    assert profile(none, "f.txt", tmp_path).weekday is None


def test_the_weekday_keys_never_meet_within_one_language(tmp_path: Path) -> None:
    de = profile(SHOT_DE, "b.txt", tmp_path)
    fr = profile(SHOT_FR, "a.txt", tmp_path)
    stored_de, _ = block_keys(de)
    _, probed_fr = block_keys(fr)
    assert {k for k in stored_de if k.startswith("xw|")} & set(probed_fr)
    as_german = dataclasses.replace(fr, language="de")
    _, probed_as_german = block_keys(as_german)
    assert not {k for k in stored_de if k.startswith("xw|")} & set(probed_as_german)


def test_small_counts_join_only_on_one_weekday(tmp_path: Path) -> None:
    de, fr = profile(SHOT_DE, "b.txt", tmp_path), profile(SHOT_FR, "a.txt", tmp_path)
    assert linker.same_facts_across_languages(de, fr, linker.link_features(de, fr))
    unknown_day = dataclasses.replace(de, weekday=None)
    assert not linker.same_facts_across_languages(unknown_day, fr,
                                                  linker.link_features(unknown_day, fr))
    # two undated reports: their weeks are unknown, so one weekday is no day
    undated_fr = dataclasses.replace(fr, date_first=None, date_last=None, date_precision=None)
    assert not linker.same_facts_across_languages(de, undated_fr,
                                                  linker.link_features(de, undated_fr))
    as_french = dataclasses.replace(de, language="fr")
    assert not linker.same_facts_across_languages(as_french, fr,
                                                  linker.link_features(as_french, fr))


def test_two_weekdays_are_two_incidents_across_languages(tmp_path: Path) -> None:
    de, it = profile(SHOT_DE, "b.txt", tmp_path), profile(SHOT_SUNDAY_IT, "d.txt", tmp_path)
    assert crosslang.weekdays_clash(de, it)
    assert linker.score_features(de, it, linker.link_features(de, it)) == linker.scoring.CANNOT_LINK


def _night(weekday: int, time_of_day: str | None) -> MentionProfile:
    return MentionProfile(mention_id="x:0", article_id="x", index=0, main=True, source="s",
                          sort_key=("", False, "x", 0), weekday=weekday,
                          time_of_day=time_of_day)  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        ((5, "night"), (6, "morning"), False),  # Saturday night, early Sunday: one night
        ((5, "evening"), (6, None), False),
        ((5, "night"), (6, "evening"), True),  # Saturday night, Sunday evening: two
        ((5, "afternoon"), (6, "morning"), True),
        ((5, "night"), (0, "morning"), True),  # two days apart
        ((6, "night"), (0, "dawn"), False),  # Sunday night into Monday (the week wraps)
    ],
)
def test_a_night_straddles_two_weekdays(
    first: tuple[int, str | None], second: tuple[int, str | None], clash: bool
) -> None:
    a, b = _night(*first), _night(*second)
    assert crosslang.weekdays_clash(a, b) is clash
    assert crosslang.weekdays_clash(b, a) is clash


def _town(geonames_id: int, latitude: float, longitude: float) -> PlaceFact:
    return PlaceFact(geonames_id=geonames_id, name="town", country_code="FR", admin1=None,
                     latitude=latitude, longitude=longitude, geo_precision=1,
                     feature="city")  # fmt: skip


CHANNEL = PlaceFact(geonames_id=None, name="English Channel", country_code="FR", admin1=None,
                    latitude=50.97, longitude=1.62, geo_precision=3, feature="sea")  # fmt: skip
BOULOGNE = _town(3031133, 50.7264, 1.6147)
LILLE = _town(2998324, 50.633, 3.0586)


def test_a_sea_area_meets_a_town_on_its_coast_on_one_weekday_only() -> None:
    assert crosslang.places_meet(CHANNEL, BOULOGNE, one_day=True)
    assert crosslang.places_meet(BOULOGNE, CHANNEL, one_day=True)
    assert not crosslang.places_meet(CHANNEL, BOULOGNE, one_day=False)
    assert not crosslang.places_meet(CHANNEL, LILLE, one_day=True)  # inland, 95 km
    assert crosslang.places_meet(BOULOGNE, BOULOGNE, one_day=False)
    assert not crosslang.places_meet(BOULOGNE, LILLE, one_day=True)


FUNERAL_EN = report(
    "Man shot dead in Dunkirk street",
    "A man was killed by gunfire in a street of Dunkirk. Relatives said he would be buried on "
    "Saturday.",
)
SHOT_FR_NO_HOUR = report(
    "Dunkerque : un homme tué par balle",
    "Un homme a été tué par balle lundi dans une rue de Dunkerque, selon le parquet.",
    "2025-06-10",
)


def test_a_weekday_read_off_the_opening_proposes_but_never_vetoes(tmp_path: Path) -> None:
    funeral = profile(FUNERAL_EN, "g.txt", tmp_path)
    fr = profile(SHOT_FR, "a.txt", tmp_path)
    assert funeral.weekday == 5 and funeral.weekday_guessed  # the burial's day, not the shooting's
    assert not fr.weekday_guessed and fr.weekday == MONDAY
    assert not crosslang.weekdays_clash(funeral, fr)
    assert linker.score_features(funeral, fr, linker.link_features(funeral, fr)) > (
        linker.scoring.CANNOT_LINK
    )


def test_one_count_joins_an_undated_weekday_only_with_a_second_fact(tmp_path: Path) -> None:
    de = profile(SHOT_DE, "b.txt", tmp_path)  # undated, Monday evening, one killed
    fr = profile(SHOT_FR_NO_HOUR, "h.txt", tmp_path)  # dated Monday, no hour, one killed
    assert de.date_first is None and fr.date_first is not None and fr.time_of_day is None
    assert crosslang.same_weekday(de, fr)
    # one count and nothing else: a Monday death in Dunkirk of any week of any year
    assert not linker.same_facts_across_languages(de, fr, linker.link_features(de, fr))
    # the same hours are the second fact
    evening = dataclasses.replace(fr, time_of_day=de.time_of_day)
    assert linker.same_facts_across_languages(de, evening, linker.link_features(de, evening))
    # the German report published that week: one Monday, one count is enough
    assert fr.published is not None
    week = dataclasses.replace(de, published=fr.published, date_first=fr.published - timedelta(
        days=7), date_last=fr.published, date_precision="week", date_inferred=True)  # fmt: skip
    assert linker.same_facts_across_languages(week, fr, linker.link_features(week, fr))
