"""Reports of migrants lost at sea off the French coast, and of figures given on someone's word,
in the languages a Channel incident is reported in: sentences written for these tests (no
article's wording), each asserting the gold it intends.

- Drowning is a death: "ertranken", "verdronken", "annegati", "ahogados", "se ahogaron",
  "afogados", "se afogaram" count the dead, not people taking part.
- A town after a sea name ("im Ärmelkanal vor Wimereux", "in het Kanaal voor Duinkerke") is the
  place, near the town (geo_precision 2); a bare "vor"/"voor" ("vor Ort", "voor de rechter")
  makes no place.
- French: the noun after "selon" / "d'après" / "d’après" tells the count, it is not one more
  person in it ("selon la préfecture" is no injured official)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.mention_helpers import figure_counts, main_mention

from newsledger.extract.runner import extract_article
from newsledger.model import Article, Mention

TUESDAY = date(2024, 10, 8)


def main_of(text: str, lang: str) -> Mention:
    return main_mention(text, lang, TUESDAY)


counts = figure_counts


def places(mention: Mention) -> list[tuple[str, int]]:
    out = []
    for claim in mention.claims_for("location"):
        value = claim.value
        assert isinstance(value, dict)
        out.append((str(value["name"]), int(value["geo_precision"])))
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Fünf Migranten ertranken am Montag beim Versuch, die Küste Englands zu erreichen."),
        ("nl", "Vijf migranten verdronken maandag bij een poging de Engelse kust te bereiken."),
        ("it", "Cinque migranti sono annegati lunedì nel tentativo di raggiungere l'Inghilterra."),
        ("es", "Cinco migrantes ahogados frente a la costa francesa el lunes."),
        ("es", "Cinco migrantes se ahogaron el lunes al intentar llegar a Inglaterra."),
        ("pt", "Cinco migrantes afogados na costa francesa na segunda-feira."),
        ("pt", "Cinco migrantes se afogaram na segunda-feira ao tentar chegar a Inglaterra."),
        ("pt", "Cinco migrantes afogaram-se na segunda-feira ao tentar chegar a Inglaterra."),
    ],
)
def test_drowned_people_are_dead(lang: str, text: str) -> None:
    found = counts(main_of(text, lang))
    assert ("killed", "migrants", 5) in found
    assert not any(kind == "participants" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("de", "Zwei Menschen kamen im Ärmelkanal vor Wimereux ums Leben.", "Wimereux"),
        ("de", "Ein Schlauchboot kenterte in der Nordsee vor Dünkirchen.", "Dunkirk"),
        ("nl", "Twee mensen kwamen om het leven in het Kanaal voor Duinkerke.", "Dunkirk"),
        ("nl", "Een rubberboot sloeg om in de Noordzee bij Grevelingen.", "Gravelines"),
        ("de", "Zwei Menschen ertranken in der Ostsee vor Rostock.", "Rostock"),
    ],
)
def test_a_town_after_a_sea_is_near_that_town(lang: str, text: str, town: str) -> None:
    assert places(main_of(text, lang)) == [(town, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Zwei Männer wurden am Montag verletzt. Sie hatten Angst vor Roubaix, sagte ein Zeuge.",
        ),
        ("nl", "Twee mannen raakten maandag gewond; zij speelden vroeger voor Roubaix."),
    ],
)
def test_a_town_after_a_bare_vor_or_voor_is_no_place(lang: str, text: str) -> None:
    """A town right after "vor" / "voor" with no sea name before it: no near cue ("Angst vor",
    "speelden voor"), so the report, which says nowhere where it happened, gets no place (read
    as a near cue, the preposition made it Roubaix at precision 2)."""
    assert places(main_of(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        (
            "Quatre gendarmes ont été blessés jeudi, selon la préfecture.",
            {("injured", "police", 4)},
        ),
        (
            "Deux hommes sont morts dans la nuit, d'après un témoin.",
            {("killed", "civilians", 2)},
        ),
        (
            "Trois personnes ont été hospitalisées, selon le ministère de l'Intérieur.",
            {("hospitalised", "civilians", 3)},
        ),
        (
            "Cinq policiers ont été blessés samedi, d’après la préfecture.",
            {("injured", "police", 5)},
        ),
    ],
)
def test_french_source_is_not_counted(
    text: str, gold: set[tuple[str, str | None, int | None]]
) -> None:
    assert counts(main_of(text, "fr")) == gold


def test_french_person_named_without_a_source_is_still_counted() -> None:
    """The rule reads the preposition only: a person with no "selon" before it is still one."""
    assert ("injured", "police", 1) in counts(
        main_of("Un gendarme a été blessé jeudi soir près du port.", "fr")
    )


CHANNEL = ("English Channel", 3, "FR")


def place_rows(mention: Mention) -> list[tuple[str, int, str]]:
    out = []
    for claim in mention.claims_for("location"):
        value = claim.value
        assert isinstance(value, dict)
        out.append((str(value["name"]), int(value["geo_precision"]), str(value["country_code"])))
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three people drowned in the Channel overnight while trying to reach England."),
        ("en", "A dinghy carrying 50 people sank in the English Channel on Monday."),
        ("fr", "Trois personnes sont mortes dans la Manche en tentant de rejoindre l'Angleterre."),
        ("de", "Drei Menschen ertranken im Ärmelkanal beim Versuch, nach England zu gelangen."),
        ("nl", "Drie mensen verdronken in het Kanaal toen ze Engeland probeerden te bereiken."),
        (
            "it",
            "Tre persone sono annegate nella Manica mentre cercavano di raggiungere l'Inghilterra.",
        ),
        (
            "es",
            "Tres personas murieron en el Canal de la Mancha al intentar llegar al Reino Unido.",
        ),
        ("pt", "Três pessoas morreram no Canal da Mancha quando tentavam chegar ao Reino Unido."),
        ("nl", "Het Kanaal werd maandag het graf van drie migranten die verdronken."),
        ("it", "Tre migranti sono annegati sulla Manica durante la traversata verso Dover."),
    ],
)
def test_the_channel_is_a_sea_area_off_the_french_coast(lang: str, text: str) -> None:
    """No town named: the place is the sea area, never the country they were heading for."""
    assert place_rows(main_of(text, lang)) == [CHANNEL]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two men were injured in a fight outside the Channel 4 studios, police said."),
        ("en", "Two men were injured when a lorry caught fire near the Channel Tunnel entrance."),
        ("fr", "Deux hommes ont été blessés dans une rixe dans le département de la Manche."),
    ],
)
def test_a_channel_that_is_no_sea_area_is_no_place(lang: str, text: str) -> None:
    assert CHANNEL not in place_rows(main_of(text, lang))


def test_a_bare_manica_is_neither_the_sea_nor_a_town() -> None:
    """Italian "Manica" with no article: not the sea area (only "la / nella / sulla Manica"
    is), and never Mozambique's town of that name (a sea name is no town)."""
    assert places(main_of("Scontri a Manica: tre feriti dopo una lite tra vicini.", "it")) == []


def test_a_town_named_beside_the_channel_is_the_place() -> None:
    mention = main_of("Trois personnes sont mortes dans la Manche au large de Gravelines.", "fr")
    assert place_rows(mention) == [("Gravelines", 2, "FR")]


FRENCH_STAMPED = (
    "Une femme meurt au large des côtes\n\n"
    "Publié le 09/10/2024 à 07h45\n\n"
    "Une femme est morte mardi soir après le naufrage d'un bateau pneumatique."
)


def test_a_french_stamp_dates_the_page_not_the_event() -> None:
    """Published Wednesday 9 October 2024: "mardi soir" is the 8th, not the stamp's day."""
    mention = extract_article(
        Article.from_text(FRENCH_STAMPED, language="fr", published=date(2024, 10, 9))
    )[0]
    assert [c.value for c in mention.claims_for("date")] == ["2024-10-08"]
    assert [c.value for c in mention.claims_for("time_of_day")] == ["evening"]


def test_a_weekday_without_a_publication_date_gives_no_day() -> None:
    text = "Une femme est morte mardi soir après le naufrage d'un bateau pneumatique."
    mention = extract_article(Article.from_text(text, language="fr", published=None))[0]
    assert mention.claims_for("date") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une femme est morte le 8 octobre 2024 dans le naufrage d'un bateau."),
        ("de", "Eine Frau ist am 8. Oktober 2024 beim Untergang eines Bootes gestorben."),
        ("it", "Una donna è morta l'8 ottobre 2024 nel naufragio di una barca."),
    ],
)
def test_an_explicit_date_without_a_publication_date_gives_the_day(lang: str, text: str) -> None:
    mention = extract_article(Article.from_text(text, language=lang, published=None))[0]
    assert [c.value for c in mention.claims_for("date")] == ["2024-10-08"]


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        (
            "De chauffeur raakte gewond en werd naar het ziekenhuis gebracht.",
            {("injured", "civilians", 1)},
        ),
        ("De vrouw werd gedood bij de aanval op het kamp.", {("killed", "civilians", 1)}),
        ("De jongen raakte zwaargewond bij de schietpartij.", {("injured", "civilians", 1)}),
        ("De agenten raakten gewond bij de rellen.", set()),
        ("De migranten werden gisteren gearresteerd.", set()),
        ("De man raakte gewond bij de schietpartij op het station.", {("injured", "civilians", 1)}),
        ("De persoon werd zwaargewond afgevoerd.", {("injured", "civilians", 1)}),
        ("De jongeman werd zaterdag doodgestoken in het park.", {("killed", "civilians", 1)}),
        ("De soldaat raakte gewond bij de aanval.", {("injured", "military", 1)}),
        ("De grensagent raakte lichtgewond.", {("injured", "police", 1)}),
        ("De mannen raakten gewond bij de vechtpartij.", set()),
        ("De personen werden gisteren aangehouden.", set()),
    ],
)
def test_dutch_de_counts_one_only_before_a_singular(
    text: str, gold: set[tuple[str, str | None, int | None]]
) -> None:
    """Dutch "de" is the article of singular and plural nouns: one person only when the people
    word is a listed singular ("man", "persoon": no ending tells "mannen" from "man")."""
    assert counts(main_of(text, "nl")) == gold


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eine Busfahrerin wurde von vier Migranten angegriffen und verletzt."),
        ("nl", "Een buschauffeur werd door vier migranten aangevallen en gewond."),
        ("it", "Un'autista è stata aggredita da quattro migranti e ferita."),
        ("es", "Una conductora fue agredida por cuatro migrantes y resultó herida."),
        ("pt", "Uma motorista foi agredida por quatro migrantes e ficou ferida."),
    ],
)
def test_people_after_the_passive_agent_did_it(lang: str, text: str) -> None:
    """The four counted after "von"/"door"/"da"/"por" are the attackers: no one of them hurt."""
    found = counts(main_of(text, lang))
    assert not any(actor == "migrants" and kind == "injured" for kind, actor, _ in found)
    assert ("participants", "migrants", 4) in found


def test_german_dative_plural_is_a_people_word() -> None:
    mention = main_of("Ein Fernfahrer wurde in Calais von zwei Männern angegriffen.", "de")
    roles = {(str(c.value), c.role) for c in mention.claims_for("actor")}
    assert ("männern", "agent") in roles


@pytest.mark.parametrize(
    ("lang", "text", "victim", "attackers"),
    [
        (
            "de",
            "Ein Busfahrer wurde von zwei Männern angegriffen und verletzt.",
            "busfahrer",
            "männern",
        ),
        (
            "nl",
            "Een buschauffeur werd door twee mannen aangevallen en raakte gewond.",
            "buschauffeur",
            "mannen",
        ),
    ],
)
def test_one_person_hurt_by_the_people_counted_after_the_agent_preposition(
    lang: str, text: str, victim: str, attackers: str
) -> None:
    """The count after "von"/"door" names the attackers: it does not end the victim's clause,
    and civilians who attack are not the victim's side."""
    mention = main_of(text, lang)
    assert ("injured", "civilians", 1) in counts(mention)
    roles = {(str(c.value), c.role) for c in mention.claims_for("actor")}
    assert {(victim, "target"), (attackers, "agent")} <= roles


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The English Channel claimed three more lives on Monday, the coastguard said."),
        ("nl", "Het Kanaal werd maandag het graf van drie migranten die verdronken."),
    ],
)
def test_a_sea_area_is_always_where_it_happened(lang: str, text: str) -> None:
    """`segment.is_locative` holds for a sea area even as a sentence's subject (no locative
    preposition): a sea area is named only where something happened, for every caller."""
    from newsledger.extract.segment import is_locative
    from newsledger.nlp.pipeline import analyse

    doc = analyse(Article.from_text(text, language=lang, published=TUESDAY))
    seas = [pm for pm in doc._.places if pm.place is not None and pm.place.feature == "sea"]
    assert seas
    assert all(is_locative(doc, pm) for pm in seas)
