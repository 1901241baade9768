"""Parallel items (focus areas and requirements): numbered children of the plan, 要X，Y runs, short openers."""

from __future__ import annotations

import re

from policylens.model import FocusArea, Section
from policylens.structure.clauses import OPENERS, split_clauses
from policylens.structure.lines import Line

# 要X，Y。 opening a paragraph, after an optional 某某强调/指出
_DIRECTIVE = re.compile(
    r"^(?:[^，。；！？\n]{0,20}?(?:强调|指出|要求|提出|表示)[，：]?)?要(?P<title>[^，。；：！？“”]{2,20})，"
    r"(?P<goal>[^，。；：！？]{2,24})。"
)


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
            start=child.start, end=_trim_end(analysis, child.start, child.end),
            title_start=child.title_start, title_end=child.title_end,
        )
        area.tasks = [t for t in split_clauses(analysis, body_start, area.end, original)]
        areas.append(area)
    return areas


def _skip_heading_end(analysis: str, position: int) -> int:
    while position < len(analysis) and analysis[position] in "。；：！？ \n":
        position += 1
    return position


def _trim_end(analysis: str, start: int, end: int) -> int:
    while end > start and analysis[end - 1] in " \n\t":
        end -= 1
    return end


def directive_runs(lines: list[Line], analysis: str, original: str) -> list[list[FocusArea]]:
    """Runs of parallel directive paragraphs (要聚焦X，Y。…), each run a list of items.

    Image captions between the paragraphs do not break a run; any other paragraph does.
    """
    runs: list[list[FocusArea]] = []
    current: list[FocusArea] = []
    for line in lines:
        if line.kind in ("caption", "noise", "published", "source"):
            continue
        match = _DIRECTIVE.match(line.text)
        if match:
            title_start = line.start + match.start("title")
            goal_end = line.start + match.end("goal")
            area = FocusArea(
                title=original[title_start:line.start + match.end("title")],
                goal=original[line.start + match.start("goal"):goal_end],
                start=line.start, end=line.end, title_start=title_start, title_end=goal_end,
            )
            area.tasks = split_clauses(analysis, goal_end + 1, line.end, original)
            current.append(area)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = []
    if len(current) >= 2:
        runs.append(current)
    return [_strip_shared_verb(run, analysis) for run in runs]


def _strip_shared_verb(run: list[FocusArea], analysis: str) -> list[FocusArea]:
    """要聚焦A，… 要聚焦B，…: the shared lead verb (聚焦) is the run's marker, not part of each title."""
    titles = [analysis[a.title_start:a.title_start + len(a.title)] for a in run]
    prefix = _common_prefix(titles)
    if len(prefix) < 2 or any(len(t) - len(prefix) < 2 for t in titles):
        return run
    for area in run:
        area.title = area.title[len(prefix):]
        area.title_start += len(prefix)
    return run


def _common_prefix(words: list[str]) -> str:
    if not words:
        return ""
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


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


def find_items(sections: list[Section], lines: list[Line], analysis: str,
               original: str) -> tuple[list[FocusArea], list[FocusArea]]:
    """Focus areas (the plan's parallel items) and requirements (the requirement sections' items, or later runs)."""
    plan = next((s for s in _top_level_first(sections) if s.kind == "plan"), None)
    focus_areas: list[FocusArea] = section_items(plan, analysis, original) if plan else []
    requirements: list[FocusArea] = []
    for section in sections:
        if section.kind == "requirements":
            requirements += section_items(section, analysis, original) or opener_items(
                lines, section.start, section.end, analysis, original)
    if not focus_areas:
        scope = [ln for ln in lines if plan is None or plan.start <= ln.start < plan.end]
        runs = directive_runs(scope, analysis, original)
        if runs:
            focus_areas = runs[0]
            if not requirements:
                requirements = [area for run in runs[1:] for area in run]
    return focus_areas, requirements


def _top_level_first(sections: list[Section]):
    yield from sections
    for section in sections:
        for child in section.children:
            yield from child.walk()
