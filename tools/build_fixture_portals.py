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
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

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

    def __init__(self, portal: Portal, site: str, lang: str, per_page: int = 4):
        self.p, self.site, self.lang, self.per_page = portal, site, lang, per_page
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
        items = [f'<li class="{"active" if n == page else ""}"><a href="{"#" if n == page else url(n)}">{n}</a></li>' for n in range(1, pages + 1)]
        nxt = f'<li><a href="{url(page + 1)}">&raquo;</a></li>' if page < pages else '<li class="disabled"><a href="#">&raquo;</a></li>'
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}{nxt}</ul></div>'

    def article_main(self, a: Article, others: list[Article]) -> str:
        url = self.article_url(a)
        idx = others.index(a)
        newer, older = others[max(0, idx - 3) : idx], others[idx + 1 : idx + 4]
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
            tagged = [a for a in articles if tag in a.tags]
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
        part = f"/sitemap-vi.news.xml"
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


PORTALS = {"nukeviet-default": nukeviet_default, "nukeviet-multilang": nukeviet_multilang, "large-nosmap": large_nosmap}
CHECKED_IN = [name for name in PORTALS if name != "large-nosmap"]


# ---- writing ------------------------------------------------------------------------------------


def file_name(url: str, content_type: str) -> str:
    name = slug_of(re.sub(r"\.html$", "", url.split("?")[0]) + ("?" + url.split("?", 1)[1] if "?" in url else "")) or "home"
    ext = {"application/xml": ".xml", "application/rss+xml": ".rss", "text/plain": ".txt"}.get(content_type, ".html")
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
