"""Near-duplicate articles: the same story syndicated on two portals (a province portal and its
department's site, tintuclangson.vn and langson.gov.vn) must be counted once.

Each article gets a 64-bit SimHash over its word 3-shingles; two articles whose hashes differ in
at most MAX_DISTANCE bits are the same story. Candidates are found by banding: split the hash
into MAX_DISTANCE + 1 bands; by pigeonhole, hashes that close share at least one band exactly.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

MAX_DISTANCE = 6
_BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // _BANDS
_WORD = re.compile(r"\w+")
# An 8-byte BLAKE2b hasher, copied for each shingle: a copy costs less than a new one made with
# its digest size.
_BLAKE2B_64 = hashlib.blake2b(digest_size=8)


def _digest(shingle: bytes) -> bytes:
    hasher = _BLAKE2B_64.copy()
    hasher.update(shingle)
    return hasher.digest()


def simhash(text: str) -> int:
    """Signed 64-bit SimHash (it fits Parquet's int64) of the text's lower-cased word 3-shingles."""
    words = _WORD.findall(text.lower())
    # The words encoded in one call (no word holds a line break), the shingles joined as bytes.
    encoded = "\n".join(words).encode().split(b"\n")
    shingles = map(b" ".join, zip(encoded, encoded[1:], encoded[2:])) if len(words) > 2 else [b" ".join(encoded) if words else b""]
    digests = b"".join(map(_digest, shingles))
    # One row of 64 bits per shingle, most significant first; a bit is set in the SimHash when
    # more shingles have it set than not.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - bits.shape[0]
    unsigned = int.from_bytes(np.packbits(votes > 0).tobytes(), "big")
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned


def distance(a: int, b: int) -> int:
    return bin((a ^ b) & (1 << 64) - 1).count("1")


@dataclass(frozen=True)
class Known:
    article_id: str
    simhash: int
    published: str  # ISO date, or "" when unknown (an undated copy never counts as the earliest)


class DuplicateIndex:
    """The articles seen so far, by band; `original_of` names the copy a new article duplicates."""

    def __init__(self, known: list[Known] = ()):
        self.bands: dict[tuple[int, int], list[Known]] = {}
        for item in known:
            self.add(item)

    def add(self, item: Known) -> None:
        for band in _bands(item.simhash):
            self.bands.setdefault(band, []).append(item)

    def original_of(self, item: Known) -> str | None:
        """The earliest-published near-duplicate of `item` already indexed, if any."""
        candidates = {
            other.article_id: other
            for band in _bands(item.simhash)
            for other in self.bands.get(band, ())
            if other.article_id != item.article_id and distance(other.simhash, item.simhash) <= MAX_DISTANCE
        }
        if not candidates:
            return None
        earliest = min(candidates.values(), key=lambda k: (k.published or "9999", k.article_id))
        return earliest.article_id


def _bands(value: int) -> list[tuple[int, int]]:
    unsigned = value & (1 << 64) - 1
    return [(i, unsigned >> (i * _BAND_BITS) & (1 << _BAND_BITS) - 1) for i in range(_BANDS)]
