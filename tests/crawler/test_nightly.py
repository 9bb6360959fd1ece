"""What an operator relies on every night, against copies of the sample portals:
a second run fetches only what is new, a run killed with SIGKILL loses and duplicates nothing,
and two workers sharing Redis crawl exactly what one worker would."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from warcio.archiveiterator import ArchiveIterator

from checkout import REPO, run_cli
from vncorpus.corpus.demo.server import sample_site_dirs, serve_sites, write_sources_file
from sample_portals import expected_articles, free_ports

pytestmark = pytest.mark.slow


def copy_sites(tmp_path: Path, delay: float = 0.0) -> list[Path]:
    copies = []
    for directory in sample_site_dirs():
        copy = tmp_path / "sites" / directory.name
        shutil.copytree(directory, copy)
        if delay:
            (copy / "behaviours.yaml").write_text(yaml.safe_dump({"delay": delay}), encoding="utf-8")
        copies.append(copy)
    return copies


def all_article_urls(sites) -> set[str]:
    base = {s.meta["id"]: s.base_url for s in sites}
    return {base[a.site] + a.path for a in expected_articles()}


def warc_urls(data: Path) -> Counter:
    """Every response record's URL across the data dir's finished WARC files."""
    urls = Counter()
    for path in sorted((data / "captures").glob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    urls[record.rec_headers.get_header("WARC-Target-URI")] += 1
    return urls


def add_article(site: Path, listing: str, article_path: str, title: str) -> str:
    """Publish a new article on a copied site: a new page, linked from the listing's first page."""
    from vncorpus.corpus.demo.server import resolve_file

    model = yaml.safe_load((site / "expected.yaml").read_text(encoding="utf-8"))["articles"][0]
    page = resolve_file(site, model["path"]).read_text(encoding="utf-8")
    target = site / article_path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page.replace(model["title"], title), encoding="utf-8")
    listing_file = site / listing
    html = listing_file.read_text(encoding="utf-8")
    listing_file.write_text(html.replace("</body>", f'<a href="{article_path}">{title}</a></body>', 1), encoding="utf-8")
    return article_path


def test_second_run_fetches_only_new_pages(tmp_path):
    copies = copy_sites(tmp_path)
    ports = free_ports(len(copies))
    data = tmp_path / "data"
    with serve_sites(copies, ports=ports) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        first = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
        assert first.returncode == 0, first.stderr
    assert set(warc_urls(data)) == all_article_urls(sites)

    nukeviet = next(c for c in copies if yaml.safe_load((c / "site.yaml").read_text())["platform"] == "nukeviet")
    listing = "vi/news/tin-tuc-su-kien/index.html"
    new_path = add_article(nukeviet, listing, "/vi/news/tin-tuc-su-kien/bai-viet-moi-nhat-9001.html", "Bài viết mới nhất về thông tin đối ngoại năm 2024")

    with serve_sites(copies, ports=ports) as sites:
        second = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
        assert second.returncode == 0, second.stderr
        fetched = {(s.meta["id"], path) for s in sites for path, status in s.served if status == 200}
    nukeviet_id = yaml.safe_load((nukeviet / "site.yaml").read_text())["id"]
    # Robots.txt is read at every start by Scrapy's middleware; everything else unchanged answers 304.
    fetched = {pair for pair in fetched if pair[1] != "/robots.txt"}
    assert fetched == {(nukeviet_id, "/vi/news/tin-tuc-su-kien/"), (nukeviet_id, new_path)}
    assert "1 new articles" in second.stdout


def _captures_in_index(data: Path) -> int:
    db = data / "state" / "crawl.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT count(*) FROM captures").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_mid_crawl_then_rerun_gives_exactly_the_single_run_captures(tmp_path):
    copies = copy_sites(tmp_path, delay=0.15)
    with serve_sites(copies, ports=free_ports(len(copies))) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        data = tmp_path / "data"
        child = subprocess.Popen(
            [sys.executable, "-m", "vncorpus.corpus.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 120
        while _captures_in_index(data) < 4 and time.time() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert child.poll() is None, "the crawl finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert list((data / "captures").glob("*.warc.gz.open")), "the killed run left its WARC file open"

        rerun = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
        assert rerun.returncode == 0, rerun.stderr
        expected = all_article_urls(sites)
    captured = warc_urls(data)
    assert set(captured) == expected
    assert max(captured.values()) == 1, [url for url, n in captured.items() if n > 1]
    processed = run_cli("process", "--data-dir", str(data))
    assert processed.returncode == 0, processed.stderr
    assert f"{len(expected)} articles" in processed.stdout


def redis_url() -> str:
    url = os.environ.get("VNCORPUS_TEST_REDIS")
    if url:
        return url
    if shutil.which("redis-server") is None:
        pytest.skip("no Redis: set VNCORPUS_TEST_REDIS or install redis-server (CI does)")
    return ""


@pytest.fixture
def redis_server(tmp_path):
    url = redis_url()
    if url:
        yield url
        return
    port = free_ports(1)[0]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait()


def test_two_redis_workers_crawl_what_one_worker_crawls(tmp_path, redis_server):
    copies = copy_sites(tmp_path, delay=0.1)
    with serve_sites(copies, ports=free_ports(len(copies))) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        single = run_cli("crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "single"))
        assert single.returncode == 0, single.stderr
        for site in sites:
            site.served.clear()

        key = f"test-{os.getpid()}-{time.time_ns()}"
        data = tmp_path / "shared"
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "vncorpus.corpus.cli", "crawl", "--sources", str(sources), "--data-dir", str(data), "--redis", redis_server, "--redis-key", key],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [w.communicate(timeout=300) for w in workers]
        assert all(w.returncode == 0 for w in workers), outputs
        served = Counter((s.meta["id"], path) for s in sites for path, status in s.served if path != "/robots.txt")

    assert warc_urls(data) == warc_urls(tmp_path / "single")
    assert set(warc_urls(data)) == all_article_urls(sites)
    assert max(served.values()) == 1, [pair for pair, n in served.items() if n > 1]
    # Both workers took part.
    assert len(list((data / "captures").glob("*.warc.gz"))) == 2
