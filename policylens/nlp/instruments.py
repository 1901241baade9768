"""Policy instruments of tasks (supply, demand, environmental after Rothwell & Zegveld), from ``instruments.toml``."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from policylens.resources import data_path, data_stamp


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


def instruments() -> tuple[Instrument, ...]:
    return _instruments(data_stamp("instruments.toml"))


@lru_cache(maxsize=4)
def _instruments(key: tuple[str, float]) -> tuple[Instrument, ...]:
    data = tomllib.loads(data_path("instruments.toml").read_text(encoding="utf-8"))
    return tuple(Instrument(i["name"], i.get("label", i["name"]), tuple(i.get("cues", ())))
                 for i in data.get("instrument", []))


def task_instrument(text: str, *, codebook: tuple[Instrument, ...] | None = None) -> str | None:
    scores = Counter()
    for instrument in codebook or instruments():
        scores[instrument.name] = len(set(instrument.pattern.findall(text)))
    best = scores.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None
