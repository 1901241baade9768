"""Keywords: counts and TF-IDF against a policy IDF table, weighted by termhood; recounted per area or theme."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import cache
from importlib import resources

from policylens.model import Entity, FocusArea, Keyword, Report
from policylens.nlp.segment import Token
from policylens.nlp.stopwords import boilerplate, stopwords
from policylens.resources import data_path

_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# nouns, verbal nouns, abbreviations and unknown words carry topics; verbs, adverbs and idioms are filler
KEYWORD_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "eng", "x"))
TERM_TYPES = ("policy", "industry", "project")


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """IDF by word, and the IDF of an unseen word.

    The policy table (built from work reports by ``scripts/build_idf.py``) comes first; jieba's general
    table, rescaled to the policy table's range by the ratio of their medians over shared words, fills in
    the words the policy corpus never saw. Without the policy table, jieba's table alone.
    """
    general: dict[str, float] = {}
    try:
        source = resources.files("jieba") / "analyse" / "idf.txt"
        for line in source.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            if value:
                general[word] = float(value)
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    policy: dict[str, float] = {}
    policy_path = data_path("idf_policy.txt")
    if policy_path.is_file():
        for line in policy_path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition("\t")
            if value and not line.startswith("#"):
                policy[word] = float(value)
    if not policy:
        return general, _median(general.values(), 10.0)
    shared = [w for w in policy if w in general]
    scale = _median((policy[w] for w in shared), 1.0) / _median((general[w] for w in shared), 1.0) if shared else 1.0
    table = {w: v * scale for w, v in general.items()}
    table.update(policy)
    return table, max(policy.values())


def _median(values, default: float) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else default


def entity_spans(entities: list[Entity]) -> list[tuple[int, int, str]]:
    """Each stretch of text named by a non-person entity once (nested mentions dropped): start, end, name."""
    return outermost_spans([(m.start, m.end, e.name) for e in entities if e.type != "person" for m in e.mentions])


def keyword_units(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """Words for counting: tokens, with each entity mention (``spans``: start, end, name) counted as one word.

    Stopwords, single characters and words of non-topical parts of speech are left out here.
    """
    units: list[tuple[str, int, int]] = []
    spans = sorted(spans)
    span_index = 0
    emitted = -1
    skip = stopwords()
    for token in tokens:
        while span_index < len(spans) and spans[span_index][1] <= token.start:
            span_index += 1
        if span_index < len(spans) and spans[span_index][0] < token.end and token.start < spans[span_index][1]:
            if emitted != span_index:
                start, end, name = spans[span_index]
                units.append((name, start, end))
                emitted = span_index
            continue
        text = token.text
        if len(text) < 2 or token.tag not in KEYWORD_TAGS or text in skip or not _WORDLIKE.search(text):
            continue
        units.append((text, token.start, token.end))
    return units


def termhood(word: str, *, is_term: bool = False) -> float:
    """Weight for policy terms over generic nouns: longer compounds (新质生产力, 粤港澳大湾区) and named
    programmes, industries and projects (百千万工程) count for more than a bare two-character noun (消费)."""
    weight = 1.0 + 0.3 * min(max(len(word) - 2, 0), 4)
    return round(weight * (1.5 if is_term else 1.0), 3)


def score_keywords(units: list[tuple[str, int, int]], *, terms: frozenset[str] = frozenset(),
                   limit: int = 300) -> list[Keyword]:
    """Keywords sorted by ``score``: ``tfidf`` is plain TF-IDF, ``score`` is TF-IDF times the ``termhood`` weight."""
    offsets: dict[str, list[int]] = defaultdict(list)
    for word, start, _ in units:
        offsets[word].append(start)
    total = len(units) or 1
    table, default_idf = idf_table()
    noise = boilerplate()
    scored = []
    for word, places in offsets.items():
        idf = table.get(word, default_idf)
        tfidf = len(places) / total * idf
        weight = termhood(word, is_term=word in terms)
        scored.append((-round(tfidf * weight, 6), -len(places), word, tfidf, idf, weight))
    scored.sort()
    return [Keyword(word=word, count=-negative_count, tfidf=round(tfidf, 6), idf=round(idf, 4), weight=weight,
                    score=-negative_score, boilerplate=word in noise, offsets=offsets[word])
            for negative_score, negative_count, word, tfidf, idf, weight in scored[:limit]]


def report_keywords(report: Report, tokens: list[Token]) -> list[Keyword]:
    """The keyword table of a report whose entities are known (entity names count as one word each)."""
    terms = frozenset(e.name for e in report.entities if e.type in TERM_TYPES)
    return score_keywords(keyword_units(tokens, entity_spans(report.entities)), terms=terms)


def keywords_in_spans(keywords: list[Keyword], spans: list[tuple[int, int]], *,
                      hide_boilerplate: bool = False) -> list[Keyword]:
    """Keywords recounted inside ``spans`` (a focus area's or a theme's tasks), TF-IDF recomputed."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    rows = []
    for row in keywords:
        if hide_boilerplate and row.boilerplate:
            continue
        inside = []
        for offset in row.offsets:
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < spans[index][1]:
                inside.append(offset)
        if inside:
            rows.append(replace(row, count=len(inside), offsets=inside))
    total = sum(r.count for r in rows) or 1
    for row in rows:
        row.tfidf = round(row.count / total * row.idf, 6)
        row.score = round(row.tfidf * row.weight, 6)
    rows.sort(key=lambda r: (-r.score, -r.count, r.word))
    return rows


def idf_from_documents(documents: list[list[str]]) -> dict[str, float]:
    """Smoothed IDF over tokenised documents: log((1 + N) / (1 + df)) + 1."""
    frequency: dict[str, int] = defaultdict(int)
    for words in documents:
        for word in set(words):
            frequency[word] += 1
    n = len(documents)
    return {w: math.log((1 + n) / (1 + df)) + 1 for w, df in frequency.items()}


def area_keywords(report: Report, area: FocusArea, *, hide_boilerplate: bool = True) -> list[Keyword]:
    """Keywords of one focus area or requirement (its heading and tasks)."""
    return keywords_in_spans(report.keywords, [(area.start, area.end)], hide_boilerplate=hide_boilerplate)


def theme_keywords(report: Report, theme: str, *, hide_boilerplate: bool = True) -> list[Keyword]:
    """Keywords of the tasks that carry ``theme``."""
    spans = [(t.start, t.end) for t in report.tasks if theme in t.themes]
    return keywords_in_spans(report.keywords, spans, hide_boilerplate=hide_boilerplate)


def outermost_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans nested in a longer one, so each stretch of text is counted once."""
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out
