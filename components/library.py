"""Getting reports into the library from the dashboard: uploads and the shipped examples."""

from __future__ import annotations

import streamlit as st

from policylens.errors import ReadError
from policylens.readers import DEFAULT_MAX_BYTES, read_bytes

UPLOAD_TYPES = ["txt", "md", "docx", "pdf", "html", "htm"]


def ingest_uploads(library, files) -> list[tuple[str, str, str]]:
    """Read, parse and store each uploaded file on its own; returns (file name, status, message) per file."""
    from policylens.parse import parse_text

    results = []
    for upload in files:
        try:
            text = read_bytes(upload.getvalue(), name=upload.name, max_bytes=DEFAULT_MAX_BYTES)
        except ReadError as error:
            results.append((upload.name, "error", error.message))
            continue
        try:
            report_id, added = library.add(text, source=upload.name, report=parse_text(text, source=upload.name))
        except Exception as error:
            reason = error.__class__.__name__
            results.append((upload.name, "error", f"无法保存 {upload.name}（{reason}），报告库未改动"))
            continue
        results.append((upload.name, "added" if added else "exists",
                        f"已加入报告库（{report_id}）" if added else f"报告库中已有这份报告（{report_id}），未改动"))
    return results


def show_results(results: list[tuple[str, str, str]]) -> None:
    for name, status, message in results:
        if status == "error":
            st.error(f"{name}：{message}", icon=":material/error:")
        elif status == "added":
            st.success(f"{name}：{message}", icon=":material/check_circle:")
        else:
            st.info(f"{name}：{message}", icon=":material/info:")


KINDS = {"rename_entity": "重命名实体", "merge_entities": "合并实体", "add_alias": "添加别名",
         "add_stopword": "添加停用词", "move_task": "调整任务归属"}


def corrections_form(library, report_id: str, report) -> None:
    """Record a correction for one library report (kept and applied after every parse)."""
    kind = st.radio("更正类型", options=list(KINDS), format_func=KINDS.get, horizontal=True, key="correction_kind")
    names = [e["name"] for e in report.entities]
    payload: dict = {}
    scope = report_id
    if kind == "rename_entity":
        payload = {"name": st.selectbox("实体", names, key="c_name"), "to": st.text_input("改为", key="c_to").strip()}
        ready = bool(payload["to"])
    elif kind == "merge_entities":
        payload = {"names": st.multiselect("把这些实体", names, key="c_names"),
                   "into": st.selectbox("合并到", names, key="c_into")}
        ready = bool(payload["names"])
    elif kind == "add_alias":
        payload = {"name": st.selectbox("实体", names, key="c_alias_of"),
                   "alias": st.text_input("别名（原文中的另一种写法）", key="c_alias").strip()}
        ready = bool(payload["alias"])
    elif kind == "add_stopword":
        payload = {"word": st.text_input("停用词（对报告库中所有报告生效）", key="c_word").strip()}
        scope, ready = None, bool(payload["word"])
    else:
        tasks = {f"{t.text[:40]}（@{t.start}）": t.start for t in report.tasks}
        areas = [a.title for a in report.focus_areas + report.requirements]
        chosen = st.selectbox("任务", list(tasks), key="c_task")
        payload = {"start": tasks.get(chosen), "to": st.selectbox("归入", areas, key="c_area")}
        ready = chosen is not None
    if st.button("保存更正", disabled=not ready, key="c_save"):
        with st.spinner("正在应用更正…"):
            library.add_correction(kind, payload, report_id=scope)
        st.success("已保存，并已应用；重新解析后仍然保留。")
