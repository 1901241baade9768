"""关键词: word cloud in the shipped CJK font, keyword bar, keywords in context."""

from __future__ import annotations

import re

import streamlit as st

from components import charts, cloud_images, state, tables
from policylens.views import report as views

METHODS = {"tfidf": "TF-IDF", "count": "频次", "textrank": "TextRank"}
view = state.current()

st.title("关键词")
with st.container(key="controls"):
    cols = st.columns([2, 2, 1, 1])
    method = cols[0].segmented_control("算法", options=list(METHODS), format_func=METHODS.get, default="tfidf",
                                       key="method", bind="query-params") or "tfidf"
    count = cols[1].slider("词数", 20, 200, 80, step=10, key="n", bind="query-params")
    hide = cols[2].toggle("隐藏套话", value=True, key="hide", bind="query-params",
                          help="隐藏“发展、建设、推进”等每份报告都有的公式化用语")
    colour = cols[3].toggle("按主题着色", value=False, key="colour", bind="query-params")
    with st.form("stopwords", clear_on_submit=True, border=False):
        extra = st.text_input("添加停用词（空格分隔，对所有报告生效，重启后仍保留）", placeholder="如：区属 同志")
        if st.form_submit_button("添加") and extra.strip():
            state.add_stopwords(re.split(r"[\s,，、;；]+", extra.strip()))
stopwords = state.user_stopwords()
if stopwords:
    st.caption("已添加的停用词：" + views.md(" ".join(sorted(stopwords))))

if method == "textrank":
    state.segmenter()  # TextRank segments the text again: the tokenizer is a shared, cached resource
words = views.keyword_table(view.report, method=method, spans=view.spans, hide_boilerplate=hide,
                            extra_stopwords=frozenset(stopwords), limit=count)
pairs = tuple((w, float(s)) for w, s in zip(words["word"], words["score"], strict=True) if s > 0)
caption = (*view.chart_title(f"关键词词云（{METHODS[method]}）"), view.source_line)
png = cloud_images.cloud_png(view.report_id, pairs, colour, caption)
# a framed 16:9 picture (title, legend and source line inside it); in presentation mode it fits a 1080p screen
st.image(png, width=1500 if view.presenting else "stretch")
with st.container(key="downloads", horizontal=True):
    st.download_button("下载词云 PNG（1600×900）", png, file_name=f"{view.file_name('词云')}.png", mime="image/png",
                       on_click="ignore")
    st.download_button("下载词云 SVG",
                       lambda: cloud_images.cloud_svg(view.report_id, pairs, colour, caption).encode("utf-8"),
                       file_name=f"{view.file_name('词云')}.svg", mime="image/svg+xml", on_click="ignore")

score_label = {"tfidf": "TF-IDF", "count": "次数", "textrank": "TextRank"}[method]
charts.show(charts.keyword_bar(words, view, name=f"关键词排行（{METHODS[method]}）", score_label=score_label), view,
            "关键词排行", key="keyword_bar")

st.subheader("上下文（KWIC）")
choices = list(words["word"])
word = st.selectbox("选择关键词", options=choices, key="word", bind="query-params") if choices else None
if word:
    # the full width, and the left context flush right against the word, so neither side is cut at 1440 px
    lines = views.kwic(view.report, word, spans=view.spans, width=24)
    lines = lines.assign(link=[view.source_link(s) for s in lines["start"]])
    tables.show(lines[["left", "word", "right", "link"]], empty="所选范围内没有出现这个词。",
                hide_index=True, width="stretch",
                column_config={"left": st.column_config.TextColumn("前文", width=330, alignment="right"),
                               "word": st.column_config.TextColumn("关键词", alignment="center"),
                               "right": st.column_config.TextColumn("后文", width=330),
                               "link": st.column_config.LinkColumn("原文", display_text="定位", width="small")})
