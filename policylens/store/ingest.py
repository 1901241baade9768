"""Getting files into the library, from the CLI and the dashboard alike: each file read, parsed and stored on its
own, so that one bad file never stops or spoils the others."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from glob import glob
from pathlib import Path
from typing import Any

from policylens.io.errors import ReadError
from policylens.io.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    check_is_report,
    os_reason,
    read_bytes,
    read_file,
)
from policylens.model import Report
from policylens.pipeline import parse_text
from policylens.store.library import Library, report_id_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # added | exists | error
    report_id: str | None = None
    title: str | None = None
    message: str | None = None


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files, folders (recursively) and glob patterns, supported suffixes only, sorted, without duplicates.

    A path that exists is taken literally (``glob[1].txt`` is that file, not ``glob1.txt``); only a pattern that
    names no file is expanded. A path that cannot even be looked at (a name over 255 bytes) is kept as given, for
    :meth:`Ingester.files` to report.
    """
    found: list[Path] = []
    for item in paths:
        matches = [Path(item)] if os.path.lexists(item) else [Path(p) for p in glob(item, recursive=True)]
        for match in matches or [Path(item)]:
            if _is_dir(match):
                found += [p for p in sorted(match.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]
            else:
                found.append(match)
    return list(dict.fromkeys(found))


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def path_problem(path: str) -> str | None:
    """Why ``path`` cannot be read as a file (in Chinese), or None when it can be tried."""
    try:
        if Path(path).is_file():
            return None
    except OSError as exc:
        name = Path(path).name or path
        shown = name if len(name) <= 40 else f"{name[:40]}…"
        return ReadError(shown, os_reason(exc, exc.strerror or "无法打开")).message
    return f"文件不存在：{path}"


@dataclass(frozen=True)
class _Job:
    """What a worker needs besides the file: the reports already stored and the corrections to apply."""

    known: frozenset[str]
    corrections: dict[str | None, list[dict[str, Any]]]

    def corrections_for(self, report_id: str) -> list[dict[str, Any]]:
        merged = [(c["_id"], c) for key in (None, report_id) for c in self.corrections.get(key, [])]
        return [{k: v for k, v in c.items() if k != "_id"} for _, c in sorted(merged, key=lambda item: item[0])]


def _parse_text(job: _Job, text: str, name: str) -> tuple[str | None, dict[str, Any] | None]:
    check_is_report(text, name=name)
    report_id = report_id_for(text)
    if report_id in job.known:
        return text, None
    return text, parse_text(text, source=name, corrections=job.corrections_for(report_id)).to_dict()


def _parse_file(path: str, job: _Job) -> tuple[str, str | None, dict[str, Any] | None, str | None]:
    """Worker: read and parse one file. Returns (path, text, parse dict or None when already stored, error)."""
    try:
        text, data = _parse_text(job, read_file(path), Path(path).name)
    except ReadError as exc:
        return path, None, None, exc.message
    except Exception as exc:  # a file must never take the batch down: say so, keep going
        log.exception("could not ingest %s", path)
        return path, None, None, f"无法处理文件 {Path(path).name}（{exc.__class__.__name__}），报告库未改动"
    return path, text, data, None


class Ingester:
    """Reads, parses and stores files into one library, reporting each file's outcome."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def _job(self) -> tuple[_Job, int]:
        stamp = self.library.corrections_stamp()
        rows = self.library.query("SELECT id, report_id, kind, payload FROM corrections WHERE id <= ? ORDER BY id",
                                  (stamp,))
        corrections: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            corrections.setdefault(row["report_id"], []).append(
                {"_id": row["id"], "kind": row["kind"], **json.loads(row["payload"])})
        known = frozenset(r["id"] for r in self.library.reports())
        return _Job(known, corrections), stamp

    def _store(self, path: str, text: str | None, data: dict[str, Any] | None, error: str | None,
               stamp: int) -> IngestResult:
        if error is not None or text is None:
            return IngestResult(path, "error", message=error)
        if data is None:  # known already: not parsed again, nothing changes
            return IngestResult(path, "exists", report_id_for(text))
        data["text"] = text
        report = Report.from_dict(data)
        try:
            report_id, added = self.library.add(text, source=report.source, report=report, corrected_to=stamp)
        except Exception as exc:
            log.exception("could not store %s", path)
            return IngestResult(path, "error", message=f"无法保存 {Path(path).name}（{exc.__class__.__name__}），"
                                                        f"报告库未改动")
        return IngestResult(path, "added" if added else "exists", report_id, report.meeting.title)

    def files(self, paths: Iterable[str], *, jobs: int | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> list[IngestResult]:
        """Read, parse (in ``jobs`` worker processes) and store files; a bad file is reported and skipped."""
        files = [str(p) for p in expand_paths(paths)]
        results: dict[str, IngestResult] = {}
        pending = []
        for path in files:
            if problem := path_problem(path):
                results[path] = IngestResult(path, "error", message=problem)
            else:
                pending.append(path)
        job, stamp = self._job()
        work = partial(_parse_file, job=job)
        workers = max(1, jobs or os.cpu_count() or 1)
        executor = ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(pending) > 1 else None
        outputs = executor.map(work, pending, chunksize=4) if executor else map(work, pending)
        try:
            for index, (path, text, data, error) in enumerate(outputs, 1):
                results[path] = self._store(path, text, data, error, stamp)
                if progress:
                    progress(index, len(pending), path)
        finally:
            if executor is not None:
                executor.shutdown()
        return [results[path] for path in files]

    def uploads(self, uploads: Iterable[tuple[str, bytes]]) -> list[IngestResult]:
        """Store files given as (name, bytes), as the dashboard's uploader gives them; one outcome per file."""
        job, stamp = self._job()
        results = []
        for name, data in uploads:
            try:
                text, parsed = _parse_text(job, read_bytes(data, name=name, max_bytes=DEFAULT_MAX_BYTES), name)
                error = None
            except ReadError as exc:
                text, parsed, error = None, None, exc.message
            except Exception as exc:
                log.exception("could not ingest upload %s", name)
                text, parsed, error = None, None, f"无法处理文件 {name}（{exc.__class__.__name__}），报告库未改动"
            results.append(self._store(name, text, parsed, error, stamp))
        return results


def ingest_files(library: Library, paths: Iterable[str], *, jobs: int | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> list[IngestResult]:
    """Read, parse and store files, folders and glob patterns (the CLI's ``ingest``)."""
    return Ingester(library).files(paths, jobs=jobs, progress=progress)


def ingest_bytes(library: Library, uploads: Iterable[tuple[str, bytes]]) -> list[IngestResult]:
    """Store uploaded files given as (name, bytes) (the dashboard's uploader)."""
    return Ingester(library).uploads(uploads)
