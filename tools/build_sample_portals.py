"""Render tools/sample_articles.yaml into the bundled sample portals (corpus/demo/sample_portals/):
three static sites with the markup and boilerplate of NukeViet (Điện Biên), SharePoint (Bắc Kạn)
and Drupal (Lạng Sơn) portals, plus each site's expected.yaml for the tests.

    python tools/build_sample_portals.py

The output is checked in; rerun after editing the articles or the templates.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "demo" / "sample_portals"
ARTICLES = yaml.safe_load((Path(__file__).with_name("sample_articles.yaml")).read_text(encoding="utf-8"))

ROBOTS = "User-agent: *\nDisallow: /admin/\nCrawl-delay: 1\n"
COUNTER = """<div class="counter"><h3>Thống kê truy cập</h3><ul>
<li>Đang truy cập: 7</li><li>Hôm nay: 412</li><li>Trong tuần: 1 435</li><li>Tổng lượt truy cập: 2 566 021</li></ul></div>"""
E = html.escape


def link_list(items: list[dict], path) -> str:
    return "<ul>" + "".join(f'<li><a href="{path(a)}">{E(a["title"])}</a></li>' for a in items) + "</ul>"


def paragraphs(article: dict, caption_class: str) -> str:
    out = []
    for text in article["paragraphs"]:
        # A short line without a full stop is a photo caption in these portals.
        if not text.rstrip().endswith((".", "!", "?")):
            out.append(f'<p class="{caption_class}"><em>{E(text)}</em></p>')
        else:
            out.append(f"<p>{E(text)}</p>")
    return "\n".join(out)


# ---- NukeViet: Điện Biên ------------------------------------------------------------------------

NV_LIST = "/vi/news/tin-tuc-su-kien/"


def nv_page(title: str, main: str, site: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(title)} - {E(site)}</title>
<meta name="generator" content="NukeViet v4.5"></head>
<body>
<div id="header"><div class="logo"><a href="/vi/">{E(site)}</a></div>
<ul class="menu"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/about/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="{NV_LIST}">Tin tức - Sự kiện</a></li><li><a href="/vi/contact/">Liên hệ</a></li></ul></div>
<div class="container"><div class="col-md-8">{main}</div>
<div class="col-md-4"><div class="panel"><h3>Thông tin mới nhất</h3><ul><li><a href="{NV_LIST}">Xem tất cả</a></li></ul></div>{COUNTER}</div></div>
<div id="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</p><p>Địa chỉ: Tổ 5, phường Mường Thanh, thành phố Điện Biên Phủ. Điện thoại: 0215 3825 912</p></div>
<div class="timeout">Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây</div>
</body></html>
"""


def nv_path(a: dict) -> str:
    return f"{NV_LIST}{a['slug']}-{a['id']}.html"


def nv_article(a: dict, newer: list[dict], older: list[dict], site: str) -> str:
    def links(items):
        return "".join(f'<li><a href="{nv_path(x)}">{E(x["title"])}</a></li>' for x in items) or "<li></li>"

    main = f"""<div class="news_column"><div class="panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{E(a['title'])}</h1>
<div class="row margin-bottom-lg"><span class="h5">{E(a['date'])}</span></div>
<div class="clearfix"><div class="hometext m-bottom">{E(a['lead'])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{paragraphs(a, "image-caption")}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{E(a['byline'])}</strong></p></div>
</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{links(newer)}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{links(older)}</ul>
</div></div>"""
    return nv_page(a["title"], main, site)


def nv_listing(items: list[dict], extra: str, pager: str, site: str) -> str:
    rows = "\n".join(
        f'<div class="news-item"><h3><a href="{nv_path(a)}">{E(a["title"])}</a></h3><p>{E(a["date"])}</p><p>{E(a["lead"][:120])}…</p></div>'
        for a in items
    )
    return nv_page("Tin tức - Sự kiện", f"<h2>Tin tức - Sự kiện</h2>{rows}{extra}<div class=\"pagination\">{pager}</div>", site)


def build_nukeviet(site_dir: Path, articles: list[dict], meta: dict) -> dict:
    site = meta["name"]
    for i, a in enumerate(articles):
        write(site_dir / nv_path(a).lstrip("/"), nv_article(a, articles[:i][-2:], articles[i + 1 : i + 3], site))
    broken = f"{NV_LIST}bai-viet-da-go-9999.html"
    page1 = articles[:3]
    write(site_dir / NV_LIST.lstrip("/") / "index.html", nv_listing(page1, f'<p><a href="{broken}">Tin đã gỡ</a> <a href="/admin/login">Quản trị</a></p>', f'<a href="{NV_LIST}page-2">2</a> <a href="{NV_LIST}page-2">Trang sau</a>', site))
    write(site_dir / NV_LIST.lstrip("/") / "page-2.html", nv_listing(articles[3:], "", f'<a href="{NV_LIST}">1</a>', site))
    home = nv_page(site, f'<h2>Tin nổi bật</h2>{link_list(articles[:2], nv_path)}<p><a href="{NV_LIST}">Xem thêm tin tức</a></p>', site)
    write(site_dir / "index.html", home)
    write(site_dir / "vi" / "index.html", home)
    write(site_dir / "vi" / "about" / "gioi-thieu.html", nv_page("Giới thiệu", "<h1>Giới thiệu chung về tỉnh Điện Biên</h1><p>Điện Biên là tỉnh miền núi biên giới thuộc vùng Tây Bắc, có đường biên giới với Lào và Trung Quốc.</p>", site))
    write(site_dir / "vi" / "contact" / "index.html", nv_page("Liên hệ", "<h1>Liên hệ</h1><p>Văn phòng UBND tỉnh Điện Biên. Điện thoại: 0215 3825 912.</p>", site))
    return {"non_articles": ["/", "/vi/", NV_LIST, f"{NV_LIST}page-2", "/vi/about/gioi-thieu.html", "/vi/contact/"], "broken": broken, "disallowed": "/admin/login", "paths": [nv_path(a) for a in articles]}


# ---- SharePoint: Bắc Kạn ------------------------------------------------------------------------

SP_LIST = "/Pages/tin-tuc-su-kien.aspx"


def sp_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(title)}</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="{SP_LIST}">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent">{main}</div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
"""


def sp_path(a: dict) -> str:
    return f"/Pages/{a['slug']}-{a['hex']}.aspx"


def sp_article(a: dict, related: list[dict]) -> str:
    items = "".join(f'<li><a href="{sp_path(x)}">{E(x["title"])}</a></li>' for x in related)
    main = f"""<div class="article-detail">
<h1 class="title-news">{E(a['title'])}</h1>
<div class="date-news">{E(a['date'])}</div>
<div class="ms-rtestate-field">
<p><strong>{E(a['lead'])}</strong></p>
{paragraphs(a, "caption")}
<p style="text-align:right"><strong>{E(a['byline'])}</strong></p>
</div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul>{items}</ul></div>"""
    return sp_page(a["title"], main)


def sp_listing(items: list[dict], extra: str, pager: str) -> str:
    rows = "\n".join(f'<li><a href="{sp_path(a)}">{E(a["title"])}</a> <span>{E(a["date"])}</span></li>' for a in items)
    return sp_page("Tin tức - Sự kiện", f"<h2>Tin tức - Sự kiện</h2><ul class=\"news-list\">{rows}</ul>{extra}<div class=\"paging\">{pager}</div>")


def build_sharepoint(site_dir: Path, articles: list[dict], meta: dict) -> dict:
    for a in articles:
        write(site_dir / sp_path(a).lstrip("/"), sp_article(a, [x for x in articles if x is not a][:3]))
    broken = "/Pages/bai-viet-khong-con-ton-tai-0f0f.aspx"
    write(site_dir / SP_LIST.lstrip("/"), sp_listing(articles[:3], f'<p><a href="{broken}">Tin cũ</a> <a href="/admin/login">Quản trị</a></p>', f'<a href="{SP_LIST}?Page=2">Trang 2</a>'))
    write(site_dir / (SP_LIST.lstrip("/") + "@Page=2"), sp_listing(articles[3:], "", f'<a href="{SP_LIST}">Trang 1</a>'))
    write(site_dir / "index.html", sp_page("Cổng thông tin điện tử tỉnh Bắc Kạn", f'<h2>Tin mới</h2>{link_list(articles[:2], sp_path)}<a href="{SP_LIST}">Xem tất cả</a>'))
    write(site_dir / "Pages" / "gioi-thieu.aspx", sp_page("Giới thiệu", "<h1>Giới thiệu tỉnh Bắc Kạn</h1><p>Bắc Kạn là tỉnh miền núi thuộc vùng Đông Bắc, có Hồ Ba Bể là di tích quốc gia đặc biệt.</p>"))
    write(site_dir / "Pages" / "lien-he.aspx", sp_page("Liên hệ", "<h1>Liên hệ</h1><p>Văn phòng UBND tỉnh Bắc Kạn. Điện thoại: 0209 3870 633.</p>"))
    write(site_dir / "Pages" / "gop-y.aspx", sp_page("Góp ý", "<h1>Góp ý</h1><p>Mời quý khách gửi ý kiến góp ý về Cổng thông tin điện tử tỉnh qua hộp thư điện tử của Ban biên tập.</p>"))
    write(site_dir / "Pages" / "so-do-trang.aspx", sp_page("Sơ đồ trang", f'<h1>Sơ đồ trang</h1><ul><li><a href="/">Trang chủ</a></li><li><a href="{SP_LIST}">Tin tức - Sự kiện</a></li></ul>'))
    return {"non_articles": ["/", SP_LIST, f"{SP_LIST}?Page=2", "/Pages/gioi-thieu.aspx", "/Pages/lien-he.aspx", "/Pages/so-do-trang.aspx", "/Pages/gop-y.aspx"], "broken": broken, "disallowed": "/admin/login", "paths": [sp_path(a) for a in articles]}


# ---- Drupal: Lạng Sơn ---------------------------------------------------------------------------

DR_LIST = "/tin-tuc"
BANNER = "QUYẾT TÂM THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẠNG SƠN LẦN THỨ XVII, NHIỆM KỲ 2020 - 2025"


def dr_page(title: str, main: str, og_type: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(title)} | Cổng thông tin điện tử tỉnh Lạng Sơn</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:type" content="{og_type}"><meta property="og:title" content="{E(title)}">{extra_head}</head>
<body class="path-node">
<header><div class="banner">{BANNER}</div>
<nav><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="{DR_LIST}">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main>{main}</main>
<footer><p>Cổng thông tin điện tử tỉnh Lạng Sơn. Số 2 Hoàng Văn Thụ, thành phố Lạng Sơn. Điện thoại: 0205 3812 605</p><p>Trung Tâm Công nghệ số</p></footer>
</body></html>
"""


def dr_path(a: dict) -> str:
    return f"{DR_LIST}/{a['slug']}"


def dr_article(a: dict) -> str:
    main = f"""<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span>{E(a['title'])}</span></h1>
<div class="node__meta"><span class="date">{E(a['date'])}</span></div>
<div class="field field--name-body"><p>{E(a['lead'])}</p>
{paragraphs(a, "image-caption")}
<p style="text-align:right"><strong>{E(a['byline'])}</strong></p></div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>"""
    return dr_page(a["title"], main, "article", f'<meta property="article:published_time" content="{a["iso"]}">')


def dr_listing(items: list[dict], extra: str, pager: str) -> str:
    rows = "\n".join(f'<div class="views-row"><h3><a href="{dr_path(a)}">{E(a["title"])}</a></h3><span>{E(a["date"])}</span></div>' for a in items)
    return dr_page("Tin tức", f"<h1>Tin tức</h1>{rows}{extra}<nav class=\"pager\">{pager}</nav>", "website")


def build_drupal(site_dir: Path, articles: list[dict], meta: dict) -> dict:
    for a in articles:
        write(site_dir / (dr_path(a).lstrip("/") + ".html"), dr_article(a))
    broken = f"{DR_LIST}/bai-viet-khong-ton-tai"
    write(site_dir / "tin-tuc.html", dr_listing(articles[:3], f'<p><a href="{broken}">Bài cũ</a> <a href="/admin/login">Đăng nhập quản trị</a></p>', f'<a href="{DR_LIST}?page=1">Trang sau ›</a>'))
    write(site_dir / "tin-tuc@page=1.html", dr_listing(articles[3:], "", f'<a href="{DR_LIST}">‹ Trang trước</a>'))
    write(site_dir / "index.html", dr_page("Trang chủ", f'<h2>Tin mới</h2>{link_list(articles[:2], dr_path)}<a href="{DR_LIST}">Xem thêm</a>', "website"))
    page = '<article class="node node--type-page"><h1>{}</h1><div class="field--name-body"><p>{}</p></div></article>'
    write(site_dir / "gioi-thieu.html", dr_page("Giới thiệu", page.format("Giới thiệu chung", "Lạng Sơn là tỉnh biên giới phía Đông Bắc, có cửa khẩu quốc tế Hữu Nghị."), "website"))
    write(site_dir / "lien-he.html", dr_page("Liên hệ", page.format("Liên hệ", "Văn phòng UBND tỉnh Lạng Sơn. Điện thoại: 0205 3812 605."), "website"))
    return {"non_articles": ["/", DR_LIST, f"{DR_LIST}?page=1", "/gioi-thieu", "/lien-he"], "broken": broken, "disallowed": "/admin/login", "paths": [dr_path(a) for a in articles]}


SITES = {
    "dienbien-portal": ({"name": "Cổng thông tin điện tử tỉnh Điện Biên", "province": "Điện Biên", "platform": "nukeviet"}, build_nukeviet),
    "backan-portal": ({"name": "Cổng thông tin điện tử tỉnh Bắc Kạn", "province": "Bắc Kạn", "platform": "sharepoint"}, build_sharepoint),
    "langson-portal": ({"name": "Cổng thông tin điện tử tỉnh Lạng Sơn", "province": "Lạng Sơn", "platform": "drupal"}, build_drupal),
}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    for site_id, (meta, build) in SITES.items():
        site_dir = OUT / site_id
        shutil.rmtree(site_dir, ignore_errors=True)
        articles = ARTICLES[site_id]
        layout = build(site_dir, articles, meta)
        write(site_dir / "robots.txt", ROBOTS)
        write(site_dir / "site.yaml", yaml.safe_dump({"id": site_id, **meta, "start_path": "/"}, allow_unicode=True, sort_keys=False))
        expected = {
            "articles": [
                {
                    "path": path,
                    "title": a["title"],
                    "published": str(a["published"]),
                    "author": a["author"],
                    "cites_1191": a["cites_1191"],
                    "first_sentence": a["lead"],
                    "last_sentence": a["paragraphs"][-1],
                }
                for path, a in zip(layout["paths"], articles)
            ],
            "non_articles": layout["non_articles"],
            "broken": layout["broken"],
            "disallowed": layout["disallowed"],
        }
        write(site_dir / "expected.yaml", "# Generated by tools/build_sample_portals.py: the tests' gold data for this site.\n" + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=200))


if __name__ == "__main__":
    main()
