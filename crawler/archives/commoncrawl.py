"""Common Crawl: its index server (`https://index.commoncrawl.org`, a pywb) lists the crawls in
collinfo.json, each with its own CDX API; a capture's bytes are one WARC record in a file on the
data server, fetched by byte range (offset and length from the index)."""
from __future__ import annotations

import io
import json
import re

from warcio.archiveiterator import ArchiveIterator

from vncorpus.crawler.archives.http import ArchiveError, Client
from vncorpus.crawler.archives.state import Chosen

DEFAULT_INDEX_URL = "https://index.commoncrawl.org"
DEFAULT_DATA_URL = "https://data.commoncrawl.org"
NAME = "commoncrawl"

_CRAWL_YEAR = re.compile(r"CC-MAIN-(\d{4})-", re.IGNORECASE)


class CommonCrawl:
    name = NAME

    def __init__(self, index_url: str = DEFAULT_INDEX_URL, data_url: str = DEFAULT_DATA_URL):
        self.index = index_url.rstrip("/")
        self.data = data_url.rstrip("/")

    def endpoints(self, client: Client, since: str, until: str) -> list[str]:
        """The CDX APIs of the crawls made in the years of [since, until], oldest first."""
        answer = client.get(f"{self.index}/collinfo.json")
        if answer.status != 200:
            raise ArchiveError(f"{self.index}/collinfo.json answered HTTP {answer.status}")
        crawls = json.loads(answer.body)
        chosen = []
        for crawl in crawls:
            year = _CRAWL_YEAR.match(crawl.get("id", ""))
            if year and (since or "0")[:4] <= year.group(1) <= (until or "9999")[:4]:
                chosen.append(crawl["cdx-api"])
        return sorted(chosen)

    def locate(self, row: dict) -> str:
        return json.dumps({"filename": row.get("filename", ""), "offset": int(row.get("offset", 0)), "length": int(row.get("length", 0))})

    def fetch(self, client: Client, chosen: Chosen) -> tuple[int, dict[str, str], bytes, str]:
        where = json.loads(chosen.locator)
        start, end = where["offset"], where["offset"] + where["length"] - 1
        url = f"{self.data}/{where['filename']}"
        answer = client.get(url, headers={"Range": f"bytes={start}-{end}"})
        address = f"{url}#bytes={start}-{end}"
        if answer.status != 206:
            return answer.status, {}, b"", address
        for record in ArchiveIterator(io.BytesIO(answer.body)):
            if record.rec_type == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                body = record.content_stream().read()
                return int(status) if status.isdigit() else 0, dict(record.http_headers.headers), body, address
        raise ArchiveError(f"{address}: no response record there")
