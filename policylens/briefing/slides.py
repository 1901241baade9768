"""The briefing pack as a PowerPoint file (python-pptx): 16:9 slides with titles, captions and source lines."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from policylens.briefing.content import Brief
from policylens.views.figures import PALETTE

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 inches: PowerPoint's own 16:9
FONT = "Microsoft YaHei"  # the east-Asian face PowerPoint looks for; viewers substitute their own CJK font
DARK, GREY, ACCENT = RGBColor(0x22, 0x22, 0x22), RGBColor(0x66, 0x66, 0x66), RGBColor.from_string(PALETTE[0][1:])


def pptx_bytes(brief: Brief, images: dict[str, bytes]) -> bytes:
    """The pack: title, summary, one slide per chart (``images`` by chart key), the top tasks."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    blank = deck.slide_layouts[6]
    _title_slide(deck.slides.add_slide(blank), brief)
    _summary_slide(deck.slides.add_slide(blank), brief)
    for chart in brief.charts:
        picture = images.get(chart.key)
        if picture is not None:
            _chart_slide(deck.slides.add_slide(blank), brief, chart.name, chart.caption, picture)
    if not brief.tasks.empty:
        _tasks_slide(deck.slides.add_slide(blank), brief)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _text(slide, left, top, width, height, text: str, *, size: int, color=DARK, bold: bool = False):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    first = True
    for line in text.split("\n"):
        paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        run = paragraph.add_run()
        run.text = line
        _font(run.font, size=size, color=color, bold=bold)
    return box


def _font(font, *, size: int, color=DARK, bold: bool = False) -> None:
    font.size, font.bold, font.name = Pt(size), bold, FONT
    font.color.rgb = color
    properties = font._element  # the east-Asian typeface is not in python-pptx's API
    east_asian = properties.find(qn("a:ea"))
    if east_asian is None:
        east_asian = properties.makeelement(qn("a:ea"), {})
        properties.append(east_asian)
    east_asian.set("typeface", FONT)


def _footer(slide, brief: Brief) -> None:
    _text(slide, Inches(0.6), HEIGHT - Inches(0.6), WIDTH - Inches(1.2), Inches(0.4), brief.view.source_line,
          size=12, color=GREY)


def _title_slide(slide, brief: Brief) -> None:
    band = slide.shapes.add_shape(1, 0, Inches(2.3), WIDTH, Inches(0.12))
    band.fill.solid()
    band.fill.fore_color.rgb = ACCENT
    band.line.fill.background()
    _text(slide, Inches(0.8), Inches(0.9), WIDTH - Inches(1.6), Inches(1.4), brief.view.title, size=40, bold=True)
    details = "\n".join(f"{label}：{value}" for label, value in brief.details)
    _text(slide, Inches(0.8), Inches(2.8), WIDTH - Inches(1.6), Inches(3), details, size=22, color=GREY)
    _footer(slide, brief)


def _summary_slide(slide, brief: Brief) -> None:
    _text(slide, Inches(0.6), Inches(0.4), WIDTH - Inches(1.2), Inches(0.9), "要点", size=32, bold=True)
    lines = [s.text for s in brief.summary] or ["原文中未识别出可概括的部署与目标。"]
    _text(slide, Inches(0.8), Inches(1.4), WIDTH - Inches(1.6), Inches(5.2), "\n".join(f"• {t}" for t in lines),
          size=20)
    notes = slide.notes_slide.notes_text_frame
    notes.text = "\n".join(f"{s.text}\n  原文（第 {s.offset} 字起）：{s.source}" for s in brief.summary if s.offset
                           is not None)
    _footer(slide, brief)


def _chart_slide(slide, brief: Brief, name: str, caption: str, picture: bytes) -> None:
    _text(slide, Inches(0.6), Inches(0.3), WIDTH - Inches(1.2), Inches(0.7), name, size=28, bold=True)
    _text(slide, Inches(0.6), Inches(0.95), WIDTH - Inches(1.2), Inches(0.6), caption, size=16, color=GREY)
    top, bottom = Inches(1.55), Inches(0.65)
    height = HEIGHT - top - bottom
    width = Emu(int(height * 16 / 9))
    slide.shapes.add_picture(io.BytesIO(picture), int((WIDTH - width) / 2), top, width=width, height=height)
    _footer(slide, brief)


def _tasks_slide(slide, brief: Brief) -> None:
    _text(slide, Inches(0.6), Inches(0.3), WIDTH - Inches(1.2), Inches(0.7), "重点任务", size=28, bold=True)
    rows = brief.tasks
    table = slide.shapes.add_table(len(rows) + 1, 3, Inches(0.6), Inches(1.2), WIDTH - Inches(1.2),
                                   Inches(0.4) * (len(rows) + 1)).table
    widths = (Inches(3.2), WIDTH - Inches(1.2) - Inches(5.4), Inches(2.2))
    for column, width in enumerate(widths):
        table.columns[column].width = width
    for column, header in enumerate(("方面", "任务", "主题")):
        _cell(table.cell(0, column), header, size=14, bold=True)
    for number, row in enumerate(rows.itertuples(), start=1):
        for column, value in enumerate((row.area, row.task, row.theme)):
            _cell(table.cell(number, column), str(value), size=13)
    _footer(slide, brief)


def _cell(cell, text: str, *, size: int, bold: bool = False) -> None:
    cell.text = ""
    run = cell.text_frame.paragraphs[0].add_run()
    run.text = text
    _font(run.font, size=size, bold=bold)
