"""Pinyin glosses (經(jīng)濟) inserted by a converting site change nothing the structure stages read."""

from __future__ import annotations

import re

import pytest

from policylens import parse_text
from tests.conftest import CORPUS_FILES, GENRE_FILES

# the characters such sites gloss most, with their readings
_READINGS = {"會": "huì", "議": "yì", "強": "qiáng", "調": "diào", "發": "fā", "展": "zhǎn", "經": "jīng", "濟": "jì",
             "項": "xiàng", "設": "shè", "導": "dǎo", "問": "wèn", "區": "qū", "長": "zhǎng", "開": "kāi", "實": "shí",
             "現": "xiàn", "進": "jìn", "務": "wù", "們": "men", "點": "diǎn", "黨": "dǎng", "記": "jì", "書": "shū",
             "縣": "xiàn", "鎮": "zhèn", "產": "chǎn", "業": "yè", "時": "shí", "領": "lǐng", "讓": "ràng"}
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _glossed(text: str) -> str:
    return "".join(char + (f"({_READINGS[char]})" if char in _READINGS else "") for char in text)


def _structure(text: str) -> tuple:
    report = parse_text(text)
    plain = lambda value: _GLOSS.sub("", value) if value else value  # noqa: E731
    return ([plain(a.title) for a in report.focus_areas], [plain(a.title) for a in report.requirements],
            plain(report.meeting.speaker), report.meeting.date)


@pytest.mark.parametrize("path", [p for p in GENRE_FILES if not _GLOSS.search(p.read_text(encoding="utf-8"))],
                         ids=lambda p: p.stem)  # the genre texts not glossed already
def test_a_glossed_text_reads_as_its_plain_form(path):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(path.read_text(encoding="utf-8"))
    assert _structure(_glossed(traditional)) == _structure(traditional)



@pytest.mark.parametrize("path", CORPUS_FILES[:4], ids=lambda p: p.stem)
def test_a_glossed_report_states_the_same_targets_as_written(path):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(path.read_text(encoding="utf-8"))
    plain, glossed = parse_text(traditional).targets, parse_text(_glossed(traditional)).targets
    figures = lambda targets: [(t.indicator, t.kind, t.year, t.low, t.high, t.qualifier) for t in targets]  # noqa: E731
    assert figures(glossed) == figures(plain) != []
    assert [_GLOSS.sub("", t.text) for t in glossed] == [t.text for t in plain]  # the figure as written, glosses in it
