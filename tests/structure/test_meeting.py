"""Meeting metadata: the date held, speaker and titles, from the shapes these documents take."""

from __future__ import annotations

import pytest

from policylens import parse_text

HEADER = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"


@pytest.mark.parametrize(
    ("text", "date", "published"),
    [
        ("2026年某省政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第五次会议上\n" + HEADER, "2026-01-26", None),
        ("政府工作报告\n二〇二六年一月二十七日在某省第十四届人民代表大会第四次会议上\n" + HEADER, "2026-01-27", None),
        ("政府工作报告\n——2026年2月3日在某省第十四届\n人民代表大会第五次会议上\n" + HEADER, "2026-02-03", None),
        ("政府工作报告\n来源：某日报\n时间：2026-02-09\n——2026年2月3日在某市第十六届人民代表大会第四次会议上\n" + HEADER,
         "2026-02-03", "2026-02-09"),
        ("政府工作报告\n2026年02月10日 07时41分\n2026年2月3日在某省第十四届人民代表大会第五次会议上\n" + HEADER,
         "2026-02-03", "2026-02-10"),
        ("3月5日，某区召开2024年第一季度经济运行分析会。会议指出，要稳住基本盘，推动经济回升向好，确保全年目标完成。", "2024-03-05", None),
        ("十二月二日，某县召开二〇二五年工作总结会。会议强调，要找准问题短板，谋划明年重点工作，推动各项任务落地见效。",
         "2025-12-02", None),
        ("某县政府工作报告\n（2026年1月9日）\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。", "2026-01-09", None),
        # no year given but that of a period the meeting looks back on, ended before its month
        ("4月15日，某县招商引资工作领导小组会议召开。会议听取2024年第一季度招商引资工作情况的汇报。会议要求，要抓好项目。",
         "2024-04-15", None),
        ("2月15日，某县召开会议。会议部署2024年第一季度招商工作。会议要求，要抓好项目。", None, None),
        # a title line with mis-decoded characters ((某省?。?026年 for (某省)2026年) is still the header, not a sentence
        ("(某省?。?026年某市人民政府工作报告\n2026年2月11日在某市第九届人民代表大会第五次会议上\n市长 李 某\n" + HEADER,
         "2026-02-11", None),
    ],
)
def test_meeting_date_is_the_day_held_not_the_day_published(text, date, published):
    meeting = parse_text(text).meeting
    assert (meeting.date, meeting.published) == (date, published)


@pytest.mark.parametrize(
    ("line", "speaker", "titles"),
    [
        ("上海市市长 龚 正", "龚正", ["上海市市长"]),
        ("省长 刘小涛", "刘小涛", ["省长"]),
        ("某自治区人民政府主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜", ["某自治区人民政府主席"]),
        ("某省人民政府省长\n王  某", "王某", ["某省人民政府省长"]),
        ("欧阳明远", "欧阳明远", []),
    ],
)
def test_speaker_line_in_the_header(line, speaker, titles):
    text = f"2026年某省政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第五次会议上\n{line}\n{HEADER}"
    meeting = parse_text(text).meeting
    assert (meeting.speaker, meeting.speaker_titles) == (speaker, titles)


def test_speaker_and_titles_from_a_news_lead():
    text = ("5月8日，某区召开经济工作会议。区委副书记、区长李明远出席会议并讲话，区委常委张华主持会议。"
            "会议以视频会议形式召开。\n要聚焦产业发展，夯实经济基础。推进项目建设，优化营商环境。\n"
            "要聚焦民生保障，增进人民福祉。稳定就业岗位，办好民生实事。")
    meeting = parse_text(text).meeting
    assert meeting.speaker == "李明远"
    assert meeting.speaker_titles == ["区委副书记", "区长"]
    assert meeting.format == "视频会议"
    assert meeting.organizer == "某区"


@pytest.mark.parametrize(("lead", "organizer"), [("4月29日下午，我县召开全县安全生产工作推进会。", None),
                                                 ("4月29日下午，某县召开全县安全生产工作推进会。", "某县")])
def test_the_writers_own_place_names_no_organizer(lead, organizer):
    assert parse_text(lead + "县长王建国强调，要压实责任。").meeting.organizer == organizer


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a site's banner and the headline run into one line
        ("某某第一城市门户欢迎您!   手机某某广播网\n\n某某区第一次党代会隆重开幕\n来源:某某门户网  2019-06-17 19:52\n",
         "某某区第一次党代会隆重开幕"),
        # the headline and a byline run into one line
        ("黄河边上,这座小城走出了独特的发展之路\n\n作者 | 王立新   编辑 | 赵小红\n\n2021年08月19日 18:22\n\n本文11192字,约16分钟\n",
         "黄河边上,这座小城走出了独特的发展之路"),
        # a page's metadata table: the field's label is no part of the title
        ("索引号:  XM0001-2026-001 文号:   某工委〔2026〕4号\n名称:  中共某某市委某某区工委关于2025年工作总结的报告\n",
         "中共某某市委某某区工委关于2025年工作总结的报告"),
        # a section's label and the headline, two short lines the reader joins into one
        ("当前位置:首页 > 基层动态\n基层动态\n某某局召开2026年工作会议\n发布时间:  作者:王立新\n", "某某局召开2026年工作会议"),
        # a page's metadata as a table, its label spaced out and the cells closed by bars
        ("索 引 号 | 1162-2025-48086 | 主题分类 | 金政发 |\n标 题 | 某某市人民政府关于印发《某某市实施方案》的通知 |\n",
         "某某市人民政府关于印发《某某市实施方案》的通知"),
    ],
    ids=["banner-then-headline", "headline-then-byline", "a-metadata-field", "a-label-line-above", "a-table-row"],
)
def test_the_headline_is_found_beside_a_banner_or_a_byline(head, title):
    body = "本报讯 某区召开会议。区委书记王建国出席会议并讲话，强调要抓好落实，确保完成全年目标任务。\n"
    assert parse_text(head + body).meeting.title == title


def test_a_video_players_clock_is_no_part_of_the_title():
    """A news page's video player (0:47/11:42自动播放) above a short headline: the lead names the meeting, on one line."""
    text = ("2025-03-08 20:30:34某某网\n0:47/11:42自动播放\n十四届全国人大三次会议举行第二次全体会议\n"
            "王一平李二张三丰等出席\n赵四海作全国人大常委会工作报告\n"
            "十四届全国人大三次会议8日上午在北京人民大会堂举行第二次全体会议，听取和审议有关报告。\n")
    assert "\n" not in (parse_text(text).meeting.title or "")
    assert "自动播放" not in (parse_text(text).meeting.title or "")


def test_a_count_of_meetings_is_no_meetings_name():
    text = "我区牢记嘱托，以先行区建设统揽经济社会发展，先后召开6次推进会，推动先行区建设实现新突破。\n一年多来，我区以改革带动发展。\n"
    assert parse_text(text).meeting.title is None


def test_a_glossed_page_gets_its_title_without_the_glosses():
    text = ("集團(tuán)召開(kāi)2024年半年度工作交流會(huì)\n7月10日下午,集團(tuán)公司召開(kāi)半年度工作交流會(huì),"
            "全面總結(jié)上半年工作。\n會(huì)上,各子公司匯報(bào)了工作。\n")
    assert parse_text(text).meeting.title == "2024年半年度工作交流會"


def test_a_meetings_minutes_fields_give_date_chair_and_items():
    """会议时间 / 会议地点 / 主持人 / 记录人 / 会议内容：1、… — a village's or a department's minutes."""
    text = ("会议时间：2024年4月19日\n会议地点：某某村会议室\n主持人：郑立城\n记录人：王明远\n"
            "会议内容：1、加大人居环境整治力度，开展一周一次清洁行动，发动党员群众积极参与。\n"
            "2、将村环境卫生纳入村规民约，深入开展美丽庭院评选，加大宣传发动力度。\n")
    report = parse_text(text)
    assert (report.meeting.date, report.meeting.published, report.meeting.speaker) == ("2024-04-19", None, "郑立城")
    assert report.meeting.title is None or "：" not in report.meeting.title
    assert [a.title for a in report.focus_areas + report.requirements][:2] == ["加大人居环境整治力度", "将村环境卫生纳入村规民约"]
    assert {"郑立城", "王明远"} <= {e.name for e in report.entities if e.type == "person"}
