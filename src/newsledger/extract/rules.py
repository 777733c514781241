"""The default extractor: spaCy parse + rules, offline, on CPU.

`RuleExtractor().extract(article, doc)` segments the article into mentions (`extract.segment`:
the main incident first, then the incidents it recalls) and gives each its own claims, read
only from the text that mention owns:
- event_type / sub_event_type (`extract.events`, ACLED taxonomy) and a description sentence;
- date (value "YYYY-MM-DD", qualifier = precision) and time_of_day when stated;
- location (gazetteer entry + geo_precision + the name as written) and sublocations;
- actors (`extract.actors`, with ACLED inter codes), figures (`extract.figures`), weapons
  (`extract.weapons`);
- quotes, each linked to the mention whose text it stands in (default: the main one);
- the victims and the accused by full name (`extract.people`, field "person", English).
`attributed_to` comes from `doc._.attributions` when a claim's span lies inside an attributed
stretch. The main mention carries the framing record (`extract.framing`). For languages with no
parse, only date, location, figures and description are attempted; the others are listed in
`Mention.not_attempted`.

Date of the main incident, in order: the resolved date attached to the anchor or lead (segment
reference date); else the first resolvable date in a main sentence that holds a trigger. No
resolvable date (no publication date and no absolute date) means no date claim.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsledger.extract.actors import assign_inter_codes, extract_actors, trigger_arguments
from newsledger.extract.day_chooser import CHOSEN_RELATIONS, choose_main_day, day_verb_class
from newsledger.extract.events import classify_event, description_sentence
from newsledger.extract.figures import extract_figures
from newsledger.extract.framing import frame_article
from newsledger.extract.lexical import (
    lexical_actors,
    lexical_event,
    lexical_figures,
    lexical_weapons,
    supports,
)
from newsledger.extract.people import people_of
from newsledger.extract.segment import (
    Segment,
    date_differs,
    day_within,
    recalls_day,
    segment,
    sentences,
)
from newsledger.extract.weapons import extract_weapons
from newsledger.lang.fr.vocab import refine_french_sublocations
from newsledger.model import Article, Claim, Mention, Quote
from newsledger.model import Span as Evidence
from newsledger.nlp.calendar_words import TIME_SLACK_HOURS, hours_apart, is_end_time, time_range
from newsledger.nlp.datelines import CAPS_TOWN, STATE_FORMS, TITLE_TOWN
from newsledger.nlp.dates import names_incident_day
from newsledger.nlp.dates_stamps import REPORT, STAMP
from newsledger.nlp.doctext import doc_text
from newsledger.nlp.pipeline import has_parse
from newsledger.nlp.sublocations import find_sublocations
from newsledger.nlp.types import Attribution, DateExpression, PlaceMention

log = logging.getLogger(__name__)

NO_PARSE_NOT_ATTEMPTED = ("event_type", "sub_event_type", "weapon", "quotes")
"""Fields that need a dependency parse: not attempted for rule-only languages."""
FIGURE_LANGUAGES = ("en", "fr")
"""Languages with casualty/arrest vocabulary for the parse (extract/vocab_figures.py); the
rule-only languages with word lists (`lexical.supports`) read figures and actors from words
alone; elsewhere the numbers are found (`doc._.quantities`) but what they count is not, so
`figure` and `actor` are not attempted."""
LEXICAL_ATTEMPTED = ("event_type", "sub_event_type", "weapon")
"""Fields the word-based rules of the rule-only languages read besides figures and actors."""
CLOCK_LENGTH = 5
"""A `time_of_day` of the form "HH:MM" is a clock time (preferred over a part of day)."""


def _evidence(article: Article, start: int, end: int) -> Evidence:
    return Evidence(article.id, start, end, article.text[start:end])


def _attributed(attributions: Sequence[Attribution], start: int, end: int) -> str | None:
    """The source of the narrowest attributed stretch holding start:end."""
    best: Attribution | None = None
    for attr in attributions:
        inside = attr.start <= start and end <= attr.end
        is_source = attr.source_start <= start < attr.source_end
        narrower = best is None or attr.end - attr.start < best.end - best.start
        if inside and not is_source and narrower:
            best = attr
    return best.source if best else None


class RuleExtractor:
    """spaCy + rules; see the module docstring. Satisfies `extract.base.Extractor`."""

    name = "rules"

    def extract(self, article: Article, doc: Doc) -> list[Mention]:
        """Mentions of the article: the main incident first, background ones after."""
        lang = doc.lang_ or article.language or "en"
        parsed = has_parse(lang)
        participants = _participants(doc, lang) if parsed else {}
        segments = segment(doc, article.title, participants, article.url)
        attributions: list[Attribution] = list(doc._.attributions or [])
        sublocations = find_sublocations(doc, lang) if parsed or lang in ("en", "fr") else []
        if lang == "fr":  # French spots with an indefinite article, minus casualty destinations
            sublocations = refine_french_sublocations(doc, sublocations)
        people = people_of(doc, article.id) if parsed and lang == "en" else []
        mentions: list[Mention] = []
        for index, seg in enumerate(segments):
            mention = Mention(article.id, index, seg.main, anchor=_evidence(
                article, seg.anchor.start_char, seg.anchor.end_char))  # fmt: skip
            mention.claims = self._claims(article, doc, seg, lang, parsed, sublocations)
            mention.claims += [c for c in people if seg.owns(c.span.start, c.span.end)]
            for claim in mention.claims:
                if claim.attributed_to is None:
                    claim.attributed_to = _attributed(attributions, claim.span.start,
                                                      claim.span.end)  # fmt: skip
            if not parsed:
                mention.not_attempted = list(NO_PARSE_NOT_ATTEMPTED)
                if supports(lang):  # words alone (extract/lexical.py): figures, actors, type
                    mention.not_attempted = [f for f in NO_PARSE_NOT_ATTEMPTED
                                             if f not in LEXICAL_ATTEMPTED]  # fmt: skip
                elif lang in FIGURE_LANGUAGES:
                    mention.not_attempted.append("actor")
                else:
                    mention.not_attempted += ["actor", "figure"]
            mentions.append(mention)
        if parsed and mentions:
            _link_quotes(list(doc._.quotes or []), segments, mentions)
            mentions[0].framing = frame_article(article, doc, lang)
        return mentions

    def _claims(self, article: Article, doc: Doc, seg: Segment, lang: str, parsed: bool,
                sublocations: Sequence[tuple[int, int, str]]) -> list[Claim]:  # fmt: skip
        sents = seg.sents
        owned = seg.owns
        lexical = not parsed and supports(lang)
        read_figures = lexical_figures if lexical else extract_figures
        figures = [c for c in read_figures(sents, article.id)
                   if owned(c.span.start, c.span.end)]  # fmt: skip
        claims: list[Claim] = []
        actors: list[Claim] = []
        weapons: list[Claim] = []
        if parsed:
            actors = [c for c in extract_actors(sents, article.id, lang, seg.triggers)
                      if owned(c.span.start, c.span.end)]  # fmt: skip
            weapons = [c for c in extract_weapons(sents, article.id)
                       if owned(c.span.start, c.span.end)]  # fmt: skip
            event = classify_event(_owned_sents(seg), actors, weapons, figures,
                                   learned=seg.main, no_event_cue=True)  # fmt: skip
            if event is not None:
                event_type, sub_type, span = event
                evidence = _evidence(article, span.start_char, span.end_char)
                claims.append(Claim("event_type", event_type, evidence))
                claims.append(Claim("sub_event_type", sub_type, evidence))
                assign_inter_codes(actors, event_type)
            else:
                assign_inter_codes(actors, None)
        elif lexical:
            actors = [c for c in lexical_actors(sents, article.id, figures)
                      if owned(c.span.start, c.span.end)]  # fmt: skip
            weapons = [c for c in lexical_weapons(sents, article.id, actors)
                       if owned(c.span.start, c.span.end)]  # fmt: skip
            stated = lexical_event(_owned_sents(seg), actors)
            if stated is not None:
                event_type, sub_type, word = stated
                evidence = _evidence(article, word.idx, word.idx + len(word))
                claims.append(Claim("event_type", event_type, evidence))
                claims.append(Claim("sub_event_type", sub_type, evidence))
            assign_inter_codes(actors, stated[0] if stated else None)
        description = _description(seg, parsed)
        if description is not None:
            start, end = _trim(article.text, description)
            claims.append(Claim("description", article.text[start:end],
                                _evidence(article, start, end)))  # fmt: skip
        claims.extend(_date_claims(article, doc, seg))
        claims.extend(_location_claims(article, seg, sublocations))
        claims.extend(actors)
        claims.extend(figures)
        claims.extend(weapons)
        return claims


def main_segment(article: Article, doc: Doc) -> Segment | None:
    """The article's main mention as `RuleExtractor.extract` segments it (None without
    sentences): what the day chooser's trainer reads (`eval.train_day_chooser`)."""
    lang = doc.lang_ or article.language or "en"
    participants = _participants(doc, lang) if has_parse(lang) else {}
    segments = segment(doc, article.title, participants, article.url)
    return segments[0] if segments else None


def _participants(doc: Doc, lang: str) -> dict[int, set[str]]:
    """Actor kinds of every trigger's arguments, by trigger token index (for segmenting)."""
    from newsledger.extract.actors import actor_kind
    from newsledger.extract.events import triggers_of

    out: dict[int, set[str]] = {}
    for sent in sentences(doc):
        for trig in triggers_of(sent):
            kinds = {k for tok, _ in trigger_arguments(trig) if (k := actor_kind(tok, lang))}
            if kinds:
                out[trig.token.i] = kinds
    return out


def _owned_sents(seg: Segment) -> list[Span]:
    """The mention's text as spans: whole sentences, or the owned part of a shared sentence."""
    out: list[Span] = []
    for sent, start, end in seg.pieces:
        if start == sent.start_char and end == sent.end_char:
            out.append(sent)
            continue
        part = sent.doc.char_span(start, end, alignment_mode="contract")
        if part is not None and len(part) > 0:
            out.append(part)
    return out


MIN_DESCRIPTION_WORDS = 4
"""Words a sentence needs to describe anything: page furniture ("Guide", "Share this story",
"Already a subscriber?") and a lone dateline ("SPRINGFIELD") have fewer."""


def _is_statement(sent: Span, parsed: bool) -> bool:
    """Whether a sentence can be a description: MIN_DESCRIPTION_WORDS words, one of them a
    verb when there is a parse (a caption or a byline has none)."""
    words = 0
    for tok in sent:  # counted up to the bar only, not over the whole sentence
        if any(ch.isalpha() for ch in tok.text):
            words += 1
            if words == MIN_DESCRIPTION_WORDS:
                break
    if words < MIN_DESCRIPTION_WORDS:
        return False
    return not parsed or any(t.pos_ in ("VERB", "AUX") for t in sent)


def _description(seg: Segment, parsed: bool) -> Span | None:
    if not seg.main:
        return seg.anchor
    sents = seg.sents
    statement = {(s.start, s.end): _is_statement(s, parsed) for s in sents}
    statements = [s for s in sents if statement[s.start, s.end]] or sents
    if not parsed:
        return statements[0] if statements else None
    # the lead usually states the event more fully than a headline
    body = [s for s in sents if s.start != sents[0].start] if len(sents) > 1 else sents
    body = [s for s in body if statement[s.start, s.end]] or body
    return description_sentence(body[:3]) or description_sentence(statements)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_PIECE = (
    r"(?:[\s,;:|×•]+|--|[-–—]"
    r"|\([^()\n]{1,40}\)"  # an agency or a filing date in brackets: "(AP)", "(June 3, 2016)"
    rf"|(?:{STATE_FORMS})\.?(?=[\s,(\-–—:])"  # the state: "Tenn.", "Idaho", "TEXAS"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?=[\s,(\-–—:])"
    r"|\d{4}(?=[\s,\-–—]))"
)
DATELINE_REMAINS = re.compile(
    rf"(?:{CAPS_TOWN}(?=\s*[,(\-–—])"
    rf"|{TITLE_TOWN}(?=,\s*(?:{STATE_FORMS})\.?[\s,(\-–—]))?"
    rf"(?:{_DATELINE_PIECE})+"
)
"""What a dateline leaves at the head of a lead: the town in capitals, the state, the agency,
the filing date and the dash ("RIVERTON, Ore., May 2, 2016 (XYZ) — ", "Port Riverton, Ore. —",
", Tenn. — ", "– "). The town and the state are the dateline reader's (`nlp.datelines`), so a
dateline it reads is one this skips."""
DATELINE_MARKS = re.compile(r"--|[-–—,;:|×•()]")
"""A cut head holds one of these: a dateline is punctuated, a sentence's first words need not be."""
LEAD_START = re.compile(r"[A-Z0-9\"“‘']")


def _trim(text: str, span: Span) -> tuple[int, int]:
    """The description's extent: no surrounding spaces, and no dateline or its remains before
    the lead's first word (a description starts where the lead does)."""
    start, end = span.start_char, span.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    head = DATELINE_REMAINS.match(text, start, end)
    cut = head is not None and head.end() < end and DATELINE_MARKS.search(head.group(0))
    if head is not None and cut and LEAD_START.match(text, head.end()):
        start = head.end()
    return start, end


def _date_claims(article: Article, doc: Doc, seg: Segment) -> list[Claim]:
    """The mention's date and time-of-day claims: the rules' day (`rules_day`), which the
    learned chooser may replace for the main mention (`extract.day_chooser`); the main
    mention's date claim carries, as its `kind`, the class of the verb its day dates."""
    chosen = rules_day(doc, seg)
    verb_class: str | None = None
    if seg.main:
        lang = doc.lang_ or article.language or "en"
        chosen = choose_main_day(doc, seg, article.title, lang, chosen)
        if chosen is not None and chosen.value is not None:
            verb_class = day_verb_class(doc, chosen, lang)
    return _date_claims_of(article, chosen, _event_dates(doc, seg), verb_class)


def _event_dates(doc: Doc, seg: Segment) -> list[DateExpression]:
    """The mention's own date expressions less page stamps and report days: a page stamp dates
    the report, not the event; the day something was said only when no other day dates the
    mention (nlp.dates_stamps)."""
    return [d for d in doc._.dates or []
            if seg.owns(d.start, d.end) and d.relation not in (STAMP, REPORT)]  # fmt: skip


def rules_day(doc: Doc, seg: Segment) -> DateExpression | None:
    """The day the rules give a mention: its segment's reference date, else the first day of a
    sentence with its trigger, else (main mention) the day before a report day; narrowed by a
    day told inside it (`day_within`)."""
    owned = [d for d in doc._.dates or [] if seg.owns(d.start, d.end)]
    dates = _event_dates(doc, seg)
    chosen = seg.date if seg.date is not None and seg.date.value is not None else None
    if chosen is not None and not seg.main and not seg.owns(chosen.start, chosen.end):
        chosen = None  # the reference date sits in a sentence another mention owns
    if chosen is None:
        trigger_sents = {t.token.sent.start for t in seg.triggers}
        for expr in dates:
            sent = doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if (expr.value is not None and expr.relation not in ("present", "future")
                    and sent is not None and sent.sent.start in trigger_sents
                    and not date_differs(expr, seg.date)):  # fmt: skip
                chosen = expr
                break
    if chosen is None and seg.main:
        report = next((d for d in owned if d.relation == REPORT and d.value is not None), None)
        chosen = _event_before_report(report, seg.recent_day)
    if chosen is None and seg.main:
        chosen = _day_naming_the_incident(doc, dates)
    if chosen is not None:
        chosen = day_within(chosen, dates)
    return chosen


OTHER_INCIDENT_RE = re.compile(
    r"\b(?:unrelated|not (?:been |be )?(?:linked|related|connected|tied)|separate|since)\b",
    re.IGNORECASE,
)
"""Words that set an incident the sentence names apart from the reported one ("the case was
unrelated to Thursday's shooting", "not linked to today's shooting", "a separate shooting",
"the third shooting since Thursday's"): the day such a sentence names is another incident's."""


def _day_naming_the_incident(doc: Doc, dates: Sequence[DateExpression]) -> DateExpression | None:
    """The main mention's day when nothing else dates it: the first day of its own text that
    names an incident as its own ("police continue to investigate today's shooting", "this
    morning's shooting"), told of the past or of the day of publication. The report names the
    day of the shooting it tells, wherever the sentence stands; a day that only dates another
    step is not such a name (`names_incident_day`), nor one in a sentence that recalls or sets
    apart another incident (`_names_another_incident`)."""
    text = doc_text(doc)
    return next((d for d in dates if d.value is not None and d.precision == "day"
                 and d.relation in CHOSEN_RELATIONS and names_incident_day(text, d)
                 and not _names_another_incident(doc, d)), None)  # fmt: skip


def _names_another_incident(doc: Doc, expr: DateExpression) -> bool:
    """Whether the sentence of a day recalls another incident (`recalls_day`: "another",
    "earlier", a time distance) or sets one apart from the reported one (OTHER_INCIDENT_RE):
    the incident it names is not this report's."""
    sent = next((s for s in sentences(doc) if s.start_char <= expr.start < s.end_char), None)
    if sent is None:
        return False
    return bool(OTHER_INCIDENT_RE.search(sent.text)) or recalls_day(sent)


def _date_claims_of(article: Article, chosen: DateExpression | None,
                    dates: Sequence[DateExpression],
                    verb_class: str | None = None) -> list[Claim]:  # fmt: skip
    claims: list[Claim] = []
    if chosen is not None and chosen.value is not None:
        claims.append(Claim("date", chosen.value.isoformat(),
                            _evidence(article, chosen.start, chosen.end),
                            qualifier=chosen.precision or "day", kind=verb_class))  # fmt: skip
    clock = _time_of_day(dates, chosen, article.text)
    if clock is not None:
        claims.append(Claim("time_of_day", clock.time_of_day,
                            _evidence(article, clock.start, clock.end)))  # fmt: skip
    return claims


def _event_before_report(report: DateExpression | None,
                         recent: DateExpression | None) -> DateExpression | None:  # fmt: skip
    """The main mention's last-resort day: the report day ("police said Friday", "was
    charged Friday"), unless a past day of this incident's own text (`seg.recent_day`, at most
    a few days before publication) comes before it ("just before 9 p.m. Thursday"): what was
    said or done that day came after the event, so the earlier day told is the event's. With
    no report day, that past day."""
    if report is None:
        return recent
    if recent is not None and recent.value is not None and report.value is not None and (
        recent.value < report.value
    ):
        return recent
    return report


def _time_of_day(dates: Sequence[DateExpression], chosen: DateExpression | None,
                 text: str) -> DateExpression | None:  # fmt: skip
    """A clock time stated for the incident's day, else the date's own part of day, else the
    first time stated in the mention. A clock on another (or unresolved) day does not replace
    the date's own part of day ("Tuesday evening" stays evening when 3am Wednesday follows),
    nor does a clock that says when something ended ("until 6am") or one outside that part of
    day: it tells another moment of the night, not when it began."""
    timed = [d for d in dates if d.time_of_day and not is_end_time(text, d.start)]
    clocks = [d for d in timed if len(d.time_of_day or "") == CLOCK_LENGTH
              and ":" in (d.time_of_day or "")]  # fmt: skip
    if chosen is not None and chosen.value is not None:
        part = time_range(chosen.time_of_day)
        same_day = [d for d in clocks if (d.value == chosen.value or d.relation == "time")
                    and _within_part(d, part)]  # fmt: skip
        if same_day:
            return same_day[0]
    if chosen is not None and chosen.time_of_day:
        return chosen
    if chosen is None and timed:
        first = timed[0]
        own = [d for d in clocks if d.value is not None and d.value == first.value]
        return own[0] if own else first
    return clocks[0] if clocks and chosen is None else None


def _within_part(clock: DateExpression, part: tuple[float, float] | None) -> bool:
    """A clock agrees with the date's part of day when it falls inside it, within the slack of
    reporters' rounding (TIME_SLACK_HOURS: "9pm" on an "evening"), or when there is no part."""
    hours = time_range(clock.time_of_day)
    if part is None or part[0] == part[1] or hours is None:
        return True
    return hours_apart(part, hours) <= TIME_SLACK_HOURS


def _location_claims(article: Article, seg: Segment,
                     sublocations: Sequence[tuple[int, int, str]]) -> list[Claim]:  # fmt: skip
    claims: list[Claim] = []
    place: PlaceMention | None = seg.place
    if place is not None and place.place is not None:
        value = dict(place.place.to_json())
        value["geo_precision"] = place.geo_precision
        value["name_as_written"] = place.text
        if seg.place_from is not None:  # not the text's: an empty span, the source named
            value["located_from"] = seg.place_from
        claims.append(Claim("location", value, _evidence(article, place.start, place.end)))
    seen: set[str] = set()
    for start, end, text in sublocations:
        if seg.owns(start, end) and text.lower() not in seen:
            seen.add(text.lower())
            claims.append(Claim("sublocation", article.text[start:end],
                                _evidence(article, start, end)))  # fmt: skip
    return claims


def _link_quotes(quotes: Sequence[Quote], segments: Sequence[Segment],
                 mentions: Sequence[Mention]) -> None:  # fmt: skip
    """Give each quote to the mention whose text holds it (default: the main mention)."""
    for quote in quotes:
        index = 0
        for i, seg in enumerate(segments[1:], start=1):
            if seg.owns(quote.span.start, quote.span.end) or any(
                a <= quote.span.start < b for _, a, b in seg.pieces
            ):
                index = i
                break
        quote.mention_index = index
        mentions[index].quotes.append(quote)
