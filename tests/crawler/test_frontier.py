"""The spider's frontier without a network: which links become requests, in what order, and
when a listing's older pages are left alone."""
import pytest

from vncorpus.crawler.models import Source
from vncorpus.crawler.spider import PRIORITY, PortalSpider
from vncorpus.crawler.store import PageState

H = "http://127.0.0.1:8000"
SOURCE = Source("s", "S", None, (H + "/",), "generic")


def spider(**kwargs) -> PortalSpider:
    return PortalSpider(sources=[SOURCE], **kwargs)


@pytest.mark.parametrize(
    "path, priority",
    [
        ("/tin-tuc/page-2/", PRIORITY["listing"]),
        ("/tin-tuc/hoi-nghi-so-ket-55.html", PRIORITY["article"]),
        ("/gioi-thieu/", PRIORITY[None]),
        ("/tag/bien-gioi", PRIORITY["tag"]),
        ("/rss/", PRIORITY["feed"]),
    ],
)
def test_links_are_ordered_by_what_they_lead_to(path, priority):
    assert spider()._request(SOURCE, H + path).priority == priority


def test_a_shape_that_has_held_articles_comes_before_other_candidates():
    learned = {"s": {"/bai-viet/{slug}.aspx": {"article": 4}}}
    request = spider(learned=learned)._request(SOURCE, H + "/bai-viet/hoi-nghi-so-ket.aspx")
    assert request.priority == PRIORITY["learned article"]


@pytest.mark.parametrize(
    "path, counted",
    [
        ("/savefile/tin-tuc/hoi-nghi-55.html", "skipped_variant"),
        ("/tin-tuc/hoi-nghi-55.html?nvvithemever=m&nv_redirect=abc", "skipped_variant"),
        ("/users/login/", "skipped_trap"),
        ("/lich-cong-tac/?ngay=2023-10-03", "skipped_trap"),
    ],
)
def test_views_and_traps_are_never_requested(path, counted):
    crawler = spider()
    assert crawler._request(SOURCE, H + path) is None
    assert crawler.stats_by_source["s"][counted] == 1


def test_settled_pages_are_not_asked_for_again_but_listings_are():
    states = {
        H + "/gioi-thieu/": PageState(H + "/gioi-thieu/", None, None, (), "static"),
        H + "/tin-tuc/": PageState(H + "/tin-tuc/", '"e1"', None, (), "listing"),
    }
    crawler = spider(page_states=states)
    assert crawler._request(SOURCE, H + "/gioi-thieu/") is None
    listing = crawler._request(SOURCE, H + "/tin-tuc/")
    assert listing.headers[b"If-None-Match"] == b'"e1"'


def test_a_fruitless_shape_is_given_up():
    learned = {"s": {"/tin-tuc/{slug}-{n}.html": {"article": 2}, "/tag/{slug}": {"tag": 3}}}
    crawler = spider(learned=learned)
    assert crawler._request(SOURCE, H + "/tag/du-lich") is None
    assert crawler.stats_by_source["s"]["skipped_fruitless"] == 1


def test_page_budget_per_source():
    crawler = spider(page_budget=2)
    requests = [crawler._request(SOURCE, f"{H}/tin-tuc/bai-{n}-{n}0.html") for n in range(3)]
    assert [r is not None for r in requests] == [True, True, False]
    assert crawler.stats_by_source["s"]["over_budget"] == 1


@pytest.mark.parametrize(
    "links, stops",
    [
        (["/tin-tuc/bai-1-10.html", "/tin-tuc/bai-2-20.html", "/tin-tuc/page-2/"], True),  # every article known
        (["/tin-tuc/bai-1-10.html", "/tin-tuc/bai-3-30.html", "/tin-tuc/page-2/"], False),  # a new one
        (["/tin-tuc/bai-1-10.html", "/gioi-thieu-99.html", "/tin-tuc/page-2/"], True),  # seen before as a static page
        (["/tin-tuc/page-2/"], False),  # no article at all: nothing to judge by
    ],
)
def test_listing_stops_at_known_articles(links, stops):
    captured = {H + "/tin-tuc/bai-1-10.html", H + "/tin-tuc/bai-2-20.html"}
    states = {H + "/gioi-thieu-99.html": PageState(H + "/gioi-thieu-99.html", None, None, (), "static")}
    crawler = spider(captured_urls=captured, page_states=states)
    assert crawler._reached_known_articles(SOURCE, [H + link for link in links]) is stops
