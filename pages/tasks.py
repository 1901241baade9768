"""任务分解: tasks by focus area, theme, verb and intensity, instrument; a searchable, downloadable table."""

from __future__ import annotations

import io

import streamlit as st

from components import charts, notices, state, tables
from policylens.views import report as views

view = state.current()
tasks = view.tasks

st.title("任务分解")
st.caption(f"{views.md(view.short_title)} · {views.md(view.filter_label)} · {len(tasks)} 项任务")
if notices.no_items(view):
    st.stop()

selected = charts.show(charts.area_bar(tasks, view), view, "各重点领域任务数", key="area_bar", select=True)
chosen_areas = [p["customdata"][0] for p in (selected.selection.points if selected else []) if p.get("customdata")]

left, right = st.columns(2)
with left:
    charts.show(charts.count_bar(views.count_by(tasks, "themes", explode=True), "themes", view, name="各主题任务数",
                                 color=charts.theme_color),
                view, "各主题任务数", key="theme_bar")
    charts.show(charts.instrument_donut(tasks, view), view, "政策工具", key="instrument")
with right:
    charts.show(charts.verb_intensity(tasks, view), view, "牵头动词与力度", key="verbs")
    charts.show(charts.treemap(tasks, view), view, "任务分解树", key="treemap")

st.subheader("任务表")
with st.container(key="controls"):
    query = st.text_input("搜索任务", key="q", bind="query-params", placeholder="输入关键词，如 招商、民生")
table = tasks
if chosen_areas:
    table = table[table["area"].isin(chosen_areas)]
    st.caption(f"已按所选领域筛选：{views.md('、'.join(chosen_areas))}（在上方条形图中点选，双击空白处取消）")
if query:
    table = table[table["task"].str.contains(query, regex=False) | table["entities"].str.contains(query, regex=False)]
shown = table.assign(link=[view.source_link(s) for s in table["start"]])
shown = shown[["area", "task", "theme_text", "theme_basis", "verb", "intensity", "instrument", "entities", "link"]]
tables.show(shown, empty="没有符合搜索条件的任务。", hide_index=True, width="stretch", column_config={
    "area": "领域 / 要求", "task": st.column_config.TextColumn("任务", width="large"), "theme_text": "主题",
    "theme_basis": st.column_config.TextColumn("主题依据", width="medium", help="任务中匹配到的主题词"),
    "verb": "动词", "intensity": "力度", "instrument": "政策工具",
    "entities": st.column_config.TextColumn("实体", width="medium"),
    "link": st.column_config.LinkColumn("原文", display_text="定位"),
})

export = table[["group", "area", "task", "theme_text", "theme_basis", "verb", "intensity", "instrument", "entities",
                "start", "end"]]
export = export.rename(columns={"group": "类别", "area": "领域", "task": "任务", "theme_text": "主题",
                                "theme_basis": "主题依据", "verb": "动词",
                                "intensity": "力度", "instrument": "政策工具", "entities": "实体", "start": "起始位置",
                                "end": "结束位置"})


def excel_bytes() -> bytes:
    buffer = io.BytesIO()
    export.to_excel(buffer, index=False, sheet_name="任务")
    return buffer.getvalue()


with st.container(key="downloads", horizontal=True):
    st.download_button("下载 CSV", lambda: export.to_csv(index=False).encode("utf-8-sig"), mime="text/csv",
                       file_name=f"{view.file_name('任务')}.csv", on_click="ignore")
    st.download_button("下载 Excel", excel_bytes, file_name=f"{view.file_name('任务')}.xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
