"""Language data, one package per language (as spaCy keeps `lang/xx/`).

Each `newsledger/lang/<code>/__init__.py` defines `LANGUAGE`, a `LanguageData` holding that
language's word lists: people words with their actor group, casualty words (killed, injured,
arrested, hospitalised), the event words that decide who acted on whom when there is no parse,
number words and qualifiers, date words, nationality and language names (never places), sea
names and locative words. The engines (`nlp.numbers`, `nlp.dates_other`, `nlp.places`,
`extract.lexical`) read these tables; adding a language is adding a folder and its code to
`REGISTERED` (docs/languages.md).

English and French keep most of their lexicon in the shared tables of `extract.vocab`,
`extract.event_words` and `nlp.numbers` (the parse-based rules read them); their packages hold
what is theirs alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

REGISTERED = ("en", "fr", "de", "it", "es", "pt", "nl")
"""Language codes with a package under `newsledger/lang/`."""


@dataclass(frozen=True)
class CasualtyWords:
    """Words that say what happened to the people counted next to them (lower case).

    `words` are single tokens; `phrases` are runs of tokens written with single spaces ("ums
    leben", "perso la vita"), matched token by token."""

    killed: frozenset[str] = frozenset()
    injured: frozenset[str] = frozenset()
    arrested: frozenset[str] = frozenset()
    hospitalised: frozenset[str] = frozenset()
    phrases: Mapping[str, str] = field(default_factory=dict)
    """Multi-word casualty phrase -> kind."""
    wounds: frozenset[str] = frozenset()
    """Casualty words that also name the wound ("una herida de bala", "una ferita"): after an
    indefinite article a wound, not one person hurt."""
    separable: Mapping[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    """Verb particle written at the clause's end -> (the verb forms that must come before it
    in the sentence, kind): German and Dutch split their arrest verbs ("nahm zwei Männer
    fest", "hield drie verdachten aan"); the particle alone says nothing ("steht fest")."""

    def kind_of(self, word: str) -> str | None:
        """The casualty kind a single lower-case word states, or None."""
        for kind, table in (
            ("killed", self.killed),
            ("injured", self.injured),
            ("arrested", self.arrested),
            ("hospitalised", self.hospitalised),
        ):
            if word in table:
                return kind
        return None


@dataclass(frozen=True)
class NumberWords:
    """Number vocabulary read by `nlp.numbers` for a language without its own code there."""

    word_pattern: str
    """A token made only of these morphemes is a candidate number word (text2num decides)."""
    not_number_words: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    """Words that join number words into one number ("treinta y dos", "vinte e três")."""
    magnitudes: Mapping[str, int] = field(default_factory=dict)
    indefinite_one: frozenset[str] = frozenset()
    approx_nouns: Mapping[str, int] = field(default_factory=dict)
    vague_amounts: Mapping[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    vague_needs_noun: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    qualifiers: tuple[tuple[str, str], ...] = ()
    """(regex before the number, qualifier): at_least, at_most, approx."""
    range_joiner: str = r"^\s*(?:-|–)\s*$"
    range_lead: str = r"$^"
    """Words that must precede a range joined by "and" ("zwischen 30 und 40")."""
    of_words: frozenset[str] = frozenset()
    """Words between an amount and what it counts ("un centinaio di migranti")."""


@dataclass(frozen=True)
class DateWords:
    """Date vocabulary read by `nlp.dates_other` beyond CLDR's month and weekday names."""

    day_parts: Mapping[str, str] = field(default_factory=dict)
    """Part of the day written after a weekday (glued or spaced) -> part name."""
    extra_weekdays: Mapping[str, int] = field(default_factory=dict)
    night_spans: tuple[str, ...] = ()
    """Night spans with `{wd}` for the weekday alternation; group `wd` names the evening's day,
    group `to` the day the night leads to."""
    last_before: str = ""
    """Words before a weekday that put it strictly before publication ("afgelopen")."""
    last_after: str = ""
    """The same, written after the weekday ("sabato scorso", "el sábado pasado")."""
    relative_parts: tuple[tuple[str, int, str], ...] = ()
    """(regex, days before publication, part of day): "gestern Abend", "anoche"."""
    night_words: str = ""
    """A night with no day of its own ("die ganze Nacht", "toda la noche", "esta noite"): a
    part of the day only."""
    ago: str = ""
    """Shape of "N units ago" (dateparser resolves what it matches)."""
    clock_leads: str = ""
    """Words before a clock time ("um 22 Uhr", "alle 22.30", "a las diez" is not read)."""
    clock_unit: str = ""
    """The word after an hour ("22 Uhr", "22.00 uur")."""


@dataclass(frozen=True)
class LanguageData:
    """Everything newsledger knows of one language (see the module docstring)."""

    code: str
    name: str
    actors: Mapping[str, str] = field(default_factory=dict)
    """Lower-case people word -> actor group (police, migrants, protesters...)."""
    actor_suffixes: Mapping[str, str] = field(default_factory=dict)
    """Compound heads (German, Dutch): a word ending in one names that group
    ("Grenzpolizisten", "politieagenten")."""
    casualties: CasualtyWords | None = None
    clash_words: frozenset[str] = frozenset()
    """Reciprocal violence ("Zusammenstöße", "scontri"): every side named is an agent."""
    attack_words: frozenset[str] = frozenset()
    """One-sided violence ("angegriffen", "atacaron"): who acted comes first, or after an
    agent preposition in the passive."""
    attack_participles: frozenset[str] = frozenset()
    """Attack words that are past participles: right after a people word with no auxiliary
    ("il camionista aggredito", "agentes agredidos") they make that side the target."""
    protest_words: frozenset[str] = frozenset()
    """Demonstrations ("Kundgebung", "corteo", "manifestación"): with violence words a violent
    demonstration, else a peaceful protest."""
    assault_words: frozenset[str] = frozenset()
    """Shootings and stabbings ("Schießerei", "sparatoria", "tiroteo", "steekpartij",
    "accoltellato"): one-sided violence whose attacker a report often does not name; with no
    target but civilians an attack on civilians, as English types a shooting."""
    assault_phrases: frozenset[str] = frozenset()
    """Multi-word manners of shooting or stabbing, as tokens joined by single spaces ("a tiro"
    in "morto a tiro", "a tiros", "a colpi di pistola"): an assault as `assault_words` are.
    One followed by "de" / "di" measures a distance ("a tiro de pedra"), and is no shot."""
    perpetrators: frozenset[str] = frozenset()
    """The people who did it ("Tatverdächtige", "sospettato", "sospechoso", "suspeito",
    "verdachten"): their counts carry the actor `perpetrators`, as English's suspects do;
    never a side of the event."""
    others_words: frozenset[str] = frozenset()
    """"Others" next to a count ("zwei weitere", "altre due", "otros tres", "outras quatro",
    "twee anderen"): people counted with no side of their own (actor None, as English's "two
    others")."""
    clearance_words: frozenset[str] = frozenset()
    """Police operations on a camp or a crowd ("geräumt", "sgomberato", "desalojo"): the first
    side named acted, the others were acted upon."""
    collective_nouns: frozenset[str] = frozenset()
    """Group words that name a body, not a person, after a definite article ("die Polizei",
    "la policía"): never a count of one unless the article is indefinite ("un policía")."""
    singular_articles: frozenset[str] = frozenset()
    """Articles that mark one person ("il", "el", "o", "der", "het"): with a casualty word, a
    count of one."""
    number_ambiguous_articles: frozenset[str] = frozenset()
    """Articles of singular and plural nouns alike (Dutch "de"): one person only before a
    people word of `singular_people` ("de chauffeur", "de man"; "de agenten" is no count of
    one)."""
    singular_people: frozenset[str] = frozenset()
    """People words that name one person ("man", "persoon", "agent"), read after a
    `number_ambiguous_articles` article, with compounds ending in one ("grensagent"): listed,
    not guessed from an ending, since plurals are irregular ("man" / "mannen", "persoon" /
    "personen")."""
    passive_auxiliaries: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()
    subset_after: str = ""
    """What follows a number that counts part of a group already counted ("zwei von ihnen",
    "dos de ellos"): no figure of its own."""
    among_words: frozenset[str] = frozenset()
    """"unter", "tra", "entre": casualties among a group ("zwei Verletzte unter den Beamten")."""
    negations: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    """Words after a comma that open another clause (a figure's casualty word stops there);
    not "and", which mostly goes on with the same people ("ficaram feridos, e foram levados")."""
    weapons: Mapping[str, str] = field(default_factory=dict)
    """Weapon word or phrase (lower case, single spaces) -> the normalised name English uses
    (stones, tear gas, water cannon, iron bars, sticks, knives, firearms, fireworks...)."""
    statistic_markers: tuple[str, ...] = ()
    """Period markers: a sentence with one counts a tally over time, not one incident."""
    demonyms: Mapping[str, str] = field(default_factory=dict)
    """Nationality and language words -> ISO country code: context, never a place."""
    sea_names: tuple[str, ...] = ()
    """Regexes of seas and straits as written in the language: never a town of that name."""
    sea_areas: Mapping[str, str] = field(default_factory=dict)
    """Regex of a sea area as written in the language -> its key in `SEA_AREAS` ("der
    Ärmelkanal", "het Kanaal", "la Manche" -> "english_channel"): the event's place when the
    report names no town, region or country (`nlp.places.sea_area_places`)."""
    capitalised_nouns: bool = False
    """Common nouns are capitalised (German): a capitalised word after a place name is no
    sign that the name is part of a longer title ("in Calais Polizisten")."""
    locatives: tuple[str, ...] = ()
    """Prepositions written right before a place name ("a Calais", "en Calais")."""
    place_nouns: tuple[str, ...] = ()
    """Phrases that call the next name a place ("porto di", "ciudad de", "Hafen von")."""
    near_cues: tuple[str, ...] = ()
    """Phrases that put the event near a place, not in it ("al largo di", "voor de kust van")."""
    sea_near_preps: tuple[str, ...] = ()
    """Prepositions that, after a sea name (`sea_names`), put the event off the town that
    follows ("im Ärmelkanal vor Wimereux", "in het Kanaal voor Duinkerke"): a near cue only
    there, as a bare "vor" / "voor" is no place ("vor Ort", "voor de rechter")."""
    numbers: NumberWords | None = None
    dates: DateWords | None = None
    publication_stamps: tuple[str, ...] = ()
    """Regexes of the byline words before a publication or update date ("Aktualisiert am",
    "Pubblicato il", "Publicado em", "Gepubliceerd op"); read by `ingest.published`."""


@dataclass(frozen=True)
class SeaArea:
    """A sea area an event can be placed in when no town is named ("migrants drowned in the
    Channel"): a point at sea off the coast the reports come from, with the country of that
    coast, never the country the people were heading for (a Channel crossing is no event "in
    the United Kingdom"). Not a GeoNames entry: its JSON `geonames_id` is null."""

    key: str
    name: str
    country_code: str
    latitude: float
    longitude: float
    place_id: int
    """A negative id of its own, as the USPS towns have, so code that tells places apart by id
    still can."""


SEA_AREAS: dict[str, SeaArea] = {
    # the Strait of Dover off Cap Blanc-Nez, in French waters: the crossings from the coast of
    # Calais, Dunkirk and Boulogne-sur-Mer
    "english_channel": SeaArea(
        key="english_channel",
        name="English Channel",
        country_code="FR",
        latitude=50.97,
        longitude=1.62,
        place_id=-900001,
    ),
}
"""The sea areas the language packages name (`LanguageData.sea_areas`)."""


@cache
def language(code: str | None) -> LanguageData | None:
    """The data of a registered language, or None."""
    if code not in REGISTERED:
        return None
    module = import_module(f"newsledger.lang.{code}")
    data = module.LANGUAGE
    if not isinstance(data, LanguageData) or data.code != code:
        raise TypeError(
            f"newsledger.lang.{code}.LANGUAGE must be a LanguageData with code {code!r}: "
            "see docs/languages.md"
        )
    return data


def registered() -> list[LanguageData]:
    """Every registered language's data, in `REGISTERED` order."""
    return [data for code in REGISTERED if (data := language(code)) is not None]


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


def phrases(text: str) -> list[str]:
    """Space-separated entries whose words are joined by "_" -> phrases with single spaces."""
    return [entry.replace("_", " ") for entry in text.split()]


def table(group: str, text: str) -> dict[str, str]:
    """word -> group for every word of a space-separated string."""
    return dict.fromkeys(text.split(), group)
