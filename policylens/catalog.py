"""The reports the dashboard can open without a library: the embedded seed and the shipped examples."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policylens.model import SCHEMA_VERSION, Report
from policylens.parse import parse_text
from policylens.resources import SEED_NAME, data_fingerprint, packaged_path, write_atomically

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


def load_embedded(report_id: str) -> Report:
    """Parse an embedded report, once per process and data version (callers must not mutate the result)."""
    return _load(report_id, data_fingerprint())


@lru_cache(maxsize=16)
def _load(report_id: str, fingerprint: str) -> Report:
    item = entry(report_id)
    with open(item.path, encoding="utf-8") as handle:
        text = handle.read()
    source = SEED_NAME if report_id == SEED_ID else f"{item.id}.txt"
    cached = _cache_file(text, fingerprint)
    if cached is not None and cached.is_file():
        try:
            report = Report.from_dict(json.loads(cached.read_text(encoding="utf-8")))
            if report.text == text:
                return report
        except (OSError, ValueError, KeyError, TypeError):
            pass
    report = parse_text(text, source=source)
    if cached is not None and not report.warnings:
        with contextlib.suppress(OSError):
            write_atomically(cached, json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8"))
    return report


def _cache_file(text: str, fingerprint: str) -> Path | None:
    """Where the parse of ``text`` under this data version is kept between runs (None when not writable)."""
    try:
        from policylens.segment import cache_dir

        folder = cache_dir() / "parsed"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
    return folder / f"{digest}-{fingerprint}-{SCHEMA_VERSION}.json"
