"""Shared fixtures: paths, the gold annotations, and each corpus report parsed once per session."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
GENRES = FIXTURES / "genres"
GENRE_FILES = sorted(GENRES.glob("*.txt"))


@pytest.fixture(scope="session", autouse=True)
def isolated_data_dir(tmp_path_factory):
    """Tests never read or write the user's own library, stopwords or caches."""
    import os

    path = tmp_path_factory.mktemp("policylens-data")
    previous = os.environ.get("POLICYLENS_DATA_DIR")
    os.environ["POLICYLENS_DATA_DIR"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("POLICYLENS_DATA_DIR", None)
    else:
        os.environ["POLICYLENS_DATA_DIR"] = previous


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((FIXTURES / "gold" / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def provincial_gold() -> dict:
    return json.loads((FIXTURES / "gold" / "provincial-2026.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_report(seed_text):
    from policylens import parse_text

    return parse_text(seed_text, source="seed.txt")


@functools.cache
def parsed(text: str, *, source: str | None = None):
    """``parse_text``, once per text and source for the whole session (the quality tables parse the same fixtures;
    tests read the reports, never change them)."""
    from policylens import parse_text

    return parse_text(text, source=source)


@pytest.fixture(scope="session")
def corpus_reports() -> dict:
    return {path.name: parsed(path.read_text(encoding="utf-8"), source=path.name) for path in CORPUS_FILES}
