"""Co-occurrence graph: counts and association weights, matrices, centrality, exports."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ElementTree

import pytest

from policylens.graph import centrality, cooccurrence_edges, entity_span_matrix, export_graph, to_networkx

TEXT = "甲乙合作。甲乙丙。甲丁。甲。"
ENTITIES = [
    {"name": n, "type": "place", "count": 0,
     "mentions": [{"start": i, "end": i + 1} for i, c in enumerate(TEXT) if c == n]}
    for n in "甲乙丙丁"
]
for entity in ENTITIES:
    entity["count"] = len(entity["mentions"])


def test_counts_and_normalised_pmi():
    edges = {(e["source"], e["target"]): e for e in cooccurrence_edges(ENTITIES, TEXT)}
    assert edges[("乙", "甲")]["count"] == 2
    # 4 windows; 丙 in 1, 乙 in 2, together in 1: log(0.25 / (0.25 * 0.5)) / -log(0.25) = 0.5
    assert edges[("丙", "乙")]["weight"] == pytest.approx(0.5)
    # 甲 is in every window, so co-occurring with it says nothing: NPMI 0 although the count is higher
    assert edges[("乙", "甲")]["weight"] == pytest.approx(0.0)
    assert edges[("乙", "甲")]["jaccard"] == pytest.approx(2 / 4)


@pytest.mark.parametrize(("window", "pairs"), [("sentence", 4), ("clause", 4), ("task", 1)])
def test_windows(window, pairs):
    edges = cooccurrence_edges(ENTITIES, TEXT, window=window, tasks=[(0, 4)])
    assert len(edges) == pairs
    assert all(e["window"] == window for e in edges)


def test_entity_by_focus_area_matrix():
    matrix = entity_span_matrix(ENTITIES, {"A": [(0, 5)], "B": [(5, 14)]})
    assert matrix["甲"] == {"A": 1, "B": 3}
    assert matrix["丁"] == {"B": 1}


def test_centrality_and_communities():
    graph = to_networkx(ENTITIES, cooccurrence_edges(ENTITIES, TEXT))
    scores = centrality(graph)
    assert scores["甲"]["degree"] == 3
    assert max(scores, key=lambda n: scores[n]["betweenness"]) == "甲"
    assert all(s["community"] >= 0 for s in scores.values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_exports(seed_report, fmt):
    data = export_graph(seed_report.entities, seed_report.graph["edges"], format=fmt)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) == len(seed_report.graph["edges"])
        assert {"source", "target", "count", "weight"} <= set(rows[0])
    else:
        root = ElementTree.fromstring(data)
        assert "陈文锋" in data.decode("utf-8")
        assert root.tag.endswith(fmt)


def test_seed_graph_links_the_speaker(seed_report):
    neighbours = {e["target"] if e["source"] == "陈文锋" else e["source"]
                  for e in seed_report.graph["edges"] if "陈文锋" in (e["source"], e["target"])}
    assert neighbours


def test_entity_by_theme_and_by_focus_area_matrices(seed_report):
    from policylens.views import entity_area_matrix, entity_theme_matrix

    names = [e["name"] for e in seed_report.entities[:20]]
    by_theme = entity_theme_matrix(seed_report, names)
    assert by_theme.loc["百千万工程", "乡村振兴"] >= 2
    by_area = entity_area_matrix(seed_report, names)
    assert by_area.loc["深中一体化", "1. 全面深化改革"] == 2
