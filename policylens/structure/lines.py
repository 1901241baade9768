"""Lines of the analysis text: page cruft told apart from content, and sentences broken over lines put together."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from policylens.io.normalize import SENTENCE_END, without_glosses


@dataclass(frozen=True)
class Line:
    """A non-blank line: ``start``/``end`` bound its content without surrounding spaces.

    A content line may span several physical lines when a sentence was broken over them (WeChat layouts, numbers
    on lines of their own); its ``text`` then holds spaces where the line breaks were, so that ``text`` is still
    ``analysis[start:end]`` character for character.
    """

    start: int
    end: int
    text: str
    kind: str = "content"  # content | noise | caption | published | source


@dataclass(frozen=True)
class Joined:
    """Pieces of text joined into one string; every character remembers its offset in the text they came from."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, lines: list[Line]) -> Joined:
        offsets: list[int] = []
        for line in lines:
            offsets.extend(range(line.start, line.end))
        return cls("".join(line.text for line in lines), tuple(offsets))

    def source(self, original: str, start: int, end: int) -> str:
        """The characters of ``self.text[start:end]`` as they stand in ``original`` (the line breaks left out)."""
        return re.sub(r"\s*\n\s*", "", "".join(original[self.offsets[i]] for i in range(start, end)))


_TOOLBAR = frozenset(
    [
        "下载", "打印", "全屏", "收藏", "分享", "分享：", "分享到：", "打印本页", "关闭窗口", "关闭",
        "返回顶部", "返回", "顶部", "字号", "加大", "还原", "减小", "大", "中", "小", "默认",
        "扫一扫在手机打开当前页", "扫一扫", "【", "】", "小字号", "大字号", "中字号", "我要问", "我要纠错", "纠错",
        "评论", "点赞", "在看", "转发", "阅读原文", "返回首页", "上一篇", "下一篇",
    ]
)
_WIDGET_OPEN = re.compile(r"^【\s*(字号|字体|字体大小)")
# a forum page's chrome: | 显示全部楼层 |阅读模式 | 来自福建 (a reposted news item's surroundings)
_FORUM_CHROME = frozenset(["显示全部楼层", "阅读模式", "只看该作者", "楼主", "沙发", "板凳", "倒序浏览", "电梯直达",
                           "回复", "举报", "使用道具", "跳转到指定楼层", "快速回复", "返回列表"])
_FORUM_HINT = re.compile("[|｜]|来自|" + "|".join(sorted(_FORUM_CHROME)))
_FROM_PLACE = re.compile(r"来自[\u4e00-\u9fff]{2,6}")


def _forum_chrome(text: str) -> bool:
    """A line of bars and forum widgets only (| 显示全部楼层 |阅读模式 | 来自福建 来自 福建漳州)."""
    if len(text) > 60 or not _FORUM_HINT.search(text):
        return False  # read once per line of every text: most lines go no further
    parts = [part for part in re.split(r"[|｜\s]+", re.sub(r"来自\s+", "来自", text)) if part]
    if not parts:
        return "|" in text or "｜" in text
    return all(part in _FORUM_CHROME or _FROM_PLACE.fullmatch(part) for part in parts) and (
        "|" in text or "｜" in text or any(part in _FORUM_CHROME for part in parts))  # not 来自基层的声音…


_WIDGETS_ONLY = re.compile(r"^(?:\s*【[^【】]{0,30}】)+\s*$")  # 【纠错】 【责任编辑：钟红霞】
# 0:47/11:42自动播放, 00:00 / 03:15: a video player's clock
_PLAYER = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:自动播放)?$")
_BREADCRUMB = re.compile(r"^(您的位置|当前位置|您现在的位置|首页\s*[>＞»/])"
                         r"|\S\s*(?:>>|»|＞＞|>)\s*\S+\s*(?:>>|»|＞＞|>)")
_PHOTO_CREDIT = re.compile(
    r"(记者|通讯员|摄影)[\s\S]{0,20}摄\s*$|^(摄影|图片来源|图\s*/)[：\s]|[（(][^（()）]{2,14}摄[）)]\s*$"
)
_REPORTER = re.compile(r"^[\u4e00-\u9fff·]{0,12}(?:记者|通讯员|特约记者|见习记者)[：:\s]*[\u4e00-\u9fff]{2,4}"
                       r"(?:[\s、，]+[\u4e00-\u9fff]{2,4})*$")
_IMAGE_FILE = re.compile(r"^\S+\.(jpe?g|png|gif|bmp|webp|svg)$", re.IGNORECASE)
_SOURCE = re.compile(r"^(来源|稿源|文章来源|信息来源)[：:]?\s*(?P<value>.*)$")
_PUBLISHED = re.compile(
    r"^(?:(?P<label>发布时间|发布日期|时间|日期)[：:]?\s*)?(?P<y>\d{4})(?P<sep>[-/年.])(?P<m>\d{1,2})[-/月.]"
    r"(?P<d>\d{1,2})日?(?P<clock>\s*\d{1,2}[:：时]\d{1,2}(分|[:：]\d{1,2})?)?\s*$"
)
# a date somewhere in a short page line (发布时间：2018-07-11, 2024年02月28日14:58 | 来源：…,
# 新湖南客户端 2024-11-08 08:47)
_DATE_IN_LINE = re.compile(
    r"(?P<label>发布时间|发布日期|时间|日期)?[：:]?\s*(?P<y>(?:19|20)\d{2})(?P<sep>[-/年.])(?P<m>\d{1,2})[-/月.]"
    r"(?P<d>\d{1,2})日?(?P<clock>\s*\d{1,2}[:：时]\d{1,2}(?:分|[:：]\d{1,2})?)?"
)
_PAGE_WORDS = re.compile(r"来源|作者|浏览|阅读|点击|字号|打印|分享|编辑|责编|\||丨|Tag|客户端|\.s?html?\b|content_|-->")
_EDITOR = re.compile(r"^(责任编辑|责编|编辑|审核|校对|审校|作者|初审|一审|二审|三审|终审|复审|监制|策划|制作)[：:]\s*"
                     r"(?P<value>.*)$")
_FOOTER = re.compile(r"^(相关报道|相关链接|相关附件|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|更多阅读)\s*[：:>》]*")
_HEX_ID = re.compile(r"^[0-9a-f]{16,}[：:]?$")
_READING = re.compile(r"^(本篇文章|全文)?共?\d+字[，,\s]*(预计)?(阅读|读完)(时间)?约?\s*\d+\s*分钟|^此处隐藏\d+个字|"
                      r"^\d+\s*(条评论|人阅读|次阅读|阅读)$|^(阅读|浏览)[：:]?\s*\d+$")
_TEASER = re.compile(r"^(新闻导读|导读|编者按)[：:]")
_CAPTION = re.compile(r"^图为")
_TERMINAL = SENTENCE_END
_LIST_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]+[，、：是要]|"
    r"\d{1,2}[.、．](?!\d)|[●■◆▲•·◎○□★☆►▶]|——|—|首先|其次|最后|同志们|各位代表|各位委员)"
)
_DATE_LINE = re.compile(r"^[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年")
_NAME_LINE = re.compile(r"^[^\s，。；]{0,30}(?:长|书记|主任|主席)\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff·•]){1,7}$")
_APPENDIX_WORD = re.compile(r"^(附件|附表|附录|名词解释|目录)")
_SHORT = 24


@dataclass(frozen=True)
class LineRule:
    """A kind of line recognised by its text alone; ``value_follows`` when the label's value may sit on the next
    line (来源：\\n某某日报)."""

    name: str
    kind: str
    test: Callable[[str], bool]
    value_follows: Callable[[str], bool] | None = None


def _published(text: str) -> bool:
    if text.startswith(MINUTES_DATE_LABELS):
        return False  # 会议时间：2024年4月19日: the day the meeting was held (minutes), not the page's
    match = _PUBLISHED.match(text)
    if match and (match["label"] or match["clock"] or match["sep"] != "年"):
        return True
    if any(mark in text for mark in "。，；"):
        return False
    found = _DATE_IN_LINE.search(text)
    if not found or text[found.end():found.end() + 3].lstrip().startswith("在"):  # 2026年1月26日在…会议上: delivered
        return False
    if len(text) > 80 and not (found.start() == 0 and _PAGE_WORDS.search(text)):
        return False  # a long line is a sentence, unless it opens with the date and carries page debris
    return bool(found["label"] or found["clock"] or (found["sep"] != "年" and _PAGE_WORDS.search(text)))


def _empty_value(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: not pattern.match(text).group("value").strip()


# Checked in order; the first rule that matches gives the line its kind.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("toolbar", "noise", lambda t: t in _TOOLBAR or bool(_IMAGE_FILE.match(t) or _HEX_ID.match(t)
                                                                     or _WIDGETS_ONLY.match(t) or _PLAYER.match(t))),
    LineRule("forum chrome", "noise", _forum_chrome),
    LineRule("breadcrumb", "noise", lambda t: len(t) <= 80 and bool(_BREADCRUMB.search(t)) and "。" not in t),
    LineRule("published", "published", _published),
    LineRule("source", "source", lambda t: bool(_SOURCE.match(t)) and len(t) <= 30, _empty_value(_SOURCE)),
    LineRule("editor", "noise", lambda t: bool(_EDITOR.match(t)) and len(t) <= 30, _empty_value(_EDITOR)),
    LineRule("reading time, paywall, counts", "noise", lambda t: bool(_READING.search(t))),
    LineRule("teaser", "noise", lambda t: bool(_TEASER.match(t))),
    LineRule("photo credit", "noise", lambda t: bool(_PHOTO_CREDIT.search(t)) and len(t) <= 60),
    LineRule("reporter", "noise", lambda t: bool(_REPORTER.match(t))),
    LineRule("caption", "caption", lambda t: bool(_CAPTION.match(t))),
)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with content offsets (spaces trimmed); a minutes' 会议内容： label before a
    numbered list is a line of its own, so the list opens a line."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        stripped_left = len(raw) - len(raw.lstrip())
        content = raw.strip()
        if content:
            start = position + stripped_left
            if label := _CONTENT_LABEL.match(content):
                lines.append(Line(start, start + label.end(), content[:label.end()]))
                start, content = start + label.end(), content[label.end():]
            lines.append(Line(start, start + len(content), content))
        position += len(raw) + 1
    return lines


# the fields of a meeting's minutes (会议时间：…, 主持人：…), read as metadata, never joined to other lines
MINUTES_DATE_LABELS = ("会议时间", "开会时间", "召开时间")
MINUTES_FIELD = re.compile(r"(?:会议(?:时间|地点|主题|名称|议题|内容)|开会时间|召开时间|主持人|记录人|参会人员"
                           r"|出席人员|列席人员|缺席人员)[：:]")
_CONTENT_LABEL = re.compile(r"(?:会议内容|会议议题|主要内容|议题)[：:]\s*(?=[一二三四五六七八九十\d]{1,2}[、.．])")


def classify_lines(lines: list[Line]) -> list[Line]:
    """Mark toolbar words, font-size widgets, breadcrumbs, photo credits, footers; keep source/time as metadata.

    Three things depend on the lines before: the inside of a 【字号…】 widget, everything after a 相关新闻-style
    footer, and a label's value on the line after it.
    """
    result: list[Line] = []
    in_widget = after_footer = False
    pending_value: str | None = None
    for line in lines:
        text = without_glosses(line.text)  # 發(fā)布時(shí)間：… is a publication line too (only its kind is read)
        if in_widget and _looks_like_sentence(text):
            in_widget = False  # 【字体： 打印 with its 】 lost: the widget ends where the text's sentences begin
        if after_footer:
            kind = "noise"
        elif in_widget:
            kind = "noise"
            in_widget = "】" not in text
        elif pending_value and not _looks_like_sentence(text) and len(text) <= 20:
            kind = pending_value
        elif _WIDGET_OPEN.match(text):
            kind = "noise"
            in_widget = "】" not in text
        elif _FOOTER.match(text):
            kind = "noise"
            after_footer = True
        else:
            rule = next((r for r in LINE_RULES if r.test(text)), None)
            kind = rule.kind if rule else "content"
            if rule and rule.value_follows and rule.value_follows(text):
                pending_value = rule.kind
                result.append(Line(line.start, line.end, line.text, "noise"))
                continue
        pending_value = None
        result.append(Line(line.start, line.end, line.text, kind))
    return result


def join_broken(lines: list[Line], analysis: str) -> list[Line]:
    """Put back together a sentence broken over short lines (12月20日 / 东西湖区第十一届 / … / 在区会议中心隆重开幕;
    在 / 2022 / 年时间…): consecutive content lines with no sentence end between them, both short or glued by a
    number, and neither a heading, a list item, a salutation, a date line or a name line."""
    groups: list[list[Line]] = []  # the physical lines of each output line, joined once at the end (joining at
    for line in lines:              # every step rebuilt a growing text: quadratic on a text of many short lines)
        group = groups[-1] if groups else None
        if (group is not None and group[0].kind == "content" and line.kind == "content"
                and _continues(group[-1], line)):
            group.append(line)
        else:
            groups.append([line])
    return [group[0] if len(group) == 1 else replace(
        group[0], end=group[-1].end, text=analysis[group[0].start:group[-1].end].replace("\n", " "))
        for group in groups]


def _continues(previous: Line, line: Line) -> bool:
    head, tail = without_glosses(previous.text), without_glosses(line.text)
    if head.endswith(_TERMINAL) or _LIST_START.match(tail) or _LIST_START.match(head):
        return False
    if MINUTES_FIELD.match(head) or MINUTES_FIELD.match(tail):
        return False  # 会议地点：… / 主持人：… / 记录人：…: a minutes' fields, one a line
    if _DATE_LINE.match(tail) or any(p.match(t) for p in (_NAME_LINE, _APPENDIX_WORD) for t in (head, tail)):
        return False
    glued_by_number = head[-1].isdigit() or tail[0].isdigit()
    return glued_by_number or (len(head) <= _SHORT and len(tail) <= _SHORT) or head.endswith(("，", "、"))


def _looks_like_sentence(text: str) -> bool:
    return any(mark in text for mark in "。，；")


def published_date(text: str) -> str | None:
    """``YYYY-MM-DD`` of a publication-time line such as ``时间：2026-02-09`` or ``2026年02月10日 07时41分``."""
    match = _PUBLISHED.match(text) or _DATE_IN_LINE.search(text)
    if not match:
        return None
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


_SOURCE_IN_LINE = re.compile(r"(?:来源|稿源|信息来源)[：:]\s*(?P<value>[^\s|丨：:]{2,30})")


def source_value(text: str) -> tuple[int, int] | None:
    """Where the value of a 来源 label lies in a line (the whole line when it is the value on its own)."""
    match = _SOURCE.match(text)
    if match is None:
        if found := _SOURCE_IN_LINE.search(text):
            value = found.group("value")
            return None if value.startswith(("作者", "编辑")) else found.span("value")
        if _DATE_IN_LINE.search(text):
            return None
        stripped = text.strip()
        return (text.find(stripped), text.find(stripped) + len(stripped)) if stripped else None
    value = match.group("value")
    if not value.strip() or value.strip().startswith(("作者", "编辑")):
        return None
    start = match.start("value") + len(value) - len(value.lstrip())
    return start, start + len(value.strip())
