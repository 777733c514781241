"""Agent and target of one trigger read from the dependency parse: verb and noun
triggers, light verbs, what an event noun struck, harms in a setting event
(`trigger_arguments`)."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.actors.kinds import (
    actor_kind,
    is_means,
    modifier_names_side,
    striking_states,
)
from newsledger.extract.actors.nouns import resolve_argument, with_conjuncts
from newsledger.extract.actors.responsibility import (
    BLAME_VERBS,
    answerable_for,
    carried_out_by,
    charged_with,
    owners_of_means,
)
from newsledger.extract.actors.syntax import (
    AGENT_PREPS,
    HEADLINE_VERB_TAGS,
    INHERIT_DEPS,
    NOUN_TARGET_PREPS,
    OBJECT_DEPS,
    RECIPROCAL_PREPS,
    TARGET_PREPS,
    headline_interjection_subject,
    is_state_of,
    predicate_verb,
    prep_object_nouns,
    prep_objects,
    subject_of,
)
from newsledger.extract.event_words import (
    ARREST,
    CLASH,
    INJURE,
    KILL,
    LEMMA_FAMILIES,
    words,
)
from newsledger.extract.events import Trigger
from newsledger.extract.vocab_figures import PRESENT_SPELLED_PARTICIPLES
from newsledger.lang.fr.vocab import (
    RECIPROCAL_FRAME_VERBS,
    SECOND_SIDE_PREPS,
)
from newsledger.nlp.deps import (
    ACTIVE_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    is_passive,
)

LIGHT_VERB_MAX_HOPS = 3
"""Noun trigger -> governing verb: "made use of tear gas" is dobj -> prep -> pobj (3 links)."""


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


HEADLINE_PASSIVE_VERBS = words("shoot stab kill wound injure hurt slay murder beat assault")
"""Harm verbs a headline writes in the passive without its auxiliary ("Man shot on Elm
Street", "Teen stabbed to death"): the participle needs an object to be active."""

ARMED_SUBJECT_KINDS = frozenset({"police", "military"})
"""Forces a headline names as the ones who shot ("Police shot at fleeing car"): never read as
the ones shot by the headline form alone."""


def headline_passive(verb: Token, subject: Token) -> bool:
    """Whether a clause is a headline's passive with its auxiliary dropped: a harm verb in the
    past form with no auxiliary and no object, whose subject is a bare people word (no article,
    no possessive, as headlines write "Man", "Woman", "Teens"; a name is not one). Running text
    writes "a man stabbed his wife" (an article, an object) or "a man was stabbed"; the tagger
    reads the headline's "Man stabbed to death" as the man stabbing. English only.

    Forces are left out ("Police shot at fleeing car" is active) unless the verb has a "by"
    agent of its own (`by_agent`): "Police wounded in ambush by gunmen" names who did it, so
    the police underwent it."""
    if verb.doc.lang_ != "en":
        return False
    if verb.tag_ not in HEADLINE_VERB_TAGS and not (
        verb.lower_ in PRESENT_SPELLED_PARTICIPLES and headline_interjection_subject(subject)
    ):
        return False
    noun = subject.pos_ in ("NOUN", "PROPN") or headline_interjection_subject(subject)
    if verb.lemma_.lower() not in HEADLINE_PASSIVE_VERBS or not noun:
        return False
    if any(c.dep_ in ("aux", "auxpass", *OBJECT_DEPS) for c in verb.children):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return False
    kind = actor_kind(subject, "en")  # a people word ("Man" tagged a name in a headline too)
    return kind is not None and (kind not in ARMED_SUBJECT_KINDS or by_agent(verb))


SETTING_PREPS = frozenset({"in", "during"})
"""Prepositions of the event a headline's harm happened in ("wounded in raid by armed men")."""


def by_agent(verb: Token) -> bool:
    """Whether the verb has a passive's "by" agent (spaCy's `agent` dependency), or the event
    it happened in has one ("wounded in raid by armed men", where the parse hangs "by" on the
    raid): "wounded by gunmen" is passive whatever its subject, as only a passive takes one."""
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    settings = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in SETTING_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(b.lower_ == "by" and b.dep_ in ("prep", "agent")
               for o in settings for b in o.children)  # fmt: skip


def _reads_passive(verb: Token, subject: Token | None) -> bool:
    """A passive verb, or a headline's passive with its auxiliary dropped ("Teen injured in
    drive-by shooting", `headline_passive`) when it has a subject."""
    return is_passive(verb) or (subject is not None and headline_passive(verb, subject))


def _inherited_from_headline_passive(verb: Token, subject: Token) -> bool:
    """Whether a verb with no subject of its own ("shooting" in "Man wounded in parking lot
    shooting", which the tagger reads as a clause of "wounded") takes its subject from a
    headline passive (`headline_passive`): that subject underwent the harm, as it does when the
    verb it hangs on is a full passive ("a man was wounded ..."), and is no agent of it. A verb
    with an object of its own is active ("Girl accidentally shot, killed brother": she killed)."""
    head = subject.head
    return (
        head != verb
        and (subject.dep_ == "nsubj" or headline_interjection_subject(subject))
        and verb.dep_ in INHERIT_DEPS
        and head.i < verb.i
        and not any(c.dep_ in OBJECT_DEPS for c in verb.children)
        and headline_passive(head, subject)
    )


def _verb_args(verb: Token, reciprocal: bool) -> list[tuple[Token, str]]:
    args: list[tuple[Token, str]] = []
    subject, inherited_passive = subject_of(verb)
    passive = _reads_passive(verb, subject)
    if subject is not None:
        subject_is_target = passive or (inherited_passive and subject.head != verb)
        if _inherited_from_headline_passive(verb, subject):
            subject_is_target = True  # "Man wounded in parking lot shooting": the man was shot
        if verb.lemma_.lower() in UNDERGOER_VERBS:
            subject_is_target = True
        if subject.dep_ in PASSIVE_SUBJECT_DEPS and subject.head == verb:
            subject_is_target = True
        args.append((subject, "agent" if reciprocal or not subject_is_target else "target"))
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            args.append((child, "agent" if reciprocal else "target"))
        elif child.dep_ == "agent":
            args.extend((g, "agent") for g in prep_object_nouns(child))
    for word, obj in prep_objects(verb):
        if word in AGENT_PREPS and passive:
            args.append((obj, "agent"))
        elif word in TARGET_PREPS:
            args.append((obj, "agent" if reciprocal else "target"))
        elif word in RECIPROCAL_PREPS and reciprocal:
            args.append((obj, "agent"))
    return args


SOURCE_PREPS = frozenset({"from"})
"""Prepositions that name where an event noun came from: its agent when they name people ("came
under attack from gunmen", "heavy fire from troops"); a place or a direction names no actor."""


def _noun_args(noun: Token, reciprocal: bool) -> list[tuple[Token, str]]:
    args: list[tuple[Token, str]] = []
    blamed = noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in BLAME_VERBS
    for word, obj in prep_objects(noun):
        blamed_on = blamed and word in ("on", "upon")  # "blamed the ambush on bandits"
        between = word in ("between", "entre")  # "a battle between troops and rebels"
        source = word in SOURCE_PREPS  # "came under attack from gunmen", "fire from troops"
        if blamed_on or between or source or word in AGENT_PREPS or (
            word in RECIPROCAL_PREPS and reciprocal
        ):
            args.append((obj, "agent"))
        elif word in NOUN_TARGET_PREPS:
            args.append((obj, "agent" if reciprocal else "target"))
    undergone = noun.lemma_.lower() in UNDERGOER_NOUNS  # "civilian deaths", "his injuries"
    args.extend((c, "target" if undergone else "agent") for c in noun.children
                if modifier_names_side(c))  # fmt: skip
    args.extend((c, "agent") for c in striking_states(noun))
    subject_deps = ("nsubj", "nsubjpass", "nsubj:pass")
    if reciprocal and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in RECIPROCAL_FRAME_VERBS:
        # "des heurts ont opposé les forces de l'ordre à des migrants": object and "à" are sides
        frame = noun.head
        sides = [c for c in frame.children if c.dep_ in OBJECT_DEPS]
        args.extend((c, "agent") for c in sides)
        args.extend(
            (obj, "agent")
            for side in sides
            for word, obj in prep_objects(side)
            if word in SECOND_SIDE_PREPS
        )  # "opposé X aux Y" parsed inside X
        args.extend((obj, "agent") for word, obj in prep_objects(frame)
                    if word in SECOND_SIDE_PREPS)  # fmt: skip
    if reciprocal and noun.dep_ in subject_deps and noun.head.pos_ == "VERB":
        # "clashes broke out between X and Y": the parser hangs the sides on the verb
        args.extend((obj, "agent") for word, obj in prep_objects(noun.head)
                    if word in RECIPROCAL_PREPS)  # fmt: skip
    verb = _light_verb(noun)
    if verb is not None:
        subject, participle = subject_of(verb)  # "militants killed in blasts": a participle
        involved = verb.lemma_.lower() in INVOLVED_VERBS  # "34 people were involved in the plot"
        passive = _reads_passive(verb, subject)
        if subject is not None and (involved or not (passive or participle)):
            # "gunmen launched an attack" (agent); "the town saw attacks", "posts came under
            # fire", "people suffered injuries" (the side it happened to); a headline's passive
            # ("Teen injured in drive-by shooting") is passive though it drops its auxiliary
            undergoes = verb.lemma_.lower() in UNDERGOER_LIGHT_VERBS | UNDERGOER_VERBS
            args.append((subject, "target" if undergoes else "agent"))
        for word, obj in prep_objects(verb):
            if word in TARGET_PREPS:
                args.append((obj, "target"))
    args.extend((obj, "target") for obj in _struck_by(noun))
    two_sided = reciprocal or any(word in ("between", "entre") for word, _ in prep_objects(noun))
    if not two_sided and not any(role == "target" for _, role in args):
        # the people an attack killed or hurt are what it hit, unless it names what it was aimed
        # at ("killed in an attack on the market": the market); a clash ("a battle between
        # troops and rebels") has no target side
        args.extend((who, "target") for who in _harmed_in(noun))
    args.extend((obj, "agent") for obj in carried_out_by(noun))
    args.extend((who, "agent") for who in answerable_for(noun))
    args.extend((who, "agent") for which in _relative_pronouns(noun)
                for who in answerable_for(which))  # fmt: skip
    if any(word in AGENT_PREPS for word, _ in prep_objects(noun)):
        # "the farmers' killing by the militia": with a by-agent, the possessor underwent it
        args = [(arg, "target" if arg.dep_ == "poss" and arg.head.i == noun.i else role)
                for arg, role in args]  # fmt: skip
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not args:
        # "the slaughter and maiming of civilians": the conjoined event nouns share the phrase
        args = [(obj, role) for obj, role in _noun_args(noun.head, reciprocal) if role == "target"]
    return args


RELATIVE_PRONOUNS = words("which that")


def _relative_pronouns(noun: Token) -> list[Token]:
    """The relative pronouns standing for an event noun in its relative clauses ("the attack, for
    which the Taliban claimed responsibility"): what is said of them is said of the noun."""
    return [
        tok for clause in noun.children if clause.dep_ == "relcl"
        for tok in clause.subtree if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ == "WDT"
    ]  # fmt: skip


STRIKE_VERBS = words(
    "target hit strike destroy damage shatter rock rip tear wreck level flatten devastate "
    "kill injure wound maim aim direct toucher frapper détruire endommager viser tuer blesser"
)
"""Verbs that say what an event noun struck ("the blast hit a bakery", "the building was
shattered by an explosion", "bombings aimed at the army")."""


def _struck_by(noun: Token) -> list[Token]:
    """What an event noun struck, read from the verb it is the subject or the by-agent of, or
    the participle that modifies it (see STRIKE_VERBS)."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # "shootings and blasts killed"
        noun = noun.head
    head = noun.head
    out: list[Token] = []
    if noun.dep_ in ACTIVE_SUBJECT_DEPS and head.lemma_.lower() in STRIKE_VERBS:
        # "killed four people and left 24 others wounded": the conjoined harm too
        for verb in (head, *(c for c in head.children if c.dep_ == "conj" and _leaves_harmed(c))):
            out.extend(c for c in verb.children if c.dep_ in OBJECT_DEPS)
            out.extend(obj for word, obj in prep_objects(verb) if word in TARGET_PREPS)
    if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in STRIKE_VERBS:
        out.extend(c for c in head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
    for verb in noun.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in STRIKE_VERBS:
            for owner in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
                out.extend(obj for word, obj in prep_objects(owner) if word in TARGET_PREPS)
    return out


HARM_FAMILIES = frozenset({KILL, INJURE})


VICTIM_NOUNS = words("victim victims casualty casualties victime victimes")
"""Nouns for who an event hit: "the victims of the bombing" were its target."""


def _is_harm(verb: Token) -> bool:
    """Whether a verb says someone was killed or hurt ("killed", "injured", "died", "lost a
    leg")."""
    lemma = verb.lemma_.lower()
    family = LEMMA_FAMILIES.get(lemma) or LEMMA_FAMILIES.get(verb.lower_)
    return verb.pos_ == "VERB" and (family in HARM_FAMILIES or lemma in UNDERGOER_VERBS)


def harmed_by_verb(tok: Token) -> bool:
    """Whether an argument is the one a kill or harm verb befell ("12 were killed", "wounded
    30"): a count there names people, whatever event it was read for."""
    return tok.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass", "nsubj") and _is_harm(tok.head)


def _harmed_in(noun: Token) -> list[Token]:
    """Who was killed or hurt in an event noun, the side it hit: "22 people were killed in the
    attack and 38 injured", "the youngest person killed in the bombing", "who lost a leg in the
    attack", "gunmen killed six guards in the raid", "the victims of the bombing". Who did the
    harming stays the agent (the light-verb reading)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in VICTIM_NOUNS:
        return [head.head]
    if noun.dep_ != "pobj" or head.lower_ not in SETTING_PREPS or not _is_harm(head.head):
        return []
    verb = head.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and _is_harm(c))]
    if verb.dep_ == "conj" and _is_harm(verb.head):
        verbs.append(verb.head)  # "22 were killed and 38 injured in the blast"
    return [arg for v in verbs for arg, role in _verb_args(v, False) if role == "target"]


def _leaves_harmed(verb: Token) -> bool:
    """Whether a verb conjoined to a strike verb harms its object too: another strike verb
    ("killed four and wounded 20") or "left" with a harm ("left 24 others wounded")."""
    if verb.lemma_.lower() in STRIKE_VERBS:
        return True
    return verb.lemma_.lower() == "leave" and any(
        (LEMMA_FAMILIES.get(c.lemma_.lower()) or LEMMA_FAMILIES.get(c.lower_)) in HARM_FAMILIES
        for c in verb.subtree if c != verb
    )


UNDERGOER_LIGHT_VERBS = words(
    "see witness suffer sustain face experience endure come receive undergo lose survive flee "
    "escape subir"
)
"""Verbs whose subject is where an event noun happens, not who did it ("the region sees attacks",
"the convoy came under fire", "a guard suffered burns"), or who underwent it ("two guards lost
their lives in the ambush", "the driver survived the attack", "families fled the shelling")."""


LIGHT_VERB_PREPS = frozenset({"of", "in", "under", "de"})
"""Prepositions between a light verb and its event noun ("made use of", "took part in", "came
under fire"); "after the explosion, the minister sent..." is no light verb."""


COMMENT_VERBS = words(
    "condemn denounce deplore decry criticise criticize investigate probe examine blame accuse "
    "report describe call label term recount mourn remember commemorate mark witness film watch "
    "fear warn deny "
    "discuss debate hear see say tell announce welcome praise justify defend protest oppose "
    "arrest detain question interrogate charge convict sentence jail imprison prosecute "
    "record document count tally log "
    "follow precede "
    "foil thwart prevent avert "
    "condamner dénoncer déplorer enquêter arrêter interpeller"
)
"""Verbs whose subject only talks about, looks into, reacts to or prosecutes the event noun they
govern ("the minister condemned the attack", "police investigated the bombing", "officials
blamed the attack on X", "police arrested a suspect in the shooting"), counts it ("the monitor
recorded 40 deaths"), only comes before or after it ("police made arrests following the
bombing": "following" is parsed as a verb) or stops it ("troops foiled an attack"): that
subject never did it. Any other verb governing the event noun lends it its subject ("gunmen
launched an attack", "took part in the attack")."""


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


INCLUDING_WORDS = words("including notamment dont")


def _included(tok: Token) -> list[Token]:
    """The members an "including" phrase lists under a word ("injured, including two
    children"; "twelve people, including a police officer")."""
    return [
        obj for c in tok.children if c.dep_ == "prep" and c.lower_ in INCLUDING_WORDS
        for obj in prep_object_nouns(c)
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


EVENT_HEAD_NOUNS = words(
    "spree rampage incident operation campaign plot spate wave series"
)
"""Nouns an event word can modify while the phrase still names that event ("a shooting spree",
"a bombing campaign", "the stabbing incident"): the phrase's arguments hang on them."""


def event_head(tok: Token) -> Token:
    """The noun whose phrase names a noun trigger's event when the trigger only modifies it ("the
    shooting spree", "a suicide bombing attack"): the arguments of the phrase ("carried out the
    shooting spree", "the bombing campaign by X") are the trigger's. Any other word stands for
    itself ("the attack suspect" names a person, not the attack)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in EVENT_HEAD_NOUNS:
        return head.head  # "a spate of bombings killed 17", "a wave of attacks across the country"
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or head.pos_ != "NOUN":
        return tok
    lemma = head.lemma_.lower()
    if lemma in EVENT_HEAD_NOUNS or lemma in LEMMA_FAMILIES or head.lower_ in LEMMA_FAMILIES:
        return head
    return tok


def trigger_arguments(trig: Trigger) -> list[tuple[Token, str]]:
    """(argument noun, role) pairs of one trigger, with conjuncts and frames resolved; a
    personal pronoun stays a pronoun (`antecedent` finds whom it names)."""
    tok = event_head(predicate_verb(trig.token))
    reciprocal = trig.family == CLASH
    is_verb = tok.pos_ in ("VERB", "AUX")
    raw = _verb_args(tok, reciprocal) if is_verb else _noun_args(tok, reciprocal)
    if tok == trig.token and is_state_of(tok):
        # "nine people were dead", "two guards lay wounded": the subject underwent it
        raw = [(c, "target") for c in tok.head.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if tok == trig.token and not raw:
        raw = _nominal_undergoers(tok)
    raw.extend(
        (obj, role) for arg, role in list(raw) if role == "target"
        for obj in _included(arg)
    )  # fmt: skip
    if is_verb:  # "several people were injured, including two children"
        raw.extend((obj, "target") for obj in _included(tok))
    raw.extend((who, "agent") for who in charged_with(tok))
    if is_verb and trig.family == ARREST and not any(role == "agent" for _, role in raw):
        raw.extend((who, "agent") for who in _arresting_speakers(tok))
    if is_verb and not any(role == "agent" for _, role in raw):
        raw.extend((who, "agent") for who in _agents_of_setting(tok, reciprocal))
    if tok.dep_ == "compound" and tok.head.dep_ == "appos" and not raw:
        # headline style "Migrants attack police" tagged as a noun compound: the appositive
        # head is the object and the noun it is in apposition to the subject
        raw = [(tok.head.head, "agent"), (tok.head, "agent" if reciprocal else "target")]
    out: list[tuple[Token, str]] = []
    for arg, role in raw:
        for conj in with_conjuncts(arg):
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in conj.children):
                continue  # "his brother, Tamerlan": one person, named by the name in apposition
            resolved = resolve_argument(conj)
            if resolved is None:
                continue
            if role == "agent" and is_means(resolved):
                # "an IRA bomb exploded", "the device planted by the brothers went off": whoever
                # owns or planted the means acted
                out.extend((owner, "agent") for owner in owners_of_means(resolved))
                continue
            out.append((resolved, role))
    return out


SAY_VERBS = words("say tell announce confirm report dire annoncer confirmer")


def _arresting_speakers(verb: Token) -> list[Token]:
    """The police that report an arrest naming no one who made it ("police said the man was
    arrested", "the man was arrested, police said"): in a news report the police announcing an
    arrest are the ones who made it. Any other speaker (a relative, a lawyer) is not."""
    sayers = [verb.head] if verb.dep_ == "ccomp" else []
    sayers += [c for c in verb.children if c.dep_ in ("parataxis", "ccomp")]
    out: list[Token] = []
    for say in sayers:
        if say.lemma_.lower() not in SAY_VERBS:
            continue
        out.extend(c for c in say.children if c.dep_ in ACTIVE_SUBJECT_DEPS
                   and actor_kind(c, c.doc.lang_) == "police")  # fmt: skip
    return out


SETTING_PREPS = frozenset({"in", "during", "dans", "lors"})
"""Prepositions that put a harm in the event that caused it ("killed in a rebel attack")."""


CLASH_SETTING_PREPS = frozenset({"after", "following", "amid", "après"})
"""Prepositions that put a harm right after a fight it came out of ("died after a shootout with
police"): read only for a clash, whose other side is who did it; "arrested after the bombing"
says nothing of who arrested."""


def _agents_of_setting(verb: Token, reciprocal: bool) -> list[Token]:
    """The agents of the event noun a harm verb happened in: "three soldiers were killed in an
    attack by the rebels" -> the rebels killed them. Only read when the verb names no agent."""
    out: list[Token] = []
    for word, obj in prep_objects(verb):
        family = LEMMA_FAMILIES.get(obj.lemma_.lower()) or LEMMA_FAMILIES.get(obj.lower_)
        temporal = word in CLASH_SETTING_PREPS and family == CLASH
        if (word in SETTING_PREPS or temporal) and family is not None:
            # the setting's own kind says whether its sides are all agents ("killed in clashes
            # with the army": the army)
            own = reciprocal or family == CLASH
            out.extend(arg for arg, role in _noun_args(obj, own) if role == "agent")
    return out
