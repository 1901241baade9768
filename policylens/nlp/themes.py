"""Task themes (产业经济, 民生保障…) from the editable taxonomy ``themes.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

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
    parts = [re.escape(t) for t in terms] + [f"(?:{r})" for r in rules]
    return Theme(name, terms, tuple(re.compile(r) for r in rules), re.compile("|".join(parts)) if parts else None)


def themes() -> tuple[Theme, ...]:
    """The theme taxonomy; re-read when the file (packaged or the user's copy) changes."""
    return _themes(data_stamp("themes.toml"))


@lru_cache(maxsize=4)
def _themes(key: tuple[str, float]) -> tuple[Theme, ...]:
    data = tomllib.loads(data_path("themes.toml").read_text(encoding="utf-8"))
    return tuple(_theme(item["name"], tuple(item.get("terms", ())), tuple(item.get("rules", ())))
                 for item in data.get("theme", []))


def task_themes(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> list[str]:
    return [theme.name for theme in (taxonomy or themes()) if theme.matches(text)]
