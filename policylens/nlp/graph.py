"""Entity co-occurrence: edges weighted by count and association (NPMI), and entity-by-span matrices."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations

from policylens.model import Edge, Entity
from policylens.nlp.keywords import own_government, own_region_names
from policylens.nlp.stopwords import boilerplate

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


MIN_COUNT_FOR_WEIGHT = 2  # a pair seen once is reported, but carries no weight: once could be chance


def cooccurrence_edges(entities: list[Entity], text: str, *, window: str = "sentence",
                       tasks: list[tuple[int, int]] | None = None, min_count: int = 1,
                       formula_names: frozenset[str] = frozenset()) -> list[Edge]:
    """Co-occurrence edges, strongest first.

    ``weight`` is the pair's log-likelihood ratio G² (how surely the two go together more than chance; it grows
    with the evidence), scaled so that the report's strongest pair is 1, and 0 for pairs seen fewer than
    ``MIN_COUNT_FOR_WEIGHT`` times: a one-off pair cannot top the list. ``npmi`` is the strength of association
    alone (-1..1), ``jaccard`` shared windows over windows of either, ``evidence`` the shared windows. A pair whose
    two ends are both ``formula_names`` (the leader, the centre, the report's own region) is marked ``formula``.
    """
    spans = windows(text, window=window, tasks=tasks)
    members = window_members(entities, spans)
    occupied = [(span, m) for span, m in zip(spans, members, strict=True) if m]
    total = len(occupied)
    single = Counter(name for _, m in occupied for name in m)
    shared: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for span, m in occupied:
        if len(m) > 1:
            for pair in combinations(sorted(m), 2):
                shared[pair].append(span)
    log = math.log
    raw = []
    for (a, b), evidence in shared.items():  # the edges are sorted at the end: their order here does not matter
        count = len(evidence)
        if count < min_count:
            continue
        first, second = single[a], single[b]
        p_ab = count / total
        npmi = 1.0 if p_ab >= 1 else log(p_ab / (first / total * (second / total))) / -log(p_ab)
        significance = log_likelihood(count, first, second, total) if count >= MIN_COUNT_FOR_WEIGHT else 0.0
        raw.append((a, b, count, significance, npmi, count / (first + second - count), evidence))
    top = max((r[3] for r in raw), default=0.0) or 1.0
    edges = [Edge(a, b, count, round(significance / top, 4) if significance else 0.0, round(jaccard, 4), window,
                  round(npmi, 4), a in formula_names and b in formula_names, evidence)
             for a, b, count, significance, npmi, jaccard, evidence in raw]
    edges.sort(key=lambda e: (-e.weight, -e.count, e.source, e.target))
    return edges


def log_likelihood(together: int, first: int, second: int, total: int) -> float:
    """Dunning's G² for two items seen ``together`` times, ``first`` and ``second`` times each, in ``total``
    windows; 0 when they go together less than chance would have them."""
    if total <= 0 or together * total <= first * second:
        return 0.0
    table = ((together, first - together), (second - together, total - first - second + together))
    rows = (first, total - first)
    columns = (second, total - second)
    g2 = 0.0
    for i in range(2):
        for j in range(2):
            observed = table[i][j]
            expected = rows[i] * columns[j] / total
            if observed > 0 and expected > 0:
                g2 += observed * math.log(observed / expected)
    return 2 * g2


def formula_names(entities: list[Entity], *, named_in: str = "") -> frozenset[str]:
    """Names whose pairings are formulas, not findings: the top leader (a person titled 总书记), the central
    bodies (党中央, 国务院…), the formulas of ``boilerplate.txt`` and the report's own region and government
    (``named_in``: the report's title and organizer, see ``own_region_names``)."""
    own = own_region_names(entities, named_in=named_in)
    government = own_government(own)
    names = set(guiding_formulas(entities))
    names |= {e.name for e in entities if e.type == "organization" and (
        e.name in CENTRAL_BODIES or government.fullmatch(e.name))}
    return frozenset(names | own)


def guiding_formulas(entities: list[Entity]) -> frozenset[str]:
    """The top leader (a person titled 总书记) and the formulas of ``boilerplate.txt`` named as entities
    (习近平新时代中国特色社会主义思想, 两个确立, 党的二十大): nearly every report names them whatever it is about, so
    as nodes they sit at the centre of every network and say nothing about this one."""
    names = {e.name for e in entities if e.type == "person" and any("总书记" in t for t in e.titles)}
    return frozenset(names | {e.name for e in entities if e.name in boilerplate()})


CENTRAL_BODIES = frozenset("党中央 中共中央 国务院 全国人大 全国政协 中央军委 中央纪委 省委 市委 区委 县委 省政府 "
                           "市政府 区政府 县政府".split())


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
