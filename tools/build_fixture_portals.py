"""Render tools/fixture_articles.yaml into the fixture portals under tests/files/portals/: one
site per CMS shape that real Vietnamese government portals use (NukeViet as installed and
multi-language, Liferay, WordPress, Joomla, an ASP.NET CMS, SharePoint without hex ids), each
with its platform's markup, boilerplate and junk links, and a truth.yaml naming the kind of
every URL the site serves. tests/portals.py serves them and reproduces their behaviours.

    python tools/build_fixture_portals.py            # rewrite the checked-in portals
    python tools/build_fixture_portals.py --large DIR --articles 240   # the sitemap-less big one

The output is checked in (the big portal is built at test time); rerun after editing the
articles or the templates.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "files" / "portals"
CONTENT = yaml.safe_load(Path(__file__).with_name("fixture_articles.yaml").read_text(encoding="utf-8"))
# Real portals write absolute URLs (canonical, og:url, sitemaps, feeds); the server puts its
# own origin in place of this token when it serves a file.
ORIGIN = "%ORIGIN%"
E = html.escape
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@dataclass
class Article:
    slug: str
    id: int
    title: str
    published: datetime
    byline: str
    tags: list[str]
    cites_1191: bool
    lead: str
    paragraphs: list[str]

    @property
    def day(self) -> str:
        return self.published.strftime("%d/%m/%Y")


@dataclass
class Entry:
    """One URL the portal answers, as truth.yaml records it."""

    url: str
    kind: str  # article | listing | tag | static | search | alternate | login | other
    body: str | None = None  # None: a redirect
    of: str | None = None  # for an alternate: the canonical article it is a view of
    redirect: str | None = None
    status: int = 200
    note: str | None = None
    content_type: str = "text/html"
    conditional_get: str | None = None  # overrides the portal's mode for this URL
    article: Article | None = None
    post: dict | None = None  # answered to a POST of these form fields (the URL's #fragment names it)


@dataclass
class Portal:
    name: str
    platform: str
    province: str
    description: str
    conditional_get: str  # never | none | validators (see tests/portals.py)
    entries: list[Entry] = field(default_factory=list)
    urls: set[str] = field(default_factory=set)
    behaviours: dict = field(default_factory=dict)
    start_path: str = "/"
    robots: str = "User-agent: *\nDisallow: /admin/\n"

    def add(self, url: str, kind: str, body: str | None = None, **kw) -> Entry:
        if url in self.urls:
            raise ValueError(f"{self.name}: {url} twice")
        entry = Entry(url, kind, body, **kw)
        self.entries.append(entry)
        self.urls.add(url)
        return entry


def slug_of(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def load_articles(tinh: str, huyen: str, extra: bool = False) -> list[Article]:
    raw = list(CONTENT["articles"]) + ([CONTENT["new_article"]] if extra else [])
    out = []
    for a in raw:
        fill = lambda s: s.format(tinh=tinh, huyen=huyen)  # noqa: E731
        out.append(
            Article(
                slug=a["slug"],
                id=int(a["id"]),
                title=fill(a["title"]),
                published=datetime.strptime(str(a["published"]), "%Y-%m-%d %H:%M"),
                byline=a["byline"],
                tags=list(a["tags"]),
                cites_1191=bool(a["cites_1191"]),
                lead=fill(a["lead"]),
                paragraphs=[fill(p) for p in a["paragraphs"]],
            )
        )
    return sorted(out, key=lambda a: a.published, reverse=True)  # newest first, as every CMS lists


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def body_html(a: Article, caption_class: str) -> str:
    out = []
    for text in a.paragraphs:
        # A line without a full stop is a photo caption on these portals.
        if text.rstrip().endswith((".", "!", "?")):
            out.append(f"<p>{E(text)}</p>")
        else:
            out.append(f'<p class="{caption_class}"><img alt="" src="/uploads/news/{a.id}/anh-{len(out)}.jpg"><br><em>{E(text)}</em></p>')
    return "\n".join(out)


def weekday_date(a: Article) -> str:
    return f"{WEEKDAYS[a.published.weekday()]} - {a.published:%d/%m/%Y %H:%M}"


def counter_block() -> str:
    return """<div class="counter"><h3>Thống kê truy cập</h3><ul>
<li>Đang truy cập: 12</li><li>Hôm nay: 1 028</li><li>Tháng hiện tại: 24 390</li><li>Tổng lượt truy cập: 3 716 502</li></ul></div>"""


def calendar_page(shell, url_prefix: str, param: str) -> str:
    """The work-calendar page as a template: the server fills {date}, {prev} and {next}, so
    every day links two more days, without end, as the real calendars do."""
    main = f"""<div class="lich-cong-tac"><h2>Lịch công tác ngày {{date}}</h2>
<p>Chưa có lịch công tác trong ngày này.</p>
<p><a href="{url_prefix}?{param}={{prev}}">&laquo; Ngày trước</a> | <a href="{url_prefix}?{param}={{next}}">Ngày sau &raquo;</a></p></div>"""
    return shell("Lịch công tác", main)


# ---- NukeViet 4.5 ---------------------------------------------------------------------------------


def nv_token(path: str) -> str:
    """NukeViet's nv_redirect: the page to return to, base64-encoded in the URL."""
    return base64.urlsafe_b64encode(path.encode()).decode().rstrip("=")


def nv_published_time(a: Article) -> str:
    # NukeViet formats it with PHP's date('Y-m-dTH:i:s'), where T is the zone abbreviation,
    # which for Asia/Ho_Chi_Minh is "+07": 2020-03-12+0708:30:00.
    return a.published.strftime("%Y-%m-%d+07%H:%M:%S")


class NukeViet:
    """NukeViet 4.5, default theme, news module. `lang` is "" for the installer's one-language
    site (modules at the root: /tin-tuc-su-kien/) and "/vi" for a multi-language one, where the
    news module sits at /vi/news/."""

    CAT = "tin-tuc-su-kien"
    CAT_TITLE = "Tin tức - Sự kiện"

    def __init__(self, portal: Portal, site: str, lang: str, per_page: int = 4, linear: bool = False, related: bool = True):
        # `linear`: the pager only steps ("Trang trước" / "Trang sau"), so page n is n - 1 links deep;
        # without `related`, an article links no other ("Những tin cũ hơn") and a tag page shows only its
        # newest, so only the listings reach the old ones.
        self.p, self.site, self.lang, self.per_page, self.linear, self.related = portal, site, lang, per_page, linear, related
        self.home = f"{lang}/" if lang else "/"
        self.news = f"{lang}/news" if lang else ""
        self.cat = f"{self.news}/{self.CAT}/"

    def article_url(self, a: Article) -> str:
        return f"{self.cat}{a.slug}-{a.id}.html"

    def listing_url(self, page: int) -> str:
        return self.cat if page == 1 else f"{self.cat}page-{page}/"

    def tag_url(self, tag: str) -> str:
        return f"{self.news}/tag/{slug_of(tag)}"

    def shell(self, title: str, main: str, path: str, og_type: str = "website", head: str = "", microdata: bool = False) -> str:
        L = self.lang
        theme = "".join(
            f'<a href="{path}?nvvithemever={t}&amp;nv_redirect={nv_token(path)}" rel="nofollow" title="{label}"><em class="fa fa-{icon} fa-lg"></em></a> '
            for t, label, icon in (("d", "Chuyển sang giao diện Máy tính", "desktop"), ("m", "Chuyển sang giao diện Di động", "mobile"))
        )
        lang_switch = '<div class="language"><a href="/vi/" title="Tiếng Việt">Tiếng Việt</a></div>' if L else ""
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{E(title)} - {E(self.site)}</title>
<meta name="description" content="{E(title)}">
<meta name="author" content="{E(self.site)}">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{E(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:site_name" content="{E(self.site)}">
<meta property="og:url" content="{ORIGIN}{path}">
{head}<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="{self.news}/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="alternate" href="{self.news}/rss/{self.CAT}/" title="Tin Tức - {self.CAT_TITLE}" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{E(self.site)}" href="{self.home}"><img src="/uploads/logo.png" alt="{E(self.site)}"></a><span class="site_name">{E(self.site)}</span></div>
<div class="col-xs-24 col-sm-24 col-md-16">{lang_switch}<div class="headerSearch"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><button type="button" class="btn btn-info" data-url="{L}/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="{self.home}"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li role="presentation"><a class="dropdown-toggle" href="{L}/about/" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu</a></li>
<li role="presentation"><a class="dropdown-toggle" href="{self.cat}" role="button" title="{self.CAT_TITLE}">{self.CAT_TITLE}</a></li>
<li role="presentation"><a href="{L}/lich-cong-tac/?ngay=2023-10-02" title="Lịch công tác">Lịch công tác</a></li>
<li role="presentation"><a href="{L}/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div></div></div></nav>
<div class="section-header-bar"><span class="current-time">Thứ hai, 02/10/2023</span> <a href="{L}/users/login/" title="Đăng nhập"><em class="fa fa-user"></em> Đăng nhập</a> <a href="{L}/content/" title="Gửi bài viết">Gửi bài viết</a></div>
<section><div class="container" id="body">
<div class="row"><div class="col-md-18">{'<div itemscope itemtype="http://schema.org/NewsArticle">' if microdata else ''}{main}{'</div>' if microdata else ''}</div>
<div class="col-md-6"><div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><a href="http://chinhphu.vn" rel="nofollow">Cổng TTĐT Chính phủ</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body"><a href="{L}/voting/?PHPSESSID=9f2c4e1ab37d48e6a0c5b1d2e3f40567">Xem kết quả bình chọn</a></div></div>
{counter_block()}</div></div>
</div></section>
<footer id="footer" class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><p>© Bản quyền thuộc về {E(self.site)}</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="theme-change"><span title="Chế độ giao diện đang hiển thị: Tự động"><em class="fa fa-desktop fa-lg"></em></span> {theme}</div>
<a href="{L}/seek/" title="Tìm kiếm">Tìm kiếm</a> <a href="{self.news}/rss/" title="RSS">RSS</a></div>
</div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
</body></html>
"""

    def teaser(self, a: Article) -> str:
        url = self.article_url(a)
        return f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{url}" title="{E(a.title)}"><img alt="{E(a.title)}" src="/assets/news/{a.published:%Y_%m}/{a.id}.jpg" width="100" class="img-thumbnail pull-left imghome"></a>
<h3><a href="{url}" title="{E(a.title)}">{E(a.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {a.published:%d/%m/%Y %H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {a.id % 97 + 11}</li></ul></div>
{E(a.lead)}
</div></div>"""

    def pager(self, page: int, pages: int, url) -> str:
        if self.linear:
            back = f'<li><a href="{url(page - 1)}">&laquo; Trang trước</a></li>' if page > 1 else ""
            on = f'<li><a href="{url(page + 1)}">Trang sau &raquo;</a></li>' if page < pages else ""
            return f'<div class="text-center"><ul class="pagination">{back}{on}</ul></div>'
        items = [f'<li class="{"active" if n == page else ""}"><a href="{"#" if n == page else url(n)}">{n}</a></li>' for n in range(1, pages + 1)]
        nxt = f'<li><a href="{url(page + 1)}">&raquo;</a></li>' if page < pages else '<li class="disabled"><a href="#">&raquo;</a></li>'
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}{nxt}</ul></div>'

    def article_main(self, a: Article, others: list[Article]) -> str:
        self.article_url(a)
        idx = others.index(a)
        newer, older = (others[max(0, idx - 3) : idx], others[idx + 1 : idx + 4]) if self.related else ([], [])
        rel = lambda xs: "".join(f'<li><a href="{self.article_url(x)}" title="{E(x.title)}">{E(x.title)}</a> <em>({x.day})</em></li>' for x in xs)  # noqa: E731
        tags = ", ".join(f'<a title="{E(t)}" href="{self.tag_url(t)}"><em>{E(t)}</em></a>' for t in a.tags)
        return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{E(a.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{weekday_date(a)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{self.news}/sendmail/{self.CAT}/{a.slug}-{a.id}.html','',650,500,'resizable=no,scrollbars=yes');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{self.news}/print/{self.CAT}/{a.slug}-{a.id}.html','',840,500,'resizable=yes,scrollbars=yes');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{self.news}/savefile/{self.CAT}/{a.slug}-{a.id}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{E(a.lead)}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{body_html(a, "image-center")}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: {E(a.byline)}</strong></p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="" method="post"><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><span>Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{rel(newer)}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{rel(older)}</ul>
</div></div>"""

    def article_head(self, a: Article) -> str:
        return f"""<meta property="article:published_time" content="{nv_published_time(a)}">
<meta property="article:section" content="{self.CAT_TITLE}">
{''.join(f'<meta property="article:tag" content="{E(t)}">' for t in a.tags)}
<link rel="canonical" href="{ORIGIN}{self.article_url(a)}">
"""

    def print_page(self, a: Article) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(a.title)}</title><meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="/themes/default/css/print.css"></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{E(self.site)}</h2><p class="pull-right"><a title="{E(self.site)}" href="{self.home}">{ORIGIN}</a></p></div>
<div class="clear"></div><hr>
<div id="content"><h1>{E(a.title)}</h1><ul class="list-inline"><li>{weekday_date(a)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div><div id="hometext">{E(a.lead)}</div>
<div class="bodytext">{body_html(a, "image-center")}</div>
<div id="author"><strong>Tác giả bài viết: {E(a.byline)}</strong></div></div>
<div id="footer"><div id="url"><strong>URL của bản tin này: </strong><a href="{ORIGIN}{self.article_url(a)}" title="{E(a.title)}">{ORIGIN}{self.article_url(a)}</a></div>
<div class="copyright">&copy; {E(self.site)}</div></div></div></body></html>
"""

    def sendmail_page(self, a: Article) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow"></head>
<body><div id="sendmail"><h2>Gửi bài viết qua email</h2><p>Bài viết: <strong>{E(a.title)}</strong></p>
<form action="" method="post"><label>Tên của bạn <input name="name"></label><label>Email người nhận <input name="email"></label>
<textarea name="content"></textarea><input type="submit" value="Gửi"></form></div></body></html>
"""

    def build(self, articles: list[Article], sitemap: bool) -> None:
        p, L = self.p, self.lang
        pages = chunks(articles, self.per_page)

        def page(url: str, kind: str, title: str, main: str, **kw) -> Entry:
            entry = p.add(url, kind, self.shell(title, main, url, **kw))
            return entry

        if L:
            p.add("/", "other", redirect=self.home, status=301, note="the root sends visitors to the default language")
        page(self.home, "listing", self.site, "<h2>Tin mới</h2>" + "".join(self.teaser(a) for a in articles[:4]) + f'<p><a href="{self.cat}">Xem tất cả</a></p>')
        for n, items in enumerate(pages, 1):
            page(self.listing_url(n), "listing", self.CAT_TITLE if n == 1 else f"{self.CAT_TITLE} - Trang {n}",
                 f'<div class="page-header"><h1>{self.CAT_TITLE}</h1></div>' + "".join(self.teaser(a) for a in items) + self.pager(n, len(pages), self.listing_url))
        for a in articles:
            url = self.article_url(a)
            main = self.article_main(a, articles)
            p.add(url, "article", self.shell(a.title, main, url, "article", self.article_head(a), microdata=True), article=a)
            # The download copy is the detail page again, under another path.
            save = f"{self.news}/savefile/{self.CAT}/{a.slug}-{a.id}.html"
            p.add(save, "alternate", self.shell(a.title, main, save, "article", self.article_head(a), microdata=True), of=url, note="savefile: the article again, same markup")
            p.add(f"{self.news}/print/{self.CAT}/{a.slug}-{a.id}.html", "alternate", self.print_page(a), of=url, note="print view, linked from an onclick")
            p.add(f"{self.news}/sendmail/{self.CAT}/{a.slug}-{a.id}.html", "other", self.sendmail_page(a), note="send-to-a-friend form, linked from an onclick")
        for tag in sorted({t for a in articles for t in a.tags}):
            tagged = [a for a in articles if tag in a.tags][: None if self.related else self.per_page]
            page(self.tag_url(tag), "tag", tag, f'<div class="page-header"><h1>{E(tag)}</h1></div>' + "".join(self.teaser(a) for a in tagged))
        page(f"{L}/about/", "static", "Giới thiệu", f'<ul class="about-list"><li><a href="{L}/about/gioi-thieu.html">Giới thiệu chung</a></li></ul>')
        page(f"{L}/about/gioi-thieu.html", "static", "Giới thiệu chung",
             f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">Giới thiệu chung</h1><div class="bodytext">'
             f"<p>{E(p.province)} là tỉnh miền núi có đường biên giới quốc gia dài, nhiều dân tộc cùng sinh sống.</p>"
             "<p>Cổng thông tin điện tử cung cấp thông tin chỉ đạo, điều hành của chính quyền tỉnh tới người dân và doanh nghiệp.</p></div></div></div>")
        page(f"{L}/contact/", "static", "Liên hệ", f'<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1><p>Văn phòng Ủy ban nhân dân tỉnh {E(p.province)}. Điện thoại: 0219 3866 112.</p><form method="post"><input name="ftitle"><textarea name="fcon"></textarea><input type="submit" value="Gửi"></form></div></div>')
        page(f"{L}/seek/", "search", "Tìm kiếm", '<div class="panel panel-default"><div class="panel-body"><form action="" method="get"><input type="text" name="q" maxlength="60"><select name="m"><option value="news">Tin Tức</option></select><input type="submit" value="Tìm kiếm"></form></div></div>')
        login = page(f"{L}/users/login/", "login", "Đăng nhập", '<div class="users"><h2>Đăng nhập</h2><form action="" method="post"><input name="nv_login" placeholder="Tên đăng nhập"><input type="password" name="nv_password"><input type="submit" value="Đăng nhập"></form></div>')
        content_back = f"{L}/users/login/?nv_redirect={nv_token(f'{L}/content/')}"
        p.add(content_back, "login", login.body, note="the log-in page, asked to return to /content/")
        p.add(f"{L}/content/", "login", redirect=content_back, status=302, note="posting needs an account: to the log-in page")
        # PHP's session id in a poll link: the site answers with the page as if it were absent.
        page(f"{L}/voting/", "other", "Thăm dò ý kiến", '<div class="panel"><h2>Kết quả bình chọn</h2><p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin? Đẹp: 61%; Bình thường: 30%; Chưa đẹp: 9%.</p></div>')
        p.add(f"{L}/voting/?PHPSESSID=9f2c4e1ab37d48e6a0c5b1d2e3f40567", "other", of=f"{L}/voting/", note="session id: the same page as /voting/")
        self.feeds(articles)
        if sitemap:
            self.sitemaps(articles)
        p.add(f"{L}/lich-cong-tac/", "other", calendar_page(lambda t, m: self.shell(t, m, f"{L}/lich-cong-tac/"), f"{L}/lich-cong-tac/", "ngay"),
              note="template of the endless work calendar: every ?ngay=YYYY-MM-DD answers, linking the day before and after")
        p.behaviours["calendar"] = {"path": f"{L}/lich-cong-tac/", "param": "ngay", "today": "2023-10-02"}
        p.behaviours["theme_switch"] = "nukeviet"
        p.behaviours["session_ids"] = ["PHPSESSID"]
        # The theme switches every page carries: each answers 301 back to its page.
        for e in list(p.entries):
            if e.content_type == "text/html" and e.body and "nvvithemever" in e.body and "?" not in e.url:
                for t in ("d", "m"):
                    p.add(f"{e.url}?nvvithemever={t}&nv_redirect={nv_token(e.url)}", "alternate" if e.kind == "article" else "other",
                          redirect=e.url, status=301, of=e.url if e.kind == "article" else None, note="theme switch: 301 back to the page")
        p.robots = "User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /vendor/\n" + (f"Sitemap: {ORIGIN}/sitemap.xml\n" if sitemap else "")

    def feeds(self, articles: list[Article]) -> None:
        for url, title in ((f"{self.news}/rss/", "Tin Tức"), (f"{self.news}/rss/{self.CAT}/", f"Tin Tức - {self.CAT_TITLE}")):
            items = "".join(
                f"<item><title>{E(a.title)}</title><link>{ORIGIN}{self.article_url(a)}</link><guid isPermaLink=\"false\">news_{a.id}</guid>"
                f"<description><![CDATA[{a.lead}]]></description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n"
                for a in articles[:20]
            )
            self.p.add(url, "other", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{E(title)}</title><link>{ORIGIN}{self.home}</link>
<description>{E(self.site)}</description><language>vi</language><generator>NukeViet v4.5</generator>
{items}</channel></rss>
""", content_type="application/rss+xml", note="RSS feed")

    def sitemaps(self, articles: list[Article]) -> None:
        part = "/sitemap-vi.news.xml"
        self.p.add("/sitemap.xml", "other", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{ORIGIN}{part}</loc></sitemap>
<sitemap><loc>{ORIGIN}/sitemap-vi.about.xml</loc></sitemap>
</sitemapindex>
""", content_type="application/xml", note="sitemap index")
        urls = "".join(f"<url><loc>{ORIGIN}{self.article_url(a)}</loc><lastmod>{a.published:%Y-%m-%d}</lastmod></url>\n" for a in articles)
        self.p.add(part, "other", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
                   content_type="application/xml", note="sitemap of the news module")
        self.p.add("/sitemap-vi.about.xml", "other", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>{ORIGIN}/vi/about/gioi-thieu.html</loc></url>\n</urlset>\n',
                   content_type="application/xml", note="sitemap of the about module")


def nukeviet_default(extra: bool = False) -> Portal:
    p = Portal("nukeviet-default", "nukeviet", "Hà Giang", "NukeViet 4.5 as its installer leaves it: one language, modules at the root, no sitemap", "never")
    NukeViet(p, "Cổng thông tin điện tử tỉnh Hà Giang", "").build(load_articles("Hà Giang", "Đồng Văn", extra), sitemap=False)
    return p


def nukeviet_multilang(extra: bool = False) -> Portal:
    p = Portal("nukeviet-multilang", "nukeviet", "Lào Cai", "NukeViet 4.5 with several languages: /vi/news/..., sitemap.xml", "never", start_path="/vi/")
    NukeViet(p, "Sở Ngoại vụ tỉnh Lào Cai", "/vi").build(load_articles("Lào Cai", "Bát Xát", extra), sitemap=True)
    return p


# ---- the other CMS shapes: one generic site, each CMS its own URLs and markup ---------------------


def rss(title: str, link: str, items: list[tuple[str, str, datetime]]) -> str:
    rows = "".join(f"<item><title>{E(t)}</title><link>{ORIGIN}{u}</link><pubDate>{d:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n" for t, u, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{E(title)}</title><link>{ORIGIN}{link}</link><language>vi</language>\n{rows}</channel></rss>\n'


def urlset(urls: list[str]) -> str:
    rows = "".join(f"<url><loc>{ORIGIN}{u}</loc></url>\n" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n'


class Cms:
    """What every CMS below has: a home page, a paginated news listing, articles with their
    alternate views, tag pages, a static page, search, a log-in page and a work calendar. A
    subclass gives the URLs and the markup."""

    per_page = 4
    calendar_path: str
    tag_page_size: int | None = None  # a tag page shows this many newest stories (None: all)
    feed_size: int | None = None  # the feed lists this many newest stories (None: all)

    def __init__(self, portal: Portal, site: str):
        self.p, self.site = portal, site

    def date_text(self, a: Article) -> str:
        return weekday_date(a)

    def listing_main(self, title: str, items: list[Article], pager: str) -> str:
        return f"<h1>{E(title)}</h1>" + "".join(self.teaser(a) for a in items) + pager

    def build(self, articles: list[Article]) -> None:
        p = self.p
        pages = chunks(articles, self.per_page)
        if self.home_url != self.listing_url(1):  # SharePoint's welcome page is the listing
            p.add(self.home_url, "listing", self.shell(self.site, self.home_main(articles), self.home_url, "listing"))
        for n, items in enumerate(pages, 1):
            url = self.listing_url(n)
            title = "Tin tức - Sự kiện" + ("" if n == 1 else f" - Trang {n}")
            p.add(url, "listing", self.shell(title, self.listing_main("Tin tức - Sự kiện", items, self.pager(n, len(pages))), url, "listing", page=n))
        for a in articles:
            url = self.article_url(a)
            p.add(url, "article", self.shell(a.title, self.article_main(a, articles), url, "article", article=a), article=a)
            for alt_url, body, note in self.alternates(a, articles):
                p.add(alt_url, "alternate", body, of=url, note=note)
        for tag in sorted({t for a in articles for t in a.tags}):
            url = self.tag_url(tag)
            p.add(url, "tag", self.shell(tag, self.listing_main(tag, [a for a in articles if tag in a.tags][: self.tag_page_size], ""), url, "tag"))
        url = self.static_url
        p.add(url, "static", self.shell("Giới thiệu", f"<h1>Giới thiệu chung</h1><p>{E(p.province)} là tỉnh miền núi có nhiều dân tộc cùng sinh sống, có cửa khẩu và đường biên giới quốc gia.</p><p>Cổng thông tin điện tử là kênh chính thức cung cấp thông tin của chính quyền tỉnh tới người dân, doanh nghiệp và bạn bè quốc tế.</p>", url, "static"))
        url = self.search_url
        p.add(url, "search", self.shell("Tìm kiếm", '<h1>Kết quả tìm kiếm</h1><form method="get"><input name="q" value="biên giới"><input type="submit" value="Tìm"></form><p>Không tìm thấy kết quả phù hợp.</p>', url, "search"))
        url = self.calendar_path
        p.add(url, "other", calendar_page(lambda t, m: self.shell(t, m, url, "other"), url, "ngay"),
              note="template of the endless work calendar: every ?ngay=YYYY-MM-DD answers, linking the day before and after")
        p.behaviours["calendar"] = {"path": url, "param": "ngay", "today": "2023-10-02"}
        self.extras(articles)


class Liferay(Cms):
    """Liferay 6.2: a news page with an Asset Publisher portlet; articles at
    /-/asset_publisher/<instance>/content/<slug>, pages by the portlet's _cur parameter."""

    INST = "Xk9s2PqLmT3a"
    PID = f"101_INSTANCE_{INST}"
    home_url, static_url, search_url, calendar_path = "/", "/web/guest/gioi-thieu", "/web/guest/tim-kiem", "/web/guest/lich-cong-tac"
    NEWS = "/web/guest/tin-tuc"
    LOGIN = "/c/portal/login?p_l_id=20184"
    LOGIN_PAGE = "/web/guest/dang-nhap?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"

    def listing_url(self, n: int, force: bool = False) -> str:
        if n == 1 and not force:
            return self.NEWS
        return f"{self.NEWS}?p_p_id={self.PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_{self.PID}_cur={n}"

    def article_url(self, a: Article) -> str:
        return f"{self.NEWS}/-/asset_publisher/{self.INST}/content/{a.slug}"

    def tag_url(self, tag: str) -> str:
        return f"{self.NEWS}?p_r_p_564233524_tag={slug_of(tag)}"

    def print_url(self, a: Article) -> str:
        return f"{self.article_url(a)}?p_p_state=pop_up&_{self.PID}_viewMode=print"

    def from_listing(self, a: Article, n: int) -> str:
        # Asset Publisher links carry where they came from; each listing page gives another URL.
        return f"{self.article_url(a)}?inheritRedirect=false&redirect={quote(self.listing_url(n), safe='')}"

    def shell(self, title, main, url, kind, article=None, page=1) -> str:
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(title)} - {E(self.site)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/images/favicon.ico" rel="Shortcut Icon" />
<link href="{ORIGIN}{url.split('?')[0] if kind == 'article' else url}" rel="canonical" />
<link class="lfr-css-file" href="/html/themes/classic/css/main.css" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=classic&amp;colorSchemeId=01&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="Đi đến {E(self.site)}"><img alt="{E(self.site)}" height="90" src="/image/layout_set_logo?img_id=20817&amp;t=1600000000000" width="960" /></a></h1></div>
<a data-redirect="false" href="{E(self.LOGIN)}" id="sign-in" rel="nofollow">Đăng nhập</a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">
<li><a aria-labelledby="layout_1" href="/" role="menuitem"><span>Trang chủ</span></a></li>
<li><a aria-labelledby="layout_2" href="{self.static_url}" role="menuitem"><span>Giới thiệu</span></a></li>
<li class="selected"><a aria-labelledby="layout_3" href="{self.NEWS}" role="menuitem"><span>Tin tức</span></a></li>
<li><a aria-labelledby="layout_4" href="{self.calendar_path}?ngay=2023-10-02" role="menuitem"><span>Lịch công tác</span></a></li>
<li><a aria-labelledby="layout_5" href="{self.search_url}" role="menuitem"><span>Tìm kiếm</span></a></li>
</ul></nav></header>
<div id="content"><nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/">Trang chủ</a><span class="divider">/</span></li><li class="current-parent breadcrumb-truncate"><a href="{self.NEWS}">Tin tức</a></li></ul></nav>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_{self.PID}_"><span id="p_{self.PID}"></span>
<section class="portlet" id="portlet_{self.PID}"><div class="portlet-content"><div class="portlet-body">
{main}
</div></div></section></div></div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">{counter_block()}</div>
</div></div></div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh {E(self.p.province)}</p><p class="powered-by">Phát triển trên nền <a href="http://www.liferay.com" rel="external">Liferay</a></p></footer>
</div></body></html>
"""

    def teaser(self, a: Article, n: int = 1) -> str:
        link = E(self.from_listing(a, n))
        return f"""<div class="asset-abstract default-asset-publisher"><h3 class="asset-title"><a href="{link}">{E(a.title)}</a></h3>
<div class="asset-content"><div class="asset-summary">{E(a.lead)}</div><div class="asset-more"><a href="{link}">Xem tiếp <span class="hide-accessible">về {E(a.title)}</span> »</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a.day}</span></div></div>"""

    def listing_main(self, title, items, pager, n: int = 1) -> str:
        return f'<div class="taglib-header"><h3 class="header-title"><span>{E(title)}</span></h3></div>' + "".join(self.teaser(a, n) for a in items) + pager

    # The home page's own Asset Publisher: the same stories under the home layout's path, each
    # page naming itself canonical, as Liferay 6 serves them.
    HOME_INST = "Hm7Qx2BcLpWz"
    LAYOUT_STORIES = 3

    def layout_url(self, a: Article) -> str:
        return f"/web/guest/trang-chu/-/asset_publisher/{self.HOME_INST}/content/{a.slug}"

    def home_main(self, articles) -> str:
        first = articles[0]
        featured = "".join(f'<li><a href="{self.layout_url(a)}">{E(a.title)}</a> ({a.day})</li>' for a in articles[: self.LAYOUT_STORIES])
        return (f'<div class="tin-noi-bat"><h2>Tin nổi bật</h2><a href="{self.article_url(first)};jsessionid=8F3A1C0B2D4E6F7A8B9C0D1E2F3A4B5C">{E(first.title)}</a>'
                f'<ul class="tin-trang-chu">{featured}</ul></div>'
                + "".join(self.teaser(a) for a in articles[:4]))

    def pager(self, n: int, pages: int) -> str:
        def button(cls, label, target):
            return f'<li class="{cls}"><a href="{E(self.listing_url(target, force=True)) if 1 <= target <= pages and target != n else "javascript:;"}">{label}</a></li>'
        return (f'<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang {n} / {pages}</div></div>'
                f'<ul class="lfr-pagination-buttons pager">{button("first", "Đầu", 1)}{button("", "Trước", n - 1)}{button("", "Sau", n + 1)}{button("last", "Cuối", pages)}</ul></div></div>')

    def article_main(self, a, articles) -> str:
        others = "".join(f'<li><a href="{E(self.from_listing(x, 1))}">{E(x.title)}</a> ({x.day})</li>' for x in [x for x in articles if x is not a][:5])
        tags = " ".join(f'<a class="tag" href="{E(self.tag_url(t))}">{E(t)}</a>' for t in a.tags)
        return f"""<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{self.NEWS}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>{E(a.title)}</span></h3></div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="asset-content" id="_{self.PID}_{a.id}"><div class="journal-content-article">
<p class="date-publish">Ngày đăng: {a.published:%d/%m/%Y %H:%M}</p>
<p class="sapo"><strong>{E(a.lead)}</strong></p>
{body_html(a, "caption")}
<p style="text-align: right;"><strong>{E(a.byline)}</strong></p>
</div></div>
<div class="asset-links"><a href="{E(self.print_url(a))}" title="In bài viết" rel="nofollow">In bài viết</a></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a.day}</span><span class="metadata-entry metadata-tags">{tags}</span></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá bài viết: chưa có</div></div>
</div>
<div class="other-news"><h4>Tin khác</h4><ul>{others}</ul></div>"""

    def alternates(self, a, articles):
        yield self.print_url(a), f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{E(a.title)}</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="portal-popup"><div class="portlet-body"><div class="asset-full-content"><h3 class="header-title">{E(a.title)}</h3>
<div class="journal-content-article"><p class="date-publish">Ngày đăng: {a.published:%d/%m/%Y %H:%M}</p><p class="sapo"><strong>{E(a.lead)}</strong></p>{body_html(a, "caption")}<p><strong>{E(a.byline)}</strong></p></div>
<a href="javascript:print();">In</a></div></div></body></html>
""", "print view (p_p_state=pop_up)"
        pages = chunks(articles, self.per_page)
        n = next(i for i, items in enumerate(pages, 1) if a in items)
        yield self.from_listing(a, n), None, "the article with the listing it came from in the query"
        if n != 1:
            yield self.from_listing(a, 1), None, "the article with the listing it came from in the query"
        if a is articles[0]:
            yield f"{self.article_url(a)};jsessionid=8F3A1C0B2D4E6F7A8B9C0D1E2F3A4B5C", None, "servlet session id in the path"
        if a in articles[: self.LAYOUT_STORIES]:
            url = self.layout_url(a)
            yield url, self.shell(a.title, self.article_main(a, articles), url, "article", article=a), "the story under the home layout's path, canonical to itself"

    def extras(self, articles) -> None:
        p = self.p
        p.add(self.listing_url(1, force=True), "listing", of=self.NEWS, note="page 1 by the paginator's own URL")
        p.add(self.LOGIN, "login", redirect=self.LOGIN_PAGE, status=302, note="sign in: to the login portlet")
        p.add(self.LOGIN_PAGE, "login", self.shell("Đăng nhập", '<form action="" method="post" name="_58_fm"><input name="_58_login" type="text"><input name="_58_password" type="password"><input type="submit" value="Đăng nhập"></form>', self.LOGIN_PAGE, "login"))
        feed = f"{self.NEWS}/-/asset_publisher/{self.INST}/rss"
        p.add(feed, "other", rss("Tin tức", self.NEWS, [(a.title, self.article_url(a), a.published) for a in articles[: self.feed_size]]), content_type="application/rss+xml", note="RSS of the asset publisher")
        # Liferay's own sitemap lists the site's pages (layouts), not the articles in them.
        p.add("/sitemap.xml", "other", urlset(["/", self.NEWS, self.static_url, self.search_url]), content_type="application/xml", note="sitemap of pages only, no article")
        p.behaviours["session_ids"] = ["jsessionid"]
        p.robots = f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\nSitemap: {ORIGIN}/sitemap.xml\n"


class WordPress(Cms):
    """WordPress 6 with Yoast SEO: dated permalinks, /page/N/, AMP views, replies by ?replytocom."""

    home_url, static_url, search_url, calendar_path = "/", "/gioi-thieu/", "/?s=bien+gioi", "/lich-cong-tac/"
    CAT = "/category/tin-tuc/"

    def listing_url(self, n: int) -> str:
        return self.CAT if n == 1 else f"{self.CAT}page/{n}/"

    def article_url(self, a: Article) -> str:
        return f"/{a.published:%Y/%m/%d}/{a.slug}/"

    def tag_url(self, tag: str) -> str:
        return f"/tag/{slug_of(tag)}/"

    def shell(self, title, main, url, kind, article=None, page=1) -> str:
        a = article
        if a:
            head = f"""<meta property="og:type" content="article" />
<meta property="article:published_time" content="{(a.published - timedelta(hours=7)):%Y-%m-%dT%H:%M:%S}+00:00" />
<link rel="amphtml" href="{ORIGIN}{self.article_url(a)}amp/" />
<link rel="shortlink" href="{ORIGIN}/?p={a.id}" />
<link rel="alternate" type="application/rss+xml" title="{E(self.site)} &raquo; {E(a.title)} Dòng bình luận" href="{ORIGIN}{self.article_url(a)}feed/" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","headline":{json_str(a.title)},"datePublished":"{a.published:%Y-%m-%dT%H:%M:%S}+07:00","author":{{"name":{json_str(a.byline)}}}}},{{"@type":"WebPage","url":"{ORIGIN}{url}"}}]}}</script>
"""
        else:
            head = '<meta property="og:type" content="website" />\n'
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} &#8211; {E(self.site)}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{ORIGIN}{url}" />
<meta property="og:locale" content="vi_VN" />
{head}<meta property="og:title" content="{E(title)}" />
<meta property="og:url" content="{ORIGIN}{url}" />
<link rel="alternate" type="application/rss+xml" title="{E(self.site)} &raquo; Dòng thông tin" href="{ORIGIN}/feed/" />
<link rel='stylesheet' id='twentytwentyone-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=1.8' media='all' />
<meta name="generator" content="WordPress 6.3.1" />
</head>
<body class="{'post-template-default single single-post postid-%d' % a.id if a else 'search search-results' if kind == 'search' else 'archive category'} wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{E(self.site)}</a></p><p class="site-description">Thông tin chính thức của Sở Ngoại vụ</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Menu chính"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
<li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="{self.static_url}">Giới thiệu</a></li><li class="menu-item"><a href="{self.CAT}">Tin tức</a></li><li class="menu-item"><a href="{self.calendar_path}?ngay=2023-10-02">Lịch công tác</a></li></ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div></div>
<aside class="widget-area"><section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" name="s"><input type="submit" value="Tìm kiếm"></form></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{self.archive_links}</ul></section>
<section class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="/wp-login.php">Đăng nhập</a></li><li><a href="/feed/">Dòng thông tin</a></li></ul></section>
{counter_block()}</aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="powered-by">Vận hành bởi <a href="https://wordpress.org/">WordPress</a>.</div></footer>
</div></body></html>
"""

    def teaser(self, a: Article) -> str:
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h2 class="entry-title default-max-width"><a href="{self.article_url(a)}">{E(a.title)}</a></h2></header>
<div class="entry-content"><p>{E(a.lead)} <a href="{self.article_url(a)}" class="more-link">Đọc tiếp<span class="screen-reader-text">{E(a.title)}</span></a></p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">Đã đăng <time class="entry-date published" datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00">{a.published:%d/%m/%Y}</time></span></footer></article>"""

    def home_main(self, articles) -> str:
        pages = chunks(articles, self.per_page)
        return "".join(self.teaser(a) for a in articles[: self.per_page]) + self.pager(1, len(pages), lambda n: "/" if n == 1 else f"/page/{n}/")

    def pager(self, n: int, pages: int, url=None) -> str:
        url = url or self.listing_url
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else f'<a class="page-numbers" href="{url(k)}">{k}</a>' for k in range(1, pages + 1))
        nxt = f'<a class="next page-numbers" href="{url(n + 1)}">Trang sau</a>' if n < pages else ""
        return f'<nav class="navigation pagination" aria-label="Bài viết"><div class="nav-links">{nums}{nxt}</div></nav>'

    def article_main(self, a, articles) -> str:
        tags = ", ".join(f'<a href="{self.tag_url(t)}" rel="tag">{E(t)}</a>' for t in a.tags)
        reply = f"{self.article_url(a)}?replytocom={a.id * 10 + 1}"
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header alignwide"><h1 class="entry-title">{E(a.title)}</h1></header>
<div class="entry-content"><p><strong>{E(a.lead)}</strong></p>
{body_html(a, "wp-caption-text")}
<p style="text-align:right"><strong>{E(a.byline)}</strong></p></div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Đã đăng <time class="entry-date published updated" datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00">{a.published:%d/%m/%Y}</time></span></div>
<div class="post-taxonomies"><span class="cat-links">Chuyên mục <a href="{self.CAT}" rel="category tag">Tin tức</a></span><span class="tags-links">Thẻ {tags}</span></div></footer></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">Một bình luận về &ldquo;{E(a.title)}&rdquo;</h2>
<ol class="comment-list"><li id="comment-{a.id * 10 + 1}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><b class="fn">Nguyễn Văn Bình</b> <time datetime="{a.published:%Y-%m-%d}T20:00:00+07:00">{a.day}</time></footer>
<div class="comment-content"><p>Bài viết rất thiết thực, cảm ơn quý Sở.</p></div>
<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{reply}#respond' data-commentid="{a.id * 10 + 1}" aria-label='Phản hồi đến Nguyễn Văn Bình'>Trả lời</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Trả lời</h2><form action="/wp-comments-post.php" method="post" id="commentform"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Phản hồi"></form></div></div>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links">{''.join(f'<div class="nav-{side}"><a href="{self.article_url(x)}" rel="{side}">{E(x.title)}</a></div>' for side, x in self.neighbours(a, articles))}</div></nav>"""

    def neighbours(self, a, articles):
        i = articles.index(a)
        if i + 1 < len(articles):
            yield "previous", articles[i + 1]
        if i > 0:
            yield "next", articles[i - 1]

    def alternates(self, a, articles):
        yield f"{self.article_url(a)}amp/", f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><title>{E(a.title)} &#8211; {E(self.site)}</title>
<link rel="canonical" href="{ORIGIN}{self.article_url(a)}"><meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-wp-header"><div><a href="{ORIGIN}/">{E(self.site)}</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{E(a.title)}</h1><div class="amp-wp-meta amp-wp-posted-on"><time datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00">{a.day}</time></div></header>
<div class="amp-wp-article-content"><p><strong>{E(a.lead)}</strong></p>{body_html(a, "wp-caption-text")}</div></article>
<footer class="amp-wp-footer"><p><a href="{self.article_url(a)}">Xem phiên bản đầy đủ</a></p></footer></body></html>
""", "AMP view"
        yield f"{self.article_url(a)}?replytocom={a.id * 10 + 1}", None, "the article, with the reply form under a comment"

    def extras(self, articles) -> None:
        p = self.p
        pages = chunks(articles, self.per_page)
        for n in range(2, len(pages) + 1):
            p.add(f"/page/{n}/", "listing", self.shell(f"Trang {n}", "".join(self.teaser(a) for a in pages[n - 1]) + self.pager(n, len(pages), lambda k: "/" if k == 1 else f"/page/{k}/"), f"/page/{n}/", "listing"))
        for month in sorted({a.published.strftime("%Y/%m") for a in articles}, reverse=True):
            p.add(f"/{month}/", "tag", self.shell(f"Tháng {month}", self.listing_main(f"Tháng {month}", [a for a in articles if a.published.strftime("%Y/%m") == month], ""), f"/{month}/", "tag"), note="monthly archive")
        for a in articles:
            p.add(f"/?p={a.id}", "alternate", redirect=self.article_url(a), status=301, of=self.article_url(a), note="shortlink: WordPress redirects to the permalink")
            p.add(f"{self.article_url(a)}feed/", "other", rss(f"Bình luận về: {a.title}", self.article_url(a), [("Bình luận của Nguyễn Văn Bình", f"{self.article_url(a)}#comment-{a.id * 10 + 1}", a.published)]),
                  content_type="application/rss+xml", conditional_get="validators", note="comments feed")
        items = [(a.title, self.article_url(a), a.published) for a in articles]
        p.add("/feed/", "other", rss(self.site, "/", items[:10]), content_type="application/rss+xml", conditional_get="validators", note="RSS feed; WordPress answers 304 for feeds")
        p.add(f"{self.CAT}feed/", "other", rss(f"{self.site} - Tin tức", self.CAT, items[:10]), content_type="application/rss+xml", conditional_get="validators", note="category feed")
        login = '<div id="login"><h1><a href="https://wordpress.org/">WordPress</a></h1><form name="loginform" id="loginform" action="/wp-login.php" method="post"><input type="text" name="log"><input type="password" name="pwd"><input type="submit" value="Đăng nhập"></form><p id="backtoblog"><a href="/">&larr; Quay lại</a></p></div>'
        page = f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; {E(self.site)} &#8212; WordPress</title><meta name="robots" content="noindex, nofollow"></head><body class="login no-js login-action-login wp-core-ui">{login}</body></html>\n'
        p.add("/wp-login.php", "login", page)
        p.add("/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1", "login", page)
        p.add("/wp-admin/", "login", redirect="/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1", status=302, note="the dashboard needs an account")
        index = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{ORIGIN}/wp-sitemap-posts-post-1.xml</loc></sitemap><sitemap><loc>{ORIGIN}/wp-sitemap-posts-page-1.xml</loc></sitemap></sitemapindex>\n'
        p.add("/wp-sitemap.xml", "other", index, content_type="application/xml", note="WordPress's own sitemap index")
        p.add("/?sitemap=index", "other", index, content_type="application/xml", note="the same index by query, as WordPress answers it with any permalinks")
        p.add("/wp-sitemap-posts-post-1.xml", "other", urlset([self.article_url(a) for a in articles]), content_type="application/xml", note="sitemap of posts")
        p.add("/wp-sitemap-posts-page-1.xml", "other", urlset([self.static_url]), content_type="application/xml", note="sitemap of pages")
        # A robots.txt of the site's own, which (unlike WordPress's virtual one) names no sitemap.
        p.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"

    @property
    def archive_links(self) -> str:
        return self._archive

    def build(self, articles):
        months = sorted({a.published.strftime("%Y/%m") for a in articles}, reverse=True)
        self._archive = "".join(f'<li><a href="/{m}/">Tháng {m[5:]} năm {m[:4]}</a></li>' for m in months)
        super().build(articles)


def json_str(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


class Joomla(Cms):
    """Joomla 3 with SEF URLs but no rewriting: /index.php/<menu>/<id>-<alias>, ?start=N pages."""

    home_url, static_url, calendar_path = "/", "/index.php/gioi-thieu", "/index.php/lich-cong-tac"
    search_url = "/index.php/component/search/?searchword=bien%20gioi&searchphrase=all&Itemid=101"
    MENU = "/index.php/tin-tuc"
    TAG_IDS: dict[str, int] = {}

    def listing_url(self, n: int) -> str:
        return self.MENU if n == 1 else f"{self.MENU}?start={(n - 1) * self.per_page}"

    def article_url(self, a: Article) -> str:
        return f"{self.MENU}/{a.id}-{a.slug}"

    def tag_url(self, tag: str) -> str:
        return f"/index.php/component/tags/tag/{slug_of(tag)}"

    def shell(self, title, main, url, kind, article=None, page=1) -> str:
        feeds = (f'<link href="{self.MENU}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
                 f'<link href="{self.MENU}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n') if kind == "listing" else ""
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{ORIGIN}{url}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{E(title)}</title>
{feeds}<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?3f2b1c" rel="stylesheet" />
</head>
<body class="site com_content view-{'article' if article else 'category'} no-layout no-task itemid-102">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{E(self.site)}">{E(self.site)}</span></a>
<div class="header-search pull-right"><form action="/index.php/tin-tuc" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label><input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/">Trang chủ</a></li><li class="item-103"><a href="{self.static_url}">Giới thiệu</a></li><li class="item-102 current active"><a href="{self.MENU}">Tin tức</a></li>
<li class="item-104"><a href="{self.calendar_path}?ngay=2023-10-02">Lịch công tác</a></li><li class="item-105"><a href="/index.php/dang-nhap">Đăng nhập</a></li><li class="item-106"><a href="{E(self.search_url)}">Tìm kiếm nâng cao</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main><div id="aside" class="span3"><div class="moduletable"><h3>Bình chọn</h3><a href="/index.php/binh-chon?PHPSESSID=5b7e0f6c2a9d41c38e1f7a2b4c6d8e0f">Xem kết quả</a></div>{counter_block()}</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2023 {E(self.site)}</p></div></footer>
</body></html>
"""

    def teaser(self, a: Article) -> str:
        return f"""<div class="items-row cols-1 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{self.article_url(a)}" itemprop="url">{E(a.title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">Ngày đăng: {a.day}</time></dd></dl>
<p>{E(a.lead)}</p>
<p class="readmore"><a class="btn" href="{self.article_url(a)}" itemprop="url" aria-label="Đọc thêm: {E(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {E(a.title)}</a></p>
</div></div></div>"""

    def listing_main(self, title, items, pager) -> str:
        return f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{E(title)}</h1></div>' + "".join(self.teaser(a) for a in items) + pager + "</div>"

    def home_main(self, articles) -> str:
        return self.listing_main("Tin nổi bật", articles[:3], "")

    def pager(self, n: int, pages: int) -> str:
        def li(label, k, cls=""):
            return f'<li class="{cls}"><a href="{self.listing_url(k)}" class="pagenav">{label}</a></li>' if k != n and 1 <= k <= pages else f'<li class="{cls} disabled"><span class="pagenav">{label}</span></li>'
        return (f'<div class="pagination"><p class="counter pull-right">Trang {n} / {pages}</p><ul>{li("Đầu", 1, "pagination-start")}{li("Trước", n - 1, "pagination-prev")}'
                + "".join(li(str(k), k) for k in range(1, pages + 1)) + f'{li("Sau", n + 1, "pagination-next")}{li("Cuối", pages, "pagination-end")}</ul></div>')

    def article_main(self, a, articles) -> str:
        tags = "".join(f'<li><a href="{self.tag_url(t)}" class="label label-info">{E(t)}</a></li>' for t in a.tags)
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{E(a.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu">
<li class="print-icon"><a href="{E(self.article_url(a))}?tmpl=component&amp;print=1" title="In bài viết &lt; {E(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link={hashlib.sha1(a.slug.encode()).hexdigest()}" title="Gửi email cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">Ngày đăng: {a.day}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.id % 300}" />Lượt xem: {a.id % 300}</dd></dl>
<ul class="tags inline">{tags}</ul>
<div itemprop="articleBody"><p><strong>{E(a.lead)}</strong></p>
{body_html(a, "caption")}
<p style="text-align: right;"><strong>{E(a.byline)}</strong></p></div>
<ul class="pager pagenav">{''.join(f'<li class="{side}"><a class="hasTooltip" title="{E(x.title)}" href="{self.article_url(x)}" rel="{side}">{label}</a></li>' for side, label, x in self.neighbours(a, articles))}</ul></div>"""

    def neighbours(self, a, articles):
        i = articles.index(a)
        if i > 0:
            yield "previous", "Trước", articles[i - 1]
        if i + 1 < len(articles):
            yield "next", "Tiếp", articles[i + 1]

    def alternates(self, a, articles):
        yield f"{self.article_url(a)}?tmpl=component&print=1", f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" /><base href="{ORIGIN}{self.article_url(a)}" /><meta name="robots" content="noindex, nofollow" /><title>{E(a.title)}</title></head>
<body class="contentpane modal"><div id="system-message-container"></div><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="page-header"><h2 itemprop="headline">{E(a.title)}</h2></div><dl class="article-info muted"><dd class="published"><time datetime="{a.published:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">Ngày đăng: {a.day}</time></dd></dl>
<div itemprop="articleBody"><p><strong>{E(a.lead)}</strong></p>{body_html(a, "caption")}<p><strong>{E(a.byline)}</strong></p></div></div></body></html>
""", "print view (tmpl=component)"

    def extras(self, articles) -> None:
        p = self.p
        for a in articles:
            p.add(f"/index.php/component/mailto/?tmpl=component&template=protostar&link={hashlib.sha1(a.slug.encode()).hexdigest()}", "other",
                  '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi email cho bạn bè</title><meta name="robots" content="noindex, nofollow" /></head><body class="contentpane"><div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2><form action="/index.php/component/mailto/" method="post"><input name="mailto"><input name="sender"><input type="submit" value="Gửi"></form></div></body></html>\n',
                  note="e-mail form")
        items = [(a.title, self.article_url(a), a.published) for a in articles]
        p.add(f"{self.MENU}?format=feed&type=rss", "other", rss("Tin tức", self.MENU, items), content_type="application/rss+xml", note="RSS feed")
        atom = "".join(f"<entry><title>{E(t)}</title><link rel=\"alternate\" href=\"{ORIGIN}{u}\"/><published>{d:%Y-%m-%dT%H:%M:%S}+07:00</published><id>{ORIGIN}{u}</id></entry>\n" for t, u, d in items)
        p.add(f"{self.MENU}?format=feed&type=atom", "other", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn"><title>Tin tức</title><link rel="alternate" href="{ORIGIN}{self.MENU}"/>\n{atom}</feed>\n',
              content_type="application/xml", note="Atom feed")
        p.add("/index.php/dang-nhap", "login", self.shell("Đăng nhập", '<div class="login"><form action="/index.php/dang-nhap?task=user.login" method="post"><input name="username"><input type="password" name="password"><button type="submit">Đăng nhập</button></form><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/dang-nhap?view=reset">Quên mật khẩu?</a></li></ul></div>', "/index.php/dang-nhap", "login"))
        p.add("/index.php/dang-nhap?view=reset", "login", self.shell("Quên mật khẩu", '<form method="post"><input name="jform[email]"><button type="submit">Gửi</button></form>', "/index.php/dang-nhap?view=reset", "login"))
        p.add("/index.php/binh-chon", "other", self.shell("Bình chọn", "<h1>Kết quả bình chọn</h1><p>Rất hài lòng: 58%; Hài lòng: 35%; Chưa hài lòng: 7%.</p>", "/index.php/binh-chon", "other"))
        p.add("/index.php/binh-chon?PHPSESSID=5b7e0f6c2a9d41c38e1f7a2b4c6d8e0f", "other", of="/index.php/binh-chon", note="session id: the same page")
        p.behaviours["session_ids"] = ["PHPSESSID"]
        p.robots = "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n"


VIEWSTATE = base64.b64encode(hashlib.sha512(b"vncorpus viewstate").digest() * 24).decode()


class AspNet(Cms):
    """An ASP.NET Web Forms CMS as many provinces run: chi-tiet.aspx?newsid=N, one <form> with
    __VIEWSTATE around the page, javascript:__doPostBack links, cookieless session ids."""

    home_url, static_url, search_url, calendar_path = "/", "/gioi-thieu.aspx", "/tim-kiem.aspx", "/lich-cong-tac.aspx"
    SID = "/(S(x3lmqv45ukpza1bs0jmdhr55))"

    def listing_url(self, n: int) -> str:
        return "/danh-sach.aspx?catid=2" + ("" if n == 1 else f"&page={n}")

    def article_url(self, a: Article) -> str:
        return f"/chi-tiet.aspx?newsid={a.id}"

    def tag_url(self, tag: str) -> str:
        return f"/tu-khoa.aspx?tukhoa={slug_of(tag)}"

    def shell(self, title, main, url, kind, article=None, page=1) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{E(title)} | {E(self.site)}</title>
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body><form method="post" action="./{E(url.lstrip('/'))}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" /></div>
<script type="text/javascript">var theForm = document.forms['form1']; function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}</script>
<div id="wrapper"><div id="header"><a href="/Default.aspx"><img src="/images/banner.jpg" alt="{E(self.site)}" /></a>
<div class="top-links"><a href="/Login.aspx?ReturnUrl=%2f">Đăng nhập</a> | <a id="ctl00_lnkFontLarge" href="javascript:__doPostBack('ctl00$lnkFontLarge','')">A+</a> <a id="ctl00_lnkFontSmall" href="javascript:__doPostBack('ctl00$lnkFontSmall','')">A-</a></div></div>
<div id="menu"><ul><li><a href="/Default.aspx">Trang chủ</a></li><li><a href="{self.static_url}">Giới thiệu</a></li><li><a href="{E(self.listing_url(1))}">Tin tức - Sự kiện</a></li><li><a href="{self.calendar_path}?ngay=2023-10-02">Lịch công tác</a></li><li><a href="{self.search_url}">Tìm kiếm</a></li></ul></div>
<div id="content"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><h3>Liên kết</h3><a href="{self.SID}{E(self.article_url(self.featured))}">Tin tiêu điểm</a></div>{counter_block()}</div></div>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh {E(self.p.province)}. Giấy phép số 12/GP-TTĐT. <a href="/RSS.aspx?catid=2">RSS</a></div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{VIEWSTATE[:120]}" /></div>
</form></body></html>
"""

    def teaser(self, a: Article) -> str:
        return f"""<div class="news-item"><a href="{E(self.article_url(a))}"><img src="/Uploads/Images/{a.id}.jpg" alt="" class="thumb" /></a>
<a id="ctl00_ContentPlaceHolder1_rptNews_ctl0{a.id % 10}_hlTitle" class="news-title" href="{E(self.article_url(a))}">{E(a.title)}</a>
<span class="news-date">({a.day})</span><p class="news-summary">{E(a.lead)}</p></div>"""

    def home_main(self, articles) -> str:
        return '<div class="box-news"><h2>Tin mới nhất</h2>' + "".join(self.teaser(a) for a in articles[:4]) + f'<a href="{E(self.listing_url(1))}">Xem tiếp</a></div>'

    def pager(self, n: int, pages: int) -> str:
        nums = "".join(f"<span class=\"current\">{k}</span>" if k == n else f'<a href="{E(self.listing_url(k))}">{k}</a>' for k in range(1, pages + 1))
        return f'<div class="paging">{nums} <a id="ctl00_ContentPlaceHolder1_lnkNext" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lnkNext\',\'\')">Trang sau</a></div>'

    def article_main(self, a, articles) -> str:
        others = "".join(f'<li><a href="{E(self.article_url(x))}">{E(x.title)}</a> <span>({x.day})</span></li>' for x in [x for x in articles if x is not a][:5])
        tags = " ".join(f'<a href="{E(self.tag_url(t))}">{E(t)}</a>' for t in a.tags)
        return f"""<div class="detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle" class="title-detail">{E(a.title)}</span>
<span id="ctl00_ContentPlaceHolder1_ctl00_lblDate" class="date-detail">{self.date_text(a)}</span>
<div class="tools"><a href="{E('/Print.aspx?newsid=%d' % a.id)}" target="_blank">In trang</a> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ctl00$lnkSendMail','')">Gửi email</a></div>
<span id="ctl00_ContentPlaceHolder1_ctl00_lblSummary" class="summary-detail">{E(a.lead)}</span>
<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="content-detail">{body_html(a, "caption")}</div>
<div class="author-detail">{E(a.byline)}</div>
<div class="tags-detail">Từ khóa: {tags}</div></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div>"""

    def alternates(self, a, articles):
        yield f"/Print.aspx?newsid={a.id}", f"""<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{E(a.title)}</title></head>
<body onload="window.print()"><div class="print"><h2>{E(self.site)}</h2><h1>{E(a.title)}</h1><p class="date">{self.date_text(a)}</p><p><b>{E(a.lead)}</b></p>{body_html(a, "caption")}<p class="author">{E(a.byline)}</p></div></body></html>
""", "print view"
        if a is self.featured:
            yield f"{self.SID}{self.article_url(a)}", None, "cookieless session id in the path"

    def build(self, articles):
        self.featured = articles[0]
        super().build(articles)
        self.postbacks(len(chunks(articles, self.per_page)))

    def postbacks(self, pages: int) -> None:
        """"Trang sau" posts the page back: ASP.NET answers with the next page (the last, with itself)."""
        for n in range(1, pages + 1):
            self.p.add(self.listing_url(n) + "#", "listing", of=self.listing_url(min(n + 1, pages)),
                       post={"__EVENTTARGET": "ctl00$ContentPlaceHolder1$lnkNext", "__EVENTARGUMENT": ""}, note="the next page, by postback")

    def extras(self, articles) -> None:
        p = self.p
        p.add("/Default.aspx", "listing", of="/", note="the home page by its file name")
        login = self.shell("Đăng nhập", '<div class="login"><input name="ctl00$ContentPlaceHolder1$txtUser" type="text" /><input name="ctl00$ContentPlaceHolder1$txtPass" type="password" /><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="Đăng nhập" /></div>', "/Login.aspx?ReturnUrl=%2f", "login")
        p.add("/Login.aspx?ReturnUrl=%2f", "login", login)
        p.add("/Login.aspx?ReturnUrl=%2fAdmin%2f", "login", login)
        p.add("/Admin/", "login", redirect="/Login.aspx?ReturnUrl=%2fAdmin%2f", status=302, note="administration needs an account")
        p.add("/RSS.aspx?catid=2", "other", rss("Tin tức - Sự kiện", self.listing_url(1), [(a.title, self.article_url(a), a.published) for a in articles[: self.feed_size]]), content_type="application/rss+xml", note="RSS feed")
        p.behaviours["session_ids"] = ["aspnet_cookieless"]
        p.robots = "User-agent: *\nDisallow: /Admin/\nDisallow: /App_Themes/\n"


class LiferayDeep(Liferay):
    """Liferay 6.2 as a real department portal pages its Asset Publisher: fifteen stories a page,
    pages by a URL of seven parameters and the portlet's own two (_delta, _cur), no other page
    linking the older stories (no "Tin khác", tag pages and feed of the newest only)."""

    per_page = tag_page_size = feed_size = 15

    def listing_url(self, n: int, force: bool = False) -> str:
        if n == 1 and not force:
            return self.NEWS
        return (f"{self.NEWS}?p_p_id={self.PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
                f"&p_p_col_pos=1&p_p_col_count=2&_{self.PID}_delta={self.per_page}&_{self.PID}_cur={n}")

    def article_main(self, a, articles) -> str:
        return super().article_main(a, [a])


class AspNetPostback(AspNet):
    """The same CMS with a GridView listing: its pager pages only by postback
    (javascript:__doPostBack('<grid>','Page$N')), which a browser submits as a POST of the page's
    one form with its __VIEWSTATE and __EVENTVALIDATION. No other page links the older stories."""

    per_page, tag_page_size, feed_size = 10, 10, 10
    GRID = "ctl00$ContentPlaceHolder1$gvNews"

    def listing_url(self, n: int) -> str:
        # Pages past the first have no address of their own: the fragment names the postback.
        return "/danh-sach.aspx?catid=2" + ("" if n == 1 else f"#Page${n}")

    def pager(self, n: int, pages: int) -> str:
        def postback(argument: str, label: str) -> str:
            return f"<a href=\"javascript:__doPostBack('{self.GRID}','{argument}')\">{label}</a>"
        nums = "".join(f"<span>{k}</span>" if k == n else f"<td>{postback(f'Page${k}', str(k))}</td>" for k in range(1, pages + 1))
        return f'<table class="pager"><tr>{nums}</tr></table>'

    def article_main(self, a, articles) -> str:
        return super().article_main(a, [a])  # no "Các tin khác": only the listing reaches older stories

    def postbacks(self, pages: int) -> None:
        for entry in self.p.entries:
            if "#Page$" in entry.url:
                entry.post = {"__EVENTTARGET": self.GRID, "__EVENTARGUMENT": entry.url.split("#", 1)[1]}


class SharePoint(Cms):
    """SharePoint 2013 publishing site with readable page names (/Pages/<slug>.aspx, no hex id),
    the ribbon's skip links, and a sign-in link carrying each page as ?Source=."""

    home_url, static_url, search_url, calendar_path = "/Pages/default.aspx", "/Pages/gioi-thieu.aspx", "/Pages/tim-kiem.aspx", "/Pages/lich-cong-tac.aspx"

    def listing_url(self, n: int) -> str:
        return "/Pages/default.aspx" if n == 1 else f"/Pages/default.aspx?Page={n}"

    def article_url(self, a: Article) -> str:
        return f"/Pages/{a.slug}.aspx"

    def tag_url(self, tag: str) -> str:
        return f"/Pages/chu-de.aspx?ChuDe={slug_of(tag)}"

    def signin(self, url: str) -> str:
        return f"/_layouts/15/Authenticate.aspx?Source={quote(url, safe='')}"

    def shell(self, title, main, url, kind, article=None, page=1) -> str:
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>{E(title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%2BkF" /></head>
<body><div id="imgPrefetch" style="display:none"></div>
<form method="post" action="./{E(url.split('/')[-1])}" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE[:400]}" /></div>
<div id="ms-designer-ribbon"><div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarRight"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="{E(self.signin(url))}" style="display:inline;">Sign In</a></div></div>
<div id="s4-ribbonrow"><div id="globalNavBox" class="noindex"><div id="ribbonBox"><a href="javascript:;" onclick="_spSkipToAnchor('startNavigation');return false;" class="ms-accessible ms-skip">Skip Ribbon Commands</a>
<a href="javascript:;" onclick="_spSkipToAnchor('mainContent');return false;" class="ms-accessible ms-skip">Skip to main content</a></div></div></div></div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="header-portal"><a href="/"><img src="/PublishingImages/banner.png" alt="{E(self.site)}" /></a></div>
<div class="ms-breadcrumb-top"><ul class="topnav"><li><a href="/">Trang chủ</a></li><li><a href="{self.static_url}">Giới thiệu</a></li><li><a href="{self.listing_url(1)}">Tin tức - Sự kiện</a></li><li><a href="{self.calendar_path}?ngay=2023-10-02">Lịch công tác</a></li><li><a href="{self.search_url}">Tìm kiếm</a></li></ul></div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div></div><div class="right-col">{counter_block()}<a href="/_layouts/15/listfeed.aspx?List=%7B5B1E2C3D-4A6F-4E8B-9C0D-1E2F3A4B5C6D%7D">RSS</a></div></div>
<div class="footer-portal">Cơ quan chủ quản: Ủy ban nhân dân tỉnh {E(self.p.province)}. Địa chỉ: số 1 đường Trường Chinh.</div>
</div></div></form></body></html>
"""

    def teaser(self, a: Article) -> str:
        return f"""<div class="news-item"><div class="news-img"><a href="{self.article_url(a)}"><img src="/PublishingImages/{a.id}.jpg" alt="" /></a></div>
<div class="news-title"><a href="{self.article_url(a)}">{E(a.title)}</a></div><div class="news-date">{a.published:%d/%m/%Y %H:%M}</div><div class="news-summary">{E(a.lead)}</div></div>"""

    def pager(self, n: int, pages: int) -> str:
        nums = "".join(f"<span>{k}</span>" if k == n else f'<a href="{self.listing_url(k)}">{k}</a>' for k in range(1, pages + 1))
        return f'<div class="paging">Trang: {nums}</div>'

    def article_main(self, a, articles) -> str:
        others = "".join(f'<li><a href="{self.article_url(x)}">{E(x.title)}</a> ({x.day})</li>' for x in [x for x in articles if x is not a][:5])
        tags = " ".join(f'<a href="{self.tag_url(t)}">{E(t)}</a>' for t in a.tags)
        return f"""<div class="article-detail"><h1 class="title-news">{E(a.title)}</h1>
<div class="date-news">{a.published:%d/%m/%Y %H:%M}</div>
<div class="tools-news"><a href="{self.article_url(a)}?IsDlg=1" target="_blank">In bài viết</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
<p><strong>{E(a.lead)}</strong></p>{body_html(a, "ms-rteElement-Caption")}<p style="text-align:right"><strong>{E(a.byline)}</strong></p></div>
<div class="tags-news">Chủ đề: {tags}</div></div>
<div class="other-news"><h3>Tin khác</h3><ul>{others}</ul></div>"""

    def alternates(self, a, articles):
        yield f"{self.article_url(a)}?IsDlg=1", f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>{E(a.title)}</title></head>
<body class="ms-dialog"><div id="s4-workspace"><div id="contentBox"><div class="article-detail"><h1 class="title-news">{E(a.title)}</h1><div class="date-news">{a.published:%d/%m/%Y %H:%M}</div>
<div class="ms-rtestate-field"><p><strong>{E(a.lead)}</strong></p>{body_html(a, "ms-rteElement-Caption")}<p><strong>{E(a.byline)}</strong></p></div></div></div></div></body></html>
""", "dialog view (IsDlg=1), the print link"

    def build(self, articles):
        super().build(articles)
        p = self.p
        p.add("/", "listing", redirect=self.home_url, status=302, note="SharePoint sends the site root to its welcome page")
        p.add("/_login/default.aspx", "login", self.shell("Đăng nhập", '<div class="login"><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text" /><input name="ctl00$PlaceHolderMain$signInControl$password" type="password" /><input type="submit" value="Đăng nhập" /></div>', "/_login/default.aspx", "login"))
        for e in list(p.entries):
            if e.body and 'class="ms-signInLink"' in e.body:
                p.add(self.signin(e.url), "login", redirect="/_login/default.aspx", status=302, note="sign in: to the log-in page")
        p.behaviours["redirect_patterns"] = [{"match": r"/_layouts/15/Authenticate\.aspx\?Source=[^&]*", "redirect": "/_login/default.aspx", "status": 302}]

    def extras(self, articles) -> None:
        p = self.p
        p.add("/_layouts/15/listfeed.aspx?List=%7B5B1E2C3D-4A6F-4E8B-9C0D-1E2F3A4B5C6D%7D", "other", rss("Tin tức", self.listing_url(1), [(a.title, self.article_url(a), a.published) for a in articles]), content_type="application/rss+xml", note="the news list's RSS")
        p.robots = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\n"


# ---- the large portal: hundreds of generated articles, NukeViet as installed, no sitemap -----------

LARGE_DISTRICTS = ["Trùng Khánh", "Hà Quảng", "Bảo Lạc", "Thạch An", "Quảng Hòa", "Hạ Lang", "Nguyên Bình"]
LARGE_EVENTS = [
    ("Tuyên truyền chủ quyền biên giới", "tuyen-truyen-chu-quyen-bien-gioi", "buổi tuyên truyền", "lượt người dân"),
    ("Tập huấn kỹ năng thông tin đối ngoại", "tap-huan-ky-nang-thong-tin-doi-ngoai", "lớp tập huấn", "học viên"),
    ("Giao lưu hữu nghị với chính quyền địa phương nước bạn", "giao-luu-huu-nghi", "cuộc giao lưu", "đại biểu"),
    ("Khám bệnh, cấp thuốc miễn phí cho đồng bào", "kham-benh-cap-thuoc-mien-phi", "đợt khám bệnh", "người dân"),
    ("Hội nghị sơ kết công tác dân vận", "hoi-nghi-so-ket-cong-tac-dan-van", "hội nghị", "cán bộ"),
    ("Trao nhà đại đoàn kết cho hộ nghèo", "trao-nha-dai-doan-ket", "căn nhà", "hộ gia đình"),
]
LARGE_TAGS = ["thông tin đối ngoại", "biên giới", "dân vận", "an sinh xã hội", "y tế"]


def large_articles(n: int, extra: bool) -> list[Article]:
    """n articles in the portals' style, varied by a seeded generator so the site is the same
    on every build: an event, a district, a date, counts, and for a third of them 1191/QĐ-TTg."""
    rng = random.Random(1191)
    day = datetime(2020, 9, 1, 8, 0)
    out = []
    for i in range(n):
        title, slug, unit, people = LARGE_EVENTS[i % len(LARGE_EVENTS)]
        huyen = LARGE_DISTRICTS[rng.randrange(len(LARGE_DISTRICTS))]
        day = day.replace(hour=7 + rng.randrange(10), minute=rng.randrange(60)) + timedelta(days=rng.randrange(1, 5))
        cites = i % 3 == 0
        count, attendance = rng.randrange(2, 30), rng.randrange(40, 900)
        basis = (
            "Thực hiện Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ về thông tin đối ngoại vùng biên giới, "
            if cites else f"Thực hiện Kế hoạch số {rng.randrange(10, 400)}/KH-UBND ngày {rng.randrange(1, 28)}/{rng.randrange(1, 12)}/{day.year} của Ủy ban nhân dân huyện, "
        )
        out.append(Article(
            slug=f"{slug}-tai-huyen-{slug_of(huyen)}-dot-{i + 1}",
            id=3001 + i,
            title=f"{title} tại huyện {huyen} (đợt {i + 1})",
            published=day,
            byline=rng.choice(["Minh Hằng", "Đức Anh", "Thu Trang", "Nông Văn Lợi", "Bế Thị Hoa"]),
            tags=rng.sample(LARGE_TAGS, 2),
            cites_1191=cites,
            lead=f"Trong tháng {day.month}/{day.year}, huyện {huyen} tổ chức {count} {unit} với sự tham gia của {attendance} {people}.",
            paragraphs=[
                f"{basis}ngày {day:%d/%m/%Y} huyện {huyen} đã tổ chức {count} {unit} cho {attendance} {people} ở các xã vùng biên.",
                f"Nội dung tập trung vào những việc thiết thực với đời sống của bà con, gắn với nhiệm vụ phát triển kinh tế - xã hội năm {day.year}.",
                f"Một {unit} tại trung tâm xã",
                f"Qua hoạt động, nhận thức của người dân huyện {huyen} về trách nhiệm bảo vệ đường biên giới được nâng lên rõ rệt.",
            ],
        ))
    if extra:
        new = load_articles("Cao Bằng", "Trùng Khánh", extra=True)
        out.append(next(a for a in new if a.id == CONTENT["new_article"]["id"]))
        out[-1].published = day + timedelta(days=3)
    return sorted(out, key=lambda a: a.published, reverse=True)


def large_nosmap(extra: bool = False, articles: int = 240) -> Portal:
    p = Portal("large-nosmap", "nukeviet", "Cao Bằng", f"A large NukeViet portal as installed: {articles} articles, listings of 10, no sitemap, never 304", "never")
    NukeViet(p, "Cổng thông tin điện tử tỉnh Cao Bằng", "", per_page=10).build(large_articles(articles, extra), sitemap=False)
    return p


def large_linear(extra: bool = False, articles: int = 1000) -> Portal:
    p = Portal("large-linear", "nukeviet", "Cao Bằng",
               f"A NukeViet portal of {articles} articles reached only through a pager that steps to the next page (10 a page): no sitemap, no related news, never 304", "never")
    NukeViet(p, "Cổng thông tin điện tử tỉnh Cao Bằng", "", per_page=10, linear=True, related=False).build(large_articles(articles, extra), sitemap=False)
    return p


class LoadMore:
    """A hand-built portal whose listings show their five newest stories and a "Xem thêm" button:
    the news section loads the rest from an endpoint an inline script names
    ('/ajax/tin-moi.php?cat=1&page=' + page, HTML fragments), the notices section from one a
    button's data-url names (/api/thong-bao?chuyenmuc=2&trang=2, JSON). Past the last page the
    fragment is empty and the JSON lists nothing. No other page links the older stories."""

    SHOWN = 5
    SECTIONS = (
        ("/tin-tuc/", "Tin tức", "/ajax/tin-moi.php?cat=1&page={n}"),
        ("/thong-bao/", "Thông báo", "/api/thong-bao?chuyenmuc=2&trang={n}"),
    )

    def __init__(self, portal: Portal, site: str):
        self.p, self.site = portal, site

    def article_url(self, section: str, a: Article) -> str:
        return f"{section}{a.slug}-{a.id}.html"

    def shell(self, title: str, main: str, og_type: str = "website") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(title)} - {E(self.site)}</title><meta property="og:type" content="{og_type}">
<script src="/js/jquery.min.js"></script></head>
<body><header><a href="/" class="logo"><img src="/images/logo.png" alt="{E(self.site)}"></a>
<nav><a href="/">Trang chủ</a> <a href="/gioi-thieu.html">Giới thiệu</a> {" ".join(f'<a href="{url}">{name}</a>' for url, name, _ in self.SECTIONS)} <a href="/dang-nhap">Đăng nhập</a></nav></header>
<main>{main}</main>
<footer><p>© {E(self.site)}. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p></footer></body></html>
"""

    def teaser(self, section: str, a: Article) -> str:
        url = self.article_url(section, a)
        return f'<div class="item"><a href="{url}"><img src="/uploads/{a.id}.jpg" alt=""></a><h3><a href="{url}">{E(a.title)}</a></h3><span class="date">{a.day}</span><p>{E(a.lead)}</p></div>'

    def build(self, articles: list[Article]) -> None:
        p = self.p
        # By id, so that a story published later leaves the others where they were.
        sections = {url: [a for a in articles if a.id % len(self.SECTIONS) == i] for i, (url, _, _) in enumerate(self.SECTIONS)}
        home = "".join(f"<h2>{name}</h2>" + "".join(self.teaser(url, a) for a in sections[url][:3]) for url, name, _ in self.SECTIONS)
        p.add("/", "listing", self.shell(self.site, home))
        for url, name, endpoint in self.SECTIONS:
            stories = sections[url]
            pages = chunks(stories, self.SHOWN)
            first = "".join(self.teaser(url, a) for a in pages[0])
            if endpoint.startswith("/ajax/"):
                more = (f'<div id="ds-tin">{first}</div><button id="xem-them" type="button">Xem thêm</button>\n'
                        f"<script>var page = 1; $('#xem-them').click(function () {{ page++; $.get('{endpoint.split('{n}')[0]}' + page, function (html) {{"
                        " if (!html.trim()) { $('#xem-them').hide(); } $('#ds-tin').append(html); }); });</script>")
            else:
                more = (f'<div id="ds-thong-bao">{first}</div><button class="btn-xem-them" type="button" data-url="{E(endpoint.format(n=2))}">Xem thêm</button>'
                        "<script src=\"/js/xem-them.js\"></script>")
            p.add(url, "listing", self.shell(name, f"<h1>{name}</h1>{more}"))
            for n in range(2, len(pages) + 2):  # one past the last: nothing more
                items = pages[n - 1] if n <= len(pages) else []
                address = endpoint.format(n=n)
                if endpoint.startswith("/ajax/"):
                    p.add(address, "listing", "".join(self.teaser(url, a) for a in items), note="the script's endpoint: an HTML fragment (empty past the last page)")
                else:
                    document = {"trang": n, "con_nua": n < len(pages), "ds": [{"tieu_de": a.title, "ngay": a.day, "duong_dan": self.article_url(url, a)} for a in items]}
                    p.add(address, "other", json.dumps(document, ensure_ascii=False), content_type="application/json", note="the button's endpoint: JSON")
            for a in stories:
                page_url = self.article_url(url, a)
                main = (f'<article><h1>{E(a.title)}</h1><p class="date">{weekday_date(a)}</p><p class="lead"><strong>{E(a.lead)}</strong></p>'
                        f'{body_html(a, "caption")}<p class="author">{E(a.byline)}</p></article>'
                        f'<p><a href="{page_url}?print=1" rel="nofollow">In bài</a> · Từ khóa: <a href="/tag/bien-gioi">Biên giới</a></p>')
                p.add(page_url, "article", self.shell(a.title, main, "article"), article=a)
                p.add(f"{page_url}?print=1", "alternate", f"<html><head><title>{E(a.title)}</title></head><body><h1>{E(a.title)}</h1>{body_html(a, 'caption')}</body></html>", of=page_url, note="print view")
        newest = sorted(articles, key=lambda a: a.published, reverse=True)[: self.SHOWN]
        tag = "".join(self.teaser(next(u for u, _, _ in self.SECTIONS if a in sections[u]), a) for a in newest)
        p.add("/tag/bien-gioi", "tag", self.shell("Biên giới", f"<h1>Biên giới</h1>{tag}"))
        p.add("/gioi-thieu.html", "static", self.shell("Giới thiệu", "<h1>Giới thiệu</h1><p>Cổng thông tin điện tử của tỉnh cung cấp thông tin chỉ đạo, điều hành của chính quyền tỉnh tới người dân và doanh nghiệp.</p>"))
        p.add("/dang-nhap", "login", self.shell("Đăng nhập", '<form method="post"><input name="user"><input type="password" name="pass"><input type="submit" value="Đăng nhập"></form>'))


class DrupalPlain:
    """Drupal 7 without clean URLs, as installed where mod_rewrite is off: every page is index.php
    with its path in ?q= (nodes ?q=node/N, the news view ?q=tin-tuc&page=N counting from 0,
    taxonomy ?q=taxonomy/term/N, log-in ?q=user/login, the print module's ?q=print/N), in Bartik."""

    PER_PAGE = 10

    def __init__(self, portal: Portal, site: str):
        self.p, self.site = portal, site

    def node_url(self, a: Article) -> str:
        return f"/?q=node/{a.id}"

    def listing_url(self, n: int) -> str:
        return "/?q=tin-tuc" + ("" if n == 1 else f"&page={n - 1}")

    def shell(self, title: str, main: str, body_class: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{E(title)} | {E(self.site)}</title></head>
<body class="html {body_class} one-sidebar sidebar-first"><div id="page-wrapper"><div id="page">
<div id="header"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{E(self.site)}</span></a></strong></div></div>
<ul class="links"><li class="menu-218 first"><a href="/">Trang chủ</a></li><li><a href="{E(self.listing_url(1))}">Tin tức</a></li><li><a href="/?q=node/1">Giới thiệu</a></li><li class="last"><a href="/?q=user/login">Đăng nhập</a></li></ul></div>
<div id="main-wrapper"><div id="main"><div id="content" class="column"><div class="section">{main}</div></div>
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="block block-search"><form action="/?q=search/node" method="post"><input type="text" name="search_block_form" /><input type="submit" value="Tìm kiếm" /></form></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer">© {E(self.site)}</div></div></div></div></div></body></html>
"""

    def teaser(self, a: Article) -> str:
        return (f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{E(self.node_url(a))}">{E(a.title)}</a></span></div>'
                f'<div class="views-field views-field-created"><span class="field-content">{a.day}</span></div><div class="views-field views-field-body"><div class="field-content">{E(a.lead)}</div></div></div>')

    def pager(self, n: int, pages: int) -> str:
        items = "".join(f'<li class="pager-current">{k}</li>' if k == n else f'<li class="pager-item"><a title="Đến trang {k}" href="{E(self.listing_url(k))}">{k}</a></li>' for k in range(1, pages + 1))
        return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{items}</ul></div>'

    def node(self, a: Article) -> str:
        return (f'<h1 class="title" id="page-title">{E(a.title)}</h1><div id="node-{a.id}" class="node node-article clearfix">'
                f'<div class="meta submitted"><span>Đăng ngày {a.published:%d/%m/%Y - %H:%M}</span></div>'
                f'<div class="content clearfix"><div class="field field-name-body"><p><strong>{E(a.lead)}</strong></p>{body_html(a, "caption")}<p>{E(a.byline)}</p></div></div>'
                f'<ul class="links inline"><li class="print_html first"><a href="/?q=print/{a.id}" title="Hiển thị bản in của trang này." rel="nofollow">Bản in</a></li>'
                f'<li class="comment_forbidden last"><span><a href="/?q=user/login&amp;destination=node/{a.id}%23comment-form">Đăng nhập</a> để gửi ý kiến</span></li></ul></div>')

    def build(self, articles: list[Article]) -> None:
        p = self.p
        pages = chunks(articles, self.PER_PAGE)
        p.add("/", "listing", self.shell(self.site, "".join(self.teaser(a) for a in articles[:5]) + f'<p class="more-link"><a href="{E(self.listing_url(1))}">Xem thêm</a></p>', "front"))
        for n, items in enumerate(pages, 1):
            p.add(self.listing_url(n), "listing", self.shell("Tin tức", '<h1 class="title" id="page-title">Tin tức</h1><div class="view view-tin-tuc">' + "".join(self.teaser(a) for a in items) + self.pager(n, len(pages)) + "</div>", "not-front page-tin-tuc"))
        for a in articles:
            p.add(self.node_url(a), "article", self.shell(a.title, self.node(a), f"not-front page-node page-node-{a.id} node-type-article"), article=a)
            # The print module's page: the node without the site's frame, under an address no rule names.
            p.add(f"/?q=print/{a.id}", "alternate", f'<html><head><title>{E(a.title)} | {E(self.site)}</title></head><body><div class="print-content"><h1 class="print-title">{E(a.title)}</h1>'
                  f'<div class="print-submitted">Đăng ngày {a.published:%d/%m/%Y - %H:%M}</div><div class="field field-name-body"><p><strong>{E(a.lead)}</strong></p>{body_html(a, "caption")}<p>{E(a.byline)}</p></div></div>'
                  f'<div class="print-source_url"><strong>Nguồn:</strong> {ORIGIN}{self.node_url(a)}</div></body></html>', of=self.node_url(a), note="print module: the node without the frame")
            p.add(f"/?q=user/login&destination=node/{a.id}%23comment-form", "login", of="/?q=user/login", note="log in to comment")
        # A term's page is a listing, paged and asked for again like the news view.
        p.add("/?q=taxonomy/term/3", "listing", self.shell("Biên giới", '<h1 class="title" id="page-title">Biên giới</h1>' + "".join(self.teaser(a) for a in articles[: self.PER_PAGE]), "not-front page-taxonomy"))
        p.add("/?q=node/1", "static", self.shell("Giới thiệu", '<h1 class="title" id="page-title">Giới thiệu</h1><div id="node-1" class="node node-page"><div class="content"><p>Cổng thông tin điện tử của tỉnh: thông tin chỉ đạo, điều hành của chính quyền tỉnh.</p></div></div>', "not-front page-node node-type-page"))
        p.add("/?q=user/login", "login", self.shell("Đăng nhập", '<h1 class="title">Đăng nhập</h1><form action="/?q=user/login" method="post"><input name="name" /><input type="password" name="pass" /><input type="submit" value="Đăng nhập" /></form>', "not-front page-user"))


def generated_portal(name: str, cms: type, platform: str, province: str, site: str, description: str, conditional: str, articles: int):
    """A portal of `articles` generated stories (large_articles), built by `cms`: for the classes of
    site too big to check in."""
    def make(extra: bool = False) -> Portal:
        p = Portal(name, platform, province, description.format(articles=articles), conditional)
        cms(p, site).build(large_articles(articles, extra))
        return p

    return make


def cms_portal(name: str, cms: type, platform: str, province: str, huyen: str, site: str, description: str, conditional: str, start: str = "/"):
    def make(extra: bool = False) -> Portal:
        p = Portal(name, platform, province, description, conditional, start_path=start)
        cms(p, site).build(load_articles(province, huyen, extra))
        return p

    return make


PORTALS = {
    "nukeviet-default": nukeviet_default,
    "nukeviet-multilang": nukeviet_multilang,
    "liferay": cms_portal("liferay", Liferay, "liferay", "Quảng Ninh", "Bình Liêu", "Cổng thông tin điện tử Sở Ngoại vụ Quảng Ninh",
                          "Liferay 6.2: Asset Publisher URLs, _cur pagination, pop-up print views, jsessionid", "validators"),
    "wordpress": cms_portal("wordpress", WordPress, "wordpress", "Lai Châu", "Phong Thổ", "Sở Ngoại vụ tỉnh Lai Châu",
                            "WordPress 6 with Yoast: dated permalinks, AMP views, ?replytocom replies, wp-sitemap.xml", "none"),
    "joomla": cms_portal("joomla", Joomla, "joomla", "Sơn La", "Sốp Cộp", "Cổng thông tin điện tử huyện biên giới tỉnh Sơn La",
                         "Joomla 3 without URL rewriting: /index.php/<menu>/<id>-<alias>, ?start=N, print by tmpl=component", "none"),
    "aspnet": cms_portal("aspnet", AspNet, "generic", "Kon Tum", "Ngọc Hồi", "Cổng thông tin điện tử tỉnh Kon Tum",
                         "An ASP.NET Web Forms CMS: chi-tiet.aspx?newsid=N, __VIEWSTATE, __doPostBack, cookieless sessions", "none"),
    "sharepoint-nohex": cms_portal("sharepoint-nohex", SharePoint, "sharepoint", "Quảng Trị", "Hướng Hóa", "Cổng thông tin điện tử tỉnh Quảng Trị",
                                   "SharePoint 2013 publishing pages without hex ids: /Pages/<slug>.aspx, ?Page=N, Sign In with ?Source=", "none"),
    "large-nosmap": large_nosmap,
    "large-linear": large_linear,
    "aspnet-postback": generated_portal("aspnet-postback", AspNetPostback, "generic", "Kon Tum", "Cổng thông tin điện tử tỉnh Kon Tum",
                                        "An ASP.NET Web Forms CMS of {articles} stories whose listing pages only by GridView postbacks", "none", 40),
    "load-more": generated_portal("load-more", LoadMore, "generic", "Điện Biên", "Cổng thông tin điện tử tỉnh Điện Biên",
                                  "A portal of {articles} stories whose listings load the older ones by script: an HTML fragment and a JSON endpoint", "none", 40),
    "liferay-deep": generated_portal("liferay-deep", LiferayDeep, "liferay", "Quảng Ninh", "Cổng thông tin điện tử Sở Ngoại vụ Quảng Ninh",
                                     "Liferay 6.2 with {articles} stories behind an Asset Publisher pager of nine parameters", "validators", 90),
    "drupal-plain": generated_portal("drupal-plain", DrupalPlain, "drupal", "Lạng Sơn", "Cổng thông tin điện tử tỉnh Lạng Sơn",
                                     "Drupal 7 without clean URLs: {articles} stories at ?q=node/N, the news view at ?q=tin-tuc&page=N", "none", 40),
}
GENERATED = ("large-nosmap", "large-linear", "aspnet-postback", "load-more", "liferay-deep", "drupal-plain")  # too big to check in: built where they are used
CHECKED_IN = [name for name in PORTALS if name not in GENERATED]


# ---- writing ------------------------------------------------------------------------------------


def file_name(url: str, content_type: str) -> str:
    name = slug_of(re.sub(r"\.html$", "", url.split("?")[0]) + ("?" + url.split("?", 1)[1] if "?" in url else "")) or "home"
    ext = {"application/xml": ".xml", "application/rss+xml": ".rss", "text/plain": ".txt", "application/json": ".json"}.get(content_type, ".html")
    if len(name) > 120:  # long query strings (Liferay's): a readable head and a digest
        name = name[:100] + "-" + hashlib.sha1(url.encode()).hexdigest()[:10]
    return name + ext


def write_portal(portal: Portal, out: Path) -> Path:
    """Write the portal's files under out/www/ and its truth.yaml; replaces what was there."""
    if out.exists():
        shutil.rmtree(out)
    (out / "www").mkdir(parents=True)
    portal.add("/robots.txt", "other", portal.robots, content_type="text/plain", note="robots.txt")
    pages, used = [], set()
    for e in portal.entries:
        row: dict = {"url": e.url, "kind": e.kind}
        if e.of:
            row["of"] = e.of
        if e.redirect:
            row.update(status=e.status, redirect=e.redirect)
        elif e.body is not None:
            name = file_name(e.url, e.content_type)
            if name in used:
                raise ValueError(f"{portal.name}: two URLs write {name}")
            used.add(name)
            (out / "www" / name).write_text(e.body, encoding="utf-8")
            row["file"] = name
            if e.content_type != "text/html":
                row["content_type"] = e.content_type
        if e.conditional_get:
            row["conditional_get"] = e.conditional_get
        if e.post:
            row["post"] = e.post
        if e.article:
            row.update(title=e.article.title, published=e.article.published.strftime("%Y-%m-%d"), cites_1191=e.article.cites_1191)
        if e.note:
            row["note"] = e.note
        pages.append(row)
    truth = {
        "name": portal.name,
        "platform": portal.platform,
        "province": portal.province,
        "description": portal.description,
        "start_path": portal.start_path,
        "conditional_get": portal.conditional_get,
        "behaviours": portal.behaviours,
        "pages": pages,
    }
    header = (
        f"# {portal.name}: every URL this fixture portal serves, with its kind (tests/portals.py serves it).\n"
        "# Written by tools/build_fixture_portals.py; rerun it rather than editing by hand.\n"
        "# kind: article | listing | tag | static | search | alternate | login | other;\n"
        "# `of`: for an alternate, the article it is another view of (for others, the page it repeats);\n"
        "# `redirect` + `status`: the URL answers with a redirect; `file`: the body, under www/,\n"
        "# `post`: answered to a POST of these form fields to the URL before its #fragment,\n"
        "# where %ORIGIN% stands for the server's own http://127.0.0.1:PORT.\n"
    )
    (out / "truth.yaml").write_text(header + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    return out


def build(name: str, out: Path, extra_article: bool = False) -> Path:
    return write_portal(PORTALS[name](extra_article), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=CHECKED_IN, help="portal names (default: every checked-in one)")
    parser.add_argument("--large", type=Path, metavar="DIR", help="write the large sitemap-less portal to DIR/large-nosmap instead")
    parser.add_argument("--articles", type=int, default=240, help="articles in the large portal (default 240)")
    args = parser.parse_args()
    if args.large:
        path = write_portal(large_nosmap(articles=args.articles), args.large / "large-nosmap")
        print(f"{path}: {sum(1 for _ in (path / 'www').iterdir())} files")
        return
    for name in args.only or CHECKED_IN:
        path = build(name, OUT / name)
        print(f"{path.relative_to(ROOT)}: {sum(1 for _ in (path / 'www').iterdir())} files")


if __name__ == "__main__":
    main()
