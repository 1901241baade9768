"""PolicyLens (政策报告透视) dashboard entry: page config, shared filters bound to the URL, navigation."""

from __future__ import annotations

import streamlit as st

from components import state
from components.navigation import app_pages

st.set_page_config(page_title="政策报告透视 PolicyLens", page_icon=":material/insights:", layout="wide")

page = st.navigation(app_pages())
view = state.sidebar()
if view.presenting:
    state.hide_chrome()
with state.running(view):
    page.run()
