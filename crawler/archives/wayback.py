"""A Wayback-style server: the Internet Archive's (`https://web.archive.org/web`, its CDX API at
`/cdx/search/cdx`) or a pywb collection's (`<root>/<coll>`, its CDX API at `<root>/<coll>/cdx`).
A capture's original bytes and headers come from the raw replay, `<base>/<timestamp>id_/<url>`."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from vncorpus.crawler.archives.http import Client
from vncorpus.crawler.archives.state import Chosen

DEFAULT_URL = "https://web.archive.org/web"
NAME = "wayback"

# What the replay adds about itself rather than about the page.
_REPLAY_HEADERS = frozenset({"connection", "keep-alive", "link", "memento-datetime", "content-location", "server", "date", "set-cookie"})


class Wayback:
    name = NAME

    def __init__(self, base_url: str = DEFAULT_URL):
        self.base = base_url.rstrip("/")

    def endpoints(self, client: Client, since: str, until: str) -> list[str]:
        parts = urlsplit(self.base)
        if parts.path.rstrip("/").endswith("/web"):  # the Internet Archive's layout
            return [urlunsplit((parts.scheme, parts.netloc, "/cdx/search/cdx", "", ""))]
        return [f"{self.base}/cdx"]

    def locate(self, row: dict) -> str:
        return f"{self.base}/{row['timestamp']}id_/{row.get('original') or row['url']}"

    def fetch(self, client: Client, chosen: Chosen) -> tuple[int, dict[str, str], bytes, str]:
        """(status, the page's headers, its bytes, the archive's address for the capture)."""
        answer = client.get(chosen.locator)
        headers = {k: v for k, v in answer.headers.items() if k.lower() not in _REPLAY_HEADERS}
        return answer.status, headers, answer.body, f"{self.base}/{chosen.timestamp}/{chosen.url}"
