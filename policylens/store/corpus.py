"""Views over many reports in the library, computed in SQL from the normalised tables (never from full texts)."""

from __future__ import annotations

import math
from itertools import combinations

import pandas as pd

from policylens.model import Edge
from policylens.store.library import Library
from policylens.views.network import Node


def report_frame(library: Library) -> pd.DataFrame:
    """Every report's metadata, with a label for charts."""
    frame = pd.DataFrame(library.reports(), columns=["id", "title", "region", "level", "date", "published", "speaker",
                                                     "source", "added_at", "parser_version", "chars"])
    frame["label"] = [_label(r) for r in frame.itertuples()]
    return frame


def _label(row) -> str:
    name = row.region or row.title or row.source or row.id
    return f"{name}（{row.date}）" if row.date else str(name)


def filter_reports(frame: pd.DataFrame, *, regions: list[str] | None = None, levels: list[str] | None = None,
                   date_from: str | None = None, date_to: str | None = None) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    if regions:
        mask &= frame["region"].isin(regions)
    if levels:
        mask &= frame["level"].isin(levels)
    if date_from:
        mask &= frame["date"].fillna("") >= date_from
    if date_to:
        mask &= frame["date"].fillna("9999") <= date_to
    return frame[mask]


def _placeholders(ids: list[str]) -> str:
    return ",".join("?" for _ in ids)


def theme_matrix(library: Library, ids: list[str]) -> pd.DataFrame:
    """Share of each theme among each report's task theme labels (rows: report ids)."""
    if not ids:
        return pd.DataFrame()
    rows = library.query(f"SELECT report_id, theme, tasks FROM report_themes WHERE report_id IN ({_placeholders(ids)})",
                         tuple(ids))
    frame = pd.DataFrame(rows, columns=["report_id", "theme", "tasks"])
    if frame.empty:
        return pd.DataFrame()
    matrix = frame.pivot_table(index="report_id", columns="theme", values="tasks", fill_value=0)
    return matrix.div(matrix.sum(axis=1), axis=0)


def top_keywords(library: Library, ids: list[str], *, limit: int = 30) -> pd.DataFrame:
    """Keywords by summed score across the reports (boilerplate left out)."""
    if not ids:
        return pd.DataFrame(columns=["word", "reports", "count", "score"])
    rows = library.query(
        f"SELECT word, COUNT(DISTINCT report_id) AS reports, SUM(count) AS count, SUM(score) AS score FROM keywords "
        f"WHERE boilerplate = 0 AND report_id IN ({_placeholders(ids)}) GROUP BY word "
        f"ORDER BY reports DESC, score DESC LIMIT ?",
        (*ids, limit))
    return pd.DataFrame(rows, columns=["word", "reports", "count", "score"])


def keyword_trend(library: Library, ids: list[str], words: list[str], *, by_date: bool = True) -> pd.DataFrame:
    """Occurrences per 10,000 characters of each word, per report or (``by_date``) averaged over a date's reports."""
    if not ids or not words:
        return pd.DataFrame(columns=["report_id", "date", "word", "per_10k"])
    rows = library.query(
        f"SELECT r.id AS report_id, r.date, r.chars, k.word, k.count FROM reports r "
        f"JOIN keywords k ON k.report_id = r.id WHERE r.id IN ({_placeholders(ids)}) "
        f"AND k.word IN ({_placeholders(words)})", (*ids, *words))
    found = pd.DataFrame(rows, columns=["report_id", "date", "chars", "word", "count"])
    grid = pd.MultiIndex.from_product([ids, words], names=["report_id", "word"]).to_frame(index=False)
    meta = pd.DataFrame(library.query(f"SELECT id AS report_id, date, chars FROM reports WHERE id IN "
                                      f"({_placeholders(ids)})", tuple(ids)))
    merged = grid.merge(meta, on="report_id").merge(found[["report_id", "word", "count"]], on=["report_id", "word"],
                                                    how="left").fillna({"count": 0})
    merged["per_10k"] = merged["count"] / merged["chars"].clip(lower=1) * 10_000
    if by_date:
        merged = (merged.dropna(subset=["date"]).groupby(["date", "word"], as_index=False)
                  .agg(per_10k=("per_10k", "mean"), reports=("report_id", "nunique")))
    return merged.sort_values(["date", "word"]).reset_index(drop=True)


def entity_network(library: Library, ids: list[str], *, top: int = 40, min_reports: int = 2,
                   types: list[str] | None = None, min_association: float = 0.15,
                   per_node: int = 4) -> tuple[list[Node], list[Edge]]:
    """Entities named in at least ``min_reports`` reports, linked where they share reports more than chance
    (normalised PMI over reports above ``min_association``; ``count`` is the number of reports naming both)."""
    if not ids:
        return [], []
    type_clause = f" AND type IN ({_placeholders(types)})" if types else ""
    rows = library.query(
        f"SELECT name, type, COUNT(DISTINCT report_id) AS reports, SUM(count) AS count FROM entities "
        f"WHERE report_id IN ({_placeholders(ids)}){type_clause} GROUP BY name, type HAVING reports >= ? "
        f"ORDER BY reports DESC, count DESC LIMIT ?", (*ids, *(types or []), min_reports, top))
    names = {r["name"] for r in rows}
    if not names:
        return [], []
    membership = library.query(
        f"SELECT DISTINCT report_id, name FROM entities WHERE report_id IN ({_placeholders(ids)}) "
        f"AND name IN ({_placeholders(list(names))})", (*ids, *names))
    by_report: dict[str, set[str]] = {}
    for row in membership:
        by_report.setdefault(row["report_id"], set()).add(row["name"])
    pairs: dict[tuple[str, str], int] = {}
    for members in by_report.values():
        for pair in combinations(sorted(members), 2):
            pairs[pair] = pairs.get(pair, 0) + 1
    reports_of = {r["name"]: r["reports"] for r in rows}
    total = len(ids)
    edges = []
    for (a, b), count in pairs.items():
        p_ab, p_a, p_b = count / total, reports_of[a] / total, reports_of[b] / total
        # named in every report together says nothing: keep pairs that go together more than chance (NPMI > 0)
        npmi = 0.0 if p_ab >= 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
        if npmi > min_association:
            edges.append(Edge(source=a, target=b, count=count, weight=round(npmi, 4), jaccard=0.0, window="report"))
    edges.sort(key=lambda e: (-e.weight, -e.count, e.source, e.target))
    kept, degree = [], dict.fromkeys(names, 0)
    for edge in edges:  # each entity keeps its strongest few links, so the picture shows structure, not a hairball
        if degree[edge.source] < per_node or degree[edge.target] < per_node:
            kept.append(edge)
            degree[edge.source] += 1
            degree[edge.target] += 1
    nodes = [Node(r["name"], r["type"], r["reports"], r["count"]) for r in rows]
    return nodes, kept
