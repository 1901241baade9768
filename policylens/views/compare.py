"""Comparing reports: keywords that rose or fell (log-odds with a prior), theme shares, entities, new tasks."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import pandas as pd

from policylens.model import Report
from policylens.nlp.keywords import idf_table
from policylens.nlp.segment import tokens
from policylens.nlp.stopwords import stopwords


def log_odds(counts_a: dict[str, int], counts_b: dict[str, int], *, prior: dict[str, float] | None = None,
             prior_size: float = 500.0) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    Positive ``z`` means the word is more typical of B than of A. The prior (by default the pooled counts,
    scaled to ``prior_size``) shrinks rare words toward zero, so a word said once is not a "trend".
    """
    words = sorted(set(counts_a) | set(counts_b))
    if not words:
        return pd.DataFrame(columns=["word", "count_a", "count_b", "delta", "z"])
    n_a, n_b = sum(counts_a.values()), sum(counts_b.values())
    if prior is None:
        pooled = {w: counts_a.get(w, 0) + counts_b.get(w, 0) for w in words}
        total = sum(pooled.values())
        prior = {w: prior_size * c / total for w, c in pooled.items()}
    alpha_0 = sum(prior.values())
    rows = []
    for word in words:
        y_a, y_b, alpha = counts_a.get(word, 0), counts_b.get(word, 0), max(prior.get(word, 0.0), 1e-3)
        omega_a = (y_a + alpha) / (n_a + alpha_0 - y_a - alpha)
        omega_b = (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
        delta = math.log(omega_b) - math.log(omega_a)
        variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
        rows.append({"word": word, "count_a": y_a, "count_b": y_b, "delta": delta, "z": delta / math.sqrt(variance)})
    return pd.DataFrame(rows).sort_values("z", ascending=False).reset_index(drop=True)


def keyword_counts(report: Report, *, include_boilerplate: bool = False) -> dict[str, int]:
    return {k.word: k.count for k in report.keywords if include_boilerplate or not k.boilerplate}


def theme_shares(report: Report) -> dict[str, float]:
    """Share of the report's theme labels per theme (tasks can carry several themes)."""
    counts = Counter(theme for task in report.tasks for theme in task.themes)
    total = sum(counts.values())
    return {theme: count / total for theme, count in counts.most_common()} if total else {}


def entity_overlap(a: Report, b: Report, *, types: list[str] | None = None) -> dict[str, list[str]]:
    """Entities shared by both reports and those only in one (by name or alias)."""
    def forms(report: Report) -> dict[str, set[str]]:
        return {e.name: {e.name, *e.aliases} for e in report.entities if not types or e.type in types}

    forms_a, forms_b = forms(a), forms(b)
    all_b = set().union(*forms_b.values()) if forms_b else set()
    all_a = set().union(*forms_a.values()) if forms_a else set()
    shared = [name for name, names in forms_a.items() if names & all_b]
    only_a = [name for name, names in forms_a.items() if not names & all_b]
    only_b = [name for name, names in forms_b.items() if not names & all_a]
    return {"shared": shared, "only_a": only_a, "only_b": only_b}


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[^\w]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of character bigrams (punctuation ignored)."""
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def content_words(text: str) -> frozenset[str]:
    """The words that say what a task is about: jieba's words of two characters or more, stop words, numbers and
    punctuation left out (推进城市更新行动 → 推进, 城市, 更新, 行动)."""
    noise = stopwords()
    return frozenset(word for word in tokens(text).texts if len(word) >= 2 and word not in noise
                     and not _NOT_A_WORD.fullmatch(word))


_NOT_A_WORD = re.compile(r"[\W\d]+")


def task_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two tasks' content words, each weighted by its IDF in policy text, so that sharing 城市更新
    counts and sharing 推进 hardly does."""
    table, unseen = idf_table()
    weight = {word: table.get(word, unseen) ** 2 for word in a | b}
    norm = math.sqrt(sum(weight[w] for w in a) * sum(weight[w] for w in b))
    return sum(weight[w] for w in a & b) / norm if norm else 0.0


NEW_TASK_THRESHOLD = 0.5  # below it, a task has no counterpart: pairs at 0.5–0.7 read as rewordings of one task


def new_tasks(a: Report, b: Report, *, threshold: float = NEW_TASK_THRESHOLD) -> list[dict[str, Any]]:
    """Tasks of B with no counterpart in A (``task_similarity`` below ``threshold``), with the closest one."""
    old = [(t.text, content_words(t.text)) for t in a.tasks]
    index: dict[str, set[int]] = {}
    for number, (_, words) in enumerate(old):
        for word in words:
            index.setdefault(word, set()).add(number)
    out = []
    for area in b.focus_areas + b.requirements:
        for task in area.tasks:
            words = content_words(task.text)
            candidates = set().union(*(index.get(w, set()) for w in words)) if words else set()
            best, best_text = 0.0, None
            for number in candidates:
                score = task_similarity(words, old[number][1])
                if score > best:
                    best, best_text = score, old[number][0]
            if best < threshold:
                out.append({"area": area.title, "task": task.text, "start": task.start, "similarity": round(best, 3),
                            "closest": best_text})
    return out
