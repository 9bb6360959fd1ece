"""The sources file (DESIGN.md, "Sources file"): load and validate it into Source records."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from vncorpus.crawler.errors import UserError
from vncorpus.crawler.models import Source
from vncorpus.crawler.addresses import url_problem
from vncorpus.crawler.platforms import PLATFORMS

BUNDLED_SOURCES = Path(__file__).with_name("sources.yaml")

_ID = re.compile(r"^[a-z0-9-]+$")
_REQUIRED = ("id", "name", "province", "start_urls")
_ALLOWED = frozenset(_REQUIRED + ("platform", "province_2025", "status", "successor", "archives"))
STATUSES = ("current", "archive")
# The web archives a source's past is read from (crawler/archives/), and the default for an archive.
ARCHIVES = ("wayback", "commoncrawl")


def load_sources(path: str | Path | None = None, allow_private_networks: bool = False) -> list[Source]:
    """Read and validate a sources file; every problem names the source and the key. A start
    URL on an address the crawl may not reach is refused (crawler/addresses.py)."""
    path = Path(path) if path else BUNDLED_SOURCES
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"sources file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read sources file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise UserError(f"sources file {path} is not valid YAML{where}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise UserError(f"sources file {path}: expected a top-level 'sources:' list")
    unknown_top = set(raw) - {"sources"}
    if unknown_top:
        raise UserError(f"sources file {path}: unknown top-level key {sorted(unknown_top)[0]!r}")

    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw["sources"], start=1):
        source = _parse_entry(entry, index, path, allow_private_networks)
        if source.id in seen:
            raise UserError(f"sources file {path}: source {source.id!r} appears twice")
        seen.add(source.id)
        sources.append(source)
    if not sources:
        raise UserError(f"sources file {path}: no sources listed")
    for source in sources:
        if source.successor is not None and source.successor not in seen:
            raise UserError(f"sources file {path}: source {source.id!r}: key 'successor' names {source.successor!r}, which is not a source in this file")
    return sources


def _parse_entry(entry: object, index: int, path: Path, allow_private_networks: bool = False) -> Source:
    if not isinstance(entry, dict):
        raise UserError(f"sources file {path}: entry {index} is not a mapping")
    label = f"source {entry.get('id', f'#{index}')!r}"

    def bad(key: str, why: str) -> UserError:
        return UserError(f"sources file {path}: {label}: key {key!r} {why}")

    for key in entry:
        if key not in _ALLOWED:
            raise bad(str(key), "is not a known key (id, name, province, province_2025, start_urls, platform, status, successor, archives)")
    for key in _REQUIRED:
        if key not in entry:
            raise bad(key, "is missing")

    source_id = entry["id"]
    if not isinstance(source_id, str) or not _ID.match(source_id):
        raise bad("id", "must match [a-z0-9-]+")
    name = entry["name"]
    if not isinstance(name, str) or not name.strip():
        raise bad("name", "must be a non-empty string")
    province = entry["province"]
    if province is not None:
        province = _canonical_province(province)
        if province is None:
            raise bad("province", f"{entry['province']!r} is not one of the 63 provinces (or null)")
    if "province_2025" in entry:
        # Optional, for a reader of the file: it must agree with the gazetteer, which is what
        # the tables use.
        expected = _province_2025(province)
        if entry["province_2025"] != expected:
            raise bad("province_2025", f"is {entry['province_2025']!r}; {province or 'a national source'} maps to {expected!r}")
    urls = entry["start_urls"]
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not urls:
        raise bad("start_urls", "must be a non-empty list of URLs")
    for url in urls:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise bad("start_urls", f"has {url!r}, not an http(s) URL")
        problem = url_problem(url, allow_private_networks, resolve=False)
        if problem:
            raise bad("start_urls", f"has {url!r}: {problem}")
    platform = entry.get("platform") or "generic"
    if platform not in PLATFORMS:
        raise bad("platform", f"is {platform!r}; expected one of {', '.join(sorted(PLATFORMS))}")
    status = entry.get("status") or "current"
    if status not in STATUSES:
        raise bad("status", f"is {status!r}; expected one of {', '.join(STATUSES)}")
    successor = entry.get("successor")
    if successor is not None and (status != "archive" or not isinstance(successor, str) or successor == source_id):
        raise bad("successor", "belongs to an archive (status: archive) and names another source's id")
    archives = entry.get("archives", list(ARCHIVES) if status == "archive" else [])
    if not isinstance(archives, list) or any(name not in ARCHIVES for name in archives) or len(set(archives)) != len(archives):
        raise bad("archives", f"is {archives!r}; expected a list of {', '.join(ARCHIVES)}")
    return Source(
        id=source_id,
        name=name.strip(),
        province=province,
        start_urls=tuple(urls),
        platform=platform,
        status=status,
        successor=successor,
        archives=tuple(archives),
    )


def unreachable_by_name(sources: list[Source], allow_private_networks: bool = False) -> list[str]:
    """Start URLs whose host name resolves, here and now, to an address the crawl may not reach
    (the crawl checks again when it connects). One line per URL, naming the source."""
    return [
        f"source {source.id!r}: key 'start_urls' has {url!r}: {problem}"
        for source in sources
        for url in source.start_urls
        if (problem := url_problem(url, allow_private_networks))
    ]


def _province_2025(province: str | None) -> str | None:
    from vncorpus.nlp.gazetteer import province_2025

    return province_2025(province)


def _canonical_province(name: object) -> str | None:
    if not isinstance(name, str):
        return None
    from vncorpus.nlp.gazetteer import canonical_province

    return canonical_province(name)
