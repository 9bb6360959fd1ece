"""A data dir written by an older vncorpus (before the activities table, before decisions.role):
after the upgrade every command still reads it, the nightly `process` goes on adding to it,
`status` and `check` say what `process --rebuild` would fill, and the rebuild fills it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from test_all_or_nothing import check, table_rows
from test_reliability import cli, query_json, sample_pages, write_captures
from vncorpus.corpus.pipeline import process
from vncorpus.corpus.status import status
from vncorpus.corpus.tables import MANIFEST, PARTIAL, _write, part_files, read_manifest, table_dir

REBUILD = "`vncorpus process --rebuild` fills it for the articles stored before"


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> Path:
    """The twelve sample articles processed by this vncorpus: what the upgraded data dir must become."""
    data = tmp_path_factory.mktemp("upgrade-whole") / "data"
    write_captures(data, sample_pages())
    assert process(data).articles == 12
    return data


@pytest.fixture
def old(tmp_path) -> Path:
    """Eight articles as a vncorpus without activities and without decisions.role stored them;
    the other four captured since, waiting for tonight's `process`."""
    data = tmp_path / "data"
    pages = sample_pages()
    write_captures(data, pages[:8], "run1")
    assert process(data).articles == 8
    shutil.rmtree(table_dir(data, "activities"))
    folder = table_dir(data, "decisions")
    manifest = read_manifest(folder)
    for part in part_files(data, "decisions"):
        # A new file (the old one is a hard link shared with the previous generation), recorded as
        # the older vncorpus recorded its parts.
        table = pq.read_table(part).drop(["role"])
        part.unlink()
        manifest[part.name] = [_write(table, part)]
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    write_captures(data, pages[8:], "run2")
    return data


def test_an_old_data_dir_is_read_with_empty_activities_and_null_roles(old):
    assert query_json(old, "SELECT count(*) AS n FROM articles") == [{"n": 8}]
    assert query_json(old, "SELECT count(*) AS n FROM activities") == [{"n": 0}]
    assert query_json(old, "SELECT count(*) AS n FROM decision_activities") == [{"n": 0}]
    # The role is unknown, so no article counts as implementing until the rebuild reads it.
    rows = query_json(old, "SELECT province, articles, articles_basis, articles_mentions FROM decision_provinces WHERE canonical = '1191/QĐ-TTg'")
    assert rows == [
        {"province": "Điện Biên", "articles": 0, "articles_basis": 0, "articles_mentions": 0},
    ]
    assert query_json(old, "SELECT count(*) AS n FROM decisions WHERE role IS NULL") == query_json(old, "SELECT count(*) AS n FROM decisions")


def test_status_and_check_say_what_the_rebuild_fills(old):
    expected = [
        f"tables/decisions: column role is null in 1 of 1 parts (written before it existed); {REBUILD}",
        f"tables/activities: absent (the tables were written by a vncorpus without it); {REBUILD}",
    ]
    assert status(old)["needs_rebuild"] == expected
    assert status(old)["tables"]["activities"] == {"rows": 0, "parts": 0, "bytes": 0}
    code, out = check(old)
    assert code == 0
    assert out.splitlines() == [*expected, "checked 12 indexed captures and 5 table parts: no damage found"]
    text = cli("status", "--data-dir", str(old)).stdout
    assert f"  ! {expected[1]}" in text.splitlines()


def test_the_nightly_process_adds_to_an_old_data_dir_then_the_rebuild_fills_it(old, whole):
    report = process(old)
    assert (report.captures, report.articles) == (4, 4)
    # Tonight's articles have their activities; those stored before have none yet, and say so.
    new_ids = {row["article_id"] for row in query_json(old, "SELECT DISTINCT article_id FROM activities")}
    stored_then = {row["article_id"] for row in query_json(old, "SELECT article_id FROM articles")} - new_ids
    assert new_ids and len(stored_then) >= 8
    whole_rows = table_rows(whole)["activities"]
    assert sorted(table_rows(old)["activities"], key=repr) == sorted((r for r in whole_rows if r[0] in new_ids), key=repr)
    assert (table_dir(old, "activities") / PARTIAL).exists()
    lines = status(old)["needs_rebuild"]
    assert [line.split(":")[0] for line in lines] == ["tables/decisions", "tables/activities"]
    assert lines[1].startswith("tables/activities: rows only for the articles processed since ")
    assert lines[1].endswith(f", when it first appeared; {REBUILD}")

    assert process(old, rebuild=True).articles == 12
    assert status(old)["needs_rebuild"] == []
    assert not (table_dir(old, "activities") / PARTIAL).exists()
    # The same facts as a data dir this vncorpus made (the articles differ only in their captures' ids).
    rebuilt, reference = table_rows(old), table_rows(whole)
    assert [row[0] for row in rebuilt.pop("articles")] == [row[0] for row in reference.pop("articles")]
    assert rebuilt == reference
    assert check(old)[0] == 0
