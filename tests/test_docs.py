"""The documentation site builds with `mkdocs build --strict`: a broken link, a missing page or a
page left out of the navigation fails the suite, not only the published site."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from checkout import REPO


@pytest.mark.timeout(120)
def test_docs_build_strict(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    tables = (tmp_path / "site" / "tables" / "index.html").read_text(encoding="utf-8")
    assert "article_id" in tables and "<!-- data-dictionary -->" not in tables
    assert (tmp_path / "site" / "figures" / "1191_map.png").is_file()


def test_readme_is_short_and_points_to_the_docs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    assert "Bắt đầu nhanh" in readme and "mkdocs" in readme
