"""Who a report holds answerable for an event: claims of responsibility,
"responsible for", blame, "behind", "carried out by", verdicts and suspicion ("convicted of",
"a suspect in"), and the owner or planter of the weapon that did it."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import (
    CLAIM_VERBS,
    RESPONSIBILITY_NOUNS,
    actor_kind,
    is_means,
    modifier_names_side,
)
from newsledger.extract.actors.syntax import (
    AGENT_PREPS,
    COPULAS,
    OBJECT_DEPS,
    prep_object_nouns,
    prep_objects,
    subject_of,
)
from newsledger.extract.event_words import (
    words,
)
from newsledger.nlp.deps import (
    ACTIVE_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    is_passive,
)


def carried_out_by(noun: Token) -> list[Token]:
    """The by-agent of the verb an event noun is the passive subject of, or that modifies it:
    "the attack was carried out by X", "attacks claimed by X", "bombings perpetrated by X"."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in PASSIVE_SUBJECT_DEPS:
        verbs.append(noun.head)
    out: list[Token] = []
    for verb in verbs:
        for owner in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
            # "is believed to have been carried out by X": the by-phrase sits on the xcomp
            out.extend(obj for word, obj in prep_objects(owner) if word in AGENT_PREPS)
            out.extend(g for c in owner.children if c.dep_ == "agent" for g in prep_object_nouns(c))
    return out


BLAME_VERBS = words("blame accuse")
"""Verbs that name someone the agent of an event ("police blamed the rebels for the attack",
"the bombing was blamed on a militia")."""


RESPONSIBLE_ADJS = words("responsible")


def answerable_for(noun: Token) -> list[Token]:
    """Whom a sentence makes answerable for an event noun: the subject of "claimed
    responsibility for" it, the one "responsible for" it, the one blamed for it or it is blamed
    on. A claim or an accusation is what the report says; the claim keeps its evidence."""
    out: list[Token] = []
    head = noun.head
    if noun.dep_ in OBJECT_DEPS and head.lemma_.lower() in BLAME_VERBS:
        out.extend(obj for word, obj in prep_objects(head) if word in ("on", "upon"))
    if noun.dep_ == "pobj" and head.lower_ == "behind":
        owner = head.head  # "the bomber behind the bombing", "the rebels were behind the raid"
        if owner.pos_ in ("NOUN", "PROPN"):
            out.append(owner)
        elif owner.lemma_.lower() in COPULAS:
            # "the rebels were behind the raid", "X, who is believed to be behind the raid"
            subject, _ = subject_of(owner)
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
            subject, passive = subject_of(verb)
            if subject is not None and not passive:
                out.append(subject)
        elif owner.dep_ in PASSIVE_SUBJECT_DEPS:  # "responsibility was claimed by X"
            out.extend(obj for word, obj in prep_objects(verb) if word in AGENT_PREPS)
            out.extend(g for c in verb.children if c.dep_ == "agent" for g in prep_object_nouns(c))
    elif lemma in CLAIM_VERBS and any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in owner.children
    ):  # "for which the group claimed responsibility": the "for" hung on the verb
        subject, passive = subject_of(owner)
        if subject is not None and not passive:
            out.append(subject)
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


GUILT_PREPS = frozenset({"of", "to", "in", "over", "de"})
"""Prepositions after "guilty": "guilty of the bombing", "pleaded guilty to", "found guilty in
the shooting", "guilty over the attack"."""


SUSPECT_NOUNS = words("suspect suspects culprit culprits")


SUSPECT_PREPS = frozenset({"in", "of", "over", "for", "dans"})


def charged_with(trigger: Token) -> list[Token]:
    """Who is convicted of, charged with, accused of, found guilty of or a suspect in an event
    (see VERDICT_VERBS): the passive subject or the object of the verb, the one found or pleading
    guilty, the suspect noun itself. Acquitted or cleared people are not read."""
    tok = trigger
    if tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB":  # "of setting off the bombs"
        tok = tok.head
    while tok.dep_ == "conj" and tok.head != tok:  # "guilty of killing and injuring"
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
        subject, passive = subject_of(owner)
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
    if owner.pos_ == "VERB" and word in GUILT_PREPS and any(
        c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in GUILT_ADJS for c in owner.children
    ):  # "X was found guilty in the shooting": the parser hangs "in" on "found"
        subject, _ = subject_of(owner)
        if is_passive(owner) or subject is None:
            return [subject] if subject is not None else []
        return [c for c in owner.children if c.dep_ in OBJECT_DEPS] or [subject]
    if lemma in SUSPECT_NOUNS and word in SUSPECT_PREPS and owner.pos_ == "NOUN":
        return [owner]  # "a suspect in the bombing"
    if word in SUSPECT_PREPS and owner.pos_ == "VERB":  # "arrested a suspect in the bombing"
        return [c for c in owner.children if c.dep_ in OBJECT_DEPS
                and c.lemma_.lower() in SUSPECT_NOUNS]  # fmt: skip
    return []


def owners_of_means(means: Token) -> list[Token]:
    """Who a weapon or device belongs to or was placed by: a group modifier or possessor ("an
    IRA bomb", "the rebels' rockets"), or the by-agent of a participle modifying it ("the bomb
    planted by X"). A place modifier says where, not whose ("a Boston bomb")."""
    out = [c for c in means.children if c.dep_ in ("poss", "compound", "amod")
           and modifier_names_side(c) and not is_means(c) and _names_an_owner(c)]  # fmt: skip
    for verb in means.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            out.extend(obj for word, obj in prep_objects(verb) if word in AGENT_PREPS)
            out.extend(g for c in verb.children if c.dep_ == "agent" for g in prep_object_nouns(c))
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
