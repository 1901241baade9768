"""Meeting metadata: title, date held, publication date, speaker and titles, organizer, format."""

from __future__ import annotations

import re

from policylens.cnnum import to_int
from policylens.lines import Line, published_date, source_name
from policylens.model import Meeting
from policylens.resources import surnames

_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}"
DATE_FULL = re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日")
DATE_MONTH_DAY = re.compile(rf"(?<![\d年〇零一二三四五六七八九十])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日")
_YEAR_IN_TEXT = re.compile(rf"(?P<y>{_YEAR})\s*年")
_DELIVERED = re.compile(r"^\s*(?:[（(]\s*)?在")
_MEETING_VERB = re.compile(r"召开|举行|举办|开幕|召集|主持召开")
_TITLE_WORDS = re.compile(r"报告|讲话|会议|纲要|意见|规划|决定|通知|总结|方案|公报|致辞|发言")
_MEETING_NAME = re.compile(
    r"(?:召开|举行|举办)(?:了)?(?P<name>[^，。；！？\n]{2,60}?(?:大会|会议|座谈会|推进会|部署会|动员会|论坛|全会|常委会|现场会|报告会|务虚会))"
)
_SESSION = re.compile(r"在(?P<session>[^，。；\n]{2,50}?(?:会议|大会|全会))上")
_REGION = re.compile(r"(?P<region>[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区|州|盟|旗))第[一二三四五六七八九十]+届")
_FORMAT = re.compile(r"以(?P<format>[^，。；、\n]{2,14}?)(?:的)?形式")
_FORMAT_WORDS = re.compile(r"电视电话会议|网络视频会议|视频会议|视频连线|现场会议|线上线下相结合")
_TITLE_SUFFIX = (
    r"(?:书记|省长|市长|区长|县长|镇长|乡长|州长|主席|主任|部长|厅长|局长|委员|常委|院长|校长|董事长|总经理"
    r"|秘书长|署长|行长|社长)"
)
_HEADER_SPEAKER = re.compile(
    rf"^(?P<titles>[^\s，。；]{{0,30}}?{_TITLE_SUFFIX})[ ]+(?P<name>[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){{1,7}})$"
)
_TITLE_ONLY = re.compile(rf"^[^\s，。；]{{0,30}}{_TITLE_SUFFIX}$")
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){1,7}$")
_SENTENCE_SPEAKER = re.compile(
    rf"(?P<titles>[^，。；！？\n]{{0,60}}?{_TITLE_SUFFIX})(?P<name>[\u4e00-\u9fff·]{{2,6}}?)(?:同志)?"
    r"(?P<verb>出席会议并讲话|出席会议并作讲话|出席并讲话|作重要讲话|发表讲话|讲话|作[^，。]{0,12}报告|代表[^，。]{0,12}作|出席|主持)"
)
_SALUTATION = re.compile(r"^(各位代表|同志们|各位委员|各位领导)")


def extract_meeting(text: str, lines: list[Line], body_start: int) -> Meeting:
    """Metadata from the header lines (before ``body_start``) and the opening paragraph."""
    meeting = Meeting()
    header = lines[:body_start]
    for line in lines:
        if line.kind == "published" and meeting.published is None:
            meeting.published = published_date(line.text)
        elif line.kind == "source" and meeting.source_name is None:
            meeting.source_name = source_name(line.text)
    content_head = [line for line in header if line.kind == "content"]
    lead = _lead_text(lines, body_start)
    meeting.title = _title(content_head, lead)
    meeting.date = _date(text, content_head, lead, meeting.published)
    meeting.speaker, meeting.speaker_titles = _speaker(content_head, lead)
    session = _SESSION.search(_join(content_head)) or _SESSION.search(lead)
    meeting.session = session.group("session") if session else None
    meeting.organizer = _organizer(lead, content_head, meeting.session)
    fmt = _FORMAT.search(text)
    if fmt and _FORMAT_WORDS.search(fmt.group("format")):
        meeting.format = fmt.group("format")
    elif words := _FORMAT_WORDS.search(text):
        meeting.format = words.group()
    return meeting


def body_start_index(lines: list[Line]) -> int:
    """Index of the first body line: a salutation, a numbered heading, or a paragraph of sentences."""
    for index, line in enumerate(lines):
        if line.kind != "content":
            continue
        if _SALUTATION.match(line.text):
            return index
        if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", line.text):
            return index
        if len(line.text) >= 60 or (len(line.text) >= 20 and "。" in line.text):
            return index
    return len(lines)


def iso_date(year: str, month: str, day: str) -> str | None:
    y, m, d = to_int(year), to_int(month), to_int(day)
    if y is None or m is None or d is None or not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _join(lines: list[Line]) -> str:
    return "".join(line.text for line in lines)


def _lead_text(lines: list[Line], body_start: int) -> str:
    for line in lines[body_start:]:
        if line.kind == "content" and not _SALUTATION.match(line.text):
            return line.text
    return ""


def _title(header: list[Line], lead: str) -> str | None:
    for line in header:
        text = line.text.strip("《》 ")
        if (len(text) <= 60 and "。" not in text and _TITLE_WORDS.search(text) and not text.startswith("——")
                and not DATE_FULL.match(text)):
            return text
    if match := _MEETING_NAME.search(lead):
        return match.group("name")
    for line in header:
        if len(line.text) <= 40 and "。" not in line.text and not DATE_FULL.search(line.text):
            return line.text
    return None


def _date(text: str, header: list[Line], lead: str, published: str | None) -> str | None:
    head_text = "\n".join(line.text for line in header)
    # 1. The delivery line: 2026年1月26日在…会议上 (the session may wrap onto the next line)
    for match in DATE_FULL.finditer(head_text):
        if _DELIVERED.match(head_text[match.end():match.end() + 4]) and (
                date := iso_date(match["y"], match["m"], match["d"])):
            return date
    # 2. A date in the sentence that says the meeting was held: 8月16日，…召开…
    for sentence in re.split(r"[。！？\n]", lead)[:3]:
        if not _MEETING_VERB.search(sentence):
            continue
        if (match := DATE_FULL.search(sentence)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
        if match := DATE_MONTH_DAY.search(sentence):
            year = _context_year(sentence, text, published)
            if year and (date := iso_date(str(year), match["m"], match["d"])):
                return date
    # 3. A date standing alone in the header, such as （2026年1月26日）
    for line in header:
        stripped = line.text.strip("（）() ")
        if (match := DATE_FULL.fullmatch(stripped)) and (date := iso_date(match["y"], match["m"], match["d"])):
            return date
    return None


def _context_year(sentence: str, text: str, published: str | None) -> int | None:
    """The year a month-day date belongs to: the sentence's own year, else the publication year, else the text's."""
    if match := _YEAR_IN_TEXT.search(sentence):
        return to_int(match["y"])
    if published:
        return int(published[:4])
    if match := _YEAR_IN_TEXT.search(text[:3000]):
        return to_int(match["y"])
    return None


def clean_name(name: str) -> str:
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


def _split_titles(titles: str) -> list[str]:
    parts = re.split(r"[、，,]", titles)
    return [p.strip() for p in parts if p.strip()]


def _speaker(header: list[Line], lead: str) -> tuple[str | None, list[str]]:
    for index, line in enumerate(header):
        if match := _HEADER_SPEAKER.match(line.text):
            name = clean_name(match["name"])
            if looks_like_name(name):
                return name, _split_titles(match["titles"])
        if _TITLE_ONLY.match(line.text) and index + 1 < len(header):
            following = header[index + 1].text
            if _NAME_ONLY.match(following) and looks_like_name(following):
                return clean_name(following), _split_titles(line.text)
    for line in header:
        if _NAME_ONLY.match(line.text) and looks_like_name(line.text) and not _TITLE_WORDS.search(line.text):
            return clean_name(line.text), []
    candidates = []
    for match in _SENTENCE_SPEAKER.finditer(lead):
        name = clean_name(match["name"])
        if looks_like_name(name):
            rank = 1 if match["verb"] in ("出席", "主持") else 0
            candidates.append((rank, match.start(), name, _split_titles(match["titles"])))
    if candidates:
        _, _, name, titles = min(candidates)
        return name, titles
    return None, []


def _organizer(lead: str, header: list[Line], session: str | None) -> str | None:
    first_sentence = re.split(r"[。！？]", lead, maxsplit=1)[0]
    match = re.search(
        rf"^(?:(?:{_YEAR})\s*年)?\s*(?:(?:{_NUM})\s*月\s*(?:{_NUM})\s*日)?[，\s]*(?:上午|下午|晚上)?[，\s]*"
        r"(?P<org>[\u4e00-\u9fff（）、]{2,30}?)(?:在[^，。]{1,20})?(?:召开|举行|举办)",
        first_sentence,
    )
    if match:
        return match["org"]
    text = _join(header) + lead
    if match := re.search(r"我代表(?P<org>[\u4e00-\u9fff]{0,15}?人民政府)", text):
        organizer = match["org"]
        if organizer[0] in "省市县区" and session and (region := _REGION.search(session)):
            organizer = region["region"] + organizer[1:] if not organizer.startswith(region["region"]) else organizer
        return organizer
    return None
