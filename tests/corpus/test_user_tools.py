"""What a user runs by hand: the demo's portals kept up, status after real runs, progress on a
terminal and in a log, query streaming to a pipe or a file in Vietnamese order, search → show."""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import signal
import socket
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from checkout import REPO, run_cli

pytestmark = pytest.mark.slow


def _free_port_run(n: int) -> int:
    """A first port with n free ports after it."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            first = s.getsockname()[1]
        if first + n < 65536 and all(_free(first + i) for i in range(n)):
            return first
    raise RuntimeError("no free run of ports")


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`vncorpus demo --serve` in the background, as a user leaves it running in a terminal."""
    root = tmp_path_factory.mktemp("serve")
    sources = root / "demo-sources.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vncorpus.corpus.cli", "demo", "--serve", "--port", str(_free_port_run(3)), "--sources-file", str(sources)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    banner = [proc.stdout.readline() for _ in range(5)]
    assert sources.exists(), proc.stderr.read() if proc.poll() is not None else banner
    yield root, sources, banner
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=20) == 0
    assert "sample portals stopped" in proc.stderr.read()


@pytest.fixture(scope="module")
def nightly(served):
    """Two `vncorpus run`s against the served portals: a first night, then a quiet one."""
    root, sources, _ = served
    data = root / "data"
    first = run_cli("run", "--sources", str(sources), "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    second = run_cli("run", "--sources", str(sources), "--data-dir", str(data))
    assert second.returncode == 0, second.stderr
    return data, first, second


def test_demo_serve_prints_urls_and_a_sources_file(served):
    _, sources, banner = served
    urls = [line.split()[1] for line in banner[1:4]]
    assert all(url.startswith("http://127.0.0.1:") for url in urls)
    assert all(url.rstrip("/") in sources.read_text(encoding="utf-8") for url in urls)
    assert run_cli("sources", "check", "--sources", str(sources)).returncode == 0


def test_run_summaries_count_what_an_incremental_run_did(nightly):
    _, first, second = nightly
    assert first.stdout.splitlines()[-1].startswith("vncorpus run: added 12 articles (")
    header = second.stdout.splitlines()[0]
    assert ": 0 new articles, " in header and " 0 known" not in header  # the quiet night still saw its known articles
    assert second.stdout.splitlines()[-1].startswith("vncorpus run: added 0 articles (no facts) from 0 new captures; ")


def test_status_after_two_real_runs(nightly):
    data, _, _ = nightly
    state = json.loads(run_cli("status", "--data-dir", str(data), "--format", "json").stdout)
    assert state["last_crawl"]["new_articles"] == 0 and state["last_crawl"]["known_articles"] > 0
    assert state["last_process"]["captures"] == 0
    assert state["captures_waiting"]["total"] == 0
    assert state["tables"]["articles"]["rows"] == 12 and state["tables"]["articles"]["parts"] == 1
    assert set(state["yield"]["articles_seen"]) == {"backan-portal", "dienbien-portal", "langson-portal"}
    assert all(len(counts) == 2 and all(counts) for counts in state["yield"]["articles_seen"].values())
    assert state["gone_quiet"] == []
    assert Path(state["last_crawl"]["log"]).is_file()


def _under_pty(*args: str, timeout: float = 120) -> str:
    """`vncorpus ARGS` with a terminal as its output, as a user at a shell runs it."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "vncorpus.corpus.cli", *args], cwd=REPO, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            out += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    assert proc.wait(timeout=10) == 0, out.decode(errors="replace")[-2000:]
    return out.decode("utf-8", errors="replace")


def test_progress_is_live_on_a_terminal(served, tmp_path):
    _, sources, _ = served
    screen = _under_pty("crawl", "--sources", str(sources), "--data-dir", str(tmp_path / "data"))
    assert "\x1b[" in screen  # drawn and redrawn with terminal control sequences
    for heading in ("source", "pages", "new articles", "known", "not modified", "errors"):
        assert heading in screen
    assert "crawling · " in screen and "│ dienbien-portal" in screen
    screen = _under_pty("process", "--data-dir", str(tmp_path / "data"))
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    assert "\x1b[" in screen and "processing" in plain and "12/12 captures" in plain
    assert screen.rstrip().endswith("places)")  # the bar is cleared for the summary


def test_progress_in_a_log_is_plain_lines(served, tmp_path):
    _, sources, _ = served
    env = {**os.environ, "VNCORPUS_PROGRESS_INTERVAL": "0.01"}
    result = subprocess.run(
        [sys.executable, "-m", "vncorpus.corpus.cli", "run", "--sources", str(sources), "--data-dir", str(tmp_path / "data")],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert "\x1b[" not in result.stderr
    assert any(line.startswith("… ") and " pages fetched, " in line and " queued" in line for line in lines)
    assert any(line.startswith("… ") and "/12 captures processed, " in line for line in lines)


def _vietnamese_key(text: str) -> tuple:
    """Primary order of the Vietnamese alphabet (a ă â b c d đ e ê … ư v x y), tones ignored,
    a word ending before any letter ("Ba Bể" before "Bạch Thông"), as in a dictionary."""
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    base = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text.lower()) if c not in tones))
    return tuple(alphabet.index(c) if c in alphabet else -1 if c == " " else 100 + ord(c) for c in base)


def test_query_sorts_text_in_vietnamese_order(nightly):
    data, _, _ = nightly
    result = run_cli("query", "--data-dir", str(data), "--format", "csv", "SELECT DISTINCT name FROM places ORDER BY name")
    names = [row[0] for row in list(csv.reader(io.StringIO(result.stdout)))[1:]]
    assert len(names) > 10 and any(n.startswith("Đ") for n in names)
    assert names == sorted(names, key=_vietnamese_key)
    provinces = run_cli("query", "--data-dir", str(data), "--format", "csv", "SELECT province FROM decision_provinces WHERE canonical = '1191/QĐ-TTg' ORDER BY province")
    assert provinces.stdout.splitlines()[1:] == ["Bắc Kạn", "Điện Biên", "Lạng Sơn"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_streams_a_huge_result_to_a_pipe(nightly, fmt):
    data, _, _ = nightly
    # A billion rows: materialised, this would never come back; streamed, `| head` is answered at once.
    proc = subprocess.Popen(
        [sys.executable, "-m", "vncorpus.corpus.cli", "query", "--data-dir", str(data), "--format", fmt, "SELECT range AS n, 'Điện Biên' AS p FROM range(1000000000)"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    started = time.monotonic()
    head = [proc.stdout.readline() for _ in range(5)]
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0, proc.stderr.read()
    assert time.monotonic() - started < 30
    assert any("Điện Biên".encode() in line for line in head)


def test_query_output_file_is_written_whole_or_not_at_all(nightly, tmp_path):
    data, _, _ = nightly
    out = tmp_path / "provinces.json"
    ok = run_cli("query", "--data-dir", str(data), "--format", "json", "--output", str(out), "SELECT province, articles FROM decision_provinces ORDER BY province")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == "" and "rows written to" in ok.stderr
    written = out.read_text(encoding="utf-8")
    assert json.loads(written) and "Bắc Kạn" in written
    # A query that fails halfway (a bad cast deep in the rows) leaves the earlier file as it was.
    bad = run_cli("query", "--data-dir", str(data), "--output", str(out), "SELECT CAST(CASE WHEN range < 100000 THEN '1' ELSE 'x' END AS INTEGER) FROM range(200000)")
    assert bad.returncode == 2 and bad.stderr.startswith("vncorpus: error: query failed")
    assert out.read_text(encoding="utf-8") == written
    assert [p.name for p in tmp_path.iterdir()] == ["provinces.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    "target, message",
    [
        ("{tmp}", "is not a regular file"),
        ("/dev/null", "is not a regular file"),
        ("{tmp}/missing/out.csv", "folder"),
        ("{data}/out.csv", "inside the data dir"),
    ],
)
def test_query_output_refuses_what_is_not_a_new_or_regular_file(nightly, tmp_path, target, message):
    data, _, _ = nightly
    result = run_cli("query", "--data-dir", str(data), "--output", target.format(tmp=tmp_path, data=data), "SELECT 1")
    assert result.returncode == 2
    assert result.stderr.startswith("vncorpus: error: cannot write") and message in result.stderr


def test_search_hit_leads_to_its_article_by_id_or_url(nightly):
    data, _, _ = nightly
    hits = run_cli("search", "--data-dir", str(data), "thong tin doi ngoai").stdout.splitlines()
    assert hits
    article_id, url = hits[0].split("  ")[0], hits[0].split()[-1]
    assert len(article_id) == 16 and int(article_id, 16) >= 0
    by_id = run_cli("show", "--data-dir", str(data), article_id)
    by_url = run_cli("show", "--data-dir", str(data), url + "#comments")  # any spelling of the same page
    assert by_id.returncode == 0 and by_id.stdout == by_url.stdout
    unwrapped = "".join(by_id.stdout.split())  # rich folds long lines to the terminal's width
    assert article_id in unwrapped and url in unwrapped


def test_search_says_no_hits(nightly):
    data, _, _ = nightly
    result = run_cli("search", "--data-dir", str(data), "khong co tu nao nhu the nay")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == "no hits for 'khong co tu nao nhu the nay'\n"
