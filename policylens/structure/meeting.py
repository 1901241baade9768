"""Meeting metadata: title, date held, publication date, speaker and titles, organizer, format, session."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policylens.io.normalize import GLOSS, GlossFree, without_gloss_marks
from policylens.model import Meeting
from policylens.structure.dates import DATE_FULL, NUMERAL, YEAR, date_held
from policylens.structure.lines import MINUTES_FIELD, Joined, Line, published_date, source_value
from policylens.structure.speaker import TITLE_WORDS, find_speaker

_MEETING_ENDS = r"(?:大会|会议|全会|常委会|论坛|[^，。；！？\n、]{2}会)"
# the meeting named after 召开/举行 (召开2023年上半年工作总结暨下半年工作部署大会), or before 开幕/召开
# (乐山市第八届人民代表大会第七次会议开幕; 文峰区招商引资暨经济运行工作会议在…召开)
_MEETING_NAME = re.compile(
    rf"(?:召开|举行|举办)(?:了)?(?P<name>[^，。；！？\n、]{{2,60}}?{_MEETING_ENDS})(?=[，。；！？\s]|$)"
    rf"|(?:^|[，。：\s]|\d日|[上下]午|晚)(?P<before>[^，。；！？\n、]{{4,60}}?{_MEETING_ENDS})(?:在[^，。]{{1,30}})?"
    r"(?:隆重|胜利|正式)?(?:开幕|召开|举行)"
)
# not a name: this meeting, a kind of meetings, a count of them (先后召开6次推进会)
_NOT_A_NAME = re.compile(r"^(?:这次|此次|本次|该|上述|有关|相关|各类|一系列|[\d一二三四五六七八九十两多]+次)|等")
_TAG = re.compile(r"^\[[^\[\]]{1,20}\]|^【[^【】]{1,20}】")  # [县长在县委书记]: a template site's tag
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
        if len(line.text) >= 60 or (len(line.text) >= 20 and _SENTENCE_END.search(line.text)):
            return index
    return len(lines)


# a full stop after words ends a sentence; after a stray mark it is a mis-decoded character ((浙江?。?025年…报告)
_SENTENCE_END = re.compile(r"[\u4e00-\u9fff”’）)%\d]。")


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
    plain_analysis, plain_head, plain_body, plain_original = _without_glosses(content_head, body, analysis, original)
    # the title is read without pinyin glosses too (交流會(huì) ends a meeting's name), and shown without them
    plain_lead = _lead(plain_body, 0)
    meeting.title = _title(plain_head, plain_lead, plain_original)
    meeting.date = date_held(plain_analysis, plain_head, plain_head + _opening(plain_body), meeting.published)
    meeting.speaker, meeting.speaker_titles = find_speaker(plain_head, plain_body, plain_original)
    session = _session(content_head, lead)
    meeting.session = session.source(original) if session else None
    meeting.organizer = _organizer(lead, content_head, session, original)
    fmt = _FORMAT.search(analysis)
    if fmt and _FORMAT_WORDS.search(fmt.group("format")):
        meeting.format = original[fmt.start("format"):fmt.end("format")]
    elif words := _FORMAT_WORDS.search(analysis):
        meeting.format = original[words.start():words.end()]
    return meeting


def _without_glosses(header: list[Line], body: list[Line], analysis: str,
                     original: str) -> tuple[str, list[Line], list[Line], str]:
    """The analysis, the lines and the original with pinyin glosses taken out (區(qū)長(zhǎng)李旭召開(kāi) reads
    區長李旭召開), for readers that only return what they find as text (the date, the speaker); unchanged when the
    text has no glosses."""
    if GLOSS not in analysis:
        return analysis, header, body, original
    plain = GlossFree.of(analysis)
    return (plain.text, [plain.plain_span(line) for line in header], [plain.plain_span(line) for line in body],
            plain.kept_of(original))


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
    """The headline or the report's title line, else the name of the meeting the lead says was held."""
    for line in header:
        text = line.text.strip("《》 ")
        if MINUTES_FIELD.match(text):
            continue  # 会议时间：…, 主持人：…: a minutes' fields, no title
        if label := _TITLE_FIELD.match(text):
            text = text[label.end():]  # 名称:  中共…关于…的报告: a page's metadata field names the title
            text = text.rstrip("|｜ ")  # 标 题 | …的通知 |: a table row's closing bar
        if (len(text) <= 60 and not _SENTENCE_END.search(text) and TITLE_WORDS.search(text)
                and not text.startswith("——") and not DATE_FULL.match(text)):
            return _cleaned_title(original, line.start + line.text.find(text), len(text))
    if lead is not None and (name := meeting_name(lead.text)):
        written = original[lead.start + name[0]:lead.start + name[1]]
        if "\n" in written:  # the lead is two short lines the reader joined: the one that names the meeting
            return _cleaned_title(original, lead.start + name[0], name[1] - name[0])
        return without_gloss_marks(written)
    for line in header:
        if MINUTES_FIELD.match(line.text):
            continue
        # a header line may run a site's banner, the headline and a byline together: the headline is the last part
        # that is neither banner nor credit
        parts = [part for part in re.finditer(r"\S+(?: \S+)*", line.text)
                 if len(part.group()) <= 40 and "。" not in part.group() and not DATE_FULL.search(part.group())
                 and not _CREDIT_PART.match(part.group())]
        if parts and not _BANNER.search(parts[-1].group()):
            return _cleaned_title(original, line.start + parts[-1].start(), len(parts[-1].group()))
    return None


_TITLE_FIELD = re.compile(r"(?:名\s?称|标\s?题|题\s?目|文件名称)\s*[:：|｜]\s*")
# a site's welcome banner, not the headline (上虞第一城市门户欢迎您!   手机上虞广播网)
_BANNER = re.compile(r"欢迎(?:您|你|访问|光临)|门户网?$|当前位置|您的位置|首页")
_CREDIT_PART = re.compile(r"(?:作者|编辑|责编|记者|通讯员|摄影|来源)\s*[:：|｜]?")


def meeting_name(text: str) -> tuple[int, int] | None:
    """Where a sentence names the meeting it reports (not 这次会议, not a list of meetings)."""
    for sentence in re.split(r"[。！？]", text)[:3]:
        offset = text.find(sentence)
        for match in _MEETING_NAME.finditer(sentence):
            group = "name" if match["name"] else "before"
            name = match[group]
            if not _NOT_A_NAME.search(name):
                return offset + match.start(group), offset + match.end(group)
    return None


def _cleaned_title(original: str, start: int, length: int) -> str:
    """A title without a template site's tag ([县长在县委书记]…), a trailing exclamation mark or a second line."""
    text = without_gloss_marks(original[start:start + length])
    if "\n" in text:  # two short header lines the reader joined (基层动态 / 沂河局召开…会议): the one that is a title
        parts = [part.strip() for part in text.split("\n") if part.strip()]
        text = next((part for part in parts if TITLE_WORDS.search(part)), parts[-1] if parts else text)
    if tag := _TAG.match(text):
        text = text[tag.end():]
    return text.rstrip("!！ ") or original[start:start + length]


def _session(header: list[Line], lead: Line | None) -> _Found | None:
    for joined in (Joined.of(header), Joined.of([lead]) if lead else None):
        if joined is None:
            continue
        tag = _TAG.match(joined.text)
        if match := _SESSION.search(joined.text, tag.end() if tag else 0):
            return _Found(joined, match.start("session"), match.end("session"))
    return None


def _is_body(name: str) -> bool:
    """An organizer is a body (某区, 市商务局), not a meeting (…工作会议), a person who chaired (县长杨孟珠主持) nor
    the news writer's own place (我县, 本市: which body it is the text does not say)."""
    return not re.search(r"(?:会议|大会|会)(?:隆重|胜利|正式)?$|主持$|、|^[我本][省市县区镇乡局委]$", name)


def _organizer(lead: Line | None, header: list[Line], session: _Found | None, original: str) -> str | None:
    if lead is not None:
        first_sentence = re.split(r"[。！？]", lead.text, maxsplit=1)[0]
        match = _ORGANIZER.search(first_sentence)
        if match and _is_body(match["org"]):
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
