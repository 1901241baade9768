"""Word-cloud images for the keywords page (cached: PNG now, SVG on demand from the same layout)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.state import parse_version, parsed
from policylens.views import report as views
from policylens.views import wordcloud


@st.cache_resource(max_entries=16, show_spinner="正在生成词云…")
def laid_out(report_id: str, version: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool):
    """The laid-out cloud and its legend (a resource: the SVG export reuses the same layout)."""
    color_of, legend = None, ()
    if colour_by_theme:
        themes_of = views.theme_of_words(parsed(report_id), pd.DataFrame({"word": [w for w, _ in words]}))
        color_of, legend = wordcloud.theme_colouring(themes_of, [w for w, _ in words])
    cloud = wordcloud.layout_wordcloud(dict(words), width=wordcloud.FRAME_WIDTH, height=wordcloud.CLOUD_HEIGHT,
                                       scale=2.0, max_words=len(words), color_of=color_of)
    return cloud, legend


@st.cache_data(max_entries=16, show_spinner=False)
def _png(report_id: str, version: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool,
         caption: tuple[str, str, str]) -> bytes:
    cloud, legend = laid_out(report_id, version, words, colour_by_theme)
    return wordcloud.framed_png(cloud, wordcloud.Frame(*caption, legend=legend))


def cloud_png(report_id: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool,
              caption: tuple[str, str, str]) -> bytes:
    """A 16:9 PNG with the title, subtitle, legend and source line of ``caption`` (title, subtitle, source)."""
    return _png(report_id, parse_version(report_id), words, colour_by_theme, caption)


def cloud_svg(report_id: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool,
              caption: tuple[str, str, str]) -> str:
    cloud, legend = laid_out(report_id, parse_version(report_id), words, colour_by_theme)
    return wordcloud.framed_svg(cloud, wordcloud.Frame(*caption, legend=legend))
