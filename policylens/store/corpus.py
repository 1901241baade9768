"""Views over many reports in the library, computed in SQL from the normalised tables (never from full texts)."""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import combinations

import pandas as pd

from policylens.io.normalize import analysis_text
from policylens.model import Edge
from policylens.store.library import Library
from policylens.views.compare import log_odds
from policylens.views.network import Node
from policylens.views.report import file_stem
from policylens.views.targets import INDICATOR_LABELS, format_value


def report_frame(library: Library) -> pd.DataFrame:
    """Every report's metadata, with a label for charts."""
    frame = pd.DataFrame(library.reports(), columns=["id", "title", "region", "level", "date", "published", "speaker",
                                                     "source", "added_at", "parser_version", "chars"])
    labels = [_label(r) for r in frame.itertuples()]
    repeated = {label for label, count in Counter(labels).items() if count > 1}
    # two reports with one label would share a chart's row: the id's first characters tell them apart
    frame["label"] = [f"{label} · {report_id[:6]}" if label in repeated else label
                      for label, report_id in zip(labels, frame["id"], strict=True)]
    return frame


def _label(row) -> str:
    source = file_stem(row.source) if _given(row.source) else None  # 会议记录.txt → 会议记录, as the sidebar calls it
    name = next((value for value in (row.region, row.title, source, row.id) if _given(value)), "")
    return f"{name}（{row.date}）" if _given(row.date) else str(name)


def _given(value: object) -> bool:
    """A field the library holds (not None, not the NaN pandas puts in an empty column, not blank)."""
    return isinstance(value, str) and bool(value.strip())


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


def keyword_trend(library: Library, ids: list[str], words: list[str]) -> pd.DataFrame:
    """Occurrences per 10,000 characters of each word in each report, with the report's region and date: a point
    per report (different regions are different series, not one line in date order)."""
    columns = ["report_id", "region", "date", "word", "count", "per_10k"]
    if not ids or not words:
        return pd.DataFrame(columns=columns)
    rows = library.query(
        f"SELECT r.id AS report_id, k.word, k.count FROM reports r JOIN keywords k ON k.report_id = r.id "
        f"WHERE r.id IN ({_placeholders(ids)}) AND k.word IN ({_placeholders(words)})", (*ids, *words))
    found = pd.DataFrame(rows, columns=["report_id", "word", "count"])
    grid = pd.MultiIndex.from_product([ids, words], names=["report_id", "word"]).to_frame(index=False)
    meta = pd.DataFrame(library.query(f"SELECT id AS report_id, region, date, chars FROM reports WHERE id IN "
                                      f"({_placeholders(ids)})", tuple(ids)))
    merged = grid.merge(meta, on="report_id").merge(found, on=["report_id", "word"], how="left").fillna({"count": 0})
    merged["per_10k"] = merged["count"] / merged["chars"].clip(lower=1) * 10_000
    return merged.dropna(subset=["date"]).sort_values(["word", "date"]).reset_index(drop=True)[columns]


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


def target_frame(library: Library, ids: list[str], *, indicator: str = "gdp_growth",
                 kind: str = "target") -> pd.DataFrame:
    """One row per report: its region, date and the figure it states for ``indicator`` (the first, when it states
    several; none when it states none), and the change from the same region's previous report in the library."""
    columns = ["report_id", "region", "level", "date", "title", "low", "high", "unit", "qualifier", "label", "text",
               "start", "previous", "change"]
    if not ids:
        return pd.DataFrame(columns=columns)
    rows = library.query(
        f"SELECT r.id AS report_id, r.region, r.level, r.date, r.title, t.low, t.high, t.unit, t.qualifier, "
        f"t.label, t.text, t.start FROM reports r LEFT JOIN targets t ON t.report_id = r.id AND t.indicator = ? "
        f"AND t.kind = ? WHERE r.id IN ({_placeholders(ids)}) ORDER BY r.id, t.start", (indicator, kind, *ids))
    frame = pd.DataFrame(rows, columns=columns[:-2]).drop_duplicates("report_id")
    frame = frame.sort_values(["region", "date"], na_position="last").reset_index(drop=True)
    midpoint = (frame["low"] + frame["high"]) / 2
    frame["previous"] = midpoint.groupby(frame["region"].fillna(frame["report_id"])).shift(1)
    frame["change"] = midpoint - frame["previous"]
    return frame[columns]


def indicator_table(library: Library, ids: list[str], *, kind: str = "target") -> pd.DataFrame:
    """Reports (rows) × headline indicators (columns): each figure as the report states it (``views.targets``)."""
    if not ids:
        return pd.DataFrame()
    rows = library.query(
        f"SELECT t.report_id, t.indicator, t.low, t.high, t.unit, t.qualifier FROM targets t "
        f"WHERE t.kind = ? AND t.indicator != 'other' AND t.report_id IN ({_placeholders(ids)}) ORDER BY t.start",
        (kind, *ids))
    frame = pd.DataFrame(rows, columns=["report_id", "indicator", "low", "high", "unit", "qualifier"])
    if frame.empty:
        return pd.DataFrame()
    frame = frame.drop_duplicates(["report_id", "indicator"])
    frame["value"] = [format_value(r.low, r.high, r.unit, r.qualifier) for r in frame.itertuples()]
    table = frame.pivot(index="report_id", columns="indicator", values="value")
    order = [name for name in INDICATOR_LABELS if name in table.columns]
    return table[order].rename(columns=INDICATOR_LABELS).fillna("")


def phrase_pattern(variants: list[str]) -> re.Pattern[str]:
    """One pattern for a phrase and its aliases, matched in the analysis text (one width: 人工智能＋ is 人工智能+)
    with quotation marks allowed between its characters (“人工智能+”行动 holds 人工智能+行动)."""
    quote = "[“”‘’\"'「」]?"
    forms = sorted({analysis_text(v).strip().replace("“", "").replace("”", "") for v in variants if v.strip()},
                   key=len, reverse=True)
    return re.compile("|".join(quote.join(map(re.escape, form)) for form in forms) or "(?!)")


def phrase_matrix(library: Library, ids: list[str], phrases: dict[str, list[str]]) -> pd.DataFrame:
    """Mentions of each phrase (with its aliases) in each report, per 10,000 characters; found through the
    full-text index, counted in the matching lines."""
    columns = ["report_id", "phrase", "mentions", "per_10k", "first"]
    if not ids or not phrases:
        return pd.DataFrame(columns=columns)
    chars = {r["id"]: r["chars"] for r in library.query(
        f"SELECT id, chars FROM reports WHERE id IN ({_placeholders(ids)})", tuple(ids))}
    rows = []
    for phrase, variants in phrases.items():
        pattern = phrase_pattern([phrase, *variants])
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for row in _candidate_lines(library, ids, [phrase, *variants]):
            found = [m.start() for m in pattern.finditer(row["line"])]
            if found:
                counts[row["report_id"]] = counts.get(row["report_id"], 0) + len(found)
                first.setdefault(row["report_id"], row["line_start"] + found[0])
        for report_id in ids:
            mentions = counts.get(report_id, 0)
            rows.append((report_id, phrase, mentions, mentions / max(chars.get(report_id, 1), 1) * 10_000,
                         first.get(report_id)))
    return pd.DataFrame(rows, columns=columns)


def phrase_contexts(library: Library, ids: list[str], variants: list[str], *, width: int = 30,
                    limit: int = 200) -> pd.DataFrame:
    """Keyword-in-context lines for a phrase: the report, the offset and the words around each mention."""
    pattern = phrase_pattern(variants)
    rows = []
    for row in _candidate_lines(library, ids, variants):
        line = row["line"]
        for match in pattern.finditer(line):
            rows.append((row["report_id"], row["line_start"] + match.start(), line[max(0, match.start() - width):
                                                                                  match.start()],
                         line[match.start():match.end()], line[match.end():match.end() + width]))
            if len(rows) >= limit:
                break
    return pd.DataFrame(rows, columns=["report_id", "offset", "left", "match", "right"])


def _candidate_lines(library: Library, ids: list[str], variants: list[str]) -> list[dict]:
    """Index lines of the chosen reports that may hold a variant: the trigram index for the longest run of three
    characters or more without quotes, a scan for shorter phrases."""
    wanted = set(ids)
    seen: set[tuple[str, int]] = set()
    out = []
    for variant in variants:
        pieces = [p for p in re.split(r"[“”‘’\"'「」\s]+", analysis_text(variant)) if p]
        if not pieces:
            continue
        needle = max(pieces, key=len)
        if len(needle) >= 3:
            sql = "SELECT report_id, line_start, line FROM search WHERE search MATCH ?"
            params: tuple = ('"' + needle.replace('"', '""') + '"',)
        else:
            sql = "SELECT report_id, line_start, line FROM search WHERE instr(line, ?) > 0"
            params = (needle,)
        for row in library.query(sql, params):
            key = (row["report_id"], row["line_start"])
            if row["report_id"] in wanted and key not in seen:
                seen.add(key)
                out.append(row)
    return out


def distinctive_terms(library: Library, ids: list[str], *, by: str = "region", top: int = 8) -> pd.DataFrame:
    """For each group of reports (by region, level or year), the keywords most typical of it against all the
    other reports: weighted log-odds with an informative prior, from the stored keyword counts."""
    columns = ["group", "word", "count_group", "count_rest", "z"]
    if not ids:
        return pd.DataFrame(columns=columns)
    rows = library.query(
        f"SELECT r.id AS report_id, r.region, r.level, substr(r.date, 1, 4) AS year, k.word, k.count FROM reports r "
        f"JOIN keywords k ON k.report_id = r.id WHERE k.boilerplate = 0 AND r.id IN ({_placeholders(ids)})", tuple(ids))
    frame = pd.DataFrame(rows, columns=["report_id", "region", "level", "year", "word", "count"])
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame["group"] = frame[by].fillna("（未知）")
    totals = frame.groupby("word")["count"].sum()
    out = []
    for group, rows_of_group in frame.groupby("group"):
        inside = rows_of_group.groupby("word")["count"].sum()
        rest = (totals - inside.reindex(totals.index, fill_value=0)).clip(lower=0)
        scores = log_odds(rest[rest > 0].to_dict(), inside.to_dict()).head(top)
        out += [(group, r.word, r.count_b, r.count_a, r.z) for r in scores.itertuples() if r.z > 0]
    return pd.DataFrame(out, columns=columns)
