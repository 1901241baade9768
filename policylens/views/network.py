"""The co-occurrence graph as a networkx graph: centrality, communities, and GraphML/GEXF/CSV exports."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Protocol

import networkx as nx

from policylens.model import Edge, Entity

TYPE_ORDER = ("person", "organization", "place", "policy", "industry", "project")


class Named(Protocol):
    name: str
    type: str

    @property
    def count(self) -> int: ...


@dataclass(frozen=True)
class Node:
    """A node of a network across reports: an entity and how many reports (``count``) name it."""

    name: str
    type: str
    count: int
    mentions: int = 0


def network_graph(nodes: list[Named], edges: list[Edge]) -> nx.Graph:
    """The graph to draw: nodes and edges, without the nodes that co-occur with nothing (when there are edges)."""
    graph = nx.Graph()
    for node in nodes:
        graph.add_node(node.name, type=node.type, count=node.count)
    for edge in edges:
        graph.add_edge(edge.source, edge.target, count=edge.count, weight=edge.weight)
    if edges:  # entities that co-occur with nothing clutter the picture and say nothing about relations
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    return graph


def node_positions(graph: nx.Graph, *, layout: str = "spring") -> dict[str, tuple[float, float]]:
    """Positions by layout: ``circle``, ``type`` (one ring per entity type) or ``spring`` (packed components)."""
    if layout == "circle":
        return nx.circular_layout(graph)
    if layout == "type":
        shells = [[n for n, d in graph.nodes(data=True) if d["type"] == t] for t in TYPE_ORDER]
        return nx.shell_layout(graph, nlist=[s for s in shells if s])
    return packed_layout(graph)


def packed_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Force layout per connected component, components packed in rows, largest first (no far-flung pairs)."""
    components = sorted((_ordered_subgraph(graph, c) for c in nx.connected_components(graph)),
                        key=lambda g: (-g.number_of_nodes(), min(g.nodes)))
    positions: dict[str, tuple[float, float]] = {}
    cursor_x, cursor_y, row_height, row_limit = 0.0, 0.0, 0.0, 0.0
    for component in components:
        size = component.number_of_nodes()
        if size == 1:
            local = {next(iter(component.nodes)): (0.0, 0.0)}
        elif size > 3 and nx.density(component) >= 0.4:  # a near-clique reads best as a ring
            order = sorted(component.nodes, key=lambda n: (-component.degree(n), n))
            local = {n: (math.cos(2 * math.pi * i / size), math.sin(2 * math.pi * i / size))
                     for i, n in enumerate(order)}
        else:
            local = nx.spring_layout(component, seed=7, weight=None, k=2.5 / math.sqrt(size), iterations=300)
        radius = 0.45 + 0.8 * math.sqrt(size)  # box half-size grows with the component
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span_x, span_y = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)  # fill the box both ways
        if not row_limit:
            row_limit = max(2 * radius * 1.9, 6.0)
        if cursor_x > 0 and cursor_x + 2 * radius > row_limit:
            cursor_x, cursor_y, row_height = 0.0, cursor_y - row_height, 0.0
        for node, (x, y) in local.items():
            positions[node] = (cursor_x + radius + (x - (max(xs) + min(xs)) / 2) / span_x * 2 * radius * 0.9,
                               cursor_y - radius + (y - (max(ys) + min(ys)) / 2) / span_y * 2 * radius * 0.9)
        cursor_x += 2 * radius + 0.8
        row_height = max(row_height, 2 * radius)
    return positions




def _ordered_subgraph(graph: nx.Graph, nodes: set[str]) -> nx.Graph:
    """The component as a graph of its own, its nodes and edges in the whole graph's order. A subgraph view of a
    small component iterates the node *set*, whose order changes with the hash seed; the seeded force layout
    depends on node order, so the same report drew differently after every restart."""
    component = nx.Graph()
    component.add_nodes_from((n, graph.nodes[n]) for n in graph if n in nodes)
    component.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if u in nodes)
    return component


def to_networkx(entities: list[Entity], edges: list[Edge]) -> nx.Graph:
    graph = nx.Graph()
    for entity in entities:
        graph.add_node(entity.name, type=entity.type, count=entity.count)
    for edge in edges:
        graph.add_edge(edge.source, edge.target, count=edge.count, weight=edge.weight, jaccard=edge.jaccard,
                       npmi=edge.npmi, formula=edge.formula, window=edge.window)
    return graph


def centrality(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Degree, weighted degree and betweenness of each node, and its community (Louvain, fixed seed)."""
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


def export_graph(entities: list[Entity], edges: list[Edge], *, format: str) -> bytes:
    """The co-occurrence graph as GraphML, GEXF or CSV (edges) bytes."""
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["source", "target", "count", "weight", "npmi", "jaccard", "formula", "window", "source_type",
                         "target_type"])
        types = {e.name: e.type for e in entities}
        for edge in edges:
            writer.writerow([edge.source, edge.target, edge.count, edge.weight, edge.npmi, edge.jaccard,
                             int(edge.formula), edge.window, types.get(edge.source, ""), types.get(edge.target, "")])
        return out.getvalue().encode("utf-8-sig")
    graph = to_networkx(entities, edges)
    buffer = io.BytesIO()
    if format == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif format == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {format!r} (graphml, gexf or csv)")
    return buffer.getvalue()
