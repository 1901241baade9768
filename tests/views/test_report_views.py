"""Small view helpers on one report: export file names."""

from __future__ import annotations

import pytest
from conftest import CORPUS, GENRES, parsed

from policylens.io.normalize import analysis_text
from policylens.io.normalize import without_gloss_marks as shown
from policylens.views import report as views
from policylens.views.report import AREA_PREFIX, export_name


@pytest.mark.parametrize(("title", "name", "selection", "expected"), [
    ("2026 广东省政府工作报告", "词云", (), "政策报告透视_2026_广东省政府工作报告_词云"),
    ("2026 广东省政府工作报告", "词云", ("民生保障",), "政策报告透视_2026_广东省政府工作报告_词云_民生保障"),
    ("某区会议", "任务", ("民生保障", f"{AREA_PREFIX}产业发展"), "政策报告透视_某区会议_任务_民生保障、产业发展"),
    ('a/b:c*"d"', "图", (), "政策报告透视_a_b_c_d_图"),
])
def test_export_names_carry_the_filter_and_no_unsafe_characters(title, name, selection, expected):
    assert export_name(title, name, selection) == expected


def test_a_long_title_is_cut_but_the_chart_and_filter_survive():
    name = export_name("很长的报告标题" * 40, "实体共现网络", ("民生保障",))
    assert len(name) <= 96 and name.endswith("_实体共现网络_民生保障")


@pytest.mark.parametrize(
    ("text", "shown_as"),
    [
        ("<img src=//evil/p.png>", "\\<img src\\=\\/\\/evil\\/p\\.png\\>"),
        ("[点击此处重新登录](http://evil)", "\\[点击此处重新登录\\]\\(http\\:\\/\\/evil\\)"),
        ("![图](x.png)", "\\!\\[图\\]\\(x\\.png\\)"),
        (":red[警告] $x$", "\\:red\\[警告\\] \\$x\\$"),
        ("第一行\n# 第二行", "第一行 \\# 第二行"),
        ("2026年河北省政府工作报告", "2026年河北省政府工作报告"),
    ],
)
def test_report_text_is_inert_in_markdown(text, shown_as):
    assert views.md(text) == shown_as


@pytest.mark.parametrize("path", [CORPUS / "2026_北京市_政府工作报告.txt", CORPUS / "2026_上海市_政府工作报告.txt",
                                  GENRES / "trad-meeting-xianyou-2020.txt"])
def test_keyword_in_context_shows_the_words_written_at_each_occurrence(path):
    """An entity's keyword counts its aliases (高效办成一件事 under 一件事) and glossed text is longer than its
    analysis (經(jīng)濟 for 经济): the word column holds what is written there, whole."""
    report = parsed(path.read_text(encoding="utf-8"), source=path.name)
    surfaces = {e.name: {report.text[m.start:m.end] for m in e.mentions} for e in report.entities}
    for keyword in report.keywords:
        for written in views.kwic(report, keyword.word)["word"]:
            simplified = analysis_text(shown(written))
            assert simplified == keyword.word or written in surfaces.get(keyword.word, ()), (keyword.word, written)


@pytest.mark.parametrize("source", ["2026_广东省_政府工作报告.txt", "2026_四川省_政府工作报告.txt"])
def test_the_guiding_formulas_are_nodes_only_when_asked_for(source):
    from policylens.nlp.graph import guiding_formulas

    report = parsed((CORPUS / source).read_text(encoding="utf-8"), source=source)
    formulas = guiding_formulas(report.entities)
    assert formulas  # every provincial report names the leader or a formula such as 两个确立
    hidden, _ = views.graph_data(report, max_nodes=200)
    shown_too, _ = views.graph_data(report, max_nodes=200, show_formulas=True)
    assert not formulas & {e.name for e in hidden}
    assert formulas & {e.name for e in shown_too}


@pytest.mark.parametrize("name", ["trad-meeting-xianyou-2020.txt", "trad-county-report-changfeng-2025.txt"])
def test_a_traditional_reports_keywords_are_shown_as_it_writes_them(name):
    """Words are counted in the analysis (Simplified) and shown in the report's own script: a cloud of one script,
    every word found where its first offset says, and a user's stopword works typed in either script."""
    path = GENRES / name
    report = parsed(path.read_text(encoding="utf-8"), source=name)
    frame = views.keyword_table(report, limit=60)
    changed = [w for w in frame["word"] if analysis_text(w) != w]
    assert changed, list(frame["word"])  # some words differ between the scripts
    written = shown(report.text)  # without the pinyin glosses some pages print
    for word in frame["word"]:
        assert word in written or word in {e.name for e in report.entities}, word
    blocked = views.keyword_table(report, limit=60, extra_stopwords=frozenset({analysis_text(changed[0])}))
    assert changed[0] not in set(blocked["word"])


def test_a_simplified_reports_keywords_are_unchanged():
    report = parsed((CORPUS / "2026_北京市_政府工作报告.txt").read_text(encoding="utf-8"))
    assert list(views.keyword_table(report, limit=40)["word"]) == [
        k.word for k in report.keywords if not k.boilerplate][:40]


@pytest.mark.parametrize(("code", "label"), [("province", "省级"), ("town", "乡镇级"), ("自定义", "自定义")],
                         ids=["province", "town", "no-code-kept"])
def test_level_label(code, label):
    assert views.level_label(code) == label
