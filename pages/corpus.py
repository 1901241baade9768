"""语料: many reports at once: report x theme heatmap, keyword trends over date, an entity network across reports."""

from __future__ import annotations

import streamlit as st

from components import charts, compare_charts, state
from policylens.store import corpus
from policylens.views import report as views

view = state.current()
reports = state.corpus_call("report_frame")

st.title("语料总览")
if reports.empty:
    st.info("报告库是空的：在“报告库”页上传报告或导入示例报告后，这里显示多份报告的对比。")
    st.stop()
with st.container(key="controls"):
    cols = st.columns(3)
    regions = cols[0].multiselect("地区", sorted(reports["region"].dropna().unique()), key="region",
                                  bind="query-params", placeholder="全部地区", select_all=False)
    levels = cols[1].multiselect("层级", sorted(reports["level"].dropna().unique()), key="level",
                                 bind="query-params", placeholder="全部层级", select_all=False,
                                 format_func=views.level_label)
    dates = sorted(reports["date"].dropna().unique())
    since = cols[2].selectbox("起始日期", ["（不限）", *dates], key="since", bind="query-params")
chosen = corpus.filter_reports(reports, regions=regions, levels=levels,
                               date_from=None if since == "（不限）" else since)
ids = list(chosen["id"])
names = dict(zip(chosen["id"], chosen["label"], strict=True))
st.caption(f"{len(ids)} 份报告 · {int(chosen['chars'].sum()):,} 字")
view = view.about(f"报告库 {len(ids)} 份报告")

matrix = state.corpus_call("theme_matrix", tuple(ids)).rename(index=names)
charts.show(charts.heatmap(matrix, view, name="报告 × 主题（任务主题占比）", share=True), view, "报告主题热力图",
            key="themes")
if 0 < len(matrix) < len(ids):
    st.caption(f"另有 {len(ids) - len(matrix)} 份报告没有归入主题的任务，未列入热力图。")

top = state.corpus_call("top_keywords", tuple(ids), limit=40)
with st.container(key="controls2"):
    words = st.multiselect("关键词趋势：选择词语", options=list(top["word"]), default=list(top["word"][:5]),
                           key="words", bind="query-params")
trend = state.corpus_call("keyword_trend", tuple(ids), tuple(words))
charts.show(compare_charts.trend_lines(trend, names, view), view, "关键词趋势", key="trend")

nodes, edges = state.corpus_call("entity_network", tuple(ids), top=40, min_reports=max(2, len(ids) // 4),
                                 types=view.entity_types or None)
charts.show(charts.network(nodes, edges, view, name="跨报告实体网络（节点大小：提及的报告数）"), view,
            "跨报告实体网络", key="network")
