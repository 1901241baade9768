"""The library page's forms: uploads (through the core's one ingestion path) and corrections."""

from __future__ import annotations

import streamlit as st

from policylens.corrections import KINDS
from policylens.model import Report
from policylens.store.ingest import IngestResult, ingest_bytes
from policylens.store.library import Library
from policylens.views import report as views

UPLOAD_TYPES = ["txt", "md", "docx", "pdf", "html", "htm"]
MAX_UPLOAD_MB = 20  # the same limit as server.maxUploadSize in .streamlit/config.toml and the CLI's --max-mb


def ingest_uploads(library: Library, files) -> list[tuple[str, str, str]]:
    """Store each uploaded file on its own; returns (file name, status, message) per file."""
    results = ingest_bytes(library, [(upload.name, upload.getvalue()) for upload in files])
    return [outcome(result) for result in results]


def outcome(result: IngestResult) -> tuple[str, str, str]:
    """(file name, status, message in Chinese) for one ingested file."""
    name = result.path.rsplit("/", 1)[-1]
    if result.status == "error":
        return name, "error", result.message or "无法读取"
    if result.status == "added":
        return name, "added", f"已加入报告库（{result.report_id}）"
    return name, "exists", f"报告库中已有这份报告（{result.report_id}），未改动"


def show_results(results: list[tuple[str, str, str]]) -> None:
    for name, status, message in results:
        if status == "error":
            st.error(f"{views.md(name)}：{views.md(message)}", icon=":material/error:")
        elif status == "added":
            st.success(f"{views.md(name)}：{views.md(message)}", icon=":material/check_circle:")
        else:
            st.info(f"{views.md(name)}：{views.md(message)}", icon=":material/info:")


def corrections_form(library: Library, report_id: str, report: Report) -> None:
    """Record a correction for one library report (kept and applied after every parse)."""
    kind = st.radio("更正类型", options=list(KINDS), format_func=lambda k: KINDS[k].label, horizontal=True,
                    key="correction_kind")
    names = [e.name for e in report.entities]
    payload: dict = {}
    scope = report_id
    if kind == "rename_entity":
        payload = {"name": st.selectbox("实体", names, key="c_name"), "to": st.text_input("改为", key="c_to").strip()}
        ready = bool(payload["to"])
    elif kind == "merge_entities":
        payload = {"names": st.multiselect("把这些实体", names, key="c_names", select_all=False,
                                           placeholder="选择实体"),
                   "into": st.selectbox("合并到", names, key="c_into")}
        ready = bool(payload["names"])
    elif kind == "add_alias":
        payload = {"name": st.selectbox("实体", names, key="c_alias_of"),
                   "alias": st.text_input("别名（原文中的另一种写法）", key="c_alias").strip()}
        ready = bool(payload["alias"])
    elif kind == "add_stopword":
        payload = {"word": st.text_input("停用词（对所有报告生效）", key="c_word").strip()}
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
