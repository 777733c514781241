"""Split an article into mentions: its main incident and the other incidents it recalls.

The main incident is the one of the headline and lead: its anchor is the first sentence (title
first) holding a strong event trigger; its reference date and place are the first resolved
date and place of the anchor and lead. Every later trigger is then read with its own scope
(the trigger's clause: the whole sentence for a main verb, the trigger's subtree otherwise,
minus the scopes of triggers nested inside it) and becomes BACKGROUND when its scope carries
one of these signals:
- a date that differs from the main date by more than OVERNIGHT_SLACK_DAYS (or, with no main
  date, a week/month/year expression or an explicit calendar date: "last week", "in January",
  "on 9 November", "this year");
- a resolved place that differs from the main place and does not contain it ("in Nantes" when
  the main place is Calais; "France" does not differ);
- a cue that says another incident ("another", "earlier", "previous", "latest in a line of",
  "in a separate", "similar to", "weeks after");
- a different kind of event (a march when the main incident is a clash) whose participants
  share no kind with the main incident's.
Background triggers group into one mention while they share a date and place and follow each
other (same or next sentence, same paragraph) with no "another"; the sentence after a
background sentence in the same paragraph continues it unless it refers back to the main
incident. A sentence with no trigger whose date differs from the main date is context (a
statistic, a report published in January) and belongs to no mention. Everything else
elaborates the main incident (figures, quotes, weapons) and stays in it, even with no date.

Each mention keeps the character ranges it owns, so a sentence that recalls two incidents
("the murder of a policewoman in X this year, and an attack on an officer in Y last week")
gives each its own claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract import place_chooser
from newsledger.extract.event_words import (
    ARREST,
    CLEAR,
    DISPERSE,
    FOUND_STATE_WORDS,
    PROTEST,
    VIOLENT_FAMILIES,
    words,
)
from newsledger.extract.events import Trigger, triggers_of
from newsledger.extract.place_readers import (
    HOSPITAL_NEAR,
    named_for_a_hospital,
    names_a_home,
    names_a_resident,
)

# re-exported: the readers that moved to `extract.place_readers` keep their old import path
from newsledger.extract.place_readers import is_locative as is_locative
from newsledger.extract.place_readers import named_as_reference as named_as_reference
from newsledger.extract.place_readers import sentences as sentences
from newsledger.nlp.datelines import (
    EVENT_SAME_AREA_KM,
    STATE_FULL_NAMES,
    TOWN_FORCES,
    event_place,
    find_dateline,
    find_hyphen_dateline,
    find_jurisdiction,
)
from newsledger.nlp.dates import names_incident_day
from newsledger.nlp.dates_other import weekday_named
from newsledger.nlp.dates_stamps import REPORT, STAMP, WOUND_WORDS, death_by_violence
from newsledger.nlp.doctext import doc_text, span_text
from newsledger.nlp.gazetteer import (
    BIG_CITY_POPULATION,
    FEATURES,
    Gazetteer,
    distance_km,
    name_key,
)
from newsledger.nlp.outlets import (
    outlet_segment,
    outlet_town,
    playlist_lines,
    town_by_name,
    url_home_city,
    url_slug_town,
)
from newsledger.nlp.place_words import NOT_PLACE_WORDS
from newsledger.nlp.places import is_common_word, state_after
from newsledger.nlp.places_neighbourhoods import holding_city
from newsledger.nlp.story_words import story_word
from newsledger.nlp.types import DateExpression, Place, PlaceMention, in_county

OVERNIGHT_SLACK_DAYS = 1
"""A night clash straddles midnight: dates one day apart can be the same incident."""
LEAD_PARAGRAPHS = 2
"""Paragraphs after the headline that count as the lead for the main date and place."""
MAIN_DATE_SCAN = 8
"""Sentences read for the main date when the lead has none (those with no cue of another
incident): the top of a report dates its story."""
OCCURRENCE_VERBS = frozenset(
    {
        "break",
        "erupt",
        "occur",
        "happen",
        "take",
        "start",
        "begin",
        "continue",
        "last",
        "flare",
        "rage",
        "unfold",
        "ensue",
        "éclater",
        "survenir",
        "dérouler",
        "produire",
        "commencer",
        "durer",
    }
)
"""Verbs whose subject is the event ("clashes broke out in X"): the clause is the event's."""
FOLLOW_UP_FAMILIES = frozenset({ARREST})
FOLLOWED = frozenset({"violence", "protest"})
"""Arrests with no date, place or cue of their own follow the clash or march they end ("four
people were arrested", "quatre personnes ont été interpellées"): they are not another event
just because the arrested ("people") share no kind with the clash's sides."""
CONTAINER_FEATURES = frozenset({"country", "admin1", "admin2"})

STRONG_CUE_RE = re.compile(
    r"\b(?:another|earlier(?! (?:in |on )?(?:that|the|this) (?:morning|day|evening|night|"
    r"afternoon))"
    r"|previous(?:ly)?|prior|in an? separate|separately|last (?:week|month|year|time)"
    r"|un autre|une autre|précédente?|la semaine dernière|le mois dernier|l'an dernier"
    r"|déjà en)\b",
    re.IGNORECASE,
)
"""Words that announce an incident other than the one being reported. Time distances ("weeks
after"), series ("a wave of attacks") and comparisons ("a similar attack") are read from the
parse instead (`recalls_other_event`), whatever words state them."""
TEMPORAL_RELATORS = words("after before since following prior ago après avant depuis")
"""Prepositions and subordinators that place one event in time against another."""
TIME_UNITS = words(
    "hour hours day days week weeks fortnight month months year years decade decades "
    "heure heures jour jours semaine semaines mois an ans année années"
)
"""Nouns that measure a time distance ("three weeks after"): a stated distance means two
events at two times."""
SERIES_NOUNS = words("line series string spate wave succession run chain litany série vague")
"""Nouns that gather several incidents ("a wave of attacks"): the umbrella, not this one."""
COMPARISON_WORDS = words(
    "similar comparable reminiscent like identical earlier previous semblable similaire "
    "comparable"
)
"""Words that compare an event with the reported one ("a similar attack", "like the riot")."""
RELATOR_HOPS = 2
"""Heads climbed from a trigger to its relator: "weeks after [the] attack", "after rioters
attacked"; further up, the relator governs another clause."""


def recalls_other_event(tok: Token) -> bool:
    """Whether the parse puts this trigger at another time or in a comparison: governed by a
    temporal relator with a stated time distance ("three weeks after rioters attacked a bus"),
    gathered under a series noun ("a string of arson attacks"), or compared ("a similar
    clash", "similar to the riot", "like the attack")."""
    if any(c.dep_ == "amod" and c.lower_ in COMPARISON_WORDS for c in tok.children):
        return True
    node = tok
    for _ in range(RELATOR_HOPS):
        relators = [c for c in node.children if c.dep_ in ("mark", "prep", "case", "advmod")]
        if node.dep_ in ("pobj", "pcomp", "obj", "obl") or node.head.pos_ in ("ADP", "SCONJ"):
            relators.append(node.head)
        for rel in relators:
            low = rel.lower_
            if low in TEMPORAL_RELATORS and _time_distance(rel):
                return True
            if low in ("to", "like", "comme") and (
                low != "to" or rel.head.lower_ in COMPARISON_WORDS
            ):
                return True
            if low in ("of", "de") and rel.head.lemma_.lower() in SERIES_NOUNS:
                return True
        if node.head == node:
            break
        node = node.head
    return False


def _time_distance(relator: Token) -> bool:
    """A time-unit noun measuring the relator ("weeks after", "two days before")."""
    pool = list(relator.children) + [
        c for c in relator.head.children if c.dep_ in ("npadvmod", "obl:tmod", "nmod:tmod")
    ]
    return any(c.lemma_.lower() in TIME_UNITS or c.lower_ in TIME_UNITS for c in pool)


def _recalls(text: str, triggers: Sequence[Trigger]) -> bool:
    """A sentence (or a trigger's scope) that recalls another incident, by words or by parse."""
    return bool(STRONG_CUE_RE.search(text)) or any(
        recalls_other_event(t.token) for t in triggers
    )


SOFT_CUES = frozenset({"another", "earlier", "previous", "previously", "prior"})
"""Cue words of STRONG_CUE_RE that often say nothing of another incident: "another" is as often
a second person ("one man died and another was hurt", "shot by another boy"), "previously"
and "prior" qualify a later step ("previously charged", "prior convictions"), and "earlier
Monday" is an earlier hour of the report's own day. For the incident's day (`recalls_day`)
they recall another incident only when they qualify a word of violence or an occurrence
("another shooting", "an earlier attack")."""
UPDATE_LABEL_RE = re.compile(r"^\W*(?:EARLIER|PREVIOUSLY|PREVIOUS STORY)\s*[:|\-–—]")
"""An update's label at the head of its older text ("EARLIER | Four people were injured ..."):
the same story's first version, not another incident."""
EARLIER_DAY_RE = re.compile(r"(?i)^\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
"""A weekday right after "earlier" ("earlier Monday evening"): an hour of a named day, not an
earlier incident ("an earlier shooting", "earlier this month" still recall)."""
CUE_HOPS = 2
"""Heads climbed from a cue word to the word of violence it qualifies ("another fatal
shooting": the cue's head is "shooting"; "another man was shot": "man", then "shot")."""


CUE_MODIFIER_DEPS = frozenset({"det", "amod", "advmod", "npadvmod"})
"""How a cue word must hang to qualify anything: as a determiner or modifier. A cue in any
other role is a word of its own ("another" as the subject in "one man died and another was
wounded" hangs straight from the trigger, yet names a second person, not a second incident)."""


def _cue_tells_event(cue: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether a cue word qualifies a trigger of its sentence or a noun of an occurrence
    (EVENT_NOUNS), as a determiner or modifier of it or of a noun that depends on it; a cue
    that hangs from any other verb ("previously charged") or stands as a pronoun ("another
    was hurt") does not."""
    if cue.dep_ not in CUE_MODIFIER_DEPS:
        return False
    trigger_ids = {t.token.i for t in triggers}
    node = cue
    for _ in range(CUE_HOPS):
        head = node.head
        if head == node:
            return False
        if head.i in trigger_ids or head.lemma_.lower() in EVENT_NOUNS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        node = head
    return False


RECALLS_DAY_CACHE_KEY = "newsledger_recalls_day"
"""Key in `doc.user_data` where each sentence's `recalls_day` answer is kept: the main day
(`segment`) and the sentences of this incident (`_sentences_of_this_incident`, read twice) all
ask it of the same sentences."""


def recalls_day(sent: Span) -> bool:
    """`_reads_as_recalling_day(sent)`, computed once per sentence of a Doc."""
    cache: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault(RECALLS_DAY_CACHE_KEY, {})
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _reads_as_recalling_day(sent)
    return found


def _reads_as_recalling_day(sent: Span) -> bool:
    """Whether a sentence recalls another incident, read for the incident's day: as `_recalls`,
    but the soft cue words (SOFT_CUES) recall only when they qualify the violence
    (`_cue_tells_event`; "previously" or "prior" opening the sentence always does, "earlier"
    only before a weekday is soft), and an update label recalls nothing. On gva_dev train the
    loose cues threw out the report's own day in 23 articles ("one person is dead and
    another is in critical condition after six people were shot Sunday evening") and broke
    none when read this way. Places and background mentions keep `_recalls`."""
    triggers = triggers_of(sent)
    text = span_text(sent)
    if any(recalls_other_event(t.token) for t in triggers):
        return True
    for match in STRONG_CUE_RE.finditer(text):
        word = match.group(0).lower()
        if word not in SOFT_CUES:
            return True
        if match.start() < 4 and UPDATE_LABEL_RE.match(text):
            continue
        if word in ("previous", "previously", "prior") and match.start() < 2:
            return True
        if word == "earlier" and not EARLIER_DAY_RE.match(text[match.end() :]):
            return True
        cue = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")  # fmt: skip
        if cue is None or len(cue) == 0 or _cue_tells_event(cue[0], triggers):
            return True
    return False


NEW_MENTION_RE = re.compile(r"\b(?:another|un autre|une autre|separate)\b", re.IGNORECASE)
"""Cues that open a new background mention even next to another background trigger."""
MAIN_REFERENCE_RE = re.compile(
    r"\b(?:the|this|these|those|les|ces|cette|ce|la|le)\s+(?:\w+\s+)?(?:clash|clashes|incident|"
    r"attack|violence|fighting|confrontation|scuffles|brawl|riot|affrontements?|heurts|"
    r"violences|incidents?)\b",
    re.IGNORECASE,
)
"""A definite reference back to an event already named: the main one, unless signals differ."""
SAME_AREA_RE = re.compile(
    r"\b(?:same (?:area|place|town|city|region)|même (?:secteur|endroit|"
    r"zone|ville))\b",
    re.IGNORECASE,
)


def event_class(family: str) -> str:
    """Coarse kind of event, to tell a march from a clash."""
    if family == PROTEST:
        return "protest"
    if family in (ARREST, CLEAR, DISPERSE):
        return "policing"
    if family in VIOLENT_FAMILIES:
        return "violence"
    return family


@dataclass(slots=True)
class Segment:
    """One mention's share of the article: sentences, owned character ranges, triggers."""

    main: bool
    anchor: Span
    pieces: list[tuple[Span, int, int]] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    date: DateExpression | None = None
    place: PlaceMention | None = None
    place_from: str | None = None
    """Where `place` was read when not from the text: "url" (the page's story slug, see
    `outlets.url_slug_town`); its PlaceMention is then empty at offset 0, its text the slug's
    words."""
    recent_day: DateExpression | None = None
    """The main mention's last resort when nothing else dates it (`recent_past_day`)."""

    @property
    def sents(self) -> list[Span]:
        seen: list[Span] = []
        for sent, _, _ in self.pieces:
            if not seen or seen[-1].start != sent.start:
                seen.append(sent)
        return seen

    def owns(self, start: int, end: int) -> bool:
        """Whether the characters start:end lie in one of this mention's ranges."""
        return any(a <= start and end <= b for _, a, b in self.pieces)

    def add(self, sent: Span, start: int, end: int) -> None:
        self.pieces.append((sent, start, end))


@dataclass(slots=True)
class Layout:
    """Headline and lead of an article (character ranges into the text)."""

    headline: tuple[int, int] | None
    lead: list[Span]


def article_layout(doc: Doc, title: str | None) -> Layout:
    """Find the headline in the text (the title line or its prefix) and the lead sentences."""
    text = doc_text(doc)
    headline: tuple[int, int] | None = None
    if title:
        stripped = title.strip()
        pos = text.find(stripped[: max(1, min(len(stripped), 80))])
        if 0 <= pos < 200:
            headline = (pos, pos + len(stripped))
    sents = sentences(doc)
    body = [s for s in sents if headline is None or s.start_char >= headline[1]
            or (s.end_char > headline[1] and s.start_char == headline[0])]  # fmt: skip
    paragraphs = _paragraphs(body)
    lead: list[Span] = []
    for para in paragraphs[: LEAD_PARAGRAPHS + 1]:
        if any(triggers_of(s) for s in para):
            lead = para
            break
    if not lead and paragraphs:
        lead = paragraphs[0]
    return Layout(headline, lead)


def _paragraphs(sents: Sequence[Span]) -> list[list[Span]]:
    paragraphs: list[list[Span]] = []
    text = doc_text(sents[0].doc) if sents else ""
    for sent in sents:
        gap = text[paragraphs[-1][-1].end_char : sent.start_char] if paragraphs else ""
        if not paragraphs or "\n" in gap:
            paragraphs.append([sent])
        else:
            paragraphs[-1].append(sent)
    return paragraphs


def _paragraph_break(doc: Doc, a: Span, b: Span) -> bool:
    return "\n" in doc_text(doc)[a.end_char : b.start_char]


def trigger_scope(trig: Trigger, others: Sequence[Trigger], sent: Span
                  ) -> tuple[int, int, list[tuple[int, int]]]:  # fmt: skip
    """(start, end, holes): the trigger's clause in `sent`, minus nested triggers' clauses."""
    tok = trig.token
    head = tok
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("dobj", "pobj", "obj")
        and tok.head.pos_ in ("VERB", "ADP")
    ):
        head = tok.head if tok.head.pos_ == "VERB" else tok.head.head
    occurrence = head.head.lemma_.lower() in OCCURRENCE_VERBS
    if head.dep_ == "ROOT" or (occurrence and head.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")):
        start, end = sent.start_char, sent.end_char
    else:
        start = max(_conjunct_start(head, sent), sent.start_char)
        end = min(head.right_edge.idx + len(head.right_edge.text), sent.end_char)
    holes: list[tuple[int, int]] = []
    for other in others:
        if other is trig or other.token.i == tok.i:
            continue
        o = other.token
        if start <= o.idx < end and o.dep_ != "compound" and any(a.i == tok.i for a in o.ancestors):
            holes.append((_conjunct_start(o, sent), o.right_edge.idx + len(o.right_edge.text)))
        elif o.i > tok.i and (lead := _time_lead_in(o, sent)) is not None:
            first, last = tok.doc[lead[0]], tok.doc[lead[1]]
            if start <= first.idx < end:  # the time that opens a later item is that item's
                holes.append((first.idx, last.idx + len(last.text)))
    return start, end, holes


TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity labels of the words of a time phrase ("last week", "earlier this year")."""


def _time_lead_in(tok: Token, sent: Span) -> tuple[int, int] | None:
    """The time phrase (first and last token index) set between a conjunction and the clause
    of `tok`: "the killing of a guard in May and, last week, an assault in the port". Told
    after "and", it dates the item that follows it, wherever the parse hangs it (often on the
    item before). None when the words before the clause are not such a phrase."""
    doc = tok.doc
    i = tok.left_edge.i - 1
    first: int | None = None
    last: int | None = None
    while i >= sent.start and (doc[i].is_punct or doc[i].ent_type_ in TIME_ENTITIES):
        if doc[i].ent_type_ in TIME_ENTITIES:
            first = i
            last = i if last is None else last
        i -= 1
    if first is None or last is None or i < sent.start or doc[i].dep_ != "cc":
        return None
    return first, last


def _conjunct_start(tok: Token, sent: Span) -> int:
    """Where a list item's clause starts: its left edge, or the time phrase told between its
    conjunction and it (`_time_lead_in`)."""
    lead = _time_lead_in(tok, sent)
    return tok.doc[lead[0]].idx if lead is not None else tok.left_edge.idx


DEFINITE_DETERMINERS = frozenset(
    {"the", "this", "these", "those", "that", "le", "la", "les", "ce", "cet", "cette", "ces"}
)


def _refers_to_main(trig: Trigger, main_families: set[str]) -> bool:
    """ "The clearing of the camp", "these clashes": a definite noun naming the main event's
    kind refers back to it (its own clause may still recall other incidents)."""
    tok = trig.token
    if tok.pos_ != "NOUN" or event_class(trig.family) not in main_families:
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    return bool(dets) and dets[0] in DEFINITE_DETERMINERS


def _inside(start: int, end: int, scope: tuple[int, int, list[tuple[int, int]]]) -> bool:
    a, b, holes = scope
    return a <= start and end <= b and not any(h0 <= start < h1 for h0, h1 in holes)


def _dates_in(dates: Sequence[DateExpression], scope: tuple[int, int, list[tuple[int, int]]]
              ) -> list[DateExpression]:  # fmt: skip
    return [d for d in dates if _inside(d.start, d.end, scope)]


def _places_in(places: Sequence[PlaceMention], scope: tuple[int, int, list[tuple[int, int]]],
               doc: Doc) -> list[PlaceMention]:  # fmt: skip
    return [p for p in places if (p.place is not None or p.neighbourhood)
            and not p.in_organisation
            and _inside(p.start, p.end, scope) and is_locative(doc, p)]  # fmt: skip


def date_differs(expr: DateExpression, main: DateExpression | None) -> bool:
    """Whether a date expression names another time than the main incident's."""
    if main is not None and (expr.start == main.start or expr.text == main.text):
        return False
    if main is not None and main.value is not None and expr.value is not None:
        last = expr.last or expr.value
        main_last = main.last or main.value
        slack = timedelta(days=OVERNIGHT_SLACK_DAYS)
        return last < main.value - slack or expr.value > main_last + slack
    if expr.precision in ("week", "month", "year"):
        return True
    if expr.relation == "time" or expr.precision is None:
        return False
    # a day with no resolvable value: a weekday or part of day is this incident's; a calendar
    # date ("9 November") names another day when the main one is not known
    return (bool(re.search(r"\d", expr.text)) and main is None) or (
        main is not None
        and bool(re.search(r"\d", expr.text))
        and main.value is None
        and not re.search(r"\d", main.text)
    )


def place_differs(place: PlaceMention, main: PlaceMention | None,
                  lead_neighbourhoods: frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """Whether a place is another one than the main incident's (containers do not differ). A
    neighbourhood the gazetteer lacks differs unless the lead names it too
    (`lead_neighbourhoods`): it is a spot within some town, the main one's or not."""
    if main is None or main.place is None:
        return False
    if place.neighbourhood:
        return name_key(place.text) not in lead_neighbourhoods
    if place.place is None:
        return False
    a, b = place.place, main.place
    if a.geonames_id == b.geonames_id or a.name == b.name:
        return False
    if a.feature in CONTAINER_FEATURES and a.country_code == b.country_code:
        return False
    if a.feature == "country":
        return a.country_code != b.country_code and b.feature != "country"
    return True


def same_spot(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places of background mentions are one spot: the same gazetteer place, or
    the same neighbourhood the gazetteer lacks (by name: both are unresolved)."""
    if a.neighbourhood or b.neighbourhood:
        return a.neighbourhood and b.neighbourhood and name_key(a.text) == name_key(b.text)
    return a.place == b.place


def _incident_day(dates: Sequence[DateExpression], text: str, sents: Sequence[Span]
                  ) -> DateExpression | None:  # fmt: skip
    """The first resolved day of the lead or top told as the incident's own ("recovering from
    Tuesday's shooting", "charged in the May 3 shooting": nlp.dates.names_incident_day), before
    any other day they name."""
    for sent in sents:
        for expr in dates:
            if (
                sent.start_char <= expr.start < sent.end_char
                and expr.value is not None
                and expr.relation in ("past", "present", "absolute")
                and names_incident_day(text, expr)
            ):
                return expr
    return None


VIOLENCE_DAY_MAX_BEFORE = 3
"""Days a day told of the violence itself may lie before the first day of a report's top and
still replace it: a follow-up names its later step first ("was arrested Sunday", "remained in
critical condition Friday") and the shooting's day after, most often a day or two before. A
violence day a week or more before is most often another shooting recalled ("two other
children were shot on April 16", "wanted in the May 14 shooting death"); with 31 days the
gva_dev held-out fold lost 8 articles for 7 gained, with 3 it lost none of them."""
HAPPEN_LEMMAS = frozenset({"happen", "occur", "erupt", "unfold", "begin", "start"})
"""Verbs whose subject is the event: "the shooting happened about 2 a.m. Sunday" ("take
place" too: `_happening`)."""
EVENT_NOUNS = frozenset({"incident", "death", "spree", "rampage", "attack", "homicide",
                         "exchange", "situation", "encounter"})  # fmt: skip
"""Nouns that name an occurrence: with a word of violence as their modifier ("a shooting
incident last Saturday", "the Sept. 15 shooting death", "the shooting spree began") they are
the violence told as a thing, so the day that dates them dates the violence. Not a person or
a thing that only takes part ("a murder suspect on Monday", "a shooting victim")."""
PRONOUN_SUBJECTS = frozenset({"it"})
"""Subjects of a verb of happening that stand for the report's own event in a sentence with no
word of violence: "It happened about 11:30 p.m. Sunday". Not "what" ("frustrated by what
happened Sunday night" tells the night of a shooting GVA files the next day; on gva_dev train
it fixed one article and broke one)."""
RESPONSE_LEMMAS = frozenset({"respond", "dispatch", "summon"})
"""Verbs of the police or medics answering the call: "officers responded to reports of gunfire
around 9 p.m. Friday", "crews were dispatched about 1:30 p.m. Wednesday". The call comes while
the violence is going on or just after it, so the day they date is the violence's day ("were
called to a house shortly before 3 p.m. Sunday" too: `_called_to`)."""
_CLIMB_DEPS = frozenset({"npadvmod", "pobj", "prep", "compound", "nmod", "appos", "amod",
                         "advmod", "obl", "nummod", "conj"})  # fmt: skip
"""Links a day climbs through to the word it dates (as `nlp.dates_stamps.GOVERNOR_DEPS`)."""


def _past_days_in(sent: Span, dates: Sequence[DateExpression]
                  ) -> Iterator[tuple[DateExpression, date]]:  # fmt: skip
    """(expression, its day) for the date expressions of the sentence that resolve to one past
    or absolute day, in text order: the candidates for the day of an event the sentence tells."""
    for expr in dates:
        if (
            sent.start_char <= expr.start < sent.end_char
            and expr.value is not None
            and expr.precision == "day"
            and expr.relation in ("past", "absolute")
        ):
            yield expr, expr.value


def _violence_day_before(first: DateExpression | None, dates: Sequence[DateExpression],
                         sents: Sequence[Span]) -> DateExpression | None:  # fmt: skip
    """The first day of the lead or top that dates a word of violence ("was shot late Tuesday
    night", "opened fire Monday evening", "a shooting Thursday night", "the shooting happened
    Sunday") when it lies before `first`, the first day those sentences name, by at most
    VIOLENCE_DAY_MAX_BEFORE days; else `first`. A report's first day is often a later step or
    a state at the time of writing (an arrest, a court appearance, "was still at large Monday",
    "an investigation was underway Thursday"): the violence comes before those, never after."""
    if first is None or first.value is None or first.precision != "day":
        return first
    return _earlier_violence_day(first, dates, sents, calendar_window=VIOLENCE_DAY_MAX_BEFORE,
                                 skip_scene_openings=False) or first  # fmt: skip


CALENDAR_DAY_MAX_BEFORE = 366
"""Days a calendar date of the violence ("was shot dead on Aug. 3") may lie before a report's
first day and replace it: a follow-up (a charge, a plea, a trial) is published weeks or months
after the shooting and names the shooting's day as a date further down."""
CALENDAR_DAY_RE = re.compile(r"\d")
"""A calendar date states its day with a number ("Aug. 3", "7/18/2015"); a weekday does not."""

SCENE_OPENING_RE = re.compile(r"(?i)^\W*(?:(?:and|but|then|also|meanwhile)\W+)?(?:on\s+)?$")
"""A day that opens its sentence ("On June 7, a woman was shot", "Then on Friday, three people
were shot") sets a new scene below a report's top: a roundup's next shooting, a recalled one."""


def _violence_day_told_later(first: DateExpression | None, dates: Sequence[DateExpression],
                             told: Sequence[Span]) -> DateExpression | None:  # fmt: skip
    """The first day of the report (any sentence of `told`) that dates a word of violence,
    when `first` (the day its top names first) dates no violence itself and the day lies
    before it: by at most VIOLENCE_DAY_MAX_BEFORE days for a weekday or relative day, by
    at most CALENDAR_DAY_MAX_BEFORE days for a calendar date; else `first`.

    Follow-ups tell their later step first ("appeared in court Thursday", "was charged
    Friday", "a vigil was held Tuesday") and the shooting's day in a plain sentence further
    down ("the boy was shot on July 9", "the gunman opened fire Monday evening"). A first day
    that itself dates violence ("was shot Tuesday") is the report's own incident and stays.
    `first` is the report day of the top when the top names no other day. `told` holds no
    sentence that recalls another incident (`_sentences_of_this_incident`), and a day that
    opens its sentence is skipped (SCENE_OPENING_RE). On gva_dev train (first 600 incidents)
    this fixed 15 articles and broke 2, one of them a report whose text gives another day
    than GVA's."""
    if first is None or first.value is None or first.precision != "day":
        return first
    if not told or _day_dates_violence(first, told[0].doc):
        return first
    return _earlier_violence_day(first, dates, told, calendar_window=CALENDAR_DAY_MAX_BEFORE,
                                 skip_scene_openings=True) or first  # fmt: skip


def _earlier_violence_day(first: DateExpression, dates: Sequence[DateExpression],
                          sents: Sequence[Span], *, calendar_window: int,
                          skip_scene_openings: bool) -> DateExpression | None:  # fmt: skip
    """The first day in `sents` that dates a word of violence and lies before `first` (a day):
    at most VIOLENCE_DAY_MAX_BEFORE days for a weekday or relative day, `calendar_window` for a
    calendar date; never a day that starts a period, the night before a morning told first,
    or (with `skip_scene_openings`) a day that opens its sentence."""
    before = first.value
    if before is None:
        return None

    def accept(sent: Span, expr: DateExpression, day: date, violent: set[int]) -> bool:
        text = doc_text(sent.doc)
        if skip_scene_openings and SCENE_OPENING_RE.match(text[sent.start_char : expr.start]):
            return False
        calendar = bool(CALENDAR_DAY_RE.search(expr.text))
        window = calendar_window if calendar else VIOLENCE_DAY_MAX_BEFORE
        return (
            before - timedelta(days=window) <= day
            and not _same_night(expr, first)
            and dates_the_incident(sent.doc, expr, violent)
        )

    widest = max(calendar_window, VIOLENCE_DAY_MAX_BEFORE)
    lo, hi = before - timedelta(days=widest), before - timedelta(days=1)
    return _first_day_told(sents, dates, lo, hi, accept)


DayTest = Callable[[Span, DateExpression, date, set[int]], bool]
"""Whether a day told in a sentence dates the incident: the sentence, the date expression,
its day and the indices of the sentence's words of violence."""


def _first_day_told(sents: Sequence[Span], dates: Sequence[DateExpression], lo: date,
                    hi: date, accept: DayTest) -> DateExpression | None:  # fmt: skip
    """The first past or calendar day told in `sents` from `lo` to `hi` (both included) that
    `accept` takes, never one that bounds a span ("since Friday"): the loop shared by the
    earlier day of violence and the day within a week or month."""
    if not sents:
        return None
    text = doc_text(sents[0].doc)
    for sent in sents:
        violent = {t.token.i for t in triggers_of(sent) if t.family in VIOLENT_FAMILIES}
        for expr, day in _past_days_in(sent, dates):
            if lo <= day <= hi and not _starts_a_period(text, expr) and accept(
                sent, expr, day, violent
            ):
                return expr
    return None


GUN_SUBJECTS = frozenset({"gun", "handgun", "firearm", "weapon", "rifle", "shotgun", "pistol",
                          "revolver", "round", "it"})  # fmt: skip
"""Subjects of a gun going off ("the gun discharged", "it went off")."""
BULLET_WORDS = frozenset({"bullet", "round", "gunfire", "shot", "pellet", "shrapnel"})
"""What strikes a person in a shooting ("a bullet struck him", "was struck by gunfire")."""


def _unlisted_violent_verb(verb: Token) -> bool:
    """Whether a verb tells the shooting in words the trigger list does not hold: "were gunned
    down", a person "was struck" (in the head, by gunfire: not by a car) or a bullet struck,
    a gun "discharged" or "went off". Used only for the day such a verb dates in a sentence
    with no trigger (`_dates_call_or_it`): on gva_dev train these days were the shooting's in
    6 follow-ups whose day was read nowhere, and in no article they broke."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "gun":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in kids)
    if lemma == "strike":
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in BULLET_WORDS for c in kids):
            return True
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(c.dep_ == "auxpass" for c in kids) and all(
            g.lemma_.lower() in BULLET_WORDS for g in agents
        )
    if lemma == "discharge" or (
        lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids)
    ):
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in GUN_SUBJECTS for c in kids)
    return False


FINDING_LEMMAS = frozenset({"find", "discover"})
BODY_WORDS = frozenset({"body", "bodies", "remains"})


def _found_hurt(verb: Token) -> bool:
    """Whether `verb` tells the dead or wounded being found ("two bodies were found Thursday",
    "was found dead Sunday", "was found Friday with a gunshot wound"): when nobody saw the
    shots, the day they were found is the day a report and GVA give the violence."""
    if verb.lemma_.lower() not in FINDING_LEMMAS:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj") and child.lower_ in BODY_WORDS:
            return True
        if child.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp", "dep", "amod") and (
            child.lower_ in FOUND_STATE_WORDS
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "with" and any(
            t.lower_ in WOUND_WORDS for t in child.subtree
        ):
            return True
    return False


def dates_the_incident(doc: Doc, expr: DateExpression, violent: set[int]) -> bool:
    """Whether the day dates the report's own violence: a word of violence of its sentence
    (token indices in `violent`, `_dates_violence`) or, in a sentence with none, the police
    answering the call or the event told as "it" (`_dates_call_or_it`)."""
    if violent:
        return _dates_violence(doc, expr, violent)
    return _dates_call_or_it(doc, expr)


def _dates_call_or_it(doc: Doc, expr: DateExpression) -> bool:
    """Whether a day of a sentence with no word of violence modifies a verb of the police or
    medics answering ("Officers responded to the apartment about 9 p.m. Thursday", "deputies
    were called to a farmhouse on Sunday": RESPONSE_LEMMAS, `_called_to`) or a verb of
    happening whose subject is "it" ("It happened about 1 a.m. Friday", PRONOUN_SUBJECTS). Reports
    tell the violence and then the call in a sentence of its own, or the day in a sentence
    that names the event only as "it": on gva_dev train these were the largest group of
    follow-ups whose violence day was read nowhere (47 of 114 articles)."""
    verb = verb_of_day(doc, expr)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in RESPONSE_LEMMAS or _called_to(verb) or _unlisted_violent_verb(verb):
        return True
    if death_by_violence(verb) or _found_hurt(verb):
        return True
    return _happening(verb) and any(
        c.dep_ == "nsubj" and c.lower_ in PRONOUN_SUBJECTS for c in verb.children
    )


def _heads_of_day(doc: Doc, expr: DateExpression) -> Iterator[Token]:
    """The words the day hangs from, nearest first, climbing through prepositions and the
    date's own words (at most six steps)."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("DEP"):
        return
    current: Token = span.root
    for _ in range(6):
        if current.dep_ not in _CLIMB_DEPS or current.head == current:
            return
        current = current.head
        yield current


def verb_of_day(doc: Doc, expr: DateExpression) -> Token | None:
    """The verb the day modifies."""
    for head in _heads_of_day(doc, expr):
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _called_to(verb: Token) -> bool:
    """A passive "called to" ("were called to a house"): the police or medics sent to the
    scene, as RESPONSE_LEMMAS."""
    return (
        verb.lemma_.lower() == "call"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


def _sentences_of_this_incident(sents: Sequence[Span]) -> list[Span]:
    """The sentences that may tell the day of the report's own incident: none that recalls
    another incident (`_recalls`) or follows one that does ("... in relation to another
    murder. That murder occurred on May 3."). A place other than the main one does not rule a
    sentence out: streets and parks of the incident's town read as other places ("the
    shooting happened at X Park in the 3000 block of Y"), and on gva_dev train that filter
    lost two right days for none gained."""
    kept: list[Span] = []
    previous_recalls = False
    for sent in sents:
        recalls = recalls_day(sent)
        if not (recalls or previous_recalls):
            kept.append(sent)
        previous_recalls = recalls
    return kept


RECENT_DAY_MAX_BEFORE = 3
"""Days before publication a past day may lie and still date a main mention that nothing else
dates (`recent_past_day`): a fresh report's incident, as VIOLENCE_DAY_MAX_BEFORE. On gva_dev
train, of the undated articles whose text has a past or calendar day at most 3 days before
publication, the first such day was GVA's in about four of five."""


def recent_past_day(dates: Sequence[DateExpression], told: Sequence[Span],
                    background: Sequence[Segment], published: date | None
                    ) -> DateExpression | None:  # fmt: skip
    """The first day told in the past or as a calendar date, at most RECENT_DAY_MAX_BEFORE days
    before publication, in a sentence of this incident (`told`) that no background mention
    owns: the date of a main mention that no lead, top, sentence of violence or report day
    dates. Such days sit further down in sentences with no violence word of their own ("It
    happened shortly after 2 a.m. Sunday.", "Officers arrived on Sept. 10 and found ...").
    `dates` holds no page stamp or report day; a day to come or today is never taken, and
    without a publication date nothing is (no reference, no invented day)."""
    if published is None:
        return None
    for sent in told:
        for expr, day in _past_days_in(sent, dates):
            if published - timedelta(days=RECENT_DAY_MAX_BEFORE) <= day <= published and not any(
                seg.owns(expr.start, expr.end) for seg in background
            ):
                return expr
    return None


def published_day(doc: Doc) -> date | None:
    """The document's publication day, or None."""
    published = doc._.published
    return published.date() if isinstance(published, datetime) else published


def _publication_day(doc: Doc) -> DateExpression | None:
    """The day after publication as a reference day for a report whose top names no day at
    all (no event day, no report day, only page stamps): a day of violence told further down
    (`_violence_day_told_later`) may then be any day up to publication. None without a
    publication date (no day is invented)."""
    published = doc._.published
    if published is None:
        return None
    if isinstance(published, datetime):
        published = published.date()
    after = published + timedelta(days=1)
    return DateExpression(0, 0, "", after, after, "day", None, REPORT)


def _first_report_day(every: Sequence[DateExpression], sents: Sequence[Span]
                      ) -> DateExpression | None:  # fmt: skip
    """The first day of the lead or top told as a report or later step ("pleaded guilty
    Thursday", "police said Friday"): the time a report with no other day was written, which
    the day of its violence comes before."""
    for sent in sents:
        for expr in every:
            if (sent.start_char <= expr.start < sent.end_char and expr.relation == REPORT
                    and expr.value is not None and expr.precision == "day"):  # fmt: skip
                return expr
    return None


def _day_dates_violence(expr: DateExpression, doc: Doc) -> bool:
    """Whether a day dates the violence of its own sentence, or the call or "it" in a
    sentence with no word of violence (`dates_the_incident`)."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    violent = {t.token.i for t in triggers_of(span.sent) if t.family in VIOLENT_FAMILIES}
    return dates_the_incident(doc, expr, violent)


PERIOD_START_BEFORE = re.compile(r"(?i)\b(?:since|from|until|till|through|between)\s+$")
"""A day that opens or closes a span ("killed since Friday", "from Friday through Sunday"):
a running tally's bounds, not the day of one shooting."""
MORNING_PARTS = frozenset({"morning", "early morning"})
NOON = "12:00"


def _starts_a_period(text: str, expr: DateExpression) -> bool:
    return bool(PERIOD_START_BEFORE.search(text[max(0, expr.start - 12) : expr.start]))


def _same_night(night: DateExpression, first: DateExpression) -> bool:
    """A night told the day before a morning ("an overnight altercation" and "early Sunday
    morning", "shot during a party last night" and "this morning") is one night told twice;
    the morning's calendar day stays, as GVA most often files it (on gva_dev train, 33 of 38
    "early W morning" dates that were at most a day off were GVA's day)."""
    if first.value is None or night.value != first.value - timedelta(days=1):
        return False
    is_night = night.time_of_day == "night" or "night" in night.text.lower()
    hhmm = first.time_of_day or ""
    is_morning = hhmm in MORNING_PARTS or (":" in hhmm and hhmm < NOON)
    return is_night and is_morning


def _dates_violence(doc: Doc, expr: DateExpression, violent: set[int]) -> bool:
    """Whether the day modifies a violence trigger (token index in `violent`) or a noun of an
    occurrence it modifies (EVENT_NOUNS), or a verb of happening whose subject is one,
    climbing through prepositions and the date's own words."""
    for head in _heads_of_day(doc, expr):
        if head.i in violent or _violence_noun(head, violent):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return (
                _violent_verb(head, violent)
                or head.lemma_.lower() in RESPONSE_LEMMAS
                or _called_to(head)
                or death_by_violence(head)
                or _found_hurt(head)
            )
    return False


def _violence_noun(noun: Token, violent: set[int]) -> bool:
    """A noun of an occurrence (EVENT_NOUNS) whose modifier is a word of violence ("shooting
    incident", "shooting death")."""
    return noun.lemma_.lower() in EVENT_NOUNS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.i in violent for c in noun.children
    )


def _violent_subject(tok: Token, violent: set[int]) -> bool:
    """A subject that is the violence: a word of violence, a noun of an occurrence it
    modifies, or a relative pronoun whose clause tells of one ("a shooting that occurred
    Monday evening": the pronoun stands for "shooting")."""
    if tok.i in violent or _violence_noun(tok, violent):
        return True
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        noun = tok.head.head
        return noun.i in violent or _violence_noun(noun, violent)
    return False


def _happening(verb: Token) -> bool:
    """A verb of happening (HAPPEN_LEMMAS) or "take place" ("the stabbing took place June 1")."""
    lemma = verb.lemma_.lower()
    return lemma in HAPPEN_LEMMAS or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )


def _violent_verb(verb: Token, violent: set[int]) -> bool:
    """A verb of happening with a violent subject ("the shooting happened") or a verb whose
    object is the violence ("opened fire")."""
    if _happening(verb):
        return any(c.dep_ in ("nsubj", "nsubjpass") and _violent_subject(c, violent)
                   for c in verb.children)  # fmt: skip
    return any(c.dep_ == "dobj" and c.i in violent for c in verb.children)


def _first_resolved_date(dates: Sequence[DateExpression], sents: Sequence[Span]
                         ) -> DateExpression | None:  # fmt: skip
    for sent in sents:
        for expr in dates:
            if (
                sent.start_char <= expr.start < sent.end_char
                and expr.relation not in ("present", "future")
                and (expr.value is not None or expr.precision == "day")
            ):
                return expr
    # the day of publication ("this morning", "earlier today") when the lead names no other day
    for sent in sents:
        for expr in dates:
            if (
                sent.start_char <= expr.start < sent.end_char
                and expr.relation == "present"
                and expr.precision == "day"
                and expr.value is not None
            ):
                return expr
    return None


PERIOD_PRECISIONS = frozenset({"week", "month"})
"""Main dates a day told further down may narrow (`_day_within_period`): a week (a weekend
too) or a month. Not a year: "a man accused in a 2013 double homicide" is narrowed as often
by a court day or an arrest as by the shooting's (on gva_dev train, the segment's main day
with years too: 3 more articles on GVA's day, 4 more on another day)."""


def _day_within_period(period: DateExpression, dates: Sequence[DateExpression],
                       told: Sequence[Span], published: date | None
                       ) -> DateExpression | None:  # fmt: skip
    """The first day of this incident's sentences (`told`) that lies within the week or month
    the report's top dates it by, when that day dates the incident: a sentence with a word of
    violence, the police answering or "it" happening (`_dates_call_or_it`), or the incident
    named by its day ("the Jan. 6 shooting"); else None.

    Follow-ups and round-ups open on a period ("was shot last week", "a shooting in December",
    "killed over the weekend") and tell the day further down ("the shots were fired about
    1:40 a.m. Sunday", "deputies responded shortly before 8 p.m. Friday"). The day lies inside
    the period the top already gave, so it says the same thing more precisely. A day after
    publication, or one that bounds a span ("since Friday"), is never taken. Read only when
    the main mention's own text does not narrow the period (`_narrowed_in_own_text`): on
    gva_dev train, read before that, it took another day of the period for 3 articles the
    own text had right (round-ups, a death days later); read after it, 5 articles took
    GVA's day and none lost it. Any day of the period, whatever its sentence tells, took
    another day (an arrest warrant, a caption, a vigil) twice as often (the segment's main
    day: 22 articles against 11, for 80 on GVA's day against 67)."""
    if period.precision not in PERIOD_PRECISIONS or period.value is None or period.last is None:
        return None

    def accept(sent: Span, expr: DateExpression, day: date, violent: set[int]) -> bool:
        text = doc_text(sent.doc)
        return bool(violent) or _dates_call_or_it(sent.doc, expr) or names_incident_day(text, expr)

    last = period.last if published is None else min(period.last, published)
    return _first_day_told(told, dates, period.value, last, accept)


REFINING_RELATIONS = ("past", "absolute")
"""Relations of a day that can tell a coarser date's day: an event told in the past or a
calendar date (not a page stamp, a report day, today or a day to come)."""


def day_within(coarse: DateExpression, dates: Sequence[DateExpression]) -> DateExpression:
    """The first day told after a week, month or year date that falls inside it, else the date.

    A report often dates the incident loosely first and exactly later ("a shooting last month
    ... was fatally shot Aug. 29", "in July ... on July 14", "over the weekend ... on
    Saturday"): the day is the same time told more precisely. A day outside the coarse date's
    span is another time (a hearing, an arrest) and does not replace it.
    """
    if coarse.precision in (None, "day") or coarse.value is None:
        return coarse
    last = coarse.last or coarse.value
    for expr in dates:
        if (
            expr.start > coarse.start
            and expr.precision == "day"
            and expr.relation in REFINING_RELATIONS
            and expr.value is not None
            and coarse.value <= expr.value <= last
        ):
            return expr
    return coarse


def _narrowed_in_own_text(main: Segment, dates: Sequence[DateExpression]) -> bool:
    """Whether a day the main mention owns, told after its week or month and inside it, will
    narrow it when its claims are made (`day_within`, read by `extract.rules`): that reading comes
    first."""
    period = main.date
    if period is None:
        return False
    return day_within(period, [d for d in dates if main.owns(d.start, d.end)]) is not period


def _date_for_weekday(main: DateExpression, dates: Sequence[DateExpression],
                      sents: Sequence[Span], lang: str) -> DateExpression:  # fmt: skip
    """An unresolved weekday (no publication date) dated by a calendar date of the report's top.

    With no publication date "on Thursday" has no day; a full date stated near the top that
    falls on that same weekday ("Thursday ... on 30 December 2021") is the same day told twice,
    so it dates the incident, with its own span as the evidence. A date on another weekday, or a
    weekday the text does not name, leaves the day unknown: nothing is guessed.
    """
    if main.value is not None:
        return main
    weekday = weekday_named(main.text, lang)
    if weekday is None:
        return main
    for sent in sents:
        for expr, day in _past_days_in(sent, dates):
            if (expr.last is None or expr.last == day) and day.weekday() == weekday:
                return expr
    return main


def _first_place(places: Sequence[PlaceMention], sents: Sequence[Span],
                 anchor: Span | None) -> PlaceMention | None:  # fmt: skip
    """The main place: in the anchor first, then the lead; towns before regions, places
    that locate something ("in Calais") before others."""
    ordered = ([anchor] if anchor is not None else []) + list(sents)
    doc = ordered[0].doc if ordered else None
    for precise_only, locative_only in ((True, True), (True, False), (False, True)):
        for sent in ordered:
            for pm in places:
                if pm.place is None or pm.in_organisation:
                    continue
                if locative_only and doc is not None and not is_locative(doc, pm):
                    continue
                if not (sent.start_char <= pm.start < sent.end_char):
                    continue
                if precise_only and pm.geo_precision > 2:
                    continue
                return pm
    return None


def _most_named_place(doc: Doc, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """When the lead names no place: the town the article names most often as a location
    (ties: the first named). A recalled incident's town is usually named once."""
    text = doc_text(doc)
    counts: dict[int, list[tuple[bool, PlaceMention]]] = {}
    for pm in places:
        if pm.place is None or pm.in_organisation or pm.geo_precision > 2:
            continue
        sent = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if sent is not None and _recalls(
            text[sent.sent.start_char : sent.sent.end_char], triggers_of(sent.sent)
        ):
            continue  # named where another incident is recalled
        counts.setdefault(pm.place.geonames_id, []).append((is_locative(doc, pm), pm))
    if not counts:
        return None
    best = max(counts.values(), key=lambda group: (sum(loc for loc, _ in group), len(group),
                                                   -group[0][1].start))  # fmt: skip
    return best[0][1]


def _contains(region: PlaceMention, town: PlaceMention) -> bool:
    """Whether `town` lies in the county or state `region` resolves to."""
    a, b = region.place, town.place
    if a is None or b is None or b.feature != "city" or a.country_code != b.country_code:
        return False
    if a.feature == "admin2":
        return in_county(b, a)
    return a.feature == "admin1" and b.admin1 == a.name


def _town_within(main: PlaceMention | None, places: Sequence[PlaceMention],
                 doc: Doc) -> PlaceMention | None:  # fmt: skip
    """When the lead places the event only in a county ("Burke County deputies responded",
    "NAVARRO COUNTY, Texas -"), the first town of that county the report names as where
    something happened ("at 4960 Highway 80 West in Waynesboro"), outside sentences that recall
    another incident: finer, and consistent with the lead. None when the main place is a town
    already or no such town is named. A town given as a bearing from it ("a rural area west of
    Greensburg") counts, near it (precision 2). Not for a state: a state-level lead is often a
    story told at that scale (a storm, a state's law), whose reports then name different towns
    of it and stop meeting (ECB+ test B-cubed 0.808 -> 0.801 with states, 0.808 with counties
    only)."""
    if main is None or main.place is None or main.place.feature != "admin2":
        return None
    text = doc_text(doc)
    for pm in places:
        if pm.in_organisation or not _contains(main, pm):
            continue
        toward = DIRECTION_OF_BEFORE.search(text, max(0, pm.start - 40), pm.start)
        if toward is None and not is_locative(doc, pm):
            continue
        span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is None or _recalls(
            text[span.sent.start_char : span.sent.end_char], triggers_of(span.sent)
        ):
            continue
        return pm if toward is None else replace(pm, geo_precision=2)
    return _home_town_within(main, places, text)


NOT_THE_SCENE_FAMILIES = frozenset({ARREST})
"""Trigger families whose town is no place of the violence: an arrest happens elsewhere and later
("Her father was arrested in Joplin")."""

NOT_THE_SCENE_LEMMAS = frozenset({"charge", "accuse", "inculper", "arrest", "book", "jail"})
"""Verbs of a charge or a booking, whichever family they carry: the town of a courthouse or a
jail, not of the violence."""


HAPPENING_LEMMAS = frozenset({"happen", "occur", "erupt", "survenir", "produire", "dérouler"})
"""Verbs that only say where and when their subject took place ("The shooting happened in
Joplin", "la fusillade s'est produite à Rennes"): their subject's trigger governs the town."""

HAPPENING_PHRASES = frozenset({("take", "place"), ("break", "out")})
"""A verb with its object or particle that says the same ("The shooting took place at a theater
in Lafayette", "Gunfire broke out in a parking lot in Caruthersville")."""


def _verb_trigger(verb: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The trigger a verb that is no trigger itself tells of at its place, or None: the subject
    of a verb of happening (HAPPENING_LEMMAS, HAPPENING_PHRASES), or the verb's direct object
    ("Witnesses saw the shooting at a mall in Bethesda": the parse hangs the place on "saw").
    A verb of a charge or a booking (NOT_THE_SCENE_LEMMAS) tells of no scene."""
    lemma = verb.lemma_.lower()
    if lemma in NOT_THE_SCENE_LEMMAS:
        return None
    phrase = any((lemma, c.lower_) in HAPPENING_PHRASES for c in verb.children
                 if c.dep_ in ("dobj", "prt"))  # fmt: skip
    roles = ("nsubj", "nsubj:pass", "nsubjpass", "dobj", "obj") if (
        lemma in HAPPENING_LEMMAS or phrase) else ("dobj", "obj")  # fmt: skip
    return next((by_token[c.i] for c in verb.children if c.dep_ in roles and c.i in by_token),
                None)  # fmt: skip


def _clause_trigger(town: Span, triggers: Sequence[Trigger]) -> Trigger | None:
    """The trigger whose clause governs the town's phrase, or None: walking up the parse from
    the town ("Joplin" -> "in" -> "home" -> "at" -> "killed"), the first trigger word met before
    any other verb ("a shooting in Joplin", "was killed at a home in Joplin"). A verb that is no
    trigger ends the walk: the town is then told of a residence, a workplace or a transfer ("who
    works in Joplin", "taken to a hospital in Joplin")."""
    by_token = {t.token.i: t for t in triggers}
    tok = town.root
    while tok.head.i != tok.i:  # the root is its own head (a new Token object each time)
        tok = tok.head
        if tok.i in by_token:
            return by_token[tok.i]
        if tok.pos_ in ("VERB", "AUX"):
            return _verb_trigger(tok, by_token)
        if tok.pos_ in ("NOUN", "PROPN") and HOSPITAL_NEAR.search(
            tok.doc[tok.left_edge.i : tok.i + 1].text
        ):
            return None  # "died at a hospital in Joplin": the hospital's town
    return None


def _told_as_the_scene(doc: Doc, text: str, pm: PlaceMention) -> bool:
    """Whether the town is told as where the violence happened: a locative phrase governed by
    a non-weak violent trigger's clause (`_clause_trigger`), not an arrest's or a charge's, in
    a sentence that recalls no other incident, and no hospital's or resident's town."""
    if not is_locative(doc, pm) or names_a_resident(text, pm):
        return False
    span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
    if span is None:
        return False
    triggers = triggers_of(span.sent)
    trigger = _clause_trigger(span, triggers)
    if (
        trigger is None
        or trigger.weak
        or trigger.family in NOT_THE_SCENE_FAMILIES
        or trigger.token.lemma_.lower() in NOT_THE_SCENE_LEMMAS
    ):
        return False
    return not _recalls(text[span.sent.start_char : span.sent.end_char], triggers)


def _town_of_state(main: PlaceMention | None, places: Sequence[PlaceMention],
                   doc: Doc) -> PlaceMention | None:  # fmt: skip
    """When the lead places the event only in a state ("a Missouri girl was shot"), the first
    town of that state the report names, further down, as the place of its violence ("killed at
    a home in Joplin"): the town itself (precision 1), read where a violent trigger's clause
    governs the town's phrase (`_told_as_the_scene`). A state-level lead is often a story told
    at that scale (a storm, a state's law), whose reports would name different towns of it
    (`_town_within` leaves states for that reason); a town where the sentence itself tells the
    shooting is the report's own scene. None when the main place is no state or no such town is
    named; a town only near which it happened ("near Riverton"), or named for an arrest, a
    charge, a home, a workplace or a hospital, is left to the state."""
    if main is None or main.place is None or main.place.feature != "admin1":
        return None
    text = doc_text(doc)
    for pm in places:
        if pm.in_organisation or pm.geo_precision > 1 or not _contains(main, pm):
            continue
        if _told_as_the_scene(doc, text, pm):
            return pm
    return None


def _home_town_within(main: PlaceMention, places: Sequence[PlaceMention],
                      text: str) -> PlaceMention | None:  # fmt: skip
    """When the report places the event only in a county and names no town of it as where
    something happened, the one town of that county it gives as the home of the people involved
    ("the hunter, 41, of Yellville", "a Yellville man"), near it (precision 2): a rural county's
    shooting mostly happens at or near a home, whose postal town registries file it under. None
    when the people come from two towns (the event may be at either), or from none of the
    county, and when the report calls the place unincorporated (no town's: "a home in
    unincorporated Adams County", where the suspect is "of Aurora")."""
    if UNINCORPORATED.search(text):
        return None
    homes = [
        pm for pm in places
        if pm.place is not None and pm.place.feature == "city" and not pm.in_organisation
        and names_a_resident(text, pm)
    ]  # fmt: skip
    if len({pm.place.geonames_id for pm in homes if pm.place is not None}) != 1:
        return None
    return replace(homes[0], geo_precision=2) if _contains(main, homes[0]) else None


DIRECTION_OF_BEFORE = re.compile(
    r"\b(?i:north|south|east|west|northeast|northwest|southeast|southwest|outside)"
    r"(?:[ \t]+of)?[ \t]+$"
)
"""A bearing from a town ("northwest of Lockesburg", "just outside Benton"): the event lies near
that town, in the county the lead names (geo-precision 2); the parse hangs the town on the
bearing word, not on a locative preposition."""


NAMESAKE_CITY_POPULATION = 100_000
"""A city of this size named in a report places it ("Pittsburgh", "Memphis"): a smaller town of
another state that nothing else in the report supports is then a neighbourhood or a far namesake
of a place near that city ("Bloomfield", "Germantown", "Whitehaven"), not the event's town."""


def _state_written_after(text: str, places: Sequence[PlaceMention], own: str) -> bool:
    """Whether a state is written after some mention of the name `own` (a `name_key`):
    "Norristown, Pa." places the town itself."""
    return any(
        name_key(pm.text) == own and state_after(text, pm.end) is not None for pm in places
    )


def _most_named(cities: Sequence[PlaceMention]) -> PlaceMention:
    """The first of the cities whose name the report writes most often."""
    counts = Counter(name_key(pm.text) for pm in cities)
    best = max(counts.values())
    return next(pm for pm in cities if counts[name_key(pm.text)] == best)


STATE_NAME = re.compile(rf"\b(?:{STATE_FULL_NAMES})\b")
"""A US state's name written out ("Alabama", "West Virginia")."""


def _home_state_county(main: PlaceMention | None, places: Sequence[PlaceMention], text: str,
                       home_state: str | None) -> PlaceMention | None:  # fmt: skip
    """The namesake in the outlet's home state of a county name several states share ("Perry
    County", "Madison County"), when the report gives the county no state: no state written
    after it, no state but the home's named in the text, and no other place of the report in
    the county's state. A local outlet reports its own area, so its home state (`url_home_city`,
    else the town of the masthead ending the headline) decides the namesake the gazetteer's
    ranking would otherwise pick. None when the home state has no county of that name."""
    if main is None or main.place is None or main.place.feature != "admin2" or home_state is None:
        return None
    county = main.place
    if county.admin1 == home_state or state_after(text, main.end) is not None:
        return None
    if any(m.group(0) != home_state for m in STATE_NAME.finditer(text)):
        return None  # the report names another state (the county's, or a state agency's)
    if any(
        pm.place is not None
        and pm.place.admin1 == county.admin1
        and pm.place.geonames_id != county.geonames_id
        for pm in places
    ):
        return None
    namesakes = [
        p for p in Gazetteer.default().lookup(county.name, county.country_code)
        if p.feature == "admin2" and p.admin1 == home_state
    ]  # fmt: skip
    return replace(main, place=namesakes[0]) if namesakes else None


COUNTY_CITY_POPULATION = 100_000
"""A county whose largest town is this big is that city's county (Harris County and Houston,
Leon County and Tallahassee): its unincorporated parts carry the city's postal name."""


COUNTY_BIG_CITY_POPULATION = BIG_CITY_POPULATION
"""A county whose largest town is this big is that city's even when the report names only the
county (Miami-Dade and Miami, Travis and Austin): a big city is told by its neighbourhoods and
its county's unincorporated land by the county, while the addresses there, and registries,
name the city (`nlp.gazetteer.BIG_CITY_POPULATION`)."""


UNINCORPORATED = re.compile(r"\bunincorporated\b", re.IGNORECASE)
"""A report that calls the place unincorporated ("an unincorporated part of Adams County") says
it is no town's: the county stays."""


@cache
def _county_cities() -> dict[tuple[str, str | None, str | None], int]:
    """The geonames id of the largest town of each county, by (country, state, county): built
    once, as a report's county asks for its own."""
    gaz = Gazetteer.default()
    city = FEATURES.index("city")
    best: dict[tuple[str, str | None, str | None], tuple[int, int]] = {}
    for row in range(len(gaz)):
        if gaz.features[row] != city or gaz.populations[row] < COUNTY_CITY_POPULATION:
            continue
        place = gaz.place(row)
        key = (place.country_code, place.admin1, place.admin2)
        if place.admin2 and (key not in best or place.population > best[key][0]):
            best[key] = (place.population, place.geonames_id)
    return {key: gid for key, (_, gid) in best.items()}


def _county_city(main: PlaceMention | None, places: Sequence[PlaceMention],
                 text: str) -> PlaceMention | None:  # fmt: skip
    """When the report places the event only in a county whose largest town is a big city
    ("in northwest Harris County", "RICHLAND COUNTY, S.C."), and names that city too (its
    dateline, its police, "north of Houston"): the city, near it (precision 2). The county's
    parts outside the city mostly carry the city's postal address, and registries file them
    there (GVA: Houston for a Harris County shooting). A county whose largest town is a city of
    COUNTY_BIG_CITY_POPULATION gives that city even unnamed ("in northwest Miami-Dade"): its
    land outside the city is the city's postal area. None for a county with no big town, one
    the report does not name (below COUNTY_BIG_CITY_POPULATION) or names only for a hospital the
    wounded were taken to (the event lies elsewhere in the county), and a place the report calls
    unincorporated."""
    if main is None or main.place is None or main.place.feature != "admin2":
        return None
    if UNINCORPORATED.search(text):
        return None  # the report says the place lies outside any town
    county = main.place
    gid = _county_cities().get((county.country_code, county.admin1, county.name))
    if gid is None:
        return None
    named = False
    for pm in places:
        if pm.place is not None and pm.place.geonames_id == gid:
            if not named_for_a_hospital(text, pm):
                return replace(pm, geo_precision=2)
            named = True  # only as the hospital's town
    city = Gazetteer.default().get(gid)
    if named or city is None or city.population < COUNTY_BIG_CITY_POPULATION:
        return None
    return replace(main, place=city, geo_precision=2)


def _city_over_far_namesake(main: PlaceMention | None, places: Sequence[PlaceMention],
                            text: str) -> PlaceMention | None:  # fmt: skip
    """The big city the report names instead of a smaller main town that lies in another
    first-level region (or country), far from that city, when nothing else in the report lies
    in the town's region: the gazetteer's namesake of a city's neighbourhood
    ("Kensington" of Philadelphia read as Kensington, New York) has nothing of its own state
    around it, while the report's city is named. None when the main town is big itself, has a
    state written after it, is supported by a place of its region (a county, a nearby town), is
    near the city (a suburb across a state line), or the city is named only for its hospital."""
    if main is None or main.place is None or main.place.feature != "city":
        return None
    town = main.place
    if not _unsupported_far_town(main, places, text):
        return None
    cities = [
        pm
        for pm in places
        if pm.place is not None
        and pm.place.feature == "city"
        and pm.place.population >= NAMESAKE_CITY_POPULATION
        and (pm.place.country_code, pm.place.admin1) != (town.country_code, town.admin1)
        and distance_km(pm.place, town) > EVENT_SAME_AREA_KM
        and not named_for_a_hospital(text, pm)
    ]
    return _most_named(cities) if cities else None


def _big_city_over_far_town(main: PlaceMention | None, places: Sequence[PlaceMention],
                            text: str) -> PlaceMention | None:  # fmt: skip
    """The big city (BIG_CITY_POPULATION) the report names instead of a small main town of the
    same state that lies far from it, when nothing else in the report lies near the town: a big
    city is told by its neighbourhoods and streets ("the Washington Park neighborhood", "West
    Addison Street"), whose names the gazetteer also gives to far towns of the state, while a
    report of a shooting in a far town names its county or a town nearby. `_city_over_far_namesake`
    takes the same reading for a town of another state. None when the main town is big itself,
    has a state written after it, has a body of its own ("Riverton police"), has another place
    of the report (a town or its county) within EVENT_SAME_AREA_KM, or the city is named only
    for its hospital or as someone's home ("visiting from Memphis")."""
    if main is None or main.place is None or main.place.feature != "city":
        return None
    town = main.place
    if town.population >= NAMESAKE_CITY_POPULATION or governs_itself(text, main):
        return None
    own = name_key(main.text)
    if _state_written_after(text, places, own):
        return None  # "Riverton, Ky.": the report places the town itself
    cities: list[PlaceMention] = []
    for pm in places:
        other = pm.place
        if other is None or name_key(pm.text) == own:
            continue
        if (other.country_code, other.admin1) != (town.country_code, town.admin1):
            continue
        if in_county(town, other) or (
            other.feature == "city" and distance_km(other, town) <= EVENT_SAME_AREA_KM
        ):
            return None  # a town or county of the report lies by the main town
        if (
            other.feature == "city"
            and other.population >= BIG_CITY_POPULATION
            and not named_for_a_hospital(text, pm)
            and not names_a_home(text, pm)
        ):
            cities.append(pm)
    return _most_named(cities) if cities else None


HOME_NEIGHBOURHOOD_CITY_POPULATION = BIG_CITY_POPULATION
"""A home city this big is told by its neighbourhoods ("Germantown", "East Hills"): a far
namesake town of the main place's name is then most likely one of them
(`nlp.gazetteer.BIG_CITY_POPULATION`)."""


AGENCY_TOWN = re.compile(
    r"(?<![\w-])(?!The\b)(?P<town>[A-Z][a-z]+(?:[ ](?!Metro|Police)[A-Z][a-z]+){0,2})(?:['’]s)?"
    rf"\s+(?:Metropolitan\s+|Metro\s+)?(?:{TOWN_FORCES})"
)
"""A town's name before its police, officials or fire department ("Riverton Police",
"the Riverton Metropolitan Police Department", "Riverton officials"), read from the text
itself: NER often takes the whole agency for an organisation and gives no place."""


AGENCY_TOWN_EVERYDAY_MIN_POPULATION = 100_000
"""A town whose name is everyday words only is read before a police ("Park Police", "Transit
Police") only when it is at least this big (`agency_town`): the same value as a site's home
city (`outlets.HOME_CITY_MIN_POPULATION`), a threshold of its own."""


def agency_town(text: str, home_state: str | None) -> PlaceMention | None:
    """The town whose police, officials or fire department a report names, for a report that
    places its event nowhere else: a town's police work in their town, so "Riverton police
    said" is the best word the report gives of where. The town of the name in the site's home
    state, else the one town of some size of that name (`outlets.town_by_name`); an everyday
    word ("Park Police", "Transit Police") only as a big city's name. Precision 2 (near):
    the police may be called out to the edge of town."""
    for match in AGENCY_TOWN.finditer(text):
        name = match.group("town")
        if name_key(name) in NOT_PLACE_WORDS:
            continue
        place = town_by_name(name, home_state)
        if place is None:
            continue
        if (
            all(is_common_word(word, "en") for word in name.split())
            and place.population < AGENCY_TOWN_EVERYDAY_MIN_POPULATION
        ):
            continue
        start, end = match.span("town")
        return PlaceMention(start, end, name, place, 2)
    return None


AGENCY_COUNTY = re.compile(
    r"(?<![\w-])(?!The\b)(?P<county>(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?[ ]){1,2}(?:County|Parish))"
    r"(?:['’]s)?\s+(?:[Ss]heriff|[Dd]eput(?:y|ies)\b|[Cc]oroner)"
)
"""A county's name before its sheriff, deputies or coroner ("the Riverton County Sheriff's
Office", "Riverton County deputies", "the Riverton Parish Coroner's Office"): each works in
their own county. Not its courts or jail, which hold people from elsewhere."""


def agency_county(text: str, home_state: str | None) -> PlaceMention | None:
    """The county whose sheriff, deputies or coroner a report names, for a report that places
    its event nowhere else (as `agency_town` reads a town's police): a county's sheriff
    answers calls in the county. The county of the name in the site's home state, else the
    only county of the name in the country; None when in doubt (a dozen states have a Union
    County). Precision 3 (a county), as the gazetteer gives a county."""
    gaz = Gazetteer.default()
    for match in AGENCY_COUNTY.finditer(text):
        name = match.group("county")
        counties = [
            place for place in (gaz.place(row) for row, _ in gaz.rows(name))
            if place.country_code == "US" and place.feature == "admin2"
        ]  # fmt: skip
        if home_state is not None:
            counties = [place for place in counties if place.admin1 == home_state]
        if len(counties) != 1:
            continue
        start, end = match.span("county")
        return PlaceMention(start, end, name, counties[0], 3)
    return None


def _home_over_far_town(main: PlaceMention | None, places: Sequence[PlaceMention],
                        text: str, home: Place | None) -> PlaceMention | None:  # fmt: skip
    """The site's home city (`outlets.url_home_city`: "philly.com", "abc7chicago.com") decides a
    small main town that lies far from it in another state or country, when nothing in the
    report supports the town's own region (`_unsupported_far_town`): the namesake of that name
    in the home city's state ("Peoria" on a Chicago site), else, for a city big enough to be
    told by its neighbourhoods, the home city itself at precision 2 ("Germantown" on a
    Philadelphia site, "Mount Washington" on a Pittsburgh one, whose gazetteer namesakes lie in
    Maryland and Kentucky). None when the main town is near home, big, or placed by its report."""
    if home is None or main is None or main.place is None or main.place.feature != "city":
        return None
    town = main.place
    if (town.country_code, town.admin1) == (home.country_code, home.admin1):
        return None
    if distance_km(town, home) <= EVENT_SAME_AREA_KM or not _unsupported_far_town(
        main, places, text, region=town.country_code == home.country_code
    ):
        return None
    namesakes = [
        p for p in Gazetteer.default().lookup(main.text, home.country_code)
        if p.feature == "city" and p.admin1 == home.admin1
    ]  # fmt: skip
    if namesakes:
        best = max(namesakes, key=lambda p: p.population)
        return replace(main, place=best)
    if home.population >= HOME_NEIGHBOURHOOD_CITY_POPULATION:
        return replace(main, place=home, geo_precision=2)
    return None


def _city_of_neighbourhood(main: PlaceMention | None, places: Sequence[PlaceMention],
                           text: str, home: Place | None) -> PlaceMention | None:  # fmt: skip
    """The big city holding the main town as one of its neighbourhoods
    (`nlp.places_neighbourhoods`: "Englewood" in Chicago, "East Flatbush" in Brooklyn), the
    neighbourhood kept as written (`name_as_written`, the evidence span): registries file the
    event under the city whose address it bears. The precision stays the town's (1: ACLED
    codes a part of a city as the city; 2 cost train B-cubed, docs/facts.md). Two readings:
    - the town read is itself a neighbourhood, unless the report names neither its city (a
      place of the report, the site's home) nor only places of the city's state: a far
      report's town that the gazetteer read as a big city's namesake neighbourhood
      ("Manhattan" in a Kansas report) is not the city's;
    - the town read is a small far namesake nothing in the report supports
      (`_unsupported_far_town`) while another town of the name is a neighbourhood of a city
      the report names ("Englewood on the South Side of Chicago" read in Colorado).
    None when the town names a body of its own (`governs_itself`: a suburb the postal service
    files under the city, "Warrensville Heights police")."""
    if main is None or main.place is None or governs_itself(text, main):
        return None
    named = {pm.place.geonames_id for pm in places if pm.place is not None}
    if home is not None:
        named.add(home.geonames_id)
    city = holding_city(main.place)
    if city is not None:
        if city.geonames_id not in named and any(
            pm.place is not None and pm.place.country_code == city.country_code
            and pm.place.admin1 not in (None, city.admin1)
            for pm in places
        ):  # fmt: skip
            return None
        return replace(main, place=city)
    if main.place.feature != "city" or not _unsupported_far_town(main, places, text):
        return None
    for namesake in Gazetteer.default().lookup(main.text, main.place.country_code):
        holder = holding_city(namesake) if namesake.feature == "city" else None
        if holder is not None and holder.geonames_id in named:
            return replace(main, place=holder)
    return None


def _unsupported_far_town(main: PlaceMention, places: Sequence[PlaceMention], text: str,
                          region: bool = True) -> bool:  # fmt: skip
    """A small main town with no state written after its name and no other place of the report
    in its region (`region`; else in its country, for a town abroad: "Calais" beside "France"
    is meant): nothing but the gazetteer's ranking put it where it is."""
    town = main.place
    if town is None or town.population >= NAMESAKE_CITY_POPULATION:
        return False
    own = name_key(main.text)
    if _state_written_after(text, places, own):
        return False  # "Norristown, Pa.": the report places the town itself
    return not any(
        name_key(pm.text) != own
        and pm.place is not None
        and pm.place.country_code == town.country_code
        and (not region or pm.place.admin1 == town.admin1)
        for pm in places
    )


OWN_TOWN_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:{TOWN_FORCES}|[Mm]ayor\b|"
    r"City\s+Council|[Cc]ity\s+[Mm]anager|[Tt]own\s+[Cc]ouncil|[Vv]illage\s+[Bb]oard)"
)
"""After a town: a body of its own ("Harvey police", "the Harvey Police Department", "Harvey's
mayor", "Harvey City Council")."""

OWN_TOWN_BEFORE = re.compile(
    r"\b(?:suburb|[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Tt]ownship)\s+of\s+$"
)
"""Before a town: a municipality's word ("the suburb of Harvey", "the City of Harvey")."""

OWN_TOWN_SCAN_BEFORE = 20


def governs_itself(text: str, town: PlaceMention) -> bool:
    """Whether the report names a body of the town's own (its police, mayor, council), calls
    it a suburb, city, town or village, or writes its state after it ("a Midvale, Utah home"):
    a municipality, not a part of the city around it (a neighbourhood is written with its
    city, not its state). Read
    on every place its name is written, as the lead often names the town once and its police
    further down."""
    if town.place is None or name_key(town.text) in NOT_PLACE_WORDS:
        return False
    names = {town.text, town.place.name}
    for name in names:
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if (
                OWN_TOWN_AFTER.match(text, match.end())
                or OWN_TOWN_BEFORE.search(
                    text, max(0, match.start() - OWN_TOWN_SCAN_BEFORE), match.start()
                )
                or state_after(text, match.end()) == town.place.admin1
            ):
                return True
    return False


def written_with_state(text: str, town: PlaceMention) -> bool:
    """Whether the report writes the town with its own state after it somewhere ("in
    Riverton, Maryland"): the state settles which town of the name is meant."""
    if town.place is None or not town.place.admin1 or name_key(town.text) in NOT_PLACE_WORDS:
        return False
    pattern = r"(?<![\w-])" + re.escape(town.text) + r"(?![\w-])"
    return any(
        state_after(text, match.end()) == town.place.admin1
        for match in re.finditer(pattern, text)
    )


def _overlaps(a: PlaceMention, b: PlaceMention) -> bool:
    return a.start < b.end and b.start < a.end


def _town_after_dateline(dateline: PlaceMention, story: Sequence[PlaceMention],
                         lead_sents: Sequence[Span], anchor: Span,
                         text: str) -> PlaceMention | None:  # fmt: skip
    """When the dateline was read as the lead's first place: the next town the anchor and
    lead name ("RIVERTON (XYZ) — ... a shooting in Lakeside"), to weigh against the dateline
    (`event_place`); None when they name none, name it only as a reference point, or name a
    town far off in the dateline's state (as often a victim's home or a court's town)."""
    home = dateline.place
    if home is None:
        return None
    rest = [p for p in story if not _overlaps(p, dateline) and p.place != home]
    town = _first_place(rest, lead_sents, anchor)
    if town is None or town.place is None or town.place.feature != "city":
        return None
    if town.place.admin1 == home.admin1 and distance_km(town.place, home) > EVENT_SAME_AREA_KM:
        return None
    return None if named_as_reference(text, town) else town


def _event_places(doc: Doc, headline: tuple[int, int] | None) -> list[PlaceMention]:
    """The document's place mentions less those inside the outlet's name that ends the
    headline ("... - WXYZ News, Weather for Springfield, IL"): the site's home town is no
    event's place, though it was the first place of the headline. It still serves, through
    `outlet_town`, when the report names no other place."""
    places = list(doc._.places or [])
    outlet = outlet_segment(doc_text(doc), headline)
    if outlet is None:
        return places
    start, end = outlet
    return [p for p in places if not (start <= p.start < end)]


def _story_places(doc: Doc, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The places that may be the main incident's: not those of a video playlist's titles on
    the page (`outlets.playlist_lines`: "0:39 Lakeview police look for a stolen van" beside
    a Kansas City report names another story's town). Those still tell a recalled incident's
    place apart from the main one."""
    lines = playlist_lines(doc_text(doc))
    return [p for p in places if not any(start <= p.start < end for start, end in lines)]


def segment(doc: Doc, title: str | None, participants: dict[int, set[str]] | None = None,
            url: str | None = None) -> list[Segment]:  # fmt: skip
    """Mentions of the article as segments: the main one first, then background in text order.

    `url` is the page's address: a local site's host names its home city (see
    `_home_over_far_town`).

    `participants` maps a trigger's token index to the actor kinds of its arguments (from
    `extract.actors`), used for the different-event signal; without it that signal is off.
    """
    sents = sentences(doc)
    if not sents:
        return []
    layout = article_layout(doc, title)
    # a page stamp or the day something was said dates the report, not an event
    # (nlp.dates_stamps): no main date, no signal of another incident
    dates: list[DateExpression] = [
        d for d in doc._.dates or [] if d.relation not in (STAMP, REPORT)
    ]
    places = _event_places(doc, layout.headline)
    participants = participants or {}
    head_sents = [s for s in sents if layout.headline and s.start_char < layout.headline[1]]
    anchor = next((s for s in head_sents + layout.lead + sents
                   if any(not t.weak for t in triggers_of(s))), None)  # fmt: skip
    if anchor is None:
        anchor = next((s for s in head_sents + layout.lead + sents if triggers_of(s)), sents[0])
    main = Segment(True, anchor)
    lead_sents = [anchor] + [s for s in head_sents + layout.lead if s.start != anchor.start]
    top_sents = [s for s in sents[:MAIN_DATE_SCAN] if not recalls_day(s)]
    main.date = _incident_day(dates, doc_text(doc), lead_sents + top_sents)
    top_day_unnamed = main.date is None
    first: DateExpression | None = None
    if main.date is None:
        first = _first_resolved_date(dates, lead_sents) or _first_resolved_date(dates, top_sents)
        main.date = _violence_day_before(first, dates, lead_sents + top_sents)
    story = _story_places(doc, places)
    main.place = _first_place(story, lead_sents, anchor) or _most_named_place(doc, story)
    text = doc_text(doc)
    police_town = find_jurisdiction(text, story)
    dateline = find_dateline(text, story)
    anchor_town = dateline or police_town
    if anchor_town is not None and main.place is not None and _overlaps(main.place, anchor_town):
        after = _town_after_dateline(anchor_town, story, lead_sents, anchor, text)
        main.place = after or main.place
    own_town = main.place is not None and governs_itself(text, main.place)
    # another state's town wins by its written state when the lead names it; one read further
    # down (a court's, a suspect's flight) does not
    lead_town = main.place is not None and any(
        s.start_char <= main.place.start < s.end_char for s in lead_sents
    )
    written = main.place is not None and lead_town and written_with_state(text, main.place)
    # the dateline, the police's town, or a town of its own
    main.place = event_place(anchor_town, main.place, police_town, own_town, written)
    # a local outlet's home: its host's city, else the town of the masthead
    home = url_home_city(url)
    masthead = outlet_town(text, layout.headline)
    local = home or (masthead.place if masthead is not None else None)
    home_state = local.admin1 if local is not None else None
    main.place = _home_state_county(main.place, story, text, home_state) or main.place
    main.place = _town_within(main.place, story, doc) or main.place
    main.place = _town_of_state(main.place, story, doc) or main.place
    main.place = _county_city(main.place, story, text) or main.place
    if main.place is not anchor_town:
        main.place = _city_over_far_namesake(main.place, story, text) or main.place
        main.place = _big_city_over_far_town(main.place, story, text) or main.place
    if home is None and local is not None and main.place is not None and (
        main.place.place is not None and main.place.place.country_code != local.country_code
    ):  # a masthead's town is home only against a town abroad: syndicated pages carry
        home = local  # another state's masthead, never another country's
    main.place = _home_over_far_town(main.place, story, text, home) or main.place
    # the learned chooser (extract.place_chooser) may overrule the rules by its margin
    main.place = place_chooser.choose(doc, story, main.place, dateline,
                                      layout.headline) or main.place  # fmt: skip
    main.place = _city_of_neighbourhood(main.place, story, text, home or local) or main.place
    if main.place is None:  # a local outlet writing about its own area, naming no place
        countries = {pm.place.country_code for pm in places if pm.place is not None}
        main.place = outlet_town(text, layout.headline, countries)
        home = url_home_city(url) or (main.place.place if main.place is not None else None)
        slug = url_slug_town(url, home.admin1 if home is not None else None)
        if slug is not None:  # a walled page: its address still names the story's town
            main.place, main.place_from = PlaceMention(0, 0, slug[1], slug[0], 1), "url"
    lead_hoods = frozenset(
        name_key(p.text) for p in places if p.neighbourhood
        and any(s.start_char <= p.start < s.end_char for s in lead_sents + head_sents)
    )  # fmt: skip
    told: list[Span] | None = None  # the sentences of this incident, read at most once
    if top_day_unnamed and main.date is first:
        reference = (
            first
            or _first_report_day(doc._.dates or [], lead_sents + top_sents)
            or _publication_day(doc)
        )
        told = _sentences_of_this_incident(sents)
        told_day = _violence_day_told_later(reference, dates, told)
        main.date = first if told_day is reference else told_day
    if main.date is not None:
        main.date = _date_for_weekday(main.date, dates, lead_sents + top_sents, doc.lang_)
    main_families = {event_class(t.family) for s in lead_sents for t in triggers_of(s)}
    main_kinds = {k for s in lead_sents for t in triggers_of(s) for k in participants.get(
        t.token.i, set())}  # fmt: skip

    background: list[Segment] = []
    current: Segment | None = None  # the background mention the text is following
    prev_sent: Span | None = None
    lead_ids = {s.start for s in lead_sents} | {s.start for s in head_sents}
    for sent in sents:
        triggers = triggers_of(sent)
        in_lead = sent.start in lead_ids or sent.start < anchor.start
        if in_lead:
            main.add(sent, sent.start_char, sent.end_char)
            main.triggers.extend(triggers)
            prev_sent, current = sent, None
            continue
        sent_bg: list[tuple[Trigger, tuple[int, int, list[tuple[int, int]]]]] = []
        main_triggers: list[Trigger] = []
        unmarked: list[Trigger] = []
        for trig in triggers:
            scope = trigger_scope(trig, triggers, sent)
            own_dates = _dates_in(dates, scope)
            own_places = _places_in(places, scope, doc)
            scope_text = doc_text(doc)[scope[0] : scope[1]]
            signal = any(date_differs(d, main.date) for d in own_dates) or any(
                place_differs(p, main.place, lead_hoods) for p in own_places
            )
            if not signal and _refers_to_main(trig, main_families):
                main_triggers.append(trig)
                continue
            if not signal and not trig.weak:
                signal = _recalls(scope_text, [trig])
                kinds = participants.get(trig.token.i, set())
                if (
                    event_class(trig.family) not in main_families
                    and not (trig.family in FOLLOW_UP_FAMILIES and main_families & FOLLOWED)
                    and kinds
                    and main_kinds
                    and not (kinds & main_kinds)
                ):
                    signal = True
            if signal:
                sent_bg.append((trig, scope))
            else:
                unmarked.append(trig)
        if sent_bg:
            # in a sentence that recalls another incident, an unmarked trigger is part of it
            # except an umbrella over them ("a line of attacks, including ..."): not an incident
            recalled = {t.token.i for t, _ in sent_bg}
            sent_bg.extend(
                (t, trigger_scope(t, triggers, sent)) for t in unmarked
                if not any(c.i in recalled for c in t.token.subtree if c.i != t.token.i)
            )  # fmt: skip
            sent_bg.sort(key=lambda pair: pair[0].start)
        else:
            main_triggers.extend(unmarked)
        continuing = (
            current is not None and prev_sent is not None and not sent_bg
            and not _paragraph_break(doc, prev_sent, sent)
            and not MAIN_REFERENCE_RE.search(sent.text)
        )  # fmt: skip
        if continuing and current is not None:
            current.add(sent, sent.start_char, sent.end_char)
            current.triggers.extend(triggers)
            prev_sent = sent
            continue
        if sent_bg:
            owned: list[tuple[int, int]] = []
            for trig, scope in sent_bg:
                own_dates = _dates_in(dates, scope)
                own_places = _places_in(places, scope, doc)
                bg_date = next((d for d in own_dates if date_differs(d, main.date)),
                               own_dates[0] if own_dates else None)  # fmt: skip
                bg_place = next((p for p in own_places
                                 if place_differs(p, main.place, lead_hoods)),
                                own_places[0] if own_places else None)  # fmt: skip
                scope_text = doc_text(doc)[scope[0] : scope[1]]
                same_sentence = (
                    current is not None
                    and current.pieces
                    and (current.pieces[-1][0].start == sent.start)
                )
                joinable = (
                    current is not None and not NEW_MENTION_RE.search(scope_text)
                    and (bg_date is None or current.date is None or same_sentence
                         or bg_date.text == current.date.text)
                    and (bg_place is None or current.place is None
                         or same_spot(bg_place, current.place))
                    and (same_sentence or (prev_sent is not None
                         and not _paragraph_break(doc, prev_sent, sent)))
                )  # fmt: skip
                if not joinable:
                    inherited = current.place if (
                        current is not None and bg_place is None
                        and SAME_AREA_RE.search(scope_text)
                    ) else None  # fmt: skip
                    current = Segment(False, sent, date=bg_date, place=bg_place or inherited)
                    background.append(current)
                assert current is not None
                current.date = current.date or bg_date
                current.place = current.place or bg_place
                current.triggers.append(trig)
                nested = [t for t, _ in sent_bg if t is not trig]
                start, end, holes = scope
                pieces = _subtract((start, end), holes if nested else [])
                for a, b in pieces:
                    current.add(sent, a, b)
                owned.extend(pieces)
            rest = _subtract((sent.start_char, sent.end_char), owned)
            refers_back = bool(MAIN_REFERENCE_RE.search(sent.text))
            if main_triggers and any(not t.weak for t in main_triggers) and refers_back:
                for a, b in rest:
                    main.add(sent, a, b)
                main.triggers.extend(main_triggers)
            prev_sent = sent
            continue
        # no background signal in this sentence
        sent_dates = [d for d in dates if sent.start_char <= d.start < sent.end_char]
        if not triggers and any(date_differs(d, main.date) for d in sent_dates):
            prev_sent, current = sent, None  # context: a statistic or an earlier report
            continue
        main.add(sent, sent.start_char, sent.end_char)
        main.triggers.extend(main_triggers)
        prev_sent, current = sent, None
    published = published_day(doc)
    restated = _headline_restated(main, background, title, dates, published)
    if restated is not None:  # the news sat in a background mention: it is the main one
        _fold_into_main(main, restated)
        background.remove(restated)
    main.pieces.sort(key=lambda p: p[1])
    if (
        main.date is not None
        and main.date.precision in PERIOD_PRECISIONS
        and not _narrowed_in_own_text(main, dates)
    ):  # a week or month of the top narrowed by the day told further down
        told = _sentences_of_this_incident(sents) if told is None else told
        within = _day_within_period(main.date, dates, told, published)
        main.date = within or main.date
    if main.date is None or main.date.value is None:
        told = _sentences_of_this_incident(sents) if told is None else told
        main.recent_day = recent_past_day(dates, told, background, published)
    if main.place is None:
        main.place = _first_place(places, main.sents, None)
    if main.place is None:  # no place read: a station's "RIVERTON - " or the town's police
        main.place = (
            find_hyphen_dateline(text, home_state)
            or agency_town(text, home_state)
            or agency_county(text, home_state)
        )
    return [main, *background]


HEADLINE_SHARED_WORDS = 2
"""Words or names a background mention's first sentence must share with the headline to tell
its event: one shared word is often the town or the street alone; two name the event."""
REPORT_WORDS = words(
    "police shooting shootings shot shoots shoot shooter gunfire gun killed kills kill killing "
    "dead death deaths died dies injured injures injury wounded wounds man men woman women "
    "person boy girl teen child old officer officers update video"
)
"""Words of nearly every shooting report beyond every story's (`nlp.story_words`): sharing them
with the headline names no event."""
HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d+")
"""A word of the headline or of a sentence compared with it (no parse: the title is short)."""


def headline_words(text: str) -> frozenset[str]:
    """The words of a headline (or a sentence) that can name its event (`nlp.story_words`, no
    word of every shooting report: REPORT_WORDS), capitalised neighbours joined into one name
    ("cedar street"): a street's two words are one clue, not two."""
    out: set[str] = set()
    name: list[str] = []
    last_end = -1
    for match in HEADLINE_WORD_RE.finditer(text):
        low = story_word(match.group())
        kept = low is not None and len(low) > 2 and low not in REPORT_WORDS
        joined = match.start() == last_end + 1 and text[last_end] == " "
        if not (kept and match.group()[0].isupper() and name and joined):
            if name:
                out.add(" ".join(name))
            name = []
        if kept and low is not None:
            if match.group()[0].isupper():
                name.append(low)
            else:
                out.add(low)
        last_end = match.end()
    if name:
        out.add(" ".join(name))
    return frozenset(out)


def shared_clues(headline: frozenset[str], sentence: frozenset[str]) -> int:
    """How many of the headline's words or names (`headline_words`) the sentence's words
    share: a name counts once, whichever of its words the sentence has."""
    words_of_sentence = {w for clue in sentence for w in clue.split()}
    return sum(1 for clue in headline if words_of_sentence & set(clue.split()))


def _headline_restated(main: Segment, background: Sequence[Segment], title: str | None,
                       dates: Sequence[DateExpression], published: date | None
                       ) -> Segment | None:  # fmt: skip
    """The background mention that tells the headline's event, when the main mention was
    dated from an earlier one; else None.

    A page whose top carries another story (a teaser, a sidebar, a job held "since February
    2015", a job lost "last week") dates its main mention from that earlier day, and the
    report's own shooting, told later with its day, reads as background because its day
    differs. Such a mention is taken as the main one when all of these hold:
    - the main mention's day dates no violence of the report's own (`_dates_own_violence`:
      "was evicted last week", or a day told in a sentence that recalls another incident);
    - its first sentence shares HEADLINE_SHARED_WORDS content words with the headline
      (`headline_words`);
    - that sentence recalls no other incident (`recalls_day`: "another", "earlier",
      "weeks after");
    - its day dates the violence of its sentence (`_day_dates_violence`: "was killed
      Wednesday afternoon", not "was arrested Friday"), and lies after the main mention's day
      and not after publication (the news is the latest violence, never a later step);
    - its place, when it names one, is the main mention's.
    The first such mention in text order wins; with no title or no publication day, none,
    and none in a language other than English (the word lists are English)."""
    if main.anchor.doc.lang_ != "en":  # the stop and report words are English ones
        return None
    if not title or published is None or main.date is None or main.date.value is None:
        return None
    wanted = headline_words(title)
    if len(wanted) < HEADLINE_SHARED_WORDS:
        return None
    if _dates_own_violence(main.date, main.anchor.doc):
        return None
    main_last = main.date.last or main.date.value
    for seg in background:
        day = seg.date
        if day is None or day.value is None or day.precision != "day" or not seg.pieces:
            continue
        if not main_last < day.value <= published:
            continue
        first = seg.pieces[0][0]
        shared = shared_clues(wanted, headline_words(first.text))
        if shared < HEADLINE_SHARED_WORDS or recalls_day(first):
            continue
        if seg.place is not None and place_differs(seg.place, main.place):
            continue
        if day in dates and _day_dates_violence(day, first.doc):
            return seg
    return None


def _dates_own_violence(day: DateExpression, doc: Doc) -> bool:
    """Whether a day dates violence in a sentence that recalls no other incident: the day of
    the report's own shooting, which no background mention may replace."""
    span = doc.char_span(day.start, day.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return not recalls_day(span.sent) and _day_dates_violence(day, doc)


def _fold_into_main(main: Segment, news: Segment) -> None:
    """Give the main mention the text, triggers and day of the background mention that tells
    the report's own event (`_headline_restated`)."""
    main.pieces.extend(news.pieces)
    main.triggers.extend(news.triggers)
    main.date = news.date
    main.place = main.place or news.place


def _subtract(span: tuple[int, int], holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `span` not covered by `holes`."""
    parts = [span]
    for h0, h1 in sorted(holes):
        nxt: list[tuple[int, int]] = []
        for a, b in parts:
            if h1 <= a or h0 >= b:
                nxt.append((a, b))
                continue
            if a < h0:
                nxt.append((a, h0))
            if h1 < b:
                nxt.append((h1, b))
        parts = nxt
    return [(a, b) for a, b in parts if b > a]
