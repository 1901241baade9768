"""Who delivered the report or the speech: a name line in the header, or the person a news lead quotes."""

from __future__ import annotations

import re
from functools import cache

from policylens.resources import official_titles, surnames
from policylens.structure.lines import Line

TITLE_WORDS = re.compile(r"报告|讲话|会议|纲要|意见|规划|决定|通知|总结|方案|公报|致辞|发言")
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){1,7}$")
_SPEECH_VERBS = (r"出席会议并讲话|出席会议并作讲话|出席并讲话|作重要讲话|发表讲话|讲话|作[^，。]{0,12}报告"
                 r"|代表[^，。]{0,12}作|出席|主持")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(title + name line, title-only line, title + name + speech verb in a sentence), from the titles list."""
    suffix = "(?:" + "|".join(map(re.escape, official_titles())) + ")"
    header = re.compile(
        rf"^(?P<titles>[^\s，。；]{{0,30}}?{suffix})[ ]+(?P<name>[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){{1,7}})$")
    title_only = re.compile(rf"^[^\s，。；]{{0,30}}{suffix}$")
    sentence = re.compile(rf"(?P<titles>[^，。；！？\n]{{0,60}}?{suffix})(?P<name>[\u4e00-\u9fff·]{{2,6}}?)(?:同志)?"
                          rf"(?P<verb>{_SPEECH_VERBS})")
    return header, title_only, sentence


def clean_name(name: str) -> str:
    """A name without typographic spaces, one kind of middle dot: 龚 正 → 龚正, 艾尔肯•吐尼亚孜 → 艾尔肯·吐尼亚孜."""
    return re.sub(r"\s+", "", name).replace("•", "·")


def looks_like_name(name: str) -> bool:
    single, compound = surnames()
    name = clean_name(name)
    if "·" in name:
        return 3 <= len(name) <= 16
    if not 2 <= len(name) <= 4:
        return False
    if name[:2] in compound:
        return True
    return name[0] in single and len(name) <= 3


def title_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The titles in a run such as 市委副书记、区长: each title's span, ``offset`` added."""
    spans = []
    for match in re.finditer(r"[^、，,]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().find(stripped)
            spans.append((offset + start, offset + start + len(stripped)))
    return spans


def find_speaker(header: list[Line], lead: Line | None, original: str) -> tuple[str | None, list[str]]:
    """The speaker's name (as in ``original``, spaces removed) and titles, from the header lines or the lead."""
    header_pattern, title_only, sentence = _patterns()
    for index, line in enumerate(header):
        if match := header_pattern.match(line.text):
            name = clean_name(original[line.start + match.start("name"):line.start + match.end("name")])
            if looks_like_name(match["name"]):
                return name, _titles(original, title_spans(match["titles"], line.start))
        if title_only.match(line.text) and index + 1 < len(header):
            following = header[index + 1]
            if _NAME_ONLY.match(following.text) and looks_like_name(following.text):
                return (clean_name(original[following.start:following.end]),
                        _titles(original, title_spans(line.text, line.start)))
    for line in header:
        if _NAME_ONLY.match(line.text) and looks_like_name(line.text) and not TITLE_WORDS.search(line.text):
            return clean_name(original[line.start:line.end]), []
    if lead is None:
        return None, []
    candidates = []
    for match in sentence.finditer(lead.text):
        if looks_like_name(match["name"]):
            rank = 1 if match["verb"] in ("出席", "主持") else 0
            name = clean_name(original[lead.start + match.start("name"):lead.start + match.end("name")])
            titles = _titles(original, title_spans(match["titles"], lead.start + match.start("titles")))
            candidates.append((rank, match.start(), name, titles))
    if candidates:
        _, _, name, titles = min(candidates)
        return name, titles
    return None, []


def _titles(original: str, spans: list[tuple[int, int]]) -> list[str]:
    return [original[a:b] for a, b in spans]

