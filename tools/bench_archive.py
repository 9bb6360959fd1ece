"""What an archive crawl costs: requests per archived article and time, from a Wayback server
(pywb) and from a Common Crawl-style index with its WARC files on a byte-range file server.

    python tools/bench_archive.py

A generated fixture portal of 1,000 stories (tests/portals.py's `large-linear`: NukeViet, a pager
that only steps) is written as an archive holds it (tests/archive_server.py:
every page in 2021, every article again in 2024, one article 404 in 2025) into a pywb collection
with a ZipNum index of Common Crawl's block size (3,000 lines) and into a Common Crawl-style collection. The portal itself is never served.
`vncorpus crawl --from-archive` then reads it into a fresh data dir; the run report counts every
request to the archives (listing pages, crawl list, one per capture fetched). The last column
is what the same requests take at the public services' pace (crawler/archives/http.py PACE).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from archive_server import CC_LINES_PER_BLOCK, CRAWL, add_collection, collinfo, portal_captures, serve_files, serve_pywb, write_warc  # noqa: E402
from conftest import run_cli  # noqa: E402
from portals import sources_entry, truth_pages  # noqa: E402
from sample_portals import free_ports  # noqa: E402

from vncorpus.crawler.archives.http import PACE  # noqa: E402

PORTAL = "large-linear"


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    name = PORTAL
    stories = len(truth_pages(name, "article"))
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        root = Path(tmp)
        portal_port, pywb_port = free_ports(2)
        origin = f"http://127.0.0.1:{portal_port}"
        records = portal_captures(name, origin)
        warc = write_warc(root / "portal.warc.gz", records)
        add_collection(root, "portal", [warc], CC_LINES_PER_BLOCK)
        add_collection(root, CRAWL.lower(), [warc], CC_LINES_PER_BLOCK)
        data_server = root / "data-server"
        data_server.mkdir()
        (data_server / warc.name).write_bytes(warc.read_bytes())
        (data_server / "collinfo.json").write_text(collinfo({CRAWL: f"http://127.0.0.1:{pywb_port}/{CRAWL.lower()}/cdx"}), encoding="utf-8")
        entry = sources_entry(name, origin) | {"status": "archive"}
        sources = root / "sources.yaml"
        sources.write_text(json.dumps({"sources": [entry]}, ensure_ascii=False), encoding="utf-8")
        print(f"portal {PORTAL}: {stories} stories, {len(records)} captures in the archive, origin down")
        print(f"{'archive':<12} {'listed':>6} {'chosen':>6} {'articles':>8} {'failed':>6} {'pages':>5} {'requests':>8} {'req/article':>11} {'seconds':>7} {'at public pace':>14}")
        with serve_pywb(root, pywb_port) as pywb, serve_files(data_server) as files:
            for archive, options, pace in (
                ("wayback", ["--wayback-url", f"{pywb}/portal"], {"listing": PACE["web.archive.org"], "fetch": PACE["web.archive.org"]}),
                ("commoncrawl", ["--cc-index-url", files, "--cc-data-url", files],
                 {"listing": PACE["index.commoncrawl.org"], "fetch": PACE["data.commoncrawl.org"]}),
            ):
                data = root / f"data-{archive}"
                started = time.monotonic()
                done = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data), "--from-archive", archive, *options, timeout=3600)
                seconds = time.monotonic() - started
                if done.returncode != 0:
                    sys.exit(f"{archive}: {done.stderr.strip()}")
                report = json.loads(sorted((data / "reports").glob("crawl-*.json"))[-1].read_text(encoding="utf-8"))
                (a,) = report["archives"]
                listing = a["requests"] - a["fetched"]
                public = listing * pace["listing"] + a["fetched"] * pace["fetch"]
                print(
                    f"{archive:<12} {a['listed']:>6} {a['chosen']:>6} {a['articles']:>8} {a['failed']:>6} {a['listing_pages']:>5} "
                    f"{a['requests']:>8} {a['requests'] / max(a['articles'], 1):>11.2f} {seconds:>7.1f} {public / 3600:>12.1f} h"
                )


if __name__ == "__main__":
    main()
