"""Search, export and show on the demo's data, run as a user runs them."""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from checkout import run_cli
from sample_portals import expected_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_search_without_diacritics_finds_accented_articles(demo_data):
    plain = run_cli("search", "--data-dir", str(demo_data), "thong tin doi ngoai")
    accented = run_cli("search", "--data-dir", str(demo_data), "thông tin đối ngoại")
    assert plain.returncode == 0, plain.stderr
    titles = [a.title for a in expected_articles() if "thông tin đối ngoại" in (a.title + a.first_sentence + a.last_sentence).lower()]
    assert titles and all(title in plain.stdout for title in titles)
    assert plain.stdout == accented.stdout


def test_search_macro_in_query(demo_data):
    result = run_cli("query", "--data-dir", str(demo_data), "--format", "csv", "SELECT count(*) AS n FROM search_articles('Phong-sa-ly')")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.splitlines()[1]) >= 1


def test_export_csv_to_stdout_and_xlsx_parquet_to_files(demo_data, tmp_path):
    table = run_cli("export", "--data-dir", str(demo_data), "decision_provinces")
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert {r["province"] for r in rows if r["canonical"] == "1191/QĐ-TTg"} == {"Điện Biên", "Bắc Kạn", "Lạng Sơn"}
    sql = "SELECT canonical, province FROM decision_provinces WHERE canonical = '1191/QĐ-TTg'"
    for fmt, read in (("xlsx", pd.read_excel), ("parquet", pd.read_parquet)):
        out = tmp_path / f"out.{fmt}"
        result = run_cli("export", "--data-dir", str(demo_data), "--format", fmt, "--output", str(out), sql)
        assert result.returncode == 0, result.stderr
        assert sorted(read(out)["province"]) == ["Bắc Kạn", "Lạng Sơn", "Điện Biên"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "--data-dir", "{data}", "nope"], "vncorpus: error: no table named 'nope'"),
        (["export", "--data-dir", "{data}", "--format", "xlsx", "articles"], "vncorpus: error: --format xlsx needs --output FILE"),
        (["show", "--data-dir", "{data}", "0000000000000000"], "vncorpus: error: no article with id"),
        (["search", "--data-dir", "{data}", " "], "vncorpus: error: the search query is empty"),
    ],
)
def test_bad_input(demo_data, args, message):
    result = run_cli(*[a.format(data=demo_data) for a in args])
    assert result.returncode == 2
    assert result.stderr.startswith(message)


def test_show_prints_article_facts_and_provenance(demo_data):
    ids = run_cli("query", "--data-dir", str(demo_data), "--format", "csv", "SELECT article_id, title, url, capture_id FROM articles WHERE province = 'Lạng Sơn' ORDER BY published LIMIT 1")
    article_id, title, url, capture_id = list(csv.reader(io.StringIO(ids.stdout)))[1]
    shown = run_cli("show", "--data-dir", str(demo_data), article_id)
    assert shown.returncode == 0, shown.stderr
    flat = " ".join(shown.stdout.split())
    assert title in flat and capture_id in flat
    assert "decisions (" in shown.stdout and "places (" in shown.stdout


def test_every_fact_leads_back_to_its_sentence_url_and_capture(demo_data):
    result = run_cli(
        "query", "--data-dir", str(demo_data), "--format", "csv",
        "SELECT c.mention, trim(fact_sentence(a.text, c.start, c.\"end\")) AS sentence, a.url, a.capture_id "
        "FROM counts c JOIN articles a USING (article_id) WHERE c.mention = '120 học viên'",
    )
    assert result.returncode == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["sentence"] == "Tham dự có 120 học viên là cán bộ xã, trưởng bản và người có uy tín của huyện Mường Nhé và huyện Nậm Pồ."
    assert row["url"].startswith("http://127.0.0.1:") and row["capture_id"].startswith("<urn:uuid:")
