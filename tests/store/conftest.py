"""A small library shared by the store tests: the seed and two provincial reports."""

from __future__ import annotations

import pytest
from conftest import CORPUS, FIXTURES

from policylens.store.ingest import ingest_files
from policylens.store.library import Library

SMALL = [str(FIXTURES / "seed.txt"), str(CORPUS / "2026_河北省_政府工作报告.txt"),
         str(CORPUS / "2026_浙江省_政府工作报告.txt")]


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> Library:
    library = Library(tmp_path_factory.mktemp("three"))
    assert [r.status for r in ingest_files(library, SMALL, jobs=1)] == ["added"] * 3
    return library
