"""Task themes (产业经济, 民生保障…) from the editable taxonomy ``themes.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from policylens.nlp.keywords import word_idf
from policylens.resources import data_path, data_stamp
from policylens.textutil import with_first_character_filter, word_list_pattern


@dataclass(frozen=True)
class Theme:
    name: str
    terms: tuple[str, ...]
    rules: tuple[re.Pattern[str], ...]
    pattern: re.Pattern[str] | None = None

    def matches(self, text: str) -> bool:
        if self.pattern is not None:
            return self.pattern.search(text) is not None
        return any(term in text for term in self.terms) or any(rule.search(text) for rule in self.rules)


def _theme(name: str, terms: tuple[str, ...], rules: tuple[str, ...]) -> Theme:
    parts = [re.escape(t) for t in sorted(terms, key=len, reverse=True)] + [f"(?:{r})" for r in rules]
    return Theme(name, terms, tuple(re.compile(r) for r in rules), re.compile("|".join(parts)) if parts else None)


def themes() -> tuple[Theme, ...]:
    """The theme taxonomy; re-read when the file (packaged or the user's copy) changes."""
    return _themes(data_stamp("themes.toml"))


@lru_cache(maxsize=4)
def _themes(key: tuple[str, float]) -> tuple[Theme, ...]:
    return tuple(_theme(item["name"], tuple(item.get("terms", ())), tuple(item.get("rules", ())))
                 for item in _themes_file(key).get("theme", []))


@lru_cache(maxsize=4)
def _themes_file(key: tuple[str, float]) -> dict:
    """``themes.toml`` parsed once per version of the file: the taxonomy and the neutral phrases both read it."""
    return tomllib.loads(data_path("themes.toml").read_text(encoding="utf-8"))


def neutral_terms() -> tuple[str, ...]:
    """Phrases that count for no theme (``[neutral]`` in ``themes.toml``), matched before the terms inside them."""
    return _neutral(data_stamp("themes.toml"))


@lru_cache(maxsize=4)
def _neutral(key: tuple[str, float]) -> tuple[str, ...]:
    return tuple(_themes_file(key).get("neutral", {}).get("terms", ()))


def theme_scores(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> dict[str, float]:
    """Each matching theme's score: the specificity of its distinct terms found (营商环境 over 市场), plus a fixed
    weight for each distinct match of its morpheme rules. Terms are matched longest first across the whole
    taxonomy, so that 环境 inside 营商环境 does not count for 生态环境."""
    matcher = matcher_of(taxonomy or themes())
    rules = () if matcher.rules is None else matcher.rules.finditer(text)
    return scores_of(matcher, set(matcher.terms.findall(text)), {(m.lastgroup, m.group()) for m in rules})


def theme_evidence(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> dict[str, list[str]]:
    """The words in ``text`` that count for each theme (its terms, then its morpheme rules' matches), as
    ``theme_scores`` finds them: why a task carries a theme."""
    matcher = matcher_of(taxonomy or themes())
    found: dict[str, list[str]] = {}
    for term in dict.fromkeys(matcher.terms.findall(text)):
        for name in matcher.themes_of[term]:
            found.setdefault(name, []).append(term)
    for match in () if matcher.rules is None else matcher.rules.finditer(text):
        words = found.setdefault(matcher.group_theme[match.lastgroup], [])
        if match.group() not in words:
            words.append(match.group())
    return found


def scores_of(matcher: _Matcher, terms: set[str], rules: set[tuple[str | None, str]]) -> dict[str, float]:
    """Theme scores from the distinct terms and (rule group, text) matches found in one task."""
    scores: dict[str, float] = {}
    for term in sorted(terms):  # a set's order changes with the hash seed: ties and float sums must not
        for name in matcher.themes_of[term]:
            scores[name] = scores.get(name, 0.0) + _specificity(term)
    for group, _ in sorted(rules, key=str):
        theme = matcher.group_theme[group]
        scores[theme] = scores.get(theme, 0.0) + RULE_WEIGHT
    return scores


def best_themes(scores: dict[str, float]) -> list[str]:
    if not scores:
        return []
    best = max(scores.values())
    return [name for name, score in scores.items() if score >= best][:MAX_THEMES]


@dataclass(frozen=True)
class _Matcher:
    terms: re.Pattern[str]
    themes_of: dict[str, tuple[str, ...]]
    rules: re.Pattern[str] | None
    group_theme: dict[str, str]


_MATCHERS: dict[int, tuple[tuple[Theme, ...], _Matcher]] = {}


def matcher_of(taxonomy: tuple[Theme, ...]) -> _Matcher:
    """The taxonomy's matcher, built once per taxonomy object (hashing the taxonomy per task would cost more)."""
    entry = _MATCHERS.get(id(taxonomy))
    if entry is None or entry[0] is not taxonomy:
        if len(_MATCHERS) > 8:
            _MATCHERS.clear()
        entry = _MATCHERS[id(taxonomy)] = (taxonomy, _build_matcher(taxonomy))
    return entry[1]


def _build_matcher(taxonomy: tuple[Theme, ...]) -> _Matcher:
    """One pattern for every term of the taxonomy (longest first) and one for every rule (a group per theme).
    The neutral phrases are terms of no theme: matched in their place, they keep the words inside them (经济 in
    经济社会发展) from counting."""
    themes_of: dict[str, list[str]] = {term: [] for term in neutral_terms()}
    for theme in taxonomy:
        for term in theme.terms:
            themes_of.setdefault(term, []).append(theme.name)
    terms = word_list_pattern(themes_of)
    groups = {f"t{index}": theme for index, theme in enumerate(taxonomy) if theme.rules}
    rules = with_first_character_filter(re.compile("|".join(
        f"(?P<{group}>{'|'.join(r.pattern for r in theme.rules)})" for group, theme in groups.items()))) \
        if groups else None
    return _Matcher(terms, {t: tuple(n) for t, n in themes_of.items()}, rules,
                    {group: theme.name for group, theme in groups.items()})


RULE_WEIGHT = 4.0  # a morpheme rule's match: about the IDF of a topical word (民生 4.3, 交通 3.9)


def _specificity(term: str) -> float:
    """How much a term says about the topic: its IDF in policy text (项目, 企业 say little; 农村, 民生 more)."""
    return word_idf(term)


def task_themes(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> list[str]:
    """The best-supported theme (two when they tie), in taxonomy order: a task on 营商环境 that says 企业 once is
    about the business environment, not also about industry."""
    return best_themes(theme_scores(text, taxonomy=taxonomy))


MAX_THEMES = 2
