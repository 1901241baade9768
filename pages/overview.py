"""概览: the parsed report at a glance."""

from __future__ import annotations

import streamlit as st

from policylens import parse_text
from policylens.resources import seed_text


@st.cache_data(max_entries=8, show_spinner=False)
def parsed_seed() -> dict:
    return parse_text(seed_text(), source="seed.txt").to_dict()


report = parsed_seed()
meeting = report["meeting"]
st.title(meeting["title"] or "政策报告")
st.caption(f"{meeting['date'] or ''} · {meeting['speaker'] or ''} {'、'.join(meeting['speaker_titles'])}")
for area in report["focus_areas"]:
    with st.expander(f"{area['title']} — {area['goal']}（{len(area['tasks'])} 项任务）"):
        for task in area["tasks"]:
            st.markdown(f"- {task['text']}")
