"""Serve the fixture portals (tests/files/portals/<name>/) on 127.0.0.1 as their CMS would.

Each portal is a truth.yaml plus the bodies under www/. truth.yaml lists every URL the site
serves with its kind, and the server answers exactly those URLs, byte for byte, plus the
behaviours the real CMS has beyond a list of pages (truth.yaml `behaviours`):

- `theme_switch: nukeviet`: any `?nvvithemever=X&nv_redirect=TOKEN` answers 301 to the page
  the token names, as NukeViet's theme switches do;
- `session_ids`: session ids in a URL (`PHPSESSID=` query parameters, Java's `;jsessionid=`,
  ASP.NET's cookieless `/(S(...))/` segment) are ignored: the URL serves the page without them;
- `calendar`: the work calendar answers every `?<param>=YYYY-MM-DD`, each day linking the next
  and the previous, without end (the bare page shows the fixed day `today`);
- `redirect_patterns`: families of URLs (SharePoint's sign-in with any `?Source=`) that redirect;
- `conditional_get` (per portal, overridable per URL): `never` sends Last-Modified a day in the
  past with no-cache and ignores If-Modified-Since / If-None-Match (NukeViet); `none` sends no
  validators at all (Joomla, ASP.NET, SharePoint, WordPress pages); `validators` sends ETag and
  Last-Modified and answers 304 when they match (Liferay, WordPress feeds).

`%ORIGIN%` in a body or a redirect stands for the server's own origin. The portals are built by
tools/build_fixture_portals.py; the large ones (`large-nosmap`: hundreds of articles, no sitemap;
`large-linear`: a thousand behind a pager that only steps) are built on first use into a temporary
directory rather than checked in.
"""
from __future__ import annotations

import atexit
import hashlib
import importlib.util
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import date, timedelta
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qsl, unquote_plus, urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
PORTALS_DIR = Path(__file__).resolve().parent / "files" / "portals"
_BUILT: dict[str, Path] = {}


def _builder():
    """tools/build_fixture_portals.py as a module: it renders portals, including the changed copy."""
    name = "build_fixture_portals"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def portal_names() -> list[str]:
    checked_in = sorted(p.name for p in PORTALS_DIR.iterdir() if (p / "truth.yaml").is_file())
    return checked_in + list(_builder().GENERATED)


def portal_dir(name: str | Path) -> Path:
    """The directory of a portal by name (building a generated one once per test session), or a
    portal directory given as a path (a copy made by copy_portal)."""
    if isinstance(name, Path):
        return name
    if name in _builder().GENERATED:
        if name not in _BUILT:
            tmp = Path(tempfile.mkdtemp(prefix=f"vncorpus-{name}-"))
            atexit.register(shutil.rmtree, tmp, True)
            _BUILT[name] = _builder().build(name, tmp / name)
        return _BUILT[name]
    path = PORTALS_DIR / name
    if not (path / "truth.yaml").is_file():
        raise KeyError(f"no fixture portal {name!r}; there are {', '.join(portal_names())}")
    return path


def load_truth(name: str | Path) -> dict:
    return yaml.safe_load((portal_dir(name) / "truth.yaml").read_text(encoding="utf-8"))


def truth_pages(name: str | Path, kind: str | None = None) -> list[dict]:
    return [row for row in load_truth(name)["pages"] if kind is None or row["kind"] == kind]


def stories_captured(name: str | Path, captured: list[str]) -> tuple[Counter, list[str]]:
    """(captures of each article, by its URL; captured URLs that serve no article). A capture counts
    for its article under any address that serves the story: the article's own, or a view of it
    (an alternate row's `of`) that names itself canonical, as a second Liferay layout does."""
    rows = truth_pages(name)
    articles = {row["url"] for row in rows if row["kind"] == "article"}
    story = {row["url"]: row["url"] for row in rows if row["kind"] == "article"}
    story.update({row["url"]: row["of"] for row in rows if row["kind"] == "alternate" and row.get("of") in articles})
    counts = Counter({url: 0 for url in articles})
    counts.update(story[url] for url in captured if url in story)
    return counts, [url for url in captured if url not in story]


def copy_portal(name: str, dest: Path) -> Path:
    """A copy of a portal that a test may change (add_article) while it is served."""
    target = Path(dest) / name
    shutil.copytree(portal_dir(name), target)
    return target


def add_article(copy: Path) -> dict:
    """Publish the bundled new article on a portal copy, as its CMS would: the article page and
    its views, the first listing pages, tags, feeds and sitemaps all change. The copy is rebuilt
    beside itself and swapped in, so a running server keeps answering. Returns its truth row."""
    copy = Path(copy)
    name = load_truth(copy)["name"]
    before = {row["url"] for row in truth_pages(copy, "article")}
    staging = copy.with_name(copy.name + ".new")
    _builder().build(name, staging, extra_article=True)
    old = copy.with_name(copy.name + ".old")
    copy.rename(old)
    staging.rename(copy)
    shutil.rmtree(old)
    (new,) = [row for row in truth_pages(copy, "article") if row["url"] not in before]
    return new


def sources_entry(name: str | Path, base_url: str, platform: str | None = None) -> dict:
    """A sources-file entry (DESIGN.md) for a served portal; no platform key unless one is given."""
    truth = load_truth(name)
    entry = {"id": f"fixture-{truth['name']}", "name": truth["description"], "province": truth["province"], "start_urls": [base_url + truth["start_path"]]}
    if platform:
        entry["platform"] = platform
    return entry


class _Site:
    """A portal's truth, reloaded when truth.yaml changes (add_article on a served copy)."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._stamp = None
        self._lock = threading.Lock()

    def current(self) -> tuple[dict, dict[str, dict]]:
        with self._lock:
            for _ in range(50):  # add_article swaps directories: wait out the instant between
                try:
                    stamp = (self.directory / "truth.yaml").stat().st_mtime_ns
                    break
                except FileNotFoundError:
                    time.sleep(0.01)
            if stamp != self._stamp:
                self.truth = yaml.safe_load((self.directory / "truth.yaml").read_text(encoding="utf-8"))
                self.routes = {row["url"]: row for row in self.truth["pages"]}
                # A web server reads a query's parameters by name, in any order (crawlers sort them).
                self.routes.update({_query_sorted(url): row for url, row in self.routes.items() if _query_sorted(url) not in self.routes})
                self._stamp = stamp
            return self.truth, self.routes


_SESSION_PATH = {
    "jsessionid": re.compile(r";jsessionid=[0-9A-Za-z.]+", re.I),  # Java servlet containers
    "aspnet_cookieless": re.compile(r"^/\(S\([a-z0-9]{24}\)\)", re.I),  # ASP.NET cookieless sessions
}


class _PortalHandler(BaseHTTPRequestHandler):
    site: _Site
    log: list | None

    def do_HEAD(self):  # noqa: N802 (http.server's naming)
        self._answer(head=True)

    def do_GET(self):  # noqa: N802
        self._answer(head=False)

    def do_POST(self):  # noqa: N802
        """A form posted back to its page (ASP.NET's __doPostBack): the row whose `post` fields the
        form carries, at the URL with the event argument as its fragment. As ASP.NET does, a form
        without the page's __VIEWSTATE and __EVENTVALIDATION is refused (500)."""
        form = dict(parse_qsl(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8"), keep_blank_values=True))
        target = f"{self.path}#{form.get('__EVENTARGUMENT', '')}"
        truth, routes = self.site.current()
        row = routes.get(target)
        if row is None or any(form.get(k) != v for k, v in row.get("post", {"": None}).items()):
            self._answer(head=False, target=target, status=404)
        elif not form.get("__VIEWSTATE") or not form.get("__EVENTVALIDATION"):
            self._answer(head=False, target=target, status=500)
        else:
            self._answer(head=False, target=target)

    def _answer(self, head: bool, target: str | None = None, status: int | None = None) -> None:
        truth, routes = self.site.current()
        origin = f"http://{self.headers.get('Host') or '%s:%d' % self.server.server_address}"
        target = target or self.path
        if status is None:
            # A POST row is no page to GET: its address without the form is the first page.
            posted = "post" in routes.get(target, {})
            status, headers, body = self._resolve(target, truth, routes, origin) if posted == (self.command == "POST") else self._not_found()
        else:
            _, headers, body = self._not_found()
        if self.log is not None:
            self.log.append((self.command, target, status))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _resolve(self, target: str, truth: dict, routes: dict, origin: str) -> tuple[int, dict, bytes]:
        behaviours = truth.get("behaviours") or {}
        row = routes.get(target) or routes.get(_query_sorted(target))
        if row is None:
            row = self._behaviour(target, behaviours, routes)
        if row is None:
            return self._not_found()
        if "redirect" in row:
            location = row["redirect"]
            return int(row.get("status", 302)), {"Location": origin + location if location.startswith("/") else location}, b""
        while "file" not in row and "of" in row:  # a URL that serves another's page (session ids)
            row = routes[row["of"]]
        calendar = behaviours.get("calendar")
        if calendar and row["url"] == calendar["path"] and "calendar_day" not in row:
            row = {**row, "calendar_day": date.fromisoformat(str(calendar["today"]))}  # the bare page shows "today"
        if "calendar_day" in row:
            body = self._calendar(row, routes)
        else:
            body = (self.site.directory / "www" / row["file"]).read_bytes()
        body = body.replace(b"%ORIGIN%", origin.encode())
        ctype = row.get("content_type", "text/html")
        headers = {"Content-Type": f"{ctype}; charset=utf-8"}
        return self._conditional(row.get("conditional_get") or truth["conditional_get"], row, headers, body)

    def _behaviour(self, target: str, behaviours: dict, routes: dict) -> dict | None:
        parts = urlsplit(target)
        query = parse_qsl(parts.query, keep_blank_values=True)
        if behaviours.get("theme_switch") == "nukeviet" and any(k == "nvvithemever" for k, _ in query):
            back = _decode_token(dict(query).get("nv_redirect", ""))
            return {"redirect": back if back in routes else "/", "status": 301}
        sessions = behaviours.get("session_ids") or []
        path = parts.path
        for name in sessions:
            if name in _SESSION_PATH:
                path = _SESSION_PATH[name].sub("", path) or "/"
        # Dropped from the raw query, so the rest keeps the site's own spelling of it.
        kept = [piece for piece in parts.query.split("&") if piece and piece.split("=", 1)[0] not in sessions]
        stripped = path + ("?" + "&".join(kept) if kept else "")
        if stripped != target:
            return routes.get(stripped) or self._behaviour(stripped, behaviours, routes)
        calendar = behaviours.get("calendar")
        if calendar and parts.path == calendar["path"] and len(query) == 1 and query[0][0] == calendar["param"]:
            try:
                day = date.fromisoformat(query[0][1])
            except ValueError:
                return None
            return {**routes[calendar["path"]], "calendar_day": day}
        for rule in behaviours.get("redirect_patterns") or []:
            if re.fullmatch(rule["match"], target):
                return {"redirect": rule["redirect"], "status": rule.get("status", 302)}
        return None

    def _calendar(self, row: dict, routes: dict) -> bytes:
        template = (self.site.directory / "www" / row["file"]).read_text(encoding="utf-8")
        day: date = row["calendar_day"]
        filled = template.replace("{date}", day.strftime("%d/%m/%Y"))
        filled = filled.replace("{prev}", (day - timedelta(days=1)).isoformat()).replace("{next}", (day + timedelta(days=1)).isoformat())
        return filled.encode()

    def _conditional(self, mode: str, row: dict, headers: dict, body: bytes) -> tuple[int, dict, bytes]:
        if mode == "never":
            # A dynamic page that claims it changed yesterday and must not be cached, and answers
            # in full whatever the request says it already has.
            headers.update({"Last-Modified": formatdate(time.time() - 86400, usegmt=True), "Cache-Control": "no-cache, must-revalidate", "Pragma": "no-cache"})
            return 200, headers, body
        if mode == "none":
            headers["Cache-Control"] = "private"
            return 200, headers, body
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        changed = int((self.site.directory / "www" / row["file"]).stat().st_mtime)
        headers.update({"ETag": etag, "Last-Modified": formatdate(changed, usegmt=True)})
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if inm is not None:
            fresh = etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        elif ims is not None:
            try:
                fresh = parsedate_to_datetime(ims).timestamp() >= changed
            except (TypeError, ValueError):
                fresh = False
        else:
            fresh = False
        if fresh:
            return 304, {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}, b""
        return 200, headers, body

    def _not_found(self) -> tuple[int, dict, bytes]:
        body = "<html><head><title>404</title></head><body><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></body></html>"
        return 404, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    def log_message(self, *args):
        pass


def _query_sorted(target: str) -> str:
    """The target as a web server reads it: parameters by name in any order, values decoded
    (q=node%2F700 is q=node/700)."""
    path, _, query = target.partition("?")
    return path + ("?" + "&".join(sorted(unquote_plus(piece) for piece in query.split("&"))) if query else "")


def _decode_token(token: str) -> str:
    import base64
    import binascii

    try:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        return ""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A crawler hanging up mid-answer is its business, not a server error.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


@contextmanager
def serve_portal(name: str | Path, port: int = 0, log: list | None = None) -> Iterator[str]:
    """Serve a fixture portal (a name, or a copy's directory) on 127.0.0.1; yields its base URL
    (http://127.0.0.1:PORT, no trailing slash). Give `port` to serve it again at the same
    address (the next nightly run); give `log` to collect (method, target, status) per request."""
    handler = type("Handler", (_PortalHandler,), {"site": _Site(portal_dir(name)), "log": log})
    with running(_QuietServer(("127.0.0.1", port), handler)) as base_url:
        yield base_url


@contextmanager
def running(server: ThreadingHTTPServer) -> Iterator[str]:
    """Serve `server` from a thread for the block; yields its base URL, http://127.0.0.1:PORT."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
