"""Policy instruments of tasks (supply, demand, environmental after Rothwell & Zegveld), from ``instruments.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from policylens.resources import data_path, data_stamp
from policylens.textutil import word_list_pattern

VERB_WEIGHT = 1.0  # the lead verb counts as much as a two-character cue
HEAD_WEIGHT = 0.5  # the last cue of a task is the head of its object phrase (…多式联运中心, not 经济带): it counts more


@dataclass(frozen=True)
class Instrument:
    name: str
    label: str
    cues: tuple[str, ...]
    verbs: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        return _cue_pattern(self.cues)


@dataclass(frozen=True, eq=False)  # hashed by identity: cue_index is looked up once per task, and hashing every
class Codebook:                    # instrument's cue tuple each time cost more than the lookup saved
    instruments: tuple[Instrument, ...]
    conduct: tuple[str, ...] = ()
    by_theme: tuple[tuple[str, str], ...] = ()  # (theme, instrument) for tasks with no cue
    goal: str = ""  # a pattern for a quantified target (营收增长20%): a goal, whose instrument is ``goal_instrument``
    goal_instrument: str = "environmental"

    @property
    def goal_pattern(self) -> re.Pattern[str] | None:
        return _goal_pattern(self.goal) if self.goal else None

    def __iter__(self):
        return iter(self.instruments)


@lru_cache(maxsize=8)
def _goal_pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


@lru_cache(maxsize=32)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return word_list_pattern(cues)


def instruments() -> Codebook:
    return _instruments(data_stamp("instruments.toml"))


@lru_cache(maxsize=4)
def _instruments(key: tuple[str, float]) -> Codebook:
    data = tomllib.loads(data_path("instruments.toml").read_text(encoding="utf-8"))
    return Codebook(
        tuple(Instrument(i["name"], i.get("label", i["name"]), tuple(i.get("cues", ())), tuple(i.get("verbs", ())))
              for i in data.get("instrument", [])),
        tuple(data.get("conduct", {}).get("cues", ())),
        tuple(data.get("by_theme", {}).items()),
        data.get("goal", {}).get("pattern", ""),
        data.get("goal", {}).get("instrument", "environmental"))


def cue_score(pattern: re.Pattern[str], text: str) -> float:
    """Distinct cues found, a longer cue counting more (营商环境 over 环境)."""
    return sum(1 + 0.5 * (len(cue) - 2) for cue in set(pattern.findall(text)))


def task_instrument(text: str, *, codebook: Codebook | None = None, verb: str | None = None,
                    themes: list[str] | tuple[str, ...] = (), own_cues_only: bool = False) -> str | None:
    """The instrument whose cues (the last, the head of the object, counting more) and lead verb score highest;
    none for conduct; a quantified target is a goal; for a task with no cue, the instrument its theme usually
    calls for. Cues are matched longest first across the codebook."""
    codebook = codebook or instruments()
    pattern, _ = cue_index(codebook)
    goal = codebook.goal_pattern is not None and codebook.goal_pattern.search(text) is not None
    return instrument_of(codebook, pattern.findall(text), verb=verb, themes=themes, goal=goal,
                         own_cues_only=own_cues_only)


def instrument_of(codebook: Codebook, cues: list[str], *, verb: str | None = None,
                  themes: list[str] | tuple[str, ...] = (), goal: bool = False,
                  own_cues_only: bool = False) -> str | None:
    """The instrument from the cues found in one task, in text order (see ``task_instrument``); the last is the
    head of the task's object phrase (Chinese noun phrases end in their head) and counts more. ``goal``: the task
    states a quantified target, which is a goal whatever its words (the codebook's ``goal_instrument``);
    ``own_cues_only``: with no cue, no instrument — neither the lead verb's nor the theme's (a work requirement
    asks how to work, not which means to use)."""
    if goal:
        return codebook.goal_instrument
    if own_cues_only and not cues:
        return None
    head = cues[-1] if cues else None
    _, owners = cue_index(codebook)
    votes, usual = _verb_votes(codebook)
    voted = votes.get(verb, ()) if verb else ()
    if not cues and not voted:  # nothing in the task's own words: its theme's usual instrument
        return next((usual[theme] for theme in themes if theme in usual), None)
    scores = dict.fromkeys((i.name for i in codebook), 0.0)
    conduct = 0.0
    for cue in set(cues):
        weight = 1 + 0.5 * (len(cue) - 2) + (HEAD_WEIGHT if cue == head else 0.0)  # a longer cue counts more
        for owner in owners[cue]:
            if owner == CONDUCT:
                conduct += weight
            else:
                scores[owner] += weight
    if conduct and not any(scores.values()):
        return None
    for name in voted:
        scores[name] += VERB_WEIGHT
    best = max(scores, key=lambda name: scores[name], default=None)
    if best is None or scores[best] == 0:
        return next((usual[theme] for theme in themes if theme in usual), None)
    if conduct >= scores[best]:
        return None
    return best


@lru_cache(maxsize=8)
def _verb_votes(codebook: Codebook) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Which instruments each lead verb votes for, and each theme's usual instrument: looked up once per task."""
    votes: dict[str, list[str]] = {}
    for instrument in codebook:
        for verb in instrument.verbs:
            votes.setdefault(verb, []).append(instrument.name)
    return {verb: tuple(dict.fromkeys(names)) for verb, names in votes.items()}, dict(codebook.by_theme)


CONDUCT = "conduct"


@lru_cache(maxsize=8)
def cue_index(codebook: Codebook) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    owners: dict[str, list[str]] = {}
    for instrument in codebook:
        for cue in instrument.cues:
            owners.setdefault(cue, []).append(instrument.name)
    for cue in codebook.conduct:
        owners.setdefault(cue, []).append(CONDUCT)
    return _cue_pattern(tuple(owners)), {cue: tuple(names) for cue, names in owners.items()}
