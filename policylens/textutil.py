"""Small text helpers shared by the core: regexes the engine can scan fast (word-list tries, first-character
prefilters)."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
    try:
        from re import _parser  # the stdlib's own parser; any surprise and the pattern is used as it is
        firsts = _first_characters(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return pattern
    if not firsts:
        return pattern
    lookahead = "".join(re.escape(char) for char in sorted(firsts))
    return re.compile(f"(?=[{lookahead}])(?:{pattern.pattern})", pattern.flags)


def _first_characters(parsed) -> set[str] | None:
    """The characters a match of the parsed pattern can begin with, or None when any could."""
    from re import _constants as c  # the stdlib parser's opcodes, read only here

    if not parsed.data:
        return None
    op, value = parsed.data[0]
    if op is c.LITERAL:
        return {chr(value)}
    if op is c.IN:
        chars = set()
        for item_op, item in value:
            if item_op is c.LITERAL:
                chars.add(chr(item))
            else:
                return None  # a range, a category or a negation: too many to list
        return chars
    if op is c.SUBPATTERN:
        return _first_characters(value[-1])
    if op is c.BRANCH:
        chars = set()
        for branch in value[1]:
            found = _first_characters(branch)
            if found is None:
                return None
            chars |= found
        return chars
    if op in (c.ASSERT_NOT,) or (op is c.ASSERT and value[0] < 0):  # a lookbehind does not consume
        rest = type(parsed)(parsed.state, parsed.data[1:])
        return _first_characters(rest)
    return None
