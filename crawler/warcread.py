"""Reading WARC files that may be damaged: cut short, overwritten in places, or not gzip at all.

The store writes one gzip member per record, and gzip checks every member with a CRC-32 and its
length. So a member that decompresses to its end is a record exactly as written, and damage is
always a byte range between intact members. `scan` walks a whole file, yielding each intact
record and each damaged range, and resynchronises on the next gzip header that opens an intact
member; `read_member` reads the one member a capture index entry points at. Neither raises on
damaged bytes: damage is reported, the reading goes on.
"""
from __future__ import annotations

import io
import mmap
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator

# Every gzip member starts with its magic number and the deflate method byte (RFC 1952).
GZIP_HEADER = b"\x1f\x8b\x08"
# A record is at most DOWNLOAD_MAXSIZE (10 MB) of body plus headers; anything that inflates far
# beyond that is not one of ours (or is a gzip bomb) and is treated as damage.
MAX_RECORD_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Intact:
    """One whole record: its member's offset and length in the file, and the record parsed."""

    offset: int
    length: int
    record: object  # warcio ArcWarcRecord; its payload is `body`, already read
    body: bytes


@dataclass(frozen=True)
class Damaged:
    """Bytes [start, end) of the file that hold no intact record, and what was wrong."""

    start: int
    end: int
    reason: str


def read_member(data: bytes | mmap.mmap | memoryview, offset: int) -> Intact | Damaged:
    """The record in the gzip member at `offset` of `data`, or why there is none. On damage,
    `end` is where the damage was noticed; `scan` finds where the next intact member begins."""
    with memoryview(data) as view:
        return _read_member(view, offset)


def _read_member(view: memoryview, offset: int) -> Intact | Damaged:
    if view[offset:offset + len(GZIP_HEADER)] != GZIP_HEADER:
        return Damaged(offset, min(len(view), offset + 1), "no gzip member starts here")
    inflater = zlib.decompressobj(wbits=31)  # 31: gzip framing, CRC-32 and length checked
    out = []
    size = 0
    position = offset
    try:
        while not inflater.eof:
            if position >= len(view):
                return Damaged(offset, len(view), "the file ends inside this record (cut short)")
            chunk = view[position:position + _CHUNK]
            piece = inflater.decompress(chunk, MAX_RECORD_BYTES + 1 - size)
            size += len(piece)
            out.append(piece)
            if size > MAX_RECORD_BYTES:
                return Damaged(offset, position, f"a record inflating past {MAX_RECORD_BYTES >> 20} MB")
            # What the inflater did not consume belongs to the next member, or is still pending.
            consumed = len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
            position += consumed
            if inflater.unconsumed_tail and not consumed:
                return Damaged(offset, position, "the record does not inflate")
    except zlib.error as exc:
        return Damaged(offset, min(len(view), position + 1), f"corrupt gzip data ({exc})")
    end = position
    parsed = parse_record(b"".join(out))
    if isinstance(parsed, str):
        return Damaged(offset, end, parsed)
    return Intact(offset, end - offset, *parsed)


def parse_record(raw: bytes):
    """The warcio record in `raw` (one whole uncompressed record) and its payload, or why it is
    not one."""
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(raw))))
        return record, record.content_stream().read()
    # The bytes passed gzip's CRC, so a failure here means the record was written wrong; warcio
    # reports that through several exception types, and none of them may stop a batch.
    except Exception as exc:  # noqa: BLE001
        return f"not a WARC record ({type(exc).__name__}: {str(exc)[:80]})"


def scan(path: str | Path) -> Iterator[Intact | Damaged]:
    """Every intact record and every damaged range of the file at `path`, front to back."""
    with open(path, "rb") as handle:
        if not handle.seek(0, io.SEEK_END):
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield from _scan(data)


def _scan(data) -> Iterator[Intact | Damaged]:
    position = 0
    damage_start: int | None = None
    damage_reason = ""
    while position < len(data):
        found = read_member(data, position)
        if isinstance(found, Intact):
            if damage_start is not None:
                yield Damaged(damage_start, position, damage_reason)
                damage_start = None
            yield found
            position = found.offset + found.length
            continue
        if damage_start is None:
            damage_start, damage_reason = position, found.reason
        # Resynchronise: the next place a gzip member could begin.
        following = data.find(GZIP_HEADER, position + 1)
        position = len(data) if following < 0 else following
    if damage_start is not None:
        yield Damaged(damage_start, len(data), damage_reason)
