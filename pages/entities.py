"""实体关系: co-occurrence network, entity x focus-area heatmap, an entity's neighbourhood, exports."""

from __future__ import annotations

import streamlit as st

from components import charts, picks, state, tables
from policylens.views import network
from policylens.views import report as views

WINDOWS = {"sentence": "句", "clause": "分句", "task": "任务"}
LAYOUTS = {"spring": "力导向", "circle": "环形", "type": "按类型分圈"}
view = state.current()
report = view.report

st.title("实体关系")
with st.container(key="controls"):
    cols = st.columns([1.3, 1, 1, 0.9, 1.1, 1])
    window = cols[0].segmented_control("共现窗口", options=list(WINDOWS), format_func=WINDOWS.get, default="sentence",
                                       key="window", bind="query-params") or "sentence"
    min_count = cols[1].slider("最少共现次数", 1, 10, 1, key="minc", bind="query-params")
    nodes = cols[2].slider("最多节点数", 10, 120, 40, step=5, key="nodes", bind="query-params")
    layout = cols[3].selectbox("布局", options=list(LAYOUTS), format_func=LAYOUTS.get, key="layout",
                               bind="query-params")
    by_community = cols[4].toggle("按社区着色", key="community", bind="query-params",
                                  help="Louvain 社区划分：常在同一句中出现的实体归为一组")
    formulas = cols[5].toggle("套话关系", key="formulas", bind="query-params",
                              help="领导人与套话（如“两个确立”“党的二十大”）及党中央与本地区、本级政府之间的固定搭配，默认隐藏")

entities, edges = views.graph_data(report, types=list(view.entity_types) or None, window=window, min_count=min_count,
                                   spans=view.spans, max_nodes=nodes, show_formulas=formulas)
scores = network.centrality(network.to_networkx(entities, edges))
communities = {name: s["community"] for name, s in scores.items()} if by_community else None
clicked = charts.show(charts.network(entities, edges, view, layout=layout, communities=communities), view,
                      "实体共现网络", key="network", select=True)
if (node := picks.new_pick(clicked, "_network_pick")) and node.get("customdata"):
    st.session_state["entity"], st.session_state["cell_area"] = node["customdata"][0], None
with st.container(key="downloads", horizontal=True):
    for fmt, mime in (("graphml", "application/xml"), ("gexf", "application/xml"), ("csv", "text/csv")):
        st.download_button(f"下载 {fmt.upper()}", network.export_graph(entities, edges, format=fmt),
                           file_name=f"{view.file_name('实体网络')}.{fmt}", mime=mime, on_click="ignore")

names = [e.name for e in entities][:30]
if report.focus_areas or report.requirements:
    cell = charts.show(charts.heatmap(views.entity_area_matrix(report, names), view), view, "实体与重点领域",
                       key="heatmap", select=True)
    if (point := picks.new_pick(cell, "_heatmap_pick")) and point.get("y") in {e.name for e in entities}:
        st.session_state["entity"], st.session_state["cell_area"] = point["y"], point["customdata"][0]

central = sorted(scores.items(), key=lambda item: (-item[1]["betweenness"], -item[1]["strength"], item[0]))[:10]
if linked := [f"{views.md(name)}（{s['betweenness']:.2f}）" for name, s in central if s["degree"]]:
    st.caption("核心实体（中介中心度）：" + "、".join(linked))

st.subheader("实体详情")
st.caption("点击网络中的节点或热力图中的格子，即可在此查看该实体的共现与提及的句子。")
focus = st.selectbox("选择实体", options=[e.name for e in entities], key="entity", bind="query-params",
                     on_change=lambda: st.session_state.update(cell_area=None))  # a hand-picked entity: whole scope
area = st.session_state.get("cell_area")
area_span = views.area_spans(report).get(area) if area else None
if focus:
    left, right = st.columns([2, 3])
    with left:
        near = views.neighbours(edges, focus)
        strength = st.column_config.NumberColumn("关联强度", format="%.2f",
                                                 help="对数似然比（G²），本报告最强的一对为 1；只共现一次的为 0")
        tables.show(near, empty="在当前窗口和筛选下，它没有与其他实体共现。",
                    hide_index=True, width="stretch",
                    column_config={"neighbour": "共现实体", "count": "共现次数", "weight": strength,
                                   "npmi": st.column_config.NumberColumn("NPMI", format="%.2f")})
        pair = st.selectbox("查看共现依据", options=["（全部提及）", *near["neighbour"]], key="pair",
                            bind="query-params")
    with right:
        if pair and pair != "（全部提及）":
            sentences = views.edge_evidence(report, edges, focus, pair)
        else:
            sentences = views.entity_sentences(report, focus, spans=[area_span] if area_span else view.spans)
        scope = area if area_span else (view.filter_label if view.filtered else "全文")
        st.caption(f"范围：{views.md(scope)} · {len(sentences)} 句")
        sentences = sentences.assign(link=[view.source_link(s) for s in sentences["start"]])
        tables.show(sentences[["sentence", "link"]], empty="这一范围内没有提到它的句子。",
                    hide_index=True, width="stretch",
                    column_config={"sentence": st.column_config.TextColumn("提及的句子", width="large"),
                                   "link": st.column_config.LinkColumn("原文", display_text="定位")})
