"""Which network addresses the crawler may connect to.

A sources file is data someone else may have written, and a portal's links and redirects are
data too: neither may point the crawler at the machine's own network (a router's admin page, a
cloud metadata service at 169.254.169.254, a database on 10.0.0.5). The crawl refuses every
address that is not public, whichever way it is spelled (`http://2852039166/`, `0xA9.0xFE.0xA9.0xFE`,
`[::ffff:169.254.169.254]`) and also when a host name resolves to one. Loopback stays allowed:
tests, `vncorpus demo` and local mirrors serve on 127.0.0.1. An intranet mirror is crawled with
the explicit `--allow-private-networks`.

Three places apply the rule: `sources check` and loading a sources file (literal addresses, and
names that resolve), a downloader middleware (every request, redirects included, before it is
sent) and the DNS resolver Scrapy connects through (what a name resolves to at connection time).
"""
from __future__ import annotations

import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

ALLOW_PRIVATE_SETTING = "VNCORPUS_ALLOW_PRIVATE_NETWORKS"
logger = logging.getLogger(__name__)


class AddressRefused(IgnoreRequest):
    """A request to an address the crawl may not reach."""


def ip_of(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host spells out literally, however it is written, or None for a name.
    inet_aton reads every form a C resolver accepts: dotted, decimal, octal and hex parts."""
    host = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if host and all(part and (part.isdigit() or part.lower().startswith("0x")) for part in host.split(".")):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, allow_private: bool = False) -> str | None:
    """Why the crawl may not connect to `ip`, or None when it may."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return address_problem(embedded, allow_private)
    if ip.is_loopback:
        return None
    if ip.is_link_local or ip == ipaddress.ip_address("169.254.169.254"):
        return f"{ip} is a link-local address (cloud metadata services live there)"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        return f"{ip} is not a host address"
    if not ip.is_global:
        return None if allow_private else f"{ip} is a private network address (--allow-private-networks crawls an intranet mirror)"
    return None


def url_problem(url: str, allow_private: bool = False, resolve: bool = True) -> str | None:
    """Why the crawl may not fetch `url`: its host is, or resolves to, a refused address."""
    host = urlsplit(url).hostname or ""
    ip = ip_of(host)
    if ip is not None:
        return address_problem(ip, allow_private)
    if not resolve:
        return None
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None  # a name that does not resolve here is the crawl's DNS error, not a refusal
    for info in infos:
        problem = address_problem(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]), allow_private)
        if problem:
            return f"{host} resolves to {problem}"
    return None


class AddressGuardMiddleware:
    """Refuses, before it is sent, every request whose host is a refused address literal; names
    are checked by GuardedResolver when Scrapy resolves them to connect."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool(ALLOW_PRIVATE_SETTING))

    def process_request(self, request, spider=None):
        problem = url_problem(request.url, self.allow_private, resolve=False)
        if problem:
            raise AddressRefused(f"refused {request.url}: {problem}")
        return None


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's resolver, refusing a name whose address the crawl may not reach: checked on the
    address actually connected to, so a name that changes what it resolves to gains nothing."""

    allow_private = False

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool(ALLOW_PRIVATE_SETTING)
        return resolver

    def getHostByName(self, name, timeout=()):
        def checked(address: str) -> str:
            ip = ip_of(address)
            problem = address_problem(ip, self.allow_private) if ip is not None else None
            if problem:
                # Twisted reports every failed lookup as "no results", so the reason is logged here.
                logger.warning("refused %s: it resolves to %s", name, problem)
                raise DNSLookupError(f"refused {name}: it resolves to {problem}")
            return address

        return super().getHostByName(name, timeout).addCallback(checked)
