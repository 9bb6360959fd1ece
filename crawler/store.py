"""Raw captures: WARC files under DIR/captures/ plus an SQLite index under DIR/state/.

The WARC files are the durable record of what was fetched; the index says which URLs are
captured (so a nightly run fetches only what is new) and which captures are processed.

Crash safety: a run appends to `<run>.warc.gz.open`, one gzip member per record, and indexes a
record only after it is fully written. `recover()` (run before every crawl and process) cuts an
open file back to its last complete record, indexes any complete record the index missed, and
renames the file to `.warc.gz` — so a run killed at any moment loses no capture that reached the
disk and never leaves half a record to be read.

The index is a file like any other and can be damaged. One that SQLite cannot read is set aside
under DIR/quarantine/ and a new one made; `recover()` then indexes every WARC file the index does
not know, each capture from its own record (the `Vncorpus-Source-Id` header names its source),
so the next crawl again skips what is captured. Which captures became articles is read back
from the tables by `process` (see `processed_unknown`); the sources' metadata is mirrored to
DIR/captures/sources.json. What no WARC record holds is re-learned by the next crawl: page
states for conditional requests, learned URL shapes, story identities, walked flags, gone URLs.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import mmap
import os
import sqlite3
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError
from vncorpus.crawler.models import Capture, Source, article_id_for
from vncorpus.crawler.warcread import Damaged, Intact, read_member, scan

OPEN_SUFFIX = ".warc.gz.open"
DONE_SUFFIX = ".warc.gz"
SOURCE_HEADER = "Vncorpus-Source-Id"
# Provenance of a capture read from a web archive (Capture.capture_source, archived_at, archive_url);
# a live capture has none of them.
CAPTURE_SOURCE_HEADER = "Vncorpus-Capture-Source"
ARCHIVED_AT_HEADER = "Vncorpus-Archived-At"
ARCHIVE_URL_HEADER = "Vncorpus-Archive-Url"

# Scrapy hands us decoded bodies; these headers would describe the wire encoding, not the stored bytes.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS captures (
    record_id     TEXT PRIMARY KEY,
    url           TEXT NOT NULL,
    article_id    TEXT NOT NULL,
    source_id     TEXT NOT NULL,
    warc_file     TEXT NOT NULL,
    offset        INTEGER NOT NULL,
    status        INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url);
CREATE TABLE IF NOT EXISTS pages (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    links         TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    kind          TEXT
);
CREATE TABLE IF NOT EXISTS shapes (
    source_id TEXT NOT NULL,
    shape     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    pages     INTEGER NOT NULL,
    PRIMARY KEY (source_id, shape, kind)
);
CREATE TABLE IF NOT EXISTS stories (
    source_id TEXT NOT NULL,
    story     TEXT NOT NULL,
    url       TEXT NOT NULL,
    PRIMARY KEY (source_id, story)
);
CREATE TABLE IF NOT EXISTS walked (
    source_id TEXT PRIMARY KEY,
    run_id    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS gone (
    url        TEXT PRIMARY KEY,
    status     INTEGER NOT NULL,
    last_tried TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    province   TEXT,
    start_urls TEXT NOT NULL,
    platform   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS processed (
    record_id    TEXT PRIMARY KEY,
    outcome      TEXT NOT NULL,
    processed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

INDEX = "crawl.sqlite"
SOURCES_MIRROR = "sources.json"
# Set while captures are indexed whose processing the index has forgotten (see `recover`).
_PROCESSED_UNKNOWN = "processed_unknown"


def index_damage(exc: BaseException) -> str | None:
    """What is wrong with a capture index SQLite refused to read, or None when `exc` is anything
    else (a lock, a full disk, a read-only disk: the file itself is sound)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    text = str(exc)
    if any(sign in text for sign in ("file is not a database", "malformed", "no such table")):
        return text
    return None


def damaged_index_error(reason: str) -> UserError:
    return UserError(
        f"state/{INDEX}: damaged ({reason}); `vncorpus process --rebuild` or the next crawl rebuilds it from the captures"
    )


@dataclass(frozen=True)
class PageState:
    """A listing or other non-article page as last fetched: validators for a conditional
    request, the links it had (to follow again when the server answers 304 Not Modified), and
    its kind (crawler.pagekind), which says whether it is worth asking for again."""

    url: str
    etag: str | None
    last_modified: str | None
    links: tuple[str, ...]
    kind: str | None = None


@dataclass(frozen=True)
class StoryKey:
    """A captured article's story identity (crawler.pagekind's PageKind.story) and its URL: another
    address of the same source serving the same story later is a view of it, not a new article.
    (The same story on another portal is that portal's article, linked as a copy by `process`.)"""

    source_id: str
    story: str
    url: str


@dataclass(frozen=True)
class GoneLink:
    """A URL that answered 404 Not Found or 410 Gone."""

    url: str
    status: int


@dataclass(frozen=True)
class CaptureRef:
    record_id: str
    url: str
    warc_file: str
    offset: int


class CaptureStore:
    """The data dir's raw-capture side: WARC files and their index."""

    def __init__(self, data_dir: str | Path, read_only: bool = False, thorough: bool = False):
        """`read_only` opens an existing index without creating or writing anything, for
        `vncorpus check` on a data dir that may sit on a read-only disk; a damaged one is named in
        `damage` (one line) and an empty index stands in for it. Otherwise a damaged index is set
        aside and a new one made (`set_aside` names where); `thorough` reads every page of the
        index to find damage, where by default only its schema and captures are read."""
        self.data_dir = Path(data_dir)
        self.captures_dir = self.data_dir / "captures"
        self.state_dir = self.data_dir / "state"
        self.set_aside: Path | None = None
        self.damage: str | None = None
        index = self.state_dir / INDEX
        if read_only:
            if index.exists():
                # immutable: a read-only disk cannot hold WAL's shared-memory file, and nothing
                # can be writing the index there anyway.
                mode = "ro" if os.access(self.state_dir, os.W_OK) else "ro&immutable=1"
                self.db = sqlite3.connect(f"{index.resolve().as_uri()}?mode={mode}", uri=True)
                try:
                    _probe(self.db, thorough=True)
                    return
                except sqlite3.DatabaseError as exc:
                    self.db.close()
                    reason = index_damage(exc)
                    if reason is None:
                        raise
                    self.damage = str(damaged_index_error(reason))
            self.db = sqlite3.connect(":memory:")
            self.db.executescript(_SCHEMA)
            return
        try:
            self.captures_dir.mkdir(parents=True, exist_ok=True)
            self.state_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.state_dir):
                pass
        except OSError as exc:
            if self.data_dir.exists() and not self.data_dir.is_dir():
                raise UserError(f"data dir {self.data_dir} is a file, not a folder") from None
            raise UserError(f"data dir {self.data_dir} is not writable: {exc.strerror or exc}") from None
        try:
            self.db = _open_index(index, thorough)
        except sqlite3.DatabaseError as exc:
            if index_damage(exc) is None:
                raise
            self.set_aside = self._set_aside(index)
            self.db = _open_index(index, thorough=False)

    def _set_aside(self, index: Path) -> Path:
        """Move a damaged index (and its WAL side files) under DIR/quarantine/, never deleting it:
        what it held beyond the WARC files may still be read from it by hand."""
        folder = self.data_dir / "quarantine"
        folder.mkdir(exist_ok=True)
        kept = folder / f"{INDEX}.{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}"
        for suffix in ("", "-wal", "-shm"):
            side = index.with_name(index.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        return kept

    def close(self) -> None:
        self.db.close()

    # ---- crawl side ------------------------------------------------------------------------

    @contextmanager
    def lock(self, what: str) -> Iterator[None]:
        """One crawl or process at a time per data dir; a second one refuses at once."""
        handle = open(self.state_dir / f"{what}.lock", "w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise UserError(
                f"another vncorpus {what} is already running on {self.data_dir} (lock {handle.name})"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()

    def remember_sources(self, sources: list[Source]) -> None:
        """Keep each crawled source's metadata: `process` needs its province, and takes no sources
        file. Mirrored beside the WARC files, which do not hold it, for an index made anew."""
        self.db.executemany(
            "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)",
            [(s.id, s.name, s.province, json.dumps(list(s.start_urls)), s.platform) for s in sources],
        )
        self.db.commit()
        rows = [list(row) for row in self.db.execute("SELECT id, name, province, start_urls, platform FROM sources ORDER BY id")]
        # A temporary name of its own: crawl workers sharing the data dir write this at once.
        with atomic_path(self.captures_dir / SOURCES_MIRROR) as tmp:
            tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")

    def sources(self) -> dict[str, Source]:
        rows = self.db.execute("SELECT id, name, province, start_urls, platform FROM sources")
        return {
            row[0]: Source(id=row[0], name=row[1], province=row[2], start_urls=tuple(json.loads(row[3])), platform=row[4])
            for row in rows
        }

    def page_states(self) -> dict[str, PageState]:
        rows = self.db.execute("SELECT url, etag, last_modified, links, kind FROM pages")
        return {row[0]: PageState(row[0], row[1], row[2], tuple(json.loads(row[3])), row[4]) for row in rows}

    def save_page_state(self, page: PageState) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO pages (url, etag, last_modified, links, fetched_at, kind) VALUES (?,?,?,?,?,?)",
            (page.url, page.etag, page.last_modified, json.dumps(list(page.links)), datetime.now(timezone.utc).isoformat(), page.kind),
        )
        self.db.commit()

    def learned_shapes(self) -> dict[str, dict[str, dict[str, int]]]:
        """source id -> URL shape -> page kind -> pages seen, over every run (crawler.learn)."""
        learned: dict[str, dict[str, dict[str, int]]] = {}
        for source_id, shape, kind, pages in self.db.execute("SELECT source_id, shape, kind, pages FROM shapes"):
            learned.setdefault(source_id, {}).setdefault(shape, {})[kind] = pages
        return learned

    def save_learned_shapes(self, learned: dict[str, dict[str, dict[str, int]]]) -> None:
        """Replace each given source's shapes with `learned` (which already includes what was stored)."""
        with self.db:
            for source_id, shapes in learned.items():
                self.db.execute("DELETE FROM shapes WHERE source_id = ?", (source_id,))
                self.db.executemany(
                    "INSERT INTO shapes VALUES (?,?,?,?)",
                    [(source_id, shape, kind, pages) for shape, kinds in shapes.items() for kind, pages in kinds.items()],
                )

    def stories(self) -> dict[str, dict[str, str]]:
        """source id -> story identity -> the URL it was captured under."""
        found: dict[str, dict[str, str]] = {}
        for source_id, story, url in self.db.execute("SELECT source_id, story, url FROM stories"):
            found.setdefault(source_id, {})[story] = url
        return found

    def save_story(self, key: StoryKey) -> None:
        self.db.execute("INSERT OR IGNORE INTO stories VALUES (?,?,?)", (key.source_id, key.story, key.url))
        self.db.commit()

    def walked_sources(self) -> set[str]:
        """Sources a run has followed to the end of every listing (crawler.spider.walked_whole):
        from then on, a listing stops at the articles earlier runs captured."""
        return {row[0] for row in self.db.execute("SELECT source_id FROM walked")}

    def save_walked(self, source_ids: list[str], run_id: str) -> None:
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO walked VALUES (?,?)", [(source_id, run_id) for source_id in source_ids])

    def record_gone(self, url: str, status: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO gone VALUES (?,?,?)", (url, status, datetime.now(timezone.utc).isoformat())
        )
        self.db.commit()

    def gone_urls(self, recheck_after_days: int) -> set[str]:
        """404/410 URLs tried within the last `recheck_after_days`: not worth asking again yet."""
        cutoff = (datetime.now(timezone.utc) - timedelta(days=recheck_after_days)).isoformat()
        return {row[0] for row in self.db.execute("SELECT url FROM gone WHERE last_tried >= ?", (cutoff,))}

    def captured_urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT url FROM captures")}

    def recover(self) -> int:
        """Finish WARC files left open by a run that was killed; returns how many were recovered."""
        recovered = 0
        for path in sorted(self.captures_dir.glob(f"*{OPEN_SUFFIX}")):
            guard = open(path, "rb")
            try:
                fcntl.flock(guard, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                guard.close()  # a live worker (Redis mode, shared data dir) is still writing it
                continue
            good_end = 0
            name = path.name.removesuffix(".open")
            damaged: list[Damaged] = []
            for found in scan(path):
                if isinstance(found, Damaged):
                    # Only the tail is a crash artefact (half a record); damage before an intact
                    # record is set aside like any other.
                    damaged.append(found)
                    continue
                good_end = found.offset + found.length
                capture = _capture_from_record(found.record, found.body, name)
                if capture is not None:
                    self._index(capture, found.offset, commit=False)
            for damage in damaged:
                if damage.end <= good_end:
                    self.quarantine(path.name, damage, name)
            with open(path, "r+b") as stream:
                stream.truncate(good_end)
            self.db.commit()
            os.replace(path, path.with_name(path.name.removesuffix(".open")))
            guard.close()
            recovered += 1
        self._index_unknown_files()
        return recovered

    def _index_unknown_files(self) -> None:
        """Index every closed WARC file the index holds no capture of: an index made anew (a
        damaged one set aside, or one lost). Whether those captures were processed is not known
        here; `processed_unknown` says so until `restore_processed` is told from the tables."""
        known = {row[0] for row in self.db.execute("SELECT DISTINCT warc_file FROM captures")}
        unknown = [p for p in sorted(self.captures_dir.glob(f"*{DONE_SUFFIX}")) if p.name not in known]
        if not unknown:
            return
        with self.db:
            for path in unknown:
                for found in scan(path):
                    if isinstance(found, Intact):
                        capture = _capture_from_record(found.record, found.body, path.name)
                        if capture is not None:
                            self._index(capture, found.offset, commit=False)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (_PROCESSED_UNKNOWN,))
            if not self.db.execute("SELECT 1 FROM sources LIMIT 1").fetchone():
                self._restore_sources()

    def _restore_sources(self) -> None:
        try:
            rows = json.loads((self.captures_dir / SOURCES_MIRROR).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return  # the next crawl remembers its sources again
        self.db.executemany("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)", [tuple(row) for row in rows])

    def processed_unknown(self) -> bool:
        return self.db.execute("SELECT 1 FROM meta WHERE key = ?", (_PROCESSED_UNKNOWN,)).fetchone() is not None

    def restore_processed(self, stored: dict[str, str]) -> int:
        """Mark processed what the tables hold: `stored` maps each stored article_id to the capture
        it came from ('' when the tables do not say). That capture and every earlier capture of the
        same article are processed; the rest are processed again, which is idempotent. Returns how
        many captures were marked."""
        now = datetime.now(timezone.utc).isoformat()
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS stored (article_id TEXT PRIMARY KEY, capture_id TEXT NOT NULL)")
            self.db.execute("DELETE FROM stored")
            self.db.executemany("INSERT OR REPLACE INTO stored VALUES (?,?)", stored.items())
            marked = self.db.execute(
                """INSERT OR IGNORE INTO processed
                   SELECT c.record_id, 'article', ? FROM captures c JOIN stored s USING (article_id)
                   WHERE c.fetched_at <= coalesce((SELECT fetched_at FROM captures WHERE record_id = s.capture_id), c.fetched_at)""",
                (now,),
            ).rowcount
            self.db.execute("DELETE FROM meta WHERE key = ?", (_PROCESSED_UNKNOWN,))
        return marked

    def processed_article_ids(self) -> list[str]:
        """Articles the index says were stored: those of captures processed into an article."""
        rows = self.db.execute(
            "SELECT DISTINCT c.article_id FROM captures c JOIN processed p USING (record_id) WHERE p.outcome = 'article'"
        )
        return [row[0] for row in rows]

    def writer(self, run_id: str) -> "WarcAppender":
        return WarcAppender(self, self.captures_dir / f"{run_id}{OPEN_SUFFIX}")

    def _index(self, capture: Capture, offset: int, commit: bool = True) -> None:
        headers = {k.lower(): v for k, v in capture.headers.items()}
        self.db.execute(
            "INSERT OR IGNORE INTO captures VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                capture.record_id,
                capture.url,
                article_id_for(capture.url),
                capture.source_id,
                capture.warc_file,
                offset,
                capture.status,
                hashlib.sha1(capture.body).hexdigest(),
                headers.get("etag"),
                headers.get("last-modified"),
                capture.fetched_at.isoformat(),
            ),
        )
        if commit:
            self.db.commit()

    # ---- process side ----------------------------------------------------------------------

    def unprocessed(self) -> list[CaptureRef]:
        """Captures not yet processed, in WARC file order so each file is read once, front to back."""
        rows = self.db.execute(
            """SELECT c.record_id, c.url, c.warc_file, c.offset FROM captures c
               LEFT JOIN processed p USING (record_id)
               WHERE p.record_id IS NULL ORDER BY c.warc_file, c.offset"""
        )
        return [CaptureRef(*row) for row in rows]

    def read(self, refs: list[CaptureRef]) -> Iterator[Capture | DamagedCapture]:
        """The captures behind `refs`, streamed one at a time. A capture whose bytes are damaged
        comes out as a DamagedCapture, its range set aside under DIR/quarantine/; the rest go on."""
        files: dict[str, mmap.mmap | None] = {}
        try:
            for ref in refs:
                if ref.warc_file not in files:
                    files[ref.warc_file] = _map(self.captures_dir / ref.warc_file)
                data = files[ref.warc_file]
                found = read_member(data, ref.offset) if data is not None else Damaged(ref.offset, ref.offset, "the WARC file is missing or empty")
                capture = _capture_from_record(found.record, found.body, ref.warc_file) if isinstance(found, Intact) else None
                if capture is not None:
                    yield capture
                    continue
                if isinstance(found, Intact):
                    found = Damaged(found.offset, found.offset + found.length, "the index points at a record that is not a response")
                elif data is not None:
                    found = Damaged(found.start, self._damage_end(ref, len(data)), found.reason)
                yield DamagedCapture(ref, found, self.quarantine(ref.warc_file, found) if data is not None else None)
        finally:
            for data in files.values():
                if data is not None:
                    data.close()

    def _damage_end(self, ref: CaptureRef, size: int) -> int:
        """Damage at an indexed record runs to the next indexed record of the file, or its end."""
        row = self.db.execute(
            "SELECT min(offset) FROM captures WHERE warc_file = ? AND offset > ?", (ref.warc_file, ref.offset)
        ).fetchone()
        return min(size, row[0]) if row and row[0] is not None else size

    def quarantine(self, warc_file: str, damage: Damaged, label: str | None = None) -> Path:
        """Copy the damaged bytes and a note of what was wrong under DIR/quarantine/; the WARC
        file itself is never changed, so nothing that might still be read is thrown away."""
        folder = self.data_dir / "quarantine"
        folder.mkdir(exist_ok=True)
        stem = folder / f"{label or warc_file}@{damage.start}-{damage.end}"
        note = stem.with_suffix(".json")
        if note.exists():
            return note
        with open(self.captures_dir / warc_file, "rb") as source:
            source.seek(damage.start)
            _write_atomic(stem.with_suffix(".bin"), source.read(max(0, damage.end - damage.start)))
        _write_atomic(note, json.dumps({
            "warc_file": warc_file, "start": damage.start, "end": damage.end, "reason": damage.reason,
            "found_at": datetime.now(timezone.utc).isoformat(),
        }, indent=2).encode())
        return note

    def verify(self) -> list[str]:
        """Every WARC file read whole: one line per damaged range and per index entry that points at
        no intact record. An empty list means every stored capture reads back as written."""
        problems: list[str] = []
        indexed: dict[str, set[int]] = {}
        for warc_file, offset in self.db.execute("SELECT warc_file, offset FROM captures"):
            indexed.setdefault(warc_file, set()).add(offset)
        for path in sorted(self.captures_dir.glob(f"*{DONE_SUFFIX}")):
            intact: set[int] = set()
            for found in scan(path):
                if isinstance(found, Intact):
                    intact.add(found.offset)
                else:
                    problems.append(f"captures/{path.name}: bytes {found.start}-{found.end} damaged: {found.reason}")
            lost = sorted(indexed.pop(path.name, set()) - intact)
            if lost:
                problems.append(f"captures/{path.name}: {len(lost)} indexed capture(s) unreadable (first at offset {lost[0]})")
        for warc_file, offsets in sorted(indexed.items()):
            problems.append(f"captures/{warc_file}: missing, {len(offsets)} indexed capture(s) lost")
        return problems

    def all_captures(self) -> list[CaptureRef]:
        """Every capture, in WARC file order: what `process --rebuild` reads."""
        rows = self.db.execute("SELECT record_id, url, warc_file, offset FROM captures ORDER BY warc_file, offset")
        return [CaptureRef(*row) for row in rows]

    # A rebuild's outcomes wait here until its tables are swapped in: marking captures processed
    # earlier would lose, on a crash, the ones only the unfinished tables hold.
    def clear_staged(self) -> None:
        self.db.execute("DROP TABLE IF EXISTS staged_processed")
        self.db.execute("CREATE TABLE staged_processed (record_id TEXT PRIMARY KEY, outcome TEXT NOT NULL, processed_at TEXT NOT NULL)")
        self.db.commit()

    def stage_processed(self, outcomes: dict[str, str]) -> None:
        now = datetime.now(timezone.utc).isoformat()
        self.db.executemany("INSERT OR REPLACE INTO staged_processed VALUES (?,?,?)", [(r, o, now) for r, o in outcomes.items()])
        self.db.commit()

    def commit_staged(self) -> None:
        self.db.execute("INSERT OR REPLACE INTO processed SELECT * FROM staged_processed")
        self.db.execute("DROP TABLE staged_processed")
        self.db.commit()

    def mark_processed(self, outcomes: dict[str, str]) -> None:
        now = datetime.now(timezone.utc).isoformat()
        self.db.executemany(
            "INSERT OR REPLACE INTO processed VALUES (?,?,?)",
            [(record_id, outcome, now) for record_id, outcome in outcomes.items()],
        )
        self.db.commit()


def _open_index(path: Path, thorough: bool) -> sqlite3.Connection:
    existed = path.exists()
    db = sqlite3.connect(path, timeout=60)
    try:
        # An index emptied (truncated to nothing, or its tables gone) is damaged like any other:
        # made anew in place, it would hide what it lost.
        if existed and not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'captures'").fetchone():
            raise sqlite3.DatabaseError("no such table: captures")
        # WAL: crawl workers sharing a data dir write the index while `process` reads it.
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(pages)")}
        if "kind" not in columns:  # a data dir from before pages had kinds
            db.execute("ALTER TABLE pages ADD COLUMN kind TEXT")
        _probe(db, thorough)
    except BaseException:
        db.close()
        raise
    return db


def _probe(db: sqlite3.Connection, thorough: bool) -> None:
    """Raise SQLite's own error when the index is damaged: with `thorough`, every page is read
    (PRAGMA quick_check); otherwise the schema and the captures table."""
    if not thorough:
        db.execute("SELECT count(*) FROM captures").fetchone()
        return
    found = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if found != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed: {found}")
    db.execute("SELECT count(*) FROM captures").fetchone()


class WarcAppender:
    """Appends captures to one open WARC file and indexes each once it is on disk."""

    def __init__(self, store: CaptureStore, path: Path):
        self.store = store
        self.path = path
        self.name = path.name.removesuffix(".open")
        self.stream = open(path, "ab")
        # Held until close: recover() leaves alone any open file whose writer is alive.
        fcntl.flock(self.stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.writer = WARCWriter(self.stream, gzip=True, warc_version="1.1")

    def append(self, url: str, source_id: str, status: int, headers: dict[str, str], body: bytes, fetched_at: datetime) -> Capture:
        """Write one response under a new record id; returns it as stored."""
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        return self.write(Capture(record_id, url, source_id, status, headers, fetched_at, body))

    def write(self, capture: Capture) -> Capture:
        """Write a capture (the spider's, with its record id) and index it once it is on disk;
        returns it as stored: wire headers dropped, in this WARC file."""
        http_headers = [(k, v) for k, v in capture.headers.items() if k.lower() not in _WIRE_HEADERS]
        http_headers.append(("Content-Length", str(len(capture.body))))
        warc_headers = {
            "WARC-Record-ID": capture.record_id,
            SOURCE_HEADER: capture.source_id,
            "WARC-Date": capture.fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }
        if capture.capture_source != "live":
            warc_headers[CAPTURE_SOURCE_HEADER] = capture.capture_source
            if capture.archived_at is not None:
                warc_headers[ARCHIVED_AT_HEADER] = capture.archived_at.strftime("%Y-%m-%dT%H:%M:%SZ")
            if capture.archive_url:
                warc_headers[ARCHIVE_URL_HEADER] = capture.archive_url
        record = self.writer.create_warc_record(
            capture.url,
            "response",
            payload=io.BytesIO(capture.body),
            length=len(capture.body),
            http_headers=StatusAndHeaders(f"{capture.status} {_reason(capture.status)}", http_headers, protocol="HTTP/1.1"),
            warc_headers_dict=warc_headers,
        )
        offset = self.stream.tell()
        self.writer.write_record(record)
        self.stream.flush()
        os.fsync(self.stream.fileno())
        stored = replace(capture, headers=dict(http_headers), warc_file=self.name)
        self.store._index(stored, offset)
        return stored

    def close(self) -> None:
        self.stream.close()
        if self.path.stat().st_size == 0:
            self.path.unlink()
        else:
            os.replace(self.path, self.path.with_name(self.name))


@dataclass(frozen=True)
class DamagedCapture:
    """An indexed capture whose bytes no longer read back: where, why, and the quarantine note."""

    ref: CaptureRef
    damage: Damaged
    note: Path | None


def _map(path: Path) -> mmap.mmap | None:
    try:
        with open(path, "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (FileNotFoundError, ValueError):  # ValueError: an empty file cannot be mapped
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half note behind
        raise


def _capture_from_record(record, body: bytes, warc_file: str) -> Capture | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status_line = record.http_headers.get_statuscode()
    fetched = record.rec_headers.get_header("WARC-Date")
    archived_at = record.rec_headers.get_header(ARCHIVED_AT_HEADER)
    return Capture(
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        source_id=record.rec_headers.get_header(SOURCE_HEADER) or "",
        status=int(status_line) if status_line and status_line.isdigit() else 0,
        headers=dict(record.http_headers.headers),
        fetched_at=datetime.fromisoformat(fetched.replace("Z", "+00:00")),
        body=body,
        warc_file=warc_file,
        capture_source=record.rec_headers.get_header(CAPTURE_SOURCE_HEADER) or "live",
        archived_at=datetime.fromisoformat(archived_at.replace("Z", "+00:00")) if archived_at else None,
        archive_url=record.rec_headers.get_header(ARCHIVE_URL_HEADER),
    )


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
