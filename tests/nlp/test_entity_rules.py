"""Entity rules on sentences written for the tests (none copied from a fixture): each rule by the form it reads."""

from __future__ import annotations

import pytest

from policylens import parse_text
from policylens.nlp.entities.heads import heads_by_last_character
from policylens.nlp.entities.people import credited_names, credited_outlets, listed_names
from policylens.nlp.entities.rules import Context
from policylens.nlp.segment import tokens


def _entities(text: str) -> set[tuple[str, str]]:
    report = parse_text(text)
    return {(e.name, e.type) for e in report.entities} | {(a, e.type) for e in report.entities for a in e.aliases}


def _names(text: str) -> set[str]:
    return {name for name, _ in _entities(text)}


@pytest.mark.parametrize(
    ("sentence", "expected", "forbidden"),
    [
        # head nouns, the whole name, verbs and qualifiers left outside
        ("加快建设东部（杭州）科技城，推动钱塘江科创大走廊提质。", [("东部（杭州）科技城", "project"),
                                                           ("钱塘江科创大走廊", "project")], ["推动钱塘江科创大走廊"]),
        ("推动萧山国际机场三期建设。", [("萧山国际机场", "project")], ["推动萧山国际机场"]),
        ("开工建设杭温高铁二期，推进沪杭高速扩容。", [("杭温高铁", "project"), ("沪杭高速", "project")], []),
        ("保持经济中高速增长。", [], ["保持经济中高速", "经济中高速"]),
        ("深入实施太湖大保护提档升级行动。", [("太湖大保护提档升级行动", "policy")], []),
        ("深化新一轮温州金融综合改革。", [("温州金融综合改革", "policy")], ["新一轮温州金融综合改革"]),
        ("支持杭州建设国际性综合交通枢纽。", [("杭州", "place")], ["杭州建设国际性综合交通枢纽"]),
        ("扎实开展乡村面貌提升年活动。", [("乡村面貌提升年活动", "policy")], []),
        ("稳步推进重点项目和工业园区建设。", [], ["工业园区", "重点项目"]),
        # dashes, brackets and codes inside a name
        ("提升嘉兴-湖州-绍兴协同水平。", [("嘉兴-湖州-绍兴", "place")], []),
        ("完成国道320线改造。", [("国道320线", "project")], []),
        # formulas
        ("建设美丽浙江，打造数字江苏。", [("美丽浙江", "policy"), ("数字江苏", "policy")], []),
        ("坚持工业强县，推动文旅兴县。", [("工业强县", "policy"), ("文旅兴县", "policy")], []),
        ("推行一企一策，全面落实林长制。", [("一企一策", "policy"), ("林长制", "policy")], []),
        ("完整准确全面贯彻新发展理念，加快构建新发展格局。", [("新发展理念", "policy"), ("新发展格局", "policy")], []),
        ("坚持“抓项目、强产业、优服务”不动摇。", [("抓项目、强产业、优服务", "policy")], []),
        ("啃下这块“硬骨头”，跑出“加速度”。", [], ["硬骨头", "加速度"]),
        ("发挥“领跑员”作用，打造“森林生态”式服务，实施“强链补链”行动。", [("强链补链", "policy")], ["领跑员", "森林生态"]),
        # lists typed by their category, domains left out
        ("培育低空经济、脑机接口、合成生物等新兴产业。", [("低空经济", "industry"), ("脑机接口", "industry"),
                                                   ("合成生物", "industry")], []),
        ("拓展教育、医疗、养老等领域合作。", [], ["教育", "医疗", "养老"]),
        # a sector named with a modifier, when the two make a whole list item
        ("大力发展冷链物流、农村电商、直播电商。", [("冷链物流", "industry"), ("农村电商", "industry"),
                                           ("直播电商", "industry")], ["物流", "电商"]),
        ("建设国家绿色化工和新材料制造业中心。", [], ["国家绿色化工"]),
        ("壮大林草产业，发展文创产业。", [("林草产业", "industry"), ("文创产业", "industry")], []),
        ("发展空天信息和卫星互联网等产业。", [("空天信息", "industry"), ("卫星互联网", "industry")], ["信息"]),
        ("支持民营企业参与新型基础设施等领域项目。", [], ["民营企业", "新型基础设施"]),  # 与 of 参与 joins nothing
        ("成都市调整城市战略定位，实施乡村振兴战略。", [("成都市", "place")], ["成都市调整城市战略"]),
        ("推动习近平经济思想在基层落地。", [("习近平经济思想", "policy")], []),
        # bodies named by a suffix, a place, or an outlet
        ("宁波市商务局、市发改委负责落实。", [("宁波市商务局", "organization"), ("市发改委", "organization")], []),
        ("区纪委、县人大常委会开展监督，市局配合。", [("区纪委", "organization"), ("县人大常委会", "organization")],
         ["市局"]),
        ("东盟和欧盟仍是主要贸易伙伴。", [("东盟", "organization"), ("欧盟", "organization")], []),
        ("建设东华理工大学宁波校区等高校新校区。", [("东华理工大学宁波校区", "organization")], ["高校新校区", "新校区"]),
        # places
        ("积极融入长三角一体化发展，打造浙南增长极。", [("长三角", "place"), ("浙南", "place")], []),
        ("筑牢长江黄河上游生态屏障。", [("长江", "place"), ("黄河", "place")], ["长江黄河"]),
        ("推进涉海项目和沿江开发。", [], ["涉海", "沿江"]),
        ("淳安县召开大会。会上，淳安各部门作了交流。", [("淳安县", "place"), ("淳安", "place")], []),
        # places named by one character each, when the text names every one of them
        ("深化杭州和宁波合作，唱好杭甬“双城记”。", [("杭甬", "place")], []),
        ("襄阳、十堰携手，共建“襄十”算力走廊。", [("襄十", "place")], []),
        ("宜昌、荆州、荆门、襄阳协同，壮大宜荆荆襄新能源产业。", [("宜荆荆襄", "place")], []),
        ("南通、镇江等地削减通江支流总磷负荷。", [], ["通江"]),  # 江 ends 镇江: a pair needs first characters
        ("杭州、宁波加快发展，高质量推进“两重”建设。", [], [("两重", "place")]),  # a counted slogan
        ("推动宁波、杭州与嘉兴合作。", [], ["杭甬"]),  # not written: nothing found
        # a place and its 地区; a list counted by its category
        ("成都与重庆携手。做大做强成渝地区电子信息、生物医药等产业集群。",
         [("电子信息", "industry"), ("成渝地区", "place")], ["成渝地区电子信息"]),
        ("软件信息、科技服务和商务服务三大产业贡献超五成。", [("科技服务", "industry"), ("商务服务", "industry")], []),
        ("数字内容、智慧服务和商务服务两大产业贡献超五成。", [], ["数字内容", "智慧服务"]),  # three items, two counted
        # works named by their category, their last one-character word kept (渡 of 溪洛渡, 站 of 白云站)
        ("溪洛渡、向家坝等大型水电站全面投产。", [("溪洛渡", "project"), ("向家坝", "project")], ["溪洛"]),
        ("红沙沟、白土梁两大煤矿开工建设。", [("红沙沟", "project"), ("白土梁", "project")], []),
        ("加快建设北郊站、滨江线等重点工程。", [("北郊站", "project")], ["北郊"]),
        # a name before the post it is known by, not the post's own first characters
        ("学习了上级精神；赵立新市长在全市推进会上的讲话对工作作出部署。", [("赵立新", "person")], []),
        ("区委副书记钱文主持会议，常务副市长孙海波作报告。", [("钱文", "person"), ("孙海波", "person")],
         ["区委副", "常务副"]),
        # a conjunction before a common surname is not the name's first character; a date after a name ends it
        ("全国经济形势平稳，但李强总理在报告中指出要稳中求进。国务院总理李强5日在报告中介绍。",
         [("李强", "person")], ["但李强"]),
        # quotes in corner brackets, as Hong Kong and Taiwan write them
        ("圍繞推動「十五五」目標任務落實落地。", [("十五五", "policy")], []),
        # an adverb between the name and what the person did (亲自, 则, 分别)
        ("县委副书记兼县长牛志强亲自出席并讲话，常务副县长王燕则负责主持，市长王林分别带队。",
         [("牛志强", "person"), ("王燕", "person"), ("王林", "person")], []),
        # a party committee the segmenter keeps whole; a measure word that counts nothing is part of a name
        ("在中共江州市委坚强领导下，江州发展取得新成效。", [("中共江州市委", "organization")], []),
        ("中共武昌区委副书记作报告。", [("中共武昌区委", "organization")], []),
        ("中共是执政党，中共中央委员会召开会议。", [], ["中共是执政党"]),
        ("推动张江科学城功能提升。", [("张江科学城", "project")], ["江科学城"]),
        ("建成3座科学城，加大政府类科创投资基金投入。", [], ["座科学城", "政府类科创投资基金"]),
        ("建强用好燕赵系列实验室，建好一系列实验室。", [("燕赵系列实验室", "project")], ["一系列实验室", "系列实验室"]),
        # 创新发展 names what a zone is for; a place before 争创/共建 is the verb's subject
        ("推进国家数字经济创新发展试验区建设。", [("国家数字经济创新发展试验区", "policy")], ["数字经济"]),
        ("支持宜昌争创国家农业高新技术产业示范区。", [("宜昌", "place"), ("国家农业高新技术产业示范区", "policy")],
         ["宜昌争创国家农业高新技术产业示范区"]),
        ("紧紧抓住共建上海（长三角）国际科技创新中心机遇。", [("上海（长三角）国际科技创新中心", "policy")],
         ["共建上海（长三角）国际科技创新中心"]),
        # a verb between a noun and the programme head is inside the name
        ("实施茶山矿区生态修复项目。", [("茶山矿区生态修复项目", "project")], []),
        ("实施营商环境提升工程，开展联盟活动。", [("营商环境提升工程", "project")], ["开展联盟活动"]),
        ("实施民宿品质提升行动，推进国际市场开拓计划。", [("民宿品质提升行动", "policy"), ("国际市场开拓计划", "policy")], []),
        # a level and a department: the body of a level the text names; not 格局 or 布局
        ("区发改委、区统计局作交流发言，省公安厅、省委办公厅派员参加。",
         [("区统计局", "organization"), ("省公安厅", "organization"), ("省委办公厅", "organization")], []),
        ("优化区域发展格局，完善区域经济布局。", [], ["区域发展格局", "区域经济布局"]),
        ("县疾控中心、县总工会和区疫情防控指挥部参加。", [("县疾控中心", "organization"),
                                            ("县总工会", "organization"), ("区疫情防控指挥部", "organization")], []),
        ("建设省技术创新中心，打造区域性中心城市和城市中心。", [],
         ["省技术创新中心", "区域性中心", ("城市中心", "organization")]),
        # townships whose names no dictionary has; not 小城镇, 中心镇 or a function word before 镇
        ("先后到皇华镇、辛兴镇和高坪乡调研，推进小城镇和中心镇建设，以城带乡，推动街镇及乡镇发展。",
         [("皇华镇", "place"), ("辛兴镇", "place"), ("高坪乡", "place")],
         ["小城镇", "中心镇", "城带乡", "及乡镇", "推动街镇"]),
        # a name after a title, before what the person did on a visit
        ("市委书记王建国到部分镇街调研，办公室主任李明华一同调度，县政协主席赵立新等参加。",
         [("王建国", "person"), ("李明华", "person"), ("赵立新", "person")], []),
        ("请各位政协委员和其他列席人员提出意见。", [], ["和其他"]),
        # a person quoted by role; a colleague by the given name; a premier by title
        ("人大代表 赵立新 说：“报告很好。”政协委员钱文说，要抓落实。", [("赵立新", "person"), ("钱文", "person")], []),
        ("刚才，学普同志通报了经济运行情况。", [("学普", "person")], []),
        ("王建国副局长在会议室主持召开局务会。李强书记为上海干部提出了要求。", [("王建国", "person"), ("李强", "person")], []),
        ("副镇长赵立新就大会事宜作部署，纪委书记钱文对方案进行培训，传达省委孙海波书记的指示，学习了周明总理的报告。",
         [("赵立新", "person"), ("钱文", "person"), ("孙海波", "person"), ("周明", "person")], []),
        # a division named in full after 中共 and right after another division, in a committee's name
        ("中共长春市绿园区委全体会议召开。", [("长春市", "place"), ("绿园区", "place")], []),
        # a township with an everyday name, vouched for by its county once
        ("宣汉县桃花镇召开动员会，结合桃花镇实际提出要求。", [("桃花镇", "place")], []),
        ("推进小城镇建设，结合桃花镇实际。", [], ["桃花镇"]),
        ("国务院总理李克强向大会作政府工作报告。", [("李克强", "person")], []),
        # watching a meeting is not a project named after it
        ("县领导在德州收听收看大会实况。", [], ["德州收听收看大会"]),
        # a name studied for a speech it gave
        ("会议传达学习王建国在全市经济工作会议上的讲话。", [("王建国", "person")], []),
        # a long phrase saying whose or how many projects describes a kind of project
        ("推动更多企业增资扩产项目落地，加快中央预算内投资项目建设。", [],
         ["更多企业增资扩产项目", "企业增资扩产项目", "中央预算内投资项目"]),
        # a 、-list is of places only when a place is a whole item
        ("壮大“汉宜荆黄”绿色船舶、新材料等产业，武汉、宜昌、荆州、黄冈携手。", [], [("新材料", "place")]),
        # sixth session: verbs at a name's front (a status word, a verb the segmenter split, a work verb after a place)
        ("紧盯渔业、物流、冶金等重点领域，厚植家电、服装、玩具等产业品牌优势。",
         [("渔业", "industry"), ("家电", "industry"), ("玩具", "industry")], ["紧盯渔业", "厚植家电"]),
        ("加快温州至丽水高速、丽水高铁、龙泉高速改扩建等工程，协同提升浙南世界级机场群能级。",
         [("龙泉高速", "project")], ["龙泉高速改扩建", "浙南世界级机场"]),
        ("提质建设浙闽红枫新区，扩建白溪水库。", [("浙闽红枫新区", "place"), ("白溪水库", "place")],
         ["提质建设浙闽红枫新区", "扩建白溪水库"]),
        ("提档建设良渚国家考古遗址公园。", [("良渚国家考古遗址公园", "place")], ["提档建设良渚国家考古遗址"]),
        # a campaign counted in years; a designation granted by the state, with verbs inside
        ("全力打好道路交通治本攻坚三年行动。", [("道路交通治本攻坚三年行动", "policy")], ["好道路交通治本攻坚三年行动"]),
        ("支持丽水、衢州建设国家中药传承创新发展试验区。", [("国家中药传承创新发展试验区", "policy")], []),
        # an industry in a list of industries with the same head; a parallel slogan of long phrases
        ("发展低空经济、海洋经济、冰雪经济、候鸟经济。", [("候鸟经济", "industry")], []),
        ("促进“高端企业数字化、数字企业高端化”。", [("高端企业数字化、数字企业高端化", "policy")], []),
        ("坚持“扩大有效投资、提振居民消费”。", [], ["扩大有效投资、提振居民消费"]),  # two tasks in quotes
        # a quoted name takes the type its words give it; a list item inside a name is no place
        ("办好“金秋购物节”、国际灯光节、宁波、舟山旅游节等活动。", [("金秋购物节", "project")],
         [("金秋购物节", "policy"), ("灯光节", "place")]),
        # a project counted right after is a kind of project
        ("启动建设省级零碳工厂园区20个。", [], ["省级零碳工厂园区"]),
        # a city's designation; the sectors of the economy, a world-wide division of labour
        ("加快建设国际消费中心城市。", [("国际消费中心城市", "policy")], []),
        ("推动农村一二三产业融合，提升在全球产业分工中的地位。", [], ["一二三产业", "全球产业"]),
        # a quoted figure of speech that the dictionary knows as a verb, or opening with 永不, is no policy
        ("打好攻坚行动“收官战”，打造“永不落幕”的展会。", [], ["收官战", "永不落幕"]),
        # heads of trains, laws and campuses; a title the state grants, not a pilot park or the programme inside it
        ("提升中欧班列运营水平，落实民营经济促进条例，推动仙林大学城发展。",
         [("中欧班列", "project"), ("民营经济促进条例", "policy"), ("仙林大学城", "project")], []),
        ("丽水获批国家乡村振兴示范县，推进国家知识产权强国建设试点园区工作。",
         [("国家乡村振兴示范县", "policy")], ["国家知识产权强国建设试点"]),
        # a route from one place to another; a campaign named by what it does; a run of awards
        ("开工衢州至丽水高铁温州段、白溪水库等项目。", [("衢州至丽水高铁温州段", "project")], ["丽水高铁温州段"]),
        ("接续开展打击非法集资行动。", [("打击非法集资行动", "policy")], ["非法集资行动"]),
        ("实现全省考核“九连好”。", [], ["九连好"]),
        # an everyday industry word before a noun modifies it; a phase of works named by their head
        ("降低物流成本，完善商贸流通体系，发展现代物流、商贸、会展等产业。", [("商贸", "industry")], [("物流", "industry")]),
        ("加快萧山国际机场四期、华能四期等项目。", [("萧山国际机场", "project"), ("华能四期", "project")],
         ["萧山国际机场四期", ("华能", "project")]),
        # heads of ports and alliances; documents in short title marks, not dramas; a city's world-wide centre
        ("建成乐清港区，组建浙闽高校院所创新联盟。", [("乐清港区", "project"), ("浙闽高校院所创新联盟", "organization")], []),
        ("《纲要草案》提出目标，电视剧《山海传》热播。", [("纲要草案", "policy")], ["山海传"]),
        ("深化国际航运中心建设。", [("国际航运中心", "policy")], []),
        # a long campaign name that opens with a word of kind, not with an adverb
        ("开展新兴支柱产业人才汇聚行动，高质量承办全球公共安全合作论坛。",
         [("新兴支柱产业人才汇聚行动", "policy")], ["高质量承办全球公共安全合作论坛"]),
        # a verb of every day is no given name; two names before 等列席; a member of a party group as a title;
        # 和美 before a region (the segmenter splits it)
        ("区领导班子分管负责同志要心中有数。", [], ["管负责"]),
        ("赵立新出席会议。钱文军、孙青松等列席会议。", [("钱文军", "person"), ("孙青松", "person")], []),
        ("县政府党组成员卢孟清出席。", [("卢孟清", "person")], []),
        ("为建设工业强县、和美衢州作出贡献。", [("和美衢州", "policy")], []),
        # X产业 before a noun modifies it; before 高质量发展 it is still a sector
        ("编制区域间产业目录，推进光电产业高质量发展。", [("光电产业", "industry")],
         ["区域间产业"]),
        # a verb right after a verb of works belongs to it; a preposition after a list's place is no part of a sector
        ("建设运行国家超级智算杭州中心，建成开放杭州大歌剧院。",
         [("国家超级智算杭州中心", "project")], ["运行国家超级智算杭州中心", "开放杭州大歌剧院"]),
        ("加强与长三角、粤港澳大湾区在具身智能、低空经济、商业航天等领域合作。", [("具身智能", "industry")],
         ["在具身智能"]),
        # an industry is not named by a body's head
        ("增强杭州智慧医学研究院、杭州通用人工智能研究院等新型研发机构产业支撑力。", [],
         [("杭州智慧医学研究院", "industry"), ("通用人工智能研究院", "industry")]),
        # things to do listed as 领域 are no sectors; a task in quotes is no name
        ("在提升开放能级、优化营商环境和发展现代服务业等领域开展首创性探索。", [],
         [("优化营商环境", "industry"), ("发展现代服务业", "industry")]),
        ("通过“大力推动金融改革创新”化解风险。", [], ["大力推动金融改革创新"]),
        # a bare sector head takes the noun that says which sector it is
        ("推动农产品加工业提质，发展科技服务业，推进新一轮服务业扩大开放。",
         [("农产品加工业", "industry"), ("科技服务业", "industry")], ["加工业", "新一轮服务业"]),
        # a list of work that holds one place is no list of places
        ("做好民族宗教、审计、统计、外事、港澳台、侨务、档案等工作。", [("港澳台", "place")], [("侨务", "place")]),
        # the gazetteer's pseudo-divisions (cpca code 99…) are no places
        ("优近拓远开发海域，推动苏鲁交界地区合作。", [], [("海域", "place"), ("苏鲁交界", "place")]),
        # the formulas of central documents
        ("坚持马克思列宁主义、毛泽东思想、邓小平理论。",
         [("马克思列宁主义", "policy"), ("毛泽东思想", "policy"), ("邓小平理论", "policy")], [("马克思列宁主义", "place")]),
        # national programmes named without quotes
        ("优化实施消费品以旧换新，健全揭榜挂帅机制，落实中央八项规定精神。",
         [("以旧换新", "policy"), ("揭榜挂帅", "policy"), ("中央八项规定", "policy")], []),
        # the object of a verb of growing that ends in a sector's head is an industry, its kind words with it
        ("大力发展现代生态高效农业。培育现代设施农业和智慧农业，发展林下经济。",
         [("现代生态高效农业", "industry"), ("现代设施农业", "industry"), ("智慧农业", "industry"),
          ("林下经济", "industry")], []),
        ("发展现代农业产业集群，推动更高水平开放型经济，做强建筑业实体经济。", [],
         ["现代农业产业集群", "高水平开放型经济", "建筑业实体经济"]),
        ("发展科技农业、绿色农业、质量农业。", [("科技农业", "industry"), ("质量农业", "industry")], []),
        # a centre the state names: a project, not a city's role (a policy) nor the programme inside it
        ("高水平建设国家医学中心和区域医疗中心，提升国家生猪技术创新中心能级，打造国家商贸物流中心。",
         [("国家医学中心", "project"), ("国家生猪技术创新中心", "project")],
         [("国家生猪技术创新中心", "policy"), ("国家商贸物流中心", "project")]),
        # a quoted slogan in parallel parts split by a comma is one name; a quoted sentence is not
        ("自觉践行“功成不必在我，功成必定有我”，叫响“这么近，那么美，周末到河北”。说“我们一定要把这件事办好，让群众满意”。",
         [("功成不必在我，功成必定有我", "policy"), ("这么近，那么美，周末到河北", "policy")],
         ["我们一定要把这件事办好，让群众满意"]),
        # what a launching verb starts and ends in a programme's head is the whole name, each item of its list too
        ("深入实施大宗消费更新升级行动，持续开展规范涉企执法专项行动，实施老年健康服务专项行动、康复护理扩容提升工程。",
         [("大宗消费更新升级行动", "policy"), ("规范涉企执法专项行动", "policy"), ("老年健康服务专项行动", "policy"),
          ("康复护理扩容提升工程", "project")], ["涉企执法专项行动", "健康服务专项行动"]),
        ("实施新一轮重点产业链高质量发展行动，实施民生工程，实施杜家坎等30项市级疏堵工程。",
         [("重点产业链高质量发展行动", "policy")], ["新一轮重点产业链高质量发展行动", "民生工程", "杜家坎等30项市级疏堵工程"]),
        # a verb right before a plan's head says what the plan does; a scale opens its name
        ("实施农业龙头企业分类培育计划，推动完善企业培育计划，实施百亿级农业龙头企业培育计划。",
         [("农业龙头企业分类培育计划", "policy"), ("百亿级农业龙头企业培育计划", "policy")], ["企业培育计划"]),
        # inspections and pilots are programmes too; a verb the segmenter split (抓|实) starts none
        ("抓好中央生态环境保护督察和大运河专项督察反馈问题整改，抓紧抓实环保督察反馈问题整改。",
         [("中央生态环境保护督察", "policy"), ("大运河专项督察", "policy")], ["实环保督察"]),
        ("开展全市域要素市场化配置综合改革试点，开展16处大宗工业固废回填试点。",
         [("全市域要素市场化配置综合改革试点", "policy")], ["16处大宗工业固废回填试点"]),
        ("深化国际经济中心建设，培育壮大绿色低碳产业。", [("国际经济中心", "policy"), ("绿色低碳产业", "industry")], []),
        # a scope before 产业 says whose industries, not which (县域|产业集聚)
        ("强化县域产业集聚，推动城乡产业统筹布局。", [], ["县域产业", "城乡产业"]),
        # a campaign's years inside the segmenter's word for the head (三年|行动计划) keep the name whole
        ("完成美丽上海建设三年行动计划。", [("美丽上海建设三年行动计划", "policy")], ["三年行动计划"]),
        # words of degree the dictionary tags as places are none; what is put right in listed fields is no industry
        ("公众安全感、满意度连续提升，推进电动自行车、厂房仓库等“5+2”重点行业领域整治。", [],
         [("满意度", "place"), ("电动自行车", "industry"), ("厂房仓库", "industry")]),
        # special and deep cooperation zones are places; a generic project counted before is a kind
        ("加力推进深汕特别合作区建设，支持横琴粤澳深度合作区发展，实施3000个技改项目，建成5个天府实验室。",
         [("深汕特别合作区", "place"), ("横琴粤澳深度合作区", "place"), ("天府实验室", "project")], ["技改项目"]),
        # three or more reforms of one list each name a reform; the verbs before the first are not part of it
        ("探索推进职务科技成果赋权改革、高校职称分类评聘改革、国有无形资产管理改革和国有企事业单位创新分配改革。",
         [("职务科技成果赋权改革", "policy"), ("高校职称分类评聘改革", "policy"), ("国有无形资产管理改革", "policy"),
          ("国有企事业单位创新分配改革", "policy")], ["探索推进职务科技成果赋权改革"]),
        ("深化改革、扩大开放，推进零基预算改革。", [], ["零基预算改革"]),  # one reform alone: no evidence
        # a line named by the places it joins; the domains of a list of works are not works
        ("加快攀枝花至盐源高速公路等项目前期工作，开工建设内江至大足高速公路，推进黔江至吉首高铁重庆段建设。",
         [("攀枝花至盐源高速公路", "project"), ("内江至大足高速公路", "project"), ("黔江至吉首高铁重庆段", "project"),
          ("攀枝花", "place")], []),
        ("谋划储备交通、能源、水利、城市更新等重大基础设施项目。", [],
         [("交通", "project"), ("能源", "project"), ("水利", "project")]),
        # a body named by its level or ownership alone is a kind of body
        ("全市社区卫生服务中心预约二、三级医院专家号源，推动市级医院和三级公立医院改革，建设北京协和医院。",
         [("北京协和医院", "organization")], ["三级医院", "市级医院", "三级公立医院"]),
        # a verb that files its subject under a list or a title is no part of the name after it
        ("制造业“两化”改造列入国务院“两新”督查典型案例，浦江上山遗址获评国家考古遗址公园。",
         [("国务院", "organization"), ("浦江上山遗址", "place")], ["列入国务院", "浦江上山遗址获评国家考古遗址公园"]),
        ("国务院办公厅印发通知。", [("国务院办公厅", "organization")], []),  # a body's office, not a place's
        # a head that runs on into a longer head; a grade or a system of the things is a kind
        ("加快建设长三角城市群重要中心城市。", [], ["长三角城市群重要中心"]),
        ("上海博物馆东馆开放运营，上海工业博物馆正式开工，建设国家一级图书馆和智慧图书馆体系。",
         [("上海博物馆东馆", "project"), ("上海工业博物馆", "project")],
         [("上海博物馆", "place"), "国家一级图书馆", "智慧图书馆"]),
        # a clause in a quoted slogan is no name: a rare surname that is a verb, a verb before 行动
        ("坚定践行“总书记有号令、党中央有部署，重庆见行动，万州必落实”。", [("党中央", "organization")],
         ["有号令", "重庆见行动"]),
        ("区长修文主持会议。", [("修文", "person")], []),  # a two-character name stays a name
        # a province's one-character name and a quarter of the compass; not 陕西|南部
        ("渝东北、川东北和湘西南地区协同发展，支持浙西南山区发展，推动陕西南部发展。",
         [("渝东北", "place"), ("川东北", "place"), ("浙西南", "place")], ["南山区", "西南地区", "陕西南"]),
        ("安居经开区成功创建省级循环化改造试点示范园区。", [], ["试点示范园区"]),
        # a quoted company after 企业; not what companies do in quotes
        ("新能源设备制造企业“绿能科技”正式投产，传统建材企业“恒达建材”完成技改，推动企业“走出去”、企业“小升规”。",
         [("绿能科技", "organization"), ("恒达建材", "organization")],
         [("走出去", "organization"), ("小升规", "organization")]),
        # a superlative ranks the name after it; the government's central task is no centre
        ("全国规模最大鸿蒙生态创新中心在汉建成，紧紧围绕市政府中心工作。", [("鸿蒙生态创新中心", "policy")],
         ["全国规模最大鸿蒙生态创新中心", "市政府中心"]),
        # a count ends a name; a batch of projects is a kind; a listed work holds its industries
        ("启动畜牧、蔬菜两个省实验室建设，重点实施心连心化工新材料、银金达循环经济产业园等一批延链补链强链项目。",
         [("心连心化工新材料", "project"), ("银金达循环经济产业园", "project")],
         ["蔬菜两个省实验室", "延链补链强链项目", ("化工", "industry"), ("新材料", "industry")]),
        ("加快新型工业化步伐。", [("新型工业化", "policy")], []),
        # what a number counts is a kind; a body moving into a place is no name
        ("13项辅助生殖技术项目纳入医保，抓好6条续建高铁建设，首旅集团等市属国企迁入副中心。", [],
         ["项辅助生殖技术项目", "辅助生殖技术项目", "条续建高铁", "续建高铁", "国企迁入副中心"]),
        # a quoted way or malpractice, a record streak and a work of art are no policies; a counted field of work
        # and a slogan of work are
        ("避免“拍脑袋”决策，纠治“躺平”“侧卧”等问题，油菜产量实现“18连增”，推出婺剧《三打白骨精》，"
         "解决好“三农”问题，发扬“白加黑”精神。", [("三农", "policy"), ("白加黑", "policy")],
         ["拍脑袋", "躺平", "18连增", "三打白骨精"]),
        # kinds of firms and the domains of a list of firms are no bodies; 局 of a common word is no bureau
        ("培育制造业单项冠军企业、独角兽企业、瞪羚企业等优质企业，组建能源、数据等一批主业企业，优化城市空间布局，"
         "认真落实国务院部署。", [("国务院", "organization")],
         ["独角兽企业", "瞪羚企业", "制造业单项冠军企业", ("数据", "organization"), "城市空间布局", "认真落实国务院"]),
        # round Z: a governor before 政府工作报告, a long doctrine in corner quotes, a town's head, an ordinal before
        # a fair, two provinces' short names before 乡建, a ranking verb, a quoted name before 项目
        ("大陸福建省長趙龍政府工作報告全文公布，將深入貫徹「新時代黨解決台灣問題的總體方略」，推進平潭台灣小鎮發展，"
         "辦好第28屆海峽兩岸經貿交易會，實施閩台鄉建鄉創合作提升項目。",
         [("趙龍", "person"), ("新時代黨解決台灣問題的總體方略", "policy"), ("平潭台灣小鎮", "project"),
          ("海峽兩岸經貿交易會", "project")], ["屆海峽兩岸經貿交易會", "閩台鄉"]),
        ("“多语种智能语音”项目荣获一等奖，实施一批“天府森林四库”项目和“两重”项目，合肥高新区稳居国家级开发区前列。",
         [("多语种智能语音", "project"), ("合肥高新区", "place")],
         [("天府森林四库", "project"), ("两重", "project"), "合肥高新区稳居国家级开发区"]),
        # the central ministries by name, whole; online is no line
        ("抚仙湖流域治理被自然资源部列入典型案例，商务部、农业农村部联合发文，出席金砖国家领导人线上峰会。",
         [("自然资源部", "organization"), ("商务部", "organization"), ("农业农村部", "organization")],
         ["金砖国家领导人线"]),
        # a long slogan in parallel 、-parts is one name; a list of problems in quotes is none
        ("确立了“滇中崛起、沿边开放、滇东北开发、滇西一体化”的格局，解决“看病难、看病贵、看病繁”问题。",
         [("滇中崛起、沿边开放、滇东北开发、滇西一体化", "policy")], ["看病难、看病贵、看病繁"]),
        # an item of a 、-list cut at four characters is no short place name, even beside a place
        ("华润郑东万象城、龙湖天街中原首店等开业运营。", [], ["东万象城"]),
        # round BB: a press conference's people (a title and a name before 先生, a speaker's line ending in a colon,
        # a name and a post after 党委), departments whose names hold 和, a customs office of a place, a known person
        # with an honorific, a short book title ending in 方略; 陆海 is land and sea
        ("广西壮族自治区党委常委、常务副主席许永锞先生，广西壮族自治区工业和信息化厅厅长王永超先生，"
         "受自治区党委刘宁书记的委托。孙中山先生在《建国方略》中提出，南宁海关推广新模式，坚持陆海统筹。",
         [("许永锞", "person"), ("王永超", "person"), ("刘宁", "person"), ("孙中山", "person"),
          ("广西壮族自治区工业和信息化厅", "organization"), ("南宁海关", "organization"), ("建国方略", "policy")],
         [("中山", "place"), ("陆海", "place")]),
        ("国务院新闻办新闻局副局长、新闻发言人 邢慧娜：\n女士们，大家上午好。全国首票海关数据发布。",
         [("邢慧娜", "person"), ("国务院新闻办", "organization")], ["全国首票海关"]),
        # round CC: an outlet in brackets and its reporters, a council, a hydropower station, a responsibility
        # system, a national strategy that opens with a verb, two cities in full before 一体化
        ("【香港商报讯】记者付彦华、张晓磊报道：获得亚奥理事会高度评价。哈电集团机组在白鹤滩水电站运行。"
         "创新驱动发展战略深入实施，粮食安全省长责任制考核，推动哈尔滨大庆一体化发展。",
         [("香港商报", "organization"), ("付彦华", "person"), ("张晓磊", "person"), ("亚奥理事会", "organization"),
          ("白鹤滩水电站", "project"), ("创新驱动发展战略", "policy"), ("粮食安全省长责任制", "policy"),
          ("哈尔滨大庆一体化发展", "policy")], ["驱动发展战略", "和哈尔滨大庆一体化"]),
        # the centre's work conferences by name; a national concept's strategy is named in full
        ("全面贯彻中央经济工作会议精神，深入实施新型城镇化战略。",
         [("中央经济工作会议", "project"), ("新型城镇化战略", "policy")], []),
        # round I (meeting news): a post and a name before 召开 or 重要讲话; a date is no part of the body after it;
        # a central commission's numbered meeting and the discipline commission's plenum are events; the committee
        # that launched a programme is not in its name; a 领域 list where safety is checked names no sectors;
        # 重工 ends a company's name
        ("区长赵立新召开区政府常务会议，传达省委书记钱文斌重要讲话精神和3月16日国务院常务会议精神。",
         [("赵立新", "person"), ("钱文斌", "person"), ("国务院", "organization")], ["日国务院"]),
        ("县委常委、副县长赵立军及县直相关部门负责人陪同督查。", [("赵立军", "person")], []),
        ("传达中央财经委员会第六次会议精神和二十届中央纪委五次全会精神，结合区委产业提质三年行动目标。",
         [("中央财经委员会第六次会议", "project"), ("二十届中央纪委五次全会", "project"),
          ("产业提质三年行动", "policy")], ["区委产业提质三年行动", ("财经委员会", "organization")]),
        ("紧盯校园周边、燃气管道、自建房屋等重点领域加强隐患排查。投资3亿元的华盛重工年产500台设备项目开工。",
         [("华盛重工", "organization")], [("校园周边", "industry"), ("燃气管道", "industry")]),
        # round EE (a province's reports and news): a surname that ends a word before it opens no name (列席); a word
        # the segmenter split before 线 names no line (为主|线); a group of reservoirs is none of them; a place
        # before 之年 is an occasion; works named from one place to another; a name before 作政府工作报告, after a
        # post at a line's end, before 给出 or 也; congress sessions and a committee's work conference are events
        # (the words before the level are no region unless a place); a plenum by its ordinals; 精心 opens a clause
        ("并请市政协委员和列席会议同志提出意见。全市以学习贯彻党的二十大精神为主线，实施洞庭湖流域水库群联合调度，"
         "在建国75周年的大庆之年，开工建设长沙至岳阳特高压工程。",
         [("洞庭湖流域", "place"), ("长沙至岳阳特高压工程", "project")],
         ["席会议", "二十大精神为主线", "洞庭湖流域水库", ("大庆", "place")]),
        ("王立春作政府工作报告。本报记者 丁 宁摄\n2025年某市政府工作报告 市长 钱立新\n市财政局局长孙海波给出答案，"
         "周国强总理也于5月来此调研。我代表市人民政府，向大会作政府工作报告。",
         [("王立春", "person"), ("丁宁", "person"), ("钱立新", "person"), ("孙海波", "person"), ("周国强", "person")],
         ["向大会"]),
        ("湖南省十四届人大三次会议在长沙闭幕。省里召开省委经济工作会议，较好完成了市十七届人大一次会议确定的任务，"
         "全面贯彻党的十九届四中全会精神，精心组织湘港经贸合作、央企入湘等重大招商活动。",
         [("湖南省十四届人大三次会议", "project"), ("省委经济工作会议", "project"), ("市十七届人大一次会议", "project"),
          ("党的十九届四中全会", "policy"), ("湘港经贸合作", "project")],
         ["较好完成了市十七届人大一次会议", "精心组织湘港经贸合作"]),
        # round FF: a congress session named in full (its province stays a place), a party committee's plenum, a
        # regional strategy of the centre
        ("——2025年1月26日在湖南省第十四届\n人民代表大会第三次会议上\n2月3日，湖南省第十四届人民代表大会第四次会议开幕。"
         "认真落实省委十二届七次全会要求，推动中部地区崛起。",
         [("湖南省第十四届人民代表大会第三次会议", "project"), ("湖南省第十四届人民代表大会第四次会议", "project"), ("湖南省", "place"), ("省委十二届七次全会", "project"),
          ("中部地区崛起", "policy")], [("省委", "organization")]),
        # round GG: a CPPCC session named with 政协 first; a name after a post before 说; an outlet before a photo credit
        ("出席省政协十三届三次会议的委员报到。高新区党工委书记黄立林说，这一举措很好。人民网 王小红摄\n",
         [("省政协十三届三次会议", "project"), ("黄立林", "person"), ("人民网", "organization")],
         [("桂林", "place"), ("省政协", "organization")]),
        # round M (meeting news): a name after a group leader's post; a name in 受…委托; a regional strategy of the centre
        ("区委副书记、区长、区推进协同发展领导小组组长郑立新参加会议。受区委副书记、区长周国平委托，常务副区长主持会议。"
         "坚定不移推动京津冀协同发展。",
         [("郑立新", "person"), ("周国平", "person"), ("京津冀协同发展", "policy")], []),
        # a body's office by its short form 办, on its own and doing something or listed; not 举办
        ("县政府目标办要抓紧汇总材料。区协同办要完善工作机制。省发展改革委、省委金融办牵头，成功举办招商大会。",
         [("县政府目标办", "organization"), ("区协同办", "organization"), ("省委金融办", "organization")],
         ["成功举办", "功举办", "大会成功举办"]),
        # round II (吉林, 甘肃, 兰州): a photo credit after an outlet's 发; the first category word after 等 says what a list
        # is (firms, not 制造业); a grotto named by its mountain; the central news agency; two plenums named together
        ("汽车产量稳居前三强（央广网发 王强 摄）\n中车长客、长春光华微电子等5家企业跻身国家制造业单项冠军示范企业。"
         "麦积山石窟跨越千年。经新华社梳理，全面贯彻党的二十大和二十届二中三中全会精神。",
         [("央广网", "organization"), ("王强", "person"), ("中车长客", "organization"), ("麦积山石窟", "place"),
          ("新华社", "organization"), ("二十届二中三中全会", "policy")],
         [("中车长客", "industry"), ("光华微电子", "industry"), "麦积山"]),
        # a numbered craft in quotes is a project (a satellite, a reactor); a metaphor ending in 号 is none
        ("“吉林一号”在轨运行卫星达到83颗，“国和一号”示范工程投运，吹响高质量发展“冲锋号”。",
         [("吉林一号", "project"), ("国和一号", "project")], [("吉林一号", "policy"), ("冲锋号", "project")]),
        # round JJ (西安, 青岛): a session named after a long date written in Chinese numerals and 在; a summit between two
        # parties named with a dash; a manner adverb fused with 完成 opens a clause
        ("——二〇二六年一月二十日在青岛市第十七届人民代表大会第五次会议上\n我们举全市之力圆满完成中国—中亚西安峰会服务保障任务。",
         [("青岛市第十七届人民代表大会第五次会议", "project"), ("中国—中亚西安峰会", "project")],
         ["市第十七届人民代表大会第五次会议", "之力圆满完成中国—中亚西安峰会"]),
        # a leader's words passed on (关于印发|叶牛平市长…); the first of counted lines named by its two ends
        ("西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知。推动济南至潍坊等3条高速公路开工建设。",
         [("叶牛平", "person"), ("济南至潍坊", "project")], ["印发叶牛平"]),
        # round O (party congresses): a party congress by its full name is an event; an acting head who announces
        ("固始县委副书记、代县长杨立新宣布中国共产党某某县第十三次代表大会开幕。",
         [("杨立新", "person"), ("中国共产党某某县第十三次代表大会", "project")], []),
        # a report's slogan title (a comma inside) is no document; the terms in its inner quotes are terms
        ("王建国代表区委作了题为《锚定‘一心五区’办成‘十件大事’，为全面建设现代化新城区而努力奋斗》的报告。",
         [("一心五区", "policy"), ("十件大事", "policy")], ["锚定‘一心五区’办成‘十件大事’，为全面建设现代化新城区而努力奋斗"]),
        # round KK (宁夏, 海南): the copula ends a name on its left; 这 before a count is the list's; a lake named after
        # a place; a zone named after a national strategy; words someone said; 荣获 is a verb (the dictionary tags it
        # a name); a byline with bars
        ("吴忠市是宁夏沿黄经济带发展的核心区。旅游业、热带特色高效农业这两大主导产业。整治后的星海湖成为网红打卡地，"
         "太湖湖体水质改善。努力建设黄河流域生态保护和高质量发展先行区。“我们的心里更有底了”。银川荣获全球首批国际湿地城市。"
         "\n作者 | 王延春   编辑 | 苏琦\n",
         [("宁夏沿黄经济带", "policy"), ("热带特色高效农业", "industry"), ("星海湖", "place"),
          ("黄河流域生态保护和高质量发展先行区", "policy"), ("王延春", "person"), ("苏琦", "person")],
         ["是宁夏沿黄经济带", "热带特色高效农业这", "星海", "太湖湖", "我们的心里更有底了", "银川荣获全球首批国际湿地"]),
        # round P (department meetings): a division's bureau named by its field, the segmenter's 局 a word of its own;
        # not 开新局; a name after a post before 总结了
        ("白水县交通运输局召开春训工作动员会，开新局。管理中心党委副书记、主任曹立新总结了上半年工作。",
         [("白水县交通运输局", "organization"), ("曹立新", "person")], ["开新局", "新局"]),
        # round LL (内蒙古, 天津, 鄂尔多斯): an autonomous region's sessions and congresses; a name before 在…中说; a post,
        # a name, then 与; a newspaper in title marks is an outlet; an intercity line; a span of time in quotes is no
        # term; the formula 铸牢中华民族共同体意识
        ("来源:《鄂尔多斯日报》 【 保存\n自治区副主席包献华与参加自治区十四届人大三次会议的代表共同审议。"
         "单泽峰在政府工作报告中说，实现自治区第十一次党代会确定目标。以六个“五年来”总结成绩，京津城际运能提升，"
         "紧扣铸牢中华民族共同体意识工作主线。",
         [("鄂尔多斯日报", "organization"), ("包献华", "person"), ("自治区十四届人大三次会议", "project"),
          ("单泽峰", "person"), ("自治区第十一次党代会", "project"), ("京津城际", "project"),
          ("铸牢中华民族共同体意识", "policy")],
         [("鄂尔多斯日报", "policy"), "五年来", "区十四届人大三次会议", "区第十一次党代会"]),
        # seen on the dashboard (上虞's congress): 产生 is a verb (选举产生|…委员会); who attended is no meeting's name
        ("选举产生中国共产党湖州市吴兴区第一届委员会和纪律检查委员会。王建国同志列席大会并在主席台前排就座。",
         [("中国共产党湖州市吴兴区第一届委员会", "organization")],
         ["产生中国共产党湖州市吴兴区第一届委员会", "王建国同志列席大会"]),
        # a works name cut after the number of its capacity keeps the number (seen on the dashboard: 萬千瓦光伏大基地)
        ("开工建设200万千瓦光伏大基地、新型储能等一批重大项目，启动某某热电厂5万千瓦光伏电站项目建设。",
         [("200万千瓦光伏大基地", "project"), ("5万千瓦光伏电站项目", "project")],
         ["万千瓦光伏大基地", "万千瓦光伏电站项目"]),
        # the plant named right before a works' capacity is part of its name; a train named 某某号 is a project; a
        # part of the report named by its year in quotes is no term
        ("启动岳阳热电厂5万千瓦光伏电站项目建设。“长江号”中欧班列开行100列。报告在“2022年重点工作”部分提出。",
         [("岳阳热电厂5万千瓦光伏电站项目", "project"), ("长江号", "project")],
         ["5万千瓦光伏电站项目", ("长江号", "policy"), "2022年重点工作"]),
        # round HH: a single named works before 等…项目 (a brand the segmenter cut into single characters, two places
        # abbreviated), 通道 kept though the dictionary tags it a verb; not a generic kind, not a split word (技改)
        ("推动荣芯半导体等项目提速放量，全力推动沪甬跨海通道等重大项目前期工作，推动城市更新等项目，实施石化全面技改升级等重大项目。",
         [("荣芯半导体", "project"), ("沪甬跨海通道", "project")], ["城市更新", "技改", "沪甬跨海"]),
        # projects that are kinds or clauses: a verb's object (大抓项目, 承担起项目), a count or a batch (更多项目,
        # 万个重大产业项目), a person in the phrase; named works stay
        ("全县上下掀起大抓项目的热潮，县领导需承担起项目包抓责任，争取某某县更多项目纳入，市委书记王立新到部分镇街调度项目。"
         "铜锣山矿区生态修复项目完工。",
         [("铜锣山矿区生态修复项目", "project")], ["上下掀起大抓项目", "县领导需承担起项目", "某某县更多项目",
                                               "市委书记王立新到部分镇街调度项目"]),
        # words the general dictionary tags as places that name none: 重特大, 深海, 大城市, 入海口…
        ("坚决遏制重特大事故，发展深海探测，推动大城市和入海口治理，新建和改造农村公路。",
         [], [("重特大", "place"), ("深海", "place"), ("大城市", "place"), ("入海口", "place"), ("新建", "place")]),
        # quoted policies known by name stay policies in a list of projects (“两重”、“两新”等项目)
        ("扎实做好“两重”、“两新”、中央预算内资金等项目谋划储备和申报。",
         [("两重", "policy"), ("两新", "policy")], [("两重", "project"), ("两新", "project")]),
        # two things done to one object, joined by 和, name one programme (not a list of two)
        ("实施耕地质量保护和提升行动，建设数字化城市运行和治理中心。",
         [("耕地质量保护和提升行动", "policy"), ("数字化城市运行和治理中心", "project")], []),
        # round L: a designation ending in 试点区; a party congress counted without 第; a post, a name and 所做
        ("先后被确定为全国农村社区建设实验区、城乡居民医保试点区。根据区十五次党代会的部署，讨论了区长钱立新所做的报告。",
         [("城乡居民医保试点区", "policy"), ("区十五次党代会", "project"), ("钱立新", "person")], []),
        # round K: a CPPCC plenum and a county's party congress, side by side with a congress session
        ("会议传达学习了省十四届人大三次会议、省政协十三届三次全会精神，落实区第八次党代会和区十四届人大一次会议部署。",
         [("省十四届人大三次会议", "project"), ("省政协十三届三次全会", "project"), ("区第八次党代会", "project"),
          ("区十四届人大一次会议", "project")], []),
        # round R: a CPPCC session in full; a campaign's title in two parts joined by a middle dot; a name after a
        # post, then 解读; verbs between a quoted core and a programme's head; a page's 欢迎访问 before a body
        ("传达学习政协宁陕县第十届委员会第三次会议精神，推进“喜迎党的二十大·千名干部下基层”活动，镇党委书记张绪卫解读了重点任务，"
         "推动“双百双千”增产增效专项行动，欢迎访问某某区人民政府门户网站。",
         [("政协宁陕县第十届委员会第三次会议", "project"), ("喜迎党的二十大·千名干部下基层", "policy"),
          ("张绪卫", "person"), ("双百双千", "policy")],
         ["增效专项行动", "增产增效专项行动", "访问某某区人民政府"]),
        # round MM: an autonomous prefecture by its short name and 州; a plenum named with its province; bodies or
        # meetings joined by 暨; a province's press office before what it did; a pilot named by its reform
        ("恩施州加快发展，甘孜州推进旅游。河南省委十一届九次全会暨省委经济工作会议召开，河南省政府新闻办召开发布会，"
         "推进能源革命综合改革试点。",
         [("恩施州", "place"), ("甘孜州", "place"), ("河南省委十一届九次全会", "project"),
          ("省委经济工作会议", "project"), ("河南省政府新闻办", "organization"), ("能源革命综合改革试点", "policy")],
         ["河南省委十一届九次全会暨省委", "综合改革试点"]),
        # round S: a name after a post, then 安排; a central office before 关于 (its 国务院 after any word)
        ("副县长赵立新安排了全县森林防灭火工作，县委常委领学了2月3日国务院安委办关于安全生产工作的紧急通知。",
         [("赵立新", "person"), ("国务院安委办", "organization")], []),
        # round NN: a name transliterated in parts joined by a middle dot, after a post; an autonomous region's
        # session named short; a photographer's credit (李瑞摄); an outlet before a four-character city in a dateline
        ("自治区十四届人大四次会议开幕，自治区主席艾尔肯·吐尼亚孜在政府工作报告中指出，要坚持高质量发展。\n"
         "某某日报记者 李瑞摄\n中新网乌鲁木齐1月21日电 (记者 王小军)会议指出。",
         [("自治区十四届人大四次会议", "project"), ("艾尔肯·吐尼亚孜", "person"), ("李瑞", "person"),
          ("中新网", "organization")],
         ["区十四届人大四次会议", "李瑞摄", "艾尔肯·吐尼亚孜在政府工"]),
        # round S2: two bodies known by name written together; a work conference named short (工作会); a credit
        ("贯彻落实党中央国务院决策部署，学习习近平总书记在中央农村工作会上的重要讲话精神。\n文字报道:梁恒通",
         [("党中央", "organization"), ("国务院", "organization"), ("中央农村工作会", "project"), ("梁恒通", "person")],
         ["党中央国务院"]),
        # round S3: a national work conference; a closing credit with a space before its bracket
        ("认真贯彻全国教育工作会议精神。\n（县新闻中心 王祥宇 张永芳 ）",
         [("全国教育工作会议", "project"), ("王祥宇", "person"), ("张永芳", "person")], []),
        # towns, communities and villages no gazetteer lists: listed together, convening, visited; not kinds of
        # them, slogans, a verb's object or a common word ending in 村 (农业农村, 美丽乡村)
        ("介绍孟垓村、前张庄村基本情况。大龙山镇召开动员会，书记到美虹社区调研。推进农业农村现代化，建设美丽乡村，"
         "做到农业稳镇、工业强镇，各乡镇推进城中村改造，推动社区治理。",
         [("孟垓村", "place"), ("前张庄村", "place"), ("大龙山镇", "place"), ("美虹社区", "place")],
         ["介绍孟垓村", "农业农村", "美丽乡村", "农业稳镇", "工业强镇", "各乡镇", "城中村", "推动社区"]),
        # round OO: a company's national branch keeps its bracketed country (never half a bracket); a road named by
        # its city; a county's designation; the three sectors are a kind
        ("先正达集团(中国)、华谷高科等龙头企业顺利落地，武汉大道四期延伸段全面贯通，获评国家生态文明建设示范县，"
         "三次产业比调整为11.8:48.3:39.9。",
         [("先正达集团(中国)", "organization"), ("武汉大道", "project"), ("国家生态文明建设示范县", "policy")],
         ["中国)", "中国）", "三次产业", ("武汉", "place")]),
        # two leaders listed before 分别; a byline opening with the writer then 通讯员 (本网 is no outlet's name); a
        # rarer surname (茆); 进行大会总结 is no meeting's name
        ("本网讯(潘妍 通讯员 陈秋芬)会上，县领导金岭、迟泽光分别就安全生产工作作了部署，镇长茆龙海进行大会总结。",
         [("潘妍", "person"), ("陈秋芬", "person"), ("金岭", "person"), ("迟泽光", "person"), ("茆龙海", "person")],
         ["本网", "茆龙海进行大会"]),
        # twelfth session, from the misses pooled over every passage round: countries and world regions are places
        # (中国 is not listed: it opens hundreds of longer names); a company in a list keeps its place (宁德|时代); the
        # hall a session meets in, with its level or place, the national one never with its city
        ("应对美国加征关税影响，开拓东盟、中东、非洲、拉美等新兴市场，培育比亚迪、宁德时代等龙头企业。",
         [("美国", "place"), ("中东", "place"), ("非洲", "place"), ("拉美", "place"), ("宁德时代", "organization")],
         [("宁德", "place"), "中国"]),
        # works named by their phase, opening a clause or an item, then started, completed or listed; a name ending
        # in a works head keeps only the head; a phase with no name is none
        ("长江存储三期、新材料产业园项目开工建设，丰电三期建成投产，加快建设济南机场二期，项目二期开工，"
         "洋山港区改造二期、武都引水一期建成。",
         [("长江存储三期", "project"), ("丰电三期", "project"), ("济南机场", "project"), ("洋山港区", "project"),
          ("武都引水一期", "project")],
         ["加快建设济南机场二期", "济南机场二期", "项目二期", "洋山港区改造二期", "武都"]),
        ("推进烟台山二期以及步道工程，加快南湖片区开发以及植物园二期建设。",  # joined by 以及, then 建设
         [("烟台山二期", "project"), ("植物园二期", "project")], []),
        # power works named by their voltage and the station or place before it; a kind has no name before it
        ("建成巴塘500千伏送出工程，加快道孚和叶巴滩500千伏送出工程建设，新增1000千伏输电线路。",
         [("巴塘500千伏送出工程", "project"), ("叶巴滩500千伏送出工程", "project")],
         ["新增1000千伏输电线路", "1000千伏输电线路"]),
        ("新加坡丰益国际等世界500强企业入驻，支持外资等企业发展。",  # one named firm before 等企业; its country apart
         [("丰益国际", "organization"), ("新加坡", "place")], ["新加坡丰益国际", "外资"]),
        ("深化郑州—卢森堡“空中丝路”合作，推进黄冈-鄂州-黄石协同发展。",  # a link between a city and a country
         [("郑州", "place"), ("卢森堡", "place"), ("黄冈-鄂州-黄石", "place")], ["郑州—卢森堡"]),
        ("大会在北京人民大会堂开幕，省十四届人大四次会议在省人民会堂开幕，自治区十四届人大三次会议在新疆人民会堂开幕。",
         [("人民大会堂", "place"), ("北京", "place"), ("省人民会堂", "place"), ("新疆人民会堂", "place")],
         ["北京人民大会堂"]),
        # bodies by suffixes the list lacked: the reform commission in full, a bank's branch, a military district and
        # an armed-police corps; a delegation by its place; a national body takes nothing before it (报|国家发展改革委)
        ("省发展改革委、人民银行辽宁省分行、省军区、武警贵州省总队出席，全国人大青海代表团、广东代表团审议，报国家发展改革委。",
         [("省发展改革委", "organization"), ("人民银行辽宁省分行", "organization"), ("省军区", "organization"),
          ("武警贵州省总队", "organization"), ("全国人大青海代表团", "organization"), ("广东代表团", "organization"),
          ("国家发展改革委", "organization")], ["报国家发展改革委", "审议，报国家发展改革委"]),
        # a region's chapter of the national concept is a programme of its own, named by a division (short or in
        # full); the concept stays a name of its own beside it; no place, no chapter
        ("书写好中国式现代化钟楼答卷，推进中国式现代化山西实践，以中国式现代化全面推进强国建设，谱写中国式现代化新篇章。",
         [("中国式现代化钟楼答卷", "policy"), ("中国式现代化山西实践", "policy"), ("中国式现代化", "policy")],
         ["中国式现代化新篇章"]),
        # a party committee's departments; a manner adverb fused with a verb opens the clause (重新组建)
        ("组建区委社会工作部、市委宣传部，重新组建区城市管理局。",
         [("区委社会工作部", "organization"), ("市委宣传部", "organization"), ("区城市管理局", "organization")],
         ["重新组建区城市管理局"]),
        # lists of sights, landmarks and irrigation districts name places and works
        ("推进河套、镫口等大中型灌区现代化改造，加快航仪厂、酱品厂等工业遗存焕新，打造喀纳斯、那拉提等5A级景区。",
         [("河套", "project"), ("镫口", "project"), ("航仪厂", "place"), ("酱品厂", "place"), ("喀纳斯", "place"),
          ("那拉提", "place")], []),
        ("加快建设海南自由贸易港，海南自贸港封关运作，建设中国特色自由贸易港。",  # the port by its place, not a kind
         [("海南自由贸易港", "place"), ("海南自贸港", "place")], ["中国特色自由贸易港"]),
        # counties counted in a list; a newspaper's office (报社); leaders listed before 等县领导 stay people
        ("加快乡城、理塘、德格等10个县光伏项目建设，甘孜日报社出版。李佳林、侯雪轶、唐丹等县领导参加会议。",
         [("乡城", "place"), ("德格", "place"), ("甘孜日报社", "organization"), ("李佳林", "person")],
         [("李佳林", "place")]),
        ("建成S22白永段，开工建设G0616海乌段、S27呼鄂高速。",  # a coded road's section, by its two ends
         [("S22白永段", "project"), ("G0616海乌段", "project"), ("S27呼鄂高速", "project")], []),
        # the segmenter reads a post's last character with the surname (副县|长江|勇): the name stands, the river not
        ("县委常委、副县长江勇参加会议，县长江涛讲话。全县长江岸线整治。",
         [("江勇", "person"), ("江涛", "person"), ("长江", "place")], []),
        ("副县长提名人选徐立忠，开发区管委会主任周建明以及县招商中心负责人参加会议。",  # a nominee; 以及 after a name
         [("徐立忠", "person"), ("周建明", "person")], []),
        ("报告特别强调石化、新能源等支柱产业的集群发展。",  # an adverb fused with a speech verb opens the clause
         [("石化", "industry"), ("新能源", "industry")], ["报告特别强调石化"]),
        ("含多项城市建设重点工作。",  # 多|项城市|建设: the segmenter's split, not the city of 项城
         [], ["项城市"]),
        ("代表们进入人民大会堂聆听国务院总理作政府工作报告。",  # a verb before a body named alone is no part of it
         [("人民大会堂", "place"), ("国务院", "organization")], ["人民大会堂聆听国务院"]),
        ("回顾十四五工作成效，谋划十五五发展目标。二十四五岁的青年占比提高。",  # a plan's period without quotes
         [("十四五", "policy"), ("十五五", "policy")], []),
        ("长阳土家族自治县召开会议。长阳发展势头良好。",  # an autonomous county's short name, once named in full
         [("长阳", "place"), ("长阳土家族自治县", "place")], []),
        ("在峨边彝族自治县第九届人民代表大会第三次会议上自治县人民政府县长作报告。",  # the meeting's 上 closes it
         [("峨边彝族自治县", "place")], ["第九届人民代表大会第三次会议上自治县人民政府"]),
        ("全县消费市场“持续回暖”，工作机制“务实管用”。",  # an appraisal in quotes said of a noun: no name
         [], ["持续回暖", "务实管用"]),
        ("全面建设清廉浙江、书香江苏。", [("清廉浙江", "policy"), ("书香江苏", "policy")], []),
        ("松花江局召开会议，沂沭泗局党委部署工作。",  # a bureau named by the basin it serves
         [("松花江局", "organization"), ("沂沭泗局", "organization")], ["松花江", "沂沭泗"]),
        ("审议区政府《工作要点(征求意见稿)》和《政府工作报告（送审稿）》。",  # a document's genre is no name
         [], ["工作要点(征求意见稿)", "政府工作报告（送审稿）", "政府工作报告(送审稿)"]),
        ("促进城市产业提质增效，培育海洋产业。", [("海洋产业", "industry")], ["城市产业"]),
        ("第六届县人民政府第12次常务会议召开，第七届区人民政府研究工作。",  # a session's number is no part of a body
         [], ["第六届县人民政府", "第七届区人民政府"]),
        ("传达十四届全国人大四次会议和全国政协十四届四次会议精神，学习贯彻全国两会精神。",  # the national sessions
         [("十四届全国人大四次会议", "project"), ("全国政协十四届四次会议", "project"), ("全国两会", "project")],
         ["全国人大", "全国政协", "政协十四届四次会议"]),
        ("局长主持召开会议，专题研究招商项目。", [], ["专题研究招商项目", "招商项目"]),  # a kind of project
        ("为企业提供“管家式”服务，培养“复合型”干部。", [], ["管家式", "复合型"]),  # a manner, a kind
        ("会议由张伟主持，李明、王强、赵刚、陈涛、刘洋、文华参加。", [("文华", "person")], []),  # a word, a name
        ("传达学习中共中央政治局会议精神。", [("中共中央政治局", "organization")], []),
        ("推动人工智能、低空经济、光子技术等未来产业集群建设。",  # a cluster of the listed sectors
         [("光子技术", "industry")], []),
        ("李明在讲话中指出，要抓好落实。", [("李明", "person")], ["李明在"]),
        ("推进健康中国、数字中国建设，建设现代化新重庆。",  # national and regional slogans
         [("健康中国", "policy"), ("数字中国", "policy"), ("现代化新重庆", "policy")], [("重庆", "place")]),
        ("弘扬伟大建党精神和伟大抗疫精神。", [("伟大建党精神", "policy"), ("伟大抗疫精神", "policy")], []),
        ("致第十届中国西部国际博览会和第三届中国国际投资贸易洽谈会的贺信。",  # addressed to two fairs
         [("第十届中国西部国际博览会", "project"), ("第三届中国国际投资贸易洽谈会", "project")],
         ["致第十届中国西部国际博览会"]),
        ("思明区委书记张华主持会议，鼓楼区委副书记王刚出席。",  # the segmenter's 区委书记: the committee stands
         [("思明区委", "organization"), ("鼓楼区委", "organization"), ("张华", "person")], []),
        ("会议传达学习县委常委会会议精神。", [], ["学习县委常委会"]),  # a meeting's verbs end a name
        ("在《求是》杂志发表文章。来源:安溪乡音报\n", [("求是", "organization"), ("安溪乡音报", "organization")], []),
        ("委员长李明华在福建调研，以及张建国市长批示要求。",  # a post before a name, a name after 以及
         [("李明华", "person"), ("张建国", "person")], []),
        ("深入贯彻中央1号文件精神，中铁一局、中建三局等企业参会。",
         [("中央1号文件", "policy"), ("中铁一局", "organization"), ("中建三局", "organization")], []),
        ("传达中国共产党泾县第十届委员会第三次全体会议精神。",  # a committee's plenum named in full
         [("中国共产党泾县第十届委员会第三次全体会议", "project")], []),
        ("各单位要迅速行动起来，推进专项行动。", [], ["迅速行动"]),  # 行动起来: a verb
        ("出席第三届美丽中国建设论坛，推进美丽中国建设。",  # an event named after a slogan is an event of its own
         [("第三届美丽中国建设论坛", "project"), ("美丽中国", "policy")], []),
        ("落实全会”项目攻坚年”部署，开展”十百千万”大会战。",  # every quotation mark written as ”
         [("项目攻坚年", "policy"), ("十百千万", "policy")], []),
        ("今年“低空经济”再次写入报告，培育低空经济。", [("低空经济", "industry")], [("低空经济", "policy")]),
        ("加快建设国家中心城市，打造区域金融中心。",  # a city's designation by its scope
         [("国家中心城市", "policy"), ("区域金融中心", "policy")], []),
        ("加快郑州、新乡全国零售业创新提升试点城市建设。",  # a designation whose head the segmenter cut
         [("全国零售业创新提升试点城市", "policy")], [("零售业", "industry")]),
        ("海安、胡集、孙庄、隆政4个街道作出贡献。",  # a list counted with a digit
         [("海安", "place"), ("胡集", "place"), ("孙庄", "place"), ("隆政", "place")], []),
        ("打造高端装备、信息技术服务、新能源、新材料等4个万亿级新兴支柱产业。",
         [("信息技术服务", "industry"), ("新材料", "industry")], ["新材料等"]),
        ("中共厦门市委火炬高新区工委召开会议，全力争创国家级高新区。",  # a zone's committee; a zone's rank
         [("中共厦门市委火炬高新区工委", "organization"), ("国家级高新区", "policy")], ["中共厦门市委火炬高新区"]),
        ("实施旅游能级提升、旅游品牌传播、旅游服务升级等“六大工程”，推进成渝高速公路扩容、乐山机场改扩建等项目。",
         [("成渝高速公路", "project")], ["能级", "旅游品牌", "旅游服务"]),  # actions named; works acted on
        ("中共宿州市委宿州市人民政府印发实施意见。",  # two issuers, the second named in full
         [("中共宿州市委", "organization"), ("宿州市人民政府", "organization")], ["中共宿州市委宿州市人民政府"]),
        ("打造埇桥城市休闲旅游圈和萧砀生态文化旅游圈。",
         [("埇桥城市休闲旅游圈", "policy"), ("萧砀生态文化旅游圈", "policy")], []),
        ("2025山东省文旅产业高质量发展工作会议在德州召开。",  # a region's conference by its name
         [("2025山东省文旅产业高质量发展工作会议", "project")], []),
        ("区检察院代检察长王立新列席会议，研究提交区人大常委会审议的议题。",
         [("王立新", "person")], ["提交区人大常委会"]),
        ("11月22日，镇平县政府召开常务会议，特别是王建国县长所作的报告。",  # a county's government; 特别是 a name
         [("镇平县政府", "organization"), ("王建国", "person")], []),
        ("会议传达学习李明华书记的讲话，明确“为什么要抓”、“抓什么”、“怎么抓”。",  # questions in quotes name nothing
         [("李明华", "person")], ["为什么要抓", "抓什么", "怎么抓"]),
        ("社区支部副书记王秀兰同志通报今年以来联合会活动开展情况，宝鸡小学、朝阳社区党总支参加。",
         [("王秀兰", "person"), ("宝鸡小学", "organization"), ("朝阳社区党总支", "organization")],
         ["社区支部副书记王秀兰同志通报今年以来联合会", "社区支部副书记王秀兰同志通报今年以来联合会活动"]),
        # round AC (procuratorates' reports, a town's plan): the supreme judicial organs by their short names; a
        # district's session named with its city; a plan named by its period is a kind of plan
        ("落实最高检部署，最高法发布典型案例，报最高人民检察院备案。",
         [("最高检", "organization"), ("最高法", "organization"), ("最高人民检察院", "organization")], []),
        ("近日，洛阳市西工区第十届人民代表大会第三次会议闭幕。",
         [("洛阳市西工区第十届人民代表大会第三次会议", "project")], ["西工区第十届人民代表大会第三次会议"]),
        ("现向区委报告我镇2026年度工作计划，各村制定季度工作计划和年度帮扶计划。",
         [], ["年度工作计划", "季度工作计划", "年度帮扶计划"]),
        # round AD (courts' reports): a verb of receiving or of judging ends a name's left walk; a name the text keeps
        # anonymous (某…公司, 李某) is none; a court named by its grade is a kind of court; a quoted word before a
        # programme's head names the programme; two names closed by 等 and a count of people (N名) are people
        ("市中院高质量审结最高法院交办的案件，办公室工作受到省统计局通报表扬，某资源循环利用公司、王某某单位行贿案入选。",
         [("最高法院", "organization"), ("省统计局", "organization")],
         ["市中院高质量审结最高法院", "办公室工作受到省统计局", "资源循环利用公司", "王某某"]),
        ("在全省中级法院院长座谈会上交流，基层法院和高级人民法院参加。协同推进“断流”攻坚行动和“清源”专项行动。",
         [("断流", "policy"), ("清源", "policy")], ["中级法院", "基层法院", "高级人民法院"]),
        ("依法判处张国平、刘珍珍等11名被告人死刑，李某、王某等5名被告人缓刑。",
         [("张国平", "person"), ("刘珍珍", "person")], ["李某", "王某"]),
        # round AE (congress texts): statutes by name; a standing committee's numbered meeting; the congress by its
        # full name; a reduplicated adverb fused with a verb opens a clause; 列席 (tagged a noun) is attending
        ("检查工会法、食品安全法、循环经济促进法、节约能源法实施情况，学习贯彻新修改的代表法，完善监督法实施机制。"
         "总结工作方法，推广好办法，依法治国。支持安意法8英寸碳化硅晶圆建设，落实最高法部署。",
         [("工会法", "policy"), ("食品安全法", "policy"), ("循环经济促进法", "policy"), ("节约能源法", "policy"),
          ("代表法", "policy"), ("监督法", "policy")],
         ["循环经济", "工作方法", "好办法", "方法", "办法", "检查工会法", ("安意法", "policy"), ("最高法", "policy")]),
        ("第十四届全国人民代表大会常务委员会第35次委员长会议原则通过，十三届全国人大常委会第十次会议审议。",
         [("第十四届全国人民代表大会常务委员会第35次委员长会议", "project"), ("十三届全国人大常委会第十次会议", "project")], []),
        ("今年是全国人民代表大会成立70周年。省人大常委会紧紧围绕省委中心工作，邀请代表列席常委会会议。",
         [("全国人民代表大会", "organization")], ["省人大常委会紧紧围绕省委中心", "列席常委会"]),
        # round AF (rule-of-law reports): two central bodies written as one word; a body's annual study plan is a kind
        # of plan; a quoted name before a venue's kind is the venue
        ("根据中共中央国务院印发的纲要，列入党组理论学习中心组年度学习计划。依托“邻里小院”法治文化阵地开展活动。",
         [("中共中央", "organization"), ("国务院", "organization"), ("邻里小院", "project")],
         ["中心组年度学习计划", "理论学习中心组年度学习计划", ("邻里小院", "policy")]),
        # round AG (a town's report, discipline texts, an article): a place's spirit; a town congress's session; the
        # central discipline body's plenum unnumbered; a long quoted campaign before its head, and no second name
        # from the words between the quote and the head; 暨 opening a university's name is no conjunction
        ("2019年2月26日在镇第十四届人民代表大会第三次会议上。发扬攻坚克难求突破的柳庄精神。柳庄镇人民政府。",
         [("镇第十四届人民代表大会第三次会议", "project"), ("柳庄精神", "policy")], ["第十四届人民代表大会第三次会议"]),
        ("认真落实中央纪委全会部署，开展“纪检监察工作规范化法治化正规化建设年”行动，深入开展“规范化法治化正规化”建设年行动。"
         "暨南大学马克思主义学院参加。",
         [("中央纪委全会", "project"), ("纪检监察工作规范化法治化正规化建设年", "policy"),
          ("暨南大学马克思主义学院", "organization")],
         ["建设年行动", "南大学马克思主义学院"]),
        # round AH (a news page): diplomats and staff named after their post; a phrase the dictionary tags as a place
        ("某国驻华大使阿里·汗穆德提到，该国驻华大使张碧华则强调南南合作的重要性，公司工作人员刘小明说，依法治国。",
         [("阿里·汗穆德", "person"), ("张碧华", "person"), ("刘小明", "person")],
         [("南南合作", "place"), ("依法治国", "place")]),
        # round AI (development zones): verbs of going to a place and verbs the dictionary calls nouns end a zone's
        # left walk; a county's short name the dictionary calls a verb still names the zone
        ("一大早开发区就开展春训，动员开发区上下进入状态，赴市经开区调研，助推园区发展。沾化经济开发区召开会议。",
         [("沾化经济开发区", "place")], ["一大早开发区", "动员开发区", "赴市经开区", "助推园区"]),
    ],
)
def test_entity_rule(sentence, expected, forbidden):
    text = "某市召开经济工作会议。\n" + sentence * 2 + "\n" + "要聚焦重点任务，抓好各项工作落实。" * 4
    found = _entities(text)
    for item in expected:
        assert item in found, (item, sorted(found))
    names = {name for name, _ in found}
    for item in forbidden:  # a name, or a (name, type) that must not be found with that type
        assert item not in (found if isinstance(item, tuple) else names), (item, sorted(found))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯（记者 王小明）3月2日，会议召开。", ["王小明"]),
        ("会议现场（李红 摄）", ["李红"]),
        ("会议现场（张伟 刘洋 王小红 摄）", ["张伟", "刘洋", "王小红"]),  # a long bracket of photographers
        ("某某网讯（张伟 刘洋）4月2日，全市会议召开。", ["张伟", "刘洋"]),
        ("全文完。（某区广播电视台 王晓晶 刘文明 李琰）\n", ["王晓晶", "刘文明", "李琰"]),  # an outlet's reporters closing
        ("（陈静）\n", ["陈静"]),
        ("今天天气很好（上午）", []),
        ("全文完。\n责编：王小红\n二审：赵立新\n", ["王小红", "赵立新"]),  # editorial credits closing a page
        ("编辑要求：保持简洁\n", []),
        ("全媒体记者：王小红 赵立新\n", ["王小红", "赵立新"]),  # a colon after the credit
        ("信息来源：办公室\n作者：(王爱兵\n", ["王爱兵"]),  # an author line, its bracket left open
        ("本报讯 记者 王小明5月3日上午，会议召开。", ["王小明"]),  # the dateline follows the name at once
        ("云南网讯 (记者 杨之辉 期俊军 杨苑)1月20日上午", ["杨之辉", "杨苑", "期俊军"]),  # vouched for by the others
        ("（记者 期俊军）1月20日", []),  # alone, an unlisted surname is not vouched for
        ("中新网沈阳1月27日电 (韩宏 姜月恒 王涵)辽宁省第十四届人民代表大会", ["韩宏", "姜月恒", "王涵"]),  # a dateline's
        ("播音:李晓婕\n审片:王夏明\n新媒体编辑:蔡 卓\n", ["李晓婕", "王夏明", "蔡卓"]),  # a TV item's credits, a name spaced
        ("全文完。\n(作者:柴晶明)\n", ["柴晶明"]),  # an author line inside brackets
        ("某省政府工作报告(2025年1月14日 钱立新)\n", ["钱立新"]),  # the speaker after a report's date in its title
        # labels typeset spaced out; a writer and a checker on one line; a closing credit before a page's |
        ("图 文:张雅明\n编 辑:陈 洁\n监 制:王立新\n", ["张雅明", "陈洁", "王立新"]),
        ("(撰稿人:王节明 审稿人:唐九红)\n", ["唐九红", "王节明"]),
        ("工作打算。(房立胜、王海虹) |\n", ["房立胜", "王海虹"]),
        ("积极贡献力量。(图/冯慧明)\n来源:某某网", ["冯慧明"]),  # a credit labelled with a slash
        ("◎王高明,周華國\n某某大学 马克思主义学院\n", ["王高明", "周華國"]),  # an article's authors
        ("文/张小明 图/李红\n", ["张小明", "李红"]),
        ("比例为3/4左右\n", []),
    ],
)
def test_credited_names(text, names):
    assert credited_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("赵立新、钱文、孙海波、李强在主席台前排就座。", ["赵立新", "钱文", "孙海波", "李强"]),
        ("市领导周强、吴凡、郑和平等参加会议。", ["周强", "吴凡", "郑和平"]),
        ("教育、医疗、养老等参加评比。", []),
        ("在主席台就座的领导有：赵立新、钱文、孙海波、李强，以及其他成员。", ["赵立新", "钱文", "孙海波", "李强"]),
        ("传达了周强、吴凡同志的讲话。", ["周强", "吴凡"]),  # 同志 vouches for a list of two
        ("县人大常委会副主任赵立新、钱文、孙海波，副县长李强出席会议。", ["赵立新", "钱文", "孙海波"]),  # after a title
        ("县领导赵立新、钱文、孙海波在分会场收听收看。", ["赵立新", "钱文", "孙海波"]),
        ("此次大会的执行主席是赵立新、钱文、孙海波。", ["赵立新", "钱文", "孙海波"]),
        ("经开区领导赵立新、钱文、孙海波及相关单位负责人参加会议。", ["赵立新", "钱文", "孙海波"]),
        # a long list of names vouches for a name whose surname is not in the list of surnames
        ("出席的有：赵立新、钱文、孙海波、李强、周明、郗晓兰、吴凡、郑和平、王小红、陈静等。",
         ["赵立新", "钱文", "孙海波", "李强", "周明", "吴凡", "郑和平", "王小红", "陈静", "郗晓兰"]),
        # 等 then a kind of thing closes a list of things, though its items open with surnames (紫|金山, 钟山)
        ("紫金山、太湖、钟山、云龙湖等实验室加快建设。", []),
        ("万华、何建平、肖玉玲、谭荣龙等代表踊跃发言。", ["万华", "何建平", "肖玉玲", "谭荣龙"]),
    ],
)
def test_listed_names(text, names):
    assert listed_names(text) == names


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("来源：江南日报 2024-01-02", ["江南日报"]),
        ("水乡网讯（张伟）4月2日，会议召开。", ["水乡网"]),
        ("全市网点覆盖率提高。", []),
        ("时间： 2024-01-17 来源： 江南发布\n", ["江南发布"]),  # a government's news account, in a source line
        ("某某网讯（江南融媒记者 张伟）4月2日", ["某某网", "江南融媒"]),  # an outlet opening a credit's bracket
        ("。国家统计局发布1月份数据。", []),  # 发布 names an account only in a source line
        ("某省政府网 发布时间:2024-02-18\n", ["某省政府网"]),  # a site before its publication time
        ("来源:江南宣传 | 作者:ance\n", ["江南宣传"]),  # a county's propaganda account in a source line
        ("发布日期:2020-05-12 14:39 来源:江南手机台  记者:张伟\n", ["江南手机台"]),  # a broadcaster's phone channel
        ("2025-03-08 20:30:34央视网\n0:47/11:42自动播放\n", ["央视网"]),  # a page's timestamp, then its outlet
    ],
)
def test_credited_outlets(text, outlets):
    assert [text[a:b] for a, b in credited_outlets(text)] == outlets


def test_heads_table_is_well_formed():
    heads = [head for group in heads_by_last_character().values() for head in group]
    assert heads and all(head.type in {"project", "policy", "place", "organization"} for head in heads)
    assert all(head.need in {"any", "named_or_long", "named"} for head in heads)
    for group in heads_by_last_character().values():
        assert [len(h.text) for h in group] == sorted((len(h.text) for h in group), reverse=True)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("办好十件民生实事", ["十件民生实事"]),
        ("实施10项民生实事工程", ["10项民生实事"]),
        ("1234567890" * 50, []),  # a long run of numerals is read once, from its start
    ],
)
def test_counted_deeds_pattern(text, found):
    from policylens.nlp.entities.rules import _DEEDS

    assert [m.group() for m in _DEEDS.finditer(text)] == found


def test_a_programme_joined_to_a_slogan_by_a_middle_dot_is_its_own_entity():
    text = "某省召开会议。\n" + "打造“金色粮仓”，实施“金色粮仓·百园建设”行动。" * 2 + "\n"
    names = {e.name: e.aliases for e in parse_text(text).entities}
    assert "金色粮仓" in names and "金色粮仓·百园建设" in names
    assert "金色粮仓·百园建设" not in names["金色粮仓"]


def test_a_place_found_by_its_short_name_knows_the_full_name_the_text_writes():
    """黑山 on its own, 黑山县 only inside 黑山县人民政府 and a book title: one place, the full name its alias."""
    text = "6月20日，某县政府召开常务会议。会议通过《黑山县2022年实施方案》，要谋划黑山未来发展空间。\n" * 2
    places = [e for e in parse_text(text).entities if e.type == "place"]
    assert [(e.name, e.aliases) for e in places] == [("黑山", ["黑山县"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("中国共产党沁县第十三次代表大会召开。沁县县委书记作报告。", True),  # named twice as a word of its own
        ("中国共产党沁县第十三次代表大会召开。", False),  # once could be a chance cut
    ],
)
def test_a_two_character_county_named_more_than_once(text, found):
    places = {e.name for e in parse_text(text).entities if e.type == "place"}
    assert ("沁县" in places) is found


def test_a_division_named_in_full_at_the_start_of_a_body_is_a_place_there():
    text = "12月17日，天全县第十七届人民政府召开工作务虚会。会议强调，要全力完成年度目标任务。\n" * 2
    found = {(e.name, e.type) for e in parse_text(text).entities}
    assert {("天全县", "place"), ("天全县第十七届人民政府", "organization")} <= found



def test_word_kinds_read_off_the_memo_match_the_word_by_word_decision():
    from policylens.nlp.entities.rules import _word_kind, _word_kinds

    words = set(parse_text("推进集成电路、生物医药发展，建设杭州湾新区。蓝莓深加工。").tokens.texts)
    expected = {word: kind for word in words if (kind := _word_kind(word))}
    assert expected and _word_kinds(words) == expected
    assert _word_kinds(words | {"杭州"}) == expected | {"杭州": "place"}  # a word decided on a later call


def test_the_word_kinds_memo_is_bounded(monkeypatch):
    """A library's vocabulary grows without end: the memo starts afresh past its limit and decides the same."""
    from policylens.nlp.entities import rules

    monkeypatch.setattr(rules, "_KINDS_LIMIT", 50)
    monkeypatch.setattr(rules, "_KINDS_SEEN", (set(), {}))
    for batch in range(5):
        rules._word_kinds({f"词{batch}{i}" for i in range(40)})
    assert len(rules._KINDS_SEEN[0]) <= 50 + 40
    assert rules._word_kinds({"杭州", "集成电路"}) == {"杭州": "place", "集成电路": "industry"}


def test_a_session_named_short_and_in_full_is_one_event():
    text = ("某市召开经济工作会议。\n省十四届人大三次会议隆重开幕。\n1月19日上午，湖南省第十四届人民代表大会第三次会议"
            "在长沙隆重开幕。市十四届人大三次会议另行召开。")
    events = {e.name: e for e in parse_text(text).entities if e.type == "project"}
    assert "省十四届人大三次会议" in events["湖南省第十四届人民代表大会第三次会议"].aliases
    assert "省十四届人大三次会议" not in events
    assert "市十四届人大三次会议" in events  # another level's session is another event


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("推进深中一体化和长三角一体化，“一体化”发展，一体化示范区", {"一体化"}),
        ("党中央、国务院和省委省政府，中央军委", {"党中央", "国务院", "省委", "中央军委", "全国人大"}),
        ("没有要找的词", {"一体化"}),
        ("省委省委省委", {"省委"}),
    ],
)
def test_indexes_of_words_are_the_tokens_with_those_texts(text, words):
    context = Context(text, tokens(text))
    assert context.indexes_of(words) == list(context.indexes_where(map(words.__contains__, context.texts)))
