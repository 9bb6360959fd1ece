"""What a crawl costs, per portal: requests per captured article on a first crawl, and requests
on a rerun when nothing has changed.

    python tools/bench_crawl.py [--platform KEY] [SITE_DIR ...]

Each site directory (default: the bundled sample portals and, when present, the fixture portals
under tests/files/portals/) is served alone on 127.0.0.1, crawled into a fresh data dir with
`vncorpus crawl`, then crawled again unchanged. Every HTTP request the server answers counts,
robots.txt, redirects and errors included. When a site holds an `expected.yaml` (sample portals)
the captured URLs are checked against its articles: `missed` and `extra` say how far the capture
is from the truth.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.portal_server import sample_site_dirs, serve_sites, write_sources_file  # noqa: E402

FIXTURE_PORTALS = ROOT / "tests" / "files" / "portals"


def default_sites() -> list[Path]:
    fixtures = sorted(p for p in FIXTURE_PORTALS.glob("*") if (p / "site.yaml").is_file()) if FIXTURE_PORTALS.is_dir() else []
    return sample_site_dirs() + fixtures


def expected_paths(site: Path) -> set[str] | None:
    expected = site / "expected.yaml"
    if not expected.is_file():
        return None
    return {a["path"] for a in yaml.safe_load(expected.read_text(encoding="utf-8"))["articles"]}


def crawl_once(sources: Path, data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "corpus.cli", "crawl", "--sources", str(sources), "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench_crawl: crawl failed: {done.stderr.strip().splitlines()[-1:]}")
    report = sorted((data / "reports").glob("crawl-*.json"))[-1]
    return json.loads(report.read_text(encoding="utf-8"))


def captured_paths(data: Path) -> list[str]:
    import sqlite3
    from urllib.parse import urlsplit

    with sqlite3.connect(data / "state" / "crawl.sqlite") as db:
        return [urlsplit(url)._replace(scheme="", netloc="").geturl() for (url,) in db.execute("SELECT url FROM captures")]


def bench_site(site: Path, platform: str | None, work: Path) -> dict:
    copy = work / site.name
    shutil.copytree(site, copy)
    if platform:
        meta = yaml.safe_load((copy / "site.yaml").read_text(encoding="utf-8"))
        meta["platform"] = platform
        (copy / "site.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    data = work / f"{site.name}-data"
    with serve_sites([copy]) as sites:
        sources = write_sources_file(sites, work / f"{site.name}-sources.yaml")
        crawl_once(sources, data)
        first = len(sites[0].served)
        sites[0].served.clear()
        crawl_once(sources, data)
        rerun = len(sites[0].served)
    captured = captured_paths(data)
    truth = expected_paths(site)
    row = {"site": site.name, "articles": len(captured), "first": first, "rerun": rerun}
    if truth is not None:
        got = {path.rstrip("/") or "/" for path in captured}
        want = {path.rstrip("/") or "/" for path in truth}
        row["missed"], row["extra"] = len(want - got), len(got - want) + len(captured) - len(set(captured))
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="*", type=Path, help="site directories (default: sample and fixture portals)")
    parser.add_argument("--platform", default=None, help="crawl every site with this platform key instead of its own")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        for site in args.sites or default_sites():
            rows.append(bench_site(site, args.platform, Path(tmp)))
    print(f"{'portal':<28} {'articles':>8} {'missed':>6} {'extra':>5} {'first crawl':>11} {'per article':>11} {'rerun':>5}")
    for row in rows:
        per = f"{row['first'] / row['articles']:.2f}" if row["articles"] else "-"
        print(
            f"{row['site']:<28} {row['articles']:>8} {row.get('missed', '-'):>6} {row.get('extra', '-'):>5} "
            f"{row['first']:>11} {per:>11} {row['rerun']:>5}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
