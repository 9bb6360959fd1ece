"""vncorpus as a user installs it: one import name in site-packages, whatever else is installed there.

The wheel is built from the checkout and installed into a fresh venv that already holds two other
distributions named `nlp` and `crawler` (as a researcher's shared environment may); the demo runs
there from another folder, `eval` reads only the gold it is given, and the neighbours still import.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

from checkout import REPO, SEEDS, run_cli

LAYERS = ("corpus", "crawler", "extract", "nlp")
NEIGHBOURS = ("nlp", "crawler")


def _setuptools_config() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_folder_of_a_layer_is_a_package_of_the_wheel():
    """The package list is setuptools' and written by hand: a new subpackage left off it would be
    missing from every install but the editable one."""
    folders = {
        "vncorpus." + ".".join(init.parent.relative_to(REPO).parts)
        for layer in LAYERS
        for init in (REPO / layer).rglob("__init__.py")
    }
    assert set(_setuptools_config()["packages"]) == folders


def test_mypy_checks_every_package():
    """CI's `mypy` reads only the paths of its `files`: a package outside them would go unchecked."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    checked = [Path(path).parts for path in config["mypy"]["files"]]
    unchecked = [
        package for package in config["setuptools"]["packages"]
        if not any(tuple(package.split("."))[: len(parts)] == parts for parts in checked)
    ]
    assert unchecked == []


def test_the_links_for_path_reading_tools_are_the_installed_mapping():
    mapping = _setuptools_config()["package-dir"]
    assert mapping == {f"vncorpus.{layer}": layer for layer in LAYERS}
    assert sorted(path.name for path in (REPO / "vncorpus").iterdir()) == sorted(LAYERS)
    for layer in LAYERS:
        assert (REPO / "vncorpus" / layer).resolve() == (REPO / layer).resolve()


def _wheel(source: Path, out: Path) -> Path:
    """The wheel of the project in `source`, built into the new folder `out`."""
    out.mkdir()
    # No build isolation: the build needs only the venv's setuptools, and nothing is downloaded.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(out), str(source)],
        check=True, capture_output=True, timeout=600,
    )
    [wheel] = out.glob("*.whl")
    return wheel


def _neighbour(name: str, where: Path) -> Path:
    """A distribution that installs the top-level package `name`, saying whose it is."""
    project = where / f"neighbour-{name}"
    (project / name).mkdir(parents=True)
    (project / name / "__init__.py").write_text(f'OWNER = "neighbour-{name}"\n', encoding="utf-8")
    (project / "pyproject.toml").write_text(
        f'[project]\nname = "neighbour-{name}"\nversion = "1.0"\n[tool.setuptools]\npackages = ["{name}"]\n', encoding="utf-8"
    )
    return _wheel(project, where / f"{name}-wheel")


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory) -> Path:
    """A new venv with the two neighbours and the vncorpus wheel; its dependencies are this venv's."""
    where = tmp_path_factory.mktemp("install")
    env_dir = where / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # Appended after the venv's own site-packages, so the wheel installed there is the one found.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    wheels = [_neighbour(name, where) for name in NEIGHBOURS]
    wheels.append(_wheel(REPO, where / "vncorpus"))
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", *map(str, wheels)],
                   check=True, capture_output=True, timeout=600)
    return env_dir


def _run(env_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VNCORPUS_DEBUG"}}
    return subprocess.run([str(env_dir / "bin" / args[0]), *args[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _site(env_dir: Path) -> Path:
    return Path(_run(env_dir, env_dir, "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip())


@pytest.mark.slow
def test_the_wheel_installs_one_top_level_package(fresh_venv):
    [record] = _site(fresh_venv).glob("vncorpus-*.dist-info/RECORD")
    tops = {line.split(",")[0].split("/")[0] for line in record.read_text(encoding="utf-8").splitlines()}
    # The console script lands in bin/, outside site-packages.
    assert {top for top in tops if not top.startswith("..")} == {"vncorpus", record.parent.name}


@pytest.mark.slow
def test_the_demo_runs_beside_packages_named_nlp_and_crawler(fresh_venv, tmp_path):
    result = _run(fresh_venv, tmp_path, "vncorpus", "demo", "--data-dir", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    assert "Which provinces implemented Decision 1191/QĐ-TTg" in result.stdout
    assert "Điện Biên" in result.stdout
    owners = _run(fresh_venv, tmp_path, "python", "-c", "import nlp, crawler, vncorpus.nlp; print(nlp.OWNER, crawler.OWNER)")
    assert owners.stdout.split() == ["neighbour-nlp", "neighbour-crawler"], owners.stderr


@pytest.mark.slow
def test_the_installed_package_is_the_one_that_runs(fresh_venv, tmp_path):
    where = _run(fresh_venv, tmp_path, "python", "-c", "import vncorpus.corpus, vncorpus.nlp; print(vncorpus.corpus.__file__, vncorpus.nlp.__file__)")
    site = str(_site(fresh_venv))
    assert all(path.startswith(site) for path in where.stdout.split()), where


@pytest.mark.slow
def test_eval_nlp_on_a_named_gold_folder_outside_the_checkout(fresh_venv, tmp_path):
    if not SEEDS.exists():
        pytest.skip(f"the project's gold reads seed pages from {SEEDS}")
    gold = REPO / "tests" / "gold" / "nlp"
    outside = _run(fresh_venv, tmp_path, "vncorpus", "eval", "nlp", "--gold", str(gold))
    assert outside.returncode == 0, outside.stderr
    inside = run_cli("eval", "nlp", "--gold", str(gold))
    # The same scores; only the header names the folder, relative to the checkout when inside it.
    assert outside.stdout.splitlines()[1:] == inside.stdout.splitlines()[1:]
    assert outside.stdout.splitlines()[0].endswith(f" documents ({gold})")


@pytest.mark.slow
def test_without_gold_outside_a_checkout_one_line(fresh_venv, tmp_path):
    result = _run(fresh_venv, tmp_path, "vncorpus", "eval", "nlp")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "vncorpus: error: no gold folder given: outside a checkout of vncorpus, name one with --gold DIR (e.g. tests/gold/nlp)"
    ]
