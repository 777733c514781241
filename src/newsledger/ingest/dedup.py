"""Near-duplicate detection: wire copies republished by several sites are one source, not many.

Exact duplicates need nothing here: the article id is the hash of the normalised text, and the
store reports an id it already holds as `duplicate`.

Near duplicates (the same agency story with another headline, a byline, a footer) are found with
MinHash signatures over word shingles and LSH banding (datasketch). Band keys and signatures are
persisted through `Store.add_lsh_bands` and looked up with `Store.find_by_lsh_bands`, so a copy is
recognised across runs, and an in-memory index covers the batch being ingested.

Which copy is canonical (deterministic):
- a copy already stored is never re-pointed (stored rows are not rewritten), so a new copy links
  to the stored one;
- within a batch, articles are considered in id order, so in a cluster first seen in one batch the
  smallest id is canonical whatever order the files were read in;
- only canonical articles are indexed, so `duplicate_of` always names a canonical article (no
  chains). A copy close to a duplicate but not to its canonical article is not linked: the cost is
  an occasional missed link, never a wrong one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

from newsledger.model import Article
from newsledger.store.base import Store

SHINGLE_WORDS = 5
"""Shingles of five words: long enough that two unrelated reports on one topic share few, short
enough that a changed sentence only removes the shingles that cross it."""

NUM_PERM = 128
"""Signature length: Jaccard estimates within about ±0.04 (1/sqrt(128) * 0.5), 512 bytes each."""

BANDS = 16
ROWS = 8
"""LSH banding of the 128 values into 16 bands of 8: a pair at Jaccard 0.8 shares a band with
probability 1-(1-0.8^8)^16 ≈ 0.95, at 0.9 ≈ 1.0, at 0.5 only ≈ 0.06 (few false candidates, each
then checked against its full signature)."""

NEAR_DUPLICATE_JACCARD = 0.8
"""Estimated shingle Jaccard at or above which two texts are copies of one story. Wire copies with
another headline, a dateline or a footer score above 0.85; distinct reports of one event, even
from the same press release, score far below 0.5."""

MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"
"""Fixed seed and hashing scheme: stored signatures must stay comparable across runs and
datasketch versions (its default scheme changed in 2.0)."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's MinHash signature and the LSH band keys derived from it."""

    signature: npt.NDArray[np.uint32]
    bands: tuple[str, ...]

    @property
    def signature_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)


def shingles(text: str) -> list[bytes]:
    """Overlapping SHINGLE_WORDS-word shingles of the lower-cased words (punctuation ignored)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return [" ".join(words).encode("utf-8")] if words else []
    return list(
        dict.fromkeys(
            " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)
        )
    )


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature of `text` and its BANDS band keys ('band index:hash of its rows')."""
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        permutations=template.permutations,
        scheme=MINHASH_SCHEME,
    )
    minhash.update_batch(shingles(text))
    signature = np.asarray(minhash.hashvalues, dtype=np.uint32)
    raw = signature.astype("<u4").tobytes()
    width = ROWS * 4
    bands = tuple(
        f"{band:02d}:{_band_hash(raw[band * width : (band + 1) * width])}" for band in range(BANDS)
    )
    return Fingerprint(signature, bands)


def _band_hash(rows: bytes) -> str:
    return hashlib.blake2b(rows, digest_size=8).hexdigest()


def signature_from_bytes(data: bytes) -> npt.NDArray[np.uint32]:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def similarity(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float:
    """Estimated Jaccard similarity: the share of equal signature values."""
    if len(a) != len(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicateIndex:
    """Finds the canonical copy of a text among stored articles and the current batch."""

    def __init__(self, store: Store | None) -> None:
        self.store = store
        self._local: dict[str, list[tuple[str, npt.NDArray[np.uint32]]]] = {}

    def find(self, article_id: str, fp: Fingerprint) -> str | None:
        """Id of the most similar canonical copy at or above the threshold (ties: smallest id)."""
        candidates: dict[str, npt.NDArray[np.uint32]] = {}
        if self.store is not None:
            for other_id, data in self.store.find_by_lsh_bands(list(fp.bands)):
                candidates[other_id] = signature_from_bytes(data)
        for band in fp.bands:
            for other_id, signature in self._local.get(band, ()):
                candidates[other_id] = signature
        candidates.pop(article_id, None)
        best: tuple[float, str] | None = None
        for other_id, signature in candidates.items():
            score = similarity(fp.signature, signature)
            if score >= NEAR_DUPLICATE_JACCARD and (
                best is None or (-score, other_id) < (-best[0], best[1])
            ):
                best = (score, other_id)
        return best[1] if best else None

    def add(self, article_id: str, fp: Fingerprint) -> None:
        """Index a canonical article of the current batch."""
        for band in fp.bands:
            self._local.setdefault(band, []).append((article_id, fp.signature))


def mark_near_duplicates(
    articles: Sequence[Article], index: NearDuplicateIndex
) -> dict[str, Fingerprint]:
    """Set `duplicate_of` on near-duplicates, in id order; return the canonical fingerprints.

    The returned fingerprints are what the caller persists with `Store.add_lsh_bands` once the
    articles are committed.
    """
    canonical: dict[str, Fingerprint] = {}
    for article in sorted(articles, key=lambda a: a.id):
        fp = fingerprint(article.text)
        original = index.find(article.id, fp)
        if original is not None:
            article.duplicate_of = original
            continue
        article.duplicate_of = None
        index.add(article.id, fp)
        canonical[article.id] = fp
    return canonical
