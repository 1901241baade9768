"""The briefing pack as one self-contained HTML file that prints to A4 landscape, one block per page."""

from __future__ import annotations

import base64
import html

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from policylens.briefing.content import Brief
from policylens.views.figures import FONT_STACK, inert_markup

STYLE = f"""
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: {FONT_STACK}; color: #222; margin: 0 auto; max-width: 1180px; }}
section {{ break-inside: avoid; page-break-inside: avoid; break-after: page; page-break-after: always;
          padding: 8mm 0; }}
section:last-child {{ break-after: auto; page-break-after: auto; }}
h1 {{ font-size: 30px; margin: 0 0 12px; }} h2 {{ font-size: 24px; margin: 0 0 4px; }}
.caption {{ color: #555; font-size: 16px; margin: 0 0 8px; }}
.details, .summary {{ font-size: 18px; line-height: 1.8; }}
.summary li small {{ display: block; color: #777; font-size: 13px; line-height: 1.5; }}
.source {{ color: #666; font-size: 12px; text-align: right; }}
.chart {{ width: 100%; height: 600px; }} img {{ width: 100%; }}
table {{ border-collapse: collapse; width: 100%; font-size: 15px; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }}
"""


def html_document(brief: Brief) -> str:
    """A standalone page (plotly.js inline, word cloud inline): no request leaves the reader's machine."""
    esc = html.escape
    view = brief.view
    parts = [f"<section><h1>{esc(view.title)}</h1><div class='details'>"
             + "<br>".join(f"{esc(label)}：{esc(value)}" for label, value in brief.details) + "</div></section>"]
    items = "".join(f"<li>{esc(s.text)}" + (f"<small>原文（第 {s.offset} 字起）：{esc(s.source)}</small>"
                                            if s.offset is not None else "") + "</li>" for s in brief.summary)
    parts.append(f"<section><h2>要点</h2><ul class='summary'>{items or '<li>原文中未识别出可概括的部署与目标。</li>'}"
                 f"</ul><p class='source'>{esc(view.source_line)}</p></section>")
    for chart in brief.charts:
        if chart.figure is not None:
            figure = inert_markup(go.Figure(chart.figure))
            figure.update_layout(title=None, margin={"t": 30})  # the heading says it
            body = pio.to_html(figure, include_plotlyjs=False, full_html=False, default_width="100%",
                               default_height="600px", config={"displaylogo": False, "staticPlot": False})
        elif chart.image is not None:
            body = f"<img alt='{esc(chart.name)}' src='data:image/png;base64,{base64.b64encode(chart.image).decode()}'>"
        else:
            continue
        parts.append(f"<section><h2>{esc(chart.name)}</h2><p class='caption'>{esc(chart.caption)}</p>{body}"
                     f"<p class='source'>{esc(view.source_line)}</p></section>")
    if not brief.tasks.empty:
        rows = "".join(f"<tr><td>{esc(str(r.area))}</td><td>{esc(str(r.task))}</td><td>{esc(str(r.theme))}</td></tr>"
                       for r in brief.tasks.itertuples())
        parts.append(f"<section><h2>重点任务</h2><table><tr><th>方面</th><th>任务</th><th>主题</th></tr>{rows}</table>"
                     f"<p class='source'>{esc(view.source_line)}</p></section>")
    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{esc(view.title)} · 简报</title>"
            f"<style>{STYLE}</style><script>{get_plotlyjs()}</script></head><body>{''.join(parts)}</body></html>")
