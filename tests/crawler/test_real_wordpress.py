"""Crawls of a real WordPress (tests/wordpress.py: Debian's package 6.1 on Apache, PHP and
MariaDB, with 120 posts in three categories by three authors, 2020-2025), once with plain links
(`/?p=N`) and once with the installer's day-and-name links under index.php, each with no sitemap
and no platform key: every post is captured exactly once and nothing else, each article has
the post's date and author, and a second crawl of the unchanged site captures nothing new.

Needs the server of tools/wordpress_server.sh, named by VNCORPUS_TEST_WORDPRESS (CI starts it);
without it the tests skip."""
from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from checkout import run_cli
from vncorpus.crawler import urls
from wordpress import LINK_STYLES, site_fixture

# A site takes seconds to make; a crawl of it about a minute each.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

wordpress_sites = site_fixture("module")


def normal(url: str) -> str:
    """A URL as the comparison sees it, the same for captures and truth: cleaned as the crawler
    cleans links (crawler.urls.clean), without scheme and host (each site has its own)."""
    return urlsplit(urls.clean(url))._replace(scheme="", netloc="").geturl()


def crawl(entry: dict, tmp: Path, data: Path) -> None:
    sources = tmp / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data), timeout=900)
    assert result.returncode == 0, result.stderr


def captured(data: Path) -> Counter:
    with sqlite3.connect(data / "state" / "crawl.sqlite") as db:
        return Counter(normal(url) for (url,) in db.execute("SELECT url FROM captures"))


@pytest.fixture(scope="module", params=list(LINK_STYLES))
def crawled(request, wordpress_sites, tmp_path_factory):
    """A site of each link style, sitemap off, crawled once: (site, sources entry, data dir).
    Tests work on copies of the data dir, so that none depends on another having run."""
    site = wordpress_sites(request.param, sitemap=False)
    tmp = tmp_path_factory.mktemp(f"wordpress-{request.param}")
    # As tests/portals.py's sources_entry builds one: no platform key.
    entry = {"id": f"wordpress-{request.param}", "name": site.title, "province": "Lai Châu", "start_urls": [site.base_url + "/"]}
    crawl(entry, tmp, tmp / "data")
    return site, entry, tmp / "data"


def copy_data(data: Path, tmp: Path) -> Path:
    return Path(shutil.copytree(data, tmp / "data"))


def test_every_post_captured_once_and_nothing_else(crawled):
    site, _, data = crawled
    got = captured(data)
    posts = {normal(post.url) for post in site.posts}
    assert set(got) == posts, {"missed": sorted(posts - set(got)), "not posts": sorted(set(got) - posts), "captured": len(got), "posts": len(posts)}
    assert [url for url, n in got.items() if n > 1] == []


def test_each_post_has_its_date_and_author(crawled, tmp_path):
    site, _, data = crawled
    data = copy_data(data, tmp_path)
    processed = run_cli("process", "--data-dir", str(data), timeout=900)
    assert processed.returncode == 0, processed.stderr
    result = run_cli("query", "--data-dir", str(data), "--format", "json", "SELECT url, title, published, author FROM articles")
    assert result.returncode == 0, result.stderr
    articles = {normal(row["url"]): row for row in json.loads(result.stdout)}
    truth = {normal(post.url): post for post in site.posts}
    missing = sorted(set(truth) - set(articles))
    assert missing == [], f"{len(missing)} of {len(truth)} posts have no article"
    wrong_dates = {url: (str(articles[url]["published"]), post.date) for url, post in truth.items() if str(articles[url]["published"])[:10] != post.date}
    wrong_authors = {url: (articles[url]["author"], post.author) for url, post in truth.items() if articles[url]["author"] != post.author}
    assert wrong_dates == {}, f"{len(wrong_dates)} of {len(truth)} dates wrong (got, want)"
    assert wrong_authors == {}, f"{len(wrong_authors)} of {len(truth)} authors wrong (got, want)"
    wrong_titles = {url: (articles[url]["title"], post.title) for url, post in truth.items() if articles[url]["title"] != post.title}
    assert wrong_titles == {}, f"{len(wrong_titles)} of {len(truth)} titles wrong (got, want)"


def test_second_crawl_of_the_unchanged_site_captures_nothing_new(crawled, tmp_path):
    _, entry, data = crawled
    data = copy_data(data, tmp_path)
    before = captured(data)
    crawl(entry, tmp_path, data)
    after = captured(data)
    assert sum(after.values()) == sum(before.values()), {"new": sorted((after - before).elements())}
