"""The app's pages, shared by the entry file and the pages' own fallback."""

from __future__ import annotations

import streamlit as st


def app_pages() -> list:
    return [
        st.Page("pages/overview.py", title="概览", icon=":material/dashboard:", url_path="overview", default=True),
        st.Page("pages/tasks.py", title="任务分解", icon=":material/account_tree:", url_path="tasks"),
        st.Page("pages/keywords.py", title="关键词", icon=":material/cloud:", url_path="keywords"),
        st.Page("pages/entities.py", title="实体关系", icon=":material/hub:", url_path="entities"),
        st.Page("pages/source.py", title="原文", icon=":material/article:", url_path="source"),
        st.Page("pages/compare.py", title="对比", icon=":material/compare_arrows:", url_path="compare"),
        st.Page("pages/corpus.py", title="语料", icon=":material/stacked_line_chart:", url_path="corpus"),
        st.Page("pages/library.py", title="报告库", icon=":material/library_books:", url_path="library"),
    ]
