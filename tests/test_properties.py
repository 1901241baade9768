"""Properties of parse_text: never raises, never warns of a failed stage, offsets slice back, deterministic,
Traditional script handled. ``POLICYLENS_FUZZ_SCALE=5`` runs five times the examples (benchmarks/bench_fuzz.py)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens import parse_text
from policylens.pipeline import failed_stages

REPORT_ALPHABET = st.sampled_from(
    [*"要聚焦推进改革，。；、：“”（）()一二三四五六七八九十是第年月日在会议上召开强调指出图为附件名词解释1234567890.\n 　",
     "各位代表：", "市长 ", "2026年1月26日在", "（一）", "一、", "【字号：", "】", "来源：", "时间：2026-01-02", "\r\n"]
)
report_like = st.lists(REPORT_ALPHABET, max_size=200).map("".join)
SCALE = int(os.environ.get("POLICYLENS_FUZZ_SCALE", "1"))
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def examples(count: int) -> settings:
    return settings(FUZZ, max_examples=count * SCALE)


def _real_lines() -> list[str]:
    from conftest import CORPUS_FILES, FIXTURES, GENRE_FILES

    lines = []
    for path in [FIXTURES / "seed.txt", CORPUS_FILES[0], *GENRE_FILES[::4]]:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:60]
    return lines


REAL_LINES = _real_lines()
MARKERS = ["一要", "二是", "（一）", "一、", "1.", "(1)", "①", "■", "第一，", "首先，", "要聚焦", "同志们：", "各位代表：",
           "\u200b", "\r", "\u3000", "<b>", "“", "”", "。", "；", "5%左右", "２０２６年", "百分之五"]


@st.composite
def mutated_report(draw) -> str:
    """Real report lines, sampled, cut, spliced and sprinkled with list markers, invisible characters and
    punctuation: text shaped like a report that no one wrote."""
    lines = draw(st.lists(st.sampled_from(REAL_LINES), min_size=1, max_size=25))
    out = []
    for line in lines:
        action = draw(st.sampled_from(["keep", "cut", "mark", "drop_span", "join"]))
        if action == "cut" and len(line) > 2:
            line = line[:draw(st.integers(1, len(line) - 1))]
        elif action == "mark":
            at = draw(st.integers(0, len(line)))
            line = line[:at] + draw(st.sampled_from(MARKERS)) + line[at:]
        elif action == "drop_span" and len(line) > 4:
            start = draw(st.integers(0, len(line) - 2))
            line = line[:start] + line[start + draw(st.integers(1, len(line) - start - 1)):]
        elif action == "join" and out:
            out[-1] += line
            continue
        out.append(line)
    return "\n".join(out)


def spans(report):
    yield report.meeting, None
    for section in report.walk_sections():
        yield section.title, (section.title_start, section.title_end)
        assert 0 <= section.start <= section.title_start <= section.title_end <= section.end <= len(report.text)
    for area in report.focus_areas + report.requirements:
        yield area.title, (area.title_start, area.title_start + len(area.title))
        assert 0 <= area.start <= area.end <= len(report.text)
        for task in area.tasks:
            yield task.text, (task.start, task.end)
    for caption in report.captions:
        yield caption.text, (caption.start, caption.end)


def assert_offsets_slice_back(report):
    for value, span in spans(report):
        if span is not None:
            assert report.text[span[0]:span[1]] == value


@examples(500)
@given(st.text())
def test_never_raises_on_any_unicode(text):
    report = parse_text(text)
    assert report.text == text
    assert failed_stages(report) == []
    assert_offsets_slice_back(report)


@examples(500)
@given(report_like)
def test_report_like_text_parses_with_exact_offsets(text):
    report = parse_text(text)
    assert failed_stages(report) == []
    assert_offsets_slice_back(report)
    assert parse_text(text).to_dict() == report.to_dict()


@examples(1000)
@given(mutated_report())
def test_mutated_report_lines_parse_with_exact_offsets(text):
    report = parse_text(text)
    assert failed_stages(report) == []
    assert_offsets_slice_back(report)
    for entity in report.entities:
        assert all(0 <= m.start < m.end <= len(text) for m in entity.mentions)
    for target in report.targets:
        assert text[target.start:target.end] == target.text


def test_empty_text_gives_an_empty_report():
    report = parse_text("")
    assert report.focus_areas == [] and report.sections == [] and report.text == ""


def test_offsets_on_the_real_reports(seed_report, corpus_reports):
    for report in [seed_report, *corpus_reports.values()]:
        assert_offsets_slice_back(report)


def test_deterministic_whatever_was_parsed_before_and_in_threads(seed_text):
    from conftest import CORPUS_FILES

    other = CORPUS_FILES[0].read_text(encoding="utf-8")
    first = parse_text(seed_text).to_dict()
    parse_text(other)
    assert parse_text(seed_text).to_dict() == first
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: parse_text(t).to_dict(), [seed_text, other] * 4))
    assert all(r == first for r in results[::2])


def test_traditional_script_is_analysed_as_simplified_with_original_offsets(seed_text, seed_report):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(seed_text)
    assert len(traditional) == len(seed_text)
    report = parse_text(traditional)
    assert len(report.focus_areas) == len(seed_report.focus_areas) == 5
    assert [len(a.tasks) for a in report.focus_areas] == [len(a.tasks) for a in seed_report.focus_areas]
    assert report.focus_areas[0].title == opencc.OpenCC("s2t").convert("全面深化改革")
    assert report.meeting.speaker == "陳文鋒"
    assert_offsets_slice_back(report)
