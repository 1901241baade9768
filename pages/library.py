"""报告库: upload reports, import the examples, search the whole library, edit metadata, remove."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import state, tables, uploads
from policylens.store import catalog, corpus
from policylens.store.ingest import ingest_files
from policylens.views import report as views

view = state.current()
library = state.library()

st.title("报告库")
st.caption(f"保存在 {views.md(library.path)}（可用环境变量 POLICYLENS_DATA_DIR 指定目录）")

with st.container(key="controls"):
    # a new key after each batch empties the uploader: the next file added is reported alone
    batch = st.session_state.setdefault("upload_batch", 0)
    files = st.file_uploader(f"上传报告（.txt .md .docx .pdf .html，每个不超过 {uploads.MAX_UPLOAD_MB} MB，可多选）",
                             accept_multiple_files=True, type=uploads.UPLOAD_TYPES, key=f"upload_{batch}")
    left, right = st.columns(2)
    if left.button("加入报告库", disabled=not files, type="primary"):
        with st.spinner("正在解析…"):
            st.session_state["upload_results"] = uploads.ingest_uploads(library, files)
        st.session_state["upload_batch"] = batch + 1
        st.rerun()
    if right.button("导入示例报告（种子报告与 10 份 2026 年省级政府工作报告）"):
        with st.spinner("正在导入示例…"):
            results = ingest_files(library, [e.path for e in catalog.embedded_reports()], jobs=1)
        st.session_state["upload_results"] = [uploads.outcome(r) for r in results]
uploads.show_results(st.session_state.pop("upload_results", []))

reports = corpus.report_frame(library)
st.subheader(f"已保存 {len(reports)} 份报告")
if reports.empty:
    st.info("报告库是空的。上传报告，或导入示例报告；示例种子报告始终可在边栏选择。")
else:
    editable = reports[["id", "title", "region", "level", "date", "chars", "source"]].set_index("id")
    editable["level"] = editable["level"].map(views.level_label)  # 省级, not province
    text_columns = ["title", "region", "level", "date"]
    editable[text_columns] = editable[text_columns].fillna("")  # an unknown field shows blank, not "None"
    edited = st.data_editor(editable, key="editor", width="stretch", disabled=["chars", "source"],
                            column_config={"title": "标题", "region": "地区", "level": "层级", "date": "日期",
                                           "chars": st.column_config.NumberColumn("字数", format="%d"),
                                           "source": "文件"})
    changes = st.session_state.get("editor", {}).get("edited_rows", {})
    if changes and st.button("保存修改"):
        codes = {label: code for code, label in views.LEVEL_LABELS.items()}
        for position, fields in changes.items():
            fields = {k: (codes.get(v, v) if k == "level" else v) or None for k, v in fields.items()}
            library.edit(editable.index[int(position)], **fields)
        st.rerun()
    with st.expander("更正实体与任务（保存在报告库，重新解析后仍然保留）"):
        target = st.selectbox("报告", options=list(reports["id"]), key="c_report",
                              format_func=lambda i: reports.set_index("id").loc[i, "label"])
        uploads.corrections_form(library, target, library.load(target))
    with st.expander("删除报告"):
        doomed = st.multiselect("选择要删除的报告", options=list(reports["id"]), placeholder="选择报告",
                                format_func=lambda i: reports.set_index("id").loc[i, "label"])
        if doomed and st.button("删除所选报告", type="secondary"):
            for report_id in doomed:
                library.remove(report_id)
            st.rerun()

st.subheader("全文检索")
query = st.text_input("在所有报告中查找词语", key="search", bind="query-params",
                      placeholder="如：新质生产力、深中一体化")
if query:
    hits = library.search(query, limit=100)
    st.caption(f"找到 {len(hits)} 处")
    if hits:
        frame = pd.DataFrame(hits)
        frame["link"] = [state.source_link(r, s) for r, s in zip(frame["report_id"], frame["line_start"], strict=True)]
        frame["line"] = frame["line"].str.split("\n").str[0].str.slice(0, 120)
        tables.show(frame[["title", "date", "line", "link"]], empty="没有找到。", hide_index=True, width="stretch",
                    column_config={"title": "报告", "date": "日期", "line": st.column_config.TextColumn("所在段落",
                                                                                                width="large"),
                                   "link": st.column_config.LinkColumn("原文", display_text="定位")})
