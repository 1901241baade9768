"""The sidebar's 导出简报: a briefing pack for the current report and filter (PowerPoint or printable HTML)."""

from __future__ import annotations

import streamlit as st

from components.state import View, parse_version, parsed
from policylens.briefing import RenderUnavailable, build_brief, display_title
from policylens.views import report as views
from policylens.views.report import export_name

FORMAT_LABELS = {"pptx": "PowerPoint", "html": "HTML（可打印为 PDF）"}
MIME = {"pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation", "html": "text/html"}


@st.cache_data(max_entries=4, show_spinner="正在生成简报（约 5–20 秒）…")
def _pack(report_id: str, version: str, selection: tuple[str, ...], format: str) -> bytes:
    return build_brief(parsed(report_id), selection=selection, format=format)


def controls(view: View) -> None:
    """A popover in the sidebar: pick a format, build, download."""
    with st.popover("导出简报", width="stretch", help="当前报告与筛选的标题页、要点、图表和重点任务"):
        format = st.segmented_control("格式", options=list(FORMAT_LABELS), format_func=FORMAT_LABELS.get,
                                      default="pptx", key="brief_format") or "pptx"
        if not st.button("生成简报", key="brief_make", width="stretch"):
            return
        try:
            data = _pack(view.report_id, parse_version(view.report_id), view.selection, format)
        except RenderUnavailable as exc:
            st.error(f"{views.md(exc)}。")
            return
        name = f"{export_name(display_title(view.report), '简报', view.selection)}.{format}"
        st.download_button(f"下载 {FORMAT_LABELS[format]}", data, file_name=name, mime=MIME[format],
                           on_click="ignore", width="stretch", key="brief_download")
