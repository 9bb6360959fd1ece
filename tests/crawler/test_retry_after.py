"""Retry-After as servers send it (RFC 9110 §10.2.3): seconds, or an HTTP date."""
import pytest

from vncorpus.crawler.middlewares import retry_after

NOW = 1_700_000_000.0  # Tue, 14 Nov 2023 22:13:20 GMT


@pytest.mark.parametrize(
    "header, seconds",
    [
        (b"120", 120.0),  # NukeViet's flood blocker, nginx limit_req with a header added
        (b" 0 ", 0.0),
        (b"Tue, 14 Nov 2023 22:14:20 GMT", 60.0),  # an IMF-fixdate a minute on
        (b"Tuesday, 14-Nov-23 22:13:50 GMT", 30.0),  # the obsolete RFC 850 form
        (b"Tue, 14 Nov 2023 22:00:00 GMT", 0.0),  # a date already past: no wait
        (b"soon", None),
        (b"", None),
        (None, None),
    ],
)
def test_retry_after(header, seconds):
    assert retry_after(header, NOW) == seconds
