"""Entity extraction quality: seed gold thresholds, speakers of the provincial reports, no generic words."""

from __future__ import annotations

import pytest
from conftest import CORPUS_FILES

from policylens import parse_text
from policylens.evaluate import normalise, score_entities
from policylens.model import ENTITY_TYPES
from policylens.nlp.entities.aliases import abbreviates, alias_map

GENERIC = set(
    "发展 建设 推进 工作 经济 社会 企业 产业 项目 工程 市场 政府 城市 人民 群众 创新 改革 开放 安全 服务 政策 体系 机制 "
    "国家 全国 全省 全市 我省 我市 地区 区域 领域 行业 部门 单位 平台 中心 基地 园区 公司 集团 大学 医院 健康 质量 水平".split()
)


@pytest.fixture(scope="module")
def seed_entity_scores(seed_report, seed_gold):
    return score_entities(seed_report.entities, seed_gold)


@pytest.mark.parametrize("measure", ["precision", "recall", "type_accuracy"])
def test_seed_entity_quality(seed_entity_scores, measure):
    assert seed_entity_scores[measure] >= 0.9, seed_entity_scores


def test_no_gold_not_entity_is_extracted(seed_report, seed_gold):
    forbidden = {normalise(n) for n in seed_gold["not_entities"]}
    names = {normalise(n) for e in seed_report.entities for n in [e.name, *e.aliases]}
    assert names & forbidden == set()


def test_entity_json_shape_and_mentions(seed_report):
    for entity in seed_report.entities:
        assert entity.type in ENTITY_TYPES
        assert entity.count == len(entity.mentions) >= 1
        for mention in entity.mentions:
            surface = seed_report.text[mention.start:mention.end]
            assert normalise(surface) in {normalise(entity.name), *map(normalise, entity.aliases)}


@pytest.mark.parametrize(
    ("name", "type_", "titles", "aliases"),
    [
        ("陈文锋", "person", {"市委副书记", "火炬开发区党工委书记"}, set()),
        ("习近平", "person", {"总书记"}, set()),
        ("长春理工大学中山研究院", "organization", set(), {"长理工中山研究院"}),
        ("深中一体化", "policy", set(), {"深中一体化发展"}),
    ],
)
def test_names_titles_and_aliases(seed_report, name, type_, titles, aliases):
    entity = seed_report.entity(name)
    assert entity.type == type_
    assert titles <= set(entity.titles)
    assert aliases <= set(entity.aliases)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_provincial_speaker_is_a_person_and_top_entities_are_not_generic(corpus_reports, provincial_gold, path):
    report = corpus_reports[path.name]
    speaker = provincial_gold[path.name]["speaker"]
    assert any(e.name == speaker and e.type == "person" for e in report.entities)
    top = [e.name for e in report.entities[:20]]
    assert not set(top) & GENERIC, top


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("长理工中山研究院", "长春理工大学中山研究院", True),
        ("北理工珠海学院", "北京理工大学珠海学院", True),
        ("中山研究院", "长春理工大学中山研究院", False),
        ("深圳研究院", "长春理工大学中山研究院", False),
    ],
)
def test_abbreviation_rule(short, long, expected):
    assert abbreviates(short, long) is expected


@pytest.mark.parametrize(
    ("keys", "merged", "kept"),
    [
        ([("长理工中山研究院", "organization"), ("长春理工大学中山研究院", "organization")],
         {("长理工中山研究院", "organization"): ("长春理工大学中山研究院", "organization")}, []),
        # fewer of an industry's words name a broader industry, not the same one abbreviated
        ([("现代农业", "industry"), ("现代设施农业", "industry")], {}, [("现代农业", "industry")]),
        ([("旅游业", "industry"), ("旅游", "industry")], {("旅游业", "industry"): ("旅游", "industry")}, []),
        # a body and another named by words inserted before the same head are two bodies; a programme stays one
        ([("东风公司", "organization"), ("东风龙擎公司", "organization")], {}, [("东风公司", "organization")]),
        ([("浙江大学", "organization"), ("浙江农林大学", "organization")], {}, [("浙江大学", "organization")]),
        ([("乡村振兴", "policy"), ("乡村全面振兴", "policy")],
         {("乡村振兴", "policy"): ("乡村全面振兴", "policy")}, []),
    ],
)
def test_alias_map(keys, merged, kept):
    mapping = alias_map(keys)
    for surface, target in merged.items():
        assert mapping.get(surface) == target, mapping
    for surface in kept:
        assert surface not in mapping, mapping


def test_unseen_news_report_entities():
    text = ("3月2日，某市高新区召开一季度经济工作会议。区委书记王建国出席会议并讲话。\n"
            "要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，壮大新能源汽车、集成电路、生物医药等战略性新兴产业，"
            "积极推动“智改数转”，深化与珠海、江门的合作。\n"
            "要聚焦民生保障，增进人民福祉。办好十件民生实事，加快建设某某河流域综合治理工程。")
    report = parse_text(text)
    found = {(e.name, e.type) for e in report.entities}
    for expected in [("王建国", "person"), ("新能源汽车", "industry"), ("集成电路", "industry"), ("生物医药", "industry"),
                     ("智改数转", "policy"), ("珠海", "place"), ("江门", "place"), ("十件民生实事", "policy")]:
        assert expected in found, (expected, found)
    assert any(t == "project" and n.endswith("产业园") for n, t in found)


def test_entities_of_a_text_with_pinyin_glosses():
    """A gloss inside a word (新質(zhì)生產(chǎn)力) hides no name from the rules; names are shown without the pinyin and
    kept as written (the gloss of the last character included) among the aliases."""
    text = ("某縣召開經(jīng)濟工作會議。\n"
            "實施(shī)制造業(yè)重點(diǎn)產(chǎn)業(yè)鏈高質(zhì)量發(fā)展行動(dòng)，加快發(fā)展新質(zhì)生產(chǎn)力，"
            "做好“六穩(wěn)”工作。\n" + "要聚焦重點任務，抓好各項工作落實。" * 4)
    report = parse_text(text)
    found = {e.name: e for e in report.entities}
    assert "新質生產力" in found and "新質(zhì)生產(chǎn)力" in found["新質生產力"].aliases, sorted(found)
    assert "制造業重點產業鏈高質量發展行動" in found, sorted(found)
    assert "六穩" in found and "六穩(wěn)" in found["六穩"].aliases, sorted(found)
    assert not any("(" in name for name in found), sorted(found)
    for entity in report.entities:
        for mention in entity.mentions:
            assert report.text[mention.start] not in "(（", entity.name
