"""Meeting metadata: title, date held, publication date, speaker and titles, organizer, format, session."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policylens.model import Meeting
from policylens.structure.dates import DATE_FULL, NUMERAL, YEAR, date_held
from policylens.structure.lines import Joined, Line, published_date, source_value
from policylens.structure.speaker import TITLE_WORDS, find_speaker

_MEETING_NAME = re.compile(
    r"(?:召开|举行|举办)(?:了)?(?P<name>[^，。；！？\n]{2,60}?(?:大会|会议|座谈会|推进会|部署会|动员会|论坛|全会|常委会|现场会"
    r"|报告会|务虚会))"
)
_SESSION = re.compile(r"在(?P<session>[^，。；\n]{2,50}?(?:会议|大会|全会))上")
_REGION = re.compile(r"(?P<region>[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区|州|盟|旗))第[一二三四五六七八九十]+届")
_FORMAT = re.compile(r"以(?P<format>[^，。；、\n]{2,14}?)(?:的)?形式")
_FORMAT_WORDS = re.compile(r"电视电话会议|网络视频会议|视频会议|视频连线|现场会议|线上线下相结合")
_SALUTATION = re.compile(r"^(各位代表|同志们|各位委员|各位领导)")
_ORGANIZER = re.compile(
    rf"^(?:(?:{YEAR})\s*年)?\s*(?:(?:{NUMERAL})\s*月\s*(?:{NUMERAL})\s*日)?[，\s]*(?:上午|下午|晚上)?[，\s]*"
    r"(?P<org>[\u4e00-\u9fff（）、]{2,30}?)(?:在[^，。]{1,20})?(?:召开|举行|举办)"
)
_ON_BEHALF = re.compile(r"我代表(?P<org>[\u4e00-\u9fff]{0,15}?人民政府)")


@dataclass(frozen=True)
class _Found:
    """A match in joined lines: its analysis text and a way back to the source's own characters."""

    joined: Joined
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.joined.text[self.start:self.end]

    def source(self, original: str) -> str:
        return self.joined.source(original, self.start, self.end)


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


def read_meeting(analysis: str, lines: list[Line], body_start: int, original: str) -> Meeting:
    """Metadata from the header lines (before ``body_start``) and the opening paragraph, in ``original``'s script."""
    meeting = Meeting()
    header = lines[:body_start]
    for line in lines:
        if line.kind == "published" and meeting.published is None:
            meeting.published = published_date(line.text)
        if line.kind in ("source", "published") and meeting.source_name is None and (
                span := source_value(line.text)):
            meeting.source_name = original[line.start + span[0]:line.start + span[1]]
    content_head = [line for line in header if line.kind == "content"]
    body = [line for line in lines[body_start:] if line.kind == "content"]
    lead = _lead(lines, body_start)
    meeting.title = _title(content_head, lead, original)
    meeting.date = date_held(analysis, content_head, content_head + _opening(body), meeting.published)
    meeting.speaker, meeting.speaker_titles = find_speaker(content_head, body, original)
    session = _session(content_head, lead)
    meeting.session = session.source(original) if session else None
    meeting.organizer = _organizer(lead, content_head, session, original)
    fmt = _FORMAT.search(analysis)
    if fmt and _FORMAT_WORDS.search(fmt.group("format")):
        meeting.format = original[fmt.start("format"):fmt.end("format")]
    elif words := _FORMAT_WORDS.search(analysis):
        meeting.format = original[words.start():words.end()]
    return meeting


def _opening(body: list[Line], *, paragraphs: int = 4) -> list[Line]:
    """The first paragraphs of the body, up to the first numbered point: where a news item says what was held."""
    opening = []
    for line in body[:paragraphs]:
        if re.match(r"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]", line.text):
            break
        opening.append(line)
    return opening


def _lead(lines: list[Line], body_start: int) -> Line | None:
    for line in lines[body_start:]:
        if line.kind == "content" and not _SALUTATION.match(line.text):
            return line
    return None


def _title(header: list[Line], lead: Line | None, original: str) -> str | None:
    for line in header:
        text = line.text.strip("《》 ")
        if (len(text) <= 60 and "。" not in text and TITLE_WORDS.search(text) and not text.startswith("——")
                and not DATE_FULL.match(text)):
            start = line.start + line.text.find(text)
            return original[start:start + len(text)]
    if lead is not None and (match := _MEETING_NAME.search(lead.text)):
        return original[lead.start + match.start("name"):lead.start + match.end("name")]
    for line in header:
        if len(line.text) <= 40 and "。" not in line.text and not DATE_FULL.search(line.text):
            return original[line.start:line.end]
    return None


def _session(header: list[Line], lead: Line | None) -> _Found | None:
    for joined in (Joined.of(header), Joined.of([lead]) if lead else None):
        if joined is not None and (match := _SESSION.search(joined.text)):
            return _Found(joined, match.start("session"), match.end("session"))
    return None


def _organizer(lead: Line | None, header: list[Line], session: _Found | None, original: str) -> str | None:
    if lead is not None:
        first_sentence = re.split(r"[。！？]", lead.text, maxsplit=1)[0]
        if match := _ORGANIZER.search(first_sentence):
            return original[lead.start + match.start("org"):lead.start + match.end("org")]
    joined = Joined.of(header + ([lead] if lead else []))
    if match := _ON_BEHALF.search(joined.text):
        organizer = _Found(joined, match.start("org"), match.end("org"))
        region = _REGION.search(session.text) if session else None
        if organizer.text[0] in "省市县区" and region and not organizer.text.startswith(region["region"]):
            start = session.start + region.start("region")
            prefix = _Found(session.joined, start, start + len(region["region"]))
            return prefix.source(original) + organizer.joined.source(original, organizer.start + 1, organizer.end)
        return organizer.source(original)
    return None
