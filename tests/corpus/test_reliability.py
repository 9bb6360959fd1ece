"""Issue 11's table, row by row: what a hostile user or a failing machine did to the corpus, and
what vncorpus must do instead. Every test checks that nothing stored was lost.

The data dir is built the way a crawl builds it (the twelve sample-portal articles appended to a
WARC file through the capture store), then processed in this process: no crawl, no network.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import run_cli
from corpus.pipeline import Budget, process
from corpus.records import Source
from crawler.store import CaptureStore
from sample_portals import expected_articles

FETCHED = datetime(2026, 11, 20, 1, 0, tzinfo=timezone.utc)


def write_captures(data_dir: Path, pages: list[tuple[str, bytes]], run: str = "run1") -> Path:
    """Append `pages` (url, body) to one closed WARC file, as a crawl of source `site` would."""
    store = CaptureStore(data_dir)
    store.remember_sources([Source("site", "Sở Ngoại vụ", "Điện Biên", ("http://127.0.0.1:9/",))])
    appender = store.writer(run)
    for url, body in pages:
        appender.append(url, "site", 200, {"Content-Type": "text/html; charset=utf-8"}, body, FETCHED)
    appender.close()
    store.close()
    return data_dir / "captures" / f"{run}.warc.gz"


def sample_pages() -> list[tuple[str, bytes]]:
    return [(f"http://127.0.0.1:9{a.path}", a.file.read_bytes()) for a in expected_articles()]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("reliability") / "data"
    write_captures(data, sample_pages())
    report = process(data)
    assert report.articles == 12, report.summary()
    return data


@pytest.fixture
def data(pristine, tmp_path) -> Path:
    """A private copy of the processed data dir, for a test to damage."""
    copy = tmp_path / "data"
    shutil.copytree(pristine, copy)
    return copy


def cli(*args: str):
    return run_cli(*args, timeout=120)


def query_json(data: Path, sql: str):
    result = cli("query", "--data-dir", str(data), "--format", "json", sql)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def snapshot(data: Path) -> dict[str, bytes]:
    """Every file under the data dir but the logs and the capture index's WAL side files."""
    return {
        str(p.relative_to(data)): p.read_bytes()
        for p in sorted(data.rglob("*"))
        if p.is_file() and "state" not in p.parts and "search" not in p.parts
    }


def one_line_error(result, *words: str) -> str:
    """The command failed with exactly one line on stderr holding `words`, and no traceback."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# ---- row 1, 2 and `query ""`: query is read-only ------------------------------------------


def part_file(data: Path, table: str = "articles") -> Path:
    return next((data / "tables" / table).glob("*.parquet"))


@pytest.mark.parametrize(
    "sql, refusal",
    [
        ("COPY (SELECT * FROM articles WHERE false) TO '{part}'", "COPY"),
        ("COPY articles TO '{outside}/out.csv'", "COPY"),
        ("ATTACH '{outside}/other.duckdb' AS other", "ATTACH"),
        ("CREATE TABLE kept AS SELECT * FROM articles", "CREATE"),
        ("INSERT INTO articles SELECT * FROM articles", "INSERT"),
        ("INSTALL httpfs", "LOAD"),
        ("LOAD fts", "LOAD"),
        ("SET enable_external_access = true", "SET"),
        ("EXPORT DATABASE '{outside}/dump'", "EXPORT"),
        ("SELECT 1; COPY articles TO '{outside}/out.csv'", "2 statements"),
        ("/* a comment first */ copy articles to '{outside}/out.parquet'", "COPY"),
        ("", "empty"),
        ("   ", "empty"),
        ("-- only a comment", "empty"),
    ],
)
def test_query_refuses_anything_that_writes(data, tmp_path, sql, refusal):
    before = snapshot(data)
    outside = tmp_path / "outside"
    outside.mkdir()
    result = cli("query", "--data-dir", str(data), sql.format(part=part_file(data), outside=outside))
    one_line_error(result, refusal)
    assert snapshot(data) == before
    assert list(outside.iterdir()) == []
    assert len(query_json(data, "SELECT article_id FROM articles")) == 12


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM query('COPY articles TO ''{part}''')",
    ],
)
def test_query_cannot_reach_files_behind_a_select(data, sql):
    """The second wall: a SELECT that names a file outside the tables, or smuggles a statement."""
    before = snapshot(data)
    result = cli("query", "--data-dir", str(data), sql.format(part=part_file(data)))
    one_line_error(result)
    assert snapshot(data) == before


@pytest.mark.parametrize(
    "sql, rows",
    [
        ("SELECT count(*) AS n FROM articles", [{"n": 12}]),
        ("WITH a AS (SELECT article_id FROM articles) SELECT count(*) AS n FROM a", [{"n": 12}]),
        ("FROM decision_provinces SELECT count(DISTINCT province) AS n WHERE canonical = '1191/QĐ-TTg'", [{"n": 1}]),
        ("SELECT count(*) AS n FROM search_articles('thong tin doi ngoai')", None),
    ],
)
def test_query_still_answers_reads(data, sql, rows):
    found = query_json(data, sql)
    if rows is not None:
        assert found == rows
    else:
        assert found[0]["n"] > 0
    assert "column_name" in query_json(data, "DESCRIBE articles")[0]


# ---- rows 3 and 4: damaged WARC files --------------------------------------------------------


def fresh_captures(tmp_path: Path, n: int = 6) -> tuple[Path, Path, list[int]]:
    """A data dir with `n` unprocessed captures in one WARC file, and each record's offset."""
    data = tmp_path / "data"
    warc = write_captures(data, sample_pages()[:n])
    store = CaptureStore(data)
    offsets = [ref.offset for ref in store.unprocessed()]
    store.close()
    return data, warc, offsets


def test_a_warc_cut_short_loses_only_its_tail(tmp_path):
    data, warc, offsets = fresh_captures(tmp_path)
    cut = offsets[-1] + 100  # inside the last record
    with open(warc, "r+b") as handle:
        handle.truncate(cut)
    before = warc.read_bytes()
    result = cli("process", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "processed 6 captures: 5 articles" in result.stdout
    assert "1 damaged capture" in result.stdout and "cut short" in result.stdout
    assert warc.read_bytes() == before  # the WARC file is never rewritten
    notes = list((data / "quarantine").glob("*.json"))
    assert len(notes) == 1
    note = json.loads(notes[0].read_text())
    assert (note["start"], note["end"]) == (offsets[-1], cut)
    assert notes[0].with_suffix(".bin").read_bytes() == before[offsets[-1]:cut]
    # The next run is not stopped by it either, and does not report it again.
    again = cli("process", "--data-dir", str(data))
    assert again.returncode == 0 and "processed 0 captures" in again.stdout
    assert len(query_json(data, "SELECT article_id FROM articles")) == 5


def test_bytes_overwritten_in_the_middle_cost_one_record(tmp_path):
    data, warc, offsets = fresh_captures(tmp_path)
    raw = bytearray(warc.read_bytes())
    middle = (offsets[2] + offsets[3]) // 2
    raw[middle:middle + 200] = os.urandom(200)
    warc.write_bytes(bytes(raw))
    result = cli("process", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "processed 6 captures: 5 articles" in result.stdout, result.stdout
    assert "\x1f\x8b" not in result.stdout + result.stderr  # no binary on the terminal
    note = json.loads(next((data / "quarantine").glob("*.json")).read_text())
    assert (note["start"], note["end"]) == (offsets[2], offsets[3])
    check = cli("check", "--data-dir", str(data))
    assert check.returncode == 1
    assert f"bytes {offsets[2]}-{offsets[3]} damaged" in check.stdout


# ---- row 5: damaged Parquet parts, check and rebuild ----------------------------------------


def damage(path: Path, how: str) -> None:
    raw = bytearray(path.read_bytes())
    if how == "truncated":
        path.write_bytes(bytes(raw[: len(raw) // 2]))
    else:
        middle = len(raw) // 2
        raw[middle:middle + 16] = bytes(b ^ 0xFF for b in raw[middle:middle + 16])
        path.write_bytes(bytes(raw))


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_a_damaged_part_is_named_checked_and_rebuilt(data, how):
    expected = query_json(data, "SELECT article_id, title, published FROM articles ORDER BY article_id")
    expected_decisions = query_json(data, "SELECT * FROM decision_provinces ORDER BY canonical, province")
    part = part_file(data)
    damage(part, how)
    name = str(part.relative_to(data))

    check = cli("check", "--data-dir", str(data))
    assert check.returncode == 1, check.stdout
    assert f"{name}: damaged" in check.stdout
    assert "checked 12 indexed captures and" in check.stdout

    if how == "truncated":  # flipped bytes inside compressed pages may still decode; the checksum tells
        one_line_error(cli("query", "--data-dir", str(data), "SELECT title FROM articles"), name, "check")
        one_line_error(cli("search", "--data-dir", str(data), "thong tin"), name)

    rebuilt = cli("process", "--rebuild", "--data-dir", str(data))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "12 articles" in rebuilt.stdout
    assert not (data / ".rebuild").exists()
    assert cli("check", "--data-dir", str(data)).returncode == 0
    assert query_json(data, "SELECT article_id, title, published FROM articles ORDER BY article_id") == expected
    assert query_json(data, "SELECT * FROM decision_provinces ORDER BY canonical, province") == expected_decisions
    assert "processed 0 captures" in cli("process", "--data-dir", str(data)).stdout


def test_a_rebuild_that_dies_leaves_the_old_tables(data, monkeypatch):
    import corpus.pipeline as pipeline

    before = snapshot(data)

    def dies(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "swap_in_rebuilt", dies)
    with pytest.raises(KeyboardInterrupt):
        process(data, rebuild=True)
    assert {k: v for k, v in snapshot(data).items() if not k.startswith(".rebuild")} == before
    # The next run drops the unfinished rebuild and carries on with the old tables.
    monkeypatch.undo()
    assert process(data).captures == 0
    assert not (data / ".rebuild").exists()
    assert snapshot(data) == before


def test_a_swap_interrupted_after_the_mark_is_finished_by_the_next_run(data):
    from corpus.pipeline import REBUILD_DIR, finish_rebuild

    expected = query_json(data, "SELECT article_id FROM articles ORDER BY 1")
    staged = data / REBUILD_DIR
    shutil.copytree(data / "tables", staged / "tables")
    (staged / "COMPLETE").touch()
    shutil.move(data / "tables", staged / "previous")  # died between the two renames
    finish_rebuild(data)
    assert not staged.exists()
    assert query_json(data, "SELECT article_id FROM articles ORDER BY 1") == expected


# ---- row 6: a page over the budget -----------------------------------------------------------


def test_a_page_over_the_budget_is_skipped_and_the_batch_goes_on(tmp_path):
    pages = sample_pages()[:3]
    huge = pages[0][1].replace(b"</body>", b"<p>" + "Nội dung rất dài. ".encode() * 600_000 + b"</p></body>")
    assert len(huge) > 9 * 1024 * 1024
    data = tmp_path / "data"
    write_captures(data, [*pages, ("http://127.0.0.1:9/vi/news/bai-rat-dai.html", huge)])
    report = process(data)
    assert report.articles == 3
    assert report.skipped == {"over the size budget": 1}


def test_a_page_over_the_time_budget_is_skipped(tmp_path):
    data = tmp_path / "data"
    write_captures(data, sample_pages()[:3])
    report = process(data, budget=Budget(max_seconds=0.001))
    assert report.articles == 0
    assert report.skipped == {"over the time budget": 3}
    # Skipped for time is an outcome of its own: nothing is half-written, the ledger says why.
    assert not (data / "tables").exists() or not list((data / "tables").rglob("*.parquet"))
