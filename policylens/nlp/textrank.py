"""TextRank keywords on demand, over the report's own token stream (segmented once, kept on the report)."""

from __future__ import annotations

from collections import defaultdict

from policylens.model import Report
from policylens.nlp.keywords import entity_spans, keyword_units, person_spans
from policylens.nlp.segment import report_tokens
from policylens.nlp.stopwords import boilerplate


def textrank(units: list[tuple[str, int, int]], *, window: int = 5, top_k: int = 100, damping: float = 0.85,
             iterations: int = 60, exclude: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """TextRank over the word sequence (co-occurrence within ``window``), deterministic power iteration."""
    words = [w for w, _, _ in units if w not in exclude]
    neighbours: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for index, word in enumerate(words):
        for other in words[index + 1:index + window]:
            if other != word:
                neighbours[word][other] += 1
                neighbours[other][word] += 1
    if not neighbours:
        return []
    nodes = sorted(neighbours)
    rank = dict.fromkeys(nodes, 1.0)
    out_weight = {n: sum(neighbours[n].values()) for n in nodes}
    for _ in range(iterations):
        rank = {n: (1 - damping) + damping * sum(rank[m] * w / out_weight[m] for m, w in neighbours[n].items())
                for n in nodes}
    top = max(rank.values())
    ranked = sorted(((n, r / top) for n, r in rank.items()), key=lambda item: (-item[1], item[0]))
    return ranked[:top_k]


def report_textrank(report: Report, *, top_k: int = 100, hide_boilerplate: bool = True,
                    spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """TextRank keywords of a parsed report (or of ``spans`` of it): ``{"word", "score", "count"}``."""
    units = keyword_units(report_tokens(report), entity_spans(report.entities), hidden=person_spans(report.entities))
    if spans:
        ordered = sorted(spans)
        units = [u for u in units if any(s <= u[1] < e for s, e in ordered)]
    exclude = boilerplate() if hide_boilerplate else frozenset()
    counts: dict[str, int] = defaultdict(int)
    for word, _, _ in units:
        counts[word] += 1
    return [{"word": w, "score": round(s, 6), "count": counts[w]}
            for w, s in textrank(units, top_k=top_k, exclude=exclude)]
