"""The fixture portals' server (tests/portals.py) against their truth.yaml: every URL a portal
declares answers as declared, every link on every page leads somewhere the site answers, and the
CMS behaviours (theme switches, session ids, endless calendars, log-in redirects, conditional
GET or its absence) hold. These test the fixtures, not the crawler."""
from __future__ import annotations

import http.client
import re
import time
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import urlencode, urljoin, urlsplit

import lxml.html
import pytest

from portals import add_article, copy_portal, load_truth, portal_dir, portal_names, serve_portal, truth_pages

KINDS = {"article", "listing", "tag", "static", "search", "alternate", "login", "other"}
# The server's fidelity is checked on every portal but large-linear: large-nosmap's NukeViet with a
# pager that only steps, six times its size, whose pages these checks would read again for minutes.
CHECKED = [n for n in portal_names() if n != "large-linear"]


def fetch(base: str, target: str, headers: dict | None = None, method: str = "GET", form: dict | None = None) -> tuple[int, dict, bytes]:
    """One request, redirects not followed, exactly the target as the page wrote it; with `form`,
    a POST of it, as a browser submits a page's form."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        if form is not None:
            method, headers = "POST", {**(headers or {}), "Content-Type": "application/x-www-form-urlencoded"}
        conn.request(method, target, body=urlencode(form) if form is not None else None, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def links(body: bytes, page_url: str, base: str) -> set[str]:
    """Same-site targets (path + query) of the page's <a href> and of its <link>s to pages
    (canonical, alternate, AMP, shortlink, next/prev; not style sheets and icons), as a crawler sees them."""
    doc = lxml.html.fromstring(body)
    found = set()
    page_rels = "contains(' canonical alternate amphtml shortlink next prev ', concat(' ', @rel, ' '))"
    for href in doc.xpath(f"//a/@href | //link[{page_rels}]/@href"):
        if href.startswith(("javascript:", "mailto:", "#", "tel:")):
            continue
        url = urljoin(base + page_url, href.split("#")[0])
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" == base:
            found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


@pytest.fixture(scope="module", params=CHECKED)
def served(request):
    with serve_portal(request.param) as base:
        yield request.param, base, load_truth(request.param)


def test_truth_is_well_formed(served):
    name, _, truth = served
    pages = truth["pages"]
    urls = [row["url"] for row in pages]
    assert len(urls) == len(set(urls)), "a URL listed twice"
    by_url = {row["url"]: row for row in pages}
    for row in pages:
        assert row["kind"] in KINDS, row
        assert ("file" in row) + ("redirect" in row) + ("of" in row and "file" not in row) >= 1, row
        if row["kind"] == "alternate":
            assert by_url[row["of"]]["kind"] == "article", row
        if "file" in row:
            assert (portal_dir(name) / "www" / row["file"]).is_file(), row
    articles = [r for r in pages if r["kind"] == "article"]
    assert len(articles) >= (200 if name == "large-nosmap" else 6)
    assert {True, False} == {r["cites_1191"] for r in articles}
    kinds = {r["kind"] for r in pages}
    assert {"article", "listing", "static", "alternate", "login"} <= kinds
    # Drupal's taxonomy pages are listings; every other CMS here keeps tag pages apart.
    assert "tag" in kinds or truth["platform"] == "drupal"
    assert "/robots.txt" in by_url


def test_every_declared_url_answers_as_declared(served):
    name, base, truth = served
    by_url = {row["url"]: row for row in truth["pages"]}
    for row in truth["pages"]:
        if "post" in row:
            address = row["url"].split("#")[0]
            assert fetch(base, address, form=row["post"])[0] == 500, "a postback without the page's hidden fields"
            status, headers, body = fetch(base, address, form={"__VIEWSTATE": "v", "__EVENTVALIDATION": "e", **row["post"]})
        else:
            status, headers, body = fetch(base, row["url"])
        if "redirect" in row:
            assert (status, headers["location"]) == (row["status"], urljoin(base, row["redirect"])), row["url"]
            continue
        assert status == 200, row["url"]
        served_row = row if "file" in row else by_url[row["of"]]
        expected = (portal_dir(name) / "www" / served_row["file"]).read_bytes().replace(b"%ORIGIN%", base.encode())
        if "{date}" not in expected.decode():  # the calendar template is only served filled in
            assert body == expected, row["url"]
        assert headers["content-type"].startswith(served_row.get("content_type", "text/html")), row["url"]


def test_every_link_on_every_page_answers(served):
    """Nothing a page links to is a dead end the truth forgot: it is declared, or a behaviour answers it."""
    name, base, truth = served
    declared = {row["url"] for row in truth["pages"]}
    undeclared = set()
    for row in truth["pages"]:
        if "file" not in row or row.get("content_type", "text/html") != "text/html":
            continue
        status, _, body = fetch(base, row["url"])
        if not body.strip():
            continue  # a script's endpoint past its last page answers nothing
        for target in links(body, row["url"], base):
            if target in declared:
                continue
            undeclared.add(target)
    for target in sorted(undeclared):
        status, _, _ = fetch(base, target)
        assert status in (200, 301, 302), f"{name}: {target} answers {status}"


def test_articles_carry_their_kind_in_markup_where_the_cms_does(served):
    name, base, truth = served
    if truth["platform"] != "nukeviet":
        pytest.skip("og:type and NewsArticle are NukeViet's markers")
    for row in truth["pages"]:
        if "file" not in row or row.get("content_type", "text/html") != "text/html":
            continue
        status, _, body = fetch(base, row["url"])
        text = body.decode()
        og = re.search(r'<meta property="og:type" content="([^"]+)"', text)
        if row["kind"] == "article" or (row["kind"] == "alternate" and "savefile" in row["url"]):
            assert og and og.group(1) == "article", row["url"]
            assert 'itemtype="http://schema.org/NewsArticle"' in text
            # PHP's date('Y-m-dTH:i:s') with the zone abbreviation "+07" glued in.
            assert re.search(r'article:published_time" content="\d{4}-\d\d-\d\d\+07\d\d:\d\d:\d\d"', text), row["url"]
        elif og:
            assert og.group(1) == "website", row["url"]


def test_unknown_urls_are_not_found(served):
    _, base, _ = served
    for target in ("/khong-co-trang-nay.html", "/tin-tuc-su-kien/khong-co-bai-9999.html", "/?p=99999999"):
        assert fetch(base, target)[0] == 404, target


# ---- behaviours --------------------------------------------------------------------------------


def nukeviet_portals():
    return [n for n in CHECKED if load_truth(n)["behaviours"].get("theme_switch") == "nukeviet"]


@pytest.mark.parametrize("name", nukeviet_portals())
def test_nukeviet_theme_switch_answers_301_back_to_any_page(name):
    from build_fixture_portals import nv_token  # loaded by portals._builder

    pages = [r["url"] for r in truth_pages(name) if "file" in r]
    with serve_portal(name) as base:
        for page in pages[:: max(1, len(pages) // 15)]:
            for theme in "mrd":
                status, headers, _ = fetch(base, f"{page}?nvvithemever={theme}&nv_redirect={nv_token(page)}")
                assert (status, headers["location"]) == (301, base + page)
        status, headers, _ = fetch(base, "/?nvvithemever=m&nv_redirect=not-a-token")
        assert status == 301 and headers["location"] == base + "/"


@pytest.mark.parametrize("name", nukeviet_portals())
def test_nukeviet_content_sends_visitors_to_the_login_page(name):
    lang = "/vi" if name.endswith("multilang") else ""
    with serve_portal(name) as base:
        status, headers, _ = fetch(base, f"{lang}/content/")
        assert status == 302
        target = headers["location"].removeprefix(base)
        assert target.startswith(f"{lang}/users/login/")
        status, _, body = fetch(base, target)
        assert status == 200 and "nv_password" in body.decode()


@pytest.mark.parametrize("name", nukeviet_portals())
def test_session_ids_serve_the_page_without_them(name):
    with serve_portal(name) as base:
        article = truth_pages(name, "article")[0]["url"]
        plain = fetch(base, article)
        with_sid = fetch(base, f"{article}?PHPSESSID=0123456789abcdef0123456789abcdef")
        assert with_sid[0] == 200 and with_sid[2] == plain[2]


@pytest.mark.parametrize("name", CHECKED)
def test_the_work_calendar_never_ends(name):
    calendar = load_truth(name)["behaviours"].get("calendar")
    if not calendar:
        pytest.skip("no calendar on this portal")
    with serve_portal(name) as base:
        target, seen = f"{calendar['path']}?{calendar['param']}=2023-10-02", set()
        for _ in range(6):
            status, _, body = fetch(base, target)
            assert status == 200 and target not in seen
            seen.add(target)
            later = [t for t in links(body, target, base) if t.startswith(calendar["path"] + "?") and t > target]
            target = min(later)  # the next day
        assert target.endswith("2023-10-08")
        assert fetch(base, f"{calendar['path']}?{calendar['param']}=2023-13-40")[0] == 404


def conditional_headers(last_modified: str | None, etag: str | None) -> dict:
    headers = {"If-Modified-Since": formatdate(time.time() + 3600, usegmt=True)}
    if etag:
        headers["If-None-Match"] = etag
    return headers


@pytest.mark.parametrize("name", CHECKED)
def test_conditional_get_is_what_the_cms_does(name):
    truth = load_truth(name)
    with serve_portal(name) as base:
        for row in truth["pages"]:
            if "file" not in row or "post" in row:  # a postback is never conditional
                continue
            mode = row.get("conditional_get") or truth["conditional_get"]
            status, headers, _ = fetch(base, row["url"])
            again = fetch(base, row["url"], conditional_headers(headers.get("last-modified"), headers.get("etag")))
            if mode == "never":
                age = time.time() - parsedate_to_datetime(headers["last-modified"]).timestamp()
                assert 86000 < age < 86800 and "no-cache" in headers["cache-control"] and "etag" not in headers
                assert again[0] == 200, row["url"]
            elif mode == "none":
                assert "etag" not in headers and "last-modified" not in headers
                assert again[0] == 200, row["url"]
            else:
                assert again[0] == 304 and again[2] == b"", row["url"]
                assert fetch(base, row["url"], {"If-None-Match": '"other"'})[0] == 200


def test_head_answers_like_get_without_a_body():
    with serve_portal("nukeviet-default") as base:
        get, head = fetch(base, "/tin-tuc-su-kien/"), fetch(base, "/tin-tuc-su-kien/", method="HEAD")
        assert head[0] == 200 and head[2] == b"" and head[1]["content-length"] == str(len(get[2]))


def test_requests_are_logged_when_asked():
    log: list = []
    with serve_portal("nukeviet-default", log=log) as base:
        fetch(base, "/")
        fetch(base, "/khong-co.html")
    assert log == [("GET", "/", 200), ("GET", "/khong-co.html", 404)]


def test_a_portal_is_served_again_at_the_same_address():
    with serve_portal("nukeviet-default") as base:
        port = urlsplit(base).port
    with serve_portal("nukeviet-default", port=port) as again:
        assert again == base and fetch(again, "/")[0] == 200


@pytest.mark.parametrize("name", CHECKED)
def test_a_new_article_appears_where_the_cms_puts_it(name, tmp_path):
    copy = copy_portal(name, tmp_path)
    with serve_portal(copy) as base:
        before = {r["url"] for r in truth_pages(copy)}
        first_listing = _first_listing(copy)
        old_listing = fetch(base, first_listing)[2]
        new = add_article(copy)  # while the server runs
        assert new["url"] not in before and new["cites_1191"]
        status, _, body = fetch(base, new["url"])
        assert status == 200 and new["title"] in body.decode()
        listing = fetch(base, first_listing)[2]
        # Linked as itself or by one of its views (Liferay links carry the listing in the query).
        views = {new["url"]} | {r["url"] for r in truth_pages(copy) if r.get("of") == new["url"]}
        assert listing != old_listing and views & links(listing, first_listing, base)
        # Every article there before is still served.
        for row in truth_pages(name, "article"):
            assert fetch(base, row["url"])[0] == 200


def _first_listing(name) -> str:
    truth = load_truth(name)
    return next(r["url"] for r in truth["pages"] if r["kind"] == "listing" and r["url"] != truth["start_path"] and "file" in r)


def test_large_portal_has_no_sitemap_and_lists_every_article():
    truth = load_truth("large-nosmap")
    with serve_portal("large-nosmap") as base:
        assert fetch(base, "/sitemap.xml")[0] == 404
        assert "sitemap" not in fetch(base, "/robots.txt")[2].decode().lower()
        listed = set()
        for row in truth["pages"]:
            if row["kind"] == "listing" and "file" in row:
                listed |= links(fetch(base, row["url"])[2], row["url"], base)
    articles = {r["url"] for r in truth["pages"] if r["kind"] == "article"}
    assert len(articles) >= 200 and articles <= listed
