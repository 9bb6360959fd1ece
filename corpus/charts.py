"""The charts of the notebooks and of `vncorpus report`, drawn once here so a chart is fixed once.

Every chart shows counts as counts (whole numbers, axes from zero), provinces in Vietnamese
alphabetical order, Vietnamese titles that name what is counted, and a caption with the data's
date range and number of sources. A chart with nothing to show says so instead of failing.

Each function takes plain data frames (corpus.findings makes them from the tables) and returns a
matplotlib Figure; `map_column` is 'province' (the 63 provinces before 1 July 2025) or
'province_2025' (the 34 after).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import date

import duckdb
import matplotlib
import numpy as np
import pandas as pd
from shapely.ops import unary_union
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.ticker import MaxNLocator

from vncorpus.corpus.maps import MAP_COLUMNS, Archipelago, archipelagos, province_shapes

MAP_NAMES = dict(zip(MAP_COLUMNS, ("63 tỉnh, thành phố (trước 1/7/2025)", "34 tỉnh, thành phố (từ 1/7/2025)")))
NO_ARTICLES = "Không có bài viết nào (no articles)"
NO_ACTIVITIES = "Không tìm thấy hoạt động nào (no activities)"
# The activity kinds (activities.kind) in the order, with the Vietnamese names a table or a
# chart shows for them.
ACTIVITY_KINDS = {
    "meeting": "Hội nghị, họp",
    "training": "Tập huấn, bồi dưỡng",
    "outreach": "Tuyên truyền trực tiếp",
    "media": "Tin bài, chuyên mục, phát thanh, truyền hình",
    "publication": "Tài liệu, ấn phẩm",
    "contest": "Cuộc thi, hội thi",
    "exchange": "Đoàn công tác, giao lưu",
    "document": "Ban hành văn bản, kế hoạch",
    "inspection": "Kiểm tra, giám sát, khảo sát",
    "exhibition": "Triển lãm, trưng bày",
    "support": "Hỗ trợ, tặng quà",
}
BAR = "#2a6f97"
EMPTY_CELL = "#ffffff"
GRID = "#d9d9d9"
NO_DATA_FILL = "#f0f0f0"
# More names than this in the map's column of labels would not be read (the tables list them all).
NAMED_ON_MAP = 12
# Degrees of longitude east of the coast for the column of names (and the archipelagos' inset under it).
LABEL_COLUMN_WIDTH = 3.6
# Equal distances at Vietnam's middle latitude.
MAP_ASPECT = 1 / math.cos(math.radians(16))
# Past this many busy cells the timeline's colour key alone gives the counts.
CELL_NUMBERS = 600
# Sequential blues for 1, 2, … articles; 0 is NO_DATA_FILL.
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")

# One colour an activity kind, in ACTIVITY_KINDS order (matplotlib's tab20, its darker shades first).
KIND_COLOURS = dict(zip(ACTIVITY_KINDS, (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8",
)))

# Applied while a chart is drawn, never to the caller's own figures.
STYLE = {"axes.spines.top": False, "axes.spines.right": False}


def _styled(draw):
    @functools.wraps(draw)
    def styled(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return draw(*args, **kwargs)

    return styled


def _new(figsize, **grid):
    """A Figure of its own, outside pyplot: nothing global is kept, and any backend can save it."""
    figure = Figure(figsize=figsize)
    return figure, figure.subplots(**grid)


@dataclass(frozen=True)
class Coverage:
    """What a caption says about the data under a chart."""

    articles: int
    sources: int
    first: date | None
    last: date | None
    undated: int = 0

    def caption(self) -> str:
        if not self.articles:
            return "Dữ liệu: không có bài viết nào."
        span = f", đăng từ {self.first:%d/%m/%Y} đến {self.last:%d/%m/%Y}" if self.first else ""
        undated = f"; {self.undated} bài không rõ ngày đăng không có trên trục thời gian" if self.undated else ""
        return f"Dữ liệu: {self.articles} bài viết từ {self.sources} nguồn{span}{undated}."


def vietnamese_order(names) -> list[str]:
    """`names` sorted as a Vietnamese reader expects (Bắc Kạn, Điện Biên, Lạng Sơn): DuckDB's ICU
    collation 'vi', the same order `ORDER BY x COLLATE vi` gives in SQL."""
    names = [n for n in dict.fromkeys(names) if isinstance(n, str)]
    if not names:
        return []
    rows = duckdb.execute("SELECT n FROM unnest(?) AS t(n) ORDER BY n COLLATE vi", [names]).fetchall()
    return [r[0] for r in rows]


def counted(subject: str | None) -> str:
    """'Số bài viết nhắc đến Quyết định 1191/QĐ-TTg', or 'Số bài viết' for the whole corpus."""
    return f"Số bài viết nhắc đến {subject}" if subject else "Số bài viết"


@_styled
def province_bars(counts: pd.DataFrame, coverage: Coverage, *, map_column: str = "province", subject: str | None = None) -> Figure:
    """Articles per province: `counts` has columns `map_column` and `articles`."""
    title = f"{counted(subject)}, theo tỉnh\nBản đồ {MAP_NAMES[map_column]}"
    rows = _positive(counts, "articles")
    if rows.empty:
        return _no_articles(title, coverage)
    order = vietnamese_order(rows[map_column])
    values = rows.set_index(map_column)["articles"].reindex(order)
    fig, ax = _new((7.5, 1.2 + 0.32 * len(order)))
    bars = ax.barh(order, values, color=BAR)
    ax.bar_label(bars, padding=3)
    ax.invert_yaxis()
    _count_axis(ax.xaxis, values.max())
    ax.set_xlabel("số bài viết")
    return _finish(fig, ax, title, coverage)


@_styled
def timeline(monthly: pd.DataFrame, coverage: Coverage, *, map_column: str = "province", subject: str | None = None) -> Figure:
    """Articles per month and province as a heat strip (one row a province, one column a month,
    every month from the first to the last present, an empty cell for a month without articles),
    under a bar of the monthly totals. `monthly` has columns `month`, `map_column`, `articles`."""
    title = f"{counted(subject)}, theo tháng và tỉnh\nBản đồ {MAP_NAMES[map_column]}"
    rows = _positive(monthly.dropna(subset=[map_column]), "articles")
    if rows.empty:
        return _no_articles(title, coverage)
    months = _month_range(rows["month"])
    provinces = vietnamese_order(rows[map_column])
    grid = (
        rows.assign(month=pd.to_datetime(rows["month"]).dt.to_period("M"))
        .pivot_table(index=map_column, columns="month", values="articles", aggfunc="sum", fill_value=0)
        .reindex(index=provinces, columns=months, fill_value=0)
    )
    width = min(16.0, 3.0 + 0.28 * len(months))
    bars_inches, rows_inches = 1.4, max(0.6, 0.3 * len(provinces))
    fig, (top, heat) = _new(
        (width, bars_inches + rows_inches + 1.6), nrows=2, ncols=1, sharex=True,
        # Heights in inches, so 3 provinces or 63 get the same bar panel and the same small gap.
        gridspec_kw={"height_ratios": [bars_inches, rows_inches], "hspace": 0.15 / ((bars_inches + rows_inches) / 2)},
    )
    # Cell j spans [j, j+1] on the heat strip; its month's bar stands at its centre.
    centres = np.arange(len(months)) + 0.5
    totals = grid.sum(axis=0).to_numpy()
    top.bar(centres, totals, width=0.85, color=BAR)
    _count_axis(top.yaxis, totals.max())
    top.set_ylabel("tổng")
    top.set_title(title, loc="left", fontsize=11)

    values = grid.to_numpy()
    peak = int(values.max())
    cmap, norm, classes = _classes(peak)
    # One image of cells (an empty month is transparent over the white background) and one line
    # collection per direction for the grid: a few kB in SVG where a path per cell took megabytes.
    heat.imshow(np.ma.masked_equal(values, 0), cmap=cmap, norm=norm, interpolation="nearest", aspect="auto",
                extent=(0, len(months), len(provinces), 0))
    heat.vlines(np.arange(len(months) + 1), 0, len(provinces), colors=GRID, linewidth=0.5)
    heat.hlines(np.arange(len(provinces) + 1), 0, len(months), colors=GRID, linewidth=0.5)
    heat.set_facecolor(EMPTY_CELL)
    # Each busy cell shows its number while they stay few enough to read (and the page small).
    for (i, j), value in np.ndenumerate(values if np.count_nonzero(values) <= CELL_NUMBERS else np.zeros((0, 0))):
        if value:
            heat.text(j + 0.5, i + 0.5, str(int(value)), ha="center", va="center", fontsize=8,
                      color="white" if norm(value) >= cmap.N / 2 else "black")
    heat.set_xlim(0, len(months))
    heat.set_ylim(len(provinces), 0)
    heat.set_yticks(np.arange(len(provinces)) + 0.5, provinces)
    _month_ticks(heat, centres, months)
    heat.tick_params(length=0)
    heat.set_xlabel("tháng (ô trắng: không có bài viết)")
    heat.legend(handles=_key(cmap, classes), title="số bài viết", loc="upper left", bbox_to_anchor=(1.005, 1),
                fontsize=8, title_fontsize=8, frameon=False)
    for side in ("top", "right", "bottom", "left"):
        heat.spines[side].set_visible(False)
    _caption(heat, coverage.caption())
    return fig


@_styled
def monthly_bars(monthly: pd.DataFrame, coverage: Coverage, *, subject: str | None = None) -> Figure:
    """Articles per month, every month from the first to the last (an empty month has no bar).
    `monthly` has columns `month` and `articles`."""
    title = f"{counted(subject)}, theo tháng"
    rows = _positive(monthly, "articles")
    if rows.empty:
        return _no_articles(title, coverage)
    months = _month_range(rows["month"])
    series = (
        rows.assign(month=pd.to_datetime(rows["month"]).dt.to_period("M"))
        .groupby("month")["articles"].sum().reindex(months, fill_value=0)
    )
    fig, ax = _new((min(16.0, 3.0 + 0.28 * len(months)), 3.6))
    x = np.arange(len(months))
    ax.bar(x, series.to_numpy(), width=0.85, color=BAR)
    _count_axis(ax.yaxis, series.max())
    _month_ticks(ax, x, months)
    ax.set_xlim(-0.6, len(months) - 0.4)
    ax.set_ylabel("số bài viết")
    ax.set_xlabel("tháng")
    return _finish(fig, ax, title, coverage)


@_styled
def activity_bars(rows: pd.DataFrame, coverage: Coverage, *, map_column: str = "province", subject: str | None = None) -> Figure:
    """Activities per province, each bar split by kind (in ACTIVITY_KINDS order, named in the
    key), its total at its end. `rows` has columns `map_column`, kind, activities
    (findings.province_activities)."""
    done = f"Số hoạt động thực hiện {subject}" if subject else "Số hoạt động"
    title = f"{done}, theo loại và tỉnh\nBản đồ {MAP_NAMES[map_column]}"
    rows = _positive(rows, "activities")
    if rows.empty:
        return _no_articles(title, coverage, NO_ACTIVITIES if coverage.articles else NO_ARTICLES)
    order = vietnamese_order(rows[map_column])
    grid = rows.pivot_table(index=map_column, columns="kind", values="activities", aggfunc="sum", fill_value=0).reindex(order)
    kinds = [kind for kind in ACTIVITY_KINDS if kind in grid.columns]
    fig, ax = _new((7.5, 1.6 + 0.32 * len(order)))
    left = np.zeros(len(order))
    for kind in kinds:
        values = grid[kind].to_numpy()
        ax.barh(order, values, left=left, color=KIND_COLOURS[kind], label=ACTIVITY_KINDS[kind])
        left += values
    for y, total in enumerate(left):
        ax.annotate(str(int(total)), (total, y), xytext=(3, 0), textcoords="offset points", va="center")
    ax.invert_yaxis()
    _count_axis(ax.xaxis, left.max())
    ax.set_xlabel("số hoạt động")
    ax.legend(title="loại hoạt động", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title_fontsize=8, frameon=False)
    return _finish(fig, ax, title, coverage)


@_styled
def ranked_bars(labels, values, coverage: Coverage, *, title: str, xlabel: str) -> Figure:
    """Whole-number values per label, largest first (e.g. documents cited with a decision)."""
    frame = _positive(pd.DataFrame({"label": list(labels), "value": list(values)}), "value")
    if frame.empty:
        return _no_articles(title, coverage)
    frame = frame.sort_values("value", ascending=False, kind="stable")
    fig, ax = _new((7.5, 1.2 + 0.32 * len(frame)))
    bars = ax.barh(frame["label"], frame["value"], color="#6a994e")
    ax.bar_label(bars, padding=3)
    ax.invert_yaxis()
    _count_axis(ax.xaxis, frame["value"].max())
    ax.set_xlabel(xlabel)
    return _finish(fig, ax, title, coverage)


@_styled
def province_map(counts: pd.DataFrame, coverage: Coverage, *, map_column: str = "province", subject: str | None = None) -> Figure:
    """Every province's outline, shaded by its number of articles; the provinces with articles
    named with their count, or the NAMED_ON_MAP with the most. `counts` has columns `map_column`
    and `articles`."""
    title = f"{counted(subject)}\nBản đồ {MAP_NAMES[map_column]}"
    shapes = province_shapes(map_column)
    mainland = province_shapes(map_column, islands=False)
    rows = _positive(counts, "articles")
    values = rows.groupby(map_column)["articles"].sum().to_dict()
    # An article published after 1 July 2025 under a name the 63-province map lacks (Huế) has no
    # outline there: the caption names it instead of the map leaving it out silently.
    unmapped = {name: values.pop(name) for name in vietnamese_order(set(values) - set(shapes))}
    peak = int(max(values.values(), default=0))
    cmap, norm, classes = _classes(peak)
    fig, ax = _new((6.2, 8.6))

    def fill(name: str) -> str:
        return cmap(norm(values[name])) if values.get(name) else NO_DATA_FILL

    for name, geometry in mainland.items():
        ax.add_patch(PathPatch(_path(geometry), facecolor=fill(name), edgecolor="#7f7f7f", linewidth=0.4))
    minx, miny, maxx, maxy = np.array([g.bounds for g in mainland.values()]).T
    column = maxx.max() + 0.6  # the names stand in a column east of the coast, each led to its province
    bottom = miny.min() - 0.3
    # The archipelagos in an inset at the lower right, under the column of names (at the main
    # frame's scale they would halve the mainland).
    inset_top = _archipelago_inset(ax, archipelagos(map_column), fill, (column, bottom, LABEL_COLUMN_WIDTH))
    named = sorted(vietnamese_order(values), key=lambda n: -values[n])[:NAMED_ON_MAP]
    points = {name: mainland[name].representative_point() for name in named}
    for name, y in _spread(sorted(points, key=lambda n: -points[n].y), {n: p.y for n, p in points.items()}, inset_top + 0.4, maxy.max()):
        point = points[name]
        ax.plot([point.x], [point.y], "o", ms=3, color="#222222", zorder=3)
        ax.annotate(f"{name} ({values[name]})", (point.x, point.y), xytext=(column, y), textcoords="data", fontsize=8, va="center",
                    arrowprops={"arrowstyle": "-", "color": "#555555", "lw": 0.6, "shrinkA": 0, "shrinkB": 2})
    ax.set_xlim(minx.min() - 0.3, column + LABEL_COLUMN_WIDTH)
    ax.set_ylim(bottom, maxy.max() + 0.3)
    ax.set_aspect(MAP_ASPECT)
    ax.set_axis_off()
    ax.legend(handles=_key(cmap, classes if peak else [], zero=NO_DATA_FILL), title="số bài viết", loc="lower left", fontsize=8, title_fontsize=8, frameon=False)
    if not peak:
        ax.text(0.5, 0.5, NO_ARTICLES, transform=ax.transAxes, ha="center", va="center", fontsize=12,
                bbox={"fc": "white", "ec": "#999999"})
    ax.set_title(title, loc="left", fontsize=11)
    lines = [coverage.caption()]
    if len(named) < len(values):
        lines.append(f"Ghi tên {len(named)} trong {len(values)} tỉnh có nhiều bài nhất.")
    if unmapped:
        lines.append("Không có trên bản đồ này: " + ", ".join(f"{name} ({count})" for name, count in unmapped.items()) + ".")
    lines.append("Ranh giới tỉnh và quần đảo: Natural Earth (public domain); bản đồ 34 tỉnh gộp từ 63 tỉnh.")
    _caption(ax, "\n".join(lines))
    return fig


def _archipelago_inset(ax, islands: list[Archipelago], fill, frame: tuple[float, float, float]) -> float:
    """Draw the archipelagos, each in its province's colour and named with it, in a framed inset
    whose lower left corner and width are `frame` (in the map's degrees); returns its top."""
    x, y, width = frame
    outlines = unary_union([a.outline for a in islands])
    # Room around the islands for their names.
    west, south, east, north = outlines.buffer(1.5).bounds
    height = width * (north - south) / (east - west)
    inset = ax.inset_axes((x, y, width, height), transform=ax.transData)
    for archipelago in islands:
        # Islands of a few hundred metres: an outline thick enough to see them at this scale.
        inset.add_patch(PathPatch(_path(archipelago.outline), facecolor=fill(archipelago.province), edgecolor="#555555", linewidth=0.9))
        point = archipelago.outline.centroid
        inset.annotate(f"{archipelago.name}\n({archipelago.of})", (point.x, point.y), xytext=(0, -9), textcoords="offset points",
                       ha="center", va="top", fontsize=6.5)
    inset.set_xlim(west, east)
    inset.set_ylim(south, north)
    inset.set_aspect(MAP_ASPECT, adjustable="datalim")
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():
        spine.set_visible(True)
        spine.set_edgecolor("#999999")
    return y + height


# ---- shared pieces ---------------------------------------------------------------------


def _positive(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """The rows with something to count (a count of 0 or NULL draws nothing)."""
    if frame is None or frame.empty:
        return pd.DataFrame(columns=[] if frame is None else frame.columns)
    return frame[frame[column].fillna(0) > 0]


def _count_axis(axis, peak) -> None:
    """Whole numbers from zero, whatever the largest count."""
    axis.set_major_locator(MaxNLocator(nbins=6, integer=True, min_n_ticks=1))
    limits = axis.axes.set_xlim if axis is axis.axes.xaxis else axis.axes.set_ylim
    limits(0, max(1, float(peak)) * 1.08)


def _month_ticks(ax, positions, months: pd.PeriodIndex) -> None:
    """'01/2022'-style labels under at most 18 months, every 1, 2, 3, 6, 12 or 24 months, on
    months that start a quarter, half or year when the step is one of those."""
    step = next((s for s in (1, 2, 3, 6, 12, 24) if len(months) / s <= 18), math.ceil(len(months) / 18))
    chosen = [i for i, m in enumerate(months) if (m.month - 1) % min(step, 12) == 0 and (step <= 12 or m.year % (step // 12) == 0)]
    ax.set_xticks([positions[i] for i in chosen], [f"{months[i].month:02d}/{months[i].year}" for i in chosen], rotation=90)


def _month_range(months: pd.Series) -> pd.PeriodIndex:
    periods = pd.to_datetime(months).dt.to_period("M")
    return pd.period_range(periods.min(), periods.max(), freq="M")


def _key(cmap, classes: list[str], zero: str = EMPTY_CELL) -> list[Patch]:
    """Legend patches: 0, then each class of counts in its shade."""
    return [Patch(facecolor=zero, edgecolor="#7f7f7f", label="0")] + [
        Patch(facecolor=cmap(i), edgecolor="#7f7f7f", label=label) for i, label in enumerate(classes)
    ]


def _spread(names: list[str], ys: dict[str, float], low: float, high: float, gap: float = 0.42):
    """(name, label y) for labels in one column, top to bottom: each at its province's latitude
    unless that would crowd the label above, then just below it; kept within [low, high] by
    moving the lowest up, each no closer than `gap` to the one below it."""
    placed: list[tuple[str, float]] = []
    y_prev = high + gap
    for name in names:
        y = min(ys[name], y_prev - gap)
        placed.append((name, y))
        y_prev = y
    lifted: list[tuple[str, float]] = []
    floor = low
    for name, y in reversed(placed):
        lifted.append((name, max(y, floor)))
        floor = lifted[-1][1] + gap
    return lifted[::-1]


def _classes(peak: int):
    """A colour per whole count up to 7, else per run of a round width (1–4, 5–9, … or 1–19,
    20–39, …) up to the peak: (cmap, norm, legend labels)."""
    if peak <= len(SHADES):
        edges = list(range(1, max(peak, 1) + 2))
    else:
        step = next(s for s in (m * 10**e for e in range(12) for m in (1, 2, 5)) if peak // s + 1 <= len(SHADES))
        edges = [1, *range(step, peak + 1, step), peak + 1]
    labels = [str(lo) if hi - lo == 1 else f"{lo}–{hi - 1}" for lo, hi in zip(edges, edges[1:])]
    # Evenly spread over the shades from the second to the last, so one article is not near white.
    colours = [SHADES[1 + round(i * (len(SHADES) - 2) / max(1, len(labels) - 1))] for i in range(len(labels))] if len(labels) > 1 else [SHADES[3]]
    cmap = ListedColormap(colours)
    return cmap, BoundaryNorm(edges, cmap.N), labels


def _path(geometry) -> MplPath:
    """A shapely (Multi)Polygon as one matplotlib path, holes included."""
    vertices: list[np.ndarray] = []
    codes: list[np.uint8] = []  # matplotlib's path codes
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in (polygon.exterior, *polygon.interiors):
            points = np.asarray(ring.coords)
            vertices.extend(points)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(points) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(np.asarray(vertices), codes)


def _caption(ax, text: str) -> None:
    """`text` in small grey under the axes and its labels (saved figures are cropped to fit it)."""
    below = ("axes fraction", ax.xaxis.label) if ax.get_xlabel() else "axes fraction"
    ax.annotate(text, xy=(0, 0), xycoords=below, xytext=(0, -10), textcoords="offset points",
                ha="left", va="top", fontsize=8, color="#555555")


def _finish(fig: Figure, ax, title: str, coverage: Coverage) -> Figure:
    ax.set_title(title, loc="left", fontsize=11)
    fig.tight_layout()
    _caption(ax, coverage.caption())
    return fig


def _no_articles(title: str, coverage: Coverage, message: str = NO_ARTICLES) -> Figure:
    fig, ax = _new((7.5, 2.6))
    ax.set_axis_off()
    ax.text(0.5, 0.45, message, ha="center", va="center", fontsize=13, color="#444444", transform=ax.transAxes)
    return _finish(fig, ax, title, coverage)
