"""AppTest for every page: renders, follows the theme filter, restores filters from the URL, exports right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))
TIMEOUT = 120


@pytest.fixture(scope="module")
def library_with_examples(isolated_data_dir):
    """The library the dashboard uses in this test session, holding the seed and two provincial reports."""
    from conftest import CORPUS, FIXTURES

    from policylens.store.ingest import ingest_files as ingest
    from policylens.store.library import Library

    library = Library()
    ingest(library, [str(FIXTURES / "seed.txt"), str(CORPUS / "2026_河北省_政府工作报告.txt"),
                     str(CORPUS / "2026_浙江省_政府工作报告.txt")], jobs=1)
    return library


def app(query: dict[str, str] | None = None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    from components.state import PAGE_FAILED

    assert not [e.value for e in at.error if PAGE_FAILED in e.value], "the entry caught a page's failure"
    return at


def open_page(page: str, query: dict[str, str] | None = None):
    at = app(query)
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def fingerprint(at) -> str:
    """What the page shows: texts, numbers, charts, tables, images and HTML."""
    parts = [e.value for kind in ("title", "caption", "markdown", "subheader") for e in getattr(at, kind)]
    parts += [str(m.value) for m in at.metric]
    for chart in at.get("plotly_chart"):
        parts.append(json.dumps(json.loads(chart.proto.spec), ensure_ascii=False))
    for kind in ("dataframe", "image", "html"):
        for element in at.get(kind):
            parts.append(str(getattr(element, "proto", None) or getattr(element, "value", "")))
    return "\n".join(parts)


ANALYSIS_PAGES = ["pages/entities.py", "pages/keywords.py", "pages/overview.py", "pages/source.py", "pages/tasks.py"]


def test_every_page_file_is_in_the_navigation():
    import ast

    source = (ROOT / "components" / "navigation.py").read_text(encoding="utf-8")
    registered = {node.value for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("pages/")}
    assert registered == set(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(page):
    at = open_page(page)
    assert at.title, "every page has a title"
    assert [m.key for m in at.sidebar.multiselect] == ["theme", "etype"], "the entry's shared filters are there"


@pytest.mark.parametrize("page", ANALYSIS_PAGES)
def test_theme_filter_changes_what_is_shown(page):
    plain = fingerprint(open_page(page))
    filtered = fingerprint(open_page(page, {"theme": "民生保障"}))
    assert plain != filtered


@pytest.mark.parametrize("page", PAGES)
def test_query_parameters_restore_the_filters(page):
    at = open_page(page, {"report": "2026_河北省_政府工作报告", "theme": "科技创新", "etype": "地点"})
    assert at.sidebar.selectbox(key="report").value == "2026_河北省_政府工作报告"
    assert at.sidebar.multiselect(key="theme").value == ["科技创新"]
    assert at.sidebar.multiselect(key="etype").value == ["地点"]
    if page in ANALYSIS_PAGES:
        assert "河北" in fingerprint(at)


@pytest.mark.parametrize("page", [p for p in PAGES if not p.endswith(("source.py", "keywords.py", "library.py"))])
def test_plotly_figures_carry_the_export_configuration(page, library_with_examples):
    at = open_page(page, {"fmt": "SVG"})
    charts = at.get("plotly_chart")
    assert charts
    for chart in charts:
        config = json.loads(chart.proto.config)
        options = config["toImageButtonOptions"]
        assert (options["width"], options["height"]) == (1600, 900), "a fixed 16:9 image whatever the window"
        assert options["scale"] >= 2
        assert options["format"] == "svg"
        assert options["filename"].startswith("政策报告透视_")
        spec = json.loads(chart.proto.spec)
        assert "PolicyLens" in json.dumps(spec["layout"]["annotations"], ensure_ascii=False), "source line"
        assert spec["layout"]["title"]["text"]


def test_keywords_page_draws_a_word_cloud_png():
    at = open_page("pages/keywords.py")
    images = at.get("image")
    assert images
    assert at.get("download_button")


def test_source_page_jumps_to_a_sentence_and_rejects_a_bad_offset():
    good = open_page("pages/source.py", {"at": "600"})
    assert any("定位的句子" in m.value for m in good.markdown)
    bad = open_page("pages/source.py", {"at": "99999999"})
    assert any("无法定位" in w.value for w in bad.warning)


def test_presentation_mode_hides_the_chrome():
    at = open_page("pages/overview.py", {"present": "true"})
    assert any("stSidebar" in str(h.proto) for h in at.get("html"))


def test_selecting_a_report_reparses_it():
    at = open_page("pages/overview.py", {"report": "2026 广东省 政府工作报告"})
    assert "政府工作报告" in at.title[0].value
    assert any(m.label == "重点领域" and str(m.value) == "14" for m in at.metric)


def test_compare_page_compares_two_reports(library_with_examples):
    at = open_page("pages/compare.py")
    picker = at.multiselect(key="reports")
    picker.set_value([picker.options[0]]).run()
    assert any("至少选择两份" in i.value for i in at.info), "one report is not a comparison"
    at.multiselect(key="reports").set_value(picker.options[:2]).run()
    assert not at.exception
    shown = fingerprint(at)
    assert "关键词升降" in shown and "主题构成对比" in shown
    assert any("新任务" in s.value for s in at.subheader)


def test_corpus_page_over_the_library(library_with_examples):
    at = open_page("pages/corpus.py")
    shown = fingerprint(at)
    assert "报告 × 主题" in shown and "关键词趋势" in shown
    assert "3 份报告" in " ".join(c.value for c in at.caption)


def test_upload_keeps_the_good_files_and_explains_the_bad_ones(isolated_data_dir):
    from helpers import docx_with_paragraphs, encrypted_pdf, pdf_without_text

    from policylens.store.library import Library

    before = len(Library().reports())
    at = open_page("pages/library.py")
    good = ("某区上半年工作会议.docx", docx_with_paragraphs([
        "5月8日，某区召开经济工作会议。区委书记王建国出席会议并讲话。",
        "要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，壮大新能源汽车等产业。",
        "要聚焦民生保障，增进人民福祉。办好十件民生实事，稳定就业岗位，完善社会保障体系，提升公共服务水平。"]),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    locked = ("加密.pdf", encrypted_pdf(["要聚焦产业发展，夯实经济基础。"], user_password="secret"), "application/pdf")
    at.file_uploader(key="upload_0").set_value([locked, good, ("空白.txt", b"   \n", "text/plain"),
                                                ("扫描件.pdf", pdf_without_text(), "application/pdf"),
                                                ("README.md", b"# Examples\nTen reports.\n", "text/markdown")]).run()
    at.button[0].click().run()
    assert not at.exception
    errors = [e.value.replace("\\", "") for e in at.error]  # file names are escaped for markdown
    assert any("空白.txt" in e and "空" in e for e in errors)
    assert any("扫描件.pdf" in e and "文字层" in e for e in errors)
    assert any("README.md" in e and "不是一份报告" in e for e in errors)
    assert any("加密.pdf" in e and "密码" in e for e in errors)  # and the file after it is still stored
    assert any("某区上半年工作会议.docx" in s.value.replace("\\", "") for s in at.success)
    reports = Library().reports()
    assert len(reports) == before + 1
    assert any(r["speaker"] == "王建国" for r in reports)


def test_library_table_shows_unknown_fields_blank(tmp_path, isolated_data_dir):
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    path = tmp_path / "无题.txt"
    path.write_text("要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，壮大新能源汽车等产业。" * 3, encoding="utf-8")
    [result] = ingest_files(Library(), [str(path)], jobs=1)
    at = open_page("pages/library.py")
    [table] = [d.value for d in at.dataframe if result.report_id in d.value.index]
    row = table.loc[result.report_id]
    assert row["source"] == "无题.txt"
    assert [row[c] for c in ("title", "region", "level", "date")] == ["", "", "", ""]


def test_an_untitled_report_is_called_by_its_file_name_and_dated_once(tmp_path, isolated_data_dir):
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    path = tmp_path / "某村会议记录.txt"
    path.write_text("会议时间：2024年4月19日\n会议地点：某村会议室\n主持人：郑立城\n记录人：王明远\n"
                    "会议内容：1、加大人居环境整治力度，开展一周一次清洁行动，发动党员群众积极参与。\n"
                    "2、将村环境卫生纳入村规民约，深入开展美丽庭院评选，加大宣传发动力度，营造全方位动员、全社会参与的良好氛围。\n"
                    "3、做好河道沟渠清理，落实门前三包责任，确保村容村貌干净整洁有序。\n", encoding="utf-8")
    [result] = ingest_files(Library(), [str(path)], jobs=1)
    assert result.status == "added", result
    at = open_page("pages/overview.py", {"report": result.report_id})
    assert at.sidebar.selectbox(key="report").value == result.report_id
    shown = fingerprint(at)
    assert "某村会议记录" in shown and "某村会议记录.txt（" not in shown
    assert "（2024-04-19）（2024-04-19）" not in shown


def test_levels_are_shown_in_chinese(library_with_examples):
    from policylens.store import library as store
    from policylens.views import report as views

    assert {code for _, code in store._LEVELS} <= views.LEVEL_LABELS.keys()
    at = open_page("pages/corpus.py")
    options = at.multiselect(key="level").options
    assert "省级" in options and not {"province", "city", "district", "county", "town"} & set(options), options
    at = open_page("pages/library.py")
    [table] = [d.value for d in at.dataframe if "level" in d.value.columns]
    assert "省级" in set(table["level"]) and "province" not in set(table["level"])


def test_corpus_page_never_loads_a_report_text(library_with_examples, monkeypatch):
    """Only the one report chosen in the sidebar is ever loaded whole; the corpus views read the tables."""
    from policylens.store.library import Library

    original = Library.load
    loaded: list[str] = []

    def recording(self, report_id):
        loaded.append(report_id)
        return original(self, report_id)

    monkeypatch.setattr(Library, "load", recording)
    at = open_page("pages/corpus.py")
    assert "报告 × 主题" in fingerprint(at)
    assert len(set(loaded)) <= 1
    assert len(library_with_examples.reports()) >= 3, "several reports, at most one of them loaded"


def test_a_correction_made_in_the_dashboard_is_kept(library_with_examples):
    at = open_page("pages/library.py")
    seed = next(r for r in library_with_examples.reports() if r["speaker"] == "陈文锋")
    at.selectbox(key="c_report").set_value(seed["id"]).run()
    at.radio(key="correction_kind").set_value("rename_entity").run()
    at.selectbox(key="c_name").set_value("民众街道").run()
    at.text_input(key="c_to").input("民众街道办事处").run()
    at.button(key="c_save").click().run()
    assert not at.exception
    assert any("已保存" in s.value for s in at.success)
    library_with_examples.reparse(ids=[seed["id"]])
    names = {e.name for e in library_with_examples.load(seed["id"]).entities}
    assert "民众街道办事处" in names and "民众街道" not in names


def test_the_seed_stays_the_default_when_it_is_in_the_library(library_with_examples):
    at = open_page("pages/overview.py")
    box = at.sidebar.selectbox(key="report")
    assert box.options[0] == "火炬开发区2023年上半年工作总结暨下半年工作部署大会（2023-08-16）"  # the region put in front
    assert box.value == next(r["id"] for r in library_with_examples.reports() if r["speaker"] == "陈文锋")
    assert "陈文锋" in fingerprint(at)


def test_a_report_without_items_says_so_instead_of_empty_charts(tmp_path, isolated_data_dir):
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    path = tmp_path / "会议新闻.txt"
    path.write_text("6月3日，某县召开安全生产调度会。县长李明出席会议并讲话。会议听取了各部门上半年工作情况汇报，"
                    "研究了下半年工作，与会人员围绕经济运行、项目建设、招商引资等进行了讨论，并对存在的问题作了分析。"
                    "会议还通报了近期安全生产检查情况，强调各部门要抓好整改落实。" * 2, encoding="utf-8")
    [result] = ingest_files(Library(), [str(path)], jobs=1)
    row = next(r for r in Library().reports() if r["id"] == result.report_id)
    for page in ("pages/overview.py", "pages/tasks.py"):
        at = open_page(page, {"report": row["id"]})
        assert at.sidebar.selectbox(key="report").value == row["id"]
        assert any("未识别出重点领域" in i.value for i in at.info), page
        assert "当前筛选下没有数据" not in fingerprint(at)


def test_targets_page_shows_this_reports_targets_and_the_regions(library_with_examples):
    hebei = next(label for label in app().selectbox(key="report").options if "河北" in label)
    at = open_page("pages/targets.py", {"report": hebei})
    shown = fingerprint(at)
    assert "今年目标与上年实绩" in shown and "5%以上" in shown  # 地区生产总值增长5%以上
    assert "各地地区生产总值增速" in shown
    assert "未明确提出" in shown  # the seed, a meeting news, states no GDP target: listed, not dropped
    at.selectbox(key="indicator").set_value("new_urban_jobs").run()
    assert not at.exception and "86万人" in fingerprint(at)


def test_phrase_tracker_matches_width_and_quote_variants(library_with_examples):
    at = open_page("pages/phrases.py", {"phrases": "人工智能+ / 人工智能＋\n新质生产力"})
    assert not at.exception
    shown = fingerprint(at)
    assert "提法分布" in shown
    summary = at.dataframe[0].value
    rows = dict(zip(summary["phrase"], summary["reports"], strict=True))
    assert rows["新质生产力"] == 2 and rows["人工智能+"] >= 1
    assert len(at.dataframe) >= 2, "keyword-in-context lines for the chosen phrase"


def test_the_sidebar_builds_a_briefing_pack():
    at = open_page("pages/overview.py")
    at.segmented_control(key="brief_format").set_value("html").run()
    at.button(key="brief_make").click().run()
    assert not at.exception
    assert at.get("download_button"), "the pack is offered for download"


@pytest.mark.parametrize("old_link", ["2026 河北省 政府工作报告", "2026_河北省_政府工作报告"])
def test_a_link_names_a_report_by_its_stable_id_and_old_label_links_still_open(old_link):
    at = open_page("pages/overview.py", {"report": old_link})
    box = at.sidebar.selectbox(key="report")
    assert "河北" in box.options[box.index]
    assert at.query_params["report"] in (box.value, [box.value])
    assert not at.warning


def test_a_link_to_a_report_that_is_not_there_says_so():
    at = open_page("pages/overview.py", {"report": "某某县2019年政府工作报告"})
    assert any("不在报告库中" in w.value for w in at.warning)
    box = at.sidebar.selectbox(key="report")
    assert box.index == 0, "the default report is shown instead"


def test_a_page_that_fails_says_so_in_chinese_without_a_traceback():
    from streamlit.testing.v1 import AppTest

    def failing_page():
        from components import state

        with state.running(None):
            raise RuntimeError("磁盘已满")

    at = AppTest.from_function(failing_page, default_timeout=TIMEOUT).run()
    assert not at.exception
    [error] = at.error
    assert "这一页出错了" in error.value and "RuntimeError" in error.value and "磁盘已满" in error.value


def test_the_heatmap_says_which_reports_it_leaves_out(tmp_path):
    """A report with no themed task has no row in the report × theme heatmap: the page says how many it leaves out."""
    from conftest import FIXTURES

    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    news = tmp_path / "通报会.txt"
    news.write_text("5月8日，某区召开安全生产形势通报会。会议通报了近期全区安全生产形势，传达了上级有关文件精神。"
                    "各街道负责同志参加会议，并结合各自实际作了交流发言。区应急管理局、区住建局、区交通运输局等部门"
                    "分别汇报了上半年安全生产检查情况，区消防救援大队通报了近期火灾事故的典型案例和原因分析。", encoding="utf-8")
    library = Library()
    ingest_files(library, [str(FIXTURES / "seed.txt")], jobs=1)  # (the session's library may hold it already)
    [result] = ingest_files(library, [str(news)], jobs=1)
    assert result.status == "added", result
    themed = {row["report_id"] for row in library.query("SELECT DISTINCT report_id FROM report_themes")}
    assert result.report_id not in themed and themed, "the notice has no task, the seed has themed ones"
    at = open_page("pages/corpus.py")
    captions = " ".join(c.value for c in at.caption)
    assert f"另有 {len(library.reports()) - len(themed)} 份报告没有归入主题的任务" in captions, captions
