"""Clause-level tasks: split at clause punctuation, never inside quotes; salutations and labels are not tasks."""

from __future__ import annotations

import pytest

from policylens.structure.clauses import split_clauses


def _tasks(text: str) -> list[str]:
    return [t.text for t in split_clauses(text, 0, len(text), text)]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        ("加快建设产业园区，推进“智改数转、网联提质”。", ["加快建设产业园区", "推进“智改数转、网联提质”"]),
        ("各位代表，让我们团结奋斗。", ["让我们团结奋斗"]),
        ("同志们，要抓好落实。", ["要抓好落实"]),
        ("铁路方面：开工建设某某铁路。", ["开工建设某某铁路"]),
        ("众所周知，当前，经济运行稳中有进。", ["经济运行稳中有进"]),
        ("财政收入增长12%，增长8.5%，", ["财政收入增长12%"]),
        ("（王小明）", []),
        ("推进“一网通办，一网统管”，深化改革", ["推进“一网通办，一网统管”", "深化改革"]),  # a quote holds its commas
        ("推进“一网通办，没有闭合的引号，深化改革", ["推进“一网通办", "没有闭合的引号", "深化改革"]),  # an open quote
        ("建设（甲区，乙区）园区，发展《规划，纲要》", ["建设（甲区，乙区）园区", "发展《规划，纲要》"]),
        ("建设（甲区\n乙区，丙区）园区，完成", ["建设（甲区", "乙区", "丙区）园区", "完成"]),  # on one line only
        ("开展“双百“行动，”工程", ["开展“双百“行动，”工程"]),  # an opener inside a quote opens nothing
    ],
)
def test_split_clauses(text, tasks):
    assert _tasks(text) == tasks
