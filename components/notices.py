"""Short notices instead of empty charts: what the parse did not find, and where to look instead."""

from __future__ import annotations

import streamlit as st

from components.state import View
from policylens.views import report as views


def no_items(view: View) -> bool:
    """When the report yielded no focus areas or requirements, say so (with the parser's reason and a link to the
    text) and return True, so that the page draws no empty charts."""
    report = view.report
    if report.focus_areas or report.requirements:
        return False
    reasons = [w for w in report.warnings if w.startswith("未识别")] or ["未识别出重点领域。"]
    st.info(f"{views.md(reasons[0])} 可在[原文]({view.source_link(0)})中查看全文与识别出的实体。",
            icon=":material/info:")
    return True


def empty_message(view: View) -> str:
    """The words on an empty chart: a filter that leaves nothing, or a report with nothing to show."""
    return "当前筛选下没有数据" if view.filtered else "原文中未识别出可绘制的内容"
