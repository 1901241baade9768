"""原文: the report text with focus areas, tasks and entities highlighted; ``?at=`` jumps to a sentence."""

from __future__ import annotations

import streamlit as st

from components import source, state
from policylens.views import report as views

view = state.current()
report = view.report

st.title("原文")
st.caption(f"{views.md(view.short_title)} · {len(report.text):,} 字 · "
           f"高亮：重点领域、{views.md(view.filter_label)}的任务、实体（按边栏实体类型）")
st.html(source.STYLE + source.legend())

target = None
raw = st.query_params.get("at")
if raw is not None and raw.isdigit() and int(raw) < len(report.text):
    target = views.sentence_span(report.text, int(raw))
    with st.container(border=True):
        st.markdown("**定位的句子**")
        context = (max(0, target[0] - 200), min(len(report.text), target[1] + 200))
        st.html(source.STYLE + source.highlighted_html(report, start=context[0], end=context[1], target=target,
                                                       entity_types=view.entity_types, task_spans=view.spans))
elif raw is not None:
    st.warning(f"无法定位：位置参数 at={views.md(raw)} 不在本报告范围内（0–{len(report.text) - 1}）。")

st.html(source.STYLE + source.highlighted_html(report, target=target, entity_types=view.entity_types,
                                               task_spans=view.spans))
