"""Benchmark `vncorpus process` against the naive baseline, side by side in one run.

    python tools/bench_process.py [--articles 2000] [--workers 1 2] [--baseline-articles 10]

Builds a data dir of seed-sized article captures (the five seed pages' text in NukeViet-style
HTML with menus, counters and related-news blocks, each copy made distinct), then measures in
a fresh process each time:

- vncorpus: `corpus.pipeline.process` (WARC read, trafilatura + rules, all four extractors,
  Parquet writes) with each --workers value, at two corpus sizes to show memory stays flat;
- baseline: trafilatura's default extraction + underthesea `ner()` on every sentence, the naive
  way to get places, on --baseline-articles pages (it is slow).

Prints articles/s, articles/s per core, and peak resident memory for each.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"


def page(index: int, text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    title = max(lines[:15], key=len)[:200]
    body = "".join(f"<p>{line}</p>" for line in lines if len(line) > 60)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/vi/news/">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="news_column"><h1>{title} (bài {index})</h1><span class="h5">Thứ hai - 05/09/2022 22:28</span>
<div id="news-bodyhtml">{body}<p>Bài số {index}.</p></div><p>Tác giả: Tin, ảnh: Minh Thùy</p></div>
<div><h4>Những tin mới hơn</h4><ul><li><a href="/vi/news/a-{index + 1}.html">Tin khác</a></li></ul></div>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập: 4</li><li>Hôm nay: 51</li><li>Trong tuần: 1 435</li></ul></div>
</body></html>"""


def build(data_dir: Path, n: int) -> None:
    from crawler.models import Source
    from crawler.store import CaptureStore

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    store = CaptureStore(data_dir)
    store.remember_sources([Source("bench", "Benchmark portal", "Cao Bằng", ("http://127.0.0.1/",), "nukeviet")])
    writer = store.writer("bench")
    now = datetime.now(timezone.utc)
    for i in range(n):
        body = page(i, texts[i % len(texts)]).encode("utf-8")
        writer.append(f"http://127.0.0.1/vi/news/tin-tuc/bai-{i}-{i}.html", "bench", 200, {"Content-Type": "text/html; charset=utf-8"}, body, now)
    writer.close()
    store.close()


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure_vncorpus(data_dir: Path, workers: int) -> dict:
    from corpus.pipeline import process

    start = time.perf_counter()
    report = process(data_dir, workers=workers)
    seconds = time.perf_counter() - start
    return {"articles": report.articles, "seconds": seconds, "peak_mb": peak_mb()}


def measure_baseline(data_dir: Path, n: int) -> dict:
    import trafilatura
    from underthesea import ner, sent_tokenize

    from crawler.store import CaptureStore

    store = CaptureStore(data_dir)
    captures = list(store.read(store.unprocessed()[:n]))
    ner("Khởi động mô hình.")  # load the model outside the timing, as for vncorpus's imports
    start = time.perf_counter()
    for capture in captures:
        text = trafilatura.extract(capture.body.decode("utf-8")) or ""
        for sentence in sent_tokenize(text):
            ner(sentence)
    seconds = time.perf_counter() - start
    return {"articles": len(captures), "seconds": seconds, "peak_mb": peak_mb()}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--baseline-articles", type=int, default=10)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DATA_DIR", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        kind, data_dir, n = args.child
        result = measure_vncorpus(Path(data_dir), int(n)) if kind == "vncorpus" else measure_baseline(Path(data_dir), int(n))
        print(json.dumps(result))
        return

    rows = []
    with tempfile.TemporaryDirectory(prefix="vncorpus-bench-") as tmp:
        sizes = [args.articles // 4, args.articles]
        for workers in args.workers:
            for size in sizes:
                data_dir = Path(tmp) / f"v-{workers}-{size}"
                build(data_dir, size)
                result = run_child("--child", "vncorpus", str(data_dir), str(workers))
                rows.append((f"vncorpus process --workers {workers}", workers, size, result))
        data_dir = Path(tmp) / "baseline"
        build(data_dir, args.baseline_articles)
        rows.append(("baseline: trafilatura + underthesea ner per sentence", 1, args.baseline_articles, run_child("--child", "baseline", str(data_dir), str(args.baseline_articles))))

    print(f"{'pipeline':<55} {'cores':>5} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'per core':>9} {'peak MB':>8}")
    for name, cores, _size, r in rows:
        rate = r["articles"] / r["seconds"]
        print(f"{name:<55} {cores:>5} {r['articles']:>8} {r['seconds']:>8.1f} {rate:>10.1f} {rate / cores:>9.1f} {r['peak_mb']:>8.0f}")
    print(f"(machine: {os.cpu_count()} cores; seed-sized articles built from {SEEDS})")


if __name__ == "__main__":
    main()
