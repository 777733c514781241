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
import zlib
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

BANDS = 25
ROWS = 5
"""LSH banding of the first 125 signature values into 25 bands of 5: a pair at Jaccard 0.7 shares
a band with probability 1-(1-0.7^5)^25 ≈ 0.99, at 0.5 ≈ 0.55, at 0.3 ≈ 0.06, at 0.1 ≈ 0.0003;
every candidate is then checked against its full signature, in memory."""

NEAR_DUPLICATE_JACCARD = 0.7
"""Estimated shingle Jaccard at or above which two texts are copies of one story. A new headline,
dateline and footer add 30-40 shingles, so a wire copy of a 150-300-word story measures 0.75-0.9
(0.8 would miss the short ones; the estimate itself is ±0.04); independent reports of one event,
even written from the same press release, measure below 0.3. An updated version of a story (a
paragraph added) also counts as a copy: it is not an independent source."""

MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"
"""Fixed seed and hashing scheme: stored signatures must stay comparable across runs and
datasketch versions (its default scheme changed in 2.0)."""

_WORD = re.compile(r"\w+")
_SHINGLE_MULTIPLIER = np.uint64(0x01000193)  # FNV-1 32-bit prime: spreads the combined bits
_MASK32 = np.uint64(0xFFFFFFFF)


def _identity(value: int) -> int:
    """MinHash's hash function: shingles arrive already hashed (see `shingle_hashes`)."""
    return value


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


def shingle_hashes(text: str) -> npt.NDArray[np.uint64]:
    """32-bit hashes of the overlapping SHINGLE_WORDS-word shingles of the lower-cased words.

    Each word is hashed once (CRC-32) and the hashes of a window are combined polynomially with
    numpy, instead of joining and SHA-1-hashing every shingle string: the same sets, several
    times faster. Punctuation and case are ignored.
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    word_hashes = np.fromiter(
        (zlib.crc32(word.encode("utf-8")) for word in words), dtype=np.uint64, count=len(words)
    )
    span = min(SHINGLE_WORDS, len(words))
    count = len(words) - span + 1
    hashes = word_hashes[:count].copy()
    for offset in range(1, span):
        hashes = (hashes * _SHINGLE_MULTIPLIER + word_hashes[offset : offset + count]) & _MASK32
    return np.unique(hashes)


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature of `text` and its BANDS band keys ('band index:hash of its rows')."""
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=_identity,
        permutations=template.permutations,
        scheme=MINHASH_SCHEME,
    )
    minhash.update_batch(shingle_hashes(text))
    return fingerprint_from_signature(np.asarray(minhash.hashvalues, dtype=np.uint32))


def fingerprint_from_signature(signature: npt.NDArray[np.uint32]) -> Fingerprint:
    """The band keys of a signature (so a stored signature gives back its bands)."""
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
    """Finds the canonical copy of a text among stored articles and the current batch.

    Stored candidates are fetched once per batch (`prefetch`, one store query for all the
    batch's band keys) and re-banded from their signatures, so each article is compared only with
    articles sharing one of its bands, exactly as a per-article lookup would.
    """

    def __init__(self, store: Store | None) -> None:
        self.store = store
        self._local: dict[str, list[tuple[str, npt.NDArray[np.uint32]]]] = {}
        self.stored_ids: set[str] = set()
        """Stored articles the last `prefetch` found in the store's index (already indexed)."""

    def prefetch(self, fingerprints: Sequence[Fingerprint]) -> None:
        """Start a batch: load the stored canonical articles sharing a band with `fingerprints`.

        With a store, earlier batches are in the store by now, so the in-memory index is reset
        (memory stays bounded by one batch); without one it keeps everything seen.
        """
        if self.store is None:
            return
        self._local.clear()
        self.stored_ids.clear()
        keys = list(dict.fromkeys(band for fp in fingerprints for band in fp.bands))
        for other_id, data in self.store.find_by_lsh_bands(keys):
            self.stored_ids.add(other_id)
            self.add(other_id, fingerprint_from_signature(signature_from_bytes(data)))

    def find(self, article_id: str, fp: Fingerprint) -> str | None:
        """Id of the most similar canonical copy at or above the threshold (ties: smallest id)."""
        candidates: dict[str, npt.NDArray[np.uint32]] = {}
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
        """Index a canonical article (stored, or of the current batch)."""
        for band in fp.bands:
            self._local.setdefault(band, []).append((article_id, fp.signature))


def mark_near_duplicates(
    articles: Sequence[Article], index: NearDuplicateIndex
) -> dict[str, Fingerprint]:
    """Set `duplicate_of` on near-duplicates, in id order; return the canonical fingerprints.

    The returned fingerprints are what the caller persists with `Store.add_lsh_bands` once the
    articles are committed.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    fingerprints = [fingerprint(article.text) for article in ordered]
    index.prefetch(fingerprints)
    canonical: dict[str, Fingerprint] = {}
    for article, fp in zip(ordered, fingerprints, strict=True):
        original = index.find(article.id, fp)
        if original is not None:
            article.duplicate_of = original
            continue
        article.duplicate_of = None
        index.add(article.id, fp)
        canonical[article.id] = fp
    return canonical
