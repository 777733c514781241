"""Numbers in words and digits (English, French): qualifiers, ranges, and what is not a count."""

from __future__ import annotations

import pytest

from newsledger.model import Article
from newsledger.nlp.numbers import find_quantities
from newsledger.nlp.pipeline import analyse
from newsledger.nlp.types import Quantity


def quantities(text: str, lang: str) -> list[Quantity]:
    doc = analyse(Article.from_text(text, language=lang))
    found = find_quantities(doc, lang)
    for q in found:
        assert q.text == doc.text[q.start : q.end]
    return found


def counted(text: str, q: Quantity) -> str | None:
    if q.head_start < 0:
        return None
    return text[q.head_start :].split()[0].strip(",.;")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eighteen riot officers were hurt.", [("Eighteen", 18, "exact", None, "officers")]),
        ("Nearly 250 farmers blocked the road.", [("Nearly 250", 250, "approx", None, "farmers")]),
        ("At least one bystander was hit.", [("At least one", 1, "at_least", None, "bystander")]),
        ("More than 1,200 fans marched.", [("More than 1,200", 1200, "at_least", None, "fans")]),
        ("Up to 50 vans were seized.", [("Up to 50", 50, "at_most", None, "vans")]),
        ("Dozens of students were detained.", [("Dozens", 24, "vague", 99, "students")]),
        ("Hundreds of residents fled.", [("Hundreds", 200, "vague", 999, "residents")]),
        ("A dozen soldiers arrived.", [("A dozen", 12, "approx", None, "soldiers")]),
        ("a hundred taxis stopped.", [("a hundred", 100, "exact", None, "taxis")]),
        ("Between 20 and 30 guards came.", [("Between 20 and 30", 20, "range", 30, "guards")]),
        ("two or three shops burned.", [("two or three", 2, "range", 3, "shops")]),
        (
            "one hundred and twenty pupils left.",
            [("one hundred and twenty", 120, "exact", None, "pupils")],
        ),
        (
            "Roughly 2.5 million voters stayed home.",
            [("Roughly 2.5 million", 2_500_000, "approx", None, "voters")],
        ),
        ("We counted 41 bruised stewards.", [("41", 41, "exact", None, "stewards")]),
        ("Nearly 2000 nurses walked out.", [("Nearly 2000", 2000, "approx", None, "nurses")]),
    ],
)
def test_english_counts(text: str, expected: list[tuple[str, int, str, int | None, str]]) -> None:
    found = quantities(text, "en")
    got = [(q.text, q.value, q.qualifier, q.max_value, counted(text, q)) for q in found]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The march began at 9:45 pm and ended at 4am.",
        "It happened on 3 March 2019, in 2020 and on the 21st of June.",
        "He spent 12 days in jail after a two-hour hearing and 5 years of exile.",
        "A 27-year-old woman paid $400 for a 15% share.",
        "Call 555-201-3344 or watch Channel 4.",
        "Report filed at 6 pm - KQRB 12 News Riverton",
        "A neighbour told Channel 8 Eyewitness News what she saw.",
        "Teen hurt in crash - WTVX-TV 3-News",
        "Jean Moulin, 44, of Lyon, was questioned.",
        "Officers named Bonnie Parker, 23 and Clyde Barrow, 25 as the couple.",
        "Bonnie Parker, 23, and Clyde Barrow, 25 were taken to a funeral home in Arcadia.",
        "Boy, 16, dies after a shooting at a park",
        "Girl, 9, hurt by a stray bullet on Elm Street",
        "Detectives reopened the 2016 shooting at a motel.",
        "A 2019 post on a forum named the suspect.",
        "Police closed 40 & Olive after the crash.",
        "The crash at Olive & 40 closed the road.",
    ],
)
def test_english_non_counts(text: str) -> None:
    assert quantities(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une vingtaine de gendarmes sont arrivés.",
            [("Une vingtaine", 20, "approx", None, "gendarmes")],
        ),
        ("Une centaine d'exilés dormaient là.", [("Une centaine", 100, "approx", None, None)]),
        ("Trois ou quatre voitures ont brûlé.", [("Trois ou quatre", 3, "range", 4, "voitures")]),
        (
            "Plusieurs dizaines de jeunes étaient présents.",
            [("Plusieurs dizaines", 20, "vague", 99, "jeunes")],
        ),
        (
            "Au moins douze policiers ont été blessés.",
            [("Au moins douze", 12, "at_least", None, "policiers")],
        ),
        (
            "Environ 2 000 manifestants ont défilé.",
            [("Environ 2 000", 2000, "approx", None, "manifestants")],
        ),
        (
            "Plus d'un millier de personnes étaient là.",
            [("Plus d'un millier", 1000, "at_least", None, "personnes")],
        ),
        ("Dix-huit CRS ont été touchés.", [("Dix-huit", 18, "exact", None, "CRS")]),
    ],
)
def test_french_counts(
    text: str, expected: list[tuple[str, int, str, int | None, str | None]]
) -> None:
    found = quantities(text, "fr")
    got = [(q.text, q.value, q.qualifier, q.max_value) for q in found]
    assert got == [e[:4] for e in expected]
    for q, e in zip(found, expected, strict=True):
        if e[4] is not None:
            assert counted(text, q) == e[4]


def test_french_elided_head_is_found() -> None:
    text = "Une centaine d'exilés dormaient là."
    (q,) = quantities(text, "fr")
    assert q.head_start == text.index("exilés")


@pytest.mark.parametrize(
    "text", ["Le 14 juillet à 22h15, après 3 jours et 10 ans de procédure.", "Il avait 45 ans."]
)
def test_french_non_counts(text: str) -> None:
    assert quantities(text, "fr") == []


# German and Dutch (blank pipelines: no tags, so the counted noun is the next content word)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Rund 150 Polizisten waren im Einsatz.",
         [("Rund 150", 150, "approx", None, "Polizisten")]),
        ("de", "Etwa zwölf Demonstranten wurden festgenommen.",
         [("Etwa zwölf", 12, "approx", None, "Demonstranten")]),
        ("de", "Ungefähr dreiundzwanzig Beamte wurden verletzt.",
         [("Ungefähr dreiundzwanzig", 23, "approx", None, "Beamte")]),
        ("de", "Mindestens zweihundert Fans zogen durch die Stadt.",
         [("Mindestens zweihundert", 200, "at_least", None, "Fans")]),
        ("de", "Circa 1.500 Menschen protestierten.",
         [("Circa 1.500", 1500, "approx", None, "Menschen")]),
        ("de", "Dutzende Autos brannten.", [("Dutzende", 24, "vague", 99, "Autos")]),
        ("de", "Einige hundert Anwohner flohen.",
         [("Einige hundert", 200, "vague", 999, "Anwohner")]),
        ("de", "Ein Dutzend Polizisten kam hinzu.",
         [("Ein Dutzend", 12, "approx", None, "Polizisten")]),
        ("de", "Zwischen 30 und 40 Wagen wurden beschädigt.",
         [("Zwischen 30 und 40", 30, "range", 40, "Wagen")]),
        ("nl", "Ongeveer 150 agenten waren aanwezig.",
         [("Ongeveer 150", 150, "approx", None, "agenten")]),
        ("nl", "Zo'n tweehonderd relschoppers trokken door de wijk.",
         [("Zo'n tweehonderd", 200, "approx", None, "relschoppers")]),
        ("nl", "Minstens drieëntwintig agenten raakten gewond.",
         [("Minstens drieëntwintig", 23, "at_least", None, "agenten")]),
        ("nl", "Tientallen supporters werden opgepakt.",
         [("Tientallen", 20, "vague", 99, "supporters")]),
        ("nl", "Een tiental winkels werd geplunderd.",
         [("Een tiental", 10, "approx", None, "winkels")]),
        ("nl", "Circa 1.500 betogers liepen mee.",
         [("Circa 1.500", 1500, "approx", None, "betogers")]),
        ("nl", "Drie of vier auto's brandden uit.", [("Drie of vier", 3, "range", 4, None)]),
    ],
)
def test_german_dutch_counts(
    lang: str, text: str, expected: list[tuple[str, int, str, int | None, str | None]]
) -> None:
    found = quantities(text, lang)
    assert [(q.text, q.value, q.qualifier, q.max_value) for q in found] == [
        e[:4] for e in expected
    ]
    for q, e in zip(found, expected, strict=True):
        if e[4] is not None:
            assert counted(text, q) == e[4]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Mann ist 35 Jahre alt und wurde am 15. Januar um 22 Uhr festgenommen."),
        ("de", "Eine Frau und ein Kind warteten."),
        ("nl", "Een man van 35 jaar werd om 22 uur aangehouden."),
        ("nl", "Een agent en een betoger raakten slaags."),
    ],
)
def test_german_dutch_non_counts(lang: str, text: str) -> None:
    assert quantities(text, lang) == []


def test_a_count_after_a_place_and_a_comma_is_still_a_count() -> None:
    found = quantities("In Dayton, 3 were wounded and in Toledo, two were killed.", "en")
    assert [(q.text, q.value) for q in found] == [("3", 3), ("two", 2)]


def test_a_count_set_off_after_a_noun_inside_a_sentence_is_still_a_count() -> None:
    """Only a bare noun that opens the line takes the number as its age ("Boy, 16, dies")."""
    found = quantities("In the shooting, 16, including a girl, were hurt.", "en")
    assert [(q.text, q.value) for q in found] == [("16", 16)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The clerk was struck four times in the chest.", "en"),
        ("The gunman fired at the van two more times before fleeing.", "en"),
        ("He had been stopped by deputies dozens of times.", "en"),
        ("Witnesses said the guard was hit Three Times.", "en"),
        ("Le gérant a été touché trois fois au bras.", "fr"),
    ],
)
def test_a_number_of_occurrences_is_no_count(text: str, lang: str) -> None:
    """A number of times says how often, never how many: it is no quantity at all."""
    assert quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Two clerks were struck in the chest.", 2, "clerks"),
        ("Three more people were hurt at the fair.", 3, "people"),
        ("At the time, four guards were on duty.", 4, "guards"),
        ("Two Times reporters were hurt outside the court.", 2, None),
    ],
)
def test_a_count_near_a_word_of_occurrence_stays_a_count(
    text: str, value: int, noun: str | None
) -> None:
    """Only a number whose own noun is "times" is dropped: counts of people stay."""
    found = quantities(text, "en")
    assert [q.value for q in found] == [value]
    if noun is not None:
        assert counted(text, found[0]) == noun


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two men were shot near 270 & Lindbergh on Friday.", [2]),
        ("A woman was hurt at Lindbergh & 270 on Friday.", []),
        ("Detectives investigate 12 & Main shooting", []),
        ("Crash at 40 and Broadway injures one", [1]),
    ],
)
def test_a_road_number_at_a_junction_is_no_count(text: str, values: list[int]) -> None:
    """A number joined by "&" or "and" to a road name, with a road word around the pair,
    names a road at a junction, not that many people."""
    assert [q.value for q in quantities(text, "en")] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Killed: 3 & Injured: 5", [3, 5]),
        ("Killed 3 and Injured 5", [3, 5]),
        ("Police said 3 & Smith were hurt.", [3]),
    ],
)
def test_a_number_beside_a_capital_with_no_road_word_stays_a_count(
    text: str, values: list[int]
) -> None:
    assert [q.value for q in quantities(text, "en")] == values


@pytest.mark.parametrize(
    ("word", "lang", "number"),
    [
        ("twenty-one", "en", True),
        ("twenty-", "en", True),  # a hyphen left by the tokenizer: the word before it counts
        ("twenty-oneish", "en", False),
        ("-", "en", False),
        ("vingt-et-un", "fr", True),
        ("et", "en", False),
    ],
)
def test_number_words_are_told_alike_however_often_asked(
    word: str, lang: str, number: bool
) -> None:
    from newsledger.nlp.numbers import _is_number_word

    assert [_is_number_word(word, lang) for _ in range(2)] == [number, number]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The gunman, who fired 3 rounds at 10:30pm, wounded twenty-one people and a dozen "
            "others; call 555-123-4567 with tips.",
            "en",
            [("3", 3, "exact"), ("twenty-one", 21, "exact"), ("a dozen", 12, "approx")],
        ),
        (
            "Decenas de personas resultaron heridas y unos veinte agentes fueron atendidos.",
            "es",
            [("Decenas", 20, "vague"), ("unos veinte", 20, "approx")],
        ),
    ],
)
def test_amounts_among_plain_words_are_all_found(
    text: str, lang: str, expected: list[tuple[str, int, str]]
) -> None:
    """The scan passes over words of letters alone that start no amount; digits, number words
    and the first words of vague amounts (in the document's own language) are still read, and a
    clock time or a telephone number is still no count."""
    assert [(q.text, q.value, q.qualifier) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Alcune decine di persone sono rimaste ferite.",
         [("Alcune decine", 20, "vague", 99)]),
        ("it", "Alcune centinaia di tifosi hanno sfilato.",
         [("Alcune centinaia", 200, "vague", 999)]),
        ("es", "Algunas decenas de agentes fueron atendidos.",
         [("Algunas decenas", 20, "vague", 99)]),
        ("pt", "Algumas dezenas de pessoas ficaram feridas.",
         [("Algumas dezenas", 20, "vague", 99)]),
        # "some" before a noun of people stays a few
        ("it", "Alcuni agenti sono rimasti feriti.", [("Alcuni", 2, "vague", 9)]),
        ("pt", "Algumas pessoas ficaram feridas.", [("Algumas", 2, "vague", 9)]),
    ],
)  # fmt: skip
def test_some_tens_is_one_vague_amount(
    lang: str, text: str, expected: list[tuple[str, int, str, int | None]]
) -> None:
    """ "alcune decine" is some tens (20 to 99), not a few (2 to 9) and then tens."""
    found = quantities(text, lang)
    assert [(q.text, q.value, q.qualifier, q.max_value) for q in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Alcune decine di migliaia di persone hanno marciato.",
         [("Alcune decine di migliaia", 20_000, "vague", 99_999)]),
        ("it", "Decine di migliaia di tifosi erano in piazza.",
         [("Decine di migliaia", 20_000, "vague", 99_999)]),
        ("es", "Algunas decenas de miles de vecinos salieron a la calle.",
         [("Algunas decenas de miles", 20_000, "vague", 99_999)]),
        ("es", "Cientos de miles de personas votaron.",
         [("Cientos de miles", 200_000, "vague", 999_999)]),
        ("pt", "Algumas dezenas de milhares de pessoas protestaram.",
         [("Algumas dezenas de milhares", 20_000, "vague", 99_999)]),
        ("es", "Varias decenas de personas resultaron heridas.",
         [("Varias decenas", 30, "vague", 99)]),
        ("pt", "Várias dezenas de pessoas ficaram feridas.",
         [("Várias dezenas", 30, "vague", 99)]),
        ("it", "Diverse decine di agenti sono rimasti feriti.",
         [("Diverse decine", 30, "vague", 99)]),
        ("it", "Qualche decina di persone sono rimaste ferite.",
         [("Qualche decina", 20, "vague", 99)]),
        ("it", "Qualche centinaio di tifosi ha sfilato.",
         [("Qualche centinaio", 200, "vague", 999)]),
    ],
)  # fmt: skip
def test_tens_of_thousands_and_several_tens_are_one_vague_amount(
    lang: str, text: str, expected: list[tuple[str, int, str, int | None]]
) -> None:
    """ "alcune decine di migliaia" is one range (20,000 to 99,999), not tens and then
    thousands; "varias decenas" is several tens (30 to 99), not several (3 to 9) and tens."""
    found = quantities(text, lang)
    assert [(q.text, q.value, q.qualifier, q.max_value) for q in found] == expected
