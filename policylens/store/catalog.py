"""The reports the dashboard can open without a library: the embedded seed and the shipped examples.

Their parses are kept on disk between runs, keyed by the text, the parser's code and data files, and the
corrections applied, so that the dashboard opens fast and never shows a parse made with an older word list.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policylens.model import SCHEMA_VERSION, Report
from policylens.nlp.segment import cache_dir
from policylens.pipeline import parse_text
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


def load_embedded(report_id: str, *, corrections: tuple[dict, ...] = ()) -> Report:
    """Parse an embedded report, once per process and data version (callers must not mutate the result)."""
    return _load(report_id, data_fingerprint(), json.dumps(corrections, ensure_ascii=False, sort_keys=True))


@lru_cache(maxsize=16)
def _load(report_id: str, fingerprint: str, corrections: str) -> Report:
    item = entry(report_id)
    text = Path(item.path).read_text(encoding="utf-8")
    source = SEED_NAME if report_id == SEED_ID else f"{item.id}.txt"
    cached = _cache_file(text, fingerprint + corrections)
    if cached is not None and cached.is_file():
        try:
            report = Report.from_dict(json.loads(cached.read_text(encoding="utf-8")))
            if report.text == text:
                return report
        except (OSError, ValueError, KeyError, TypeError):
            pass
    report = parse_text(text, source=source, corrections=json.loads(corrections))
    if cached is not None and not report.warnings:
        with contextlib.suppress(OSError):
            write_atomically(cached, json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8"))
    return report


def _cache_file(text: str, key: str) -> Path | None:
    """Where the parse of ``text`` under this data version is kept between runs (None when not writable)."""
    try:
        folder = cache_dir() / "parsed"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
    version = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return folder / f"{digest}-{version}-{SCHEMA_VERSION}.json"
