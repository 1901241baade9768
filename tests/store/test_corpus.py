"""Views over many reports, computed in SQL from the normalised tables."""

from __future__ import annotations

import pytest

from policylens.store import corpus


def test_report_frame_has_a_label_per_report(three):
    frame = corpus.report_frame(three)
    assert len(frame) == 3
    assert frame["label"].is_unique
    assert set(frame["level"].dropna()) <= {"province", "city", "district", "county", "town"}


def test_reports_with_no_region_or_date_are_labelled_by_their_title_and_kept_apart(tmp_path):
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    library = Library(tmp_path / "lib")
    paths = []
    body = ("会议听取了各部门上半年工作情况汇报，研究了下半年工作，与会人员围绕经济运行、项目建设、招商引资等进行了讨论。"
            "会议强调，各部门要抓好整改落实，{}。") * 2
    for name, task in (("一.txt", "加强值班值守"), ("二.txt", "备足抢险物资")):
        (tmp_path / name).write_text("防汛工作专题会议召开。" + body.replace("{}", task), encoding="utf-8")
        paths.append(str(tmp_path / name))
    assert [r.status for r in ingest_files(library, paths, jobs=1)] == ["added", "added"]
    labels = list(corpus.report_frame(library)["label"])
    assert len(set(labels)) == 2, labels  # one chart row each
    assert not any("nan" in label or "None" in label for label in labels), labels
    frame = corpus.report_frame(library)
    frame["title"] = None  # an untitled report is called by its file's name, without the extension
    assert {corpus._label(row) for row in frame.itertuples()} == {"一", "二"}


@pytest.mark.parametrize(("options", "expected"), [({}, 3), ({"levels": ["province"]}, 2),
                                                   ({"date_from": "2026-01-01"}, 2), ({"date_to": "2024-01-01"}, 1)])
def test_filter_reports(three, options, expected):
    assert len(corpus.filter_reports(corpus.report_frame(three), **options)) == expected


def test_theme_matrix_rows_are_shares(three):
    ids = list(corpus.report_frame(three)["id"])
    matrix = corpus.theme_matrix(three, ids)
    assert list(matrix.index) and set(matrix.index) == set(ids)
    assert matrix.sum(axis=1).round(6).eq(1.0).all()
    assert corpus.theme_matrix(three, []).empty


def test_top_keywords_leave_boilerplate_out(three):
    ids = list(corpus.report_frame(three)["id"])
    top = corpus.top_keywords(three, ids, limit=20)
    assert len(top) == 20 and (top["reports"] >= 1).all()
    assert "发展" not in set(top["word"])


def test_keyword_trend_is_per_ten_thousand_characters(three):
    frame = corpus.report_frame(three)
    ids = list(frame["id"])
    trend = corpus.keyword_trend(three, ids, ["新质生产力"])
    assert set(trend.columns) >= {"region", "date", "per_10k"}, "a point per report, its region beside it"
    assert len(trend) == 3
    stored = {r["report_id"]: r["count"] for r in three.query(
        "SELECT report_id, count FROM keywords WHERE word = ?", ("新质生产力",))}
    chars = dict(zip(frame["id"], frame["chars"], strict=True))
    for row in trend.itertuples():
        assert row.per_10k == pytest.approx(stored.get(row.report_id, 0) / chars[row.report_id] * 10_000)


def test_entity_network_keeps_entities_named_in_several_reports(three):
    ids = list(corpus.report_frame(three)["id"])
    nodes, edges = corpus.entity_network(three, ids, min_reports=2, min_association=-1.0)
    assert nodes and all(node.count >= 2 for node in nodes)
    names = {node.name for node in nodes}
    assert all(edge.source in names and edge.target in names for edge in edges)


def test_target_frame_lists_every_report_and_the_change_per_region(tmp_path, monkeypatch):
    from conftest import CORPUS, FIXTURES

    from policylens.store import corpus
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    library = Library()
    ingest_files(library, [str(FIXTURES / "seed.txt"), str(CORPUS / "2026_湖北省_政府工作报告.txt"),
                           str(CORPUS / "2026_广东省_政府工作报告.txt")], jobs=1)
    ids = [r["id"] for r in library.reports()]
    frame = corpus.target_frame(library, ids)
    assert len(frame) == 3, "a report without a GDP target is listed, not dropped"
    by_region = dict(zip(frame["region"], zip(frame["low"], frame["high"], frame["qualifier"], strict=True),
                         strict=True))
    assert by_region["广东省"] == (4.5, 5.0, "")
    assert by_region["湖北省"] == (5.5, 5.5, "左右")
    assert frame["low"].isna().sum() == 1
    table = corpus.indicator_table(library, ids)
    assert "地区生产总值增速" in table.columns and "5.5%左右" in set(table["地区生产总值增速"])


@pytest.mark.parametrize(
    ("variants", "line", "count"),
    [
        (["人工智能+"], "实施“人工智能＋”行动", 1),  # full-width plus
        (["人工智能+行动"], "实施“人工智能+”行动", 1),  # quotes inside the phrase
        (["反内卷", "内卷式竞争"], "综合整治内卷式竞争，坚持反内卷", 2),
        (["新质生产力"], "发展新质生产力和新质战斗力", 1),
    ],
)
def test_phrase_pattern_matches_width_and_quote_variants(variants, line, count):
    from policylens.io.normalize import analysis_text
    from policylens.store.corpus import phrase_pattern

    assert len(phrase_pattern(variants).findall(analysis_text(line))) == count
