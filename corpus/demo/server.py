"""Serve static portal sites on 127.0.0.1, one port per site (the sample portals, test fixtures).

A request for path P with query Q maps to `<site>/<P>` (`index.html` when P ends in '/'), with
`@<Q>` appended when there is a query, trying the exact name and then the name + `.html`. That
is how a directory of files reproduces NukeViet's `/page-2`, SharePoint's `?Page=2` and Drupal's
`?page=1` without a CMS behind it. An optional `behaviours.yaml` in a site makes chosen paths
slow, failing, redirecting or oversized, the way real portals misbehave, and can make a site
hostile: a maze of pages without end, a gzip bomb, a header too long to read.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

import yaml

from vncorpus.crawler.models import Source

SAMPLE_PORTALS = Path(__file__).with_name("sample_portals")

_CONTENT_TYPES = {".xml": "application/xml", ".txt": "text/plain", ".rss": "application/rss+xml"}


def resolve_file(root: Path, raw_path: str) -> Path | None:
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    if path.endswith("/"):
        path += "index.html"
    name = path.lstrip("/") + (f"@{unquote(parts.query)}" if parts.query else "")
    for candidate in (root / name, root / f"{name}.html"):
        resolved = candidate.resolve()
        if resolved.is_file() and resolved.is_relative_to(root.resolve()):
            return resolved
    return None


class _SiteHandler(BaseHTTPRequestHandler):
    root: Path
    served: list[tuple[str, int]]  # (path, status) of every request, for tests to inspect
    behaviours: dict  # the site's behaviours.yaml: how real portals misbehave
    hits: dict[str, int]
    recent: deque[float]  # when the last requests came, for the flood guard
    lock: threading.Lock

    def send_response(self, code, message=None):
        self.served.append((self.path, code))
        super().send_response(code, message)

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self._flooded():
            return
        rule = self.behaviours.get("paths", {}).get(self.path, {})
        self.hits[self.path] = hit = self.hits.get(self.path, 0) + 1
        time.sleep(float(rule.get("delay", self.behaviours.get("delay", 0))))
        if hit <= int(rule.get("fail", 0)) or ("status" in rule and "fail" not in rule):
            # "fail: N" answers `status` (default 503) N times, then serves the page;
            # "status" alone answers it every time (404, 410 ...).
            self._send_bytes(int(rule.get("status", 503)), b"<html><body>Service Unavailable</body></html>", "text/html")
            return
        if "redirect" in rule:
            self.send_response(int(rule.get("redirect_status", 301)))
            self.send_header("Location", rule["redirect"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if "gzip_bomb" in rule:
            self._send_bomb(int(rule["gzip_bomb"]))
            return
        path = resolve_file(self.root, self.path)
        if path is None and "endless" in self.behaviours:
            self._send_bytes(200, _maze_page(self.path, int(self.behaviours["endless"]["links"])), "text/html")
            return
        if path is None:
            body = b"<html><body><h1>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = path.read_bytes()
            # Validators as a real portal's web server sends them, so conditional requests work.
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            ctype = _CONTENT_TYPES.get(path.suffix, "text/html")
            # Like a plain web server: declare UTF-8 only for files that are UTF-8, and leave
            # legacy-encoded pages to their own <meta charset>.
            self.send_header("Content-Type", f"{ctype}; charset=utf-8" if _is_utf8(body) else ctype)
            self.send_header("ETag", etag)
        body += b" " * int(rule.get("pad_bytes", 0))
        if "header_bytes" in rule:
            self.send_header("X-Padding", "a" * int(rule["header_bytes"]))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _flooded(self) -> bool:
        """`flood_guard: {requests: N, seconds: S, retry_after: R}`, as NukeViet's flood blocker:
        a client that has sent N requests in the last S seconds gets 429 Too Many Requests with
        Retry-After R. Refused requests count too, so a client that does not wait stays refused."""
        guard = self.behaviours.get("flood_guard")
        if not guard:
            return False
        now = time.monotonic()
        with self.lock:
            while self.recent and now - self.recent[0] > float(guard["seconds"]):
                self.recent.popleft()
            self.recent.append(now)
            flooded = len(self.recent) > int(guard["requests"])
        if flooded:
            self.send_response(429)
            self.send_header("Retry-After", str(guard["retry_after"]))
            self.send_header("Content-Length", "0")
            self.end_headers()
        return flooded

    def _send_bomb(self, megabytes: int) -> None:
        """`gzip_bomb: N`: a page of a few kilobytes on the wire that inflates to N MB of zeros."""
        body = _bomb(megabytes)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_bytes(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # the crawl log already records every request
        pass


@functools.cache
def _bomb(megabytes: int) -> bytes:
    return gzip.compress(b"<html><body>" + bytes(megabytes * 1024 * 1024), compresslevel=9)


def _maze_page(path: str, links: int) -> bytes:
    """`endless: {links: N}`: every address the site has no file for is a page linking N addresses
    never seen before, each with a path and a query of its own (a calendar or a session id gone
    wrong): a crawler that follows links finds no end and no article."""
    seed = hashlib.sha1(path.encode()).hexdigest()
    items = "".join(
        f'<li><a href="/{seed[i % 8:i % 8 + 6]}{i}/muc-{seed[:4]}{i}?sid={seed[i % 16:i % 16 + 10]}&n={i}">Mục {seed[:4]} số {i}</a></li>'
        for i in range(links)
    )
    return f"<html><head><title>Danh mục {seed[:6]}</title></head><body><ul>{items}</ul></body></html>".encode()


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Clients hang up on purpose (size limits, timeouts); that is the test, not an error.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


@dataclass(frozen=True)
class ServedSite:
    directory: Path
    base_url: str
    meta: dict
    served: list[tuple[str, int]]

    def source(self) -> Source:
        return Source(
            id=self.meta["id"],
            name=self.meta["name"],
            province=self.meta.get("province"),
            start_urls=(self.base_url + self.meta.get("start_path", "/"),),
            platform=self.meta.get("platform", "generic"),
        )


@contextmanager
def serve_sites(directories: list[Path], ports: list[int] | None = None) -> Iterator[list[ServedSite]]:
    """Serve each site directory on its own 127.0.0.1 port for the duration of the block.

    Ports are free ones unless given: a site served again on the same port keeps its URLs,
    and so its article ids, which is what a second nightly run against it needs.
    """
    servers, sites = [], []
    try:
        for directory, port in zip(directories, ports or [0] * len(directories)):
            served: list[tuple[str, int]] = []
            behaviours_file = Path(directory) / "behaviours.yaml"
            behaviours = yaml.safe_load(behaviours_file.read_text(encoding="utf-8")) if behaviours_file.exists() else {}
            handler = type(
                "Handler",
                (_SiteHandler,),
                {"root": Path(directory), "served": served, "behaviours": behaviours or {}, "hits": {}, "recent": deque(), "lock": threading.Lock()},
            )
            server = _QuietServer(("127.0.0.1", port), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            meta = yaml.safe_load((Path(directory) / "site.yaml").read_text(encoding="utf-8"))
            sites.append(ServedSite(Path(directory), f"http://127.0.0.1:{server.server_address[1]}", meta, served))
        yield sites
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def sample_site_dirs() -> list[Path]:
    return sorted(p for p in SAMPLE_PORTALS.iterdir() if (p / "site.yaml").is_file())


def write_sources_file(sites: list[ServedSite], path: Path) -> Path:
    """A sources file (DESIGN.md format) for the served sites, as `vncorpus run --sources` reads it."""
    entries = [
        {
            "id": s.meta["id"],
            "name": s.meta["name"],
            "province": s.meta.get("province"),
            "start_urls": [s.base_url + s.meta.get("start_path", "/")],
            "platform": s.meta.get("platform", "generic"),
        }
        for s in sites
    ]
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
