"""Comparison maths on small hand-made reports where the answer is known."""

from __future__ import annotations

import pytest

from policylens import parse_text
from policylens.views.compare import (
    content_words,
    entity_overlap,
    log_odds,
    new_tasks,
    similarity,
    task_similarity,
    theme_shares,
)

A = ("5月8日，某区召开上半年经济工作会议。\n"
     "要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，壮大新能源汽车产业，推动广州合作。\n"
     "要聚焦民生保障，增进人民福祉。办好十件民生实事，稳定就业岗位。")
B = ("11月8日，某区召开下半年经济工作会议。\n"
     "要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，培育低空经济产业，推动深圳合作。\n"
     "要聚焦生态环境，建设美丽城区。打好水污染治理攻坚战，推进河湖生态修复。")


@pytest.fixture(scope="module")
def reports():
    return parse_text(A), parse_text(B)


def test_log_odds_direction_and_shrinkage():
    a = {"改革": 50, "民生": 50, "低空经济": 1}
    b = {"改革": 50, "民生": 10, "低空经济": 40}
    table = log_odds(a, b).set_index("word")
    assert table.loc["低空经济", "z"] > 2  # rose strongly
    assert table.loc["民生", "z"] < -2  # fell
    assert abs(table.loc["改革", "z"]) < table.loc["低空经济", "z"]
    rare = log_odds({"甲": 100, "乙": 0}, {"甲": 100, "乙": 1}).set_index("word")
    assert abs(rare.loc["乙", "z"]) < 1.5, "one occurrence is not a trend"


def test_log_odds_is_antisymmetric():
    a, b = {"甲": 30, "乙": 5, "丙": 12}, {"甲": 10, "乙": 25, "丙": 12}
    forward = log_odds(a, b).set_index("word")["z"]
    backward = log_odds(b, a).set_index("word")["z"]
    for word in a:
        assert forward[word] == pytest.approx(-backward[word])


def test_theme_shares_sum_to_one(reports):
    for report in reports:
        shares = theme_shares(report)
        assert sum(shares.values()) == pytest.approx(1.0)
    assert "生态环境" in theme_shares(reports[1]) and "生态环境" not in theme_shares(reports[0])


def test_entities_shared_and_unique(reports):
    overlap = entity_overlap(*reports)
    assert "广州" in overlap["only_a"]
    assert "深圳" in overlap["only_b"]
    assert any(name.endswith("智能制造产业园") for name in overlap["shared"])


def test_new_tasks_are_those_without_a_close_match(reports):
    fresh = [t["task"] for t in new_tasks(*reports)]
    assert "培育低空经济产业" in fresh
    assert "打好水污染治理攻坚战" in fresh
    assert "加快推进智能制造产业园建设" not in fresh


@pytest.mark.parametrize(("a", "b", "expected"), [("推进改革", "推进改革", 1.0), ("推进改革", "深化开放", 0.0),
                                                  ("推进改革。", "推进改革", 1.0)])
def test_similarity(a, b, expected):
    assert similarity(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(("a", "b"), [
    ("加快发展新能源汽车产业", "大力发展新能源汽车"),
    ("推进城市更新行动", "高质量推进城市更新"),
    ("完善养老服务网络", "推进县镇村养老服务网络建设"),
])
def test_a_reworded_task_has_a_counterpart(a, b):
    assert task_similarity(content_words(a), content_words(b)) >= 0.5


@pytest.mark.parametrize(("a", "b"), [
    ("加强基础研究", "完善养老服务体系"),
    ("推进城市更新行动", "推进农业农村现代化"),  # sharing only 推进 is no counterpart
    ("优化金融生态环境", "深化生态环境分区管控"),
])
def test_tasks_about_different_things_have_none(a, b):
    assert task_similarity(content_words(a), content_words(b)) < 0.5


def test_a_lower_threshold_calls_fewer_tasks_new(reports):
    strict, lenient = new_tasks(*reports, threshold=0.9), new_tasks(*reports, threshold=0.1)
    assert len(lenient) <= len(strict)
    assert {t["task"] for t in lenient} <= {t["task"] for t in strict}
