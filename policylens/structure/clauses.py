"""Clause-level tasks: a body split at clause punctuation, never inside quotes or brackets."""

from __future__ import annotations

import re

from policylens.model import Task

_CLAUSE_END = "，。；！？：\n"
OPENERS = {"“": "”", "《": "》", "（": "）", "「": "」", "『": "』", "【": "】", "‘": "’"}
_LEADING_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要、]|第[一二三四五六七八九十]+[，、]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、](?!\d)|[-—•·]+)\s*"
)
_TWO_HAN = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")  # at least two Chinese characters
_QUOTE_INTRO = re.compile(r"(?:指出|强调|表示|认为|说|讲)$")  # xx在江苏考察时曾指出：…: introduces a quote
# a salutation, a topic label (铁路方面：), a discourse phrase of a speech, a bare figure (增长55%): no task
_NOT_A_TASK = re.compile(
    r"(?:各位代表|各位委员|同志们|[\u4e00-\u9fff]{1,6}方面|众所周知|应该说|概括起来|总的来看|总的来说|之所以这样说|"
    r"当前|目前|去年|今年|同时|此外|其中|一方面|另一方面|(?:同比)?(?:增长|下降|提高)?[\d.]+[%％]?)$"
)
_CREDIT = re.compile(r"^[（(][\u4e00-\u9fff]{2,4}[）)]?$")  # (范梦民), (李洪: a writer's credit, cut or whole


def split_clauses(analysis: str, start: int, end: int, original: str) -> list[Task]:
    """Clauses of ``analysis[start:end]`` split at ，。；！？： (either width), never inside quotes or brackets."""
    spans = _protected_spans(analysis, start, end)
    tasks: list[Task] = []
    clause_start = start
    inside = 0  # the first protected span that does not end before the mark looked at
    for mark in _CLAUSE_MARK.finditer(analysis, start, end):
        position = mark.start()
        while inside < len(spans) and spans[inside][1] <= position:
            inside += 1
        if inside < len(spans) and spans[inside][0] < position:
            continue  # inside quotes or brackets
        if (task := _clause(analysis, clause_start, position, original)) is not None:
            tasks.append(task)
        clause_start = position + 1
    if (task := _clause(analysis, clause_start, end, original)) is not None:
        tasks.append(task)
    return tasks


_CLAUSE_MARK = re.compile(f"[{_CLAUSE_END}]")
_OPENER = re.compile(f"[{''.join(OPENERS)}]")


def _protected_spans(analysis: str, start: int, end: int, *, reach: int = 80) -> list[tuple[int, int]]:
    """Quoted or bracketed spans closed within ``reach`` characters on the same line (opener, closer)."""
    spans = []
    position = start
    for opener in _OPENER.finditer(analysis, start, end):
        at = opener.start()
        if at < position:
            continue  # inside the span just found
        limit = min(end, at + reach)
        newline = analysis.find("\n", at, limit)
        close = analysis.find(OPENERS[opener.group()], at + 1, newline if newline >= 0 else limit)
        if close >= 0:
            spans.append((at, close))
            position = close + 1
    return spans


def _clause(analysis: str, start: int, end: int, original: str) -> Task | None:
    while start < end and analysis[start] in " \t":
        start += 1
    while end > start and analysis[end - 1] in " \t":
        end -= 1
    if marker := _LEADING_MARKER.match(analysis[start:end]):
        start += marker.end()
    text = analysis[start:end]
    if end - start < 2 or not _TWO_HAN.search(text) or _CREDIT.match(text) or _NOT_A_TASK.match(text):
        return None
    if analysis[end:end + 1] == "：" and _QUOTE_INTRO.search(analysis[start:end]):
        return None
    return Task(text=original[start:end], start=start, end=end)
