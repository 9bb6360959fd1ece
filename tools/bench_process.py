"""Benchmark `vncorpus process` against the naive baseline, side by side in one run.

    python tools/bench_process.py [--articles 2000] [--workers 1 2] [--baseline-articles 10] [--corpus portal seed]

Builds data dirs of seed-sized article captures — the five seed pages' stories, each copy made
distinct, in two frames: `seed`, a light NukeViet page (menu, byline, counter), and `portal`, the
heavy boilerplate real provincial portals carry (two-level menus, ribbon, sidebars of documents,
related and older news, counters, long footers) — then measures in a fresh process each time:

- vncorpus: `corpus.pipeline.process` (WARC read, trafilatura + rules, all four extractors,
  Parquet writes) with each --workers value, at two corpus sizes to show memory stays flat;
- baseline: trafilatura's default extraction + underthesea `ner()` on every sentence, the naive
  way to get places, on --baseline-articles pages (it is slow).

Prints, per corpus, the start-up time (imports, word lists, the first page) apart from the
steady rate, articles/s, articles/s per core, the ratio to the baseline measured in the same run,
and peak resident memory.
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


def seed_page(index: int, text: str) -> str:
    """The seed's story in a NukeViet article page with a light frame (menu, byline, counter)."""
    title, body = _story(text)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/vi/news/">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="news_column"><h1>{title} (bài {index})</h1><span class="h5">Thứ hai - 05/09/2022 22:28</span>
<div id="news-bodyhtml">{body}<p>Bài số {index}.</p></div><p>Tác giả: Tin, ảnh: Minh Thùy</p></div>
<div><h4>Những tin mới hơn</h4><ul><li><a href="/vi/news/a-{index + 1}.html">Tin khác</a></li></ul></div>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập: 4</li><li>Hôm nay: 51</li><li>Trong tuần: 1 435</li></ul></div>
</body></html>"""


_DEPARTMENTS = ("Sở Ngoại vụ", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo",
                "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Ban Dân tộc")
_TOPICS = ("Tin tức - Sự kiện", "Chỉ đạo điều hành", "Thông tin đối ngoại", "Biên giới - Lãnh thổ", "Hợp tác quốc tế",
           "Cải cách hành chính", "Văn bản pháp luật", "Thủ tục hành chính", "Lịch công tác", "Hỏi đáp")


def portal_page(index: int, text: str) -> str:
    """The same story inside the frame real provincial portals carry around it: a two-level menu,
    a ribbon, department links, a sidebar of new documents, related and older news with dates,
    a visitor counter and a long footer — several times the story's own markup."""
    title, body = _story(text)
    menu = "".join(
        f'<li class="dropdown"><a href="/vi/{t.lower().replace(" ", "-")}/">{t}</a><ul>'
        + "".join(f'<li><a href="/vi/news/{k}-{j}/">{t} mục {j}</a></li>' for j in range(1, 7))
        + "</ul></li>"
        for k, t in enumerate(_TOPICS)
    )
    departments = "".join(f'<li><a href="https://so{k}.example.gov.vn/">{d}</a></li>' for k, d in enumerate(_DEPARTMENTS))
    documents = "".join(
        f'<li><a href="/vi/laws/detail/{k}/">Quyết định số {100 + k}/QĐ-UBND ngày {1 + k % 27:02d}/0{1 + k % 9}/2022 '
        f"của UBND tỉnh về việc phê duyệt kế hoạch</a></li>"
        for k in range(8)
    )
    related = "".join(
        f'<li><a href="/vi/news/tin-tuc/tin-lien-quan-{index - k}.html">Hội nghị triển khai nhiệm vụ công tác năm {2022 - k % 3} '
        f'của các cơ quan, đơn vị trên địa bàn tỉnh</a> <span class="date">({1 + k:02d}/09/2022)</span></li>'
        for k in range(1, 16)
    )
    footer_links = "".join(f'<a href="/vi/page/{k}/">Liên kết {k}</a> | ' for k in range(30))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Cổng thông tin điện tử tỉnh</title>
<meta property="og:type" content="article"><link rel="stylesheet" href="/themes/default/css/style.css"></head><body>
<div id="s4-ribbonrow">Skip Ribbon Commands<a href="#">Skip to main content</a><a href="/_layouts/Authenticate.aspx">Đăng nhập</a></div>
<div class="header"><div class="banner"><img src="/images/banner.jpg" alt="banner"></div>
<form action="/vi/seek/"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
<marquee>Chào mừng kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9</marquee></div>
<nav><ul class="menu">{menu}</ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vi/news/">Tin tức</a> » <a href="/vi/news/tin-tuc/">Tin tức - Sự kiện</a></div>
<div class="left"><h3>Sở, ban, ngành</h3><ul>{departments}</ul><h3>Văn bản mới</h3><ul>{documents}</ul></div>
<div class="news_column"><h1>{title} (bài {index})</h1><span class="h5">Thứ hai - 05/09/2022 22:28</span>
<div class="social"><a href="#">Chia sẻ</a> <a href="#">In bài viết</a> <a href="#">Gửi email</a></div>
<div id="news-bodyhtml">{body}<p>Bài số {index}.</p></div><p>Tác giả: Tin, ảnh: Minh Thùy</p>
<div class="rating">Đánh giá bài viết: <span>Tổng số điểm là 25 trong 5 đánh giá</span></div></div>
<div><h4>Những tin mới hơn</h4><ul>{related}</ul><h4>Những tin cũ hơn</h4><ul>{related}</ul></div>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập: 41</li><li>Hôm nay: 5.151</li><li>Tháng hiện tại: 141.435</li><li>Tổng lượt truy cập: 12.351.004</li></ul></div>
<div class="footer"><p>{footer_links}</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Hoàng Đình Giong, thành phố, tỉnh.</p>
<p>Điện thoại: 0206.3852.123 - Fax: 0206.3852.456 - Email: ubnd@example.gov.vn</p>
<p>Giấy phép số 12/GP-TTĐT ngày 05/3/2018 của Cục Phát thanh, truyền hình và thông tin điện tử.</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.</p></div>
</body></html>"""


def _story(text: str) -> tuple[str, str]:
    lines = [line for line in text.splitlines() if line.strip()]
    title = max(lines[:15], key=len)[:200]
    return title, "".join(f"<p>{line}</p>" for line in lines if len(line) > 60)


PAGES = {"seed": seed_page, "portal": portal_page}


def build(data_dir: Path, n: int, shape: str) -> None:
    from vncorpus.crawler.models import Source
    from vncorpus.crawler.store import CaptureStore

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    store = CaptureStore(data_dir)
    store.remember_sources([Source("bench", "Benchmark portal", "Cao Bằng", ("http://127.0.0.1/",), "nukeviet")])
    writer = store.writer("bench")
    now = datetime.now(timezone.utc)
    for i in range(n):
        body = PAGES[shape](i, texts[i % len(texts)]).encode("utf-8")
        writer.append(f"http://127.0.0.1/vi/news/tin-tuc/bai-{i}-{i}.html", "bench", 200, {"Content-Type": "text/html; charset=utf-8"}, body, now)
    writer.close()
    store.close()


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure_vncorpus(data_dir: Path, workers: int, warm_dir: Path) -> dict:
    """Start-up (imports, word lists, gazetteer, first page) apart from the steady rate."""
    start = time.perf_counter()
    from vncorpus.corpus.pipeline import process

    process(warm_dir)
    startup = time.perf_counter() - start
    start = time.perf_counter()
    report = process(data_dir, workers=workers)
    seconds = time.perf_counter() - start
    return {"articles": report.articles, "startup": startup, "seconds": seconds, "peak_mb": peak_mb()}


def measure_baseline(data_dir: Path, n: int, warm_dir: Path) -> dict:
    start = time.perf_counter()
    import trafilatura
    from underthesea import ner, sent_tokenize

    from vncorpus.crawler.store import CaptureStore

    def run(directory: Path, limit: int) -> int:
        store = CaptureStore(directory)
        captures = list(store.read(store.unprocessed()[:limit]))
        store.close()
        for capture in captures:
            text = trafilatura.extract(capture.body.decode("utf-8")) or ""
            for sentence in sent_tokenize(text):
                ner(sentence)
        return len(captures)

    run(warm_dir, 1)  # loads the model, as vncorpus's warm-up loads its word lists
    startup = time.perf_counter() - start
    start = time.perf_counter()
    articles = run(data_dir, n)
    return {"articles": articles, "startup": startup, "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--baseline-articles", type=int, default=10)
    parser.add_argument("--corpus", nargs="+", choices=sorted(PAGES), default=sorted(PAGES), help="page shapes to measure")
    parser.add_argument("--child", nargs=4, metavar=("KIND", "DATA_DIR", "N", "WARM_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        kind, data_dir, n, warm = args.child
        measure = measure_vncorpus if kind == "vncorpus" else measure_baseline
        print(json.dumps(measure(Path(data_dir), int(n), Path(warm))))
        return

    rows = []
    with tempfile.TemporaryDirectory(prefix="vncorpus-bench-") as tmp:
        for shape in args.corpus:
            sizes = [args.articles // 4, args.articles]
            runs = []
            for workers in args.workers:
                for size in sizes:
                    data_dir, warm = Path(tmp) / f"{shape}-{workers}-{size}", Path(tmp) / f"{shape}-{workers}-{size}-warm"
                    build(data_dir, size, shape)
                    build(warm, 1, shape)
                    runs.append((f"vncorpus process --workers {workers}", workers, run_child("--child", "vncorpus", str(data_dir), str(workers), str(warm))))
            data_dir, warm = Path(tmp) / f"{shape}-baseline", Path(tmp) / f"{shape}-baseline-warm"
            build(data_dir, args.baseline_articles, shape)
            build(warm, 1, shape)
            baseline = run_child("--child", "baseline", str(data_dir), str(args.baseline_articles), str(warm))
            base_rate = baseline["articles"] / baseline["seconds"]
            rows += [(shape, name, cores, r, base_rate) for name, cores, r in runs]
            rows.append((shape, "baseline: trafilatura + underthesea ner per sentence", 1, baseline, base_rate))

    print(f"{'corpus':<7} {'pipeline':<53} {'cores':>5} {'articles':>8} {'start-up s':>10} {'seconds':>8} {'articles/s':>10} {'per core':>9} {'x baseline':>10} {'peak MB':>8}")
    for shape, name, cores, r, base_rate in rows:
        rate = r["articles"] / r["seconds"]
        print(
            f"{shape:<7} {name:<53} {cores:>5} {r['articles']:>8} {r['startup']:>10.1f} {r['seconds']:>8.1f} {rate:>10.1f} "
            f"{rate / cores:>9.1f} {rate / base_rate:>10.1f} {r['peak_mb']:>8.0f}"
        )
    print(f"(machine: {os.cpu_count()} cores; articles built from the seed pages in {SEEDS}; "
          "seed = light NukeViet frame, portal = heavy portal boilerplate; rates exclude start-up)")


if __name__ == "__main__":
    main()
