"""The pipeline: named stages in order, a failing stage named in warnings and logged, no warnings on real text."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
from conftest import CORPUS_FILES, GENRE_FILES

from policylens import parse_text
from policylens.pipeline import STAGES, STRUCTURE_STAGES, Stage, failed_stages, parse_structure


def test_stages_are_named_and_in_order():
    names = [stage.name for stage in STAGES]
    assert len(names) == len(set(names))
    assert names.index("normalise") < names.index("lines") < names.index("meeting") < names.index("items")
    assert names.index("tokens") < names.index("entities") < names.index("keywords") < names.index("graph")
    assert names[-1] == "corrections"
    assert all(stage.structure for stage in STRUCTURE_STAGES)


def test_structure_only_parse_has_no_nlp(seed_text):
    report = parse_structure(seed_text)
    assert len(report.focus_areas) == 5
    assert report.entities == [] and report.keywords == [] and report.tokens is None


def test_a_failing_stage_is_named_emptied_and_logged(seed_text, caplog):
    def broken(report, options):
        report.entities = ["half-done"]
        raise RuntimeError("boom")

    stages = tuple(Stage("entities", broken, ("entities",), structure=False) if s.name == "entities" else s
                   for s in STAGES)
    with caplog.at_level(logging.ERROR, logger="policylens.pipeline"):
        report = parse_text(seed_text, stages=stages)
    assert report.entities == []
    assert failed_stages(report) == ["entities"]
    assert any("RuntimeError" in w for w in report.warnings)
    assert report.keywords, "later stages still run"
    assert any("boom" in record.exc_text for record in caplog.records if record.exc_text)


def test_a_failed_tokens_stage_leaves_the_later_stages_running(seed_text):
    def broken(report, options):
        raise RuntimeError("segmenter gone")

    stages = tuple(Stage("tokens", broken, ("tokens",), structure=False) if s.name == "tokens" else s
                   for s in STAGES)
    report = parse_text(seed_text, stages=stages)
    assert failed_stages(report) == ["tokens"]  # the stages after it read an empty token sequence, and succeed
    assert len(report.tokens) == 0 and report.focus_areas


@pytest.mark.parametrize("path", [*CORPUS_FILES, *GENRE_FILES], ids=lambda p: p.stem)
def test_no_stage_fails_on_the_fixtures(path):
    report = parse_text(path.read_text(encoding="utf-8"), source=path.name)
    assert failed_stages(report) == []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_the_provincial_reports_parse_without_any_warning(path):
    assert parse_text(path.read_text(encoding="utf-8"), source=path.name).warnings == []


def test_the_seed_parses_without_warnings(seed_report):
    assert seed_report.warnings == []


def test_corrections_are_the_last_stage(seed_text):
    corrections = [{"kind": "rename_entity", "name": "民众街道", "to": "民众街道办事处"},
                   {"kind": "add_stopword", "word": "火炬"}]
    report = parse_text(seed_text, corrections=corrections)
    assert report.entity("民众街道办事处") is not None and report.entity("民众街道") is None
    assert "火炬" not in {k.word for k in report.keywords}


@pytest.mark.slow
def test_the_parse_does_not_depend_on_the_hash_seed():
    """Python randomises set order per process: a rule that iterated a set gave different merges per run, and
    summing theme weights in a set's order gave tied themes in a different order (both once on one report)."""
    paths = [str(path) for path in (*CORPUS_FILES, *GENRE_FILES)]
    code = ("import json, sys; from policylens import parse_text; "
            f"print(json.dumps([parse_text(open(p, encoding='utf-8').read()).to_dict() for p in {paths!r}]))")
    outputs = set()
    for seed in ("1", "2", "3"):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(json.dumps(json.loads(result.stdout), sort_keys=True))
    assert len(outputs) == 1
