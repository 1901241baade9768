"""Speaker by role and date by period, on texts written for these tests (none of them is a fixture)."""

from __future__ import annotations

import pytest

from policylens import parse_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("3月2日，某区召开经济工作会议，区委副书记、区长李明主持会议，区委书记王建国出席会议并讲话。王建国强调，要稳增长。",
         "王建国"),
        ("5月6日，全市安全生产电视电话会议召开。区长李明、副区长张华在分会场参加收听收看。会议强调，要压实安全责任。",
         None),
        ("1月10日，某县第十八届人民代表大会第三次会议开幕。县长赵小红代表县人民政府作政府工作报告。会议由王刚主持。",
         "赵小红"),
        ("7月9日，我局召开上半年工作总结会。局党组书记、局长孙伟对上半年工作进行了总结，并对下半年工作作出部署。"
         "孙伟局长指出，要抓好重点任务落实。", "孙伟"),
        ("10月9日晚上，王建军县长主持召开县政府常务会议，研究有关问题。", "王建军"),  # the post after the name
        ("会上，各副县长分别汇报了分管工作。周海强调，要安排部署好下半年工作，确保完成全年任务。", "周海"),
        ("同志们：\n刚才，王书记作了重要讲话，我完全赞同。下面，我讲三点意见。\n第一，要认清形势。", None),
        ("5月27日，某区召开全区领导干部会议。区委书记王建国主持会议并讲话。王建国指出，要统一思想。", "王建国"),
        ("9月3日，区委召开常委会会议。区委书记王建国主持会议。会议强调，要抓好安全生产。", "王建国"),
        ("4月10日，市委书记王建国到部分镇街调度项目建设。他强调，要加快项目进度。", "王建国"),
        ("11月6日，市委书记王建国主持召开工作会议。王建国主持会议时强调，要抓好项目。", "王建国"),
        ("6月20日，县政府召开常务会议。代县长王建国主持会议。王建国指出，要抓好粮食安全。", "王建国"),
        ("7月14日，某镇召开上半年工作总结会议。会议由镇党委书记赵立新同志主持，镇长王建国同志最后作了总结讲话。", "王建国"),
        ("7月31日上午，受赵立新局长委托，王建国副局长在415会议室主持召开局务会。会议要求，要紧盯考核目标。", "王建国"),
        ("11月4日，中共某区委全体会议召开。区委常委会主持会议，区委书记王建国讲话。全会指出，要稳增长。", "王建国"),
        # the one who set the requirements outranks a deputy with as many roles, and one clause counts once
        ("会上，镇党委副书记、纪委书记赵立新对方案进行学习培训，并着重强调纪律。镇党委书记王建国结合实际提出四点要求。"
         "王建国强调，要讲政治。", "王建国"),
        ("会上，副镇长赵立新就村民大会事宜进行安排部署。镇党委书记王建国指出，要提高政治站位。", "王建国"),
        ("4月17日下午，齐寿镇召开全镇农业农村工作会议。镇党委书记王建国同志强调，要抓好落实。", "王建国"),
        # the local leaders watched a higher meeting: whoever delivered its report is not this text's speaker
        ("3月5日，全国人大会议开幕，国务院总理李建国向大会作政府工作报告。县委书记赵立新在分会场收听收看。", None),
        # a report's header whose post is typeset with spaces between its characters (省 长 吴晓军, 市 长 龚 正)
        ("政府工作报告\n——2023年1月15日在某省第十四届人民代表大会第一次会议上\n  省 长 王建国\n各位代表：\n"
         "现在，我代表省人民政府向大会报告工作。", "王建国"),
        ("政府工作报告\n——2026年1月20日在某市第十七届人民代表大会第五次会议上\n市 长 赵 立\n各位代表：\n"
         "现在，我代表市人民政府向大会报告工作。", "赵立"),
        # the chair who sums up and sets the requirements, against a deputy who deployed his own part
        ("8月17日，市民宗局召开局长会议。会议由局长王建国主持。副局长赵立新对下一阶段的业务工作进行了部署并提出了工作意见。"
         "会议最后，王建国作总结讲话并对做好下一阶段工作提出了三点意见：\n一要认真学习。\n二要做好安全稳定工作。", "王建国"),
        # a post with a qualifier in brackets
        ("9月29日，受县长赵立新委托，县委常委、副县长（常务）王建国主持召开县安委会全体会议。会议强调，要抓好安全生产。",
         "王建国"),
        ("7月29日，全市乡村振兴现场推进会召开。市委书记王建国参加会议并讲话，市长赵立新主持会议。会议强调，要抓好落实。",
         "王建国"),
        ("8月12日上午，某镇召开换届工作动员会。镇委书记王建国在会上作重要讲话。党委组织委员赵立新就相关要求做了解读。",
         "王建国"),
        ("9月7日下午，全县教育工作会议召开。最后，县委书记王建国发表了重要讲话。会议由常务副县长赵立新主持。", "王建国"),
        # two listed before 出席会议并讲话 both spoke: the higher post speaks for the meeting
        ("2月18日，全县教育工作会议召开。县委常委、宣传部长王建国，副县长赵立新出席会议并讲话。会议要求，要抓好教育。",
         "王建国"),
        # the secretary convened, the county head gave the deployment speech (his posts named before)
        ("6月13日，县委书记陈国磊主持召开防汛工作专题会议。县委副书记、县长郑哲参加会议。会上，听取各部门情况汇报；"
         "郑哲作部署讲话。会议强调，要压实防汛责任。", "郑哲"),
        # watched a higher meeting, then set requirements afterwards (在会后要求)
        ("12月27日，某市组织收听收看全省农村人居环境整治电视电话会议。市委副书记王立新在会后要求：要抓好村庄清洁。",
         "王立新"),
    ],
    ids=["chair-is-not-speaker", "attendees-only", "report-deliverer", "title-after-name", "name-alone",
         "surname-with-title", "chaired-and-spoke", "sole-chair-of-a-meeting-that-directs", "visited-then-he",
         "spoke-while-chairing", "chair-who-directs", "summing-up-speech", "deputy-convened-in-a-room",
         "spoke-bare", "set-requirements", "secretary-outranks-deputy", "a-town-convened-is-not-a-person",
         "watched-a-higher-meeting", "spaced-post-in-header", "spaced-post-and-name", "chair-who-sums-up",
         "post-with-a-bracketed-qualifier", "attended-and-spoke", "spoke-at-the-meeting", "published-a-speech",
         "two-listed-who-spoke", "deployment-speech-after-the-chair", "requirements-after-the-meeting",
         "name-then-post-convened"],
)
def test_speaker_by_role(text, speaker):
    assert parse_text(text).meeting.speaker == speaker


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间：2024-03-12\n3月10日，某市召开一季度经济运行分析会。会议强调，要稳增长。", "2024-03-10"),
        ("发布时间：2025-01-03\n12月30日，某县召开2025年经济工作会议。会议强调，要稳增长。", "2024-12-30"),
        ("12月26日，某县召开2026年经济工作谋划会，研究部署明年工作。会议强调，要稳增长。", "2025-12-26"),
        ("某某日报12月28日讯（记者 张三）12月27日，某市召开全市经济工作会议。会议指出，2025年是“十四五”收官之年。",
         "2025-12-27"),
        ("4月2日，某县召开招商引资推进会。会议强调，要抓项目。", None),
        ("10月20日下午，我县召开三季度经济形势分析会。会议指出，要确保“十四五”圆满收官。", "2025-10-20"),
        ("6月18日，某县召开半年工作会议，2015年已完成的项目共12个。会议要求，下半年要加快进度。", None),
        # a congress early in the year reviews last year: 2024年是… speaks of the year reviewed, not this one
        ("2月20日上午，某县人民代表大会开幕。报告共分四个部分：一、2024年工作回顾。二、2025年主要工作任务。"
         "县长在报告中指出，2024年是新中国成立75周年，是实现目标任务的关键一年。", "2025-02-20"),
        # a page's footer line that opens with the publication date, followed by template debris
        ("9月2日，某县召开政府全体会议。会议强调，要抓好落实。\n\n2022-09-05 10 12 今日某县 content_123456.html 1 3 "
         "县政府全体会议召开 县政府全体会议召开 县政府全体会议召开 县政府全体会议召开 /enpproperty-->", "2022-09-02"),
        ("2月1日上午，县委召开全县领导干部会议。书记张三强调，2021年开局之年，全县上下要干成一批大事要事。",
         "2021-02-01"),
        # before the year's last months, the one year whose work plan the meeting discusses (not its results)
        ("4月15日，某镇召开会议，镇党委书记解读了全县2024年重点工作任务。会议要求，要抓好落实。", "2024-04-15"),
        ("4月15日，某镇召开会议，通报了2023年重点工作任务完成情况。会议要求，要抓好落实。", None),
        ("12月15日，某镇召开会议，研究了2025年重点工作任务。会议要求，要抓好落实。", None),
        ("3月20日，某市召开市政府常务会议，审议《2025年全市重点项目年度计划》。会议强调，要抓项目。", "2025-03-20"),
        ("12月28日，某市召开市政府常务会议，要求提前布局2026年经济工作。会议强调，要稳增长。", "2025-12-28"),
        ("3月10日，某区召开区委常委会会议。会议指出，今年全国两会在“十四五”圆满收官、“十五五”开局起步之际召开。",
         "2026-03-10"),
        ("2月25日，某区召开区委常委会会议，研究审定《某区2026年高质量发展专项行动方案》。会议强调，要抓落实。",
         "2026-02-25"),
    ],
    ids=["published-year", "published-next-year", "year-end-planning", "dateline-is-not-the-date", "no-year",
         "year-from-five-year-plan", "no-year-from-a-later-sentence", "the-reviewed-year-said-of",
         "footer-with-page-debris", "the-year-named-as-the-first-of-a-plan", "the-year-of-the-work-plan",
         "a-years-results-name-no-year", "a-year-end-meeting-plans-the-next", "the-year-of-a-yearly-plan",
         "the-next-year-laid-out-ahead", "a-plan-closed-and-the-next-opened-in-spring", "the-year-of-a-named-plan"],
)
def test_date_held_takes_its_year_from_the_period(text, date):
    assert parse_text(text).meeting.date == date


def test_a_speaker_named_between_pinyin_glosses():
    """區(qū)長(zhǎng)李旭召開(kāi): the glosses a converting site inserts do not hide the post and the name."""
    text = ("12月18日，區(qū)長(zhǎng)趙立新召開(kāi)區(qū)政府第63次常務(wù)會(huì)議。"
            "會(huì)議強(qiáng)調(diào)，要加快項(xiàng)目建設(shè)。要抓好安全生產(chǎn)。\n")
    assert parse_text(text).meeting.speaker == "趙立新"


def test_a_date_held_read_through_pinyin_glosses():
    """發(fā)布時(shí)間 and 召開(kāi)…會(huì)議 with their glosses: the date held is found as in the plain text."""
    plain = "發布時間：2024-03-12\n3月10日，某市召開一季度經濟運行分析會。會議強調，要穩增長。\n"
    glossed = ("發(fā)布時(shí)間：2024-03-12\n3月10日，某市召開(kāi)一季度經(jīng)濟(jì)運行分析會(huì)。"
               "會(huì)議強(qiáng)調(diào)，要穩增長。\n")
    assert parse_text(plain).meeting.date == parse_text(glossed).meeting.date == "2024-03-10"


@pytest.mark.parametrize(
    ("text", "speaker", "date"),
    [
        # a party congress: the secretary reports for the committee, the report's title holding a comma; the day
        # named from the day the news was published (昨天)
        ("来源:某某门户网  2019-06-17 19:52\n本报讯 中国共产党某某区第一次代表大会昨天上午在区剧院隆重开幕。"
         "王建国同志代表区委向大会作题为《合力建设“创新之区”，为全面建成小康社会而努力奋斗》的工作报告。",
         "王建国", "2019-06-16"),
        ("9月9日上午，中国共产党某某市第六次代表大会隆重开幕。赵立新代表中国共产党某某市第五届委员会，"
         "向大会作了《奋勇争先、实干出彩，奋力开启新征程》的报告。", "赵立新", None),
    ],
    ids=["congress-yesterday", "congress-comma-before-the-assembly"],
)
def test_a_party_congress_report_and_a_day_named_from_publication(text, speaker, date):
    meeting = parse_text(text).meeting
    assert (meeting.speaker, meeting.date) == (speaker, date)


def test_the_one_who_sums_up_after_hearing_the_reports_is_the_speaker():
    text = ("2月20日，某县交通运输局召开春训工作动员会。各股长依次发言。最后，局党组书记、局长王建国在听取发言后，"
            "进行总结。王局长要求：一是抓好安全生产。二是抓好项目建设。")
    assert parse_text(text).meeting.speaker == "王建国"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the last of a group that visited is not the group's leader, who is named by surname only
        ("10月26日上午，街道党工委徐书记、组织员林立新、综合办主任王建国一行到某社区调研指导工作。徐书记指出，要树品牌。", None),
        # a surname and a noun the dictionary knows (洪流), next to a post, in a role
        ("5月18日上午，区委副书记洪流一行赴某街道调研。洪流副书记对街道各项工作给予肯定，并提出四点要求：", "洪流"),
    ],
    ids=["last-of-a-visiting-group", "a-name-the-dictionary-knows-as-a-noun"],
)
def test_who_led_a_visit(text, speaker):
    assert parse_text(text).meeting.speaker == speaker
