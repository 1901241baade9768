"""Entity candidate rules, as a table: each rule finds spans of one type with a priority for overlaps.

A candidate is a span and a type. Where two candidates cover the same span, the higher priority wins; a
candidate of a *container* rule swallows the shorter candidates of the types it lists inside
it (see ``resolve``). Rules run in table order; the last one reads what the others found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from policylens.nlp.entities.aliases import REGIONAL_CHAPTER_ENDS, SESSION_BODY, SESSION_ORDINAL
from policylens.nlp.entities.boundaries import (
    COUNTING_UNITS,
    DESIGNATION_HEADS,
    FUNCTION_WORDS,
    GRANTING_SCOPES,
    action_verbs,
    is_boundary,
    is_fused_verb,
    is_hard_boundary,
    is_hard_boundary_at,
    left_extend,
    place_short_name,
    splits_a_verb,
    stray_measure_word,
    strong_modifiers,
)
from policylens.nlp.entities.heads import (
    after_qualifier,
    ends_with_a_head,
    extend_over_joins,
    heads_by_last_character,
    is_category,
    named_heads,
    starts_generic,
)
from policylens.nlp.entities.people import credited_names, credited_outlets, listed_names
from policylens.nlp.entities.scan import finditer_near, occurrences
from policylens.nlp.gazetteer import (
    PROVINCE_ABBREVIATIONS,
    TWO_CHARACTER_COUNTY_ENDS,
    abbreviation_characters,
    city_characters,
    county_regions,
    full_names_by_short,
    is_abbreviated_region,
    place_names,
    province_names,
    short_place_name,
    two_character_counties,
)
from policylens.nlp.segment import (
    Token,
    Tokens,
    dictionary_word_at,
    domain_vocabulary,
    industry_lexicon,
    word_frequency,
    word_tags,
)
from policylens.nlp.stopwords import generic_words, stopwords
from policylens.resources import common_surnames, data_words, official_titles
from policylens.structure.speaker import looks_like_name, without_joining_word
from policylens.textutil import Memo, word_list_pattern, word_list_regex

_NAME_BEFORE_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>总书记|同志)")
_SPEECH_VERBS = r"强调|指出|表示|要求|勉励|提出|说，|出席|主持|讲话|宣布|作(?:政府)?工作报告"  # 叶建春作政府工作报告
_NAME_BEFORE_SPEECH = re.compile(
    r"(?:^|(?<=[，。：；\n]))(?:会上，)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:还|也|再次|同时|进一步|在讲话中|在会上)?"
    rf"(?={_SPEECH_VERBS})"
)
# 传达学习赵一德在全省…会上的讲话: a name studied for a speech it gave
_NAME_OF_SPEECH_STUDIED = re.compile(
    r"(?:传达|学习)了?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?在[^，。；]{2,80}?上的(?:重要)?讲话")
# 人大代表 雷华春 说：, 政协委员王红说，: a person quoted by role
_QUOTED_BY_ROLE = re.compile(
    r"(?:代表|委员|记者|群众|村民|居民|市民|企业家|负责人)[ \u3000]?"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)[ \u3000]?说[：:，“]")
# 刚才，学普同志通报了…: a colleague called by the given name alone, at a clause's start
_NAME_BEFORE_HONORIFIC = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,3})(?:先生|女士)")
_HONORIFIC = re.compile(r"先生|女士")
_GIVEN_NAME_COMRADE = re.compile(r"[，。：；\n](?P<name>[\u4e00-\u9fff]{2})同志(?=[\u4e00-\u9fff])")
_TITLE_ANCHOR = re.compile(r"总书记|同志")
_NOT_A_NAME_INSIDE = re.compile(r"其他|有关|相关|全体|各位|大会")  # 向|大会作政府工作报告
_POSTS = "副?(?:省长|市长|区长|县长|州长|镇长|乡长|书记|主任|局长|厅长|部长|总理)"
_POST_ANCHOR = re.compile(_POSTS)
_SPEECH_ANCHOR = re.compile(_SPEECH_VERBS)
# 单泽峰在政府工作报告中说: a name, where it was said, what was said (looked for near 中说, 中指出…)
_SPOKEN_IN_VERBS = r"强调|指出|表示|说，"
_NAME_SPEAKING_IN = re.compile(r"(?:^|(?<=[，。：；\n]))(?P<name>[\u4e00-\u9fff]{2,3}?)在[^，。；\n]{2,12}?中"
                               rf"(?={_SPOKEN_IN_VERBS})")
_SPOKE_IN_ANCHOR = re.compile(rf"中(?:{_SPOKEN_IN_VERBS})")
_THOUGHT_ANCHOR = re.compile(r"思想|理论")
# 党的二十大; a plenum of a central committee by its ordinals (党的十九届四中全会, 二十届三中全会), or two named
# together (二十届二中三中全会, 十九届二中、三中全会)
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]{2,4}大"
                             r"|(?:党的)?[一二三四五六七八九十]{2,4}届(?:[一二三四五六七八九]中、?)?[一二三四五六七八九]中全会")
_THOUGHT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:新时代中国特色社会主义思想|思想|理论"
                      r"|(?:经济|生态文明|法治|外交|强军|文化)思想)")
_BATCH = "一批|一系列|若干|多个|各类"  # words for a batch of things: what follows is a kind, not one name
_CENTRAL_TASK = re.compile(r"工作(?!人员|站|室|专班)|任务")
# 城市战略|定位, 示范区|建设方案; 水库|群: a group of the things the suffix names is not one of them
_CONTINUES_COMPOUND = re.compile(r"定位|布局|部署|意义|机遇|支点|任务|目标|方案|规划|要求|举措|群")
_LEADERS_FORMULA = re.compile(r"[\u4e00-\u9fff]{2,3}(?:新时代|(?:经济|生态文明|法治|外交|强军|文化)思想)")
_CENSUS = re.compile(r"第[一二三四五六七八九十]+次全国[\u4e00-\u9fff]{2,8}?普查")
_CONCEPTS = re.compile(r"(?:新|[一二三四五六七八九十两]大)发展(?:理念|格局)")
_FIVE_YEAR_PLAN = re.compile(r"(?:国民经济和社会发展)?第[一二三四五六七八九十]+个五年规划(?:纲要)?(?:草案)?")
# from a run's start only, without backtracking into it: a long run of digits stays linear
_FIVE_YEAR_ANCHOR = re.compile(r"个五年规划")
# 十四五, 十五五 unquoted (谋划十五五发展目标): a plan's period, not 二十四五岁 or 十五五个
# (the lookbehind after the 十 it checks: a pattern that opens with a literal is searched for, not tried everywhere)
_PLAN_PERIOD = re.compile(r"十(?<![第一二三四五六七八九十百千万两零〇\d.]十)[一二三四五六七八九]五"
                          r"(?![一二三四五六七八九十百千万两零〇\d个次名人岁天年%])")
_NUMBER_ONE_DOCUMENT = re.compile(r"中央[一1]号文件")  # the year's first central document, on rural work
_DEEDS = re.compile(r"(?<![一二三四五六七八九十百两\d])[一二三四五六七八九十百两\d]++[件项]民生实事")
# these patterns open with a character class, so the engine would try every position: read them near a literal
_ANCHORED_PROGRAMMES = ((_DEEDS, re.compile(r"[件项]民生实事"), 12), (_CONCEPTS, re.compile(r"发展(?:理念|格局)"), 2))
# A、B、C等(qualifier)category: the items are of the category's type
CATEGORY_TYPES: dict[str, tuple[str, ...]] = {
    "industry": ("产业", "行业", "领域", "新增长点", "增长点", "赛道", "产业链", "集群", "产品", "业态", "服务业",
                 "制造业"),
    "project": ("赛事", "活动", "展会", "盛会", "论坛"),
    "works": ("项目", "工程", "煤矿", "电站", "电厂", "机场", "港口", "灌区"),
    "place": ("流域", "湖库", "湖泊", "地区", "城市", "省份", "地市", "区县", "县区", "国家和地区", "景区", "景点",
              "地标", "街区", "遗存", "古镇", "个县", "县市", "个乡镇", "街道", "乡镇", "镇街"),
    "organization": ("企业", "高校", "院校", "机构", "央企", "国企"),
}
_CATEGORY_CONTINUES = "平台|集群|园区|基地|载体|体系|项目|企业|布局|工程|建设|品牌"  # 产业|平台 is not 产业
# 家电、食品…等产业品牌优势: the brands of those industries; the items are still industries
# 电动自行车、厂房仓库等重点行业领域|整治: what is put right there, not industries
# 人工智能、低空经济、光子技术等未来产业集群: a cluster of the sectors listed, which stay sectors
_LIST_CONTINUES = {"industry": _CATEGORY_CONTINUES.replace("|品牌", "").replace("集群|", "")
                   + "|(?:领域)?(?:整治|治理|监管|执法)"}
_CATEGORY_AFTER = {
    kind: re.compile(rf"(?P<category>[^，。；：、等\n]{{0,8}}?(?:{'|'.join(words)}))"
                     rf"(?!{_LIST_CONTINUES.get(kind, _CATEGORY_CONTINUES)})")
    for kind, words in CATEGORY_TYPES.items()
}
_LIST_LIMIT = 120
# policy formulas made by a fixed pattern: 一村一策, 河湖长制, 美丽四川, 工业强市
_ONE_EACH = re.compile(r"一[\u4e00-\u9fff]一[\u4e00-\u9fff]")
_CHIEF_SYSTEM = re.compile(r"[河湖林田山路库]{1,2}长制")
_REGION_SLOGAN_PREFIXES = ("美丽", "数字", "平安", "健康", "法治", "幸福", "魅力", "生态", "文化", "智慧", "和美",
                           "清廉", "书香", "和谐", "安澜", "现代化新")  # 清廉浙江, 安澜沂河, 现代化新重庆
_REGION_LEVELS = frozenset("国省市区县")
_GREAT_SPIRIT = re.compile(r"伟大[\u4e00-\u9fff]{2,4}?精神")
_BOOK = re.compile(r"《(?P<title>[^《》\n]{3,40})》")

# organization suffixes: a multi-character suffix may stand alone only when listed in organizations.txt
ORG_SUFFIXES = (
    "党工委", "工委", "管委会", "党委", "党总支", "党支部", "党组", "人大常委会", "常委会", "委员会", "人民政府",
    "研究院", "研究所", "研究中心",
    "大学", "学院", "职院", "医院", "公司", "集团", "银行", "协会", "商会", "联合会", "街道", "办事处", "检察院",
    "法院", "区委", "县委", "市委", "州委", "省委", "发改委", "财经委", "纪委", "管理局", "代表处", "新闻网", "日报",
    "晚报", "电视台", "校区", "院区", "办公厅", "院", "局", "厅", "总工会", "指挥部", "中心", "海关", "理事会", "重工",
    "发展改革委", "分行", "总队", "军区", "报社", "小学", "中学",
)

PLACE_SUFFIXES = (
    "开发区", "高新区", "经开区", "自贸区", "自贸试验区", "保税区", "公园", "流域", "湿地", "水库", "风景区", "新区",
)
POLICY_SUFFIXES = ("实验区", "示范区", "试验区", "先行区", "试点区", "示范县", "示范市", "战略")
PROJECT_SUFFIXES_SPECIFIC = ("科创园", "产业园", "科技园", "启动区", "实验室", "园区", "示范园", "孵化器")
PROJECT_SUFFIXES_GENERIC = ("项目", "工程", "基金")
_NOT_INDUSTRY_WORDS = tuple(
    "企业 就业 创业 事业 行业 专业 职业 作业 毕业 营业 物业 产业 伟业 学业 基业 家业 功业 大业".split()
)
_GENERIC_INDUSTRY_HEADS = frozenset(
    "支柱 新兴 主导 特色 优势 传统 未来 重点 富民 增收 现代化 战略性新兴 相关 各类 全 核心 关联 上下游 龙头".split()
)


_NATIONAL_BODY_OPENINGS = ("国家", "国务院", "中央", "中共中央", "党中央", "全国", "中国", "最高")
_NEEDS_PLACE_PREFIX = frozenset(("区委", "县委", "市委", "州委", "省委", "局", "厅", "办公厅", "海关", "小学", "中学"))
_LEVEL_DEPARTMENT_SUFFIXES = frozenset(("局", "厅", "办公厅", "总工会", "指挥部", "中心"))
_LEVEL_ONLY_SUFFIXES = frozenset(("总工会", "指挥部", "中心"))  # 县总工会, 区疫情防控指挥部, 县疾控中心: not 城市中心
# 省技术创新中心, 市工程研究中心: a level's designation for many centres, not one body
_DESIGNATED_CENTRE = re.compile(r"创新|技术|研究|研发|工程|制造|副中心")
_LEVEL_WORDS = frozenset(("省委", "市委", "区委", "县委", "州委", "省政府", "市政府", "区政府", "县政府"))
_NOT_BODY_ENDINGS = frozenset("格局 布局 大局 全局 开局 结局 变局 新局 破局 定局 当局 时局 大厅 展厅 餐厅".split())
_CAMPUSES = frozenset(("校区", "院区"))
_CAMPUS_OWNER = re.compile(r"大学|学院|医院|学校|中学")
_LEVELS = frozenset("省市区县州")
_LEVEL_BODY_SUFFIXES = frozenset(("发改委", "发展改革委", "财经委", "纪委", "管理局", "人大常委会", "检察院", "法院",
                                  "总工会", "军区"))
# a long phrase that says whose or how many (更多企业…项目, 上市公司募投项目, 中央预算内投资项目) describes a kind of
# project; a name would hold a place, a code or a proper word instead
_GENERIC_PHRASE = re.compile(r"企业|公司|更多|各类|各级|一批|重点|重大|有关|相关|预算内|招商")
_OBJECT_OF_A_VERB = re.compile(r"(?:抓|起|上|谋|引|招)(?:项目|工程)$")  # 大抓项目, 承担起项目: what is done to projects


def _is_campus(context: Context, prefix: str) -> bool:
    """A campus is named by its owner and its place: 北方工业大学|延庆|校区, 宣武医院|房山|院区."""
    return bool(_CAMPUS_OWNER.search(prefix)) and any(
        context.is_place_word(prefix[-n:], "ns") for n in (2, 3) if len(prefix) > n)


def _starts_with_place(context: Context, tokens: Tokens, start: int, end: int) -> bool:
    """Is the name's prefix a place, or a place with 中共 before it, or a body whose office it names (国务院|办公厅)?
    The segmenter may keep the whole name as one word (中共上海市委): then the prefix's own text is read."""
    inside = [t for t in tokens.span(start, end) if t.text != "中共"]
    if not inside:
        prefix = context.analysis[start:end].removeprefix("中共")
        return bool(prefix) and (context.is_place_word(prefix, "ns") or prefix in standalone_organization_names())
    is_place = context.is_place
    return is_place(inside[0]) or inside[0].tag == "ns"


ALL_TYPES = frozenset(("person", "organization", "place", "policy", "industry", "project"))
PLACES = frozenset(("place",))
INDUSTRIES = frozenset(("industry",))  # 化工 and 新材料 in 心连心化工新材料, a listed work (its places stay mentions)
PARTS = frozenset(("place", "industry"))  # 成渝 in 成渝中线高铁; 人工智能 in 国家人工智能应用中试基地


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    priority: int
    name: str | None = None  # canonical name when it differs from the surface (习近平 for 习近平总书记)
    swallows: frozenset[str] = frozenset()  # the types of the shorter candidates inside it that are its parts
    nests: bool = False  # a name of its own even inside a longer one (小隐涌流域 in 小隐涌流域…综合整治工程)
    provisional: bool = False  # the type is a default (a quoted term is a policy) that a typed rule may correct


@dataclass
class Context:
    """What the rules read: the analysis text, its tokens, the speaker, and what the person rule learned."""

    analysis: str
    tokens: Tokens
    speaker: str | None = None
    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person → titles seen

    @cached_property
    def by_last_char(self) -> dict[str, list[int]]:
        """Indexes of the unprotected tokens by their last character (suffix rules look only where they can hit)."""
        tokens = self.tokens
        index: dict[str, list[int]] = defaultdict(list)
        last_characters = list(map(_indexed_last_character_of().__getitem__, self.texts))  # '' when not indexed
        protected = tokens.protected
        for position in compress(range(len(tokens)), last_characters):
            if not protected[position]:
                index[last_characters[position]].append(position)
        return index

    @property
    def protected(self) -> list[bool]:
        return self.tokens.protected

    @cached_property
    def protected_indexes(self) -> list[int]:
        """The indexes of the protected tokens (quoted terms, kept whole), read once for every rule that wants them."""
        return list(compress(range(len(self.tokens)), self.tokens.protected))

    def protected_tokens(self) -> Iterator[Token]:
        return map(self.tokens.__getitem__, self.protected_indexes)

    def indexes_where(self, selectors: Iterable[object]) -> Iterator[int]:
        """The indexes of the tokens whose selector is true (``selectors`` runs along the tokens)."""
        return compress(range(len(self.tokens)), selectors)

    def indexes_of(self, words: frozenset[str] | set[str]) -> list[int]:
        """The indexes of the tokens whose text is one of ``words``, in order: ``indexes_where`` over the words'
        membership, found instead where the text holds each of the words the report has as tokens. The rules read
        a text without gloss stand-ins (``_candidates``), where a token's text is the stretch of text it spans."""
        texts, analysis, index_at = self.texts, self.analysis, self.index_at
        found = [index for word in self.distinct_texts & words for position in occurrences(analysis, word)
                 if (index := index_at(position)) is not None and texts[index] == word]
        found.sort()
        return found

    @cached_property
    def distinct_texts(self) -> set[str]:
        return set(self.texts)

    @property
    def texts(self) -> list[str]:
        """The tokens' words, in order (the per-token rules below read them in C, over every word of a report)."""
        return self.tokens.texts

    @property
    def ends(self) -> list[int]:
        return self.tokens.ends

    def index_at(self, offset: int) -> int | None:
        """The index of the token that starts at ``offset``, if one does."""
        return self.tokens.index_at(offset)

    def ends_at(self, offset: int) -> bool:
        """Does a token end at ``offset``?"""
        index = bisect_left(self.ends, offset)
        return index < len(self.ends) and self.ends[index] == offset

    @cached_property
    def home_regions(self) -> set[str]:
        return _home_regions(self.texts, place_names(), distinct=self.distinct_texts)

    @cached_property
    def full_place_names(self) -> list[tuple[tuple[int, int], str]]:
        """(span, short name) of the divisions named in full (宝丰县, 东西湖区), wherever the segmenter cut them:
        the text that names 宝丰县 may say 宝丰 alone."""
        tokens = self.tokens

        def starts_a_name(offset: int) -> bool:  # not 兴|城市 (振兴 a city) read as 兴城市
            index = self.index_at(offset)
            return index is not None and not (len(tokens[index].text) == 1 and tokens[index].tag in "vpdc")

        return _full_place_names(self.analysis, starts_a_name)

    @cached_property
    def category_lists(self) -> dict[str, list[tuple[int, int, str]]]:
        return _category_lists(self.analysis)

    @cached_property
    def is_place_word(self) -> Callable[[str, str], bool]:
        """Is this (word, tag) a place name here?"""
        return _make_place_test(self)

    def is_place(self, token: Token) -> bool:
        return self.is_place_word(token.text, token.tag)

    @cached_property
    def named_heads(self) -> list[tuple[int, int, str]]:
        return named_heads(self)

    @cached_property
    def lexicon_hits(self) -> list[tuple[tuple[int, int], str]]:
        """Tokens found in the gazetteer (place) or else the industry lexicon (industry), in one pass."""
        tokens, texts = self.tokens, self.texts
        # an unprotected token's tag follows from its word (``segment._cut``): each distinct word is decided once,
        # the report-independent part once per process, and the decisions are read off for every token in C
        distinct = self.distinct_texts
        kinds = _word_kinds(distinct)
        is_place_word, tags = self.is_place_word, word_tags()
        for text in distinct & self.local_place_words:
            if is_place_word(text, tags.get(text, "x")):
                kinds[text] = "place"
        starts, ends, protected = tokens.starts, tokens.ends, tokens.protected
        return [((starts[i], ends[i]), kinds[texts[i]])
                for i in compress(range(len(tokens)), map(kinds.__contains__, texts)) if not protected[i]]

    @cached_property
    def abbreviated_places(self) -> list[tuple[int, int]]:
        """Spans of 成渝, 杭甬温, “襄十”: see ``abbreviated_places``."""
        return _abbreviated_places(self)

    @cached_property
    def local_place_words(self) -> set[str]:
        """Words that may be places in this report only: stems of divisions named in full, county names."""
        return {stem for _, stem in self.full_place_names} | county_regions().keys()


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    priority: int
    find: Callable[[Context, list[Candidate]], list[tuple[int, int] | tuple[int, int, str]]]
    swallows: frozenset[str] = frozenset()
    nests: bool = False
    provisional: bool = False

    def run(self, context: Context, found: list[Candidate]) -> list[Candidate]:
        out = []
        for span in self.find(context, found):
            name = span[2] if len(span) == 3 else None
            out.append(Candidate(span[0], span[1], self.type, self.priority, name=name, swallows=self.swallows,
                                 nests=self.nests, provisional=self.provisional))
        return out


@cache
def _indexed_last_character_of() -> Memo:
    """A word's last character when some rule looks words up by it, else '': decided once per word and process
    (reports share most of their words), and read off for every token in C."""
    return Memo(lambda word: word[-1] if word[-1:] in _indexed_last_characters() else "")


@cache
def _indexed_last_characters() -> frozenset[str]:
    """The last characters some rule looks words up by: suffixes, heads, 业, dashes, rivers and lakes, statutes."""
    suffixes = (*ORG_SUFFIXES, *PLACE_SUFFIXES, *POLICY_SUFFIXES, *PROJECT_SUFFIXES_SPECIFIC, *PROJECT_SUFFIXES_GENERIC)
    return frozenset({s[-1] for s in suffixes} | set(heads_by_last_character()) | set("业-－—–、法")
                     | set(_FEATURE_ENDS) | set(TWO_CHARACTER_COUNTY_ENDS))


@cache
def _national_concepts() -> re.Pattern[str]:
    return word_list_pattern(_concept_names())


@cache
def _concept_names() -> frozenset[str]:
    return frozenset(data_words("concepts.txt"))


@cache
def standalone_organization_names() -> frozenset[str]:
    return frozenset(data_words("organizations.txt"))


@cache
def _name_after_title() -> re.Pattern[str]:
    titles = word_list_regex((*official_titles(), "同志"))
    # 主席蓝天立先生, 新闻发言人 邢慧娜： (a speaker's line in a transcript)
    # 主席艾尔肯·吐尼亚孜在…: a name transliterated in parts joined by a middle dot
    # 副县长提名人选徐绪忠: a post's nominee
    nominee = "(?:提名人选|候选人)?"
    return re.compile(rf"(?P<title>{titles}){nominee}[ \u3000]?(?P<name>[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2,8}}?"
                      rf"|[\u4e00-\u9fff]{{2,3}}?)"
                      r"(?=出席|主持|强调|指出|表示|讲话|代表|作|在|、|，|。|同志|还|也|通报|汇报|传达|宣读|介绍|到|莅临"
                      r"|先生|女士|：[ \u3000]*$"
                      r"|赴|率|带队|一同|一行|深入|先后|调研|陪同|参加|列席|等|及|以及|向|就|对|亲自|则|分别|随后|宣布|总结了|与|\d+日"
                      r"|政府工作报告|所作|所做"  # 省长赵龙政府工作报告
                      r"|召开|重要(?:讲话|指示|批示|论述|文章)|批示"  # 省委书记袁家军重要讲话精神
                      r"|给出|回答|说|委托|解读|宣讲|领学|安排|部署|进行|讲意见|提到|[ \u3000]*$)", re.M)
    # 厅长黄平给出答案; …政府工作报告 省长 易炼红 (a line's end); 受区长罗成委托; 镇党委书记张绪卫解读了…;
    # 副县长李向平安排了…


@cache
def _name_before_post() -> re.Pattern[str]:
    """冷劲松市长在…, 王伟书记强调: a name standing alone (not 由李伟: no character before it), then the post it
    is known by, then what the person did."""
    # 省委|彭清华书记, 学习了|李克强总理, 关于印发|叶牛平市长…, 以及|吴某某市长批示: after a party committee, a
    # verb's 了, a verb that passes a leader's words on or a conjunction, a name starts too
    return re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=省委|市委|区委|县委|州委|党委)|(?<=了)"
                      r"|(?<=印发|转发|传达|以及)|(?<=学习)(?![了过])|(?<=特别是|尤其是))"
                      rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?P<title>{_POSTS})"
                      r"(?=在|强调|指出|表示|主持|出席|讲话|要求|作|委托|为|的|重要|，|、|也|还|亲临|视察|批示|所作)")



# -- the rules ---------------------------------------------------------------------------------------------

def _starts_inside_a_word(tokens: Tokens, position: int) -> bool:
    """Does a dictionary word of the segmenter's run across ``position`` from before it (列席 across 席)?"""
    index = bisect_right(tokens.starts, position) - 1
    return (index >= 0 and tokens.starts[index] < position < tokens.ends[index] and not tokens.protected[index]
            and tokens.texts[index] in word_tags())


def _word_from_title(tokens: Tokens, match: re.Match, name_start: int) -> bool:
    """Does the word across the name's start begin inside the post just before it (县|长江|勇 after 副县长)?"""
    index = bisect_right(tokens.starts, name_start) - 1
    return match.start("title") <= tokens.starts[index] < match.end("title")


def persons(context: Context, found: list[Candidate]) -> list[tuple[int, int, str]]:
    """Names before 总书记/同志, after a title, before a speech verb, in a byline or a list of attendees; every
    mention of each (spaces allowed)."""
    names = context.titles
    tags = word_tags()
    posts = frozenset(official_titles())
    analysis = context.analysis
    matches = (*finditer_near(_NAME_BEFORE_TITLE, _TITLE_ANCHOR, analysis, back=3),
               *_name_after_title().finditer(analysis),
               *finditer_near(_name_before_post(), _POST_ANCHOR, analysis, back=3),
               *finditer_near(_NAME_BEFORE_SPEECH, _SPEECH_ANCHOR, analysis, back=10),
               *finditer_near(_NAME_SPEAKING_IN, _SPOKE_IN_ANCHOR, analysis, back=22),
               *_NAME_OF_SPEECH_STUDIED.finditer(analysis),
               *_QUOTED_BY_ROLE.finditer(analysis))
    for match in matches:
        name = match["name"]
        if len(name) == 3 and name[-1] in "说讲称" and analysis.startswith(("，", "：", "“"), match.end("name")):
            name = name[:2]  # 委员钱文|说，: the verb of saying is not the name's third character
        name = without_joining_word(name)  # 但|李强总理
        if not looks_like_name(name) or (tags.get(name, "nr") not in ("nr", "nrfg", "nrt") and len(name) == 2):
            continue
        if name in FUNCTION_WORDS or name in stopwords() or _NOT_A_NAME_INSIDE.search(name):
            continue  # 委员|和其他|列席人员
        if len(name) == 3 and tags.get(name[1:]) in _VERBAL_TAGS and word_frequency(name[1:]) >= _EVERYDAY_VERB:
            continue  # 分|管负责|同志: a verb of every day is no given name (振兴, 胜利 still are)
        if (len(name) == 3 and name[0] not in common_surnames(_COMMON_SURNAME_COUNT)
                and tags.get(name[0]) in _FUNCTION_TAGS
                and word_frequency(name[1:]) > 0):
            continue  # 总书记|有号令: a rare surname that is a verb or a particle, then a word, is a clause
        title = match.groupdict().get("title")
        if title and name[-1] + title in posts:
            continue  # 区委副|书记, 常务副|市长: the name's last character belongs to the post
        name_start = match.end("name") - len(name)
        if _starts_inside_a_word(context.tokens, name_start) and not (
                title and match.start("title") < name_start and _word_from_title(context.tokens, match, name_start)):
            continue  # 和列|席会议|同志: a surname that ends a word before it (列席) opens no name (but 副县|长江|勇:
            # the post matched before it, its last character read into a word with the surname)
        names[name]
        if title and title != "同志":
            names[name].add(title)
    for match in finditer_near(_NAME_BEFORE_HONORIFIC, _HONORIFIC, analysis, back=3):
        if tags.get(match["name"]) in ("nr", "nrfg", "nrt") and looks_like_name(match["name"]):
            names[match["name"]]  # 孙中山先生: a person the dictionary knows, with an honorific
    for match in _GIVEN_NAME_COMRADE.finditer(analysis):
        if word_frequency(match["name"]) == 0 and match["name"] not in names:
            names[match["name"]]  # 学普同志: no word of the dictionary, so a given name
    for name in (*credited_names(context.analysis), *listed_names(context.analysis)):
        if name not in FUNCTION_WORDS:
            names[name]
    if context.speaker:
        names[context.speaker]
    spans = []
    for name in names:
        spaced = r"[ \u3000]?".join(map(re.escape, name))  # 龚 正 in a header line is 龚正
        spans += [(m.start(), m.end(), name) for m in re.finditer(spaced, context.analysis)]
    return spans


def quoted_terms(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """“百千万工程”, 1+6, “争第一、比贡献”: short quoted terms, number slogans and parallel slogans (split by
    commas too: “功成不必在我，功成必定有我”)."""
    abbreviations = set(context.abbreviated_places)
    analysis = context.analysis
    quoted = [(t.start, t.end) for t in context.protected_tokens()
              if (not _is_common_word(t.text) or _names_a_programme(analysis, t.text, t.end))
              and (t.start, t.end) not in abbreviations
              and not (_FIGURE_AFTER_QUOTE.match(analysis, t.end + 1) and t.text[0] not in _COUNTING_NUMERALS)
              and not _quoted_predicate(context, t.start, t.end)
              and (_is_parallel_slogan(t.text) or not (
                  re.search(r"[、，]", t.text)
                  or (len(t.text) > 12 and not t.text.endswith(_STRATEGY_HEADS)
                      and not _TWO_PART_TITLE.fullmatch(t.text))
                  or (t.text.isdigit() and len(t.text) < 3)))]
    # “这么近，那么美，周末到河北”: a slogan in parallel parts split by commas is one quote the segmenter does
    # not keep whole (its protected quotes hold no clause punctuation)
    quoted += [match.span(1) for match in _COMMA_QUOTE.finditer(analysis) if _is_parallel_slogan(match[1])
               and not _FIGURE_AFTER_QUOTE.match(analysis, match.end())]
    # “纪检监察工作规范化法治化正规化建设年”行动: a quote too long for a term names the campaign its head follows
    quoted += [match.span(1) for match in finditer_near(_LONG_QUOTED_CAMPAIGN, _QUOTE_OPENING, analysis, back=0)]
    return quoted


# “喜迎党的二十大·千名干部下基层”: a campaign's title in two parts joined by a middle dot
_TWO_PART_TITLE = re.compile(r"[\u4e00-\u9fff]{2,10}·[\u4e00-\u9fff]{2,10}")
# “新时代党解决台湾问题的总体方略”: a long quote is a policy when it ends in the head of a doctrine
_STRATEGY_HEADS = ("方略", "战略", "方针", "总要求", "思想", "理念", "重要论述")
# (and a long one in 、-parts: “滇中崛起、沿边开放、滇东北开发、滇西一体化”, past the segmenter's sixteen characters)
_COMMA_QUOTE = re.compile(r"“([^“”\n。；！？：]{2,12}[，、][^“”\n。；！？：]{2,12})”")


_VERBAL_TAGS = frozenset(("v", "vn", "vd"))
_FUNCTION_TAGS = frozenset(("v", "vn", "vd", "p", "c", "d", "u", "uj", "ul", "r"))
_COMMON_SURNAME_COUNT = 200
_EVERYDAY_VERB = 10000  # 负责 13,745, 参加, 发展, 建设; 胜利 8,904 and 解放 4,855 are given names too
_COMMON_QUOTED_FREQUENCY = 20
# 发挥“陪跑人”作用, “压舱石”作用, “热带雨林”式创新生态: a quoted figure of speech for a role or a kind, not a name
# “拍脑袋”决策, “躺平”“侧卧”等问题, “拎马桶”问题: a figure for a way or a malpractice (a counted quote, “三农”问题,
# names the field of work; “白加黑”精神 is a slogan of work)
_FIGURE_AFTER_QUOTE = re.compile(r"(?:作用|角色|式|决策|(?:“[^“”]{1,8}”)*等?(?:问题|现象|行为))")


def _quoted_predicate(context: Context, start: int, end: int) -> bool:
    """三次产业发展“进中提质”，保障机制“务实有效”，: a quote of verbs and adjectives and no noun (the first word a
    verb, an adjective or an adverb), said of the noun before it and closing its clause, is what the subject does
    or is (an appraisal), not a name (发展“好品金融”。 and 建设“深中互动专区”， name things: nouns)."""
    analysis, text = context.analysis, context.analysis[start:end]
    if analysis[end + 1:end + 2] not in _CLAUSE_ENDS or text[0] in _COUNTING_NUMERALS or len(text) > 6:
        return False
    index = context.index_at(start)
    if not index or context.tokens.ends[index - 1] != start - 1 or context.tokens.tags[index - 1] not in _NOUN_TAGS:
        return False
    tags, position, opening = word_tags(), 0, True
    while position < len(text):  # the quote's words by longest dictionary match: no noun among them
        word, tag = dictionary_word_at(text, position, tags)
        if not word:
            word, tag = text[position], tags.get(text[position], "x")
        if (opening and tag not in _PREDICATE_OPENING_TAGS) or (tag[:1] in "nlj" and tag != "ng"):
            return False
        position, opening = position + len(word), False
    return True


_CLAUSE_ENDS = frozenset("，。；！")
_NOUN_TAGS = frozenset(("n", "vn", "nz", "l", "j"))
_PREDICATE_OPENING_TAGS = frozenset(("v", "a", "ad", "d", "vd", "z"))


_LONG_QUOTED_CAMPAIGN = re.compile(r"“([^“”\n，。；！？：、]{17,32})”"
                                   r"(?=(?:专项|攻坚|集中|三年)?(?:行动|工程|计划|活动))")
_QUOTE_OPENING = re.compile("“")


def _names_a_programme(analysis: str, text: str, end: int) -> bool:
    """“断流”攻坚行动, “清源”专项行动: a word of the dictionary in quotes right before a programme's head names the
    programme (not a question, words said or a task in quotes)."""
    return (_PROGRAMME_AFTER_QUOTE.match(analysis, end + 1) is not None and word_frequency(text) > 0
            and not (_SPOKEN.search(text) or _QUESTION.search(text) or _STREAK.fullmatch(text)))


_PROGRAMME_AFTER_QUOTE = re.compile(r"(?:专项|攻坚|集中|三年|提升|整治|示范|培育)?(?:行动|工程|计划|战略|工作法)")


def _is_common_word(text: str) -> bool:
    """“国家队”, “开门红”, “一体化”: a general-dictionary word in quotes is emphasis, not a name (the policy
    vocabulary PolicyLens adds, such as 百千万工程, is not counted as general); so is a rarer one the dictionary
    knows as a verb, an adjective or an adverb (“收官战”), a phrase opening with an adverb of negation or degree
    (“永不落幕”), a run of awards (“九连好”) and a task in quotes (“大力推动金融改革创新”)."""
    if _STREAK.fullmatch(text):
        return True  # “九连好”, “六连冠”: a run of awards, not a name
    if _SPOKEN.search(text):
        return True  # “我们的心里更有底了”: words someone said, not a name
    if _QUESTION.search(text):
        return True  # “为什么要抓”、“抓什么”、“怎么抓”: a question put, not a name
    if len(text) <= 5 and text[-1] in "式型" and text[0] not in _COUNTING_NUMERALS:
        return True  # “保姆式”服务, “专家型”干部: a manner or a kind of thing, not a name (“1+N”式 aside)
    if (text[:2] in strong_modifiers() or text[:4] in action_verbs()) and len(text) > 4 \
            and not _is_parallel_slogan(text):
        return True  # “大力推动金融改革创新”, “严厉打击金融违法犯罪”: a task in quotes
    counted = len(text) >= 2 and text[0] in _COUNTING_NUMERALS  # 三农, 双轮: counted slogans
    if counted or text in domain_vocabulary():
        return False
    frequency = word_frequency(text)
    return frequency >= _COMMON_QUOTED_FREQUENCY or (
        frequency > 0 and word_tags().get(text) in _PREDICATE_TAGS) or bool(_ADVERB_OPENING.match(text))


_COUNTING_NUMERALS = frozenset("一二三四五六七八九十两双百千万")
_PREDICATE_TAGS = frozenset(("v", "a", "ad", "d", "z"))
_STREAK = re.compile(r"[一二三四五六七八九十\d]+连[冠好胜优增丰升涨]")
_QUESTION = re.compile(r"什么|怎么|怎样|如何|为何|哪")
_ADVERB_OPENING = re.compile(r"(?:永不|永远|不再|更加|非常|十分)")
_SPOKEN = re.compile(r"我们|咱们|你们|他们|[了吗呢啊吧嘛]$"  # a plural pronoun or a sentence's closing particle
                     r"|^[一二三四五六七八九十两几多]+年(?:来|以来|间)$"  # “五年来”: a span of time
                     r"|^(?:19|20)\d{2}年")  # “2022年重点工作”部分: a part of the report, named by its year


def _is_parallel_slogan(text: str) -> bool:
    """争第一、比贡献、树正气; 走在前、作表率: two to four short parallel phrases in one pair of quotes. Longer
    phrases (six or seven characters) are a slogan only when written in parallel, of one length and sharing a
    character in one place (高新企业规模化、规上企业高新化; not 化解矛盾风险、维护社会稳定, two tasks in quotes)."""
    parts = re.split(r"[、，]", text)
    if not (2 <= len(parts) <= 4 and all(2 <= len(part) <= 7 for part in parts) and len(text) <= 24):
        return False
    return all(len(part) <= 5 for part in parts) or (
        len({len(part) for part in parts}) == 1 and any(len(set(chars)) == 1 for chars in zip(*parts, strict=True)))


def quoted_projects(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """“多语种智能语音”项目, “邻栗小院”法治文化阵地: a quoted name ending in a noun right before 项目 or the kind
    of venue it is names the project or the venue (not “两重”项目 or
    “自审自发”项目, a programme the projects belong to, nor a programme by its own head, “齐鲁文艺高峰计划”项目); a
    numbered craft (“吉林一号”) is one too."""
    analysis, tags = context.analysis, word_tags()
    texts, starts, ends = context.texts, context.tokens.starts, context.tokens.ends
    return [(starts[i], ends[i]) for i in context.protected_indexes
            if ((analysis.startswith("”项目", ends[i]) or _VENUE_AFTER_QUOTE.match(analysis, ends[i]))
                and _is_proper_name(texts[i], tags)
                and not texts[i].endswith(_PROGRAMME_HEADS)
                and not _COUNT_BEFORE.search(analysis, max(0, starts[i] - 9), starts[i] - 1))  # 一批“天府森林四库”项目
            or _NUMBERED_CRAFT.fullmatch(texts[i])
            or (texts[i].endswith("号") and _TRAIN_AFTER.match(analysis, ends[i] + 1))]  # “齐鲁号”中欧班列


# “邻栗小院”法治文化阵地, “红色驿站”服务阵地: a quoted name before the kind of venue it is
_VENUE_AFTER_QUOTE = re.compile(r"”[\u4e00-\u9fff]{0,4}?(?:阵地|驿站|基地|展馆|场馆|书屋|广场|公园|园区)")
# “吉林一号”, “天问一号”, “雪龙2号”: a satellite, a probe or a ship by its numbered name (not “冲锋号”, a metaphor)
_NUMBERED_CRAFT = re.compile(r"[\u4e00-\u9fff]{2,4}[一二三四五六七八九十\d]{1,3}号")
_TRAIN_AFTER = re.compile(r"(?:中欧|中亚|西部陆海新通道)?(?:班列|列车|动车组)")


_PROGRAMME_HEADS = ("计划", "行动", "工程", "战略", "规划", "方案", "工作法")


def quoted_companies(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """设备制造企业“绿能科技”, 建材企业“恒达建材”: a quoted name of four characters or more ending in a noun, right
    after 企业/公司/集团, is the company's (not 企业“走出去”, 企业“小升规”, 企业“五张榜单”: what companies do)."""
    analysis, tags = context.analysis, word_tags()
    texts, starts, ends = context.texts, context.tokens.starts, context.tokens.ends
    return [(starts[i], ends[i]) for i in context.protected_indexes
            if _COMPANY_BEFORE.search(analysis, max(0, starts[i] - 3), starts[i]) and _is_proper_name(texts[i], tags)]


def _is_proper_name(text: str, tags: dict[str, str]) -> bool:
    """绿能科技, 多语种智能语音: four characters or more, not counted (五张榜单) nor a list, ending in a noun (not
    走出去 or 自审自发, what is done)."""
    return bool(_PROPER_NAME.fullmatch(text)) and tags.get(text[-2:]) in ("n", "nz")


_PROPER_NAME = re.compile(rf"[^\d{''.join(sorted(_COUNTING_NUMERALS))}、，]{{2}}[\u4e00-\u9fff]{{2,6}}")


_COMPANY_BEFORE = re.compile(r"(?:企业|公司|集团)[“「『]?$")


def directional_regions(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """渝东北, 川东北, 湘西南, 浙西南: a province's one-character name and a quarter of the compass, from the start
    of a word to the end of one, or to an area word the segmenter joined to it (湘|西南地区, 浙西|南山区; not
    陕西|南部, where the characters belong to other words)."""
    analysis = context.analysis
    return [match.span() for match in _DIRECTIONAL_REGION.finditer(analysis)
            if context.index_at(match.start()) is not None
            and (context.ends_at(match.end()) or _AREA_WORD.match(analysis, match.end()))]


_AREA_WORD = re.compile(r"(?:地区|山区|片区|区域)")


_DIRECTIONAL_REGION = re.compile(rf"[{''.join(sorted(PROVINCE_ABBREVIATIONS))}](?:东北|西北|东南|西南)")


def abbreviated_places(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """成渝, 杭甬温, 沪嘉, “襄十”: places named by one character each (see ``_abbreviated_places``)."""
    return context.abbreviated_places


_NUMERALS = frozenset("一二三四五六七八九十百千万两零〇")
_NOT_ABBREVIATIONS = _NUMERALS | frozenset("东南西北中上下内外前后左右")
_RARE_WORD = 50  # a dictionary word used at least this often is a word of its own (大连 is not 大+连)


def _abbreviated_places(context: Context) -> list[tuple[int, int]]:
    """Runs of words whose every character stands for a different place the report names: one character each
    (杭|甬 for 杭州 and 宁波, 沪|嘉 for 上海 and 嘉兴), or a rare word made of them (成渝); quoted, such a run may
    hold numerals too (“襄十” for 襄阳 and 十堰). Two places at least, at most five characters; a name the
    gazetteer knows (成都) is a place already."""
    places = place_names()
    named = (context.distinct_texts & places) | {stem for _, stem in context.full_place_names}
    characters, first_characters = abbreviation_characters(named), abbreviation_characters(named, last=False)
    if len(characters) < 2:
        return []

    def stands_for_places(text: str, *, quoted: bool) -> bool:
        usable = first_characters if len(text) == 2 else characters  # 通江 is not 南通 and 镇江; 长株潭 is three
        if text[0] in _NUMERALS:
            return False  # “两重”, “三农”: a counted slogan starts with its number
        if not all(char in usable and (quoted or char not in _NOT_ABBREVIATIONS) for char in text):
            return False  # unquoted, 十 or 中 is a number or a direction
        # each character a different place (荆 twice in 宜荆荆襄: 荆州 and 荆门), two places at least
        return (all(text.count(char) <= len(usable[char]) for char in set(text))
                and len(set().union(*map(usable.__getitem__, text))) >= 2)

    out = [(t.start, t.end) for t in context.protected_tokens()
           if 2 <= len(t.text) <= 5 and t.text not in places and stands_for_places(t.text, quoted=True)]
    distinct = list(context.distinct_texts)
    starting_right = compress(distinct, map(characters.__contains__, map(itemgetter(0), distinct)))  # in C
    units = {word for word in starting_right
             if (len(word) == 1 and word not in _NOT_ABBREVIATIONS)
             or (2 <= len(word) <= 3 and stands_for_places(word, quoted=False) and word not in places
                 and word_frequency(word) < _RARE_WORD)}
    tokens = context.tokens
    starts, ends, protected = tokens.starts, tokens.ends, tokens.protected
    run: list[int] = []  # token indexes
    for index in context.indexes_where(map(units.__contains__, context.texts)):
        if protected[index]:
            continue
        if run and ends[run[-1]] != starts[index]:
            out += _place_run(tokens, run, stands_for_places)
            run = []
        run.append(index)
    out += _place_run(tokens, run, stands_for_places)
    return sorted(out)


def _place_run(tokens: Tokens, run: list[int], stands_for_places: Callable[..., bool]) -> list[tuple[int, int]]:
    if not run or tokens.ends[run[-1]] - tokens.starts[run[0]] < 2:
        return []
    text = "".join(tokens.texts[index] for index in run)
    if len(text) <= 5 and word_frequency(text) < _RARE_WORD and stands_for_places(text, quoted=False):
        return [(tokens.starts[run[0]], tokens.ends[run[-1]])]
    return []


def gazetteer_places(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Administrative divisions, region abbreviations (京津冀), and county names of the report's own region."""
    analysis = context.analysis
    hits = [span for span, kind in context.lexicon_hits
            if kind == "place" and not analysis.startswith(_OCCASION, span[1])]
    return [span for span in hits + [span for span, _ in context.full_place_names]
            if not _counted_word_split(context, *span)]


_COUNTING_BEFORE = frozenset("多一二两三四五六七八九十几各每数百千万")


def _counted_word_split(context: Context, start: int, end: int) -> bool:
    """多|项城市|建设: a place word whose first character counts with the word before it (多项) while the rest is a
    word of its own (城市) is the segmenter's mistake, not 项城市."""
    if not start or context.analysis[start - 1] not in _COUNTING_BEFORE:
        return False  # (read for every place found: most go no further)
    index = context.index_at(start)
    if not index or context.tokens.ends[index - 1] != start:
        return False
    tags = word_tags()
    return (tags.get(context.texts[index - 1] + context.analysis[start]) in ("m", "q", "mq")
            and context.analysis[start + 1:end] in tags)


_OCCASION = ("之年", "之际")  # 新中国成立70周年的大庆之年: a great celebration, not the city of 大庆


def named_features(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """星海湖, 青铜峡谷: a lake, a river, a mountain or an island named after a place the gazetteer knows, the
    feature's character a word of its own (星海|湖); not when it makes a word with what follows (宁夏|山|川)."""
    tokens, words = context.tokens, word_tags()
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    out = []
    for (start, end), kind in context.lexicon_hits:
        if kind != "place" or (index := tokens.index_at(end)) is None or texts[index] not in _FEATURE_CHARACTERS \
                or context.analysis[end - 1] in _FEATURE_CHARACTERS:
            continue  # 太湖|湖体: a lake already named as one
        following = texts[index + 1] if index + 1 < len(texts) and starts[index + 1] == ends[index] else ""
        if texts[index] + following[:1] in words or texts[index] + following in words:
            continue
        out.append((start, ends[index]))
    return out


_FEATURE_CHARACTERS = frozenset("湖河江山岛湾峡")


def division_of_a_body(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """天全县 of 天全县人民政府, 陵川县 of 陵川县数据中心: a division named in full at the start of a body's name is a
    place mentioned there (the body's name keeps it too)."""
    starts = {c.start for c in found if c.type == "organization"}
    starts |= {start + 2 for start in starts if context.analysis.startswith("中共", start)}  # 中共|长春市|绿园区委
    out = []
    for span, _ in context.full_place_names:  # in text order: 长春市 then 绿园区 right after it
        if span[0] in starts:
            out.append(span)
            starts.add(span[1])
    return out


def short_counties(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """沁县, 景县: a county whose whole name is two characters, when the text names it as a word of its own more
    than once (once could be a chance cut, as 市|和县|级 would be)."""
    counties = two_character_counties()
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for char in TWO_CHARACTER_COUNTY_ENDS:
        for index in context.by_last_char.get(char, ()):
            text = context.tokens.texts[index]
            if text in counties:
                spans[text].append((context.tokens.starts[index], context.tokens.ends[index]))
    return [span for found_spans in spans.values() if len(found_spans) >= 2 for span in found_spans]


def towns(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """皇华镇, 辛兴镇, 高坪乡: a township by its ending, when its two-character name is no common word (not 小城镇,
    中心镇, 重点镇, 乡镇, 城镇) or the text names it right after its county once (宣汉县桃花镇, then 桃花镇)."""
    tokens, analysis = context.tokens, context.analysis
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    out, common, seen = [], [], set()
    for match in _TOWN_END_CHARACTERS.finditer(analysis):
        index = bisect_right(ends, match.start())  # the token holding the character
        if index >= len(texts) or index in seen:
            continue
        seen.add(index)
        text = texts[index]
        if text in _TOWN_ENDS and index > 0 and len(texts[index - 1]) == 2 and ends[index - 1] == starts[index]:
            stem, start = texts[index - 1], starts[index - 1]
        elif text in _TOWN_ENDS and index > 1 and len(texts[index - 1]) == len(texts[index - 2]) == 1 \
                and ends[index - 2] == starts[index - 1] and ends[index - 1] == starts[index] \
                and not any(_not_in_town_name(texts[i], tokens.tags[i]) for i in (index - 2, index - 1)):
            stem, start = texts[index - 2] + texts[index - 1], starts[index - 2]  # 皇|华|镇: a name no dictionary has
        elif len(text) == 3 and text[-1] in _TOWN_ENDS and word_frequency(text) == 0:
            stem, start = text[:2], starts[index]
        else:
            continue
        if not _HAN_PAIR.fullmatch(stem) or stem in generic_words() or is_abbreviated_region(stem) \
                or analysis.startswith(_TOWN_COMPOUNDS, ends[index]):
            continue  # not 闽台|乡建乡创: two provinces' short names, then the countryside
        if word_frequency(stem) < _RARE_TOWN_STEM or word_tags().get(stem) == "ns":
            out.append((start, ends[index]))
        else:
            common.append((start, ends[index]))
    places = place_names()
    named = {analysis[a:b] for a, b in common
             if any(analysis[a - n:a] in places for n in (3, 4, 5))}  # 宣汉县|桃花镇: its county vouches for it
    return sorted(out + [(a, b) for a, b in common if analysis[a:b] in named])


_TOWN_ENDS = frozenset("镇乡")
_TOWN_END_CHARACTERS = re.compile("[" + "".join(sorted(_TOWN_ENDS)) + "]")
_SETTLEMENT_CHARACTERS = frozenset("街县镇乡城村区市州省")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_TOWN_COMPOUNDS = ("村", "域", "级", "街")  # 乡|村, 镇|域, 镇|级: the ending begins a longer word
_RARE_TOWN_STEM = 30  # jieba frequency below which a two-character stem is no everyday word (皇华 0, 中心 …)


def _not_in_town_name(character: str, tag: str) -> bool:
    """及|街|镇, 城|带|乡: a function word or a settlement word is not the start of a township's name."""
    return character in _SETTLEMENT_CHARACTERS or tag[:1] in ("c", "u", "p", "r", "d", "m", "q", "x")


_DIVISION_ENDS = frozenset("县区市旗州盟")
_AUTONOMOUS_LENGTHS = tuple(range(12, 2, -1))  # 围场满族蒙古族自治县, whose short name is 围场


def _full_place_names(analysis: str, starts_a_name: Callable[[int], bool]) -> list[tuple[tuple[int, int], str]]:
    places = place_names()
    out = []
    for char in _DIVISION_ENDS:
        for position in occurrences(analysis, char):
            end = position + 1
            lengths = _AUTONOMOUS_LENGTHS if analysis.startswith("自治", end - 3) else (5, 4, 3)
            for length in lengths:  # the longest name first: 东西湖区 before 西湖区
                start = end - length
                if start >= 0 and analysis[start:end] in places and starts_a_name(start):
                    stem = short_place_name(analysis[start:end])
                    if stem and len(stem) >= 2:
                        out.append(((start, end), stem))
                    break
    return sorted(out)


def lexicon_industries(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Words of the industry lexicon (``industries.txt``) that are not place names; the nouns before one that make a
    whole list item with it are part of the sector's name (冷|链|物流, 农村|电商 in …、冷链物流、农村电商)."""
    tokens, texts, tags = context.tokens, context.texts, context.tokens.tags
    out = []
    for (start, end), kind in context.lexicon_hits:
        if kind != "industry":
            continue
        index = context.index_at(start)
        first = start
        position = -1 if index is None else index - 1
        while (position >= 0 and tokens.ends[position] == first and start - tokens.starts[position] <= 4
               and (tags[position] in _MODIFIER_NOUN_TAGS
                    or (len(texts[position]) == 1 and tags[position] in _CHARACTER_TAGS))
               and not tokens.protected[position] and not is_boundary(tokens[position])
               and not starts_generic(texts[position]) and texts[position] not in _SCOPE_WORDS
               and not splits_a_verb(tokens, position)):  # 厚|植|家电
            first = tokens.starts[position]
            position -= 1
        if (first < start and _ITEM_START.search(context.analysis, max(0, first - 2), first)
                and _ITEM_END.match(context.analysis, end)):
            start = first  # a whole list item: …、冷链物流、…
        elif index is not None and _modifies_a_noun(tokens, index):
            continue
        out.append((start, end))
    # “低空经济”连续第三年写入报告: a quoted sector is still a sector (the quote's default type yields to it)
    out += [(tokens.starts[i], tokens.ends[i]) for i in context.protected_indexes
            if _word_kind(texts[i]) == "industry"]
    return out


def _names_the_sector(context: Context, index: int, end: int) -> bool:
    """Is ``tokens[index]`` a noun that says which sector a bare head (加工业, 服务业) is: right before it, not a
    place, a scope or a word of kind (农产品|加工业; not 全省|服务业, 重点|服务业)?"""
    tokens = context.tokens
    word = tokens.texts[index]
    return (tokens.ends[index] == end and tokens.tags[index] in ("n", "nz") and len(word) >= 2
            and not tokens.protected[index] and word not in _SCOPE_WORDS and word not in _GENERIC_INDUSTRY_HEADS
            and word not in generic_words() and not starts_generic(word) and not context.is_place(tokens[index])
            and not word.endswith("级") and not word.startswith("新一"))  # 高|能级, 新一轮: a degree, a round


_BARE_SECTOR_HEADS = frozenset(("加工业", "服务业", "制造业", "建筑业", "零售业"))


def _before_a_noun(tokens: Tokens, index: int) -> bool:
    """Does a noun that is not a sector word follow ``tokens[index]`` with nothing between?"""
    following = index + 1
    if following >= len(tokens) or tokens.starts[following] != tokens.ends[index]:
        return False
    text = tokens.texts[following]
    return (tokens.tags[following] in _MODIFIED_NOUN_TAGS and not text.endswith(_SECTOR_NOUN_ENDS)
            and not _HOW_IT_GROWS.match(text))  # 预制食品产业|高质量发展: how it grows, not what it modifies


_HOW_IT_GROWS = re.compile(r"高质量|高水平|高速|[\u4e00-\u9fff]{1,3}化$")


def _modifies_a_noun(tokens: Tokens, index: int) -> bool:
    """物流|成本, 商贸|流通体系: an industry that is also an everyday word, right before a noun that is not a sector
    word, modifies that noun; it names no industry there (汽车|产业, 汽车|零部件 still do)."""
    return word_frequency(tokens.texts[index]) >= _EVERYDAY_INDUSTRY and _before_a_noun(tokens, index)


_EVERYDAY_INDUSTRY = 600  # 物流, 商贸, 旅游, 汽车 (not 集成电路): the general frequency, above the lexicon's 300
_SECTOR_NOUN_ENDS = ("业", "产品", "集群", "链", "装备", "零部件", "材料", "企业", "市场", "基地", "园区", "经济",
                     "项目")


_MODIFIER_NOUN_TAGS = frozenset(("n", "nz", "vn", "b", "j"))
_CHARACTER_TAGS = frozenset(("a", "n"))  # 冷|链: single characters of a modifier the segmenter split
# 国家|绿色化工…中心, 县域|产业集聚: whose, not which
_SCOPE_WORDS = frozenset("国家 全国 全省 全市 省级 市级 国际 全球 县域 市域 城乡 区域".split())
_ITEM_START = re.compile(r"(?:[、，：；。\n]|发展|培育|壮大|推动|打造|做强|做优|布局)$")
_ITEM_END = re.compile(r"[、，。；]|和|及|等")


def _make_place_test(context: Context) -> Callable[[str, str], bool]:
    counties = county_regions()
    home = context.home_regions
    named_in_full = {stem for _, stem in context.full_place_names}

    def is_place_word(text: str, tag: str) -> bool:
        return (_is_place_anywhere(text, tag) or text in named_in_full
                or (text in counties and not counties[text].isdisjoint(home)
                    and (tag in ("ns", "x") or (len(text) >= 3 and tag in ("n", "nr", "nz")))))

    return is_place_word


def _word_kinds(words: set[str]) -> dict[str, str]:
    """The kind of each word that has one (``_word_kind``)."""
    return _decided_once(words, _word_kind, _KINDS_SEEN)


def _decided_once(words: set[str], decide: Callable[[str], Any],
                  memo: tuple[set[str], dict[str, Any]]) -> dict[str, Any]:
    """What ``decide`` says of each of ``words`` that it says something (not None) of. Reports share most of their
    words: each word is decided once per process (``memo``: the words seen, the decisions), and the decided ones
    are read off with set operations, not a lookup per word."""
    seen, decided = memo
    if len(seen) > _KINDS_LIMIT:  # a library's vocabulary grows without end: start the memo afresh
        seen.clear()
        decided.clear()
    for word in words - seen:
        if (value := decide(word)) is not None:
            decided[word] = value
    seen |= words
    return {word: decided[word] for word in words & decided.keys()}


_KINDS_SEEN: tuple[set[str], dict[str, str]] = (set(), {})
_KINDS_LIMIT = 1 << 18  # as many words as ``_word_kind`` remembers


@lru_cache(maxsize=1 << 18)
def _word_kind(text: str) -> str | None:
    """An unprotected word's kind wherever it occurs: place, industry (``industries.txt``) or None."""
    if len(text) < 2:
        return None
    return "place" if _is_place_anywhere(text, word_tags().get(text, "x")) else (
        "industry" if text in industry_lexicon() else None)


@lru_cache(maxsize=1 << 18)
def _is_place_anywhere(text: str, tag: str) -> bool:
    """The part of the place test that does not depend on the report (memoised: reports share most words)."""
    if text in place_names() or text in world_places():
        return True
    if tag not in _PLACE_LIKE_TAGS:
        return False
    return ((text[0] in PROVINCE_ABBREVIATIONS and _is_abbreviated_region(text, tag))
            or (text[-1] in _FEATURE_END_SET and _is_natural_feature(text, tag))
            or (tag == "ns" and _is_tagged_place(text, tag)))


@cache
def world_places() -> frozenset[str]:
    """Countries and world regions (``world_places.txt``): 美国, 中东, 东南亚."""
    return frozenset(data_words("world_places.txt"))


_PLACE_LIKE_TAGS = frozenset(("ns", "nr", "nz", "n", "j", "m", "x", "nt", "nrt", "nrfg"))
_FEATURE_ENDS = tuple("江河湖海山岛湾峡岭")
_FEATURE_END_SET = frozenset(_FEATURE_ENDS)
_DIRECTIONS = frozenset("东南西北中")
_RARE_DICTIONARY_ENTRY = 10
_ABSTRACT_ENDS = frozenset("度化")
_BUILDING_OR_BODY_ENDS = ("馆", "院", "公司", "会")
# words the general dictionary tags as places that name none (重特大 of 重特大事故, 深海 of 深海探测, 新建 the verb)
_NOT_PLACES = frozenset("""桥头堡 共和国 自治州 自治县 三角洲 上半场 下半场 中密度 苏维埃 法西斯 桥头 陆海
                           重特大 深海 大都市 大城市 东南西北 中心区 内河 港湾 深水港 入海口 新建""".split())


def _is_tagged_place(text: str, tag: str) -> bool:
    """长三角, 珠江口, 浙中, 粤东: a word the dictionary tags as a place, when it is long enough to be a name (the
    two-character ones it tags are often common words: 美丽, 都市) or is a province and a direction."""
    if tag != "ns" or text in _NOT_PLACES or text in generic_words():
        return False
    if text[-1] in _ABSTRACT_ENDS:
        return False  # 满意度, 多角度, 法律化: words of degree and manner the dictionary mistags
    if text.endswith(_BUILDING_OR_BODY_ENDS):
        return False  # 上海博物馆, 故宫博物院, 摩托罗拉公司: a venue or a body the dictionary tags as a place
    if len(text) >= 4 and word_tags().get(text[-2:]) in ("v", "vn"):
        return False  # 南南合作, 依法治国: a phrase ending in what is done, which the dictionary tags as a place
    if len(text) >= 3:
        return word_frequency(text) >= _RARE_DICTIONARY_ENTRY  # the rarest entries are noise (广大干部, 总结暨)
    return len(text) == 2 and text[0] in PROVINCE_ABBREVIATIONS and text[1] in _DIRECTIONS


def _is_natural_feature(text: str, tag: str) -> bool:
    """长江, 汉江, 洪湖, 梁子湖, 潮白河: a proper word ending in a river, lake or mountain character, as the general
    dictionary lists them (tagged as a place or a name), not a common word (江河, 山区)."""
    return (2 <= len(text) <= 4 and text.endswith(_FEATURE_ENDS) and tag in ("ns", "nr", "nz")
            and text not in generic_words() and text not in _NOT_PLACES  # 陆海 (统筹): land and sea
            and not text.startswith(_FEATURE_ENDS)  # 河湖, 江河: common nouns
            and not (len(text) == 2 and word_tags().get(text[0]) in ("v", "p", "f"))  # 涉海, 沿江
            and not (len(text) == 4 and text[1] in _FEATURE_ENDS))  # 长江黄河 is two names (see natural_pairs)


def natural_pairs(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """长江黄河: two rivers or mountains written as one word."""
    out = []
    texts, tags, starts = context.texts, context.tokens.tags, context.tokens.starts
    for index in (i for char in _FEATURE_ENDS for i in context.by_last_char.get(char, ())):
        text = texts[index]
        if len(text) == 4 and text[1] in _FEATURE_ENDS and tags[index] in ("ns", "nz"):
            start = starts[index]
            out += [(start, start + 2), (start + 2, start + 4)]
    return out


def grassroots_divisions(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """孟垓村、前张庄村、土山村; 大龙山镇召开…; 西华街道党工委: towns, townships, subdistricts, communities and
    villages, which no gazetteer lists. The name is the two to four characters after a word boundary, not a kind
    (各乡镇, 城中村, 软弱涣散村, 农业稳镇), and something vouches for it: it is listed with another, is the subject of a
    meeting or the place of a visit, or — a name that is no everyday word (桃花镇 is vouched for only by its county,
    see ``towns``) — it is said twice."""
    analysis, tags = context.analysis, word_tags()
    spans = []
    for match in _DIVISION_SUFFIX.finditer(analysis):
        end = match.end()
        if not context.ends_at(end):
            continue  # 村|务, 镇|长: the suffix begins a word of its own
        holder = context.texts[bisect_right(context.ends, match.start())]  # the word the suffix ends
        if holder != match.group() and word_frequency(holder) >= 20 and tags.get(holder) != "ns":
            continue  # 农业|农村, 美丽|乡村, 县|镇村: a common word ends there, not a name's suffix
        for length in (4, 3, 2):
            start = match.start() - length
            prefix = analysis[start:match.start()]
            first = context.index_at(start) if start >= 0 and _HAN_RUN.fullmatch(prefix) else None
            if first is None:
                continue
            if (first and not _opens_a_name(context, first - 1)) or _is_clause_word(context, first):
                continue  # the name starts after a boundary, and not with a verb or a function word (介绍|孟垓村)
            if _is_kind_of_division(prefix, match.group(), tags):
                break
            spans.append((start, end))
            break
    counts = Counter(analysis[a:b] for a, b in spans)
    return [(a, b) for a, b in spans
            if (counts[analysis[a:b]] >= 2 and not word_frequency(_DIVISION_SUFFIX.sub("", analysis[a:b])))
            or _DIVISION_LISTED.match(analysis, b) or analysis[a - 1:a] == "、"
            or _DIVISION_ACTS.match(analysis, b) or _VISITED.search(analysis, max(0, a - 3), a)]


_DIVISION_SUFFIX = re.compile(r"街道|社区|居民区|镇|乡|村")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_DIVISION_LISTED = re.compile(rf"、[\u4e00-\u9fff]{{2,4}}(?:{_DIVISION_SUFFIX.pattern})")
_DIVISION_ACTS = re.compile(r"(?:召开|党委|党工委|党总支|党支部|居委会|村委会|办事处|在[^，。]{1,8}召开)")
_VISITED = re.compile(r"(?:到|在|赴|深入|走进)$")
_KIND_OF_DIVISION = re.compile(
    r"^[全本该每其这那]|[各等和及与在的由个了是为对把从向带促]|部分|相关|所有|[一二三四五六七八九十两几\d]+个|软弱涣散|贫困|示范|重点|中心|特色|美丽|现代|完整"
    r"|智慧|安置|城中|城乡|乡村|农村|行政|自然|建制|镇村|参会|千企|名城|强镇|文明|和美|宜居|平安|生态|集体|空心"
    r"|^[省市县区镇乡村街]+$|[镇村]办$")  # 县镇村: the levels, not a place; 镇办社区: a kind of community
_SLOGAN_VERB_ENDS = frozenset("稳强兴立富美活靓优")  # 农业稳镇, 工业强镇, 旅游兴镇: a way to build a town


def _opens_a_name(context: Context, index: int) -> bool:
    """Can a name start right after the token at ``index`` (punctuation, a function word, a verb, a pronoun, a time)?"""
    return _is_clause_word(context, index) or context.tokens.tags[index] in ("r", "t", "m", "f")


def _is_clause_word(context: Context, index: int) -> bool:
    """Punctuation, a function word or a verb: never a name's first word (介绍|孟垓村)."""
    text, tag = context.texts[index], context.tokens.tags[index]
    return (not _HAN_RUN.search(text) or text in FUNCTION_WORDS or tag in ("v", "vd", "p", "c", "u", "uj", "d")
            or text in action_verbs())


def _is_kind_of_division(prefix: str, suffix: str, tags: dict[str, str]) -> bool:
    """各乡镇, 城中村, 农业稳镇, 推动社区, 现代社区: a kind of place, a verb's object or a slogan, not a name."""
    if prefix in generic_words() or prefix in FUNCTION_WORDS or _KIND_OF_DIVISION.search(prefix):
        return True
    if len(prefix) >= 3 and prefix[-1] in _SLOGAN_VERB_ENDS:
        return True
    if tags.get(prefix) in ("v", "vd", "a", "ad", "d") or (
            word_frequency(prefix) >= _EVERYDAY_VERB and tags.get(prefix) not in ("ns", "nr", "nz")):
        return True
    whole = prefix + suffix
    return word_frequency(whole) >= 20 and tags.get(whole) != "ns"


def places_with_area(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """成渝地区, 京津冀地区: a place and the 地区 (area) that follows it name one area."""
    analysis = context.analysis
    return sorted({(c.start, c.end + 2) for c in found
                   if c.type == "place" and analysis.startswith("地区", c.end) and context.ends_at(c.end + 2)})


def _place_start_by_end(found: list[Candidate]) -> dict[int, int]:
    """Where each place found so far starts, by where it ends: a name the place opens begins there."""
    return {c.end: c.start for c in found if c.type == "place"}


def assembly_halls(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """人民大会堂, 省人民会堂, 新疆人民会堂: the hall a session or a meeting is held in, named with the level or the
    place it belongs to; the national hall's name never takes the city before it (北京|人民大会堂)."""
    analysis = context.analysis
    if "会堂" not in analysis:
        return []
    place_ends = _place_start_by_end(found)
    out = []
    for match in finditer_near(_ASSEMBLY_HALL, _HALL, analysis, back=4):
        start = match.start()
        if match["level"] is None and start in place_ends:
            if not match["hall"].startswith("大"):
                start = place_ends[start]
        elif match["level"] is None and analysis[max(0, start - 2):start] in place_names():
            out.append((start - 2, start))  # 北京人民大会堂, one word of the segmenter: 北京 is named there too
        out.append((start, match.end()))
    return out


_ASSEMBLY_HALL = re.compile(r"(?P<level>[省市县区州旗])?人民(?P<hall>大?会堂)")
_HALL = re.compile("会堂")


def regional_modernisation(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """中国式现代化山西实践, 中国式现代化钟楼答卷, 中国式现代化洛江篇章: the national concept's regional
    programme, named by a division (in full or short) between the concept and 实践/篇章/答卷; not
    中国式现代化新篇章 (no place)."""
    analysis = context.analysis
    out = []
    for position in occurrences(analysis, "中国式现代化"):
        match = _REGIONAL_PROGRAMME.match(analysis, position + 6)
        if match and (match["place"] in place_names() or match["place"] in full_names_by_short()):
            out.append((position, match.end()))
    return out


_REGIONAL_PROGRAMME = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,8}}?)(?:新)?(?:{'|'.join(REGIONAL_CHAPTER_ENDS)})")


def free_trade_ports(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """海南自由贸易港, 海南自贸港: the port named by the place right before it (not 中国特色自由贸易港, a kind)."""
    analysis, out = context.analysis, []
    if not any(port in analysis for port in _FREE_TRADE_PORTS):
        return []
    place_ends = _place_start_by_end(found)
    for port in _FREE_TRADE_PORTS:
        for position in occurrences(analysis, port):
            index = context.index_at(position)
            if index is not None and context.texts[index] == port and position in place_ends:
                out.append((place_ends[position], position + len(port)))
    return sorted(out)


_FREE_TRADE_PORTS = frozenset(("自由贸易港", "自贸港"))


def delegations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """青海代表团, 全国人大青海代表团, 山东体育代表团: a delegation is named by its place (and the body it sits in)."""
    analysis = context.analysis
    if "代表团" not in analysis:
        return []
    place_ends = _place_start_by_end(found)
    out = []
    for position in occurrences(analysis, "代表团"):
        end = position - 2 if analysis.startswith("体育", position - 2) else position
        if end in place_ends:
            start = place_ends[end]
            if analysis.startswith("全国人大", start - 4):
                start -= 4
            out.append((start, position + 3))
    return out


def place_chains(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """黄冈-鄂州-黄石: places joined by dashes name one area; a country joined to a city (郑州—卢森堡) names a link
    between two places, each its own."""
    tokens = context.tokens
    places = {(c.start, c.end) for c in found if c.type == "place"}
    if countries := context.distinct_texts & world_places():
        places -= {(c.start, c.end) for c in found if context.analysis[c.start:c.end] in countries}
    dashes = [i for char in "-－—–" for i in context.by_last_char.get(char, ())]

    def is_place_at(index: int) -> bool:
        return 0 <= index < len(tokens) and (tokens[index].start, tokens[index].end) in places

    links = sorted(i for i in dashes if tokens[i].text in "-－—–" and is_place_at(i - 1) and is_place_at(i + 1))
    linked = set(links)
    out = []
    for position, index in enumerate(links):
        if position and links[position - 1] == index - 2:
            continue  # a later link of a chain already written
        end = index
        while end + 2 in linked:
            end += 2
        out.append((tokens[index - 1].start, tokens[end + 1].end))
    return out


_COUNTED_LINES = re.compile(r"等[\d一二三四五六七八九十两]+条(?:高速公路|高速|铁路|高铁|公路|轨道交通|线路)")


def coded_road_sections(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """G0616海乌段, S22白永段: a section of a national or provincial road, named by the road's code and its two
    ends abbreviated."""
    return [m.span() for m in finditer_near(_CODED_SECTION, _SECTION_MARK, context.analysis, back=10)]


_CODED_SECTION = re.compile(r"(?<![A-Za-z0-9])[GS]\d{1,4}[\u4e00-\u9fff]{2}段")
_SECTION_MARK = re.compile("段")


def routes(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """黔江至吉首高铁, 攀枝花至盐源高速公路, 峨眉至汉源高速: a line named by the two places it joins (one of them a
    place the text or the gazetteer knows), with the section after it (…重庆段)."""
    tokens, analysis = context.tokens, context.analysis
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    places = {(c.start, c.end) for c in found if c.type == "place"}
    names = place_names()

    def is_place(index: int) -> bool:
        return ((starts[index], ends[index]) in places or texts[index] in names
                or (tokens.tags[index] == "ns" and context.is_place(tokens[index])))

    works = {c.start: c.end for c in found if c.type == "project"}  # 武汉至|南昌特高压工程: works named from there
    out = []
    for match in _ROUTE_JOIN.finditer(analysis):
        index = context.index_at(match.start())
        if index is None or index < 1 or index + 2 >= len(texts) or ends[index - 1] != starts[index]:
            continue
        origin, destination, head = index - 1, index + 1, index + 2
        if not (2 <= len(texts[origin]) <= 4 and 2 <= len(texts[destination]) <= 4
                and _HAN_ONLY.fullmatch(texts[origin]) and _HAN_ONLY.fullmatch(texts[destination])
                and (is_place(origin) or is_place(destination))):
            continue
        if texts[head] in _ROUTE_HEADS and ends[destination] == starts[head]:
            end = ends[head]
        elif starts[destination] in works and is_place(destination):
            end = works[starts[destination]]
        elif _COUNTED_LINES.match(analysis, ends[destination]):
            end = ends[destination]  # 明村至董家口等4条高速公路: the first of the lines, named by its two ends
        else:
            continue
        section = _SECTION.match(analysis, end)
        out.append((starts[origin], section.end() if section else end))
    return out


def phased_works(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """长江存储三期, 丰电三期, 毗河供水一期: works named by their phase, opening a clause or a list item (after the
    verbs that govern it, or 和/及 joining it to other works) and then built, completed, started or listed; a name
    ending in a works head keeps only the head (济南机场|二期, as the works lists cut it)."""
    analysis = context.analysis
    out = []
    for match in finditer_near(_PHASE_NAME, _PHASE_MARK, analysis, back=15):
        if not _PHASE_FOLLOW.match(analysis, match.end()):
            continue
        start, phase = match.start("name"), match.start("phase")
        start += _governing_verbs_length(analysis[start:phase])
        name = analysis[start:phase]
        if not 2 <= len(name) <= 8 or name in generic_words() or name.endswith(_GENERIC_WORKS) \
                or word_tags().get(name) in ("v", "vn", "m", "t") or not context.ends_at(phase) \
                or context.index_at(start) is None:
            continue
        # 罗泾港区|改造|二期: the works, not what is done to them, as in a list of works (武都|引水 is a name)
        _, works_end = _trim_item(context, start, phase, "works")
        if works_end < phase and ends_with_a_head(analysis[start:works_end]):
            out.append((start, works_end))
        else:
            out.append((start, phase if ends_with_a_head(name) else match.end()))
    return out


_PHASE_NAME = re.compile(r"(?:^|(?<=[，、；。：\n和及与]))(?P<name>[\u4e00-\u9fff]{2,12}?)"
                         r"(?P<phase>[一二三四五六七八九十]期(?:项目|工程)?)")
_PHASE_MARK = re.compile("期")
_PHASE_FOLLOW = re.compile(r"[、，。；和及]|以及|建设"
                           r"|[^，。；、]{0,4}?(?:开工|建成|投产|复工|竣工|运营|开业|启动|投用|并网)")
_GENERIC_WORKS = ("项目", "工程", "建设")


def capacity_works(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """巴塘500千伏送出工程, 叶巴滩500千伏送出工程: power works named by their voltage or capacity and the place or
    station before it (what stands between the clause's or the list's last joint and the number, past the verbs
    that govern it)."""
    analysis = context.analysis
    works = [(c.start, c.end) for c in found if c.type == "project"]
    out = []
    for match in finditer_near(_CAPACITY_WORKS, _POWER_UNIT, analysis, back=8):
        if any(a < match.end() and match.start() < b for a, b in works):
            continue  # named already (岳阳热电厂5万千瓦光伏电站项目: the plant before the capacity)
        joint = max(analysis.rfind(mark, max(0, match.start() - 8), match.start()) for mark in "，、；。：和及与") + 1
        start = joint + _governing_verbs_length(analysis[joint:match.start()], keep=-1)  # 建成|5万千瓦…: all verbs
        if 2 <= match.start() - start <= 5 and _HAN_ONLY.fullmatch(analysis, start, match.start()):
            out.append((start, match.end()))  # (建成5万千瓦光伏电站, 330千伏变电站: a kind, no name)
    return out


_POWER_UNIT = re.compile("千伏|千瓦|兆瓦")
_CAPACITY_WORKS = re.compile(r"(?:±)?\d+(?:\.\d+)?万?(?:千伏|千瓦|兆瓦)[\u4e00-\u9fff]{0,8}?"
                             r"(?:送出工程|输变电工程|工程|变电站|电站|线路)(?:项目)?")


def _governing_verbs_length(text: str, *, keep: int = 1) -> int:
    """加快建设|济南机场: the length of the action verbs (and their modifiers) a clause opens with, leaving more than
    ``keep`` characters after them."""
    position = 0
    while length := _opening_verb_length(text[position:], keep=keep):
        position += length
    return position


_ROUTE_JOIN = re.compile("至")
_ROUTE_HEADS = frozenset(("高速公路", "高速铁路", "城际铁路", "铁路", "高铁", "高速", "公路", "轻轨", "城际"))
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_SECTION = re.compile(r"[\u4e00-\u9fff]{2,3}段")


def book_titles(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """《…》 titles of five characters or more, and shorter ones that name a document by its genre (《纲要草案》;
    not 《藏海传》, a television drama, nor 《锚定‘一心五区’办成‘十件大事’，为…而努力奋斗》, a report's slogan
    title)."""
    analysis = context.analysis
    return [(m.start("title"), m.end("title")) for m in _BOOK.finditer(analysis)
            if (len(m["title"]) >= 5 or m["title"].endswith(_DOCUMENT_GENRES))
            and not ("，" in m["title"] and not m["title"].endswith(_DOCUMENT_GENRES))  # a speech's slogan title
            and not m["title"].endswith(_PERIODICALS)  # 《鄂尔多斯日报》: a newspaper, an outlet
            and not _GENERIC_DOCUMENT.fullmatch(m["title"])  # 《政府工作报告(送审稿)》: the genre, no name
            and not _WORK_OF_ART_BEFORE.search(analysis, max(0, m.start() - 4), m.start())]


# 婺剧《三打白骨精》, 电视剧《我的阿勒泰》, 纪录片《…》: a work of art is no document
_WORK_OF_ART_BEFORE = re.compile(r"(?:剧|电影|影片|歌曲|纪录片|动画片?|小说|节目|舞蹈|歌舞|音乐会|专辑|绘本)$")


_GENERIC_DOCUMENT = re.compile(r"(?:政府)?工作(?:报告|要点|方案|计划|总结)(?:[（(][^()（）]{1,8}[)）])?")
_PERIODICALS = ("日报", "晚报", "时报", "商报", "晨报", "周刊", "杂志")
_DOCUMENT_GENRES = ("纲要", "草案", "规划", "方案", "条例", "意见", "决定", "办法", "报告", "通知", "规定", "法",
                    "方略")


def party_congresses(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    return [m.span() for m in finditer_near(_PARTY_CONGRESS, _PARTY_CONGRESS_ANCHOR, context.analysis, back=10)]


_PARTY_CONGRESS_ANCHOR = re.compile(r"[一二三四五六七八九十]大|中全会")


def statutes(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """工会法, 食品安全法, 循环经济促进法, 新修改的|代表法, 完善|监督法: a law named by what it governs — a word
    ending in 法, or the segmenter's lone 法, with the words before it walked left as a name's are; three characters
    at least, and no word for a way of doing things (工作方法, 好办法, 依法)."""
    tokens, analysis = context.tokens, context.analysis
    texts, ends = tokens.texts, tokens.ends
    out = []
    for index in context.by_last_char.get("法", ()):
        text = texts[index]
        if text != "法" and (len(text) < 3 or text.endswith(_WAYS_OF_DOING)):
            continue
        head = index  # a lone 法 takes the word right before it whatever that word would do elsewhere (代表|法)
        if text == "法":
            if not (index > 0 and ends[index - 1] == tokens.starts[index] and len(texts[index - 1]) >= 2
                    and tokens.tags[index - 1] in _LAW_SUBJECT_TAGS):
                continue  # 安|意|法8英寸…: characters the segmenter could not read, no law
            head = index - 1
        following = analysis[ends[index]:ends[index] + 1]
        if following.isascii() and following.isalnum():
            continue  # …法8英寸碳化硅晶圆: a name goes on
        first = bisect_left(tokens.starts, left_extend(tokens, head, 0))
        while first < index and texts[first] in _DONE_TO_LAWS and ends[index] - tokens.starts[first + 1] >= 3:
            first += 1  # 检查|工会法, 贯彻|反垄断法: what is done to the law is no part of its name
        name = analysis[tokens.starts[first]:ends[index]]
        if (_STATUTE.fullmatch(name) and not name.endswith(_WAYS_OF_DOING) and name[:-1] not in stopwords()
                and name not in standalone_organization_names()):  # 最高法: the supreme court
            out.append((tokens.starts[first], ends[index]))
    return out


_STATUTE = re.compile(r"[\u4e00-\u9fff]{2,12}法")
_LAW_SUBJECT_TAGS = frozenset(("n", "vn", "nz", "j"))
_DONE_TO_LAWS = frozenset("检查 实施 贯彻 修改 修订 制定 审议 执行 落实 学习 宣传 遵守 颁布 通过 适用 宣讲".split())
# ways of doing things, and a programme's 工作法 (a head of its own, see heads.toml)
_WAYS_OF_DOING = tuple("方法 办法 做法 想法 看法 说法 手法 技法 疗法 算法 语法 书法 用法 写法 玩法 打法 战法 解法 功法 "
                       "章法 兵法 辩证法 执法 司法 立法 普法 违法 合法 非法 守法 依法 工作法".split())


_DIVISION_LEVELS = frozenset("省市县区镇乡")


def place_spirits(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """沂蒙精神, 魏庄精神: a place's spirit, named after the place (a place of the gazetteer or a division the text
    names in full), is a policy the text holds up."""
    analysis, index_at = context.analysis, context.index_at
    named = [analysis[c.start:c.end] for c in found if c.type == "place"]  # 魏庄镇 found as a town: 魏庄 too
    local = context.local_place_words | set(named) | {
        name[:-1] for name in named if len(name) >= 3 and name[-1] in _DIVISION_LEVELS}
    places = place_names()
    out = []
    for position in occurrences(analysis, "精神"):
        start = next((position - length for length in (4, 3, 2)
                      if ((word := analysis[position - length:position]) in places or word in local)
                      and index_at(position - length) is not None), None)
        if start is not None:
            out.append((start, position + 2))
    return out


def central_conferences(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """中央经济工作会议, 中央农村工作会议, 省委经济工作会议: the annual work conferences of the centre and of a party
    committee, and the numbered sessions of a congress (江西省十四届人大三次会议, 十四届全国人大三次会议) and the
    national sessions by their common name (全国两会): events by name."""
    analysis = context.analysis
    out = []
    for match in finditer_near(_CENTRAL_CONFERENCE, _CONFERENCE_ANCHOR, analysis, back=_CONFERENCE_REACH):
        if match.start() > 0 and analysis[match.start() - 1] == "党" and not match["committee_region"]:
            continue  # 党中央…
        start = match.start()
        # 较好完成了|市十七届人大一次会议, 日在|张湾区第十届…, 二〇二六年一月二十日在|青岛市第十七届…: only a place
        # names the region
        if match["region"]:
            start = _place_start(context, match, "region", level=analysis[match.end("region")])
            start = match.end("region") if start is None else _places_before(context, match.start("region"), start)
        elif match["committee_region"]:  # 山西省委十二届九次全会: only a place names the committee's region
            start = _place_start(context, match, "committee_region")
            start = match.end("committee_region") if start is None else start
        out.append((start, match.end()))
    for match in finditer_near(_REGIONAL_CONFERENCE, _REGIONAL_CONFERENCE_ANCHOR, analysis, back=26):
        if match["place"] in place_names():  # 2025山东省文旅产业高质量发展工作会议: a region's conference by name
            out.append(match.span())
    out += [(position, position + 4) for position in occurrences(analysis, "全国两会")]  # the sessions' common name
    return out


def _places_before(context: Context, low: int, start: int) -> int:
    """安阳市|龙安区第五届…: the places named right before the one that starts at ``start`` (a city before its district)
    name the region too, as far back as ``low``."""
    analysis, tags = context.analysis, word_tags()

    def is_place(cut: int, end: int) -> bool:
        return context.is_place_word(analysis[cut:end], tags.get(analysis[cut:end], "x"))

    while (cut := next((cut for cut in range(low, start - 1) if is_place(cut, start)), None)) is not None:
        start = cut
    return start


def _place_start(context: Context, match: re.Match, group: str, *, level: str = "") -> int | None:
    """Where the place named in ``group`` begins: the longest tail of the group that is a place (with ``level`` after
    it, 十堰市 of 较好完成了十堰|市), past words run on before it; None when no tail is one."""
    words, tags = match[group], word_tags()
    return next((match.start(group) + cut for cut in range(len(words) - 1)
                 if context.is_place_word(words[cut:] + level, tags.get(words[cut:] + level, "x"))), None)


# 中央经济工作会议; a central commission's numbered meeting (中央全面深化改革委员会第四次会议) and the plenum of the
# central discipline commission (十二届中央纪委三次全会), which local news pass on year after year
_CENTRAL_CONFERENCE = re.compile(r"(?:中央|全国|[省市区县]委)(?:(?!的)[\u4e00-\u9fff]){2,6}?工作会议?"
                                 r"|中央[\u4e00-\u9fff]{2,12}?委员会第[一二三四五六七八九十]{1,3}次会议"
                                 r"|(?:[一二三四五六七八九十]{1,3}届)?中央纪委(?:[一二三四五六七八九十]{1,3}次)?全会"
                                 r"|(?:(?<![\u4e00-\u9fff])(?=自治区)"  # 自治区十四届人大四次会议, not 自治|区…
                                 r"|(?:^|(?<=[^\u4e00-\u9fff]))(?P<region>(?:(?![会届次和与及])[\u4e00-\u9fff]){2,12}?)"
                                 r"(?=[省市区县])"
                                 r"|(?<![\u4e00-\u9fff])(?=[省市区县]))?"
                                 rf"(?:自治区|[省市区县镇乡])?第?{SESSION_ORDINAL}届\n?{SESSION_BODY}第?{SESSION_ORDINAL}次(?:全体)?会议"
                                 r"|(?:(?P<committee_region>(?:(?![会届次和与及暨])[\u4e00-\u9fff]){2,8}?)(?=[省市区县]委))?"
                                 r"(?:[省市区县]委|[省市区县]?政协)[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次"
                                 r"全(?:体)?会(?:议)?|(?:自治区|[省市区县])第?[一二三四五六七八九十]{1,3}次党代会"
                                 r"|中国共产党[\u4e00-\u9fff]{2,12}?[省市区县]第[一二三四五六七八九十]{1,3}次代表大会"
                                 # 中国共产党魏县第十一届委员会第二次全体会议: a committee's plenum named in full
                                 r"|中国共产党[\u4e00-\u9fff]{1,12}?[省市区县]第[一二三四五六七八九十]{1,3}届委员会"
                                 r"第[一二三四五六七八九十]{1,3}次全体会议"
                                 rf"|[省市区县]?政协第?{SESSION_ORDINAL}届第?{SESSION_ORDINAL}次(?:全体)?会议"
                                 # 十四届全国人大三次会议, 全国政协十四届三次会议: the national sessions
                                 rf"|(?:第?{SESSION_ORDINAL}届)?全国(?:人大|政协|人民代表大会)(?:第?{SESSION_ORDINAL}届)?"
                                 rf"(?:常委会)?第?{SESSION_ORDINAL}次(?:全体)?会议"
                                 # 政协白河县第十届委员会第三次会议: a CPPCC session named in full
                                 r"|政协(?:(?![会届次和与及])[\u4e00-\u9fff]){2,12}?(?:自治区|[省市区县])"
                                 rf"第?{SESSION_ORDINAL}届委员会第?{SESSION_ORDINAL}次(?:全体)?会议"
                                 # 十三届全国人大常委会第十次会议, …全国人民代表大会常务委员会第35次委员长会议
                                 r"|第?[一二三四五六七八九十]{1,3}届全国(?:人大常委会|人民代表大会常务委员会)"
                                 r"第?(?:[一二三四五六七八九十]{1,3}|\d{1,3})次(?:委员长)?会议",
                                 re.M)
_REGIONAL_CONFERENCE = re.compile(r"(?<![\u4e00-\u9fff])(?:\d{4}年?)?(?P<place>[\u4e00-\u9fff]{2,3}[省市])"
                                  r"(?:(?![委暨届次会和与及])[\u4e00-\u9fff]){4,18}?(?:工作会议|发展大会)")
_REGIONAL_CONFERENCE_ANCHOR = re.compile(r"工作会议|发展大会")
_CONFERENCE_ANCHOR = re.compile(r"会议|全会|党代会|次代表大会|工作会")  # every conference's name ends in one of them…
_CONFERENCE_REACH = 32  # …this far at most from where the name begins


def party_committees(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """中共东西湖区委, 中共鉴江区第四届委员会: 中共, a division named in full, then its committee (the segmenter may
    cut 区|委 apart)."""
    out = []
    for match in _PARTY_COMMITTEE.finditer(context.analysis):
        if context.is_place_word(match["division"], "ns") and context.index_at(match.start()) is not None:
            out.append(match.span())
    return out


_PARTY_COMMITTEE = re.compile(
    r"中共(?P<division>[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟))"
    r"(?:第[一二三四五六七八九十]{1,3}届)?(?:委员会|委)(?!员)")


def party_departments(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """市委宣传部, 区委社会工作部, 县委组织部: a party committee found before one of its departments names that
    department (the committee stays a name of its own where it stands alone)."""
    analysis = context.analysis
    out = []
    for c in found:
        if c.type == "organization" and analysis[c.end - 1:c.end] == "委" and (
                match := _PARTY_DEPARTMENT.match(analysis, c.end)):
            out.append((c.start, match.end()))
    return out


_PARTY_DEPARTMENT = re.compile(r"宣传部|组织部|统战部|统一战线工作部|社会工作部|政法委(?:员会)?|网信办|编办"
                               r"|老干部局|党校|巡察办|政策研究室|政研室|直属机关工委|教育工委|机要局|保密办|外办|台办"
                               r"|农办|财办")


def _division_ending_at(context: Context, end: int, lengths: tuple[int, ...]) -> int | None:
    """Where a division named in full (汉寿县, 丰泽区) that ends at ``end`` and opens a word starts, the longest
    first; None when none does."""
    analysis, places = context.analysis, place_names()
    return next((end - n for n in lengths
                 if end >= n and analysis[end - n:end] in places and context.index_at(end - n) is not None), None)


def division_bodies(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """汉寿县政府召开… (not the report, 政府工作报告); 丰泽|区委书记高金全, where the segmenter joins a committee's
    level to the post after it: a division named in full with its level (汉寿县, 丰泽区), then its government or
    committee."""
    analysis = context.analysis
    out = []
    for body, levels, after, lengths in _DIVISION_BODIES:
        for position in occurrences(analysis, body):
            if analysis[position - 1:position] in levels and after.match(analysis, position + len(body)) \
                    and (start := _division_ending_at(context, position, lengths)) is not None:
                out.append((start, position + len(body)))
    return out


# (the body, the levels it stands after, what follows it, the lengths of the division's name with its level)
_DIVISION_BODIES = (("政府", _DIVISION_ENDS, re.compile(r"(?!工作报告)"), (6, 5, 4, 3)),
                    ("委", frozenset("省市区县州"), re.compile(r"副?书记|常委"), (5, 4, 3)))


def state_company_bureaus(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """中铁一局, 中建三局, 中交二航局: the engineering bureaus of the state's construction groups."""
    return [m.span() for m in _STATE_COMPANY_BUREAU.finditer(context.analysis)]


_STATE_COMPANY_BUREAU = re.compile(r"中(?:铁建?|建|交|冶|电建|能建|水电)[一二三四五六七八九十]{1,3}航?局(?:集团)?")


def offices(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """县政府办, 省委金融办, 区协同办: a body's office by the short form 办, standing on its own (not 举办, 通办) and
    doing something or listed (…办要, …办牵头, …办、)."""
    out = []
    for match in finditer_near(_OFFICE, _OFFICE_ANCHOR, context.analysis, back=_OFFICE_REACH):
        # 青海省政府新闻办召开…: a division named before its body's office
        start = _place_start(context, match, "place") if match["place"] else match.start()
        if start is not None:
            out.append((start, match.end()))
    return out


_OFFICE_ANCHOR = re.compile("办")
_OFFICE_REACH = 14  # a division (six characters at most), its body (three), the office's own words (four)
_OFFICE = re.compile(r"(?:(?:(?<![\u4e00-\u9fff])|(?P<place>[\u4e00-\u9fff]{2,6}?(?=[省市区县州])))"
                     r"[省市区县镇乡州](?:委|政府|人大|政协)?|国务院|中央)"
                     r"[\u4e00-\u9fff]{0,4}?办(?=要|负责|牵头|、|，|。|和|及|会同|联合|等|主任|副主任|印发|组织|召开|举行|发布|关于"
                     r"|[)）〕])")


def leaders_thought(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """习近平新时代中国特色社会主义思想, 习近平经济思想: a person's name before 思想/理论 (a titled person, or a
    name before one of the formulas only a leader's thought takes)."""
    out = []
    for match in finditer_near(_THOUGHT, _THOUGHT_ANCHOR, context.analysis, back=14):
        led_by_name = match["name"] in context.titles or _LEADERS_FORMULA.match(match.group())
        if led_by_name and looks_like_name(match["name"]):
            out.append(match.span())
    return out


def numbered_programmes(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """第五次全国经济普查, 十件民生实事, 新发展理念, 科学发展观, 第十三个五年规划, 十四五 (quoted or not),
    中央1号文件."""
    analysis = context.analysis
    out = [m.span() for m in _CENSUS.finditer(analysis)]  # opens with a literal: the engine scans fast
    out += [m.span() for m in _PLAN_PERIOD.finditer(analysis)]
    out += [m.span() for m in _NUMBER_ONE_DOCUMENT.finditer(analysis)]
    out += [m.span() for pattern, anchor, back in _ANCHORED_PROGRAMMES
            for m in finditer_near(pattern, anchor, analysis, back=back)]
    # 乐山市国民经济和社会发展第十五个五年规划纲要草案
    for match in finditer_near(_FIVE_YEAR_PLAN, _FIVE_YEAR_ANCHOR, analysis, back=16):
        start = match.start()
        if match.group().startswith("国民经济"):
            start = next((start - n for n in range(6, 1, -1) if analysis[start - n:start] in place_names()), start)
        out.append((start, match.end()))
    for position in occurrences(analysis, "发展观"):  # 科学发展观
        if position >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", analysis[position - 2:position]):
            out.append((position - 2, position + 3))
    return out


def policy_formulas(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """一村一策, 河湖长制; 美丽四川, 数字湖北 (a slogan word before a region); 工业强市, 文旅兴市; 伟大建党精神."""
    analysis, tokens = context.analysis, context.tokens
    index_at, ends_at = context.index_at, context.ends_at
    out = [m.span() for m in _ONE_EACH.finditer(analysis) if index_at(m.start()) is not None and ends_at(m.end())]
    for position in occurrences(analysis, "长制"):  # 河长制, 河湖长制, 林长制
        match = _CHIEF_SYSTEM.search(analysis, max(0, position - 2), position + 2)
        if match and index_at(match.start()) is not None and ends_at(match.end()):
            out.append(match.span())
    is_place = context.is_place
    for prefix in _REGION_SLOGAN_PREFIXES:  # 美丽|四川
        for position in occurrences(analysis, prefix):
            following = index_at(position + len(prefix))  # 美丽|四川; 和|美|揭阳 (the segmenter split 和美)
            if index_at(position) is not None and following is not None:
                token = tokens[following]
                if is_place(token) or token.text in context.home_regions or token.text == "中国":  # 健康中国
                    out.append((position, token.end))
    for position in occurrences(analysis, "伟大"):  # 伟大建党精神, 伟大抗战精神: a spirit the party names
        if match := _GREAT_SPIRIT.match(analysis, position):
            out.append(match.span())
    for char in "强兴":  # 工业强市, 文旅兴县
        for position in occurrences(analysis, char, start=2):
            first = index_at(position - 2)
            if (analysis[position + 1:position + 2] in _REGION_LEVELS and ends_at(position + 2) and first is not None
                    and not is_boundary(tokens[first]) and not tokens[first].protected):
                out.append((position - 2, position + 2))
    return out


def _all_places(tokens: Tokens, start: int, end: int) -> bool:
    words = tokens.span(start, end)
    return len(words) >= 2 and all(t.text in place_names() for t in words)


_INTEGRATION = frozenset(("一体化",))


def integrations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """深中一体化, 长三角一体化: the places or abbreviations joined before 一体化 name a policy."""
    tokens = context.tokens
    out = []
    for index in context.indexes_of(_INTEGRATION):
        token = tokens[index]
        if index == 0:
            continue
        start = token.start
        position = index - 1
        while position >= 0 and tokens[position].end == start and token.end - tokens[position].start <= 9:
            previous = tokens[position]
            abbreviation = len(previous.text) == 1 and previous.text in city_characters()  # 深|中, not 期|现
            if (is_boundary(previous) and not abbreviation) or not (
                    abbreviation or previous.tag in ("ns", "j", "x") or previous.text in place_names()):
                break
            start = previous.start
            position -= 1
        if token.start - start > 4:  # 哈尔滨大庆一体化: two places named in full (not 和 before them)
            start = next((t.start for t in tokens.span(start, token.start)
                          if token.start - t.start <= 6 and _all_places(tokens, t.start, token.start)), start)
        if 2 <= token.start - start <= 4 or (token.start - start <= 6 and _all_places(tokens, start, token.start)):
            out.append((start, token.end))
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.text == "发展" and following.start == token.end:
                out.append((start, following.end))
    return out


def _category_rule(kind: str):
    """集成电路、航空航天、生物医药等新兴支柱产业; 国际乒联混合团体世界杯、…等重大赛事: the named items of a list
    whose category says what they are."""

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        out = []
        for items_start, items_end, category in context.category_lists[kind]:
            items_text = context.analysis[items_start:items_end]
            if kind == "industry" and category.endswith("领域") and _SAFETY_WORDS.search(
                    context.analysis, max(0, items_start - _SAFETY_REACH), items_end + len(category) + _SAFETY_REACH):
                continue  # 紧盯道路交通、建筑施工、消防等重点领域|加强隐患排查: where safety is checked, not sectors
            items = _list_items(context, items_start, items_end)
            if kind == "place":
                items = [(a, b) for a, b in items if b - a <= 6]
            if len(items) < 2 and "、" not in items_text and not (
                    kind in ("works", "organization") and len(items) == 1 and _looks_named(context, *items[0])):
                continue  # one thing before 等 is an example, not a list (unless it is a name: 荣芯半导体等项目)
            for start, end in items:
                acted_on = kind == "works" and _ends_in_action(context, (start, end))
                start, end = _trim_item(context, start, end, kind)
                if acted_on and not (ends_with_a_head(context.analysis[start:end])
                                     or context.analysis.endswith(_WORKS_ENDS, start, end)):
                    continue  # 旅游品牌传播, 汉江流域水安全能力提升: an action, not works (成渝高速|扩容 is)
                text = context.analysis[start:end].strip("“”")
                if kind == "industry" and category.endswith("领域") and not _is_sector(text):
                    continue  # 教育、医疗、养老等领域: domains of policy, not industries
                if kind in ("works", "organization") and word_frequency(text) >= _COMMON_DOMAIN_FREQUENCY:
                    continue  # 交通、能源、水利等重大基础设施项目, 数据、城市更新等主业企业: domains, not names
                if kind == "organization" and text.endswith(_KINDS_OF_FIRM):
                    continue  # 独角兽企业、瞪羚企业、上市公司等: kinds of firms, not firms
                if 2 <= len(text) <= 14 and text not in generic_words() and not _GENERIC_ITEM.search(text):
                    offset = 1 if context.analysis[start] == "“" else 0
                    out.append((start + offset, start + offset + len(text)))
        return out

    return find


_KINDS_OF_FIRM = ("企业", "上市公司", "机构")
_SAFETY_WORDS = re.compile(r"安全|隐患|排查|整治|监管|执法|防范|风险|事故|打击")
_SAFETY_REACH = 12


def _looks_named(context: Context, start: int, end: int) -> bool:
    """荣|芯|半导体, 沪|甬|跨海|通道: a single item that opens with two one-character words the segmenter could not
    join (a brand, places abbreviated) or with a proper name; not 城市更新, 5G基站."""
    inside = context.tokens.span(start, end)
    if len(inside) < 2 or end - start < 4:
        return False
    first, second = inside[0], inside[1]
    pair = first.text + second.text
    if len(first.text) == 1 and len(second.text) == 1 and _HAN_ONLY.fullmatch(pair) and pair not in word_tags():
        return True  # (技|改 is a word the segmenter split: 技改升级 names no works)
    return first.tag in ("nr", "nrt", "nz", "ns") and len(first.text) >= 2


def _is_sector(text: str) -> bool:
    """集成电路, 工业母机, 数字经济: an item of a 领域 list that names an industry; a common word that is not a
    sector (教育, 养老, 就业) names a domain of policy."""
    if text in industry_lexicon():
        return True
    if _opens_with_a_verb(text):
        return False  # 优化营商环境、发展现代服务业等领域: things to do, not sectors
    if text.endswith(_SECTOR_ENDS) and not text.endswith(_NOT_INDUSTRY_WORDS):
        return True
    return word_frequency(text) < _COMMON_DOMAIN_FREQUENCY


def _opens_with_a_verb(text: str) -> bool:
    """Does ``text`` open with a verb of the lexicon or a modifier of one (优化…, 大力推动…, 严厉打击…)?"""
    return _opening_verb_length(text) > 0


def _opening_verb_length(text: str, *, keep: int = 0) -> int:
    """The length of the lexicon verb or modifier ``text`` opens with, the longest first (0 when none), leaving
    more than ``keep`` characters after it."""
    verbs = action_verbs()
    return next((length for length in (4, 3, 2) if len(text) > length + keep and text[:length] in verbs), 0)


_COMMON_DOMAIN_FREQUENCY = 500


_SECTOR_ENDS = ("业", "经济", "制造", "装备", "材料", "能源", "医药", "技术", "智能", "电子", "信息", "服务")


def _category_lists(analysis: str) -> dict[str, list[tuple[int, int, str]]]:
    """(items start, items end, category) of every ``A、B等<category>`` by kind, read at each 等 (one pass)."""
    lists: dict[str, list[tuple[int, int, str]]] = {kind: [] for kind in CATEGORY_TYPES}
    reached = dict.fromkeys(CATEGORY_TYPES, 0)
    for position in occurrences(analysis, "等"):
        clause_start = max(analysis.rfind(mark, max(0, position - _LIST_LIMIT), position) for mark in "，。；：\n") + 1
        matches = {kind: match for kind, pattern in _CATEGORY_AFTER.items()
                   if (match := pattern.match(analysis, position + 1))}
        nearest = min((match.end() for match in matches.values()), default=0)
        for kind, match in matches.items():
            if match.end() > nearest:
                continue  # 等5家企业跻身国家制造业…: the first category word after 等 says what the items are
            start = max(clause_start, reached[kind], position - _LIST_LIMIT)
            if position - start >= 2:
                lists[kind].append((start, position, match["category"]))
                reached[kind] = match.end()
    for match in _COUNTED.finditer(analysis):  # 软件信息、科技服务和商务服务三大产业: as many items as counted
        if not ("\u4e00" <= analysis[match.start() - 1: match.start()] <= "\u9fff"):
            continue
        window = max(0, match.start() - _LIST_LIMIT)  # a list is never longer: the search stays linear
        clause_start = max(window, max(analysis.rfind(mark, window, match.start()) for mark in "，。；：\n") + 1)
        items_end = match.start() - (1 if analysis[match.start() - 1:match.start()] in "这等" else 0)  # …农业|这|四大
        items = analysis[clause_start:items_end]
        count = len(items.split("、")) + bool(_LAST_JOIN.search(items.rsplit("、", 1)[-1]))
        if count != _COUNT_VALUES[match["count"]] or count < 2:
            continue
        for kind, pattern in _CATEGORY_AFTER.items():
            category = pattern.match(analysis, match.end())
            if category:
                lists[kind].append((clause_start, items_end, category["category"]))
    for kind in lists:
        lists[kind].sort()
    return lists


_COUNT_VALUES = ({char: value for value, char in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
                 | {str(value): value for value in range(2, 10)})
# after a list's last item (checked): 三大产业, 海安、胡集、孙庄、隆政4个街道
_COUNTED = re.compile(r"(?P<count>[两二三四五六七八九十2-9])(?:大|类|个)")
_LAST_JOIN = re.compile(r"(?<=[\u4e00-\u9fff”])(?:和|及|以及|与)(?=[\u4e00-\u9fff“])")


def _trim_item(context: Context, start: int, end: int, kind: str) -> tuple[int, int]:
    """成渝地区电子信息 → 电子信息 (an industry is not named after a place); 成渝高速扩容 → 成渝高速 (the works,
    not what is done to them)."""
    inside = context.tokens.span(start, end)
    if kind == "industry":
        is_place = context.is_place
        abbreviated = {start for start, _ in context.abbreviated_places}  # 成渝 in 成渝地区电子信息
        while len(inside) > 1 and (is_place(inside[0]) or inside[0].start in abbreviated
                                   or inside[0].text in ("地区", "区域") or inside[0].tag in ("p", "c")):
            inside = inside[1:]  # …粤港澳大湾区|在|具身智能: the places and the preposition before the sector
    elif kind == "organization":
        if len(inside) > 1 and inside[0].text in world_places():
            inside = inside[1:]  # 新加坡|丰益国际: a foreign firm named after its country, the country its own place
    elif kind == "works":
        if len(inside) > 1 and _PHASE.fullmatch(inside[-1].text) and ends_with_a_head(inside[-2].text):
            inside = inside[:-1]  # 浦东国际机场|四期: a phase of works named by their head (not 华能四期)
        while (len(inside) > 1 and (inside[-1].tag in ("v", "vn") or inside[-1].text.endswith("建"))
               and len(inside[-1].text) >= 2 and inside[-1].text not in _WAYS  # 沪甬跨海|通道 (tagged a verb)
               and inside[-2].end - inside[0].start >= 2):  # 扩容 (改扩建) is done to 成渝高速; 溪洛渡 names it
            inside = inside[:-1]
    if not inside:
        return start, end
    first = inside[0].start if kind in ("industry", "organization") else start
    last = inside[-1].end if kind == "works" else end
    return first, last


def _ends_in_action(context: Context, span: tuple[int, int]) -> bool:
    """Does the list item end in a verb of two characters or more (…能级提升, …品牌传播)?"""
    inside = context.tokens.span(*span)
    return bool(inside) and inside[-1].tag in ("v", "vn") and len(inside[-1].text) >= 2 \
        and inside[-1].text not in _WAYS


_WORKS_ENDS = (*CATEGORY_TYPES["works"], "公路", "水库", "渠", "港", "站", "线")  # 成渝高速公路|扩容: works acted on
_WAYS = frozenset(("通道", "干道"))  # nouns of works the general dictionary tags as verbs
_PHASE = re.compile(r"[一二三四五六七八九十\d]+期(?:工程)?")
_GENERIC_ITEM = re.compile(r"^(?:重点|重大|主要|相关|其他|各类|各项|传统|新兴|优势|特色)|[的了着]")


def industry_siblings(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """首发经济、夜间经济、直播经济、银发经济: in a list whose items include two industries of the lexicon, an item
    with the head of one of them (经济, 产业, 制造…) is an industry too."""
    analysis = context.analysis
    known = {(c.start, c.end) for c in found if c.type == "industry"}
    runs: set[tuple[int, int]] = set()
    reached = -1
    for start, end in sorted(known):  # only the lists an industry stands in as an item, each list once
        if start >= reached and (analysis.startswith("、", end) or analysis.endswith("、", 0, start)):
            run = _LIST_RUN.search(analysis, max(0, start - _LIST_LIMIT), min(len(analysis), end + _LIST_LIMIT))
            while run is not None and run.end() < end:
                run = _LIST_RUN.search(analysis, run.end(), min(len(analysis), end + _LIST_LIMIT))
            if run is not None and run.start() <= start:
                runs.add(run.span())
                reached = run.end()
    starts = sorted(start for start, _ in known)
    out = []
    for span in sorted(runs):
        if bisect_left(starts, span[1]) - bisect_left(starts, span[0]) < 2:
            continue  # one industry in the list: nothing to go by
        items = _list_items(context, *span)
        industries = [analysis[a:b] for a, b in items if (a, b) in known]
        if len(industries) < 2:
            continue
        heads = {text[-2:] for text in industries if text[-2:] in _SIBLING_HEADS}
        for a, b in items:
            text = analysis[a:b]
            if (a, b) not in known and 3 <= len(text) <= 8 and text[-2:] in heads and not _GENERIC_ITEM.search(text) \
                    and not starts_generic(text) and text not in generic_words() \
                    and text[:-2] not in _GENERIC_INDUSTRY_HEADS:  # 支柱产业
                out.append((a, b))
    return out


_LIST_RUN = re.compile(r"[^，。；：、\n]{2,12}(?:、[^，。；：、\n]{2,12})+")
_SIBLING_HEADS = frozenset(("经济", "产业", "制造", "能源", "材料", "装备", "医药", "服务", "智能", "技术"))


def sector_words(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Nouns ending in 业 (制造业) and a specific word before 产业 (光电产业)."""
    tokens = context.tokens
    out = []
    for index in context.by_last_char.get("业", ()):  # unprotected words ending in 业, 产业 among them
        token = tokens[index]
        text = token.text
        sector = text.endswith("业") and len(text) >= 3 and token.tag in ("n", "nz", "x")
        if sector and not any(text.endswith(w) for w in _NOT_INDUSTRY_WORDS):
            start = token.start
            if text in _BARE_SECTOR_HEADS and index > 0 and _names_the_sector(context, index - 1, start):
                start = tokens.starts[index - 1]  # 农产品|加工业: the kind of processing names the sector
            out.append((start, token.end))
        elif text == "产业" and index > 1 and _split_pair(tokens, index - 2):
            out.append((tokens.starts[index - 2], token.end))  # 林|草|产业: a two-character sector the segmenter split
        elif text == "产业" and index > 0:
            previous = tokens[index - 1]
            specific = (previous.text not in _GENERIC_INDUSTRY_HEADS and previous.text not in generic_words()
                        and previous.text not in _SCOPE_WORDS and not _COUNTED_SECTORS.fullmatch(previous.text)
                        and not previous.text.endswith("级")  # 世界级, 高能级
                        and previous.tag not in ("v", "vn")  # 重构|产业
                        and previous.text not in _TOWNS_AS_SUCH and previous.text not in place_names())  # 深圳|产业
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if re.match(_CATEGORY_CONTINUES, following):
                continue
            if _before_a_noun(tokens, index):
                continue  # 区域间产业|转移, 新城产业|细分赛道: the phrase modifies a noun, it names no sector
            if previous.end == token.start and specific and not is_boundary(previous) and len(previous.text) >= 2:
                out.append((previous.start, token.end))
    return out


_COUNTED_SECTORS = re.compile(r"[一二三四五六七八九十]+")  # 一二三|产业: the primary, secondary… sectors
_TOWNS_AS_SUCH = frozenset(("城市", "城区", "城镇"))  # 推动城市|产业创新升级: the city's industries, no sector


def sector_objects(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """大力发展|现代生态高效农业, 培育现代设施农业和|智慧农业, 发展|林下经济: the object of a verb of growing that
    ends in a sector's head (农业, 经济, 产业) and ends the phrase is an industry, named by the words between verb
    and head (not 发展|现代农业|产业集群, where the head modifies a noun, nor 更|高水平开放型经济, not opened by
    the verb)."""
    tokens, analysis = context.tokens, context.analysis
    texts, tags, starts, ends, protected = tokens.texts, tokens.tags, tokens.starts, tokens.ends, tokens.protected
    out: list[tuple[int, int]] = []
    for match in _SECTOR_OBJECT_HEAD.finditer(analysis):
        index = context.index_at(match.start())
        if index is None or texts[index] != match.group():
            continue
        first, position = index, index - 1
        while (position >= 0 and index - position <= _SECTOR_OBJECT_WORDS and ends[position] == starts[first]
               and tags[position] in _SECTOR_MODIFIER_TAGS and not protected[position]
               and _plain_modifier(texts[position])):
            first, position = position, position - 1
        if first == index or position < 0 or ends[position] != starts[first]:
            continue
        opener = texts[position]
        coordinated = opener in _COORDINATORS and bool(out) and out[-1][1] == starts[position]
        if not (opener in _GROWTH_VERBS or (opener.endswith("发展") and len(opener) == 4) or coordinated):
            continue
        if context.is_place(tokens[first]) or splits_a_verb(tokens, first):
            continue
        if texts[index] == "产业" and any(texts[i] in _GENERIC_INDUSTRY_HEADS for i in range(first, index)):
            continue  # 发展|特色优势|产业: a kind of industries, not one
        out.append((starts[first], ends[index]))
    return out


_SECTOR_OBJECT_HEAD = re.compile(r"(?:农业|经济|产业)(?=[，。；、]|和|与|及|等)")
_SECTOR_OBJECT_WORDS = 3  # at most three words of kind before the head
_SECTOR_MODIFIER_TAGS = frozenset(("n", "nz", "a", "b", "t", "s", "nr", "an", "j", "vn", "ng"))
_GROWTH_VERBS = frozenset(("发展", "培育", "壮大", "做强", "做优", "做大", "做精", "布局", "培育壮大", "发展壮大"))
_COORDINATORS = frozenset(("和", "与", "及", "、"))


def _plain_modifier(word: str) -> bool:
    """现代, 设施, 林下: a word that says which kind of sector; not a scope, a degree, a sector of its own
    (建筑业|实体经济) or a verb of the lexicon."""
    return (word not in _SCOPE_WORDS and not _NO_KIND_OF_SECTOR.match(word) and not word.endswith("业")
            and word not in action_verbs() and word not in _GROWTH_VERBS)


# a degree or a selection, not a kind of sector (现代, 特色, 设施 are kinds: 现代设施农业, 特色农业)
_NO_KIND_OF_SECTOR = re.compile(r"重点|重大|主要|相关|其他|各类|各项|一批|高水平|高质量|更高|全|多|这|该|本")


def _split_pair(tokens: Tokens, first: int) -> bool:
    """Two adjacent one-character nouns right before ``tokens[first + 2]``, after a word boundary (林|草 in
    壮大林草产业)."""
    second = first + 1
    return (len(tokens.texts[first]) == 1 and len(tokens.texts[second]) == 1
            and tokens.tags[first] in _NOUN_CHARACTER_TAGS and tokens.tags[second] in _NOUN_CHARACTER_TAGS
            and tokens.ends[first] == tokens.starts[second] and tokens.ends[second] == tokens.starts[second + 1]
            and (first == 0 or len(tokens.texts[first - 1]) >= 2 or is_boundary(tokens[first - 1])))


_NOUN_CHARACTER_TAGS = frozenset(("n", "ng"))


def _suffix_rule(suffixes: tuple[str, ...], *, min_prefix: int = 2, standalone: frozenset[str] = frozenset(),
                 clean_start: bool = False, named_or_long: bool = False, verbs_inside: bool = False,
                 level_bodies: bool = False, designations: bool = False, no_verbs: bool = False):
    """Names ending in one of ``suffixes``, extended leftwards to the first boundary word."""

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        tokens, analysis = context.tokens, context.analysis
        person_starts = [c.start for c in found if c.type == "person"] if named_or_long else []
        out = []
        for index, suffix in _suffix_hits(context, suffixes):
            token = tokens[index]
            start = extend_over_joins(tokens, left_extend(tokens, index, 0, verbs_inside=verbs_inside,
                                                          verb_before_head=verbs_inside and token.text == suffix),
                                      verbs_inside=verbs_inside)
            start = after_qualifier(analysis, start, token.end - len(suffix))
            if designations:
                start = _designation_start(tokens, start, index)
            if no_verbs:
                start = _after_verbs(tokens, start, token.end - len(suffix))
                if body := _BODY_BEFORE_ZONE.search(analysis, start, token.end - len(suffix)):
                    start = body.end()  # 中共厦门市委|火炬高新区: the committee's zone, not part of its name
            if (session := _SESSION_OPENING.match(analysis, start, token.start)) and session.end() < token.start:
                start = session.end()  # 第五届|区人民政府第43次常务会议: the session's number is no part of the body
            for committee in _COMMITTEE_INSIDE.finditer(analysis, start, token.end - len(suffix)):
                if any(analysis[committee.end():committee.end() + n] in place_names() for n in (2, 3, 4, 5)):
                    start = committee.end()  # 中共宿州市委|宿州市人民政府: two issuers, the second named in full
            if token.text in standalone and start < token.start and (
                    token.text.startswith(_NATIONAL_BODY_OPENINGS)
                    or any(t.tag == "v" and len(t.text) >= 2 for t in tokens.span(start, token.start))):
                start = token.start  # 人民大会堂聆听|国务院, 报|国家发展改革委: a national body is named in full alone
            name = analysis[start:token.end]
            if name in standalone or (token.text in standalone and start == token.start):
                out.append((start, token.end))
                continue
            prefix_length = len(name) - len(suffix)
            if suffix == "中心" and _CENTRAL_TASK.match(analysis, token.end):
                continue  # 市政府|中心工作: the government's central task, not a centre
            if level_bodies and name[0] in _LEVELS and (
                    (prefix_length == 1 and suffix in _LEVEL_BODY_SUFFIXES)
                    or (suffix in _LEVEL_DEPARTMENT_SUFFIXES and 2 <= prefix_length <= 6
                        and not (suffix == "中心" and _DESIGNATED_CENTRE.search(name))
                        and analysis[token.end - 2:token.end] not in _NOT_BODY_ENDINGS
                        and _level_stands_alone(tokens, start, token.end))):
                out.append((start, token.end))  # 市发改委, 区纪委, 区统计局, 省公安厅, 县疾控中心: a level's body
                continue
            if suffix in _LEVEL_ONLY_SUFFIXES:
                continue
            if prefix_length < min_prefix or starts_generic(token.text[:-len(suffix)]):
                continue  # 集成电路|重点项目 is a kind of project
            prefix_end = token.end - len(suffix)
            if suffix in _NEEDS_PLACE_PREFIX and not _starts_with_place(context, tokens, start, prefix_end):
                continue  # 文峰区委, 深圳市商务局; not 开新局, 认真落实市委
            if suffix in _CAMPUSES and not _is_campus(context, name[:-len(suffix)]):
                continue  # 北方工业大学延庆校区; not 高校新校区, 市级医院多院区
            one_character_word = index > 0 and len(tokens[index - 1].text) == 1
            # 白水县|交通运输|局: a bureau named by its division and its field, the segmenter's 局 a word of its own
            # 沂河|局, 沂|沭河|局: a bureau named by the place (a river's basin, a city) it serves
            division_bureau = (token.text == "局" and index > 0 and len(tokens[index - 1].text) >= 2 and (
                tokens.tags[index - 1] == "ns" or (tokens.tags[index - 1] in ("n", "nz", "vn", "j")
                                                   and _starts_with_place(context, tokens, start, prefix_end))))
            if len(suffix) == 1 and not ((one_character_word or len(token.text) >= 3 or division_bureau)
                                         and prefix_length >= 2):
                continue  # a one-character suffix ends 商务局 or an abbreviation (火炬职院, 中检院), not 书院
            if len(suffix) == 1 and token.text[-2:] in _NOT_BODY_ENDINGS:
                continue  # 城市空间布局, 发展新格局: 局 ends a common word there, not a bureau
            if clean_start and not _clean_start(tokens, start, token.end):
                continue
            if is_category(name[:prefix_length], tokens, start, token.end - len(suffix)) \
                    and name[:prefix_length] not in _concept_names():
                continue  # 新型|产业 is a kind; 新型城镇化|战略 names a national concept's strategy
            if token.text == suffix and _CONTINUES_COMPOUND.match(analysis, token.end):
                continue  # 城市战略|定位, 示范区|建设方案: the suffix begins a longer noun, it does not end a name
            if named_or_long and (_GENERIC_PHRASE.search(name) or _OBJECT_OF_A_VERB.search(name)
                                  or not (token.end - start >= 8 or _is_named(tokens, start, token.end))
                                  or any(start <= a < token.end for a in person_starts)):
                continue  # 长子县更多项目, 掀起大抓项目, 需承担起项目, 书记张某到…调度项目 (a person): kinds, clauses
            out.append((start, token.end))
        return out

    return find


_COMMITTEE_INSIDE = re.compile(r"[省市区县州]委")
_BODY_BEFORE_ZONE = re.compile(r".*(?:[省市区县]委|党委|政府)")
_SESSION_OPENING = re.compile(r"第[一二三四五六七八九十百\d]+[届次]")


def _designation_start(tokens: Tokens, start: int, head: int) -> int:
    """国家中医药传承创新发展试验区: a designation opens with the scope that grants it (国家, 国家级, 全国, 省级), and
    the words between the scope and the head are its content, verbs among them; where the walk from the head
    stopped at such a verb, the name runs back to the scope (never over punctuation or a function word)."""
    first = tokens.index_at(start)
    if first is None:
        return start
    position = first - 1
    while (position >= 0 and head - position <= _DESIGNATION_WORDS
           and tokens.ends[position] == tokens.starts[position + 1]):
        text = tokens.texts[position]
        if text in _DESIGNATION_SCOPES:
            return tokens.starts[position]
        if is_hard_boundary_at(tokens, position) or tokens.tags[position] not in _DESIGNATION_TAGS:
            break
        position -= 1
    return start


def _after_verbs(tokens: Tokens, start: int, suffix_start: int) -> int:
    """提质建设|川渝高竹新区, 修改|浦东新区, 扩建|老岚水库: a place's name starts after the last work verb in it (the
    lexicon's) and after a verb that opens it; a verb inside the name stays (国际医药创新公园, 小隐涌流域)."""
    inside = tokens.span(start, suffix_start)
    for token in reversed(inside):
        if token.text in action_verbs():
            return token.end
    if inside and inside[0].tag == "v" and suffix_start - inside[0].end >= 2 and not place_short_name(inside[0].text):
        return inside[0].end  # not 无界|公园: a name of its own (沾化|经济开发区: a county the dictionary calls a verb)
    return start


def state_designations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """国家新型城镇化试点, 国家乡村振兴示范县: a title the state grants, read from the scope that grants it to the
    head that names the title, over the content words between (a pilot with no scope is only a kind of work)."""
    tokens, analysis = context.tokens, context.analysis
    texts, tags, starts, ends = tokens.texts, tokens.tags, tokens.starts, tokens.ends
    last_characters = _DESIGNATION_LAST_CHARACTERS
    out = []
    for scope in _GRANTING_SCOPE.finditer(analysis):  # a few hundred places, found in C
        index = context.index_at(scope.start())
        if index is None or texts[index] not in GRANTING_SCOPES:
            continue
        start = starts[index]
        head = _head_after_scope(tokens, index, words=_DESIGNATION_WORDS, is_head=lambda position, start=start: (
            texts[position][-1] in last_characters and ends[position] - start >= 6
            and analysis.endswith(DESIGNATION_HEADS, start, ends[position])))
        if head is None:
            continue
        if head + 1 < len(texts) and starts[head + 1] == ends[head] \
                and analysis.endswith(DESIGNATION_HEADS, start, ends[head + 1]):
            head += 1  # …试点|城市: the longer head (试点城市) the segmenter cut in two
        end, following = ends[head], head + 1
        if not (following < len(texts) and starts[following] == end
                and tags[following] in _MODIFIED_NOUN_TAGS):  # …试点|园区: a pilot park, no title
            out.append((start, end))
    return out


def _head_after_scope(tokens: Tokens, index: int, *, words: int, is_head: Callable[[int], bool]) -> int | None:
    """From the granting scope at ``tokens[index]`` (国家, 全国…) over at most ``words`` adjacent content words to
    the first that ``is_head`` accepts: its index, or None when a boundary or a word of another kind comes first."""
    tags, starts, ends = tokens.tags, tokens.starts, tokens.ends
    position = index + 1
    while position < len(tokens.texts) and position - index <= words:
        if starts[position] != ends[position - 1] or is_hard_boundary_at(tokens, position) \
                or (tags[position] not in _DESIGNATION_TAGS and tokens.texts[position] not in DESIGNATION_HEADS):
            return None
        if is_head(position):
            return position
        position += 1
    return None


def _launched_programmes(heads: tuple[str, ...]):
    """实施|大宗消费更新升级|行动, 开展|规范涉企执法|专项行动, 实施…、|康复护理扩容提升|工程: what a launching
    verb starts and ends in a programme's head (``heads``: the kind this rule finds) is the programme's whole name,
    verbs and all (the segmenter's tags inside it, 更新/d, 康复/nr, do not cut it), and so is each further item of
    its list; a qualifier before it (新一轮) is not part of it."""
    every_head = sorted((*_LAUNCHED_POLICY_HEADS, *_LAUNCHED_PROJECT_HEADS), key=len, reverse=True)
    name = (rf"(?P<name>[^，。；、：:“”《》（）()\n和及与的]{{2,16}}?(?:{'|'.join(every_head)}))"
            r"(?=[，。；、：\n]|和|及|与|等|$)")
    pattern = re.compile(rf"(?:{'|'.join(_PROGRAMME_LAUNCHERS)}){name}")
    next_item = re.compile(rf"[、和]{name}")  # 实施A行动、B行动: the verb launches every item of the list

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        analysis = context.analysis
        out = []
        for match in _with_listed_items(pattern, next_item, analysis):
            start, end = match.span("name")
            if not analysis.endswith(heads, start, end):
                continue  # an item of the list the other kind of programme head names
            start = after_qualifier(analysis, start, end)
            name = analysis[start:end]
            if _NOT_ONE_PROGRAMME.match(name) or _COUNTED_OR_LISTED.search(name) \
                    or context.index_at(start) is None or not context.ends_at(end):
                continue  # a batch of programmes, or a span that cuts a word
            prefix = name[:-next(len(head) for head in heads if name.endswith(head))]
            if len(prefix) < 4 and (word_frequency(prefix) >= _RARE_WORD or prefix in generic_words()):
                continue  # 民生|工程: a kind of programme; 陪跑|行动, a rare word, names one
            out.append((start, end))
        return out

    return find


def _with_listed_items(pattern: re.Pattern[str], next_item: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for match in pattern.finditer(text):
        yield match
        while (match := next_item.match(text, match.end())) is not None:
            yield match


# the verbs that launch a programme (实施…行动); 推进 and 深化 also go on with work that is no programme
_PROGRAMME_LAUNCHERS = ("组织实施", "启动实施", "实施", "开展", "启动")
_LAUNCHED_POLICY_HEADS = ("专项行动", "行动计划", "行动方案", "系列行动", "行动", "计划", "试点")
_LAUNCHED_PROJECT_HEADS = ("工程",)
# a batch, a set or a further launch: not one named programme (一批…工程, 好…, 实施…)
_COUNTED_OR_LISTED = re.compile(rf"等|\d+[{COUNTING_UNITS}项批类]")  # 杜家坎等30项…工程: a list, a count
_NOT_ONE_PROGRAMME = re.compile(rf"{_BATCH}|各项|系列|好|了|实施|开展|启动")


def _parallel_programmes(heads: tuple[str, ...]):
    """职务科技成果赋权改革、高校职称分类评聘改革、国有无形资产管理改革和…改革: three or more items of one list
    that end in the same programme head (``heads``: the kind this rule finds) each name a programme; the parallel
    naming is the evidence one X改革 alone lacks. The verbs that open the first item are not part of it."""

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        analysis = context.analysis
        out = []
        for run_start, run_end in _programme_runs(analysis):
            items = _run_items(analysis, run_start, run_end)
            by_head: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for start, end in items:
                head = next((h for h in _PARALLEL_HEADS if analysis.endswith(h, start, end)), None)
                if head is not None:
                    by_head[head].append((start, end))
            for head, spans in by_head.items():
                if head not in heads or len(spans) < _PARALLEL_ITEMS:
                    continue
                for start, end in spans:
                    start = _past_opening_verbs(analysis, start, end)
                    name = analysis[start:end]
                    if (len(name) - len(head) >= 3 and len(name) <= 16 and "的" not in name
                            and not starts_generic(name) and not _COUNTED_OR_LISTED.search(name)
                            and context.index_at(start) is not None and context.ends_at(end)):
                        out.append((start, end))
        return out

    return find


_PARALLEL_HEADS = ("改革", "行动", "工程", "计划")
_PARALLEL_ITEMS = 3
_LISTED_HEAD = re.compile(rf"(?:{'|'.join(_PARALLEL_HEADS)})(?=、|和|及)")
_CLAUSE_MARKS = "，。；：\n“”"


def _programme_runs(analysis: str) -> list[tuple[int, int]]:
    """The clauses in which a programme head is followed by 、 or 和: where a list of programmes can stand (found
    at the heads, so the search stays linear)."""
    runs: list[tuple[int, int]] = []
    for match in _LISTED_HEAD.finditer(analysis):
        if runs and match.start() < runs[-1][1]:
            continue  # in the clause already found
        start = max(analysis.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        end = min((i for i in (analysis.find(mark, match.end()) for mark in _CLAUSE_MARKS) if i != -1),
                  default=len(analysis))
        runs.append((start, end))
    return runs


def _run_items(analysis: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a 、-list, an item split again at 和/及 after a programme head (…改革和…改革)."""
    items, position = [], start
    for part in analysis[start:end].split("、"):
        item_start, item_end = position, position + len(part)
        position = item_end + 1
        join = _HEAD_THEN_JOIN.search(analysis, item_start, item_end)
        if join:
            items += [(item_start, join.start() + len(join["head"])), (join.end(), item_end)]
        else:
            items.append((item_start, item_end))
    return items


_HEAD_THEN_JOIN = re.compile(rf"(?P<head>{'|'.join(_PARALLEL_HEADS)})(?:和|及|以及)")


def _past_opening_verbs(analysis: str, start: int, end: int) -> int:
    """探索推进|职务科技成果赋权改革: past the lexicon verbs and modifiers that open a list's first item."""
    while length := _opening_verb_length(analysis[start:end], keep=2):
        start += length
    return start


def national_centres(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """国家医学中心, 国家生猪技术创新中心, 国家磁悬浮计量测试中心: a centre the state names, from 国家 over the
    content words to a word ending in 中心 (not a city's role such as 国家金融管理中心, nor 国家|中心城市)."""
    tokens, analysis = context.tokens, context.analysis
    texts, ends = tokens.texts, tokens.ends
    out = []
    for position in occurrences(analysis, "国家"):
        index = context.index_at(position)
        if index is not None and texts[index] == "国家":
            head = _head_after_scope(tokens, index, words=_CENTRE_WORDS,
                                     is_head=lambda following: texts[following].endswith("中心"))
            if head is not None:
                end = ends[head]
                if (len(texts[head]) > 2 or head > index + 1) and end - position >= 6 \
                        and not analysis.endswith(_not_national_centres(), position, end):
                    out.append((position, end))
    return out


_CENTRE_WORDS = 5  # 国家 and at most five words up to the centre
_ROLE_CENTRES = ("金融中心", "管理中心", "航运中心", "贸易中心", "消费中心", "物流中心")  # what a city is to the state


@cache
def _not_national_centres() -> tuple[str, ...]:
    """A city's role (国家商贸物流中心) and the bodies the head list types already (…数据中心)."""
    return (*_ROLE_CENTRES, *(head.text for head in heads_by_last_character().get("心", ())
                              if head.type == "organization"))


_DESIGNATION_LAST_CHARACTERS = frozenset(head[-1] for head in DESIGNATION_HEADS)
_GRANTING_SCOPE = re.compile("|".join(sorted(GRANTING_SCOPES, key=len, reverse=True)))


_MODIFIED_NOUN_TAGS = frozenset(("n", "nz", "ns", "nt", "j"))  # a noun the word before it modifies
_DESIGNATION_SCOPES = GRANTING_SCOPES | {"省级"}  # a province grants some titles too (省级…示范区)
_DESIGNATION_TAGS = frozenset(("n", "nz", "nt", "vn", "v", "j", "b", "ns", "l"))
_DESIGNATION_WORDS = 8  # the head and at most seven words of content after the scope


def _level_stands_alone(tokens: Tokens, start: int, end: int) -> bool:
    """区|统计局, 省委|办公厅, 省公安厅: the level is a word of its own, the party committee or government of it, or
    the start of one word that is the whole body; not the first character of 区域性, 市场, 市域 or 县城."""
    index = tokens.index_at(start)
    if index is None:
        return False
    word = tokens.texts[index]
    return len(word) == 1 or word in _LEVEL_WORDS or tokens.ends[index] >= end


def _head_rule(kind: str):
    """天河国际机场, 长江大保护提档升级行动: names typed by their head noun (see ``heads``)."""

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        return [(start, end) for start, end, head_type in context.named_heads if head_type == kind]

    return find


def national_concepts(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """新质生产力, 共同富裕…: the concepts of central documents (``concepts.txt``); a zone named after one takes
    its head (黄河流域生态保护和高质量发展|先行区)."""
    analysis = context.analysis
    out = []
    for match in _national_concepts().finditer(analysis):
        if context.index_at(match.start()) is None:
            continue
        zone = _ZONE_HEAD.match(analysis, match.end())
        if zone and context.ends_at(zone.end()):
            out.append((match.start(), zone.end()))
        elif context.ends_at(match.end()):
            out.append(match.span())
    return out


_ZONE_HEAD = re.compile(r"先行区|示范区|试验区|实验区|先导区")


def standalone_organizations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """党中央, 国务院, 省委, 东盟… (``organizations.txt``); two of them the segmenter kept as one word (中共中央国务院,
    the two issuers of a document) are both named."""
    names = standalone_organization_names()
    tokens = context.tokens
    out = [(tokens.starts[index], tokens.ends[index]) for index in context.indexes_of(names)]
    joined = _decided_once(context.distinct_texts, _joined_cut, _JOINED_SEEN)
    if joined:
        for index in context.indexes_of(joined.keys()):
            start, cut = tokens.starts[index], joined[tokens.texts[index]]
            out += [(start, start + cut), (start + cut, tokens.ends[index])]
    return out


def _joined_cut(word: str) -> int | None:
    """Where the second body begins in a word that joins two bodies known by name (中共中央国务院), else None."""
    names = standalone_organization_names()
    if len(word) < 4 or word_tags().get(word) != "nt" or word in names:
        return None
    return next((cut for cut in range(2, len(word) - 1) if word[:cut] in names and word[cut:] in names), None)


_JOINED_SEEN: tuple[set[str], dict[str, int]] = (set(), {})


_ITEM_ENDS = frozenset("、，。；：）)和及与等\n")


def _near_places(separators: list[int], place_tokens: list[int], *, gap: int = 6) -> list[int]:
    """The separators of the 、-runs that have a place within them (a run: separators at most ``gap`` tokens apart)."""
    out: list[int] = []
    run: list[int] = []
    for index in [*separators, None]:
        if run and (index is None or index - run[-1] > gap):
            low = bisect_left(place_tokens, run[0] - gap)
            if low < len(place_tokens) and place_tokens[low] <= run[-1] + gap:
                out += run
            run = []
        if index is not None:
            run.append(index)
    return out


def coordinated_places(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """横琴、前海、南沙: short items of a 、-list that holds a known place are places too."""
    tokens, analysis = context.tokens, context.analysis
    place_spans = {(c.start, c.end) for c in found if c.type == "place"}
    place_tokens = sorted(index for start, _ in place_spans if (index := context.index_at(start)) is not None)
    separators = [i for i in context.by_last_char.get("、", ()) if context.texts[i] == "、"]
    groups: list[list[tuple[int, int] | None]] = []
    for index in _near_places(separators, place_tokens):
        left, right = _item_left(tokens, index), _item_right(tokens, index, place_spans, analysis)
        if groups and left is not None and groups[-1][-1] == left:  # two lists without items are not one list
            groups[-1].append(right)
        else:
            groups.append([left, right])
    named = sorted((c.start, c.end) for c in found if c.type != "place")  # 国际|花卉节 of an event list

    def inside_a_name(start: int, end: int) -> bool:
        at = bisect_right(named, (start, end))
        return any(a <= start and end <= b for a, b in named[max(0, at - 4):at + 1])

    out = []
    for group in groups:
        items = [item for item in group if item is not None]
        if not any(item in place_spans for item in items):
            continue
        common = sum(word_frequency(analysis[start:end]) >= 100 for start, end in items)
        if 2 * common >= len(items):
            continue  # 审计、统计、外事、港澳台、侨务: a list of work, one of whose items is a place
        for start, end in items:
            text = analysis[start:end]
            if ((start, end) not in place_spans and 2 <= len(text) <= 4 and text not in generic_words()
                    and not inside_a_name(start, end)
                    and re.fullmatch(r"[\u4e00-\u9fff]+", text) and word_frequency(text) < 100):
                out.append((start, end))
    return out


RULES: tuple[Rule, ...] = (
    Rule("person", "person", 9, persons, swallows=ALL_TYPES),
    Rule("quoted term", "policy", 10, quoted_terms, swallows=ALL_TYPES, provisional=True),
    Rule("quoted company", "organization", 9, quoted_companies),
    Rule("quoted project", "project", 9, quoted_projects),
    Rule("gazetteer place", "place", 6, gazetteer_places),
    Rule("named feature", "place", 7, named_features, swallows=PLACES),
    Rule("town", "place", 6, towns),
    Rule("two-character county", "place", 6, short_counties),
    Rule("abbreviated places", "place", 6, abbreviated_places),
    Rule("directional region", "place", 6, directional_regions),
    Rule("lexicon industry", "industry", 7, lexicon_industries),
    Rule("pair of natural features", "place", 6, natural_pairs),
    Rule("book title", "policy", 8, book_titles, swallows=ALL_TYPES),
    Rule("statute", "policy", 8, statutes, swallows=frozenset(("industry", "place", "organization"))),
    Rule("place spirit", "policy", 8, place_spirits, swallows=PLACES),
    Rule("party congress", "policy", 8, party_congresses, swallows=ALL_TYPES),
    Rule("central conference", "project", 8, central_conferences, swallows=ALL_TYPES - PLACES),  # 河南省 stays
    Rule("leader's thought", "policy", 8, leaders_thought, swallows=ALL_TYPES),
    Rule("party committee", "organization", 8, party_committees, swallows=PLACES),
    Rule("office", "organization", 8, offices, swallows=PLACES),
    Rule("numbered programme", "policy", 8, numbered_programmes, swallows=ALL_TYPES),
    Rule("integration", "policy", 7, integrations),
    Rule("policy formula", "policy", 8, policy_formulas, swallows=ALL_TYPES),
    Rule("national concept", "policy", 8, national_concepts),
    Rule("industry list", "industry", 8, _category_rule("industry")),
    Rule("event list", "project", 8, _category_rule("project")),
    Rule("works list", "project", 6, _category_rule("works"), swallows=INDUSTRIES),
    Rule("place list", "place", 6, _category_rule("place")),
    Rule("organization list", "organization", 7, _category_rule("organization"), swallows=PLACES),
    Rule("sector word", "industry", 6, sector_words),
    Rule("industry sibling", "industry", 6, industry_siblings),
    Rule("sector object", "industry", 6, sector_objects),
    Rule("organization suffix", "organization", 7,
         _suffix_rule(ORG_SUFFIXES, standalone=standalone_organization_names(), level_bodies=True), swallows=PLACES),
    Rule("standalone organization", "organization", 7, standalone_organizations, swallows=PLACES),
    Rule("party department", "organization", 8, party_departments, swallows=PLACES),
    Rule("division's body", "organization", 8, division_bodies, swallows=PLACES),
    Rule("state company bureau", "organization", 8, state_company_bureaus),
    Rule("division of a body", "place", 7, division_of_a_body, nests=True),
    Rule("news outlet", "organization", 8, lambda context, found: credited_outlets(context.analysis), swallows=PLACES),
    Rule("place suffix", "place", 6, _suffix_rule(PLACE_SUFFIXES, no_verbs=True), nests=True),
    Rule("state designation", "policy", 7, state_designations, swallows=PARTS),
    Rule("national centre", "project", 9, national_centres, swallows=PARTS),
    Rule("launched programme", "policy", 8, _launched_programmes(_LAUNCHED_POLICY_HEADS), swallows=PARTS),
    Rule("launched works", "project", 7, _launched_programmes(_LAUNCHED_PROJECT_HEADS), swallows=PARTS),
    Rule("parallel programmes", "policy", 7, _parallel_programmes(("改革", "行动", "计划")), swallows=PARTS),
    Rule("parallel works", "project", 7, _parallel_programmes(("工程",)), swallows=PARTS),
    Rule("policy suffix", "policy", 6, _suffix_rule(POLICY_SUFFIXES, min_prefix=3, verbs_inside=True,
                                                                  designations=True), swallows=PARTS),
    Rule("project suffix", "project", 7, _suffix_rule(PROJECT_SUFFIXES_SPECIFIC, clean_start=True), swallows=PARTS),
    Rule("programme suffix", "project", 7, _suffix_rule(PROJECT_SUFFIXES_GENERIC, clean_start=True,
                                                          named_or_long=True, verbs_inside=True), swallows=PARTS),
    *(Rule(f"named head ({kind})", kind, 8, _head_rule(kind), swallows=PARTS)
      for kind in ("project", "policy", "place", "organization")),
    Rule("coordinated place", "place", 5, coordinated_places),
    Rule("place chain", "place", 7, place_chains, swallows=PLACES),
    Rule("route", "project", 8, routes),  # its places stay mentions, as in a list of works
    Rule("phased works", "project", 7, phased_works, swallows=INDUSTRIES),
    Rule("coded road section", "project", 8, coded_road_sections),
    Rule("capacity works", "project", 7, capacity_works, swallows=PLACES),
    Rule("place and area", "place", 7, places_with_area, swallows=PLACES),
    Rule("assembly hall", "place", 7, assembly_halls, swallows=PLACES),
    Rule("delegation", "organization", 7, delegations, swallows=PLACES),
    Rule("free-trade port", "place", 7, free_trade_ports, swallows=PLACES),
    Rule("regional modernisation", "policy", 8, regional_modernisation, swallows=ALL_TYPES),
    Rule("grassroots division", "place", 4, grassroots_divisions),
)


def extract_candidates(context: Context, *, rules: tuple[Rule, ...] = RULES) -> list[Candidate]:
    """Every entity candidate in the text, rule by rule; a project counted right after (建设省级零碳园区
    20个), or a project of a generic head or a line counted before (实施3000个技改项目, 6条续建高铁), is a kind
    of thing, not one named thing, an industry ending in a body's or a park's head is none, and so is a body
    named by its level alone."""
    found: list[Candidate] = []
    for rule in rules:
        found += rule.run(context, found)
    analysis = context.analysis
    found = [c for c in found if analysis[c.start - 1:c.start] != "某"]  # 某|资源循环利用公司: a name kept anonymous
    found = _without_places_across_names(found)
    found = _without_people_introduced_inside(analysis, found)
    found = _with_their_capacity(analysis, found)
    found = [_after_conjoined(analysis, c) if c.type == "organization" else c for c in found]
    found = [_with_country_qualifier(analysis, c) if c.type == "organization" else c for c in found
             if _balanced(analysis[c.start:c.end])]
    return [c for c in found if not (c.type in _COUNTABLE and (
                _COUNT_AFTER.match(analysis, c.end)
                or (analysis.endswith(_COUNTED_KIND_ENDS, c.start, c.end)  # 5个|天府实验室 names a series
                    and _COUNT_BEFORE.search(analysis, max(0, c.start - 8), c.start))))
            and not (c.type == "industry" and (analysis.endswith(_NOT_SECTOR_HEADS, c.start, c.end)
                                                or _COUNTED_SECTORS_NAME.fullmatch(analysis, c.start, c.end)))
            and not (c.type == "organization" and (_is_kind_of_body(analysis[c.start:c.end])
                                                   or _two_bodies(analysis[c.start:c.end])))]


def _without_places_across_names(found: list[Candidate]) -> list[Candidate]:
    """副县|长江|勇: a place word running across a person's name's edge is the segmenter joining a post's last
    character to the surname, not a place."""
    starts = {c.start: c.end for c in found if c.type == "person"}
    if not starts:
        return found

    def crosses(c: Candidate) -> bool:  # the place ends inside a name it starts before (县|长江|勇: 江勇)
        return any(c.end < starts.get(position, 0) for position in range(c.start + 1, c.end))

    return [c for c in found if c.type != "place" or not crosses(c)]


def _without_people_introduced_inside(analysis: str, found: list[Candidate]) -> list[Candidate]:
    """社区支部副书记秦永莉同志通报…联合会: a "name" that runs over a person introduced with a post or as 同志 is a
    clause the left edge walked through (兰考焦裕禄干部学院, a person's name inside a name, stays)."""
    people = sorted((c.start, c.end) for c in found if c.type == "person")
    if not people:
        return found
    starts = [start for start, _ in people]
    clauses = set()
    for number, c in enumerate(found):
        if c.end - c.start < 4 or c.type == "person":
            continue  # (a person inside takes two characters and one on either side)
        first, last = bisect_right(starts, c.start), bisect_left(starts, c.end)  # the people starting inside it
        if first < last and any(end < c.end and (_POST_ANCHOR.search(analysis, c.start, start)
                                                 or analysis.startswith("同志", end))
                                for start, end in people[first:last]):
            clauses.add(number)
    return [c for number, c in enumerate(found) if number not in clauses] if clauses else found


def _with_their_capacity(analysis: str, found: list[Candidate]) -> list[Candidate]:
    """万千瓦光伏电站项目 → 5万千瓦光伏电站项目: a works name cut after the number of its capacity keeps the number,
    and the plant or company named right before the number (大唐灞桥热电厂|5万千瓦光伏电站项目)."""
    owners = {c.end: c.start for c in found if c.type in ("project", "organization")}
    out = []
    for candidate in found:
        if _CAPACITY_UNIT.match(analysis, candidate.start) and (
                number := _NUMBER_BEFORE.search(analysis, max(0, candidate.start - 12), candidate.start)):
            start = number.start()
            if candidate.type == "project" and start in owners:
                start = owners[start]
            candidate = replace(candidate, start=start)
        out.append(candidate)
    return out


def _balanced(name: str) -> bool:
    """A name holds whole bracket pairs (成渝（兴隆湖）综合性科学中心), never half of one (中国）)."""
    return name.count("（") + name.count("(") == name.count("）") + name.count(")")


def _with_country_qualifier(analysis: str, candidate: Candidate) -> Candidate:
    """先正达集团（中国）: a company's national branch keeps its bracketed country."""
    qualifier = _COUNTRY_QUALIFIER.match(analysis, candidate.end)
    return replace(candidate, end=qualifier.end()) if qualifier else candidate


_COUNTRY_QUALIFIER = re.compile(r"[（(]中国[）)]")
_COUNTED_SECTORS_NAME = re.compile(r"[一二三]次产业")  # 三次产业比: the three sectors, a kind, not one sector


def _after_conjoined(analysis: str, candidate: Candidate) -> Candidate:
    """区委常委会暨区疫情防控指挥部, 省委十二届九次全会暨省委: 暨 joins two meetings or bodies; a body's name starts
    after it (an event's name may hold it: 抗日战争暨世界反法西斯战争胜利纪念活动)."""
    joint = analysis.rfind("暨", candidate.start, candidate.end)
    if joint < 0 or candidate.end - joint <= 2 or dictionary_word_at(analysis, joint, word_tags())[0]:
        return candidate  # 暨南大学: a word of the dictionary opens with the character there, no conjunction
    return replace(candidate, start=joint + 1)


_CAPACITY_UNIT = re.compile(r"万?(?:千瓦|兆瓦|吨|平方米|立方米|标箱|亩)")
_NUMBER_BEFORE = re.compile(r"\d+(?:\.\d+)?$")


def _two_bodies(name: str) -> bool:
    """党中央国务院: two bodies the product knows by name, written together, are two (each found on its own)."""
    known = standalone_organization_names()
    return name not in known and any(name[:cut] in known and name[cut:] in known for cut in range(2, len(name) - 1))


def _is_kind_of_body(name: str) -> bool:
    """三级医院, 市级医院, 三级公立综合医院, 乡镇卫生院, 三级子公司, 中级法院, 基层检察院: a body named only by its
    level, its grade or its kind of ownership is a kind of body, not one body."""
    match = _BODY_KIND_PREFIX.match(name)
    return match is not None and name[match.end():] in _BARE_BODIES


_BODY_KIND_PREFIX = re.compile(r"(?:(?:[一二三四五六七八九十]+|[省市县区乡镇村])级|乡镇|公立|民营|综合|基层"
                               r"|中级|高级)+")
_BARE_BODIES = frozenset("医院 卫生院 综合医院 中医院 学校 公司 子公司 医疗机构 法院 人民法院 检察院 人民检察院"
                         .split())


# an industry is not named by the head of a body, a park or a place (通用人工智能研究院 is an organization)
_NOT_SECTOR_HEADS = tuple(suffix for suffix in (*ORG_SUFFIXES, *PLACE_SUFFIXES, *PROJECT_SUFFIXES_SPECIFIC)
                          if len(suffix) >= 2)


_COUNTED_KIND_ENDS = (*PROJECT_SUFFIXES_GENERIC, "高铁", "铁路", "高速", "公路")  # 6条|续建高铁: so many lines
_COUNTABLE = frozenset(("project",))  # a designation counted (…示范区3个) names a programme still
_COUNT_AFTER = re.compile(rf"\d+(?:\.\d+)?[{COUNTING_UNITS}]")
# 实施3000个|技改项目, 一批|延链补链强链项目: so many of a kind
_COUNT_BEFORE = re.compile(rf"(?:\d+(?:\.\d+)?[{COUNTING_UNITS}项批]|{_BATCH})$")


# -- helpers -------------------------------------------------------------------------------------------------

def _suffix_hits(context: Context, suffixes: tuple[str, ...]) -> list[tuple[int, str]]:
    """(token index, suffix) of every unprotected token ending with one of ``suffixes`` (the first listed wins)."""
    by_last = _suffixes_by_last_character(suffixes)
    candidates = sorted(i for char in by_last for i in context.by_last_char.get(char, ()))
    hits = []
    texts = context.texts
    for index in candidates:
        text = texts[index]
        suffix = next((s for s in by_last[text[-1]] if text.endswith(s)), None)
        if suffix is not None:
            hits.append((index, suffix))
    return hits


@lru_cache(maxsize=32)
def _suffixes_by_last_character(suffixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The suffixes grouped by their last character, each group in the order listed (the first listed wins)."""
    groups: dict[str, list[str]] = {}
    for suffix in suffixes:
        groups.setdefault(suffix[-1], []).append(suffix)
    return {char: tuple(group) for char, group in groups.items()}


def _is_abbreviated_region(text: str, tag: str) -> bool:
    """港澳台, 京津冀, 粤港澳: a word made of provinces' one-character abbreviations."""
    tagged = tag in ("ns", "j", "m", "x") or (tag == "n" and len(text) >= 3)  # 京津冀 is tagged n
    return tagged and 2 <= len(text) <= 4 and is_abbreviated_region(text)


def _home_regions(words: list[str], places: frozenset[str], *, distinct: set[str]) -> set[str]:
    """Cities named in the text, and its most-named province: where a bare county name may be read as a place
    (``distinct``: the set of ``words``)."""
    provinces = province_names()
    counts = Counter(filter(provinces.__contains__, words))
    cities = (places & distinct) - counts.keys()
    home = {max(counts, key=lambda p: (counts[p], p))} if counts else set()
    return cities | home


def _clean_start(tokens: Tokens, start: int, end: int) -> bool:
    inside = tokens.span(start, end)
    return not inside or inside[0].text not in FUNCTION_WORDS


def _is_named(tokens: Tokens, start: int, end: int) -> bool:
    """Does the span hold a proper element: a place, a quoted term, Latin letters, a numeral with a unit?"""
    places = place_names()
    for token in tokens.span(start, end):
        if token.protected or token.text in places or token.tag in ("ns", "nr", "nrfg", "nt", "nz", "eng", "j"):
            return True
        if re.search(r"[A-Za-z]", token.text) or re.fullmatch(r"[\d一二三四五六七八九十百千万]+[亩个座条]", token.text):
            return True
    return False


def _list_items(context: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated items of ``analysis[start:end]`` (the last split at 和/及), the first trimmed of the verbs
    and modifiers that govern the list (加快汽车、… → 汽车; 前瞻布局具身智能、… → 具身智能)."""
    items: list[tuple[int, int]] = []
    position = start
    parts = context.analysis[start:end].split("、")
    for index, part in enumerate(parts):
        a, b = position, position + len(part)
        position = b + 1
        joined = next((m for m in _ITEM_JOIN.finditer(part)  # a conjunction of its own, not 与 of 参与
                       if context.index_at(a + m.start()) is not None and context.index_at(a + m.end()) is not None),
                      None)
        if joined and 0 < index < len(parts) - 1:
            items = [(a + joined.end(), b)]  # 加强A、B水质保障和C、D等湖库: the list is C, D
        elif index == len(parts) - 1 and joined:  # …、C和D; or A和B alone
            items += [(a, a + joined.start()), (a + joined.end(), b)]
        else:
            items.append((a, b))
    if items:
        items[0] = (_after_governing_words(context, *items[0]), items[0][1])
    return [(a, b) for a, b in items if b - a >= 2]


_GOVERNING_TAGS = frozenset(("v", "vd", "vi", "d", "ad", "c", "p", "z"))  # z: a status word (紧盯) never starts a name
_ITEM_JOIN = re.compile(r"(?<=[\u4e00-\u9fff”A-Za-z0-9])(?:和|及|以及|与)(?=[\u4e00-\u9fff“])")


def _after_governing_words(context: Context, start: int, end: int) -> int:
    """Past the last verb, adverb or conjunction at the head of an item, when a name of two or more characters is
    left after it (a verb inside a name, as in 生物制造, stays)."""
    cut = start
    tokens = context.tokens
    first = tokens.index_at(start)
    base = bisect_left(tokens.starts, start)  # the index of the span's first token
    for offset, token in enumerate(tokens.span(start, end)):
        stray = first is not None and stray_measure_word(tokens, first + offset)  # 空|天|信息: 天 counts nothing
        split_verb = offset > 0 and splits_a_verb(tokens, base + offset)  # 厚|植
        route = token.text == "至" and cut < token.start  # 黔江至吉首高铁: a route from one place to another
        governing = ((token.tag in _GOVERNING_TAGS and len(token.text) >= 2) or token.text in action_verbs()
                     or split_verb or (is_hard_boundary(token) and not stray and not route) or is_fused_verb(token)
                     or (cut == token.start and cut > start and token.tag == "vn"))  # 加快|突破|集成电路
        if governing and end - token.end >= 2:
            cut = token.end
    return cut





def _item_left(tokens: Tokens, index: int) -> tuple[int, int] | None:
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    end = starts[index]
    start = end
    position = index - 1
    while (position >= 0 and ends[position] == start and texts[position] != "、" and end - starts[position] <= 4
           and not is_boundary(tokens[position])):
        start = starts[position]
        position -= 1
    if position >= 0 and ends[position] == start and texts[position] != "、" and not is_boundary(tokens[position]):
        return None  # 华润郑|东万象城: the item goes on past four characters, so it is no short place name
    return (start, end) if end - start >= 2 else None


def _item_right(tokens: Tokens, index: int, place_spans: set[tuple[int, int]],
                analysis: str) -> tuple[int, int] | None:
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    start = ends[index]
    if index + 1 < len(tokens) and (starts[index + 1], ends[index + 1]) in place_spans:
        after = analysis[ends[index + 1]:ends[index + 1] + 2].lstrip("”’\"")
        if not after or after[0] in _ITEM_ENDS:  # the place is the whole item, not “汉宜荆黄”|绿色智能船舶
            return starts[index + 1], ends[index + 1]
    end = start
    position = index + 1
    while (position < len(tokens) and starts[position] == end and texts[position] != "、"
           and ends[position] - start <= 4 and not is_boundary(tokens[position])):
        end = ends[position]
        position += 1
    closed = position < len(tokens) and texts[position] == "、"
    if not closed and index + 1 < len(tokens):
        end = ends[index + 1]  # the list's last item: only its first word is sure to belong to it
    return (start, end) if end - start >= 2 else None
