"""Issue 25: `vncorpus check` compares the tables with each other. Each inconsistency is made by
hand, with its part's checksum recorded as a writer would, so that only the disagreement between
tables is there to find; check names the table and how many rows or articles."""
from __future__ import annotations

import contextlib
import io
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from sample_portals import expected_articles
from vncorpus.corpus.cli import main
from vncorpus.corpus.pipeline import process
from vncorpus.corpus.tables import MANIFEST, file_sha256, part_files
from vncorpus.crawler.models import Source
from vncorpus.crawler.store import CaptureStore
from vncorpus.nlp.models import FACT_TYPES


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("check-tables") / "data"
    store = CaptureStore(data)
    store.remember_sources([Source("site", "Sở Ngoại vụ", "Điện Biên", ("http://127.0.0.1:9/",))])
    appender = store.writer("run1")
    for a in expected_articles():
        appender.append(f"http://127.0.0.1:9{a.path}", "site", 200, {"Content-Type": "text/html; charset=utf-8"},
                        a.file.read_bytes(), datetime(2026, 11, 20, tzinfo=timezone.utc))
    appender.close()
    store.close()
    assert process(data).articles == 12
    return data


def check(data: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", "--data-dir", str(data)])
    return status, out.getvalue().splitlines()


def put_part(data: Path, table: str, rows: pa.Table, name: str, replacing: Path | None = None) -> None:
    """Write a part (and record its checksum) in the current generation, as a writer would."""
    folder = data / "tables" / table
    if replacing is not None:
        replacing.unlink()
    pq.write_table(rows, folder / name)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest = {k: v for k, v in manifest.items() if (folder / k).exists()}
    manifest[name] = [file_sha256(folder / name)]
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def orphan_facts(data: Path) -> None:
    (part,) = part_files(data, "counts")
    rows = pq.read_table(part).slice(0, 3)
    put_part(data, "counts", rows.set_column(0, "article_id", pa.array(["khong-co"] * 3, pa.string())), "part-orphans.parquet")


def article_twice(data: Path) -> None:
    (part,) = part_files(data, "articles")
    put_part(data, "articles", pq.read_table(part).slice(0, 2), "part-again.parquet")


def facts_split(data: Path) -> None:
    (part,) = part_files(data, "dates")
    rows = pq.read_table(part)
    first = rows.column("article_id")[0]
    put_part(data, "dates", rows.filter(pc.equal(rows.column("article_id"), first)), "part-split.parquet")


def article_lost(data: Path) -> None:
    """One article and all its facts gone from the tables, though its capture is processed."""
    (part,) = part_files(data, "articles")
    rows = pq.read_table(part)
    lost = rows.column("article_id")[0]
    for table in ("articles", *FACT_TYPES):
        for path in part_files(data, table):
            kept = pq.read_table(path)
            kept = kept.filter(pc.not_equal(kept.column("article_id"), lost))
            put_part(data, table, kept, f"part-without-{path.name}", replacing=path)


@pytest.mark.parametrize("make, expected", [
    (orphan_facts, "tables/counts: 3 row(s) of 1 article(s) not in tables/articles"),
    (article_twice, "tables/articles: 2 article(s) stored more than once"),
    (facts_split, "tables/dates: the rows of 1 article(s) are split over two parts (old rows beside new ones)"),
    (article_lost, "tables/articles: 1 article(s) of processed captures missing (the index says they were stored)"),
])
def test_check_names_an_inconsistency_between_tables(processed, tmp_path, make, expected):
    data = tmp_path / "data"
    shutil.copytree(processed, data, symlinks=True)
    assert check(data)[0] == 0
    make(data)
    status, lines = check(data)
    assert status == 1
    assert [line for line in lines if line.startswith("tables")] == [expected], lines
    assert lines[-1].endswith("1 problem(s); `vncorpus process --rebuild` rebuilds the tables from the captures")
