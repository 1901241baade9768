"""The analysis text: same length as the original, one width, Simplified; the fast path equals ``str.translate``."""

from __future__ import annotations

import pytest

from policylens.io.normalize import _traditional_map, _width_characters, _width_table, analysis_text, traditional_share

WIDTH_SAMPLES = [
    "增长５．５％左右，ＧＤＰ突破１０万亿元",  # full-width digits, letters, point and percent
    "人工智能＋行动(试点);推进:改革!",  # half-width clause punctuation becomes full-width
    "\u3000\u3000一是\t加快\xa0建设\u200b",  # the spaces of copied pages
    "“十二五〞规划，〝双减〞政策",  # double primes typed for quotation marks
    "没有要换的字符",
    "",
]


@pytest.mark.parametrize("text", WIDTH_SAMPLES)
def test_width_is_normalised_as_translate_would(text):
    assert analysis_text(text) == text.translate(_width_table())
    assert len(analysis_text(text)) == len(text)


def _share_by_counting(text: str) -> float:
    hanzi = [char for char in text if "\u4e00" <= char <= "\u9fff"]
    return sum(ord(char) in _traditional_map() for char in text) / len(hanzi) if hanzi else 0.0


_ASTRAL_TRADITIONAL = next(chr(code) for code in sorted(_traditional_map()) if code > 0xFFFF)


@pytest.mark.parametrize(
    "text",
    ["經濟發展", "经济发展", "經濟发展，ABC 123", "", "abc", f"經濟{_ASTRAL_TRADITIONAL}发展", _ASTRAL_TRADITIONAL,
     "\U0001F600经济", "臺灣省政府工作報告"],
)
def test_traditional_share_is_the_share_of_characters_counted_one_by_one(text):
    assert traditional_share(text) == _share_by_counting(text)


def test_the_width_pattern_covers_exactly_the_table():
    every = "".join(map(chr, _width_table()))
    assert "".join(_width_characters().findall(every)) == every
    assert _width_characters().search("经济社会发展，。") is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("纵深推进“三大行动〔1〕”，加快建设“五大瑶海〔2〕”", "纵深推进“三大行动”，加快建设“五大瑶海”"),
        ("聚焦“1336”发展战略〔1〕。", "聚焦“1336”发展战略。"),
        ("蔡政办〔2026〕1号", "蔡政办〔2026〕1号"),  # a file number stays
        ("經(jīng)濟", "經濟"),
    ],
)
def test_footnote_references_and_glosses_are_set_aside(text, shown):
    from policylens.io.normalize import without_gloss_marks, without_glosses

    analysis = analysis_text(text)
    assert len(analysis) == len(text)
    assert without_gloss_marks(text) == shown  # as a name is shown
    assert without_glosses(analysis) == analysis_text(shown)  # as the rules read it


def test_double_primes_read_as_quotation_marks():
    assert analysis_text("“十二五〞规划，〝双减〞政策") == "“十二五”规划，“双减”政策"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("落实全会”项目攻坚年”部署，开展”十百千万”大会战。", "落实全会“项目攻坚年”部署，开展“十百千万”大会战。"),
        ("他说：“好”。另一行”三”个", "他说：“好”。另一行”三”个"),  # a line with opening marks is left as written
        ("只有一个”", "只有一个”"),  # one mark alone pairs with nothing
    ],
)
def test_a_line_quoted_with_closing_marks_only_pairs_them(text, read):
    assert analysis_text(text) == read


@pytest.mark.parametrize(
    ("written", "plain", "found", "span"),
    [
        ("推進(jìn)六穩(wěn)工作", "推进六稳工作", "六稳", (7, 14)),  # a name ends after its last character's gloss
        ("召開(kāi)會議", "召开会议", "会议", (7, 9)),
        ("没有注音", "没有注音", "注音", (2, 4)),
    ],
)
def test_gloss_free_text_and_the_way_back(written, plain, found, span):
    from policylens.io.normalize import GlossFree

    text = GlossFree.of(analysis_text(written))
    assert text.text == plain
    at = plain.index(found)
    assert (text.start(at), text.end(at + len(found))) == span
    assert text.plain(span[0]) == at
