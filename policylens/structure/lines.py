"""Lines of the analysis text, each told apart as content or page cruft (toolbars, breadcrumbs, credits…)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """A non-blank line: ``start``/``end`` bound its content without surrounding spaces."""

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
        return "".join(original[self.offsets[i]] for i in range(start, end))


_TOOLBAR = frozenset(
    [
        "下载", "打印", "全屏", "收藏", "分享", "分享：", "分享到：", "打印本页", "关闭窗口", "关闭",
        "返回顶部", "返回", "顶部", "字号", "加大", "还原", "减小", "大", "中", "小", "默认",
        "扫一扫在手机打开当前页", "扫一扫", "【", "】",
    ]
)
_WIDGET_OPEN = re.compile(r"^【\s*(字号|字体|字体大小)")
_BREADCRUMB = re.compile(r"^(您的位置|当前位置|您现在的位置|首页\s*[>＞»/])")
_PHOTO_CREDIT = re.compile(r"(记者|通讯员|摄影)[\s\S]{0,20}摄\s*$|^(摄影|图片来源|图\s*/)[：\s]")
_IMAGE_FILE = re.compile(r"^\S+\.(jpe?g|png|gif|bmp|webp|svg)$", re.IGNORECASE)
_SOURCE = re.compile(r"^(来源|稿源|文章来源)[：:]?\s*(?P<value>.*)$")
_PUBLISHED = re.compile(
    r"^(?:(?P<label>发布时间|发布日期|时间|日期)[：:]?\s*)?(?P<y>\d{4})(?P<sep>[-/年.])(?P<m>\d{1,2})[-/月.]"
    r"(?P<d>\d{1,2})日?(?P<clock>\s*\d{1,2}[:：时]\d{1,2}(分|[:：]\d{1,2})?)?\s*$"
)
_EDITOR = re.compile(r"^(责任编辑|编辑|审核|校对|审校|作者)[：:]\s*(?P<value>.*)$")
_FOOTER = re.compile(r"^(相关报道|相关链接|相关附件|相关阅读|相关新闻|相关文章|推荐阅读)\s*[：:>》]*")
_HEX_ID = re.compile(r"^[0-9a-f]{16,}[：:]?$")
_CAPTION = re.compile(r"^图为")


@dataclass(frozen=True)
class LineRule:
    """A kind of line recognised by its text alone; ``value_follows`` when the label's value may sit on the next
    line (来源：\\n某某日报)."""

    name: str
    kind: str
    test: Callable[[str], bool]
    value_follows: Callable[[str], bool] | None = None


def _published(text: str) -> bool:
    match = _PUBLISHED.match(text)
    return bool(match and (match["label"] or match["clock"] or match["sep"] != "年"))


def _empty_value(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: not pattern.match(text).group("value").strip()


# Checked in order; the first rule that matches gives the line its kind.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("toolbar", "noise", lambda t: t in _TOOLBAR or bool(_BREADCRUMB.match(t) or _IMAGE_FILE.match(t)
                                                                     or _HEX_ID.match(t))),
    LineRule("source", "source", lambda t: bool(_SOURCE.match(t)) and len(t) <= 30, _empty_value(_SOURCE)),
    LineRule("published", "published", _published),
    LineRule("editor", "noise", lambda t: bool(_EDITOR.match(t)) and len(t) <= 30, _empty_value(_EDITOR)),
    LineRule("photo credit", "noise", lambda t: bool(_PHOTO_CREDIT.search(t)) and len(t) <= 60),
    LineRule("caption", "caption", lambda t: bool(_CAPTION.match(t))),
)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with content offsets (spaces trimmed)."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        stripped_left = len(raw) - len(raw.lstrip())
        content = raw.strip()
        if content:
            start = position + stripped_left
            lines.append(Line(start, start + len(content), content))
        position += len(raw) + 1
    return lines


def classify_lines(lines: list[Line]) -> list[Line]:
    """Mark toolbar words, font-size widgets, breadcrumbs, photo credits, footers; keep source/time as metadata.

    Three things depend on the lines before: the inside of a 【字号…】 widget, everything after a 相关新闻-style
    footer, and a label's value on the line after it.
    """
    result: list[Line] = []
    in_widget = after_footer = False
    pending_value: str | None = None
    for line in lines:
        text = line.text
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
                result.append(Line(line.start, line.end, text, "noise"))
                continue
        pending_value = None
        result.append(Line(line.start, line.end, text, kind))
    return result


def _looks_like_sentence(text: str) -> bool:
    return any(mark in text for mark in "。，；")


def published_date(text: str) -> str | None:
    """``YYYY-MM-DD`` of a publication-time line such as ``时间：2026-02-09`` or ``2026年02月10日 07时41分``."""
    match = _PUBLISHED.match(text)
    if not match:
        return None
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


def source_value(text: str) -> tuple[int, int] | None:
    """Where the value of a 来源 line lies in it (the whole line when it is the value on its own)."""
    match = _SOURCE.match(text)
    if match is None:
        stripped = text.strip()
        return (text.find(stripped), text.find(stripped) + len(stripped)) if stripped else None
    value = match.group("value")
    if not value.strip():
        return None
    start = match.start("value") + len(value) - len(value.lstrip())
    return start, start + len(value.strip())
