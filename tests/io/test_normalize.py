"""The analysis text: same length as the original, one width, Simplified; the fast path equals ``str.translate``."""

from __future__ import annotations

import pytest

from policylens.io.normalize import _width_characters, _width_table, analysis_text

WIDTH_SAMPLES = [
    "增长５．５％左右，ＧＤＰ突破１０万亿元",  # full-width digits, letters, point and percent
    "人工智能＋行动(试点);推进:改革!",  # half-width clause punctuation becomes full-width
    "\u3000\u3000一是\t加快\xa0建设\u200b",  # the spaces of copied pages
    "没有要换的字符",
    "",
]


@pytest.mark.parametrize("text", WIDTH_SAMPLES)
def test_width_is_normalised_as_translate_would(text):
    assert analysis_text(text) == text.translate(_width_table())
    assert len(analysis_text(text)) == len(text)


def test_the_width_pattern_covers_exactly_the_table():
    every = "".join(map(chr, _width_table()))
    assert "".join(_width_characters().findall(every)) == every
    assert _width_characters().search("经济社会发展，。") is None
