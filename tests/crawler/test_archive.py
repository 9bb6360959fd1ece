"""An archived portal (a province merged away in 2025) that now redirects to its successor: the
run report says "moved to …" instead of counting the redirects as leaving the source, and the
archive is never flagged as gone quiet."""
from __future__ import annotations

import json
import socket

import pytest
import yaml

from checkout import run_cli
from vncorpus.corpus.demo.server import SAMPLE_PORTALS, serve_sites

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    successor_port = _free_port()
    archive = root / "hagiang-portal"
    archive.mkdir()
    (archive / "site.yaml").write_text(
        "id: hagiang-portal\nname: Cổng thông tin điện tử tỉnh Hà Giang\nprovince: Hà Giang\nstart_path: /\n", encoding="utf-8"
    )
    # Every page of the old portal answers with a permanent redirect to the successor's home.
    (archive / "behaviours.yaml").write_text(
        yaml.safe_dump({"paths": {"/": {"redirect": f"http://127.0.0.1:{successor_port}/"}}}), encoding="utf-8"
    )
    with serve_sites([archive, SAMPLE_PORTALS / "langson-portal"], ports=[0, successor_port]) as (old, new):
        entries = [
            {"id": "hagiang-portal", "name": old.meta["name"], "province": "Hà Giang", "start_urls": [old.base_url + "/"],
             "status": "archive", "successor": "langson-portal"},
            {"id": "langson-portal", "name": new.meta["name"], "province": "Lạng Sơn", "start_urls": [new.base_url + "/"], "platform": "drupal"},
        ]
        sources = root / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
        data = root / "data"
        # A first night when the old portal still showed articles, so that silence now could alarm.
        (data / "reports").mkdir(parents=True)
        (data / "reports" / "crawl-20250601T000000Z-0000.json").write_text(
            json.dumps({"sources": [{"source_id": "hagiang-portal", "new_articles": 12, "skipped_known": 40}]}), encoding="utf-8"
        )
        result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(data))
        successor_base = new.base_url
    assert result.returncode == 0, result.stderr
    latest = sorted((data / "reports").glob("crawl-*.json"))[-1]
    report = {s["source_id"]: s for s in json.loads(latest.read_text(encoding="utf-8"))["sources"]}
    return result.stdout, report, successor_base


def test_redirect_to_successor_is_reported_as_moved(crawl):
    stdout, report, successor_base = crawl
    archive = report["hagiang-portal"]
    assert archive["moved_to"] == f"langson-portal ({successor_base}/)"
    assert archive["moved_pages"] >= 1
    assert f"> hagiang-portal: moved to langson-portal ({successor_base}/)" in stdout


def test_archive_is_not_flagged_gone_quiet(crawl):
    _, report, _ = crawl
    assert report["hagiang-portal"]["archive"] is True
    assert report["hagiang-portal"]["warning"] is None
    assert report["langson-portal"]["new_articles"] >= 4  # the successor is crawled as usual
