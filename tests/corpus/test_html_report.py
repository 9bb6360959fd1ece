"""`vncorpus report` on the demo's data and on an empty corpus, read as HTML and rendered in a real
headless browser (Debian's chromium)."""
from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import lxml.html
import pytest

from checkout import REPO, run_cli
from vncorpus.corpus import charts
from vncorpus.corpus.catalog import connect
from vncorpus.corpus.report import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The demo's articles citing 1191/QĐ-TTg (the sample portals' expected.yaml), in each map.
TABLE_63 = [
    ["Bắc Kạn", "1", "18/01/2022", "18/01/2022"],
    ["Điện Biên", "2", "15/11/2022", "12/01/2023"],
    ["Lạng Sơn", "2", "30/05/2023", "14/08/2023"],
]
TABLE_34 = [
    ["Điện Biên", "2", "15/11/2022", "12/01/2023"],
    ["Lạng Sơn", "2", "30/05/2023", "14/08/2023"],
    ["Thái Nguyên", "1", "18/01/2022", "18/01/2022"],
]
# Each passage's marked counts, in page order (provinces in Vietnamese order, then by date).
PASSAGE_COUNTS = [
    ["03 hội nghị tập huấn", "210 cán bộ", "hơn 350 tin", "5.000 tờ rơi tuyên truyền", "180 triệu đồng"],
    ["120 học viên", "250 cuốn tài liệu hỏi đáp"],
    ["05 hội nghị tuyên truyền trực tiếp", "hơn 400 cán bộ", "02 chuyên mục", "3.000 tờ gấp giới thiệu", "450 triệu đồng"],
    ["trên 180 đại biểu", "04 lớp bồi dưỡng", "12 số bản tin đối ngoại song ngữ"],
    ["gần 900 tin", "hơn 2 triệu lượt xem", "03 chuyên trang"],
]
# What the demo's provinces did for 1191/QĐ-TTg (decision_activities), in each map: province,
# kind, activities, events, participants, first and last date.
ACTIVITIES_63 = [
    ["Điện Biên", "Hội nghị, họp", "1", "1", "", "11/01/2023", "11/01/2023"],
    ["Tập huấn, bồi dưỡng", "1", "1", "120", "15/11/2022", "15/11/2022"],
    ["Lạng Sơn", "Tin bài, chuyên mục, phát thanh, truyền hình", "1", "900", "", "01/01/2023", "01/01/2023"],
]
ACTIVITIES_34 = ACTIVITIES_63  # the two provinces kept their names in 2025
# Each activity listed under its province: when, what, the marked trigger, events.
ACTIVITIES_DONE = {
    "Điện Biên (2 hoạt động)": [["15/11/2022", "Tập huấn, bồi dưỡng", "lớp tập huấn", "1"], ["11/01/2023", "Hội nghị, họp", "Hội nghị", "1"]],
    "Lạng Sơn (1 hoạt động)": [["2023", "Tin bài, chuyên mục, phát thanh, truyền hình", "đăng phát gần 900 tin, bài, phóng sự", "900"]],
}
FIGURES = ["map-province", "map-province_2025", "timeline-province", "timeline-province_2025"]


@pytest.fixture(scope="module")
def demo_report(demo_data_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run_cli("report", "--data-dir", str(demo_data_dir), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 5 articles from 3 provinces citing 1191/QĐ-TTg"
    return out


def table_rows(table) -> list[list[str]]:
    return [[cell.text_content().strip() for cell in row.findall("td")] for row in table.findall("tbody/tr")]


def section(page, title: str) -> list:
    """The elements under the <h2> `title`, up to the next <h2>."""
    (heading,) = [h for h in page.findall(".//h2") if h.text_content() == title]
    found = []
    for element in heading.itersiblings():
        if element.tag == "h2":
            break
        found.append(element)
    return found


def passage_headings(page) -> list:
    return [e for e in section(page, "Hoạt động và số liệu quanh mỗi lần nhắc đến") if e.tag == "h3"]


def test_report_tables_in_both_maps(demo_report):
    page = lxml.html.parse(str(demo_report)).getroot()
    tables = page.findall(".//table")[:2]
    assert [table_rows(t) for t in tables] == [TABLE_63, TABLE_34]
    assert [[c.text_content() for c in t.findall("tfoot/tr/td")][:2] for t in tables] == [["3 tỉnh", "5"], ["3 tỉnh", "5"]]
    assert [h.text_content() for h in page.findall(".//h3")][:2] == [f"Bản đồ {name}" for name in charts.MAP_NAMES.values()]


def test_report_passages_mark_the_decision_and_the_counts_and_link_their_articles(demo_report, demo_data_dir):
    page = lxml.html.parse(str(demo_report)).getroot()
    quotes = page.findall(".//blockquote")
    assert [[m.text_content() for m in q.findall("mark[@class='count']")] for q in quotes] == PASSAGE_COUNTS
    assert all("1191/QĐ-TTg" in q.find("mark[@class='decision']").text_content() for q in quotes)
    con = connect(demo_data_dir)
    urls = {url for (url,) in con.execute(
        "SELECT url FROM articles WHERE article_id IN (SELECT article_id FROM decisions WHERE canonical = '1191/QĐ-TTg')"
    ).fetchall()}
    con.close()
    assert [h.text_content() for h in passage_headings(page)] == ["Bắc Kạn (1 bài)", "Điện Biên (2 bài)", "Lạng Sơn (2 bài)"]
    linked = [a.get("href") for a in page.findall(".//h4/a")]
    assert sorted(linked) == sorted(urls) and len(urls) == 5


def test_report_is_self_contained(demo_report):
    """Nothing on the page is loaded from elsewhere: no scripts, stylesheets, images or frames (the
    one <link>, the icon, is inline), and the only links are to the articles and, inside the
    charts, to the charts' own elements."""
    page = lxml.html.parse(str(demo_report)).getroot()
    for tag in ("script", "img", "iframe", "object", "embed"):
        assert page.findall(f".//{tag}") == []
    assert [link.get("href") for link in page.findall(".//link")] == ["data:,"]
    assert [e.tag for e in page.iter() if isinstance(e.tag, str) and e.get("src")] == []
    ids = [e.get("id") for e in page.iter() if isinstance(e.tag, str) and e.get("id")]
    assert len(ids) == len(set(ids))
    inner = [e.get("href") or e.get("xlink:href") for e in page.iter() if isinstance(e.tag, str) and e.tag.endswith("use")]
    assert inner and all(h.startswith("#") and h[1:] in ids for h in inner)
    assert [f.get("id") for f in page.findall(".//figure")] == FIGURES
    assert "url(http" not in demo_report.read_text(encoding="utf-8")


def test_report_shows_a_few_articles_a_province_and_counts_the_rest(tmp_path):
    """On a synthetic corpus (tools/synth_corpus.py) where provinces have more citing articles
    than the page shows."""
    data = tmp_path / "synth"
    subprocess.run([sys.executable, str(REPO / "tools" / "synth_corpus.py"), "--articles", "3000", "--data-dir", str(data)], check=True, capture_output=True)
    written = write_report(data, "1191/QĐ-TTg", tmp_path / "r.html", per_province=3)
    page = lxml.html.parse(str(written.path)).getroot()
    con = connect(data)
    per_province = dict(con.execute(
        "SELECT province, count(*) FROM articles WHERE duplicate_of IS NULL AND province IS NOT NULL "
        "AND article_id IN (SELECT article_id FROM decisions WHERE canonical = '1191/QĐ-TTg') GROUP BY province"
    ).fetchall())
    con.close()
    headings = passage_headings(page)
    assert [h.text_content() for h in headings] == [f"{p} ({per_province[p]} bài)" for p in charts.vietnamese_order(per_province)]
    assert max(per_province.values()) > 3 and min(per_province.values()) <= 3
    for heading in headings:
        province = heading.text_content().rsplit(" (", 1)[0]
        section = []
        for element in heading.itersiblings():
            if element.tag in ("h2", "h3"):
                break
            section.append(element)
        shown = sum(1 for el in section if el.tag == "h4")
        notes = [el.text_content() for el in section if el.get("class") == "note"]
        assert shown == min(3, per_province[province])
        assert [n.split(" bài khác")[0] for n in notes] == ([f"Còn {per_province[province] - 3}"] if per_province[province] > 3 else [])


def test_report_activities_by_province_and_kind_in_both_maps(demo_report):
    done = section(lxml.html.parse(str(demo_report)).getroot(), "Các tỉnh đã làm gì")
    tables = [t for element in done for t in element.iter("table") if element.get("class") == "pair"]
    assert [table_rows(t) for t in tables] == [ACTIVITIES_63, ACTIVITIES_34]
    # Totals: provinces, activities, events; no participants are counted in these articles.
    assert [[c.text_content() for c in t.findall("tfoot/tr/td")][:5] for t in tables] == [["2 tỉnh", "", "3", "902", "120"]] * 2
    assert [h.text_content() for h in done[1].findall(".//h3")] == [f"Bản đồ {name}" for name in charts.MAP_NAMES.values()]


def test_report_lists_each_activity_in_its_sentence_linked_to_its_article(demo_report, demo_data_dir):
    page = lxml.html.parse(str(demo_report)).getroot()
    done = section(page, "Các tỉnh đã làm gì")
    headings = [e for e in done if e.tag == "h3"]
    lists = [e for e in done if e.tag == "table"]
    listed = {h.text_content(): [[*(c.text_content() for c in row.findall("td")[:2]), row.find("td/mark[@class='activity']").text_content(),
                                  row.findall("td")[3].text_content()] for row in t.findall("tbody/tr")] for h, t in zip(headings, lists)}
    assert listed == ACTIVITIES_DONE
    # The 63-province table's names lead to their lists.
    (first,) = [t for e in done if e.get("class") == "pair" for t in e.iter("table")][:1]
    assert [a.get("href") for a in first.iter("a")] == ["#" + h.get("id") for h in headings]
    con = connect(demo_data_dir)
    urls = [url for (url,) in con.execute(
        "SELECT a.url FROM activities t JOIN articles a USING (article_id) WHERE list_contains(t.decisions, '1191/QĐ-TTg') "
        "ORDER BY t.province COLLATE vi, t.date NULLS LAST, t.start"
    ).fetchall()]
    con.close()
    assert [row.findall("td")[-1].find("a").get("href") for t in lists for row in t.findall("tbody/tr")] == urls


@pytest.mark.parametrize("typed", ["1191/qd-ttg", "1191/QĐ-TTg ", "1191/QD-TTG"])
def test_report_takes_the_decision_as_typed(demo_data_dir, tmp_path, typed):
    written = write_report(demo_data_dir, typed, tmp_path / "r.html")
    assert written.summary() == f"{tmp_path / 'r.html'}: 5 articles from 3 provinces citing 1191/QĐ-TTg"


def test_report_on_an_empty_corpus_says_no_articles(empty_data_dir, tmp_path):
    out = tmp_path / "r.html"
    assert write_report(empty_data_dir, "1191/QĐ-TTg", out).summary() == f"{out}: no article cites 1191/QĐ-TTg; the page says so"
    page = lxml.html.parse(str(out)).getroot()
    assert page.findall(".//table") == []
    said = [p.text_content() for p in page.findall(".//p")]
    assert said.count(charts.NO_ARTICLES) == 3  # the two province lists and the passages; the charts say it too
    assert said.count(charts.NO_ACTIVITIES) == 2  # the two activity tables
    assert len(page.findall(".//figure")) == 4


@pytest.mark.parametrize("args, message", [
    (["--data-dir", "{tmp}/nowhere", "--output", "{tmp}/r.html"], "vncorpus: error: data dir {tmp}/nowhere does not exist"),
    (["--data-dir", "{data}", "--output", "{tmp}/no/such/folder/r.html"], "vncorpus: error: cannot write {tmp}/no/such/folder/r.html: folder {tmp}/no/such/folder does not exist"),
])
def test_report_bad_input_is_one_line(demo_data_dir, tmp_path, args, message):
    result = run_cli("report", *[a.format(tmp=tmp_path, data=demo_data_dir) for a in args])
    assert result.returncode == 2
    assert result.stderr.strip() == message.format(tmp=tmp_path)
    assert not (tmp_path / "r.html").exists()


class _Portal(http.server.BaseHTTPRequestHandler):
    """Serves the report; as the browser's proxy too, it answers every other request with 404,
    so nothing the browser tries leaves the machine."""

    page: bytes = b""

    def do_GET(self):
        if self.path.endswith("/report.html"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(self.page)))
            self.end_headers()
            self.wfile.write(self.page)
        else:
            self.send_response(404)
            self.end_headers()

    do_CONNECT = do_POST = do_GET

    def log_message(self, *args):
        pass


def _chromium(url: str, port: int, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-extensions",
         f"--proxy-server=http://127.0.0.1:{port}", "--proxy-bypass-list=<-loopback>", *args, url],
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_report_renders_in_a_real_browser_and_loads_nothing(demo_report, tmp_path):
    from PIL import Image

    _Portal.page = demo_report.read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}/report.html"
    try:
        netlog = tmp_path / "netlog.json"
        dom = _chromium(url, port, tmp_path / "profile", f"--log-net-log={netlog}", "--dump-dom")
        shot = tmp_path / "report.png"
        _chromium(url, port, tmp_path / "profile", "--window-size=1200,2400", f"--screenshot={shot}")
    finally:
        server.shutdown()
        server.server_close()
    assert dom.returncode == 0, dom.stderr[-2000:]

    # What the browser built: the tables of both maps, four charts drawn as SVG, five passages.
    page = lxml.html.fromstring(dom.stdout)
    assert [table_rows(t) for t in page.findall(".//table")][:4] == [TABLE_63, TABLE_34, ACTIVITIES_63, ACTIVITIES_34]
    assert [f.get("id") for f in page.findall(".//figure")] == FIGURES
    assert all(f.find("{http://www.w3.org/2000/svg}svg") is not None or f.find("svg") is not None for f in page.findall(".//figure"))
    assert len(page.findall(".//blockquote")) == 5

    # Every request the page itself made (initiated by its origin): none.
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    loads = [e["params"]["url"] for e in log["events"] if e["type"] == start_job and e.get("params", {}).get("initiator") == f"http://127.0.0.1:{port}"]
    assert loads == []

    # The charts were painted: the map's and the bars' blues are on the screenshot.
    image = Image.open(shot).convert("RGB")
    colours = {tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in (charts.BAR, charts.SHADES[-1])}
    painted = sum(count for count, colour in image.getcolors(maxcolors=1 << 24) if colour in colours)
    assert painted > 2000, painted
