"""Co-occurrence graph: counts and association weights, windows, entity-by-span matrices."""

from __future__ import annotations

import pytest

from policylens.model import Entity, Mention
from policylens.nlp.graph import cooccurrence_edges, entity_span_matrix

TEXT = "甲乙合作。甲乙丙。甲丁。甲。"
ENTITIES = [Entity(n, "place", mentions=[Mention(i, i + 1) for i, c in enumerate(TEXT) if c == n]) for n in "甲乙丙丁"]


def test_counts_and_normalised_pmi():
    edges = {(e.source, e.target): e for e in cooccurrence_edges(ENTITIES, TEXT)}
    assert edges[("乙", "甲")].count == 2
    # 4 windows; 丙 in 1, 乙 in 2, together in 1: log(0.25 / (0.25 * 0.5)) / -log(0.25) = 0.5
    assert edges[("丙", "乙")].weight == pytest.approx(0.5)
    # 甲 is in every window, so co-occurring with it says nothing: NPMI 0 although the count is higher
    assert edges[("乙", "甲")].weight == pytest.approx(0.0)
    assert edges[("乙", "甲")].jaccard == pytest.approx(2 / 4)


@pytest.mark.parametrize(("window", "pairs"), [("sentence", 4), ("clause", 4), ("task", 1)])
def test_windows(window, pairs):
    edges = cooccurrence_edges(ENTITIES, TEXT, window=window, tasks=[(0, 4)])
    assert len(edges) == pairs
    assert all(e.window == window for e in edges)


def test_entity_by_focus_area_matrix():
    matrix = entity_span_matrix(ENTITIES, {"A": [(0, 5)], "B": [(5, 14)]})
    assert matrix["甲"] == {"A": 1, "B": 3}
    assert matrix["丁"] == {"B": 1}


def test_seed_graph_links_the_speaker(seed_report):
    neighbours = {e.target if e.source == "陈文锋" else e.source
                  for e in seed_report.graph.edges if "陈文锋" in (e.source, e.target)}
    assert neighbours
