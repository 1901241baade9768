"""Word clouds drawn server-side with the CJK font the package ships (PNG and SVG)."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from PIL import Image, ImageDraw, ImageFont
from wordcloud import WordCloud

from policylens.resources import packaged_path
from policylens.views.figures import UNCLASSIFIED_COLOR, theme_color

FONT_FILE = "fonts/NotoSansCJKsc-Regular-subset.otf"


def font_path() -> str:
    """A single-face Simplified Chinese font (Noto Sans CJK SC, OFL) that ships with the package."""
    return str(packaged_path(FONT_FILE))


def layout_wordcloud(frequencies: dict[str, float], *, width: int = 1600, height: int = 900, scale: float = 2.0,
                     max_words: int = 100, color_of: Callable[[str], str] | None = None,
                     background: str = "white", seed: int = 7):
    """A laid-out word cloud of ``width`` x ``height`` pixels.

    The layout runs at ``width/scale`` x ``height/scale`` and is drawn at full size: the same picture,
    several times faster than laying out at full size.
    """
    if not frequencies:
        frequencies = {"（无关键词）": 1.0}
    cloud = WordCloud(
        font_path=font_path(), width=max(1, int(width / scale)), height=max(1, int(height / scale)), scale=scale,
        background_color=background, max_words=max_words, random_state=seed, prefer_horizontal=0.95,
        relative_scaling=0.45, margin=4, collocations=False,
        color_func=(lambda word, **_: color_of(word)) if color_of else None, colormap=None if color_of else "viridis",
    )
    return cloud.generate_from_frequencies(frequencies)


def cloud_png(cloud) -> bytes:
    buffer = io.BytesIO()
    cloud.to_image().save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def cloud_svg(cloud) -> str:
    """SVG with the used glyphs of the font embedded, so it shows right on machines without a CJK font."""
    return cloud.to_svg(embed_font=True, optimize_embedded_font=True)


Legend = tuple[tuple[str, str], ...]


def theme_colouring(themes_of: dict[str, str], words: list[str]) -> tuple[Callable[[str], str], Legend]:
    """Each word in its theme's colour (``theme_color``), and the legend of the themes the words show."""
    shown = list(dict.fromkeys(themes_of[w] for w in words if w in themes_of))
    legend = tuple((theme, theme_color(theme)) for theme in shown)
    if any(w not in themes_of for w in words):
        legend += (("其他", UNCLASSIFIED_COLOR),)
    return (lambda word: theme_color(themes_of[word]) if word in themes_of else UNCLASSIFIED_COLOR), legend


@dataclass(frozen=True)
class Frame:
    """What a downloaded cloud carries like every other chart: title, subtitle, source line and, when colour
    means something, a legend of (label, colour)."""

    title: str
    subtitle: str = ""
    source: str = ""
    legend: Legend = ()


FRAME_WIDTH, FRAME_HEIGHT, HEADER, FOOTER = 1600, 900, 132, 88  # the footer: a legend row and the source line
CLOUD_HEIGHT = FRAME_HEIGHT - HEADER - FOOTER  # lay the cloud out at 1600 x CLOUD_HEIGHT to fill the frame


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


def _fit(text: str, size: int, width: int) -> str:
    """``text`` cut with an ellipsis to ``width`` pixels at ``size``."""
    font = _font(size)
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _legend_items(frame: Frame, *, size: int) -> list[tuple[int, str, str]]:
    """(x, label, colour) of each legend entry in the footer's first row, as many as the width holds."""
    items, x = [], 40
    for label, colour in frame.legend:
        width = 26 + int(_font(size).getlength(label)) + 22
        if x + width > FRAME_WIDTH - 40:
            break
        items.append((x, label, colour))
        x += width
    return items


LEGEND_ROW, SOURCE_ROW = FRAME_HEIGHT - FOOTER + 24, FRAME_HEIGHT - 24


def framed_png(cloud, frame: Frame) -> bytes:
    """A 1600 x 900 PNG: title and subtitle above the cloud, legend and source line below it."""
    canvas = Image.new("RGB", (FRAME_WIDTH, FRAME_HEIGHT), "white")
    picture = cloud.to_image()
    if picture.size != (FRAME_WIDTH, CLOUD_HEIGHT):
        picture = picture.resize((FRAME_WIDTH, CLOUD_HEIGHT), Image.Resampling.LANCZOS)
    canvas.paste(picture, (0, HEADER))
    draw = ImageDraw.Draw(canvas)
    draw.text((40, 34), _fit(frame.title, 38, FRAME_WIDTH - 80), font=_font(38), fill="#222222")
    draw.text((40, 86), _fit(frame.subtitle, 24, FRAME_WIDTH - 80), font=_font(24), fill="#555555")
    source = _fit(frame.source, 20, FRAME_WIDTH - 80)
    draw.text((FRAME_WIDTH - 40, SOURCE_ROW), source, font=_font(20), fill="#666666", anchor="rm")
    for x, label, colour in _legend_items(frame, size=20):
        draw.rounded_rectangle((x, LEGEND_ROW - 9, x + 18, LEGEND_ROW + 9), radius=3, fill=colour)
        draw.text((x + 26, LEGEND_ROW), label, font=_font(20), fill="#333333", anchor="lm")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def framed_svg(cloud, frame: Frame) -> str:
    """The same frame as SVG; the font's glyphs for the words *and* the frame's text are embedded."""
    inner = cloud.to_svg(embed_font=False)
    family = re.search(r"font-family:([^;]+);", inner).group(1)
    inner = re.sub(r"<svg\b[^>]*>", f'<svg x="0" y="{HEADER}" width="{FRAME_WIDTH}" height="{CLOUD_HEIGHT}" '
                   f'viewBox="0 0 {cloud.width * cloud.scale:g} {cloud.height * cloud.scale:g}" '
                   'preserveAspectRatio="xMidYMid meet">', inner, count=1)
    inner = re.sub(r"<style>@font-face.*?</style>", "", inner)
    source = _fit(frame.source, 20, FRAME_WIDTH - 80)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{FRAME_WIDTH}" height="{FRAME_HEIGHT}" '
             f'viewBox="0 0 {FRAME_WIDTH} {FRAME_HEIGHT}">',
             f"<style>@font-face{{font-family:{family};src:url(\"{_embedded_font(cloud, frame)}\")format(\"woff\");}}"
             f"text{{font-family:{family};}}</style>",
             '<rect width="100%" height="100%" fill="white"/>',
             f'<text x="40" y="72" font-size="38" fill="#222">{escape(_fit(frame.title, 38, FRAME_WIDTH - 80))}</text>',
             f'<text x="40" y="112" font-size="24" fill="#555">{escape(_fit(frame.subtitle, 24, FRAME_WIDTH - 80))}'
             "</text>", inner,
             f'<text x="{FRAME_WIDTH - 40}" y="{SOURCE_ROW}" font-size="20" fill="#666" text-anchor="end" '
             f'dominant-baseline="central">{escape(source)}</text>']
    for x, label, colour in _legend_items(frame, size=20):
        parts.append(f'<rect x="{x}" y="{LEGEND_ROW - 9}" width="18" height="18" rx="3" fill="{colour}"/>')
        parts.append(f'<text x="{x + 26}" y="{LEGEND_ROW}" font-size="20" fill="#333" dominant-baseline="central">'
                     f"{escape(label)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _embedded_font(cloud, frame: Frame) -> str:
    """A WOFF data URL of the shipped font cut down to the characters drawn."""
    import fontTools.subset  # here, not at the top: only an SVG download needs it

    text = "".join({c for item in cloud.layout_ for c in item[0][0]})
    text += frame.title + frame.subtitle + frame.source + "".join(label for label, _ in frame.legend) + "…"
    options = fontTools.subset.Options(hinting=False, desubroutinize=True, ignore_missing_glyphs=True)
    options.flavor = "woff"
    font = fontTools.subset.load_font(font_path(), options)
    subsetter = fontTools.subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    buffer = io.BytesIO()
    fontTools.subset.save_font(font, buffer, options)
    return "data:font/woff;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
