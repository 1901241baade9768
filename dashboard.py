"""PolicyLens (政策报告透视) dashboard entry: page config, shared filters bound to the URL, navigation."""

from __future__ import annotations

import streamlit as st

from components import state
from components.navigation import app_pages

page = st.navigation(app_pages())
with state.running(state.prepare()):
    page.run()
