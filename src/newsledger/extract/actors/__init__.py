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

The package, one concern a module: `kinds` (what side a noun names), `inter` (ACLED inter
codes), `syntax` (subjects, prepositional objects), `nouns` (frames, pronouns, conjuncts,
counts), `names` (name and evidence extent), `responsibility` (claims, blame, verdicts, weapon
owners), `roles` (`trigger_arguments`); this module assembles the claims.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from newsledger.extract.actors.inter import assign_inter_codes, inter_code
from newsledger.extract.actors.kinds import actor_kind, apposed_kind, kind_in_role
from newsledger.extract.actors.names import (
    actor_name,
    common_name,
    noun_phrase_extent,
    own_name_extent,
    phrase_without_age,
)
from newsledger.extract.actors.nouns import (
    COUNTED_VICTIM_FAMILIES,
    FRAME_NOUNS,
    PERSONAL_PRONOUNS,
    antecedent,
    counted_noun,
    counted_victims,
    is_count,
    is_negated_count,
    only_hurt,
)
from newsledger.extract.actors.roles import harmed_by_verb, trigger_arguments
from newsledger.extract.events import Trigger, triggers_of
from newsledger.model import Claim
from newsledger.model import Span as Evidence
from newsledger.nlp.doctext import doc_text

__all__ = [
    "FRAME_NOUNS",
    "actor_kind",
    "actor_name",
    "antecedent",
    "assign_inter_codes",
    "extract_actors",
    "inter_code",
    "trigger_arguments",
]


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
            if tok is None or (tok.pos_ == "PRON" and not is_count(tok)):
                continue
            apposed = apposed_kind(tok, lang)
            kind = apposed or kind_in_role(tok, role, trig.family, lang)
            counted = trig.family in COUNTED_VICTIM_FAMILIES or harmed_by_verb(tok)
            if kind is None and role == "target" and counted:
                # "killed 13 people and wounded 71", "12 were killed in the blast": the count
                # names people; the parallel noun, when there is one, says who they are
                tok, kind = counted_victims(tok, trig.family, lang)
            if kind is None or (is_count(tok) and is_negated_count(tok)):
                continue  # "no one was hurt": nobody
            numbered = False  # several counts named alike are several groups ("12 ... 30")
            if apposed:  # the name, as written, of one of the people or groups the noun names
                name = phrase_without_age(tok)
            elif is_count(tok) and kind == "unknown":
                name = _count_name(tok)
                numbered = True
            else:
                name = actor_name(tok, kind)
            hurt = trig.weak or only_hurt(said)
            if role == "target" and not hurt:
                struck.add(kind)
            key = (kind, f"{name}@{tok.i}" if numbered else name, role)
            if key in seen:
                continue
            seen.add(key)
            start, end = own_name_extent(said) or noun_phrase_extent(said)
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


COUNTED_PEOPLE = "people"
"""The name of a bare count of people that no noun types ("7 injured", "shot three"): the
count says how many, not who, and a number is no actor's name."""


def _count_name(count: Token) -> str:
    """The name of an untyped bare count: the noun it is a part of ("three of the victims" ->
    victims), the count with its own noun when it has one ("three others"), else "people"."""
    noun = counted_noun(count)
    if noun is not None and not is_count(noun) and noun.pos_ in ("NOUN", "PROPN"):
        return noun.text if noun.pos_ == "PROPN" else common_name(noun)
    name = common_name(count)
    return name if len(name.split()) > 1 else COUNTED_PEOPLE
