"""The whole pipeline against the sample portals, run as a user runs it: `vncorpus run` twice,
then queries. Also the contract's failure modes: one line, non-zero, nothing stored is lost."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from checkout import run_cli
from vncorpus.corpus.demo.server import sample_site_dirs, serve_sites, write_sources_file
from sample_portals import expected_articles, expected_other_paths, free_ports

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sites():
    dirs = sample_site_dirs()
    with serve_sites(dirs, ports=free_ports(len(dirs))) as served:
        yield served


@pytest.fixture(scope="module")
def crawled(sites, tmp_path_factory):
    """A data dir after one `vncorpus run` over the sample portals, plus the run's output."""
    root = tmp_path_factory.mktemp("pipeline")
    sources = write_sources_file(sites, root / "sources.yaml")
    data = root / "data"
    result = run_cli("run", "--sources", str(sources), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return root, sources, data, result


def query(data, sql):
    result = run_cli("query", "--data-dir", str(data), "--format", "json", sql)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_article_and_nothing_else(crawled, sites):
    _, _, data, _ = crawled
    rows = query(data, "SELECT url, source_id, province, province_2025, title, published FROM articles")
    base = {s.meta["id"]: s.base_url for s in sites}
    expected = {base[a.site] + a.path: a for a in expected_articles()}
    assert sorted(r["url"] for r in rows) == sorted(expected)
    for row in rows:
        article = expected[row["url"]]
        assert (row["source_id"], row["province"], row["title"], row["published"]) == (
            article.site,
            article.province,
            article.title,
            article.published,
        )
    assert {r["province"]: r["province_2025"] for r in rows} == {
        "Điện Biên": "Điện Biên",
        "Bắc Kạn": "Thái Nguyên",
        "Lạng Sơn": "Lạng Sơn",
    }


def test_failures_are_counted_and_the_run_still_succeeds(crawled):
    root, _, data, result = crawled
    assert "http_404" in result.stdout
    report = json.loads(next((data / "reports").glob("crawl-*.json")).read_text())
    # Each portal's one dead link is either asked for and counted as a 404, or never asked for
    # because its URL shape had already proved fruitless (the static pages share it): which of the
    # two depends on the order responses arrive in, and both are counted in the report.
    broken = Counter()
    for source in report["sources"]:
        broken[source["source_id"]] = source["errors"].get("http_404", 0) or min(source["skipped"].get("fruitless", 0), 1)
    assert broken == Counter({site: 1 for site, _ in expected_other_paths("broken")})


def test_robots_txt_is_obeyed(crawled, sites):
    served = {s.meta["id"]: [path for path, _ in s.served] for s in sites}
    for site, path in expected_other_paths("disallowed"):
        assert "/robots.txt" in served[site]
        assert path not in served[site]


def test_which_provinces_implemented_1191(crawled):
    _, _, data, _ = crawled
    rows = query(data, "SELECT province, province_2025, articles FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY province")
    cites = Counter(a.province for a in expected_articles() if a.cites_1191)
    assert {r["province"]: r["articles"] for r in rows} == dict(cites)


def test_which_provinces_implemented_1191_in_todays_map(crawled):
    from vncorpus.nlp.gazetteer import province_2025

    _, _, data, _ = crawled
    rows = query(data, "SELECT province_2025, articles FROM decision_provinces_2025 WHERE canonical = '1191/QĐ-TTg'")
    cites = Counter(province_2025(a.province) for a in expected_articles() if a.cites_1191)
    assert {r["province_2025"]: r["articles"] for r in rows} == dict(cites)
    assert "Thái Nguyên" in cites  # the Bắc Kạn portal's articles, under the province it joined


def test_what_each_province_did_for_1191_and_the_plans_carrying_it_out(crawled):
    """decision_activities over the sample portals: an activity counts for every document it
    carries out (Lạng Sơn's media work under Kế hoạch 45/KH-UBND, which carries out 1191), the
    Bắc Kạn report's activities for none (its sentences name no document; the one naming 1191 is
    a summary sentence). "đã đăng phát gần 900 tin, bài, phóng sự" is one media activity of 900."""
    _, _, data, _ = crawled
    rows = query(data, "SELECT * FROM decision_activities ORDER BY canonical, province, kind")
    assert rows == [
        {"canonical": "1191/QĐ-TTg", "province": "Điện Biên", "province_2025": "Điện Biên", "kind": "meeting", "activities": 1,
         "events": 1, "participants": None, "first_date": "2023-01-11", "last_date": "2023-01-11"},
        {"canonical": "1191/QĐ-TTg", "province": "Điện Biên", "province_2025": "Điện Biên", "kind": "training", "activities": 1,
         "events": 1, "participants": 120, "first_date": "2022-11-15", "last_date": "2022-11-15"},
        {"canonical": "1191/QĐ-TTg", "province": "Lạng Sơn", "province_2025": "Lạng Sơn", "kind": "media", "activities": 1,
         "events": 900, "participants": None, "first_date": "2023-01-01", "last_date": "2023-01-01"},
        {"canonical": "1719/QĐ-TTg", "province": "Điện Biên", "province_2025": "Điện Biên", "kind": "document", "activities": 1,
         "events": 1, "participants": None, "first_date": "2022-01-01", "last_date": "2022-01-01"},
        {"canonical": "45/KH-UBND", "province": "Lạng Sơn", "province_2025": "Lạng Sơn", "kind": "media", "activities": 1,
         "events": 900, "participants": None, "first_date": "2023-01-01", "last_date": "2023-01-01"},
    ]


def test_fact_offsets_point_into_article_text(crawled):
    _, _, data, _ = crawled
    for table, mention in (("decisions", "mention"), ("dates", "mention"), ("counts", "mention"), ("places", "mention"), ("activities", "trigger")):
        bad = query(
            data,
            f"SELECT count(*) AS n FROM {table} f JOIN articles a USING (article_id) "
            f"WHERE substring(a.text, f.start + 1, f.\"end\" - f.start) <> f.{mention}",
        )
        assert bad == [{"n": 0}], table


def test_second_run_adds_nothing(crawled):
    _, sources, data, _ = crawled
    tables = ("articles", "decisions", "dates", "counts", "places")
    before = {t: query(data, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}
    again = run_cli("run", "--sources", str(sources), "--data-dir", str(data))
    assert again.returncode == 0, again.stderr
    assert ": 0 new articles" in again.stdout
    after = {t: query(data, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}
    assert after == before
    dupes = query(data, "SELECT count(*) - count(DISTINCT article_id) AS n FROM articles")
    assert dupes == [{"n": 0}]


def test_run_spreads_processing_over_workers(crawled, tmp_path):
    _, sources, data, _ = crawled
    other = tmp_path / "two-workers"
    result = run_cli("run", "--sources", str(sources), "--data-dir", str(other), "--workers", "2")
    assert result.returncode == 0, result.stderr
    for sql in (
        "SELECT article_id, title, published, text FROM articles ORDER BY article_id",
        "SELECT article_id, canonical, start FROM decisions ORDER BY ALL",
        "SELECT article_id, value, unit, start FROM counts ORDER BY ALL",
    ):
        assert query(other, sql) == query(data, sql)


def test_max_pages_bounds_a_run(sites, tmp_path):
    sources = write_sources_file(sites, tmp_path / "sources.yaml")
    result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "data"), "--max-pages", "4")
    assert result.returncode == 0, result.stderr
    report = json.loads(next((tmp_path / "data" / "reports").glob("crawl-*.json")).read_text())
    assert sum(s["pages_fetched"] + sum(s["errors"].values()) for s in report["sources"]) <= 4


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(crawled, fmt):
    _, _, data, _ = crawled
    result = run_cli("query", "--data-dir", str(data), "--format", fmt, "SELECT canonical, articles FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' AND province = 'Bắc Kạn'")
    assert result.returncode == 0, result.stderr
    expected = {
        "table": "canonical    articles\n-----------  --------\n1191/QĐ-TTg  1\n(1 row)\n",
        "csv": "canonical,articles\n1191/QĐ-TTg,1\n",
        "json": '[\n  {\n    "canonical": "1191/QĐ-TTg",\n    "articles": 1\n  }\n]\n',
    }
    assert result.stdout == expected[fmt]


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "--data-dir", "{data}", "SELEC nonsense"], "vncorpus: error: query failed: Parser Error"),
        (["query", "--data-dir", "{root}/nowhere", "SELECT 1"], "vncorpus: error: data dir"),
        (["crawl", "--sources", "{root}/missing.yaml", "--data-dir", "{root}/d2"], "vncorpus: error: sources file not found"),
        (["analyze", "{root}/missing.html"], "vncorpus: error: file not found"),
        (["crawl", "--sources", "{sources}", "--data-dir", "/proc/vncorpus"], "vncorpus: error: data dir /proc/vncorpus is not writable"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(crawled, args, message):
    root, sources, data, _ = crawled
    result = run_cli(*[a.format(root=root, data=data, sources=sources) for a in args])
    assert result.returncode != 0
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_bad_sources_file_leaves_stored_data_intact(crawled):
    root, _, data, _ = crawled
    before = query(data, "SELECT count(*) AS n FROM articles")
    bad = root / "bad.yaml"
    bad.write_text("sources:\n  - id: x\n    name: X\n    province: Nowhere\n    start_urls: [http://127.0.0.1:1/]\n", encoding="utf-8")
    result = run_cli("run", "--sources", str(bad), "--data-dir", str(data))
    assert result.returncode == 2
    assert "source 'x': key 'province'" in result.stderr
    assert query(data, "SELECT count(*) AS n FROM articles") == before


def test_demo_from_another_directory(tmp_path):
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    result = run_cli("demo", "--data-dir", str(tmp_path / "demo"), cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    cites = Counter(a.province for a in expected_articles() if a.cites_1191)
    for province, n in cites.items():
        assert any(line.startswith(province) and f"  {n}  " in line for line in result.stdout.splitlines()), result.stdout
    assert not (elsewhere / "data").exists()
