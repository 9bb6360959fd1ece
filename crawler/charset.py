"""A page's declared charset as a browser reads it (WHATWG Encoding, "prescan a byte stream").

A <meta charset> is found by reading the bytes as ASCII, so a page whose meta says UTF-16 or
UTF-32 (and has no byte-order mark) cannot be in that encoding: browsers read it as UTF-8. Portals
built from a Word or Notepad template do declare "utf-16" over UTF-8 bytes.
"""
from __future__ import annotations

import codecs

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

_WIDE = ("utf-16", "utf-32")


def browser_content_type(content_type: str | None, body: bytes) -> str | None:
    """The Content-Type to decode `body` by: as given, except that a page-level UTF-16/32
    declaration without a byte-order mark stands for UTF-8, as in a browser."""
    if content_type and http_content_type_encoding(content_type):
        return content_type  # the transport's charset is honoured as given
    if read_bom(body)[0]:
        return content_type
    declared = html_body_declared_encoding(body)
    if declared and codecs.lookup(declared).name.startswith(_WIDE):
        return "text/html; charset=utf-8"
    return content_type
