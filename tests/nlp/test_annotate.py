"""Themes, lead verbs with intensity, and policy instruments, from the editable data files."""

from __future__ import annotations

import pytest

from policylens.nlp.instruments import task_instrument
from policylens.nlp.segment import dictionary_word_at, word_tags
from policylens.nlp.themes import task_themes, themes
from policylens.nlp.verbs import VerbLexicon, lead_verb


@pytest.mark.parametrize(
    ("task", "verb", "intensity"),
    [
        ("全力推进土地整备", "推进", "strong"),
        ("加快推进深中合作创新区启动区建设", "推进", "strong"),
        ("坚决打赢打好低效工业园区改造升级攻坚战", "打赢", "strong"),
        ("探索打造更多消费场景", "打造", "soft"),
        ("鼓励引导企业数字化智能化转型升级", "引导", "soft"),
        ("深化重点领域改革", "深化", "neutral"),
        ("加快培育跨境电商", "培育", "strong"),
        ("壮大健康医药、高端装备制造、光电产业等支柱产业", "壮大", "neutral"),
        ("十件民生实事全面完成", "完成", "neutral"),
        ("将改革创新贯穿经济社会发展各领域各环节", "贯穿", "neutral"),
        ("全区生产总值同比增长百分之五", None, None),
        ("确保重点污染物排放总量持续下降", "确保", "strong"),  # a modifier with no verb after it governs
        ("确保完成全年目标", "完成", "strong"),  # …but with a verb after it, it modifies that verb
        ("大力发扬钉钉子精神", "发扬", "strong"),  # a verb the lexicon lacks, at the clause head
        ("清理消费领域不合理限制措施", "清理", "neutral"),  # a listed verb, though the dictionary calls it an adjective
        ("清查消费领域不合理限制措施", None, None),  # a verb tagged vn, unlisted: 限制 (inside the object) is not taken
        ("积极参与国际科技创新中心建设", "参与", "strong"),  # 积极参与 is one dictionary word
        ("深入开展违建治理", "开展", "strong"),  # a modifier and its verb, like 加快推进
        ("确保长江干流水质保持Ⅱ类", "确保", "strong"),  # 确保 governs the clause, 保持 is inside it
        ("坚定拥护“两个确立”", "拥护", "neutral"),
        ("将创新势能转化为产业动能", None, None),  # after 将 comes the object, not the verb
    ],
)
def test_lead_verb_and_intensity(task, verb, intensity):
    assert lead_verb(task) == (verb, intensity)


@pytest.mark.parametrize(
    ("verbs", "text"),
    [
        (("推进", "打造"), "全力推进土地整备"),
        (("推进", "打造"), "探索打造"),  # the window runs past the end of the text
        (("推进", "持续推进改革"), "要持续推进改革攻坚"),  # a verb longer than four characters widens the window
        (("推进",), "推"),
    ],
)
def test_readings_at_a_position_are_the_separate_reads(verbs, text):
    lexicon = VerbLexicon(verbs=verbs, strong_verbs=frozenset(), soft_verbs=frozenset(), strong_modifiers=("全力",),
                          soft_modifiers=("探索",), verb_set=frozenset(verbs), modifier_set=frozenset(("全力", "探索")))
    tags = word_tags()
    for position in range(len(text)):
        expected = (lexicon.modifier_at(text, position), lexicon.verb_at(text, position),
                    *dictionary_word_at(text, position, tags))
        assert lexicon.readings_at(text, position) == expected
        assert lexicon.readings_at(text, position) == expected  # read again from what was remembered


@pytest.mark.parametrize(
    ("task", "theme"),
    [
        ("打赢打好水污染治理攻坚战", "生态环境"),
        ("加大人才引育力度", "科技创新"),
        ("持续开展扫黑除恶斗争、打击网络电信诈骗等专项行动", "安全稳定"),
        ("加强基层党组织建设", "党的建设"),
        ("深化“放管服”改革", "改革开放"),
        ("持续优化营商环境，为企业排忧解难", "营商环境"),
        ("扎实做好十件民生实事", "民生保障"),
    ],
)
def test_task_themes(task, theme):
    assert theme in task_themes(task)


@pytest.mark.parametrize(
    ("task", "instrument"),
    [
        ("加大人才引育力度", "supply"),
        ("探索打造更多消费场景", "demand"),
        ("完善干部考核和任用机制", "environmental"),
        ("千方百计挖掘增长潜力", None),
    ],
)
def test_policy_instrument(task, instrument):
    assert task_instrument(task) == instrument


def test_every_seed_task_is_annotated_and_areas_have_profiles(seed_report):
    from policylens.nlp.annotate import names_something
    from policylens.nlp.segment import tokens

    unthemed = [task for task in seed_report.tasks if not task.themes]
    assert len(unthemed) <= 0.1 * len(seed_report.tasks)
    assert not any(names_something(tokens(task.text)) for task in unthemed)  # only tasks that name nothing
    assert sum(task.verb is not None for task in seed_report.tasks) / len(seed_report.tasks) >= 0.9
    for area in seed_report.focus_areas:
        assert area.themes and abs(sum(area.themes.values()) - 1) < 1e-3


def test_user_copy_of_the_taxonomy_overrides_the_packaged_one(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    (tmp_path / "themes.toml").write_text('[[theme]]\nname = "测试主题"\nterms = ["土地"]\n', encoding="utf-8")
    assert [t.name for t in themes()] == ["测试主题"]
    assert task_themes("全力推进土地整备") == ["测试主题"]
    monkeypatch.delenv("POLICYLENS_DATA_DIR")
    assert len(themes()) >= 10


@pytest.mark.parametrize(
    ("task", "inherits"),
    [
        ("加强易涝积水点治理", True),  # 积水点 is specific; the task names no theme word of its own
        ("推进共同治理", False),  # only words every report uses: nothing to read a theme from
        ("积极发展新模式", False),
    ],
)
def test_a_task_inherits_its_areas_theme_only_when_it_names_something(task, inherits):
    from policylens.model import FocusArea, Task
    from policylens.nlp.annotate import annotate_tasks

    area = FocusArea(title="持续改善民生福祉", goal="", start=0, end=0, title_start=0, title_end=0,
                     tasks=[Task(text=task, start=0, end=len(task))])
    annotate_tasks([area])
    assert task_themes(task, taxonomy=themes()) == []  # the theme can only come from the area
    assert area.tasks[0].themes == (["民生保障"] if inherits else [])


@pytest.mark.parametrize(
    ("task", "instrument"),
    [
        ("推进国贸中心等重大项目建设", "supply"),  # construction works are facilities
        ("开工海阳核电三期等项目", "supply"),
    ],
)
def test_construction_works_are_supply(task, instrument):
    assert task_instrument(task, verb=lead_verb(task)[0]) == instrument


@pytest.mark.parametrize(
    ("area_title", "themes_found"),
    [
        ("持续改善民生福祉", ["民生保障"]),  # the area is about one of the two tied themes: that one
        ("推进城市更新和城乡建设", ["城乡建设"]),
        ("深化改革扩大开放", ["民生保障", "城乡建设"]),  # the area names neither: both stay
    ],
)
def test_the_focus_area_breaks_a_tie_between_two_themes(area_title, themes_found):
    from policylens.model import FocusArea, Task
    from policylens.nlp.annotate import annotate_tasks

    task = "解决住房困难"
    assert sorted(task_themes(task, taxonomy=themes())) == ["城乡建设", "民生保障"]  # a tie on its own
    area = FocusArea(title=area_title, goal="", start=0, end=0, title_start=0, title_end=0,
                     tasks=[Task(text=task, start=0, end=len(task))])
    annotate_tasks([area])
    assert sorted(area.tasks[0].themes) == sorted(themes_found)


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("为全市经济社会高质量发展作出新贡献", []),  # 经济社会发展 is development in general, not industry
        ("全面完成了各项目标任务", []),  # 各项目标 holds no 项目
        ("推进空气质量稳定达标", ["生态环境"]),  # 稳定 as a modifier says nothing about public security
        ("保持社会大局稳定", ["安全稳定"]),
        ("完善海关通关流程", ["改革开放"]),  # words of the taxonomy's second pass over the policy vocabulary
        ("提高低保标准", ["民生保障"]),
        ("发展集成电路和工业母机产业", ["产业经济"]),
        ("打造一流创新生态", ["科技创新"]),  # 生态 as a metaphor
        ("大力推进生态产业化和产业生态化", ["生态环境"]),
        ("扛牢责任、攻坚克难", []),  # 责任 is anyone's duty, not public security
        ("确保政府工作始终在法治轨道上运行", ["安全稳定"]),  # 法治轨道 is no railway
    ],
)
def test_neutral_phrases_modifiers_and_the_wider_vocabulary(task, expected):
    assert task_themes(task) == expected


@pytest.mark.parametrize(
    ("task", "instrument"),
    [
        ("确保全年目标任务完成", None),  # finishing one's assigned tasks is work talk, not a policy goal
        ("推进标准化认证", "environmental"),
        ("保障农民工合法权益", "environmental"),
        ("新建公园绿道", "supply"),
        ("发放消费券", "demand"),
    ],
)
def test_cues_of_the_codebooks_second_pass(task, instrument):
    assert task_instrument(task, themes=task_themes(task)) == instrument


@pytest.mark.parametrize(
    ("task", "names"),
    [
        ("比上年增长 40", False),  # a bare figure is not a topic
        ("高质量建好15个主平台", True),  # a count of things names them
        ("全县", False),  # a formula every report carries
        ("加强易涝积水点治理", True),
    ],
)
def test_what_counts_as_naming_something(task, names):
    from policylens.nlp.annotate import names_something
    from policylens.nlp.segment import tokens

    assert names_something(tokens(task)) is names


@pytest.mark.parametrize(
    ("task", "instrument"),
    [
        ("推动生物医药研发等优势特色服务出口", "demand"),  # what is exported is research: the head is the export
        ("深入落实耕地保护和粮食安全责任制", "environmental"),  # a responsibility system, about grain
        ("推动跨境电商人才培训", "supply"),  # training talent, for cross-border trade
    ],
)
def test_the_head_of_the_object_outweighs_its_modifiers(task, instrument):
    assert task_instrument(task) == instrument


@pytest.mark.parametrize(
    ("task", "in_requirements", "instrument"),
    [
        ("推进政务智能化建设", True, None),  # how to work: no cue of its own, so no instrument
        ("推进政务智能化建设", False, "supply"),  # the same words as a plan item take their theme's usual one
        ("深化政务服务标准化", True, "environmental"),  # a cue of its own (标准) counts anywhere
    ],
)
@pytest.mark.parametrize("read_in_analysis_text", [True, False])
def test_a_requirement_gets_an_instrument_only_from_a_cue_of_its_own(task, in_requirements, instrument,
                                                                      read_in_analysis_text):
    from policylens.model import FocusArea, Task
    from policylens.nlp.annotate import annotate_tasks

    area = FocusArea(title="工作要求", goal="", start=0, end=len(task), title_start=0, title_end=0,
                     tasks=[Task(text=task, start=0, end=len(task))])
    annotate_tasks([area], task if read_in_analysis_text else None, requirements=in_requirements)
    assert area.tasks[0].instrument == instrument
