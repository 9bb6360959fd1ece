"""Crawls of the fixture portals (tests/portals.py): every article captured exactly once and no
page of another kind, with no platform key and with a wrong one; a rerun of an unchanged portal
asks only for its entry points; a new article is found by the next run."""
from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from checkout import run_cli
from vncorpus.crawler import urls
from portals import add_article, copy_portal, load_truth, portal_names, serve_portal, sources_entry, stories_captured, truth_pages
from sample_portals import free_ports

pytestmark = pytest.mark.slow


def wrong_platform(name: str) -> str:
    """A platform key the portal is not."""
    return "sharepoint" if load_truth(name)["platform"] != "sharepoint" else "nukeviet"


def crawl(entry: dict, tmp: Path, data: Path) -> None:
    sources = tmp / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr


def captured(data: Path) -> Counter:
    with sqlite3.connect(data / "state" / "crawl.sqlite") as db:
        return Counter(urlsplit(url)._replace(scheme="", netloc="").geturl() for (url,) in db.execute("SELECT url FROM captures"))


def entry_point(name: str, target: str) -> bool:
    """robots.txt, the start page, sitemaps and feeds, and first pages of listings."""
    row = next((r for r in truth_pages(name) if r["url"] == target), None)
    if target == "/robots.txt" or target == load_truth(name)["start_path"]:
        return True
    if row is None:
        return False
    if "xml" in row.get("content_type", ""):
        return True
    return row["kind"] == "listing" and not urls.is_pagination(target) and "post" not in row


def assert_every_article_once(name: str, data: Path) -> None:
    """Each story captured once, under its own address or another that serves it, and nothing else."""
    per_article, not_articles = stories_captured(name, list(captured(data).elements()))
    assert not_articles == [], {"not articles": sorted(not_articles)}
    assert {url: n for url, n in per_article.items() if n != 1} == {}, "missed (0) or captured twice"


@pytest.mark.parametrize("name", portal_names())
def test_no_platform_key_every_article_once_then_rerun_asks_only_for_entry_points(name, tmp_path):
    port = free_ports(1)[0]
    log: list = []
    with serve_portal(name, port=port, log=log) as base:
        crawl(sources_entry(name, base), tmp_path, tmp_path / "data")
        assert_every_article_once(name, tmp_path / "data")
        log.clear()
        crawl(sources_entry(name, base), tmp_path, tmp_path / "data")
    asked = [target for _, target, _ in log]
    assert [t for t in asked if not entry_point(name, t)] == []
    assert_every_article_once(name, tmp_path / "data")


@pytest.mark.parametrize("name", portal_names())
def test_wrong_platform_key_every_article_once(name, tmp_path):
    with serve_portal(name) as base:
        crawl(sources_entry(name, base, wrong_platform(name)), tmp_path, tmp_path / "data")
    assert_every_article_once(name, tmp_path / "data")


def test_new_article_on_the_sitemapless_portal_is_found_next_run(tmp_path):
    copy = copy_portal("large-nosmap", tmp_path / "site")
    data = tmp_path / "data"
    port = free_ports(1)[0]
    with serve_portal(copy, port=port) as base:
        crawl(sources_entry(copy, base), tmp_path, data)
        before = captured(data)
        new = add_article(copy)
        crawl(sources_entry(copy, base), tmp_path, data)
    after = captured(data)
    assert set(after) - set(before) == {new["url"]}
    assert max(after.values()) == 1
