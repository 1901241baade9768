"""对比: focus areas side by side, theme shares, keywords that rose or fell, entities shared and unique, new tasks."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, compare_charts, state, tables
from policylens.views import compare
from policylens.views import report as views

view = state.current()
choices = state.report_choices()
labels = list(choices)

st.title("报告对比")
with st.container(key="controls"):
    default = labels[1:3] if len(labels) > 2 else labels[:2]
    picked = st.multiselect("选择两份或多份报告（第一份为基准 A，第二份为对照 B）", options=labels, default=default,
                            key="reports", bind="query-params", max_selections=6,
                            placeholder="选择报告", select_all=False)
if len(picked) < 2:
    st.info("请至少选择两份报告。")
    st.stop()
reports = {label: state.parsed(choices[label]) for label in picked}
a_label, b_label = picked[0], picked[1]
view = view.about(" 对比 ".join(picked) if len(picked) <= 3 else f"{len(picked)} 份报告对比")
a, b = reports[a_label], reports[b_label]

st.subheader("重点领域并列")
for column, (label, report) in zip(st.columns(len(reports)), reports.items(), strict=True):
    with column:
        st.markdown(f"**{views.md(label)}**  \n{report.meeting.date or ''}")
        for number, area in enumerate(report.focus_areas, 1):
            st.markdown(f"{number}. {views.md(area.title)}（{len(area.tasks)}）")

shares = {label: compare.theme_shares(report) for label, report in reports.items()}
charts.show(compare_charts.theme_share_bars(shares, view), view, "主题构成对比", key="shares")

st.subheader(f"关键词升降：{views.md(a_label)} → {views.md(b_label)}")
odds = compare.log_odds(compare.keyword_counts(a), compare.keyword_counts(b))
charts.show(compare_charts.log_odds_bars(odds, view, name="关键词升降（加权对数几率，带先验）", a="A", b="B"), view,
            "关键词升降", key="odds")

st.subheader("实体：共有与独有")
overlap = compare.entity_overlap(a, b, types=list(view.entity_types) or None)
groups = (("共有", overlap["shared"]), (f"仅 A（{a_label}）", overlap["only_a"]),
          (f"仅 B（{b_label}）", overlap["only_b"]))
for column, (title, names) in zip(st.columns(3), groups, strict=True):
    column.markdown(f"**{views.md(title)}**（{len(names)}）")
    column.markdown(views.md("、".join(names[:60])) or "—")

st.subheader("新任务：B 中在 A 里找不到相近表述的任务")
threshold = st.slider("相似度阈值：低于它即算“新任务”", 0.2, 0.9, compare.NEW_TASK_THRESHOLD, step=0.05,
                      key="similar", bind="query-params",
                      help="两项任务内容词的 IDF 加权余弦相似度；0.5–0.7 多为同一任务的不同说法，0.3 以下多为不同的事")
fresh = compare.new_tasks(a, b, threshold=threshold)
st.caption(f"{len(fresh)} / {len(b.tasks)} 项任务在 A 中没有相似度 ≥ {threshold:.2f} 的任务"
           "；每项附 A 中最相近的一项，供核对")
tables.show(pd.DataFrame(fresh, columns=["area", "task", "start", "similarity", "closest"]),
            empty="B 的每项任务在 A 中都有相近的表述。", hide_index=True, width="stretch", column_config={
    "area": "领域", "task": st.column_config.TextColumn("任务", width="large"), "start": None,
    "similarity": st.column_config.NumberColumn("最相近相似度", format="%.2f"),
    "closest": st.column_config.TextColumn("A 中最相近的任务", width="large")})
