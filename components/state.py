"""Shared state: the sidebar filters (bound to the URL), the loaded report, cached tables."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from policylens import catalog, views
from policylens.model import Report

FORMATS = {"PNG": "png", "SVG": "svg"}


@st.cache_resource(show_spinner="正在加载分词词典…")
def segmenter():
    """The tokenizer, once per server process."""
    from policylens.segment import tokenizer

    return tokenizer()


@st.cache_data(max_entries=12, show_spinner="正在解析报告…")
def parsed(report_id: str) -> Report:
    return catalog.load_embedded(report_id)


@st.cache_data(max_entries=12, show_spinner=False)
def task_table(report_id: str) -> pd.DataFrame:
    return views.task_frame(parsed(report_id))


@st.cache_data(max_entries=64, show_spinner=False)
def filtered_tasks(report_id: str, selection: tuple[str, ...]) -> pd.DataFrame:
    return views.filter_tasks(task_table(report_id), list(selection))


@st.cache_data(max_entries=12, show_spinner=False)
def options(report_id: str) -> list[str]:
    return views.filter_options(parsed(report_id))


@dataclass(frozen=True)
class View:
    """What the sidebar chose: the report, the theme/focus-area filter, entity types, export format."""

    report_id: str
    selection: tuple[str, ...]
    entity_types: tuple[str, ...]
    image_format: str
    presenting: bool
    report: Report

    @property
    def tasks(self) -> pd.DataFrame:
        return filtered_tasks(self.report_id, self.selection)

    @property
    def filtered(self) -> bool:
        return bool(self.selection)

    @property
    def spans(self) -> list[tuple[int, int]] | None:
        return views.spans_of(self.tasks) if self.selection else None

    @property
    def filter_label(self) -> str:
        return views.filter_label(list(self.selection))

    @property
    def short_title(self) -> str:
        meeting = self.report.meeting
        return meeting.title or catalog.entry(self.report_id).label

    @property
    def source_line(self) -> str:
        meeting = self.report.meeting
        date = f"（{meeting.date}）" if meeting.date else ""
        return f"来源：{self.short_title}{date} · PolicyLens 政策报告透视"

    def chart_title(self, name: str) -> tuple[str, str]:
        return f"{name}", f"{self.short_title} · {self.filter_label}"

    def source_link(self, offset: int) -> str:
        """A link to the source page at ``offset``, keeping the report and filters."""
        from urllib.parse import urlencode

        query = [("report", catalog.entry(self.report_id).label), ("at", str(offset))]
        query += [("theme", s) for s in self.selection]
        return "./source?" + urlencode(query)

    def file_name(self, name: str) -> str:
        return f"政策报告透视_{self.short_title}_{name}"[:80]


def sidebar() -> View:
    """Render the shared filters (entry file, before ``page.run()``); every one is bound to the URL."""
    entries = catalog.embedded_reports()
    ids = {e.label: e.id for e in entries}  # the URL carries the readable label: ?report=2026 河北省 政府工作报告
    with st.sidebar:
        st.markdown("### 政策报告透视")
        label = st.selectbox("报告", options=list(ids), key="report", bind="query-params")
        report_id = ids.get(label, catalog.SEED_ID)
        available = options(report_id)
        selection = st.multiselect("主题 / 重点领域", options=available, key="theme", bind="query-params",
                                   placeholder="全部主题", help="选择主题或重点领域，图表和任务表只显示相关任务")
        type_codes = {label: code for code, label in views.TYPE_LABELS.items()}
        chosen_types = st.multiselect("实体类型", options=list(type_codes), key="etype", bind="query-params",
                                      placeholder="全部类型")
        types = [type_codes[t] for t in chosen_types]
        image_format = st.segmented_control("图表导出格式", options=list(FORMATS), default="PNG", key="fmt",
                                            bind="query-params", help="图表右上角相机按钮保存的格式（3 倍分辨率）")
        presenting = st.toggle("演示模式", key="present", bind="query-params",
                               help="隐藏控件和边栏，截图即可用于简报（1920×1080）")
        st.caption("PolicyLens · 离线运行，不上传任何数据")
    return View(report_id=report_id, selection=tuple(s for s in selection if s in available),
                entity_types=tuple(types), image_format=FORMATS.get(image_format or "PNG", "png"),
                presenting=bool(presenting), report=parsed(report_id))


_RUN = threading.local()  # the view of the run in progress, set by the entry file around page.run()


@contextmanager
def running(view: View):
    """The entry file wraps ``page.run()`` in this, so pages know the entry ran in this very run."""
    _RUN.view = view
    try:
        yield view
    finally:
        _RUN.view = None


def current() -> View:
    """The view the entry file chose for this run."""
    view = getattr(_RUN, "view", None)
    if view is None:
        # A page ran without the entry file: Streamlit's legacy pages-folder mode does this for the first request
        # of a fresh server straight to a page URL. Register the real navigation and run again through the entry.
        from components.navigation import app_pages

        st.navigation(app_pages())
        st.rerun()
    return view


def hide_chrome() -> None:
    """Presentation mode: no sidebar, header, toolbar or page controls."""
    st.html("""<style>
    [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
    [data-testid="stSidebarCollapsedControl"],
    [data-testid="stDecoration"], .st-key-controls, .st-key-downloads { display: none !important; }
    .block-container { padding-top: 1.2rem !important; max-width: 100% !important; }
    </style>""")
