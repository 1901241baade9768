"""Outline: numbering styles, headings on their own line or opening a paragraph, section kinds."""

from __future__ import annotations

import pytest

from policylens import parse_text
from policylens.structure.dates import five_year_plan_start
from policylens.structure.outline import classify_section

PREAMBLE = "2026年某市政府工作报告\n——2026年1月20日在某市第十六届人民代表大会第四次会议上\n各位代表：\n"
PARAGRAPH = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济实现质的有效提升和量的合理增长。"


def outline(text: str) -> list[tuple[int, str, str]]:
    report = parse_text(PREAMBLE + text)
    return [(s.level, s.title, s.kind) for s in report.walk_sections()]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"一、2025年工作回顾\n{PARAGRAPH}\n二、2026年重点工作\n{PARAGRAPH}\n",
         [(1, "2025年工作回顾", "review"), (1, "2026年重点工作", "plan")]),
        (f"一、2026年重点工作\n（一）扩大有效需求\n{PARAGRAPH}\n（二）发展新质生产力\n{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n（一）扩大有效需求。{PARAGRAPH}\n（二）发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n1.扩大有效需求。{PARAGRAPH}\n2.发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n（1）扩大有效需求。{PARAGRAPH}\n（2）发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n一是扩大有效需求。{PARAGRAPH}\n二是发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n一要扩大有效需求。{PARAGRAPH}\n二要发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、2026年重点工作\n第一，扩大有效需求。{PARAGRAPH}\n第二，发展新质生产力。{PARAGRAPH}\n",
         [(1, "2026年重点工作", "plan"), (2, "扩大有效需求", "plan"), (2, "发展新质生产力", "plan")]),
        (f"一、“十五五”时期主要目标任务\n{PARAGRAPH}\n二、今年重点工作\n{PARAGRAPH}\n三、全面加强政府自身建设\n{PARAGRAPH}\n",
         [(1, "“十五五”时期主要目标任务", "outlook"), (1, "今年重点工作", "plan"), (1, "全面加强政府自身建设", "requirements")]),
        (f"一、2026年重点工作\n{PARAGRAPH}\n附件\n名词解释\n1.“两新”：是指大规模设备更新和消费品以旧换新。\n2.“两重”：是指国家重大战略实施。\n",
         [(1, "2026年重点工作", "plan"), (1, "附件", "appendix")]),
    ],
    ids=["top-level", "nested-own-line", "nested-opening-paragraph", "arabic", "arabic-paren", "yishi", "yiyao",
         "diyi", "kinds", "appendix-list-is-not-sections"],
)
def test_numbering_styles_and_nesting(body, expected):
    assert outline(body) == expected


def test_a_number_out_of_sequence_is_not_a_heading():
    body = f"一、2026年重点工作\n{PARAGRAPH}\n三是这一行不是第三项。{PARAGRAPH}\n"
    assert outline(body) == [(1, "2026年重点工作", "plan")]


def test_inline_enumeration_inside_a_paragraph_is_not_a_section():
    body = f"一、2026年重点工作\n今年要抓好三件事：一是稳增长，二是促改革，三是惠民生。{PARAGRAPH}\n"
    assert outline(body) == [(1, "2026年重点工作", "plan")]


def test_short_unnumbered_heading_line():
    body = f"一、2026年重点工作\n{PARAGRAPH}\n主要预期目标\n{PARAGRAPH}{PARAGRAPH}\n"
    assert outline(body) == [(1, "2026年重点工作", "plan"), (2, "主要预期目标", "plan")]


def test_section_offsets_slice_back_to_their_titles():
    report = parse_text(PREAMBLE + f"一、2026年重点工作\n（一）扩大有效需求。{PARAGRAPH}\n")
    for section in report.walk_sections():
        assert report.text[section.title_start:section.title_end] == section.title
        assert report.text[section.start:section.end].startswith(report.text[section.start:section.title_end])


@pytest.mark.parametrize(
    ("title", "year", "kind"),
    [
        ("2025年工作回顾", 2026, "review"),
        ("“十四五”时期和2025年工作回顾", 2026, "review"),
        ("2025年主要工作和“十四五”发展成就", 2026, "review"),
        ("“十五五”时期的主要目标任务", 2026, "outlook"),
        ("“十四五”时期发展成就和“十五五”时期主要目标", 2026, "outlook"),
        ("关于《国民经济和社会发展第十五个五年规划纲要（草案）》的说明", 2026, "outlook"),
        ("2026年工作安排", 2026, "plan"),
        ("2026年的重点工作", 2026, "plan"),
        ("下半年工作部署", 2023, "plan"),
        ("深入推进政府治理创新", 2026, "requirements"),
        ("努力建设让人民满意的法治型服务型政府", 2026, "requirements"),
        ("附件2", 2026, "appendix"),
        ("关于某事的说明", 2026, "other"),
    ],
)
def test_section_kind(title, year, kind):
    assert classify_section(title, year=year) == kind


@pytest.mark.parametrize(("number", "year"), [(1, 1953), (3, 1966), (13, 2016), (14, 2021), (15, 2026)])
def test_five_year_plan_years(number, year):
    assert five_year_plan_start(number) == year
