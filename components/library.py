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
