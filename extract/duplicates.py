"""Near-duplicate articles: the same story syndicated on two portals (a province portal and its
department's site, tintuclangson.vn and langson.gov.vn) must be counted once.

Each article gets a 64-bit SimHash over its word 3-shingles; two articles whose hashes differ in
at most MAX_DISTANCE bits are the same story. Candidates are found by banding: split the hash
into MAX_DISTANCE + 1 bands; by pigeonhole, hashes that close share at least one band exactly.
"""
from __future__ import annotations

import functools
import hashlib
import heapq
import itertools
from collections.abc import Iterable
import re
from dataclasses import dataclass

import numpy as np

MAX_DISTANCE = 6
_BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // _BANDS
_WORD = re.compile(r"\w+")
# Each shingle's 8-byte BLAKE2b digest, made in one call per shingle (a hasher copied and fed
# per shingle costs more, in Python calls).
_BLAKE2B_64 = functools.partial(hashlib.blake2b, digest_size=8)


def simhash(text: str) -> int:
    """Signed 64-bit SimHash (it fits Parquet's int64) of the text's lower-cased word 3-shingles."""
    words = _WORD.findall(text.lower())
    # The words encoded in one call (no word holds a line break), the shingles joined as bytes.
    encoded = "\n".join(words).encode().split(b"\n")
    shingles = map(b" ".join, zip(encoded, encoded[1:], encoded[2:])) if len(words) > 2 else [b" ".join(encoded) if words else b""]
    digests = b"".join([_BLAKE2B_64(shingle).digest() for shingle in shingles])
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
    """The articles seen so far, each by its latest entry; `original_of` names the copy a new
    article duplicates.

    Copies of one story mostly share one SimHash (a portal's notice republished word for word), so
    the bands hold hashes, and each hash its articles in order of age: a lookup costs a step per
    near hash, not per copy (a run of a thousand copies was quadratic)."""

    def __init__(self, known: Iterable[Known] = ()):
        self.bands: dict[tuple[int, int], set[int]] = {}
        self.latest: dict[str, Known] = {}
        # hash → heap of (age, article id, order added, entry); an entry replaced by a later one of
        # the same article is dropped when met.
        self.by_age: dict[int, list[tuple[tuple[str, str], str, int, Known]]] = {}
        self._added = itertools.count()
        for item in known:
            self.add(item)

    def add(self, item: Known) -> None:
        for band in _bands(item.simhash):
            self.bands.setdefault(band, set()).add(item.simhash)
        self.latest[item.article_id] = item
        heapq.heappush(self.by_age.setdefault(item.simhash, []), (_age(item), item.article_id, next(self._added), item))

    def original_of(self, item: Known) -> str | None:
        """The earliest-published near-duplicate of `item` already indexed, if any."""
        near = {value for band in _bands(item.simhash) for value in self.bands.get(band, ()) if distance(value, item.simhash) <= MAX_DISTANCE}
        earliest = [found for value in near if (found := self._earliest(value, item.article_id))]
        return min(earliest, key=_age).article_id if earliest else None

    def _earliest(self, value: int, other_than: str) -> Known | None:
        heap, set_aside, found = self.by_age[value], [], None
        while heap:
            entry = heap[0]
            if self.latest.get(entry[1]) is not entry[3]:
                heapq.heappop(heap)  # the article has a later entry
            elif entry[1] == other_than:
                set_aside.append(heapq.heappop(heap))
            else:
                found = entry[3]
                break
        for entry in set_aside:
            heapq.heappush(heap, entry)
        return found


def _age(item: Known) -> tuple[str, str]:
    """Earliest first: by publication day, an undated copy last, then by article id."""
    return (item.published or "9999", item.article_id)


def _bands(value: int) -> list[tuple[int, int]]:
    unsigned = value & (1 << 64) - 1
    return [(i, unsigned >> (i * _BAND_BITS) & (1 << _BAND_BITS) - 1) for i in range(_BANDS)]
