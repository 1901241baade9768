"""Properties of parse_text: never raises, offsets slice back, deterministic, Traditional script handled."""

from __future__ import annotations

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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_any_unicode(text):
    report = parse_text(text)
    assert report.text == text
    assert failed_stages(report) == []
    assert_offsets_slice_back(report)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_like)
def test_report_like_text_parses_with_exact_offsets(text):
    report = parse_text(text)
    assert failed_stages(report) == []
    assert_offsets_slice_back(report)
    assert parse_text(text).to_dict() == report.to_dict()


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
