"""The spider's frontier without a network: which links become requests, in what order, and
when a listing's older pages are left alone."""
import pytest

from vncorpus.crawler import urls
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
        ("/users/login/", "skipped_refused"),
    ],
)
def test_views_and_back_ends_are_never_requested(path, counted):
    crawler = spider()
    assert crawler._request(SOURCE, H + path) is None
    assert crawler.stats_by_source["s"][counted] == 1


CALENDAR = "/lich-cong-tac/?ngay={}"


def test_a_suspect_shape_is_requested_last_and_given_up_when_it_yields_nothing():
    learned = {"s": {"/tin-tuc/{slug}-{n}.html": {"article": 2}}}
    crawler = spider(learned=learned)
    home = urls.shape(H + "/")
    days = [crawler._request(SOURCE, H + CALENDAR.format(f"2023-10-0{n}"), via=home) for n in range(1, 5)]
    assert all(day.priority == PRIORITY["suspect"] for day in days)
    for day in days[:3]:  # each day links the next: the shape's own links are not waited for
        crawler.learned["s"].record(day.meta["shape"], "other", 1)
        crawler._answered(day.meta, "s")
    assert crawler.declines("s", days[3].url) == "skipped_fruitless"


def test_a_suspect_shape_that_yields_is_followed():
    """Liferay's paging: long queries, each page giving new stories."""
    learned = {"s": {"/tin-tuc/{slug}-{n}.html": {"article": 2}}}
    crawler = spider(learned=learned)
    paging = H + "/tin-tuc?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&_101_cur={}"
    pages = [crawler._request(SOURCE, paging.format(n), via="/") for n in range(2, 6)]
    for n, page in enumerate(pages[:3]):
        crawler.learned["s"].record(page.meta["shape"], "listing", 15)
        story = crawler._request(SOURCE, H + f"/tin-tuc/bai-{n}-{n}0.html", via=page.meta["shape"])
        # While a page's stories are unanswered, its shape is not judged.
        assert crawler.declines("s", pages[3].url) is None
        crawler._answered(page.meta, "s")
        crawler._answered(story.meta, "s", new_article=True)
    assert crawler.declines("s", pages[3].url) is None
    assert crawler.learned["s"].shapes[pages[0].meta["shape"]].yielded == 3


def test_a_known_article_counts_once_however_many_pages_link_it():
    crawler = spider(captured_urls={H + "/tin-tuc/bai-1-10.html"})
    for _ in range(3):
        assert crawler._request(SOURCE, H + "/tin-tuc/bai-1-10.html") is None
    assert crawler.stats_by_source["s"]["skipped_known"] == 1


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
    assert not crawler.walked_whole("s")


def test_the_budget_grows_with_what_the_source_yields():
    crawler = spider(page_budget=2, budget_per_article=3)
    assert crawler.budget("s") == 2
    crawler.stats_by_source["s"]["articles"] += 2
    assert crawler.budget("s") == 8
    assert crawler.walked_whole("s")


def test_articles_come_before_the_next_page_of_their_listing():
    assert PRIORITY["learned article"] > PRIORITY["article"] > PRIORITY["listing"] > PRIORITY[None] > PRIORITY["tag"]


def test_an_address_that_redirected_to_a_captured_article_is_not_asked_for_again():
    alias = H + "/chuyen-muc-khac/hoi-nghi-55.html"
    states = {alias: PageState(alias, None, None, (H + "/tin-tuc/hoi-nghi-55.html",), "article")}
    crawler = spider(page_states=states)
    assert crawler._request(SOURCE, alias) is None
    assert crawler.stats_by_source["s"]["skipped_settled"] == 1


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


LISTING = [H + "/tin-tuc/bai-1-10.html", H + "/tin-tuc/bai-2-20.html", H + "/tin-tuc/page-2/"]


def _followed(crawler: PortalSpider) -> list[str]:
    return [request.url for request in crawler._follow_from(SOURCE, "listing", LISTING, urls.shape(H + "/tin-tuc/"))]


def test_a_walked_source_stops_at_what_earlier_runs_captured():
    crawler = spider(captured_urls=set(LISTING[:2]), walked={"s"})
    assert _followed(crawler) == []
    assert crawler.stats_by_source["s"]["listings_stopped_at_known"] == 1


@pytest.mark.parametrize(
    "before, walked",
    [
        (LISTING[:2], set()),  # known, but no run has reached the ends of the listings yet
        ((), {"s"}),  # captured in this run (from the home page): the older pages are still unread
    ],
)
def test_a_listing_goes_on_to_its_end_until_a_run_has_walked_it(before, walked):
    crawler = spider(captured_urls=set(before), walked=walked)
    crawler.captured.update(LISTING[:2])
    assert _followed(crawler) == [H + "/tin-tuc/page-2/"]
