"""Briefing packs: contents traceable to the source, a self-contained HTML page, PowerPoint with chart pictures."""

from __future__ import annotations

import io

import pytest

from policylens import parse_text
from policylens.briefing import CHARTS, brief_contents, build_brief, display_title


def test_contents_of_the_seed_pack(seed_report):
    brief = brief_contents(seed_report)
    assert [c.key for c in brief.charts] == ["areas", "themes", "wordcloud", "network", "heatmap"]  # no targets
    assert all(c.caption for c in brief.charts)
    assert brief.summary and all(s.offset is not None for s in brief.summary)
    for statement in brief.summary:
        assert statement.source and statement.source in seed_report.text, "each statement rests on a sentence"
    assert 0 < len(brief.tasks) <= 12


def test_a_filter_narrows_the_pack(seed_report):
    whole = brief_contents(seed_report)
    narrow = brief_contents(seed_report, selection=("科技创新",))
    assert narrow.view.filter_label != whole.view.filter_label
    assert narrow.summary[0].text != whole.summary[0].text


def test_targets_slide_when_the_report_has_targets(corpus_reports):
    brief = brief_contents(corpus_reports["2026_湖北省_政府工作报告.txt"])
    targets = next(c for c in brief.charts if c.key == "targets")
    assert "5.5%左右" in targets.caption
    assert any("主要预期目标" in s.text for s in brief.summary)


@pytest.mark.parametrize(
    ("title", "organizer", "date", "expected"),
    [
        ("政府工作报告", "广东省人民政府", "2026-01-26", "2026年广东省政府工作报告"),
        ("2026年湖北省政府工作报告", "湖北省人民政府", "2026-01-27", "2026年湖北省政府工作报告"),
        (None, None, None, "未命名报告"),
    ],
)
def test_display_title_adds_the_region_and_year(title, organizer, date, expected):
    report = parse_text("")
    report.meeting.title, report.meeting.organizer, report.meeting.date = title, organizer, date
    assert display_title(report) == expected


def test_html_pack_is_self_contained_and_escaped():
    text = ("3月2日，某区召开经济工作会议。\n"
            "要聚焦产业发展，夯实经济基础。加快推进<b>智能制造</b>产业园建设，壮大新能源汽车产业。\n"
            "要聚焦民生保障，增进人民福祉。办好十件民生实事，稳定就业岗位。\n")
    page = build_brief(parse_text(text), format="html").decode("utf-8")
    assert "<script src=" not in page and "https://" not in page.split("</script>", 1)[1]
    assert "&lt;b&gt;智能制造&lt;/b&gt;" in page and "<b>智能制造</b>" not in page
    assert "break-inside: avoid" in page and "要点" in page


def test_an_unknown_format_is_refused(seed_report):
    with pytest.raises(ValueError, match="未知的简报格式"):
        build_brief(seed_report, format="docx")


@pytest.mark.slow
@pytest.mark.parametrize("source", ["seed", "2026_广东省_政府工作报告.txt"])
def test_pptx_pack_opens_with_the_slides_and_pictures(source, seed_report, corpus_reports):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    report = seed_report if source == "seed" else corpus_reports[source]
    brief = brief_contents(report)
    deck = Presentation(io.BytesIO(build_brief(report, format="pptx")))
    slides = list(deck.slides)
    assert len(slides) == 2 + len(brief.charts) + 1  # title, summary, a slide per chart, the tasks
    pictures = [s for slide in slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == len(brief.charts)
    assert deck.slide_width * 9 == deck.slide_height * 16, "16:9"
    texts = " ".join(shape.text_frame.text for shape in slides[0].shapes if shape.has_text_frame)
    assert brief.view.title in texts
    assert set(CHARTS) >= {c.key for c in brief.charts}


@pytest.mark.slow
def test_chart_images_show_chinese_glyphs_with_the_bundled_font_alone():
    """Rendered with only the product's own font the characters have strokes; with a Latin-only font they come
    out as empty boxes (tofu), which leave far less ink."""
    import plotly.graph_objects as go
    from PIL import Image

    from policylens.briefing.render import ChartRenderer, fontconfig_file

    fig = go.Figure()
    fig.add_annotation(text="政策报告透视重点任务", x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 80, "family": "Noto Sans CJK SC, sans-serif"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)

    def ink(fontconfig) -> int:
        with ChartRenderer(fontconfig=fontconfig) as render:
            image = Image.open(io.BytesIO(render.png(fig, width=1000, height=300, scale=1))).convert("L")
        return sum(1 for value in image.get_flattened_data() if value < 128)

    from pathlib import Path

    latin = next((d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")
                  if Path(d).is_dir()), None)
    if latin is None:
        pytest.skip("no Latin-only font folder to compare with")
    own_font_only = ink(fontconfig_file(system=False))
    latin_only = ink(fontconfig_file(font_dir=latin, system=False))
    assert own_font_only > 3 * latin_only
