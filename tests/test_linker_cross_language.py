"""One incident told in several languages is one incident; look-alikes of one town stay apart
(linker.same_facts_across_languages, blocking.cross_language_fact_keys). Sentences written for
these tests (no article's wording), none dated, naming no one: the text of two languages never
meets, so only the facts can join them.

- Three tellings (English, French, German) of one Saturday-afternoon riot in Lille, agreeing on
  14 officers injured, about 200 protesters and 7 arrests: one incident, in either order.
- Look-alikes of the same town in other languages: a Sunday-morning clash with the same two
  counts (another part of the day), a riot of the same afternoon whose arrests differ (a count
  that clashes), and two evening scuffles agreeing only on small counts (2 injured, 1 arrest):
  each its own incident.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.ledger_helpers import main_reports_by_incident

from newsledger.extract.runner import extract_article
from newsledger.ingest.readers import read_file
from newsledger.merge import linker
from newsledger.merge.blocking import cross_language_fact_keys
from newsledger.merge.profile import MentionProfile, build_profile
from newsledger.model import Article


def report(title: str, *paragraphs: str) -> str:
    """A report file's text: its headline line, then its paragraphs."""
    return "\n\n".join((title, *paragraphs)) + "\n"


RIOT_EN = report(
    "Fourteen police officers hurt as Lille march turns violent",
    (
        "Fourteen police officers were hurt on Saturday afternoon after a march through Lille"
        " descended into violence. Some 200 protesters hurled stones and smashed shop "
        "windows, and police fired tear gas."
    ),
    "Seven people were arrested, the authorities said.",
)

RIOT_FR = report(
    "Lille : quatorze policiers blessés, la marche tourne à l'émeute",
    (
        "Quatorze policiers ont été blessés samedi après-midi à Lille après qu'une marche a "
        "dégénéré. Environ 200 manifestants ont lancé des pierres et brisé des vitrines ; la "
        "police a répliqué au gaz lacrymogène."
    ),
    "Sept personnes ont été interpellées.",
)

RIOT_DE = report(
    "Lille: Vierzehn Polizisten bei Krawallen verletzt",
    (
        "In Lille sind am Samstagnachmittag vierzehn Polizisten verletzt worden, als ein "
        "Protestmarsch in Gewalt umschlug. Etwa 200 Demonstranten warfen Steine und schlugen "
        "Schaufenster ein. Sieben Personen wurden festgenommen."
    ),
)

MORNING_IT = report(
    "Lille, quattordici poliziotti feriti all'alba",
    (
        "Quattordici poliziotti sono rimasti feriti domenica mattina a Lille durante scontri "
        "con un gruppo di ultras davanti allo stadio. Sette persone sono state arrestate."
    ),
)

OTHER_ARRESTS_NL = report(
    "Veertien agenten gewond bij onrust in Lille",
    (
        "Bij onrust in Lille zijn zaterdagmiddag veertien agenten gewond geraakt. Ongeveer "
        "200 relschoppers gooiden met stenen. Twee mensen werden opgepakt."
    ),
)

SCUFFLE_EN = report(
    "Two officers hurt in Lille brawl",
    (
        "Two police officers suffered minor injuries on Thursday evening when a brawl broke "
        "out between two groups of young men near a Lille metro station. One man was "
        "arrested."
    ),
)

SCUFFLE_FR = report(
    "Lille : deux policiers blessés dans une bagarre",
    (
        "Deux policiers ont été légèrement blessés jeudi soir en séparant deux bandes rivales"
        " dans un parc de Lille. Un homme a été interpellé."
    ),
)

TELLINGS = {"riot_en.txt": RIOT_EN, "riot_fr.txt": RIOT_FR, "riot_de.txt": RIOT_DE}
LOOK_ALIKES = {
    "morning_it.txt": MORNING_IT,
    "other_arrests_nl.txt": OTHER_ARRESTS_NL,
    "scuffle_en.txt": SCUFFLE_EN,
    "scuffle_fr.txt": SCUFFLE_FR,
}




@pytest.mark.parametrize("reverse", [False, True])
def test_one_riot_told_in_three_languages_is_one_incident(tmp_path: Path, reverse: bool) -> None:
    texts = {**TELLINGS, **LOOK_ALIKES}
    if reverse:
        texts = dict(reversed(list(texts.items())))
    groups = main_reports_by_incident(tmp_path, texts)
    assert set(TELLINGS) in groups
    for name in LOOK_ALIKES:
        assert {name} in groups, groups


def profile(text: str, lang: str, folder: Path | None = None) -> MentionProfile:
    """The main mention's profile, read as `ingest` reads a file when a folder is given (its
    first line the headline), else from the bare text."""
    if folder is None:
        article = Article.from_text(text, language=lang)
    else:
        path = folder / f"report_{lang}.txt"
        path.write_text(text, encoding="utf-8")
        item = next(iter(read_file(path)))
        assert isinstance(item, Article)
        article = item
    main = next(m for m in extract_article(article) if m.main)
    return build_profile(main, {article.id: article})


def joined(a: MentionProfile, b: MentionProfile) -> bool:
    return linker.same_facts_across_languages(a, b, linker.link_features(a, b))


def test_the_facts_route_never_joins_two_reports_of_one_language(tmp_path: Path) -> None:
    en, fr = profile(RIOT_EN, "en", tmp_path), profile(RIOT_FR, "fr", tmp_path)
    assert joined(en, fr)
    assert any(
        r.startswith("told in two languages") and "injured 14" in r and "arrested 7" in r
        for r in linker.reasons(en, fr)
    )
    as_english = dataclasses.replace(fr, language="en")
    assert not joined(en, as_english)
    # and its blocking keys meet only across languages
    stored, _ = cross_language_fact_keys(en)
    _, probed = cross_language_fact_keys(as_english)
    assert stored and not set(stored) & set(probed)
    _, probed_fr = cross_language_fact_keys(fr)
    assert set(stored) & set(probed_fr)


def test_a_language_the_keys_do_not_cover_takes_no_part(tmp_path: Path) -> None:
    """Polish is outside the languages every mention probes: its keys would meet an English
    report only when the Polish one came second (order-dependent blocking), so it has none."""
    en = profile(RIOT_EN, "en", tmp_path)
    as_polish = dataclasses.replace(en, language="pl")
    assert cross_language_fact_keys(as_polish) == ([], [])


def test_place_and_type_alone_never_join(tmp_path: Path) -> None:
    en, fr = profile(RIOT_EN, "en", tmp_path), profile(RIOT_FR, "fr", tmp_path)
    assert joined(en, fr)
    assert not joined(en, dataclasses.replace(fr, figures=[]))


def test_one_number_read_twice_is_one_kind() -> None:
    """Three killed, given once with no side and once as civilians, is one count: with nothing
    else agreeing it does not make two kinds."""
    en = profile("Three people were killed on Friday night in an attack in Lille.", "en")
    fr = profile("Trois personnes ont été tuées vendredi soir dans une attaque à Lille.", "fr")
    killed = [f for f in en.figures if f.kind == "killed"]
    assert killed
    doubled = [dataclasses.replace(killed[0], actor=None), dataclasses.replace(killed[0])]
    en2 = dataclasses.replace(en, figures=doubled)
    fr2 = dataclasses.replace(fr, figures=list(doubled), event_type=en.event_type,
                              sub_event_type=en.sub_event_type, place=en.place)  # fmt: skip
    assert not joined(en2, fr2)
