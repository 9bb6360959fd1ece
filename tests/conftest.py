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
        [sys.executable, "-m", "corpus.cli", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))
