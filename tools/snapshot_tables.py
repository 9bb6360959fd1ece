"""Write tests/files/table_snapshot.json: every table's rows for a fixed set of pages, so a change
meant to alter no output (a speed-up, a refactor) is checked against what the code gave before.

    python tools/snapshot_tables.py          # rewrite the snapshot (after an intended change)

The pages: every HTML page of tests/gold/extract (seven platforms, legacy encodings, NFD, print
views), the sample portals' articles and the faults portal's pages, each read as a capture fetched
at one fixed moment and run through the pipeline's own stages (extraction, facts, table rows).
Article text is kept as its SHA-1 so the file stays small and diffs stay readable.
"""
from __future__ import annotations

import hashlib
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vncorpus.corpus.pipeline import process_capture  # noqa: E402
from vncorpus.corpus.tables import batch_tables  # noqa: E402
from vncorpus.crawler.models import Capture, Source  # noqa: E402
from vncorpus.extract.article import NotAnArticle  # noqa: E402

SNAPSHOT = ROOT / "tests" / "files" / "table_snapshot.json"
FETCHED = datetime(2026, 1, 1, tzinfo=timezone.utc)
PAGE_DIRS = (
    ROOT / "tests" / "gold" / "extract",
    ROOT / "corpus" / "demo" / "sample_portals",
    ROOT / "tests" / "files" / "sites" / "faults-portal",
)


def pages() -> list[Path]:
    return sorted(p for d in PAGE_DIRS for p in d.rglob("*") if p.is_file() and (p.suffix in (".html", ".aspx") or "@" in p.name))


def snapshot() -> dict[str, list[dict]]:
    source = Source("snapshot", "snapshot", "Cao Bằng", ("http://127.0.0.1/",), "generic")
    results, skipped = [], []
    for path in pages():
        name = str(path.relative_to(ROOT))
        capture = Capture(name, f"http://127.0.0.1/{name}", source.id, 200, {}, FETCHED, path.read_bytes())
        try:
            results.append(process_capture(capture, source))
        except NotAnArticle as reason:
            skipped.append({"page": name, "reason": str(reason)})
    tables = {name: table.to_pylist() for name, table in batch_tables(results).items()}
    for row in tables["articles"]:
        row["text"] = hashlib.sha1(row["text"].encode("utf-8")).hexdigest()
    return {"skipped": skipped, **tables}


def _json(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def as_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=_json) + "\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(as_json(snapshot()), encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
