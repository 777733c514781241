"""Held-out folds for the public sets, fixed by a stable hash of an item's id.

Anything tuned or trained on a public set sees only its `train` fold; the scoreboard reports the
`heldout` fold. The fold of an item never changes: it depends on the set's name and the item's id
(a snippet id, a GVA incident id, an ECB+ topic), not on the order or size of the data.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Fold = Literal["train", "heldout"]

HELDOUT_SHARE: dict[str, int] = {
    "case2021_task2": 2,
    "gva_dev": 5,
}
"""Set name -> 1 in N items is held out (CASE 2021: a fixed half, as its issue asks; gva_dev: a
fifth, about 625 incidents, enough for a B-cubed figure while leaving most multi-article incidents
for training the link scorer). Sets with an official split (ECB+ topics, WikiEvents dev/test) use
it instead and are not listed here."""

DEFAULT_HELDOUT_SHARE = 5
"""1 in 5 for any other set that is ever tuned on."""


HASHED_FOLDS = {
    "heldout": "1 item in 5, by hash of its id",
    "train": "the other items",
    "all": "every item",
}
"""The `--fold` values of a set folded by hash (`in_fold`), and what each scores: no dev split
of its own (`eval.public.SET_FOLDS` lists them per set)."""


def fold_of(set_name: str, item_id: str) -> Fold:
    """`heldout` or `train` for one item of a public set, stable across runs and machines."""
    share = HELDOUT_SHARE.get(set_name, DEFAULT_HELDOUT_SHARE)
    digest = hashlib.sha256(f"{set_name}:{item_id}".encode()).digest()
    return "heldout" if int.from_bytes(digest[:8], "big") % share == 0 else "train"


def in_fold(set_name: str, item_id: str, fold: str | None) -> bool:
    """Whether an item belongs to `fold` (`train`, `heldout`, or None / `all` for every item)."""
    if fold in (None, "all"):
        return True
    if fold not in ("train", "heldout"):
        raise ValueError(f"unknown fold {fold!r}: use 'train', 'heldout' or 'all'")
    return fold_of(set_name, item_id) == fold
