"""Targets, results and outlooks: clauses written for the tests (ranges, qualifiers, Chinese numerals, traps)."""

from __future__ import annotations

import pytest

from policylens import parse_text
from policylens.structure.targets import read_clause

PLAN = "2026年工作安排\n今年经济社会发展的主要预期目标是：{clauses}。\n"


def _targets(clauses: str, *, date: str = "2026年1月20日"):
    text = f"{date}，某省第十四届人民代表大会第四次会议开幕。\n一、2025年工作回顾\n去年全省经济平稳运行。\n二、" + PLAN.format(
        clauses=clauses)
    return parse_text(text).targets


@pytest.mark.parametrize(
    ("clause", "indicator", "low", "high", "unit", "qualifier"),
    [
        ("地区生产总值增长5%左右", "gdp_growth", 5, 5, "%", "左右"),
        ("地区生产总值增长4.5%—5%", "gdp_growth", 4.5, 5, "%", ""),
        ("全省生产总值增长5%-5.5%", "gdp_growth", 5, 5.5, "%", ""),
        ("经济增长4.5%至5%", "gdp_growth", 4.5, 5, "%", ""),
        ("全市生产总值增长百分之五左右", "gdp_growth", 5, 5, "%", "左右"),
        ("地区生产总值增长5.5％以上", "gdp_growth", 5.5, 5.5, "%", "以上"),
        ("城镇调查失业率控制在5.5%以内", "unemployment_rate", 5.5, 5.5, "%", "以内"),
        ("城镇新增就业不少于五十万人", "new_urban_jobs", 50, 50, "万人", "不少于"),
        ("城镇新增就业110万人以上", "new_urban_jobs", 110, 110, "万人", "以上"),
        ("居民消费价格涨幅2%左右", "cpi", 2, 2, "%", "左右"),
        ("粮食产量稳定在730亿斤以上", "grain_output", 730, 730, "亿斤", "以上"),
        ("规上工业增加值增长6%", "industrial_value_added_growth", 6, 6, "%", ""),
        ("规模工业增加值增长6.5%以上", "industrial_value_added_growth", 6.5, 6.5, "%", "以上"),
        ("全社会研发投入强度达到3.5%", "rd_intensity", 3.5, 3.5, "%", ""),
        ("居民收入增长和经济增长同步", "income_growth", None, None, None, "同步"),
        ("居民人均可支配收入增长与经济增长保持基本同步", "income_growth", None, None, None, "基本同步"),
        ("细颗粒物年均浓度控制在30微克/立方米左右", "other", 30, 30, "微克/立方米", "左右"),
        # the national report's words, and the words of Taiwan and Hong Kong for the GDP and the CPI
        ("国内生产总值增长5.5%左右", "gdp_growth", 5.5, 5.5, "%", "左右"),
        ("国内生产毛额增长 5%左右", "gdp_growth", 5, 5, "%", "左右"),
        ("消费者物价指数升幅 2% 左右", "cpi", 2, 2, "%", "左右"),
        ("城镇新增就业1,200万人以上", "new_urban_jobs", 1200, 1200, "万人", "以上"),  # thousands set apart
    ],
)
def test_a_target_clause(clause, indicator, low, high, unit, qualifier):
    found = [t for t in _targets(clause) if t.kind == "target"]
    assert len(found) == 1, found
    target = found[0]
    assert (target.indicator, target.low, target.high, target.unit, target.qualifier) == (
        indicator, low, high, unit, qualifier)
    assert target.year == 2026
    assert clause.startswith(target.text) or target.text in clause


@pytest.mark.parametrize(
    "clause",
    [
        "深入贯彻“两个确立”",  # numbers inside slogans
        "确保“十五五”良好开局",
        "推进“1+6”改革",
        "力争海洋生产总值增长6%左右",  # a sector's output is not the GDP
    ],
)
def test_not_a_headline_target(clause):
    assert not [t for t in _targets(clause) if t.indicator != "other"]


def test_results_and_outlooks_keep_their_kind():
    text = ("2026年1月20日，某省第十四届人民代表大会第四次会议开幕。\n"
            "一、2025年工作回顾\n"
            "过去一年，全省地区生产总值6.2万亿元，增长5.4%。城镇新增就业65万人。\n"
            "过去五年，地区生产总值年均增长5.6%，城镇新增就业累计320万人。\n"
            "二、“十五五”时期主要目标\n到2030年，全社会研发投入强度达到3%以上，地区生产总值年均增长5%左右。\n"
            "三、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")
    report = parse_text(text)
    by_kind = {(t.kind, t.indicator): t for t in report.targets}
    assert (by_kind[("result", "gdp_growth")].low, by_kind[("result", "gdp_growth")].year) == (5.4, 2025)
    assert by_kind[("result", "new_urban_jobs")].low == 65  # the five-year total (320) is not last year's result
    assert by_kind[("target", "gdp_growth")].low == 5
    assert by_kind[("outlook", "rd_intensity")].low == 3
    assert by_kind[("outlook", "gdp_growth")].year == 2030
    assert [t.low for t in report.targets if t.indicator == "gdp_growth" and t.kind == "target"] == [5]


def test_meeting_news_without_a_targets_paragraph():
    text = ("3月2日，某区召开一季度经济运行分析会。\n"
            "会议要求，要奋力实现全年地区生产总值增长6.5%以上，规上工业增加值增长7%左右。\n")
    found = {(t.indicator, t.low, t.qualifier) for t in parse_text(text).targets if t.kind == "target"}
    assert found == {("gdp_growth", 6.5, "以上"), ("industrial_value_added_growth", 7, "左右")}


@pytest.mark.parametrize(
    ("clause", "low", "high"),
    [("地区生产总值增长五点五%", 5.5, 5.5), ("城镇新增就业二十万人", 20, 20)],
)
def test_chinese_numerals(clause, low, high):
    text = f"{clause}以上"
    target = read_clause(text, (0, len(text)), kind="target", year=2026)
    assert target is not None and (target.low, target.high) == (low, high)


def test_a_sentence_is_read_no_further_than_its_reach():
    """A text without sentence ends is not one sentence: every clause would read all of it (quadratic time)."""
    from policylens.structure.targets import _SENTENCE_REACH, _sentence

    endless = "地区生产总值增长5%左右，" * 10_000
    sentence = _sentence(endless, len(endless) // 2)
    assert len(sentence) <= 2 * _SENTENCE_REACH
    assert _sentence("去年增长5%。今年增长6%左右。", 9) == "今年增长6%左右"


@pytest.mark.parametrize(
    "text",
    [
        # a plan published as a notice: no date held, the year named in the targets sentence
        "某省2025年国民经济和社会发展计划\n2024年，全省地区生产总值增长4.8%，地方一般公共预算收入增长2.6%。\n"
        "2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长4.5%。\n",
        # a city's plan part: the year the text says it is in
        "2025年工作安排\n2025年是“十四五”规划收官之年。\n经济社会发展主要预期目标是：地区生产总值增长5.5%左右，"
        "固定资产投资增长4.5%。\n",
    ],
)
def test_a_plan_with_no_date_takes_the_year_it_names(text):
    targets = {(t.indicator, t.kind): t for t in parse_text(text).targets}
    assert targets[("gdp_growth", "target")].year == 2025
    assert targets[("fixed_asset_investment_growth", "target")].year == 2025
    if "2024年，" in text:  # a paragraph about the year before, in no review section, holds last year's results
        assert (targets[("gdp_growth", "result")].low, targets[("gdp_growth", "result")].year) == (4.8, 2024)


def test_a_news_item_on_this_years_targets_takes_its_publication_year():
    text = ("政府工作报告提出今年增长5.5%左右\n2022-03-05 09:33\n国务院总理代表国务院作政府工作报告。\n"
            "政府工作报告提出，今年发展的主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。\n")
    targets = {(t.indicator, t.kind): t for t in parse_text(text).targets}
    assert (targets[("gdp_growth", "target")].year, targets[("new_urban_jobs", "target")].year) == (2022, 2022)


def test_last_years_results_in_the_words_of_someone_reported():
    text = ("某省第十四届人民代表大会第五次会议1月27日开幕。\n省长王立新表示，2025年，全省地区生产总值增长5%，"
            "一般公共预算收入增长13.3%。\n报告显示，某省2026年经济社会发展主要预期目标是：地区生产总值增长5%左右。\n")
    targets = {(t.indicator, t.kind): t for t in parse_text(text).targets}
    assert (targets[("gdp_growth", "result")].low, targets[("gdp_growth", "result")].year) == (5, 2025)
    assert targets[("fiscal_revenue_growth", "result")].low == 13.3


def test_a_district_report_summarised_in_someones_words_holds_last_years_results():
    text = ("| 2026年政府工作报告 |\n2025年和“十四五”时期工作回顾\n王立新在政府工作报告中说，2025年是全力打好收官攻坚战的"
            "重要一年。预计全区地区生产总值同比增长5%左右；一般公共预算收入增长6.3%。\n")
    targets = {(t.indicator, t.kind): t for t in parse_text(text).targets}
    assert (targets[("gdp_growth", "result")].year, targets[("gdp_growth", "result")].qualifier) == (2025, "左右")
    assert ("gdp_growth", "target") not in targets


def test_the_first_year_of_a_plan_period_said_as_its_opening_and_starting_year():
    text = ("市长王立新在报告中说，今年是“十五五”开局起步之年。\n今年经济社会发展主要预期目标是：地区生产总值增长4.5%，"
            "城镇调查失业率5.5%左右。\n")
    assert {t.year for t in parse_text(text).targets} == {2026}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digest in bullets: last year's heading and its bullets, this year's heading and its bullets
        ("政府工作报告摘要与导读\n\n■ 2024年成绩单\n\n●预计全省地区生产总值增长6%左右\n\n●粮食总产达到557亿斤\n\n"
         "■ 2025年经济社会发展的主要预期目标\n\n●经济增长6%左右\n\n●城镇调查失业率5.5%左右，城镇新增就业70万人以上\n\n"
         "●居民消费价格涨幅2%左右\n",
         {("gdp_growth", "result", 2024, 6), ("gdp_growth", "target", 2025, 6), ("unemployment_rate", "target", 2025, 5.5),
          ("new_urban_jobs", "target", 2025, 70), ("cpi", "target", 2025, 2)}),
        # a news item's lead listing the targets with 、, the year in its title; a point below set off by a dash
        ("中新社北京3月5日电 题：“数”看2025年政府工作报告\n国内生产总值（GDP）增长5%左右、城镇新增就业1200万人以上、"
         "居民消费价格（CPI）涨幅2%左右、粮食产量1.4万亿斤左右……\n——5%左右的经济增速目标\n这一增速目标与去年持平。\n"
         "——城镇调查失业率5.5%左右，城镇新增就业1200万人以上\n",
         {("gdp_growth", "target", 2025, 5), ("new_urban_jobs", "target", 2025, 1200), ("cpi", "target", 2025, 2),
          ("grain_output", "target", 2025, 1.4), ("unemployment_rate", "target", 2025, 5.5)}),
        # last year said as 过去一年 before the plan's targets
        ("2025年03月07日 来源：某台\n过去一年，国内生产总值达到134.9万亿元，增长5%。城镇新增就业1256万人。居民消费价格上涨0.2%。\n"
         "2025年发展主要预期目标是：国内生产总值增长5%左右。\n",
         {("gdp_growth", "result", 2024, 5), ("new_urban_jobs", "result", 2024, 1256), ("cpi", "result", 2024, 0.2),
          ("gdp_growth", "target", 2025, 5)}),
    ],
    ids=["digest-in-bullets", "targets-listed-in-a-lead", "last-year-said-as-the-past-year"],
)
def test_targets_read_on_unseen_digests_and_news(text, expected):
    found = {(t.indicator, t.kind, t.year, t.low) for t in parse_text(text).targets}
    assert expected <= found, sorted(found, key=str)


def test_figures_of_one_indicator_listed_with_a_dunhao_stay_one_clause():
    text = "一、2025年工作回顾\n全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。\n二、2026年工作安排\n"
    results = {t.indicator: t.low for t in parse_text("2026年1月20日在某省人民代表大会上\n" + text).targets
               if t.kind == "result"}
    assert results.get("gdp_growth") == 4.8
