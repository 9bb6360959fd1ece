"""Web archives on 127.0.0.1 for the tests: a real pywb (Webrecorder's Wayback server) serving
collections built here from a fixture portal's pages, as WARC records written with warcio at the
capture times a test chooses, indexed by pywb's own cdx-indexer into a ZipNum index — the form the
Internet Archive's and Common Crawl's index servers page through with `page=N`.

The same pywb serves a Common Crawl-style index (one collection per crawl, with each capture's WARC
file, offset and length); the WARC files are then read by byte range from a loopback file server,
which also serves the crawl list (collinfo.json), as data.commoncrawl.org and index.commoncrawl.org do.

pywb pins redis 2 (and fakeredis 0.16), which the project's Redis crawl cannot use, so it lives in a
venv of its own: $VNCORPUS_PYWB_VENV, or .venv-pywb in the checkout, made on first use with pip.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from portals import running

REPO = Path(__file__).resolve().parent.parent
FIRST = datetime(2021, 3, 1, tzinfo=timezone.utc)
REVISED = datetime(2024, 5, 1, tzinfo=timezone.utc)
CRAWL = "CC-MAIN-2024-18"  # the Common Crawl crawl the test index stands for
# CDX lines per compressed block: Common Crawl's hold 3,000; the tests' hold 2, so that a small
# portal's captures make several listing pages (pywb's page is 10 blocks).
CC_LINES_PER_BLOCK = 3000
TEST_LINES_PER_BLOCK = 2


def pywb_venv() -> Path:
    venv = Path(os.environ.get("VNCORPUS_PYWB_VENV") or REPO / ".venv-pywb")
    if not (venv / "bin" / "wayback").exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=120)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "pywb>=2.9,<3"], check=True, capture_output=True, timeout=600)
        except (subprocess.SubprocessError, OSError) as exc:
            pytest.skip(f"pywb could not be installed into {venv} ({exc}); set VNCORPUS_PYWB_VENV to a venv with pywb")
    return venv


def write_warc(path: Path, records: list[tuple[str, int, str, bytes, datetime]]) -> Path:
    """(url, status, content type, body, capture time) → response records in one WARC file."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, content_type, body, when in records:
            headers = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'Not Found'}", [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
            ))
    return path


def portal_captures(name: str, origin: str) -> list[tuple[str, int, str, bytes, datetime]]:
    """A fixture portal (tests/portals.py) as an archive holds it: every page it serves captured in
    2021; each article again in 2024 with other bytes (a revision); one article's address answering
    404 in 2025, after the portal closed."""
    from portals import portal_dir, truth_pages

    records = []
    for row in truth_pages(name):
        if "file" not in row or row.get("post") or row.get("redirect"):
            continue
        body = (portal_dir(name) / "www" / row["file"]).read_bytes().replace(b"%ORIGIN%", origin.encode())
        content_type = row.get("content_type", "text/html") + "; charset=utf-8"
        records.append((origin + row["url"], 200, content_type, body, FIRST))
        if row["kind"] == "article":
            records.append((origin + row["url"], 200, content_type, body.replace(b"</body>", b"<!-- revised --></body>"), REVISED))
    gone = truth_pages(name, "article")[0]["url"]
    records.append((origin + gone, 404, "text/html", b"<html><body>Not found</body></html>", datetime(2025, 9, 1, tzinfo=timezone.utc)))
    return records


def add_collection(root: Path, name: str, warcs: list[Path], lines_per_block: int = TEST_LINES_PER_BLOCK) -> None:
    """A pywb collection under root/collections/NAME: the WARC files, and a ZipNum index of them."""
    venv = pywb_venv()
    coll = root / "collections" / name
    (coll / "archive").mkdir(parents=True)
    (coll / "indexes").mkdir()
    for warc in warcs:
        shutil.copy(warc, coll / "archive" / warc.name)
    lines = subprocess.run(
        [str(venv / "bin" / "cdx-indexer"), "--cdxj", "--sort", "--postappend", "-o", "-", str(coll / "archive")],
        check=True, capture_output=True,
    ).stdout.splitlines()
    lines = sorted(line for line in lines if line and not line.startswith(b" CDX"))
    blocks, summary, offset = io.BytesIO(), [], 0
    for number, start in enumerate(range(0, len(lines), lines_per_block)):
        chunk = gzip.compress(b"".join(line + b"\n" for line in lines[start:start + lines_per_block]))
        blocks.write(chunk)
        key = b" ".join(lines[start].split(b" ")[:2]).decode()
        summary.append(f"{key}\tindex.cdx.gz\t{offset}\t{len(chunk)}\t{number}\n")
        offset += len(chunk)
    (coll / "indexes" / "cluster.idx").write_text("".join(summary), encoding="utf-8")
    (coll / "indexes" / "cluster.loc").write_text("index.cdx.gz\tindex.cdx.gz\n", encoding="utf-8")
    (coll / "indexes" / "index.cdx.gz").write_bytes(blocks.getvalue())


@contextmanager
def serve_pywb(root: Path, port: int) -> Iterator[str]:
    """pywb's `wayback` on 127.0.0.1:PORT over root/collections; yields its root URL."""
    venv = pywb_venv()
    # Into a file: pywb logs every request, and a pipe nobody reads would stop it once full.
    log = open(root / "pywb.log", "wb")
    process = subprocess.Popen(
        [str(venv / "bin" / "wayback"), "--bind", "127.0.0.1", "--port", str(port)], cwd=root, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pywb did not start: {(root / 'pywb.log').read_text(errors='replace')[-2000:]}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


class _FileHandler(BaseHTTPRequestHandler):
    """Files by byte range (Range: bytes=A-B answered 206), as data.commoncrawl.org serves WARC files."""

    directory: Path
    log: list

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.directory / self.path.lstrip("/").split("?")[0]
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        wanted = self.headers.get("Range")
        status = 200
        if wanted and wanted.startswith("bytes="):
            first, last = (int(n) for n in wanted[6:].split("-"))
            data, status = data[first:last + 1], 206
        self.log.append((self.path, wanted))
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@contextmanager
def serve_files(directory: Path, log: list | None = None) -> Iterator[str]:
    handler = type("Handler", (_FileHandler,), {"directory": directory, "log": log if log is not None else []})
    with running(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as base_url:
        yield base_url


def collinfo(crawls: dict[str, str]) -> str:
    """Common Crawl's list of crawls: id → its CDX API."""
    return json.dumps([{"id": crawl, "name": crawl, "cdx-api": api} for crawl, api in crawls.items()])
