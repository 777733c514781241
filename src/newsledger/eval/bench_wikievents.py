"""Score event arguments on WikiEvents (../shared/bench/wikievents): who attacked, who was hit,
where, with what.

Events scored: the KAIROS types Conflict.Attack.*, Life.Injure.*, Life.Die.* and
Justice.ArrestJailDetain.* of the TEST split (20 news documents; `--fold train` scores the DEV
split instead, the one rules are tuned on: the set ships no train split). The pipeline reads the
set's own sentences, one per line (`document_text`). The system is given each event's trigger,
as in the set's argument-extraction task: the trigger word becomes an `extract.events.Trigger`
(with the rules' own family when the lexicon knows the word, else the family the event type
names), and the extractor reads the trigger's sentence with it:
- `extract.actors` (dependency roles of that trigger): agent -> `attacker`; target -> `target`
  for an attack, `victim` for a death, an injury or an arrest (KAIROS: Attacker/Target,
  Killer/Victim, Injurer/Victim, Jailer/Detainee; the side that acted and the side acted upon);
- `extract.weapons` in the sentence -> `instrument` (KAIROS Instrument and ExplosiveDevice);
- every place in a locative phrase of the trigger (or of the verb it is the object or subject of,
  or of a noun in such a phrase: "an attack on the market in X"):
  a gazetteer place said where something happened (`extract.segment.is_locative`), a named place
  the model tags (GPE/LOC/FAC) or a sub-place (`nlp.sublocations`) -> `place`; none when the
  trigger has no such phrase.
Only roles the event type has in the KAIROS role file are predicted. Two system rows: `system`
(the actor claims the extractor would store: only nouns it can type as an actor kind) and
`role_reader` (every noun or name the same dependency reading puts in the role, typed or not:
what the reading itself gets right, before the actor-kind filter).

Matching: head words. A gold argument's head is the syntactic root of its entity mention (the
set's own span); a predicted argument's head is the root of its evidence span; a prediction is
right when the same event has a gold argument of the same role whose head word is the same
(lower case). Arguments outside the trigger's sentence (the set is document-level) count as
misses: the figure is end-to-end, not oracle-sentence. The `*_coref` rows (the paper's "coref"
match) also take the head of any mention coreferent with a gold argument (the set's `coref/`
clusters: "he" or "the bomber" for an argument it marks once by name), for the actor claims and
the baseline alike; the head-word rows stay the headline figures.

Baseline (same run): the nearest named entity of the right spaCy type to the trigger in its
sentence: attacker = the nearest PERSON/ORG/NORP/GPE before it, victim or target = the nearest
after it, place = the nearest GPE/LOC/FAC, instrument = the nearest PRODUCT.

The data stays in ../shared; nothing of it is copied into the repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.errors import ReadError
from newsledger.eval.metrics import f1_score
from newsledger.extract.event_words import words

TEST_FILE = "test.jsonl"
DEV_FILE = "dev.jsonl"
SPLIT_OF_FOLD: dict[str, tuple[str, ...]] = {
    "heldout": (TEST_FILE,),
    "train": (DEV_FILE,),
    "dev": (DEV_FILE,),
    "all": (DEV_FILE, TEST_FILE),
}
"""`--fold` -> the official split(s) scored: the TEST split is the held-out figure, the DEV split
(the set ships no train split) is the one rules are tuned on, so `dev` is `train`."""
ROLE_FILE = "event_role_KAIROS.json"
EVENT_PREFIXES = ("Conflict.Attack", "Life.Injure", "Life.Die", "Justice.ArrestJailDetain")

KAIROS_TO_ROLE: dict[str, str] = {
    "Attacker": "attacker",
    "Killer": "attacker",
    "Injurer": "attacker",
    "Jailer": "attacker",
    "Victim": "victim",
    "Detainee": "victim",
    "Target": "target",
    "Place": "place",
    "Instrument": "instrument",
    "ExplosiveDevice": "instrument",
}
"""KAIROS role -> the five roles scored (see module docstring)."""

ROLES = ("attacker", "victim", "target", "place", "instrument")
COUNT_KEYS = ("system", "role_reader", "baseline", "system_coref", "baseline_coref")
"""Result keys: the head-word rows of the actor claims, the role reader and the baseline, and the
actor claims and baseline matched against any coreferent mention (`_count_coreferent`)."""
SCOREBOARD_ROWS = (
    ("system", "baseline", "actor claims"),
    ("role_reader", "baseline", "role reader"),
    ("system_coref", "baseline_coref", "actor claims, coreferent mention"),
)
"""(result key, baseline key, label) of the scoreboard rows."""
PIPE_BATCH = 4

AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
INSTRUMENT_ENTS = frozenset({"PRODUCT"})


@dataclass(slots=True)
class RoleCounts:
    """True positives, predictions and gold arguments of one role."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = f1_score(p, r)
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp,
                "fp": self.predicted - self.tp, "fn": self.gold - self.tp}  # fmt: skip


@dataclass(slots=True)
class ScoredEvent:
    """One gold event: its type, trigger token and gold (role, head word) arguments."""

    event_type: str
    trigger: Token
    gold: list[tuple[str, str]] = field(default_factory=list)
    gold_coreferent: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    """Per gold argument, its role and the head words of every mention of its entity (the
    set's coreference clusters): the argument as the set's "coref" match reads it."""


def read_documents(folder: Path, split: str = TEST_FILE) -> list[dict[str, Any]]:
    """One split (`test.jsonl` by default), one dict per document."""
    path = Path(folder) / split
    if not path.exists():
        raise ReadError(f"{path} not found: keep ../shared/bench/wikievents beside the repo")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_roles(folder: Path) -> dict[str, frozenset[str]]:
    """Event type -> the scored roles it has in the KAIROS role file."""
    path = Path(folder) / ROLE_FILE
    if not path.exists():
        raise ReadError(f"{path} not found: keep ../shared/bench/wikievents beside the repo")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        etype: frozenset(KAIROS_TO_ROLE[r] for r in spec.get("roles", []) if r in KAIROS_TO_ROLE)
        for etype, spec in data.items()
    }


def document_text(document: dict[str, Any]) -> str:
    """The text the extractor reads: the set's own sentences, one per line. The set's `text`
    glues Wikipedia headings and headlines to the next sentence ("...group ETA.==Background==The
    Rolando Cafe", "...Bomb ProbeBOSTON —"), which the tokenizer then reads as one word; a
    line break is how an ingested article marks a headline or a paragraph, and the pipeline
    ends a sentence there (`nlp.pipeline` line breaks)."""
    return "\n".join(sentence[1] for sentence in document["sentences"])


def _token_offsets(document: dict[str, Any]) -> list[tuple[int, int]]:
    """Character extent of every document token in `document_text`, found by walking each
    sentence's text (the offsets the sentences list drift from `text` after the first one)."""
    out: list[tuple[int, int]] = []
    base = 0
    for tokens, sentence_text in document["sentences"]:
        cursor = 0
        for token, _start, _end in tokens:
            found = sentence_text.find(token, cursor)
            if found < 0:  # a token the text spells otherwise: keep the place, zero width
                out.append((base + cursor, base + cursor))
                continue
            out.append((base + found, base + found + len(token)))
            cursor = found + len(token)
        base += len(sentence_text) + 1
    return out


def _head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def read_clusters(folder: Path, split: str = TEST_FILE) -> dict[str, list[list[str]]]:
    """Document id -> its entity coreference clusters (lists of entity mention ids), from the
    set's `coref/<split>.jsonlines` file; empty when the file is missing."""
    path = Path(folder) / "coref" / f"{split.removesuffix('.jsonl')}.jsonlines"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["doc_key"]: row["clusters"] for row in rows}


def gold_events(
    document: dict[str, Any], doc: Doc, clusters: Sequence[Sequence[str]] = ()
) -> Iterator[ScoredEvent]:
    """The scored events of one document, with their gold argument heads (and the heads of
    every coreferent mention of each argument, see `ScoredEvent.gold_coreferent`)."""
    offsets = _token_offsets(document)
    entities = {e["id"]: e for e in document["entity_mentions"]}
    cluster_of = {mention: cluster for cluster in clusters for mention in cluster}

    def head_word(entity: dict[str, Any]) -> str | None:
        head = _head(doc, offsets[entity["start"]][0], offsets[entity["end"] - 1][1])
        return head.lower_ if head is not None else None

    for event in document["event_mentions"]:
        if not event["event_type"].startswith(EVENT_PREFIXES):
            continue
        trig = event["trigger"]
        trigger = _head(doc, offsets[trig["start"]][0], offsets[trig["end"] - 1][1])
        if trigger is None:
            continue
        scored = ScoredEvent(event["event_type"], trigger)
        for arg in event["arguments"]:
            role = KAIROS_TO_ROLE.get(arg["role"])
            entity = entities.get(arg["entity_id"])
            if role is None or entity is None:
                continue
            head = head_word(entity)
            if head is None:
                continue
            scored.gold.append((role, head))
            mentions = cluster_of.get(entity["id"], [entity["id"]])
            heads = {head_word(entities[m]) for m in mentions if m in entities}
            scored.gold_coreferent.append((role, frozenset(h for h in heads if h) | {head}))
        yield scored


def _trigger_family(event_type: str, token: Token) -> str:
    from newsledger.extract.event_words import ARREST, ATTACK, INJURE, KILL
    from newsledger.extract.events import triggers_of

    for known in triggers_of(token.sent):
        if known.token.i == token.i:
            return known.family
    if event_type.startswith("Life.Die"):
        return KILL
    if event_type.startswith("Life.Injure"):
        return INJURE
    if event_type.startswith("Justice"):
        return ARREST
    return ATTACK


QUANTITY_FRAMES = words(
    "hundreds dozens thousands scores number dozen handful majority some several many "
    "centaines dizaines milliers plusieurs"
)
"""Frame nouns that only count the people they frame: the set's mention is the people ("hundreds
of hostages" is annotated "hostages"), so the head is not moved to them."""


def _frame_head(tok: Token) -> Token:
    """The head of the whole noun phrase an actor noun sits in: the actors reader looks through
    a framing noun ("members of the security forces" -> forces), the set annotates the phrase's
    own head (members); both name the same argument. A count is no such head (see
    QUANTITY_FRAMES)."""
    from newsledger.extract.actors import FRAME_NOUNS

    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        frame = tok.head.head
        framing = frame.lemma_.lower() in FRAME_NOUNS or frame.lower_ in FRAME_NOUNS
        if framing and frame.lower_ not in QUANTITY_FRAMES:
            return frame
    return tok


def system_arguments(
    event: ScoredEvent, roles: frozenset[str], *, untyped: bool = False
) -> set[tuple[str, str]]:
    """(role, head word) pairs the extractor gives for one event (see module docstring);
    `untyped` adds every noun the role reader finds, typed as an actor kind or not."""
    from newsledger.extract.actors import extract_actors
    from newsledger.extract.events import Trigger
    from newsledger.extract.weapons import extract_weapons

    tok = event.trigger
    sent = tok.sent
    doc = tok.doc
    trig = Trigger(_trigger_family(event.event_type, tok), tok, tok.idx, tok.idx + len(tok))
    attack = event.event_type.startswith("Conflict.Attack")
    out: set[tuple[str, str]] = set()
    for claim in extract_actors([sent], "wikievents", "en", [trig]):
        role = "attacker" if claim.role == "agent" else "target" if attack else "victim"
        head = _head(doc, claim.span.start, claim.span.end)
        if head is not None and role in roles:
            out.add((role, _frame_head(head).lower_))
    if untyped:
        from newsledger.extract.actors import trigger_arguments

        for arg, dep_role in trigger_arguments(trig):
            if arg.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            role = "attacker" if dep_role == "agent" else "target" if attack else "victim"
            if role in roles:
                out.add((role, _frame_head(arg).lower_))
    if "instrument" in roles:
        for claim in extract_weapons([sent], "wikievents"):
            head = _head(doc, claim.span.start, claim.span.end)
            if head is not None:
                out.add(("instrument", head.lower_))
    if "place" in roles:
        out.update(("place", place.lower_) for place in places_of(tok))
    return out


def _place_heads(sent: Span) -> list[Token]:
    """Heads of the places a sentence names: gazetteer places said where something happened
    (`extract.segment.is_locative`), named places the model tags (GPE/LOC/FAC) and sub-places
    (`nlp.sublocations`: "at the train station", "the Gare Street")."""
    from newsledger.extract.segment import is_locative
    from newsledger.nlp.sublocations import find_sublocations

    doc = sent.doc
    spans = [
        (p.start, p.end) for p in (doc._.places or [])
        if sent.start_char <= p.start < sent.end_char and not p.in_organisation
        and is_locative(doc, p)
    ]  # fmt: skip
    spans += [(e.start_char, e.end_char) for e in sent.ents if e.label_ in PLACE_ENTS]
    spans += [
        (start, end) for start, end, _ in find_sublocations(doc, doc.lang_)
        if sent.start_char <= start < sent.end_char
    ]  # fmt: skip
    heads = (_head(doc, start, end) for start, end in spans)
    return [_object_of(h) for h in heads if h is not None]


def _object_of(head: Token) -> Token:
    """The noun of a sub-place span that starts with its preposition ("outside the station")."""
    if head.pos_ == "ADP":
        return next((c for c in head.children if c.dep_ == "pobj"), head)
    return head


def places_of(trigger: Token) -> list[Token]:
    """Where an event happened: every place in a locative phrase of the trigger itself (or of
    the verb it is the object or subject of, or of a noun in such a phrase: "an attack on the
    market in Strasbourg", "on a street in the city of Lyon"), nearest first. A place elsewhere
    in the sentence is left out: most events of a sentence that names a place are not annotated
    with it, and the nearest place was wrong more often than right on the dev split."""
    own = {c.i: c for c in _place_heads(trigger.sent) if _attached_to(c, trigger)}
    return sorted(own.values(), key=lambda c: abs(c.i - trigger.i))


PLACE_LINK_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "acomp", "oprd", "xcomp"})
"""Links of a trigger to the word whose locative phrases are the trigger's too ("carried out an
attack in X", "the attack in X", "was shot dead in X")."""
PLACE_HOPS = 6
NESTING_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
"""A noun in one of these roles passes its own locative phrases to the word it hangs on ("an
attack on the market in Strasbourg": Strasbourg -> market -> attack)."""


def _attached_to(place: Token, trigger: Token) -> bool:
    """Whether a place hangs on the trigger (or the word it is linked to, see PLACE_LINK_DEPS)
    through a preposition, looking through "the city of X", appositions, conjunctions and the
    nouns of the trigger's own phrases (see NESTING_DEPS)."""
    owners = {trigger.i}
    if trigger.dep_ in PLACE_LINK_DEPS:
        owners.add(trigger.head.i)
        if trigger.head.dep_ == "prep":
            owners.add(trigger.head.head.i)
    tok = place
    for _ in range(PLACE_HOPS):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the city of X" -> city
            tok = tok.head.head
        elif tok.dep_ in ("conj", "appos", "compound"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            owner = tok.head.head
            if owner.i in owners:
                return True
            if owner.pos_ not in ("NOUN", "PROPN") or owner.dep_ not in NESTING_DEPS:
                return False
            tok = owner  # "on a street in the city of Lyon": the street's place is the event's
        else:
            break
    return tok.dep_ == "npadvmod" and tok.head.i in owners


def baseline_arguments(event: ScoredEvent, roles: frozenset[str]) -> set[tuple[str, str]]:
    """The nearest named entity of the right type to the trigger, per role."""
    tok = event.trigger
    ents: Sequence[Span] = tok.sent.ents
    out: set[tuple[str, str]] = set()

    def nearest(labels: frozenset[str], before: bool | None) -> Span | None:
        pool = [
            e for e in ents
            if e.label_ in labels
            and (before is None or (e.end <= tok.i if before else e.start > tok.i))
        ]  # fmt: skip
        return min(pool, key=lambda e: abs(e.root.i - tok.i)) if pool else None

    wanted = (
        ("attacker", AGENT_ENTS, True),
        ("victim", AGENT_ENTS, False),
        ("target", AGENT_ENTS, False),
        ("place", PLACE_ENTS, None),
        ("instrument", INSTRUMENT_ENTS, None),
    )
    for role, labels, before in wanted:
        if role in roles and (ent := nearest(labels, before)) is not None:
            out.add((role, ent.root.lower_))
    return out


def _count(counts: dict[str, RoleCounts], predicted: set[tuple[str, str]],
           gold: Sequence[tuple[str, str]]) -> None:  # fmt: skip
    remaining = list(gold)
    for role, _head_word in gold:
        counts[role].gold += 1
    for pair in sorted(predicted):
        counts[pair[0]].predicted += 1
        if pair in remaining:
            remaining.remove(pair)
            counts[pair[0]].tp += 1


def _count_coreferent(counts: dict[str, RoleCounts], predicted: set[tuple[str, str]],
                      gold: Sequence[tuple[str, frozenset[str]]]) -> None:  # fmt: skip
    """Like `_count`, but a prediction is right when its head is the head of any mention of a
    gold argument's entity ("he" or "the bomber" for an argument the set marks once by name);
    each gold argument is matched once."""
    remaining = list(gold)
    for role, _heads in gold:
        counts[role].gold += 1
    for role, head_word in sorted(predicted):
        counts[role].predicted += 1
        match = next((g for g in remaining if g[0] == role and head_word in g[1]), None)
        if match is not None:
            remaining.remove(match)
            counts[role].tp += 1


def score_wikievents(
    folder: Path, *, limit: int | None = None, fold: str | None = None
) -> dict[str, Any]:
    """Per-role precision/recall/F1 of the extractor and of the nearest-entity baseline.

    WikiEvents has an official split: the TEST documents are scored by default (and for
    `heldout`), the DEV documents for `train` (the split rules are tuned on), both for `all`."""
    from newsledger.nlp.pipeline import load_pipeline

    splits = SPLIT_OF_FOLD.get(fold or "heldout")
    if splits is None:
        raise ValueError(f"unknown fold {fold!r}: use 'train', 'dev', 'heldout' or 'all'")
    documents = [d for split in splits for d in read_documents(Path(folder), split)][:limit]
    clusters = {k: v for split in splits for k, v in read_clusters(Path(folder), split).items()}
    roles_of = read_roles(Path(folder))
    nlp = load_pipeline("en")
    counts = {key: {r: RoleCounts() for r in ROLES} for key in COUNT_KEYS}
    events = 0
    texts = (document_text(d) for d in documents)
    for document, doc in zip(documents, nlp.pipe(texts, batch_size=PIPE_BATCH), strict=True):
        for event in gold_events(document, doc, clusters.get(document["doc_id"], ())):
            events += 1
            roles = roles_of.get(event.event_type, frozenset(ROLES))
            system = system_arguments(event, roles)
            baseline = baseline_arguments(event, roles)
            _count(counts["system"], system, event.gold)
            _count(counts["role_reader"], system_arguments(event, roles, untyped=True), event.gold)
            _count(counts["baseline"], baseline, event.gold)
            _count_coreferent(counts["system_coref"], system, event.gold_coreferent)
            _count_coreferent(counts["baseline_coref"], baseline, event.gold_coreferent)
    result: dict[str, Any] = {"documents": len(documents), "events": events}
    result.update({key: {r: counts[key][r].scores() for r in ROLES} for key in COUNT_KEYS})
    fold_name = "+".join(split.removesuffix(".jsonl") for split in splits)
    result["scoreboard"] = [
        {
            "metric": f"{role}.f1 ({label})",
            "score": round(result[key][role]["f1"], 4),
            "baseline": round(result[against][role]["f1"], 4),
            "baseline_name": "nearest named entity of the role's type to the trigger",
            "anchor": None,
            "fold": fold_name,
        }
        for key, against, label in SCOREBOARD_ROWS
        for role in ROLES
    ]
    return result
