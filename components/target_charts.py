"""Figures for the numbers: this year's targets against last year's results, and a target across regions."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.charts import empty_figure, titled
from components.state import View
from components.style import PALETTE
from policylens.views.targets import format_value

TARGET_COLOR, RESULT_COLOR, MISSING_COLOR = PALETTE[0], PALETTE[1], "#a6acaf"


def target_vs_result(table: pd.DataFrame, view: View, *, name: str = "今年目标与上年实绩（百分比指标）") -> go.Figure:
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


def regional_ranges(frame: pd.DataFrame, view: View, *, name: str, unit: str = "%") -> go.Figure:
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


def phrase_heatmap(matrix: pd.DataFrame, view: View, *, name: str = "提法分布（每万字出现次数）") -> go.Figure:
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
