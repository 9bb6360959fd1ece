"""Listing a CDX index page by page: the Internet Archive's CDX server, pywb's (a Wayback
collection's, Common Crawl's index server). Both page the same way: `showNumPages=true` says how
many pages the listing has, `page=N` gives one. Each page is stored with the cursor past it
(state.ArchiveState), so a listing of 100,000 URLs killed halfway resumes where it stopped.

No `collapse=urlkey`: it keeps a URL's first capture, where the latest before the portal closed is
wanted; `collapse=digest` (the Internet Archive's; pywb ignores it) drops repeats of the same bytes
and keeps each revision."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import urlencode

from vncorpus.crawler.archives.http import ArchiveError, Client
from vncorpus.crawler.archives.state import ArchiveState, Listed


@dataclass(frozen=True)
class Query:
    endpoint: str   # the CDX API's URL
    url: str        # host[:port]/ with matchType=prefix: every capture under the host
    since: str      # YYYYMMDDhhmmss bounds of the archive's capture time; '' for none
    until: str

    def params(self) -> dict[str, str]:
        bounds = {name: value for name, value in (("from", self.since), ("to", self.until)) if value}
        return {"url": self.url, "matchType": "prefix", "output": "json", **bounds, "collapse": "digest"}

    @property
    def key(self) -> str:
        """The cursor's name: the same listing, whatever run asks for it."""
        return f"{self.endpoint}?url={self.url}&from={self.since}&to={self.until}"


def list_pages(client: Client, state: ArchiveState, query: Query, locate: Callable[[dict], str]) -> Iterator[int]:
    """List `query` from its cursor to its end into `state`; yields each page number stored.
    `locate` turns a row into where its bytes are (state.Listed.locator)."""
    page, pages, done = state.cursor(query.key)
    if done:
        return
    if pages is None:
        pages = _page_count(client, query)
    while True:
        params = query.params() | ({"page": str(page)} if pages is not None else {})
        answer = client.get(f"{query.endpoint}?{urlencode(params)}")
        # Past the last page pywb answers 400 and the Internet Archive an empty body; no capture, 404.
        last = pages is None or page + 1 >= pages
        if answer.status in (400, 404) or (answer.status == 200 and not answer.body.strip()):
            rows, last = [], True
        elif answer.status != 200:
            raise ArchiveError(f"{query.endpoint}: listing page {page} answered HTTP {answer.status}")
        else:
            rows = [_listed(row, locate) for row in parse_rows(answer.body)]
        state.save_page(query.key, page, pages, [r for r in rows if r is not None], done=last)
        yield page
        if last:
            return
        page += 1


def _page_count(client: Client, query: Query) -> int | None:
    """Pages in the listing, or None when the index does not page (a pywb over plain CDXJ files
    lists everything in one answer)."""
    answer = client.get(f"{query.endpoint}?{urlencode(query.params() | {'showNumPages': 'true'})}")
    if answer.status != 200:
        return None
    text = answer.body.decode("utf-8", "replace").strip()
    if text.isdigit():
        return int(text)
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return int(found["pages"]) if isinstance(found, dict) and isinstance(found.get("pages"), int) else None


def parse_rows(body: bytes) -> list[dict]:
    """A CDX answer's rows as dicts: pywb writes one JSON object a line, the Internet Archive one
    JSON list of lists whose first row names the fields."""
    text = body.decode("utf-8", "replace").strip()
    if text.startswith("["):
        table = json.loads(text)
        if not table:
            return []
        fields = table[0]
        return [dict(zip(fields, row)) for row in table[1:]]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _listed(row: dict, locate: Callable[[dict], str]) -> Listed | None:
    url = row.get("original") or row.get("url")
    timestamp = row.get("timestamp")
    if not url or not timestamp:
        return None
    return Listed(
        url=url,
        timestamp=timestamp,
        status=str(row.get("statuscode") or row.get("status") or "-"),
        mime=row.get("mimetype") or row.get("mime") or "",
        digest=row.get("digest") or "",
        locator=locate(row),
    )
