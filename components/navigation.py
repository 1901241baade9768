"""The app's pages and the sidebar links to them (Streamlit's own page list stays hidden: see config.toml)."""

from __future__ import annotations

import streamlit as st

PAGES = (
    # (file, title, icon, url path)
    ("pages/overview.py", "概览", ":material/dashboard:", "overview"),
    ("pages/tasks.py", "任务分解", ":material/account_tree:", "tasks"),
    ("pages/keywords.py", "关键词", ":material/cloud:", "keywords"),
    ("pages/entities.py", "实体关系", ":material/hub:", "entities"),
    ("pages/targets.py", "指标", ":material/query_stats:", "targets"),
    ("pages/source.py", "原文", ":material/article:", "source"),
    ("pages/compare.py", "对比", ":material/compare_arrows:", "compare"),
    ("pages/corpus.py", "语料", ":material/stacked_line_chart:", "corpus"),
    ("pages/phrases.py", "提法追踪", ":material/manage_search:", "phrases"),
    ("pages/library.py", "报告库", ":material/library_books:", "library"),
)


def app_pages() -> list:
    # no page icons: Streamlit would make a page's material icon the tab's favicon, fetched from a font CDN
    pages = [st.Page(path, title=title, url_path="home" if index == 0 else url, default=index == 0)
             for index, (path, title, _, url) in enumerate(PAGES)]
    # The default page answers at "/" only; its own key (/overview, as links and the README write it) is served
    # by a second entry for the same file, listed nowhere.
    path, title, _, url = PAGES[0]
    return [*pages, st.Page(path, title=title, url_path=url)]


def navigate():
    """Register the pages and return the one to run; the page list is drawn by ``sidebar_links``.

    Streamlit would list a ``pages/`` folder by file name until the entry script runs; with
    ``client.showSidebarNavigation = false`` it lists nothing, and the Chinese links below are the only ones.
    """
    return st.navigation(app_pages(), position="hidden")


def sidebar_links() -> None:
    for path, title, icon, _ in PAGES:
        st.page_link(path, label=title, icon=icon)
