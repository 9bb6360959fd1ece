"""`vncorpus crawl --from-archive` against real archive servers on loopback (tests/archive_server.py):
a fixture portal, down, whose pages a pywb holds (Wayback) or indexes Common Crawl's way with its
WARC files on a byte-range file server. Each archived story is captured once and nothing else, from
its latest capture; a listing killed with SIGKILL resumes where it stopped; a live crawl of the portal
afterwards adds no duplicate; the articles say where they came from."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from archive_server import CRAWL, add_collection, collinfo, portal_captures, serve_files, serve_pywb, write_warc
from checkout import REPO, run_cli
from portals import serve_portal, sources_entry, stories_captured, truth_pages
from sample_portals import free_ports
from test_nightly import warc_urls

pytestmark = pytest.mark.slow

PORTAL = "nukeviet-default"


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    """(the portal's port, while it is down; the pywb root; the Common Crawl index and data server)."""
    root = tmp_path_factory.mktemp("archives")
    portal_port, pywb_port = free_ports(2)
    warc = write_warc(root / "portal.warc.gz", portal_captures(PORTAL, f"http://127.0.0.1:{portal_port}"))
    add_collection(root, "portal", [warc])
    add_collection(root, CRAWL.lower(), [warc])
    data = root / "data-server"
    data.mkdir()
    (data / warc.name).write_bytes(warc.read_bytes())
    (data / "collinfo.json").write_text(collinfo({CRAWL: f"http://127.0.0.1:{pywb_port}/{CRAWL.lower()}/cdx"}), encoding="utf-8")
    with serve_pywb(root, pywb_port) as pywb, serve_files(data) as files:
        yield portal_port, pywb, files


def options(archive: str, archives) -> list[str]:
    _, pywb, files = archives
    if archive == "wayback":
        return ["--from-archive", "wayback", "--wayback-url", f"{pywb}/portal"]
    return ["--from-archive", "commoncrawl", "--cc-index-url", files, "--cc-data-url", files]


def sources_file(tmp_path: Path, port: int) -> Path:
    entry = sources_entry(PORTAL, f"http://127.0.0.1:{port}") | {"status": "archive"}
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    return path


def paths(data: Path) -> dict[str, int]:
    return {"/" + url.split("/", 3)[3]: n for url, n in warc_urls(data).items()}


def last_report(data: Path) -> dict:
    return json.loads(sorted((data / "reports").glob("crawl-*.json"))[-1].read_text(encoding="utf-8"))


def assert_each_story_once(data: Path) -> None:
    counts, extras = stories_captured(PORTAL, [url for url, n in paths(data).items() for _ in range(n)])
    assert extras == []
    assert {url: n for url, n in counts.items() if n != 1} == {}


@pytest.mark.parametrize("archive", ["wayback", "commoncrawl"])
def test_archive_crawl_captures_each_story_once_and_a_live_crawl_adds_none(tmp_path, archives, archive):
    port = archives[0]
    sources, data = sources_file(tmp_path, port), tmp_path / "data"
    done = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data), *options(archive, archives))
    assert done.returncode == 0, done.stderr
    assert_each_story_once(data)
    (counted,) = last_report(data)["archives"]
    articles = len(truth_pages(PORTAL, "article"))
    assert (counted["archive"], counted["articles"], counted["failed"], counted["revisions"]) == (archive, articles, 0, articles)
    # Feeds and sitemaps are listed but not chosen; the article whose latest capture is a 404 keeps its 2024 one.
    not_html = {row["url"] for row in truth_pages(PORTAL) if "html" not in row.get("content_type", "text/html") and "file" in row}
    assert counted["chosen"] == counted["listed"] - len(not_html)
    assert f"from {archive}: {counted['listed']} listed" in done.stdout

    processed = run_cli("process", "--data-dir", str(data))
    assert processed.returncode == 0, processed.stderr
    rows = run_cli("query", "--data-dir", str(data), "--format", "json",
                   "SELECT DISTINCT capture_source, archived_at, archive_url LIKE 'http://127.0.0.1:%' AS addressed FROM articles")
    assert json.loads(rows.stdout) == [{"capture_source": archive, "archived_at": "2024-05-01T00:00:00+00:00", "addressed": True}]
    status = run_cli("status", "--data-dir", str(data)).stdout
    assert f"from {archive}: {counted['listed']} listed" in status and f"articles by capture: {archive} {articles}" in status
    url = f"http://127.0.0.1:{port}" + truth_pages(PORTAL, "article")[0]["url"]
    title = json.loads(run_cli("query", "--data-dir", str(data), "--format", "json", f"SELECT title FROM articles WHERE url = '{url}'").stdout)[0]["title"]
    assert f"(from {archive} 2024-05-01)" in run_cli("search", "--data-dir", str(data), title).stdout
    shown = run_cli("show", "--data-dir", str(data), url).stdout
    assert f"read from {archive} as captured 2024-05-01 00:00 UTC: http://127.0.0.1:" in shown

    # The portal is back (or was never quite gone): a live crawl of it captures no story again.
    with serve_portal(PORTAL, port=port):
        live = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
    assert live.returncode == 0, live.stderr
    assert_each_story_once(data)


@pytest.mark.parametrize("archive", ["wayback", "commoncrawl"])
def test_a_listing_killed_midway_resumes_where_it_stopped(tmp_path, archives, archive):
    sources, data = sources_file(tmp_path, archives[0]), tmp_path / "data"
    command = [sys.executable, "-m", "vncorpus.corpus.cli", "crawl", "--sources", str(sources), "--data-dir", str(data), *options(archive, archives)]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    index = data / "state" / "crawl.sqlite"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            try:
                with sqlite3.connect(index, timeout=0.1) as db:
                    row = db.execute("SELECT next_page, pages FROM archive_cursor WHERE done = 0").fetchone()
            except sqlite3.Error:
                row = None
            if row and row[0] >= 1:
                break
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    with sqlite3.connect(index) as db:
        killed_at, pages = db.execute("SELECT next_page, pages FROM archive_cursor").fetchone()
    assert 1 <= killed_at < pages, "the kill came before the listing's first page or after its last"

    again = run_cli(*command[3:])
    assert again.returncode == 0, again.stderr
    assert_each_story_once(data)
    (counted,) = last_report(data)["archives"]
    assert counted["listing_pages"] == pages - killed_at


def test_the_nightly_run_reads_archived_sources_from_both_archives(tmp_path, archives):
    """`vncorpus run` on a sources file whose archived portal is down: its past comes from the
    archives its entry names (by default both); what the first gave, the second finds known."""
    _, pywb, files = archives
    sources, data = sources_file(tmp_path, archives[0]), tmp_path / "data"
    done = run_cli("run", "--sources", str(sources), "--data-dir", str(data),
                   "--wayback-url", f"{pywb}/portal", "--cc-index-url", files, "--cc-data-url", files)
    assert done.returncode == 0, done.stderr
    assert_each_story_once(data)
    counted = {a["archive"]: a for a in last_report(data)["archives"]}
    articles = len(truth_pages(PORTAL, "article"))
    assert (counted["wayback"]["articles"], counted["commoncrawl"]["articles"], counted["commoncrawl"]["known"]) == (articles, 0, articles)
    assert f"added {articles} articles" in done.stdout


def test_a_run_stopped_at_its_request_limit_is_taken_up_by_the_next(tmp_path, archives):
    sources, data = sources_file(tmp_path, archives[0]), tmp_path / "data"
    crawl = ["crawl", "--sources", str(sources), "--data-dir", str(data), *options("wayback", archives)]
    first = run_cli(*crawl, "--max-pages", "6")
    assert first.returncode == 0, first.stderr
    (counted,) = last_report(data)["archives"]
    assert (counted["requests"], counted["stopped"]) == (6, "stopped at 6 requests")
    rest = run_cli(*crawl)
    assert rest.returncode == 0, rest.stderr
    assert_each_story_once(data)
