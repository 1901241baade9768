"""概览: meeting card, tiles, tasks by focus area, top keywords, headline slogans."""

from __future__ import annotations

import streamlit as st

from components import charts, notices, state
from policylens.views import report as views

view = state.current()
report, meeting = view.report, view.report.meeting
tasks = view.tasks

st.title(views.md(view.short_title))
with st.container(border=True):
    left, right = st.columns([3, 2])
    left.markdown(f"**日期** {views.md(meeting.date or '—')}　　**发布** {views.md(meeting.published or '—')}")
    speaker = f"{meeting.speaker}（{'、'.join(meeting.speaker_titles)}）" if meeting.speaker_titles else meeting.speaker
    left.markdown(f"**讲话 / 报告人** {views.md(speaker or '—')}")
    held_as = (f"**形式** {views.md(meeting.format)}" if meeting.format
               else f"**会议** {views.md(meeting.session or '—')}")
    right.markdown(f"**主办** {views.md(meeting.organizer or '—')}　　{held_as}")
    right.markdown(f"**来源** {views.md(meeting.source_name or report.source or '—')}")
    if view.filtered:
        st.caption(f"当前筛选：{views.md(view.filter_label)}")

tiles = st.columns(4)
tiles[0].metric("重点领域", len(report.focus_areas), help="工作部署的并列重点（要聚焦… / （一）…）")
tiles[1].metric("任务", len(tasks), delta=f"共 {len(report.tasks)} 项" if view.filtered else None, delta_color="off",
                delta_arrow="off")
entities = views.entity_frame(report, types=list(view.entity_types) or None, spans=view.spans)
tiles[2].metric("实体", len(entities))
tiles[3].metric("主题", tasks["themes"].explode().nunique() if not tasks.empty else 0)

chart_column, side_column = st.columns([3, 2])
with chart_column:
    if not notices.no_items(view):
        figure = charts.area_bar(tasks, view, height=360, label_width=13)
        charts.show(figure, view, "各重点领域任务数", key="overview_areas")
with side_column:
    st.subheader("关键词")
    top = views.keyword_table(report, spans=view.spans, limit=15)
    st.html(views.keyword_chips(list(top["word"])) or "—")
    st.subheader("标志性提法")
    slogans = views.entity_frame(report, types=["policy"], spans=view.spans).head(12)
    st.html(views.keyword_chips([f"“{n}”×{c}" for n, c in zip(slogans["name"], slogans["count"], strict=True)],
                                plain=True) or "—")

notes = [w for w in report.warnings if not w.startswith("未识别")]  # that one is said beside the chart
if notes:
    st.warning(views.md("；".join(notes)))
