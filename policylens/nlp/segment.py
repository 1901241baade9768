"""Policy-aware segmentation: jieba with the product's dictionary; quoted terms and number slogans kept whole."""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import logging
import os
import pickle
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import accumulate, repeat
from pathlib import Path
from typing import NamedTuple

from policylens.io.normalize import GLOSS, without_glosses
from policylens.nlp.gazetteer import county_short_names, place_names
from policylens.resources import data_path, data_words, user_data_dir, write_atomically
from policylens.textutil import Memo

_LOCK = threading.Lock()
_STATE: dict[str, object] = {}

# “百千万工程” “1+6” and 1+3+5: one token each (quotes of at most 16 characters without clause punctuation)
QUOTED = re.compile(r"“(?P<quoted>[^“”\n，。；！？：]{1,16})”")
SLOGAN = re.compile(r"(?<![\d.+])(?P<slogan>\d+(?:\+\d+)+)(?![\d.+])")


def protected_matches(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The quoted terms and number slogans of ``text[start:end]`` in order, none inside another (a slogan in
    quotes, “1+6”, is the quote's): what ``QUOTED|SLOGAN`` would find, read without trying either at every
    character. A quote opens with its mark; a slogan's digits end at its first plus sign."""
    end = len(text) if end is None else end
    quotes = list(QUOTED.finditer(text, start, end))
    slogans = []
    reached = start
    plus = text.find("+", start, end)
    while plus >= 0:
        first = plus
        while first > start and text[first - 1].isdecimal():  # ``\d``: the decimal digits of any script
            first -= 1
        if first < plus and first >= reached and (match := SLOGAN.match(text, first, end)):
            slogans.append(match)
            reached = match.end()
        plus = text.find("+", max(plus + 1, reached), end)
    if not slogans:
        return quotes
    starts = [m.start() for m in quotes]  # the quotes are in order and none inside another
    outside = [m for m in slogans if not _in_quote(quotes, starts, m.start())]
    return sorted((*quotes, *outside), key=lambda m: m.start())


def _in_quote(quotes: list[re.Match[str]], starts: list[int], position: int) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < quotes[index].end()


class Token(NamedTuple):
    text: str
    start: int
    end: int
    tag: str
    protected: bool = False


def cache_dir() -> Path:
    """jieba's model cache, in a directory the application owns (not the shared temp dir)."""
    path = Path(os.environ.get("POLICYLENS_CACHE_DIR") or user_data_dir() / "cache")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Segmenter:
    """The product's own segmenter: jieba's dictionary plus the domain dictionary, never the global ``jieba.dt``.

    The backend is rjieba (jieba's algorithm and dictionary in Rust: identical cuts, about 10x faster) when it
    is installed, else a separate ``jieba.Tokenizer``; ``POLICYLENS_SEGMENTER=jieba`` forces the latter.
    """

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self.tags, self.freq = _jieba_dictionary()
        additions = [(w, f, t) for w, f, t in _domain_words() if not self.freq.get(w)]
        if backend == "rjieba":
            import rjieba  # the chosen backend only: the other may not be installed, and jieba is slow to import

            self._engine = rjieba.Jieba()
            for word, freq, tag in additions:
                self._engine.add_word(word, freq, tag)
            self._cut = lambda text: self._engine.cut(text, False)
        else:
            import jieba  # see above

            jieba.setLogLevel(logging.WARNING)
            self._engine = jieba.Tokenizer()
            try:
                self._engine.tmp_dir = str(cache_dir())
            except OSError:
                self._engine.tmp_dir = None
            self._engine.initialize()
            for word, freq, tag in additions:
                self._engine.add_word(word, freq, tag)
            self._cut = lambda text: self._engine.lcut(text, HMM=False)
        for word, freq, tag in additions:
            self.tags[word] = tag
            self.freq[word] = freq
        self.recent_tags = RecentTags(self.tags)

    def cut(self, text: str) -> list[str]:
        return self._cut(text)


class RecentTags(Memo):
    """The tags of the words met lately, read as ``recent[word]`` (``"x"`` for a word the dictionary lacks).

    The dictionary's 350,000 words are slow to probe one by one (the lookups miss the CPU cache), and a report's
    words are mostly those of the reports before it: a small table of them answers most lookups.
    """

    __slots__ = ()

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__(lambda word: table.get(word, "x"), limit=_RECENT_WORDS)


_RECENT_WORDS = 1 << 16  # words: a report has about 4,000 distinct ones, a library of them tens of thousands


def tokenizer() -> Segmenter:
    """The product's segmenter, built once per process (thread-safe)."""
    if "segmenter" in _STATE:
        return _STATE["segmenter"]  # type: ignore[return-value]
    with _LOCK:
        if "segmenter" not in _STATE:
            wanted = os.environ.get("POLICYLENS_SEGMENTER", "auto")
            backend = "jieba" if wanted == "jieba" or importlib.util.find_spec("rjieba") is None else "rjieba"
            _STATE["segmenter"] = Segmenter(backend)
            # The dictionaries are a few hundred thousand objects that live as long as the process; moving them
            # out of the collector's reach keeps every full collection during a parse from walking them again.
            gc.freeze()
    return _STATE["segmenter"]  # type: ignore[return-value]


def word_tags() -> dict[str, str]:
    """POS tag of each dictionary word (jieba's own tags plus the domain dictionary's)."""
    return tokenizer().tags


def dictionary_word_at(text: str, position: int, tags: dict[str, str]) -> tuple[str, str | None]:
    """The longest dictionary word (two to four characters) at ``position`` and its part of speech."""
    for length in range(min(4, len(text) - position), 1, -1):
        piece = text[position:position + length]
        if piece in tags:
            return piece, tags[piece]
    return "", None


def word_frequency(word: str) -> int:
    """The word's frequency in the dictionary (0 when unknown)."""
    return tokenizer().freq.get(word, 0)


def _jieba_dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """Tags and frequencies of jieba's main dictionary, read from the file jieba ships.

    Parsing 350,000 lines takes most of a second, so the result is cached (a pickle, loaded about 3x faster
    than marshal here) in the application's own cache directory, keyed by the dictionary file's size and time.
    """
    source = Path(str(resources.files("jieba") / "dict.txt"))
    stat = source.stat()
    cached = None
    try:
        cached = cache_dir() / f"policylens-dict-{stat.st_size}-{int(stat.st_mtime)}.pickle"
        if cached.is_file():
            with cached.open("rb") as handle:
                tags, freq = pickle.load(handle)
            return tags, freq
    except (OSError, ValueError, EOFError, TypeError, pickle.UnpicklingError):
        pass
    tags: dict[str, str] = {}
    freq: dict[str, int] = {}
    with source.open("r", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                if len(parts) >= 3:
                    tags[parts[0]] = parts[2]
    if cached is not None:
        with contextlib.suppress(OSError):
            write_atomically(cached, pickle.dumps((tags, freq), protocol=pickle.HIGHEST_PROTOCOL))
    return tags, freq


@cache
def domain_vocabulary() -> frozenset[str]:
    """The words PolicyLens adds to the general dictionary (policy terms, place names)."""
    return frozenset(word for word, _, _ in _domain_words())


def _domain_words() -> list[tuple[str, int, str]]:
    words: list[tuple[str, int, str]] = []
    for line in data_path("policy_dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 300
        words.append((parts[0], freq, parts[2] if len(parts) > 2 else "n"))
    words += [(name, 300, "ns") for name in sorted(place_names() | county_short_names())]
    # the central bodies the product knows by name come out whole (自然资源部, not 自然资源|部)
    words += [(name, 300, "nt") for name in sorted(data_words("organizations.txt")) if len(name) >= 3]
    # the sectors the product types as industries come out of segmentation whole (卫星互联网, not 卫星|互联网)
    words += [(word, 300, "n") for word in sorted(industry_lexicon())]
    return words


@cache
def industry_lexicon() -> frozenset[str]:
    """The industry vocabulary (``industries.txt``): words of the segmenter, typed ``industry`` by the entity rules."""
    return frozenset(data_words("industries.txt"))


class Tokens(Sequence[Token]):
    """A text's tokens as parallel lists, built in C with no object per word (a report has ~10,000 words).

    ``tokens[i]`` and iteration make :class:`Token` values on demand; code that reads every token reads the lists
    (``texts``, ``starts``, ``ends``, ``tags``, ``protected``) instead.
    """

    __slots__ = ("ends", "protected", "starts", "tags", "texts")

    def __init__(self, texts: list[str] | None = None, starts: list[int] | None = None, ends: list[int] | None = None,
                 tags: list[str] | None = None, protected: list[bool] | None = None) -> None:
        self.texts = texts if texts is not None else []
        self.starts = starts if starts is not None else []
        self.ends = ends if ends is not None else []
        self.tags = tags if tags is not None else []
        self.protected = protected if protected is not None else [False] * len(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return list(map(_new_token, repeat(Token), zip(self.texts[index], self.starts[index], self.ends[index],
                                                            self.tags[index], self.protected[index], strict=True)))
        return _new_token(Token, (self.texts[index], self.starts[index], self.ends[index], self.tags[index],
                                  self.protected[index]))

    def __iter__(self) -> Iterator[Token]:
        return map(_new_token, repeat(Token), zip(self.texts, self.starts, self.ends, self.tags, self.protected,
                                                       strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (self.texts, self.starts, self.ends, self.tags, self.protected) == (
                other.texts, other.starts, other.ends, other.tags, other.protected)
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"

    def append(self, token: Token) -> None:
        self.texts.append(token.text)
        self.starts.append(token.start)
        self.ends.append(token.end)
        self.tags.append(token.tag)
        self.protected.append(token.protected)

    def index_at(self, offset: int) -> int | None:
        """The index of the token that starts at ``offset``, if one does (by bisection)."""
        index = bisect_left(self.starts, offset)
        return index if index < len(self.starts) and self.starts[index] == offset else None

    def span(self, start: int, end: int) -> list[Token]:
        """Tokens wholly inside ``[start, end)``."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end, lo=first)
        return self[first:max(first, last)]


_new_token = tuple.__new__


def tokens(text: str, *, start: int = 0, end: int | None = None) -> Tokens:
    """Tokens of ``text[start:end]`` with offsets into ``text``; protected spans come out whole.

    Splitting around the protected spans happens per call: nothing is added to any dictionary, so the
    result never depends on what was segmented before.
    """
    end = len(text) if end is None else end
    instance = tokenizer()
    tags = instance.recent_tags
    result = Tokens()
    position = start
    for match in protected_matches(text, start, end):
        if match.start() > position:
            _cut(instance, tags, text, position, match.start(), result)
        if match.re is QUOTED:
            result.append(Token(without_glosses(match["quoted"]), match.start("quoted"), match.end("quoted"), "nz",
                                True))
        else:
            result.append(Token(match["slogan"], match.start(), match.end(), "nz", True))
        position = match.end()
    if position < end:
        _cut(instance, tags, text, position, end, result)
    return result


def _cut(instance: Segmenter, tags: RecentTags, text: str, start: int, end: int, out: Tokens) -> None:
    """Append the words of ``text[start:end]`` to ``out`` (whitespace dropped)."""
    piece = text[start:end]
    if GLOSS in piece:
        for token in _cut_over_glosses(instance, tags, piece, start):
            out.append(token)
        return
    words = instance.cut(piece)
    ends = list(accumulate(map(len, words), initial=start))
    starts = ends[:-1]
    del ends[0]
    if _SPACE.search(piece):
        # jieba cuts whitespace into words of its own (a space, a newline, \r\n), which are dropped
        spaces = {bisect_right(starts, start + match.start()) - 1 for match in _SPACE.finditer(piece)}
        for index in sorted(spaces, reverse=True):
            if words[index].isspace():
                del words[index], starts[index], ends[index]
    out.texts += words
    out.starts += starts
    out.ends += ends
    out.tags += map(tags.__getitem__, words)
    out.protected += repeat(False, len(words))


_SPACE = re.compile(r"\s")


def _cut_over_glosses(instance: Segmenter, tags: RecentTags, piece: str, offset: int) -> list[Token]:
    """Cut the text with its gloss stand-ins taken out (經濟 stays one word); offsets still count them."""
    kept = [index for index, char in enumerate(piece) if char != GLOSS]
    compact = "".join(piece[index] for index in kept)
    out = []
    position = 0
    for word in instance.cut(compact):
        length = len(word)
        if not word.isspace():
            out.append(Token(word, offset + kept[position], offset + kept[position + length - 1] + 1,
                             tags[word]))
        position += length
    return out


def lcut(text: str) -> list[str]:
    """Words of ``text`` (protected spans whole), like ``jieba.lcut`` but with the product's dictionary."""
    return tokens(text).texts


def report_tokens(report) -> Tokens:
    """The tokens of a report's analysis text: the ones the pipeline kept, else segmented once and kept."""
    if report.tokens is None:
        report.tokens = tokens(report.analysis)
    return report.tokens
