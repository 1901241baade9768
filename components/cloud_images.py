"""Word-cloud images for the keywords page (cached: PNG now, SVG on demand from the same layout)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.state import parse_version, parsed
from components.style import PALETTE
from policylens.views import report as views
from policylens.views import wordcloud


@st.cache_resource(max_entries=16, show_spinner="正在生成词云…")
def laid_out(report_id: str, version: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool):
    """The laid-out cloud for these words (a resource: the SVG export reuses the same layout)."""
    color_of = None
    if colour_by_theme:
        report = parsed(report_id)
        themes_of = views.theme_of_words(report, pd.DataFrame({"word": [w for w, _ in words]}))
        names = views.filter_options(report)

        def color_of(word: str) -> str:
            return PALETTE[names.index(themes_of[word]) % len(PALETTE)] if word in themes_of else "#7f8c8d"

    return wordcloud.layout_wordcloud(dict(words), width=1600, height=900, scale=2.0, max_words=len(words),
                                      color_of=color_of)


@st.cache_data(max_entries=16, show_spinner=False)
def _png(report_id: str, version: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool) -> bytes:
    return wordcloud.cloud_png(laid_out(report_id, version, words, colour_by_theme))


def cloud_png(report_id: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool) -> bytes:
    return _png(report_id, parse_version(report_id), words, colour_by_theme)


def cloud_svg(report_id: str, words: tuple[tuple[str, float], ...], colour_by_theme: bool) -> str:
    return wordcloud.cloud_svg(laid_out(report_id, parse_version(report_id), words, colour_by_theme))
