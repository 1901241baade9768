"""Briefing packs: a PowerPoint file or a printable HTML page for a report and a filter, charts included."""

from __future__ import annotations

import plotly.graph_objects as go

from policylens.briefing.content import CHARTS, Brief, brief_contents
from policylens.briefing.page import html_document
from policylens.briefing.render import ChartRenderer, RenderUnavailable, find_browser
from policylens.briefing.slides import pptx_bytes
from policylens.model import Report
from policylens.views.report import display_title

FORMATS = ("pptx", "html")

__all__ = ["CHARTS", "FORMATS", "Brief", "RenderUnavailable", "brief_contents", "build_brief", "display_title",
           "find_browser"]


def build_brief(report: Report, *, selection: tuple[str, ...] = (), format: str = "pptx",
                charts: tuple[str, ...] = CHARTS) -> bytes:
    """The pack's bytes. PPTX needs Chromium for the chart images (``RenderUnavailable`` says so plainly); the
    HTML page draws its charts in the reader's browser and needs none."""
    if format not in FORMATS:
        raise ValueError(f"未知的简报格式 {format!r}（可选：{'、'.join(FORMATS)}）")
    brief = brief_contents(report, selection=selection, charts=charts)
    if format == "html":
        return html_document(brief).encode("utf-8")
    images = {c.key: c.image for c in brief.charts if c.image is not None}
    with ChartRenderer() as render:
        for chart in brief.charts:
            if chart.figure is not None:  # the slide carries the title and the caption: the picture need not
                figure = go.Figure(chart.figure).update_layout(title=None, margin={"t": 30})
                images[chart.key] = render.png(figure)
    return pptx_bytes(brief, images)
