"""Drawing the core's figures on a page (``policylens.views.figures``) with the export configuration."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from components.state import View
from components.style import export_config
from policylens.views.figures import (  # noqa: F401  (the pages call them as charts.<name>)
    area_bar,
    count_bar,
    empty_figure,
    heatmap,
    inert_markup,
    instrument_donut,
    keyword_bar,
    network,
    phrase_heatmap,
    regional_ranges,
    target_vs_result,
    theme_color,
    titled,
    treemap,
    verb_intensity,
)


def show(fig: go.Figure, view: View, name: str, *, key: str | None = None, select: bool = False):
    """Draw a figure (report text in it made inert) with the export configuration; returns the selection state
    when ``select``."""
    return st.plotly_chart(inert_markup(fig), key=key, on_select="rerun" if select else "ignore",
                           selection_mode=("points",), config=export_config(view.file_name(name), view.image_format))
