"""The report's outline: numbered and short unnumbered headings, nested, each with a kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policylens.model import Report, Section
from policylens.structure import item_kinds
from policylens.structure.dates import five_year_plan_start
from policylens.structure.lines import Line
from policylens.structure.numerals import to_int

_CN = "一二三四五六七八九十百"
HEADING_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn_comma", re.compile(rf"^(?P<num>[{_CN}]+)[、](?P<rest>.)")),
    ("cn_paren", re.compile(rf"^[（(](?P<num>[{_CN}]+)[）)](?P<rest>.)")),
    ("arabic_dot", re.compile(r"^(?P<num>\d{1,2})[.、](?!\d)(?P<rest>.)")),
    ("arabic_paren", re.compile(r"^[（(](?P<num>\d{1,2})[）)](?P<rest>.)")),
    ("cn_shi", re.compile(rf"^(?P<num>[{_CN}]+)是(?P<rest>[^，。；：])")),
    ("cn_yao", re.compile(rf"^(?P<num>[{_CN}]+)要(?P<rest>[^，。；：])")),
    ("cn_di", re.compile(rf"^第(?P<num>[{_CN}]+)[，、：](?P<rest>.)")),
)
_APPENDIX = re.compile(
    r"^(附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[：:]?\s*$|^(附件|附表|附录)\s*\d*[：:]|^名词解释[：:]?$"
)
_CONTINUATION = tuple("是为的：，。、和及与")
_TERMINAL = tuple("。！？；：”」』…")
_FIVE_YEAR = re.compile(r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?|第(?P<n2>[一二三四五六七八九十]+)个五年")


@dataclass
class Heading:
    line_index: int
    style: str
    number: int | None
    number_text: str | None
    start: int
    title_start: int
    title_end: int
    title: str


def find_headings(lines: list[Line], text: str, *, body_start: int) -> tuple[list[Heading], list[Heading]]:
    """Numbered or short unnumbered heading lines after ``body_start``; appendix markers apart."""
    headings: list[Heading] = []
    appendices: list[Heading] = []
    in_appendix = False
    last_number: dict[str, int] = {}
    content = [i for i, line in enumerate(lines) if line.kind == "content"]
    for position, index in enumerate(content):
        if index < body_start:
            continue
        line = lines[index]
        if _APPENDIX.match(line.text):
            previous = lines[content[position - 1]] if position else None
            if not (appendices and previous is not None and _APPENDIX.match(previous.text)):
                appendices.append(_heading(line, index, "appendix", None, None, 0))
            in_appendix = True
            continue
        if in_appendix:
            continue
        heading = _numbered_heading(line, index, last_number)
        if heading is None and _is_unnumbered_heading(lines, content, position):
            heading = _heading(line, index, "plain", None, None, 0)
        if heading is not None:
            headings.append(heading)
            if heading.number is not None:
                last_number[heading.style] = heading.number
    return headings, appendices


def _numbered_heading(line: Line, index: int, last_number: dict[str, int]) -> Heading | None:
    for style, pattern in HEADING_STYLES:
        match = pattern.match(line.text)
        if not match:
            continue
        number = to_int(match["num"])
        if number is None:
            return None
        # a list runs 1, 2, 3…: a number that neither starts nor continues one is not a heading
        if number != 1 and last_number.get(style) != number - 1:
            return None
        return _heading(line, index, style, number, match["num"], match.start("rest"))
    return None


def _heading(line: Line, index: int, style: str, number: int | None, number_text: str | None,
             marker_length: int) -> Heading:
    body = line.text[marker_length:]
    cut = len(body)
    for mark in "。；！？":
        position = body.find(mark)
        if 0 <= position < cut:
            cut = position
    colon = body.find("：")
    if 0 <= colon < cut and colon <= 30:
        cut = colon
    title = body[:cut].rstrip("，、 ")
    title_start = line.start + marker_length
    return Heading(index, style, number, number_text, line.start, title_start, title_start + len(title), title)


def _is_unnumbered_heading(lines: list[Line], content: list[int], position: int) -> bool:
    line = lines[content[position]]
    text = line.text
    if len(text) > 24 or text.endswith(tuple("。；，：、！？")) or not re.search(r"[\u4e00-\u9fff]{2}", text):
        return False
    if position + 1 >= len(content):
        return False
    following = lines[content[position + 1]].text
    if following.startswith(_CONTINUATION) or len(following) < 30:
        return False
    if position > 0:
        previous = lines[content[position - 1]].text
        if not previous.endswith(_TERMINAL):
            return False
    return True


def build_outline(headings: list[Heading], appendices: list[Heading], *, end: int, year: int | None,
                  original: str, analysis: str | None = None) -> list[Section]:
    """Nest headings by the order their styles first appear (like a word processor's outline).

    Kinds are read from the analysis text of the top-level titles; titles are given in ``original``'s characters.
    """
    roots: list[Section] = []
    analysis_titles: dict[int, str] = {}
    stack: list[tuple[str, Section]] = []
    boundaries = sorted([h.start for h in headings] + [a.start for a in appendices] + [end])
    for heading in headings:
        styles = [style for style, _ in stack]
        if heading.style in styles:
            del stack[styles.index(heading.style):]
        section = Section(
            level=len(stack) + 1, title=original[heading.title_start:heading.title_end], kind="other",
            start=heading.start, end=end, title_start=heading.title_start, title_end=heading.title_end,
            number=heading.number_text,
        )
        analysis_titles[heading.start] = heading.title
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((heading.style, section))
    for appendix in appendices:
        roots.append(Section(level=1, title=original[appendix.title_start:appendix.title_end], kind="appendix",
                             start=appendix.start, end=end, title_start=appendix.title_start,
                             title_end=appendix.title_end))
    roots.sort(key=lambda s: s.start)
    _set_ends(roots, end, boundaries)
    for section in roots:
        kind = section.kind if section.kind == "appendix" else classify_section(analysis_titles[section.start],
                                                                                  year=year)
        _set_kind(section, kind)
    if analysis is not None:
        classify_by_content(roots, analysis, year=year)
    return roots


def classify_by_content(roots: list[Section], analysis: str, *, year: int | None) -> None:
    """When no heading names the plan, the plan is the section whose numbered items lay out work to be done.

    A heading may name only the five-year outlook (一鼓作气勇争先，全力推动“十五五”开好局、起好步) or nothing
    telling at all; a review may carry no word 回顾 (一年接着一年干，…持续取得新进展新成效). Each section with
    numbered items is read as a list — its opening words and its items' headings — for plan or review.
    """
    readable = [s for s in roots if s.kind in ("other", "outlook", "review")
                and sum(1 for c in s.children if c.number is not None) >= 2]
    kinds = {}
    for section in readable:
        intro = analysis[section.title_end:section.children[0].start][:600] if section.children else ""
        headings = [analysis[c.title_start:c.title_end] for c in section.children if c.number is not None]
        kinds[section.start] = item_kinds.list_kind(analysis[section.title_start:section.title_end] + "。" + intro,
                                                    headings, year=year)
    for section in readable:
        if section.kind == "other" and kinds[section.start] == item_kinds.REVIEW:
            _set_kind(section, "review")
    if any(s.kind == "plan" for s in roots):
        return
    plans = [s for s in readable if kinds[s.start] == item_kinds.PLAN and s.kind != "review"]
    if plans:
        current = [s for s in plans if year and re.search(rf"{year}年|今年", analysis[s.start:s.start + 800])]
        _set_kind((current or plans)[-1], "plan")


def _set_ends(sections: list[Section], parent_end: int, boundaries: list[int]) -> None:
    for index, section in enumerate(sections):
        section.end = sections[index + 1].start if index + 1 < len(sections) else parent_end
        if section.kind == "appendix":
            section.end = min((b for b in boundaries if b > section.start), default=parent_end)
        _set_ends(section.children, section.end, boundaries)


def _set_kind(section: Section, kind: str) -> None:
    section.kind = kind
    for child in section.children:
        _set_kind(child, kind)


def classify_section(title: str, *, year: int | None) -> str:
    """review | plan | outlook | requirements | appendix | other, from the heading's words."""
    if re.match(r"^(附件|附表|附录|名词解释)", title):
        return "appendix"
    future_plan = False
    for match in _FIVE_YEAR.finditer(title):
        number = to_int(match["n"]) + 10 if match["n"] else to_int(match["n2"] or "")
        if number and year and five_year_plan_start(number) >= year:
            future_plan = True
    this_year = re.search(rf"{year}年(?:的)?(?:工作安排|重点工作|主要任务|工作任务|工作部署)", title) if year else None
    if (future_plan or re.search(r"远景目标|今后五年|未来五年", title)) and not this_year:
        return "outlook"  # “十五五”时期目标任务和2026年工作安排 is the plan: it lays out this year's work
    past_work = re.search(r"(\d{4})年.{0,6}主要工作(?!安排)", title) and _past_year(title, year)
    if re.search(r"回顾|成就|成绩|总结|过去一年|过去五年", title) or past_work:
        return "review"
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", title)]
    planning = re.search(r"工作|任务|安排|部署|重点", title)
    current = bool(year and years and max(years) >= year) or re.search(r"今年|下半年|明年|下一步|当前和今后", title)
    if planning and current:
        return "plan"
    if re.search(r"工作安排|重点工作|主要任务|下半年", title) and not years:
        return "plan"
    if re.search(r"政府.{0,8}(自身建设|治理|作风|建设)|(法治|服务型|廉洁|人民满意的).{0,8}政府", title) or re.search(
            r"自身建设|作风建设|工作要求|干部", title):
        return "requirements"
    return "other"


def _past_year(title: str, year: int | None) -> bool:
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", title)]
    return bool(year and years and max(years) < year)


def report_year(report: Report) -> int | None:
    """The year the report is about: its date held, else its publication date, else the first year it names."""
    for value in (report.meeting.date, report.meeting.published):
        if value:
            return int(value[:4])
    match = re.search(r"((?:19|20)\d{2})年", report.analysis[:2000])
    return int(match.group(1)) if match else None
