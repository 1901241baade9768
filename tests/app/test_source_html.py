"""The highlighted source view: report text escaped before it reaches st.html, spans well nested."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from components.source import highlighted_html, render_spans
from policylens import parse_text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False


def parsed_tags(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


@pytest.mark.parametrize("hostile", ['<script>alert(1)</script>', '<img src=//host/p.png>', '"><b>x</b>',
                                     "<a href='https://evil'>点击此处重新登录</a>"])
def test_markup_in_the_text_is_escaped(hostile):
    text = f"要聚焦{hostile}产业发展，夯实经济基础。推进{hostile}项目建设。"
    markup = render_spans(text, 0, len(text), [(3, 10, "<span class=\"pl-task\">")])
    tags = parsed_tags(markup)
    assert set(tags.tags) <= {"span"} and tags.balanced
    assert html.unescape(markup.replace('<span class="pl-task">', "").replace("</span>", "")) == text


def test_overlapping_spans_come_out_well_nested():
    text = "甲乙丙丁戊己"
    spans = [(0, 4, '<span class="a">'), (2, 6, '<span class="b">'), (1, 3, '<span class="c">')]
    tags = parsed_tags(render_spans(text, 0, len(text), spans))
    assert tags.balanced and not tags.stack


def test_a_hostile_report_renders_without_any_element_but_spans():
    report = parse_text("5月8日，某区召开会议。区委书记王建国出席会议并讲话。\n"
                        "要聚焦<img src=x onerror=alert(1)>产业发展，夯实经济基础。推进项目建设，优化营商环境。\n"
                        "要聚焦民生保障，增进人民福祉。办好民生实事，稳定就业岗位。")
    tags = parsed_tags(highlighted_html(report))
    assert set(tags.tags) <= {"div", "span"}
