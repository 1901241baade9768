"""Plotly figures for the pages, all in the briefing style (title, filter, source line)."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.state import View
from components.style import INTENSITY_COLORS, PALETTE, TYPE_COLORS, briefing_layout, export_config
from policylens.model import Edge
from policylens.views.network import Node, network_graph, node_positions
from policylens.views.report import TYPE_LABELS


def show(fig: go.Figure, view: View, name: str, *, key: str | None = None, select: bool = False):
    """Draw a figure with the export configuration; returns the selection state when ``select``."""
    return st.plotly_chart(fig, key=key, on_select="rerun" if select else "ignore",
                           selection_mode=("points",), config=export_config(view.file_name(name), view.image_format))


def _integer_axis(fig: go.Figure, largest: float) -> None:
    """Counts are whole numbers: no 0.2, 0.4 … ticks."""
    fig.update_xaxes(dtick=max(1, math.ceil(largest / 6)), tickformat=",d")


def titled(fig: go.Figure, view: View, name: str, **options) -> go.Figure:
    """The briefing style: a title naming the report and filter, and the source line."""
    title, subtitle = view.chart_title(name)
    return briefing_layout(fig, title=title, subtitle=subtitle, source=view.source_line, **options)


def empty_figure(view: View, name: str, message: str | None = None) -> go.Figure:
    message = message or ("当前筛选下没有数据" if view.filtered else "原文中未识别出可绘制的内容")
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 18, "color": "#888"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return titled(fig, view, name, height=320, legend=False)


def area_bar(frame: pd.DataFrame, view: View, *, name: str = "各重点领域任务数", height: int = 420,
             label_width: int = 22) -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    counts = frame.groupby(["area", "group"], sort=False).size().reset_index(name="任务数")
    counts["label"] = counts["area"].map(lambda a: a if len(a) <= label_width else a[:label_width - 1] + "…")
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
    rows = len(counts)
    return titled(fig, view, name, height=max(min(height, 200 + 40 * rows), 170 + 34 * rows))


def treemap(frame: pd.DataFrame, view: View, *, name: str = "任务分解：领域 → 主题 → 任务") -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    ids, labels, parents, values, colors = ["全部任务"], ["全部任务"], [""], [len(frame)], ["#f4f6f7"]
    theme_names = list(dict.fromkeys(t for themes in frame["themes"] for t in (themes or ["未分类"])))
    for area, rows in frame.groupby("area", sort=False):
        ids.append(area), labels.append(area), parents.append("全部任务"), values.append(len(rows))
        colors.append("#d6dde4")
        first_theme = rows["themes"].map(lambda t: t[0] if t else "未分类")
        for theme, theme_rows in rows.groupby(first_theme, sort=False):
            theme_id = f"{area}/{theme}"
            ids.append(theme_id), labels.append(theme), parents.append(area), values.append(len(theme_rows))
            colors.append(PALETTE[theme_names.index(theme) % len(PALETTE)])
            for number, task in enumerate(theme_rows["task"]):
                ids.append(f"{theme_id}/{number}"), labels.append(task[:24]), parents.append(theme_id)
                values.append(1), colors.append(PALETTE[theme_names.index(theme) % len(PALETTE)])
    fig = go.Figure(go.Treemap(ids=ids, labels=labels, parents=parents, values=values, branchvalues="total",
                               maxdepth=3, marker={"colors": colors}, textinfo="label+value",
                               hovertemplate="%{label}<br>任务数 %{value}<extra></extra>"))
    return titled(fig, view, name, height=560, legend=False)


def count_bar(counts: pd.DataFrame, column: str, view: View, *, name: str, top: int = 20, color: str = PALETTE[0],
              height: int = 420) -> go.Figure:
    if counts.empty:
        return empty_figure(view, name)
    data = counts.head(top)
    fig = go.Figure(go.Bar(x=data["任务数"], y=data[column], orientation="h", marker_color=color,
                           text=data["任务数"], textposition="outside", cliponaxis=False))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="任务数")
    _integer_axis(fig, data["任务数"].max())
    return titled(fig, view, name, height=max(min(height, 220 + 40 * len(data)), 180 + 28 * len(data)),
                   legend=False)


def verb_intensity(frame: pd.DataFrame, view: View, *, name: str = "牵头动词与力度", top: int = 15) -> go.Figure:
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


def instrument_donut(frame: pd.DataFrame, view: View, *,
                     name: str = "政策工具（供给型 / 需求型 / 环境型）") -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    counts = frame["instrument"].value_counts()
    colors = {"供给型": PALETTE[0], "需求型": PALETTE[3], "环境型": PALETTE[2], "未识别": "#c8cdd2"}
    fig = go.Figure(go.Pie(labels=counts.index, values=counts.to_numpy(), hole=0.5, sort=False,
                           marker={"colors": [colors.get(label, PALETTE[5]) for label in counts.index]},
                           textinfo="label+percent", textfont={"size": 15}))
    return titled(fig, view, name, height=420)


def keyword_bar(frame: pd.DataFrame, view: View, *, name: str, score_label: str, top: int = 25) -> go.Figure:
    if frame.empty:
        return empty_figure(view, name)
    data = frame.head(top)
    fig = go.Figure(go.Bar(x=data["score"], y=data["word"], orientation="h", marker_color=PALETTE[0],
                           customdata=data["count"],
                           hovertemplate="%{y}<br>" + score_label + " %{x}<br>次数 %{customdata}"))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=score_label)
    return titled(fig, view, name, height=max(460, 80 + 24 * len(data)), legend=False)


def network(nodes: list[Node], edges: list[Edge], view: View, *, name: str = "实体共现网络",
            layout: str = "spring", height: int = 720, communities: dict[str, int] | None = None) -> go.Figure:
    """Node size = mentions, colour = entity type (or community when ``communities`` is given), edge width = count.

    ``nodes`` are entities or anything with ``name``, ``type`` and ``count``.
    """
    if not nodes:
        return empty_figure(view, name)
    graph = network_graph(nodes, edges)
    nodes = [n for n in nodes if n.name in graph]
    positions = node_positions(graph, layout=layout)
    fig = go.Figure()
    for trace in _edge_traces(edges, positions):
        fig.add_trace(trace)
    labelled = _labelled(nodes)
    for label, color, members in _legend_groups(nodes, communities):
        fig.add_trace(_node_trace(members, positions, label, color, labelled, max(n.count for n in nodes)))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    return titled(fig, view, name, height=height)


def _labelled(nodes: list[Node], *, all_up_to: int = 45, top: int = 25) -> set[str]:
    """Which nodes carry a label: all of a small graph, the most mentioned of a large one."""
    ranked = sorted(nodes, key=lambda n: -n.count)
    return {n.name for n in (ranked if len(ranked) <= all_up_to else ranked[:top])}


def _edge_traces(edges: list[Edge], positions: dict[str, tuple[float, float]]) -> list[go.Scatter]:
    largest = max((e.count for e in edges), default=1)
    traces = []
    for edge in edges:
        (x0, y0), (x1, y1) = positions[edge.source], positions[edge.target]
        traces.append(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.8 + 5 * edge.count / largest,
                                       "color": f"rgba(70,80,90,{0.25 + 0.5 * max(edge.weight, 0):.2f})"}))
    return traces


def _legend_groups(nodes: list[Node], communities: dict[str, int] | None) -> list[tuple[str, str, list[Node]]]:
    """(legend label, colour, nodes): by entity type, or by community."""
    if communities:
        groups = sorted({communities.get(n.name, -1) for n in nodes})
        return [(f"社区 {g + 1}" if g >= 0 else "其他", PALETTE[i % len(PALETTE)],
                 [n for n in nodes if communities.get(n.name, -1) == g]) for i, g in enumerate(groups)]
    return [(TYPE_LABELS[kind], color, members) for kind, color in TYPE_COLORS.items()
            if (members := [n for n in nodes if n.type == kind])]


def _node_trace(members: list[Node], positions: dict[str, tuple[float, float]], label: str, color: str,
                labelled: set[str], top_count: int) -> go.Scatter:
    return go.Scatter(
        x=[positions[n.name][0] for n in members], y=[positions[n.name][1] for n in members],
        mode="markers+text", name=label,
        text=[n.name if n.name in labelled else "" for n in members], hovertext=[n.name for n in members],
        textposition="top center", textfont={"size": 12, "color": "#222"},
        marker={"size": [12 + 34 * math.sqrt(n.count / top_count) for n in members], "color": color,
                "line": {"width": 1, "color": "white"}, "opacity": 0.9},
        customdata=[n.count for n in members],
        hovertemplate="%{hovertext}<br>提及 %{customdata} 次<extra></extra>")


def heatmap(matrix: pd.DataFrame, view: View, *, name: str = "实体 × 重点领域",
            share: bool = False) -> go.Figure:
    """Counts of mentions, or (``share``) proportions shown as percentages."""
    if matrix.empty:
        return empty_figure(view, name)
    columns = [c if len(c) <= 14 else c[:13] + "…" for c in matrix.columns]
    value, colorbar = ("%{z:.0%}", {"tickformat": ".0%"}) if share else ("提及 %{z} 次", {"title": "次数"})
    fig = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=columns, y=list(matrix.index), colorscale="Blues",
                               hovertemplate="%{y} · %{x}<br>" + value + "<extra></extra>", xgap=2, ygap=2,
                               colorbar=colorbar))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-35)
    return titled(fig, view, name, height=max(520, 260 + 26 * len(matrix)), legend=False, bottom=190)
