"""What an archive crawl has done so far, in the crawl index (DIR/state/crawl.sqlite): per source,
archive and index endpoint, the next listing page (committed with that page's rows, so a run killed
anywhere resumes at the page it had not finished); every capture listed; and what each chosen
capture came to, so a rerun fetches none twice."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_SCHEMA = """
CREATE TABLE IF NOT EXISTS archive_cursor (
    source_id TEXT NOT NULL,
    archive   TEXT NOT NULL,
    endpoint  TEXT NOT NULL,   -- the CDX API listed, with the query's time window
    next_page INTEGER NOT NULL,
    pages     INTEGER,         -- as the index counted them; null until asked
    done      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source_id, archive, endpoint)
);
CREATE TABLE IF NOT EXISTS archive_listed (
    source_id TEXT NOT NULL,
    archive   TEXT NOT NULL,
    url       TEXT NOT NULL,   -- the original URL the archive captured
    timestamp TEXT NOT NULL,   -- YYYYMMDDhhmmss
    status    TEXT NOT NULL,
    mime      TEXT NOT NULL,
    digest    TEXT NOT NULL,
    locator   TEXT NOT NULL,   -- where its bytes are: a replay URL, or a WARC file, offset and length
    PRIMARY KEY (source_id, archive, url, timestamp)
);
CREATE TABLE IF NOT EXISTS archive_fetched (
    source_id TEXT NOT NULL,
    archive   TEXT NOT NULL,
    url       TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    outcome   TEXT NOT NULL,   -- article, not article, same story, failed: …
    PRIMARY KEY (source_id, archive, url, timestamp)
);
"""


@dataclass(frozen=True)
class Listed:
    url: str
    timestamp: str
    status: str
    mime: str
    digest: str
    locator: str


@dataclass(frozen=True)
class Chosen:
    url: str
    timestamp: str
    locator: str
    revisions: int  # other contents the archive holds of the URL in the window


class ArchiveState:
    def __init__(self, db: sqlite3.Connection, source_id: str, archive: str):
        self.db = db
        self.source_id = source_id
        self.archive = archive
        db.executescript(_SCHEMA)

    def cursor(self, endpoint: str) -> tuple[int, int | None, bool]:
        row = self.db.execute(
            "SELECT next_page, pages, done FROM archive_cursor WHERE source_id = ? AND archive = ? AND endpoint = ?",
            (self.source_id, self.archive, endpoint),
        ).fetchone()
        return (row[0], row[1], bool(row[2])) if row else (0, None, False)

    def save_page(self, endpoint: str, page: int, pages: int | None, rows: list[Listed], done: bool) -> None:
        """One listing page's rows and the cursor past it, in one transaction."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO archive_listed VALUES (?,?,?,?,?,?,?,?)",
                [(self.source_id, self.archive, r.url, r.timestamp, r.status, r.mime, r.digest, r.locator) for r in rows],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO archive_cursor VALUES (?,?,?,?,?,?)",
                (self.source_id, self.archive, endpoint, page + 1, pages, int(done)),
            )

    def listed(self) -> int:
        return self.db.execute(
            "SELECT count(DISTINCT url) FROM archive_listed WHERE source_id = ? AND archive = ?", (self.source_id, self.archive)
        ).fetchone()[0]

    def choose(self, since: str, until: str) -> list[Chosen]:
        """Per URL, the latest capture in [since, until] ('' for an open end) that was an HTML page answered 200."""
        rows = self.db.execute(
            """SELECT url, max(timestamp), locator, count(DISTINCT digest) FROM archive_listed
               WHERE source_id = ? AND archive = ? AND status = '200' AND mime LIKE '%html%'
                 AND timestamp >= ? AND timestamp <= ?
               GROUP BY url ORDER BY url""",
            (self.source_id, self.archive, since, until or "99999999999999"),
        )
        return [Chosen(url, timestamp, locator, digests - 1) for url, timestamp, locator, digests in rows]

    def outcomes(self) -> dict[tuple[str, str], str]:
        rows = self.db.execute(
            "SELECT url, timestamp, outcome FROM archive_fetched WHERE source_id = ? AND archive = ?", (self.source_id, self.archive)
        )
        return {(url, timestamp): outcome for url, timestamp, outcome in rows}

    def save_outcome(self, chosen: Chosen, outcome: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO archive_fetched VALUES (?,?,?,?,?)",
                (self.source_id, self.archive, chosen.url, chosen.timestamp, outcome),
            )
