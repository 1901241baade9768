"""Small text helpers shared by the core: regexes the engine can scan fast (word-list tries, first-character
prefilters), and a memo of per-word decisions."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any


def word_list_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words``, the longest where several start at one place (营商环境 over 营商).

    Built as a trie (改(?:革|造)…) rather than a flat alternation: Python's regex engine tries a flat
    alternation's branches one by one at every position, a trie only follows the characters that are there.
    """
    return re.compile(word_list_regex(words))


def word_list_regex(words: Iterable[str]) -> str:
    """The source of ``word_list_pattern``, to embed in a larger pattern."""
    trie: dict = {}
    for word in words:
        if word:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    return _branches(trie) or "(?!)"


def _branches(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends_here else "")


def with_first_character_filter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches can start with, when those can be read off
    the pattern (literals and positive classes at the head of each branch): the engine then rejects most
    positions at once instead of trying every branch. Returned unchanged when they cannot be read off.
    """
    if pattern.flags & re.IGNORECASE:
        return pattern  # the characters read off the pattern would miss their other case
    try:
        from re import _parser  # the stdlib's own parser; any surprise and the pattern is used as it is
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        firsts = _first_characters(parsed)
        if firsts and _engine_finds_the_start(parsed):
            return pattern  # a lookahead would only hide the prefix the engine already scans for
    except Exception:
        return pattern
    if not firsts:
        return pattern
    lookahead = "".join(re.escape(char) for char in sorted(firsts))
    return re.compile(f"(?=[{lookahead}])(?:{pattern.pattern})", pattern.flags)


def _engine_finds_the_start(parsed) -> bool:
    """Does the regex engine find where matches can start by itself? It scans for a leading literal or class, or
    a set of alternatives that each start with a literal (``re._compiler._get_charset_prefix``), in C."""
    from re import _constants as c

    data = parsed.data
    while data and data[0][0] is c.SUBPATTERN and data[0][1][1] == 0 and data[0][1][2] == 0:
        data = data[0][1][-1].data
    if not data:
        return False
    op, value = data[0]
    if op in (c.LITERAL, c.IN):
        return True
    return op is c.BRANCH and all(branch.data and branch.data[0][0] is c.LITERAL for branch in value[1])


def _first_characters(parsed) -> set[str] | None:
    """The characters a match of the parsed pattern can begin with, or None when any could."""
    chars, can_be_empty = _sequence_firsts(parsed.data)
    return None if chars is None or can_be_empty else chars


def _sequence_firsts(items) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match nothing): items that may match nothing (an optional
    group, a lookaround) let the next item's characters begin the match too."""
    chars: set[str] = set()
    for op, value in items:
        found, can_be_empty = _item_firsts(op, value)
        if found is None:
            return None, False
        chars |= found
        if not can_be_empty:
            return chars, False
    return chars, True


def _item_firsts(op, value) -> tuple[set[str] | None, bool]:
    from re import _constants as c  # the stdlib parser's opcodes, read only here

    if op is c.LITERAL:
        return {chr(value)}, False
    if op is c.IN:
        if all(item_op is c.LITERAL for item_op, _ in value):
            return {chr(item) for _, item in value}, False
        return None, False  # a range, a category or a negation: too many to list
    if op is c.SUBPATTERN:
        return _sequence_firsts(value[-1].data)
    if op is c.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in value[1]:
            found, can_be_empty = _sequence_firsts(branch.data)
            if found is None:
                return None, False
            chars |= found
            empty = empty or can_be_empty
        return chars, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, item = value
        found, can_be_empty = _sequence_firsts(item.data)
        return found, can_be_empty or low == 0
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # lookarounds and anchors consume nothing
        return set(), True
    return None, False


class Memo(dict):
    """``memo[key]``: what ``decide(key)`` says, decided once per key and kept, at most ``limit`` keys (the memo starts
    afresh when full: a library's vocabulary grows without end). Reports share most of their words, so most reads are
    hits, and a hit is a dictionary read in C (``map(memo.__getitem__, words)``); only a key met for the first time
    calls ``decide``."""

    __slots__ = ("decide", "limit")

    def __init__(self, decide: Callable[[Any], Any], *, limit: int = 1 << 16) -> None:
        super().__init__()
        self.decide = decide
        self.limit = limit

    def __missing__(self, key: Hashable) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.decide(key)
        return value
