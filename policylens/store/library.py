"""The report library: one SQLite database (WAL) of reports, their parses, tables for SQL, corrections, search."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from policylens import __version__
from policylens.corrections import KINDS, apply_corrections, validate
from policylens.io.normalize import analysis_text
from policylens.model import SCHEMA_VERSION, Report
from policylens.pipeline import parse_text
from policylens.resources import user_data_dir
from policylens.store import search as fulltext
from policylens.store.schema import DB_SCHEMA, migrate

DB_NAME = "library.sqlite3"
PARSER_VERSION = f"{__version__}+schema{SCHEMA_VERSION}"
EDITABLE_META = ("title", "region", "level", "date")
_LEVELS = (("省", "province"), ("自治区", "province"), ("市", "city"), ("州", "city"), ("区", "district"),
           ("县", "county"), ("镇", "town"), ("街道", "town"))
EXPORT_TABLES = {
    "reports": "SELECT id, title, region, level, date, published, speaker, source, added_at, parser_version, chars "
               "FROM reports",
    "focus_areas": "SELECT * FROM focus_areas",
    "tasks": "SELECT * FROM tasks",
    "entities": "SELECT * FROM entities",
    "mentions": "SELECT * FROM mentions",
    "keywords": "SELECT * FROM keywords",
    "targets": "SELECT * FROM targets",
}
_REGION = re.compile(r"(?:\d{4}年)?(?:中共|中国共产党)?"
                     r"(?P<region>[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|州|县|区|街道|镇))")
_BARE_LEVELS = frozenset(("自治区", "自治州", "自治县", "自治旗", "特别行政区"))  # 自治区十四届人大四次会议 names none
# 2025年省区市政府工作报告汇编, 高新区工作会议召开: levels or a zone's kind alone name no place
_NO_PLACE = re.compile(r"[省市区县州]+|(?:高新|开发|经开|新|园|城)区")
_ROW_TABLES = ("focus_areas", "tasks", "entities", "mentions", "keywords", "report_themes", "targets")

__all__ = ["DB_SCHEMA", "EXPORT_TABLES", "Library", "guess_region", "library_dir", "report_id_for"]


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
            applied = migrate(db)
        if 2 in applied:
            self._reindex()

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

    # -- writing ---------------------------------------------------------------------------------------------

    def add(self, text: str, *, source: str | None = None, report: Report | None = None,
            corrected_to: int | None = None) -> tuple[str, bool]:
        """Store a report; returns ``(id, added)``. A report already stored is left alone.

        The report is parsed here with the library's corrections, unless given: then it was parsed with the
        corrections recorded up to ``corrected_to`` (later ones are applied by ``refresh``).
        """
        report_id = report_id_for(text)
        if self.exists(report_id):
            return report_id, False
        if report is None:
            corrected_to = self.corrections_stamp()
            report = parse_text(text, source=source, corrections=self.corrections(report_id))
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone():
                return report_id, False
            last = self._last_correction(db)
            self._write(db, report_id, report, edited={}, added_at=time.time(),
                        corrected_to=last if corrected_to is None else corrected_to)
        if corrected_to is not None and corrected_to < last:
            self.refresh()
        return report_id, True

    def _write(self, db: sqlite3.Connection, report_id: str, report: Report, *, edited: dict[str, Any],
               added_at: float, corrected_to: int) -> None:
        meeting = report.meeting
        region, level = guess_region(report)
        parse = report.to_dict()
        parse.pop("text")
        db.execute(
            "INSERT INTO reports (id, title, region, level, date, published, speaker, source, added_at, "
            "parser_version, chars, edited, text, parse, corrected_to) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (report_id, edited.get("title", meeting.title), edited.get("region", region), edited.get("level", level),
             edited.get("date", meeting.date or meeting.published), meeting.published, meeting.speaker,
             report.source, added_at, PARSER_VERSION, len(report.text), json.dumps(edited, ensure_ascii=False),
             report.text, json.dumps(parse, ensure_ascii=False), corrected_to))
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
            (report_id, e.name, e.type, e.count, json.dumps(e.aliases, ensure_ascii=False),
             json.dumps(e.titles, ensure_ascii=False)) for e in report.entities])
        db.executemany("INSERT INTO mentions VALUES (?,?,?,?)", [
            (report_id, e.name, m.start, m.end) for e in report.entities for m in e.mentions])
        db.executemany("INSERT INTO keywords VALUES (?,?,?,?,?,?)", [
            (report_id, k.word, k.count, k.tfidf, k.score, int(k.boilerplate)) for k in report.keywords])
        themes: dict[str, int] = {}
        for task in report.tasks:
            for theme in task.themes:
                themes[theme] = themes.get(theme, 0) + 1
        db.executemany("INSERT INTO report_themes VALUES (?,?,?)", [(report_id, t, n) for t, n in themes.items()])
        db.executemany("INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (report_id, t.indicator, t.label, t.kind, t.year, t.low, t.high, t.unit, t.qualifier, t.text, t.start,
             t.end) for t in report.targets])
        db.executemany("INSERT INTO search (report_id, line_start, line) VALUES (?,?,?)",
                       [(report_id, start, line) for start, line in fulltext.search_lines(report.analysis)])

    def _delete_rows(self, db: sqlite3.Connection, report_id: str) -> None:
        for table in _ROW_TABLES:
            db.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM search WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def _replace(self, db: sqlite3.Connection, row: sqlite3.Row, report: Report, corrected_to: int) -> None:
        """Rewrite a stored report's rows from ``report``, keeping its edits and when it was added."""
        self._delete_rows(db, row["id"])
        self._write(db, row["id"], report, edited=json.loads(row["edited"]), added_at=row["added_at"],
                    corrected_to=corrected_to)

    def _reindex(self) -> None:
        """Rebuild the full-text index from the stored texts (after the index's layout changed)."""
        with self.transaction() as db:
            db.execute("DELETE FROM search")
            for row in db.execute("SELECT id, text FROM reports").fetchall():
                db.executemany("INSERT INTO search (report_id, line_start, line) VALUES (?,?,?)",
                               [(row["id"], s, line) for s, line in fulltext.search_lines(analysis_text(row["text"]))])

    def remove(self, report_id: str) -> bool:
        with self.transaction() as db:
            found = db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone() is not None
            if found:
                self._delete_rows(db, report_id)
                db.execute("DELETE FROM corrections WHERE report_id = ?", (report_id,))
        return found

    def reparse(self, *, all_reports: bool = False, ids: Iterable[str] | None = None) -> list[str]:
        """Parse again the reports made by an older parser (or all, or ``ids``), keeping edits and corrections;
        then finish any correction not yet applied everywhere."""
        with self.connect() as db:
            rows = db.execute("SELECT id, parser_version FROM reports").fetchall()
        wanted = set(ids or [])
        done = []
        for row in rows:
            if not (all_reports or row["id"] in wanted or (not wanted and row["parser_version"] != PARSER_VERSION)):
                continue
            with self.transaction() as db:
                current = db.execute("SELECT id, source, text, edited, added_at FROM reports WHERE id = ?",
                                     (row["id"],)).fetchone()
                if current is None:
                    continue
                report = parse_text(current["text"], source=current["source"],
                                    corrections=self._corrections(db, current["id"]))
                self._replace(db, current, report, self._last_correction(db))
            done.append(row["id"])
        self.refresh()
        return done

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
        """Record a correction (for one report, or every report when ``report_id`` is None) and apply it to the
        stored parses. A correction recorded but not yet applied everywhere (the process was stopped) is
        finished by the next ``refresh`` or ``reparse``."""
        validate(kind, payload)
        with self.transaction() as db:
            db.execute("INSERT INTO corrections (report_id, kind, payload, created_at) VALUES (?,?,?,?)",
                       (report_id, kind, json.dumps(payload, ensure_ascii=False), time.time()))
        self.refresh()

    def refresh(self) -> list[str]:
        """Apply to each stored parse the corrections recorded after it was last corrected; one transaction per
        report, so a stop leaves every report either before or after the correction, never half."""
        with self.connect() as db:
            last = self._last_correction(db)
            stale = [r["id"] for r in db.execute("SELECT id FROM reports WHERE corrected_to < ?", (last,))]
        for report_id in stale:
            with self.transaction() as db:
                row = db.execute("SELECT id, text, parse, edited, added_at, corrected_to FROM reports WHERE id = ?",
                                 (report_id,)).fetchone()
                if row is None:
                    continue
                pending = self._corrections(db, report_id, after=row["corrected_to"])
                report = apply_corrections(_report_of(row), pending)
                self._replace(db, row, report, self._last_correction(db))
        return stale

    def corrections(self, report_id: str | None = None) -> list[dict[str, Any]]:
        """The corrections that apply to a report (its own and the library-wide ones), oldest first; with no id,
        the library-wide ones only (for reports that are not stored, such as the embedded examples)."""
        with self.connect() as db:
            return self._corrections(db, report_id)

    def corrections_stamp(self) -> int:
        """Changes when a correction is recorded (for caches of parses that apply them)."""
        with self.connect() as db:
            return self._last_correction(db)

    @staticmethod
    def _last_correction(db: sqlite3.Connection) -> int:
        return db.execute("SELECT COALESCE(MAX(id), 0) FROM corrections").fetchone()[0]

    @staticmethod
    def _corrections(db: sqlite3.Connection, report_id: str | None, *, after: int = 0) -> list[dict[str, Any]]:
        rows = db.execute("SELECT kind, payload FROM corrections WHERE (report_id IS NULL OR report_id = ?) "
                          "AND id > ? ORDER BY id", (report_id, after)).fetchall()
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
        return _report_of(row)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.connect() as db:
            return [dict(r) for r in db.execute(sql, params).fetchall()]

    def table(self, name: str):
        """One of the normalised tables as a pandas DataFrame (reports without their text)."""
        import pandas as pd  # measured: 0.45 s to import, which every CLI command would pay for exports alone

        if name not in EXPORT_TABLES:
            raise ValueError(f"unknown table {name!r}")
        with self.connect() as db:
            return pd.read_sql_query(EXPORT_TABLES[name], db)

    def search(self, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Lines holding ``query`` (Traditional or Simplified, either width), with the report and the offset."""
        with self.connect() as db:
            return fulltext.find(db, query, limit=limit)


CORRECTION_KINDS = tuple(KINDS)


def _report_of(row: sqlite3.Row) -> Report:
    data = json.loads(row["parse"])
    data["text"] = row["text"]
    return Report.from_dict(data)


def guess_region(report: Report) -> tuple[str | None, str | None]:
    """Region and level from the organizer or title: 广东省人民政府 → (广东省, province); not a clause that ends in a
    level (赵世庆主持召开区委常委会 names no region 赵世庆主持召开区, nor 包献华与我市代表团… 包献华与我市)."""
    people = [e.name for e in report.entities if e.type == "person"]
    for value in (report.meeting.organizer, report.meeting.title, report.meeting.session):
        if not value:
            continue
        match = _REGION.match(value)
        if match and match["region"] not in _BARE_LEVELS and not _NO_PLACE.fullmatch(match["region"]) and not re.search(
                r"[在长委会议届次与和]|召开|主持", match["region"][:-1]) and not any(
                name in match["region"] for name in people):
            region = match["region"]
            level = next((lv for suffix, lv in _LEVELS if region.endswith(suffix)), None)
            return region, level
    return None, None
