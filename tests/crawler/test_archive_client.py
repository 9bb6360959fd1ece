"""The archive client's parts that the loopback pywb does not exercise: an archive that says "slow
down" (429 with Retry-After, 503), the Internet Archive's CDX answer form and its URL layout, and
the capture-time window."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vncorpus.crawler.archives.cdx import Query, parse_rows
from vncorpus.crawler.archives.http import Client
from vncorpus.crawler.archives.run import window
from vncorpus.crawler.archives.wayback import Wayback


@pytest.mark.parametrize(
    "answers, waited",
    [
        ([(429, {"Retry-After": "1"}), (200, {})], 1.0),  # told how long: waits that long
        ([(503, {}), (502, {}), (200, {})], 4.0),  # not told: backs off (0 s, then 4 s)
        ([(200, {})], 0.0),
    ],
)
def test_client_retries_429_and_5xx_with_backoff(answers, waited):
    asked: list[float] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            status, headers = answers[min(len(asked), len(answers) - 1)]
            asked.append(time.monotonic())
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = Client()
        answer = client.get(f"http://127.0.0.1:{server.server_address[1]}/cdx")
    finally:
        server.shutdown()
        server.server_close()
    assert (answer.status, answer.body, client.requests) == (200, b"ok", 1)
    assert len(asked) == len(answers)
    # The ceiling only says it did not wait for nothing; a loaded machine adds its own delay.
    assert waited <= asked[-1] - asked[0] < waited + 5


@pytest.mark.parametrize(
    "body, rows",
    [
        # The Internet Archive: one JSON table, its first row naming the fields.
        (b'[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],'
         b'["vn,gov,caobang)/a","20210301000000","https://caobang.gov.vn/a","text/html","200","X","9"]]',
         [{"urlkey": "vn,gov,caobang)/a", "timestamp": "20210301000000", "original": "https://caobang.gov.vn/a",
           "mimetype": "text/html", "statuscode": "200", "digest": "X", "length": "9"}]),
        (b"[]", []),
        # pywb (a Wayback collection, Common Crawl's index server): one JSON object a line.
        (b'{"urlkey": "a", "timestamp": "1", "url": "u"}\n{"urlkey": "b", "timestamp": "2", "url": "v"}\n',
         [{"urlkey": "a", "timestamp": "1", "url": "u"}, {"urlkey": "b", "timestamp": "2", "url": "v"}]),
    ],
)
def test_cdx_rows_of_either_server(body, rows):
    assert parse_rows(body) == rows


@pytest.mark.parametrize(
    "base, cdx, replay",
    [
        ("https://web.archive.org/web", "https://web.archive.org/cdx/search/cdx", "https://web.archive.org/web/20210301000000id_/http://a.vn/x"),
        ("http://127.0.0.1:8080/portal/", "http://127.0.0.1:8080/portal/cdx", "http://127.0.0.1:8080/portal/20210301000000id_/http://a.vn/x"),
    ],
)
def test_wayback_layouts(base, cdx, replay):
    wayback = Wayback(base)
    assert wayback.endpoints(Client(), "", "") == [cdx]
    assert wayback.locate({"timestamp": "20210301000000", "original": "http://a.vn/x"}) == replay


@pytest.mark.parametrize(
    "since, until, bounds, params",
    [
        (None, None, ("", ""), {}),  # open: the same cursor whenever the run is
        (2020, 2025, ("20200101000000", "20251231235959"), {"from": "20200101000000", "to": "20251231235959"}),
        (None, 2022, ("", "20221231235959"), {"to": "20221231235959"}),
    ],
)
def test_window(since, until, bounds, params):
    assert window(since, until) == bounds
    query = Query("http://x/cdx", "a.vn/", *bounds)
    assert {k: v for k, v in query.params().items() if k in ("from", "to")} == params
