"""`vncorpus report`: one self-contained HTML page answering "which provinces implemented this
decision, when, with what activities and how many people" — tables in both province maps, the
timeline, the maps, and every mention in its passage with the counts found there, each linked to
its article. Inline CSS and inline SVG only: the page makes no request when opened, so it can be
mailed or archived as it is."""
from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import matplotlib
import pandas as pd

from vncorpus.corpus import __version__, charts, findings
from vncorpus.corpus.catalog import connect
from vncorpus.crawler.atomic import atomic_path
from vncorpus.crawler.errors import UserError

# A page to read and send: past this many articles a province's passages are counted, not shown;
# past this many activities, its activities.
PASSAGES_PER_PROVINCE = 10
ACTIVITIES_PER_PROVINCE = 30
# Where an SVG names or refers to one of its own elements.
SVG_ID = re.compile(r'( id="| (?:xlink:)?href="#|url\(#)')

CSS = """
body { font: 15px/1.5 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; color: #222; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
h3 { font-size: 1.15em; margin: 1.6em 0 .2em; } h4 { font-size: 1em; margin: 1.1em 0 .1em; }
code { font-size: .85em; background: #f2f2f2; padding: 0 .2em; }
.lead, .meta, .note { color: #555; } .meta { font-size: .9em; } .note { font-size: .85em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; font-size: .95em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .25em .8em; text-align: left; vertical-align: top; }
th { background: #f4f6f8; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: bold; border-top: 2px solid #ccc; }
.pair { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; } .pair > div { flex: 1 1 420px; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
blockquote { margin: .4em 0; padding: .4em .9em; border-left: 3px solid #2a6f97; background: #f7f9fb; white-space: pre-line; }
mark.decision { background: #ffe08a; } mark.count { background: #bfe3c9; } mark.activity { background: #cfe0f5; }
td.said { font-size: .9em; max-width: 34em; }
ul.counts { margin: .2em 0 0; padding-left: 1.2em; font-size: .93em; }
"""


@dataclass(frozen=True)
class Written:
    path: Path
    decision: str
    articles: int
    provinces: int

    def summary(self) -> str:
        if not self.articles:
            return f"{self.path}: no article cites {self.decision}; the page says so"
        return f"{self.path}: {self.articles} articles from {self.provinces} provinces citing {self.decision}"


def write_report(data_dir: str | Path, decision: str, output: str | Path, per_province: int = PASSAGES_PER_PROVINCE) -> Written:
    """Render the report for `decision` and store it at `output` (complete or not at all)."""
    output = Path(output)
    if not output.parent.is_dir():
        raise UserError(f"cannot write {output}: folder {output.parent} does not exist")
    con = connect(data_dir)
    try:
        decision = resolve_decision(con, decision)
        page, coverage, provinces = render(con, decision, per_province)
    finally:
        con.close()
    try:
        with atomic_path(output) as tmp:
            tmp.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}") from None
    return Written(output, decision, coverage.articles, provinces)


def resolve_decision(con: duckdb.DuckDBPyConnection, decision: str) -> str:
    """The canonical form the tables hold for `decision` as a user typed it ('1191/qd-ttg',
    '1191/QĐ-TTg'); `decision` itself when nothing in the corpus matches it."""
    rows = con.execute(
        "SELECT DISTINCT canonical FROM decisions WHERE vn_fold(canonical) = vn_fold(?) ORDER BY canonical = ? DESC, canonical",
        [decision.strip(), decision.strip()],
    ).fetchall()
    return rows[0][0] if rows else decision.strip()


def render(con: duckdb.DuckDBPyConnection, decision: str, per_province: int = PASSAGES_PER_PROVINCE) -> tuple[str, charts.Coverage, int]:
    """(page, what it covers, provinces in the 63-province map); at most `per_province` articles'
    passages for each province."""
    coverage = findings.coverage(con, decision)
    subject = findings.subject(con, decision)
    by_map = {column: findings.province_counts(con, decision, column) for column in charts.MAP_NAMES}
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',  # else the browser asks the page's host for /favicon.ico
        f"<title>{e(subject)}: các tỉnh triển khai</title><style>{CSS}</style></head><body>",
        f"<h1>{e(subject)}: tỉnh nào triển khai, khi nào, bằng hoạt động gì</h1>",
        f'<p class="lead">{e(coverage.caption())}</p>',
        f'<p class="meta">Tạo bởi vncorpus {e(__version__)} lúc {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC. '
        "Một bài đăng lại trên nhiều cổng thông tin được đếm một lần.</p>",
        "<h2>Các tỉnh</h2>",
        '<div class="pair">',
        *(f"<div>{_province_table(by_map[column], column)}</div>" for column in charts.MAP_NAMES),
        "</div>",
        "<h2>Bản đồ</h2>",
        '<div class="pair">',
        *(
            f"<div>{_figure(charts.province_map(by_map[column], coverage, map_column=column, subject=subject), f'map-{column}')}</div>"
            for column in charts.MAP_NAMES
        ),
        "</div>",
        "<h2>Theo thời gian</h2>",
        *(
            _figure(charts.timeline(findings.monthly_counts(con, decision, column), coverage, map_column=column, subject=subject), f"timeline-{column}")
            for column in charts.MAP_NAMES
        ),
        "<h2>Các tỉnh đã làm gì</h2>",
        f'<p class="note">Các hoạt động (hội nghị, tập huấn, tuyên truyền, tin bài …) mà bài viết thuật lại hoặc lên kế hoạch '
        f"để thực hiện {e(decision)}, kể cả qua một kế hoạch thực hiện nó; văn bản chỉ được dẫn làm căn cứ thì không tính. "
        "Số sự kiện và số người là tổng các con số bài viết nêu; ô trống: bài không nêu.</p>",
        '<div class="pair">',
        *(f"<div>{_activity_table(findings.province_activities(con, decision, column), column)}</div>" for column in charts.MAP_NAMES),
        "</div>",
        _activities_done(findings.activities_done(con, decision, ACTIVITIES_PER_PROVINCE), decision),
        "<h2>Hoạt động và số liệu quanh mỗi lần nhắc đến</h2>",
        f'<p class="note">Mỗi đoạn là các câu quanh một lần nhắc đến {e(decision)} (tô vàng), kéo dài tới các số đếm '
        f"(tô xanh) bắt đầu trong vòng {findings.NEAR_CHARACTERS} ký tự quanh chỗ nhắc đến.</p>",
        _passages(findings.passages(con, decision, per_province), decision),
        '<h2>Nguồn dữ liệu</h2><p class="note">Bài viết thu thập từ cổng thông tin điện tử của các tỉnh và cơ quan nhà nước bằng vncorpus; '
        "tỉnh của một bài là tỉnh của cơ quan đăng bài theo bản đồ hành chính tại ngày đăng. "
        "Ranh giới tỉnh: Natural Earth 1:10m admin-1 (public domain); bản đồ 34 tỉnh (từ 1/7/2025) được gộp từ 63 tỉnh theo "
        "danh mục sáp nhập của vietnamadminunits.</p>",
        "</body></html>",
    ]
    return "\n".join(parts), coverage, len(by_map["province"])


def _province_table(counts, column: str) -> str:
    e = html.escape
    head = f"<h3>Bản đồ {e(charts.MAP_NAMES[column])}</h3>"
    if counts.empty:
        return head + f"<p>{e(charts.NO_ARTICLES)}</p>"
    rows = "".join(
        f"<tr><td>{e(row[column])}</td><td class=n>{int(row['articles'])}</td>"
        f"<td>{_date(row['first_published'])}</td><td>{_date(row['last_published'])}</td></tr>"
        for _, row in counts.iterrows()
    )
    return (
        f"{head}<table><thead><tr><th>Tỉnh, thành phố</th><th>Số bài</th><th>Bài đầu tiên</th><th>Bài gần nhất</th></tr></thead>"
        f"<tbody>{rows}</tbody><tfoot><tr><td>{len(counts)} tỉnh</td><td class=n>{int(counts['articles'].sum())}</td>"
        "<td></td><td></td></tr></tfoot></table>"
    )


def _activity_table(rows, column: str) -> str:
    """Per province and kind of activity: activities, events, participants, first and last date;
    in the map at the time each province links to its list of activities below."""
    e = html.escape
    head = f"<h3>Bản đồ {e(charts.MAP_NAMES[column])}</h3>"
    if rows.empty:
        return head + f"<p>{e(charts.NO_ACTIVITIES)}</p>"
    body = []
    for province, group in rows.groupby(column, sort=False):
        name = f'<a href="#{_anchor(province)}">{e(province)}</a>' if column == "province" else e(province)
        for i, (_, row) in enumerate(group.iterrows()):
            cell = f'<td rowspan="{len(group)}">{name}</td>' if i == 0 else ""
            body.append(
                f"<tr>{cell}<td>{e(charts.ACTIVITY_KINDS[row['kind']])}</td><td class=n>{int(row['activities'])}</td>"
                f"<td class=n>{_whole(row['events'])}</td><td class=n>{_whole(row['participants'])}</td>"
                f"<td>{_date(row['first_date'])}</td><td>{_date(row['last_date'])}</td></tr>"
            )
    return (
        f"{head}<table><thead><tr><th>Tỉnh, thành phố</th><th>Hoạt động</th><th>Số hoạt động</th><th>Số sự kiện</th>"
        f"<th>Số người tham gia</th><th>Từ ngày</th><th>Đến ngày</th></tr></thead><tbody>{''.join(body)}</tbody>"
        f"<tfoot><tr><td>{rows[column].nunique()} tỉnh</td><td></td><td class=n>{int(rows['activities'].sum())}</td>"
        f"<td class=n>{_whole(rows['events'].sum(min_count=1))}</td><td class=n>{_whole(rows['participants'].sum(min_count=1))}</td><td></td><td></td></tr></tfoot></table>"
    )


def _activities_done(done: list[findings.Done], decision: str) -> str:
    """Each province's activities, one row each: when, what, the sentence with its trigger marked,
    its numbers and the linked article; a province with more than are shown says how many are left out."""
    e = html.escape
    if not done:
        return ""
    out: list[str] = []
    by_province: dict[str, list[findings.Done]] = {}
    for activity in done:
        by_province.setdefault(activity.province, []).append(activity)
    for province, group in by_province.items():
        out.append(f'<h3 id="{_anchor(province)}">{e(province)} ({group[0].in_province} hoạt động)</h3>')
        rows = []
        for a in group:
            t0, t1 = a.trigger
            said = f'{e(a.text[:t0])}<mark class="activity">{e(a.text[t0:t1])}</mark>{e(a.text[t1:])}'
            what = e(charts.ACTIVITY_KINDS[a.kind]) + (" (kế hoạch)" if a.status == "planned" else "")
            who = f"{_number(a.participants)} {e(a.audience or '')}".strip() if a.participants is not None else ""
            rows.append(
                f"<tr><td>{e(a.when)}</td><td>{what}</td><td class=said>{said}</td><td class=n>{_whole(a.events)}</td>"
                f'<td>{who}</td><td><a href="{e(a.url)}">{e(a.title or a.url)}</a> · {_date(a.published) or "không rõ ngày đăng"}</td></tr>'
            )
        out.append(
            "<table><thead><tr><th>Thời gian</th><th>Hoạt động</th><th>Câu trong bài</th><th>Số sự kiện</th><th>Người tham gia</th>"
            f"<th>Bài viết</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
        left_out = group[0].in_province - len(group)
        if left_out:
            out.append(
                f'<p class="note">Còn {left_out} hoạt động khác của {e(province)} không in ở đây; danh sách đầy đủ: '
                f'<code>vncorpus export --format xlsx --output hoat-dong.xlsx "SELECT * FROM activities WHERE province = '
                f'{e(_sql_text(province))} AND list_contains(decisions, {e(_sql_text(decision))}) ORDER BY date"</code></p>'
            )
    return "\n".join(out)


def _anchor(province: str) -> str:
    return "hoat-dong-" + province.replace(" ", "-")


def _whole(value) -> str:
    """A count that may be missing (NULL, NaN): empty, else grouped as _number groups it."""
    return "" if pd.isna(value) else _number(value)


def _passages(passages: list[findings.Passage], decision: str) -> str:
    """The passages under one heading per province, each article's under its linked title; a
    province with more articles than are shown says how many are left out."""
    e = html.escape
    if not passages:
        return f"<p>{e(charts.NO_ARTICLES)}</p>"
    out: list[str] = []
    by_province: dict[str | None, list[findings.Passage]] = {}
    for passage in passages:
        by_province.setdefault(passage.province, []).append(passage)
    for province, group in by_province.items():
        articles = list(dict.fromkeys(p.article_id for p in group))
        out.append(f"<h3>{e(province or 'Không rõ tỉnh')} ({group[0].in_province} bài)</h3>")
        article = None
        for passage in group:
            if passage.article_id != article:
                article = passage.article_id
                where = " · ".join(dict.fromkeys(p for p in (passage.province, passage.province_2025) if p)) or "không rõ tỉnh"
                out.append(
                    f'<h4><a href="{e(passage.url)}">{e(passage.title or passage.url)}</a></h4>'
                    f'<p class="meta">{e(where)} · {_date(passage.published) or "không rõ ngày đăng"} · '
                    f'<a href="{e(passage.url)}">{e(passage.url)}</a></p>'
                )
            out.append(f"<blockquote>{_highlighted(passage)}</blockquote>")
            if passage.counts:
                items = "".join(f"<li>{_number(value)} {e(unit)}</li>" for _, _, value, unit in passage.counts)
                out.append(f'<ul class="counts">{items}</ul>')
        left_out = group[0].in_province - len(articles)
        if left_out:
            where = f"province = {_sql_text(province)}" if province else "province IS NULL"
            out.append(
                f'<p class="note">Còn {left_out} bài khác của {e(province or "các bài không rõ tỉnh")} không in ở đây; '
                f"danh sách đầy đủ: <code>vncorpus export --format xlsx --output bai-viet.xlsx \"SELECT published, title, url FROM articles "
                f"WHERE {e(where)} AND article_id IN (SELECT article_id FROM decisions WHERE canonical = {e(_sql_text(decision))}) ORDER BY published\"</code></p>"
            )
    return "\n".join(out)


def _highlighted(passage: findings.Passage) -> str:
    """The passage with its decision mention and counts marked; a count inside the mention is left unmarked."""
    marks = sorted([(*passage.decision, "decision")] + [(s, t, "count") for s, t, _, _ in passage.counts])
    out, at = [], 0
    for start, end, kind in marks:
        if start < at:
            continue
        out += [html.escape(passage.text[at:start]), f'<mark class="{kind}">', html.escape(passage.text[start:end]), "</mark>"]
        at = end
    out.append(html.escape(passage.text[at:]))
    return "".join(out)


def _figure(figure, name: str) -> str:
    """The figure as inline SVG (text kept as text). Its ids are prefixed with `name`: every chart
    numbers its elements from 1, and the page holds several."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text stays text: searchable, and small
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buffer.getvalue()
    svg = SVG_ID.sub(lambda m: f'{m.group(1)}{name}-', svg[svg.index("<svg"):])
    return f'<figure id="{html.escape(name)}">{svg}</figure>'


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value is not None and value == value else ""


def _number(value: float) -> str:
    """Vietnamese digit grouping: 5.000; 2.000.000; 1,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".rstrip("0").replace(",", " ").replace(".", ",").replace(" ", ".")
