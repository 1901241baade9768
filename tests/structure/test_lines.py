"""Web-page leftovers are not content; source and time lines become metadata."""

from __future__ import annotations

import pytest

from policylens import parse_text
from policylens.io.normalize import analysis_text
from policylens.structure.lines import classify_lines, split_lines

PAGE = """您的位置：首页 > 新闻中心 > 要闻
下载
打印
全屏
收藏
【字号：
加大
还原
减小
】
【字体：大 中 小】
分享：
2026年某市政府工作报告
——2026年1月20日在某市第十六届人民代表大会第四次会议上
来源：某某日报
时间：2026-01-25
某市市长 张 明
张明作政府工作报告。本报记者 李四 摄
photo_20260120.jpg
各位代表：
一、2026年重点工作
（一）扩大有效需求。坚持扩大内需战略基点，推动消费提质升级，扩大有效投资。
（二）发展新质生产力。坚持科技创新引领，推动产业升级，培育壮大新兴产业。
相关报道：
某某代表热议政府工作报告
打印本页
关闭窗口
"""


def test_leftovers_are_marked_and_metadata_kept():
    kinds = {line.text: line.kind for line in classify_lines(split_lines(analysis_text(PAGE)))}
    for noise in ("您的位置：首页 > 新闻中心 > 要闻", "下载", "加大", "】", "【字体：大 中 小】", "分享：",
                  "张明作政府工作报告。本报记者 李四 摄", "photo_20260120.jpg", "相关报道：", "某某代表热议政府工作报告",
                  "关闭窗口"):
        assert kinds[noise] == "noise", noise
    assert kinds["来源：某某日报"] == "source"
    assert kinds["时间：2026-01-25"] == "published"


def test_leftovers_never_reach_the_parse():
    report = parse_text(PAGE)
    assert report.meeting.published == "2026-01-25"
    assert report.meeting.source_name == "某某日报"
    assert report.meeting.speaker == "张明"
    assert report.meeting.date == "2026-01-20"
    assert [a.title for a in report.focus_areas] == ["扩大有效需求", "发展新质生产力"]
    tasks = " ".join(t.text for t in report.tasks)
    assert "打印" not in tasks and "热议" not in tasks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进改革,扩大开放", "推进改革，扩大开放"),
        ("增长1,000亿元(同比)", "增长1,000亿元（同比）"),
        ("時間07:41", "时间07:41"),
        ("２０２６年", "2026年"),
    ],
)
def test_analysis_text_keeps_length(text, expected):
    assert analysis_text(text) == expected
    assert len(analysis_text(text)) == len(text)


def test_a_widget_that_lost_its_closing_bracket_ends_where_the_sentences_begin():
    page = ("某区召开区政府常务会议\n时间： 2024-01-17 09:43\n【字体： 打印\n"
            "近日，区长王建国主持召开区政府常务会议。会议强调，要加快项目建设，确保按期开工。\n")
    kinds = {line.text: line.kind for line in classify_lines(split_lines(analysis_text(page)))}
    assert kinds["【字体： 打印"] == "noise"
    assert kinds["近日，区长王建国主持召开区政府常务会议。会议强调，要加快项目建设，确保按期开工。"] == "content"
    assert parse_text(page).meeting.speaker == "王建国"


@pytest.mark.parametrize(
    ("line", "kind"),
    [("| 显示全部楼层 |阅读模式 | 来自福建 来自 福建漳州", "noise"), ("|", "noise"), ("来自基层的声音很重要", "content"),
     ("| 楼主 | 只看该作者", "noise"), ("0:47/11:42自动播放", "noise"), ("00:00 / 03:15", "noise"),
     ("自动播放功能介绍", "content")],
)
def test_a_forum_pages_chrome_is_noise(line, kind):
    """A news item reposted on a forum: its bars and widgets are no header (来自福 is no speaker)."""
    [classified] = classify_lines(split_lines(line))
    assert classified.kind == kind


def test_a_news_item_reposted_on_a_forum_keeps_its_speaker():
    text = ("|\n发表于 2017-6-16 10:38:50\n|\n显示全部楼层\n|阅读模式\n| 来自福建 来自 福建漳州\n"
            "    6月9日，我县召开招商引资工作推进会。县长王建国指出，要把招商引资与活动紧密联系起来，突出重点；"
            "要正视问题，找准原因，坚定信心。\n|")
    meeting = parse_text(text).meeting
    assert (meeting.speaker, meeting.date) == ("王建国", "2017-06-09")
