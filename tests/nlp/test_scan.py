"""Tests for policylens.nlp.entities.scan."""

import re

import pytest

from policylens.nlp.entities.scan import finditer_near, occurrences


@pytest.mark.parametrize(
    ("text", "word", "start", "expected"),
    [
        ("会议强调", "代表团", 0, []),
        ("青海代表团、山东代表团", "代表团", 0, [2, 8]),
        ("工业强市，文旅强县", "强", 2, [2, 7]),
        ("强市强县", "强", 1, [2]),  # from start on
        ("等等", "等", 0, [0, 1]),  # one step past each: adjacent occurrences all count
        ("长长长", "长长", 0, [0, 1]),  # and overlapping ones
    ],
    ids=["none", "several", "from-start", "start-past-the-first", "adjacent", "overlapping"],
)
def test_occurrences(text, word, start, expected):
    assert list(occurrences(text, word, start=start)) == expected


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("习近平总书记指出，李强总理强调", 3),
        ("王伟总书记与张三同志", 3),
        ("总书记", 3),  # an anchor with nothing before it
    ],
)
def test_finditer_near_finds_what_finditer_finds(text, back):
    pattern = re.compile(r"[\u4e00-\u9fff]{2,3}(?:总书记|总理)")
    anchor = re.compile(r"总书记|总理")
    assert [m.span() for m in finditer_near(pattern, anchor, text, back=back)] == \
        [m.span() for m in pattern.finditer(text)]
