"""Focus areas, requirements and their clause-level tasks."""

from __future__ import annotations

import re

from policylens.lines import Line
from policylens.model import FocusArea, Section, Task

_CLAUSE_END = "，。；！？：\n"
_OPENERS = {"“": "”", "《": "》", "（": "）", "「": "」", "『": "』", "【": "】", "‘": "’"}
_LEADING_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要、]|第[一二三四五六七八九十]+[，、]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、](?!\d)|[-—•·]+)\s*"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 要X，Y。 opening a paragraph, after an optional 某某强调/指出
_DIRECTIVE = re.compile(
    r"^(?:[^，。；！？\n]{0,20}?(?:强调|指出|要求|提出|表示)[，：]?)?要(?P<title>[^，。；：！？“”]{2,20})，"
    r"(?P<goal>[^，。；：！？]{2,24})。"
)


def split_clauses(analysis: str, start: int, end: int, original: str) -> list[Task]:
    """Clauses of ``analysis[start:end]`` split at ，。；！？： (either width), never inside quotes or brackets."""
    blocked = bytearray(max(0, end - start))
    for a, b in _protected_spans(analysis, start, end):
        blocked[a - start + 1:b - start] = b"\x01" * (b - a - 1)
    tasks: list[Task] = []
    clause_start = start
    for position in range(start, end + 1):
        if position < end and (analysis[position] not in _CLAUSE_END or blocked[position - start]):
            continue
        task = _clause(analysis, clause_start, position, original)
        if task is not None:
            tasks.append(task)
        clause_start = position + 1
    return tasks


def _protected_spans(analysis: str, start: int, end: int, *, reach: int = 80) -> list[tuple[int, int]]:
    """Quoted or bracketed spans closed within ``reach`` characters on the same line."""
    spans = []
    position = start
    while position < end:
        closer = _OPENERS.get(analysis[position])
        if closer:
            limit = min(end, position + reach)
            newline = analysis.find("\n", position, limit)
            close = analysis.find(closer, position + 1, newline if newline >= 0 else limit)
            if close >= 0:
                spans.append((position, close))
                position = close + 1
                continue
        position += 1
    return spans


def _clause(analysis: str, start: int, end: int, original: str) -> Task | None:
    while start < end and analysis[start] in " \t":
        start += 1
    while end > start and analysis[end - 1] in " \t":
        end -= 1
    if marker := _LEADING_MARKER.match(analysis[start:end]):
        start += marker.end()
    if end - start < 2 or len(_HAN.findall(analysis[start:end])) < 2:
        return None
    return Task(text=original[start:end], start=start, end=end)


def split_heading(heading: str) -> tuple[str, str]:
    """Title is the heading's first clause, goal the rest: 坚持X，加快Y -> (坚持X, 加快Y)."""
    depth = 0
    for index, char in enumerate(heading):
        if char in _OPENERS:
            depth += 1
        elif char in _OPENERS.values():
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
