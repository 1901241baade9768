"""Parallel items: the focus areas (work) and requirements (conduct) a report or a speech lays out.

Two ways in. A report with an outline has a plan section whose numbered children are the focus areas, and
requirement sections (政府自身建设) whose children or opening sentences are the requirements. Anything else —
meeting news, speeches, report summaries — is read by the enumeration detector (``enumerations``), whose lists are
kept or dropped by what they say (``item_kinds``: a plan, not a review or the report's chapter list) and whose
items are split into focus areas and requirements by content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from policylens.model import FocusArea, Section, Task
from policylens.structure import item_kinds
from policylens.structure.clauses import OPENERS, split_clauses
from policylens.structure.enumerations import Enumeration, Item, find_enumerations, sentence_start, trim_end
from policylens.structure.lines import Line
from policylens.structure.speaker import is_person_name, title_alternation


@dataclass
class Items:
    focus_areas: list[FocusArea] = field(default_factory=list)
    requirements: list[FocusArea] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def split_heading(heading: str) -> tuple[str, str]:
    """Title is the heading's first clause, goal the rest: 坚持X，加快Y -> (坚持X, 加快Y)."""
    depth = 0
    for index, char in enumerate(heading):
        if char in OPENERS:
            depth += 1
        elif char in OPENERS.values():
            depth = max(0, depth - 1)
        elif char == "，" and depth == 0:
            return heading[:index], heading[index + 1:]
    return heading, ""


def find_items(sections: list[Section], lines: list[Line], analysis: str, original: str, *,
               body_start: int = 0, year: int | None = None, speaker: str | None = None) -> Items:
    """Focus areas and requirements, with a warning when none are found or fewer than the text announces."""
    plan = next((s for s in _top_level_first(sections) if s.kind == "plan" and not _item_marked(s, analysis)), None)
    result = Items()
    if plan is not None:
        result.focus_areas = section_items(plan, analysis, original)
    for section in sections:
        if section.kind == "requirements":
            result.requirements += section_items(section, analysis, original) or opener_items(
                lines, section.start, section.end, analysis, original)
    if not result.focus_areas:
        scope = [line for line in lines[body_start:] if plan is None or plan.start <= line.start < plan.end]
        chapters = [s for s in sections if not _item_marked(s, analysis)]  # 一是…/一要… lines are the list's items
        found = _from_enumerations(scope, analysis, original, year=year, review=_review_spans(chapters),
                                   speaker=speaker)
        result.focus_areas = found.focus_areas
        result.requirements = result.requirements or found.requirements
        result.warnings += found.warnings
    if not result.focus_areas and not result.requirements:
        if sections and all(s.kind in ("review", "appendix") for s in sections):
            result.warnings.append("未识别出重点领域：原文只有回顾部分（可能不完整），没有今后的工作部署")
        else:
            result.warnings.append("未识别出重点领域：没有找到编号条目（一是…、（一）…、第一…）、并列的“要…”句段或"
                                   "“抓好…等N项工作”式的列举")
    elif not result.focus_areas:
        result.warnings.append("未识别出重点领域：只找到对干部作风、认识等方面的要求")
    return result


_ITEM_MARKER = re.compile(r"[一二三四五六七八九十]+[是要]")


def _item_marked(section: Section, analysis: str) -> bool:
    """一要…/二是… on its own line is an item of a list, not a chapter: a plan read off such a heading would
    leave out its sibling items (一要咬定…收官2018年 beside 二要聚焦…开局2019年)."""
    return _ITEM_MARKER.fullmatch(analysis, section.start, section.title_start) is not None


def _review_spans(sections: list[Section]) -> list[tuple[int, int]]:
    """Review and appendix sections: their bodies, and their headings when the heading names a past year
    (一、2025年工作回顾); a speech's point 一、认真总结成绩… is itself an item."""
    spans = []
    for section in sections:
        if section.kind in ("review", "appendix"):
            dated = re.search(r"(?:19|20)\d{2}\s*年", section.title) or section.kind == "appendix"
            spans.append((section.start if dated else section.title_end, section.end))
    return spans


# -- the outline way ------------------------------------------------------------------------------------------------

def section_items(section: Section, analysis: str, original: str) -> list[FocusArea]:
    """The parallel numbered children of a section (the dominant numbering style), as focus areas."""
    children = [c for c in section.children if c.number is not None]
    if not children:
        return []
    areas = []
    for child in children:
        title, goal = split_heading(analysis[child.title_start:child.title_end])
        title_end = child.title_start + len(title)
        body_start = _skip_heading_end(analysis, child.title_end)
        area = FocusArea(
            title=original[child.title_start:title_end],
            goal=original[title_end + 1:child.title_end] if goal else "",
            start=child.start, end=trim_end(analysis, child.start, child.end),
            title_start=child.title_start, title_end=child.title_end,
        )
        area.tasks = split_clauses(analysis, body_start, area.end, original)
        areas.append(area)
    return areas


def opener_items(lines: list[Line], start: int, end: int, analysis: str, original: str) -> list[FocusArea]:
    """Paragraphs opening with a short sentence (加强党的全面领导。深刻领悟…) as parallel items."""
    items = []
    for line in lines:
        if line.kind != "content" or not (start <= line.start < end):
            continue
        first = line.text.split("。", 1)[0]
        if 4 <= len(first) <= 16 and "，" not in first and len(line.text) > len(first) + 10:
            title_end = line.start + len(first)
            area = FocusArea(title=original[line.start:title_end], goal="", start=line.start, end=line.end,
                             title_start=line.start, title_end=title_end)
            area.tasks = split_clauses(analysis, title_end + 1, line.end, original)
            items.append(area)
    return items if len(items) >= 2 else []


def _skip_heading_end(analysis: str, position: int) -> int:
    while position < len(analysis) and analysis[position] in "。；：！？ \n":
        position += 1
    return position


def _top_level_first(sections: list[Section]) -> Iterator[Section]:
    yield from sections
    for section in sections:
        for child in section.children:
            yield from child.walk()


# -- the enumeration way --------------------------------------------------------------------------------------------

@dataclass
class _Placed:
    area: FocusArea
    label: str


def _from_enumerations(lines: list[Line], analysis: str, original: str, *, year: int | None,
                       review: list[tuple[int, int]], speaker: str | None = None) -> Items:
    result = Items()
    placed: list[_Placed] = []
    text_end = max((line.end for line in lines if line.kind == "content"), default=0)  # page lines after it aside
    if analysis[:text_end].rstrip().endswith(("。", "！", "？", "…", "”", "」", "）")):
        text_end += 2  # the text ends where its last sentence does: nothing was cut off
    for enumeration in find_enumerations(lines, analysis):
        if speaker and _another_persons_list(_introducing_sentence(analysis, enumeration), speaker):
            continue  # 冯永红就…提三点希望：一是…: another leader's list, not the speaker's deployment
        placed += _read_list(enumeration, analysis, original, year=year, review=review, text_end=text_end,
                             warnings=result.warnings)
    placed.sort(key=lambda p: p.area.start)
    result.focus_areas = [p.area for p in placed if p.label == item_kinds.FOCUS]
    result.requirements = [p.area for p in placed if p.label == item_kinds.REQUIREMENT]
    return result


def _read_list(enumeration: Enumeration, analysis: str, original: str, *, year: int | None,
               review: list[tuple[int, int]], text_end: int, warnings: list[str]) -> list[_Placed]:
    """The items of one list worth keeping, labelled; requirement items hand on the lists nested in them."""
    intro = analysis[enumeration.intro[0]:enumeration.intro[1]]
    if any(a <= enumeration.start < b for a, b in review):
        return []
    headings = [analysis[i.heading_start + i.strip:i.heading_end] for i in enumeration.items]
    kind = item_kinds.list_kind(intro, headings, year=year, announced=enumeration.announced,
                                bodies=[analysis[item.heading_end:item.end] for item in enumeration.items])
    if kind == item_kinds.REVIEW and enumeration.family == "要":
        kind = item_kinds.PLAN  # 一要…二要… directs, whatever its items mention (一要坚定信心，充分认识…取得的成效)
    if kind != item_kinds.PLAN:
        return []
    truncated = enumeration.end >= text_end - 1
    announced = enumeration.announced
    if len(enumeration.items) == 1 and not ((enumeration.block or enumeration.family == "一、")
                                            and (announced or truncated)):
        return []  # one item is a list only when a count announced it or the text was cut after it
    if enumeration.family.startswith("opener:") and not enumeration.block and len(enumeration.items) == 2 \
            and not (announced or truncated or enumeration.family.startswith("opener:要")):
        return []  # 坚持X；坚持Y in a guiding paragraph is a way of speaking; 要X。要Y。 or 要X；要Y directs, even two
    leans = [item_kinds.lean(*_title_goal(analysis, item)) for item in enumeration.items]
    kind = announced[1] if announced else None
    label = item_kinds.list_label(leans, kind)
    firm = kind in ("工作", "任务", "重点") or enumeration.family == "series"
    if announced and announced[0] != len(enumeration.items) and kind not in ("部分", "考虑"):
        cut = "，原文可能不完整" if truncated else ""
        warnings.append(f"原文提出“{announced[0]}{'项' if kind != '要求' else '点'}{kind}”，只识别出 "
                        f"{len(enumeration.items)} 项{cut}")
    out: list[_Placed] = []
    for item, value in zip(enumeration.items, leans, strict=True):
        heading = analysis[item.heading_start + item.strip:item.heading_end]
        if item_kinds.is_review_item(heading) or (item.end >= text_end - 1 and _cut_short(heading)):
            continue
        item_label = item_kinds.item_label(value, label, firm=firm)
        introduces = item_label != item_kinds.FOCUS and bool(item.children) and _introduces(analysis, item)
        # a list on the lines below a heading is its detail; so are the 要-clauses under a headed point (一是要坚定
        # 信心，提振状态…。要保持昂扬士气…；要提高工作标准…), while a 聚焦-list under one names the work (二是突出重点
        # 抓落实，要聚焦项目建设，聚焦产业发展…)
        nested = [] if item_label == item_kinds.FOCUS else [
            placed for child in item.children if "\n" not in analysis[item.heading_start:child.start]
            and (introduces or not child.family.startswith("opener:要"))
            for placed in _read_list(child, analysis, original, year=year, review=review, text_end=text_end,
                                     warnings=warnings)]
        if nested and introduces:
            out += nested  # 二要…。明确方向，抓住重点：一是…: the item only introduces its list
            continue
        out.append(_Placed(_area(item, analysis, original, without_children=bool(nested)), item_label))
        out += nested
    return out


@cache
def _someone_lists() -> re.Pattern[str]:
    # 冯永红就做好…提三点希望：, 指导组组长盘伟群为一六镇开展好主题教育提出了具体的指导意见：,
    # 镇长某某在会议上提出“四要”：
    # 会上，龚波首先对…情况进行了通报，…要求…。一是…: the chair's report before the speaker's speech
    return re.compile(rf"^(?:(?:会上|会议上|随后)，)?(?:[^，。；：]{{0,40}}?{title_alternation()})?"
                      rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:同志)?(?:首先|还|随后)?"
                      r"(?:[就对为][^，。；]{1,40}?|在会(?:议)?上)?(?:提出?|强调|指出|要求|讲|(?:进行了)?通报)")


def _introducing_sentence(analysis: str, enumeration: Enumeration) -> str:
    """The list's intro; for a run of 要-sentences that opens a sentence, the sentence before it (廖才添要求，各班子要
    坚持团结…。要坚持A…。要坚持B…)."""
    start, end = enumeration.intro
    if start == end and enumeration.family == "opener:要 (sentences)":
        start = sentence_start(analysis, end - 1, floor=max(0, end - 120), marks="。！？\n")
    return analysis[start:end]


def _another_persons_list(intro: str, speaker: str) -> bool:
    """The sentence introducing a list opens with another person's name, or a post and a name (冯永红就做好…提三点
    希望：; 指导组组长盘伟群为…提出了具体的指导意见，一要…)."""
    match = _someone_lists().match(intro.strip())
    return bool(match) and match["name"] != speaker and speaker not in intro and is_person_name(match["name"])


def _cut_short(heading: str) -> bool:
    """The last item of a text cut off inside its title (把“千万工): too little left to name anything."""
    unbalanced = heading.count("“") != heading.count("”") or heading.count("《") != heading.count("》")
    return "，" not in heading and (len(heading) < 8 or unbalanced)


def _introduces(analysis: str, item: Item) -> bool:
    """Does the item hand over to its nested list with a colon (…确保完成任务。明确方向，抓住重点：一是…), right
    after its heading or in the sentence after it — not in a passage of its body far below?"""
    first_child = min(child.start for child in item.children)
    between = analysis[item.heading_end:first_child]
    return "：" in between and sum(between.count(mark) for mark in "。！？") <= 1


def _title_goal(analysis: str, item: Item) -> tuple[str, str]:
    return split_heading(analysis[item.heading_start + item.strip:_heading_stop(item)])



def _heading_stop(item: Item) -> int:
    """A heading ends before any list nested in the item (突出重点抓落实，要聚焦A，聚焦B… → 突出重点抓落实)."""
    if not item.children:
        return item.heading_end
    return min(item.heading_end, min(child.start for child in item.children))


def _area(item: Item, analysis: str, original: str, *, without_children: bool) -> FocusArea:
    start = item.heading_start + item.strip
    stop = _heading_stop(item) if without_children else item.heading_end
    trailing = "，、：；要 " if without_children else "，、：； "  # 突出重点抓落实，要｜聚焦A…: the 要 opens the list
    while stop > start and analysis[stop - 1] in trailing:
        stop -= 1
    title, goal = split_heading(analysis[start:stop])
    title_end = start + len(title)
    area = FocusArea(title=original[start:title_end], goal=original[title_end + 1:stop] if goal else "",
                     start=item.start, end=item.end, title_start=start, title_end=stop)
    body_start = _skip_heading_end(analysis, item.heading_end)
    spans = _body_spans(item, body_start) if without_children else [(body_start, item.end)]
    area.tasks = [task for a, b in spans for task in split_clauses(analysis, a, b, original)]
    if not area.tasks and stop > start:  # 着力扩大有效需求，千方百计推动经济回升向好；…: the item is its own task
        area.tasks = [Task(text=original[start:stop], start=start, end=stop)]
    return area


def _body_spans(item: Item, body_start: int) -> list[tuple[int, int]]:
    """The item's body without the lists nested in it (their items are items of their own or the body's tasks)."""
    spans, position = [], body_start
    for child in sorted(item.children, key=lambda c: c.start):
        if child.start > position:
            spans.append((position, child.start))
        position = max(position, child.end)
    if position < item.end:
        spans.append((position, item.end))
    return [(a, b) for a, b in spans if b > a]

