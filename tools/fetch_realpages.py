"""Rebuild the saved pages of tests/gold/realpages-dev and realpages-heldout that cannot be
committed (their repositories carry no licence): each gold line names the repository, the path
and the commit its page was taken from, and the page is that blob, byte for byte.

    python tools/fetch_realpages.py                      # clones each repository from GitHub
    python tools/fetch_realpages.py --clone dungvn3000/myfeed=/path/to/a/clone ...

Pages already present are left alone; a page whose bytes a commit cannot give is an error.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
SETS = ("realpages-dev", "realpages-heldout")


def missing_pages() -> list[tuple[Path, dict]]:
    rows = []
    for name in SETS:
        folder = GOLD / name
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not (folder / row["file"]).exists():
                rows.append((folder / row["file"], row))
    return rows


def clone(repo: str, into: Path) -> Path:
    target = into / repo.replace("/", "+")
    if not target.exists():
        subprocess.run(["git", "clone", "--quiet", "--bare", f"https://github.com/{repo}.git", str(target)], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clone", action="append", default=[], metavar="OWNER/NAME=DIR", help="use this local clone of a repository instead of cloning it")
    args = parser.parse_args()
    clones = dict(item.split("=", 1) for item in args.clone)
    todo = missing_pages()
    with tempfile.TemporaryDirectory() as scratch:
        for path, row in todo:
            git_dir = clones.get(row["repo"]) or str(clone(row["repo"], Path(scratch)))
            blob = subprocess.run(["git", "-C", git_dir, "show", f"{row['commit']}:{row['path']}"], capture_output=True, check=True).stdout
            path.write_bytes(blob)
            print(f"{path.relative_to(GOLD)}  ← {row['repo']}@{row['commit'][:10]}:{row['path']}")
    print(f"{len(todo)} page(s) written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
