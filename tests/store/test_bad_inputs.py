"""Hostile and broken files through the CLI and the upload path: one line each, nothing stored, the rest kept;
and a library stopped by SIGKILL mid-ingest or mid-correction that is consistent and finishes on a repeat."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES
from helpers import docx_bomb, encrypted_pdf, pdf_with_text, pdf_without_text

from policylens.io import readers
from policylens.store.ingest import ingest_bytes, ingest_files
from policylens.store.library import Library

SEED = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
LINES = SEED.splitlines()[:12]


def bad_files() -> dict[str, bytes]:
    """Each kind of file a user or an attacker may hand over that is not a report, by name."""
    return {
        "empty.txt": b"",
        "blank.txt": " \n\u3000\n".encode(),
        "zero-width.txt": "\u200b\u200c\ufeff".encode() * 3000,
        "picture.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "random.bin.txt": bytes(range(256)) * 16,
        "undecodable.txt": "正常文字".encode()[:-1] + b"\xff\xfe\xfd" * 50,
        "README.md": b"# Examples\n\nRun `policylens ingest examples/` to add them.\n",
        "numbers.txt": ("1,234 5.6% 7,890\n" * 400 + "增长").encode(),
        "scan.pdf": pdf_without_text(),
        "truncated.pdf": pdf_with_text(LINES)[:400],
        "locked.pdf": encrypted_pdf(LINES, user_password="secret"),
        "broken.docx": b"PK\x03\x04 not a zip",
        "not-a-docx.docx": _zip_without_document(),
        "bomb.docx": docx_bomb(readers.MAX_DOCX_XML_BYTES + (4 << 20)),
        "too-long.txt": ("政策" * (readers.DEFAULT_MAX_CHARS // 2 + 1)).encode(),
    }


def _zip_without_document() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "你好")
    return out.getvalue()


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    for name, data in bad_files().items():
        (folder / name).write_bytes(data)
    return folder


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policylens", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, check=False, timeout=300)


@pytest.mark.slow
def test_each_bad_file_through_the_cli_is_one_line_exit_2_and_nothing_stored(bad_folder, tmp_path):
    data_dir = tmp_path / "lib"
    for path in sorted(bad_folder.iterdir()):
        result = run_cli("ingest", "--quiet", str(path), data_dir=data_dir)
        assert result.returncode == 2, (path.name, result.stdout, result.stderr)
        errors = [line for line in result.stdout.splitlines() if line.startswith("error\t")]
        assert len(errors) == 1 and path.name[:20] in errors[0], (path.name, result.stdout)
        assert result.stderr == "", (path.name, result.stderr)
        message = errors[0].split("\t")[2]
        assert all(ord(c) < 128 or "\u3000" <= c <= "\uffef" for c in message)  # no stray bytes of the file
    assert Library(data_dir).reports() == []


@pytest.mark.slow
def test_a_folder_mixing_bad_files_and_reports_stores_every_report(bad_folder, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(bad_folder, folder)
    shutil.copy(FIXTURES / "seed.txt", folder / "a-seed.txt")
    shutil.copy(CORPUS / "2026_河北省_政府工作报告.txt", folder / "z-hebei.txt")
    data_dir = tmp_path / "lib"
    result = run_cli("ingest", "--quiet", str(folder), data_dir=data_dir)
    assert result.returncode == 2, "a batch with a bad file says so in its exit code"
    assert f"added 2, already in the library 0, errors {len(bad_files())}" in result.stdout
    assert len(Library(data_dir).reports()) == 2


def test_uploads_refuse_each_bad_file_with_a_chinese_message_and_keep_the_reports(bad_folder, tmp_path):
    library = Library(tmp_path / "lib")
    uploads = [("a.txt", SEED.encode())] + [(p.name, p.read_bytes()) for p in sorted(bad_folder.iterdir())]
    uploads.append(("z.txt", (CORPUS / "2026_河北省_政府工作报告.txt").read_bytes()))
    results = ingest_bytes(library, uploads)
    assert [r.status for r in results] == ["added"] + ["error"] * len(bad_files()) + ["added"]
    for result in results[1:-1]:
        assert result.path in result.message and "（" in result.message, result.message
    assert len(library.reports()) == 2


@pytest.mark.parametrize(("given", "stored"), [("glob[1].txt", "glob[1].txt"), ("glob[1]*.txt", "glob1.txt")])
def test_a_path_that_exists_is_taken_literally_and_only_a_pattern_that_names_nothing_is_expanded(
        tmp_path, given, stored):
    (tmp_path / "glob[1].txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "glob1.txt").write_text(SEED.replace("火炬", "火把"), encoding="utf-8")
    library = Library(tmp_path / "lib")
    results = ingest_files(library, [str(tmp_path / given)], jobs=1)
    assert [Path(r.path).name for r in results] == [stored]
    assert ("火把" in library.load(results[0].report_id).text) == (stored == "glob1.txt")


def test_a_name_too_long_for_the_file_system_is_one_error_and_the_other_files_go_in(tmp_path):
    good = tmp_path / "seed.txt"
    good.write_text(SEED, encoding="utf-8")
    library = Library(tmp_path / "lib")
    results = ingest_files(library, [str(tmp_path / ("长" * 90 + ".txt")), str(good)], jobs=1)
    assert [r.status for r in results] == ["error", "added"]
    assert "文件名太长" in results[0].message


def _consistent(data_dir: Path) -> list[str]:
    """Every stored report whole: its parse loads, and every derived table and the search index hold exactly its
    rows; nothing belongs to a report that is not there."""
    library = Library(data_dir)
    with sqlite3.connect(library.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {row[0] for row in db.execute("SELECT id FROM reports")}
        for table in ("focus_areas", "tasks", "entities", "mentions", "keywords", "report_themes", "targets",
                      "search"):
            owners = {row[0] for row in db.execute(f"SELECT DISTINCT report_id FROM {table}")}
            assert owners <= ids, f"rows of a report that is not stored in {table}"
        for report_id in ids:
            report = library.load(report_id)
            tasks = db.execute("SELECT COUNT(*) FROM tasks WHERE report_id = ?", (report_id,)).fetchone()[0]
            assert tasks == sum(len(a.tasks) for a in report.focus_areas + report.requirements)
            keywords = db.execute("SELECT COUNT(*) FROM keywords WHERE report_id = ?", (report_id,)).fetchone()[0]
            assert keywords == len(report.keywords)
            assert db.execute("SELECT COUNT(*) FROM search WHERE report_id = ?", (report_id,)).fetchone()[0] > 0
    return sorted(ids)


def _kill_when(process: subprocess.Popen, ready, *, timeout: float = 240) -> bool:
    """SIGKILL ``process`` as soon as ``ready()`` holds; False when it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if ready():
                process.send_signal(signal.SIGKILL)
                process.wait(30)
                return True
        except sqlite3.Error:
            pass  # the writer holds the lock or the file is being created: look again
        time.sleep(0.02)
    process.kill()
    raise AssertionError("the condition to stop at never came")


def _count(data_dir: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{data_dir / 'library.sqlite3'}?mode=ro", uri=True, timeout=0.5) as db:
        return db.execute(sql).fetchone()[0]


def _spawn(*args: str, data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "policylens", *args, "--data-dir", str(data_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_whole_reports_and_the_repeat_stores_the_rest(tmp_path):
    data_dir = tmp_path / "lib"
    Library(data_dir)
    process = _spawn("ingest", "--quiet", "--jobs", "1", str(CORPUS), data_dir=data_dir)
    stopped = _kill_when(process, lambda: _count(data_dir, "SELECT COUNT(*) FROM reports") >= 2)
    assert stopped, "ingest finished before it could be stopped"
    before = _consistent(data_dir)
    assert 2 <= len(before) < 10
    result = run_cli("ingest", "--quiet", str(CORPUS), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"added {10 - len(before)}, already in the library {len(before)}, errors 0" in result.stdout
    assert len(_consistent(data_dir)) == 10


@pytest.mark.slow
def test_sigkill_during_a_correction_is_finished_by_plain_reparse(tmp_path):
    data_dir = tmp_path / "lib"
    library = Library(data_dir)
    ingest_files(library, sorted(str(p) for p in CORPUS.glob("*.txt")), jobs=2)
    word = "高质量发展"
    assert all(word in {k.word for k in library.load(r["id"]).keywords} for r in library.reports())
    process = _spawn("correct", "add_stopword", f'{{"word": "{word}"}}', data_dir=data_dir)
    last = "(SELECT MAX(id) FROM corrections)"
    stopped = _kill_when(process, lambda: _count(
        data_dir, f"SELECT COUNT(*) FROM reports WHERE corrected_to >= {last} AND {last} IS NOT NULL") >= 1)
    assert stopped, "the correction finished before it could be stopped"
    done = _count(data_dir, f"SELECT COUNT(*) FROM reports WHERE corrected_to >= {last}")
    assert done < 10, "stopped half way: some reports are still waiting for the correction"
    _consistent(data_dir)
    result = run_cli("reparse", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    for report_id in _consistent(data_dir):
        assert word not in {k.word for k in Library(data_dir).load(report_id).keywords}
    assert _count(data_dir, f"SELECT COUNT(*) FROM keywords WHERE word = '{word}'") == 0
