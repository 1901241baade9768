"""Themes, lead verbs with intensity, and policy instruments of tasks, from editable data files."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from policylens.model import FocusArea, Task
from policylens.resources import data_path


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


@dataclass(frozen=True)
class VerbLexicon:
    verbs: tuple[str, ...]
    strong_verbs: frozenset[str]
    soft_verbs: frozenset[str]
    strong_modifiers: tuple[str, ...]
    soft_modifiers: tuple[str, ...]
    verb_set: frozenset[str] = frozenset()
    modifier_set: frozenset[str] = frozenset()

    def verb_at(self, text: str, position: int) -> str | None:
        """The longest lexicon verb starting at ``position``."""
        return _longest_at(text, position, self.verb_set)

    def modifier_at(self, text: str, position: int) -> str | None:
        return _longest_at(text, position, self.modifier_set)


def _longest_at(text: str, position: int, words: frozenset[str]) -> str | None:
    for length in range(min(6, len(text) - position), 0, -1):
        piece = text[position:position + length]
        if piece in words:
            return piece
    return None


@dataclass(frozen=True)
class Instrument:
    name: str
    label: str
    cues: tuple[str, ...]

    @property
    def pattern(self) -> re.Pattern[str]:
        return _cue_pattern(self.cues)


@lru_cache(maxsize=32)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(cues, key=len, reverse=True))) or "(?!)")


def _mtime_key(name: str) -> tuple[str, float]:
    path = data_path(name)
    try:
        return str(path), path.stat().st_mtime
    except OSError:
        return str(path), 0.0


def themes() -> tuple[Theme, ...]:
    """The theme taxonomy; re-read when the file (packaged or the user's copy) changes."""
    return _themes(_mtime_key("themes.toml"))


@lru_cache(maxsize=4)
def _themes(key: tuple[str, float]) -> tuple[Theme, ...]:
    data = tomllib.loads(data_path("themes.toml").read_text(encoding="utf-8"))
    return tuple(_theme(item["name"], tuple(item.get("terms", ())), tuple(item.get("rules", ())))
                 for item in data.get("theme", []))


def verb_lexicon() -> VerbLexicon:
    return _verb_lexicon(_mtime_key("verbs.toml"))


@lru_cache(maxsize=4)
def _verb_lexicon(key: tuple[str, float]) -> VerbLexicon:
    data = tomllib.loads(data_path("verbs.toml").read_text(encoding="utf-8"))
    verbs = data.get("verbs", {})
    modifiers = data.get("modifiers", {})
    every = {*verbs.get("strong", ()), *verbs.get("neutral", ()), *verbs.get("soft", ())}
    return VerbLexicon(
        verbs=tuple(sorted(every, key=len, reverse=True)),
        strong_verbs=frozenset(verbs.get("strong", ())),
        soft_verbs=frozenset(verbs.get("soft", ())),
        strong_modifiers=tuple(sorted(modifiers.get("strong", ()), key=len, reverse=True)),
        soft_modifiers=tuple(sorted(modifiers.get("soft", ()), key=len, reverse=True)),
        verb_set=frozenset(every),
        modifier_set=frozenset((*modifiers.get("strong", ()), *modifiers.get("soft", ()))),
    )


def instruments() -> tuple[Instrument, ...]:
    return _instruments(_mtime_key("instruments.toml"))


@lru_cache(maxsize=4)
def _instruments(key: tuple[str, float]) -> tuple[Instrument, ...]:
    data = tomllib.loads(data_path("instruments.toml").read_text(encoding="utf-8"))
    return tuple(Instrument(i["name"], i.get("label", i["name"]), tuple(i.get("cues", ())))
                 for i in data.get("instrument", []))


def task_themes(text: str, *, taxonomy: tuple[Theme, ...] | None = None) -> list[str]:
    return [theme.name for theme in (taxonomy or themes()) if theme.matches(text)]


def lead_verb(text: str, *, lexicon: VerbLexicon | None = None) -> tuple[str | None, str | None]:
    """The task's lead verb and its intensity: 全力推进土地整备 → (推进, strong); 探索打造… → (打造, soft)."""
    lexicon = lexicon or verb_lexicon()
    position = 0
    intensity = None
    text = text.lstrip("“”（）()")
    while position < len(text):
        modifier = lexicon.modifier_at(text, position)
        verb = lexicon.verb_at(text, position)
        verb_first = verb and (modifier is None or len(verb) >= len(modifier))
        if verb_first and not _modifier_then_verb(text, position, lexicon):
            return verb, intensity or _verb_intensity(verb, lexicon)
        if modifier is None:
            break
        if intensity is None or intensity == "neutral":
            intensity = "strong" if modifier in lexicon.strong_modifiers else "soft"
        position += len(modifier)
    # no verb opens the clause (将X贯穿…, 民众街道要啃下…): the first lexicon verb near its start
    for start in range(position, min(len(text), 12)):
        verb = lexicon.verb_at(text, start)
        if verb and len(verb) >= 2:
            own = _verb_intensity(verb, lexicon)
            return verb, intensity if intensity and own == "neutral" else own
    return None, intensity


def _verb_intensity(verb: str, lexicon: VerbLexicon) -> str:
    return "strong" if verb in lexicon.strong_verbs else "soft" if verb in lexicon.soft_verbs else "neutral"


def _modifier_then_verb(text: str, position: int, lexicon: VerbLexicon) -> bool:
    """加快推进: 加快 is both a verb and a modifier; here it modifies the verb that follows."""
    modifier = lexicon.modifier_at(text, position)
    if modifier is None:
        return False
    following = lexicon.verb_at(text, position + len(modifier))
    return following is not None and len(following) >= 2


def task_instrument(text: str, *, codebook: tuple[Instrument, ...] | None = None) -> str | None:
    scores = Counter()
    for instrument in codebook or instruments():
        scores[instrument.name] = len(set(instrument.pattern.findall(text)))
    best = scores.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None


def annotate_tasks(areas: list[FocusArea]) -> None:
    """Give each task its themes, lead verb, intensity and instrument; each area its theme profile."""
    taxonomy, lexicon, codebook = themes(), verb_lexicon(), instruments()
    for area in areas:
        heading_themes = task_themes(f"{area.title}，{area.goal}", taxonomy=taxonomy)
        for task in area.tasks:
            annotate_task(task, heading_themes, taxonomy=taxonomy, lexicon=lexicon, codebook=codebook)
        counts = Counter(theme for task in area.tasks for theme in task.themes)
        total = sum(counts.values())
        area.themes = {name: round(count / total, 4) for name, count in counts.most_common()} if total else {}


def annotate_task(task: Task, fallback_themes: list[str], *, taxonomy, lexicon, codebook) -> None:
    task.themes = task_themes(task.text, taxonomy=taxonomy) or list(fallback_themes)
    task.verb, task.intensity = lead_verb(task.text, lexicon=lexicon)
    task.instrument = task_instrument(task.text, codebook=codebook)
