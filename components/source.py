"""The report text with focus areas, tasks and entities highlighted (always escaped, never raw HTML)."""

from __future__ import annotations

import html

from components.style import TYPE_COLORS
from policylens.model import Report
from policylens.views.report import TYPE_LABELS

STYLE = """<style>
.pl-source { font-size: 17px; line-height: 2.0; white-space: pre-wrap;
  font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
.pl-task { background: #fdf2d0; border-radius: 3px; }
.pl-head { font-weight: 700; color: #1f4e79; }
.pl-target { background: #f5b7b1; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.pl-ent { border-bottom: 2px solid; padding-bottom: 1px; }
.pl-legend span { margin-right: 14px; font-size: 14px; }
</style>"""


def legend() -> str:
    parts = ['<span class="pl-task">任务</span>', '<span class="pl-head">重点领域 / 要求</span>']
    parts += [f'<span class="pl-ent" style="border-color:{c}">{TYPE_LABELS[t]}</span>' for t, c in TYPE_COLORS.items()]
    return f'<div class="pl-legend">{"".join(parts)}</div>'


def highlighted_html(report: Report, *, start: int = 0, end: int | None = None,
                     target: tuple[int, int] | None = None, entity_types: tuple[str, ...] = (),
                     task_spans: list[tuple[int, int]] | None = None) -> str:
    """``report.text[start:end]`` as escaped HTML with spans for headings, tasks, entities and a target."""
    text = report.text
    end = len(text) if end is None else end
    spans: list[tuple[int, int, str]] = []

    def mark(a: int, b: int, tag: str) -> None:
        a, b = max(a, start), min(b, end)
        if a < b:
            spans.append((a, b, tag))

    for a, b in task_spans if task_spans is not None else [(t.start, t.end) for t in report.tasks]:
        mark(a, b, '<span class="pl-task">')
    for area in report.focus_areas + report.requirements:
        mark(area.title_start, area.title_end, '<span class="pl-head">')
    for entity in report.entities:
        if entity_types and entity.type not in entity_types:
            continue
        color = TYPE_COLORS[entity.type]
        tip = html.escape(f"{TYPE_LABELS[entity.type]}：{entity.name}", quote=True)
        for mention in entity.mentions:
            mark(mention.start, mention.end, f'<span class="pl-ent" style="border-color:{color}" title="{tip}">')
    if target:
        mark(target[0], target[1], '<span class="pl-target">')
    return '<div class="pl-source">' + render_spans(text, start, end, spans) + "</div>"


def render_spans(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """Escaped ``text[start:end]`` with overlapping spans emitted well-nested, segment by segment."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    boundaries = sorted({start, end, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[str] = []
    active: list[tuple[int, int, str]] = []
    next_span = 0
    for index, position in enumerate(boundaries[:-1]):
        active = [s for s in active if s[1] > position]
        while next_span < len(spans) and spans[next_span][0] <= position:
            if spans[next_span][1] > position:
                active.append(spans[next_span])
            next_span += 1
        piece = html.escape(text[position:boundaries[index + 1]])
        layered = sorted(active, key=lambda s: (s[0], -s[1]))
        out.append("".join(tag for _, _, tag in layered) + piece + "</span>" * len(layered))
    return "".join(out)
