"""Page stamps and report days among the time expressions: when the page was posted or
updated, or when something was said, not when the event happened.

Real pages carry their own dates in the text: "Posted: Friday, March 7, 2014 7:14 PM EST",
"(Published Monday, Aug. 25, 2014)", "DATE: April 13, 2015", a line that holds nothing but a
date and a clock time, a wire dateline's filing date ("FRANKLIN (Feb. 4, 2014) –"). These say
when the report was filed. Read as the event's date they put most incidents on the day of the
report; so such an expression keeps its value (it is a correct date) but gets the relation
`stamp`, which the extractor never takes for an incident's date or time of day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsledger.lang import registered

STAMP = "stamp"
"""`DateExpression.relation` of a page stamp."""

REPORT = "report"
"""`DateExpression.relation` of the day something was said or a later step was taken ("police
said Saturday", "was arrested Sunday", "died Tuesday at a hospital"): when the report or its
sequel came, often days after the event; an incident's date only when nothing else dates it."""

REPORT_CUE_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+[\w.'’-]+){0,4}?|announced|confirmed|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)reported|stated|added|"
    r"tweeted|wrote|(?:news\s+)?release|statement|news\s+conference|press\s+conference|"
    r"as\s+of)"
    r"\s+(?:on\s+|late\s+|early\s+|at\s+)?$",
    re.IGNORECASE,
)
"""A day right after a speech verb or a release: "police said Saturday", "told reporters on
Tuesday", "in a news release Thursday", or "as of" ("in their care as of Monday": the time of
writing). A passive "reported" is not one: "the shots were reported Saturday" is when the
incident came to notice, its own day."""

SEQUEL_CUE_BEFORE = re.compile(
    r"\b(?:arrested|charged|arraigned|booked|indicted|sentenced|convicted|jailed|released|"
    r"died|court\s+appearance|hearing|vigil|funeral|into\s+custody|(?:appeared|appears|appear|appearing|arraigned|sentenced|due|hearing)\s+in\s+(?:\w+\s+)?(?-i:court)|"
    r"courtroom|arraignment|pleaded\s+(?:not\s+)?guilty|(?:entered|changed)\s+(?:a\s+|the\s+)?plea|"
    r"ruled|filed)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
"""A day right after a step that follows an incident: "was arrested Sunday", "arraigned
Thursday", "a vigil on Saturday", "died Tuesday afternoon", "taken into custody Friday", or a
step in court ("appeared in bond court Thursday", "at his arraignment Monday", "pleaded guilty
Friday", "entered a plea Wednesday", "the judge ruled Tuesday", "charges were filed Monday").
"court" is matched in lower case only and after a court step: "in Gilpin Court Sunday" is a
street and "shot in a food court Saturday" a place, the event's."""

_OTHER_LANGUAGE_STAMPS = "|".join(
    stamp for data in registered() for stamp in data.publication_stamps
)
STAMP_CUE_BEFORE = re.compile(
    r"(?:\b(?:posted|updated|published|modified|last\s+updated|first\s+published|date|dated|"
    r"created)"
    r"(?:\s+(?:on|at))?\s*:?\s*|\b(?:posted|updated|published)\s*:?\s*\d{1,2}:\d{2}\s*"
    r"(?:[ap]\.?m\.?)?\s*[A-Z]{0,4},?\s*"
    + (rf"|\b(?:{_OTHER_LANGUAGE_STAMPS})\s*:?\s*" if _OTHER_LANGUAGE_STAMPS else "")
    + r")$",
    re.IGNORECASE,
)
"""A stamp word right before the date ("Posted: ", "(Published ", "DATE: ", "Created: ",
"Updated at "; the
other languages' from their packages: "Stand: ", "Pubblicato il ", "Gepubliceerd op ")."""

LINE_REST = re.compile(
    r"^[\s,|•·\-–—]*(?:(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
    r"[\s,|•·\-–—]*$",
    re.IGNORECASE,
)
"""What may share a line with a stamp date: a clock time, a time zone, separators."""

_CLOCK_PIECE = r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)"
_UPDATE_HEADING = r"(?:(?-i:\bUPDATE\b)|\bupdate\s*[@:]|^\W*update\b)"
UPDATE_BEFORE = re.compile(
    rf"{_UPDATE_HEADING}(?:\s*[@:(]|\s+at)?\s*(?:{_CLOCK_PIECE}\s*[,(:]?\s*)?$", re.IGNORECASE
)
UPDATE_AFTER = re.compile(
    rf"^\s*[,)]?\s*(?:(?:at\s+)?{_CLOCK_PIECE}\s*[,)]?\s*)?(?:(?-i:UPDATE\b)|update\s*:)",
    re.IGNORECASE,
)
"""An update heading's own date, the update word next to it with at most a clock time between
("UPDATE @ 6:05 p.m. (Jan. 9)", "Update 1/9/2020 7:00 AM", "Friday 6:05 p.m. UPDATE",
"7:20 a.m. Jan. 9, 2020 UPDATE:"): when the page was revised, not when the event happened.
The word is a heading only in capitals, before "@" or ":", or opening its line (read from the
line's start, `is_stamp`): "police would give an update Monday" is no stamp, nor a day further
into the update's sentence ("UPDATE: The man shot Monday ...")."""

DATELINE_BEFORE = re.compile(r"[A-Z][A-Za-z.'’\- ]*(?:,\s*[A-Z][A-Za-z.]*\.?)?\s*\(\s*$")
DATELINE_AFTER = re.compile(r"^\s*\)\s*(?:--|[-–—:])")
"""A date in the brackets of a wire dateline: "FRANKLIN (Feb. 4, 2014) –"."""

PHOTO_BEFORE = re.compile(r"(?i)\b(?:pictured|photographed)(?:\s+(?:on|in))?\s+$")
CAPTION_BEFORE = re.compile(r"(?i)\bin\s+this\s+$")
CAPTION_AFTER = re.compile(r"(?i)^,?\s+(?:file\s+)?(?:photo|image|picture)")
"""A photo's date in its caption ("is pictured on May 22, the day he graduated", "In this April
27, 2001 photo"): when the picture was taken, not when the event happened."""

BIRTH_BEFORE = re.compile(
    r"(?i)(?:\bDOB|\bD\.O\.B\.|\bdate\s+of\s+birth|\bborn(?:\s+on)?)\s*[:\-]?\s*$"
)
"""A birth date ("(DOB: 03/21/1990)", "Date of Birth: 4/2/1985", "born May 3, 2001"): a
person's, never the incident's day; police releases and obituaries put it in the lead."""

CALENDAR_DATE = re.compile(r"\d")
"""A stamp alone on its line is a calendar date (it has digits); "Monday" alone is a heading.
The line must be a paragraph of its own (`_own_paragraph`)."""


REPORT_VERB_LEMMAS = frozenset({
    "say", "tell", "announce", "confirm", "report", "state", "add", "identify", "release",
    "arrest", "charge", "arraign", "book", "indict", "sentence", "convict", "jail", "plead",
    "appear", "remain", "remember", "mourn", "gather", "consider", "investigate", "continue",
    "search", "seek", "ask", "urge", "speak", "update", "name", "detain", "apprehend",
    "rule", "admit", "file", "testify", "dismiss",
})  # fmt: skip
"""English verbs of a later step or of speech: a day they govern ("Officials Wednesday
identified the victims", "On Sunday, police considered her a suspect", "remained in critical
condition Friday", "was apprehended and booked Monday", "a judge on Monday ruled", "admitted in
court Thursday", "charges were filed Tuesday") is when the report or its sequel came,
wherever it stands in the clause (REPORT_CUE_BEFORE and SEQUEL_CUE_BEFORE read only the words
right before the day)."""

GOVERNOR_DEPS = frozenset({"npadvmod", "pobj", "prep", "compound", "nmod", "appos", "amod",
                           "advmod", "obl", "nummod", "conj"})  # fmt: skip
"""Dependencies a date climbs through to the verb it modifies (a weekday under "on", a part of
day under its weekday); any other link (a subject, an object, a clause) stops the climb."""


def _governing_verb(token: Token) -> Token | None:
    """The verb a date token modifies, through prepositions and the date's own words; None when
    an incident noun comes first on the way: "appeared in court Tuesday after a shooting on
    Saturday" dates the shooting by Saturday, not the court step."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current is not token and current.lower_ in INCIDENT_NOUNS_EN:
            return None
        if current.head is current or current.dep_ not in GOVERNOR_DEPS:
            return None
        current = current.head
    return None


def day_verb(doc: Doc, start: int, end: int) -> tuple[Token, Span] | None:
    """The verb the day at doc text[start:end] modifies, with the day's span; None for a
    document that is not English or has no dependency parse, and for a day no verb governs.
    Read once per day by `nlp.dates._mark_stamp` for both `is_report_verb` and
    `death_by_violence`."""
    if doc.lang_ != "en" or not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    return None if verb is None else (verb, span)


SPEECH_VERB_LEMMAS = frozenset({"say", "tell", "confirm", "report", "state", "add", "speak"})
"""Verbs of speech among REPORT_VERB_LEMMAS: the clock time of a day they would govern is rarely
the time someone spoke (`clocked_event_day`). "announce" is not one: an announcement is timed
like an event ("announced the arrests just after 4 p.m. Wednesday")."""


def _tells_incident(words: Iterable[Token]) -> bool:
    """Whether the words name the incident or the first call about it (EVENT_LEMMAS)."""
    return any(t.lemma_.lower() in EVENT_LEMMAS or t.lower_ in EVENT_LEMMAS for t in words)


REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
"""How a speech verb takes what it reports ("said a man was shot", "reported finding a victim")."""


def clocked_event_day(verb: Token, span: Span, time_of_day: str | None) -> bool:
    """Whether a day with a clock time in minutes ("near 2:40 a.m. Tuesday") that the parse
    hangs on a speech verb is the event's own: the verb stands as an attribution before or after
    a clause that tells the incident (EVENT_LEMMAS), and the day sits in that clause ("a woman
    was stabbed at 11:40 p.m. Saturday, officers said", "Around 9 a.m. on Monday, the office
    says a neighbour called about gunfire"); the parse may hang a trailing attribution on no
    clause at all, and then the incident is told before the day. A day between the verb and
    what it reports ("said in an email at 10:30 a.m. Monday that the man had died") or beside a
    clause with no incident ("At 2:30 p.m. Monday, the chief said the officer would return") is
    when someone spoke, as are the words right before a day ("police said at 3 p.m. Friday",
    REPORT_CUE_BEFORE)."""
    clock = time_of_day or ""
    if len(clock) != 5 or clock[2] != ":" or verb.lemma_.lower() not in SPEECH_VERB_LEMMAS:
        return False
    clause = next((c for c in verb.children if c.dep_ in REPORTED_CLAUSE_DEPS), None)
    if clause is None:  # "shots rang out at 1:05 a.m. Sunday, a sergeant said"
        doc = verb.doc
        return span.end <= verb.i and _tells_incident(doc[span.sent.start : span.start])
    return _tells_incident(clause.subtree) and not verb.i < span.start < clause.left_edge.i


def is_report_verb(verb: Token, span: Span) -> bool:
    """Whether the verb that governs the day `span` is one of speech or of a later step
    (REPORT_VERB_LEMMAS), or a copula telling a state at the time of writing."""
    if verb.lemma_.lower() == "be":
        return _state_at_writing(verb, span)
    return verb.lemma_.lower() in REPORT_VERB_LEMMAS and not _notice(verb)


def is_report_verb_day(doc: Doc, start: int, end: int) -> bool:
    """Whether the day at doc text[start:end] modifies a verb of speech or of a later step
    (REPORT_VERB_LEMMAS); English documents with a dependency parse only."""
    governed = day_verb(doc, start, end)
    return governed is not None and is_report_verb(*governed)


STATE_WORDS_RE = re.compile(
    r"(?i)^(?:still|underway|under\s+way|at\s+large|unclear|unknown|in\s+custody|"
    r"in\s+(?:\w+\s+){0,2}condition|on\s+(?:the\s+)?scene|on\s+hand)$"
)
"""What a copula says of the time of writing: "the gunman was still at large Monday", "an
investigation was underway Thursday", "the boy was in critical condition Friday"."""


def _state_at_writing(verb: Token, span: Span) -> bool:
    """Whether a copula ("was", "were") that governs a day tells a state at the time of writing
    (STATE_WORDS_RE among its complements), so the day is the report's, not the event's: the
    violence comes before it. An auxiliary ("was shot") governs no state, and "there was"
    says that something happened ("there was a shooting Sunday"); a day that modifies a noun on
    the way ("an inquiry was underway into a stabbing on Wednesday") dates that noun."""
    if verb.dep_ in ("aux", "auxpass") or any(c.dep_ == "expl" for c in verb.children):
        return False
    current = span.root.head
    while current.i != verb.i:  # "underway into a stabbing on Wednesday" dates the stabbing
        if current.pos_ in ("NOUN", "PROPN") and not span.start <= current.i < span.end:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "conj") or (
            span.start <= child.i < span.end
        ):
            continue
        words = " ".join(t.text for t in child.subtree)
        if STATE_WORDS_RE.match(child.text) or STATE_WORDS_RE.match(words):
            return True
    return False


DEATH_CAUSE_PREPS = frozenset({"in", "of", "from"})
"""Prepositions that tie a death to its cause ("died in a shooting", "died of a gunshot
wound", "died from gunshot wounds")."""
INCIDENT_NOUNS_EN = (
    "shooting", "shootings", "shootout", "gunfire", "killing", "killings", "homicide",
    "homicides", "slaying", "slayings", "stabbing", "attack", "murder", "murders", "death",
    "deaths", "incident", "rampage", "ambush", "massacre", "robbery", "carjacking", "standoff",
)  # fmt: skip
"""Nouns of a violent incident (`nlp.dates`: a day in the possessive before one of them, or
used as its modifier, names its day)."""
WOUND_WORDS = frozenset({"wound", "wounds", "gunshot", "bullet"})
"""Words of a wound ("a gunshot wound", "died of a bullet", "found with a gunshot wound")."""
DEATH_CAUSE_WORDS = (
    frozenset(INCIDENT_NOUNS_EN) - {"death", "deaths", "incident"}
) | WOUND_WORDS | {"roulette", "crossfire"}
"""Words (lemmas) of a violent cause of death: the incident nouns but the bare "death" and
"incident", which name no violence, and the wounds: "died Tuesday in a shooting", "died Sept.
13 of a gunshot wound", "died Wednesday in a murder-suicide", "died in a carjacking", "after a
game of Russian roulette", "caught in the crossfire"."""
DATE_ENTITIES = frozenset({"DATE", "TIME"})

EVENT_LEMMAS = frozenset({
    "shoot", "shot", "fire", "kill", "stab", "wound", "injure", "hurt", "hit", "strike", "ring",
    "erupt", "gunshot", "call", "respond", "find", "victim", "body",
}) | frozenset(INCIDENT_NOUNS_EN)
"""Words (lemmas) of the incident itself, of the first call about it or of finding its victim
("shots rang out", "a man was shot", "a neighbour called about gunfire", "officers found the
victim"): a clause with one of them tells the event, not a later step or a plan."""


def death_by_violence(verb: Token) -> bool:
    """Whether `verb` is "die" told with a violent cause (DEATH_CAUSE_PREPS, DEATH_CAUSE_WORDS)
    that carries no day of its own: "died Tuesday in a shooting" tells the shooting's day, but
    "died Tuesday from wounds suffered in a shooting Saturday" does not, nor a bare "died
    Tuesday at a hospital" (a later step)."""
    if verb.lemma_.lower() != "die":
        return False
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in DEATH_CAUSE_PREPS:
            continue
        words = list(child.subtree)
        if any(t.ent_type_ in DATE_ENTITIES for t in words):
            return False
        if any(t.lemma_.lower() in DEATH_CAUSE_WORDS or t.lower_ in DEATH_CAUSE_WORDS
               for t in words):  # fmt: skip
            return True
    return False


def _notice(verb: Token) -> bool:
    """A passive "was reported": the day the incident came to notice ("a shooting was reported
    about 2 a.m. Sunday"), not the day someone spoke of it."""
    return verb.lemma_.lower() == "report" and any(c.dep_ == "auxpass" for c in verb.children)


def is_report_time(text: str, start: int) -> bool:
    """Whether the date at `start` is the day something was said or a sequel came (REPORT)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    return bool(REPORT_CUE_BEFORE.search(before) or SEQUEL_CUE_BEFORE.search(before))


def is_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stamps the page (see the module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 40) : start]
    if STAMP_CUE_BEFORE.search(before.replace("(", " ")):
        return True
    if DATELINE_BEFORE.search(before) and DATELINE_AFTER.match(text[end:line_end]):
        return True
    if UPDATE_BEFORE.search(text[line_start:start]) or UPDATE_AFTER.match(text[end:line_end]):
        return True
    if BIRTH_BEFORE.search(before) or PHOTO_BEFORE.search(before) or (
        CAPTION_BEFORE.search(before) and CAPTION_AFTER.match(text[end:line_end])
    ):
        return True
    if not CALENDAR_DATE.search(text[start:end]) or not _own_paragraph(text, line_start, line_end):
        return False
    rest = text[line_start:start] + " " + text[end:line_end]
    return bool(LINE_REST.match(rest))


def _own_paragraph(text: str, line_start: int, line_end: int) -> bool:
    """A line set apart by a blank line (or the text's edge) on one side: a page element, not a
    sentence wrapped over lines."""
    before = line_start == 0 or text[max(0, line_start - 2) : line_start] == "\n\n"
    after = line_end >= len(text.rstrip()) or text[line_end : line_end + 2] == "\n\n"
    return before or after
