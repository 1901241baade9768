"""The date a meeting was held or a report delivered, and the year a month-day belongs to."""

from __future__ import annotations

import datetime
import re

from policylens.structure.lines import MINUTES_DATE_LABELS, Line
from policylens.structure.numerals import to_int

NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
YEAR = r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}"
DATE_FULL = re.compile(rf"(?P<y>{YEAR})\s*年\s*(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日")
DATE_MONTH_DAY = re.compile(rf"(?<![\d年〇零一二三四五六七八九十])(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日")
YEAR_IN_TEXT = re.compile(rf"(?P<y>{YEAR})\s*年")
_DELIVERED = re.compile(r"^\s*(?:[（(]\s*)?在")
MEETING_VERB = re.compile(r"召开|举行|举办|开幕|召集|主持召开|闭幕")
_OPENING_MONTH_DAY = re.compile(rf"^(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日(?!\s*(?:讯|电))")
_MEETING_NOUN = re.compile(r"[会议]")
_DATELINE = re.compile(r"^\s*(?:[上下]午|晚)?\s*(?:讯|电)")  # 11月7日讯, 2月28日电: when the news was filed
_FUTURE = re.compile(r"将于|将在|拟于|计划于|即将")
_LEADING_DATE = re.compile(rf"^[（(]\s*(?P<y>{YEAR})\s*年\s*(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日\s*[）)]")
_PLANNED = re.compile(r"(?:经济)?工作(?:会议?|谋划会|务虚会)|计划|谋划|部署|工作安排|重点工作|主要工作|主要任务")
_FIVE_YEAR = r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?(?:规划)?"
_CURRENT_ANCHORS = (
    # (pattern, which year of it): explicit statements of the year the text is in
    (re.compile(rf"(?:今年|本年)是{_FIVE_YEAR}(?:规划)?(?:的)?开局(?:起步)?之年"), "first"),
    (re.compile(rf"(?:今年|本年)是{_FIVE_YEAR}(?:规划)?(?:的)?收官之年"), "last"),
    (re.compile(rf"(?P<y>{YEAR})\s*年(?:是|仍然是|将是|仍是|正值)"), "year"),
    (re.compile(rf"(?P<y>{YEAR})\s*年(?:开局|收官|起步|决胜)之年"), "year"),  # 2021年开局之年，全县上下要…
    (re.compile(rf"{_FIVE_YEAR}(?:规划)?(?:的)?(?:圆满|全面|胜利)?收官(?!之年)"), "last"),
)
_REVIEWED = re.compile(rf"(?:总结|回顾)[^。；]{{0,12}}?(?P<y>{YEAR})\s*年"
                       rf"|(?P<y2>{YEAR})\s*年(?:[及和][^。；]{{0,12}})?工作回顾")


def iso_date(year: str | int, month: str, day: str) -> str | None:
    y = year if isinstance(year, int) else to_int(year)
    m, d = to_int(month), to_int(day)
    if y is None or m is None or d is None or not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def five_year_plan_start(number: int) -> int:
    """First year of the Nth five-year plan (the 3rd began in 1966 after the 1963–65 adjustment)."""
    return 1953 + 5 * (number - 1) if number <= 2 else 1966 + 5 * (number - 3)


def date_held(text: str, header: list[Line], opening: list[Line], published: str | None) -> str | None:
    """``YYYY-MM-DD`` the meeting was held or the report delivered; None when the text gives no year for it.

    In order: the delivery line (2026年1月26日在…会议上), a bracketed date opening a line ((2006年8月30日) 同志们：),
    the date of the sentence saying the meeting was held (8月16日，…召开…), a date standing alone in the header.
    A month-day takes its year from the publication line, else from its own sentence, else from what the text
    says of the current year (今年是“十五五”开局之年, 2015年仍然是…, a review of last year); never from the first
    year that happens to be named.
    """
    head_text = "\n".join(line.text for line in header)
    for match in DATE_FULL.finditer(head_text):
        if _DELIVERED.match(head_text[match.end():match.end() + 4]) and (
                date := iso_date(match["y"], match["m"], match["d"])):
            return date
    for line in header + opening:
        if (match := _LEADING_DATE.match(line.text)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
    for line in opening:
        if date := _held_in(line.text, text, published):
            return date
    for line in opening[:3]:  # 10月27日下午，我县组织收听收看…视频会: the date opens a paragraph about a meeting
        if (match := _OPENING_MONTH_DAY.match(line.text)) and _MEETING_NOUN.search(line.text[:200]):
            year = month_day_year(to_int(match["m"]) or 0, to_int(match["d"]) or 0, sentence=line.text[:match.end()],
                                  text=text, published=published)
            return iso_date(year, match["m"], match["d"]) if year else None
    for line in header:
        stripped = line.text.strip("（）() ")
        if stripped.startswith(MINUTES_DATE_LABELS):  # 会议时间：2024年4月19日 (minutes)
            stripped = stripped.split("：", 1)[-1].split(":", 1)[-1].strip()
        if (match := DATE_FULL.fullmatch(stripped)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
    return None


def _held_in(paragraph: str, text: str, published: str | None) -> str | None:
    """The date of the first sentence of ``paragraph`` that says a meeting was held (not a dateline, not planned)."""
    for sentence in re.split(r"[。！？]", paragraph):
        if not MEETING_VERB.search(sentence) or _FUTURE.search(sentence):
            continue
        for match in DATE_FULL.finditer(sentence):
            if not _DATELINE.match(sentence[match.end():]) and (date := iso_date(match["y"], match["m"], match["d"])):
                return date
        for match in DATE_MONTH_DAY.finditer(sentence):
            if _DATELINE.match(sentence[match.end():]):
                continue
            month, day = to_int(match["m"]), to_int(match["d"])
            if month is None or day is None:
                continue
            year = month_day_year(month, day, sentence=sentence, text=text, published=published)
            return iso_date(year, match["m"], match["d"]) if year else None
        if published and (relative := _RELATIVE_DAY.search(sentence)):  # …代表大会昨天上午在…隆重开幕
            held = datetime.date.fromisoformat(published) - datetime.timedelta(days=_DAYS_BEFORE[relative.group()])
            return held.isoformat()
    return None


# a day named from the day the news was published (本报讯…大会昨天上午在上虞剧院隆重开幕)
_DAYS_BEFORE = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
_RELATIVE_DAY = re.compile("|".join(_DAYS_BEFORE))


def month_day_year(month: int, day: int, *, sentence: str, text: str, published: str | None) -> int | None:
    """The year of a month-day date: from the publication date, the sentence's own year, or the text's current year."""
    if published:
        year, published_month, published_day = (int(part) for part in published.split("-"))
        return year - 1 if (month, day) > (published_month, published_day) else year
    held = MEETING_VERB.search(sentence)
    if held:  # the year of the meeting's own clause (召开2021年上半年…会议), not of a later one
        stop = min((p for p in (sentence.find(m, held.end()) for m in "，；") if p >= 0), default=len(sentence))
        sentence = sentence[:stop]
    if match := YEAR_IN_TEXT.search(sentence):
        year = to_int(match["y"])
        planned = _PLANNED.search(sentence[match.end():match.end() + 30])
        # 12月24日…召开2022年经济工作谋划会: a year-end meeting plans the next year
        return year - 1 if year and month >= 11 and planned else year
    return current_year(text, month=month)


def current_year(text: str, *, month: int | None = None) -> int | None:
    """The year the text is written in, from what it says of it; None when it says nothing."""
    for pattern, which in _CURRENT_ANCHORS:
        if match := pattern.search(text):
            if which == "year":
                stated = to_int(match["y"])
                reviewed = _reviewed_year(text) if month is None or month <= 3 else None
                # 一、2024年工作回顾 … 2024年是新中国成立75周年: the year said of is the one reviewed, not this one
                return reviewed + 1 if reviewed and stated == reviewed else stated
            number = to_int(match["n"])
            start = five_year_plan_start(number + 10)
            if which == "last" and month is not None and month <= 6 and _next_plan_opens(text, number):
                return start + 5  # 3月16日…“十四五”圆满收官、“十五五”开局起步的重要节点: the next plan's first spring
            return start if which == "first" else start + 4
    if month is not None and month <= 3 and (reviewed := _reviewed_year(text)):
        return reviewed + 1
    if month is not None and month <= 10:
        # 4月15日…解读了全县2024年重点工作任务, 3月14日…审议《2025年…项目年度计划》, 审定《…2026年…专项行动方案》:
        # before the year's last months, the year whose work plan is discussed
        planned = {to_int(m["y"]) for pattern in (_YEARS_WORK, _YEARS_PLAN) for m in pattern.finditer(text)}
        if len(planned) == 1:
            return planned.pop()
    if month is not None and month >= 11:
        # 12月29日…提前布局2025年经济工作: in the year's last months, the year planned ahead is the next one
        ahead = {to_int(m["y"]) for m in _PLANNED_AHEAD.finditer(text)}
        if len(ahead) == 1 and (year := ahead.pop()):
            return year - 1
    if month is not None:
        # 4月15日…听取2024年第一季度工作情况的汇报: the year of a period of it that has ended by the meeting's month
        ended = {to_int(m["y"]) for m in _YEARS_PERIOD.finditer(text) if _period_end(m) < month}
        if len(ended) == 1:
            return ended.pop()
    return None


def _next_plan_opens(text: str, number: int) -> bool:
    """Does the text speak of the next five-year plan's opening (十五五开局 after 十四五收官)?"""
    following = "一二三四五六七八九"[number] if number < 9 else None
    return bool(following) and re.search(rf"十{following}五[”\"]?(?:规划)?(?:的)?(?:开局|起步)", text) is not None


_YEARS_PERIOD = re.compile(rf"(?P<y>{YEAR})\s*年(?:(?P<quarter>第一|一|前两|前三)季度|(?P<half>上半年)"
                           r"|1\s*[-—至~]\s*(?P<months>\d{1,2})\s*月)")
_QUARTER_ENDS = {"第一": 3, "一": 3, "前两": 6, "前三": 9}


def _period_end(match: re.Match) -> int:
    """The last month of a period named with its year (第一季度 → 3, 上半年 → 6, 1-5月 → 5)."""
    if match["quarter"]:
        return _QUARTER_ENDS[match["quarter"]]
    if match["half"]:
        return 6
    return to_int(match["months"]) or 12


_YEARS_WORK = re.compile(rf"(?P<y>{YEAR})\s*年(?:度)?(?:全[县市区镇乡省]|全年)?(?:重点工作|重点任务|工作要点|目标任务)"
                         r"(?![^，。；]{0,6}(?:完成|情况|总结|回顾))")


_YEARS_PLAN = re.compile(rf"(?P<y>{YEAR})\s*年度?[^，。；、\n]{{0,20}}?(?:计划|方案|要点)"
                         r"(?![^，。；]{0,6}(?:完成|情况|总结|回顾))")
_PLANNED_AHEAD = re.compile(rf"(?:谋划|布局|部署|安排|筹划)(?:好|做好)?(?:明年即)?\s*(?P<y>{YEAR})\s*年")


def _reviewed_year(text: str) -> int | None:
    """The year a report reviews (总结2024年…, 2024年工作回顾)."""
    match = _REVIEWED.search(text)
    return to_int(match["y"] or match["y2"]) if match else None
