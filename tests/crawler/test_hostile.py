"""Hostile servers beside a normal portal, in one nightly crawl: the normal portal's articles all
arrive, memory stays bounded, and the report names each problem in the operator's words.

Every hostile site is a copy of the Lạng Sơn sample portal (four articles) made hostile by its
behaviours.yaml (corpus/demo/server.py): a robots.txt that fails, is endless or redirects, and
pages that are a gzip bomb, a redirect chain or loop, a header too long to read; and a maze of
pages without end. One crawl serves them all, as one night meets them all."""
from __future__ import annotations

import json
import re
import resource
import shutil
import time

import pytest
import yaml

from checkout import run_cli
from vncorpus.corpus.demo.server import SAMPLE_PORTALS, serve_sites, write_sources_file

pytestmark = pytest.mark.slow

NORMAL = SAMPLE_PORTALS / "langson-portal"
ARTICLES = {a["path"] for a in yaml.safe_load((NORMAL / "expected.yaml").read_text(encoding="utf-8"))["articles"]}

# robots.txt of 50 MB: a Disallow on its first lines and one 400 KiB in, then padding.
HUGE_ROBOTS = "User-agent: *\nDisallow: /tin-tuc/hoi-nghi\n" + "".join(f"# dòng chú thích {i:06d} {'y' * 80}\n" for i in range(4300)) + "Disallow: /tin-tuc/lang-son\n"

HOSTILE_PAGES = {
    "/bom.html": {"gzip_bomb": 100},  # 100 MB of zeros in 100 KB
    "/chuyen-0.html": {"redirect": "/chuyen-1.html"},  # seven hops: one more than a crawler follows
    **{f"/chuyen-{i}.html": {"redirect": f"/chuyen-{i + 1}.html"} for i in range(1, 7)},
    "/vong-a.html": {"redirect": "/vong-b.html"},  # a loop
    "/vong-b.html": {"redirect": "/vong-a.html"},
    "/dau-lon.html": {"header_bytes": 200_000},  # a header no client reads
}

SITES = {
    "robots-error": {"behaviours": {"paths": {"/robots.txt": {"status": 500}}}},
    "robots-huge": {"robots": HUGE_ROBOTS, "behaviours": {"paths": {"/robots.txt": {"pad_bytes": 50_000_000}}}},
    "robots-redirect": {
        "robots": None,
        "files": {"quy-tac.txt": "User-agent: *\nDisallow: /tin-tuc/\n"},
        "behaviours": {"paths": {
            "/robots.txt": {"redirect": "/r1"}, "/r1": {"redirect": "/r2"}, "/r2": {"redirect": "/r3"},
            "/r3": {"redirect": "/r4"}, "/r4": {"redirect": "/quy-tac.txt"},
        }},
    },
    "robots-missing": {"robots": None},
    "hostile-pages": {"links": ["/bom.html", "/chuyen-0.html", "/vong-a.html", "/dau-lon.html"], "behaviours": {"paths": HOSTILE_PAGES}},
}


def hostile_copy(root, name: str, spec: dict):
    site = root / name
    shutil.copytree(NORMAL, site)
    meta = yaml.safe_load((site / "site.yaml").read_text(encoding="utf-8"))
    (site / "site.yaml").write_text(yaml.safe_dump({**meta, "id": name}, allow_unicode=True), encoding="utf-8")
    if "robots" in spec:
        (site / "robots.txt").unlink()
        if spec["robots"] is not None:
            (site / "robots.txt").write_text(spec["robots"], encoding="utf-8")
    for file, text in spec.get("files", {}).items():
        (site / file).write_text(text, encoding="utf-8")
    if spec.get("links"):
        index = site / "index.html"
        anchors = "".join(f'<li><a href="{path}">Liên kết {i}</a></li>' for i, path in enumerate(spec["links"]))
        index.write_text(index.read_text(encoding="utf-8").replace("</main>", f"<ul>{anchors}</ul></main>"), encoding="utf-8")
    (site / "behaviours.yaml").write_text(yaml.safe_dump(spec.get("behaviours", {})), encoding="utf-8")
    return site


def maze(root):
    site = root / "maze"
    site.mkdir()
    (site / "site.yaml").write_text("id: maze\nname: Cổng thông tin không đáy\nprovince: Lạng Sơn\n", encoding="utf-8")
    (site / "behaviours.yaml").write_text("endless: {links: 50}\n", encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    dirs = [NORMAL, *(hostile_copy(root, name, spec) for name, spec in SITES.items()), maze(root)]
    with serve_sites(dirs) as sites:
        sources = write_sources_file(sites, root / "sources.yaml")
        started = time.monotonic()
        result = run_cli("crawl", "--sources", str(sources), "--data-dir", str(root / "data"), timeout=600)
        seconds = time.monotonic() - started
        served = {site.meta["id"]: list(site.served) for site in sites}
        hosts = {site.meta["id"]: site.base_url.removeprefix("http://") for site in sites}
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert result.returncode == 0, result.stderr
    report = json.loads(next((root / "data" / "reports").glob("crawl-*.json")).read_text())
    by_source = {s["source_id"]: s for s in report["sources"]}
    status = run_cli("status", "--data-dir", str(root / "data"))
    return {"result": result, "status": status.stdout, "report": by_source, "served": served, "seconds": seconds, "peak_mb": peak_mb, "hosts": hosts}


def fetched(night, source: str) -> set[str]:
    return {path for path, status in night["served"][source] if status == 200}


def test_the_normal_portal_loses_nothing_and_memory_stays_bounded(night):
    assert ARTICLES <= fetched(night, "langson-portal")
    assert night["report"]["langson-portal"]["new_articles"] == len(ARTICLES)
    assert night["peak_mb"] < 1024, night["peak_mb"]


def test_a_failing_robots_txt_stops_the_host(night):
    """RFC 9309 2.3.1.4: a robots.txt that answers 5xx means the whole site is disallowed."""
    served = night["served"]["robots-error"]
    assert {path for path, _ in served} == {"/robots.txt"}, served
    report = night["report"]["robots-error"]
    assert report["robots"] == {night["hosts"]["robots-error"]: "unavailable (HTTP 500): nothing fetched this run"}
    assert "robots_unavailable" in report["errors"]


def test_an_endless_robots_txt_is_read_to_500_kib_and_obeyed(night):
    pages = fetched(night, "robots-huge")
    assert not any(path.startswith(("/tin-tuc/hoi-nghi", "/tin-tuc/lang-son")) for path in pages), pages
    assert ARTICLES - {p for p in ARTICLES if p.startswith(("/tin-tuc/hoi-nghi", "/tin-tuc/lang-son"))} <= pages
    note = night["report"]["robots-huge"]["robots"][night["hosts"]["robots-huge"]]
    assert note.startswith("read the first 512 KiB of a larger file"), note


def test_robots_txt_is_found_through_five_redirects(night):
    pages = fetched(night, "robots-redirect")
    assert not any(path.startswith("/tin-tuc/") for path in pages), pages
    assert "forbade" in night["report"]["robots-redirect"]["robots"][night["hosts"]["robots-redirect"]]


def test_a_missing_robots_txt_allows_everything(night):
    assert ARTICLES <= fetched(night, "robots-missing")
    assert night["report"]["robots-missing"].get("robots", {}) == {}


@pytest.mark.parametrize(
    "kind, url",
    [
        ("decompression_bomb", "/bom.html"),
        ("too_many_redirects", "/chuyen-0.html"),
        ("redirect_loop", "/vong-a.html"),
        ("header_too_large", "/dau-lon.html"),
    ],
)
def test_each_failure_is_named_with_an_example(night, kind, url):
    report = night["report"]["hostile-pages"]
    assert report["errors"].get(kind) == 1, report["errors"]
    assert report["error_examples"][kind].endswith(url)
    assert ARTICLES <= fetched(night, "hostile-pages")


def test_no_library_class_name_reaches_the_operator(night):
    for text in (night["result"].stdout, night["status"], json.dumps(night["report"])):
        assert not re.search(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Error|Request|Exception)\b", text), text


def test_an_endless_site_is_stopped_as_a_trap_long_before_its_budget(night):
    report = night["report"]["maze"]
    assert report["stopped"].startswith("trap:"), report.get("stopped")
    assert len(night["served"]["maze"]) <= 400, len(night["served"]["maze"])
    assert "maze: stopped (trap" in night["result"].stdout
    assert "maze: stopped (trap" in night["status"]

