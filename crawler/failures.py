"""The one vocabulary of why a request came to nothing, in the operator's words.

The run report, its summary line and `vncorpus status` count failures by these kinds, each with
an example URL; no library's class name reaches the operator. A kind is decided from what the
download came to (the exception, and for Scrapy's generic IgnoreRequest its message), in one place.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as net
from twisted.web._newclient import HTTPParser, ResponseFailed, ResponseNeverReceived

# kind → what it means, for the README's table and `vncorpus status --help`.
KINDS = {
    "http_NNN": "the server answered with that error status (after retries for 5xx and 429)",
    "timeout": "no answer within DOWNLOAD_TIMEOUT, after retries",
    "dns": "the host name does not resolve",
    "connection_refused": "nothing listens at the address",
    "connection_lost": "the server closed the connection before a whole answer",
    "data_loss": "the answer was shorter than its Content-Length said",
    "header_too_large": "a response header longer than a client reads (a broken or hostile server)",
    "too_large": "a page over DOWNLOAD_MAXSIZE",
    "decompression_bomb": "a compressed page that inflates past DOWNLOAD_MAXSIZE",
    "too_many_redirects": "more redirects in a row than REDIRECT_MAX_TIMES",
    "redirect_loop": "a redirect back to an address of the same chain",
    "empty": "200 with an empty body",
    "not_html": "no HTML where a page was expected (a PDF or image behind a page's link)",
    "address_refused": "the host resolves to a private, link-local or metadata address",
    "rate_limited": "the host asked for a pause longer than a run waits (Retry-After)",
    "robots_unavailable": "robots.txt answered 5xx or 429, or not at all: the host is not crawled this run",
    "robots_forbidden": "robots.txt disallows the page (the crawl declining, not a failure)",
    "download_failed": "any other failure to download (its message is in the crawl log)",
}

# Kinds that are the crawler declining a page, not a page failing.
NOT_FAILURES = frozenset({"robots_forbidden"})


class RedirectLoop(IgnoreRequest):
    """A redirect back to an address already in the request's redirect chain."""


class HeaderTooLarge(Exception):
    """A response header line longer than Twisted's parser reads."""


def _header_too_large(parser: HTTPParser, line: bytes) -> None:
    raise HeaderTooLarge(f"a response header line of more than {parser.MAX_LENGTH} bytes")


# Twisted's HTTP parser meets a line past MAX_LENGTH by closing the connection, which reads the same
# as a server hanging up; raised instead, the failure carries its cause (the protocol gives up the
# response with it, as it does for any parse error).
HTTPParser.lineLengthExceeded = _header_too_large  # type: ignore[assignment, method-assign]


_TWISTED = (
    ((net.TimeoutError, net.TCPTimedOutError), "timeout"),
    ((net.DNSLookupError,), "dns"),
    ((net.ConnectionRefusedError,), "connection_refused"),
)

# Scrapy's own download errors (releases from 2.13 wrap Twisted's), by class name so that either
# generation maps to the same kinds.
_SCRAPY = {
    "DownloadTimeoutError": "timeout",
    "CannotResolveHostError": "dns",
    "DownloadConnectionRefusedError": "connection_refused",
    "DownloadCancelledError": "too_large",  # raised when a body passes DOWNLOAD_MAXSIZE
    "ResponseDataLossError": "data_loss",
    "AddressRefused": "address_refused",  # crawler/addresses.py
    "RateLimited": "rate_limited",  # crawler/middlewares.py
    "RobotsUnavailable": "robots_unavailable",  # crawler/robots.py
    "RobotsForbidden": "robots_forbidden",
    "RedirectLoop": "redirect_loop",
    "HeaderTooLarge": "header_too_large",
}

# Scrapy's plain IgnoreRequest, told apart by the message its middlewares give it.
_IGNORED = (
    ("max redirections reached", "too_many_redirects"),
    ("during decompression", "decompression_bomb"),
    ("larger than the download max size", "decompression_bomb"),
    ("robots.txt", "robots_forbidden"),
)


def failure_kind(failure) -> str:
    """The kind of a failed request's Twisted Failure."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    return kind_of_exception(failure.value)


def kind_of_exception(exc: BaseException) -> str:
    for types, kind in _TWISTED:
        if isinstance(exc, types):
            return kind
    for cls in type(exc).__mro__:
        if cls.__name__ in _SCRAPY:
            return _SCRAPY[cls.__name__]
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        return next((kind for text, kind in _IGNORED if text in message), "download_failed")
    if isinstance(exc, (ResponseFailed, ResponseNeverReceived)):
        # Twisted's wrapper of the reasons a response failed: the first that has a kind.
        kinds = [failure_kind(reason) for reason in exc.reasons]
        return next((kind for kind in kinds if kind not in ("connection_lost", "download_failed")), "connection_lost")
    if isinstance(exc, (net.ConnectionDone, net.ConnectionLost)):
        return "connection_lost"
    cause = exc.__cause__ or exc.__context__
    return kind_of_exception(cause) if cause is not None else "download_failed"
