"""Every way a download fails, as the exception Scrapy or Twisted raises it, has one kind in the
operator's words (crawler.failures.KINDS); no class name is ever a kind."""
from __future__ import annotations

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadFailedError, IgnoreRequest, ResponseDataLossError
from twisted.internet import error as net
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from vncorpus.crawler.addresses import AddressRefused
from vncorpus.crawler.failures import KINDS, HeaderTooLarge, RedirectLoop, kind_of_exception
from vncorpus.crawler.middlewares import RateLimited
from vncorpus.crawler.robots import RobotsForbidden, RobotsUnavailable


def wrapped(outer: type[Exception], inner: BaseException) -> Exception:
    """Scrapy's `raise DownloadFailedError(str(e)) from e` around Twisted's error."""
    exc = outer(str(inner))
    exc.__cause__ = inner
    return exc


@pytest.mark.parametrize(
    "exc, kind",
    [
        (net.TimeoutError(), "timeout"),
        (net.TCPTimedOutError(), "timeout"),
        (net.DNSLookupError(), "dns"),
        (net.ConnectionRefusedError(), "connection_refused"),
        (DownloadCancelledError("Cancelling download of http://x/: expected response size (11000000) larger than download max size"), "too_large"),
        (ResponseDataLossError(), "data_loss"),
        (IgnoreRequest("max redirections reached"), "too_many_redirects"),
        (IgnoreRequest("Ignored response <200 http://x/bom.html> because its body (1 B compressed, 10551296 B decompressed so far) exceeded DOWNLOAD_MAXSIZE (10485760 B) during decompression."), "decompression_bomb"),
        (IgnoreRequest("something a middleware of the future says"), "download_failed"),
        (RedirectLoop("redirect loop back to http://x/a"), "redirect_loop"),
        (RobotsUnavailable("robots.txt unavailable (HTTP 500)"), "robots_unavailable"),
        (RobotsForbidden("forbidden by robots.txt"), "robots_forbidden"),
        (RateLimited("x asked for a pause longer than 600 s"), "rate_limited"),
        (AddressRefused("10.0.0.1 is a private address"), "address_refused"),
        (ResponseFailed([Failure(HeaderTooLarge("a response header line of more than 16384 bytes"))]), "header_too_large"),
        (wrapped(DownloadFailedError, ResponseFailed([Failure(HeaderTooLarge("x"))])), "header_too_large"),
        (wrapped(DownloadFailedError, ResponseFailed([Failure(net.ConnectionDone())])), "connection_lost"),
        (ResponseNeverReceived([Failure(net.ConnectionLost())]), "connection_lost"),
        (ValueError("anything else"), "download_failed"),
    ],
)
def test_each_failure_has_its_kind(exc, kind):
    assert kind_of_exception(exc) == kind
    assert kind in KINDS or kind.startswith("http_")
