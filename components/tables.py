"""Tables as a reader sees them: a dash for a missing value (never "None"), a sentence for no rows (never "empty")."""

from __future__ import annotations

import pandas as pd
import streamlit as st


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing text shown as a dash; numeric columns keep their type (their formatting is the column's)."""
    text = [c for c in frame.columns if frame[c].dtype == object and frame[c].isna().any()]
    return frame.assign(**{c: frame[c].where(frame[c].notna(), "—") for c in text}) if text else frame


def show(frame: pd.DataFrame, *, empty: str, **options) -> None:
    """``st.dataframe`` with ``options``, or ``empty`` said in words when there are no rows."""
    if frame.empty:
        st.caption(empty)
        return
    st.dataframe(blank_missing(frame), **options)
