"""The charts of corpus.charts on the demo's data and on an empty corpus: whole counts from zero,
empty months empty, provinces in Vietnamese order, outlines in both maps, "no articles" when
there is nothing to draw."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
import shapely
import yaml
from matplotlib.patches import PathPatch

from checkout import FILES
from vncorpus.corpus import charts, findings
from vncorpus.corpus.catalog import connect
from vncorpus.corpus.maps import archipelagos, province_shapes
from vncorpus.nlp.gazetteer import legacy_provinces, province_2025

DECISION = "1191/QĐ-TTg"
MAPS = ("province", "province_2025")
# The demo's articles citing 1191/QĐ-TTg (the sample portals' expected.yaml), per map.
PROVINCES = {"province": ["Bắc Kạn", "Điện Biên", "Lạng Sơn"], "province_2025": ["Điện Biên", "Lạng Sơn", "Thái Nguyên"]}
ARTICLES = {"province": [1, 2, 2], "province_2025": [2, 2, 1]}
CITING_MONTHS = {  # (row, month) → articles; every other cell of the 01/2022–08/2023 strip is empty
    "province": {("Bắc Kạn", "01/2022"): 1, ("Điện Biên", "11/2022"): 1, ("Điện Biên", "01/2023"): 1, ("Lạng Sơn", "05/2023"): 1, ("Lạng Sơn", "08/2023"): 1},
    "province_2025": {("Thái Nguyên", "01/2022"): 1, ("Điện Biên", "11/2022"): 1, ("Điện Biên", "01/2023"): 1, ("Lạng Sơn", "05/2023"): 1, ("Lạng Sơn", "08/2023"): 1},
}


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    (year, month), out = first, []
    while (year, month) <= last:
        out.append(f"{month:02d}/{year}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@pytest.fixture(scope="module")
def demo(demo_data_dir):
    con = connect(demo_data_dir)
    yield con
    con.close()


@pytest.fixture(scope="module")
def empty(empty_data_dir):
    con = connect(empty_data_dir)
    yield con
    con.close()


def draw(con, chart: str, map_column: str = "province"):
    coverage = findings.coverage(con, DECISION)
    subject = findings.subject(con, DECISION)
    if chart == "province_bars":
        return charts.province_bars(findings.province_counts(con, DECISION, map_column), coverage, map_column=map_column, subject=subject)
    if chart == "province_map":
        return charts.province_map(findings.province_counts(con, DECISION, map_column), coverage, map_column=map_column, subject=subject)
    if chart == "timeline":
        return charts.timeline(findings.monthly_counts(con, DECISION, map_column), coverage, map_column=map_column, subject=subject)
    if chart == "monthly_bars":
        return charts.monthly_bars(findings.monthly_counts(con), findings.coverage(con))
    if chart == "activity_bars":
        return charts.activity_bars(findings.province_activities(con, DECISION, map_column), coverage, map_column=map_column, subject=subject)
    if chart == "ranked_bars":
        cocited = con.execute(COCITED, [DECISION]).df()
        return charts.ranked_bars(cocited["canonical"], cocited["articles"], coverage, title=f"Văn bản được nhắc đến cùng {subject}", xlabel="số bài viết")
    raise AssertionError(chart)


def texts(figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text") and a.get_text())]


CHARTS = ["province_bars", "province_map", "timeline", "monthly_bars", "ranked_bars", "activity_bars"]
COCITED = """
    SELECT other.canonical, count(DISTINCT other.article_id) AS articles
    FROM decisions chosen JOIN decisions other USING (article_id)
    WHERE chosen.canonical = ? AND other.canonical IS NOT NULL AND other.canonical <> chosen.canonical
    GROUP BY ALL ORDER BY articles DESC, other.canonical
"""


@pytest.mark.parametrize("map_column", MAPS)
@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_renders_on_the_demo_and_says_no_articles_on_an_empty_corpus(demo, empty, chart, map_column, tmp_path):
    for con, is_empty in ((demo, False), (empty, True)):
        figure = draw(con, chart, map_column)
        path = tmp_path / f"{chart}-{is_empty}.png"
        figure.savefig(path)
        assert path.stat().st_size > 5000
        assert (charts.NO_ARTICLES in texts(figure)) is is_empty
        captions = [t.splitlines()[0] for t in texts(figure) if t.startswith("Dữ liệu:")]
        assert captions == [findings.coverage(con, DECISION if chart != "monthly_bars" else None).caption()]
        assert (captions == ["Dữ liệu: không có bài viết nào."]) is is_empty
        if chart == "province_map":  # the key shows only the classes there are
            assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == (["0"] if is_empty else ["0", "1", "2"])


@pytest.mark.parametrize("chart", ["province_bars", "timeline", "monthly_bars", "ranked_bars", "activity_bars"])
def test_counts_are_whole_numbers_from_zero(demo, chart):
    figure = draw(demo, chart)
    axes = figure.axes[0]
    axis, limits = (axes.xaxis, axes.get_xlim()) if chart.endswith("_bars") and chart != "monthly_bars" else (axes.yaxis, axes.get_ylim())
    ticks = [t for t in axis.get_majorticklocs() if limits[0] <= t <= limits[1]]
    assert limits[0] == 0
    assert ticks[0] == 0 and all(float(t).is_integer() for t in ticks), ticks
    assert ticks == list(range(len(ticks)))  # demo counts are 1 and 2: ticks 0, 1, 2, never 0.5


@pytest.mark.parametrize("map_column", MAPS)
def test_province_bars_in_vietnamese_order_with_their_counts(demo, map_column):
    axes = draw(demo, "province_bars", map_column).axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == PROVINCES[map_column]
    assert [int(p.get_width()) for p in axes.patches] == ARTICLES[map_column]
    assert axes.get_title(loc="left").startswith("Số bài viết nhắc đến Quyết định 1191/QĐ-TTg, theo tỉnh")


@pytest.mark.parametrize("map_column", MAPS)
def test_timeline_has_a_cell_for_every_month_and_empty_months_stay_empty(demo, map_column):
    figure = draw(demo, "timeline", map_column)
    totals, heat = figure.axes
    months = _months((2022, 1), (2023, 8))
    rows = [t.get_text() for t in heat.get_yticklabels()]
    assert rows == sorted(rows, key=PROVINCES[map_column].index)
    cells = np.ma.filled(heat.images[0].get_array(), 0).reshape(len(rows), len(months))
    expected = np.zeros_like(cells)
    for (row, month), value in CITING_MONTHS[map_column].items():
        expected[rows.index(row), months.index(month)] = value
    assert (cells == expected).all()
    assert [int(p.get_height()) for p in totals.patches] == list(expected.sum(axis=0))
    assert sum(1 for p in totals.patches if p.get_height() == 0) == 15  # 15 of the 20 months have no article


@pytest.mark.parametrize("map_column", MAPS)
def test_activity_bars_split_each_province_by_kind(demo, map_column):
    """The demo's activities carrying out 1191/QĐ-TTg: Điện Biên a meeting and a training, Lạng Sơn
    one media activity; the same two provinces in either map."""
    figure = draw(demo, "activity_bars", map_column)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Điện Biên", "Lạng Sơn"]
    assert axes.get_title(loc="left").startswith("Số hoạt động thực hiện Quyết định 1191/QĐ-TTg, theo loại và tỉnh")
    # One bar segment a (kind, province), drawn kind by kind: (kind colour, province row, left, width).
    segments = [(p.get_facecolor()[:3], round(p.get_y() + p.get_height() / 2), p.get_x(), p.get_width()) for p in axes.patches if p.get_width()]
    colour = {kind: tuple(int(charts.KIND_COLOURS[kind][i:i + 2], 16) / 255 for i in (1, 3, 5)) for kind in charts.ACTIVITY_KINDS}
    assert segments == [(colour["meeting"], 0, 0, 1), (colour["training"], 0, 1, 1), (colour["media"], 1, 0, 1)]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [charts.ACTIVITY_KINDS[k] for k in ("meeting", "training", "media")]
    assert [t.get_text() for t in axes.texts if t.get_text().isdigit()] == ["2", "1"]


def test_activity_bars_without_activities_say_so(demo):
    coverage = findings.coverage(demo, DECISION)
    figure = charts.activity_bars(findings.province_activities(demo, "9999/QĐ-TTg"), coverage, subject="Quyết định 9999/QĐ-TTg")
    assert charts.NO_ACTIVITIES in texts(figure)


def test_ranked_bars_largest_first_then_as_given(demo):
    axes = draw(demo, "ranked_bars").axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["112/KH-UBND", "1719/QĐ-TTg", "45/KH-UBND", "86/KH-SNgV"]
    assert [int(p.get_width()) for p in axes.patches] == [1, 1, 1, 1]


def test_corpus_months_drawn_as_bars_including_the_empty_ones(demo):
    axes = draw(demo, "monthly_bars").axes[0]
    months = _months((2021, 3), (2023, 8))
    heights = dict(zip(months, (int(p.get_height()) for p in axes.patches)))
    assert len(axes.patches) == len(months) == 30
    busy = {"03/2021": 1, "06/2021": 1, "10/2021": 1, "01/2022": 2, "04/2022": 1, "09/2022": 1, "11/2022": 1,
            "12/2022": 1, "01/2023": 1, "05/2023": 1, "08/2023": 1}
    assert heights == {m: busy.get(m, 0) for m in months}


@pytest.mark.parametrize("map_column, outlines", [("province", 63), ("province_2025", 34)])
def test_map_draws_every_outline_and_names_the_provinces_with_articles(demo, map_column, outlines):
    figure = draw(demo, "province_map", map_column)
    axes = figure.axes[0]
    patches = [p for p in axes.patches if isinstance(p, PathPatch)]
    assert len(patches) == outlines
    grey = [p for p in patches if p.get_facecolor()[:3] == pytest.approx(np.array([240, 240, 240]) / 255)]
    assert len(grey) == outlines - len(PROVINCES[map_column])
    labels = {t.get_text() for t in axes.texts if not t.get_text().startswith("Dữ liệu:")}
    assert labels == {f"{n} ({a})" for n, a in zip(PROVINCES[map_column], ARTICLES[map_column])}
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["0", "1", "2"]


@pytest.mark.parametrize("names, ordered", [
    # Tones weigh less than letters; ă, â, đ, ê, ô, ơ, ư are letters of their own after a, d, e, o, u.
    (["Lạng Sơn", "Điện Biên", "Bắc Kạn"], ["Bắc Kạn", "Điện Biên", "Lạng Sơn"]),
    (["Bắc Giang", "Bạc Liêu", "Bà Rịa - Vũng Tàu", "Bến Tre", "Bắc Ninh"], ["Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Ninh", "Bến Tre"]),
    (["Đồng Nai", "Đà Nẵng", "Đắk Nông", "Đắk Lắk", "Cần Thơ", "Gia Lai"], ["Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Đồng Nai", "Gia Lai"]),
    (["Hưng Yên", "Hồ Chí Minh", "Hòa Bình", "Hậu Giang", "Hải Dương", "Hà Tĩnh", "Hà Nội"], ["Hà Nội", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Hưng Yên"]),
    (["Thừa Thiên Huế", "Thái Nguyên", "Thanh Hóa", "Tây Ninh", "Trà Vinh", "Tuyên Quang"], ["Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Trà Vinh", "Tuyên Quang"]),
    (["Lạng Sơn", None, "Lạng Sơn"], ["Lạng Sơn"]),
    ([], []),
])
def test_vietnamese_order(names, ordered):
    assert charts.vietnamese_order(names) == ordered


@pytest.mark.parametrize("peak, labels", [
    (0, ["1"]),
    (2, ["1", "2"]),
    (7, ["1", "2", "3", "4", "5", "6", "7"]),
    (8, ["1", "2–3", "4–5", "6–7", "8"]),
    (25, ["1–4", "5–9", "10–14", "15–19", "20–24", "25"]),
    (130, ["1–19", "20–39", "40–59", "60–79", "80–99", "100–119", "120–130"]),
])
def test_map_shades_are_whole_count_classes_from_one_to_the_peak(peak, labels):
    assert charts._classes(peak)[2] == labels


@pytest.mark.parametrize("coverage, caption", [
    (charts.Coverage(5, 3, date(2022, 1, 18), date(2023, 8, 14)), "Dữ liệu: 5 bài viết từ 3 nguồn, đăng từ 18/01/2022 đến 14/08/2023."),
    (charts.Coverage(4, 1, date(2021, 3, 5), date(2021, 3, 5), undated=2),
     "Dữ liệu: 4 bài viết từ 1 nguồn, đăng từ 05/03/2021 đến 05/03/2021; 2 bài không rõ ngày đăng không có trên trục thời gian."),
    (charts.Coverage(2, 1, None, None, undated=2), "Dữ liệu: 2 bài viết từ 1 nguồn; 2 bài không rõ ngày đăng không có trên trục thời gian."),
    (charts.Coverage(0, 0, None, None), "Dữ liệu: không có bài viết nào."),
])
def test_caption(coverage, caption):
    assert coverage.caption() == caption


def test_outlines_are_the_provinces_they_are_named_for():
    """Each shipped outline carries the ISO 3166-2 code of the province it is named for, and the
    63 form one coverage (no overlaps, one shared border between neighbours)."""
    iso = yaml.safe_load((FILES / "iso_3166_2_vn.yaml").read_text(encoding="utf-8"))
    import json
    from importlib import resources

    shipped = json.loads(resources.files("vncorpus.corpus").joinpath("maps", "provinces_63.geojson").read_text(encoding="utf-8"))
    provinces = [f["properties"] for f in shipped["features"] if "archipelago" not in f["properties"]]
    assert {p["iso_3166_2"]: p["province"] for p in provinces} == iso
    assert set(iso.values()) == set(legacy_provinces())
    assert shapely.coverage_is_valid(list(province_shapes("province", islands=False).values()))


@pytest.mark.parametrize("map_column", ["province", "province_2025"])
@pytest.mark.parametrize(
    "archipelago, province, of, inside",
    [
        ("Quần đảo Hoàng Sa", "Đà Nẵng", "thành phố Đà Nẵng", (112.34, 16.83)),  # Phú Lâm (Woody Island)
        ("Quần đảo Trường Sa", "Khánh Hòa", "tỉnh Khánh Hòa", (114.35, 10.38)),  # Ba Bình (Itu Aba)
    ],
)
def test_each_map_shows_the_archipelagos_as_part_of_their_province(map_column, archipelago, province, of, inside):
    """Every map draws and names Hoàng Sa and Trường Sa, filled as the province they belong to;
    the province's outline includes its islands."""
    found = {a.name: a for a in archipelagos(map_column)}[archipelago]
    assert (found.province, found.of) == (province, of)
    near = shapely.Point(inside).buffer(0.1)
    assert province_shapes(map_column)[province].intersects(near)
    assert not province_shapes(map_column, islands=False)[province].intersects(near)
    counts = pd.DataFrame({map_column: [province, "Cao Bằng"], "articles": [3, 1]})
    figure = charts.province_map(counts, charts.Coverage(4, 2, date(2024, 1, 2), date(2025, 9, 30)), map_column=map_column)
    (inset,) = figure.axes[0].child_axes
    assert f"{archipelago}\n({of})" in [t.get_text() for t in inset.texts]
    # Patches are drawn in the order of their outlines: the archipelagos', the provinces' mainland.
    islands = inset.patches[[a.name for a in archipelagos(map_column)].index(archipelago)]
    mainland = [p for p in figure.axes[0].patches if isinstance(p, PathPatch)][list(province_shapes(map_column, islands=False)).index(province)]
    assert islands.get_facecolor() == mainland.get_facecolor() != pytest.approx((240 / 255, 240 / 255, 240 / 255, 1))


def test_2025_outlines_are_the_legacy_provinces_dissolved():
    legacy, merged = province_shapes("province"), province_shapes("province_2025")
    assert set(merged) == {province_2025(p) for p in legacy} and len(merged) == 34
    for name, outline in merged.items():
        members = [g for p, g in legacy.items() if province_2025(p) == name]
        assert outline.area == pytest.approx(sum(g.area for g in members), rel=1e-9)
        assert len(getattr(outline, "geoms", [outline])) <= sum(len(getattr(g, "geoms", [g])) for g in members)


def test_map_names_what_it_cannot_draw_and_at_most_twelve_provinces():
    """A 2025 name the 63-province map lacks (Huế, from 1 July 2025) goes to the caption; with
    more provinces than fit, the ones with the most articles are named."""
    legacy = legacy_provinces()
    counts = pd.DataFrame({"province": [*legacy[:20], "Huế"], "articles": [*range(1, 21), 4]})
    figure = charts.province_map(counts, charts.Coverage(214, 20, date(2024, 1, 2), date(2025, 9, 30)))
    texts_ = [t.get_text() for t in figure.axes[0].texts]
    caption = [t for t in texts_ if t.startswith("Dữ liệu:")][0].splitlines()
    assert caption[1:3] == ["Ghi tên 12 trong 20 tỉnh có nhiều bài nhất.", "Không có trên bản đồ này: Huế (4)."]
    assert {t for t in texts_ if not t.startswith("Dữ liệu:")} == {f"{legacy[i]} ({i + 1})" for i in range(8, 20)}


@pytest.mark.parametrize("first, last, labels", [
    ("2022-01", "2022-04", ["01/2022", "02/2022", "03/2022", "04/2022"]),
    ("2021-11", "2023-08", ["11/2021", *(f"{m:02d}/2022" for m in range(1, 12, 2)), "01/2023", "03/2023", "05/2023", "07/2023"]),
    ("2015-03", "2024-12", [f"01/{year}" for year in range(2016, 2025)]),
    ("2001-01", "2024-12", [f"01/{year}" for year in range(2002, 2025, 2)]),
])
def test_month_labels_fall_on_round_months(first, last, labels):
    monthly = pd.DataFrame({"month": pd.to_datetime([f"{first}-01", f"{last}-01"]), "articles": [1, 1]})
    axes = charts.monthly_bars(monthly, charts.Coverage(2, 1, None, None)).axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == labels
