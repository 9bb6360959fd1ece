"""`vncorpus status` on a data dir as three nightly runs left it (tests/files/status/README.md)."""
from __future__ import annotations

import json

from checkout import FILES, run_cli

DATA = FILES / "status"


def test_status_json_reports_last_runs_yield_and_gone_quiet():
    result = run_cli("status", "--data-dir", str(DATA), "--format", "json")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    crawl = state["last_crawl"]
    # The cut-short fourth report is passed over; the third night is the last crawl.
    assert (crawl["run_id"], crawl["seconds"], crawl["new_articles"], crawl["known_articles"], crawl["not_modified"]) == (
        "20261122T013000Z-e5f6", 200.0, 0, 14, 5,
    )
    assert crawl["failures"] == {"http_404": 1}  # robots.txt declining a page is not a failure
    assert state["last_process"]["articles"] == 2 and state["last_process"]["seconds"] == 4.0
    assert state["yield"]["articles_seen"] == {"dienbien-portal": [12, 12, 14], "langson-portal": [9, 9, 0]}
    assert state["gone_quiet"] == [
        {"source_id": "langson-portal", "last_run_with_articles": "20261121T013000Z-c3d4", "articles_then": 9, "errors_now": {"http_404": 1}}
    ]
    assert state["captures_waiting"] == {"total": 0, "by_source": {}}
    assert state["tables"]["articles"] == {"rows": 0, "parts": 0, "bytes": 0}


def test_status_text_says_what_the_night_did():
    result = run_cli("status", "--data-dir", str(DATA))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "last crawl: 2026-11-22 01:30 UTC, 3 min 20 s: 0 new articles, 3 pages fetched, 5 not modified, 14 known; http_404 1" in lines
    assert any(line.startswith("last process: 2026-11-22 01:33 UTC, 4 s: 3 captures → 2 articles") for line in lines)
    assert "  ! langson-portal: no articles in the last crawl, 9 in 20261121T013000Z-c3d4 (http_404 1 now)" in lines


def test_status_changes_nothing_and_rejects_a_missing_dir(tmp_path):
    before = sorted(p.name for p in DATA.rglob("*"))
    run_cli("status", "--data-dir", str(DATA))
    assert sorted(p.name for p in DATA.rglob("*")) == before
    missing = run_cli("status", "--data-dir", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and missing.stderr.startswith("vncorpus: error: data dir")


def test_status_yield_covers_the_last_n_runs():
    state = json.loads(run_cli("status", "--data-dir", str(DATA), "--format", "json", "--runs", "2").stdout)
    assert state["yield"]["runs"] == ["20261121T013000Z-c3d4", "20261122T013000Z-e5f6"]
    assert state["yield"]["articles_seen"]["langson-portal"] == [9, 0]
    assert [q["source_id"] for q in state["gone_quiet"]] == ["langson-portal"]
    assert state["last_crawl"]["log"] is None  # this fixture keeps no Scrapy log
