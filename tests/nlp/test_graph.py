"""Co-occurrence graph: counts and association weights, windows, entity-by-span matrices."""

from __future__ import annotations

import math

import pytest

from policylens.model import Entity, Mention
from policylens.nlp.graph import cooccurrence_edges, entity_span_matrix, log_likelihood

TEXT = "甲乙合作。甲乙丙。甲丁。甲。"
ENTITIES = [Entity(n, "place", mentions=[Mention(i, i + 1) for i, c in enumerate(TEXT) if c == n]) for n in "甲乙丙丁"]


def test_counts_and_normalised_pmi():
    edges = {(e.source, e.target): e for e in cooccurrence_edges(ENTITIES, TEXT)}
    assert edges[("乙", "甲")].count == 2
    # 4 windows; 丙 in 1, 乙 in 2, together in 1: log(0.25 / (0.25 * 0.5)) / -log(0.25) = 0.5
    assert edges[("丙", "乙")].npmi == pytest.approx(0.5)
    # 甲 is in every window, so co-occurring with it says nothing: NPMI 0 although the count is higher
    assert edges[("乙", "甲")].npmi == pytest.approx(0.0)
    assert edges[("乙", "甲")].jaccard == pytest.approx(2 / 4)
    assert edges[("乙", "甲")].evidence == [(0, 4), (5, 8)]


@pytest.mark.parametrize(
    ("together", "first", "second", "total", "expected"),
    [
        (2, 2, 2, 10, 2 * (2 * math.log(2 / 0.4) + 8 * math.log(8 / 6.4))),  # always together: E = 0.4, 6.4
        (1, 5, 5, 10, 0.0),  # less often than chance (expected 2.5)
        (0, 3, 3, 10, 0.0),
    ],
)
def test_log_likelihood(together, first, second, total, expected):
    assert log_likelihood(together, first, second, total) == pytest.approx(expected)


def test_a_one_off_pair_cannot_top_the_list():
    text = "甲乙。甲乙。甲乙。丙丁。" + "戊。" * 20
    entities = [Entity(n, "place", mentions=[Mention(i, i + 1) for i, c in enumerate(text) if c == n])
                for n in "甲乙丙丁戊"]
    edges = cooccurrence_edges(entities, text)
    by_pair = {(e.source, e.target): e for e in edges}
    assert by_pair[("丁", "丙")].npmi == pytest.approx(1.0)  # a perfect association, seen once
    assert by_pair[("丁", "丙")].weight == 0.0
    assert edges[0].source + edges[0].target == "乙甲" and edges[0].weight == 1.0


def test_formula_pairs_are_marked():
    edges = cooccurrence_edges(ENTITIES, TEXT, formula_names=frozenset({"甲", "乙"}))
    assert {(e.source, e.target) for e in edges if e.formula} == {("乙", "甲")}


def test_provincial_formula_pairs_are_marked_and_do_not_lead(corpus_reports):
    for report in corpus_reports.values():
        edges = report.graph.edges
        formula = [e for e in edges if e.formula]
        assert formula, report.source
        findings = [e for e in edges if not e.formula]
        assert findings and findings[0].count >= 2 and findings[0].weight > 0


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
