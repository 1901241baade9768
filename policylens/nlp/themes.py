"""Task themes (产业经济, 民生保障…) from the editable taxonomy ``themes.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from policylens.nlp.keywords import idf_table
from policylens.resources import data_path, data_stamp


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
    data = tomllib.loads(data_path("themes.toml").read_text(encoding="utf-8"))
    return tuple(_theme(item["name"], tuple(item.get("terms", ())), tuple(item.get("rules", ())))
                 for item in data.get("theme", []))


def theme_scores(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> dict[str, float]:
    """Each matching theme's score: the specificity of its distinct terms found (营商环境 over 市场)."""
    scores = {}
    for theme in taxonomy or themes():
        if theme.pattern is None:
            continue
        found = {match.group() for match in theme.pattern.finditer(text)}
        if found:
            terms = set(theme.terms)
            scores[theme.name] = sum(_specificity(term) if term in terms else RULE_WEIGHT for term in found)
    return scores


RULE_WEIGHT = 4.0  # a morpheme rule's match: about the IDF of a topical word (民生 4.3, 交通 3.9)


def _specificity(term: str) -> float:
    """How much a term says about the topic: its IDF in policy text (项目, 企业 say little; 农村, 民生 more)."""
    table, unseen = idf_table()
    return table.get(term, unseen)


def task_themes(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> list[str]:
    """The best-supported theme (two when they tie), in taxonomy order: a task on 营商环境 that says 企业 once is
    about the business environment, not also about industry."""
    scores = theme_scores(text, taxonomy=taxonomy)
    if not scores:
        return []
    best = max(scores.values())
    return [name for name, score in scores.items() if score >= best][:MAX_THEMES]


MAX_THEMES = 2
