"""For portals served on 127.0.0.1 (tests, `vncorpus demo`): same behaviour, no politeness delays.

Everything that changes what is fetched (robots.txt, retries, size limits) stays as in `base`.
"""
from vncorpus.crawler.settings.base import *  # noqa: F403

DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = False
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 5
RETRY_BACKOFF_BASE = 0.2
