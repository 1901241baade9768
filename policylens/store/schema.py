"""The library's SQLite schema, as numbered migrations (``PRAGMA user_version`` records the last applied)."""

from __future__ import annotations

import sqlite3

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
    # Search over the normalised text itself (trigram index: any substring of three or more characters), not
    # over segmented words, which missed words the segmenter had cut differently in context; and the last
    # correction applied to each stored parse, so an interrupted correction is finished by ``refresh``.
    2: """
    DROP TABLE search;
    CREATE VIRTUAL TABLE search USING fts5(report_id UNINDEXED, line_start UNINDEXED, line, tokenize='trigram');
    ALTER TABLE reports ADD COLUMN corrected_to INTEGER NOT NULL DEFAULT 0;
    UPDATE reports SET corrected_to = (SELECT COALESCE(MAX(id), 0) FROM corrections);
    """,
    # Economic targets, results and outlooks (parse schema 1.4): filled when a report is (re)parsed.
    3: """
    CREATE TABLE targets (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, indicator TEXT NOT NULL, label TEXT,
        kind TEXT NOT NULL, year INTEGER, low REAL, high REAL, unit TEXT, qualifier TEXT, text TEXT,
        start INTEGER, end INTEGER
    );
    CREATE INDEX targets_report ON targets(report_id);
    CREATE INDEX targets_indicator ON targets(indicator, kind);
    """,
}
DB_SCHEMA = max(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> list[int]:
    """Apply the migrations newer than the database's version; each applies whole or not at all."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = []
    for target in sorted(MIGRATIONS):
        if target <= version:
            continue
        try:
            db.executescript(f"BEGIN IMMEDIATE;{MIGRATIONS[target]}PRAGMA user_version = {int(target)};COMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        applied.append(target)
    return applied
