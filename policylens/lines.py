"""Split the analysis text into lines and tell web-page leftovers from content."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """A non-blank line: ``start``/``end`` bound its content without surrounding spaces."""

    start: int
    end: int
    text: str
    kind: str = "content"  # content | noise | caption | published | source


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
    """Mark toolbar words, font-size widgets, breadcrumbs, photo credits, footers; keep source/time as metadata."""
    result: list[Line] = []
    in_widget = False
    after_footer = False
    expect_value_of: str | None = None
    for line in lines:
        text = line.text
        kind = "content"
        if after_footer:
            kind = "noise"
        elif in_widget:
            kind = "noise"
            if "】" in text:
                in_widget = False
        elif expect_value_of and not _looks_like_sentence(text) and len(text) <= 20:
            kind = expect_value_of
        elif _WIDGET_OPEN.match(text):
            kind = "noise"
            in_widget = "】" not in text
        elif text in _TOOLBAR or _BREADCRUMB.match(text) or _IMAGE_FILE.match(text) or _HEX_ID.match(text):
            kind = "noise"
        elif _FOOTER.match(text):
            kind = "noise"
            after_footer = True
        elif (match := _SOURCE.match(text)) and len(text) <= 30:
            kind = "source"
            if not match.group("value").strip():
                expect_value_of = "source"
                result.append(Line(line.start, line.end, line.text, "noise"))
                continue
        elif (match := _PUBLISHED.match(text)) and (match["label"] or match["clock"] or match["sep"] != "年"):
            kind = "published"
        elif (match := _EDITOR.match(text)) and len(text) <= 30:
            kind = "noise"
            if not match.group("value").strip():
                expect_value_of = "noise"
                result.append(Line(line.start, line.end, line.text, kind))
                continue
        elif _PHOTO_CREDIT.search(text) and len(text) <= 60:
            kind = "noise"
        elif _CAPTION.match(text):
            kind = "caption"
        expect_value_of = None
        result.append(Line(line.start, line.end, line.text, kind))
    return result


def _looks_like_sentence(text: str) -> bool:
    return any(mark in text for mark in "。，；")


def published_date(text: str) -> str | None:
    """``YYYY-MM-DD`` of a publication-time line such as ``时间：2026-02-09`` or ``2026年02月10日 07时41分``."""
    match = _PUBLISHED.match(text)
    if not match:
        return None
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


def source_name(text: str) -> str | None:
    match = _SOURCE.match(text)
    return (match.group("value").strip() or None) if match else text.strip() or None
