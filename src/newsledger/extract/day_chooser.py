"""A learned chooser of the main incident's day among a report's day expressions.

The rules (`extract.segment`: `_incident_day`, `_violence_day_before`, `recent_past_day` ...;
`extract.rules._date_claims`) pick one day; a small logistic regression, fitted on the gva_dev
train fold (`extract.train_day_chooser`, `newsledger train-day-chooser`), scores every day
expression of the report by what it means, never by its words: its precision and relation to
the report, the class of the verb it dates (violence, happening, police response, a later step,
speech), whether its sentence tells violence or recalls another incident, where it stands, how
far before publication it lies, whether it is told twice. The model's best day replaces the
rules' day only when its probability beats the rules' by a margin chosen by grouped
cross-validation on the train fold (`DayChooser.choose`); otherwise the rules' day stands. The
evidence of the chosen day is that expression's own span. Languages whose verb lists the
features read are listed in SUPPORTED_LANGUAGES; any other keeps the rules' choice. See
docs/facts.md ("Twenty-second round").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.extract.event_words import ARREST, VIOLENT_FAMILIES
from newsledger.extract.events import triggers_of
from newsledger.extract.segment import (
    HAPPEN_LEMMAS,
    RESPONSE_LEMMAS,
    Segment,
    article_layout,
    dates_the_incident,
    published_day,
    recalls_day,
    sentences,
    verb_of_day,
)
from newsledger.nlp.dates import names_incident_day
from newsledger.nlp.dates_stamps import (
    CAPTION_AFTER,
    CAPTION_BEFORE,
    PHOTO_BEFORE,
    REPORT,
    REPORT_VERB_LEMMAS,
    SPEECH_VERB_LEMMAS,
    STAMP,
    death_by_violence,
)
from newsledger.nlp.doctext import doc_text
from newsledger.nlp.types import DateExpression, Place

SUPPORTED_LANGUAGES = frozenset({"en"})
"""Languages whose verb classes the features read (REPORT_VERB_LEMMAS, SPEECH_VERB_LEMMAS,
HAPPEN_LEMMAS, RESPONSE_LEMMAS are English); the violence triggers are every language's, but a
model fitted on English verb classes would read another language's verbs all as "other"."""

WEIGHTS_FILE = "day_chooser.json"
"""The shipped model in `newsledger.data`: feature names, coefficients, intercept, margin."""

RELATIONS = ("past", "present", "absolute", REPORT, STAMP)
CHOSEN_RELATIONS = frozenset({"past", "present", "absolute"})
"""Days the chooser may take: an event told in the past, today, or a calendar date. A page
stamp or the day something was said dates the report; they stay candidates (they tell the
model how the report is dated) but are never chosen: a day that only dates the report would
be the publication day guessed, not the incident's day read."""
FOLLOW_UP = "follow_up"
"""The verb class of a later step (arrest, charge, court, release, mourning): the class a
follow-up page's fresh day has (`merge.scoring.follow_up_day`)."""
VERB_CLASSES = ("violence", "happening", "response", FOLLOW_UP, "speech", "other", "none")
DAY_GAP_BUCKETS = ((-10_000, -1, "after"), (0, 0, "0"), (1, 1, "1"), (2, 3, "2_3"),
                   (4, 7, "4_7"), (8, 31, "8_31"), (32, 10_000, "32_plus"))  # fmt: skip
"""Days before publication, bucketed: most incidents are a day or two before their report; a
day after publication is never the incident's; a month or more before is a recalled one."""
SENTENCE_BUCKETS = ((0, 0, "0"), (1, 1, "1"), (2, 4, "2_4"), (5, 10_000, "5_plus"))
CALENDAR_RE = re.compile(r"\d")
"""A calendar date states its day with a number ("Aug. 3"); a weekday does not."""
CAPTION_WINDOW = 40
"""Characters read around a day for a photo caption's words (dates_stamps' caption cues)."""


@dataclass(frozen=True, slots=True)
class DayCandidate:
    """One day expression of a report with its features (name -> value)."""

    expr: DateExpression
    features: dict[str, float]


def _bucket(value: int, buckets: Sequence[tuple[int, int, str]]) -> str:
    """The name of the bucket holding `value`; the first or last beyond their bounds."""
    if value < buckets[0][0]:
        return buckets[0][2]
    return next((name for lo, hi, name in buckets if lo <= value <= hi), buckets[-1][2])


def _verb_class(doc: Doc, expr: DateExpression, sent: Span, violent: set[int]) -> str:
    """What the day dates, read from the parse: the violence itself (`dates_the_incident`: a
    trigger, the call, "it happened"), a verb of happening, of the police answering, a later
    step (arrest, charge, court, release: an arrest trigger or REPORT_VERB_LEMMAS), speech,
    another verb, or no verb."""
    if dates_the_incident(doc, expr, violent):
        return "violence"
    verb: Token | None = verb_of_day(doc, expr)
    if verb is None:
        return "none"
    lemma = verb.lemma_.lower()
    if verb.i in violent or death_by_violence(verb):
        return "violence"
    if lemma in HAPPEN_LEMMAS:
        return "happening"
    if lemma in RESPONSE_LEMMAS:
        return "response"
    if lemma in SPEECH_VERB_LEMMAS:
        return "speech"
    arrests = {t.token.i for t in triggers_of(sent) if t.family == ARREST}
    if verb.i in arrests or lemma in REPORT_VERB_LEMMAS:
        return FOLLOW_UP
    return "other"


def _in_caption(text: str, expr: DateExpression) -> bool:
    before = text[max(0, expr.start - CAPTION_WINDOW) : expr.start]
    after = text[expr.end : expr.end + CAPTION_WINDOW]
    return bool(PHOTO_BEFORE.search(before) or CAPTION_BEFORE.search(before)
                or CAPTION_AFTER.match(after))  # fmt: skip


def day_candidates(doc: Doc, seg: Segment, title: str | None,
                   rules_day: DateExpression | None) -> list[DayCandidate]:  # fmt: skip
    """Every resolved day expression of the report (not one after publication), in text order,
    with its features; `rules_day` is the day the rules chose for the main mention."""
    text = doc_text(doc)
    published = published_day(doc)
    days = [d for d in doc._.dates or [] if d.precision == "day" and d.value is not None
            and (published is None or d.value <= published)]  # fmt: skip
    if not days:
        return []
    headline = article_layout(doc, title).headline
    sent_index = {s.start: i for i, s in enumerate(sentences(doc))}
    told = {d.value: sum(1 for e in days if e.value == d.value) for d in days}
    coarse = [d for d in doc._.dates or [] if d.precision in ("week", "month", "year")
              and d.value is not None]  # fmt: skip
    out: list[DayCandidate] = []
    for order, expr in enumerate(days):
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or len(span) == 0 or expr.value is None:
            continue
        sent = span.sent
        violent = {t.token.i for t in triggers_of(sent) if t.family in VIOLENT_FAMILIES}
        f: dict[str, float] = {}
        for rel in RELATIONS:
            f[f"rel_{rel}"] = float(expr.relation == rel)
        f[f"verb_{_verb_class(doc, expr, sent, violent)}"] = 1.0
        f["sentence_violent"] = float(bool(violent))
        f["recalls_other"] = float(recalls_day(sent))
        f["names_incident"] = float(names_incident_day(text, expr))
        f[f"sent_{_bucket(sent_index.get(sent.start, 99), SENTENCE_BUCKETS)}"] = 1.0
        f["first_day"] = float(order == 0)
        f["position"] = expr.start / max(1, len(text))
        f["in_title"] = float(headline is not None and headline[0] <= expr.start < headline[1])
        f["caption"] = float(_in_caption(text, expr))
        f["owned_by_main"] = float(seg.owns(expr.start, expr.end))
        f["in_anchor"] = float(sent.start == seg.anchor.start)
        if published is None:
            f["gap_unknown"] = 1.0
        else:
            gap = (published - expr.value).days
            f[f"gap_{_bucket(gap, DAY_GAP_BUCKETS)}"] = 1.0
            f["other_year"] = float(expr.value.year != published.year)
        f["told_twice"] = float(told[expr.value] > 1)
        f["within_coarse"] = float(any(c.value is not None and c.value <= expr.value
                                       <= (c.last or c.value) for c in coarse))  # fmt: skip
        f["calendar"] = float(bool(CALENDAR_RE.search(expr.text)))
        f["clock"] = float(bool(expr.time_of_day and ":" in expr.time_of_day))
        f["part_of_day"] = float(bool(expr.time_of_day and ":" not in expr.time_of_day))
        f["rules_expr"] = float(rules_day is not None and expr.start == rules_day.start)
        f["rules_value"] = float(rules_day is not None and expr.value == rules_day.value)
        f.update(_against_rules(expr.value, rules_day))
        out.append(DayCandidate(expr, f))
    return _with_report_features(out)


RULES_DAY_NEAR = 3
"""Days before the rules' day within which another day is the step before it (a shooting told
after its arrest or charge, as `extract.segment.VIOLENCE_DAY_MAX_BEFORE`)."""
VERB_FEATURES = ("verb_violence", "verb_follow_up", "verb_speech", "verb_none", "verb_other")
"""Verb classes whose weight depends on where the day stands: crossed with the gap to
publication, the place against the rules' day, the sentence and the kind of date
(INTERACTED_WITH)."""
INTERACTED_WITH = (
    "gap_0", "gap_1", "gap_2_3", "gap_4_7", "gap_8_31", "gap_32_plus",
    "before_rules_near", "before_rules_far", "after_rules", "rules_coarse",
    "sent_0", "sent_1", "sent_2_4", "sent_5_plus", "in_anchor", "calendar",
)  # fmt: skip


def _against_rules(value: date, rules_day: DateExpression | None) -> dict[str, float]:
    """Where a day lies against the rules' day: a little before it, long before, after it; or
    the rules gave no day, or only a week, month or year."""
    if rules_day is None or rules_day.value is None or rules_day.precision != "day":
        return {"rules_coarse": 1.0}
    before = (rules_day.value - value).days
    return {"before_rules_near": float(1 <= before <= RULES_DAY_NEAR),
            "before_rules_far": float(before > RULES_DAY_NEAR),
            "after_rules": float(before < 0)}  # fmt: skip


def _with_report_features(candidates: list[DayCandidate]) -> list[DayCandidate]:
    """Features read across the report's days: the latest day, the first day that dates
    violence, a report with one day only; and the verb classes crossed with INTERACTED_WITH."""
    values = [c.expr.value for c in candidates if c.expr.value is not None]
    latest = max(values, default=None)
    first_violent = next((i for i, c in enumerate(candidates)
                          if c.features.get("verb_violence")), None)  # fmt: skip
    for index, cand in enumerate(candidates):
        f = cand.features
        f["latest_day"] = float(cand.expr.value == latest)
        f["first_violence"] = float(index == first_violent)
        f["one_value"] = float(len(set(values)) == 1)
        for verb in VERB_FEATURES:
            if f.get(verb):
                for other in INTERACTED_WITH:
                    if f.get(other):
                        f[f"{verb}&{other}"] = 1.0
    return candidates


@dataclass(frozen=True, slots=True)
class DayChooser:
    """A fitted logistic regression over candidate features and the rule that uses it."""

    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float
    margin: float
    """How much the best candidate's probability must beat the rules' day's to replace it."""
    floor: float
    """The least probability a candidate needs to be taken when the rules chose no day, or
    only a week, month or year. Off in the shipped file (1.01: never): a loose date matches
    more of its incident's reports in the link scorer than a wrong day does
    (`eval.train_day_chooser.FLOOR_GRID` has the figures); kept for a refit to measure."""

    def probability(self, features: dict[str, float]) -> float:
        score = self.intercept + sum(
            w * features.get(name, 0.0)
            for name, w in zip(self.features, self.coefficients, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-score))

    def choose(self, candidates: Sequence[DayCandidate],
               rules_day: DateExpression | None) -> DateExpression | None:  # fmt: skip
        """The rules' day unless a candidate on another day is likelier than it by `margin`;
        a day a background mention owns may be taken too (mendG22 measured excluding those:
        train date 0.7977 -> 0.7945, the chooser's picks there mend the segmenter more often
        than not);
        when the rules give no day, or only a week, month or year, the likeliest candidate if
        its probability reaches `floor`. The first of equally likely candidates wins."""
        if not candidates:
            return rules_day
        scored = [(self.probability(c.features), c) for c in candidates]
        eligible = [(p, c) for p, c in scored if c.expr.relation in CHOSEN_RELATIONS]
        if not eligible:
            return rules_day
        best_p, best = max(eligible, key=lambda pc: pc[0])  # max keeps the first of ties
        if rules_day is None or rules_day.value is None or rules_day.precision != "day":
            return best.expr if best_p >= self.floor else rules_day
        rules_p = max((p for p, c in scored if c.expr.value == rules_day.value), default=0.0)
        if best.expr.value != rules_day.value and best_p - rules_p > self.margin:
            return best.expr
        return rules_day

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
            "margin": self.margin,
            "floor": self.floor,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> DayChooser:
        return cls(tuple(str(f) for f in raw["features"]),
                   tuple(float(c) for c in raw["coefficients"]), float(raw["intercept"]),
                   float(raw["margin"]), float(raw["floor"]))  # fmt: skip


@cache
def shipped_chooser() -> DayChooser | None:
    """The model shipped in `newsledger.data`, or None when the package has none."""
    path = resources.files("newsledger").joinpath("data", WEIGHTS_FILE)
    if not path.is_file():
        return None
    return DayChooser.from_json(json.loads(path.read_text(encoding="utf-8")))


FOLLOW_UP_CUE_LEMMAS = frozenset({
    "court", "courtroom", "hearing", "trial", "plea", "plead", "bond", "bail", "indictment",
    "arraignment", "sentencing", "jury", "charge", "funeral", "vigil", "memorial", "custody",
})  # fmt: skip
"""English words of a later step (court, bail, charges, mourning): a day whose verb is of no
class the chooser reads ("was back in a courtroom Thursday", "bond was set Friday", "charges
were dropped Friday", "a vigil was held Sunday") in a sentence that tells no violence dates
that step. Read for the stored class only: the chooser's features keep `_verb_class`, the
classes its weights were fitted on."""


def day_verb_class(doc: Doc, expr: DateExpression, lang: str) -> str | None:
    """The class (VERB_CLASSES) of the verb a chosen day dates, for a language whose verb lists
    the classes read; None otherwise or without a parse. A day of another verb ("other", "none")
    in a sentence with an arrest or a word of FOLLOW_UP_CUE_LEMMAS and no violence is a
    follow-up step's. Stored on the main mention's date claim
    (`Claim.kind`) so the merge can tell a follow-up step's day (an arrest, a charge, a court
    day) from the violence's: such a day weighs and does not veto (`merge.scoring`)."""
    if lang not in SUPPORTED_LANGUAGES or not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span.sent
    triggers = triggers_of(sent)
    violent = {t.token.i for t in triggers if t.family in VIOLENT_FAMILIES}
    verb_class = _verb_class(doc, expr, sent, violent)
    if verb_class in ("other", "none") and not violent and (
        any(t.family == ARREST for t in triggers)
        or any(t.lemma_.lower() in FOLLOW_UP_CUE_LEMMAS for t in sent)
    ):
        return FOLLOW_UP  # "was back in a courtroom Thursday", "bond was set Friday"
    return verb_class


def choose_main_day(doc: Doc, seg: Segment, title: str | None, lang: str,
                    rules_day: DateExpression | None) -> DateExpression | None:  # fmt: skip
    """The main mention's day: the shipped model's choice over the report's days, for a
    language it reads; else the rules' day."""
    chooser = shipped_chooser()
    if chooser is None or lang not in SUPPORTED_LANGUAGES or not doc.has_annotation("DEP"):
        return rules_day
    candidates = day_candidates(doc, seg, title, rules_day)
    own_violence = frozenset(c.expr.start for c in candidates
                             if tells_main_violence(doc, seg, c.expr))  # fmt: skip
    return violence_day_before_step(candidates, chooser.choose(candidates, rules_day),
                                    own_violence)  # fmt: skip


PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})
"""Where a violence verb's victim hangs ("he was shot", "shot his brother")."""


def tells_main_violence(doc: Doc, seg: Segment, expr: DateExpression) -> bool:
    """Whether a day sits in a sentence that tells the main incident's violence: a sentence of
    the mention's own violent triggers whose victim is nobody's relative or friend ("his older
    brother was shot": `_victim_of_kin`), or one that tells the violence without a trigger
    ("it happened Saturday"); and that names no town but the mention's place or one of its
    county (`_same_county`). A day of another
    shooting told in the same text (a relative's, another town's) dates that one. On gva_dev
    train an indefinite victim ("an 18-year-old man was killed Thursday night") is as often
    the main incident's own, first told: it is not read as another person."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0 or not seg.owns(expr.start, expr.end):
        return False
    sent = span.sent
    violent = [t.token for t in seg.triggers if t.family in VIOLENT_FAMILIES
               and sent.start <= t.token.i < sent.end]  # fmt: skip
    others = [t for t in triggers_of(sent) if t.family in VIOLENT_FAMILIES]
    if (not violent and others) or any(_victim_of_kin(tok) for tok in violent):
        return False
    own = seg.place.place if seg.place is not None else None
    return not any(p.place is not None and p.place.feature == "city" and not p.in_organisation
                   and sent.start_char <= p.start < sent.end_char and not _same_county(p.place, own)
                   for p in doc._.places or [])  # fmt: skip


def _same_county(town: Place, own: Place | None) -> bool:
    """Whether a town is the mention's place or lies in its county: a dateline names the
    county seat, the sentence the village nearby where it happened ("northwest of <village>")."""
    if own is None:
        return False
    return town.geonames_id == own.geonames_id or (
        own.admin2 is not None and (town.country_code, town.admin1, town.admin2)
        == (own.country_code, own.admin1, own.admin2))  # fmt: skip


def _victim_of_kin(trigger: Token) -> bool:
    """Whether a violence verb's victim is someone's relative or friend ("his older brother",
    "her cousin": a possessive) or "another": a person beside the one the report is about."""
    return any(victim.dep_ in PATIENT_DEPS and (
        victim.lower_ == "another" or any(c.dep_ == "poss" for c in victim.children))
        for victim in trigger.children)  # fmt: skip


STEP_DAY_CLASSES = (FOLLOW_UP, "speech", "other", "none")
"""Verb classes of a day that may be a step after the shooting (`violence_day_before_step`):
not violence, nor happening or the police answering, which date the incident itself."""


def violence_day_before_step(candidates: Sequence[DayCandidate], chosen: DateExpression | None,
                             own_violence: Collection[int]) -> DateExpression | None:  # fmt: skip
    """The shooting's own day over a later step's. When the chosen day's verb is of a
    STEP_DAY_CLASSES class ("had surgery Friday", "a vigil was held Sunday", "police said
    Friday") and the day does not name the incident, and the main mention's own text dates
    its violence one to RULES_DAY_NEAR days earlier in a sentence that recalls no other
    incident ("was shot Thursday night"), that day is the incident's and the chosen one the
    step after it. The violence day must stand in `own_violence` (the starts of days that
    `tells_main_violence`: the main incident's own violence, not another shooting the report
    tells). The first such day in text order; else `chosen`. On gva_dev train (the
    shipped chooser's picks) it moved 8 reports: 6 to GVA's day, 2 from one wrong day to
    another, none from GVA's day."""
    if chosen is None or chosen.value is None or chosen.precision != "day":
        return chosen
    own = next((c for c in candidates if c.expr.start == chosen.start), None)
    if own is None or own.features.get("names_incident") or not any(
        own.features.get(f"verb_{kind}") for kind in STEP_DAY_CLASSES
    ):
        return chosen
    day = chosen.value
    return next((c.expr for c in candidates
                 if c.expr.start in own_violence and c.features.get("verb_violence")
                 and not c.features.get("recalls_other")
                 and c.features.get("owned_by_main") and c.expr.relation in CHOSEN_RELATIONS
                 and c.expr.value is not None
                 and 1 <= (day - c.expr.value).days <= RULES_DAY_NEAR), chosen)  # fmt: skip
