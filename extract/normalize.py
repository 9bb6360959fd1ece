"""Text normalisation: NFC Unicode, tidy whitespace, unglue a date from the word after it."""
from __future__ import annotations

import re
import unicodedata

# "06/11/2018ban hành" → "06/11/2018 ban hành": a full date followed at once by a letter is
# always two tokens run together by the CMS's editor, never one word.
_GLUED_DATE = re.compile(r"(\b\d{1,2}/\d{1,2}/\d{4})(?=[^\W\d_])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _GLUED_DATE.sub(r"\1 ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
