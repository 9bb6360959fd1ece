"""What the analyst notebooks share: which data dir to read, a DuckDB connection to it, and
where charts go. A notebook runs against VNCORPUS_DATA_DIR if set, else the repository's
data/ if a crawl has filled it, else the demo's data (built once, with `vncorpus demo`)."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from vncorpus.corpus import __version__
from vncorpus.corpus.schema import SCHEMAS
from vncorpus.corpus.tables import part_files

REPO = Path(__file__).resolve().parent.parent


def build_key(packages: list[Path]) -> str:
    """What the demo's tables depend on: the table layout, and the code, word lists and sample
    portals that make the rows. A demo built by other rules (an extractor changed within one
    version) is built again, not shown as if the new rules had made it."""
    digest = hashlib.sha1(repr(sorted((name, str(schema)) for name, schema in SCHEMAS.items())).encode())
    for root in packages:
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".yaml", ".html", ".txt"} and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


_PACKAGES = [Path(__file__).resolve().parent.parent / name for name in ("nlp", "crawler", "extract", "corpus")]
DEMO_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "vncorpus" / f"demo-data-{__version__}-{build_key(_PACKAGES)}"
FIGURES = REPO / "notebooks" / "figures"


def data_dir() -> Path:
    chosen = os.environ.get("VNCORPUS_DATA_DIR")
    if chosen:
        return Path(chosen)
    if part_files(REPO / "data", "articles"):
        return REPO / "data"
    if not part_files(DEMO_CACHE, "articles"):
        # A child process: Scrapy's reactor must not start inside the notebook's kernel.
        subprocess.run([sys.executable, "-m", "vncorpus.corpus.cli", "demo", "--data-dir", str(DEMO_CACHE)], check=True, capture_output=True)
    return DEMO_CACHE


def connect():
    from vncorpus.corpus.catalog import connect as catalog_connect

    return catalog_connect(data_dir())


def save(figure, name: str) -> Path:
    """Save a matplotlib figure as notebooks/figures/<name>.png (the README shows one)."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    path = FIGURES / f"{name}.png"
    figure.savefig(path, dpi=110, bbox_inches="tight")
    return path
