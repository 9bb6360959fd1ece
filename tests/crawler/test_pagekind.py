"""Page kinds (crawler/pagekind.py): every page of every fixture and sample portal gets its
truth's kind, and a table of hand-written pages shows each piece of evidence at work."""
import pytest
from parsel import Selector

from vncorpus.crawler.pagekind import classify
from vncorpus.corpus.demo.server import resolve_file, sample_site_dirs
from checkout import load_yaml
from portals import portal_dir, portal_names, truth_pages

ORIGIN = "http://127.0.0.1:8000"


@pytest.mark.parametrize("name", portal_names())
def test_every_fixture_page_gets_its_kind(name):
    directory = portal_dir(name)
    rows = {row["url"]: row for row in truth_pages(name)}

    def kind(row):
        body = (directory / "www" / row["file"]).read_bytes().replace(b"%ORIGIN%", ORIGIN.encode()).decode("utf-8")
        return classify(ORIGIN + row["url"], Selector(text=body))

    wrong = []
    for row in rows.values():
        if "file" not in row or row.get("content_type", "text/html") != "text/html":
            continue  # redirects, robots.txt, sitemaps and feeds are not pages
        # The truth's "login" is a page that is only a log-in form: "other" to the crawler.
        expected = "other" if row["kind"] == "login" else row["kind"]
        got = kind(row)
        if got.kind == "article" and expected == "alternate" and got.story == kind(rows[row["of"]]).story:
            continue  # a view naming itself canonical: an alternate by its story, which the crawl has captured
        if got.kind != expected:
            wrong.append((row["url"], expected, got.kind, got.reasons))
    assert wrong == []


@pytest.mark.parametrize("site", [d.name for d in sample_site_dirs()])
def test_every_sample_portal_page_gets_its_kind(site):
    directory = next(d for d in sample_site_dirs() if d.name == site)
    expected = load_yaml(directory / "expected.yaml")
    pages = [(a["path"], True) for a in expected["articles"]] + [(path, False) for path in expected["non_articles"]]
    wrong = [
        path
        for path, is_article in pages
        if (classify(ORIGIN + path, Selector(text=resolve_file(directory, path).read_text(encoding="utf-8"))).kind == "article") != is_article
    ]
    assert wrong == []


STORY = "<p>" + "Sáng nay, Sở Ngoại vụ tỉnh tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các xã biên giới. " * 3 + "</p>"
DATE = "<p class='date'>Thứ hai - 12/03/2023 08:30</p>"
TEASERS = "".join(
    f"<div class='item'><h3><a href='/tin-tuc/bai-{n}-{n}0.html'>Hội nghị tập huấn thông tin đối ngoại số {n}</a></h3><p>1{n}/03/2023</p></div>"
    for n in range(1, 6)
)

# News sites' teasers: a thumbnail and a headline linking to one story, a summary, no date.
PICTURED = "".join(
    f"<article class='item'><div class='thumb'><a href='/kinh-te/gia-lua-tang-{n}.htm'><img src='/anh/{n}.jpg'></a></div>"
    f"<h3><a href='/kinh-te/gia-lua-tang-{n}.htm'>Giá lúa tăng ở vùng đồng bằng, lần thứ {n} trong năm</a></h3>"
    "<p>Thương lái đến tận ruộng thu mua, nông dân có lãi hơn vụ trước.</p></article>"
    for n in range(1, 6)
)
SITE_WIDE_ARTICLE = "<meta property='og:type' content='article'>"
# Teasers that print their stamp before their title, as many portals' lists do.
STAMPED = "<ul>" + "".join(f"<li>Thứ hai, 1{n}/03/2023 08:30 - <a href='/tin-tuc/bai-{n}.html'>Hội nghị tập huấn thông tin đối ngoại số {n}</a></li>" for n in range(1, 6)) + "</ul>"
# A lead citing dates and closed by a link to an earlier story.
LINKED_LEAD = ("<p>Lớp tập huấn diễn ra trong hai ngày 10/03/2023 và 11/03/2023 tại trung tâm hội nghị tỉnh, với cán bộ các xã biên giới."
               "<br><a href='/tin-tuc/dot-mot.html'>&gt;&gt; Cán bộ xã biên giới được tập huấn đợt một</a></p>")
# The site's name as a heading linking home, its menu under it; the title names the site too.
LOGO = "<h1 class='logo'><a href='https://example.gov.vn/'>Cổng thông tin điện tử Sở Ngoại vụ tỉnh</a></h1>"
MENU = "".join(f"<li><a href='/{slug}/'>{name}</a></li>" for slug, name in [("hoat-dong", "Hoạt động của Sở Ngoại vụ"), ("bien-gioi", "Công tác biên giới lãnh thổ"), ("van-ban", "Văn bản chỉ đạo điều hành")])
LOGO_TITLE = "Hội nghị tập huấn thông tin đối ngoại - Tin tức | Cổng thông tin điện tử Sở Ngoại vụ tỉnh"
# A story's lead, and boxes news sites set into a story: related links under the lead, a most-read
# column between the standfirst and the body.
LEAD = "<p class='lead'>Cán bộ các xã biên giới được tập huấn kỹ năng thông tin đối ngoại trong hai ngày.</p>"
RELATED = "".join(f"<h4><a href='/tin-tuc/bai-lien-quan-{n}.html'>Tập huấn thông tin đối ngoại, đợt {n}</a></h4>" for n in range(1, 4))
MOST_READ = f"<aside class='sidebar'><h3>Tin xem nhiều</h3>{PICTURED}</aside>"
SUMMARY = "<p>Thương lái đến tận ruộng thu mua, nông dân có lãi hơn vụ trước; giá lúa tăng ba lần trong năm ở vùng đồng bằng.</p>"
FOOTER = "<div class='footer'><p>" + "Đơn vị quản lý: Sở Ngoại vụ tỉnh. Địa chỉ: số 1 đường Trần Hưng Đạo. Điện thoại: 0203 3835 123. " * 3 + "</p></div>"


def page(body: str, head: str = "", title: str = "Hội nghị tập huấn thông tin đối ngoại") -> str:
    return f"<html><head><title>{title} - Cổng thông tin điện tử</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "path, html, kind",
    [
        # structure alone: one headline, its date, a real text
        ("/tin-tuc/hoi-nghi.aspx", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}"), "article"),
        # a stamp whose year has two digits, beside its time or after "ngày"
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1><p>Thứ bảy - 12/03/23 08:30</p>{STORY}"), "article"),
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1><p>Đăng ngày 12/03/23</p>{STORY}"), "article"),
        # two-digit numbers in slashes without a time or "ngày" are no date: a long undated text
        ("/gioi-thieu.html", page(f"<h1>Giới thiệu chung</h1><p>Phòng 12/03/23, tầng 2.</p>{STORY}", title="Giới thiệu chung"), "static"),
        # the same page with the date above the headline
        ("/tin-tuc/hoi-nghi.aspx", page(f"{DATE}<h2>Hội nghị tập huấn thông tin đối ngoại</h2>{STORY}"), "article"),
        # the headline in a label span (ASP.NET)
        ("/chi-tiet.aspx?newsid=5", page(f"<span class='title'>Hội nghị tập huấn thông tin đối ngoại</span>{DATE}{STORY}"), "article"),
        # an article with a related-news box of dated teasers after its text
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}<h3>Tin khác</h3>{TEASERS}"), "article"),
        # a category title followed by dated teasers: a listing
        ("/tin-tuc/", page(f"<h1>Tin tức - Sự kiện</h1>{TEASERS}", title="Tin tức - Sự kiện"), "listing"),
        # a long undated text: a static page ("Giới thiệu")
        ("/gioi-thieu.html", page(f"<h1>Giới thiệu chung</h1>{STORY}", title="Giới thiệu chung"), "static"),
        # markup: og:type=article with too little text for structure
        ("/a", page("<h1>Hội nghị tập huấn thông tin đối ngoại</h1><p>Ngắn.</p>", "<meta property='og:type' content='article'><meta property='article:published_time' content='2023-03-12+0708:30:00'>"), "article"),
        # markup: JSON-LD NewsArticle inside a @graph
        ("/a", page("<h1>Hội nghị tập huấn thông tin đối ngoại</h1><p>Ngắn.</p>", '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle"}]}</script><meta property="article:published_time" content="2023-03-12">'), "article"),
        # markup says website: a listing dressed as a story is not captured
        ("/tin-tuc/", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}", "<meta property='og:type' content='website'>"), "static"),
        # several schema.org BlogPostings: a blog listing (Joomla, WordPress)
        ("/index.php/tin-tuc", page("".join(f"<div itemscope itemtype='https://schema.org/BlogPosting'><h2><a href='/x-{n}'>Bài {n} về thông tin đối ngoại</a></h2></div>" for n in range(3))), "static"),
        # rel=canonical naming another page: an alternate view of it
        ("/tin-tuc/hoi-nghi.html?view=mobile", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}", "<link rel='canonical' href='https://example.gov.vn/tin-tuc/hoi-nghi.html'>"), "alternate"),
        # a canonical naming the page itself changes nothing
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}", "<link rel='canonical' href='/tin-tuc/hoi-nghi.html'>"), "article"),
        # a canonical naming the site's root from every page is ignored
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}", "<link rel='canonical' href='/'>"), "article"),
        # the URL of a print view, whatever the page holds
        ("/print/tin-tuc/hoi-nghi-12.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}"), "alternate"),
        # a tag page
        ("/tag/bien-gioi", page(f"<h1>Biên giới</h1>{TEASERS}", title="Biên giới"), "tag"),
        # a log-in form
        ("/users/login/", page("<h1>Đăng nhập</h1><form><input name='u'></form>", title="Đăng nhập"), "other"),
        # a search result page
        ("/tim-kiem/?q=bien+gioi", page(f"<h1>Kết quả tìm kiếm</h1>{TEASERS}", title="Kết quả tìm kiếm"), "search"),
        # the home page
        ("/", page(TEASERS, title="Trang chủ"), "listing"),
        # a home page printing its newest story whole, dated, before its teasers
        ("/", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}{TEASERS}", title="Trang chủ"), "listing"),
        ("/index.php", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}{TEASERS}", title="Trang chủ"), "listing"),
        # a news site's category: pictured teasers without dates, og:type=article on every page
        ("/kinh-te.htm", page(f"<h1><a href='/kinh-te.htm'>Kinh tế</a></h1>{PICTURED}", SITE_WIDE_ARTICLE, title="Tin kinh tế, thị trường"), "listing"),
        # the same teasers as a related box after an article's text leave it an article
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{STORY}<h3>Tin liên quan</h3>{PICTURED}", SITE_WIDE_ARTICLE), "article"),
        # a photo story with a line of text and its markup's evidence, beside pictured teasers
        ("/a", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}<p>Ảnh: toàn cảnh hội nghị.</p>{PICTURED}", SITE_WIDE_ARTICLE + "<meta property='article:published_time' content='2023-03-12'>"), "article"),
        # a script's control or a place on the page between headline and text opens no other page:
        # the story goes on past it
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1><h6><a href='javascript://'>Đánh giá bài viết này</a></h6>{DATE}{STORY}"), "article"),
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}<p><a href='#binh-luan'>Viết bình luận về bài viết này</a></p>{STORY}"), "article"),
        # the title holds the site's name, longer than the headline: the logo heading linking home is
        # not the headline, the smaller heading the title begins with is
        ("/tin-tuc/hoi-nghi.html", page(f"{LOGO}<ul>{MENU}</ul><h3>Hội nghị tập huấn thông tin đối ngoại</h3>{DATE}{STORY}", title=LOGO_TITLE), "article"),
        # related links under the lead, the story going on after them
        ("/tin-tuc/hoi-nghi.html", page(f"<div class='content'><h3>Hội nghị tập huấn thông tin đối ngoại</h3>{DATE}{LEAD}{RELATED}{STORY}</div>"), "article"),
        # a most-read column of pictured teasers between the standfirst and the body
        ("/tin-tuc/hoi-nghi.html", page(f"<div class='col'><div class='head'><h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{LEAD}</div>{MOST_READ}<div class='body'>{STORY}</div></div>"), "article"),
        # no lead before the box: a category's heading, its teasers, then a text of its own
        ("/tin-tuc/", page(f"<div class='col'><h1>Tin tức</h1>{DATE}{TEASERS}{STORY}</div>", title="Tin tức"), "listing"),
        # a featured story's date and lead, then groups of teasers with short texts between them
        ("/tin-tuc/", page(f"<div class='col'><h1>Tin tức</h1>{DATE}{LEAD}{TEASERS}{SUMMARY}{TEASERS}{SUMMARY}{TEASERS}</div>", title="Tin tức"), "listing"),
        # a long footer after the teasers lies outside the element holding heading and teasers
        ("/tin-tuc/", page(f"<div class='col'><h1>Tin tức</h1>{DATE}{LEAD}{TEASERS}</div>{FOOTER}", title="Tin tức"), "listing"),
        # a link closing the lead is inside its text: the lead is no teaser, whatever dates it cites
        ("/tin-tuc/hoi-nghi.html", page(f"<h1>Hội nghị tập huấn thông tin đối ngoại</h1>{DATE}{LINKED_LEAD}{STORY}"), "article"),
        # teasers whose stamp stands before their title are teasers still
        ("/tin-tuc/", page(f"<h1>Tin tức</h1>{STAMPED}", title="Tin tức"), "listing"),
        # a table layout: the logo a picture in an h1, a menu, the headline a label in a cell
        ("/chi-tiet.aspx?newsid=5", page(f"<table><tr><td><h1><img src='/logo.gif'></h1></td></tr><tr><td><ul>{MENU}</ul></td></tr>"
                                         f"<tr><td><span class='title'>Hội nghị tập huấn thông tin đối ngoại</span>{DATE}{STORY}</td></tr></table>"), "article"),
        # a category page under the same logo is no article for it
        ("/tin-tuc/", page(f"{LOGO}<ul>{MENU}</ul><h2>Tin tức</h2>{TEASERS}", title="Tin tức | Cổng thông tin điện tử Sở Ngoại vụ tỉnh"), "listing"),
    ],
)
def test_kind_from_evidence(path, html, kind):
    assert classify(ORIGIN + path, Selector(text=html)).kind == kind


_BODY = [
    "Sáng 12/4, Sở Ngoại vụ tỉnh tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các xã biên giới, với sự tham dự của hơn 120 đại biểu.",
    "Tại hội nghị, các báo cáo viên đã trao đổi về tình hình biên giới, chủ trương của Đảng và chính sách, pháp luật của Nhà nước về công tác đối ngoại.",
    "Qua hội nghị, cán bộ cơ sở nắm vững hơn kỹ năng tuyên truyền, góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
]


def _story_page(headline: str, paragraphs: list[str], frame: bool, stamp: str) -> str:
    menu = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li></ul>' if frame else ""
    footer = "<footer><p>© Cổng thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại.</p></footer>" if frame else "<p>In bài viết</p>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{headline}</title></head><body>{menu}<h1>{headline}</h1><p>{stamp}</p>{body}{footer}</body></html>"


@pytest.mark.parametrize(
    "other, same",
    [
        (_story_page("Hội nghị tập huấn thông tin đối ngoại", _BODY, frame=False, stamp="Thứ hai, 12/04/2021 09:00"), True),  # print view, no frame
        (_story_page("Hội nghị tập huấn thông tin đối ngoại", _BODY[:2] + ["Hội nghị kết thúc vào buổi chiều cùng ngày sau khi các đại biểu thảo luận."], frame=True, stamp="12/04/2021"), False),
        (_story_page("Hội nghị tập huấn thông tin đối ngoại năm 2022", _BODY, frame=True, stamp="12/04/2021"), False),  # another headline
    ],
)
def test_a_story_is_known_under_any_frame(other, same):
    page = _story_page("Hội nghị tập huấn thông tin đối ngoại", _BODY, frame=True, stamp="12/04/2021 - 08:30")
    first, second = classify(ORIGIN + "/tin-tuc/hoi-nghi-12.html", Selector(text=page)), classify(ORIGIN + "/in/12", Selector(text=other))
    assert first.kind == second.kind == "article"
    assert (first.story == second.story) is same
