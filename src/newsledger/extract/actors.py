"""Typed actors of an event, with who did it to whom read from the dependency parse.

For every event trigger (see `extract.events`) the arguments come from its syntax, never from
word order:
- active verb: `nsubj` is the agent; `dobj` and the objects of "at", "against", "on", "into"
  are targets ("migrants threw stones at officers");
- passive verb: `nsubjpass` is the target, the "by" agent the agent ("officers were attacked by
  a group of migrants");
- a noun trigger: "by" gives the agent, "on"/"against"/"of" the target ("the murder of a police
  woman", "an attack on an officer"), a possessive or compound group the agent;
- reciprocal triggers (clash, fight, scuffle, brawl, confrontation): "between X and Y", "X and Y
  clash", "X clashed with Y" make BOTH agents. We record `role="agent"` for each side (there is
  no third role for reciprocal violence in the contract; framing reports "reciprocal" voice);
- a noun trigger that is the object of a light verb ("launched an attack", "made use of tear
  gas"; never a verb that only talks about it: "condemned the attack") takes that verb's
  subject as agent; a verb with no subject inherits the subject of the verb it is conjoined with
  or controlled by ("pushed back, attacking the officers");
- whoever claims responsibility for an event, is responsible for or behind it, is blamed for it
  or carries it out is its agent; what an event noun hits ("the blast hit a patrol") its target;
- a bare count acted upon ("wounded 71", "200 others") is a target typed by the noun it elides;
- whoever is convicted of, charged with, accused of, found guilty of or a suspect in an event is
  its agent (a claim the report makes); a harm in an event ("killed in an attack by X") takes
  that event's agents; the owner or planter of the weapon that did it ("an IRA bomb") is one;
- names in apposition to an argument are the same side, typed by the noun they stand beside;
- a trailing participle (", wounding 13") belongs to the nearer active event verb it follows,
  not to a farther verb the parser hangs it on; a kind of weapon ("a car bomb") names no owner.
Framing nouns are looked through ("a group of 100 migrants", "members of the police force",
"hundreds of protesters"); relative pronouns resolve to their noun ("migrants who attacked him").
Personal pronouns are left out: there is no coreference here, and a wrong guess is worse than
none.

Actor types (`Claim.kind`) come from `extract.vocab` (police, military, migrants, rioters,
protesters, civilians, activists, government) plus the armed kinds `rebels` and `militia`, and
`unknown`. ACLED inter codes (`Claim.item`) are given by `assign_inter_codes` once the event type
is known, because ACLED codes the same people by what they do: migrants (or activists,
residents) who riot are rioters (inter 5) and keep their identity in the actor name; the same
people demonstrating are protesters (6); as victims they are civilians (7).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from newsledger.extract.event_words import (
    ABDUCT,
    ARMED_VIOLENCE_FAMILIES,
    ARREST,
    CLASH,
    INJURE,
    KILL,
    LEMMA_FAMILIES,
    SHOOT,
    STAB,
    STATE_TARGET_NOUNS,
    words,
)
from newsledger.extract.events import Trigger, triggers_of
from newsledger.extract.vocab import (
    ARMED_ACTOR_GROUPS,
    ARMED_ENGLISH_ONLY,
    CROWD_WORDS,
    group_of,
)
from newsledger.extract.vocab_figures import WEAPONS
from newsledger.lang.fr.vocab import (
    APPROX_NUMBER_NOUNS,
    RECIPROCAL_FRAME_VERBS,
    SECOND_SIDE_PREPS,
)
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.deps import (
    ACTIVE_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    is_passive,
)
from newsledger.nlp.doctext import doc_text

OBJECT_DEPS = frozenset({"dobj", "obj"})
TARGET_PREPS = frozenset({"at", "against", "on", "into", "upon", "contre", "sur"})
AGENT_PREPS = frozenset({"by", "par"})
RECIPROCAL_PREPS = frozenset({"with", "between", "among", "avec", "entre"})
NOUN_TARGET_PREPS = frozenset({"on", "against", "of", "upon", "contre", "sur", "de"})
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})
"""A verb with no subject of its own shares the subject of its head through these links."""
LIGHT_VERB_MAX_HOPS = 3
"""Noun trigger -> governing verb: "made use of tear gas" is dobj -> prep -> pobj (3 links)."""
FRAME_NOUNS = words(
    "group groups members member hundreds dozens thousands scores number crowd crowds band "
    "gang contingent unit units squad team dozen handful majority some several many groupe "
    "groupes membres centaines dizaines milliers plusieurs"
)
"""Nouns that frame the people an argument really names ("a group of 100 migrants")."""
PERSON_HEADS = words(
    "member members force forces unit units personnel staff official officials squad "
    "brigade battalion patrol contingent membre membres unité unités"
)
"""Heads that name people only through their modifier ("security force members")."""
RANK_NOUNS = words(
    "general generals commander commanders colonel colonels lieutenant lieutenants captain "
    "captains sergeant sergeants brigadier corporal corporals"
)
"""Military ranks: a person named by rank is state forces unless a modifier says whose ("a
militia commander", "police captain")."""
PEOPLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        words("suspect suspects perpetrator perpetrators culprit culprits killer killers "
              "murderer murderers individual individuals arsonist arsonists raider raiders"),
        "unknown",
    ),  # people named by what they are said to have done: no side
    **dict.fromkeys(
        words("hostage hostages prisoner prisoners detainee detainees captive captives inmate "
              "inmates abductee abductees politician politicians brother brothers sister sisters "
              "cousin cousins"),
        "civilians",
    ),  # people held or targeted for who they are: ACLED's civilians
    **dict.fromkeys(words("guardsman guardsmen sailor sailors airman airmen"), "military"),
    **dict.fromkeys(
        words("president presidents governor governors mayor mayors chancellor chancellors "
              "premier premiers official"),
        "government",
    ),  # executive office holders, like the vocabulary's ministers and officials
}
"""People nouns the shared vocabulary (`extract.vocab`, also read by figures and weapons) lacks;
actors read them after it."""
STATE_MODIFIERS: dict[str, str] = {
    "intelligence": "police",
    "service": "military",
    "naval": "military",
    "navy": "military",
    "regime": "military",
}
"""Modifiers that make a people head state forces ("intelligence forces", "service members",
"regime forces")."""
STATE_OR_ARMED = frozenset({"police", "military", "government", "rebels", "militia"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

INTER_STATE = "1"
INTER_REBELS = "2"
INTER_MILITIA = "3"
INTER_RIOTERS = "5"
INTER_PROTESTERS = "6"
INTER_CIVILIANS = "7"

KIND_INTER = {
    "police": INTER_STATE,
    "military": INTER_STATE,
    "government": INTER_STATE,
    "rebels": INTER_REBELS,
    "militia": INTER_MILITIA,
    "rioters": INTER_RIOTERS,
    "protesters": INTER_PROTESTERS,
    "civilians": INTER_CIVILIANS,
}
"""Fixed inter code per kind; migrants, activists and unknown depend on the event."""


def actor_kind(tok: Token, lang: str = "en") -> str | None:
    """The actor type a noun names (armed kinds first, then the shared vocabulary), or None."""
    low = tok.lower_
    armed = ARMED_ACTOR_GROUPS.get(low) or ARMED_ACTOR_GROUPS.get(tok.lemma_.lower())
    if armed:
        return armed
    if lang == "en" and low in ARMED_ENGLISH_ONLY:
        return "militia"
    group = group_of(tok) or PEOPLE_KINDS.get(low) or PEOPLE_KINDS.get(tok.lemma_.lower())
    compounds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    person_head = group is None and tok.lemma_.lower() in PERSON_HEADS
    if person_head:  # "security forces", "forces de l'ordre": the whole name is in the lexicon
        whole = group_of(tok.doc[tok.left_edge.i : min(tok.right_edge.i, tok.i + 3) + 1])
        if whole:
            return whole
    if compounds and (person_head or group == "civilians"):
        # "security force members", "police woman", "army officer": the modifier says who
        phrase = tok.doc[min(c.left_edge.i for c in compounds) : tok.i]
        modifier_group = group_of(phrase) or next(
            (STATE_MODIFIERS[c.lower_] for c in compounds if c.lower_ in STATE_MODIFIERS), None
        )
        if modifier_group in STATE_OR_ARMED or (group is None and modifier_group):
            return modifier_group
    if group:
        return group
    if tok.pos_ == "NOUN" and (tok.lower_ in RANK_NOUNS or tok.lemma_.lower() in RANK_NOUNS):
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        start = min((c.left_edge.i for c in modifiers), default=tok.i)
        modifier_kinds = [
            ARMED_ACTOR_GROUPS.get(c.lower_) or ARMED_ACTOR_GROUPS.get(c.lemma_.lower())
            for c in modifiers
        ]
        whose = next((k for k in modifier_kinds if k), None) or (
            group_of(tok.doc[start : tok.i]) if modifiers else None
        )
        return whose if whose in STATE_OR_ARMED else "military"
    if tok.lemma_.lower() in STATE_TARGET_NOUNS:
        # a checkpoint, base or convoy stands for the forces holding it ("rebel positions")
        for mod in compounds:
            armed = ARMED_ACTOR_GROUPS.get(mod.lower_) or ARMED_ACTOR_GROUPS.get(mod.lemma_.lower())
            if armed:
                return armed
        return "military"
    return None


def _through_frame(tok: Token) -> Token:
    """ "a group of 100 migrants" -> migrants; "members of the police force" -> force."""
    for _ in range(2):
        french = tok.doc.lang_ == "fr" and tok.lemma_.lower() in APPROX_NUMBER_NOUNS
        if tok.lemma_.lower() not in FRAME_NOUNS and tok.lower_ not in FRAME_NOUNS and not french:
            return tok
        inner = next(
            (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "de", "d'")
             for g in c.children if g.dep_ in ("pobj", "obj", "nmod")),
            None,
        )  # fmt: skip
        if inner is None and tok.doc.lang_ == "fr":  # UD: "centaine" -nmod-> "migrants" -case-> de
            inner = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "nmod"
                    and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)
                ),
                None,
            )
        if inner is None:
            return tok
        tok = inner
    return tok


def _resolve(tok: Token) -> Token | None:
    """The noun an argument names: relative pronouns to their noun, frames looked through."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        verb = tok.head
        if verb.dep_ in ("relcl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            tok = verb.head
        else:
            return None
    if tok.pos_ == "PRON":  # "he", "they"; "those injured", "all of them": a count
        return tok if tok.lower_ in PERSONAL_PRONOUNS or tok.lower_ in COUNT_WORDS else None
    if tok.pos_ == "NUM":  # "seven of the officers" / bare number: look at its of-object
        tok = _through_frame(tok)
    return _through_frame(tok)


SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
PERSONAL_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
"""Third-person pronouns an actor may hide behind ("he opened fire", "they killed 23 soldiers");
first and second persons are speakers and readers, never resolved."""
ANTECEDENT_SENTENCES = 2
"""How many sentences before a pronoun's own are searched for what it names."""
GROUP_ENTS = frozenset({"ORG", "NORP"})


def _compatible(cand: Token, plural: bool) -> bool:
    """Whether a noun could be what a pronoun names: a person's name or a singular person noun
    for he/she, a plural person noun or a named group for they."""
    if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in ("compound", "poss"):
        return False
    if cand.ent_type_ == "PERSON" and cand.pos_ == "PROPN":
        return not plural and (cand.i + 1 >= len(cand.doc) or cand.doc[cand.i + 1].ent_iob_ != "I")
    if cand.ent_type_ in GROUP_ENTS and cand.pos_ == "PROPN":
        return plural
    if actor_kind(cand, "en") is None:
        return False
    number = cand.morph.get("Number", [])
    return number == (["Plur"] if plural else ["Sing"])


def antecedent(pronoun: Token) -> Token | None:
    """The nearest earlier noun a third-person pronoun can name (its own sentence first, then up
    to ANTECEDENT_SENTENCES before): light head-word coreference, by number and person-hood
    only. None when nothing fits: a guess would be worse than no actor."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for i in range(pronoun.i - 1, first - 1, -1):
        cand = doc[i]
        if _compatible(cand, plural):
            return _through_frame(cand)
    return None


APPOSITION_HOPS = 3
"""How deep a list of names in apposition and coordination is followed ("his relatives, A, the
director B and C")."""


def _with_conjuncts(tok: Token) -> list[Token]:
    """The argument with the nouns coordinated with it and the names in apposition to any of
    them ("arrested activists, including A, his wife B and the writer C"): the same side."""
    out = [tok]
    frontier = [tok]
    for _ in range(APPOSITION_HOPS):
        found: list[Token] = []
        for head in frontier:
            found.extend(c for c in head.conjuncts if c not in out and c not in found
                         and (c.pos_ in ("NOUN", "PROPN", "PRON") or group_of(c)))  # fmt: skip
            found.extend(c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and c not in out and c not in found)  # fmt: skip
        if not found:
            break
        out.extend(found)
        frontier = found
    return out


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject (inherited through conj/xcomp/advcl) and whether it is passive."""
    hops = 0
    raised = False
    while verb is not None and hops < 3:
        for child in verb.children:
            if child.dep_ in ACTIVE_SUBJECT_DEPS:
                return child, False
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
        if verb.dep_ not in INHERIT_DEPS or verb.head is verb:
            return None, False
        raised = raised or verb.dep_ == "xcomp"
        verb = _nearer_event_verb(verb) or verb.head
        hops += 1
    return None, False


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


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ in ("pobj", "obj", "nmod")]


UD_OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})


def _prep_objects(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs below a word, for English ("prep" -> "pobj") and Universal
    Dependencies models such as French ("obl"/"nmod" with a "case" child)."""
    out: list[tuple[str, Token]] = []
    for child in tok.children:
        if child.dep_ == "prep":
            out.extend((child.lower_, g) for g in _pobjs(child))
        elif child.dep_ in UD_OBLIQUE_DEPS:
            case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
            if case is not None:
                out.append(("by" if child.dep_ == "obl:agent" else case, child))
    return out


UNDERGOER_VERBS = words(
    "die perish succumb suffer sustain drown lose mourir décéder succomber périr subir"
)
"""Verbs whose subject undergoes the event ("three soldiers died", "a guard sustained burns",
"two guards lost their lives"):
the subject is the side acted upon, never the one that acted."""


UNDERGOER_NOUNS = words(
    "death deaths injury injuries wound wounds casualty casualties mort blessure"
)
"""Nouns whose modifier or possessor undergoes the event ("civilian deaths", "the guard's
wounds"): that side was acted upon."""


def _verb_args(verb: Token, reciprocal: bool) -> list[tuple[Token, str]]:
    args: list[tuple[Token, str]] = []
    passive = is_passive(verb)
    subject, inherited_passive = _subject(verb)
    if subject is not None:
        subject_is_target = passive or (inherited_passive and subject.head is not verb)
        if verb.lemma_.lower() in UNDERGOER_VERBS:
            subject_is_target = True
        if subject.dep_ in PASSIVE_SUBJECT_DEPS and subject.head is verb:
            subject_is_target = True
        args.append((subject, "agent" if reciprocal or not subject_is_target else "target"))
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            args.append((child, "agent" if reciprocal else "target"))
        elif child.dep_ == "agent":
            args.extend((g, "agent") for g in _pobjs(child))
    for word, obj in _prep_objects(verb):
        if word in AGENT_PREPS and passive:
            args.append((obj, "agent"))
        elif word in TARGET_PREPS:
            args.append((obj, "agent" if reciprocal else "target"))
        elif word in RECIPROCAL_PREPS and reciprocal:
            args.append((obj, "agent"))
    return args


def _noun_args(noun: Token, reciprocal: bool) -> list[tuple[Token, str]]:
    args: list[tuple[Token, str]] = []
    blamed = noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in BLAME_VERBS
    for word, obj in _prep_objects(noun):
        blamed_on = blamed and word in ("on", "upon")  # "blamed the ambush on bandits"
        between = word in ("between", "entre")  # "a battle between troops and rebels"
        if blamed_on or between or word in AGENT_PREPS or (word in RECIPROCAL_PREPS and reciprocal):
            args.append((obj, "agent"))
        elif word in NOUN_TARGET_PREPS:
            args.append((obj, "agent" if reciprocal else "target"))
    undergone = noun.lemma_.lower() in UNDERGOER_NOUNS  # "civilian deaths", "his injuries"
    args.extend((c, "target" if undergone else "agent") for c in noun.children
                if _modifier_names_side(c))  # fmt: skip
    subject_deps = ("nsubj", "nsubjpass", "nsubj:pass")
    if reciprocal and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in RECIPROCAL_FRAME_VERBS:
        # "des heurts ont opposé les forces de l'ordre à des migrants": object and "à" are sides
        frame = noun.head
        sides = [c for c in frame.children if c.dep_ in OBJECT_DEPS]
        args.extend((c, "agent") for c in sides)
        args.extend(
            (obj, "agent")
            for side in sides
            for word, obj in _prep_objects(side)
            if word in SECOND_SIDE_PREPS
        )  # "opposé X aux Y" parsed inside X
        args.extend((obj, "agent") for word, obj in _prep_objects(frame)
                    if word in SECOND_SIDE_PREPS)  # fmt: skip
    if reciprocal and noun.dep_ in subject_deps and noun.head.pos_ == "VERB":
        # "clashes broke out between X and Y": the parser hangs the sides on the verb
        args.extend((obj, "agent") for word, obj in _prep_objects(noun.head)
                    if word in RECIPROCAL_PREPS)  # fmt: skip
    verb = _light_verb(noun)
    if verb is not None:
        subject, participle = _subject(verb)  # "militants killed in blasts": a participle
        involved = verb.lemma_.lower() in INVOLVED_VERBS  # "34 people were involved in the plot"
        if subject is not None and (involved or not (is_passive(verb) or participle)):
            # "gunmen launched an attack" (agent); "the town saw attacks", "posts came under
            # fire", "people suffered injuries" (the side it happened to)
            undergoes = verb.lemma_.lower() in UNDERGOER_LIGHT_VERBS
            args.append((subject, "target" if undergoes else "agent"))
        for word, obj in _prep_objects(verb):
            if word in TARGET_PREPS:
                args.append((obj, "target"))
    args.extend((obj, "target") for obj in _struck_by(noun))
    args.extend((obj, "agent") for obj in _carried_out_by(noun))
    args.extend((who, "agent") for who in _answerable_for(noun))
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not args:
        # "the slaughter and maiming of civilians": the conjoined event nouns share the phrase
        args = [(obj, role) for obj, role in _noun_args(noun.head, reciprocal) if role == "target"]
    return args


STRIKE_VERBS = words(
    "target hit strike destroy damage shatter rock rip tear wreck level flatten devastate "
    "kill injure wound maim aim direct toucher frapper détruire endommager viser tuer blesser"
)
"""Verbs that say what an event noun struck ("the blast hit a bakery", "the building was
shattered by an explosion", "bombings aimed at the army")."""


def _struck_by(noun: Token) -> list[Token]:
    """What an event noun struck, read from the verb it is the subject or the by-agent of, or
    the participle that modifies it (see STRIKE_VERBS)."""
    head = noun.head
    out: list[Token] = []
    if noun.dep_ in ACTIVE_SUBJECT_DEPS and head.lemma_.lower() in STRIKE_VERBS:
        out.extend(c for c in head.children if c.dep_ in OBJECT_DEPS)
        out.extend(obj for word, obj in _prep_objects(head) if word in TARGET_PREPS)
    if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in STRIKE_VERBS:
        out.extend(c for c in head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
    for verb in noun.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in STRIKE_VERBS:
            for owner in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
                out.extend(obj for word, obj in _prep_objects(owner) if word in TARGET_PREPS)
    return out


def _carried_out_by(noun: Token) -> list[Token]:
    """The by-agent of the verb an event noun is the passive subject of, or that modifies it:
    "the attack was carried out by X", "attacks claimed by X", "bombings perpetrated by X"."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in PASSIVE_SUBJECT_DEPS:
        verbs.append(noun.head)
    out: list[Token] = []
    for verb in verbs:
        for owner in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
            # "is believed to have been carried out by X": the by-phrase sits on the xcomp
            out.extend(obj for word, obj in _prep_objects(owner) if word in AGENT_PREPS)
            out.extend(g for c in owner.children if c.dep_ == "agent" for g in _pobjs(c))
    return out


RESPONSIBILITY_NOUNS = words("responsibility credit responsabilité")
CLAIM_VERBS = words("claim accept admit take assume bear acknowledge revendiquer assumer")
"""A side that claims, accepts or admits responsibility for an event names itself its agent
("the group claimed responsibility for the bombing"); denying it does not."""
BLAME_VERBS = words("blame accuse")
"""Verbs that name someone the agent of an event ("police blamed the rebels for the attack",
"the bombing was blamed on a militia")."""
RESPONSIBLE_ADJS = words("responsible")


def _answerable_for(noun: Token) -> list[Token]:
    """Whom a sentence makes answerable for an event noun: the subject of "claimed
    responsibility for" it, the one "responsible for" it, the one blamed for it or it is blamed
    on. A claim or an accusation is what the report says; the claim keeps its evidence."""
    out: list[Token] = []
    head = noun.head
    if noun.dep_ in OBJECT_DEPS and head.lemma_.lower() in BLAME_VERBS:
        out.extend(obj for word, obj in _prep_objects(head) if word in ("on", "upon"))
    if noun.dep_ == "pobj" and head.lower_ == "behind":
        owner = head.head  # "the bomber behind the bombing", "the rebels were behind the raid"
        if owner.pos_ in ("NOUN", "PROPN"):
            out.append(owner)
        elif owner.lemma_.lower() in COPULAS:
            # "the rebels were behind the raid", "X, who is believed to be behind the raid"
            subject, _ = _subject(owner)
            out.extend([subject] if subject is not None else [])
        return out
    if noun.dep_ not in ("pobj", "obl", "nmod") or head.lower_ not in ("for", "pour"):
        return out
    owner = head.head
    lemma = owner.lemma_.lower()
    if lemma in BLAME_VERBS:  # "blamed X for the attack", "X was blamed for the attack"
        out.extend(c for c in owner.children if c.dep_ in OBJECT_DEPS or c.dep_ in
                   PASSIVE_SUBJECT_DEPS)  # fmt: skip
    elif lemma in RESPONSIBILITY_NOUNS and owner.head.lemma_.lower() in CLAIM_VERBS:
        verb = owner.head
        if owner.dep_ in OBJECT_DEPS:
            subject, passive = _subject(verb)
            if subject is not None and not passive:
                out.append(subject)
        elif owner.dep_ in PASSIVE_SUBJECT_DEPS:  # "responsibility was claimed by X"
            out.extend(obj for word, obj in _prep_objects(verb) if word in AGENT_PREPS)
            out.extend(g for c in verb.children if c.dep_ == "agent" for g in _pobjs(c))
    elif lemma in RESPONSIBLE_ADJS:
        if owner.dep_ in ("amod", "acl"):
            out.append(owner.head)  # "the group responsible for the attack"
        elif owner.dep_ == "acomp":  # "the rebels were responsible for the attack"
            out.extend(c for c in owner.head.children if c.dep_ in ACTIVE_SUBJECT_DEPS)
        elif owner.dep_ == "oprd":  # "named the gunmen responsible for the attack"
            out.extend(c for c in owner.head.children if c.dep_ in OBJECT_DEPS)
    return out


VERDICT_VERBS = words(
    "convict charge accuse suspect indict sentence jail imprison prosecute try inculper "
    "condamner accuser soupçonner"
)
"""Verbs that hold someone to account for an event ("X was convicted of the bombing", "charged
with killing", "police accused X of the attack"): the report names X its agent, as a claim."""
VERDICT_PREPS = frozenset({"of", "with", "for", "over", "in", "de", "pour"})
GUILT_ADJS = words("guilty coupable")
GUILT_PREPS = frozenset({"of", "to", "de"})
SUSPECT_NOUNS = words("suspect suspects culprit culprits")
SUSPECT_PREPS = frozenset({"in", "of", "over", "for", "dans"})


def _charged_with(trigger: Token) -> list[Token]:
    """Who is convicted of, charged with, accused of, found guilty of or a suspect in an event
    (see VERDICT_VERBS): the passive subject or the object of the verb, the one found or pleading
    guilty, the suspect noun itself. Acquitted or cleared people are not read."""
    tok = trigger
    if tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB":  # "of setting off the bombs"
        tok = tok.head
    while tok.dep_ == "conj" and tok.head is not tok:  # "guilty of killing and injuring"
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp", "obl", "nmod") or tok.head.pos_ != "ADP":
        return []
    prep = tok.head
    owner = prep.head
    word, lemma = prep.lower_, owner.lemma_.lower()
    if word in VERDICT_PREPS and owner.dep_ in OBJECT_DEPS and (
        owner.head.lemma_.lower() in VERDICT_VERBS
    ):
        return [owner]  # "police accused two men of the attack": the "of" hangs on the men
    if lemma in VERDICT_VERBS and word in VERDICT_PREPS and owner.pos_ == "VERB":
        subject, passive = _subject(owner)
        if subject is not None and (passive or is_passive(owner)):
            return [subject]
        return [c for c in owner.children if c.dep_ in OBJECT_DEPS]
    if lemma in GUILT_ADJS and word in GUILT_PREPS:
        own = [c for c in owner.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
        if own:  # "found the man guilty of", parsed as a small clause
            return own
        verb = owner.head
        if owner.dep_ == "oprd" and not is_passive(verb):  # "the jury found X guilty of"
            return [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if lemma in SUSPECT_NOUNS and word in SUSPECT_PREPS and owner.pos_ == "NOUN":
        return [owner]  # "a suspect in the bombing"
    if word in SUSPECT_PREPS and owner.pos_ == "VERB":  # "arrested a suspect in the bombing"
        return [c for c in owner.children if c.dep_ in OBJECT_DEPS
                and c.lemma_.lower() in SUSPECT_NOUNS]  # fmt: skip
    return []


def _modifier_names_side(child: Token) -> bool:
    """ "the police's attack", "police clashes", "migrant and police clash": a group modifier of
    an event noun names a side; a place or an occasion ("the Manchester bombing", "the marathon
    bombing") names where or when, not who."""
    if child.ent_type_ in PLACE_ENTS | {"EVENT", "DATE", "TIME"} or _names_a_place(child):
        return False
    if child.dep_ in ("poss", "compound") and child.pos_ in ("NOUN", "PROPN"):
        return True
    return child.dep_ == "amod" and group_of(child) is not None


def _names_a_country(tok: Token) -> bool:
    """Whether a proper noun is a country in the gazetteer ("Russia", "the US")."""
    places = tok.doc._.places or []
    return tok.pos_ == "PROPN" and any(
        p.place is not None and p.place.feature == "country" and p.start <= tok.idx < p.end
        for p in places
    )


def _names_a_place(tok: Token) -> bool:
    """Whether a proper-noun modifier starts with a gazetteer place: "the Manchester bombing",
    "the Boston Marathon bombing" (the model may tag either as a person or an organisation)."""
    if tok.pos_ != "PROPN":
        return False
    first = next(t for t in tok.subtree if t.pos_ == "PROPN")  # the name's own first word
    while first.ent_iob_ == "I" and first.i > 0:  # the start of the modifier's entity
        first = first.doc[first.i - 1]
    places = tok.doc._.places or []
    return any(p.place is not None and p.start <= first.idx < p.end for p in places)


UNDERGOER_LIGHT_VERBS = words(
    "see witness suffer sustain face experience endure come receive undergo lose subir"
)
"""Verbs whose subject is where an event noun happens, not who did it ("the region sees attacks",
"the convoy came under fire", "a guard suffered burns"), or who underwent it ("two guards lost
their lives in the ambush")."""
LIGHT_VERB_PREPS = frozenset({"of", "in", "under", "de"})
"""Prepositions between a light verb and its event noun ("made use of", "took part in", "came
under fire"); "after the explosion, the minister sent..." is no light verb."""


COMMENT_VERBS = words(
    "condemn denounce deplore decry criticise criticize investigate probe examine blame accuse "
    "report describe call label term recount mourn remember commemorate mark witness film watch "
    "fear warn deny "
    "discuss debate hear see say tell announce welcome praise justify defend protest oppose "
    "arrest detain question interrogate charge convict sentence jail imprison prosecute "
    "condamner dénoncer déplorer enquêter arrêter interpeller"
)
"""Verbs whose subject only talks about, looks into, reacts to or prosecutes the event noun they
govern ("the minister condemned the attack", "police investigated the bombing", "officials
blamed the attack on X", "police arrested a suspect in the shooting"): that subject never did
it. Any other verb governing the event noun lends it its subject ("gunmen launched an attack",
"took part in the attack")."""

INVOLVED_VERBS = words("involve implicate impliquer")
"""Passive verbs whose subject took part in the event noun ("were involved in the attack")."""


def _light_verb(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of ("launched an attack", "made use of tear gas"),
    unless it only talks about the event (see COMMENT_VERBS)."""
    tok = noun
    for _ in range(LIGHT_VERB_MAX_HOPS):
        if tok.dep_ not in ("dobj", "obj", "pobj", "prep", "obl"):
            return None
        if tok.dep_ == "prep" and tok.lower_ not in LIGHT_VERB_PREPS:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return None if tok.lemma_.lower() in COMMENT_VERBS else tok
        if tok.pos_ in ("NOUN", "PROPN") and actor_kind(tok) is not None:
            return None  # "arrested a suspect in the shooting": the event is the suspect's
    return None


PREDICATE_ADJ_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod"})
"""Links of an adjective trigger to the verb that states the event ("shot dead", "found dead")."""


COPULAS = words("be remain lie")
"""Verbs that only state a condition: "nine people were dead" makes the subject the side the
event befell."""


def _predicate_verb(tok: Token) -> Token:
    """The verb an adjective trigger completes ("was shot dead by police" -> shot): its
    arguments are the event's; any other word stands for itself."""
    if tok.pos_ == "ADJ" and tok.dep_ in PREDICATE_ADJ_DEPS and tok.head.pos_ == "VERB":
        return tok.head
    return tok


def _is_state_of(tok: Token) -> bool:
    """Whether an adjective trigger states its subject's condition through a copula."""
    return (
        tok.pos_ in ("ADJ", "VERB")
        and tok.dep_ in ("acomp", "attr", "oprd")
        and tok.head.lemma_.lower() in COPULAS
    )


INCLUDING_WORDS = words("including notamment dont")


def _included(tok: Token) -> list[Token]:
    """The members an "including" phrase lists under a word ("injured, including two
    children"; "twelve people, including a police officer")."""
    return [
        obj for c in tok.children if c.dep_ == "prep" and c.lower_ in INCLUDING_WORDS
        for obj in _pobjs(c)
    ]  # fmt: skip


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _nominal_undergoers(tok: Token) -> list[tuple[Token, str]]:
    """Who underwent a participle or adjective used as a noun ("the injured", "the dead"):
    the count it is taken from ("11 of the injured") or what it is said to include ("the
    wounded included two officers")."""
    if tok.pos_ not in ("VERB", "ADJ") or tok.dep_ not in NOMINAL_DEPS:
        return []
    if not any(c.dep_ == "det" for c in tok.children):
        return []
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NUM", "NOUN", "PRON"):
        return [(head.head, "target")]
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("include", "comprise"):
        return [(c, "target") for c in head.children if c.dep_ in OBJECT_DEPS]
    return []


def trigger_arguments(trig: Trigger) -> list[tuple[Token, str]]:
    """(argument noun, role) pairs of one trigger, with conjuncts and frames resolved; a
    personal pronoun stays a pronoun (`antecedent` finds whom it names)."""
    tok = _predicate_verb(trig.token)
    reciprocal = trig.family == CLASH
    is_verb = tok.pos_ in ("VERB", "AUX")
    raw = _verb_args(tok, reciprocal) if is_verb else _noun_args(tok, reciprocal)
    if tok is trig.token and _is_state_of(tok):
        # "nine people were dead", "two guards lay wounded": the subject underwent it
        raw = [(c, "target") for c in tok.head.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if tok is trig.token and not raw:
        raw = _nominal_undergoers(tok)
    raw.extend(
        (obj, role) for arg, role in list(raw) if role == "target"
        for obj in _included(arg)
    )  # fmt: skip
    if is_verb:  # "several people were injured, including two children"
        raw.extend((obj, "target") for obj in _included(tok))
    raw.extend((who, "agent") for who in _charged_with(tok))
    if is_verb and not any(role == "agent" for _, role in raw):
        raw.extend((who, "agent") for who in _agents_of_setting(tok, reciprocal))
    if tok.dep_ == "compound" and tok.head.dep_ == "appos" and not raw:
        # headline style "Migrants attack police" tagged as a noun compound: the appositive
        # head is the object and the noun it is in apposition to the subject
        raw = [(tok.head.head, "agent"), (tok.head, "agent" if reciprocal else "target")]
    out: list[tuple[Token, str]] = []
    for arg, role in raw:
        for conj in _with_conjuncts(arg):
            resolved = _resolve(conj)
            if resolved is None:
                continue
            if role == "agent" and _is_means(resolved):
                # "an IRA bomb exploded", "the device planted by the brothers went off": whoever
                # owns or planted the means acted
                out.extend((owner, "agent") for owner in _owners_of_means(resolved))
                continue
            out.append((resolved, role))
    return out


def _is_weapon(tok: Token) -> bool:
    """Whether a noun names a weapon or a device (not an event: "the bombing" is no weapon)."""
    return any(w in WEAPONS or w in DEVICE_NOUNS for w in (tok.lower_, tok.lemma_.lower()))


def _owners_of_means(means: Token) -> list[Token]:
    """Who a weapon or device belongs to or was placed by: a group modifier or possessor ("an
    IRA bomb", "the rebels' rockets"), or the by-agent of a participle modifying it ("the bomb
    planted by X"). A place modifier says where, not whose ("a Boston bomb")."""
    out = [c for c in means.children if c.dep_ in ("poss", "compound", "amod")
           and _modifier_names_side(c) and not _is_means(c) and _names_an_owner(c)]  # fmt: skip
    for verb in means.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            out.extend(obj for word, obj in _prep_objects(verb) if word in AGENT_PREPS)
            out.extend(g for c in verb.children if c.dep_ == "agent" for g in _pobjs(c))
    return out


OWNER_ENTS = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def _names_an_owner(modifier: Token) -> bool:
    """Whether a weapon's modifier says whose it is: a possessor, a named group or an actor
    noun ("the rebels' rockets", "an IRA bomb", "police bullets"); a kind of weapon does not
    ("a car bomb", "a roadside bomb"), nor a capitalised word opening a sentence ("Twin bombs
    exploded", tagged a proper noun only for its capital)."""
    if modifier.dep_ == "poss" or modifier.ent_type_ in OWNER_ENTS:
        return True
    if modifier.pos_ == "PROPN":
        return modifier.text.isupper() or not modifier.is_sent_start
    return actor_kind(modifier, modifier.doc.lang_) is not None


SETTING_PREPS = frozenset({"in", "during", "dans", "lors"})
"""Prepositions that put a harm in the event that caused it ("killed in a rebel attack")."""


def _agents_of_setting(verb: Token, reciprocal: bool) -> list[Token]:
    """The agents of the event noun a harm verb happened in: "three soldiers were killed in an
    attack by the rebels" -> the rebels killed them. Only read when the verb names no agent."""
    out: list[Token] = []
    for word, obj in _prep_objects(verb):
        lemma = obj.lemma_.lower()
        if word in SETTING_PREPS and (lemma in LEMMA_FAMILIES or obj.lower_ in LEMMA_FAMILIES):
            out.extend(arg for arg, role in _noun_args(obj, reciprocal) if role == "agent")
    return out


DEVICE_NOUNS = words("device devices explosive explosives engin engins")


def _is_means(tok: Token) -> bool:
    """Whether a noun is a weapon or an event, never who acted ("the bomb killed five", "the
    blast wounded two"): the subject of a harm verb is often the means, not the agent."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if actor_kind(tok, tok.doc.lang_) is not None:
        return False
    return any(
        w in WEAPONS or w in LEMMA_FAMILIES or w in DEVICE_NOUNS for w in (low, lemma)
    )


def _np_span(tok: Token) -> tuple[int, int]:
    """Character extent of the noun with its left modifiers ("15 CRS officers", "riot police")."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nummod", "quantmod", "nmod"):
            left = child if child.i < left.i else left
    while (
        left.i > 0
        and left.doc[left.i - 1].dep_ in ("compound",)
        and left.doc[left.i - 1].head.i >= left.i
    ):
        left = left.doc[left.i - 1]
    return left.idx, tok.idx + len(tok.text)


NAME_EXCLUDED_ENTS = PLACE_ENTS | {"PERSON", "DATE", "TIME", "CARDINAL"}


def _own_name_span(tok: Token) -> tuple[int, int] | None:
    """Character extent of the proper name a generic organisation noun carries as its own
    ("the Islamic State militant group" -> Islamic State, "the separatist group ETA" -> ETA):
    the name is the actor. A possessor names the owner, not the group ("the IRA's brigade"),
    and keeps the noun phrase."""
    if tok.lemma_.lower() not in ORGANISATION_HEADS:
        return None
    names = [
        t for c in tok.children if c.dep_ in ("compound", "nmod", "appos", "flat")
        and c.pos_ == "PROPN" and c.ent_type_ not in NAME_EXCLUDED_ENTS
        for t in c.subtree if t.pos_ == "PROPN"
    ]  # fmt: skip
    if not names:
        return None
    first, last = min(names, key=lambda t: t.i), max(names, key=lambda t: t.i)
    doc = tok.doc
    # the whole written word of the name: "al-Shabaab" is three tokens with no space between
    while first.i > 0 and first.ent_iob_ == "I" and not doc[first.i - 1].whitespace_:
        first = doc[first.i - 1]
    while last.i + 1 < tok.i and not last.whitespace_ and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    while first.is_punct and first.i < last.i:  # an opening quote is not the name
        first = doc[first.i + 1]
    return first.idx, last.idx + len(last.text)


def _propn_modifiers(noun: Token) -> list[Token]:
    """Proper nouns modifying a noun, with their own modifiers ("the Green Front group", "No
    Borders group": "No" is tagged a proper-noun determiner)."""
    out: list[Token] = []
    for child in noun.lefts:
        if child.pos_ == "PROPN" and child.ent_type_ not in NAME_EXCLUDED_ENTS:
            out.extend(t for t in child.subtree if t.pos_ == "PROPN")
    return out


def _name_tokens(tok: Token) -> list[Token]:
    """Proper nouns that name the group: the head and its compounds, or a named group after
    "from"/"of" ("activists from the No Borders group")."""
    own = _propn_modifiers(tok)
    if tok.pos_ == "PROPN" and tok.ent_type_ not in NAME_EXCLUDED_ENTS:
        own.append(tok)
    if own:
        return own
    for word, obj in _prep_objects(tok):
        if word in ("from", "of", "de", "du"):
            inner = _propn_modifiers(obj)
            if obj.pos_ == "PROPN" and obj.ent_type_ not in NAME_EXCLUDED_ENTS:
                inner.append(obj)
            if inner:
                return inner
    return []


def _proper_name(tok: Token) -> str | None:
    """A named group in the noun phrase ("the No Borders group", "CRS officers", "Hamas")."""
    names = sorted(_name_tokens(tok), key=lambda t: t.i)
    if not names:
        return None
    # a contiguous run of proper nouns, the one nearest the head
    run = [names[-1]]
    for cand in reversed(names[:-1]):
        if cand.i == run[0].i - 1:
            run.insert(0, cand)
        else:
            break
    return tok.doc[run[0].i : run[-1].i + 1].text


def actor_name(tok: Token, kind: str) -> str:
    """The actor's name: a named group as written, else the kind (civilians keep their noun)."""
    name = _proper_name(tok)
    if (name and group_of(name) != "police") or (name and name.isupper()):
        return name
    if kind in ("civilians", "unknown"):
        start, end = _np_span(tok)
        return doc_text(tok.doc)[start:end].lower() if tok.pos_ != "PROPN" else tok.text
    return kind


def extract_actors(
    sents: Sequence[Span], article_id: str, lang: str = "en",
    triggers: Iterable[Trigger] | None = None,
) -> list[Claim]:  # fmt: skip
    """Actor claims (field "actor") for the triggers of these sentences, deduplicated by
    (kind, name, role); the span is the first noun phrase naming the actor."""
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    hurt_only: set[int] = set()
    struck: set[str] = set()
    pool = list(triggers) if triggers is not None else [t for s in sents for t in triggers_of(s)]
    for trig in pool:
        for said, role in trigger_arguments(trig):
            # a pronoun is typed and named by what it stands for; its span stays the pronoun,
            # the words that make it the agent or the target
            personal = said.pos_ == "PRON" and said.lower_ in PERSONAL_PRONOUNS
            tok = antecedent(said) if personal and lang == "en" else said
            if tok is None or (tok.pos_ == "PRON" and not _is_count(tok)):
                continue
            apposed = _apposed_kind(tok, lang)
            kind = apposed or _kind_in_role(tok, role, trig.family, lang)
            if kind is None and role == "target" and trig.family in COUNTED_VICTIM_FAMILIES:
                # "killed 13 people and wounded 71": the count names people; the parallel
                # noun, when there is one, says who they are
                tok, kind = _counted_victims(tok, trig.family, lang)
            if kind is None:
                continue
            if apposed:  # the name, as written, of one of the people or groups the noun names
                start, end = _np_span(tok)
                name = doc_text(tok.doc)[start:end]
            else:
                name = actor_name(tok, kind)
            hurt = trig.weak or _only_hurt(said)
            if role == "target" and not hurt:
                struck.add(kind)
            key = (kind, name, role)
            if key in seen:
                continue
            seen.add(key)
            start, end = _own_name_span(said) or _np_span(said)
            evidence = Evidence(article_id, start, end, doc_text(tok.doc)[start:end])
            claim = Claim("actor", name, evidence, kind=kind, role=role)
            claims.append(claim)
            if role == "target" and hurt:
                hurt_only.add(id(claim))
    agents = {c.kind for c in claims if c.role == "agent"}
    # a side that acted and was only hurt in return stays the side that acted: "migrants attacked
    # the police; three migrants were injured" makes the migrants no target (ACLED codes sides
    # by what they did, not by harm)
    return [
        c for c in claims
        if not (id(c) in hurt_only and c.kind in agents and c.kind not in struck)
    ]  # fmt: skip


def _apposed_kind(tok: Token, lang: str) -> str | None:
    """The kind of the noun a name is in apposition to, through the names coordinated with it
    ("two militias, Green Front and Red Dawn": both militia); None for a name in no apposition
    or to an untyped noun. The noun says what the name is; the name's own tag may guess."""
    if tok.pos_ != "PROPN":
        return None
    head = tok
    for _ in range(APPOSITION_HOPS):
        if head.dep_ == "conj" and head.head is not head:
            head = head.head
        elif head.dep_ == "appos" and head.head is not head:
            return actor_kind(head.head, lang)
        else:
            return None
    return None


COUNTED_VICTIM_FAMILIES = frozenset({KILL, INJURE, SHOOT, STAB, ABDUCT, ARREST})
"""Events whose undergoers can only be people: a bare count in their target role names people
("wounded 71", "five more were hurt", "injuring 200 others")."""
COUNT_WORDS = words(
    "others more another all some many several scores dozens hundreds thousands few those "
    "autres"
)
"""Words that stand for a number of people already named or implied ("and 20 others")."""


def _is_count(tok: Token) -> bool:
    """Whether an argument is a bare count with no noun of its own ("71", "200 others")."""
    if tok.pos_ == "NUM" or tok.like_num:
        return tok.dep_ not in ("nummod", "compound", "quantmod")
    return tok.lower_ in COUNT_WORDS and tok.pos_ in ("NOUN", "ADJ", "PRON", "DET", "NUM")


def _parallel_noun(count: Token) -> Token | None:
    """The noun a bare count elides, read from the verb its own verb is conjoined with: "killed
    13 people and wounded 71" -> people; "a man was killed and five more were hurt" -> man."""
    verb = count.head
    while verb.dep_ in ("prep", "pobj", "amod", "nummod", "quantmod") and verb.head is not verb:
        verb = verb.head  # "more than 260 others": the count sits under "than"/"more"
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    for other in linked:
        for child in other.children:
            if child.dep_ in (count.dep_, *OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and not _is_count(
                child
            ) and child.pos_ in ("NOUN", "PROPN"):
                return _through_frame(child)
    return None


def _counted_victims(tok: Token, family: str, lang: str) -> tuple[Token, str | None]:
    """(noun, kind) for a bare count acted upon: the parallel noun's kind when it has one, else
    `unknown` (people, but nothing says which side)."""
    if not _is_count(tok):
        return tok, None
    parallel = _parallel_noun(tok)
    if parallel is not None:
        kind = _kind_in_role(parallel, "target", family, lang)
        if kind is not None:
            return parallel, kind
    return tok, "unknown"


ORGANISATION_HEADS = words(
    "group organisation organization movement faction network wing cell brigade outfit "
    "groupe organisation mouvement faction réseau cellule brigade"
)
"""Nouns that name an organisation only through their modifiers ("the militant group", "the
Islamic State group", "the IRA's Belfast brigade")."""
NAMING_DEPS = frozenset({"compound", "nmod", "poss", "appos", "amod", "flat", "flat:name"})


def _organisation_kind(tok: Token, role: str, family: str) -> str | None:
    """The kind of a generic organisation noun, from an armed word among its modifiers
    ("separatist group" -> rebels), else from a named organisation it is or belongs to (typed
    as a named organisation in that role), else None."""
    modifiers = [c for c in tok.children if c.dep_ in NAMING_DEPS]
    for mod in modifiers:
        low, lemma = mod.lower_, mod.lemma_.lower()
        armed = ARMED_ACTOR_GROUPS.get(low) or ARMED_ACTOR_GROUPS.get(lemma)
        if armed or (tok.doc.lang_ == "en" and low in ARMED_ENGLISH_ONLY):
            return armed or "militia"
    if role == "agent" and any(m.pos_ == "PROPN" and m.ent_type_ in ("ORG", "NORP")
                               for m in modifiers):  # fmt: skip
        return "militia" if family in ARMED_VIOLENCE_FAMILIES else "unknown"
    return None


HURT_LEMMAS = words("injure wound hurt maim blesser")


def _only_hurt(tok: Token) -> bool:
    """Whether an argument is only said to be hurt ("two rioters were injured by rubber
    bullets"), whatever trigger it was read from: like a weak trigger, hurt alone does not make
    a side that acted the side acted upon."""
    return tok.dep_ in PASSIVE_SUBJECT_DEPS and tok.head.lemma_.lower() in HURT_LEMMAS


def _kind_in_role(tok: Token, role: str, family: str, lang: str) -> str | None:
    """The actor kind of an argument: its noun's kind, else what its role makes of a crowd, a
    named organisation or a named person; None when nothing says who it is."""
    kind = actor_kind(tok, lang)
    if kind is not None:
        return kind
    if role == "agent" and (tok.lower_ in CROWD_WORDS or tok.lemma_.lower() in CROWD_WORDS):
        return "rioters"  # an unnamed crowd or gang doing violence
    if tok.lemma_.lower() in ORGANISATION_HEADS:
        return _organisation_kind(tok, role, family)
    if tok.pos_ != "PROPN":
        return None
    if tok.ent_type_ in ("ORG", "NORP") and role == "agent":
        # a named organisation that shoots, bombs or kills is an armed group; ACLED tells
        # rebels (2) from militias (3) by aims we cannot read: militia
        return "militia" if family in ARMED_VIOLENCE_FAMILIES else "unknown"
    if role == "agent" and tok.dep_ not in ("compound", "nmod", "amod") and _names_a_country(tok):
        return "military"  # "the town was shelled by Russia": a state that strikes is its forces
    if tok.ent_type_ == "PERSON":
        # a named person who acts is someone we cannot type (unknown); one acted upon, with no
        # force or group named, is a civilian (ACLED's default for a named victim)
        return "unknown" if role == "agent" else "civilians"
    modifier = tok.dep_ in ("compound", "nmod") and not _is_weapon(tok.head)
    untyped = tok.ent_type_ in ("", "GPE", "LOC") and not modifier
    if role == "agent" and untyped and not _names_a_place(tok):
        # a name the model could not type, or typed as a place the gazetteer does not know,
        # as the subject or by-agent ("Tsarnaev, 19, detonated"): someone acted, we cannot say
        # who. A name modifying an event noun ("the Nairobi Marathon bombing") says where; one
        # modifying a weapon ("an IRA bomb") says whose.
        return "unknown"
    return None


def inter_code(kind: str | None, role: str | None, event_type: str | None) -> str | None:
    """ACLED inter code of an actor given what the event makes of it (see module docstring)."""
    if kind in KIND_INTER:
        if kind == "protesters" and event_type == "Riots" and role == "agent":
            return INTER_RIOTERS
        return KIND_INTER[kind]
    if kind in ("migrants", "activists", "unknown"):
        if event_type == "Riots" and role == "agent":
            return INTER_RIOTERS
        if event_type == "Protests" and role == "agent":
            return INTER_PROTESTERS
        if kind == "unknown":
            return None
        return INTER_CIVILIANS
    return None


def assign_inter_codes(actors: Sequence[Claim], event_type: str | None) -> None:
    """Set `Claim.item` (the inter code) on each actor claim, in place."""
    for claim in actors:
        claim.item = inter_code(claim.kind, claim.role, event_type)
