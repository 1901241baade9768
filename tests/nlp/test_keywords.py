"""Keywords: policy terms over filler, offsets that point at the word, per area and theme, TextRank."""

from __future__ import annotations

import itertools

import pytest

from policylens import parse_text
from policylens.model import Entity, Mention
from policylens.nlp.keywords import (
    area_keywords,
    idf_from_documents,
    keyword_units,
    own_government,
    own_region_names,
    theme_keywords,
)
from policylens.nlp.segment import tokens
from policylens.nlp.textrank import report_textrank, textrank


def test_keyword_offsets_point_at_the_word(seed_report):
    for row in seed_report.keywords:
        for offset in row.offsets:
            assert seed_report.text.startswith(row.word, offset) or row.word in seed_report.text[offset:offset + 40]


def test_policy_terms_outrank_filler(seed_report):
    visible = [k.word for k in seed_report.keywords if not k.boilerplate][:40]
    for term in ("深中一体化", "百千万工程", "民众街道"):
        assert term in visible
    for filler in ("发展", "建设", "推进", "工作"):
        assert filler not in visible


@pytest.mark.parametrize("word", ["发展", "建设", "高质量发展", "全区"])
def test_boilerplate_is_flagged_not_dropped(seed_report, word):
    row = next(k for k in seed_report.keywords if k.word == word)
    assert row.boilerplate is True


def test_keywords_of_one_focus_area(seed_report):
    area = seed_report.focus_areas[3]
    words = [k.word for k in area_keywords(seed_report, area)]
    assert "百千万工程" in words[:10]
    assert all(area.start <= o < area.end for k in area_keywords(seed_report, area) for o in k.offsets)


def test_keywords_of_one_theme(seed_report):
    words = [k.word for k in theme_keywords(seed_report, "科技创新")]
    assert words and "长理工中山研究院实验室" in words


def test_textrank_on_demand(seed_report):
    ranked = report_textrank(seed_report, top_k=30)
    assert len(ranked) == 30
    assert ranked[0]["score"] == 1.0
    assert all(a["score"] >= b["score"] for a, b in itertools.pairwise(ranked))


def test_textrank_prefers_the_connected_word():
    units = [(w, i, i + 1) for i, w in enumerate("甲 乙 甲 丙 甲 丁 戊".split())]
    assert textrank(units, window=2)[0][0] == "甲"


@pytest.mark.parametrize(
    ("documents", "word", "rarer_than"),
    [([["政策", "改革"], ["政策"], ["政策", "园区"]], "园区", "政策")],
)
def test_idf_rewards_rare_words(documents, word, rarer_than):
    idf = idf_from_documents(documents)
    assert idf[word] > idf[rarer_than]


@pytest.mark.parametrize(
    ("word", "kind", "heavier_than"),
    [
        ("新质生产力", "policy", ("消费", None)),  # a named concept over a broad noun
        ("百千万工程", "project", ("营商环境", None)),
        ("集成电路", "industry", ("集成电路", "place")),
        ("营商环境", None, ("消费", None)),  # a phrase of several words over a bare two-character noun
    ],
)
def test_termhood_orders_kinds_of_words(word, kind, heavier_than):
    from policylens.nlp.keywords import termhood

    assert termhood(word, kind=kind) > termhood(heavier_than[0], kind=heavier_than[1])


def test_a_name_said_once_does_not_outrank_one_said_often():
    from policylens.nlp.keywords import score_keywords

    units = [("某某一次性示范工程", 0, 9)] + [("某某专项行动", 10 * i, 10 * i + 6) for i in range(1, 5)]
    ranked = score_keywords(units, kinds={"某某一次性示范工程": "project", "某某专项行动": "policy"})
    assert [k.word for k in ranked] == ["某某专项行动", "某某一次性示范工程"]


def test_new_quality_productive_forces_in_the_top_20_wherever_it_recurs(corpus_reports):
    checked = 0
    for report in corpus_reports.values():
        visible = [k for k in report.keywords if not k.boilerplate]
        row = next((k for k in visible if k.word == "新质生产力"), None)
        if row is None or row.count < 3:
            continue
        checked += 1
        assert [k.word for k in visible].index("新质生产力") < 20, report.source
    assert checked >= 5


def test_the_own_region_and_its_government_are_context(corpus_reports):
    for report in corpus_reports.values():
        region = report.source.split("_")[1]  # 2026_湖北省_政府工作报告.txt
        short = region.rstrip("省市")
        flagged = {k.word for k in report.keywords if k.context == "own region"}
        assert short in flagged or region in flagged, (report.source, sorted(flagged)[:10])
        assert all(k.boilerplate for k in report.keywords if k.context)


def test_the_own_regions_chapter_of_a_national_concept_is_context(corpus_reports):
    """中国式现代化四川新篇章 in 四川's report: the region's own formula, as its name is; not a finding."""
    chapters = {k.word: k.context for report in corpus_reports.values() for k in report.keywords
                if k.word.startswith("中国式现代化") and k.word.endswith(("实践", "篇章", "答卷"))}
    assert len(chapters) >= 5, chapters
    assert set(chapters.values()) == {"own region"}, chapters


def test_reports_exhortations_and_page_credits_are_boilerplate():
    from policylens import parse_text

    text = ("6月13日，县委书记王建国主持召开防汛工作专题会议，听取情况汇报。会议指出，防汛工作事关人民群众生命财产安全，"
            "要以时时放心不下的责任感、紧迫感，抓好山洪灾害防范和水库度汛。\n要抓好山洪灾害防范，确保水库度汛安全。\n"
            "要抓好水库度汛，加强巡查。\n一审：李明 二审：王强 三审：赵刚 责任编辑：孙海")
    rows = {k.word: k for k in parse_text(text).keywords}
    for word in ("专题会议", "情况汇报", "事关", "责任感", "紧迫感", "一审", "责任编辑"):
        assert word not in rows or rows[word].boilerplate, word
    assert "度汛" in rows and not rows["度汛"].boilerplate


def test_a_pages_metadata_table_gives_no_keywords():
    """索引号: XM00203-…, 字体大小: a government page's metadata and widgets are chrome, not what the report is about."""
    from policylens import parse_text

    text = ("索引号:  XM00203-03-02-2026-001 文号:   某工委〔2026〕4号\n发布时间:2026-02-12 字体大小: | |\n"
            "2025年，某高新区推动集成电路产业集聚，集成电路产业营收增长。\n要抓好集成电路项目，扩大集成电路产能。\n")
    rows = {k.word: k for k in parse_text(text).keywords}
    for word in ("字体大小", "XM00203", "索引号"):
        assert word not in rows or rows[word].boilerplate, word
    assert "集成电路" in rows and not rows["集成电路"].boilerplate


def test_posts_and_meeting_formulas_are_context():
    from policylens import parse_text

    text = ("7月29日，全市乡村振兴现场推进会召开。市委书记王建国参加会议并讲话，市长赵立新主持会议，市委常委、"
            "常务副市长钱立新、副县长、公安局长孙海出席会议。\n会议强调，要推进千万工程建设，推进千万工程示范村建设，"
            "做强县域经济。")
    rows = {k.word: k for k in parse_text(text).keywords}
    assert all(rows[word].context == "post" for word in ("市委书记", "市长", "市委常委", "公安局长") if word in rows)
    assert "公安局长" in rows
    assert "市委书记" in rows and rows["主持会议"].context == "boilerplate"
    assert rows["县域经济"].context is None


@pytest.mark.parametrize("formula", ["习近平新时代中国特色社会主义思想", "十五五", "中国式现代化"])
def test_formulas_every_report_carries_are_context(corpus_reports, formula):
    rows = [k for report in corpus_reports.values() for k in report.keywords if k.word == formula]
    assert rows and all(k.context == "boilerplate" for k in rows)


def _places(**counts: int) -> list[Entity]:
    return [Entity(name, "place", mentions=[Mention(i * 10, i * 10 + len(name)) for i in range(count)])
            for name, count in counts.items()]


@pytest.mark.parametrize(("places", "named_in", "own"), [
    ({"广东": 3, "火炬开发区": 6}, "", {"火炬开发区", "火炬"}),  # a zone is a region of its own; 火炬 is its short form
    ({"成都市": 6, "成华": 8}, "中共成都市成华区委员会", {"成华"}),  # a short county name, found by the title
    ({"湖北省": 5, "湖北": 2, "武汉": 1}, "", {"湖北", "湖北省"}),
    ({"粤港澳大湾区": 9, "广东": 4}, "", {"广东"}),  # a bay area is not a division
    ({"得能湖公园": 3}, "", set()),
])
def test_the_own_region_is_the_most_mentioned_division_or_zone(places, named_in, own):
    assert own_region_names(_places(**places), named_in=named_in) == own


@pytest.mark.parametrize(("region", "word", "own"), [
    ({"湖北", "湖北省"}, "湖北省人民政府", True),
    ({"湖北", "湖北省"}, "中共湖北省委", True),
    (set(), "县委", True),  # the government named by its level alone is the speaker's own
    (set(), "区政府", True),
    ({"火炬开发区"}, "火炬开发区党工委", True),
    ({"湖北", "湖北省"}, "湖南省人民政府", False),
    (set(), "招商局", False),
])
def test_the_own_government(region, word, own):
    assert bool(own_government(region).fullmatch(word)) is own


def test_no_keyword_is_read_inside_a_persons_name():
    text = ("某区第一次党代会隆重开幕。陶关锋同志作工作报告。陶关锋指出，要推进创新之区建设。陶关锋强调，要抓好落实。"
            "陶关锋要求，要加快项目建设。\n") * 3
    words = {k.word for k in parse_text(text).keywords}
    assert "陶关锋" not in words and "关锋" not in words


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("推进“数字化改造”和XM00203编号，的了 A 5G网络", ["数字化改造", "编号", "5G", "网络"]),  # no verb, code, letter
        ("经济的和了", ["经济"]),  # stopwords and single characters count for nothing
        ("网络网络网络", ["网络", "网络", "网络"]),  # a word decided once is counted every time
    ],
)
def test_the_words_that_count(text, counted):
    units = keyword_units(tokens(text), [])
    assert [word for word, _, _ in units] == counted
    assert all(text[start:end] == word for word, start, end in units)
