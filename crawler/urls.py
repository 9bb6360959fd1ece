"""What a link's URL says before it is requested: its clean form, whether it is only another view
of a page (print, download, reply, theme, AMP, pop-up), whether it is refused outright (a file, a
log-in or back-end page: what the address proves is no page of the source), whether its shape is
suspect (a calendar, a search, a sort order, an endless query: often a trap, but decided by what
the source's pages of that shape yield, crawler.learn), what kind of page it probably leads to,
and its shape.

courlan (trafilatura's URL library) does the general work: scrubbing, normalising, dropping
tracker parameters, refusing files and log-in pages. The patterns below add what government
portals' CMSs do that courlan does not know; each names the CMS form it stands for.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan
from courlan.filters import extension_filter

from vncorpus.nlp.regexes import YEAR_DIGITS

# ---- parameters that never change which page is served ---------------------------------------

# Session ids written into the path: Java's ";jsessionid=<id>", ASP.NET's cookieless "/(S(<id>))/".
SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*|/\(S\([0-9a-z]+\)\)(?=/)", re.IGNORECASE)

# Query parameters dropped from every URL: they carry where the visitor came from or who they
# are, not which page they want.
NOISE_PARAM = re.compile(
    r"""^(?:
      (?:php|j|asp(?:\.net)?_?)?sess(?:ion)?_?id | sid          # session ids: PHPSESSID, jsessionid, ASP.NET_SessionId
    | (?:nv_)?redirect(?:_?url)? | return_?url | back_?url        # NukeViet nv_redirect=<token>, Liferay redirect=<url>, returnUrl
    | inheritredirect                                             # Liferay's flag beside redirect=
    | _\w+_redirect                                               # Liferay portlet-namespaced redirect
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Parameters that switch the theme, device or layout of the same page: a URL carrying one is
# another view of the page without it.
VIEW_PARAM = re.compile(
    r"""^(?:
      nv\w*themever                                   # NukeViet ?nvvithemever=m|r|d (mobile, responsive, desktop)
    | theme | skin | template | device | mobile        # generic theme and device switches
    | amp | outputtype                                # AMP views: ?amp, ?amp=1, ?outputType=amp
    | replytocom                                      # WordPress ?replytocom=N: the post again, with a reply form
    | tmpl | print | layout                           # Joomla ?tmpl=component&print=1, ?layout=print
    | isdlg                                           # SharePoint ?IsDlg=1: the page inside a dialog frame
    | p_p_state                                       # Liferay p_p_state=pop_up|exclusive|maximized: the same portlet
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# ---- paths that are another view of an article -------------------------------------------------

ALTERNATE_PATH = re.compile(
    r"""(?:
      /savefile/                      # NukeViet /savefile/<cat>/<slug>-<id>.html: the article as a download
    | /print(?:view)?(?:/|\.aspx?|\.php|$)   # /print/..., ASP.NET Print.aspx?newsid=N, print.php
    | /in-bai(?:-viet)?/              # Vietnamese "in bài viết" (print this article)
    | /amp/?$ | /amp/                 # AMP copies: /<slug>/amp/
    | /(?:feed|trackback|embed)/?$    # WordPress per-post comment feed, trackback and oEmbed views
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# ---- refused: what the address proves is no page of the source --------------------------------

BACKEND_PATH = re.compile(
    r"""(?:
      /(?:admin|administrator|login|logout|dang-nhap|dang-ky|signin|signup|register)(?:[/.?]|$)   # log-in and account pages
    | /(?:users?|wp-admin|wp-login\.php|wp-json|xmlrpc\.php|_layouts|_login|_vti_bin|c/portal/login)(?:[/?]|$)  # NukeViet users, WordPress, SharePoint, Liferay back ends
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# ---- suspect: shapes that often lead nowhere, requested last and judged by their yield ---------

SUSPECT_PATH = re.compile(
    r"""(?:
      /(?:lich|lich-cong-tac|lich-lam-viec|calendar|event-calendar)(?:\.\w{2,5})?(?:[/?]|$)   # calendars ("lịch công tác"): one page per day, forever
    | /(?:sendmail|send-to-friend|gui-email|voting|binh-chon|tham-do-y-kien)(?:/|$)   # NukeViet send-to-a-friend form, polls ("bình chọn")
    | /component/mailto/                                           # Joomla's e-mail-this-article form
    | /(?:search|tim-kiem|seek)(?:[/?.]|$)                          # search result pages
    | ^[^?]*/([^/?]+)/(?:[^/?]+/)?\1/(?:[^/?]+/)?\1(?:/|$)           # a path segment repeating: relative links going round
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A site search's query parameter: WordPress ?s=, SharePoint ?k=, Drupal ?keys=, Joomla ?searchword=
# (and Drupal's ?q=, which without clean URLs is also every page's path: ?q=node/700).
SEARCH_PARAM = re.compile(r"[?&](?:s|q|k|keys|query|searchword|search|tu_khoa_tim)=", re.IGNORECASE)

# Calendar and sort/filter parameters: each value is often one more copy of a listing.
SUSPECT_PARAM = re.compile(r"^(?:date|day|month|year|ngay|thang|nam|sort|order(?:by)?|dir|filter|limit|view|format)$", re.IGNORECASE)

# Longer than this, or with more parameters than this, a URL is often machine-made (a trap), and
# as often a CMS's own paging (Liferay's portlet URLs carry seven), so it is only suspect.
# Liferay's namespaced portlet parameters count as one.
MAX_URL_LENGTH = 400
MAX_PARAMS = 6

# ---- priors: what kind of page a URL probably leads to ---------------------------------------

PAGINATION = re.compile(
    r"""(?:
      [?&](?:page|paged|p|trang|pageindex|pagenum|start|limitstart|cur|pg)=\d+     # ?page=2 (Drupal, SharePoint ?Page=2), Joomla ?start=10
    | [?&]_\w+_(?:cur|delta)=\d+                                   # Liferay asset publisher _101_INSTANCE_x_cur=2
    | /(?:page|trang)[-/]\d+/?$                                   # NukeViet /page-2/, WordPress /page/2/, /trang-2
    )""",
    re.IGNORECASE | re.VERBOSE,
)

TAG_PATH = re.compile(
    rf"""(?:
      /(?:tags?|chu-de|tu-khoa|keyword|topics?)/      # NukeViet /tag/<tag>, WordPress /tag/<tag>/, "chủ đề", "từ khóa"
    | [?&](?:\w+_)?(?:tags?|tukhoa|chude|keyword)=      # ?tag=, ASP.NET ?tukhoa= ("từ khóa"), SharePoint ?ChuDe= ("chủ đề"), Liferay p_r_p_<id>_tag=
    | /(?:author|tac-gia)/                              # author archives
    | /{YEAR_DIGITS}/(?:\d{{1,2}}/){{0,2}}$                # date archives: /2023/ , /2023/05/ , /2023/05/30/
    )""",
    re.IGNORECASE | re.VERBOSE,
)

FEED_PATH = re.compile(r"(?:/rss(?:/|\.xml|$)|/feeds?(?:/|\.xml|$)|\.rss$|/atom\.xml$|sitemap[^/]*\.xml(?:\.gz)?$)", re.IGNORECASE)

# An article's own identifier in its URL: "<slug>-4521.html", "?newsid=123", "/2023/05/30/<slug>",
# "<slug>-9b04.aspx" (SharePoint hex id), Joomla "/<id>-<alias>".
ARTICLE_ID = re.compile(
    rf"""(?:
      -\d{{2,}}\.html?$ | -\d{{3,}}/?$                    # NukeViet and most Vietnamese CMSs: <slug>-<id>.html
    | [?&](?:id|newsid|news_id|itemid|articleid|article_id|nid|cid|aid)=\d+   # ASP.NET and PHP CMSs
    | /{YEAR_DIGITS}/\d{{1,2}}/(?:\d{{1,2}}/)?[^/?]+     # WordPress /2023/05/30/<slug>
    | /\d+-[^/?]+$                                    # Joomla /index.php/<menu>/<id>-<alias>
    | -[0-9a-f]{{4,}}\.aspx$                            # SharePoint publishing <slug>-<hex>.aspx
    | /content/[^/?]+$ | /-/[^/?]+$                   # Liferay asset publisher /-/asset_publisher/<id>/content/<title>
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def clean(url: str) -> str:
    """The URL to request for a link: courlan-normalised, with no fragment and none of the
    parameters that never change the page (trackers, session ids, redirect tokens)."""
    cleaned = courlan.clean_url(SESSION_IN_PATH.sub("", url)) or url
    parts = urlsplit(cleaned)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not NOISE_PARAM.match(k)]
    # "/" and ":" stay as the site writes them in a value (Drupal's ?q=node/700), as RFC 3986 allows.
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query, safe="/:"), ""))


def alternate_view(url: str) -> str | None:
    """Why a URL is only another view of a page (print, download, theme, reply, AMP, pop-up),
    or None when it is a page of its own."""
    parts = urlsplit(url)
    if ALTERNATE_PATH.search(parts.path):
        return "alternate path"
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if VIEW_PARAM.match(key) and not (key.lower() == "p_p_state" and value.lower() == "normal"):
            return f"view parameter {key}"
    return None


def refused(url: str) -> str | None:
    """Why a URL is never requested: a file, or a log-in or back-end page. Nothing else is refused
    for its address alone."""
    parts = urlsplit(url)
    if not extension_filter(url) and not FEED_PATH.search(parts.path):  # a gzipped sitemap is not a file to skip
        return "file"
    if courlan.is_not_crawlable(url) or is_backend(url):
        return "log-in or back end"
    return None


def is_backend(url: str) -> bool:
    """A log-in, account or back-end page, by its path or by the path Drupal without clean URLs
    carries in ?q= (?q=user/login)."""
    parts = urlsplit(url)
    routed = [value for key, value in parse_qsl(parts.query) if key == "q" and "/" in value]
    return any(BACKEND_PATH.search(path) for path in [parts.path, *("/" + value.lstrip("/") for value in routed)])


def suspect(url: str) -> str | None:
    """Why a URL's shape often leads to no article (a calendar, a form, a search, a sort order, an
    endless query), or None. A suspect link is requested after every other, and what the source's
    pages of its shape yield decides whether more are (crawler.learn)."""
    parts = urlsplit(url)
    if SUSPECT_PATH.search(parts.path) or SEARCH_PARAM.search("?" + parts.query):
        return "calendar, form, search or looping path"
    if len(url) > MAX_URL_LENGTH:
        return "long query"
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(SUSPECT_PARAM.match(k) for k, _ in params):
        return "calendar or sort parameter"
    plain = {k for k, _ in params if not k.startswith("_")} | ({"_portlet"} if any(k.startswith("_") for k, _ in params) else set())
    if len(plain) > MAX_PARAMS:
        return "long query"
    return None


def prior(url: str) -> str | None:
    """The kind of page a URL's shape suggests: "feed", "listing", "tag", "article" or None.
    A prior orders the frontier; what the fetched page holds decides its kind."""
    parts = urlsplit(url)
    path_query = parts.path + (f"?{parts.query}" if parts.query else "")
    if FEED_PATH.search(parts.path):
        return "feed"
    if PAGINATION.search(path_query):
        return "listing"
    if TAG_PATH.search(path_query):
        return "tag"
    if ARTICLE_ID.search(path_query):
        return "article"
    return None


def is_pagination(url: str) -> bool:
    parts = urlsplit(url)
    return bool(PAGINATION.search(parts.path + (f"?{parts.query}" if parts.query else "")))


# ---- shapes -----------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")
# The last segment's stem: "<slug>-<id>", "<slug>-<hex>" (SharePoint), "<id>-<alias>" (Joomla), "<slug>".
_STEMS = (
    (re.compile(r"^[^/]*[a-z][^/]*-\d+$", re.IGNORECASE), "{slug}-{n}"),
    (re.compile(r"^[^/]*[a-z][^/]*-(?=[0-9a-f]*\d)[0-9a-f]{4,}$", re.IGNORECASE), "{slug}-{hex}"),
    (re.compile(r"^\d+-[^/]*[a-z][^/]*$", re.IGNORECASE), "{n}-{slug}"),
    (re.compile(r"^[^/]*[a-z][^/]*-[^/]+$", re.IGNORECASE), "{slug}"),
)


# A machine-made id among a path's directories: Liferay's asset publisher instance "Xk9s2PqLmT3a".
_ID_SEGMENT = re.compile(r"^(?=[^/]*\d)(?=[^/]*[a-z])[a-z0-9]{8,}$", re.IGNORECASE)


def _directory_shape(segment: str) -> str:
    return "{id}" if _ID_SEGMENT.match(segment) else _NUMBER.sub("{n}", segment)


def _value_shape(value: str) -> str:
    """A query value generalised: a number is {n}; a path (Drupal's ?q=node/700, ?q=print/700)
    keeps its words, so that a site routing every page through one parameter has shapes too."""
    if value.isdigit():
        return "{n}"
    return _NUMBER.sub("{n}", value) if "/" in value else "{v}"


def shape(url: str) -> str:
    """A URL with its variable parts generalised: "/tin-tuc/{slug}-{n}.html", "/chi-tiet.aspx?newsid={n}".
    Directories are kept as written (they are a portal's sections) but for numbers; the last
    segment's slug and id are generalised, and query values become {n} or {v}."""
    parts = urlsplit(url)
    trailing = "/" if parts.path.endswith("/") and len(parts.path) > 1 else ""
    *directories, last = parts.path.rstrip("/").split("/") if trailing else parts.path.split("/")
    stem, dot, extension = last.rpartition(".") if "." in last else (last, "", "")
    for pattern, generic in _STEMS:
        if pattern.match(stem):
            stem = generic
            break
    else:
        stem = _NUMBER.sub("{n}", stem)
    path = "/".join([*(_directory_shape(d) for d in directories), stem + dot + extension]) + trailing
    params = sorted({k: _value_shape(v) for k, v in parse_qsl(parts.query, keep_blank_values=True)}.items())
    query = "&".join(f"{k}={v}" for k, v in params)
    return path + (f"?{query}" if query else "")
