"""Quantitative targets, results and outlooks (主要预期目标): indicator, range, unit, qualifier, kind and year."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache

from policylens.io.normalize import GLOSS, GlossFree
from policylens.model import Report, Target
from policylens.resources import read_data_text
from policylens.structure.dates import current_year
from policylens.structure.numerals import to_int
from policylens.textutil import with_first_character_filter

_CN_NUMBER = "[〇零一二三四五六七八九十百千两]+(?:点[〇零一二三四五六七八九]+)?"
NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_NUMBER}"  # 1,267万人: thousands set apart
UNITS = ("个百分点", "微克/立方米", "人/百亿元", "万元/人", "吨标准煤", "万亿元", "亿元", "万元", "万人", "万亿斤",
         "亿斤", "亿公斤", "万斤", "万吨", "万千瓦", "平方公里", "公里", "万亩", "%", "人", "元")
AFTER_QUALIFIERS = ("左右", "以上", "以内", "以下", "上下")
BEFORE_QUALIFIERS = ("不少于", "不低于", "不超过", "超过", "高于")
_UNIT = "|".join(map(re.escape, UNITS))
VALUE = re.compile(
    rf"(?P<before>不少于|不低于|不超过|超过|超|高于|低于|达到|达|控制在|保持在|为)?\s*"
    rf"(?:百分之(?P<percent>{NUMBER})|(?P<low>{NUMBER})\s*(?P<first_unit>%)?\s*"
    rf"(?:(?P<dash>[—–\-－~～至到])\s*(?P<high>{NUMBER}))?\s*(?P<unit>{_UNIT})?)"
    rf"\s*(?P<after>{'|'.join(AFTER_QUALIFIERS)})?"
)
_GROWTH_WORD = re.compile(r"增长|增速|增幅|涨幅|升幅|上涨|上升|提高|增加|下降|降低|回落")
# qualitative targets and results: the key phrase is the qualifier
_OPENING_PHRASE = re.compile(r"(?:全面|全力)?(?:按照国家要求完成|完成国家下达的?)")
_IN_STEP = re.compile(r"[和与]经济增长(?:保持)?(?P<q>基本同步|同步)")
_QUALITATIVE = re.compile(r"按照国家要求完成|完成国家下达[^，；。]{0,24}?(?:目标|任务|指标)(?:任务)?|达到国家要求|"
                          r"进一步下降|保持稳定|保持(?:在)?合理(?:水平|区间)|总体平稳|稳中有升|超额完成全年任务|"
                          r"高于全国平均水平|基本同步")
_LEAD_WORDS = re.compile(r"^[\s●○■◆▲•·—]*(?:今年|全年|明年|去年|\d{4}年|全省|全市|全区|全县|[我本][省市区县]|"
                         r"[\u4e00-\u9fff]{2,3}(?:省|市|自治区)|力争|确保|实现|预计|其中|努力|争取|继续|"
                         r"要|奋力|全力|主要预期目标(?:是|为)?[：:]?)*")
_FIVE_YEAR = re.compile(r"年均|累计|每年|五年|十四五")
_TARGET_CUE = re.compile(r"目标|力争|确保|全年|今年|预期|争取")
_CLAUSE = re.compile(r"[^，,；;。！？：:\n]+(?:(?<=\d),(?=\d{3}(?!\d))[^，,；;。！？：:\n]+)*")  # a comma between
# thousands (1,267万人) splits nothing
_OUTLOOK_PARAGRAPH = re.compile(r"十五五|2030")
_GOALS = re.compile(r"目标|指标|年均|二〇三五|2035")  # in the outlook section: the five-year goals…
_PAST_PERIOD = re.compile(r"十四五|五年来|过去五年")  # …not the achievements of the last five years
_PAST = re.compile(r"去年|上年|\d{4}年以来|过去")
_REVIEW_PARAGRAPH = re.compile(r"^(?:“?十四五”?时期|五年来|过去五年|这五年)")
RESULT_INDICATORS = ("gdp_growth", "fiscal_revenue_growth", "new_urban_jobs", "cpi")
BODY_INDICATORS = ("new_urban_jobs", "grain_output")  # stated in the plan body when the targets paragraph omits them


@dataclass(frozen=True)
class Indicator:
    name: str
    labels: tuple[re.Pattern[str], ...]
    value: str  # growth | percent | count
    units: tuple[str, ...] = ()


@cache
def indicators() -> tuple[Indicator, ...]:
    """The indicator lexicon (``indicators.toml``)."""
    table = tomllib.loads(read_data_text("indicators.toml"))
    return tuple(Indicator(i["name"], tuple(re.compile(label) for label in i["labels"]), i.get("value", "growth"),
                           tuple(i.get("units", ()))) for i in table["indicator"])


@cache
def any_label() -> re.Pattern[str]:
    """Every indicator's labels in one pattern."""
    return with_first_character_filter(
        re.compile("|".join(f"(?:{label.pattern})" for i in indicators() for label in i.labels)))


def find_targets(report: Report) -> list[Target]:
    """Every target (this year's plan), result (last year's review) and outlook (the five-year goals).

    A text with pinyin glosses (經(jīng)濟增長) is read with the glosses taken out — the indicators' names are words —
    and each figure is placed back on the text as written."""
    if GLOSS in report.analysis:
        return _through_glosses(report)
    return _find_targets(report)


def _through_glosses(report: Report) -> list[Target]:
    plain = GlossFree.of(report.analysis)
    compact = Report(text=plain.kept_of(report.text), source=report.source)
    compact.analysis = plain.text
    compact.meeting = report.meeting
    compact.lines = [plain.plain_span(line) for line in (report.lines or [])]
    compact.sections = [plain.plain_span(section, title_start=plain.plain(section.title_start),
                                         title_end=plain.plain(section.title_end), children=[])
                        for section in report.sections]
    out = []
    for target in _find_targets(compact):
        start, end = plain.start(target.start), plain.end(target.end)
        out.append(replace(target, start=start, end=end, text=report.text[start:end]))
    return out


def _find_targets(report: Report) -> list[Target]:
    analysis = report.analysis
    lines = _joined([(line.start, line.end) for line in (report.lines or [])] or _paragraphs(analysis), analysis)
    kinds = _section_kinds(report)
    found: list[Target] = []
    headline = targets_paragraph(analysis, lines)
    # a plan with no date held: the year its targets sentence names (2025年经济社会发展主要预期目标是), else the year
    # the text says it is in (2025年是“十四五”规划收官之年)
    year = (report_year(report) or _stated_year(analysis, headline) or _published_this_year(report, headline)
            or current_year(analysis) or _titled_report_year(analysis))
    if headline is not None:
        found += [t for clause in _clauses(analysis, *headline)
                  if (t := read_clause(analysis, clause, kind="target", year=year, others=True))]
    seen_targets = {t.indicator for t in found if t.kind == "target"}
    seen_results: set[str] = set()
    # 2024年，…; ■ 2024年成绩单 (a heading run into its first bullet); 过去一年，… and 一年来，…
    last_year = re.compile(rf"(?:^|\n|{_REPORTED_BY})\s*(?:[■●◆]\s*)?(?:{year - 1}\s*年(?:[，是]|成绩单|工作回顾)"
                           r"|过去一年[，,]|一年来[，,])") if year else None
    last_year_bullets = False
    for start, end in lines:
        if headline is not None and headline[0] <= start < headline[1]:
            continue
        kind = kinds(start)
        paragraph = analysis[start:end]
        if kind in (None, "other") and last_year and last_year.search(paragraph):
            kind = "review"  # 2024年，我省…全年地区生产总值增长4.8%: a paragraph about last year, in no section
            # (or the words of someone reported: 胡玉亭表示，2025年，…; 单泽峰在政府工作报告中说，2025年是…)
            last_year_bullets = True
        elif kind in (None, "other") and last_year_bullets and _BULLET.match(paragraph):
            kind = "review"  # ■ 2024年成绩单 / ●预计全省地区生产总值增长6%左右: the bullets under last year's heading
        else:
            last_year_bullets = False
        if kind == "review" and not _REVIEW_PARAGRAPH.match(paragraph):
            found += _results(analysis, start, end, year, seen_results)
        elif kind != "plan" and not _REVIEW_PARAGRAPH.match(paragraph) and (
                _OUTLOOK_PARAGRAPH.search(paragraph)
                or (kind == "outlook" and _GOALS.search(paragraph) and not _PAST_PERIOD.search(paragraph))):
            found += [t for clause in _clauses(analysis, start, end)
                      if (t := read_clause(analysis, clause, kind="outlook", year=2030 if year else None, others=True))
                      and not _PAST_PERIOD.search(_sentence(analysis, clause[0]))]  # 过去五年…年均增长5.2%
        elif kind == "plan" or (headline is None and kind in (None, "other")):
            found += _body_targets(analysis, start, end, year, seen_targets, anywhere=headline is None)
    return [replace(t, text=report.text[t.start:t.end]) for t in found]  # as written, not as analysed


_REPORTED_BY = r"^[\u4e00-\u9fff]{2,8}(?:在[^，。]{2,12}中)?(?:表示|指出|介绍|说)，"


def _published_this_year(report: Report, headline: tuple[int, int] | None) -> int | None:
    """A news item that says 今年…主要预期目标 speaks of the year it was published in."""
    if headline is None or not report.meeting.published or "今年" not in report.analysis[headline[0]:headline[1]]:
        return None
    return int(report.meeting.published[:4])


def _stated_year(analysis: str, headline: tuple[int, int] | None) -> int | None:
    """The year named before 主要预期目标 in its own sentence (2025年经济社会发展主要预期目标是：)."""
    if headline is None:
        return None
    at = analysis.find("主要预期目标", *headline)
    sentence_start = max(analysis.rfind(mark, headline[0], at) for mark in "。！？；") + 1
    years = re.findall(r"((?:19|20)\d{2})\s*年", analysis[max(sentence_start, headline[0]):at])
    return int(years[-1]) if years else None


def _titled_report_year(analysis: str) -> int | None:
    """题：“数”看2025年政府工作报告: a text whose first lines name the year's work report speaks of that year's plan."""
    match = _TITLED_REPORT.search(analysis[:_TITLE_REACH])
    return int(match["y"]) if match else None


_TITLED_REPORT = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年[^。，\n]{0,8}?政府工作报告")
_TITLE_REACH = 80


def report_year(report: Report) -> int | None:
    """The year the report plans for: its meeting date's year."""
    date = report.meeting.date or ""
    return int(date[:4]) if re.match(r"\d{4}", date) else None


def targets_paragraph(analysis: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The paragraph that states this year's 主要预期目标, with the lines a web layout split it over (…主要预期目标 /
    是：…)."""
    for index, (start, end) in enumerate(lines):
        if "主要预期目标" not in analysis[start:end]:
            continue
        last = end
        following = index + 1
        while not _FIGURE.search(analysis, start, last) and following < len(lines) and following <= index + 3:
            last = lines[following][1]
            following += 1
        # ■ 2025年…主要预期目标 / ●经济增长6%左右 / ●城镇调查失业率5.5%左右…: the bullets under a heading
        while following < len(lines) and _BULLET.match(analysis, lines[following][0], lines[following][1]):
            last = lines[following][1]
            following += 1
        return start, last
    return None


_FIGURE = re.compile(r"\d(?!\d{0,3}\s*年)|百分之")  # a figure, not the year the heading names
_BULLET = re.compile(r"\s*[●○◆▲•]")


def read_clause(analysis: str, clause: tuple[int, int], *, kind: str, year: int | None,
                others: bool = False, next_clause: tuple[int, int] | None = None) -> Target | None:
    """The target in one clause: its indicator by the label at the clause's head, its figure by the indicator's
    kind of value, else a qualitative key phrase; with ``others``, a figure of an indicator outside the lexicon."""
    start, end = clause
    text = analysis[start:end]
    if any_label().search(text) is None:  # most clauses name no indicator: one search instead of one per label
        return _other(analysis, start, end, kind, year) if others else None
    for indicator in indicators():
        for label in indicator.labels:
            match = label.search(text)
            if match is None or not _is_lead(text[:match.start()]):
                continue
            value = _value_for(indicator, text, match.end())
            if value is None and next_clause is not None:  # 地区生产总值67665亿元，增长5.5%
                following = analysis[next_clause[0]:next_clause[1]]
                if _GROWTH_WORD.match(following.lstrip("同比")) or following.startswith("同比"):
                    value = _value_for(indicator, following, 0)
                    if value is not None:
                        value = _Value(value.low, value.high, value.unit, value.qualifier,
                                       value.end + next_clause[0] - start)
            if value is not None:
                return _target(analysis, indicator.name, text[match.start():match.end()], kind, year,
                               start + match.start(), start + value.end, value)
            qualitative = _qualitative(text, match.end())
            if qualitative is not None:
                phrase, phrase_end = qualitative
                return Target(indicator=indicator.name, label=_clean_label(text[match.start():match.end()]), kind=kind,
                              year=year, low=None, high=None, unit=None, qualifier=phrase,
                              text=analysis[start + match.start():start + phrase_end], start=start + match.start(),
                              end=start + phrase_end)
            break
    if others:
        return _other(analysis, start, end, kind, year)
    return None


@dataclass(frozen=True)
class _Value:
    low: float
    high: float
    unit: str | None
    qualifier: str
    end: int  # offset in the clause just past the figure and its qualifier


def _value_for(indicator: Indicator, text: str, after: int) -> _Value | None:
    if indicator.value == "growth":
        growth = _GROWTH_WORD.search(text, after)
        origin = growth.end() if growth else after
        if growth is None and not _GROWTH_WORD.search(text[:after]):
            return None  # a level (5.2万亿元) is not a growth figure
        return _first_value(text, origin, units=("%",))
    if indicator.value == "percent":
        return _first_value(text, after, units=("%",))
    return _first_value(text, after, units=indicator.units)


def _first_value(text: str, origin: int, *, units: tuple[str, ...]) -> _Value | None:
    for match in VALUE.finditer(text, origin):
        value = _read_value(match)
        if value is not None and value.unit in units:
            return value
    return None


def _read_value(match: re.Match) -> _Value | None:
    if match["percent"] is not None:
        low = high = _number(match["percent"])
        unit = "%"
    else:
        unit = match["unit"] or match["first_unit"]
        if unit is None or match["low"] is None:
            return None
        low = _number(match["low"])
        high = _number(match["high"]) if match["high"] is not None else low
    if low is None or high is None:
        return None
    before = match["before"] or ""
    qualifier = match["after"] or (before if before in BEFORE_QUALIFIERS else "")
    return _Value(low, high, unit, qualifier, match.end())


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", text):
        value = float(text.replace(",", ""))
        return int(value) if value.is_integer() else value
    whole, _, decimals = text.partition("点")
    integer = to_int(whole) if whole else 0
    if integer is None:
        return None
    if not decimals:
        return integer
    digits = [to_int(d) for d in decimals]
    if any(d is None for d in digits):
        return None
    return float(f"{integer}." + "".join(str(d) for d in digits))


def _qualitative(text: str, after: int) -> tuple[str, int] | None:
    in_step = _IN_STEP.search(text, after)
    if in_step:
        return in_step["q"], in_step.end()
    phrase = _QUALITATIVE.search(text, after)
    if phrase:
        return phrase.group(), phrase.end()
    return None


def _other(analysis: str, start: int, end: int, kind: str, year: int | None) -> Target | None:
    """A figure or a key phrase of an indicator outside the lexicon (细颗粒物年均浓度控制在29微克/立方米左右)."""
    text = analysis[start:end]
    lead = _LEAD_WORDS.match(text).end()
    phrase = _QUALITATIVE.search(text, lead)
    opening = _OPENING_PHRASE.match(text, lead)
    if opening and len(text) - opening.end() >= 2:  # 按照国家要求完成节能减排降碳任务: the object is the label
        return Target(indicator="other", label=_clean_label(text[opening.end():]), kind=kind, year=year, low=None,
                      high=None, unit=None, qualifier=opening.group(), text=text[lead:], start=start + lead, end=end)
    for match in VALUE.finditer(text, lead):
        value = _read_value(match)
        if value is None or value.unit in ("亿元", "万亿元", "元") or match.start() - lead < 2:
            continue
        label = _clean_label(re.sub(r"(?:年均)?(?:增长|增速|提高到|提高|达到|达|控制在|保持在|为|下降|降低|超过)+$", "",
                                    text[lead:match.start()]))
        if len(label) < 2:
            return None
        return _target(analysis, "other", label, kind, year, start + lead, start + value.end, value)
    if phrase:
        label = _clean_label(text[lead:phrase.start()])
        if len(label) >= 2:
            return Target(indicator="other", label=label, kind=kind, year=year, low=None, high=None, unit=None,
                          qualifier=phrase.group(), text=text[lead:phrase.end()], start=start + lead,
                          end=start + phrase.end())
    return None


def _target(analysis: str, indicator: str, label: str, kind: str, year: int | None, start: int, end: int,
            value: _Value) -> Target:
    return Target(indicator=indicator, label=_clean_label(label), kind=kind, year=year, low=value.low, high=value.high,
                  unit=value.unit, qualifier=value.qualifier, text=analysis[start:end], start=start, end=end)


def _clean_label(label: str) -> str:
    return re.sub(r"(?:增长|增速|涨幅)$", "", label.strip(" “”")) or label.strip()


def _is_lead(text: str) -> bool:
    """Only lead words (全省, 吉林省, 力争, 今年…) may stand before an indicator's name: 海洋生产总值 is not the
    GDP."""
    return _LEAD_WORDS.fullmatch(text) is not None


def _results(analysis: str, start: int, end: int, year: int | None, seen: set[str]) -> list[Target]:
    """Last year's figures for the headline indicators, the first time the review states each."""
    out = []
    clauses = _clauses(analysis, start, end)
    for index, clause in enumerate(clauses):
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        target = read_clause(analysis, clause, kind="result", year=year - 1 if year else None, next_clause=following)
        if target is None or target.indicator not in RESULT_INDICATORS or target.indicator in seen:
            continue
        if not _FIVE_YEAR.search(_sentence(analysis, clause[0])):  # 年均增长6%，城镇新增就业超690万人: five years
            seen.add(target.indicator)
            out.append(target)
    return out


def _body_targets(analysis: str, start: int, end: int, year: int | None, seen: set[str], *,
                  anywhere: bool) -> list[Target]:
    """This year's figures stated in the plan (城镇新增就业不少于28万人) for indicators the targets paragraph
    left out; in a text with no targets paragraph (meeting news), any headline figure said as a target."""
    out = []
    for clause in _clauses(analysis, start, end):
        text = analysis[clause[0]:clause[1]]
        if _FIVE_YEAR.search(text):
            continue
        target = read_clause(analysis, clause, kind="target", year=year)
        if target is None or target.low is None or target.indicator in seen:
            continue
        sentence = _sentence(analysis, clause[0])
        if _PAST.search(sentence):
            continue
        in_plan = target.indicator in BODY_INDICATORS and not anywhere  # the plan's own figures are this year's
        said_as_target = target.indicator != "other" and (target.qualifier or _TARGET_CUE.search(sentence))
        if in_plan or (anywhere and said_as_target):
            seen.add(target.indicator)
            out.append(target)
    return out


def _sentence(analysis: str, offset: int) -> str:
    """The sentence around ``offset``, at most ``_SENTENCE_REACH`` characters each way (a text without sentence
    ends would otherwise make every clause read the whole text)."""
    low, high = max(0, offset - _SENTENCE_REACH), min(len(analysis), offset + _SENTENCE_REACH)
    start = max(low, max(analysis.rfind(mark, low, offset) for mark in "。；\n") + 1)
    end = min((i for i in (analysis.find(mark, offset, high) for mark in "。；\n") if i >= 0), default=high)
    return analysis[start:end]


_SENTENCE_REACH = 600


def _clauses(analysis: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a paragraph; figures listed with 、 (增长5%左右、城镇新增就业1200万人以上、…) each a clause."""
    joints = []
    comma = analysis.find("、", start, end)
    while comma >= 0:  # found by the 、 (a pattern tried at every character cost the stage a third)
        # a figure, then an indicator's name (not 达到5.53万亿元、增长4.8%: one indicator's figures)
        if analysis.endswith(_FIGURE_ENDS, start, comma) and any_label().match(analysis, comma + 1):
            joints.append(comma + 1)
        comma = analysis.find("、", comma + 1, end)
    out = []
    for match in _CLAUSE.finditer(analysis[start:end]):
        clause_start, clause_end = start + match.start(), start + match.end()
        for joint in joints:
            if clause_start < joint < clause_end:
                out.append((clause_start, joint - 1))
                clause_start = joint
        out.append((clause_start, clause_end))
    return out


_FIGURE_ENDS = ("%", *AFTER_QUALIFIERS, "人", "斤", "元", "吨")  # a figure's unit or qualifier ends the item


def _joined(lines: list[tuple[int, int]], analysis: str) -> list[tuple[int, int]]:
    """Lines a web layout broke out of one paragraph (…的 / 主要预期目标 / 是：…) joined again: a short line
    that ends without a sentence's end runs on into the next."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out:
            previous_start, previous_end = out[-1]
            text = analysis[previous_start:previous_end].rstrip()
            if previous_end - previous_start < _BROKEN_LINE and text and text[-1] not in "。；！？”：":
                out[-1] = (previous_start, end)
                continue
        out.append((start, end))
    return out


_BROKEN_LINE = 30


def _paragraphs(analysis: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", analysis)]


def _section_kinds(report: Report):
    """Offset → the kind of the top-level section it lies in (review, outlook, plan…), None outside them."""
    spans = sorted((s.start, s.end, s.kind) for s in report.sections)

    def kind_at(offset: int) -> str | None:
        for start, end, kind in spans:
            if start <= offset < end:
                return kind
        return None

    return kind_at
