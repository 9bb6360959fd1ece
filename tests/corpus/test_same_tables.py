"""The tables a fixed set of pages gives must not change unless a change means them to: speed-ups
and refactors are checked here row by row against tests/files/table_snapshot.json. After an
intended change of output, rewrite it with `python tools/snapshot_tables.py` and review the diff."""
from __future__ import annotations

import json
import sys

import pytest

from checkout import REPO

sys.path.insert(0, str(REPO / "tools"))
import snapshot_tables  # noqa: E402


@pytest.fixture(scope="module")
def tables():
    return json.loads(snapshot_tables.as_json(snapshot_tables.snapshot()))


@pytest.fixture(scope="module")
def expected():
    return json.loads(snapshot_tables.SNAPSHOT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("table", ["skipped", "articles", "decisions", "dates", "counts", "places", "activities"])
def test_table_rows_unchanged(tables, expected, table):
    got, want = tables[table], expected[table]
    missing = [row for row in want if row not in got]
    extra = [row for row in got if row not in want]
    assert not missing and not extra, f"{table}: {len(missing)} rows gone, {len(extra)} new; first gone {missing[:1]}, first new {extra[:1]}"
