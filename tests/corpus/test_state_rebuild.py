"""Issue 25: the crawl state (DIR/state/crawl.sqlite) is a file like any other. Damaged, `check`
names it in one line; `process --rebuild` or the next crawl sets it aside under DIR/quarantine/
and rebuilds it from the WARC captures, losing no article and capturing none twice."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from checkout import run_cli
from sample_portals import free_ports
from vncorpus.corpus.demo.server import sample_site_dirs, serve_sites, write_sources_file


@pytest.fixture(scope="module")
def portals(tmp_path_factory):
    """The sample portals, served for the whole module on fixed ports (the sources file names them)."""
    sources = tmp_path_factory.mktemp("portals") / "sources.yaml"
    dirs = sample_site_dirs()
    with serve_sites(dirs, ports=free_ports(len(dirs))) as sites:
        write_sources_file(sites, sources)
        yield sources


@pytest.fixture(scope="module")
def crawled(portals, tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("state-rebuild") / "data"
    for command in ("crawl", "process"):
        result = run_cli(command, "--sources", str(portals), "--data-dir", str(data)) if command == "crawl" else run_cli(command, "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
    return data


def articles(data: Path) -> list:
    result = run_cli("query", "--data-dir", str(data), "--format", "json",
                     "SELECT article_id, source_id, province, title, published, text FROM articles ORDER BY article_id")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def warc_urls(data: Path) -> Counter:
    urls: Counter = Counter()
    for path in sorted((data / "captures").glob("*.warc.gz")):
        with open(path, "rb") as stream:
            urls.update(r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream) if r.rec_type == "response")
    return urls


def damage(index: Path, how: str) -> None:
    data = index.read_bytes()
    if how == "garbage":
        index.write_bytes(b"not an index at all " * 2000)
    elif how == "emptied":
        index.write_bytes(b"")
    else:  # cut in the middle of its pages
        index.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("how, reason", [
    ("garbage", "file is not a database"),
    ("emptied", "no such table: captures"),
    ("halved", "malformed"),
])
@pytest.mark.parametrize("repair", ["process --rebuild", "crawl"])
def test_a_damaged_index_is_named_then_rebuilt_from_the_captures(crawled, portals, tmp_path, how, reason, repair):
    data = tmp_path / "data"
    shutil.copytree(crawled, data, symlinks=True)
    expected, captured = articles(data), warc_urls(data)
    index = data / "state" / "crawl.sqlite"
    damage(index, how)
    damaged_bytes = index.read_bytes()

    check = run_cli("check", "--data-dir", str(data))
    assert check.returncode == 1
    named = [line for line in check.stdout.splitlines() if line.startswith("state/crawl.sqlite")]
    assert named == [f"state/crawl.sqlite: damaged ({reason}); `vncorpus process --rebuild` or the next crawl rebuilds it from the captures"
                     ] if how != "halved" else len(named) == 1 and reason in named[0], check.stdout
    assert "Traceback" not in check.stderr + check.stdout

    if repair == "crawl":
        crawl = run_cli("crawl", "--sources", str(portals), "--data-dir", str(data))
        assert crawl.returncode == 0, crawl.stderr
        assert "0 new articles" in crawl.stdout and "the capture index was damaged: set aside as quarantine/crawl.sqlite." in crawl.stdout
        # The tables tell which captures were processed: none is processed again.
        processed = run_cli("process", "--data-dir", str(data))
        assert processed.returncode == 0, processed.stderr
        assert "processed 0 captures" in processed.stdout
    else:
        rebuilt = run_cli("process", "--rebuild", "--data-dir", str(data))
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert f"processed {len(captured)} captures: {len(expected)} articles" in rebuilt.stdout
        assert "set aside as quarantine/crawl.sqlite." in rebuilt.stdout
        crawl = run_cli("crawl", "--sources", str(portals), "--data-dir", str(data))
        assert crawl.returncode == 0, crawl.stderr
        assert "0 new articles" in crawl.stdout and "damaged" not in crawl.stdout

    assert articles(data) == expected
    assert warc_urls(data) == captured  # nothing captured twice
    (kept,) = (data / "quarantine").glob("crawl.sqlite.*[0-9]")
    assert kept.read_bytes() == damaged_bytes
    assert run_cli("check", "--data-dir", str(data)).returncode == 0


def test_a_lost_index_keeps_the_sources_provinces(crawled, tmp_path):
    """The sources' provinces are in no WARC record: their mirror beside the captures gives them back."""
    data = tmp_path / "data"
    shutil.copytree(crawled, data, symlinks=True)
    expected = articles(data)
    (data / "state" / "crawl.sqlite").unlink()
    assert json.loads((data / "captures" / "sources.json").read_text(encoding="utf-8"))
    rebuilt = run_cli("process", "--rebuild", "--data-dir", str(data))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert articles(data) == expected
