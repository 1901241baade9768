"""The report library: one SQLite database (WAL) of reports, their parses, tables for SQL, corrections, search."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from policylens import __version__
from policylens.errors import ReadError
from policylens.model import SCHEMA_VERSION, Report
from policylens.normalize import analysis_text
from policylens.resources import user_data_dir

DB_NAME = "library.sqlite3"
DB_SCHEMA = 1
PARSER_VERSION = f"{__version__}+schema{SCHEMA_VERSION}"
EDITABLE_META = ("title", "region", "level", "date")
_LEVELS = (("省", "province"), ("自治区", "province"), ("市", "city"), ("州", "city"), ("区", "district"),
           ("县", "county"), ("镇", "town"), ("街道", "town"))

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE reports (
        id TEXT PRIMARY KEY, title TEXT, region TEXT, level TEXT, date TEXT, published TEXT, speaker TEXT,
        source TEXT, added_at REAL NOT NULL, parser_version TEXT NOT NULL, chars INTEGER NOT NULL,
        edited TEXT NOT NULL DEFAULT '{}', text TEXT NOT NULL, parse TEXT NOT NULL
    );
    CREATE TABLE focus_areas (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, grp TEXT NOT NULL, idx INTEGER NOT NULL,
        title TEXT NOT NULL, goal TEXT, start INTEGER, end INTEGER, PRIMARY KEY (report_id, grp, idx)
    );
    CREATE TABLE tasks (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, grp TEXT NOT NULL, area_idx INTEGER,
        idx INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER, end INTEGER, themes TEXT, verb TEXT,
        intensity TEXT, instrument TEXT
    );
    CREATE INDEX tasks_report ON tasks(report_id);
    CREATE TABLE entities (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, name TEXT NOT NULL, type TEXT NOT NULL,
        count INTEGER NOT NULL, aliases TEXT, titles TEXT
    );
    CREATE INDEX entities_report ON entities(report_id);
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE mentions (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, name TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE INDEX mentions_report ON mentions(report_id);
    CREATE TABLE keywords (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, word TEXT NOT NULL, count INTEGER NOT NULL,
        tfidf REAL, score REAL, boilerplate INTEGER NOT NULL
    );
    CREATE INDEX keywords_report ON keywords(report_id);
    CREATE INDEX keywords_word ON keywords(word);
    CREATE TABLE report_themes (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, theme TEXT NOT NULL, tasks INTEGER NOT NULL,
        PRIMARY KEY (report_id, theme)
    );
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT, kind TEXT NOT NULL, payload TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE VIRTUAL TABLE search USING fts5(report_id UNINDEXED, line_start UNINDEXED, words);
    """,
}


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # added | exists | error
    report_id: str | None = None
    title: str | None = None
    message: str | None = None


def library_dir(override: str | os.PathLike[str] | None = None) -> Path:
    return Path(override).expanduser() if override else user_data_dir()


def report_id_for(text: str) -> str:
    """The key of a report: a hash of its normalised text, so a .docx and a .pdf of one report are one report."""
    normalised = re.sub(r"[\s\u3000]+", "", analysis_text(text))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


class Library:
    """A report library in ``<data dir>/library.sqlite3``; safe to use from a dashboard and a CLI at once."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.directory = library_dir(data_dir)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / DB_NAME
        with self.connect() as db:
            self._migrate(db)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=30000")
            yield db
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a report is never half-saved."""
        with self.connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target in sorted(MIGRATIONS):
            if target > version:
                try:  # one script, one transaction: a migration applies whole or not at all
                    db.executescript(f"BEGIN IMMEDIATE;{MIGRATIONS[target]}PRAGMA user_version = {int(target)};COMMIT;")
                except sqlite3.Error:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise

    # -- writing ---------------------------------------------------------------------------------------------

    def add(self, text: str, *, source: str | None = None, report: Report | None = None) -> tuple[str, bool]:
        """Store a report (parsed here unless given); returns ``(id, added)``. An existing report is left alone."""
        report_id = report_id_for(text)
        if self.exists(report_id):
            return report_id, False
        if report is None:
            from policylens.parse import parse_text

            report = parse_text(text, source=source)
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone():
                return report_id, False
            self._write(db, report_id, report, edited={}, added_at=time.time())
        return report_id, True

    def _write(self, db: sqlite3.Connection, report_id: str, report: Report, *, edited: dict[str, Any],
               added_at: float) -> None:
        report = apply_corrections(report, self._corrections(db, report_id))
        meeting = report.meeting
        region, level = guess_region(report)
        db.execute(
            "INSERT INTO reports (id, title, region, level, date, published, speaker, source, added_at, "
            "parser_version, chars, edited, text, parse) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (report_id, edited.get("title", meeting.title), edited.get("region", region), edited.get("level", level),
             edited.get("date", meeting.date or meeting.published), meeting.published, meeting.speaker,
             report.source, added_at, PARSER_VERSION, len(report.text), json.dumps(edited, ensure_ascii=False),
             report.text, json.dumps(_without_text(report), ensure_ascii=False)))
        rows_areas, rows_tasks = [], []
        for group in ("focus_areas", "requirements"):
            for index, area in enumerate(getattr(report, group)):
                rows_areas.append((report_id, group, index, area.title, area.goal, area.start, area.end))
                for number, task in enumerate(area.tasks):
                    rows_tasks.append((report_id, group, index, number, task.text, task.start, task.end,
                                       json.dumps(task.themes, ensure_ascii=False), task.verb, task.intensity,
                                       task.instrument))
        db.executemany("INSERT INTO focus_areas VALUES (?,?,?,?,?,?,?)", rows_areas)
        db.executemany("INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows_tasks)
        db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)", [
            (report_id, e["name"], e["type"], e["count"], json.dumps(e["aliases"], ensure_ascii=False),
             json.dumps(e["titles"], ensure_ascii=False)) for e in report.entities])
        db.executemany("INSERT INTO mentions VALUES (?,?,?,?)", [
            (report_id, e["name"], m["start"], m["end"]) for e in report.entities for m in e["mentions"]])
        db.executemany("INSERT INTO keywords VALUES (?,?,?,?,?,?)", [
            (report_id, k["word"], k["count"], k["tfidf"], k.get("score", k["tfidf"]), int(k["boilerplate"]))
            for k in report.keywords])
        themes: dict[str, int] = {}
        for task in report.tasks:
            for theme in task.themes:
                themes[theme] = themes.get(theme, 0) + 1
        db.executemany("INSERT INTO report_themes VALUES (?,?,?)", [(report_id, t, n) for t, n in themes.items()])
        db.executemany("INSERT INTO search (report_id, line_start, words) VALUES (?,?,?)",
                       [(report_id, start, words) for start, words in search_lines(report.text)])

    def _delete_rows(self, db: sqlite3.Connection, report_id: str) -> None:
        for table in ("focus_areas", "tasks", "entities", "mentions", "keywords", "report_themes"):
            db.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM search WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def remove(self, report_id: str) -> bool:
        with self.transaction() as db:
            found = db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone() is not None
            if found:
                self._delete_rows(db, report_id)
                db.execute("DELETE FROM corrections WHERE report_id = ?", (report_id,))
        return found

    def reparse(self, *, all_reports: bool = False, ids: Iterable[str] | None = None) -> list[str]:
        """Parse again the reports made by an older parser (or all, or ``ids``), keeping edits and corrections."""
        from policylens.parse import parse_text

        with self.connect() as db:
            rows = db.execute("SELECT id, parser_version, source, text, edited, added_at FROM reports").fetchall()
        wanted = set(ids or [])
        done = []
        for row in rows:
            if not (all_reports or row["id"] in wanted or (not wanted and row["parser_version"] != PARSER_VERSION)):
                continue
            report = parse_text(row["text"], source=row["source"])
            with self.transaction() as db:
                self._replace(db, row, report)
            done.append(row["id"])
        return done

    def _replace(self, db: sqlite3.Connection, row: sqlite3.Row, report: Report) -> None:
        """Rewrite a stored report's rows from ``report``, keeping its edits and when it was added."""
        self._delete_rows(db, row["id"])
        self._write(db, row["id"], report, edited=json.loads(row["edited"]), added_at=row["added_at"])

    def edit(self, report_id: str, **fields: str | None) -> None:
        """Set user metadata (title, region, level, date); kept across re-ingest and re-parse."""
        unknown = set(fields) - set(EDITABLE_META)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self.transaction() as db:
            row = db.execute("SELECT edited FROM reports WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise KeyError(report_id)
            edited = {**json.loads(row["edited"]), **{k: v for k, v in fields.items() if v is not None}}
            assignments = ", ".join(f"{k} = ?" for k in fields)
            db.execute(f"UPDATE reports SET {assignments}, edited = ? WHERE id = ?",
                       (*fields.values(), json.dumps(edited, ensure_ascii=False), report_id))

    # -- corrections -----------------------------------------------------------------------------------------

    def add_correction(self, kind: str, payload: dict[str, Any], *, report_id: str | None = None) -> None:
        """Record a correction and apply it now to the affected reports' stored parses."""
        if kind not in CORRECTION_KINDS:
            raise ValueError(f"unknown correction {kind!r}; one of {', '.join(CORRECTION_KINDS)}")
        with self.transaction() as db:
            db.execute("INSERT INTO corrections (report_id, kind, payload, created_at) VALUES (?,?,?,?)",
                       (report_id, kind, json.dumps(payload, ensure_ascii=False), time.time()))
        self.refresh([report_id] if report_id else [r["id"] for r in self.reports()])

    def refresh(self, ids: Iterable[str]) -> None:
        """Apply the corrections again to stored parses (no re-parsing: corrections are idempotent)."""
        for report_id in ids:
            with self.transaction() as db:
                row = db.execute("SELECT id, text, parse, edited, added_at FROM reports WHERE id = ?",
                                 (report_id,)).fetchone()
                if row is None:
                    continue
                data = json.loads(row["parse"])
                data["text"] = row["text"]
                self._replace(db, row, Report.from_dict(data))

    def _corrections(self, db: sqlite3.Connection, report_id: str) -> list[dict[str, Any]]:
        rows = db.execute("SELECT kind, payload FROM corrections WHERE report_id IS NULL OR report_id = ? "
                          "ORDER BY id", (report_id,)).fetchall()
        return [{"kind": r["kind"], **json.loads(r["payload"])} for r in rows]

    # -- reading ---------------------------------------------------------------------------------------------

    def stamp(self) -> tuple[int, ...]:
        """Changes whenever the database is written (for caches keyed on the library's state)."""
        stamps = []
        for suffix in ("", "-wal"):
            try:
                stat = Path(f"{self.path}{suffix}").stat()
                stamps += [stat.st_mtime_ns, stat.st_size]
            except OSError:
                stamps += [0, 0]
        return tuple(stamps)

    def exists(self, report_id: str) -> bool:
        with self.connect() as db:
            return db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone() is not None

    def reports(self) -> list[dict[str, Any]]:
        """Every report's metadata (never the text)."""
        with self.connect() as db:
            rows = db.execute("SELECT id, title, region, level, date, published, speaker, source, added_at, "
                              "parser_version, chars FROM reports ORDER BY date DESC, title").fetchall()
        return [dict(r) for r in rows]

    def load(self, report_id: str) -> Report:
        with self.connect() as db:
            row = db.execute("SELECT text, parse FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise KeyError(report_id)
        data = json.loads(row["parse"])
        data["text"] = row["text"]
        return Report.from_dict(data)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.connect() as db:
            return [dict(r) for r in db.execute(sql, params).fetchall()]

    def table(self, name: str):
        """One of the normalised tables as a pandas DataFrame (reports without their text)."""
        import pandas as pd

        if name not in EXPORT_TABLES:
            raise ValueError(f"unknown table {name!r}")
        with self.connect() as db:
            return pd.read_sql_query(EXPORT_TABLES[name], db)

    def search(self, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search (FTS5 over segmented text): hits with the line's offset and text."""
        words = search_words(query)
        if not words:
            return []
        phrase = '"' + " ".join(words).replace('"', '""') + '"'  # the words in a row, as segmented
        with self.connect() as db:
            rows = db.execute(
                "SELECT s.report_id, s.line_start, r.title, r.date, substr(r.text, s.line_start + 1, 200) AS line "
                "FROM search s JOIN reports r ON r.id = s.report_id WHERE search MATCH ? ORDER BY rank LIMIT ?",
                (phrase, limit)).fetchall()
        return [dict(r) for r in rows]


EXPORT_TABLES = {
    "reports": "SELECT id, title, region, level, date, published, speaker, source, added_at, parser_version, chars "
               "FROM reports",
    "focus_areas": "SELECT * FROM focus_areas",
    "tasks": "SELECT * FROM tasks",
    "entities": "SELECT * FROM entities",
    "mentions": "SELECT * FROM mentions",
    "keywords": "SELECT * FROM keywords",
}
CORRECTION_KINDS = ("merge_entities", "rename_entity", "add_alias", "add_stopword", "move_task")


def _without_text(report: Report) -> dict[str, Any]:
    data = report.to_dict()
    data.pop("text")
    return data


def guess_region(report: Report) -> tuple[str | None, str | None]:
    """Region and level from the organizer or title: 广东省人民政府 → (广东省, province)."""
    for value in (report.meeting.organizer, report.meeting.title, report.meeting.session):
        if not value:
            continue
        match = re.match(r"(?:\d{4}年)?(?P<region>[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|州|县|区|街道|镇))", value)
        if match:
            region = match["region"]
            level = next((lv for suffix, lv in _LEVELS if region.endswith(suffix)), None)
            return region, level
    return None, None


def search_lines(text: str) -> list[tuple[int, str]]:
    """Each line's start offset and its words separated by spaces, for the FTS5 index."""
    out = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((position, " ".join(search_words(line))))
        position += len(line) + 1
    return out


def search_words(text: str) -> list[str]:
    """Words for indexing and querying, by the product's segmentation: a query is found where its words stand in
    a row, so 深中一体化 (深/中/一体化) and 一体化 alone are both found."""
    from policylens.segment import lcut

    words = []
    for word in lcut(analysis_text(text)):
        word = word.strip()
        if not word or not re.search(r"\w", word):
            continue
        words.append(word)
    return words


def apply_corrections(report: Report, corrections: list[dict[str, Any]]) -> Report:
    """Apply the user's corrections to a freshly parsed report (entities, stopwords, task placement)."""
    if not corrections:
        return report
    entities = {e["name"]: dict(e) for e in report.entities}
    for correction in corrections:
        kind = correction["kind"]
        if kind == "rename_entity" and correction["name"] in entities:
            entity = entities.pop(correction["name"])
            entity["aliases"] = sorted({*entity["aliases"], correction["name"]} - {correction["to"]})
            entity["name"] = correction["to"]
            entities[correction["to"]] = _merge(entities.get(correction["to"]), entity)
        elif kind == "merge_entities" and correction["into"] in entities:
            for name in correction["names"]:
                if name in entities and name != correction["into"]:
                    other = entities.pop(name)
                    other["aliases"] = [*other["aliases"], name]
                    entities[correction["into"]] = _merge(entities[correction["into"]], other)
        elif kind == "add_alias" and correction["name"] in entities:
            entity = entities[correction["name"]]
            alias = correction["alias"]
            entity["aliases"] = sorted({*entity["aliases"], alias})
            known = {(m["start"], m["end"]) for m in entity["mentions"]}
            for match in re.finditer(re.escape(alias), report.text):
                if (match.start(), match.end()) not in known:
                    entity["mentions"].append({"start": match.start(), "end": match.end()})
            entity["mentions"].sort(key=lambda m: m["start"])
            entity["count"] = len(entity["mentions"])
        elif kind == "add_stopword":
            report.keywords = [k for k in report.keywords if k["word"] != correction["word"]]
        elif kind == "move_task":
            _move_task(report, correction)
    report.entities = sorted(entities.values(), key=lambda e: (-e["count"], e["mentions"][0]["start"] if e["mentions"]
                                                                else 0))
    return report


def _merge(target: dict[str, Any] | None, other: dict[str, Any]) -> dict[str, Any]:
    if target is None:
        return other
    mentions = {(m["start"], m["end"]) for m in [*target["mentions"], *other["mentions"]]}
    target["mentions"] = [{"start": s, "end": e} for s, e in sorted(mentions)]
    target["count"] = len(target["mentions"])
    target["aliases"] = sorted(({*target["aliases"], *other["aliases"]}) - {target["name"]})
    target["titles"] = sorted({*target.get("titles", []), *other.get("titles", [])})
    return target


def _move_task(report: Report, correction: dict[str, Any]) -> None:
    areas = report.focus_areas + report.requirements
    source = next((a for a in areas for t in a.tasks if t.start == correction["start"]), None)
    target = next((a for a in areas if a.title == correction["to"]), None)
    if source is None or target is None or source is target:
        return
    task = next(t for t in source.tasks if t.start == correction["start"])
    source.tasks.remove(task)
    target.tasks.append(task)
    target.tasks.sort(key=lambda t: t.start)


# -- ingesting ---------------------------------------------------------------------------------------------------

def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files, folders (recursively) and glob patterns, supported suffixes only, sorted, without duplicates."""
    from glob import glob

    from policylens.readers import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for item in paths:
        matches = [Path(p) for p in glob(item, recursive=True)] or [Path(item)]
        for match in matches:
            if match.is_dir():
                found += [p for p in sorted(match.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]
            else:
                found.append(match)
    return list(dict.fromkeys(found))


def _parse_file(path: str, known: frozenset[str] = frozenset()) -> tuple[str, str | None, dict[str, Any] | None,
                                                                          str | None]:
    """Worker: read and parse one file. Returns (path, text, parse dict or None when already stored, error)."""
    from policylens.parse import parse_text
    from policylens.readers import read_file

    try:
        text = read_file(path)
    except ReadError as exc:
        return path, None, None, exc.message
    if report_id_for(text) in known:
        return path, text, None, None
    report = parse_text(text, source=Path(path).name)
    return path, text, report.to_dict(), None


def ingest(library: Library, paths: Iterable[str], *, jobs: int | None = None, progress=None) -> list[IngestResult]:
    """Read, parse (in ``jobs`` worker processes) and store files; a bad file is reported and skipped."""
    files = [str(p) for p in expand_paths(paths)]
    results: dict[str, IngestResult] = {}
    pending = []
    for path in files:
        if not Path(path).is_file():
            results[path] = IngestResult(path, "error", message=f"文件不存在：{path}")
            continue
        pending.append(path)
    workers = max(1, jobs or os.cpu_count() or 1)
    parse = partial(_parse_file, known=frozenset(r["id"] for r in library.reports()))
    if workers == 1 or len(pending) <= 1:
        outputs = map(parse, pending)
        executor = None
    else:
        executor = ProcessPoolExecutor(max_workers=workers)
        outputs = executor.map(parse, pending, chunksize=4)
    try:
        for index, (path, text, data, error) in enumerate(outputs, 1):
            if error is not None or text is None:
                results[path] = IngestResult(path, "error", message=error)
            elif data is None:  # known already: not parsed again, nothing changes
                results[path] = IngestResult(path, "exists", report_id_for(text))
            else:
                data["text"] = text
                report = Report.from_dict(data)
                report_id, added = library.add(text, source=report.source, report=report)
                results[path] = IngestResult(path, "added" if added else "exists", report_id, report.meeting.title)
            if progress:
                progress(index, len(pending), path)
    finally:
        if executor is not None:
            executor.shutdown()
    return [results[path] for path in files]


def export(library: Library, directory: str | os.PathLike[str], *, format: str) -> list[Path]:
    """Write every normalised table as ``<table>.<format>`` (parquet, csv or json) into ``directory``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORT_TABLES:
        frame = library.table(name)
        target = out / f"{name}.{format}"
        if format == "parquet":
            frame.to_parquet(target, index=False)
        elif format == "csv":
            frame.to_csv(target, index=False, encoding="utf-8-sig")
        elif format == "json":
            frame.to_json(target, orient="records", force_ascii=False, indent=1)
        else:
            raise ValueError(f"unknown export format {format!r}")
        written.append(target)
    return written
