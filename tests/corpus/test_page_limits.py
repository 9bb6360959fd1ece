"""Issue 25, item 6: a page costs time linear in its size with a small constant. A listing of
300,000 links or an annex of 100,000 numbers is read in its first items and says what was left
out; a page past the extraction limit says so; a page whose facts run past the time budget is kept
with the facts found by then."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vncorpus.corpus.analyze import analyze_file
from vncorpus.crawler.errors import UserError
from vncorpus.extract.article import MAX_PAGE_BYTES
from vncorpus.extract.page import MAX_CHILDREN, Page

# The ceilings the issue sets for `vncorpus analyze` on such a page (start-up included).
SECONDS, PEAK_MB = 30, 800


def _analyze_measured(page: Path) -> tuple[subprocess.CompletedProcess, float, int]:
    """`vncorpus analyze PAGE` in a child process; its result, wall seconds and peak memory in MB."""
    script = (
        "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr); sys.exit(r.returncode)"
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script, sys.executable, "-m", "vncorpus.corpus.cli", "analyze", str(page)],
        capture_output=True, text=True, timeout=120,
    )
    elapsed = time.monotonic() - started
    *stderr, peak = result.stderr.strip().splitlines()
    result.stderr = "\n".join(stderr)
    return result, elapsed, int(peak)


def _listing(n: int) -> str:
    items = "".join(f'<li><a href="/tin-tuc/bai-{i}.html">Tin số {i} về hội nghị</a></li>' for i in range(n))
    return (
        "<html><head><title>Tin tức</title></head><body><h1>Tin tức hội nghị tập huấn</h1>"
        "<p>Danh sách các tin về hội nghị tập huấn của tỉnh Cao Bằng trong năm 2023.</p>"
        f"<ul>{items}</ul></body></html>"
    )


def _annex(numbers: int) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{i * 37}</td></tr>" for i in range(numbers // 2))
    return (
        "<html><head><title>Phụ lục</title></head><body><h1>Phụ lục số liệu thống kê dân số các xã năm 2023</h1>"
        "<p>Ngày 16/01/2023, Sở Kế hoạch và Đầu tư tỉnh Cao Bằng công bố số liệu thống kê dân số của các xã "
        "trên địa bàn tỉnh theo Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ, kèm phụ lục dưới đây.</p>"
        f"<table>{rows}</table></body></html>"
    )


@pytest.mark.parametrize("name, html", [("300000 links", _listing(300_000)), ("100000 numbers", _annex(100_000))])
def test_a_huge_listing_or_annex_is_analyzed_within_the_ceilings(tmp_path, name, html):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result, elapsed, peak = _analyze_measured(page)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    # Read in its first items, and the article says how much was left out.
    assert article["truncated"].startswith("page: ") and "left out" in article["truncated"]
    assert article["text"].count("\n\n") >= MAX_CHILDREN // 2
    assert elapsed < SECONDS, (name, elapsed)
    assert peak < PEAK_MB, (name, peak)


def test_a_page_within_the_limits_is_read_whole():
    items = "".join(f"<li>Mục {i}</li>" for i in range(MAX_CHILDREN))
    page = Page(f"<html><body><ul>{items}</ul><p>Cuối trang</p></body></html>")
    assert page.cut is None
    assert [line.text for line in page.lines][-2:] == [f"Mục {MAX_CHILDREN - 1}", "Cuối trang"]


def test_a_long_list_keeps_its_first_items_and_what_follows_it():
    items = "".join(f"<li>Mục {i}</li>" for i in range(MAX_CHILDREN + 10))
    page = Page(f"<html><body><ul>{items}</ul><p>Cuối trang</p></body></html>")
    assert page.cut == f"page: 10 of {MAX_CHILDREN + 14} elements past the extraction limits left out"  # html, body, ul, p
    assert [line.text for line in page.lines][-2:] == [f"Mục {MAX_CHILDREN - 1}", "Cuối trang"]


def test_a_page_over_the_extraction_limit_names_the_limit(tmp_path):
    page = tmp_path / "big.html"
    with open(page, "wb") as out:
        out.write(b"<html><body><p>")
        out.truncate(50 * 1024 * 1024)  # sparse: written in no time
    with pytest.raises(UserError) as refused:
        analyze_file(page)
    assert str(refused.value) == f"{page}: page of 50 MB is over the {MAX_PAGE_BYTES // 2**20} MB extraction limit"
