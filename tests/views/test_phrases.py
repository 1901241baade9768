"""The phrase tracker's parsing of typed phrases and its summary."""

from __future__ import annotations

import pandas as pd
import pytest

from policylens.views.phrases import parse_phrases, phrase_summary


@pytest.mark.parametrize(
    ("typed", "extra", "expected"),
    [
        ("人工智能+ / 人工智能＋\n低空经济", None, {"人工智能+": ["人工智能＋"], "低空经济": []}),
        ("反内卷／内卷式竞争｜“反内卷”", None, {"反内卷": ["内卷式竞争", "“反内卷”"]}),
        ("\n  \n新质生产力\n新质生产力 / 重复", ["冰雪经济"], {"新质生产力": [], "冰雪经济": []}),
        ("", None, {}),
    ],
)
def test_parse_phrases(typed, extra, expected):
    assert parse_phrases(typed, extra=extra) == expected


def test_phrase_summary_first_and_latest_by_report_date():
    found = pd.DataFrame([("a", "x", 2, 1.0, 5), ("b", "x", 0, 0.0, None), ("c", "x", 1, 0.5, 9)],
                         columns=["report_id", "phrase", "mentions", "per_10k", "first"])
    reports = pd.DataFrame({"id": ["a", "b", "c"], "date": ["2025-01-20", "2024-01-01", "2026-01-25"]})
    row = phrase_summary(found, reports).iloc[0]
    assert (row["reports"], row["mentions"], row["first"], row["latest"]) == (2, 3, "2025-01-20", "2026-01-25")
