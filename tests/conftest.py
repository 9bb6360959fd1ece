"""Fixtures shared by the tests: corpora built once per session. Plain helpers (paths, the CLI
runner, seeds) are in checkout.py, which tests import; no test imports this file."""
from __future__ import annotations

import pytest

from checkout import run_cli


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory):
    """The demo's data dir: the sample portals crawled and processed, as `vncorpus demo` does."""
    data = tmp_path_factory.mktemp("demo-corpus") / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture(scope="session")
def empty_data_dir(tmp_path_factory):
    """An empty corpus: every table present, no rows (a crawl that has found nothing yet)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vncorpus.corpus.schema import SCHEMAS
    from vncorpus.corpus.tables import table_dir

    data = tmp_path_factory.mktemp("empty-corpus") / "data"
    for name, schema in SCHEMAS.items():
        table_dir(data, name).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist([], schema=schema), table_dir(data, name) / "part-0.parquet")
    return data
