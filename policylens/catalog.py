"""The reports the dashboard can open without a library: the embedded seed and the shipped examples."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from policylens.model import Report
from policylens.parse import parse_text
from policylens.resources import SEED_NAME, packaged_path

SEED_ID = "seed"


@dataclass(frozen=True)
class ReportEntry:
    id: str
    label: str
    path: str


def embedded_reports() -> list[ReportEntry]:
    """The seed first, then the example reports by file name."""
    seed_label = "示例：火炬开发区2023年年中工作会议"
    entries = [ReportEntry(SEED_ID, seed_label, str(packaged_path(SEED_NAME)))]
    examples = packaged_path("examples")
    if examples.is_dir():
        for path in sorted(examples.glob("*.txt")):
            label = path.stem.replace("_", " ")
            entries.append(ReportEntry(path.stem, label, str(path)))
    return entries


def entry(report_id: str) -> ReportEntry:
    for item in embedded_reports():
        if item.id == report_id:
            return item
    raise KeyError(report_id)


@lru_cache(maxsize=16)
def load_embedded(report_id: str) -> Report:
    """Parse an embedded report once per process (callers must not mutate the result)."""
    item = entry(report_id)
    with open(item.path, encoding="utf-8") as handle:
        text = handle.read()
    source = SEED_NAME if report_id == SEED_ID else f"{item.id}.txt"
    return parse_text(text, source=source)
