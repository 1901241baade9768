"""Word-cloud images: a 16:9 frame with title, legend and source line, in PNG and SVG, and one colour per theme."""

from __future__ import annotations

import base64
import io
import re

import numpy
import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from policylens.nlp.themes import themes
from policylens.views import wordcloud
from policylens.views.figures import UNCLASSIFIED_COLOR, theme_color

FRAME = wordcloud.Frame("2026 某省政府工作报告 · 关键词词云", "主题：民生保障", "来源：政策报告透视 · 某省人民政府",
                        legend=(("民生保障", theme_color("民生保障")), ("其他", UNCLASSIFIED_COLOR)))


@pytest.fixture(scope="module")
def cloud():
    return wordcloud.layout_wordcloud({"深中一体化": 5.0, "百千万工程": 4.0, "新质生产力": 3.0}, width=1600,
                                      height=wordcloud.CLOUD_HEIGHT)


def _ink(picture: Image.Image, box: tuple[int, int, int, int]) -> int:
    return int((numpy.asarray(picture.crop(box).convert("L")) < 128).sum())


def test_framed_png_is_16_9_with_text_above_and_below_the_cloud(cloud):
    picture = Image.open(io.BytesIO(wordcloud.framed_png(cloud, FRAME)))
    assert picture.size == (1600, 900)
    assert _ink(picture, (0, 0, 1600, wordcloud.HEADER)) > 2000, "title and subtitle drawn"
    footer = (0, 900 - wordcloud.FOOTER, 1600, 900)
    assert _ink(picture, footer) > 500, "source line drawn"
    legend_colour = tuple(int(theme_color("民生保障")[i:i + 2], 16) for i in (1, 3, 5))
    assert legend_colour in {colour for _, colour in picture.crop(footer).getcolors(1_000_000)}


def test_blank_frame_leaves_header_and_footer_empty(cloud):
    picture = Image.open(io.BytesIO(wordcloud.framed_png(cloud, wordcloud.Frame(""))))
    assert _ink(picture, (0, 0, 1600, wordcloud.HEADER)) == 0
    assert _ink(picture, (0, 900 - wordcloud.FOOTER, 1600, 900)) == 0


def test_framed_svg_embeds_the_glyphs_of_the_words_and_of_the_frame(cloud):
    svg = wordcloud.framed_svg(cloud, wordcloud.Frame("标题<粤>", "副标题", "来源：测试", legend=FRAME.legend))
    assert 'width="1600" height="900"' in svg
    assert "标题&lt;粤&gt;" in svg, "text is escaped"
    assert svg.count("@font-face") == 1
    data = re.search(r'url\("data:font/woff;base64,([^"]+)"\)', svg).group(1)
    covered = TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()
    for character in "标题粤来源民生保障其他深中一体化":
        assert ord(character) in covered, character


def test_long_titles_are_cut_to_the_frame():
    fitted = wordcloud._fit("很长的标题" * 60, 38, 1520)
    assert fitted.endswith("…") and len(fitted) < 300


def test_every_theme_keeps_one_colour_and_the_taxonomy_themes_do_not_share_one():
    names = [t.name for t in themes()]
    colours = [theme_color(name) for name in names]
    assert len(set(colours)) == len(names)
    assert theme_color(names[3]) == theme_color(names[3])
    assert theme_color("未分类") == UNCLASSIFIED_COLOR
    assert theme_color("用户新增主题") == theme_color("用户新增主题") != UNCLASSIFIED_COLOR


@pytest.mark.parametrize(("themes_of", "words", "legend"), [
    ({"就业": "民生保障"}, ["就业"], ["民生保障"]),
    ({"就业": "民生保障", "芯片": "产业经济"}, ["芯片", "就业", "发展"], ["产业经济", "民生保障", "其他"]),
    ({}, ["发展"], ["其他"]),
])
def test_theme_colouring_gives_a_legend_of_what_is_shown(themes_of, words, legend):
    color_of, shown = wordcloud.theme_colouring(themes_of, words)
    assert [label for label, _ in shown] == legend
    for word in words:
        assert color_of(word) == (theme_color(themes_of[word]) if word in themes_of else UNCLASSIFIED_COLOR)
