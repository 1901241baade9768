"""Entity co-occurrence: edges weighted by count and association, matrices, centrality, exports."""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

WINDOWS = ("sentence", "clause", "task")
_SENTENCE_END = re.compile(r"[。！？；\n]")
_CLAUSE_END = re.compile(r"[。！？；，：\n]")


def windows(text: str, *, window: str = "sentence",
            tasks: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the text that count as one context: sentences, clauses, or the given task spans."""
    if window == "task":
        return sorted(tasks or [])
    pattern = _SENTENCE_END if window == "sentence" else _CLAUSE_END
    spans = []
    start = 0
    for match in pattern.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def window_members(entities: list[dict[str, Any]], spans: list[tuple[int, int]]) -> list[set[str]]:
    """For each window, the names of the entities mentioned in it."""
    from bisect import bisect_right

    starts = [s for s, _ in spans]
    members: list[set[str]] = [set() for _ in spans]
    for entity in entities:
        for mention in entity["mentions"]:
            index = bisect_right(starts, mention["start"]) - 1
            if index >= 0 and mention["end"] <= spans[index][1]:
                members[index].add(entity["name"])
    return members


def cooccurrence_edges(entities: list[dict[str, Any]], text: str, *, window: str = "sentence",
                       tasks: list[tuple[int, int]] | None = None, min_count: int = 1) -> list[dict[str, Any]]:
    """Edges ``{"source","target","count","weight","jaccard","window"}``.

    ``weight`` is normalised PMI over windows (-1..1: 0 independent, 1 always together), so that
    frequent entities do not dominate; ``jaccard`` is shared windows over windows of either.
    """
    members = [m for m in window_members(entities, windows(text, window=window, tasks=tasks)) if m]
    total = len(members)
    single = Counter(name for m in members for name in m)
    pairs = Counter(pair for m in members for pair in combinations(sorted(m), 2))
    edges = []
    for (a, b), count in sorted(pairs.items()):
        if count < min_count:
            continue
        p_ab = count / total
        p_a, p_b = single[a] / total, single[b] / total
        npmi = 1.0 if p_ab >= 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
        jaccard = count / (single[a] + single[b] - count)
        edges.append({"source": a, "target": b, "count": count, "weight": round(npmi, 4),
                      "jaccard": round(jaccard, 4), "window": window})
    edges.sort(key=lambda e: (-e["count"], -e["weight"], e["source"], e["target"]))
    return edges


def entity_span_matrix(entities: list[dict[str, Any]],
                       spans: dict[str, list[tuple[int, int]]]) -> dict[str, dict[str, int]]:
    """Mentions of each entity inside each labelled group of spans (focus areas, themes): {entity: {label: n}}."""
    matrix: dict[str, dict[str, int]] = defaultdict(dict)
    for label, label_spans in spans.items():
        ordered = sorted(label_spans)
        for entity in entities:
            count = sum(1 for m in entity["mentions"] for s, e in ordered if s <= m["start"] and m["end"] <= e)
            if count:
                matrix[entity["name"]][label] = count
    return dict(matrix)


def to_networkx(entities: list[dict[str, Any]], edges: list[dict[str, Any]]):
    import networkx as nx

    graph = nx.Graph()
    for entity in entities:
        graph.add_node(entity["name"], type=entity["type"], count=entity["count"])
    for edge in edges:
        graph.add_edge(edge["source"], edge["target"], count=edge["count"], weight=edge["weight"],
                       jaccard=edge["jaccard"], window=edge["window"])
    return graph


def centrality(graph) -> dict[str, dict[str, float]]:
    """Degree, weighted degree and betweenness of each node, and its community (Louvain, fixed seed)."""
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return {}
    betweenness = nx.betweenness_centrality(graph, weight=None) if graph.number_of_edges() else {}
    communities = nx.community.louvain_communities(graph, weight="count", seed=7) if graph.number_of_edges() else []
    community_of = {node: index for index, group in enumerate(sorted(communities, key=lambda g: (-len(g), min(g))))
                    for node in group}
    return {
        node: {
            "degree": graph.degree(node),
            "strength": sum(d.get("count", 1) for _, _, d in graph.edges(node, data=True)),
            "betweenness": round(betweenness.get(node, 0.0), 4),
            "community": community_of.get(node, -1),
        }
        for node in graph.nodes
    }


def export_graph(entities: list[dict[str, Any]], edges: list[dict[str, Any]], *, format: str) -> bytes:
    """The co-occurrence graph as GraphML, GEXF or CSV (edges) bytes."""
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["source", "target", "count", "weight", "jaccard", "window", "source_type", "target_type"])
        types = {e["name"]: e["type"] for e in entities}
        for edge in edges:
            writer.writerow([edge["source"], edge["target"], edge["count"], edge["weight"], edge["jaccard"],
                             edge["window"], types.get(edge["source"], ""), types.get(edge["target"], "")])
        return out.getvalue().encode("utf-8-sig")
    import networkx as nx

    graph = to_networkx(entities, edges)
    buffer = io.BytesIO()
    if format == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif format == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {format!r} (graphml, gexf or csv)")
    return buffer.getvalue()
