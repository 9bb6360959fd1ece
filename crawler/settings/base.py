"""Polite defaults for crawling real government portals every night.

Provincial portals run on small servers; a research crawler must never be the reason one slows
down. Hence robots.txt, one or two requests at a time per host, AutoThrottle on top of a fixed
delay, and a User-Agent that says who we are.
"""
from importlib.metadata import version

BOT_NAME = "vncorpus"
USER_AGENT = f"vncorpus/{version('vncorpus')} (research corpus of Vietnamese government news; polite nightly crawler)"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# A host's Retry-After (429, 503) is waited out up to this many seconds; beyond it, the host is
# left alone until the next run. After a 429 its requests are at least this far apart, then twice
# as far at each further one.
RETRY_AFTER_MAX = 600.0
RATE_LIMIT_MIN_INTERVAL = 1.0
DOWNLOADER_MIDDLEWARES = {
    # First of all, so that no request (robots.txt, redirects, retries) reaches a refused address.
    "vncorpus.crawler.addresses.AddressGuardMiddleware": 10,
    "vncorpus.crawler.middlewares.DeclineFruitless": 90,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "vncorpus.crawler.middlewares.BackoffRetryMiddleware": 550,
    "vncorpus.crawler.middlewares.BrowserCharsetMiddleware": 560,
    # Above RedirectMiddleware (600): responses reach them first, redirects still unfollowed.
    "vncorpus.crawler.middlewares.SuccessorRedirectMiddleware": 650,
    "vncorpus.crawler.middlewares.RedirectLoopMiddleware": 640,
    # robots.txt as RFC 9309 reads it (crawler/robots.py), where Scrapy's own middleware sits.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "vncorpus.crawler.robots.Robots": 100,
}
# The address a host name resolves to is checked where Scrapy connects (crawler/addresses.py).
TWISTED_DNS_RESOLVER = "vncorpus.crawler.addresses.GuardedResolver"
VNCORPUS_ALLOW_PRIVATE_NETWORKS = False
REDIRECT_MAX_TIMES = 5

# Requests one source may cost in one run: VNCORPUS_PAGE_BUDGET, plus
# VNCORPUS_PAGE_BUDGET_PER_ARTICLE for each article it has given this run. A portal that keeps
# producing new URLs and no article (a trap) is stopped at the first, a large portal's first crawl
# goes on as long as it yields, and the report says when a source was stopped (over_budget).
VNCORPUS_PAGE_BUDGET = 1000
VNCORPUS_PAGE_BUDGET_PER_ARTICLE = 10
# Fetched pages in a row that show no article before a source is stopped as a trap (crawler.spider).
VNCORPUS_TRAP_PATIENCE = 200

# The spider orders each request by what it probably leads to (crawler.spider.PRIORITY); among
# equals, a breadth-first order reaches the listings before deep pages. No depth limit: a pager
# that only steps to the next page puts a portal's oldest stories hundreds of links deep.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
DEPTH_LIMIT = 0

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
ITEM_PIPELINES = {"vncorpus.crawler.pipelines.WarcPipeline": 100}
EXTENSIONS = {"vncorpus.crawler.progress.Progress": 500}
PROGRESS_INTERVAL = 60.0
