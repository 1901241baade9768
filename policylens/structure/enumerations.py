"""Parallel items in whatever form they take: numbered (一是…二是, 第一…, （一）, 1., ①, ●), repeated openers
(要聚焦X，Y。…; 着力X；着力Y；…; 聚焦A，聚焦B，…), or a 、-series with its count (抓好A、B和C等三项工作).

A detector finds *enumerations* — runs of sibling items — over the body lines, each item with the span of its
marker, its heading (first sentence) and its body. What the items are about (plan or review, focus area or
requirement) is decided elsewhere (``item_kinds``); here only the shape is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from policylens.io.normalize import GLOSS, GlossFree, without_glosses
from policylens.structure.lines import Line
from policylens.structure.numerals import to_int

_CN = "一二三四五六七八九十"
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 99}
_BOUNDARY = "，。；：！？\n"
# a time (下半年一是…) or the body addressed (全镇上下一要…, 各级各部门一要…) between a clause boundary and a marker
_LEAD_IN = re.compile(r"(?:^|[，。；：\s])(?:下半年|今年|明年|下一步|今后|当前|接下来|为此|具体讲|具体来说"
                      r"|全[省市县区镇乡]上下|各级各部门|大家|我们)$")
_LEAD_IN_REACH = 6  # the longest of those words and the mark before it: searched no further back (a line may be long)
_SENTENCE_END = "。！？；"


@dataclass(frozen=True)
class MarkerFamily:
    """A numbering style: ``pattern`` matches the marker, ``block`` when it only counts at a line's start."""

    name: str
    pattern: re.Pattern[str]
    block: bool = False


FAMILIES: tuple[MarkerFamily, ...] = (
    MarkerFamily("是", re.compile(rf"(?P<num>[{_CN}]{{1,3}})是(?=[^，。；：是的])")),
    MarkerFamily("要", re.compile(rf"(?P<num>[{_CN}]{{1,3}})要(?=[^，。；：要])")),
    MarkerFamily("第", re.compile(rf"(?:第(?P<num>[{_CN}]{{1,3}})|(?P<first>首先|其次))(?:[，、：]|(?=[是要]))")),
    MarkerFamily("（一）", re.compile(rf"[（(](?P<num>[{_CN}]{{1,3}})[）)]")),
    MarkerFamily("一、", re.compile(rf"(?P<num>[{_CN}]{{1,3}})、(?=[^{_CN}、])")),
    MarkerFamily("1.", re.compile(r"(?P<num>\d{1,2})[.、．。](?!\d)"), block=True),
    MarkerFamily("(1)", re.compile(r"[（(](?P<num>\d{1,2})[）)]")),
    MarkerFamily("①", re.compile("(?P<num>[" + "".join(_CIRCLED) + "])")),
    MarkerFamily("首先", re.compile(r"(?P<num>首先|其次|再次|然后|最后)(?:[，、：]|(?=要|是|就|在|把|对))")),
    MarkerFamily("●", re.compile(r"(?P<num>[●■◆▲•◎○□★☆►▶])\s*"), block=True),
)
# openers of unnumbered parallel items; the part in ``strip`` is the list's marker, not the item's heading
_OPENER = re.compile(
    r"(?P<lead>(?:还|并|同时，?|此外，?)?要)?(?P<strip>(?:全力|始终|进一步|持续|重点)?聚焦)?"
    r"(?P<word>着力|坚持|聚力|聚焦|围绕|突出|抓好|狠抓|坚定|锚定|始终锚定|把|以|强化|加强|加快|推动|推进|深化|做好|打好)?"
)
_SERIES = re.compile(
    r"(?:抓好|做好|推进|落实|抓实|开展|完成)(?P<items>[^，。；：]{4,200}?)(?:等)?"
    r"(?P<n>[一二三四五六七八九十两百\d]{1,3})(?:项|个方面|方面|件|大)(?:重点|重要|主要)?(?:工作|任务|事项|攻坚)"
)
# 并对A、B、C等重点工作进行了再安排再部署: the items a meeting deployed, named without a count
_DEPLOYED_SERIES = re.compile(
    r"(?:对|就)(?P<items>[^，。；：]{4,200}?)等(?:重点|重要|各项)*(?:工作|任务)"
    r"(?:进行了?|作出了?|做出了?|作了)(?:再|全面|具体|专题)?(?:安排|部署)"
)
ANNOUNCED = re.compile(
    r"(?:以下|下面|如下|这)?(?P<n>[一二三四五六七八九十两\d]{1,3})(?P<unit>个方面|方面|项|点|条|大|个|件)(?:的)?"
    r"(?:重点|主要|重要|具体)?(?P<kind>工作|任务|要求|意见|问题|举措|主线|定力|措施|部署|考虑|部分|重点)"
)


@dataclass
class Item:
    start: int  # the marker (or opener) start, analysis offsets
    heading_start: int  # after the marker: where the item's own words begin
    heading_end: int  # end of the heading sentence (title and goal)
    end: int  # end of the item's body
    ordinal: int | None = None
    strip: int = 0  # characters of a list-wide opener (聚焦) at heading_start that are not the item's heading
    children: list[Enumeration] = field(default_factory=list)


@dataclass
class Enumeration:
    family: str
    items: list[Item]
    block: bool  # items open lines (True) or sit inside a paragraph (False)
    intro: tuple[int, int]  # the text just before the first item: what introduces the list
    announced: tuple[int, str] | None = None  # (count, kind word) announced before the list
    parent: Item | None = None

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


@dataclass(frozen=True)
class _Hit:
    family: str
    ordinal: int
    start: int
    marker_end: int
    line: int  # index into the body lines
    at_line_start: bool
    after_sentence: bool = False  # 一、 right after a full stop inside a line (a speech's point run into its text)
    borrowed: bool = False  # a marker of another family that may continue this family's list (三是要 after 二要)
    after_colon: bool = False  # right after a colon inside a line (三点要求：一是…)


def find_enumerations(lines: list[Line], analysis: str) -> list[Enumeration]:
    """Every enumeration in the body ``lines`` (content lines only), outermost first, children attached.

    A text with pinyin glosses (推進(jìn), 項(xiàng)目) is read with the glosses' stand-ins taken out — the markers,
    openers and counts are words — and the lists found are placed back on the text as written."""
    if GLOSS in analysis:
        return _through_glosses(lines, analysis)
    body = [line for line in lines if line.kind == "content"]
    found = _numbered(body, analysis) + _openers(body, analysis) + _paragraph_openers(body, analysis)
    found += _series(body, analysis) + _counted_bare(body, analysis)
    found = [e for e in found if e.items]
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    return _nest(_drop_overlaps(found))


def _through_glosses(lines: list[Line], analysis: str) -> list[Enumeration]:
    plain = GlossFree.of(analysis)
    found = find_enumerations([plain.plain_span(line) for line in lines], plain.text)
    moved: set[int] = set()

    def move(enumeration: Enumeration) -> None:
        enumeration.intro = (plain.start(enumeration.intro[0]), plain.end(enumeration.intro[1]))
        for item in enumeration.items:
            if id(item) in moved:
                continue
            moved.add(id(item))
            heading_start = plain.start(item.heading_start)
            item.strip = plain.start(item.heading_start + item.strip) - heading_start if item.strip else 0
            item.start, item.heading_start = plain.start(item.start), heading_start
            item.heading_end, item.end = plain.end(item.heading_end), plain.end(item.end)
            for child in item.children:
                move(child)

    for enumeration in found:
        move(enumeration)
    return found


# -- numbered items ---------------------------------------------------------------------------------------------

def _hits(body: list[Line], analysis: str) -> Iterator[_Hit]:
    for index, line in enumerate(body):
        text = line.text
        for family in FAMILIES:
            for match in family.pattern.finditer(text):
                at_start = match.start() == 0
                if family.block and not at_start:
                    continue
                if not at_start and text[match.start() - 1] not in _BOUNDARY + " \u3000" \
                        and not _LEAD_IN.search(text, max(0, match.start() - _LEAD_IN_REACH), match.start()):
                    continue  # a marker opens a line or follows a clause boundary (or 下半年, 全县上下 after one)
                ordinal = _ordinal(match["num"] or match["first"])
                if ordinal is None:
                    continue
                after_sentence = family.name == "一、" and not at_start and _follows_sentence_end(text, match.start())
                yield _Hit(family.name, ordinal, line.start + match.start(), line.start + match.end(), index, at_start,
                           after_sentence, after_colon=not at_start and text[match.start() - 1] == "：")


def _follows_sentence_end(text: str, position: int) -> bool:
    """Does a full stop (spaces aside) stand right before ``position``? Read backwards: a line may be long."""
    position -= 1
    while position >= 0 and text[position] in " \u3000":
        position -= 1
    return position >= 0 and text[position] in "。！？"


def _ordinal(numeral: str) -> int | None:
    if numeral in _CIRCLED:
        return _CIRCLED[numeral]
    if numeral in _ORDER_WORDS:
        return _ORDER_WORDS[numeral]
    if numeral in "●■◆▲•◎○□★☆►▶":
        return 0  # bullets: numbered by position
    return to_int(numeral)


def _numbered(body: list[Line], analysis: str) -> list[Enumeration]:
    by_family: dict[str, list[_Hit]] = {}
    for hit in _hits(body, analysis):
        by_family.setdefault(hit.family, []).append(hit)
    # 一要…二要…三是要…: an item marked 是要 goes on a list marked 要 (it never starts one)
    borrowed = [replace(hit, family="要", marker_end=hit.marker_end + 1, borrowed=True)
                for hit in by_family.get("是", ()) if analysis.startswith("要", hit.marker_end)]
    if borrowed and "要" in by_family:
        by_family["要"] = by_family["要"] + borrowed
    out = []
    for family, hits in by_family.items():
        hits.sort(key=lambda h: h.start)
        runs = _bullet_runs(hits) if family == "●" else _ordinal_runs(hits, family)
        for run in runs:
            block = all(h.at_line_start for h in run)
            if family in ("首先", "第") and not block and len(run) < 3 and all(
                    analysis.startswith(("首先", "其次"), hit.start) for hit in run):
                continue  # 首先…其次 inside a sentence is a manner of speaking unless it runs on
            # …三是Z。同时，某某强调：一是…: a list of the same kind begun later in the paragraph
            following = min((other[0].start for other in runs
                             if other[0].line == run[-1].line and other[0].start > run[-1].start), default=None)
            out.append(_enumeration(family, run, body, analysis, block=block, following=following))
    return out


def _ordinal_runs(hits: list[_Hit], family: str) -> list[list[_Hit]]:
    """Chains 1, 2, 3… in text order; a chain may also start at 2 when a bare 一 opened it (一招商工作要…二要…)."""
    runs: list[list[_Hit]] = []
    open_runs: list[list[_Hit]] = []
    for hit in hits:
        extended = False
        for run in reversed(open_runs):
            last = run[-1]
            # 三点要求：一是…\n二是…\n三是…: the first item run into the line that announces the list
            aligned = hit.at_line_start == last.at_line_start or (len(run) == 1 and last.after_colon
                                                                   and hit.at_line_start)
            if (hit.ordinal == last.ordinal + 1 or (family == "首先" and last.ordinal < hit.ordinal)) and aligned:
                run.append(hit)
                extended = True
                break
        if not extended and not hit.borrowed and (hit.ordinal == 1 or (hit.ordinal == 2 and family in ("是", "要"))):
            run = [hit]  # a run from 2 stands only if a bare 一 is found before it (``_with_broken_first``)
            open_runs.append(run)
            runs.append(run)
    return [run for run in runs if len(run) >= 2 or run[0].at_line_start or run[0].after_sentence]


def _bullet_runs(hits: list[_Hit]) -> list[list[_Hit]]:
    """Bullets on consecutive body lines (other lines may sit between items as their bodies)."""
    runs: list[list[_Hit]] = []
    for hit in hits:
        if runs and runs[-1][-1].line + 3 >= hit.line:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    for run in runs:
        for number, hit in enumerate(run, 1):
            run[run.index(hit)] = _Hit(hit.family, number, hit.start, hit.marker_end, hit.line, hit.at_line_start)
    return [run for run in runs if len(run) >= 2]


def _enumeration(family: str, run: list[_Hit], body: list[Line], analysis: str, *, block: bool,
                 following: int | None = None) -> Enumeration:
    """``following``: where another list of the same kind begins later in the last item's paragraph; the last item
    ends with the sentence before the one that introduces it."""
    items = []
    for number, hit in enumerate(run):
        if number + 1 < len(run):
            end = run[number + 1].start
        elif block:
            end = _block_end(body, hit, analysis)
        else:
            end = body[hit.line].end
            if following is not None and (stop := analysis.rfind("。", hit.marker_end, following)) >= 0:
                end = stop + 1
        end = trim_end(analysis, hit.marker_end, end)
        heading_start = _skip_space(analysis, hit.marker_end, end)
        heading_start, strip = _after_yao(analysis, heading_start, end)
        items.append(Item(hit.start, heading_start, _heading_end(analysis, heading_start, end), end, hit.ordinal,
                          strip=strip))
    items = _with_broken_first(items, run, body, analysis, family)
    intro = _intro(body, run[0], analysis)
    if items[0].ordinal != 1:
        items = []  # a run that starts at 2 without its first item is not a list
    elif items[0].start < run[0].start:
        intro = (intro[0], items[0].start)
    return Enumeration(family, items, block, intro, announced(analysis[intro[0]:intro[1]]))


def _after_yao(analysis: str, start: int, end: int) -> tuple[int, int]:
    """第一，要加快X / 一是要聚焦Y: the 要 after a marker is not the heading's (and 聚焦 only marks its object)."""
    if analysis.startswith("要", start) and not analysis.startswith(("要求", "要素", "要点", "要件"), start):
        start += 1
    strip = 2 if analysis.startswith("聚焦", start) and end - start > 4 else 0
    return start, strip


def _with_broken_first(items: list[Item], run: list[_Hit], body: list[Line], analysis: str, family: str) -> list[Item]:
    """一招商工作要…；二要…: the first marker lost its 要; a bare 一 at a clause boundary before 二要 opens the list."""
    if family not in ("是", "要") or items[0].ordinal != 2:
        return items
    line = body[run[0].line]
    before = analysis[line.start:run[0].start]
    for match in re.finditer(r"(?<=[，。；：\s])一(?=[^一-龥]?[\u4e00-\u9fff])", before):
        start = line.start + match.start()
        heading_start = start + 1
        end = trim_end(analysis, heading_start, run[0].start)
        first = Item(start, heading_start, _heading_end(analysis, heading_start, end), end, 1)
        return [first, *items]
    return items


def _block_end(body: list[Line], hit: _Hit, analysis: str) -> int:
    """The last item of a block list runs until the next line that starts another list or a heading, or the end."""
    end = body[hit.line].end
    for line in body[hit.line + 1:]:
        if _starts_list_or_heading(line.text):
            break
        end = line.end
    return end


def _starts_list_or_heading(text: str) -> bool:
    return bool(re.match(rf"^(?:[{_CN}]+[、是要]|[（(][{_CN}\d]{{1,3}}[）)]|第[{_CN}]+[，、：]|\d{{1,2}}[.、．](?!\d)|"
                         r"[●■◆▲•◎○□★☆►▶])", text)) or (len(text) <= 24 and not text.endswith(tuple(_SENTENCE_END)))


def _intro(body: list[Line], hit: _Hit, analysis: str) -> tuple[int, int]:
    """The words before the first item on its line, or the previous line when the item opens its line."""
    line = body[hit.line]
    if hit.start > line.start:
        stop = hit.start
        # 下面，我讲六个问题。一、…; 体现出了这样几个特点。一是…: the sentence before introduces the list
        if hit.after_sentence or _follows_sentence_end(line.text, hit.start - line.start):
            stop = max(analysis.rfind(mark, line.start, hit.start) for mark in "。！？")
        return max(sentence_start(analysis, stop, floor=line.start), hit.start - 120), hit.start
    previous = body[hit.line - 1] if hit.line > 0 else None
    return (max(previous.start, previous.end - 120), previous.end) if previous else (hit.start, hit.start)


def announced(text: str) -> tuple[int, str] | None:
    """The count a text announces for the list that follows (五方面工作, 三点意见, 以下8个方面): (n, kind)."""
    matches = list(ANNOUNCED.finditer(without_glosses(text)))
    if not matches:
        return None
    match = matches[-1]
    number = to_int(match["n"].replace("两", "二"))
    return (number, match["kind"]) if number else None


# -- repeated openers -----------------------------------------------------------------------------------------------

def _openers(body: list[Line], analysis: str) -> list[Enumeration]:
    """Inside one paragraph: segments split at ；(or 。 for 要-sentences, or ， for 聚焦) opening alike."""
    out = []
    for line in body:
        found = [run for separator in ("；", "。", "，") for run in _opener_runs(line, analysis, separator)]
        if "；" in analysis[line.start:line.end]:
            starts = {item.start for run in found for item in run.items}
            found += [run for run in _opener_runs(line, analysis, _ACROSS_SENTENCES)
                      if not any(abs(item.start - start) <= 3 for item in run.items for start in starts)]
        out += found
    return out


# 强调：要A，B。C；要D，E。F；要G…: 要-items split by ；, each of more than one sentence (the mark the runs split at)
_ACROSS_SENTENCES = "；。"


def _segments(line: Line, separator: str, analysis: str) -> list[tuple[int, int]]:
    """Spans of the line split at ``separator`` outside quotes and brackets, each without leading spaces (split at
    ；only, sentences and all, for ``_ACROSS_SENTENCES``)."""
    spans = []
    depth = 0
    start = line.start
    for position in range(line.start, line.end):
        char = analysis[position]
        if char in "“《（「『【":
            depth += 1
        elif char in "”》）」』】":
            depth = max(0, depth - 1)
        elif depth == 0 and (char == separator or (separator == _ACROSS_SENTENCES and char == "；")):
            spans.append((start, position))
            start = position + 1
        elif separator == "；" and char == "。" and depth == 0:
            spans.append((start, position))  # a sentence end closes a ；-run too
            start = position + 1
            spans.append((-1, -1))
    spans.append((start, line.end))
    return [(_skip_space(analysis, a, b), b) if a >= 0 else (a, b) for a, b in spans]


def _opener_key(text: str, separator: str) -> tuple[str, int, int] | None:
    """(opener, characters to skip to the heading, characters of list-wide marker to strip) of a segment."""
    match = _OPENER.match(text)
    if match is None:
        return None
    lead, strip, word = match["lead"] or "", match["strip"] or "", match["word"] or ""
    if separator == "，":
        return ("聚焦", len(lead), len(strip)) if strip else None  # comma runs only for 聚焦A，聚焦B
    if separator == "。":
        return ("要", len(lead), len(strip)) if lead else None  # 要X。要Y。
    if strip:
        return "聚焦", len(lead), len(strip)
    if lead:
        return "要", len(lead), 0  # 要加快X；要扩大Y；要严明Z: the 要 is what they share
    if word:
        return word, 0, 0
    if separator == "；" and _ACTOR_YAO.match(text):
        return "要", 0, 0  # …；各部门之间要加强沟通；要…: who is to do it, then 要 (the heading keeps the actor)
    if separator == "；" and _IN_FIELD.match(text):
        return "在", 0, 0  # 在思想认识上再提升，…；在防汛救灾上再抓紧，…: the field each item works in
    return None


# 在产业带动上再用劲，…: a field of work, then 上 and what to do in it, as the short first clause of an item
_IN_FIELD = re.compile(r"在[\u4e00-\u9fff]{2,8}上[\u4e00-\u9fff]{1,6}(?=，|$)")
# the actors a ；-list of 要-items may name before its 要 (各部门之间要, 全县上下要, 分管领导要, 县政府要)
_ACTOR = (r"(?:(?:[\u4e00-\u9fff]{1,4}[省市县区镇乡])?各[\u4e00-\u9fff]{1,5}?"  # (清流县)各级各部门
          r"|[\u4e00-\u9fff]{0,4}(?:上下|部门|单位|乡镇|干部|领导|班子|成员|政府|常委会|代表))")
# 各县区、各部门、各单位要; 各单位汇报材料要 (what of theirs the item is about)
_ACTOR_YAO = re.compile(rf"(?:{_ACTOR}、)*{_ACTOR}(?:[\u4e00-\u9fff]{{2,4}}?)?要(?![求素点件])")


def _opener_runs(line: Line, analysis: str, separator: str) -> list[Enumeration]:
    if separator == _ACROSS_SENTENCES:
        return _across_sentences_runs(line, analysis)
    segments = _segments(line, separator, analysis)
    keys = [_opener_key(analysis[start:end], separator) if start >= 0 and end - start >= 3 else None
            for start, end in segments]
    runs: list[list[tuple[int, int, str, int, int]]] = []
    current: list[tuple[int, int, str, int, int]] = []
    for index, (start, end) in enumerate(segments):
        key = keys[index]
        if key and current and (key[0] == current[-1][2] or (key[1] and current[-1][3] and separator == "；")):
            current.append((start, end, *key))
            continue
        if key is None and current and separator == "。" and _body_goes_on(analysis, start, keys[index + 1:]):
            continue  # 要A，…。充分利用…。要B: a sentence without 要 goes on with the item before it
        if current:
            runs.append(current)
        current = [(start, end, *key)] if key else []
    if current:
        runs.append(current)
    if separator == "；":
        runs += _mixed_opener_runs(segments, keys, analysis)
    out = []
    minimum = 3 if separator == "，" else 2
    for run in runs:
        if len({entry[2] for entry in run}) > 1:  # 要X；要聚焦Y；要Z: what the items share is their 要
            run = [(start, end, "要", lead, strip) for start, end, _, lead, strip in run]
        run = _with_opener_inside_first(run, segments, analysis, separator)
        if run[0][2] == "要" and all(analysis.startswith("要求", start + lead - 1) for start, _, _, lead, _ in run):
            run = [(start, end, word, lead + 1, strip) for start, end, word, lead, strip in run]  # 要求X；要求Y；
        if len(run) < minimum:
            continue
        if separator == "，" and any(end - start - lead - strip > 14 for start, end, _, lead, strip in run):
            continue  # 聚焦A，聚焦B: short objects, not whole clauses
        items = []
        for number, (start, end, _, lead, strip) in enumerate(run, 1):
            heading_start = start + lead
            item_end = run[number][0] - 1 if number < len(run) else _run_end(analysis, end, line, separator)
            item_end = trim_end(analysis, heading_start, item_end)
            heading_end = end if separator in "；，" else _heading_end(analysis, heading_start, item_end)
            items.append(Item(start, heading_start, min(heading_end, item_end), item_end, number, strip=strip))
        intro = _run_intro(line, analysis, run[0][0])
        family = f"opener:{run[0][2]}" + (" (sentences)" if separator == "。" else "")
        out.append(Enumeration(family, items, False, intro,
                               announced(analysis[intro[0]:intro[1]])))
    return out


def _body_goes_on(analysis: str, start: int, following: list[tuple[str, int, int] | None]) -> bool:
    """Does the sentence at ``start`` go on with the 要-item before it: it may belong to an item's body, and another
    要-sentence follows within ``_BODY_GAP`` sentences?"""
    return _may_be_body(analysis, start) and any(
        key is not None and key[0] == "要" and key[1] for key in following[:_BODY_GAP])


def _may_be_body(analysis: str, start: int) -> bool:
    """A sentence opening neither a new turn of the report (会上…, 某某指出…) nor an item of an outer list (二是…)."""
    return not _NEW_TURN.match(analysis, start) and not _LIST_MARK.match(analysis, start)


_BODY_GAP = 2  # sentences of an item's body between two 要-sentences
_LIST_MARK = re.compile(r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[）)]"
                        r"|[一二三四五六七八九十]+、")


def _run_intro(line: Line, analysis: str, first: int) -> tuple[int, int]:
    """The words of the run's sentence before its first item (at most 120 characters, on its line)."""
    return sentence_start(analysis, first, floor=max(line.start, first - 120)), first


def sentence_start(text: str, position: int, *, floor: int = 0, marks: str = "。！？") -> int:
    """Where the sentence holding ``position`` begins: just past the last sentence end before it, never before
    ``floor``."""
    return max(floor, max(text.rfind(mark, floor, position) for mark in marks) + 1)


# a chunk holding a 要-sentence of its own or a list marker is no one item (…。要明确方向…；…。二是突出重点…)
_INNER_ITEM = re.compile(r"。(?:同时，?)?要|[一二三四五六七八九十][是要]")


def _across_sentences_runs(line: Line, analysis: str) -> list[Enumeration]:
    """张宏伟强调：要引以为戒，切实增强…意识。继续保持…；要突出重点，…。狠抓…；要加强领导，…: 要-items split by
    ；whose bodies run over more than one sentence. Three items or more, the first may sit after the speech verb;
    the heading is each item's first sentence."""
    segments = _segments(line, _ACROSS_SENTENCES, analysis)
    if not any("。" in analysis[start:end] for start, end in segments):
        return []  # one sentence each: the ordinary ；-runs read them
    runs, current = [], []
    for start, end in segments:
        key = _opener_key(analysis[start:end], "；") if end - start >= 3 else None
        if key and key[0] == "要" and key[1] and not _INNER_ITEM.search(analysis, start + key[1], end):
            current.append((start, end, "要", key[1], 0))
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        run = _with_opener_inside_first(run, segments, analysis, "；")
        if len(run) < 3:
            continue
        items = []
        for number, (start, end, _, lead, _strip) in enumerate(run, 1):
            heading_start = start + lead
            item_end = trim_end(analysis, heading_start, end)
            items.append(Item(start, heading_start, _heading_end(analysis, heading_start, item_end), item_end, number))
        intro = _run_intro(line, analysis, run[0][0])
        out.append(Enumeration("opener:要 (sentences)", items, False, intro, announced(analysis[intro[0]:intro[1]])))
    return out


_FOUR_CHARACTER_HEAD = re.compile(r"(?![\u4e00-\u9fff]{2}(?:强调|指出|要求|提出|表示|认为))[\u4e00-\u9fff]{4}，")
_MIXED_RUN = 4  # 把X作为Y；以Z为目标，提升W；加快建设V；坚定不移深化改革: four clauses, each opening like an item


def _mixed_opener_runs(segments: list[tuple[int, int]], keys: list[tuple[str, int, int] | None],
                       analysis: str) -> list[list[tuple[int, int, str, int, int]]]:
    """A sentence of ；-clauses that each open with a word items open with (``keys``, read with ；), each a different
    word (…；把X作为Y，…；以打造Z为目标，…；加快建设W，…；坚定不移深化改革，…): unmarked parallel items, when there
    are four or more."""
    runs, current, words = [], [], []
    for (start, end), key in zip([*segments, (-1, -1)], [*keys, None], strict=True):
        if key is None and start >= 0 and _FOUR_CHARACTER_HEAD.match(analysis, start, end):
            key = (analysis[start:start + 4], 0, 0)  # 加强宣传，…；统筹协调，…: a four-character head, a comma
        if key is not None:
            current.append((start, end, "mixed", key[1], key[2]))
            words.append(key[0])
            continue
        if len(current) >= _MIXED_RUN and len(set(words)) >= len(current) - 1:  # a list of one opener is read as one
            runs.append(current)
        current, words = [], []
    return runs


def _with_opener_inside_first(run: list[tuple[int, int, str, int, int]], segments: list[tuple[int, int]],
                              analysis: str, separator: str) -> list[tuple[int, int, str, int, int]]:
    """报告指出，2026年将重点抓好九大工作，分别是着力X，Y；着力Z…: the first item sits inside the segment that
    introduces the list, in its last clause (a few words such as 下半年 or 分别是 may stand before it).

    A bare 要 opens the first item of a ；-sentence (…强调，要X，Y；要Z…). Before a run of sentences it does so
    only at a clause's start in a sentence that reports the speech (会议强调，要X。要Y。; 某某指出，今年是…，要X。);
    a sentence whose 要 follows a subject
    (政府各班子成员要对照…。要聚焦A…) is an umbrella. Before 要聚焦 sentences only the full opener counts
    (…强调，要咬定目标任务。要聚焦A…。要聚焦B…。).
    """
    word, strip = run[0][2], all(entry[4] for entry in run)
    bare = "要聚焦" if strip else ("要" if separator in "；。" else None)
    signature = bare if word == "要" else word
    if separator == "；" and run[0][3]:
        signature = "要"  # 会议强调，要X；要聚焦Y；: a bare 要 opens the first item of a ；-list of 要-items
    index = next((i for i, (a, _) in enumerate(segments) if a == run[0][0]), 0)
    if signature == "要" and separator == "；" and len(run) >= 2 and index >= 2 and segments[index - 1][0] < 0:
        index -= 1  # 会议强调，要X，Y。要A；要B；: the sentence before the ；-list opens it, as before sentences
        separator = "。"
    if signature is None or index == 0 or segments[index - 1][0] < 0:
        return run
    before = index - 1
    while True:
        first = _opener_inside(analysis, *segments[before], run, word, signature, strip, separator)
        # 某某强调，要A，…。充分利用…。要B。要C。: the speech's sentence may stand before a body sentence of A's
        if first is not None or separator != "。" or index - before > _BODY_GAP or before == 0 \
                or segments[before - 1][0] < 0 or not _may_be_body(analysis, segments[before][0]):
            break
        before -= 1
    return [first, *run] if first else run


def _opener_inside(analysis: str, start: int, end: int, run: list[tuple[int, int, str, int, int]], word: str,
                   signature: str, strip: bool, separator: str) -> tuple[int, int, str, int, int] | None:
    """The first item of ``run`` inside the segment ``start:end`` before it, if the segment opens it."""
    must = _MUST_AFTER_SPEECH.search(analysis, start, end) if signature == "要" and separator == "。" else None
    if must and not strip:
        # 某某强调，必须着力加强A。要B。要C。: 必须 opens the first of the 要-sentences the speech goes on with
        return must.start("item"), end, word, 2, 0
    best = None
    for match in re.finditer(re.escape(signature), analysis[start:end]):
        at = start + match.start()
        if signature != "要" and analysis[at - 1:at] == "要":
            at -= 1
        clause_start = max(analysis.rfind(mark, start, at) for mark in "，：；") + 1
        same_verb = separator == "。" and _same_verb_as_items(analysis, at, run)
        if separator == "。" and not strip and not (at == clause_start and _SPEECH_VERB.search(analysis, start, at)) \
                and not same_verb:
            continue  # 政府各班子成员要对照…。要聚焦A。: a sentence with its own subject is the umbrella
        # 各级各部门要围绕X，Y；围绕Z…: the actors the list is addressed to open the sentence of its first item
        addressed = _ACTOR_YAO.fullmatch(analysis, max(clause_start, start), at + 1) is not None
        reach = 14 if same_verb else 6  # 下半年要着力…, 分别是着力…; 各乡镇党政主要负责同志要坚持…
        if (clause_start > start or addressed) and (at - max(clause_start, start) <= reach or addressed):
            key = _opener_key(analysis[at:end], "；" if separator == "，" else separator)
            if key is not None:
                best = (at, end, word, key[1], key[2])
    return best


def _same_verb_as_items(analysis: str, at: int, run: list[tuple[int, int, str, int, int]]) -> bool:
    """某某强调，各乡镇负责同志要坚持心中有党…。要坚持心中有民…。要坚持心中有责…: a sentence with its own subject
    whose 要 goes on with the verb the run's first item opens with is the first item, not an umbrella."""
    start, _, _, lead, _ = run[0]
    return len(run) >= 2 and analysis.startswith(analysis[start + lead:start + lead + 2], at + 1)


_MUST_AFTER_SPEECH = re.compile(rf"(?:强{GLOSS}*调|指{GLOSS}*出|要{GLOSS}*求)，(?P<item>必须)")
# 会议强调，（…，）要X。要Y。: the first 要 is the list's (強(qiáng)調(diào): a gloss's stand-ins may stand inside)
_SPEECH_VERB = re.compile(rf"强{GLOSS}*调|要{GLOSS}*求|指{GLOSS}*出|提{GLOSS}*出")


def _run_end(analysis: str, end: int, line: Line, separator: str) -> int:
    """The last item of an inline run ends with its sentence (for ；and ，runs) or with its own sentence (。)."""
    if separator == "，":
        stop = min((p for p in (analysis.find(m, end, line.end) for m in "。；") if p >= 0), default=line.end)
        return stop
    return end


def _paragraph_openers(body: list[Line], analysis: str) -> list[Enumeration]:
    """Consecutive paragraphs each opening 要X，Y。 (after an optional 某某强调), as the seed's items are laid out;
    image captions between them do not break a run."""
    out = []
    run: list[tuple[Line, re.Match[str]]] = []

    def close() -> None:
        if len(run) >= 2:
            out.append(_paragraph_enumeration(run, analysis))

    for line in (piece for whole in body for piece in _run_in_paragraphs(whole)):
        if line.kind == "caption":
            continue  # a caption run into the text, cut off by _run_in_paragraphs: as between paragraphs
        match = _PARAGRAPH_DIRECTIVE.match(line.text) or (run and _PARAGRAPH_GOES_ON.match(line.text))
        if match:
            run.append((line, match))
            continue
        close()
        run = []
    close()
    return out


RUN_IN_MIN = 150  # a "paragraph" this long holding two 要X，Y。 sentences is likely several run together


def _run_in_paragraphs(line: Line) -> list[Line]:
    """A long line that holds several paragraphs run together (pasted from a page that lost its breaks), cut
    before each sentence that opens like a paragraph: a directive (要X，Y。) or a new turn of the report (会上，…;
    某某强调…). Lines that are not long, or hold fewer than two directives, stay whole."""
    if len(line.text) < RUN_IN_MIN:
        return [line]
    starts = [0] + [m.end() for m in re.finditer(r"[。！？](?![”」』])\s*", line.text)]
    captions = {at for at in starts if line.text.startswith("图为", at)}
    for at in sorted(captions):  # a photo caption has no full stop: the paragraph after it is glued on
        inside = (at + m.start() for m in re.finditer("要", line.text[at:at + 60]))
        starts.append(next((p for p in inside if _PARAGRAPH_DIRECTIVE.match(line.text[p:p + 120])), at))
    directives = [at for at in starts if _PARAGRAPH_DIRECTIVE.match(line.text[at:at + 120])]
    if len(directives) < 2:
        return [line]
    # …。要全面从严要求，积极营造…，严格执行…，确保…。: after the directives, a 要-sentence of many clauses goes on
    # with their run (the last item often has no sentence of detail after it)
    going_on = [at for at in starts if at > directives[0] and _PARAGRAPH_GOES_ON.match(line.text[at:at + 40])]
    cuts = sorted({0, *directives, *going_on, *captions,
                   *(at for at in starts if _NEW_TURN.match(line.text[at:at + 40]))} - {len(line.text)})
    bounds = [*cuts, len(line.text)]
    return [Line(line.start + a, line.start + b, line.text[a:b], "caption" if a in captions else line.kind)
            for a, b in pairwise(bounds) if line.text[a:b].strip()]


_NEW_TURN = re.compile(r"会上|会议|会后|[^，。；！？]{1,20}?(?:强调|指出|要求|提出|表示|勉励|希望)")
_PARAGRAPH_DIRECTIVE = re.compile(
    r"^(?:[^，。；！？\n]{0,20}?(?:强调|指出|要求|提出|表示)[，：]?)?(?P<lead>要)(?P<strip>聚焦)?[^，。；：！？“”]{2,20}"
    r"(?:，[^，。；：！？]{2,24})?。"
)


_PARAGRAPH_GOES_ON = re.compile(r"^(?P<lead>要)(?P<strip>聚焦)?[^，。；：！？“”]{2,20}，")


def _paragraph_enumeration(run: list[tuple[Line, re.Match[str]]], analysis: str) -> Enumeration:
    """The paragraphs of ``run``, each with the match of its opening (a directive, or a 要-sentence going on)."""
    items = []
    strip = 2 if all(match["strip"] for _, match in run) else 0
    for number, (line, match) in enumerate(run, 1):
        heading_at = match.start("lead") + len(match["lead"] or "要")
        start, heading_start = line.start, line.start + heading_at  # the item is the whole paragraph
        items.append(Item(start, heading_start, _heading_end(analysis, heading_start, line.end), line.end, number,
                          strip=strip))
    first, intro_end = run[0][0], run[0][0].start + run[0][1].start("lead")
    return Enumeration("opener:要 (paragraphs)", items, True, (first.start, intro_end),
                       announced(analysis[first.start:intro_end]))


# -- 、-series with a count ----------------------------------------------------------------------------------------

def _series(body: list[Line], analysis: str) -> list[Enumeration]:
    """当前要重点抓好A、B、C和D等十七项重点工作: the named items of a counted series; 对A、B、C等重点工作进行了
    安排部署: the items a meeting deployed (three at least, when no count is said)."""
    out = []
    for line in body:
        for match in [*_SERIES.finditer(line.text), *_DEPLOYED_SERIES.finditer(line.text)]:
            items_text = match["items"]
            if items_text.count("、") < (1 if match.re is _SERIES else 2):
                continue
            start = line.start + match.start("items")
            spans = _series_items(analysis, start, start + len(items_text))
            if len(spans) < 2:
                continue
            items = [Item(a, a, b, b, number) for number, (a, b) in enumerate(spans, 1)]
            count = to_int(match["n"].replace("两", "二")) if match.re is _SERIES else None
            intro = (max(line.start, start - 80), start)
            out.append(Enumeration("series", items, False, intro, (count, "工作") if count else None))
    return out


def _series_items(analysis: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    parts = analysis[start:end].split("、")
    for index, part in enumerate(parts):
        a, b = position, position + len(part)
        position = b + 1
        if index == len(parts) - 1 and (split := re.search(r"(?:和|及|以及|与)", part)):
            spans += [(a, a + split.start()), (a + split.end(), b)]  # …、装配式住宅园区谋划和工业经济运行
            continue
        spans.append((a, b))
    return [(a, b) for a, b in spans if b - a >= 2]


def _counted_bare(body: list[Line], analysis: str) -> list[Enumeration]:
    """提出三点要求：一提高思想认识抓好责任落实。…二围绕目标抓紧行动。…三完善机制加强工作。: numerals standing alone
    as markers, each opening a sentence, read only after a count that announces them and only as many as it says."""
    out = []
    for line in body:
        for announcement in _BARE_ANNOUNCED.finditer(line.text):
            count = to_int(announcement["n"].replace("两", "二"))
            if not count or count < 2:
                continue
            position, hits = line.start + announcement.end(), []
            for ordinal in range(1, count + 1):
                numeral = "一二三四五六七八九十"[ordinal - 1]
                if ordinal == 1:
                    at = _skip_space(analysis, position, line.end)
                else:  # each later point opens a sentence
                    at = analysis.find(f"。{numeral}", position, line.end) + 1
                if at <= 0 or not analysis.startswith(numeral, at) or not _BARE_ITEM.match(analysis, at + 1):
                    break
                hits.append(at)
                position = at + 1
            if len(hits) != count:
                continue
            items = []
            for number, start in enumerate(hits):
                end = hits[number + 1] if number + 1 < len(hits) else line.end
                end = trim_end(analysis, start + 1, end)
                items.append(Item(start, start + 1, _heading_end(analysis, start + 1, end), end, number + 1))
            intro = (line.start, line.start + announcement.end())
            out.append(Enumeration("一", items, False, intro, announced(analysis[intro[0]:intro[1]])))
    return out


# a count announcing a list of points, right before its first one (三点要求：一…)
_BARE_ANNOUNCED = re.compile(r"(?P<n>[两二三四五六七八九十])(?:点|个方面|项)(?:要求|意见|工作)[：:]\s*(?=一)")
_BARE_ITEM = re.compile(r"(?![是要、，．.是批年些个项点方大条次])[\u4e00-\u9fff]")  # not 一是, 一批, 一年…


# -- assembling ---------------------------------------------------------------------------------------------------

def _drop_overlaps(found: list[Enumeration]) -> list[Enumeration]:
    """Two detectors seeing one list (a ● bullet that also says 一是; 要聚焦 sentences that are also 要 sentences):
    the one found first (numbered before openers) stays."""
    kept: list[Enumeration] = []
    for enumeration in found:
        starts = {item.start for item in enumeration.items}
        clash = next((k for k in kept if _same_items(k, enumeration, starts)), None)
        if clash is None:
            kept.append(enumeration)
        elif _preferred(enumeration, clash):
            kept[kept.index(clash)] = enumeration
    return kept


def _same_items(a: Enumeration, b: Enumeration, starts: set[int]) -> bool:
    """Lists whose items largely start at the same places (within a few characters: a bullet, then 一是)."""
    near = sum(1 for item in a.items if any(abs(item.start - s) <= 3 for s in starts))
    return near >= min(len(a.items), len(b.items)) * 0.5 and near > 0


def _preferred(candidate: Enumeration, incumbent: Enumeration) -> bool:
    """Numbered beats openers; among numbered, the one with more items, then the one whose markers are nearer."""
    rank = {"●": 1, "series": 0}
    numbered = lambda e: 0 if e.family.startswith("opener") else rank.get(e.family, 2)  # noqa: E731
    return (numbered(candidate), len(candidate.items)) > (numbered(incumbent), len(incumbent.items))


def _nest(found: list[Enumeration]) -> list[Enumeration]:
    """Attach each enumeration to the item of another that holds it; return the outermost."""
    roots: list[Enumeration] = []
    for enumeration in sorted(found, key=lambda e: (e.start, -(e.end - e.start))):
        holder = _holder(roots, enumeration)
        if holder is None:
            roots.append(enumeration)
        else:
            enumeration.parent = holder
            holder.children.append(enumeration)
    return roots


def _holder(enumerations: list[Enumeration], inner: Enumeration) -> Item | None:
    """The item an enumeration starts in (its marker or its lead words included: 某某要求，｜要X。要Y。 sits in the
    paragraph item that 某某要求 opens); an inner list running past the item's end is cut back to it (the last
    item of 一是…四是 inside 二要 ends where 三要 begins; items starting past it, as when two lists alternate
    line by line, are dropped)."""
    for enumeration in enumerations:
        for item in enumeration.items:
            if item.start <= inner.start < item.end and inner is not enumeration:
                if item is enumeration.items[-1] and inner.family == enumeration.family and inner.announced \
                        and item.heading_end <= inner.intro[0]:
                    item.end = inner.intro[0]
                    return None  # 五是…。为…，提出四点要求：一是…: a list of its own after the last item, not in it
                inner.items = [i for i in inner.items if i.start < item.end]  # lists interleaved line by line
                last = inner.items[-1]
                if last.end > item.end:
                    last.end = item.end
                    last.heading_end = min(last.heading_end, item.end)
                deeper = _holder(list(item.children), inner)
                return deeper or item
    return None


# -- text helpers ---------------------------------------------------------------------------------------------------

def _skip_space(analysis: str, position: int, end: int) -> int:
    while position < end and analysis[position] in " \n\u3000，、：":
        position += 1
    return position


def trim_end(analysis: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and line breaks, never before ``start``."""
    while end > start and analysis[end - 1] in " \n\t\u3000":
        end -= 1
    return end


def _heading_end(analysis: str, start: int, end: int) -> int:
    """The end of the heading: its first sentence (to 。；！？ or a colon introducing a list), at most ~3 clauses."""
    stop = end
    for mark in "。；！？\n":
        position = analysis.find(mark, start, end)
        if 0 <= position < stop:
            stop = position
    colon = analysis.find("：", start, stop)
    if colon >= 0:
        stop = colon
    commas = [m.start() for m in re.finditer("，", analysis[start:stop])]
    if len(commas) >= 3 and stop - start > 50:
        stop = start + commas[2]
    return stop
