"""Figure claims: how many of whom were present, injured, hospitalised, killed, arrested, and
what else was counted, each with the evidence that makes the number a figure.

`extract_figures(sents, article_id)` reads the quantities found by `nlp.numbers` in the given
sentences and asks the dependency parse three questions per number:
1. Whom does it count? The counted noun (nummod link or "of"/"de" construction), through framing
   nouns ("a group of 100 migrants", "members of the police"), normalised by `extract.vocab`.
   Relational nouns ("32 bruised colleagues") take the group of whoever is speaking; a bare number
   ("seven had to go to the hospital") takes the group counted just before it.
2. What happened to them? The modifiers of the noun ("bruised", "wounded") and the predicate it is
   subject or object of, with its conjoined and controlled verbs ("were injured and were taken to
   an emergency room" gives injured AND hospitalised), or a governing noun ("the hospitalization
   of fifteen officers").
3. Without a casualty word: state forces at the scene are `present`, the other side
   `participants`; counted objects are `other` with an `item`. Counts of people in statistic
   sentences ("in 2015", "a record", "this year") are skipped: they are populations, not the
   count of one incident. Subsets ("one of whom") are skipped: they are not totals.

It also emits explicit unknowns ("no immediate reports on the number of migrants wounded":
value None, qualifier "unknown"), vague counts with no number ("numerous officers reporting
injuries": value None, qualifier "vague") and single casualties ("the wife of a truck driver was
injured": value 1). All claims are kept (separate evidence); consensus is the merge stage's job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.extract import vocab_figures
from newsledger.extract.actors.names import AGE_UNITS
from newsledger.extract.actors.syntax import headline_interjection_subject
from newsledger.extract.referents import pronoun_referent
from newsledger.extract.vocab import STATE_GROUPS, group_of
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.deps import PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS, is_passive
from newsledger.nlp.doctext import doc_text, span_text, token_lowers, token_pos, token_starts
from newsledger.nlp.numbers import age_set_off_after, find_quantities
from newsledger.nlp.types import Attribution, Quantity

OBJECT_DEPS = frozenset(
    {"dobj", "obj", "pobj", "obl", "obl:arg", "obl:mod", "iobj", "attr", "oprd"}
)
ARG_DEPS = SUBJECT_DEPS | OBJECT_DEPS | frozenset({"appos", "conj", "ROOT", "nmod", "dep"})
CLAUSE_LINKS = frozenset({"conj", "xcomp", "advcl"})
"""Verbs reached from the counted noun's predicate that share its subject."""

ELLIPSIS_LOOKBACK = 2
"""Sentences back a bare number ("seven had to go...") may take its group from."""

VAGUE_DETERMINERS = frozenset({"many", "numerous", "nombreux", "nombreuses", "some"})
"""Determiners that say "more than one, number unknown" ("numerous officers reporting injuries")."""

SMALL_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acl", "advcl", "ROOT"})
"""Where a bare participle is a passive small clause or a headline ("16 police injured")."""

_STATISTIC_RE = re.compile("|".join(vocab_figures.STATISTIC_MARKERS), re.IGNORECASE)
_UNKNOWN_CUE_RE = re.compile(
    r"\b(?:no|not|unknown|unclear|undisclosed|n['’]|pas|aucun|aucune|inconnu|ignore|ignorait)\b",
    re.IGNORECASE,
)
_UNKNOWN_RE = re.compile(
    r"\b(?:(?:the\s+)?number\s+of\s+(?P<g1>[\w-]+(?:\s+[\w-]+)?)\s+(?:who\s+(?:were|had\s+been)\s+)?"
    r"(?P<k1>wounded|injured|hurt|killed|dead|arrested|detained|hospitali[sz]ed)"
    r"|how\s+many\s+(?P<g2>[\w-]+(?:\s+[\w-]+)?)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?P<k2>wounded|injured|hurt|killed|arrested|detained|hospitali[sz]ed)"
    r"|(?:le\s+)?nombre\s+de\s+(?P<g3>[\w-]+)\s+(?P<k3>blessés|tués|morts|interpellés|hospitalisés)"
    r"|(?:le\s+)?bilan\s+(?:des\s+)?(?P<k4>blessés|victimes)\s+parmi\s+les\s+(?P<g4>[\w-]+))",
    re.IGNORECASE,
)
_UNKNOWN_KIND = {
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "blessés": "injured",
    "victimes": "injured",
    "killed": "killed",
    "dead": "killed",
    "tués": "killed",
    "morts": "killed",
    "arrested": "arrested",
    "detained": "arrested",
    "interpellés": "arrested",
    "hospitalised": "hospitalised",
    "hospitalized": "hospitalised",
    "hospitalisés": "hospitalised",
}


# --- small parse helpers ----------------------------------------------------------------------


class _TokenIndex:
    """Char offset -> token, by bisection over token starts (one list per doc)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = token_starts(doc)  # shared by every mention of the Doc: read only

    def at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]


def _low(tok: Token) -> str:
    return tok.lower_


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _words(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _in(tok: Token, vocab: frozenset[str]) -> bool:
    low, lemma = _words(tok)
    return low in vocab or lemma in vocab


def _has_hospital_goal(verb: Token) -> Token | None:
    """The hospital noun a verb moves someone to ("taken to an emergency room"), or None."""
    for prep in verb.children:
        if (
            prep.dep_ in ("prep", "obl", "obl:mod", "obl:arg", "advmod")
            or prep.lower_ in vocab_figures.HOSPITAL_PREPS
        ):
            targets = [prep] if prep.pos_ in ("NOUN", "PROPN") else list(prep.children)
            for obj in targets:
                if obj.pos_ in ("NOUN", "PROPN") and _is_hospital(obj):
                    case = [c for c in obj.children if c.dep_ == "case"]
                    if prep.lower_ in vocab_figures.HOSPITAL_PREPS or any(
                        c.lower_ in vocab_figures.HOSPITAL_PREPS for c in case
                    ):
                        return obj
    return None


def _is_hospital(noun: Token) -> bool:
    """A hospital noun; a room only when a word makes it a hospital's ("an emergency room"),
    since "asleep in the next room" moves nobody to hospital."""
    if not _in(noun, vocab_figures.HOSPITAL_NOUNS):
        return False
    if noun.lower_ not in vocab_figures.BARE_ROOM_NOUNS:
        return True
    return any(
        c.dep_ in ("compound", "amod", "nmod") and _in(c, vocab_figures.HOSPITAL_ROOM_MODIFIERS)
        for c in noun.children
    )


def _died(verb: Token) -> bool:
    """A verb that says its subject died ("died at the hospital", "pronounced dead at a
    hospital"): the hospital is where they died, so they are among the dead, not the injured."""
    return _in(verb, vocab_figures.KILLED_VERBS) or any(
        c.dep_ in ("acomp", "oprd", "xcomp") and _in(c, vocab_figures.KILLED_VERBS)
        for c in verb.children
    )


PLACE_OF_DEATH_WORDS = frozenset({"where", "où"})
"""Words that open a relative clause on a place ("a hospital, where he died")."""

SAME_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "il", "elle", "ils", "elles"})
"""Subjects of a death at the hospital that stand for the people brought there; any other
subject ("where one died", "where the woman died") may be a share of them."""

SINGLE_PERSON_PRONOUNS = frozenset({"he", "she", "il", "elle"})


def _died_there(hospital: Token, argument: Token | None) -> Token | None:
    """The death word of a relative clause on the hospital someone was taken to, told of the
    same people ("two victims were taken to a hospital, where they later died", "he was
    rushed to a hospital, where he was pronounced dead"): they died there, so they are dead,
    not taken to hospital alive. None when its subject may be a share of them ("where one
    died", "three people ... where she died") or the death is in doubt ("where he is expected
    to die"). Why: on the gva_dev train fold 2 to 4 victims so told counted as injured."""
    for clause in hospital.children:
        if clause.dep_ not in ("relcl", "acl:relcl") or not _died(clause):
            continue
        if not any(c.lower_ in PLACE_OF_DEATH_WORDS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if any(s.lower_ not in SAME_PEOPLE_PRONOUNS for s in subjects):
            continue
        plural = argument is not None and (
            argument.tag_ in ("NNS", "NNPS")
            or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in argument.children)
        )
        if plural and any(s.lower_ in SINGLE_PERSON_PRONOUNS for s in subjects):
            continue
        trigger = clause if _in(clause, vocab_figures.KILLED_VERBS) else next(
            c for c in clause.children
            if c.dep_ in ("acomp", "oprd", "xcomp") and _in(c, vocab_figures.KILLED_VERBS)
        )
        if not _death_in_doubt(trigger):
            return trigger
    return None


def _moves_someone_else(verb: Token, role: str) -> bool:
    """The subject of an active verb with a person as its object took that person to hospital
    ("her uncle drove her to the hospital"); a reflexive object is the subject itself, and a
    thing is no one ("spent ten days in hospital")."""
    return (
        role == "subject"
        and not is_passive(verb)
        and any(c.dep_ in ("dobj", "obj") and _other_person(c) for c in verb.children)
    )


def _rescued(verb: Token, role: str) -> bool:
    """Whether the people a rescue verb takes (its object, or its subject in the passive) were
    rescued (`vocab_figures.RESCUED_VERBS`): those brought out of danger took no part in the
    event, and nothing says they were hurt."""
    return _in(verb, vocab_figures.RESCUED_VERBS) and (role == "object" or is_passive(verb))


def _protests(verb: Token) -> bool:
    """Whether civilians counted as the subject of a verb are participants of a protest: a
    protest verb, unless they gather or rally at a hospital (`_has_hospital_goal`), where people
    keep the wounded company ("Twenty relatives gathered at the hospital"), as `_keeps_company`
    reads them for the hospitalised. A march to a hospital stays a protest."""
    if not _in(verb, vocab_figures.PROTEST_VERBS):
        return False
    return not (_in(verb, vocab_figures.VIGIL_VERBS) and _has_hospital_goal(verb) is not None)


def _keeps_company(verb: Token, role: str) -> bool:
    """Whether the subject is at a hospital for someone else, not treated there: it waits,
    gathers or visits there ("relatives gathered at the hospital"), or a relative is there or
    gets there ("his father arrived at the hospital", "her family is at the hospital") with no
    condition of its own ("his wife is in critical condition at the hospital" is a patient).
    Why: on the gva_dev train fold such sentences made 10 hospitalised claims, none a patient."""
    if role != "subject" or _condition_of(verb) is not None:
        return False
    if _in(verb, vocab_figures.VIGIL_VERBS):
        return True
    if is_passive(verb) or not _in(verb, vocab_figures.PRESENCE_VERBS):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    return any(_in(s, vocab_figures.COMPANION_NOUNS) for s in subjects)


TIME_ENTITIES = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY"})


def _other_person(tok: Token) -> bool:
    """Someone other than the subject: a pronoun other than a reflexive, or a noun that is no
    stretch of time ("spent ten days in hospital") and nothing a patient receives ("received
    treatment", "needed stitches") or suffers ("had injuries treated")."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in REFLEXIVES
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.ent_type_ not in TIME_ENTITIES
        and not _in(tok, vocab_figures.CARE_NOUNS)
        and not _in(tok, vocab_figures.INJURY_NOUNS)
    )


def _suffered_injury(verb: Token) -> Token | None:
    """The injury noun of "suffered injuries", "reporting injuries", "sustained a fracture"."""
    if not _in(verb, vocab_figures.SUFFER_VERBS):
        return None
    for child in verb.subtree:
        if child != verb and _in(child, vocab_figures.INJURY_NOUNS):
            return child
    return None


FATAL_ADJECTIVES = frozenset({"fatal", "deadly", "mortal", "lethal", "mortel", "mortelle"})
"""Adjectives that make a wound or an injury the cause of a death ("a fatal gunshot wound",
"une blessure mortelle")."""

DOUBTED_FATALITY = frozenset({"potentially", "possibly", "nearly", "almost", "near", "non"})
"""Words before a fatal adjective that keep the death from happening ("a potentially fatal
wound", "a non-fatal wound", "a near-fatal injury")."""


def _fatal_injury(injury: Token) -> Token | None:
    """The adjective that makes an injury noun a death ("suffered a fatal gunshot wound", "the
    fatal injury of a man"), or None when there is none or it is doubted or denied
    (DOUBTED_FATALITY). Why: on the gva_dev train fold a sole victim told so counted as hurt,
    not dead."""
    doc = injury.doc
    for adjective in injury.children:
        if adjective.dep_ != "amod" or not _in(adjective, FATAL_ADJECTIVES):
            continue
        before = [doc[i].lower_ for i in range(max(adjective.i - 2, 0), adjective.i)]
        if any(w in DOUBTED_FATALITY for w in before) or any(
            c.dep_ == "advmod" for c in adjective.children
        ):
            continue
        return adjective
    return None


def _small_clause(verb: Token) -> bool:
    """A bare participle read as passive: "leaving [seven officers injured]", headlines
    ("Seven officers injured in clash") - but not when another verb's object stands between
    the subject and the participle (a mis-attached subject)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and _leaves_in_state(verb):
        return True
    if verb.tag_ == "VBD" and _headline_clause(verb):
        return True
    present = verb.tag_ in ("VBP", "VB")  # "Boy hurt in ...": the tagger may read either
    spelled_as_present = verb.lower_ in vocab_figures.PRESENT_SPELLED_PARTICIPLES
    if present and spelled_as_present and _headline_clause(verb):
        return True  # "Seven officers hurt as ...": the tagger took the participle for a present
    if verb.tag_ != "VBN":
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "conj" and not own_subject:
        return is_passive(verb.head) or _small_clause(verb.head)  # "was shot and killed"
    if verb.dep_ not in SMALL_CLAUSE_DEPS | {"conj"}:
        # a conjoined participle with a subject of its own: "left one dead and two men injured"
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return True
    doc = verb.doc
    return not any(doc[j].dep_ in ("dobj", "obj") for j in range(subjects[0].i + 1, verb.i))


SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'"})
"""Marks that close a sentence of prose; a headline ends without one."""


def _headline_clause(verb: Token) -> bool:
    """ "Woman shot in foot", "Young person hurt when bullet flies": a headline (no closing
    mark) whose bare noun subject is followed by a past form with no object is a passive
    told short, as the tagger may read the participle as a past tense."""
    sent = verb.sent
    if sent[-1].text in SENTENCE_ENDS or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subjects = [
        c
        for c in verb.children
        if (c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")) or headline_interjection_subject(c)
    ]
    # a number is no determiner: "Three teens shot near school" is as short as "Teen shot"
    return bool(subjects) and not any(c.dep_ in ("det", "poss") for c in subjects[0].children)


def _leaves_in_state(verb: Token) -> bool:
    """ "left one person dead and four others wounded": a participle with a subject of its own and
    no object, conjoined to a verb that leaves someone in a state, is that state too (the
    tagger may read it as a past tense)."""
    head = verb.head
    return (
        any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        and any(c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "VERB") for c in head.children)
    )


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "se", "s'"})
"""An object that is the subject itself: what the verb does happens to the subject."""


def _reflexive_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES for c in verb.children)


def _condition_of(verb: Token) -> Token | None:
    """The condition noun of "was in critical condition", "left a man in serious condition",
    "is critical": a hurt person's state (see vocab_figures.CONDITION_STATES)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lower_ == "condition" and any(
                    _in(word, vocab_figures.CONDITION_STATES)
                    for adjective in noun.children
                    if adjective.dep_ == "amod"
                    for word in (adjective, *adjective.conjuncts)
                ):
                    return noun
        if (
            child.dep_ == "acomp"
            and child.lower_ == "critical"
            and not any(c.dep_ == "prep" for c in child.children)  # "critical of the police"
        ):
            return child
    return None


FATAL_ADVERBS = frozenset({"fatally", "mortally", "mortellement"})
"""An adverb that turns a wound into a death: "fatally injured", "mortally wounded"."""


def _is_fatal_adverb(adverb: Token) -> bool:
    """ "fatally" / "mortally" said of the verb's people, not of a share of them set off after
    it ("seven people hurt, one of them fatally": one dead, which `_fatal_shares` reads)."""
    if adverb.dep_ != "advmod" or adverb.lower_ not in FATAL_ADVERBS:
        return False
    between = adverb.doc[adverb.head.i + 1 : adverb.i]
    return not any(t.like_num or t.pos_ == "NUM" for t in between)


def _wind_up(verb: Token) -> bool:
    """ "Four friends wound up in a fight": the past of "wind up", spelled as the harm verb."""
    return verb.lower_ == "wound" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


def _verb_kinds(verb: Token, role: str, argument: Token | None = None) -> list[tuple[str, Token]]:
    """Casualty kinds a predicate gives its argument in `role` ("subject" | "object"); the
    argument itself, when given, places the state a verb leaves its object in (see
    `_state_of_earlier_object`)."""
    kinds: list[tuple[str, Token]] = []
    passive_or_object = (
        role == "object"
        or is_passive(verb)
        or _small_clause(verb)
        or (role == "subject" and _reflexive_object(verb))  # "a boy shot himself"
        or verb.pos_ == "ADJ"  # "one dead, three hurt": the adjective is the subject's state
    )
    if _in(verb, vocab_figures.HOSPITALISED_VERBS):
        kinds.append(("hospitalised", verb))
    condition = _condition_of(verb)
    if condition is not None and (role == "object") == any(
        c.dep_ in ("dobj", "obj") for c in verb.children
    ):
        kinds.append(("injured", condition))
    goal = _has_hospital_goal(verb)
    died_there = None
    if (
        goal is not None and not _died(verb) and not _moves_someone_else(verb, role)
        and not _keeps_company(verb, role) and not _in(verb, vocab_figures.PROTEST_VERBS)
    ):  # fmt: skip  # "marched to the hospital": a protest's way, no patient's
        died_there = _died_there(goal, argument)
        kinds.append(("hospitalised", goal) if died_there is None else ("killed", died_there))
    if passive_or_object and _in(verb, vocab_figures.INJURED_VERBS) and not _wind_up(verb):
        kinds.append(("injured", verb))
    if _in(verb, vocab_figures.KILLED_VERBS) and (
        passive_or_object or _in(verb, vocab_figures.INTRANSITIVE_KILLED)
    ):
        kinds.append(("killed", verb))
    if (
        passive_or_object
        and _in(verb, vocab_figures.ARRESTED_VERBS)
        and (is_passive(verb) or not _in(verb, vocab_figures.HELD_ONLY_IN_PASSIVE))
    ):
        kinds.append(("arrested", verb))
    if role == "subject":
        injury = _suffered_injury(verb)
        if injury is not None:
            # "suffered a fatal gunshot wound": a death, the evidence running to the wound
            kinds.append(("killed" if _fatal_injury(injury) else "injured", injury))
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    for child in verb.children:
        # "were left injured", "are dead" (subject); "leaving seven officers injured" (object)
        # a gerund or an active infinitive is what the subject did ("began shooting", "is
        # believed to have shot"), not a state it was left in
        if (
            child.dep_ in ("acomp", "oprd", "xcomp", "ccomp")
            and child.pos_ in ("ADJ", "VERB")
            and child.tag_ != "VBG"
            and not (any(c.dep_ == "aux" for c in child.children) and not is_passive(child))
            and not _said_to(child, role)
        ):
            if has_object != (role == "object") or (child.dep_ == "ccomp" and role == "subject"):
                continue
            if role == "object" and _state_of_earlier_object(child, argument):
                continue
            if _in(child, vocab_figures.INJURED_VERBS):
                kinds.append(("injured", child))
            if _in(child, vocab_figures.KILLED_VERBS):
                kinds.append(("killed", child))
        if _is_fatal_adverb(child) and passive_or_object:
            kinds.append(("killed", child))  # not the subject of "a man fatally shot his wife"
    death = _to_death(verb) if _in(verb, vocab_figures.INJURED_VERBS) else None
    if death is not None and passive_or_object:
        kinds.append(("killed", death))
    if death is not None or died_there is not None or any(
        _is_fatal_adverb(c) for c in verb.children
    ):
        # "was fatally wounded", "was shot to death", "was taken in critical condition to a
        # hospital, where he died": one dead, not one injured
        kinds = [(kind, tok) for kind, tok in kinds if kind != "injured"]
    return kinds


def _said_to(clause: Token, role: str) -> bool:
    """Whether a clause is what was said to the verb's object ("a girl told a deputy, 'He shot
    my brother'", "she told an officer he had killed her mother"): a clause with a subject of its
    own tells of someone else, so the one told (often the officer who took the report) is not
    in its state. On the gva_dev train fold the officer told was counted among the dead. No
    speech verb is required: whatever the verb ("informed the family he had died", "warned
    a guard the man was armed"), a clause with its own subject is not the object's state."""
    return (
        role == "object" and clause.dep_ == "ccomp"
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )  # fmt: skip


def _to_death(verb: Token) -> Token | None:
    """The "death" of "shot to death", "stabbed to death", "beaten to death": a harm done until
    the person died (a hit told so is a death, as "fatally" makes one)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lower_ == "death":
                    return noun
    return None


def _predicates(np: Token) -> list[tuple[Token, str]]:
    """(verb, role of np) for the clause np is an argument of, plus verbs that share its subject."""
    dep = np.dep_
    if dep in SUBJECT_DEPS or headline_interjection_subject(np):
        role = "subject"
    elif dep in OBJECT_DEPS and np.head.pos_ in ("VERB", "AUX", "ADJ"):
        role = "object"
    else:
        return []
    verb = np.head
    found = [(verb, role)]
    stack = [verb]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in CLAUSE_LINKS and child.pos_ in ("VERB", "AUX", "ADJ"):
                if role == "subject" and any(c.dep_ in SUBJECT_DEPS for c in child.children):
                    continue  # a new clause with its own subject
                if role == "object" and (child.dep_ != "conj" or _own_arguments(child)):
                    continue  # "killing two and wounding four": the four are wounding's
                found.append((child, role))
                stack.append(child)
            elif role == "subject" and child.dep_ == "prep" and child.lower_ in TIME_LINKS:
                found.extend((c, role) for c in child.children if c.dep_ == "pcomp"
                             and c.pos_ in ("VERB", "AUX")
                             and not any(g.dep_ in SUBJECT_DEPS for g in c.children))  # fmt: skip
    return found


def _state_of_earlier_object(state: Token, argument: Token | None) -> bool:
    """ "left two people dead and three others in the hospital": the state word of a verb that
    leaves someone in a state follows the object it tells of, so an object told after it (the
    parse hangs "three others" on "left" too) is not in that state."""
    return argument is not None and state.dep_ == "oprd" and argument.i > state.i


def _own_arguments(verb: Token) -> bool:
    """A verb with a subject or an object of its own does not share another verb's object."""
    return any(c.dep_ in SUBJECT_DEPS | {"dobj", "obj"} for c in verb.children)


TIME_LINKS = frozenset({"after", "before", "while", "when"})
"""A clause with no subject of its own under these shares the subject: "a girl is recovering
after being shot in the foot" says the girl was shot."""


UNREALISED_MODALS = frozenset({"could", "might", "should"})
"""Modals that make a harm a possibility, not a fact: "could be hurt", "might have died"."""

COUNTERFACTUAL_MODALS = UNREALISED_MODALS | {"would"}
"""Modals that, before "have", tell what did not happen ("would have been killed"). "would"
alone tells a later fact in a narrative ("he would die two days later") and counts."""


def _unrealised(verb: Token) -> bool:
    """A harm under a modal of possibility or a counterfactual ("someone could have been
    killed", "a stray bullet might hit a child", "would have been shot had he stayed"): no one
    it counts was harmed."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in UNREALISED_MODALS for a in auxiliaries):
        return True
    return "have" in auxiliaries and any(a in COUNTERFACTUAL_MODALS for a in auxiliaries)


NEGATING_WORDS = frozenset({"not", "n't", "never", "ne", "n'", "pas", "jamais", "rien"})
"""Words that deny the verb they hang on whatever their dependency label: the French parse tags
"ne ... pas" as `advmod`, never `neg`, so "Il n'a pas été blessé" would read as one injured. The
"ne" French writes before "personne", "aucun" and "rien" denies those too."""


def _denies(verb: Token) -> bool:
    """Whether a negation hangs on the verb or on one of its auxiliaries."""
    words = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "neg") and c.lower_ in NEGATING_WORDS)
        for w in words
        for c in w.children
    )


def _negated(trigger: Token) -> bool:
    """A casualty word under a negation ("was not injured", "were not hurt", "n'a pas été
    blessé") states none, nor one under a modal of possibility (`_unrealised`)."""
    if _denies(trigger) or _unrealised(trigger):
        return True
    if trigger.dep_ not in ("acomp", "oprd", "xcomp"):
        return False
    return _denies(trigger.head) or _unrealised(trigger.head)


def _active_relative(verb: Token) -> bool:
    """A relative clause in the active voice whose subject is the relative pronoun ("people who
    shot at a car"): its noun is the agent of the verb, not the one it happened to."""
    if verb.dep_ not in ("relcl", "acl:relcl") or is_passive(verb):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def _about_someone_else(clause: Token) -> bool:
    """A relative clause with a passive subject of its own tells of that subject ("the family
    whose home a boy was fatally injured in"), not of the noun it hangs on."""
    return clause.dep_ in ("relcl", "acl:relcl", "acl") and any(
        c.dep_ in PASSIVE_SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
        for c in clause.children
    )


def _someones_late_relation(noun: Token, modifier: Token) -> bool:
    """ "whose deceased brother", "his deceased father", "the man's deceased wife": "deceased"
    before a possessed noun names someone's relation who died before, not a victim ("the
    deceased victim", "four deceased" count)."""
    return (
        modifier.dep_ == "amod"
        and modifier.lower_ in vocab_figures.LATE_RELATION_WORDS
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _kinds_for(np: Token, counted: Token | None) -> list[tuple[str, Token]]:
    """Casualty kinds of the people at np (the noun phrase's top token), with the trigger."""
    kinds: list[tuple[str, Token]] = []
    state = _counted_state(np) if counted is None else None
    if state is not None:
        return [state]
    for tok in {np, counted} - {None}:
        assert tok is not None
        for child in _modifiers(tok):
            if child.dep_ in ("amod", "acl", "acl:relcl", "relcl") and child.i != np.i:
                if (
                    _active_relative(child)
                    or _deed_of_perpetrator(tok, child)
                    or _about_someone_else(child)
                ):
                    pass  # "two people who shot at a car": they did it, nothing happened to them
                elif _in(child, vocab_figures.INJURED_VERBS):
                    kinds.append(("injured", child))
                elif _someones_late_relation(tok, child):
                    pass  # "a man whose deceased brother ...": a past death, not this one
                elif _in(child, vocab_figures.KILLED_VERBS):
                    kinds.append(("killed", child))
                elif _in(child, vocab_figures.HOSPITALISED_VERBS):
                    kinds.append(("hospitalised", child))
                elif _in(child, vocab_figures.ARRESTED_VERBS) and child.tag_ in ("VBN", "VERB"):
                    kinds.append(("arrested", child))
                elif child.dep_ == "amod" and child.i > tok.i and child.lower_ == "critical":
                    kinds.append(("injured", child))  # "Man critical after shooting"
                if child.dep_ == "acl" and not _about_someone_else(child):
                    # "told a deputy that her brother was killed", parsed as the deputy's
                    # clause: a clause with a passive subject of its own tells of that subject
                    kinds.extend(_verb_kinds(child, "object"))
                elif any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in child.children
                ):
                    kinds.extend(_verb_kinds(child, "subject"))
    own = bool(kinds)
    base = np
    while base.dep_ == "conj" and base.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        base = base.head  # "three migrants and two officers were injured": share the predicate
    if base.dep_ in ("npadvmod", "dep", "appos") or (
        base.dep_ == "conj" and base.head.pos_ in ("VERB", "AUX")
    ):
        base = _coordinated_with(base) or base
    doc = np.doc
    after = np.right_edge.i + 1
    if np.dep_ in ("dobj", "obj") and after < len(doc) and doc[after].tag_ in ("VBN", "JJ", "ADJ"):
        # "leaving seven officers injured" when the parse misses the small clause
        if _in(doc[after], vocab_figures.INJURED_VERBS):
            kinds.append(("injured", doc[after]))
        elif _in(doc[after], vocab_figures.KILLED_VERBS):
            kinds.append(("killed", doc[after]))
    # a governing noun: "the hospitalization of fifteen officers", "the deaths of 3 people"
    if base.dep_ in ("pobj", "nmod"):
        gov = base.head.head if base.head.dep_ == "prep" else base.head
        kind = vocab_figures.NOMINAL_KINDS.get(_low(gov)) or vocab_figures.NOMINAL_KINDS.get(
            _lemma(gov)
        )
        if kind == "injured" and _fatal_injury(gov) is not None:
            kind = "killed"  # "the fatal injury of an 89-year-old man": a death
        if kind and not _attempted(gov):
            kinds.append((kind, gov))
    if not (own and base != np):  # "one dead and three others injured": not also dead
        for verb, role in _predicates(base):
            kinds.extend(_verb_kinds(verb, role, np))
    kinds = [(k, t) for k, t in kinds if not _negated(t)]  # "the deputy was not injured"
    # "shot and killed": the shooting is how they died, not a separate injury
    if any(k == "killed" for k, _ in kinds):
        kinds = [
            (k, t)
            for k, t in kinds
            if not (k == "injured" and _in(t, vocab_figures.WEAPON_INJURY_VERBS))
        ]
    # "was shot and wounded": the word that says the outcome is the evidence, not the hit
    kinds.sort(key=lambda kt: kt[0] == "injured" and _in(kt[1], vocab_figures.WEAPON_INJURY_VERBS))
    seen: set[str] = set()
    unique: list[tuple[str, Token]] = []
    for kind, trigger in kinds:
        if kind not in seen:
            seen.add(kind)
            unique.append((kind, trigger))
    return unique


COUNTED_STATE_POS = frozenset({"ADJ", "VERB", "PROPN"})
"""A casualty word heading a number: an adjective, a participle, or (title case) a "name"."""

STATE_FORMS_TAGGED_NOUN = frozenset({"dead", "hurt", "injured", "wounded", "killed", "slain"})
"""Casualty adjectives and participles that are no count noun, so a number hanging on one as its
modifier counts people in that state even when the tagger reads it as a noun ("leaving two dead
and three hurt": "three" modifies "hurt", tagged NOUN)."""


def _headline_hit(number: Token, head: Token) -> bool:
    """ "5 shot on north side": a headline that opens with a number the tagger hangs on
    "shot" or "stabbed" read as a noun (a count of shots would say "shots")."""
    sent = number.sent
    return (
        number.i == sent.start
        and head.dep_ == "ROOT"
        and head.lower_ in vocab_figures.WEAPON_INJURY_VERBS
        and sent[-1].text not in SENTENCE_ENDS
    )


def _counted_state(number: Token) -> tuple[str, Token] | None:
    """ "1 Dead, 6 Hurt In ...": a bare number the parse hangs on a casualty adjective or
    participle as its modifier counts the people in that state (headlines in title case, where
    "Dead" heads the line and takes the number as its own)."""
    head = number.head
    if number.dep_ != "nummod" or head.i == number.i:
        return None
    own = _own_state(number)
    if own is not None:
        return own
    if (
        head.pos_ not in COUNTED_STATE_POS
        and not (head.pos_ == "NOUN" and head.lower_ in STATE_FORMS_TAGGED_NOUN)
        and not _headline_hit(number, head)
    ):
        return None
    if _negated(head):
        return None
    if _in(head, vocab_figures.KILLED_VERBS):
        return ("killed", head)
    if _in(head, vocab_figures.INJURED_VERBS):
        return ("injured", head)
    return None


def _own_state(number: Token) -> tuple[str, Token] | None:
    """The state written right after a number and hung on it ("One dead, three hurt", parsed
    with "One" modifying "hurt" and "dead" modifying "One"): those people's state, not the
    state of the word the parse hangs the number on."""
    doc = number.doc
    if number.i + 1 >= len(doc):
        return None
    state = doc[number.i + 1]
    if state.head.i != number.i or state.dep_ not in ("amod", "acl") or _negated(state):
        return None
    if _in(state, vocab_figures.KILLED_VERBS):
        return ("killed", state)
    if _in(state, vocab_figures.INJURED_VERBS):
        return ("injured", state)
    return None


def _modifiers(tok: Token) -> list[Token]:
    """The words that modify these people: in "two dead and five wounded" the parse hangs both
    adjectives on "two", so a modifier past a conjoined count belongs to that count."""
    conjuncts = sorted(c.i for c in tok.children if c.dep_ == "conj" and c.i > tok.i)
    own = [c for c in tok.children if not conjuncts or c.i < conjuncts[0] or c.dep_ == "conj"]
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        later = [c.i for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i]
        end = later[0] if later else len(tok.doc)
        own += [c for c in tok.head.children if tok.i < c.i < end and c.dep_ != "conj"]
    return own


def _deed_of_perpetrator(noun: Token, modifier: Token) -> bool:
    """ "a shooting suspect", "the stabbing suspect": the modifier names what they did."""
    return modifier.lower_.endswith("ing") and group_of_noun(noun) == PERPETRATORS


_ALSO_RE = re.compile(
    r"(?:,\s*)?(?:as\s+well\s+as|along\s+with|together\s+with|and|ainsi\s+que|et)\s*$",
    re.IGNORECASE,
)


def _coordinated_with(np: Token) -> Token | None:
    """The noun phrase np is coordinated with when the parse attached it loosely: in "the
    injuries of some migrants, as well as a number of officers" the officers share "injuries"."""
    doc = np.doc
    left = np.left_edge
    window = doc_text(doc)[max(0, left.idx - 20) : left.idx]
    if not _ALSO_RE.search(window):
        return None
    for j in range(left.i - 1, max(-1, left.i - 8), -1):
        cand = doc[j]
        if cand.pos_ in ("NOUN", "PROPN") and cand.dep_ in ARG_DEPS - {"ROOT"}:
            return cand
    return None


def _np_top(counted: Token) -> Token:
    """Climb out of framing nouns: "a group of [100 migrants]" -> group; "members of X" stays."""
    np = counted
    while (
        np.dep_ in ("compound", "nmod")
        and np.head.i > np.i
        and np.head.pos_ == "NOUN"
        and not any(c.dep_ == "case" for c in np.children)
    ):
        np = np.head  # "15 CRS officers": the count is of the officers
    for _ in range(3):
        head = np.head
        if np.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
            frame = head.head
        elif np.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in np.children
        ):
            frame = head
        else:
            break
        if _in(frame, vocab_figures.PARTITIVE_NOUNS) or _in(frame, vocab_figures.CONTAINER_NOUNS):
            np = frame
        else:
            break
    return np


PERPETRATORS = vocab_figures.PERPETRATOR_ACTOR
"""Actor of counts of the people who did it (see vocab_figures.PERPETRATOR_NOUNS)."""


def _clause_subject(np: Token) -> Token | None:
    """The subject of the clause np is an object of, climbing from a participle or infinitive to
    the clause it hangs on ("he opened fire, leaving two dead": he)."""
    verb = np.head
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ not in CLAUSE_LINKS or verb.head == verb:
            return None
        verb = verb.head
    return None


def _harmed_side_may_be(group: str, np: Token) -> bool:
    """Whether a bare harmed count ("leaving two dead", "killed three") may be of the group
    counted just before. Not when it is the object of a clause whose subject is that group (the
    agents are not their own victims), a pronoun (most often that group) or no person at all
    ("the attack left two dead" after "three gunmen": whose dead is not said). A bare number
    that is itself the subject ("two died") or the object of another side ("police shot three
    suspects, killing two") may be."""
    if np.dep_ not in OBJECT_DEPS:
        return True
    subject = _clause_subject(np)
    if subject is None:
        return True
    if subject.pos_ == "PRON":
        return False  # "they killed two": "they" is most often the group just counted
    subject_group = group_of_noun(subject)
    return subject_group is not None and subject_group != group


def group_of_noun(noun: Token) -> str | None:
    """The group of a person noun, letting a group modifier refine a generic person word
    ("police woman" is police, "migrant children" migrants, "truck driver" civilians)."""
    if noun.lower_ in vocab_figures.PERPETRATOR_NOUNS or _lemma(noun) in (
        vocab_figures.PERPETRATOR_NOUNS
    ):
        return PERPETRATORS
    modifiers = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if modifiers:
        phrase = noun.doc[modifiers[0].i : noun.i + 1]
        group = group_of(phrase)  # "security forces", "riot police", "border police"
        if group:
            return group
    group = group_of(noun)
    if group is None and noun.pos_ in ("NOUN", "PROPN") and _in(
        noun, vocab_figures.PLAIN_PERSON_NOUNS
    ):
        return "civilians"  # "a 17-year-old male", "a juvenile": police-report people
    if group in (None, "civilians"):
        for child in noun.children:
            if (
                child.dep_ in ("compound", "amod", "nmod")
                and child.i < noun.i
                and not any(c.dep_ == "case" for c in child.children)
            ):  # "the trooper’s car": a possessor (read "nmod" after a curly ’s) owns the thing
                refined = group_of(child)
                if refined and refined != "civilians":
                    return refined
    return group


def _group_in_np(np: Token, counted: Token) -> str | None:
    """The group a noun phrase names: its counted noun first, then its other words up to a
    part of it ("five others, including two officers, were hurt": the part's group is not the
    whole count's, which holds people of other sides too)."""
    group = group_of_noun(counted)
    if group:
        return group
    for tok in counted.subtree:
        if tok.dep_ in ("relcl", "acl", "acl:relcl") or tok.lower_ in vocab_figures.SUBSET_BEFORE:
            break
        group = group_of(tok)
        if group:
            return group
    if np != counted:
        return group_of(np)
    return None


def _attribution_for(attributions: Sequence[Attribution], start: int) -> str | None:
    for attribution in attributions:
        if attribution.start <= start < attribution.end:
            return attribution.source
    return None


def _speaker_group(sent: Span, attributions: Sequence[Attribution], start: int) -> str | None:
    """The group of whoever speaks at `start`: the attribution source, else the quote's cue."""
    for attribution in attributions:
        if attribution.start <= start < attribution.end:
            group = group_of(attribution.source)
            if group:
                return group
    # a quote's cue follows its closing quotation mark, or precedes its opening one, in the
    # same paragraph
    text = doc_text(sent.doc)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    closes = [text.find(mark, start, para_end) for mark in _CLOSING_QUOTES]
    closes = [c for c in closes if c >= 0]
    if closes:
        group = group_of(text[min(closes) + 1 : para_end])
        if group:
            return group
    opens = [text.rfind(mark, para_start, start) for mark in _OPENING_QUOTES]
    opens = [o for o in opens if o >= 0]
    if opens:
        return group_of(text[para_start : max(opens)])
    return None


_CLOSING_QUOTES = ("”", '"', "»")
_OPENING_QUOTES = ("“", '"', "«")


def _evidence(
    doc: Doc, sent: Span, article_id: str, tokens: Iterable[Token], start: int, end: int
) -> Evidence:
    """The span from the number through its trigger, clipped to the sentence."""
    for tok in tokens:
        start = min(start, tok.idx)
        end = max(end, tok.idx + len(tok))
    start = max(start, sent.start_char)
    end = min(end, sent.end_char)
    return Evidence(article_id, start, end, doc_text(doc)[start:end])


def _crosses_paragraph(doc: Doc, a: int, b: int) -> bool:
    """A link across a line break is a parse across a headline or paragraph: not evidence."""
    return "\n" in doc_text(doc)[min(a, b) : max(a, b)]


def _is_subset(doc: Doc, q: Quantity, first: Token, last: Token) -> bool:
    after = doc_text(doc)[q.end : q.end + 16].lower().lstrip()
    if after.startswith(vocab_figures.SUBSET_AFTER):
        return True
    return first.i > 0 and doc[first.i - 1].lower_ in vocab_figures.SUBSET_BEFORE


# --- the extractor ----------------------------------------------------------------------------


def doc_extension(doc: Doc, name: str) -> Any:
    """A Doc extension written by a pipeline component, or None when it is not registered/set."""
    return getattr(doc._, name) if Doc.has_extension(name) else None


def _quantities(doc: Doc) -> list[Quantity]:
    """The pipeline's quantities, or found (and cached) here when its component did not run."""
    quantities = doc_extension(doc, "quantities")
    if quantities is None:
        quantities = find_quantities(doc, doc.lang_)
        if Doc.has_extension("quantities"):
            doc._.quantities = quantities
    return list(quantities)


def _claim(
    kind: str,
    value: int | None,
    qualifier: str,
    evidence: Evidence,
    actor: str | None,
    item: str | None,
    attributions: Sequence[Attribution],
    max_value: int | None = None,
    refers_to: Evidence | None = None,
) -> Claim:
    return Claim(
        field="figure",
        value=value,
        span=evidence,
        qualifier=qualifier,
        attributed_to=_attribution_for(attributions, evidence.start),
        kind=kind,
        actor=actor,
        item=item,
        max_value=max_value,
        refers_to=refers_to,
    )


def _item_of(counted: Token, sent: Span) -> str | None:
    item = vocab_figures.ITEM_NOUNS.get(_low(counted)) or vocab_figures.ITEM_NOUNS.get(
        _lemma(counted)
    )
    if item in vocab_figures.GAS_ITEMS:
        low = span_text(sent).lower()
        if "tear gas" in low or "teargas" in low or "tear-gas" in low or "lacrymog" in low:
            item = f"tear gas {item}"
    return item


EMERGENCY_NUMBERS = frozenset({"911", "999"})
"""Numbers that, unless they count people ("911 people"), are the emergency line people call."""


def extract_figures(sents: Sequence[Span], article_id: str) -> list[Claim]:
    """Figure claims from the sentences of one mention, in text order (see the module docstring)."""
    if not sents:
        return []
    doc = sents[0].doc
    index = _TokenIndex(doc)
    quantities = _quantities(doc)
    count_of = _counts_by_noun(quantities, index)
    attributions: Sequence[Attribution] = doc_extension(doc, "attributions") or ()
    claims: list[Claim] = []
    last_groups: list[tuple[int, str]] = []  # (sentence number, group) of counted people
    counted_tokens: set[int] = set()
    for sent_no, sent in enumerate(sents):
        period_targets = _statistic_targets(sent, index)
        for q in quantities:
            if q.start < sent.start_char or q.end > sent.end_char:
                continue
            first, last = index.at(q.start), index.at(q.end - 1)
            if _is_subset(doc, q, first, last):
                continue
            counted = index.at(q.head_start) if q.head_start >= 0 else None
            if counted is not None and (counted.i < last.i or _counted_state(last) is not None):
                counted = None  # "2 Dead": the number's head is the state, not whom it counts
            if q.text in EMERGENCY_NUMBERS and (counted is None or group_of_noun(counted) is None):
                continue  # "called 911 reporting that he had been shot": a phone number
            np = last if counted is None else counted
            if counted is not None and last.head.i != counted.i and last.pos_ == "NOUN":
                np = last  # "dozens of migrants", "une centaine de migrants": the amount heads it
            np = _np_top(np)
            if period_targets and _governed(np, counted, period_targets):
                continue  # "500 people were killed in 2015": a period's tally, not one incident's
            group = _group_in_np(np, counted) if counted is not None else None
            if counted is not None and _in(counted, vocab_figures.RELATIONAL_NOUNS):
                group = _speaker_group(sent, attributions, q.start) or group
            elliptical = counted is None and np.dep_ in SUBJECT_DEPS | OBJECT_DEPS
            if elliptical:
                recent = [g for s, g in last_groups if sent_no - s <= ELLIPSIS_LOOKBACK]
                group = recent[-1] if recent else None
            kinds = [
                (kind, trigger)
                for kind, trigger in _kinds_for(np, counted)
                if not _crosses_paragraph(doc, trigger.idx, q.start)
            ]
            if elliptical and group and kinds and not _harmed_side_may_be(group, np):
                group = None  # "one shooter ... leaving two dead": the dead are not his side
            triggers = [t for _, t in kinds]
            if counted is not None:
                counted_tokens.add(counted.i)
            evidence = _evidence(
                doc, sent, article_id, [*triggers, *([counted] if counted else [])], q.start, q.end
            )
            if kinds and counted is not None and group is None and _item_of(counted, sent):
                kinds = []  # "two cars were hit", "three houses were struck": things, not people
            if kinds:
                listed = _listed_people(counted, count_of) if counted is not None else []
                if counted is not None and group is not None:
                    listed += [(t, 1) for t in _gapped_others([t for _, t in kinds])]
                value = q.value + sum(n for _, n in listed)
                upper = None if q.max_value is None else q.max_value + value - q.value
                for kind, trigger in kinds:
                    if kind == "killed" and _self_killed_subject(np, trigger):
                        continue  # the perpetrator's own death: `_self_killings` counts it
                    ev = _evidence(
                        doc,
                        sent,
                        article_id,
                        [trigger, *([counted] if counted else []), *(t for t, _ in listed)],
                        q.start,
                        q.end,
                    )
                    claims.append(
                        _claim(kind, value, q.qualifier, ev, group, None, attributions, upper)
                    )
                if group:
                    last_groups.append((sent_no, group))
                continue
            if group is not None and not elliptical:
                last_groups.append((sent_no, group))
                predicates = _predicates(np)
                verbs = [v for v, _ in predicates]
                if any(_rescued(v, role) for v, role in predicates):
                    continue  # "twelve migrants were rescued": brought out of it, no side in it
                if group == "civilians":
                    if not any(_protests(v) for v in verbs):
                        continue
                    group = "protesters"
                kind = "present" if group in STATE_GROUPS else "participants"
                claims.append(
                    _claim(
                        kind, q.value, q.qualifier, evidence, group, None, attributions, q.max_value
                    )
                )
                continue
            if counted is not None and group is None:
                item = _item_of(counted, sent)
                if item:
                    claims.append(
                        _claim(
                            "other",
                            q.value,
                            q.qualifier,
                            evidence,
                            None,
                            item,
                            attributions,
                            q.max_value,
                        )
                    )
        claims.extend(
            _vague_and_single(sent, article_id, attributions, counted_tokens, count_of)
        )
        claims.extend(_self_killings(sent, article_id, attributions))
        claims.extend(_pronoun_hurt(sent, article_id, attributions))
        claims.extend(_unknowns(doc, sent, article_id, attributions))
        claims.extend(_fatal_shares(doc, sent, quantities, claims, article_id, attributions))
    if not any(c.kind == "killed" for c in claims):
        claims.extend(_implied_death(sents[:IMPLIED_DEATH_SENTENCES], article_id, attributions))
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    return claims


def _count(claim: Claim) -> int:
    return claim.value if isinstance(claim.value, int) else 0


FATAL_SHARE_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+)?(?:fatally|mortally)\b", re.IGNORECASE
)
FATAL_SHARE_BEFORE = re.compile(r"(?:,|--|[—–(])\s*$")
"""A number set off after a count of people hit, then "fatally": "four people were shot, one
fatally", "six were shot -- two of them fatally"."""


def _fatal_shares(
    doc: Doc,
    sent: Span,
    quantities: Sequence[Quantity],
    claims: Sequence[Claim],
    article_id: str,
    attributions: Sequence[Attribution],
) -> list[Claim]:
    """The share of a count of people hit who died ("four people were shot, one fatally") as a
    killed count of the same side: the parse gives the share no verb of its own, so it was
    read as nothing and the dead were counted among the injured."""
    text = doc_text(doc)
    hit = [c for c in claims if c.kind == "injured" and isinstance(c.value, int)
           and sent.start_char <= c.span.start < sent.end_char]  # fmt: skip
    out: list[Claim] = []
    for q in quantities:
        if q.start < sent.start_char or q.end > sent.end_char:
            continue
        after = FATAL_SHARE_AFTER.match(text, q.end)
        if after is None or not FATAL_SHARE_BEFORE.search(text[sent.start_char : q.start]):
            continue
        wholes = [c for c in hit if c.span.start < q.start and _count(c) > q.value]
        if not wholes:
            continue
        evidence = Evidence(article_id, q.start, after.end(), text[q.start : after.end()])
        out.append(_claim("killed", q.value, q.qualifier, evidence, wholes[-1].actor, None,
                          attributions))  # fmt: skip
    return out


IMPLIED_DEATH_SENTENCES = 3
"""Headline and lead: where a report says what happened; later sentences recall other deaths."""

_IMPLIED_DEATH_RE = re.compile(
    r"\b(?:fatal(?:ly)?\s+(?:shot|shoots|shooting|stabs|stabb(?:ed|ing))|"
    r"shot\s+(?:and\s+|,\s*)?killed|"
    r"shot\s+dead|shot\s+to\s+death|shooting\s+death|(?:found|pronounced)\s+dead|died|dies|"
    r"homicide|murder(?:ed)?|slain)\b",
    re.IGNORECASE,
)
"""Words that say someone died in the event without saying how many ("Man shot, killed on the
west side", "police are investigating a homicide", a headline's "Driver fatally shoots man"): at
least one killed."""

ATTEMPT_BEFORE = re.compile(
    r"\battempt(?:ed|ing)?[\s-]+(?:to\s+)?"
    r"(?:(?:(?:first|second|third)[\s-]degree|criminal|aggravated|capital|felony)[\s-]+){0,2}$",
    re.IGNORECASE,
)
"""Before a death word, an attempt says nobody died of it: "charged with attempted murder",
"five counts of attempted first-degree murder", with the law's own qualifiers between ("attempted
criminal homicide", "attempted aggravated murder": on the gva_dev train fold 3 articles of
incidents with nobody dead read one killed from these)."""


def _attempted(word: Token) -> bool:
    """A death noun of an attempt ("the attempted murders of two men")."""
    text = doc_text(word.doc)
    return bool(ATTEMPT_BEFORE.search(text[max(0, word.idx - 40) : word.idx]))


def _implied_death(
    sents: Sequence[Span], article_id: str, attributions: Sequence[Attribution]
) -> list[Claim]:
    """At least one killed, from the first death word of the headline or lead, when no count of
    the dead is stated anywhere in the mention (never alongside a stated count). A sentence that
    counts deaths over a period ("the city's 40th homicide this year") gives nothing."""
    for sent in sents:
        text = span_text(sent)
        if _STATISTIC_RE.search(text):
            continue
        match = next(
            (m for m in _IMPLIED_DEATH_RE.finditer(text)
             if not ATTEMPT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])),
            None,
        )  # fmt: skip
        if match is None:
            continue
        start = sent.start_char + match.start()
        end = sent.start_char + match.end()
        evidence = Evidence(article_id, start, end, doc_text(sent.doc)[start:end])
        return [_claim("killed", 1, "at_least", evidence, None, None, attributions)]
    return []


STATISTIC_CLIMB = 8
"""Heads climbed from a period marker to the word it modifies (a few prepositions and nouns)."""


def _statistic_targets(sent: Span, index: _TokenIndex) -> set[int]:
    """Tokens a period marker ("in 2015", "this year", "since January") modifies: the verb of
    its clause ("were killed in 2015") or the noun it attaches to ("the worst unrest this year").
    A count is a period's tally only when the marker governs it (see `_governed`), so a marker
    elsewhere in the sentence no longer silences every number in it."""
    targets: set[int] = set()
    for match in _STATISTIC_RE.finditer(span_text(sent)):
        marker = index.at(sent.start_char + match.end() - 1)
        current = marker
        for _ in range(STATISTIC_CLIMB):
            if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
                break
            if current.i != marker.i and current.pos_ in ("NOUN", "PROPN", "PRON"):
                break
            current = current.head
        targets.add(current.i)
    return targets


def _governed(np: Token, counted: Token | None, targets: set[int]) -> bool:
    """Whether a period marker modifies this count: its noun, or the predicate it is an
    argument of (with the verbs sharing its subject)."""
    if np.i in targets or (counted is not None and counted.i in targets):
        return True
    return any(verb.i in targets for verb, _ in _predicates(np))


_NOUN_LIKE_POS = frozenset({"NOUN", "PROPN", "ADJ", "INTJ"})
"""Parts of speech `_vague_and_single` may read as a person noun: a noun, a French people
adjective (`_french_person_adjective`), a headline interjection (`headline_interjection_subject`);
an age noun (`_age_noun`) is the word "old" whatever its tag."""


def _vague_and_single(
    sent: Span,
    article_id: str,
    attributions: Sequence[Attribution],
    counted_tokens: set[int],
    count_of: dict[int, int],
) -> list[Claim]:
    """Casualties with no number: "numerous officers were hurt" (vague), "a man was killed" (1)."""
    claims: list[Claim] = []
    doc = sent.doc
    colon = _source_prefix_colon(sent)
    teller_end = _source_end(sent, colon)
    lowers, tags = token_lowers(doc), token_pos(doc)
    french = doc.lang_ == "fr"  # the French readings below ask each word its language
    title = sent.start == 0  # the page's own headline, not a link to another story in it
    for i in range(sent.start, sent.end):
        if tags[i] not in _NOUN_LIKE_POS and lowers[i] != "old":
            continue  # none of the four readings below can make this word a noun
        tok = doc[i]
        age_word = _headline_age_word(tok, sent, colon) if title and lowers[i] == "old" else None
        if age_word is not None and i not in counted_tokens:
            ages = _coordinated_ages(tok, age_word)  # "17-year-old and 18-year-old shot": two
            counted_tokens.update(a.i for a in ages)
            for kind, trigger in _headline_age_kinds(age_word):
                ev = _evidence(
                    doc, sent, article_id, [trigger, *ages], tok.left_edge.idx, tok.idx + len(tok)
                )
                side = _side_of_one_hit(trigger, "civilians")
                claims.append(_claim(kind, len(ages), "exact", ev, side, None, attributions))
            continue
        aged_word = _headline_aged_noun_word(tok, sent, colon) if title else None
        aged_kinds = _headline_age_kinds(aged_word) if aged_word is not None else []
        if aged_kinds and i not in counted_tokens:
            for kind, trigger in aged_kinds:  # "Boy, 3, wounded": one person, the age apart
                ev = _evidence(doc, sent, article_id, [trigger], tok.idx, tok.idx + len(tok))
                side = _side_of_one_hit(trigger, group_of_noun(tok))
                claims.append(_claim(kind, 1, "exact", ev, side, None, attributions))
            counted_tokens.add(i)
            continue
        noun = (
            tags[i] in ("NOUN", "PROPN")
            or _age_noun(tok)
            or (french and _french_person_adjective(tok))
            or headline_interjection_subject(tok)
        )
        if i in counted_tokens or not noun:
            continue
        if french and _source_of_the_count(tok):
            continue  # "selon la préfecture": who tells the count, not one more person in it
        if teller_end is not None and tok.i < teller_end:
            continue  # "Sheriff: Two brothers ... shooting kills 1": who reports, not who died
        dets = [c for c in tok.children if c.dep_ in ("det", "amod", "poss", "nummod", "quantmod")]
        vague = any(
            c.lower_ in VAGUE_DETERMINERS and doc[max(c.i - 1, 0)].lower_ not in ("how", "so")
            for c in dets
        ) or (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ == "number"
            and any(c.lower_ == "a" for c in tok.head.head.children)
        )
        singular = (
            not vague
            and bool(dets)
            and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("no", "every", "each", "any")
                for c in dets
            )
            and (tok.tag_ in ("NN", "NNP") or (french and _french_noun(tok)) or _age_noun(tok)
                 or (french and _french_person_adjective(tok)))
            and tok.morph.get("Number", []) != ["Plur"]
        ) or _headline_subject(tok, sent, dets, vague, colon) or _headline_object(
            tok, sent, dets, vague
        )
        person = (
            tok.ent_type_ == "PERSON"
            and tok.pos_ == "PROPN"
            and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        )  # the last word of a person's name: "John Doe was shot"
        if not (vague or singular or person):
            continue
        group = group_of_noun(tok)
        if group is None and singular and (_in(tok, vocab_figures.KIN_NOUNS) or _age_noun(tok)):
            group = "civilians"  # "shot his aunt": a person the group words do not list
        if (
            singular
            and not person
            and (group is None or tok.lower_ in ("police", "army", "military", "mob"))
        ):
            continue
        np = tok
        if vague and tok.dep_ == "pobj" and tok.head.head.lower_ == "number":
            np = tok.head.head
        kinds = [(k, t) for k, t in _kinds_for(np, tok) if not _shot_at_someone(t)]
        # "a man and a boy were shot": one claim of two, the conjoined people counted once
        partners = [] if vague else _conjoined_people(tok)
        counted_tokens.update(c.i for c in partners)
        # "his wife and two sons": counted people listed after one person are in the claim too
        after_comma = {c.i for c in _comma_items(tok)} - {c.i for c in partners}
        listed = [] if vague else [
            (t, n) for t, n in _listed_people(tok, count_of)
            if t.i in count_of or t.i in after_comma
        ]  # fmt: skip
        if not vague and group is not None:
            listed += [(t, 1) for t in _gapped_others([t for _, t in kinds])]
        for kind, trigger in kinds:
            if kind == "killed" and _self_killed_subject(np, trigger):
                continue  # the perpetrator's own death: `_self_killings` counts it
            ev = _evidence(
                doc,
                sent,
                article_id,
                [
                    trigger,
                    *[c for c in dets if c.i < tok.i],
                    *partners,
                    *(t for t, _ in listed),
                    *_tally_scope(tok, trigger),
                ],
                tok.idx,
                tok.idx + len(tok),
            )
            if vague and np != tok:
                ev = _evidence(
                    doc,
                    sent,
                    article_id,
                    [trigger],
                    min(np.left_edge.idx, tok.idx),
                    tok.idx + len(tok),
                )
            claims.append(
                _claim(
                    kind,
                    None if vague else 1 + len(partners) + sum(n for _, n in listed),
                    "vague" if vague else "exact",
                    ev,
                    group,
                    None,
                    attributions,
                )
            )
            if person:
                counted_tokens.add(tok.i)
    return claims


def _source_of_the_count(tok: Token) -> bool:
    """A French noun introduced by "selon" / "d'après" / "d’après" (`vocab_figures.SOURCE_CASES`):
    the source of the sentence's figures ("six policiers blessés, selon la préfecture")."""
    return tok.lang_ == "fr" and any(
        c.dep_ == "case" and _case_words(c) & vocab_figures.SOURCE_CASES for c in tok.children
    )


def _case_words(case: Token) -> set[str]:
    """The preposition a case word spells: with the words fixed to it ("d'" + "après"), or
    with the word before it on the same noun, since the parse splits the curly "d’après" into
    "d’" (advmod) and "après" (case)."""
    words = {case.lower_ + "".join(f.lower_ for f in case.children if f.dep_ == "fixed")}
    if case.i > 0 and case.doc[case.i - 1].head.i == case.head.i:
        words.add(case.doc[case.i - 1].lower_ + case.lower_)
    return words


def _french_noun(tok: Token) -> bool:
    """A common noun of a French parse: its model tags with the universal tags ("NOUN"), not
    the English ones ("NN"), so "Un homme a été tué" is one person killed only through this."""
    return tok.lang_ == "fr" and tok.tag_ == "NOUN"


def _french_person_adjective(tok: Token) -> bool:
    """A French people word the model tags as an adjective though it is the subject or object
    ("Un passant a été poignardé": "passant" ADJ, nsubj:pass)."""
    return (
        tok.lang_ == "fr"
        and tok.pos_ == "ADJ"
        and tok.dep_ in ("nsubj", "nsubj:pass", "obj")
        and group_of_noun(tok) is not None
    )


def _age_noun(tok: Token) -> bool:
    """ "a 4-year-old was shot": an age standing for a person (the parse makes "old" an
    adjective in a noun's place, with the age as its modifier)."""
    return (
        tok.lower_ == "old"
        and tok.dep_ in SUBJECT_DEPS | OBJECT_DEPS
        and any(c.dep_ == "npadvmod" and c.lower_ in AGE_UNITS for c in tok.children)
    )


def _headline_subject(tok: Token, sent: Span, dets: Sequence[Token], vague: bool,
                      colon: int | None) -> bool:  # fmt: skip
    """A bare singular noun that opens its sentence, as headlines write one person ("Woman
    shot in foot", "Pleasantville student injured"): one person, as "a woman" would be. A
    headline's source prefix may come first (`colon`, `_source_prefix_colon`: "Police: Woman
    shot outside bar")."""
    return (
        not vague
        and not any(c.dep_ in ("det", "poss", "nummod") for c in dets)
        and tok.dep_ in HEADLINE_SUBJECT_DEPS
        and (tok.left_edge.i == sent.start or tok.left_edge.i - 1 == colon)
        and (tok.tag_ == "NN" or (tok.tag_ == "NNP" and _capitalised_person_noun(tok)))
    ) or (not vague and headline_interjection_subject(tok))  # "Boy hurt ...": tagged INTJ


def _headline_age_word(tok: Token, sent: Span, colon: int | None) -> Token | None:
    """The word a headline's opening age hangs on as its adjective ("17-year-old shot, killed
    inside house", "18-month old dead after shooting": the parse makes "old" modify "shot" or
    "dead", often tagged a noun): the line's own predicate, told of one person of that age.
    Only in a line without a closing mark whose first words (after a source prefix such as
    "Police:") are the age; the caller reads only the page's first line, its own headline (a
    page's links to other stories, "4-year-old dead ...", tell other incidents). None
    otherwise."""
    if not (
        tok.lower_ == "old"
        and tok.dep_ in ("amod", "compound")
        and any(c.dep_ == "npadvmod" and c.lower_ in AGE_UNITS for c in tok.children)
        and (tok.left_edge.i == sent.start or tok.left_edge.i - 1 == colon)
        and sent[-1].text not in SENTENCE_ENDS
    ):
        return None
    head = tok.head
    return head if head.i > tok.i and head.sent.start == sent.start else None


def _headline_aged_noun_word(tok: Token, sent: Span, colon: int | None) -> Token | None:
    """The word told of a bare person noun opening a headline with its age set off by commas
    ("Boy, 3, wounded in shooting, police say"): the parse may hang the participle on the age
    (an age, `numbers.age_set_off_after`, not a count) or take the noun for an interjection of
    "say", so the person was not counted. The first word after the age that is no adverb; None
    when the line does not open so."""
    doc = sent.doc
    i = tok.i
    if not (
        (i == sent.start or i - 1 == colon)
        and i + 4 < sent.end
        and age_set_off_after(doc, i)
        and sent[-1].text not in SENTENCE_ENDS
        and tok.tag_ in ("NN", "UH", "NNP")
        and group_of_noun(tok) is not None
    ):
        return None
    word = next((w for w in doc[i + 4 : sent.end] if w.pos_ != "ADV"), None)
    return None if word is None or word.is_punct else word


def _headline_age_kinds(word: Token) -> list[tuple[str, Token]]:
    """Casualty kinds of the person an opening age stands for (`_headline_age_word`): the word
    and the participles set after it ("shot, killed") read as told of that person undergoing
    them, as a headline's bare subject is ("Teen shot"); a word with an object of its own keeps
    the person as its doer ("kills brother" tells no death of theirs, "kills herself" one)."""
    own_object = any(c.dep_ in ("dobj", "obj") for c in word.children)
    undergone = (
        word.tag_ in ("VBN", "VBD", "JJ")
        or word.lower_ in STATE_FORMS_TAGGED_NOUN | vocab_figures.WEAPON_INJURY_VERBS
        or _in(word, vocab_figures.INTRANSITIVE_KILLED)
    )  # not "kills" or "shoots" with no object: "15-year-old kills brother" is the doer
    if not (own_object or undergone):
        return []
    kinds = _verb_kinds(word, "subject" if own_object else "object")
    for later in word.children:
        if later.dep_ in ("acl", "conj") and later.tag_ in ("VBN", "JJ") and later.i > word.i:
            kinds.extend(_verb_kinds(later, "object"))
    kinds = [
        (k, t)
        for k, t in kinds
        if k in ("killed", "injured") and not _negated(t) and not _shot_at_someone(t)
    ]
    if any(k == "killed" for k, _ in kinds):  # "shot, killed": the shot is how they died
        kinds = [(k, t) for k, t in kinds if k == "killed"]
    return kinds[:1]


ORDINAL_WORDS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
"""Ordinals that may rank a person in a tally (`_tally_scope`)."""

TALLY_PERIODS = frozenset({"year", "month", "week", "weekend", "decade"})
TALLY_PLACES = frozenset(
    {"city", "county", "state", "country", "nation", "area", "region", "town", "district",
     "road", "roads", "highway", "highways", "streets"}
)  # fmt: skip
TALLY_SCOPE_NOUNS = TALLY_PLACES | TALLY_PERIODS
"""A tally's scope after "the <ordinal> <person> to be killed": a period ("this year"), a place
("in the city", "on the county's roads") or "since"."""


def _tally_scope(noun: Token, trigger: Token) -> list[Token]:
    """The last words of a tally's scope told after an ordinal person's infinitive ("the second
    teen to be killed this year", "the fifth person to die on the roads"), so the evidence holds
    it and the totals can tell a rank among other incidents (`totals.RANK_IN_A_TALLY`) from a
    second victim ("the second victim to die was a man"). Empty otherwise."""
    if not (
        trigger.head.i == noun.i
        and trigger.i > noun.i
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children)
        and any(c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS for c in noun.children)
    ):
        return []
    scope = [
        c.right_edge
        for c in trigger.children
        if (c.dep_ == "npadvmod" and c.lower_ in TALLY_PERIODS)
        or (c.dep_ == "prep" and c.lower_ == "since")
        or (
            c.dep_ == "prep"
            and c.lower_ in ("in", "on", "across")
            and any(o.dep_ == "pobj" and o.lower_ in TALLY_SCOPE_NOUNS for o in c.children)
        )
    ]
    return scope


def _coordinated_ages(age: Token, word: Token) -> list[Token]:
    """The opening age and the ages joined to it on the same word ("17-year-old and 18-year-old
    shot": the parse hangs both "old" on "shot", or makes the second a conjunct of the first):
    one person each."""
    joined = [
        other
        for other in [*word.children, *age.conjuncts]
        if other.i > age.i and other.lower_ == "old" and other.i < word.i
        and any(c.dep_ == "npadvmod" and c.lower_ in AGE_UNITS for c in other.children)
        and any(t.dep_ == "cc" for t in age.doc[age.i + 1 : other.left_edge.i])
    ]  # fmt: skip
    return [age, *sorted(set(joined), key=lambda t: t.i)]


def _shot_at_someone(word: Token) -> bool:
    """Whether a hit word is aimed at someone rather than told of its subject ("17-year-old shot
    at officers", "Teen shot at during robbery", "he was shot at by a gunman"): "at" right after
    it with a person, a pronoun or nothing as its object; shot at, no one is told hit. "Shot at
    a party" or "at 3 a.m." names where or when, and stays a hit."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is None or after.lower_ != "at" or after.head.i != word.i:
        return False
    objects = [c for c in after.children if c.dep_ == "pobj"]
    return not objects or any(o.pos_ == "PRON" or group_of_noun(o) is not None for o in objects)


def _side_of_one_hit(word: Token, side: str | None) -> str | None:
    """The side of one person a headline tells hit ("16-year-old shot by police"): the person's
    own side unless a state group (police, soldiers) is the agent, when the person may be a
    suspect or a bystander and no side is told (None): not taken for a civilian victim."""
    for agent in (c for c in word.children if c.dep_ == "agent" or c.lower_ == "by"):
        if any(group_of_noun(o) in STATE_GROUPS for o in agent.children if o.dep_ == "pobj"):
            return None
    return side


HEADLINE_SUBJECT_DEPS = SUBJECT_DEPS | {"ROOT"}
"""A headline's bare subject is the subject of its verb, or the root of a verbless line."""


SOURCE_PREFIX_MAX = 4
"""Words a headline's source prefix may have ("Police:", "Sheriff's office:", "NCPD:")."""


def _source_prefix_colon(sent: Span) -> int | None:
    """The index of the colon after a headline's source ("Police: Woman shot outside bar",
    "Sheriff's office: ..."): a colon after at most SOURCE_PREFIX_MAX words of a line without a
    closing mark; else None. Read once per sentence: the headline proper starts after it."""
    if sent[-1].text in SENTENCE_ENDS:
        return None
    end = min(sent.end, sent.start + SOURCE_PREFIX_MAX + 1)
    return next((w.i for w in sent.doc[sent.start + 1 : end] if w.text == ":"), None)


def _source_end(sent: Span, colon: int | None) -> int | None:
    """Where a headline's source prefix ("Sheriff:", "Police chief:") ends, the one who tells
    the news, whose words are nobody counted: on the gva_dev train fold "Sheriff: ...
    shooting kills 2" counted the sheriff among the dead. None when there is none, or a verb
    stands before the colon ("Deputy shot: suspect flees" is news, not its source)."""
    if colon is None or any(w.pos_ in ("VERB", "AUX") for w in sent.doc[sent.start : colon]):
        return None
    return colon


def _headline_object(tok: Token, sent: Span, dets: Sequence[Token], vague: bool) -> bool:
    """A bare singular person noun that a headline's verb or preposition takes ("Man charged
    in shooting that killed Akron teen", "... killing woman outside bar", "Police identify
    teen killed in crash"): one person, as a headline drops "a". Only in a line without a
    closing mark, only a word that names people of a group, and not one an "-ing" word names
    by the deed ("Police name shooting victim": the noun tells what the page is about)."""
    return (
        not vague
        and not any(c.dep_ in ("det", "poss", "nummod") for c in dets)
        and tok.tag_ == "NN"
        and tok.dep_ in OBJECT_DEPS
        and not any(c.i < tok.i and c.lower_.endswith("ing") for c in tok.children)
        and not (
            tok.lemma_.lower() == "victim" and tok.i > 0 and tok.nbor(-1).lower_.endswith("ing")
        )  # "names shooting victim": the parse makes "shooting" a verb taking "victim"
        and sent[-1].text not in SENTENCE_ENDS
        and sent.start == tok.sent.start
        and group_of_noun(tok) is not None
    )


def _capitalised_person_noun(tok: Token) -> bool:
    """ "Man killed in crash": a person word the tagger takes for a name because a headline
    capitalises it (a name itself is no group word)."""
    return (
        tok.ent_type_ != "PERSON"
        and tok.sent[-1].text not in SENTENCE_ENDS  # a headline: prose would write "a man"
        and group_of_noun(tok) is not None
    )


def _conjoined_people(tok: Token) -> list[Token]:
    """Singular person nouns conjoined after this one ("a man and a 16-year-old boy", "a woman
    and her grandson"), each with its own determiner or sharing the first one's ("a boy and
    girl", "a mother, father and baby"): more people in the same claim. Kin words count as
    people here too."""
    out: list[Token] = []
    shared = any(c.dep_ in ("det", "poss") for c in tok.children)  # "a boy and girl"
    for other in tok.conjuncts:
        if other.i <= tok.i or other.pos_ not in ("NOUN", "PROPN"):
            continue
        person = other.ent_type_ == "PERSON"
        if other.tag_ not in ("NN", "NNP") or (_person_group(other) is None and not person):
            continue
        own = [c for c in other.children if c.dep_ in ("det", "poss", "nummod")]
        if not person and not any(c.dep_ in ("det", "poss") for c in own) and (
            own or not shared or other.tag_ != "NN" or _one_described_twice(tok, other)
        ):
            continue
        out.append(other)
    return out


SINGULAR_VERB_FORMS = frozenset({"was", "is", "has", "'s"})
"""Forms of "be" and "have" whose subject is one: "a husband and father was shot"."""


DISTINCT_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "kid", "teen", "teenager", "baby", "infant",
    "toddler", "person", "adult", "juvenile", "youth",
})  # fmt: skip
"""Nouns that each name a different person when joined under one determiner ("a boy and
girl", "a man and woman"): no one is both."""

KIN_SIDES = (
    frozenset({"father", "mother", "parent", "dad", "mom", "grandfather", "grandmother"}),
    frozenset({"son", "daughter", "child", "grandson", "granddaughter", "stepson"}),
    frozenset({"husband", "wife", "spouse", "boyfriend", "girlfriend"}),
    frozenset({"brother", "sister", "sibling"}),
)
"""Kin words by side of a relation: two words of one side ("a husband and wife", "a brother and
sister", "a mother and father") or a parent beside a child ("a father and son") name two
people; words of two relations may be one person's roles ("a husband and father")."""


KIN_GENDERS = (
    frozenset({"husband", "father", "dad", "son", "brother", "uncle", "grandfather", "grandson",
               "nephew", "boyfriend", "stepson"}),
    frozenset({"wife", "mother", "mom", "daughter", "sister", "aunt", "grandmother",
               "granddaughter", "niece", "girlfriend"}),
)  # fmt: skip
"""Kin words by gender: one person's roles share one ("a husband and father"), so words of
both ("an aunt and uncle", "his mom and brother") name two people."""


def _two_ends_of_a_relation(first: Token, second: Token) -> bool:
    """Whether two kin words name two people: the two ends of one relation (KIN_SIDES) or
    words of both genders (KIN_GENDERS)."""
    a, b = first.lemma_.lower(), second.lemma_.lower()
    same_relation = a != b and any({a, b} <= side for side in KIN_SIDES)
    male, female = KIN_GENDERS
    both_genders = (a in male and b in female) or (a in female and b in male)
    return same_relation or both_genders or _opposite_generations(a, b)


def _opposite_generations(a: str, b: str) -> bool:
    """A parent word beside a child word ("a mother and daughter"): two people."""
    parents, children = KIN_SIDES[0], KIN_SIDES[1]
    return (a in parents and b in children) or (a in children and b in parents)


def _one_described_twice(subject: Token, other: Token) -> bool:
    """Whether nouns sharing one determiner ("a husband and father of two") describe one person:
    no noun that always names someone else ("a boy and girl", DISTINCT_PERSON_NOUNS) nor the two
    ends of a kin relation ("a father and son", KIN_SIDES), and a verb that agrees with one
    (`_singular_agreement`) or, in the past tense, shows no number at all ("a husband and father
    of two died Sunday"): English marks the plural only on "were" and the present."""
    if other.lemma_.lower() in DISTINCT_PERSON_NOUNS or subject.lemma_.lower() in (
        DISTINCT_PERSON_NOUNS
    ):
        return False
    if _two_ends_of_a_relation(subject, other):
        return False
    return _singular_agreement(subject) or _numberless_past(subject)


def _numberless_past(subject: Token) -> bool:
    """Whether the subject's verb is a bare past tense ("died", "fled"), which agrees with one
    person as well as with two; "were" is plural, and "was" is `_singular_agreement`'s."""
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    verb = subject.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and verb.lemma_.lower() != "be" and not auxiliaries


def _singular_agreement(subject: Token) -> bool:
    """Whether the subject's verb agrees with one person ("was shot", "is recovering", "has
    died"): with a plural subject English would write "were", "are", "have"."""
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    verb = subject.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.lower_ in SINGULAR_VERB_FORMS or w.tag_ == "VBZ" for w in forms)


LISTED_COUNT_QUALIFIERS = frozenset({"exact", "at_least", "approx"})
"""Numbers that add up with the other items of a list of people (a range or a vague amount
does not)."""


def _counts_by_noun(quantities: Sequence[Quantity], index: _TokenIndex) -> dict[int, int]:
    """Token index of each counted noun -> its number ("two sons": sons -> 2)."""
    out: dict[int, int] = {}
    for q in quantities:
        if q.head_start >= 0 and q.qualifier in LISTED_COUNT_QUALIFIERS:
            out[index.at(q.head_start).i] = q.value
    return out


def _person_group(tok: Token) -> str | None:
    """The group of a person noun, kin and ages being civilians ("his wife", "two sons")."""
    group = group_of_noun(tok)
    if group is None and (
        tok.lower_ in vocab_figures.KIN_NOUNS or _lemma(tok) in vocab_figures.KIN_NOUNS
    ):
        return "civilians"
    return group


def _comma_items(first: Token) -> list[Token]:
    """The items after a comma of a list of people the parse did not join to `first`: "a boy,
    a man and a woman were shot" makes "boy" and "man" two subjects of "shot", and "a boy, two
    men and a woman" makes "two men" the apposition of "a boy". Returns those items and their
    own conjuncts, or nothing. An apposition without a further item is the same person told
    again ("a man, a father of two, was shot") and is not an item."""
    doc = first.doc
    if first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return []
    item: Token | None = None
    if first.dep_ in SUBJECT_DEPS | OBJECT_DEPS:
        comma = first.right_edge.i  # the parse may hang the comma on the first item
        if doc[comma].text != ",":
            comma += 1
        item = next(
            (
                s
                for s in first.head.children
                if s.i > first.i and s.dep_ == first.dep_ and s.left_edge.i == comma + 1
                and comma < len(doc) and doc[comma].text == ","
            ),
            None,
        )  # fmt: skip
    if item is None:
        item = next(
            (
                c
                for c in first.children
                if c.dep_ == "appos" and c.left_edge.i == first.i + 2
                and any(cc.dep_ == "conj" for cc in c.children)
                and not _one_person_described(first, c)
            ),
            None,
        )  # fmt: skip
    if item is None:
        return []
    return [item, *(c for c in item.conjuncts if c.i > item.i)]


def _one_person_described(first: Token, apposition: Token) -> bool:
    """An apposition to one person whose conjoined nouns share its one determiner ("the victim,
    a husband and father of two, died") says who that person is: one person twice described,
    not more people listed ("a boy, two men and a woman" gives the later items their own)."""
    own = ("det", "poss", "nummod")
    return (
        first.tag_ in ("NN", "NNP")
        and apposition.tag_ == "NN"
        and not any(c.dep_ == "nummod" for c in apposition.children)
        and all(
            not any(c.dep_ in own for c in conj.children)
            for conj in apposition.conjuncts
            if conj.i > apposition.i
        )
    )


def _elaboration(first: Token, items: Sequence[Token], count_of: dict[int, int]) -> bool:
    """ "Four people, three men and a woman, were shot": the items set off by commas on both
    sides tell who the first item's people are, they are not more people; so do items after a
    comma that add up to the first count ("three other victims, two women and a man, ..."
    where the parse ends the list early). Otherwise ("three men, a girl and a woman were hurt"),
    or after one person, they are the rest of a list."""
    doc = first.doc
    if first.tag_ not in ("NNS", "NNPS") or first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return False  # one person ("a man, a woman and a boy, all ...") is not elaborated
    after_last = max(t.right_edge.i for t in items) + 1
    if after_last < len(doc) and doc[after_last].text == ",":
        return True
    told = sum(count_of.get(t.i, 1) for t in items)
    return first.i in count_of and told == count_of[first.i]  # "three victims, two women and a man"


def _listed_people(first: Token, count_of: dict[int, int]) -> list[tuple[Token, int]]:
    """The other items of a list of people that starts at `first` and the number each counts
    ("three children and two adults", "his wife and two sons", "two sons and a daughter"): a
    counted noun its number, a singular person word with a determiner (or a kin word) one.
    Items of one list share its predicate, so they are one count; the list must name people
    of one group, else each side keeps its own count (no items returned)."""
    if first.dep_ == "conj":
        return []  # an item inside the list: the list's first item carries the sum
    group = _person_group(first)
    items = [c for c in first.conjuncts if c.i > first.i]
    items += [c for c in _comma_items(first) if c not in items]
    if group is None or not items:
        return []
    if _elaboration(first, items, count_of):
        return []
    out: list[tuple[Token, int]] = []
    shared = any(c.dep_ in ("det", "poss") for c in first.children)
    for item in items:
        if item.pos_ not in ("NOUN", "PROPN") or _person_group(item) != group:
            return []
        if item.i in count_of:
            out.append((item, count_of[item.i]))
        elif item.tag_ in ("NN", "NNP") and (
            any(c.dep_ in ("det", "poss") for c in item.children)
            or item.lower_ in vocab_figures.KIN_NOUNS
            or (shared and item.tag_ == "NN" and not any(
                c.dep_ == "nummod" for c in item.children
            ))  # "a mother, father and baby": the first item's "a" is theirs too
        ):
            out.append((item, 1))
        else:
            return []
    return out


SELF_OBJECT_DEPS = frozenset({"dobj", "obj", "dep", "conj"})
"""How a reflexive hangs on a killing verb: its object, or set off after the other victims
("killed his wife and daughter, then himself", which the parse attaches loosely)."""


ONE_MORE_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})

GAP_PREPOSITIONS = frozenset({"in", "on", "to", "through", "near", "at"})
"""Prepositions of where someone was hit ("in the arm", "through the hand", "at the bus stop"),
after which a gapped "and another in the hip" tells one more person."""


def _one_more_person(tok: Token) -> bool:
    """ "another", "another man", "the other", "a second victim": one more person, told with
    the verb left out ("one man was shot in the arm and another in the hip")."""
    if tok.lower_ == "another" and tok.pos_ in ("PRON", "DET"):
        return True
    if tok.pos_ != "NOUN" or group_of_noun(tok) is None:
        return False
    dets = [c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("det", "amod")]
    return "another" in dets or "other" in dets or bool(ONE_MORE_ORDINALS & set(dets))


def _gapped_others(triggers: Sequence[Token]) -> list[Token]:
    """People told after the harm verb's place with the verb left out: "One man was shot in the
    arm and another in the hip" (the parse joins "another" to "arm"), "a woman was wounded in
    the leg and a second man in the back". Only the shape "VERB in the X and ANOTHER in the Y":
    a one-more person joined to the object of the verb's own preposition, with a preposition of
    its own right after it, and never joined to a counted thing ("a wound in the head and
    another in the shoulder", "with one bullet in the arm and another in the hip", "in the arm
    and the leg" count nobody more)."""
    out: list[Token] = []
    for trigger in dict.fromkeys(triggers):
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in GAP_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or any(c.dep_ == "nummod" for c in obj.children):
                    continue  # "with one bullet in the arm and another ...": another bullet
                for other in obj.conjuncts:
                    after = other.doc[other.i + 1] if other.i + 1 < len(other.doc) else None
                    if (
                        other.i > obj.i
                        and _one_more_person(other)
                        and after is not None
                        and after.pos_ == "ADP"
                        and after.head.i != other.i
                    ):
                        out.append(other)
    return out


def _reflexive_of(verb: Token) -> Token | None:
    """ "himself" / "herself" as what a verb did (see SELF_OBJECT_DEPS), or None."""
    for child in verb.children:
        if child.dep_ in SELF_OBJECT_DEPS and child.lower_ in REFLEXIVES - {"se", "s'"}:
            return child
        if child.dep_ in ("dobj", "obj"):
            for item in child.conjuncts:
                if item.lower_ in REFLEXIVES:
                    return item
    return None


def _deadly(verb: Token) -> bool:
    """A verb that says its object died: "killed", "fatally shot", "shot to death"."""
    return _in(verb, vocab_figures.KILLED_VERBS) or (
        _in(verb, vocab_figures.INJURED_VERBS)
        and (
            any(_is_fatal_adverb(c) for c in verb.children)
            or _to_death(verb) is not None
        )
    )


SELF_KILLING_CLIMB = 3
"""Verbs climbed from "killing himself" to the deed it follows ("shot his wife before
killing himself": pcomp, prep, verb)."""


def _harmed_others(verb: Token) -> bool:
    """Whether the one who did `verb` to themselves also killed or hurt someone else: a harm
    verb with a person object on its own line of verbs (itself, what it is conjoined to or
    follows, within SELF_KILLING_CLIMB heads)."""
    current = verb
    for _ in range(SELF_KILLING_CLIMB + 1):
        if current.pos_ in ("VERB", "AUX") and (
            _in(current, vocab_figures.KILLED_VERBS) or _in(current, vocab_figures.INJURED_VERBS)
        ):
            for child in current.children:
                if (
                    child.dep_ in ("dobj", "obj")
                    and child.lower_ not in REFLEXIVES
                    and _person_group(child) is not None
                ):
                    return True
        if current.head.i == current.i:
            break
        current = current.head
    return False


def _self_killing(verb: Token) -> bool:
    """A perpetrator's own death: a deadly verb on "himself" by someone who harmed others
    ("killed his wife and then himself", "shot two men before killing himself")."""
    return _reflexive_of(verb) is not None and _deadly(verb) and _harmed_others(verb)


def _self_killed_subject(np: Token, trigger: Token) -> bool:
    """People read as killed only by doing a self-killing (see `_self_killing`): its subject,
    not the victims it names."""
    return np.dep_ in SUBJECT_DEPS and _self_killing(trigger)


def _self_killings(
    sent: Span, article_id: str, attributions: Sequence[Attribution]
) -> list[Claim]:
    """One perpetrator killed per self-killing in the sentence (see `_self_killing`): GVA counts
    a shooter who killed himself among the dead, and `totals` keeps the victims apart (their
    side is not the perpetrator's), so the count is the victims and him, not the larger."""
    claims: list[Claim] = []
    doc, tags = sent.doc, token_pos(sent.doc)
    for verb in (doc[i] for i in range(sent.start, sent.end) if tags[i] in ("VERB", "AUX")):
        if _self_killing(verb):
            reflexive = _reflexive_of(verb)
            assert reflexive is not None
            ev = _evidence(sent.doc, sent, article_id, [verb], reflexive.idx,
                           reflexive.idx + len(reflexive))  # fmt: skip
            claims.append(_claim("killed", 1, "exact", ev, PERPETRATORS, None, attributions))
    return claims


PERSONAL_PRONOUNS = frozenset({"he", "she", "il", "elle"})
"""Pronouns that stand for one person, as the subject a report tells a victim's harm by once
it has named or described them ("She was taken to a hospital", "il a été hospitalisé")."""

PRONOUN_KINDS = frozenset({"injured", "hospitalised", "killed"})
"""What a pronoun's claim may say: that one person was hurt, taken to hospital or died ("he was
pronounced dead", "she died at the hospital"; not "he killed himself", `_self_killings`' own).
An arrest is left to the words that name the arrested (a pronoun is as often the one who did
it)."""


def _pronoun_hurt(
    sent: Span, article_id: str, attributions: Sequence[Attribution]
) -> list[Claim]:
    """One person hurt or dead, told by a pronoun ("he was shot in the arm", "she was treated
    for a wound", "he died at the hospital"): a report names its victim once and then goes on
    with "he" or "she", and the harm may be told only there. The claim has no actor (a death
    takes the perpetrators' side when the pronoun stands for one of them, `_dead_pronoun_side`),
    so it never adds to a count of a side that states its own, and its evidence starts with the
    pronoun, so the totals take it as someone already introduced, possibly one of the dead. The
    words the pronoun stands for ride on the claim (`refers_to`, `referents.pronoun_referent`).
    Why the deaths: on the gva_dev train fold a victim told dead only by a pronoun further down
    ("He was taken to the hospital, where he died") gave no dead at all."""
    claims: list[Claim] = []
    doc = sent.doc
    lowers = token_lowers(doc)
    for tok in (doc[i] for i in range(sent.start, sent.end) if lowers[i] in PERSONAL_PRONOUNS):
        if tok.dep_ not in SUBJECT_DEPS:
            continue
        referent = pronoun_referent(tok)
        refers_to = None if referent is None else _referent_evidence(referent, article_id)
        dead_side = _dead_pronoun_side(referent)
        kinds = [
            (k, t)
            for k, t in _kinds_for(tok, tok)
            if k in PRONOUN_KINDS
            and t.i >= tok.i
            and not (k == "killed" and (_self_death(t) or _death_in_doubt(t)))
        ]
        opener = _fronted_participle(tok)
        if opener is not None and all(k != "injured" for k, _ in kinds):
            told = doc[opener.i : sent.end]  # the participle may stand in a split-off sentence
            ev = _evidence(doc, told, article_id, [opener], tok.idx, tok.idx + len(tok))
            claims.append(
                _claim("injured", 1, "exact", ev, None, None, attributions, None, refers_to)
            )
        for kind, trigger in kinds:
            ev = _evidence(doc, sent, article_id, [trigger], tok.idx, tok.idx + len(tok))
            side = dead_side if kind == "killed" else None
            claims.append(_claim(kind, 1, "exact", ev, side, None, attributions, None, refers_to))
    return claims


def _referent_evidence(referent: Token, article_id: str) -> Evidence:
    """The words a pronoun stands for ("a 30-year-old man", "Smith"), from the first word of
    its noun phrase to the noun (`referents.pronoun_referent`)."""
    start = min(referent.left_edge.idx, referent.idx)
    end = referent.idx + len(referent)
    return Evidence(article_id, start, end, doc_text(referent.doc)[start:end])


def _dead_pronoun_side(referent: Token | None) -> str | None:
    """The side of a pronoun told dead: the perpetrators' when it stands for one of them
    ("the suspect was taken to a hospital ... He later died": a dead suspect, whom a gold set
    of victims leaves out), else none (a pronoun's death adds to no side's count)."""
    if referent is None or group_of_noun(referent) != PERPETRATORS:
        return None
    return PERPETRATORS


DOUBTING_MODALS = frozenset({"may", "might", "could", "can", "should", "will", "'ll"})
"""Modals that put a death ahead or in doubt ("he may die", "she could die"): not a death."""

HEDGES = frozenset({"likely", "probably", "possibly", "perhaps"})
"""Adverbs that make a "would" a guess ("he would likely succumb"), not a narrated fact ("he
would die two days later", which counts)."""

DOUBTING_HEADS = frozenset({"expect", "fear", "feared", "likely", "unlikely"})
"""Words whose complement is a death foreseen or feared, not told ("is expected to die", "was
feared dead", "is likely to die", "was believed dead")."""


def _doubting_aux(verb: Token) -> bool:
    """A modal of the verb that puts its event in doubt, or a "would" with a hedge."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & DOUBTING_MODALS:
        return True
    return "would" in auxiliaries and any(c.lower_ in HEDGES for c in verb.children)


def _death_in_doubt(trigger: Token) -> bool:
    """A death a pronoun is told that has not happened: under a modal or a hedged "would" ("he
    may die", "he would likely succumb"), under "expected"/"feared" ("he is expected to die",
    "he was feared dead but survived"), or denied, on the word or on the verb it completes (not
    through a clause it is the object of: "to find out he's dead" tells a death)."""
    word = trigger
    while True:
        if _negated(word) or _doubting_aux(word) or word.lemma_.lower() in DOUBTING_HEADS:
            return True
        if word.lower_ in DOUBTING_HEADS:
            return True
        if word.dep_ not in ("xcomp", "oprd", "acomp") or word.head.i == word.i:
            return False
        word = word.head


def _self_death(trigger: Token) -> bool:
    """A death the subject gave itself ("he shot himself", "she killed herself"): read by
    `_self_killings` with its side, not again as a pronoun's."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return _reflexive_object(verb) or _reflexive_object(trigger)


def _fronted_participle(subject: Token) -> Token | None:
    """An injury participle opening the sentence, set off by a comma before its subject, tells
    the subject's state ("Blessé au visage, il a été hospitalisé", "Wounded in the leg, he was
    taken to hospital"): the parse hangs it on the subject's verb as a clause of its own, or
    makes it a second root, which may split the sentence at the comma."""
    doc = subject.doc
    sent = subject.sent
    opener = sent[0]
    if opener.text == "," and sent.start > 0:
        opener = doc[sent.start - 1].sent[0]  # "Blessé au visage | , il a été conduit ..."
    verb = subject.head
    if opener.i == verb.i or opener.head.i not in (verb.i, opener.i):
        return None
    if not _in(opener, vocab_figures.INJURED_VERBS) or any(
        c.dep_ in SUBJECT_DEPS for c in opener.children
    ):
        return None
    if not any(w.text == "," for w in doc[opener.i : subject.i]):
        return None
    return opener if _wounding(opener) else None


def _wounding(opener: Token) -> bool:
    """Whether a fronted injury participle tells a wound: not denied, itself or in what it is
    joined to ("Shot at but not hit, he ran"), nor a mere "shot at" (fired at, maybe missed),
    nor a figurative "hit" with no wound word beside it ("Hit by the news, he cried";
    `vocab_figures.FIGURATIVE_HARM_VERBS`)."""
    if _negated(opener) or any(c.dep_ == "conj" and _negated(c) for c in opener.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" and not list(c.children)
           for c in opener.children):  # fmt: skip
        return False
    if _in(opener, vocab_figures.FIGURATIVE_HARM_VERBS):
        return any(t.lower_ in vocab_figures.WOUND_WORDS for t in opener.subtree)
    return True


def _unknowns(
    doc: Doc, sent: Span, article_id: str, attributions: Sequence[Attribution]
) -> list[Claim]:
    """Explicit unknowns: "no immediate reports on the number of migrants wounded"."""
    text = span_text(sent)
    claims: list[Claim] = []
    for match in _UNKNOWN_RE.finditer(text):
        cues = list(_UNKNOWN_CUE_RE.finditer(text))
        before = [m for m in cues if m.start() < match.start()]
        after = [m for m in cues if m.start() >= match.end()]
        cue = before[-1] if before else (after[0] if after else None)
        if cue is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        kind_word = next(v for k, v in groups.items() if k.startswith("k"))
        group_word = next((v for k, v in groups.items() if k.startswith("g")), "")
        kind = _UNKNOWN_KIND.get(kind_word.lower())
        if kind is None:
            continue
        start = sent.start_char + min(cue.start(), match.start())
        end = sent.start_char + max(cue.end(), match.end())
        ev = Evidence(article_id, start, end, doc_text(doc)[start:end])
        claims.append(_claim(kind, None, "unknown", ev, group_of(group_word), None, attributions))
    return claims
