"""Which of a report's places is its incident's town: a small learned chooser.

The rules of `extract.segment` pick the main mention's place (dateline, the lead's first
locative town, a town of the state, a county's city ...). They are right for most reports
and wrong in a few recurring ways: the town first named is a victim's home ("a Riverton
man"), an arrest's or a hospital's town, or a county where a town of it is named later. The
chooser scores every town or county the report names (`place_candidates`) by what each
mention of it does in the text, not by its words: where it stands (dateline, title, lead),
which preposition governs it and the class of the word that preposition hangs on (violence
or death, happening, police response, arrest or court, hospital, home), whether its
sentence tells violence, how often it is named, whether it lies in another candidate, a
street address beside it, its population. A logistic model fitted on the gva_dev train fold
(`newsledger train-place-chooser`, weights in `data/place_chooser.json`) scores them; its
best town replaces the rules' choice only when it beats that choice by the file's margin,
so the rules stand wherever the model is unsure. Only languages whose word lists the
features read (CHOOSER_LANGUAGES) are chosen for: elsewhere the rules' choice stands.

The chooser runs on the existing parse and place mentions: no second parse, no gazetteer
look-up. Its inputs for a document are kept in `doc.user_data[CONTEXT_KEY]` so the training
command reads the very candidates extraction saw.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.extract.event_words import VIOLENT_FAMILIES, words
from newsledger.extract.events import triggers_of
from newsledger.extract.place_readers import (
    is_locative,
    named_as_reference,
    named_for_a_hospital,
    names_a_home,
    sentences,
)
from newsledger.nlp.datelines import EVENT_SAME_AREA_KM
from newsledger.nlp.doctext import doc_text
from newsledger.nlp.gazetteer import distance_km
from newsledger.nlp.types import Place, PlaceMention, in_county

CONTEXT_KEY = "newsledger_place_context"
"""Where `choose` leaves its candidates and the rules' choice on the doc (for training)."""

CHOOSER_LANGUAGES = frozenset({"en"})
"""Languages whose word lists (GOVERNOR_CLASSES, the cue patterns) the features read."""

CHOSEN_FEATURES = frozenset({"city", "admin2"})
"""Places that can be the incident's town: a town, or a county (GVA files some by county)."""

GOVERNOR_CLASSES: dict[str, frozenset[str]] = {
    "violence": words(
        "shoot shooting shot kill killing die death murder homicide stab stabbing wound "
        "gunfire fire attack slay slaying gun gunman body"
    ),
    "happening": words("happen occur erupt unfold take break incident scene"),
    "response": words(
        "respond dispatch call arrive find discover investigate police officer deputy "
        "sheriff department"
    ),
    "arrest": words(
        "arrest charge book jail court custody detain apprehend indict convict sentence "
        "plead appear hearing trial prison face surrender"
    ),
    "hospital": words("hospital treat transport rush airlift fly center medical clinic condition"),
    "home": words(
        "live reside resident native man woman boy girl teen teenager family student grow move"
    ),
}
"""The classes of the word a place's preposition hangs on ("shot in", "taken to a hospital
in", "arrested in", "a man of"), by lemma."""

ASIDE_CLASSES = frozenset({"arrest", "hospital", "home"})
"""Governor classes that tell a place beside the scene: an arrest's, a hospital's, a home."""

LOCATIVE_WORDS = frozenset({"in", "at", "near", "on", "outside", "inside", "around", "within"})
PREPOSITION_CLASSES = ("in", "of", "from", "to", "other", "none")

ADDRESS_NEAR = re.compile(
    r"\bblock\s+of\b|\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl"
    r"|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail)\b"
)
"""A street address or block written beside a place: the scene is told there."""
ADDRESS_WINDOW = 80

GOVERNOR_HOPS = 3


@dataclass(slots=True)
class PlaceContext:
    """What the chooser saw in one document: the candidates and the rules' choice."""

    candidates: list[Candidate]
    rules_index: int | None  # the rules' choice among the candidates, None if not one


@dataclass(slots=True)
class Candidate:
    """One town or county the report names: its mentions and their features."""

    place: Place
    mentions: list[PlaceMention]
    features: dict[str, float] = field(default_factory=dict)
    scenes: list[PlaceMention] = field(default_factory=list)
    """The body's mentions told as the scene of violence ("shot in Riverton"), set with the
    features."""

    @property
    def evidence(self) -> PlaceMention:
        """The mention that supports the choice: the first one told as the scene, else the
        first one the report writes (a headline or "a Riverton man" does not place the
        violence)."""
        return min(self.scenes or self.mentions, key=lambda m: m.start)


def place_key(place: Place) -> tuple[str, str | None, str, str]:
    """A place's identity across its mentions (USPS towns have ids of their own too)."""
    return (place.name, place.admin1, place.country_code, place.feature)


def _governor(doc: Doc, pm: PlaceMention) -> tuple[str, Token | None]:
    """The preposition governing a place mention and the word that preposition hangs on,
    climbing through compounds, appositions and conjunctions ("in Riverton and Lakeside")."""
    span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
    if span is None:
        return "none", None
    tok = span.root
    for _ in range(GOVERNOR_HOPS):
        if tok.dep_ in ("compound", "appos", "conj", "poss", "nmod", "amod") and tok.head != tok:
            if tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.pos_ == "NOUN":
                return "none", tok.head  # "a Riverton man", "Riverton police"
            tok = tok.head
            continue
        break
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
        prep = tok.head.lower_
        cls = "in" if prep in LOCATIVE_WORDS else prep if prep in PREPOSITION_CLASSES else "other"
        return cls, tok.head.head
    return "none", tok.head if tok.head != tok else None


def _governor_class(word: Token | None, violent: set[int]) -> str | None:
    """The class of the word a place hangs on (GOVERNOR_CLASSES), violence by trigger too."""
    if word is None:
        return None
    if word.i in violent:
        return "violence"
    lemma = word.lemma_.lower()
    return next((name for name, lemmas in GOVERNOR_CLASSES.items() if lemma in lemmas), None)


def _sentence_of(sents: Sequence[Span], start: int) -> int:
    """The index of the sentence holding a character offset (the last one before it)."""
    index = 0
    for i, sent in enumerate(sents):
        if sent.start_char <= start:
            index = i
        else:
            break
    return index


def _inside(town: Place, region: Place) -> bool:
    """Whether a town lies in a county or state the report also names."""
    if town.feature != "city" or town.country_code != region.country_code:
        return False
    if region.feature == "admin2":
        return in_county(town, region)
    return region.feature == "admin1" and town.admin1 == region.name


def place_candidates(doc: Doc, story: Sequence[PlaceMention], chosen: PlaceMention | None,
                     dateline: PlaceMention | None, headline: tuple[int, int] | None,
                     ) -> PlaceContext:  # fmt: skip
    """Every town or county the story names, with its features, and which one the rules
    chose (None when the rules chose a place from outside the text or none)."""
    text = doc_text(doc)
    sents = sentences(doc)
    groups: dict[tuple[str, str | None, str, str], Candidate] = {}
    regions: list[Place] = []
    for pm in story:
        if pm.place is None or pm.in_organisation:
            continue
        if pm.place.feature == "admin1":
            regions.append(pm.place)
        if pm.place.feature not in CHOSEN_FEATURES:
            continue
        groups.setdefault(place_key(pm.place), Candidate(pm.place, [])).mentions.append(pm)
    candidates = list(groups.values())
    regions += [c.place for c in candidates if c.place.feature == "admin2"]
    states = Counter(m.place.admin1 for c in candidates for m in c.mentions if m.place)
    top_state = states.most_common(1)[0][0] if states else None
    violent_sents: dict[int, set[int]] = {}
    for cand in candidates:
        cand.features = _features(doc, text, sents, cand, candidates, regions, dateline,
                                  headline, top_state, chosen, violent_sents)  # fmt: skip
    rules_index = None
    if chosen is not None and chosen.place is not None and chosen.end > chosen.start:
        key = place_key(chosen.place)
        rules_index = next((i for i, c in enumerate(candidates)
                            if place_key(c.place) == key), None)  # fmt: skip
    return PlaceContext(candidates, rules_index)


def _features(doc: Doc, text: str, sents: Sequence[Span], cand: Candidate,
              candidates: Sequence[Candidate], regions: Sequence[Place],
              dateline: PlaceMention | None, headline: tuple[int, int] | None,
              top_state: str | None, chosen: PlaceMention | None,
              violent_sents: dict[int, set[int]]) -> dict[str, float]:  # fmt: skip
    """The features of one candidate, summed or or-ed over its mentions (see FEATURE_NAMES)."""
    place = cand.place
    out: dict[str, float] = dict.fromkeys(FEATURE_NAMES, 0.0)
    first = min(m.start for m in cand.mentions)
    first_sent = first_scene = len(sents)
    homes = 0
    for pm in cand.mentions:
        index = _sentence_of(sents, pm.start)
        first_sent = min(first_sent, index)
        if index not in violent_sents:
            violent_sents[index] = {t.token.i for t in triggers_of(sents[index])
                                    if t.family in VIOLENT_FAMILIES}  # fmt: skip
        violent = violent_sents[index]
        in_title = headline is not None and headline[0] <= pm.start < headline[1]
        in_dateline = dateline is not None and dateline.start <= pm.start < dateline.end
        out["title"] = max(out["title"], float(in_title))
        out["dateline"] = max(out["dateline"], float(in_dateline))
        out["violent_sentence"] = max(out["violent_sentence"], float(bool(violent)))
        prep, word = _governor(doc, pm)
        out[f"prep_{prep}"] = 1.0
        word_class = _governor_class(word, violent)
        if word_class is not None:
            out[f"governs_{word_class}"] = 1.0
        out["locative"] = max(out["locative"], float(is_locative(doc, pm)))
        out["home"] = max(out["home"], float(names_a_home(text, pm)))
        out["hospital"] = max(out["hospital"], float(named_for_a_hospital(text, pm)))
        out["reference"] = max(out["reference"], float(named_as_reference(text, pm)))
        window = text[max(0, pm.start - ADDRESS_WINDOW) : pm.end + ADDRESS_WINDOW]
        out["address"] = max(out["address"], float(ADDRESS_NEAR.search(window) is not None))
        home = names_a_home(text, pm)
        aside = home or named_as_reference(text, pm) or named_for_a_hospital(text, pm)
        aside = aside or word_class in ASIDE_CLASSES  # "arrested in", "a hospital in"
        if not aside and violent and is_locative(doc, pm):  # "shot in Riverton"
            out["scene"] = 1.0
            first_scene = min(first_scene, index)
            if not in_title:  # the body tells the scene; a headline only names it
                cand.scenes.append(pm)
        homes += home
    out["rules"] = float(chosen is not None and chosen.place is not None
                         and place_key(chosen.place) == place_key(place))  # fmt: skip
    out["first_sentence"] = math.log1p(first_sent)
    out["first_scene_sentence"] = math.log1p(first_scene) if first_scene < len(sents) else 4.0
    out["only_home"] = float(homes == len(cand.mentions))
    out["before_rules"] = float(chosen is not None and first < chosen.start)
    out["lead"] = float(first_sent <= 2)
    out["first_position"] = first / max(1, len(text))
    out["times_named"] = math.log1p(len(cand.mentions))
    out["county"] = float(place.feature == "admin2")
    out["population"] = math.log10(place.population + 1) / 7
    out["inside_named_region"] = float(any(_inside(place, r) for r in regions))
    out["holds_named_town"] = float(
        place.feature == "admin2" and any(_inside(c.place, place) for c in candidates)
    )
    dateline_town = dateline.place if dateline is not None else None
    out["dateline_state"] = float(
        dateline_town is not None and dateline_town.admin1 == place.admin1
    )
    out["top_state"] = float(top_state is not None and place.admin1 == top_state)
    rules = chosen.place if chosen is not None else None
    out["near_rules"] = float(
        rules is not None and rules.admin1 == place.admin1
        and distance_km(rules, place) <= EVENT_SAME_AREA_KM
    )  # fmt: skip
    return out


FEATURE_NAMES: tuple[str, ...] = (
    "rules", "title", "dateline", "lead", "first_sentence", "first_position", "times_named",
    "violent_sentence", "locative", "home", "hospital", "reference", "address", "county",
    "population", "inside_named_region", "holds_named_town", "dateline_state", "top_state",
    "near_rules", "scene", "first_scene_sentence", "only_home", "before_rules",
    *(f"prep_{p}" for p in PREPOSITION_CLASSES),
    *(f"governs_{c}" for c in GOVERNOR_CLASSES),
)  # fmt: skip
"""The features, in the order of the model's weights."""


@dataclass(frozen=True, slots=True)
class ChooserModel:
    """A pairwise logistic model over FEATURE_NAMES: `bias + w . (x_other - x_rules)` is the
    log-odds that another town is GVA's where the rules' choice is not; it must pass
    `margin` to overrule the rules."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    margin: float

    def score(self, features: dict[str, float]) -> float:
        """The candidate's score: only differences between two candidates' scores count."""
        pairs = zip(self.features, self.weights, strict=True)
        return sum(w * features.get(n, 0.0) for n, w in pairs)

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "weights": list(self.weights),
                "bias": self.bias, "margin": self.margin}  # fmt: skip


def model_from_json(data: dict[str, Any]) -> ChooserModel:
    return ChooserModel(tuple(data["features"]), tuple(float(w) for w in data["weights"]),
                        float(data["bias"]), float(data["margin"]))  # fmt: skip


MODEL_FILE = "place_chooser.json"


@cache
def shipped_model() -> ChooserModel | None:
    """The weights shipped in `newsledger/data` (None if absent: the rules stand)."""
    path = resources.files("newsledger.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def pick(context: PlaceContext, model: ChooserModel) -> int | None:
    """The candidate to take over the rules' choice, or None to keep the rules'. Only a
    place of the rules' country competes: the model was fitted on US reports, and a namesake
    abroad ("Honda", a car, read as a Colombian town) is what its features cannot see. A
    county the rules chose stands: they take its town only on cues the features do not see
    (one home town, no "unincorporated"), and the model moved train counties to no gain."""
    if context.rules_index is None or len(context.candidates) < 2:
        return None
    if context.candidates[context.rules_index].place.feature == "admin2":
        return None  # a county's town is the rules' (`segment._home_town_within`, `_county_city`)
    country = context.candidates[context.rules_index].place.country_code
    scores = [model.score(c.features) for c in context.candidates]
    rivals = [i for i, c in enumerate(context.candidates) if c.place.country_code == country]
    best = max(rivals, key=lambda i: (scores[i], -i))
    if best == context.rules_index:
        return None
    overrule = model.bias + scores[best] - scores[context.rules_index]
    return best if overrule > model.margin else None


def choose(doc: Doc, story: Sequence[PlaceMention], chosen: PlaceMention | None,
           dateline: PlaceMention | None, headline: tuple[int, int] | None,
           model: ChooserModel | None = None) -> PlaceMention | None:  # fmt: skip
    """The place the model takes over the rules' `chosen`, or None to keep it. Only in
    CHOOSER_LANGUAGES, and only when the rules chose a place of the text."""
    if doc.lang_ not in CHOOSER_LANGUAGES or chosen is None or chosen.place is None:
        return None
    context = place_candidates(doc, story, chosen, dateline, headline)
    doc.user_data[CONTEXT_KEY] = context
    model = model or shipped_model()
    if model is None:
        return None
    index = pick(context, model)
    return None if index is None else context.candidates[index].evidence
