"""The co-occurrence graph for drawing and exporting: centrality, communities, layouts, GraphML/GEXF/CSV."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ElementTree

import pytest

from policylens.model import Edge, Entity, Mention
from policylens.nlp.graph import cooccurrence_edges
from policylens.views.network import Node, centrality, export_graph, network_graph, node_positions, to_networkx

TEXT = "甲乙合作。甲乙丙。甲丁。甲。"
ENTITIES = [Entity(n, "place", mentions=[Mention(i, i + 1) for i, c in enumerate(TEXT) if c == n]) for n in "甲乙丙丁"]


def test_centrality_and_communities():
    graph = to_networkx(ENTITIES, cooccurrence_edges(ENTITIES, TEXT))
    scores = centrality(graph)
    assert scores["甲"]["degree"] == 3
    assert max(scores, key=lambda n: scores[n]["betweenness"]) == "甲"
    assert all(s["community"] >= 0 for s in scores.values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_exports(seed_report, fmt):
    data = export_graph(seed_report.entities, seed_report.graph.edges, format=fmt)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) == len(seed_report.graph.edges)
        assert {"source", "target", "count", "weight"} <= set(rows[0])
    else:
        root = ElementTree.fromstring(data)
        assert "陈文锋" in data.decode("utf-8")
        assert root.tag.endswith(fmt)


def test_an_unknown_export_format_is_refused(seed_report):
    with pytest.raises(ValueError, match="unknown graph format"):
        export_graph(seed_report.entities, seed_report.graph.edges, format="dot")


def test_isolated_nodes_are_left_out_when_there_are_edges():
    nodes = [Node("甲", "place", 3), Node("乙", "place", 2), Node("孤", "place", 1)]
    graph = network_graph(nodes, [Edge("甲", "乙", 2, 0.5, 0.5, "sentence")])
    assert set(graph) == {"甲", "乙"}
    assert set(network_graph(nodes, [])) == {"甲", "乙", "孤"}


@pytest.mark.parametrize("layout", ["spring", "circle", "type"])
def test_every_layout_places_every_node(layout):
    nodes = [Node(name, kind, 1) for name, kind in [("甲", "place"), ("乙", "policy"), ("丙", "person"), ("丁", "place")]]
    edges = [Edge("甲", "乙", 1, 0.1, 0.5, "sentence"), Edge("丙", "丁", 1, 0.1, 0.5, "sentence")]
    positions = node_positions(network_graph(nodes, edges), layout=layout)
    assert set(positions) == {"甲", "乙", "丙", "丁"}
    assert len({tuple(round(c, 6) for c in p) for p in positions.values()}) == 4, "no two nodes on one spot"


def test_the_layout_is_the_same_whatever_the_hash_seed():
    """A report draws the same after a restart: the force layout must not depend on set order (the hash seed)."""
    import os
    import subprocess
    import sys

    script = (
        "from policylens.views.network import Node, network_graph, node_positions\n"
        "from policylens.model import Edge\n"
        "names = [f'实体{i}' for i in range(16)]\n"
        "nodes = [Node(n, 'place', 1) for n in names]\n"
        "edges = [Edge(names[i], names[i + 1], 1, 1.0, 0.5, 'sentence') for i in range(15) if i not in (9, 12)]\n"
        "print(sorted((k, round(float(x), 6), round(float(y), 6))"
        " for k, (x, y) in node_positions(network_graph(nodes, edges)).items()))\n")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1 and runs.pop().startswith("[(")
