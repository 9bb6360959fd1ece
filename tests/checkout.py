"""The checkout as tests see it: its paths, its YAML, its seeds, and the CLI run as a user runs it.

A module, not fixtures in conftest: these are read at collection time (the parametrize tables of
gold pages, seeds and sample portals are built from REPO, FILES and load_yaml), by the helper
modules beside the tests (sample_portals.py) and by session fixtures and module-level helpers
that run `vncorpus` (run_cli), none of which can ask for a fixture. Tests import it by name; no
test imports conftest, which pytest loads itself.
"""
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
    """The text of the shared seed whose name starts so; the test is skipped where ../shared/seeds is absent."""
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
