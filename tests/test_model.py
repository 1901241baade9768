"""The typed Report: exact JSON round trip, derived counts, working state kept out of JSON and pickles."""

from __future__ import annotations

import json
import pickle

import pytest
from conftest import GENRE_FILES

from policylens import parse_text
from policylens.model import INDICATORS, SCHEMA_VERSION, TARGET_KINDS, Entity, Mention, Report

TOP_LEVEL = ["schema_version", "source", "text", "meeting", "sections", "focus_areas", "requirements", "captions",
             "entities", "keywords", "graph", "targets", "warnings"]


@pytest.fixture(scope="module")
def reports(seed_report, corpus_reports):
    genre = GENRE_FILES[0]
    return [seed_report, next(iter(corpus_reports.values())),
            parse_text(genre.read_text(encoding="utf-8"), source=genre.name)]


def test_to_dict_and_from_dict_round_trip_exactly(reports):
    for report in reports:
        data = report.to_dict()
        again = Report.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
        assert again.to_dict() == data
        assert again == report


def test_the_json_layout(seed_report):
    data = seed_report.to_dict()
    assert list(data) == TOP_LEVEL
    assert data["schema_version"] == SCHEMA_VERSION
    entity = data["entities"][0]
    assert list(entity) == ["name", "type", "titles", "count", "aliases", "mentions"]
    assert entity["count"] == len(entity["mentions"])
    assert set(data["graph"]) == {"edges"}
    assert list(data["keywords"][0]) == ["word", "count", "tfidf", "idf", "weight", "score", "boilerplate", "offsets",
                                        "context"]


def test_entity_count_follows_its_mentions():
    entity = Entity("深中一体化", "policy", mentions=[Mention(0, 5)])
    assert entity.count == 1
    entity.mentions.append(Mention(10, 15))
    assert entity.to_dict()["count"] == 2
    assert Entity.from_dict({**entity.to_dict(), "count": 99}).count == 2, "the count is derived, never trusted"


def test_unknown_fields_are_ignored_when_reading():
    data = parse_text("要聚焦产业发展，夯实经济基础。推进项目建设。\n要聚焦民生保障，增进人民福祉。办好民生实事。").to_dict()
    data["meeting"]["future_field"] = 1
    data["focus_areas"][0]["tasks"][0]["confidence"] = 0.5
    assert Report.from_dict(data).meeting.title == data["meeting"]["title"]


def test_working_state_is_not_serialised_nor_pickled(seed_report):
    assert seed_report.tokens and seed_report.lines, "the pipeline keeps its tokens and lines on the report"
    assert "tokens" not in seed_report.to_dict()
    copy = pickle.loads(pickle.dumps(seed_report))
    assert copy.tokens is None and copy.lines is None
    assert copy.analysis == seed_report.analysis, "the analysis text is computed again on demand"
    assert copy == seed_report


def test_targets_round_trip(corpus_reports):
    report = corpus_reports["2026_湖北省_政府工作报告.txt"]
    assert report.targets
    again = Report.from_dict(json.loads(json.dumps(report.to_dict(), ensure_ascii=False)))
    assert again.targets == report.targets
    assert all(t.indicator in INDICATORS and t.kind in TARGET_KINDS for t in report.targets)
