"""Entity co-occurrence: edges weighted by count and association (NPMI), and entity-by-span matrices."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations

from policylens.model import Edge, Entity

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


def window_members(entities: list[Entity], spans: list[tuple[int, int]]) -> list[set[str]]:
    """For each window, the names of the entities mentioned in it."""
    starts = [s for s, _ in spans]
    members: list[set[str]] = [set() for _ in spans]
    for entity in entities:
        for mention in entity.mentions:
            index = bisect_right(starts, mention.start) - 1
            if index >= 0 and mention.end <= spans[index][1]:
                members[index].add(entity.name)
    return members


def cooccurrence_edges(entities: list[Entity], text: str, *, window: str = "sentence",
                       tasks: list[tuple[int, int]] | None = None, min_count: int = 1) -> list[Edge]:
    """Co-occurrence edges, most frequent first.

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
        edges.append(Edge(source=a, target=b, count=count, weight=round(npmi, 4), jaccard=round(jaccard, 4),
                          window=window))
    edges.sort(key=lambda e: (-e.count, -e.weight, e.source, e.target))
    return edges


def entity_span_matrix(entities: list[Entity], spans: dict[str, list[tuple[int, int]]]) -> dict[str, dict[str, int]]:
    """Mentions of each entity inside each labelled group of spans (focus areas, themes): {entity: {label: n}}."""
    matrix: dict[str, dict[str, int]] = defaultdict(dict)
    for label, label_spans in spans.items():
        ordered = sorted(label_spans)
        for entity in entities:
            count = sum(1 for m in entity.mentions for s, e in ordered if s <= m.start and m.end <= e)
            if count:
                matrix[entity.name][label] = count
    return dict(matrix)
