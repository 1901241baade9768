"""指标: this report's targets beside last year's results; a target across the library's regions; exports."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, state, tables
from policylens.views import targets as views

view = state.current()
report = view.report

st.title("指标")
table = views.report_target_table(report)
if table.empty:
    st.info("本报告中没有识别出量化的年度预期目标（如“地区生产总值增长5%左右”）。会议新闻和讲话常常不列目标；"
            "如原文确有目标而未识别，请在“原文”页核对。")
else:
    charts.show(charts.target_vs_result(table, view), view, "今年目标与上年实绩", key="dumbbell")
    shown = table.assign(link=[view.source_link(s) for s in table["start"]])
    st.dataframe(shown[["name", "target", "result", "label", "link"]], hide_index=True, width="stretch",
                 column_config={"name": "指标", "target": "今年目标", "result": "上年实绩",
                                "label": st.column_config.TextColumn("原文表述", width="medium"),
                                "link": st.column_config.LinkColumn("原文", display_text="定位")})
outlook = views.outlook_table(report)
if not outlook.empty:
    with st.expander(f"“十五五”时期目标（{len(outlook)} 项）"):
        shown = outlook.assign(link=[view.source_link(s) for s in outlook["start"]])
        st.dataframe(shown[["name", "value", "link"]], hide_index=True, width="stretch",
                     column_config={"name": "指标", "value": "目标",
                                    "link": st.column_config.LinkColumn("原文", display_text="定位")})

st.subheader("报告库：各地目标")
reports = state.corpus_call("report_frame")
if reports.empty:
    st.info("报告库是空的：在“报告库”页上传报告后，这里按地区比较各项目标。")
    st.stop()
with st.container(key="controls"):
    cols = st.columns(2)
    indicator = cols[0].selectbox("指标", options=[i for i in views.INDICATOR_LABELS if i != "other"],
                                  format_func=views.INDICATOR_LABELS.get, key="indicator", bind="query-params")
    kind = cols[1].segmented_control("口径", options=list(views.KIND_LABELS), format_func=views.KIND_LABELS.get,
                                     default="target", key="kind", bind="query-params") or "target"
ids = tuple(reports["id"])
frame = state.corpus_call("target_frame", ids, indicator=indicator, kind=kind)
library_view = view.about(f"报告库 {len(ids)} 份报告")
name = f"各地{views.INDICATOR_LABELS[indicator]}（{views.KIND_LABELS[kind]}）"
unit = next(iter(frame["unit"].dropna()), "%")
charts.show(charts.regional_ranges(frame, library_view, name=name, unit=unit), library_view, name,
            key="ranges")
frame = frame.assign(value=[views.format_value(r.low, r.high, r.unit, r.qualifier) for r in frame.itertuples()],
                     change=[f"{c:+.1f}" if pd.notna(c) else "—" for c in frame["change"]])
tables.show(frame[["region", "date", "value", "change", "text"]], empty="报告库中没有报告提出这一指标。",
            hide_index=True, width="stretch",
            column_config={"region": "地区", "date": "日期", "value": "表述", "change": "较该地上一份报告",
                          "text": st.column_config.TextColumn("原文", width="large")})
matrix = state.corpus_call("indicator_table", ids, kind=kind)
if not matrix.empty:
    matrix = matrix.rename(index=dict(zip(reports["id"], reports["label"], strict=True))).rename_axis("报告")
    st.markdown("**地区 × 指标**")
    tables.show(matrix, empty="", width="stretch")
    export = library_view.file_name("地区×指标")
    with st.container(key="downloads", horizontal=True):
        st.download_button("下载 CSV", matrix.to_csv().encode("utf-8-sig"), file_name=f"{export}.csv",
                           mime="text/csv", on_click="ignore")
        st.download_button("下载 Excel", views.excel_bytes({"指标": matrix.reset_index()}), file_name=f"{export}.xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           on_click="ignore")
