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
    ],
)
def test_split_clauses(text, tasks):
    assert _tasks(text) == tasks
