"""Length-preserving normalisation, so that offsets into the analysis text are offsets into the source."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）",
                 "\ufe54": "；", "\ufe50": "，", "\ufe51": "、", "\ufe52": "。", "\ufe55": "："}  # small forms: ﹔﹐
_SPACES = {"\u3000": " ", "\xa0": " ", "\t": " ", "\r": " ", "\u2002": " ", "\u2003": " ", "\u200b": " "}
_DIGIT_SEPARATOR = re.compile(r"[,:](?<=\d[,:])(?=\d)")  # the separator first: the scan looks at , and : only
# 經(jīng)濟: a pinyin reading in brackets right after a character, as some pages print for Traditional text; the
# syllable carries a tone mark, so (GDP) or (2024) are never taken for one. A footnote reference (“三大行动〔1〕”,
# 发展战略〔2〕) is set aside the same way: it marks the text, it is no part of it (〔2026〕1号 is a file number)
# (the bracket comes first and the lookbehind after it, so that the scan looks only at brackets: twice as fast)
_GLOSS = re.compile(r"[(（](?<=[\u3400-\u9fff][(（])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"
                    r"|〔(?<=[\u3400-\u9fff”」』]〔)\d{1,2}〕")
GLOSS = "\ue000"  # stands in the analysis text for each character of a gloss: same length, no letters
_ASCII_QUOTED = re.compile(r'"([^"\n]{1,30})"')  # "八八战略" protects a term as “八八战略” does
_SINGLE_QUOTED = re.compile(r"‘[^‘’“”\n，。；！？：,;:]{1,16}’")


@cache
def _width_table() -> dict[int, str]:
    table = {ord(k): v for k, v in {**_HALF_TO_FULL, **_SPACES}.items()}
    for code in range(0xFF10, 0xFF1A):  # full-width digits
        table[code] = chr(code - 0xFEE0)
    for code in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # full-width Latin letters
        table[code] = chr(code - 0xFEE0)
    table[ord("．")] = "."
    table[ord("％")] = "%"
    table[ord("＋")] = "+"  # 人工智能＋ is 人工智能+
    for corner, curly in zip("「」『』", "“”“”", strict=True):  # 「十五五」, as Hong Kong and Taiwan write quotes
        table[ord(corner)] = curly
    for prime, curly in zip("〝〞〟", "“””", strict=True):  # “十二五〞: double primes typed for quotation marks
        table[ord(prime)] = curly
    return table


@cache
def _width_characters() -> re.Pattern[str]:
    return _character_class(_width_table())


@cache
def _traditional_map() -> dict[int, str]:
    """One-to-one character map from Traditional to Simplified (OpenCC's TSCharacters, first candidate)."""
    table: dict[int, str] = {}
    try:
        source = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
        lines = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return table
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        key, value = parts[0], parts[1].split(" ")[0]
        if len(key) == 1 and len(value) == 1 and key != value:
            table[ord(key)] = value
    return table


def traditional_share(text: str) -> float:
    """Share of Han characters that only exist in Traditional script."""
    hanzi = sum(map(len, _HAN_RUN.findall(text)))  # counted in runs: a regex scan, no object per character
    if not hanzi:
        return 0.0
    traditional = len(_basic_traditional_characters().findall(text))
    if _ASTRAL.search(text):  # a few Traditional characters lie beyond the basic plane (rare in any text)
        table = _traditional_map()
        traditional += sum(1 for match in _ASTRAL.finditer(text) if ord(match.group()) in table)
    return traditional / hanzi


_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _basic_traditional_characters() -> re.Pattern[str]:
    """The Traditional characters of the basic plane as one class (the engine tests it with a bitmap; a class holding
    those beyond the plane too would be tested item by item at every position)."""
    return _character_class({code: value for code, value in _traditional_map().items() if code <= 0xFFFF})


def _character_class(table: dict[int, str]) -> re.Pattern[str]:
    """A pattern for the characters ``table`` maps (never matching when it is empty)."""
    if not table:
        return re.compile("(?!)")
    return re.compile(f"[{''.join(re.escape(chr(code)) for code in sorted(table))}]")


def _translate(text: str, table: dict[int, str], pattern: re.Pattern[str]) -> str:
    """``text.translate(table)``, done only where ``pattern`` (the table's characters) finds one: most reports have
    few such characters, and a regex scan is several times faster than translate's lookup per character."""
    return pattern.sub(lambda match: table[ord(match.group())], text)


def to_simplified(text: str, *, force: bool = False) -> str:
    """Map Traditional characters to Simplified one for one (same length).

    Only applied when the text is mostly Traditional (or ``force``), so that a Simplified report keeps
    characters such as 於 in a name.
    """
    if not force and traditional_share(text) < 0.02:
        return text
    return text.translate(_traditional_map())


def analysis_text(text: str) -> str:
    """The text the parser reads: Simplified, ASCII digits, full-width clause punctuation, plain spaces, and pinyin
    glosses (經(jīng)濟) blanked out with ``GLOSS`` characters that the segmenter steps over.

    ``len(analysis_text(t)) == len(t)`` for every ``t``, so every offset found in it is an offset in ``t``.
    """
    keep = [(m.start(), m.group()) for m in _DIGIT_SEPARATOR.finditer(text)]  # 1,000 and 07:41 stay
    glosses = [m.span() for m in _GLOSS.finditer(text)]
    quotes = [m.span() for m in _ASCII_QUOTED.finditer(text)] if '"' in text else []
    if "‘" in text:  # 锚定‘一心五区’: a term in the inner quotes of a title or a quotation is quoted all the same
        quotes += [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    if "”" in text:
        quotes += _closing_marks_as_pairs(text)
    normalised = _translate(to_simplified(text), _width_table(), _width_characters())
    if keep or glosses or quotes:
        chars = list(normalised)
        for position, char in keep:
            chars[position] = char
        for start, end in glosses:
            chars[start:end] = GLOSS * (end - start)
        for start, end in quotes:
            chars[start], chars[end - 1] = "“", "”"
        normalised = "".join(chars)
    return normalised


def _closing_marks_as_pairs(text: str) -> list[tuple[int, int]]:
    """落实全会”项目攻坚年”部署: a line that writes every quotation mark as ” (and none as “) pairs them in order."""
    pairs, start = [], 0
    for line in text.split("\n"):
        if "“" not in line and (count := line.count("”")) >= 2 and count % 2 == 0:
            marks = [start + i for i, char in enumerate(line) if char == "”"]
            pairs += [(marks[i], marks[i + 1] + 1) for i in range(0, count, 2)]
        start += len(line) + 1
    return pairs


def without_glosses(text: str) -> str:
    """An analysis string with the gloss stand-ins removed (for names and words read off it)."""
    return text.replace(GLOSS, "") if GLOSS in text else text


def without_gloss_marks(text: str) -> str:
    """Source text without its pinyin glosses (經(jīng)濟 → 經濟), for titles shown to people."""
    return _GLOSS.sub("", text)


@dataclass(frozen=True)
class GlossFree:
    """An analysis text with the glosses' stand-ins taken out (``text``), and the way back to the text as written:
    ``kept`` holds, for each of its characters, the offset in the analysis. Readers that match words (a speaker's
    post, a list's openers, an indicator's name) read ``text``; what they find is placed back with ``start`` and
    ``end``, an end after a character's gloss (六穩(wěn) is named with its gloss, as written)."""

    analysis: str
    text: str
    kept: tuple[int, ...]

    @classmethod
    def of(cls, analysis: str) -> GlossFree:
        kept = tuple(index for index, char in enumerate(analysis) if char != GLOSS)
        return cls(analysis, analysis.replace(GLOSS, ""), kept)

    def start(self, position: int) -> int:
        """The analysis offset of the character at ``position`` of ``text`` (its end when past the last)."""
        return self.kept[position] if position < len(self.kept) else len(self.analysis)

    def end(self, position: int) -> int:
        """The analysis offset an end at ``position`` of ``text`` stands for: after the character before it and
        after that character's gloss."""
        if position <= 0:
            return self.start(0)
        end = self.kept[position - 1] + 1
        while end < len(self.analysis) and self.analysis[end] == GLOSS:
            end += 1
        return end

    def kept_of(self, text: str) -> str:
        """The characters of ``text`` (a string aligned with the analysis: the original) at the offsets kept, which
        is the text as written without its glosses."""
        return "".join(text[index] for index in self.kept)

    def plain(self, offset: int) -> int:
        """The position in ``text`` of the analysis ``offset`` (the next kept character's, inside a gloss)."""
        return bisect_left(self.kept, offset)

    def plain_span(self, item, **others):
        """A copy of a record with ``start``/``end`` (and the ``others`` given) moved into ``text``; a ``text``
        field, when the record has one, loses its stand-ins (lines, sections)."""
        fields = {"start": self.plain(item.start), "end": self.plain(item.end), **others}
        if isinstance(getattr(item, "text", None), str):
            fields["text"] = item.text.replace(GLOSS, "")
        return replace(item, **fields)


def has_glosses(text: str) -> bool:
    """Whether ``text`` carries pinyin glosses (經(jīng)濟)."""
    return _GLOSS.search(text) is not None


WRAP_SLACK = 3  # a wrapped line may fall short of the width by a few half-width characters (digits, Latin)
SENTENCE_END = tuple("。！？；：…”」』!?;:")  # what a line that ends its sentence ends with
_ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]+[，、：章节部分]|"
    r"\d{1,2}[.、．](?!\d)|[●■◆▲•·◎○□★☆►▶—]|要聚焦|首先|其次|最后|同志们|各位代表)")


def wrap_width(text: str) -> int | None:
    """The width ``text`` was hard-wrapped at (a PDF's text layer, a fixed-width mail), or None: most long lines
    end within ``WRAP_SLACK`` characters of one length that almost none exceeds, and most of those end mid-sentence.
    Paragraphs as written vary freely in length, so they never look wrapped. Widths are counted in characters, else
    in columns (``display_width``: a page wraps lines of half-width digits and Latin later)."""
    found = _wrap(text)
    return found[0] if found else None


def _wrap(text: str) -> tuple[int, Callable[[str], int]] | None:
    """(width, how lines are measured) of a hard wrap, or None."""
    long_lines = [line.strip() for line in text.split("\n") if len(line.strip()) >= 16]
    if len(long_lines) < 6:
        return None
    for measure in (len, display_width):
        lengths = Counter(map(measure, long_lines))
        width = max(lengths, key=lambda w: (sum(lengths[n] for n in range(w - WRAP_SLACK, w + 1)), w))
        near = [line for line in long_lines if width - WRAP_SLACK <= measure(line) <= width]
        over = sum(count for length, count in lengths.items() if length > width)
        open_ended = sum(not line.endswith(SENTENCE_END) for line in near)
        if len(near) >= 0.5 * len(long_lines) and over <= 0.05 * len(long_lines) and open_ended >= 0.6 * len(near):
            return width, measure
    return None


def display_width(line: str) -> int:
    """A line's width on the page: a Han character is one column, a half-width one (digits, Latin, a space) half of
    one (元的辽宁三木、渼瑞石油等 12 个重大产业项目… fills the same width as a line of Han characters)."""
    half = sum(1 for char in line if char < "\u2000")
    return len(line) - half // 2


def reflow_hard_wraps(text: str) -> str:
    """``text`` with the line breaks of a hard wrap taken out, paragraphs kept: a line that fills the wrap width
    runs on into the next unless that one opens a paragraph (indented, when the text indents its paragraphs), a
    list item or a heading; without indentation, a full line that ends a sentence is taken as a paragraph's end.
    Text that was not wrapped comes back unchanged. Nothing is inserted: a space the wrap left stays."""
    found = _wrap(text)
    if found is None:
        return text
    width, measure = found
    lines = text.split("\n")
    indents = sum(1 for line in lines if line[:1] in ("\u3000", " ", "\t") and line.strip())
    indented_paragraphs = indents >= 3
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1].strip()
        opens = (not line.strip() or _ITEM_START.match(line) is not None
                 or (indented_paragraphs and line[:1] in ("\u3000", " ", "\t")))
        ends = previous.endswith(SENTENCE_END) and not indented_paragraphs
        if previous and measure(previous) >= width - WRAP_SLACK and not opens and not ends:
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)
