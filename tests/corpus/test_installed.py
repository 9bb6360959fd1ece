"""vncorpus as a user installs it: a plain (non-editable) install, run outside the checkout, reads
only what it is given — `eval nlp --gold DIR` works on any gold folder, and without --gold it says
in one line that there is no default outside a checkout."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO, SEEDS, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The package built and installed into a folder of its own (its dependencies are this venv's)."""
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(REPO)],
        check=True, capture_output=True, timeout=600,
    )
    return site


def run_installed(site, cwd, *args):
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "corpus.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_installed_package_is_the_one_that_runs(installed, tmp_path):
    where = subprocess.run(
        [sys.executable, "-c", "import corpus, nlp; print(corpus.__file__); print(nlp.__file__)"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert all(path.startswith(str(installed)) for path in where), where


def test_eval_nlp_on_a_named_gold_folder_outside_the_checkout(installed, tmp_path):
    if not SEEDS.exists():
        pytest.skip(f"the project's gold reads seed pages from {SEEDS}")
    gold = REPO / "tests" / "gold" / "nlp"
    outside = run_installed(installed, tmp_path, "eval", "nlp", "--gold", str(gold))
    assert outside.returncode == 0, outside.stderr
    inside = run_cli("eval", "nlp", "--gold", str(gold))
    # The same scores; only the header names the folder, relative to the checkout when inside it.
    assert outside.stdout.splitlines()[1:] == inside.stdout.splitlines()[1:]
    assert outside.stdout.splitlines()[0].endswith(f" documents ({gold})")


def test_without_gold_outside_a_checkout_one_line(installed, tmp_path):
    result = run_installed(installed, tmp_path, "eval", "nlp")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "vncorpus: error: no gold folder given: outside a checkout of vncorpus, name one with --gold DIR (e.g. tests/gold/nlp)"
    ]
