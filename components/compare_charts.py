"""Figures for comparing reports and for a whole corpus."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.state import View
from components.style import PALETTE
from policylens.views.figures import empty_figure, titled


def theme_share_bars(shares: dict[str, dict[str, float]], view: View, *, name: str = "主题构成对比") -> go.Figure:
    """Grouped bars: each report's share of task theme labels per theme."""
    if not shares:
        return empty_figure(view, name)
    themes = list(dict.fromkeys(t for report in shares.values() for t in report))
    fig = go.Figure()
    for index, (label, values) in enumerate(shares.items()):
        fig.add_trace(go.Bar(x=themes, y=[values.get(t, 0.0) for t in themes], name=label,
                             marker_color=PALETTE[index % len(PALETTE)],
                             hovertemplate="%{x}<br>%{y:.1%}<extra>" + label + "</extra>"))
    fig.update_layout(barmode="group")
    fig.update_yaxes(tickformat=".0%", title="占任务主题标注的比例")
    return titled(fig, view, name, height=460)


def log_odds_bars(frame: pd.DataFrame, view: View, *, name: str, a: str, b: str, top: int = 15) -> go.Figure:
    """The words that most rose (toward B) and fell (toward A), by z-score of the log-odds ratio."""
    if frame.empty:
        return empty_figure(view, name)
    rose = frame.head(top)
    fell = frame.tail(top).iloc[::-1]
    data = pd.concat([fell, rose]).drop_duplicates("word")
    colors = [PALETTE[1] if z > 0 else PALETTE[0] for z in data["z"]]
    fig = go.Figure(go.Bar(x=data["z"], y=data["word"], orientation="h", marker_color=colors,
                           customdata=data[["count_a", "count_b"]].to_numpy(),
                           hovertemplate="%{y}<br>z = %{x:.2f}<br>" + a + " %{customdata[0]} 次 · " + b
                           + " %{customdata[1]} 次<extra></extra>"))
    fig.update_xaxes(title=f"← 更偏 {a}　　z 值（加权对数几率）　　更偏 {b} →")
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=list(data["word"]))
    return titled(fig, view, name, height=max(460, 160 + 22 * len(data)), legend=False)


def trend_lines(trend: pd.DataFrame, labels: dict[str, str], view: View, *, name: str = "关键词趋势") -> go.Figure:
    """A point per report and word (region in the hover); a line only joins one region's reports over time."""
    if trend.empty:
        return empty_figure(view, name)
    fig = go.Figure()
    for index, (word, rows) in enumerate(trend.groupby("word", sort=False)):
        color = PALETTE[index % len(PALETTE)]
        for _, series in rows.groupby(rows["region"].fillna("（未知地区）")):
            if len(series) > 1:
                fig.add_trace(go.Scatter(x=series["date"], y=series["per_10k"], mode="lines", showlegend=False,
                                         line={"color": color, "width": 1.5}, hoverinfo="skip", legendgroup=word))
        fig.add_trace(go.Scatter(x=rows["date"], y=rows["per_10k"], name=word, mode="markers", legendgroup=word,
                                 marker={"color": color, "size": 10, "line": {"width": 1, "color": "white"}},
                                 customdata=rows[["region"]].fillna("（未知地区）").to_numpy(),
                                 hovertemplate="%{customdata[0]}（%{x}）<br>" + word
                                 + "：每万字 %{y:.1f} 次<extra></extra>"))
    fig.update_yaxes(title="每万字出现次数", rangemode="tozero")
    fig.update_xaxes(title="报告日期（同一地区的报告以线相连）", type="date")
    return titled(fig, view, name, height=460)
