"""Parallel items in every form, on texts written for these tests (none of them is a fixture)."""

from __future__ import annotations

import pytest

from policylens import parse_text

LEAD = "5月8日，某区召开经济工作会议。区委书记王建国出席会议并讲话。\n"


def items(text: str) -> tuple[list[str], list[str]]:
    report = parse_text(text)
    return [a.title for a in report.focus_areas], [a.title for a in report.requirements]


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        ("王建国强调，一是加快项目建设，确保重点项目按期开工。二是优化营商环境，提升政务服务效率。"
         "三是保障改善民生，办好民生实事。",
         ["加快项目建设", "优化营商环境", "保障改善民生"]),
        ("王建国要求：\n一要抓好招商引资，引进一批龙头企业。\n二要推进城市更新，加快老旧小区改造。\n"
         "三要做好防汛准备，落实应急预案。",
         ["抓好招商引资", "推进城市更新", "做好防汛准备"]),
        ("王建国指出：\n第一，稳住工业基本盘，推动规上工业增长。\n第二，扩大有效投资，加快项目前期。\n"
         "第三，激发消费活力，培育夜间经济。",
         ["稳住工业基本盘", "扩大有效投资", "激发消费活力"]),
        ("王建国强调，要聚焦产业升级，壮大新能源汽车产业链。要聚焦城乡融合，推进美丽乡村建设。"
         "要聚焦民生改善，提高公共服务水平。",
         ["产业升级", "城乡融合", "民生改善"]),
        ("会议要求，下半年要着力稳定工业增长，推动企业满产达产；着力扩大有效投资，加快项目建设；"
         "着力提升城市品质，推进老旧小区改造。",
         ["着力稳定工业增长", "着力扩大有效投资", "着力提升城市品质"]),
        ("会议强调，要全力聚焦招商引资，全力聚焦项目建设，全力聚焦乡村振兴，以更大力度推动发展。",
         ["招商引资", "项目建设", "乡村振兴"]),
        ("王建国强调，当前要重点抓好工业稳增长、城市更新、乡村振兴和安全生产等四项重点工作，确保全年目标完成。",
         ["工业稳增长", "城市更新", "乡村振兴", "安全生产"]),
        ("下半年重点工作：\n● 加快产业转型升级，培育壮大新兴产业；\n● 深化重点领域改革，激发市场主体活力；\n"
         "● 持续改善生态环境，打好污染防治攻坚战。",
         ["加快产业转型升级", "深化重点领域改革", "持续改善生态环境"]),
        ("王建国强调，①抓好项目建设，加快开工进度；②抓好招商引资，引进优质企业；③抓好安全生产，守牢底线。",
         ["抓好项目建设", "抓好招商引资", "抓好安全生产"]),
        # two 要-sentences direct, the first right after the words that report the speech
        ("王建国强调，要加快项目建设，确保重点项目按期开工。要优化营商环境，提升政务服务效率。",
         ["加快项目建设", "优化营商环境"]),
        # a sentence whose 要 follows its own subject is the umbrella of the list, not an item
        ("王建国强调，各部门要对照年初目标，确保完成全年任务。要聚焦产业升级，壮大产业链。"
         "要聚焦城乡融合，推进美丽乡村建设。要聚焦民生改善，提高公共服务水平。",
         ["产业升级", "城乡融合", "民生改善"]),
        # 首先 stands for 第一 before 第二, 第三
        ("王建国指出，首先，要稳住工业基本盘，推动规上工业增长。第二，要扩大有效投资，加快项目前期。"
         "第三，要激发消费活力，培育夜间经济。",
         ["稳住工业基本盘", "扩大有效投资", "激发消费活力"]),
        # the first 要 opens a clause of the sentence that reports the speech, after a clause of its own
        ("王建国指出，今年是开局之年，要加快项目建设，确保按期开工。要优化营商环境，提升服务效率。"
         "要保障改善民生，办好民生实事。",
         ["加快项目建设", "优化营商环境", "保障改善民生"]),
        # 要X；要聚焦Y: one ；-list although the second item's 要 is followed by 聚焦
        ("会议强调，要稳住工业基本盘，推动规上工业增长；要聚焦城乡融合，推进美丽乡村建设；"
         "要守牢安全底线，抓好安全生产。",
         ["稳住工业基本盘", "城乡融合", "守牢安全底线"]),
        # an item's body may hold a sentence without 要 before the next 要-sentence
        ("王建国强调，要加快项目建设，确保重点项目按期开工。充分利用专项债券，加快前期工作。要优化营商环境，"
         "提升政务服务效率。要保障改善民生，办好民生实事。",
         ["加快项目建设", "优化营商环境", "保障改善民生"]),
    ],
    ids=["yishi-inline", "yiyao-lines", "diyi-lines", "yaojujiao-sentences", "zhuoli-semicolons",
         "jujiao-commas", "counted-series", "bullets", "circled", "two-yao-sentences", "umbrella-sentence",
         "shouxian-dier", "yao-after-a-clause", "yao-then-yaojujiao-semicolons", "yao-sentences-with-bodies"],
)
def test_each_form_of_parallel_items(body, focus):
    assert items(LEAD + body) == (focus, [])


def test_a_list_cut_off_before_the_page_footer_is_read_as_cut_off():
    """Two ；-items are a list when the text was cut after them, even if a page footer line follows the cut."""
    body = ("会议强调，要稳住工业基本盘，推动规上工业增长；要聚焦城乡融合，推进美丽乡村建设，\n\n"
            "2022-09-05 10 12 今日某县 content_123456.html 1 3 县政府全体会议召开 县政府全体会议召开 /enpproperty-->")
    assert items(LEAD + body) == (["稳住工业基本盘", "城乡融合"], [])


@pytest.mark.parametrize(
    "body",
    [
        # a speech's first point run into its text, after the sentence that announces the points; cut off after it
        "同志们：今天召开全县经济工作会议。下面，我讲三个问题。 一、准确把握当前经济形势 今年以来，全县上下克难攻坚，"
        "保持了经济持续增长",
        # the same without an announcement, the text cut inside the point
        "同志们：今天召开全县经济工作会议。一、准确把握当前经济形势，树牢抢抓机遇的进取意识只有正视不足才能精准发力，"
        "唯有抢抓机遇方能破局",
    ],
    ids=["announced", "cut-off"],
)
def test_a_speech_point_run_into_the_text(body):
    focus, requirements = items(body)
    assert [t for t in focus + requirements if t.startswith("准确把握当前经济形势")], (focus, requirements)


def test_paragraphs_opening_with_a_short_directive_are_the_items_and_their_sentences_the_details():
    """会议强调，要X。要a…。要b…。\n要Y。要c…。: each paragraph's short opening sentence is an item."""
    body = ("会议强调，要全力完成年度目标任务。要对照年度目标，迅速补短板、强弱项。要立足收好官，抓好项目谋划。\n"
            "要全力办好民生实事。要突出发展为民，聚焦群众急难愁盼问题。")
    assert items(LEAD + body) == (["全力完成年度目标任务", "全力办好民生实事"], [])


def test_another_leaders_list_is_not_the_speakers():
    """The speaker's four requirements are items; 赵立新就…提三点希望：一是… is another leader's list."""
    body = ("镇党委书记王建国结合实际提出三点要求：一是要认准形势，转变观念；二是要吃透政策，落实要求；"
            "三是要压实责任、强化担当。王建国强调，要把讲政治作为第一要求。\n"
            "赵立新就做好改革工作提三点希望：一是正确面对改革；二是妥善推进改革；三是有序推进发展。")
    focus, requirements = items(LEAD + body)
    assert not [t for t in focus + requirements if "改革" in t], (focus, requirements)
    assert len(focus + requirements) == 3


def test_the_chairs_report_before_the_speakers_speech_is_not_the_deployment():
    """会上，镇长某某首先对…进行了通报…。一是…二是…: the chair's points; the secretary who spoke deploys."""
    text = ("7月23日，某镇人居环境整治工作推进会召开，会议由镇长赵立新主持。\n"
            "会上，赵立新首先对近期督查情况进行了通报，要求以问题为导向，抓好问题整改。一是全面治理农村垃圾，加快垃圾分类。"
            "二是统筹开展三整一拆，拆除乱搭乱建。\n"
            "镇党委书记王建国讲话，要求干部要认清当前形势，提高思想认识；要在营造全民参与氛围上再下功夫，动员群众参与；"
            "要结合集镇整治工作重点，补齐短板。")
    report = parse_text(text)
    titles = [a.title for a in report.focus_areas + report.requirements]
    assert report.meeting.speaker == "王建国"
    assert not [t for t in titles if "垃圾" in t or "三整一拆" in t], titles
    assert len(titles) == 3, titles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two 要-clauses of one sentence after the speech verb are a list of two
        ("王建国指出，参会干部务必高度重视，要进一步提高政治站位，明确工作责任；要动员群众参与到位，加强宣传。",
         ["进一步提高政治站位", "动员群众参与到位"]),
        # what people did at the meeting, told in order, is not a list of work
        ("首先，镇长王建国同志传达了区委全会精神，通报了考核情况。\n其次，副镇长赵立新同志宣读了表彰决定。", []),
        # a 要-sentence under 一是 and another under 二是 are not one list: the outer items are
        ("王建国强调，一是要认清形势，保持定力。要明确产业方向，抓项目抓投资。二是突出重点，系统谋划。要抓好底线工作，"
         "补齐短板。三是率先垂范，主动担当。要创新抓工作，推进高质量发展。", ["认清形势", "突出重点", "率先垂范"]),
        # the actors the list is addressed to, named with their county, open its first item
        ("会议要求，某某县各级各部门要统一思想，认清形势；要未雨绸缪，提前抓好备汛工作；要密切配合，落实责任制；"
         "要严阵以待，做好各项应对措施。", ["统一思想", "未雨绸缪", "密切配合", "严阵以待"]),
        # each item addressed to the same actors, one of them to what of theirs it is about (各单位汇报材料要)
        ("会议要求，各单位要以目标任务为抓手，围绕指标汇报；各单位汇报材料要精练，进行清单化汇报；各单位要盯紧大项目，"
         "做好洽谈引进。", ["以目标任务为抓手", "各单位汇报材料要精练", "各单位要盯紧大项目"]),
        # a ；-list whose clauses each open with a four-character head and a comma (not 会议要求，)
        ("会议要求，各村要高度重视；压实责任，村干部要包片到户；广泛发动，引导群众参与；严格督查，每周通报进度；"
         "注重长效，建立保洁机制。", ["压实责任", "广泛发动", "严格督查", "注重长效"]),
        # 会议提出三点要求。一是要坚定信心…。要保持昂扬士气…；要提高工作标准…: the points are the items, the 要-clauses
        # under them their detail
        ("会议对下阶段工作提出三点要求。一是要坚定信心，提振状态冲刺全年目标。要保持昂扬士气，延续良好势头；"
         "要提高工作标准，摒弃自满心态。二是要恪尽职守，严守纪律规矩。要严格请销假；要加强值班值守。"
         "三是要担当作为，锤炼过硬作风。", ["坚定信心", "恪尽职守", "担当作为"]),
        # 1。…2。…: the points are the items; 首先…其次…第三 on the lines below a point are its details
        ("局长王建国提出三项要求：\n1。要树立质量意识，努力提升服务品质。\n首先，要及早计划和布置。\n"
         "其次，要生产高质量的产品。\n第三，要掌握现场，控制进度。\n2。要坚持目标不放松，努力创建垃圾分类示范区。\n"
         "下半年要继续扎实推进各项工作。\n3。狠抓思想建设，努力建设一支充满活力的干部队伍。\n要加强学习。",
         ["树立质量意识", "坚持目标不放松", "狠抓思想建设"]),
    ],
    ids=["two-yao-clauses", "narrative-firstly-secondly", "yao-sentences-under-outer-items", "county-actors-first",
         "actors-and-what-of-theirs", "four-character-heads", "yao-clauses-under-points-of-requirements",
         "numbered-points-with-details-below"],
)
def test_short_lists(body, expected):
    focus, requirements = items(LEAD + body)
    assert sorted(focus + requirements) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "focus", "requirements"),
    [
        # …五是加强队伍建设。为完成下半年工作，提出三点要求：一是…: the requirements do not sit inside 五是
        ("王建国强调，下半年要重点抓好三个方面：一是推进全面从严治党；二是加强依法规范管理；三是加强队伍建设。"
         "为高质量完成下半年工作，王建国提出三点要求：一是要严守纪律规矩；二是要务实高效、紧张快干；"
         "三是要协调配合、和谐共赢。",
         ["推进全面从严治党", "加强依法规范管理", "加强队伍建设"], ["严守纪律规矩", "务实高效、紧张快干", "协调配合、和谐共赢"]),
        # one list whose items are told apart by what they are about
        ("王建国强调，要强化责任担当，切实履职尽责；要加快项目建设，确保按期投产；要扩大有效投资，"
         "加快项目前期；要严明工作纪律，确保政令畅通。",
         ["加快项目建设", "扩大有效投资"], ["强化责任担当", "严明工作纪律"]),
    ],
    ids=["counted-list-after-the-last-item-of-another", "told-apart-by-content"],
)
def test_requirements_apart_from_focus_areas(body, focus, requirements):
    assert items(LEAD + body) == (focus, requirements)


def test_a_colon_far_inside_an_item_does_not_make_it_an_introduction():
    """一、准确把握形势 …（a long review）…“两增”：一是…二是…: the item is a point of its own, not a lead-in."""
    body = ("同志们：下面，我讲三个问题。 一、要准确把握当前经济形势 去年，全县上下克难攻坚，保持了经济持续增长。"
            "农业形势好，粮食产量增长。“两增”：一是工业经济提速增效。二是固定资产投资实现增长。总体来看，去年经济运行比较好")
    focus, requirements = items(body)
    assert [t for t in focus + requirements if t.startswith("准确把握当前经济形势")], (focus, requirements)


def test_a_first_marker_that_lost_its_yao():
    body = "王建国提出要求，一项目建设要提速，确保按期开工；二要招商引资要突破，引进龙头企业；三要安全生产要抓牢，守住底线。"
    focus, _ = items(LEAD + body)
    assert focus == ["项目建设要提速", "招商引资要突破", "安全生产要抓牢"]




@pytest.mark.parametrize(
    "heading",
    ["加强组织领导", "加强协调配合", "加强督导检查", "牢固树立全县“一盘棋”思想", "强化责任意识", "形成工作合力"],
)
def test_how_the_work_is_led_and_coordinated_is_a_requirement(heading):
    """Leadership, coordination, supervision and awareness are conduct, as discipline and style are."""
    from policylens.structure.item_kinds import lean

    assert lean(heading) >= 1.5, lean(heading)


def test_a_list_of_conduct_is_requirements_whatever_its_markers():
    body = "王建国提出三点要求：\n一要提高政治站位，增强大局意识。\n二要改进工作作风，狠抓工作落实。\n三要严守纪律规矩，筑牢廉洁防线。"
    assert items(LEAD + body) == ([], ["提高政治站位", "改进工作作风", "严守纪律规矩"])


def test_a_nested_work_list_inside_a_requirement():
    body = ("王建国强调，一要提高思想认识，增强紧迫感。二要明确工作重点，抓好以下工作：一是加快园区建设。"
            "二是推进项目落地。三是优化营商环境。三要严明工作纪律，强化督查问责。")
    focus, requirements = items(LEAD + body)
    assert focus == ["加快园区建设", "推进项目落地", "优化营商环境"]
    assert requirements == ["提高思想认识", "严明工作纪律"]


def test_a_review_list_is_not_a_plan():
    body = ("会议指出，过去一年，全区坚持项目为王，经济运行稳中有进；坚持改革创新，发展活力持续增强；"
            "坚持民生优先，群众生活更加殷实。\n"
            "会议强调，今年要着力扩大有效需求，推动经济回升；着力培育新兴产业，增强发展后劲；着力保障改善民生，"
            "提高群众生活品质。")
    focus, _ = items(LEAD + body)
    assert focus == ["着力扩大有效需求", "着力培育新兴产业", "着力保障改善民生"]


def test_the_chapter_list_of_a_report_is_not_items():
    body = "报告共分三个部分：一、过去一年工作回顾；二、今年目标任务；三、加强政府自身建设。"
    assert items(LEAD + body) == ([], [])


def test_a_count_that_does_not_match_is_a_warning():
    body = "王建国强调，要重点抓好五个方面工作：一是加快项目建设，确保按期开工。二是优化营商环境，提升服务效率。"
    report = parse_text(LEAD + body)
    assert [a.title for a in report.focus_areas] == ["加快项目建设", "优化营商环境"]
    assert any("5" in w and "2 项" in w for w in report.warnings)


def test_no_items_is_said_in_warnings():
    report = parse_text(LEAD + "会议听取了各部门上半年工作情况汇报，研究了下半年工作。与会人员进行了讨论。")
    assert report.focus_areas == [] and any("未识别出重点领域" in w for w in report.warnings)


HEADER = ("2026年某省政府工作报告\n——2026年1月25日在某省第十四届人民代表大会第五次会议上\n省长 张三\n各位代表：\n"
          "现在，我代表省人民政府，向大会报告工作，请予审议。\n")
REVIEW = ("{heading}\n2025年，全省地区生产总值增长5.2%，一般公共预算收入增长3.1%，城镇新增就业62万人，取得了显著成效。\n"
          "（一）经济运行稳中有进。地区生产总值增长5.2%，规模以上工业增加值增长6.1%，固定资产投资增长4.3%。\n"
          "（二）科技创新取得新突破。研发投入强度达到2.5%，新增高新技术企业1200家，技术合同成交额增长20%。\n")
PLAN = ("{heading}\n今年是“十五五”开局之年。做好今年工作，要坚持稳中求进工作总基调。重点做好以下工作：\n"
        "（一）扩大有效需求，推动经济持续回升。要加快推进重大项目建设，促进消费扩容提质。\n"
        "（二）发展新质生产力，加快产业转型升级。要培育壮大新兴产业，加快传统产业改造。\n"
        "（三）深化改革开放，增强发展动力活力。要深化重点领域改革，扩大高水平对外开放。\n")


@pytest.mark.parametrize(
    ("review_heading", "plan_heading"),
    [
        ("一、2025年工作回顾", "二、2026年重点工作"),
        ("一、2025年工作回顾", "二、“十五五”时期目标任务和2026年工作安排"),
        ("一、2025年工作回顾", "二、一鼓作气勇争先，全力推动“十五五”开好局、起好步"),
        ("一、一年接着一年干，经济社会发展持续取得新进展新成效", "二、一鼓作气勇争先，全力推动“十五五”开好局、起好步"),
    ],
    ids=["named", "five-year-and-this-year", "slogan-plan", "slogan-review-and-plan"],
)
def test_the_plan_is_found_by_what_it_says(review_heading, plan_heading):
    text = HEADER + REVIEW.format(heading=review_heading) + PLAN.format(heading=plan_heading)
    report = parse_text(text)
    kinds = {s.title: s.kind for s in report.sections}
    assert kinds[plan_heading[2:]] == "plan"
    assert kinds[review_heading[2:]] == "review"
    assert [a.title for a in report.focus_areas] == ["扩大有效需求", "发展新质生产力", "深化改革开放"]


def test_a_speech_whose_points_are_work_sections():
    text = ("在全县半年工作会议上的讲话\n同志们：\n今天召开这次会议，主要任务是安排部署下半年工作。下面，我讲三个方面的工作。\n"
            "一、坚定不移抓项目，全力稳住经济增长\n项目是发展的生命线。要加快在建项目进度，推动新开工项目早开工。\n"
            "二、持之以恒优环境，持续激发市场活力\n要深化“放管服”改革，推行“一网通办”，为企业排忧解难。\n"
            "三、用心用情办实事，不断增进民生福祉\n要办好十件民生实事，抓好就业、教育、医疗等工作。\n")
    focus, requirements = items(text)
    assert focus == ["坚定不移抓项目", "持之以恒优环境", "用心用情办实事"]
    assert requirements == []


def test_first_then_finally_on_lines():
    body = ("王建国就下半年工作提出要求：\n首先，要加快产业项目建设，确保按期竣工投产。\n其次，要抓好招商引资工作，引进一批优质项目。\n"
            "最后，要保障改善民生，办好群众急难愁盼的事。")
    focus, _ = items(LEAD + body)
    assert focus == ["加快产业项目建设", "抓好招商引资工作", "保障改善民生"]


def test_a_review_list_then_the_plan_list():
    body = ("王建国指出，上半年全区经济运行稳中向好：一是工业生产增势较好，规上工业增加值增长8.2%。二是固定资产投资"
            "保持增长，增长6.5%。三是消费市场持续回暖。\n"
            "王建国强调，下半年一要狠抓项目建设，加快重点项目进度。二要狠抓招商引资，引进一批龙头项目。三要狠抓安全生产，"
            "守牢安全底线。")
    focus, _ = items(LEAD + body)
    assert focus == ["狠抓项目建设", "狠抓招商引资", "狠抓安全生产"]


def test_traditional_script_gives_the_same_items():
    import opencc

    body = ("會議要求，下半年要着力穩定工業增長，推動企業滿產達產；着力擴大有效投資，加快項目建設；"
            "着力提升城市品質，推進老舊小區改造。")
    text = opencc.OpenCC("s2t").convert(LEAD) + body
    focus, _ = items(text)
    assert focus == ["着力穩定工業增長", "着力擴大有效投資", "着力提升城市品質"]


@pytest.mark.parametrize("joiner", ["", " "])
def test_paragraphs_run_together_are_read_as_the_paragraphs_they_were(seed_report, seed_text, joiner):
    """A page copied without its line breaks: each 要X，Y。 paragraph, the photo captions between them (no full
    stop, so glued to the next paragraph) and the report's turns (某某强调…) run on in one line."""
    report = parse_text(seed_text.replace("\n", joiner))
    for got, want in ((report.focus_areas, seed_report.focus_areas), (report.requirements, seed_report.requirements)):
        assert [(a.title, a.goal, len(a.tasks)) for a in got] == [(a.title, a.goal, len(a.tasks)) for a in want]


def test_run_in_paragraphs_of_a_written_news_item():
    text = ("5月8日，某区召开经济工作会议。区委书记王建国出席会议并讲话。王建国强调，要聚焦产业发展，夯实经济基础。"
            "加快推进智能制造产业园建设，壮大新能源汽车产业。图为智能制造产业园一角要聚焦民生保障，增进人民福祉。"
            "办好十件民生实事，稳定就业岗位，完善社会保障体系。要聚焦生态治理，守护绿水青山。推进河湖综合整治，"
            "抓好大气污染防治。会上，王建国还对安全生产工作作了部署。各街道、各部门主要负责同志参加会议。")
    report = parse_text(text)
    assert [a.title for a in report.focus_areas] == ["产业发展", "民生保障", "生态治理"]
    assert [len(a.tasks) for a in report.focus_areas] == [2, 3, 2]


def test_a_second_list_of_the_same_kind_later_in_the_paragraph():
    """…三是Z。同时，王建国对当前重点工作强调：一是…: the second list is not the body of the first list's last item."""
    body = ("王建国要求各部门：一是明确任务，认真做好秸秆禁烧等各项工作；二是加快推进重点工程，确保按期完成；"
            "三是抓好冬季农业生产，确保不误农时。同时，王建国对当前重点工作进行了强调：一是加强安全生产监督检查，"
            "确保群众生命财产安全；二是扎实做好信访工作，维护社会稳定；三是做好村级班子换届准备工作，保障平稳开展。")
    focus, requirements = items(LEAD + body)
    assert focus + requirements == ["明确任务", "加快推进重点工程", "抓好冬季农业生产", "加强安全生产监督检查",
                                    "扎实做好信访工作", "做好村级班子换届准备工作"]


def test_a_yao_list_directs_whatever_results_its_items_mention():
    """一要…二要…: items that recall results (充分认识…取得的显著成效) are still what is to be done, not a review."""
    body = ("王建国指出，学习会议精神，重点要把握好4个方面：一要坚定信心、保持定力，充分认识去年以来取得的显著成效；"
            "二要找准定位、把握方向，充分认识开启新征程的发展方位；三要重点突出、措施有力，充分认识先行示范的实现路径；"
            "四要认清责任、担当作为，充分认识奋战起步年的目标要求。")
    focus, requirements = items(LEAD + body)
    assert focus + requirements == ["坚定信心、保持定力", "找准定位、把握方向", "重点突出、措施有力", "认清责任、担当作为"]


def test_items_reporting_last_years_figures_are_a_review():
    """“两增”：一是X。…比上年增长21。二是Y。…: the items report results, whatever their headings say."""
    body = ("王建国指出，去年全县呈现“两增”的局面：一是工业经济提速增效。规模以上工业企业实现产值23亿元，比上年增长21。"
            "二是固定资产投资实现增长。完成固定资产投资35亿元，比上年增长40。\n"
            "王建国强调，今年一要狠抓项目建设，加快重点项目进度。二要狠抓招商引资，引进一批龙头项目。")
    focus, _ = items(LEAD + body)
    assert focus == ["狠抓项目建设", "狠抓招商引资"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sentence before a ；-list of 要-items opens it when its 要 follows the speech verb
        ("会议强调，要坚决守住安全底线，时刻紧绷安全生产这根弦。要保持领导机制不变，压实职责分工；要强化源头管控，"
         "筑牢各道防线；要落实好应急预案，认真履职尽责。",
         ["坚决守住安全底线", "保持领导机制不变", "强化源头管控", "落实好应急预案"]),
        # a speech verb written with pinyin glosses (強(qiáng)調(diào)) still reports the speech
        ("會議強(qiáng)調(diào)，要全力加快項目建設，確保按期開工。要持續優化營商環境，提升服務效率。"
         "要扎實抓好安全生產，守牢安全底線。",
         ["全力加快項目建設", "持續優化營商環境", "扎實抓好安全生產"]),
    ],
)
def test_the_reported_sentence_before_a_list_of_yao_items_opens_it(body, expected):
    focus, requirements = items(LEAD + body)
    assert focus + requirements == expected


def test_a_yao_list_whose_items_name_who_is_to_act():
    """…；各部门之间要加强沟通…；要鼓足干劲…: an item may name its actors before its 要."""
    body = ("王建国强调，要牢固树立抓项目就是抓经济的意识，倒排工期，挂图作战；各部门之间要加强沟通，协调配合，"
            "及时解决困难和问题；要鼓足干劲，紧盯节点，全力抓好项目建设工作。")
    focus, requirements = items(LEAD + body)
    assert focus + requirements == ["牢固树立抓项目就是抓经济的意识", "各部门之间要加强沟通", "鼓足干劲"]


def test_a_list_of_what_was_seen_is_a_review():
    """这次汇报体现出了这样几个特点。一是…: the sentence before the list says it describes, so nothing is planned."""
    body = ("王建国指出，从各乡镇汇报的情况看，这次汇报体现出了这样几个特点。一是步调一致，思想统一。"
            "二是思想活跃，思路上有突破。三是敢想敢议大事。\n"
            "王建国强调，今年一要狠抓项目建设，加快重点项目进度。二要狠抓招商引资，引进一批龙头项目。")
    focus, requirements = items(LEAD + body)
    assert focus + requirements == ["狠抓项目建设", "狠抓招商引资"]


def test_pinyin_glosses_do_not_change_what_an_item_is_about():
    """紀(jì)律, 作風(fēng): a gloss inside a cue word leaves an item's kind (focus or requirement) as in the plain text."""
    plain = "王建國強調，一是加快項目建設，確保按期開工；二是擴大有效投資，加快產業升級；三是嚴明紀律規矩，改進工作作風。"
    glossed = plain.replace("紀律", "紀(jì)律").replace("規矩", "規(guī)矩").replace("作風", "作風(fēng)")
    focus, requirements = items(LEAD + glossed)
    assert focus == ["加快項目建設", "擴大有效投資"]
    assert [title.replace("(jì)", "").replace("(guī)", "") for title in requirements] == ["嚴明紀律規矩"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 一要…二要… each on its own line, one of them naming next year: the items are the list, not chapters
        ("下面，我讲几点意见。\n一要抓紧年度考核，完美收官2025年。各单位要及时报送材料，做好考核准备。\n"
         "二要抓好重点项目谋划，精彩开局2026年。各乡镇要加大谋划力度，及时报送项目清单。\n"
         "三要强化招商引资，引进一批龙头企业。各部门要主动对接客商，推动项目落地。",
         ["抓紧年度考核", "抓好重点项目谋划", "强化招商引资"]),
        # 三是要 goes on the list that 一要 and 二要 began
        ("王建国强调，一要抓好招商引资，引进一批龙头企业；二要推进城市更新，加快老旧小区改造；"
         "三是要做好防汛准备，落实应急预案。",
         ["抓好招商引资", "推进城市更新", "做好防汛准备"]),
        # the body addressed before the first marker (全镇上下一要…；二要…)
        ("王建国说，全镇上下一要抓好招商引资，引进一批龙头企业；二要推进城市更新，加快老旧小区改造；"
         "三要做好防汛准备，落实应急预案。",
         ["抓好招商引资", "推进城市更新", "做好防汛准备"]),
        # the actors a list is addressed to open the sentence of its first item
        ("王建国指出，下半年时间紧任务重。各级各部门要围绕目标任务，强化运行调度；围绕转型升级，深化结构调整；"
         "围绕招大引强，全力推进项目建设。",
         ["围绕目标任务", "围绕转型升级", "围绕招大引强"]),
        # the items a meeting deployed, named without a count
        ("会上通报了上周工作情况，并对秋粮收购、森林防火、燃气安全检查等重点工作进行了安排部署。",
         ["秋粮收购", "森林防火", "燃气安全检查"]),
        # the first item run into the line that announces the list, the others on lines of their own
        ("最后，王建国提出了三点要求：一是认真学习，深刻领会，抓好落实。各部门要迅速行动起来。\n"
         "二是再接再厲，全力以赴，抓好下半年各项工作。要认真分析问题。\n三是加强督查，强化落实，提高执行力。",
         ["认真学习", "再接再厲", "加强督查"]),
        # a count of judgements announces a description, not a plan
        ("王建国指出，会议作出对下半年经济走势的两个基本判断：一是平稳较快发展的态势不会改变，"
         "二是经济稳定增长仍然面临较大压力。", []),
        # 同时，要… goes on the run of 要-sentences
        ("王建国要求，要聚焦重点，靶向发力，加快推进重大项目。要解放思想，开拓创新，破解发展难题。"
         "同时，要改进作风，提速提效，确保各项工作落实。",
         ["重点", "解放思想", "改进作风"]),
        # a 、-list of actors before the 要 of the first item of a ；-list
        ("王建国指出，灾后重建任务繁重。各县区、各部门、各单位要全面准确地认识面临的形势，对存在的差距，要引起高度重视，"
         "狠抓落实；要紧紧围绕年初确定的目标任务，抓好恢复重建工作。",
         ["各县区、各部门、各单位要全面准确地认识面临的形势", "紧紧围绕年初确定的目标任务"]),
        # ；-clauses that each open like an item, each with a different word: unmarked parallel items
        ("王建国指出，全县发展要靠项目；把“产业强、乡村美”作为工作目标，推进农业产业化；以打造商贸物流集散区为目标，"
         "提升商贸服务业；加快建设城乡一体化示范区，推进新型城镇化；坚定不移深化改革，激活发展活力。",
         ["把“产业强、乡村美”作为工作目标", "以打造商贸物流集散区为目标", "加快建设城乡一体化示范区", "坚定不移深化改革"]),
        # …but a list of one opener with one other clause before it is read as that opener's list
        ("会议要求，以高质量发展为统领；坚持抢抓机遇，推动综合实力实现新突破；坚持链群并育，推动产业发展实现新突破；"
         "坚持科技赋能，推动改革创新实现新突破；坚持绿色先行，推动生态文明建设实现新突破。",
         ["坚持抢抓机遇", "坚持链群并育", "坚持科技赋能", "坚持绿色先行"]),
        # a sentence with its own subject whose 要 goes on with the verb every later item opens with is the first item;
        # the next leader's run of sentences (its intro the sentence before it) is not the speaker's
        ("县委书记王建国主持会议并讲话。王建国强调，各乡镇主要负责同志要坚持守正创新，把党建作为第一保障。"
         "要坚持人民至上，把发展作为第一要务。要坚持底线思维，把稳定作为第一责任。\n"
         "赵立新要求，各乡镇班子要坚持团结协作，形成合力。要坚持实事求是，谋划市场主体培育。"
         "要坚持安全发展，守住底线。",
         ["坚持守正创新", "坚持人民至上", "坚持底线思维"]),
        # another leader named after a post introduces a list: not the speaker's
        ("镇党委书记王建国作动员讲话，提出三点意见，一是提高思想认识；二是对标目标任务；三是加强组织领导。\n"
         "县委督导组组长赵立新为全镇开展好主题教育提出了具体意见，一要切实提高认识；二要把握总体要求；三要解决突出问题。",
         ["提高思想认识", "对标目标任务", "加强组织领导"]),
        # 要-items split by ；, each of two sentences; the first right after the speech verb
        ("王建国强调：要引以为戒、高度重视，切实增强红线意识。继续保持工作劲头，营造安全稳定的环境；"
         "要突出重点、严防死守，切实筑牢安全防线。狠抓隐患整治和源头管控，确保资源安全；"
         "要加强领导、落实责任，坚守安全底线。强化组织领导，严格责任追究。",
         ["引以为戒、高度重视", "突出重点、严防死守", "加强领导、落实责任"]),
        # a subject sentence whose 要 goes on with the first item's verb opens the run of 要-sentences
        ("王建国指出，全县各级、各部门要扎实推进治本攻坚行动，坚持标本兼治。要扎实开展隐患排查治理，防范各类风险。"
         "要夯实防灾减灾基层基础，形成良好氛围。",
         ["扎实推进治本攻坚行动", "扎实开展隐患排查治理", "夯实防灾减灾基层基础"]),
        # ；-items each naming the field it works in (在X上再Y), the first after the addressed body's 要…精神，
        ("会议强调，全市上下要结合学习贯彻全会精神，在思想认识上再提升，推动县域经济实现新突破；在防汛救灾上再抓紧，"
         "减少农业损失；在产业带动上再用劲，推动价值链升级；在乡村治理上再深化，促进社会稳定。",
         ["在防汛救灾上再抓紧", "在产业带动上再用劲", "在乡村治理上再深化", "在思想认识上再提升"]),  # the last a requirement
        # a meeting's agenda counted and listed is what it did, not a plan; the speaker's points after it are items
        ("会议由组织委员赵立新主持，共三项议程。一是赵立新传达文件精神，安排工作任务；二是钱立新同志讲话；三是交流发言。\n"
         "最后镇长王建国讲意见：一是加快推进项目建设，确保按期完工；二是抓好安全生产，守住底线。",
         ["加快推进项目建设", "抓好安全生产"]),
        # ；-items each opening with 要求 (the heading after it); another leader's 四要 announced in a meeting: not his
        ("镇长赵立新在会议上提出“四要”：一要严明态度；二要严格条件；三要严明程序；四要严正纪律。\n"
         "党委书记王建国同志对会议进行了总结并提出三点要求：要求思想上高度重视；要求各社区配强班子、配齐班子；"
         "要求强化第一责任人，严把纪律。",
         ["思想上高度重视", "各社区配强班子、配齐班子", "强化第一责任人"]),
        # 必须 opens the first of the 要-sentences the speech goes on with
        ("王建国强调，必须着力加强对教师队伍的管理，提高教学质量。要进一步加强对学生的管理，培养全面发展的新人。"
         "要净化教育环境，加大对校园周边环境的治理。",
         ["着力加强对教师队伍的管理", "进一步加强对学生的管理", "净化教育环境"]),
        # paragraphs run together, each opening with a short directive, the last a directive of many clauses
        ("王建国强调，要提高思想认识，充分认识开好本次会议的重要性。自觉增强责任感和使命感，把这次会议开成一次振奋人心的大会。"
         "要发挥组织作用，引导代表履职尽责。充分发挥好组织引导作用，全力以赴完成好大会的各项任务。要全面从严要求，"
         "积极营造风清气正的会议氛围，严格执行纪律要求，高度重视大会安全工作，确保大会工作有序进行。",
         ["提高思想认识", "发挥组织作用", "全面从严要求"]),
        # a ；-list whose items name the body each is addressed to
        ("王建国要求，各位代表要遵守代表守则，依法履职；县人大常委会要严格执行监督办法，开展评议工作；"
         "县政府要把安全生产工作放在首要位置，压实责任；要扎实推进旅游产业发展，聚焦全域旅游。",
         ["遵守代表守则", "县人大常委会要严格执行监督办法", "县政府要把安全生产工作放在首要位置", "扎实推进旅游产业发展"]),
    ],
    ids=["yiyao-lines-naming-years", "shiyao-after-yao", "addressed-before-marker", "addressed-first-item",
         "deployed-series", "first-item-after-colon", "judgements-announced", "tongshi-yao", "actors-listed",
         "mixed-openers", "one-opener", "subject-sentence-same-verb", "posted-leaders-list", "items-across-sentences",
         "subject-sentence-first-items-verb", "in-field-items", "agenda-is-no-plan", "yaoqiu-items",
         "bixu-opens-the-run", "a-directive-of-many-clauses-goes-on", "bodies-as-actors"],
)
def test_lists_read_on_unseen_meeting_news(body, expected):
    focus, requirements = items(LEAD + body)
    assert focus + requirements == expected


def test_a_deployed_series_needs_three_items():
    """对A、B等工作进行安排: two named things are a sentence about the meeting, not its list of work."""
    focus, requirements = items(LEAD + "会议对秋粮收购、森林防火等工作进行了安排部署。")
    assert focus + requirements == []


def test_an_item_that_acknowledges_last_years_results_is_no_plan_item():
    body = ("王建国要求：\n一是对2023年各股室工作取得的成绩表示肯定，希望继续保持。\n二是对2024年工作提出明确要求，"
            "安全要紧抓，项目要清晰。\n三是要求全体干部提高政治站位，明确工作目标。")
    focus, requirements = items(LEAD + body)
    assert not any("表示肯定" in title for title in focus + requirements)
    assert len(focus + requirements) == 2


def test_numerals_standing_alone_after_a_count_that_announces_them():
    body = ("最后，王建国提出三点要求：一提高思想认识抓好责任落实。全体人员要明确责任分工。二围绕目标抓紧行动。"
            "全体人员要抓紧落实。三完善机制加强工作。实行每日通报的工作机制。")
    focus, requirements = items(LEAD + body)
    assert focus + requirements == ["提高思想认识抓好责任落实", "围绕目标抓紧行动", "完善机制加强工作"]


def test_a_count_with_no_bare_numerals_after_it_makes_no_list():
    focus, requirements = items(LEAD + "王建国提出三点要求：一批项目要加快建设。二季度要抓好落实。")
    assert focus + requirements == []
