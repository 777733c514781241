"""ACLED inter codes of actor claims: the same people are coded by what they do in the
event (see `extract.actors`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsledger.model import Claim

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
