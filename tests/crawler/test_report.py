"""The run report: a source that showed articles last run and none now is flagged."""
import pytest

from vncorpus.crawler.report import CrawlReport, SourceReport, flag_sources_gone_quiet


def report(**seen):
    return CrawlReport(
        "run", "start", "end", None,
        [SourceReport(source_id=s, new_articles=n, skipped_known=k, archive=s.startswith("archive")) for s, (n, k) in seen.items()],
    )


@pytest.mark.parametrize(
    "previous, now, flagged",
    [
        ({"a": (3, 10)}, {"a": (0, 0)}, {"a"}),  # went quiet: markup or address changed
        ({"a": (3, 10)}, {"a": (0, 12)}, set()),  # nothing new, but known articles still seen
        ({"a": (0, 0)}, {"a": (0, 0)}, set()),  # never yielded: nothing to compare
        ({}, {"a": (0, 0)}, set()),  # a new source
        ({"archive-a": (3, 10)}, {"archive-a": (0, 0)}, set()),  # an archive no longer publishes: silence is expected
    ],
)
def test_flag_sources_gone_quiet(previous, now, flagged):
    current = report(**now)
    flag_sources_gone_quiet(current, {"sources": [{"source_id": s, "new_articles": n, "skipped_known": k} for s, (n, k) in previous.items()]})
    assert {s.source_id for s in current.sources if s.warning} == flagged
    assert all("!" in line for line in current.summary().splitlines() if "found no articles" in line)


def test_source_without_articles_is_explained(tmp_path):
    """A portal whose pages are all listings and static pages: the report says what it fetched
    by kind, the URL shapes it saw, and its nearest misses."""
    import json

    from checkout import run_cli

    site = tmp_path / "site"
    (site / "tin-tuc").mkdir(parents=True)
    (site / "site.yaml").write_text("id: no-articles\nname: Cổng không có bài\nprovince: Cao Bằng\n", encoding="utf-8")
    (site / "index.html").write_text(
        "<html><head><title>Trang chủ</title></head><body><a href='/tin-tuc/'>Tin tức</a> <a href='/gioi-thieu.html'>Giới thiệu</a></body></html>",
        encoding="utf-8",
    )
    (site / "tin-tuc" / "index.html").write_text(
        "<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1><p>Chưa có tin nào được đăng.</p></body></html>",
        encoding="utf-8",
    )
    (site / "gioi-thieu.html").write_text(
        "<html><head><title>Giới thiệu</title></head><body><h1>Giới thiệu</h1><p>" + "Cổng thông tin điện tử của tỉnh. " * 10 + "</p></body></html>",
        encoding="utf-8",
    )
    from vncorpus.corpus.demo.server import serve_sites, write_sources_file

    with serve_sites([site]) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "? no-articles: no article found; nearest miss" in result.stdout
    report = json.loads(next((tmp_path / "data" / "reports").glob("crawl-*.json")).read_text())["sources"][0]
    explained = report["no_article"]
    # An empty category page shows nothing of a listing: static by what it holds.
    assert explained["pages_by_kind"] == {"listing": 1, "static": 2}
    assert set(explained["shapes_seen"]) == {"/", "/{slug}/", "/{slug}.html"}
    assert explained["nearest_misses"][0]["url"].endswith("/gioi-thieu.html")


@pytest.mark.parametrize(
    "source, line",
    [
        (SourceReport("a", stopped="over budget: 1000 requests"), "  ! a: stopped (over budget: 1000 requests)"),
        (SourceReport("a", stopped="trap: 200 pages in a row showed no article, the last http://x/p"), "  ! a: stopped (trap: 200 pages in a row showed no article, the last http://x/p)"),
        (SourceReport("a", robots={"x:80": "unavailable (HTTP 503): nothing fetched this run"}), "  ! a: robots.txt of x:80: unavailable (HTTP 503): nothing fetched this run"),
        (SourceReport("a", robots={"x:80": "forbade 12 pages"}), "  ! a: robots.txt of x:80: forbade 12 pages"),
    ],
)
def test_the_summary_says_what_stopped_or_limited_a_source(source, line):
    assert line in CrawlReport("run", "start", "end", None, [source]).summary().splitlines()


def test_a_host_whose_robots_txt_answered_an_error_was_reached():
    answered = SourceReport("a", errors={"robots_unavailable": 1}, robots={"x:80": "unavailable (HTTP 500): nothing fetched this run"})
    silent = SourceReport("b", errors={"robots_unavailable": 1}, robots={"y:80": "unavailable (timeout): nothing fetched this run"})
    assert not answered.unreachable
    assert silent.unreachable
