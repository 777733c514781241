"""Shootings and stabbings reported in German, Italian, Spanish, Portuguese and Dutch (no parse:
words alone, extract/lexical.py): the event type, the dead, the injured and the arrested, on
sentences written for these tests (no article's wording). Each test states the gold it expects:
a shooting or stabbing of civilians is Violence against civilians / Attack, as English types it;
"others" counted with no side carry no actor and suspects the actor `perpetrators`, as English's
"two others" and "two suspects" do."""

from __future__ import annotations

from datetime import date

import pytest
from tests.mention_helpers import figure_counts, main_mention

from newsledger.model import Mention

SUNDAY = date(2023, 3, 12)
VAC_ATTACK = ("Violence against civilians", "Attack")


def main_of(text: str, lang: str) -> Mention:
    return main_mention(text, lang, SUNDAY)


counts = figure_counts


def event_of(mention: Mention) -> tuple[str, str, str] | None:
    event, sub = mention.first("event_type"), mention.first("sub_event_type")
    if event is None or sub is None:
        return None
    return str(event.value), str(sub.value), event.span.text


@pytest.mark.parametrize(
    ("lang", "text", "word", "expected"),
    [
        # German: a shooting, "weitere" counted with no people word of its own
        ("de",
         "Bei einer Schießerei vor einer Bar in Dortmund sind zwei Männer getötet worden. "
         "Drei weitere Gäste wurden leicht verletzt.",
         "Schießerei",
         {("killed", "civilians", 2), ("injured", None, 3)}),
        # German: a stabbing, a person named by age, a separable arrest verb
        ("de",
         "Ein 17-Jähriger ist am Freitagabend in Kassel bei einem Messerangriff schwer verletzt "
         "worden. Die Polizei nahm einen Tatverdächtigen fest.",
         "Messerangriff",
         {("injured", "civilians", 1), ("arrested", "perpetrators", 1)}),
        ("de",
         "Nach den Schüssen in Gera nahmen Beamte drei Verdächtige fest.",
         "Schüssen",
         {("arrested", "perpetrators", 3)}),
        # Italian: "altri tre" before a people word, "rimasti feriti"
        ("it",
         "Una sparatoria davanti a un bar di Bari: un ragazzo di 22 anni è stato ucciso e altri "
         "tre giovani sono rimasti feriti.",
         "sparatoria",
         {("killed", "civilians", 1), ("injured", "civilians", 3)}),
        # Italian: "persone" after "altre due", the casualty word first
        ("it",
         "Nell'accoltellamento di ieri a Genova sono rimaste ferite altre due persone.",
         "accoltellamento",
         {("injured", "civilians", 2)}),
        # Italian: a stabbing with no count but a suspect arrested
        ("it",
         "Un uomo è stato accoltellato alla schiena a Torino. I carabinieri hanno arrestato un "
         "sospettato.",
         "accoltellato",
         {("arrested", "perpetrators", 1)}),
        # Spanish: "otras dos personas resultaron heridas"
        ("es",
         "Un joven de 19 años murió y otras dos personas resultaron heridas en un tiroteo en "
         "Málaga.",
         "tiroteo",
         {("killed", "civilians", 1), ("injured", "civilians", 2)}),
        # Spanish: "otros cuatro" with no people word: no side
        ("es",
         "En el tiroteo murió un hombre y otros cuatro resultaron heridos.",
         "tiroteo",
         {("killed", "civilians", 1), ("injured", None, 4)}),
        # Spanish: a stabbing, "resultó herida", a suspect arrested
        ("es",
         "Una mujer resultó herida tras ser apuñalada en Zaragoza. Los agentes detuvieron a un "
         "sospechoso.",
         "apuñalada",
         {("injured", "civilians", 1), ("arrested", "perpetrators", 1)}),
        # Portuguese: "outros dois ficaram feridos"
        ("pt",
         "Um homem morreu e outros dois ficaram feridos num tiroteio em Coimbra.",
         "tiroteio",
         {("killed", "civilians", 1), ("injured", None, 2)}),
        # Portuguese: a stabbing, "ficou ferida", suspects arrested
        ("pt",
         "Uma jovem foi esfaqueada e ficou ferida com gravidade em Braga. A PSP prendeu dois "
         "suspeitos.",
         "esfaqueada",
         {("injured", "civilians", 1), ("arrested", "perpetrators", 2)}),
        # Dutch: a person named by age, "drie andere mannen raakten lichtgewond"
        ("nl",
         "Bij een schietpartij in Den Haag is zaterdagavond een 31-jarige man doodgeschoten. "
         "Drie andere mannen raakten lichtgewond.",
         "schietpartij",
         {("killed", "civilians", 1), ("injured", "civilians", 3)}),
        # Dutch: a stabbing, a separable arrest verb ("hield ... aan")
        ("nl",
         "Bij een steekpartij in Arnhem is een vrouw zwaargewond geraakt. De politie hield twee "
         "verdachten aan.",
         "steekpartij",
         {("injured", "civilians", 1), ("arrested", "perpetrators", 2)}),
        # Dutch: "twee anderen" with no people word, "pakte ... op"
        ("nl",
         "Na de schoten in Tilburg raakten twee anderen gewond. Agenten pakten een verdachte op.",
         "schoten",
         {("injured", None, 2), ("arrested", "perpetrators", 1)}),
    ],
)  # fmt: skip
def test_shootings_and_stabbings_are_attacks_with_their_counts(
    lang: str, text: str, word: str, expected: set[tuple[str, str | None, int | None]]
) -> None:
    mention = main_of(text, lang)
    assert event_of(mention) == (*VAC_ATTACK, word)
    assert counts(mention) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bei der Schießerei in der Innenstadt von Halle wurde niemand verletzt."),
        ("it", "Durante la sparatoria a Pescara nessuno è rimasto ferito."),
        ("es", "En el tiroteo de Valladolid no resultó herido nadie."),
        ("pt", "Ninguém ficou ferido no tiroteio de Setúbal."),
        ("nl", "Bij de schietpartij in Zwolle raakte niemand gewond."),
    ],
)  # fmt: skip
def test_a_shooting_where_no_one_was_hurt_has_no_casualty(lang: str, text: str) -> None:
    mention = main_of(text, lang)
    event = event_of(mention)
    assert event is not None and event[:2] == VAC_ATTACK
    assert counts(mention) == set()


def test_a_separable_particle_without_its_verb_is_no_arrest() -> None:
    stuck = main_of("Nach der Messerattacke saßen zwei Männer im Aufzug fest.", "de")
    assert counts(stuck) == set()
    assert counts(main_of("Na de steekpartij stapten twee mannen op.", "nl")) == set()


def test_a_shooting_of_police_officers_is_no_attack_on_civilians() -> None:
    mention = main_of("Bei der Schießerei in Mainz wurden zwei Polizisten verletzt.", "de")
    assert counts(mention) == {("injured", "police", 2)}
    assert event_of(mention) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une adolescente a été tuée par balles jeudi soir à Nîmes. Trois autres jeunes ont été "
         "blessés.",
         # "jeunes" is a crowd word of no side (as English's "two others"): no actor
         {("killed", "civilians", 1), ("injured", None, 3)}),
        ("Un passant a été poignardé devant la gare de Grenoble.", {("injured", "civilians", 1)}),
        ("Un gendarme a été blessé par un tir lors de l'interpellation.",
         {("injured", "police", 1)}),
        ("Lors de la fusillade à Toulouse, personne n'a été blessé.", set()),
    ],
)  # fmt: skip
def test_french_one_person_shot_or_stabbed_is_a_count_of_one(
    text: str, expected: set[tuple[str, str | None, int | None]]
) -> None:
    assert counts(main_of(text, "fr")) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Un tiroteo en Murcia deja un muerto y dos heridos.",
         {("killed", None, 1), ("injured", None, 2)}),
        ("pt", "Tiroteio em Faro deixa um morto.", {("killed", None, 1)}),
        ("it", "Sparatoria a Lecce, un morto e tre feriti.",
         {("killed", None, 1), ("injured", None, 3)}),
        ("de", "Schüsse in Kiel: ein Toter und zwei Verletzte.",
         {("killed", None, 1), ("injured", None, 2)}),
        ("nl", "Schietpartij in Breda: een dode en een gewonde.",
         {("killed", None, 1), ("injured", None, 1)}),
    ],
)  # fmt: skip
def test_one_casualty_counted_by_an_indefinite_article(
    lang: str, text: str, expected: set[tuple[str, str | None, int | None]]
) -> None:
    assert counts(main_of(text, lang)) == expected


def test_a_wound_is_no_second_person() -> None:
    mention = main_of("El hombre sufrió una herida de bala en la pierna en el tiroteo.", "es")
    assert counts(mention) == {("injured", "civilians", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De jongen overleed later aan zijn verwondingen.", {("killed", "civilians", 1)}),
        ("Een vrouw overleed na de steekpartij in Leiden.", {("killed", "civilians", 1)}),
        ("Niemand overleed bij de schietpartij.", set()),
    ],
)
def test_dutch_overleed_is_a_death(
    text: str, expected: set[tuple[str, str | None, int | None]]
) -> None:
    """The past tense "overleed" (died) counts the dead as "overleden" does; a death of its
    wounds is no longer also an injury."""
    assert counts(main_of(text, "nl")) == expected


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # the manner of killing, after the casualty word: "shot dead"
        ("pt", "Um homem foi morto a tiro na noite de sábado em Setúbal.", "tiro"),
        ("pt", "Dois jovens foram mortos a tiro no domingo à porta de um café no Porto.", "tiro"),
        ("pt", "Uma mulher foi morta a tiros ontem à tarde em Braga.", "tiros"),
        ("it", "Un uomo è stato ucciso a colpi di pistola sabato sera a Bari.", "pistola"),
        ("it", "Due giovani sono stati uccisi a colpi d'arma da fuoco domenica a Napoli.", "arma"),
        ("es", "Un hombre murió a tiros el sábado por la noche en Sevilla.", "tiros"),
        ("es", "Un joven fue asesinado a balazos el domingo en Málaga.", "balazos"),
        ("nl", "Een man is zaterdagavond in Rotterdam doodgeschoten.", "doodgeschoten"),
        ("de", "Ein Mann wurde am Samstagabend in Köln erschossen.", "erschossen"),
        # the weapon after "de"/"di" is still a shot; only a stone makes a distance
        ("es", "Un hombre murió a tiros de escopeta el sábado en Sevilla.", "tiros"),
        ("pt", "Um homem foi morto a tiro de caçadeira no sábado em Setúbal.", "tiro"),
        ("it", "Un uomo è stato ucciso a colpi di pistola di grosso calibro sabato a Bari.",
         "pistola"),
    ],
)  # fmt: skip
def test_shot_dead_is_a_killing_attack(lang: str, text: str, word: str) -> None:
    mention = main_of(text, lang)
    assert event_of(mention) == (*VAC_ATTACK, word)
    assert any(kind == "killed" for kind, _, _ in counts(mention))


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        ("pt", "A casa fica a tiro de pedra da praia, onde dois homens foram detidos.", "detidos"),
        ("es", "El bar está a tiro de piedra de la plaza donde detuvieron a dos hombres.",
         "detuvieron"),
    ],
)
def test_a_stones_throw_is_no_shot(lang: str, text: str, arrest: str) -> None:
    assert event_of(main_of(text, lang)) == ("Strategic developments", "Arrests", arrest)
