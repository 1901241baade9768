"""提法追踪: which reports take up a phrase (aliases, width and quote variants as one), since when, in which words."""

from __future__ import annotations

import streamlit as st

from components import charts, state, tables
from policylens.views.phrases import parse_phrases, phrase_summary

DEFAULT = "新质生产力\n人工智能+ / 人工智能＋\n低空经济\n反内卷 / 内卷式竞争"
GROUPS = {"region": "地区", "level": "层级", "year": "年份"}

view = state.current()
reports = state.corpus_call("report_frame")
st.title("提法追踪")
if reports.empty:
    st.info("报告库是空的：在“报告库”页上传报告后，这里追踪一个提法在哪些地区、从何时出现。")
    st.stop()
with st.container(key="controls"):
    left, right = st.columns([3, 2])
    typed = left.text_area("提法（每行一个，别名用 / 分隔；全角半角、引号写法视为同一提法）", value=DEFAULT, height=130,
                           key="phrases", bind="query-params")
    by = right.segmented_control("特色词分组", options=list(GROUPS), format_func=GROUPS.get, default="region",
                                 key="by", bind="query-params") or "region"
    suggestions = state.corpus_call("distinctive_terms", tuple(reports["id"]), by=by, top=6)
    picked = right.multiselect("加入各组特色词", options=sorted(set(suggestions["word"])), key="picked",
                               bind="query-params", placeholder="（各组相对其余报告最突出的词）")
phrases = parse_phrases(typed, extra=picked)
ids = tuple(reports["id"])
labels = dict(zip(reports["id"], reports["label"], strict=True))
found = state.corpus_call("phrase_matrix", ids, {p: tuple(v) for p, v in phrases.items()})
corpus_view = view.about(f"报告库 {len(ids)} 份报告")
if found.empty:
    st.info("请输入至少一个提法。")
    st.stop()
matrix = found.pivot(index="report_id", columns="phrase", values="per_10k")[list(phrases)].rename(index=labels)
matrix = matrix.loc[matrix.sum(axis=1) > 0] if st.toggle("只看提到的报告", value=True, key="only",
                                                        bind="query-params") else matrix
charts.show(charts.phrase_heatmap(matrix, corpus_view), corpus_view, "提法分布", key="matrix")
st.dataframe(phrase_summary(found, reports), hide_index=True, width="stretch",
             column_config={"phrase": "提法", "reports": "提到的报告数", "mentions": "出现次数",
                            "first": "最早（报告日期）", "latest": "最近（报告日期）"})

with st.container(key="kwic"):
    cols = st.columns(2)
    phrase = cols[0].selectbox("查看上下文：提法", options=list(phrases), key="kwic_phrase", bind="query-params")
    mentioned = [rid for rid in found[(found["phrase"] == phrase) & (found["mentions"] > 0)]["report_id"]]
    report_id = cols[1].selectbox("报告", options=mentioned, format_func=labels.get, key="kwic_report",
                                  bind="query-params")
if phrase and report_id:
    lines = state.corpus_call("phrase_contexts", (report_id,), tuple([phrase, *phrases[phrase]]))
    lines = lines.assign(link=[state.source_link(report_id, offset) for offset in lines["offset"]])
    tables.show(lines[["left", "match", "right", "link"]], empty="这份报告中没有这个提法。",
                   hide_index=True, width="stretch",
                column_config={"left": st.column_config.TextColumn("前文", width="medium"), "match": "提法",
                               "right": st.column_config.TextColumn("后文", width="medium"),
                               "link": st.column_config.LinkColumn("原文", display_text="定位")})
with st.expander("各组特色词（加权对数几率，相对其余报告）"):
    st.dataframe(suggestions, hide_index=True, width="stretch",
                 column_config={"group": GROUPS[by], "word": "词", "count_group": "组内次数",
                                "count_rest": "其余报告次数",
                                "z": st.column_config.NumberColumn("z 值", format="%.2f")})
