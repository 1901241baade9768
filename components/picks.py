"""Clicks on chart points that choose something on the page (a network node, a heatmap cell)."""

from __future__ import annotations

import streamlit as st


def new_pick(selection, remember: str) -> dict | None:
    """The first clicked point of a chart's selection if it differs from the last one handled under ``remember``.

    A chart keeps its selection across reruns, so a pick is acted on once: after it, the page's own pickers
    may be changed by hand without the chart forcing its old choice back.
    """
    points = list(selection.selection.points) if selection and selection.selection else []
    point = points[0] if points else None
    key = repr(point.get("customdata")) if point else None
    if key == st.session_state.get(remember):
        return None
    st.session_state[remember] = key
    return point
