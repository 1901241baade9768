"""Full-text search over the library: a trigram index of each line's analysis text (any substring, any script)."""

from __future__ import annotations

import sqlite3
from typing import Any

from policylens.io.normalize import analysis_text


def search_lines(analysis: str) -> list[tuple[int, str]]:
    """Each non-blank line of the analysis text (Simplified, one width) with its start offset."""
    out = []
    position = 0
    for line in analysis.split("\n"):
        if line.strip():
            out.append((position, line))
        position += len(line) + 1
    return out


def find(db: sqlite3.Connection, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Lines holding ``query``: the trigram index for three characters or more, a scan for one or two."""
    needle = " ".join(analysis_text(query).split())
    if not needle:
        return []
    select = ("SELECT s.report_id, s.line_start, r.title, r.date, substr(r.text, s.line_start + 1, 200) AS line "
              "FROM search s JOIN reports r ON r.id = s.report_id WHERE ")
    if len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        rows = db.execute(select + "search MATCH ? ORDER BY rank LIMIT ?", (phrase, limit)).fetchall()
    else:
        rows = db.execute(select + "instr(s.line, ?) > 0 LIMIT ?", (needle, limit)).fetchall()
    return [dict(r) for r in rows]
