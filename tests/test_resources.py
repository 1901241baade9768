"""Data files: the user's copy wins, atomic writes never leave half a file, one list of official titles."""

from __future__ import annotations

import os

import pytest

from policylens.resources import data_fingerprint, data_path, official_titles, packaged_path, write_atomically


def test_atomic_write_replaces_the_whole_file(tmp_path):
    target = tmp_path / "sub" / "file.txt"
    write_atomically(target, b"old")
    write_atomically(target, "新内容".encode())
    assert target.read_text(encoding="utf-8") == "新内容"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"], "no temporary file left behind"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "file.txt"
    write_atomically(target, b"old")

    def failing_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_the_users_copy_overrides_the_packaged_file(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    assert data_path("stopwords.txt") == packaged_path("stopwords.txt")
    before = data_fingerprint()
    (tmp_path / "stopwords.txt").write_text("的\n", encoding="utf-8")
    assert data_path("stopwords.txt") == tmp_path / "stopwords.txt"
    assert data_fingerprint() != before, "caches keyed on the fingerprint follow the user's edit"


def test_official_titles_longest_first():
    titles = official_titles()
    assert titles.index("副市长") < titles.index("市长")
    assert titles.index("总书记") < titles.index("书记")
    assert len(titles) == len(set(titles))
