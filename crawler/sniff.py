"""Is this body an HTML page? One answer for the crawl, extraction and `vncorpus analyze`.

Portals serve PDFs, images and empty bodies as text/html, and saved pages come without any
Content-Type at all, so the bytes decide: markup starts with '<' once a byte-order mark and
leading white space are set aside (a saved page's `<!-- saved from url=… -->` comment counts).
"""
from __future__ import annotations

import codecs

SNIFF_BYTES = 1024

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def looks_like_html(body: bytes) -> bool:
    head = body[:SNIFF_BYTES]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, errors="ignore").encode("utf-8")
            break
    return head.lstrip().startswith(b"<")
