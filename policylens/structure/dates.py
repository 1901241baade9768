"""The date a meeting was held or a report delivered, read from the header and the lead."""

from __future__ import annotations

import re

from policylens.structure.lines import Line
from policylens.structure.numerals import to_int

NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
YEAR = r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}"
DATE_FULL = re.compile(rf"(?P<y>{YEAR})\s*年\s*(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日")
DATE_MONTH_DAY = re.compile(rf"(?<![\d年〇零一二三四五六七八九十])(?P<m>{NUMERAL})\s*月\s*(?P<d>{NUMERAL})\s*日")
YEAR_IN_TEXT = re.compile(rf"(?P<y>{YEAR})\s*年")
_DELIVERED = re.compile(r"^\s*(?:[（(]\s*)?在")
MEETING_VERB = re.compile(r"召开|举行|举办|开幕|召集|主持召开")


def iso_date(year: str, month: str, day: str) -> str | None:
    y, m, d = to_int(year), to_int(month), to_int(day)
    if y is None or m is None or d is None or not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def date_held(text: str, header: list[Line], lead: str, published: str | None) -> str | None:
    """``YYYY-MM-DD`` of the delivery line, of the sentence saying the meeting was held, or of a lone header date."""
    head_text = "\n".join(line.text for line in header)
    # 1. The delivery line: 2026年1月26日在…会议上 (the session may wrap onto the next line)
    for match in DATE_FULL.finditer(head_text):
        if _DELIVERED.match(head_text[match.end():match.end() + 4]) and (
                date := iso_date(match["y"], match["m"], match["d"])):
            return date
    # 2. A date in the sentence that says the meeting was held: 8月16日，…召开…
    for sentence in re.split(r"[。！？\n]", lead)[:3]:
        if not MEETING_VERB.search(sentence):
            continue
        if (match := DATE_FULL.search(sentence)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
        if match := DATE_MONTH_DAY.search(sentence):
            year = context_year(sentence, text, published)
            if year and (date := iso_date(str(year), match["m"], match["d"])):
                return date
    # 3. A date standing alone in the header, such as （2026年1月26日）
    for line in header:
        stripped = line.text.strip("（）() ")
        if (match := DATE_FULL.fullmatch(stripped)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
    return None


def context_year(sentence: str, text: str, published: str | None) -> int | None:
    """The year a month-day date belongs to: the sentence's own year, else the publication year, else the text's."""
    if match := YEAR_IN_TEXT.search(sentence):
        return to_int(match["y"])
    if published:
        return int(published[:4])
    if match := YEAR_IN_TEXT.search(text[:3000]):
        return to_int(match["y"])
    return None
