"""What a crawl costs, per portal: requests per captured article on a first crawl, and requests
on a rerun when nothing has changed.

    python tools/bench_crawl.py [--platform KEY] [--baseline REV] [PORTAL ...]

Each portal (default: the bundled sample portals and every fixture portal of tests/portals.py,
the 240-article sitemap-less NukeViet one included) is served alone on 127.0.0.1, crawled into a
fresh data dir with `vncorpus crawl`, then crawled again unchanged. Every HTTP request the server
answers counts, robots.txt, redirects and errors included. The captured URLs are checked against
the portal's truth (expected.yaml or truth.yaml): `missed` articles and `extra` captures (pages
of another kind, or an article twice) say how far the capture is from it.

With --baseline REV, each portal is crawled the same way by the crawler of that commit too (its
files from `git archive`, run from their folder with this venv's packages), and its row follows.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from vncorpus.corpus.demo.server import sample_site_dirs, serve_sites  # noqa: E402


def fixture_portals() -> list[str]:
    try:
        from portals import portal_names
    except ImportError:  # a checkout without the fixture portals
        return []
    return portal_names()


@contextmanager
def served(portal: str, platform: str | None, work: Path, port: int = 0):
    """(base URL, request log, sources entry, true article paths) of a served portal."""
    sample = {d.name: d for d in sample_site_dirs()}
    if portal in sample:
        meta = yaml.safe_load((sample[portal] / "site.yaml").read_text(encoding="utf-8"))
        truth = [a["path"] for a in yaml.safe_load((sample[portal] / "expected.yaml").read_text(encoding="utf-8"))["articles"]]
        with serve_sites([sample[portal]], ports=[port]) as sites:
            site = sites[0]
            entry = {"id": meta["id"], "name": meta["name"], "province": meta.get("province"), "start_urls": [site.base_url + meta.get("start_path", "/")]}
            entry["platform"] = platform or meta.get("platform", "generic")
            yield site.base_url, site.served, entry, truth
        return
    from portals import serve_portal, sources_entry, truth_pages

    log: list = []
    with serve_portal(portal, port=port, log=log) as base:
        yield base, log, sources_entry(portal, base, platform), [row["url"] for row in truth_pages(portal, "article")]


def crawl_once(sources: Path, data: Path, code: Path = ROOT) -> dict:
    # A commit before the one import name (vncorpus/) ran as `corpus.cli`; its folder comes first on sys.path.
    module = "vncorpus.corpus.cli" if (code / "vncorpus").is_dir() else "corpus.cli"
    done = subprocess.run(
        [sys.executable, "-m", module, "crawl", "--sources", str(sources), "--data-dir", str(data)],
        cwd=code, capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench_crawl: crawl failed: {done.stderr.strip().splitlines()[-1:]}")
    report = sorted((data / "reports").glob("crawl-*.json"))[-1]
    return json.loads(report.read_text(encoding="utf-8"))


def captured_paths(data: Path) -> list[str]:
    with sqlite3.connect(data / "state" / "crawl.sqlite") as db:
        return [urlsplit(url)._replace(scheme="", netloc="").geturl() for (url,) in db.execute("SELECT url FROM captures")]


def bench_portal(portal: str, platform: str | None, work: Path, code: Path = ROOT, label: str = "") -> dict:
    data = work / f"{portal}-{label}-data"
    sources = work / f"{portal}-{label}-sources.yaml"
    with served(portal, platform, work) as (base, log, entry, truth):
        sources.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
        crawl_once(sources, data, code)
        first = len(log)
        log.clear()
        crawl_once(sources, data, code)
        rerun = len(log)
    captured = captured_paths(data)
    per_article, not_articles = stories(portal, truth, captured)
    return {
        "portal": portal + (f" ({label})" if label else ""),
        "truth": len(per_article),
        "articles": len(captured),
        "missed": sum(1 for n in per_article.values() if n == 0),
        "extra": len(not_articles) + sum(n - 1 for n in per_article.values() if n > 1),
        "first": first,
        "rerun": rerun,
    }


def stories(portal: str, truth: list[str], captured: list[str]) -> tuple[Counter, list[str]]:
    """(captures per article, captures of no article): a fixture portal's views of a story that name
    themselves canonical count for the story (tests/portals.py); a sample portal has none."""
    if portal in fixture_portals():
        from portals import stories_captured

        return stories_captured(portal, captured)
    key = {path.rstrip("/") or "/" for path in truth}
    per_article = Counter({path: 0 for path in key})
    per_article.update(path.rstrip("/") or "/" for path in captured if (path.rstrip("/") or "/") in key)
    return per_article, [path for path in captured if (path.rstrip("/") or "/") not in key]


def checkout(rev: str, where: Path) -> Path:
    """The files of commit `rev`, written to `where`."""
    where.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("portals", nargs="*", help="sample or fixture portal names (default: all)")
    parser.add_argument("--platform", default=None, help="crawl every site with this platform key instead of its own")
    parser.add_argument("--baseline", metavar="REV", help="also crawl each portal with the crawler of this commit")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        baseline = checkout(args.baseline, Path(tmp) / "baseline") if args.baseline else None
        for portal in args.portals or [d.name for d in sample_site_dirs()] + fixture_portals():
            rows.append(bench_portal(portal, args.platform, Path(tmp)))
            if baseline is not None:
                rows.append(bench_portal(portal, args.platform, Path(tmp), baseline, args.baseline))
    print(f"platform key: {args.platform or 'as the portal is listed'}")
    print(f"{'portal':<30} {'articles':>8} {'captured':>8} {'missed':>6} {'extra':>5} {'requests':>8} {'per article':>11} {'rerun':>5}")
    for row in rows:
        per = f"{row['first'] / row['articles']:.2f}" if row["articles"] else "-"
        print(
            f"{row['portal']:<30} {row['truth']:>8} {row['articles']:>8} {row['missed']:>6} {row['extra']:>5} "
            f"{row['first']:>8} {per:>11} {row['rerun']:>5}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
