"""One chart style for every page: palette, CJK font stack, slide-legible sizes, titles and source lines."""

from __future__ import annotations

import plotly.graph_objects as go

FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", '
              "sans-serif")
PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#d68910", "#6c3483", "#148f9c", "#a04000", "#5d6d7e", "#b03a8c",
           "#7d8b1f", "#34495e", "#e67e22"]
TYPE_COLORS = {"person": "#c0392b", "organization": "#1f4e79", "place": "#2e8b57", "policy": "#d68910",
               "industry": "#6c3483", "project": "#148f9c"}
INTENSITY_COLORS = {"强": "#c0392b", "中": "#5d6d7e", "弱": "#2e8b57", "—": "#bdc3c7"}
BASE_FONT_SIZE = 15


def theme_color(theme: str, themes: list[str]) -> str:
    return PALETTE[themes.index(theme) % len(PALETTE)] if theme in themes else "#7f8c8d"


def briefing_layout(fig: go.Figure, *, title: str, subtitle: str, source: str, height: int = 460,
                    legend: bool = True, bottom: int = 84) -> go.Figure:
    """Title naming the report and filter, a source line under the plot, fonts that read on a slide."""
    fig.update_layout(
        title={"text": f"<b>{title}</b><br><span style='font-size:13px;color:#555'>{subtitle}</span>",
               "x": 0, "xref": "paper", "xanchor": "left", "y": 1, "yref": "paper", "yanchor": "bottom",
               "pad": {"b": 34}, "automargin": True, "font": {"size": 19}},
        font={"family": FONT_STACK, "size": BASE_FONT_SIZE, "color": "#222"},
        height=height, margin={"l": 10, "r": 24, "t": 40, "b": bottom},
        paper_bgcolor="white", plot_bgcolor="white", colorway=PALETTE, showlegend=legend,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right", "font": {"size": 13},
                "title": {"text": ""}},
        hoverlabel={"font": {"family": FONT_STACK}},
    )
    fig.add_annotation(text=_wrap_source(source), xref="paper", yref="paper", x=1, y=0, yshift=-bottom + 4,
                       showarrow=False, xanchor="right", yanchor="bottom", align="right",
                       font={"size": 12, "color": "#666"})
    fig.update_xaxes(gridcolor="#eee", zerolinecolor="#ccc", automargin=True)
    fig.update_yaxes(gridcolor="#eee", zerolinecolor="#ccc", automargin=True)
    return fig


def _wrap_source(source: str, width: int = 40) -> str:
    """The source line on two lines when long, so that it fits under a half-width chart."""
    if len(source) <= width or " · " not in source:
        return source
    head, tail = source.rsplit(" · ", 1)
    return f"{head}<br>{tail}"


def export_config(filename: str, image_format: str) -> dict:
    """Modebar configuration: the camera button saves at 3x under a Chinese file name, in the chosen format."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": image_format, "filename": filename, "scale": 3},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }
