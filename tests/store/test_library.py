"""The report library: round trip, idempotent ingest, edits and corrections that survive, search, concurrency."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

import pandas as pd
import pytest
from conftest import CORPUS, FIXTURES
from helpers import docx_with_paragraphs

from policylens.store import library as library_module
from policylens.store.export import export
from policylens.store.ingest import ingest_files as ingest
from policylens.store.library import Library, report_id_for
from policylens.store.schema import DB_SCHEMA

SMALL = [str(FIXTURES / "seed.txt"), str(CORPUS / "2026_河北省_政府工作报告.txt")]


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "lib")


@pytest.fixture
def filled(library):
    results = ingest(library, SMALL, jobs=2)
    assert [r.status for r in results] == ["added", "added"]
    return library


def test_round_trip_ingest_list_export_remove(filled, tmp_path):
    listed = filled.reports()
    assert {r["speaker"] for r in listed} == {"陈文锋", "王正谱"}
    assert all("text" not in r for r in listed), "listing never loads full texts"
    written = export(filled, tmp_path / "out", format="csv")
    tables = {p.stem: pd.read_csv(p) for p in written}
    assert set(tables) == {"reports", "focus_areas", "tasks", "entities", "mentions", "keywords", "targets"}
    seed_id = next(r["id"] for r in listed if r["speaker"] == "陈文锋")
    seed_tasks = tables["tasks"][tables["tasks"]["report_id"] == seed_id]
    assert len(seed_tasks) == 86
    assert filled.remove(seed_id)
    assert [r["speaker"] for r in filled.reports()] == ["王正谱"]
    assert filled.query("SELECT COUNT(*) AS n FROM tasks WHERE report_id = ?", (seed_id,))[0]["n"] == 0
    assert not filled.remove(seed_id)


@pytest.mark.parametrize("fmt", ["parquet", "json"])
def test_export_formats(filled, tmp_path, fmt):
    written = export(filled, tmp_path / fmt, format=fmt)
    frame = pd.read_parquet(written[0]) if fmt == "parquet" else pd.read_json(written[0])
    assert len(frame) == 2


def test_ingesting_again_changes_nothing_and_keeps_edits(filled, tmp_path):
    seed_id = report_id_for((FIXTURES / "seed.txt").read_text(encoding="utf-8"))
    filled.edit(seed_id, region="中山市火炬开发区", level="district")
    before = filled.query("SELECT * FROM reports WHERE id = ?", (seed_id,))
    again = ingest(filled, SMALL, jobs=1)
    assert [r.status for r in again] == ["exists", "exists"]
    assert filled.query("SELECT * FROM reports WHERE id = ?", (seed_id,)) == before
    # the same report as .docx (other line breaks and spaces) is the same report
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    docx = tmp_path / "seed.docx"
    docx.write_bytes(docx_with_paragraphs([f" {line} " for line in text.splitlines()]))
    assert [r.status for r in ingest(filled, [str(docx)], jobs=1)] == ["exists"]
    assert filled.reparse(all_reports=True)
    row = filled.query("SELECT region, level FROM reports WHERE id = ?", (seed_id,))[0]
    assert row == {"region": "中山市火炬开发区", "level": "district"}


def test_bad_files_are_reported_and_nothing_is_half_saved(library, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    results = ingest(library, [str(empty), str(tmp_path / "missing.txt"), SMALL[0]], jobs=1)
    assert [r.status for r in results] == ["error", "error", "added"]
    assert "空" in results[0].message
    assert len(library.reports()) == 1


def test_a_failed_write_leaves_no_trace(library, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(library_module.fulltext, "search_lines", broken)
    with pytest.raises(RuntimeError):
        library.add((FIXTURES / "seed.txt").read_text(encoding="utf-8"))
    for table in ("reports", "tasks", "entities", "keywords", "mentions"):
        assert library.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"] == 0


def test_corrections_survive_reparsing(filled):
    seed_id = report_id_for((FIXTURES / "seed.txt").read_text(encoding="utf-8"))
    filled.add_correction("rename_entity", {"name": "民众街道", "to": "民众街道办事处"}, report_id=seed_id)
    filled.add_correction("merge_entities", {"names": ["火炬职院"], "into": "长春理工大学中山研究院"},
                          report_id=seed_id)
    filled.add_correction("add_stopword", {"word": "火炬"})
    filled.reparse(all_reports=True)
    report = filled.load(seed_id)
    names = {e.name: e for e in report.entities}
    assert "民众街道办事处" in names and "民众街道" in names["民众街道办事处"].aliases
    assert "火炬职院" in names["长春理工大学中山研究院"].aliases
    assert "火炬" not in {k.word for k in report.keywords}


def test_move_task_correction(filled):
    seed_id = report_id_for((FIXTURES / "seed.txt").read_text(encoding="utf-8"))
    task = filled.load(seed_id).focus_areas[0].tasks[0]
    filled.add_correction("move_task", {"start": task.start, "to": "加强党的建设"}, report_id=seed_id)
    report = filled.load(seed_id)
    assert task.text not in [t.text for t in report.focus_areas[0].tasks]
    assert task.text in [t.text for t in report.focus_areas[4].tasks]


@pytest.mark.parametrize(("query", "found"), [("深中一体化", True), ("一体化", True), ("新质生产力", True),
                                              ("完全没有的词组合", False)])
def test_full_text_search_finds_chinese_words(filled, query, found):
    hits = filled.search(query)
    assert bool(hits) is found
    for hit in hits:
        text = filled.load(hit["report_id"]).text
        line = text[hit["line_start"]:].split("\n", 1)[0]
        assert query in line


def test_reading_while_another_connection_writes(tmp_path):
    library = Library(tmp_path / "concurrent")
    texts = [(CORPUS / name).read_text(encoding="utf-8") for name in
             ("2026_河北省_政府工作报告.txt", "2026_江苏省_政府工作报告.txt", "2026_山东省_政府工作报告.txt")]
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def reader():
        reading = Library(tmp_path / "concurrent")
        while not done.is_set():
            try:
                seen.append(len(reading.reports()))
                reading.search("高质量发展")
            except BaseException as error:
                errors.append(error)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for text in texts:
            library.add(text)
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert seen and max(seen) <= 3 and seen == sorted(seen)
    assert library.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"


def test_schema_version_and_migrations_are_recorded(library):
    assert library.query("PRAGMA user_version")[0]["user_version"] == DB_SCHEMA
    Library(library.directory)  # opening again migrates nothing and loses nothing
    with sqlite3.connect(library.path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA


@pytest.mark.slow
def test_cli_round_trip(tmp_path):
    data = str(tmp_path / "cli")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "policylens", *args, "--data-dir", data],
                              capture_output=True, text=True, check=False)

    result = run("ingest", SMALL[0], str(CORPUS), "--quiet", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "added 11" in result.stdout
    listed = json.loads(run("list", "--format", "json").stdout)
    assert len(listed) == 11
    assert "added 0, already in the library 11" in run("ingest", SMALL[0], str(CORPUS), "--quiet").stdout
    assert run("search", "新质生产力").stdout.strip()
    assert run("export", "--format", "csv", "--out", str(tmp_path / "exp")).returncode == 0
    assert run("remove", listed[0]["id"]).returncode == 0
    assert len(json.loads(run("list", "--format", "json").stdout)) == 10
    assert run("remove", "nosuchid").returncode == 1


def test_a_correction_interrupted_before_reaching_every_report_is_finished_by_refresh(filled):
    """As if the process was killed after recording the correction: the reports not yet rewritten are stale."""
    with filled.transaction() as db:
        db.execute("INSERT INTO corrections (report_id, kind, payload, created_at) VALUES (NULL, 'add_stopword', "
                   "'{\"word\": \"高质量发展\"}', 0)")
    assert all("高质量发展" in {k.word for k in filled.load(r["id"]).keywords} for r in filled.reports())
    assert sorted(filled.refresh()) == sorted(r["id"] for r in filled.reports())
    for row in filled.reports():
        assert "高质量发展" not in {k.word for k in filled.load(row["id"]).keywords}
    assert filled.query("SELECT COUNT(*) AS n FROM keywords WHERE word = '高质量发展'")[0]["n"] == 0
    assert filled.refresh() == [], "nothing left to do"


def test_uploads_go_through_the_same_path_and_one_bad_file_spoils_nothing(library):
    from policylens.store.ingest import ingest_bytes

    seed = (FIXTURES / "seed.txt").read_bytes()
    results = ingest_bytes(library, [("a.txt", seed), ("empty.txt", b""), ("b.pdf", b"%PDF-1.4 broken"),
                                     ("c.txt", (CORPUS / "2026_河北省_政府工作报告.txt").read_bytes())])
    assert [r.status for r in results] == ["added", "error", "error", "added"]
    assert all(r.message and any("\u4e00" <= ch <= "\u9fff" for ch in r.message) for r in results[1:3])
    assert len(library.reports()) == 2


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("王建国主持召开区委常委会第119次会议", None),
        ("中国共产党某某县第十三次代表大会隆重开幕", "某某县"),
        ("赵立新与我市代表团代表共同审议自治区政府工作报告", None),
        ("广东省人民政府工作报告", "广东省"),
        ("自治区十四届人大四次会议", None),
        ("2025年省区市政府工作报告汇编", None),
        ("高新区工作会议召开", None),
    ],
    ids=["a-clause-ending-in-a-level", "the-party-before-the-county", "a-person-and-a-conjunction", "a-province",
         "a-level-alone", "levels-alone", "a-zones-kind-alone"],
)
def test_a_region_is_never_a_clause_that_ends_in_a_level(title, region):
    from policylens import parse_text
    from policylens.store.library import guess_region

    report = parse_text("5月11日，王建国主持召开会议。王建国强调，要抓好落实。赵立新出席会议。\n")
    report.meeting.title = title
    assert guess_region(report)[0] == region
