"""Regex helpers: word lists as tries, the first-character filter that must never change what matches, and the memo."""

from __future__ import annotations

import re

import pytest

from policylens.structure.targets import any_label
from policylens.textutil import Memo, with_first_character_filter, word_list_pattern

SAMPLE = ("地区生产总值增长5%左右，全省一般公共预算收入增长3%，居民消费价格涨幅2%左右；GDP、CPI和城镇调查失业率"
          "稳定。abxyz 营商环境 营商 改革开放 改造 aab b ba")


@pytest.mark.parametrize(("pattern", "lookahead"), [
    ("a?b", "ab"),  # an optional item lets the next one begin the match
    ("(?:x|y)?z", "xyz"),
    ("(?=a)b", "b"),  # a lookaround consumes nothing
    (r"\bfoo", "f"),
    ("(?<=x)a", "a"),
    ("(?:地区)?(?:生产总值|GDP)", "地生G"),
    ("营商|改(?:革|造)", None),  # the engine scans for a literal start, or a set of them, itself
    ("[ab]x", None),
    ("a*", None),  # can match nothing: any position
    ("a|b?", None),
    ("[a-z]x", None),  # a range: too many to list
    ("(?i)gdp", None),  # the other case would be missed
])
def test_first_character_filter(pattern, lookahead):
    compiled = re.compile(pattern)
    filtered = with_first_character_filter(compiled)
    if lookahead is None:
        assert filtered is compiled
    else:
        assert filtered.pattern.startswith(f"(?=[{''.join(sorted(lookahead))}])")


@pytest.mark.parametrize("pattern", [
    "a?b", "(?:x|y)?z", "(?=a)b", "(?:营商|改(?:革|造))?环境", "(?:地区|全省)?(?:地区)?生产总值(?:增速|增长)?", "b*ab",
])
def test_the_filter_never_changes_the_matches(pattern):
    compiled = re.compile(pattern)
    filtered = with_first_character_filter(compiled)
    assert filtered is not compiled
    assert [m.span() for m in filtered.finditer(SAMPLE)] == [m.span() for m in compiled.finditer(SAMPLE)]


def test_the_indicator_labels_are_filtered_and_match_as_before():
    filtered = any_label()
    plain = re.compile(filtered.pattern.split(")(?:", 1)[1][:-1])
    assert filtered.pattern.startswith("(?=[")
    assert [m.span() for m in filtered.finditer(SAMPLE)] == [m.span() for m in plain.finditer(SAMPLE)]
    assert len(list(filtered.finditer(SAMPLE))) >= 5


@pytest.mark.parametrize(("words", "text", "found"), [
    (["营商", "营商环境"], "优化营商环境", ["营商环境"]),  # the longest where several start at one place
    (["改革", "改造"], "深化改革和城市改造", ["改革", "改造"]),
    ([], "任何文字", []),
])
def test_word_list_pattern_finds_the_longest_word(words, text, found):
    assert word_list_pattern(words).findall(text) == found


@pytest.mark.parametrize("limit", [1, 2, 100])
def test_a_memo_decides_each_key_once_and_stays_bounded(limit):
    calls = []

    def decide(word):
        calls.append(word)
        return len(word)

    memo = Memo(decide, limit=limit)
    words = ["推进", "北京", "推进", "高质量发展", "推进", "北京"]
    assert [memo[word] for word in words] == [2, 2, 2, 5, 2, 2]  # the same answers whatever the bound
    assert len(memo) <= limit
    if limit >= 3:
        assert calls == ["推进", "北京", "高质量发展"]  # each word decided once
