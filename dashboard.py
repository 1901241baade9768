"""PolicyLens (政策报告透视) dashboard entry: page config, shared filters, navigation."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="政策报告透视 PolicyLens", page_icon="📑", layout="wide")

pages = [
    st.Page("pages/overview.py", title="概览", icon="📋", url_path="overview", default=True),
]
page = st.navigation(pages)
page.run()
