"""The faults real portals produce, reproduced by tests/files/sites/faults-portal (see its
behaviours.yaml and tools/build_faults_portal.py): the crawl survives each one, counts it by kind,
and every page that holds an article ends up as correct NFC Vietnamese."""
from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from urllib.parse import urlsplit

import pytest
import yaml

from checkout import FILES, run_cli
from vncorpus.corpus.demo.server import SAMPLE_PORTALS, serve_sites, write_sources_file

pytestmark = pytest.mark.slow

SITE = FILES / "sites" / "faults-portal"
CAPTURED = {
    "/tin-tuc/bai-utf8-1001.html",  # listing and sitemap
    "/tin-tuc/bai-cp1258-1002.html",  # windows-1258
    "/tin-tuc/bai-tcvn3-1003.html",  # TCVN3, reached only through robots.txt → sitemap index → gzip sitemap
    "/tin-tuc/bai-vni-1004.html",  # VNI, reached only through the RSS feed
    "/tin-tuc/bai-nfd-1005.html",  # decomposed Unicode, RSS only
    "/tin-tuc/bai-flaky-1006.html",  # two 503s, then served
    "/tin-tuc/bai-moved-new-1007.html",  # 301 from bai-moved-1007.html, on the same site
    "/tin-tuc/bai-broken-1012.html",  # unclosed markup, cut off
}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    with serve_sites([SITE]) as sites:
        sources = write_sources_file(sites, root / "sources.yaml")
        result = run_cli("run", "--sources", str(sources), "--data-dir", str(root / "data"))
        served = list(sites[0].served)
        base = sites[0].base_url
    assert result.returncode == 0, result.stderr
    report = json.loads(next((root / "data" / "reports").glob("crawl-*.json")).read_text())["sources"][0]
    return root / "data", result, report, served, base


def query(data, sql):
    result = run_cli("query", "--data-dir", str(data), "--format", "json", sql)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_article_page_is_captured_once(crawl):
    data, _, _, _, base = crawl
    urls = [r["url"] for r in query(data, "SELECT url FROM articles")]
    assert sorted(urls) == sorted(base + path for path in CAPTURED)


@pytest.mark.parametrize(
    "kind, n",
    [
        ("http_410", 1),  # gone
        ("too_large", 1),  # 11 MB page over DOWNLOAD_MAXSIZE
        ("timeout", 1),  # slower than DOWNLOAD_TIMEOUT, after its retries
        ("empty", 1),  # 200 with an empty body
        ("not_html", 1),  # a PDF behind an .html link
    ],
)
def test_failures_are_reported_by_kind(crawl, kind, n):
    _, result, report, _, _ = crawl
    assert report["errors"].get(kind) == n, report["errors"]
    assert kind in result.stdout


def test_flaky_page_was_retried(crawl):
    _, _, _, served, _ = crawl
    statuses = [status for path, status in served if path == "/tin-tuc/bai-flaky-1006.html"]
    assert statuses == [503, 503, 200]


def test_gone_page_is_not_retried(crawl):
    _, _, _, served, _ = crawl
    assert [s for p, s in served if p == "/tin-tuc/bai-gone-1008.html"] == [410]


def test_off_site_link_is_never_requested(crawl):
    _, _, _, served, _ = crawl
    assert not any("ngoai-site" in path for path, _ in served)


def test_every_encoding_becomes_nfc_vietnamese(crawl):
    data, _, _, _, _ = crawl
    rows = query(data, "SELECT url, title, text, published FROM articles")
    for row in rows:
        for field in ("title", "text"):
            assert unicodedata.is_normalized("NFC", row[field]), row["url"]
        assert "Sở Ngoại vụ tỉnh Lào Cai tổ chức hội nghị tập huấn công tác thông tin đối ngoại" in row["text"], row["url"]
        assert row["published"] is not None


def test_a_flood_guard_is_obeyed_and_every_article_still_arrives(tmp_path):
    """A portal that answers 429 with Retry-After past four requests a second (NukeViet's flood
    blocker, which counts refused requests too): the crawler waits the pause out and slows down,
    so the guard answers only the few requests already on their way, and nothing is lost."""
    site = tmp_path / "langson-portal"
    shutil.copytree(SAMPLE_PORTALS / "langson-portal", site)
    (site / "behaviours.yaml").write_text("flood_guard: {requests: 4, seconds: 1, retry_after: 1}\n", encoding="utf-8")
    articles = {a["path"] for a in yaml.safe_load((site / "expected.yaml").read_text(encoding="utf-8"))["articles"]}
    with serve_sites([site]) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "data"))
        served = list(sites[0].served)
    assert result.returncode == 0, result.stderr
    refused = [path for path, status in served if status == 429]
    assert 1 <= len(refused) <= 4, served
    assert articles <= {path for path, status in served if status == 200}
    report = json.loads(next((tmp_path / "data" / "reports").glob("crawl-*.json")).read_text())["sources"][0]
    assert "http_429" not in report["errors"], report["errors"]
    with sqlite3.connect(tmp_path / "data" / "state" / "crawl.sqlite") as db:
        assert {urlsplit(url).path for (url,) in db.execute("SELECT url FROM captures")} == articles
