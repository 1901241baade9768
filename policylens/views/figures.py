"""Plotly figures in the briefing style (title, filter, source line), for the dashboard and the briefing pack.

No Streamlit here: a figure takes anything that can title it (``Captioned``: the dashboard's view, or the
briefing pack's), and the same code draws the chart on a page and on a slide.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from typing import Protocol

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from policylens.model import Edge
from policylens.nlp.themes import themes as theme_taxonomy
from policylens.views.network import Node, network_graph, node_positions
from policylens.views.report import TYPE_LABELS
from policylens.views.targets import format_value


class Captioned(Protocol):
    """What a figure needs to be titled: its title and subtitle for a chart name, and the source line."""

    @property
    def filtered(self) -> bool: ...

    @property
    def source_line(self) -> str: ...

    def chart_title(self, name: str) -> tuple[str, str]: ...


FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", '
              "sans-serif")
PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#d68910", "#6c3483", "#148f9c", "#a04000", "#5d6d7e", "#b03a8c",
           "#7d8b1f", "#34495e", "#e67e22"]
TYPE_COLORS = {"person": "#c0392b", "organization": "#1f4e79", "place": "#2e8b57", "policy": "#d68910",
               "industry": "#6c3483", "project": "#148f9c"}
INTENSITY_COLORS = {"强": "#c0392b", "中": "#5d6d7e", "弱": "#2e8b57", "—": "#bdc3c7"}
BASE_FONT_SIZE = 15


# eleven hues dark enough for words on white, none of them grey (grey is "no theme")
THEME_PALETTE = ["#1f4e79", "#c0392b", "#3498db", "#d68910", "#8e44ad", "#27ae60", "#a04000", "#7d8b1f", "#c2185b",
                 "#34495e", "#148f9c", "#e67e22"]
UNCLASSIFIED_COLOR = "#b3b6b7"
UNCLASSIFIED = ("未分类", "其他", "")


def theme_color(theme: str) -> str:
    """One colour per theme on every chart, the word cloud and the slides: fixed by the taxonomy's order, so a
    theme keeps its colour whatever the report or the filter; a theme added by the user gets a stable colour."""
    if theme in UNCLASSIFIED:
        return UNCLASSIFIED_COLOR
    names = [t.name for t in theme_taxonomy()]
    index = names.index(theme) if theme in names else zlib.crc32(theme.encode("utf-8"))
    return THEME_PALETTE[index % len(THEME_PALETTE)]


SUBTITLE_OPEN = "<span style='font-size:13px;color:#555'>"
SOURCE_LINE_HEIGHT = 15  # px of one line of the 12 px source line


def briefing_layout(fig: go.Figure, *, title: str, subtitle: str, source: str, height: int = 460,
                    legend: bool = True, bottom: int = 84) -> go.Figure:
    """Title naming the report and filter, a source line under the plot, fonts that read on a slide."""
    source = _wrap_source(source)
    bottom += SOURCE_LINE_HEIGHT * source.count("<br>")  # a second line of source takes room below, not above
    fig.update_layout(
        # from the figure's left edge, not the plot's: a half-width chart with long axis labels has room for it
        title={"text": f"<b>{title}</b><br>{SUBTITLE_OPEN}{_wrap_source(subtitle)}</span>",
               "x": 0, "xref": "container", "xanchor": "left", "y": 1, "yref": "paper", "yanchor": "bottom",
               "pad": {"b": 34, "l": 10}, "automargin": True, "font": {"size": 19}},
        font={"family": FONT_STACK, "size": BASE_FONT_SIZE, "color": "#222"},
        height=height, margin={"l": 10, "r": 24, "t": 40, "b": bottom},
        paper_bgcolor="white", plot_bgcolor="white", colorway=PALETTE, showlegend=legend,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right", "font": {"size": 13},
                "title": {"text": ""}},
        hoverlabel={"font": {"family": FONT_STACK}},
    )
    fig.add_annotation(text=source, xref="paper", yref="paper", x=1, y=0, yshift=-bottom + 4,
                       showarrow=False, xanchor="right", yanchor="bottom", align="right",
                       font={"size": 12, "color": "#666"})
    fig.update_xaxes(gridcolor="#eee", zerolinecolor="#ccc", automargin=True)
    fig.update_yaxes(gridcolor="#eee", zerolinecolor="#ccc", automargin=True)
    return fig


def _wrap_source(source: str, width: int = 32) -> str:
    """The source line (or a subtitle) on lines of at most ``width`` characters where it can break — at " · ",
    then before a bracket (the date) — so that it fits a half-width chart."""
    lines: list[str] = []
    for part in source.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
            continue
        while len(part) > width:
            cut = part.rfind("（", 1, width + 1)
            cut = cut if cut > 0 else width
            lines.append(part[:cut])
            part = part[cut:]
        lines.append(part)
    return "<br>".join(lines)


def titled(fig: go.Figure, view: Captioned, name: str, **options) -> go.Figure:
    """The briefing style: a title naming the report and filter, and the source line."""
    title, subtitle = view.chart_title(name)
    return briefing_layout(fig, title=title, subtitle=subtitle, source=view.source_line, **options)


def empty_figure(view: Captioned, name: str, message: str | None = None) -> go.Figure:
    message = message or ("当前筛选下没有数据" if view.filtered else "原文中未识别出可绘制的内容")
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 18, "color": "#888"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return titled(fig, view, name, height=320, legend=False)


def count_step(largest: float, *, ticks: int = 6) -> int:
    """A whole, round tick step (1, 2, 5, 10, 20, 50…) giving at most about ``ticks`` ticks up to ``largest``."""
    rough = max(float(largest), 1.0) / ticks
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    return int(next((m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough), 10 * magnitude))


def _integer_axis(fig: go.Figure, largest: float) -> None:
    """Counts are whole numbers in round steps: no 0.2, 0.4 … nor 0, 23, 46 ticks."""
    fig.update_xaxes(dtick=count_step(largest), tickformat=",d")


_NO_LINE_START = frozenset("”’）》」』】，。、；：！？…")


def wrap_label(text: str, width: int, *, lines: int = 2) -> str:
    """An axis label on up to ``lines`` lines of ``width`` characters (plotly's ``<br>``), cut with … beyond."""
    if len(text) <= width:
        return text
    parts = []
    while text:
        cut = width
        while cut < len(text) and text[cut] in _NO_LINE_START and cut - width < 2:
            cut += 1  # a closing quote or a comma never opens a line: it stays with the word it closes
        parts.append(text[:cut])
        text = text[cut:]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][:-1] + "…"
    return "<br>".join(parts)


def area_bar(frame: pd.DataFrame, view: Captioned, *, name: str = "各重点领域任务数", height: int = 420,
             label_width: int = 22) -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    counts = frame.groupby(["area", "group"], sort=False).size().reset_index(name="任务数")
    counts["label"] = counts["area"].map(lambda area: wrap_label(area, label_width))
    fig = go.Figure()
    for index, (group, rows) in enumerate(counts.groupby("group", sort=False)):
        fig.add_trace(go.Bar(x=rows["任务数"], y=rows["label"], name=group, orientation="h", text=rows["任务数"],
                             textposition="outside", cliponaxis=False, marker_color=PALETTE[index],
                             customdata=rows[["area"]].to_numpy(),
                             hovertemplate="%{customdata[0]}<br>任务数 %{x}<extra></extra>"))
    fig.update_yaxes(tickfont={"size": 14}, autorange="reversed", categoryorder="array",
                     categoryarray=list(counts["label"]))
    fig.update_xaxes(title="任务数")
    _integer_axis(fig, counts.groupby("label")["任务数"].sum().max())
    rows = len(counts) + sum(label.count("<br>") for label in counts["label"]) // 2
    return titled(fig, view, name, height=max(min(height, 200 + 40 * rows), 170 + 34 * rows))


TREEMAP_LEAVES_UP_TO = 150


def treemap(frame: pd.DataFrame, view: Captioned, *, name: str | None = None) -> go.Figure:
    """Focus areas, their themes and (for a report of up to ``TREEMAP_LEAVES_UP_TO`` tasks) the tasks themselves.

    A provincial report's 500 task leaves would be unreadable slivers and make the chart several hundred kB that
    the browser lays out on every load, so there the tree stops at the themes.
    """
    leaves = len(frame) <= TREEMAP_LEAVES_UP_TO
    name = name or ("任务分解：领域 → 主题 → 任务" if leaves else "任务分解：领域 → 主题")
    if frame.empty:
        return empty_figure(view, name)
    ids, labels, parents, values, colors = ["全部任务"], ["全部任务"], [""], [len(frame)], ["#f4f6f7"]
    for area, rows in frame.groupby("area", sort=False):
        ids.append(area), labels.append(area), parents.append("全部任务"), values.append(len(rows))
        colors.append("#d6dde4")
        first_theme = rows["themes"].map(lambda t: t[0] if t else "未分类")
        for theme, theme_rows in rows.groupby(first_theme, sort=False):
            theme_id = f"{area}/{theme}"
            ids.append(theme_id), labels.append(theme), parents.append(area), values.append(len(theme_rows))
            colors.append(theme_color(theme))
            for number, task in enumerate(theme_rows["task"] if leaves else ()):
                ids.append(f"{theme_id}/{number}"), labels.append(task[:24]), parents.append(theme_id)
                values.append(1), colors.append(theme_color(theme))
    fig = go.Figure(go.Treemap(ids=ids, labels=labels, parents=parents, values=values, branchvalues="total",
                               maxdepth=3, marker={"colors": colors}, textinfo="label+value",
                               textfont={"size": 15}, hovertemplate="%{label}<br>任务数 %{value}<extra></extra>"))
    fig.update_layout(uniformtext={"minsize": 12, "mode": "hide"})  # a label too small to read is left out
    return titled(fig, view, name, height=560, legend=False, bottom=52)


def count_bar(counts: pd.DataFrame, column: str, view: Captioned, *, name: str, top: int = 20,
              color: str | Callable[[str], str] = PALETTE[0], height: int = 420) -> go.Figure:
    """Horizontal counts; ``color`` is one colour or a function of the label (``theme_color`` for themes)."""
    if counts.empty:
        return empty_figure(view, name)
    data = counts.head(top)
    colors = [color(label) for label in data[column]] if callable(color) else color
    fig = go.Figure(go.Bar(x=data["任务数"], y=data[column], orientation="h", marker_color=colors,
                           text=data["任务数"], textposition="outside", cliponaxis=False))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="任务数")
    _integer_axis(fig, data["任务数"].max())
    return titled(fig, view, name, height=max(min(height, 220 + 40 * len(data)), 180 + 28 * len(data)),
                   legend=False)


def verb_intensity(frame: pd.DataFrame, view: Captioned, *, name: str = "牵头动词与力度", top: int = 15) -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    verbs = list(frame["verb"].value_counts().head(top).index)
    data = frame[frame["verb"].isin(verbs)].groupby(["verb", "intensity"]).size().unstack(fill_value=0)
    data = data.reindex(index=verbs)
    fig = go.Figure()
    for intensity in ["强", "中", "弱", "—"]:
        if intensity in data.columns:
            fig.add_trace(go.Bar(x=data[intensity], y=verbs, name=intensity, orientation="h",
                                 marker_color=INTENSITY_COLORS[intensity]))
    fig.update_layout(barmode="stack", legend_title_text="力度")
    fig.update_yaxes(autorange="reversed")
    _integer_axis(fig, data.sum(axis=1).max())
    return titled(fig, view, name, height=max(300, 180 + 28 * len(verbs)))


def instrument_donut(frame: pd.DataFrame, view: Captioned, *,
                     name: str = "政策工具（供给型 / 需求型 / 环境型）") -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    counts = frame["instrument"].value_counts()
    colors = {"供给型": PALETTE[0], "需求型": PALETTE[3], "环境型": PALETTE[2], "未识别": "#c8cdd2"}
    fig = go.Figure(go.Pie(labels=counts.index, values=counts.to_numpy(), hole=0.5, sort=False,
                           marker={"colors": [colors.get(label, PALETTE[5]) for label in counts.index]},
                           textinfo="label+percent", textfont={"size": 15}, textposition="inside",
                           insidetextorientation="horizontal"))
    # inside only: a small slice's label outside the ring ran into the source line (the legend names it anyway)
    fig.update_traces(domain={"y": [0, 1]})
    fig.update_layout(uniformtext={"minsize": 11, "mode": "hide"})
    return titled(fig, view, name, height=400, bottom=60)


def keyword_bar(frame: pd.DataFrame, view: Captioned, *, name: str, score_label: str, top: int = 25) -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    data = frame.head(top)
    fig = go.Figure(go.Bar(x=data["score"], y=data["word"], orientation="h", marker_color=PALETTE[0],
                           customdata=data["count"],
                           hovertemplate="%{y}<br>" + score_label + " %{x}<br>次数 %{customdata}"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=score_label)
    return titled(fig, view, name, height=max(460, 80 + 24 * len(data)), legend=False)


def network(nodes: list[Node], edges: list[Edge], view: Captioned, *, name: str = "实体共现网络",
            layout: str = "spring", height: int = 720, communities: dict[str, int] | None = None) -> go.Figure:
    """Node size = mentions, colour = entity type (or community when ``communities`` is given), edge width = count.

    ``nodes`` are entities or anything with ``name``, ``type`` and ``count``.
    """
    if not nodes:
        return empty_figure(view, name)
    graph = network_graph(nodes, edges)
    if graph.number_of_edges() == 0:  # dots without a line between them say nothing a list would not
        named = "、".join(n.name for n in sorted(nodes, key=lambda n: -n.count)[:6])
        more = f"等 {len(nodes)} 个" if len(nodes) > 6 else ""
        return empty_figure(view, name, f"没有两个实体在同一处共现；只提到了{named}{more}")
    nodes = [n for n in nodes if n.name in graph]
    positions = node_positions(graph, layout=layout)
    fig = go.Figure()
    for trace in _edge_traces(edges, positions):
        fig.add_trace(trace)
    top_count = max(n.count for n in nodes)
    sizes = {n.name: marker_size(n.count, top_count) for n in nodes}
    strongest = {edges[0].source, edges[0].target} if edges else set()  # the pair a caption names is labelled first
    positions, placed, (x_range, y_range) = fitted_drawing(nodes, positions, sizes, width=PLOT_WIDTH,
                                                          height=height - PLOT_MARGINS, first=strongest)
    for label, color, members in _legend_groups(nodes, communities):
        fig.add_trace(_node_trace(members, positions, label, color, placed, sizes))
    fig.update_xaxes(visible=False, range=x_range)
    fig.update_yaxes(visible=False, range=y_range, scaleanchor="x", scaleratio=1)
    return titled(fig, view, name, height=height)


def _labelled(nodes: list[Node], *, all_up_to: int = 45, top: int = 25) -> set[str]:
    """Which nodes carry a label: all of a small graph, the most mentioned of a large one."""
    ranked = sorted(nodes, key=lambda n: -n.count)
    return {n.name for n in (ranked if len(ranked) <= all_up_to else ranked[:top])}


def _edge_traces(edges: list[Edge], positions: dict[str, tuple[float, float]]) -> list[go.Scatter]:
    """The edges in at most three traces (thin, middle, thick by count), not one trace per edge."""
    largest = max((e.count for e in edges), default=1)
    buckets: dict[int, list[Edge]] = {}
    for edge in edges:
        buckets.setdefault(min(2, int(3 * (edge.count - 1) / max(largest, 1))), []).append(edge)
    traces = []
    for bucket, members in sorted(buckets.items()):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for edge in members:
            (x0, y0), (x1, y1) = positions[edge.source], positions[edge.target]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
        strength = max((max(e.weight, 0) for e in members), default=0)
        traces.append(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 1.0 + 2.2 * bucket,
                                       "color": f"rgba(70,80,90,{0.3 + 0.35 * strength:.2f})"}))
    return traces


def _legend_groups(nodes: list[Node], communities: dict[str, int] | None) -> list[tuple[str, str, list[Node]]]:
    """(legend label, colour, nodes): by entity type, or by community."""
    if communities:
        groups = sorted({communities.get(n.name, -1) for n in nodes})
        return [(f"社区 {g + 1}" if g >= 0 else "其他", PALETTE[i % len(PALETTE)],
                 [n for n in nodes if communities.get(n.name, -1) == g]) for i, g in enumerate(groups)]
    return [(TYPE_LABELS[kind], color, members) for kind, color in TYPE_COLORS.items()
            if (members := [n for n in nodes if n.type == kind])]


def marker_size(count: int, top_count: int) -> float:
    return 12 + 34 * math.sqrt(count / max(top_count, 1))


def _node_trace(members: list[Node], positions: dict[str, tuple[float, float]], label: str, color: str,
                placed: dict[str, str], sizes: dict[str, float]) -> go.Scatter:
    """One legend group of nodes; ``customdata`` carries (name, count) so that a click can select the entity."""
    return go.Scatter(
        x=[positions[n.name][0] for n in members], y=[positions[n.name][1] for n in members],
        mode="markers+text", name=label, cliponaxis=False,  # a label past the edge of a narrow chart still shows
        text=[n.name if n.name in placed else "" for n in members], hovertext=[n.name for n in members],
        textposition=[placed.get(n.name, "top center") for n in members],
        textfont={"size": LABEL_FONT, "color": "#222"},
        marker={"size": [sizes[n.name] for n in members], "color": color,
                "line": {"width": 1, "color": "white"}, "opacity": 0.9},
        customdata=[[n.name, n.count] for n in members],
        hovertemplate="%{hovertext}<br>提及 %{customdata[1]} 次<br>点击查看提及的句子<extra></extra>")


LABEL_FONT = 12
PLOT_MARGINS = 230  # a network's title, subtitle and legend above the plot and its source line below, in pixels
PLOT_WIDTH = 760  # the plot area of a network in the dashboard's main column (and a briefing slide), in pixels:
# estimated low, so that a label placed as fitting still fits when the chart is drawn narrower
_SIDES = {"top center": (0.0, 1.0), "bottom center": (0.0, -1.0), "middle right": (1.0, 0.0),
          "middle left": (-1.0, 0.0), "top right": (0.7, 0.7), "top left": (-0.7, 0.7), "bottom right": (0.7, -0.7),
          "bottom left": (-0.7, -0.7)}


def spread_markers(positions: dict[str, tuple[float, float]], sizes: dict[str, float], *, width: float = 1000,
                   height: float = 560, gap: float = 14, rounds: int = 80) -> dict[str, tuple[float, float]]:
    """The layout with markers pushed apart until no two overlap (``gap`` pixels between their rims).

    A force layout places nodes as points; drawn as discs sized by mentions, the busiest ones cover each other and
    leave their labels no room. Distances are reckoned in pixels of a plot area of ``width`` x ``height`` (as in
    ``label_positions``), re-scaled each round since spreading widens the drawing. Deterministic.
    """
    names = sorted(positions)
    if len(names) < 2:
        return dict(positions)
    points = np.array([positions[n] for n in names], dtype=float)
    radii = np.array([sizes.get(n, 12) / 2 for n in names])
    needed = radii[:, None] + radii[None, :] + gap
    upper = np.triu(np.ones((len(names), len(names)), dtype=bool), 1)
    for _ in range(rounds):
        span = np.maximum(points.max(axis=0) - points.min(axis=0), 1e-9)
        scale = min(width / span[0], height / span[1])
        delta = (points[:, None, :] - points[None, :, :]) * scale
        distance = np.hypot(delta[..., 0], delta[..., 1])
        overlap = np.where(upper & (distance < needed), needed - distance, 0.0)
        if not overlap.any():
            break
        stacked = distance < 1e-6  # two nodes at one point part along a fixed direction
        direction = np.where(stacked[..., None], np.array([1.0, 0.0]), delta / np.maximum(distance, 1e-6)[..., None])
        push = direction * (overlap / 2 / scale)[..., None]
        points += push.sum(axis=1) - push.sum(axis=0)
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, points, strict=True)}


def label_positions(nodes: list[Node], positions: dict[str, tuple[float, float]], sizes: dict[str, float], *,
                    candidates: set[str], width: float = 1000, height: float = 560,
                    first: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Where each node's label goes (``textposition``) so that labels avoid each other and the markers.

    Nodes are served biggest first (the ``first`` ones before all); each label tries the side facing away from the
    drawing's middle, then the other sides, and a label that fits nowhere is left out (its name stays in the
    hover). Sizes are estimated in pixels for a plot area of ``width`` x ``height``: CJK characters are one em
    wide, Latin ones about half.
    """
    if not positions:
        return {}
    pixel, _ = _in_pixels(positions, width=width, height=height)
    cx, cy = sum(p[0] for p in pixel.values()) / len(pixel), sum(p[1] for p in pixel.values()) / len(pixel)
    taken = [_box(x, y, sizes.get(name, 12) / 2, sizes.get(name, 12) / 2) for name, (x, y) in pixel.items()]
    markers = len(taken)  # the boxes after these are labels
    placed: dict[str, str] = {}
    for node in sorted(nodes, key=lambda n: (n.name not in first, -n.count)):
        if node.name not in candidates or node.name not in pixel:
            continue
        x, y = pixel[node.name]
        sides = sorted(_SIDES, key=lambda s: -(_SIDES[s][0] * (x - cx) + _SIDES[s][1] * (y - cy)))
        boxes = {side: _label_box(x, y, sizes.get(node.name, 12) / 2, node.name, side) for side in sides}
        side = next((s for s in sides if not any(_overlaps(boxes[s], other) for other in taken)), None)
        if side is None and node.name in first:  # a named node keeps its label over a neighbour's disc
            side = next((s for s in sides if not any(_overlaps(boxes[s], other) for other in taken[markers:])), None)
        if side is not None:
            taken.append(boxes[side])
            placed[node.name] = side
    return placed


def fitted_drawing(nodes: list[Node], layout: dict[str, tuple[float, float]], sizes: dict[str, float], *,
                   width: float, height: float, rounds: int = 4, first: set[str] | frozenset[str] = frozenset()):
    """Positions, label sides and axis ranges such that the markers and the labels together fit a plot area of
    ``width`` x ``height`` pixels. The labels on the outside widen the drawing, which shrinks the nodes' share of
    the area: the nodes are fitted into a smaller box and the labels placed again until everything fits."""
    share = 1.0
    for _ in range(rounds):
        frame = {"width": width * share, "height": height * share}
        positions = spread_markers(layout, sizes, **frame)
        placed = label_positions(nodes, positions, sizes, candidates=_labelled(nodes) | set(first), first=first,
                                 **frame)
        x_range, y_range = drawing_ranges(positions, sizes, placed, **frame)
        scale = _fit_scale(positions, **frame)
        fits = min(width / ((x_range[1] - x_range[0]) * scale), height / ((y_range[1] - y_range[0]) * scale))
        if fits >= 0.98:
            break
        share *= fits
    return positions, placed, (x_range, y_range)


def drawing_ranges(positions: dict[str, tuple[float, float]], sizes: dict[str, float], placed: dict[str, str], *,
                   width: float = 1000, height: float = 560, pad: float = 6) -> tuple[list[float], list[float]]:
    """Axis ranges (data units) that hold every marker and every placed label: a label on the outer side of an
    outermost node is otherwise cut off at the plot's edge."""
    pixel, scale = _in_pixels(positions, width=width, height=height)
    boxes = [_box(x, y, sizes.get(name, 12) / 2, sizes.get(name, 12) / 2) for name, (x, y) in pixel.items()]
    boxes += [_label_box(*pixel[name], sizes.get(name, 12) / 2, name, side) for name, side in placed.items()]
    low_x, low_y = min(p[0] for p in positions.values()), min(p[1] for p in positions.values())
    return ([low_x + (min(b[0] for b in boxes) - pad) / scale, low_x + (max(b[2] for b in boxes) + pad) / scale],
            [low_y + (min(b[1] for b in boxes) - pad) / scale, low_y + (max(b[3] for b in boxes) + pad) / scale])


def _in_pixels(positions: dict[str, tuple[float, float]], *, width: float,
               height: float) -> tuple[dict[str, tuple[float, float]], float]:
    """Node positions in pixels of a ``width`` x ``height`` plot area (the drawing fitted to it), and the scale."""
    scale = _fit_scale(positions, width=width, height=height)
    low_x, low_y = min(x for x, _ in positions.values()), min(y for _, y in positions.values())
    return {name: ((x - low_x) * scale, (y - low_y) * scale) for name, (x, y) in positions.items()}, scale


def _fit_scale(positions: dict[str, tuple[float, float]], *, width: float, height: float) -> float:
    """Pixels per data unit when the nodes' extent is fitted to a ``width`` x ``height`` plot area."""
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    return min(width / max(max(xs) - min(xs), 1e-9), height / max(max(ys) - min(ys), 1e-9))


def _label_box(x: float, y: float, radius: float, name: str, side: str) -> tuple[float, float, float, float]:
    """The box (pixels) a node's label takes on ``side`` of a marker of ``radius`` at (x, y): CJK characters one
    em wide, Latin ones about half."""
    half_w = sum(LABEL_FONT if ord(c) > 0x2E80 else LABEL_FONT * 0.6 for c in name) / 2
    half_h = LABEL_FONT * 0.65
    dx, dy = _SIDES[side]
    return _box(x + (math.copysign(abs(dx) * radius + half_w + 2, dx) if dx else 0.0),
                y + (math.copysign(abs(dy) * radius + half_h + 2, dy) if dy else 0.0), half_w, half_h)


def _box(x: float, y: float, half_w: float, half_h: float) -> tuple[float, float, float, float]:
    return x - half_w, y - half_h, x + half_w, y + half_h


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def heatmap(matrix: pd.DataFrame, view: Captioned, *, name: str = "实体 × 重点领域",
            share: bool = False) -> go.Figure:
    """Counts of mentions, or (``share``) proportions shown as percentages."""
    if matrix.empty:
        return empty_figure(view, name)
    columns = [c if len(c) <= 14 else c[:13] + "…" for c in matrix.columns]
    largest = float(matrix.to_numpy().max()) if matrix.size else 1.0
    value, colorbar = ("%{z:.0%}", {"tickformat": ".0%"}) if share else (
        "提及 %{z} 次", {"title": "次数", "dtick": count_step(largest, ticks=5), "tickformat": ",d"})  # whole counts
    fig = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=columns, y=list(matrix.index), colorscale="Blues",
                               xgap=2, ygap=2, colorbar=colorbar, hoverinfo="skip"))
    # Heatmap cells cannot be selected in Streamlit (plotly emits no selection for them): an invisible marker on
    # each non-empty cell carries the hover and answers a click with the row and the uncut column name.
    cells = [(row, short, column, z) for row, values in matrix.iterrows()
             for short, (column, z) in zip(columns, values.items(), strict=True) if z]
    fig.add_trace(go.Scatter(x=[c[1] for c in cells], y=[c[0] for c in cells], mode="markers", showlegend=False,
                             marker={"symbol": "square", "size": 22, "opacity": 0},
                             customdata=[[c[2], c[3]] for c in cells],
                             hovertemplate="%{y} · %{customdata[0]}<br>" + value.replace("%{z", "%{customdata[1]")
                             + "<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-35)
    # the angled column labels need about 9 px of height per character; no more room than that under the plot
    bottom = 64 + 9 * max((len(c) for c in columns), default=4)
    return titled(fig, view, name, height=max(420, 150 + bottom + 26 * len(matrix)), legend=False, bottom=bottom)


TARGET_COLOR, RESULT_COLOR, MISSING_COLOR = PALETTE[0], PALETTE[1], "#a6acaf"


def target_vs_result(table: pd.DataFrame, view: Captioned, *,
                     name: str = "今年目标与上年实绩（百分比指标）") -> go.Figure:
    """A dumbbell per indicator given in %: the target (a bar over a range) and last year's result (a dot)."""
    rows = table[(table["unit"] == "%") & table["low"].notna()]
    if rows.empty:
        return empty_figure(view, name, "本报告没有以百分比表述的目标")
    rows = rows.drop_duplicates("name").iloc[::-1]
    fig = go.Figure()
    for row in rows.itertuples():
        if row.result_value is not None and pd.notna(row.result_value):
            fig.add_trace(go.Scatter(x=[row.result_value, (row.low + row.high) / 2], y=[row.name, row.name],
                                     mode="lines", line={"color": "#d5d8dc", "width": 2}, hoverinfo="skip",
                                     showlegend=False))
    fig.add_trace(go.Scatter(
        x=(rows["low"] + rows["high"]) / 2, y=rows["name"], mode="markers+text", name="今年目标",
        marker={"symbol": "diamond", "size": 16, "color": TARGET_COLOR},
        error_x={"type": "data", "symmetric": False, "array": (rows["high"] - rows["low"]) / 2,
                 "arrayminus": (rows["high"] - rows["low"]) / 2, "thickness": 6, "width": 0, "color": TARGET_COLOR},
        text=rows["target"], textposition="top center", textfont={"size": 13, "color": TARGET_COLOR},
        hovertemplate="%{y}<br>今年目标 %{text}<extra></extra>"))
    results = rows[rows["result_value"].notna()]
    if not results.empty:
        fig.add_trace(go.Scatter(x=results["result_value"], y=results["name"], mode="markers+text", name="上年实绩",
                                 marker={"size": 12, "color": RESULT_COLOR}, text=results["result"],
                                 textposition="bottom center", textfont={"size": 13, "color": RESULT_COLOR},
                                 hovertemplate="%{y}<br>上年实绩 %{text}<extra></extra>"))
    largest = max(rows["high"].max(), rows["result_value"].max() if rows["result_value"].notna().any() else 0)
    fig.update_xaxes(title="%", range=[0, float(largest) * 1.2 + 0.5])
    fig.update_yaxes(tickfont={"size": 14}, range=[-0.7, len(rows) - 0.3])
    return titled(fig, view, name, height=max(340, 150 + 70 * len(rows)))


def regional_ranges(frame: pd.DataFrame, view: Captioned, *, name: str, unit: str = "%") -> go.Figure:
    """One row per report, ranked by its figure: the target as a range bar (low–high) with its wording beside;
    reports that state none are listed at the bottom as such, not dropped."""
    if frame.empty:
        return empty_figure(view, name)
    frame = frame.assign(mid=(frame["low"] + frame["high"]) / 2, place=frame["region"].fillna(frame["title"]))
    years = frame["date"].fillna("").map(lambda d: f"（{d[:4]}）" if d else "")
    frame["place"] = frame["place"].fillna("（未知）") + years
    stated = frame[frame["mid"].notna()].sort_values(["mid", "place"], ascending=[False, True])
    missing = frame[frame["mid"].isna()]
    order = list(stated["place"]) + list(missing["place"])
    fig = go.Figure()
    if not stated.empty:
        words = [format_value(r.low, r.high, r.unit, r.qualifier or "") for r in stated.itertuples()]
        fig.add_trace(go.Scatter(
            x=stated["mid"], y=stated["place"], mode="markers", name="目标",
            marker={"size": 12, "color": TARGET_COLOR, "symbol": "diamond"},
            error_x={"type": "data", "symmetric": False, "array": (stated["high"] - stated["low"]) / 2,
                     "arrayminus": (stated["high"] - stated["low"]) / 2, "thickness": 8, "width": 0,
                     "color": TARGET_COLOR},
            customdata=words, hovertemplate="%{y}<br>%{customdata}<extra></extra>"))
        fig.add_trace(go.Scatter(x=stated["high"], y=stated["place"], mode="text", text=["  " + w for w in words],
                                 textposition="middle right", textfont={"size": 13}, hoverinfo="skip",
                                 showlegend=False))
    if not missing.empty:
        floor = float(stated["low"].min()) if not stated.empty else 0.0
        fig.add_trace(go.Scatter(x=[floor] * len(missing), y=missing["place"], mode="markers+text", name="未明确提出",
                                 marker={"size": 9, "color": MISSING_COLOR, "symbol": "circle-open"},
                                 text=["未明确提出"] * len(missing), textposition="middle right",
                                 textfont={"size": 12, "color": MISSING_COLOR}, hoverinfo="skip"))
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=order, tickfont={"size": 14})
    if not stated.empty:
        low, high = float(stated["low"].min()), float(stated["high"].max())
        pad = max((high - low) * 0.35, 0.6)
        fig.update_xaxes(range=[low - pad / 3, high + pad])  # room for the wording right of the bars
    fig.update_xaxes(title=unit)
    return titled(fig, view, name, height=max(340, 150 + 34 * len(order)))


def phrase_heatmap(matrix: pd.DataFrame, view: Captioned, *, name: str = "提法分布（每万字出现次数）") -> go.Figure:
    """Reports (rows) × phrases (columns): mentions per 10,000 characters, zero cells left white."""
    if matrix.empty:
        return empty_figure(view, name)
    text = matrix.map(lambda v: f"{v:.1f}" if v else "")
    fig = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=list(matrix.columns), y=list(matrix.index),
                               text=text.to_numpy(), texttemplate="%{text}",
                               colorscale=[[0, "#ffffff"], [0.001, "#dbe7f3"], [1, TARGET_COLOR]],
                               hovertemplate="%{y}<br>%{x}：每万字 %{z:.2f} 次<extra></extra>", showscale=False,
                               xgap=2, ygap=2))
    fig.update_yaxes(autorange="reversed", tickfont={"size": 13})
    fig.update_xaxes(side="top", tickfont={"size": 14})
    return titled(fig, view, name, height=max(360, 160 + 30 * len(matrix)), legend=False)


# Plotly draws a little HTML in every label, title and hover: <a href> makes a working link and <span style> restyles.
# Our own figures use only these tags (and the subtitle's grey span); anything else that opens with "<" came from
# a report and is shown as text.
_OWN_TAGS = re.compile(r"<(?!/?(?:br|b|i|em|sup|sub|extra|span)\s*/?>|" + re.escape(SUBTITLE_OPEN[1:]) + ")",
                       re.IGNORECASE)


def inert_markup(fig: go.Figure) -> go.Figure:
    """``fig`` with every ``<`` that does not open one of our own tags written as ``&lt;`` (plotly shows it as
    ``<``), so a focus-area title holding ``<a href=…>`` is text, not a link. A figure with nothing to escape is
    returned as it is: building a figure again costs ~10 ms of validation, on every chart of every rerun."""
    changed: list[bool] = []
    safe = _inert(fig.to_dict(), changed)
    return go.Figure(safe) if changed else fig


def _inert(value, changed: list[bool]):
    if isinstance(value, str):
        if "<" not in value:
            return value
        escaped = _OWN_TAGS.sub("&lt;", value)
        if escaped != value:
            changed.append(True)
        return escaped
    if isinstance(value, dict):
        return {key: _inert(item, changed) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_inert(item, changed) for item in value]
    if getattr(value, "dtype", None) is not None and value.dtype == object:
        return [_inert(item, changed) for item in value.tolist()]
    return value
