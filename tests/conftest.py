"""Shared test helpers: the repo's seeds and sample portals, and the CLI run as a user runs it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
FILES = Path(__file__).resolve().parent / "files"


def seed_text(name_prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{name_prefix}*.txt"))
    if not matches:
        pytest.skip(f"seed {name_prefix} not present in {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """`vncorpus ARGS` in a child process: Scrapy's reactor runs once per process, as for a user."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("VNCORPUS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "vncorpus.corpus.cli", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


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
