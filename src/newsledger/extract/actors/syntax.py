"""Dependency-parse helpers of the actors reader: a verb's subject (inherited through
conjunctions and controlled verbs), the objects of its prepositions, and the verb an adjective
trigger completes."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import actor_kind
from newsledger.extract.event_words import (
    LEMMA_FAMILIES,
    words,
)
from newsledger.extract.vocab_figures import PRESENT_SPELLED_PARTICIPLES
from newsledger.nlp.deps import (
    ACTIVE_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    is_passive,
)

OBJECT_DEPS = frozenset({"dobj", "obj"})


TARGET_PREPS = frozenset({"at", "against", "on", "into", "upon", "contre", "sur"})


AGENT_PREPS = frozenset({"by", "par"})


RECIPROCAL_PREPS = frozenset({"with", "between", "among", "avec", "entre"})


NOUN_TARGET_PREPS = frozenset({"on", "against", "of", "upon", "contre", "sur", "de"})


INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})
"""A verb with no subject of its own shares the subject of its head through these links."""


OBJECT_CONTROL_VERBS = words(
    "ask urge order tell force compel persuade encourage instruct command allow permit "
    "authorise authorize incite pressure recruit hire pay train send inspire"
)
"""Verbs whose object does what their infinitive says ("the governor asked the army to arrest
them": the army arrests, not the governor); "promise" is the rare verb that keeps its subject."""


OBJECT_CONTROL_PREPS = frozenset({"from", "for", "of", "into"})
"""Prepositions of a verb's complement whose gerund is done by the verb's object when it has one
("stopped the men from attacking", "condemned him for attacking", "accused them of killing",
"tricked him into attacking")."""


HEADLINE_VERB_TAGS = frozenset({"VBD", "VBN"})
"""The past forms a headline's clause without its auxiliary is written with ("Boy hurt")."""

def headline_interjection_subject(tok: Token) -> bool:
    """Whether a word the tagger reads as an interjection is a headline's subject: a people
    word opening its sentence and hanging on a later past-form verb ("Boy hurt in backyard
    shooting" tags "Boy" INTJ). Headlines drop the article, and the English tagger takes a
    bare capitalised "Boy" for the exclamation; the words of `actor_kind` are no exclamations."""
    return (
        tok.pos_ == "INTJ"
        and tok.dep_ == "intj"
        and tok.i == tok.sent.start
        and tok.head.i > tok.i
        and (tok.head.tag_ in HEADLINE_VERB_TAGS or tok.head.lower_ in PRESENT_SPELLED_PARTICIPLES)
        and actor_kind(tok, "en") is not None
    )


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject (inherited through conj/xcomp/advcl, taken from the object of an
    object-control verb or of the verb a gerund complements, see `_controller`) and whether it
    is passive."""
    hops = 0
    raised = False
    stative = False
    while verb is not None and hops < 3:
        for child in verb.children:
            if child.dep_ in ACTIVE_SUBJECT_DEPS or headline_interjection_subject(child):
                # "women were among the dead and injured": a participle conjoined to a copula
                # states what its subject underwent
                return child, stative
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                # "X is believed to have detonated the bomb": the passive is the believing; the
                # infinitive's own voice is read from the infinitive
                return child, not raised
        if verb.dep_ == "acl" and _is_infinitive(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
            return _infinitive_owner(verb.head), False
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            # a past participle modifying its noun is passive: "officers injured", "policiers
            # blessés" (UD models carry no VBN tag: read the morphology)
            # an English past form modifying a noun is a participle even when tagged as a
            # simple past ("the killer, shot dead by police"): active reduced relatives are -ing
            participle = verb.tag_ in ("VBN", "VBD") or (
                verb.morph.get("VerbForm", []) == ["Part"]
                and verb.morph.get("Tense", []) == ["Past"]
            )
            return verb.head, verb.dep_ == "acl" and participle
        controller = _controller(verb)
        if controller is not None:
            return controller, False
        if verb.dep_ not in INHERIT_DEPS or verb.head == verb:
            return None, False
        raised = raised or verb.dep_ == "xcomp"
        stative = stative or (
            verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in COPULAS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        )  # fmt: skip
        verb = _nearer_event_verb(verb) or verb.head
        hops += 1
    return None, False


def _controller(verb: Token) -> Token | None:
    """Who does what a verb with no subject of its own says when the verb it depends on names
    it as its object: the object of an object-control verb ("asked the army to arrest them"),
    the object of the verb a gerund complements ("stopped the men from attacking"), which a
    negation leaves in place ("did not stop the men from attacking": they attacked); None when
    neither applies. A gerund after an adjunct ("was shot after attacking the guards")
    is left unread: its subject is often the subject of an accident's verb ("died after
    inhaling"), which would make an accident look like an attack."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
        return next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head.dep_ != "prep":
        return None
    owner = head.head
    if owner.dep_ in OBJECT_DEPS and head.lower_ in OBJECT_CONTROL_PREPS:
        return owner  # "condemned the driver for killing": the parser hangs "for" on the object
    if owner.pos_ != "VERB":
        return None
    if head.lower_ in OBJECT_CONTROL_PREPS:
        obj = next((c for c in owner.children if c.dep_ in OBJECT_DEPS), None)
        if obj is not None:
            return obj
    return None


def _nearer_event_verb(verb: Token) -> Token | None:
    """The event verb a trailing participle clause follows when the parser hangs the clause on
    a farther verb: in "police hunt a man who left a device that exploded, wounding 13" the
    device's exploding wounded them, not the police's hunting. The nearest verb of an event
    (`event_words`, active) between the head and the participle, inside the head's phrase;
    None when there is none ("gunmen fired on a bus that carried pilgrims, killing 12": the
    gunmen)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i:
        return None
    for tok in reversed(verb.doc[head.i + 1 : verb.i]):
        event = tok.pos_ == "VERB" and tok.lemma_.lower() in LEMMA_FAMILIES
        if event and head.is_ancestor(tok) and not is_passive(tok):
            return tok
    return None


def _is_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("the decision to carry out the attacks")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _infinitive_owner(noun: Token) -> Token | None:
    """Who does what a to-infinitive modifying a noun says: the noun's possessor ("the IRA's
    decision to carry out the attacks"), else the noun when it names people ("the first gunman
    to open fire"); a plan, decision or attempt with no owner says no one."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return noun if noun.pos_ == "PROPN" or actor_kind(noun) is not None else None


def prep_object_nouns(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ in ("pobj", "obj", "nmod")]


UD_OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})


def prep_objects(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs below a word, for English ("prep" -> "pobj") and Universal
    Dependencies models such as French ("obl"/"nmod" with a "case" child)."""
    out: list[tuple[str, Token]] = []
    for child in tok.children:
        if child.dep_ == "prep":
            out.extend((child.lower_, g) for g in prep_object_nouns(child))
        elif child.dep_ in UD_OBLIQUE_DEPS:
            case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
            if case is not None:
                out.append(("by" if child.dep_ == "obl:agent" else case, child))
    return out


PREDICATE_ADJ_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod"})
"""Links of an adjective trigger to the verb that states the event ("shot dead", "found dead")."""


COPULAS = words("be remain lie")
"""Verbs that only state a condition: "nine people were dead" makes the subject the side the
event befell."""


def predicate_verb(tok: Token) -> Token:
    """The verb an adjective trigger completes ("was shot dead by police" -> shot): its
    arguments are the event's; any other word stands for itself."""
    if tok.pos_ == "ADJ" and tok.dep_ in PREDICATE_ADJ_DEPS and tok.head.pos_ == "VERB":
        return tok.head
    return tok


def is_state_of(tok: Token) -> bool:
    """Whether an adjective trigger states its subject's condition through a copula."""
    return (
        tok.pos_ in ("ADJ", "VERB")
        and tok.dep_ in ("acomp", "attr", "oprd")
        and tok.head.lemma_.lower() in COPULAS
    )
