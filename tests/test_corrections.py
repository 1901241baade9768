"""Corrections: one table of kinds, each applied as a pure step, twice the same as once."""

from __future__ import annotations

import copy

import pytest

from policylens.corrections import KINDS, apply_corrections, validate


@pytest.mark.parametrize(
    ("correction", "check"),
    [
        ({"kind": "rename_entity", "name": "民众街道", "to": "民众街道办事处"},
         lambda r: r.entity("民众街道办事处") and "民众街道" in r.entity("民众街道办事处").aliases),
        ({"kind": "merge_entities", "names": ["火炬职院"], "into": "长春理工大学中山研究院"},
         lambda r: r.entity("火炬职院") is None and "火炬职院" in r.entity("长春理工大学中山研究院").aliases),
        ({"kind": "add_alias", "name": "陈文锋", "alias": "文锋"},  # only inside 陈文锋: no overlapping mention
         lambda r: "文锋" in r.entity("陈文锋").aliases and r.entity("陈文锋").count == 5),
        ({"kind": "add_stopword", "word": "百千万工程"}, lambda r: "百千万工程" not in {k.word for k in r.keywords}),
    ],
    ids=lambda c: c["kind"] if isinstance(c, dict) else "",
)
def test_each_kind_applies_and_is_idempotent(seed_report, correction, check):
    report = copy.deepcopy(seed_report)
    once = apply_corrections(report, [correction])
    assert check(once)
    twice = apply_corrections(copy.deepcopy(once), [correction])
    assert twice.to_dict() == once.to_dict()


def test_moved_task_lands_in_its_new_area_once(seed_report):
    report = copy.deepcopy(seed_report)
    task = report.focus_areas[0].tasks[0]
    correction = {"kind": "move_task", "start": task.start, "to": "加强党的建设"}
    apply_corrections(report, [correction])
    assert task.text in [t.text for t in report.focus_areas[4].tasks]
    assert task.text not in [t.text for t in report.focus_areas[0].tasks]
    before = report.to_dict()
    assert apply_corrections(report, [correction]).to_dict() == before


def test_corrections_naming_nothing_change_nothing(seed_report):
    report = copy.deepcopy(seed_report)
    before = report.to_dict()
    apply_corrections(report, [{"kind": "rename_entity", "name": "不存在", "to": "甲"},
                               {"kind": "move_task", "start": -1, "to": "加强党的建设"},
                               {"kind": "unknown_kind"}])
    assert report.to_dict() == before


@pytest.mark.parametrize(("kind", "payload", "message"), [
    ("rename", {}, "unknown correction"),
    ("rename_entity", {"name": "甲"}, "missing to"),
    ("merge_entities", {"into": "甲"}, "missing names"),
])
def test_validation_names_what_is_wrong(kind, payload, message):
    with pytest.raises(ValueError, match=message):
        validate(kind, payload)


def test_every_kind_has_a_chinese_label_and_fields():
    for kind in KINDS.values():
        assert kind.fields and any("\u4e00" <= c <= "\u9fff" for c in kind.label)
