"""Writes faults-portal/: a generic-CMS portal whose pages reproduce the faults real government
sites produce (legacy encodings, decomposed Unicode, flaky, moved, gone, oversized, slow, empty,
broken and non-HTML pages) and the ways in besides menus (robots.txt sitemap index, gzip sitemap,
RSS). The encoded pages are bytes no editor writes comfortably, hence a script; its output is
checked in so a reader can open every page.

    python tools/build_faults_portal.py
"""
from __future__ import annotations

import gzip
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vncorpus.extract.legacy import _TCVN3_BYTES, _VNI  # noqa: E402  (the decoders' tables, inverted)

SITE = ROOT / "tests" / "files" / "sites" / "faults-portal"
BODY = (
    "Ngày {d}, Sở Ngoại vụ tỉnh Lào Cai tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho "
    "cán bộ các huyện biên giới. Hội nghị đã quán triệt các nội dung về công tác thông tin đối ngoại, "
    "bảo vệ chủ quyền lãnh thổ và xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển. "
    "Các đại biểu đã thảo luận về những kết quả đạt được và đề xuất giải pháp cho năm tới."
)

# file name → (headline, visible date, declared charset, how the bytes are made)
ARTICLES = {
    "bai-utf8-1001.html": ("Hội nghị tập huấn thông tin đối ngoại tại Lào Cai", "12/03/2021", "utf-8", "utf-8"),
    "bai-cp1258-1002.html": ("Tuyên truyền biên giới hòa bình ở Bát Xát", "14/04/2021", "windows-1258", "cp1258"),
    "bai-tcvn3-1003.html": ("Thông tin đối ngoại vùng đồng bào dân tộc thiểu số", "20/05/2021", "iso-8859-1", "tcvn3"),
    "bai-vni-1004.html": ("Tập huấn kỹ năng thông tin đối ngoại cho cán bộ cơ sở", "02/06/2021", "windows-1252", "vni"),
    "bai-nfd-1005.html": ("Giao lưu hữu nghị với tỉnh Vân Nam", "18/07/2021", "utf-8", "nfd"),
    "bai-flaky-1006.html": ("Kết quả công tác đối ngoại sáu tháng đầu năm", "30/07/2021", "utf-8", "utf-8"),
    "bai-moved-new-1007.html": ("Lào Cai đẩy mạnh tuyên truyền về biên giới", "09/08/2021", "utf-8", "utf-8"),
    "bai-broken-1012.html": ("Hội thảo về hợp tác kinh tế cửa khẩu", "15/09/2021", "utf-8", "broken"),
    "bai-gone-1008.html": ("Bài đã gỡ khỏi cổng thông tin", "01/01/2021", "utf-8", "utf-8"),
    "bai-big-1009.html": ("Bài rất lớn vượt giới hạn tải", "01/01/2021", "utf-8", "utf-8"),
    "bai-slow-1010.html": ("Bài tải chậm quá thời gian chờ", "01/01/2021", "utf-8", "utf-8"),
}


def page(title: str, date: str, body: str, charset: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>{title} - Cổng thông tin tỉnh Lào Cai</title>
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="/rss.xml">
</head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/lien-he.html">Liên hệ</a></div>
<h1>{title}</h1>
<p class="date">Ngày đăng: {date}</p>
<div class="content"><p>{body}</p></div>
<div class="footer">Cổng thông tin điện tử tỉnh Lào Cai. Điện thoại: 0214 3840 888</div>
</body></html>
"""


def to_cp1258(text: str) -> bytes:
    """windows-1258 has ê, ơ, ư ... and combining tone marks, but few toned letters: decompose
    what it lacks into the longest base it has plus marks, as Windows does."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for mark in marks:
            combined = unicodedata.normalize("NFC", base + mark)
            try:
                combined.encode("cp1258")
            except UnicodeEncodeError:
                continue
            base = combined
            marks.remove(mark)
            break
        out.append(base + "".join(marks))
    return "".join(out).encode("cp1258")


def to_legacy(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def encode(html: str, kind: str) -> bytes:
    if kind == "cp1258":
        return to_cp1258(html)
    if kind == "tcvn3":
        return to_legacy(html, {char: chr(code) for code, char in _TCVN3_BYTES.items()}).encode("latin-1")
    if kind == "vni":
        return to_legacy(html, {char: seq for seq, char in _VNI.items()}).encode("cp1252")
    if kind == "nfd":
        return unicodedata.normalize("NFD", html).encode("utf-8")
    if kind == "broken":
        # Unclosed elements and a page cut off mid-paragraph.
        return html.replace("</p></div>", "<div><span><b>").replace("</body></html>", "<p>dở dang").encode("utf-8")
    return html.encode("utf-8")


def main() -> None:
    news = SITE / "tin-tuc"
    news.mkdir(parents=True, exist_ok=True)
    for name, (title, date, charset, kind) in ARTICLES.items():
        (news / name).write_bytes(encode(page(title, date, BODY.format(d=date), charset), kind))
    (news / "bai-empty-1011.html").write_bytes(b"")
    (news / "van-ban-1013.html").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    links = [
        ("bai-utf8-1001.html", "Hội nghị tập huấn"), ("bai-cp1258-1002.html", "Tuyên truyền biên giới"),
        ("bai-flaky-1006.html", "Kết quả công tác đối ngoại"), ("bai-moved-1007.html", "Lào Cai đẩy mạnh tuyên truyền"),
        ("bai-gone-1008.html", "Bài đã gỡ"), ("bai-big-1009.html", "Bài rất lớn"), ("bai-slow-1010.html", "Bài tải chậm"),
        ("bai-empty-1011.html", "Bài trống"), ("van-ban-1013.html", "Văn bản"),
    ]
    items = "\n".join(f'<li><a href="/tin-tuc/{href}">{text}</a></li>' for href, text in links)
    (news / "index.html").write_text(
        f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body>
<h1>Tin tức - sự kiện</h1><ul>
{items}
<li><a href="http://example.invalid/tin-tuc/ngoai-site-1.html">Liên kết ngoài</a></li>
</ul></body></html>
""",
        encoding="utf-8",
    )
    (SITE / "index.html").write_text(
        """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin tỉnh Lào Cai</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
<a href="/tin-tuc/">Tin tức</a> <a href="/lien-he.html">Liên hệ</a></body></html>
""",
        encoding="utf-8",
    )
    (SITE / "lien-he.html").write_text(
        """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Liên hệ</title></head><body>
<h1>Liên hệ</h1><p>Văn phòng UBND tỉnh Lào Cai. Điện thoại: 0214 3840 888.</p></body></html>
""",
        encoding="utf-8",
    )
    (SITE / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\nSitemap: /sitemap_index.xml\n", encoding="utf-8")
    (SITE / "sitemap_index.xml").write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>/sitemap-news.xml.gz</loc></sitemap>
</sitemapindex>
""",
        encoding="utf-8",
    )
    sitemap = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>/tin-tuc/bai-tcvn3-1003.html</loc><lastmod>2021-05-20</lastmod></url>
  <url><loc>/tin-tuc/bai-utf8-1001.html</loc><lastmod>2021-03-12</lastmod></url>
</urlset>
"""
    (SITE / "sitemap-news.xml.gz").write_bytes(gzip.compress(sitemap, mtime=0))
    (SITE / "rss.xml").write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin tức Lào Cai</title><link>/</link>
<item><title>Tập huấn kỹ năng</title><link>/tin-tuc/bai-vni-1004.html</link></item>
<item><title>Giao lưu hữu nghị</title><link>/tin-tuc/bai-nfd-1005.html</link></item>
<item><title>Hội thảo</title><link>/tin-tuc/bai-broken-1012.html</link></item>
</channel></rss>
""",
        encoding="utf-8",
    )
    (SITE / "site.yaml").write_text(
        "id: laocai-faults\nname: Cổng thông tin tỉnh Lào Cai (fault fixture)\nprovince: Lào Cai\nplatform: generic\nstart_path: /\n",
        encoding="utf-8",
    )
    (SITE / "behaviours.yaml").write_text(
        """# How this fixture portal misbehaves (corpus/demo/server.py reads it).
paths:
  /tin-tuc/bai-flaky-1006.html: {fail: 2, status: 503}   # two 503s, then the page: retried with backoff
  /tin-tuc/bai-moved-1007.html: {redirect: /tin-tuc/bai-moved-new-1007.html}
  /tin-tuc/bai-gone-1008.html: {status: 410}
  /tin-tuc/bai-big-1009.html: {pad_bytes: 11000000}       # over DOWNLOAD_MAXSIZE (10 MiB)
  /tin-tuc/bai-slow-1010.html: {delay: 7}                 # over DOWNLOAD_TIMEOUT (5 s) in the local profile
""",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
