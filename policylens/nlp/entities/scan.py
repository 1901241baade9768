"""Where literals occur, and regex matches found from them without trying every position of the text."""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, *, back: int) -> Iterator[re.Match]:
    """The matches of ``pattern`` that start at most ``back`` characters before an ``anchor`` match.

    For a pattern that opens with a character class (``[\\u4e00-\\u9fff]{2,3}总书记``) ``finditer`` tries every
    position of the text; when every match holds an anchor (a literal such as 总书记) within ``back`` characters
    of its start, trying only the positions near the anchors finds the same matches, earliest start first.
    """
    reached = 0
    for hit in anchor.finditer(text):
        for start in range(max(reached, hit.start() - back), hit.start() + 1):
            match = pattern.match(text, start)
            if match:
                yield match
                reached = match.end()
                break


def occurrences(text: str, word: str, *, start: int = 0) -> Iterator[int]:
    """Every position of ``word`` in ``text`` from ``start`` on, in order (``str.find`` in C, one step past each)."""
    position = text.find(word, start)
    while position != -1:
        yield position
        position = text.find(word, position + 1)
