"""Entity candidate rules, as a table: each rule finds spans of one type with a priority for overlaps.

A candidate is a span and a type. Where two candidates cover the same span, the higher priority wins; a
candidate of a *container* rule (persons, quoted terms, named programmes) swallows the shorter candidates inside
it (see ``resolve``). Rules run in table order; the last one reads what the others found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from policylens.nlp.entities.boundaries import (
    FUNCTION_WORDS,
    action_verbs,
    is_boundary,
    is_hard_boundary,
    left_extend,
    span_tokens,
)
from policylens.nlp.gazetteer import county_regions, place_names, province_names
from policylens.nlp.segment import Token, word_frequency, word_tags
from policylens.nlp.stopwords import generic_words, stopwords
from policylens.resources import data_words, official_titles
from policylens.structure.speaker import looks_like_name

_NAME_BEFORE_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>总书记|同志)")
_NAME_BEFORE_SPEECH = re.compile(
    r"(?:^|(?<=[，。：；\n]))(?:会上，)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:还|也|再次|同时|进一步)?"
    r"(?=强调|指出|表示|要求|勉励|提出|说，|出席|主持|讲话)"
)
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]{2,4}大")
_THOUGHT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:新时代中国特色社会主义思想|思想|理论)")
_CENSUS = re.compile(r"第[一二三四五六七八九十]+次全国[\u4e00-\u9fff]{2,8}?普查")
_DEEDS = re.compile(r"[一二三四五六七八九十百两\d]+[件项]民生实事")
# A、B、C等(qualifier)category: the items are of the category's type
CATEGORY_TYPES: dict[str, tuple[str, ...]] = {
    "industry": ("产业", "行业", "领域", "新增长点", "增长点", "赛道", "产业链", "集群", "产品", "业态", "项目"),
    "project": ("赛事", "活动", "展会", "盛会", "论坛"),
    "place": ("流域", "湖库", "湖泊", "地区", "城市", "省份", "地市", "区县", "县区", "国家和地区"),
    "organization": ("企业", "高校", "院校", "机构", "央企", "国企"),
}
_CATEGORY_LIST = {
    kind: re.compile(rf"(?P<items>[^，。；：\n]{{2,120}}?)等(?P<category>[^，。；：、等\n]{{0,8}}?(?:{'|'.join(words)}))")
    for kind, words in CATEGORY_TYPES.items()
}
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵云滇陕秦甘陇青宁新藏桂蒙港澳台")
_BOOK = re.compile(r"《(?P<title>[^《》\n]{5,40})》")

# organization suffixes: a multi-character suffix may stand alone only when listed in STANDALONE_ORGS
ORG_SUFFIXES = (
    "党工委", "管委会", "党委", "党组", "人大常委会", "常委会", "委员会", "人民政府", "研究院", "研究所", "研究中心",
    "大学", "学院", "职院", "医院", "公司", "集团", "银行", "协会", "商会", "联合会", "街道", "办事处", "检察院",
    "法院", "院",
)
STANDALONE_ORGS = frozenset(
    "党中央 中共中央 国务院 全国人大 全国政协 省委 市委 区委 县委 省政府 市政府 区政府 县政府 管委会 党工委 "
    "省人大 市人大 省政协 市政协".split()
)
PLACE_SUFFIXES = (
    "开发区", "高新区", "经开区", "自贸区", "自贸试验区", "保税区", "公园", "流域", "湿地", "水库", "风景区",
)
POLICY_SUFFIXES = ("实验区", "示范区", "试验区", "先行区", "战略")
PROJECT_SUFFIXES_SPECIFIC = ("科创园", "产业园", "科技园", "启动区", "实验室", "园区", "示范园", "孵化器")
PROJECT_SUFFIXES_GENERIC = ("项目", "工程", "基金", "行动")
_NOT_INDUSTRY_WORDS = frozenset(
    "企业 就业 创业 事业 行业 专业 职业 作业 毕业 营业 物业 产业 伟业 学业 基业 家业 功业 大业".split()
)
_GENERIC_INDUSTRY_HEADS = frozenset(
    "支柱 新兴 主导 特色 优势 传统 未来 重点 富民 增收 现代化 战略性新兴 相关 各类 全".split()
)


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    priority: int
    name: str | None = None  # canonical name when it differs from the surface (习近平 for 习近平总书记)
    container: bool = False  # swallows shorter candidates inside it


@dataclass
class Context:
    """What the rules read: the analysis text, its tokens, the speaker, and what the person rule learned."""

    analysis: str
    tokens: list[Token]
    speaker: str | None = None
    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person → titles seen

    @cached_property
    def by_last_char(self) -> dict[str, list[int]]:
        """Indexes of the unprotected tokens by their last character (suffix rules look only where they can hit)."""
        index: dict[str, list[int]] = defaultdict(list)
        for position, token in enumerate(self.tokens):
            if not token.protected:
                index[token.text[-1]].append(position)
        return index

    @cached_property
    def home_regions(self) -> set[str]:
        return _home_regions(self.tokens, place_names())

    @cached_property
    def lexicon_hits(self) -> list[tuple[tuple[int, int], str]]:
        """Tokens found in the gazetteer (place) or else the industry lexicon (industry), in one pass."""
        is_place = _place_test(self)
        lexicon = industry_lexicon()
        hits = []
        for token in self.tokens:
            if token.protected:
                continue
            if is_place(token):
                hits.append(((token.start, token.end), "place"))
            elif token.text in lexicon:
                hits.append(((token.start, token.end), "industry"))
        return hits


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    priority: int
    find: Callable[[Context, list[Candidate]], list[tuple[int, int] | tuple[int, int, str]]]
    container: bool = False

    def run(self, context: Context, found: list[Candidate]) -> list[Candidate]:
        out = []
        for span in self.find(context, found):
            name = span[2] if len(span) == 3 else None
            out.append(Candidate(span[0], span[1], self.type, self.priority, name=name, container=self.container))
        return out


@cache
def industry_lexicon() -> frozenset[str]:
    return frozenset(data_words("industries.txt"))


@cache
def _name_after_title() -> re.Pattern[str]:
    titles = "|".join(map(re.escape, (*official_titles(), "同志")))
    return re.compile(rf"(?P<title>{titles})(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
                      r"(?=出席|主持|强调|指出|表示|讲话|代表|作|在|、|，|。|同志|还|也)")


# -- the rules ---------------------------------------------------------------------------------------------

def persons(context: Context, found: list[Candidate]) -> list[tuple[int, int, str]]:
    """Names before 总书记/同志, after a title, or before a speech verb; every mention of each (spaces allowed)."""
    names = context.titles
    tags = word_tags()
    for pattern in (_NAME_BEFORE_TITLE, _name_after_title(), _NAME_BEFORE_SPEECH):
        for match in pattern.finditer(context.analysis):
            name = match["name"]
            if not looks_like_name(name) or (tags.get(name, "nr") not in ("nr", "nrfg", "nrt") and len(name) == 2):
                continue
            if name in FUNCTION_WORDS or name in stopwords():
                continue
            names[name]
            title = match.groupdict().get("title")
            if title and title != "同志":
                names[name].add(title)
    if context.speaker:
        names[context.speaker]
    spans = []
    for name in names:
        spaced = r"[ \u3000]?".join(map(re.escape, name))  # 龚 正 in a header line is 龚正
        spans += [(m.start(), m.end(), name) for m in re.finditer(spaced, context.analysis)]
    return spans


def quoted_terms(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """“百千万工程”, 1+6: short quoted terms and number slogans (protected tokens)."""
    return [(t.start, t.end) for t in context.tokens
            if t.protected and not (re.search(r"[、，]", t.text) or len(t.text) > 12 or (t.text.isdigit()
                                                                                      and len(t.text) < 3))]


def gazetteer_places(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Administrative divisions, region abbreviations (京津冀), and county names of the report's own region."""
    return [span for span, kind in context.lexicon_hits if kind == "place"]


def lexicon_industries(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Words of the industry lexicon (``industries.txt``) that are not place names."""
    return [span for span, kind in context.lexicon_hits if kind == "industry"]


def _place_test(context: Context) -> Callable[[Token], bool]:
    places = place_names()
    counties = county_regions()
    home = context.home_regions

    def is_place(token: Token) -> bool:
        text = token.text
        return (text in places or _is_abbreviated_region(token)
                or (text in counties and bool(counties[text] & home) and token.tag in ("ns", "x"))
                or _is_natural_feature(token))

    return is_place


_FEATURE_ENDS = tuple("江河湖海山岛湾峡岭")


def _is_natural_feature(token: Token) -> bool:
    """长江, 汉江, 洪湖, 梁子湖, 潮白河: a proper word ending in a river, lake or mountain character, as the general
    dictionary lists them (tagged as a place or a name), not a common word (江河, 山区)."""
    text = token.text
    return (2 <= len(text) <= 4 and text.endswith(_FEATURE_ENDS) and token.tag in ("ns", "nr", "nz")
            and text not in generic_words())


def book_titles(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    return [(m.start("title"), m.end("title")) for m in _BOOK.finditer(context.analysis)]


def party_congresses(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    return [m.span() for m in _PARTY_CONGRESS.finditer(context.analysis)]


def leaders_thought(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """习近平新时代中国特色社会主义思想: a person's name before 思想/理论."""
    out = []
    for match in _THOUGHT.finditer(context.analysis):
        led_by_name = match["name"] in context.titles or re.match(r"[\u4e00-\u9fff]{2,3}新时代", match.group())
        if led_by_name and looks_like_name(match["name"]):
            out.append(match.span())
    return out


def numbered_programmes(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """第五次全国经济普查, 十件民生实事."""
    return [m.span() for pattern in (_CENSUS, _DEEDS) for m in pattern.finditer(context.analysis)]


def integrations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """深中一体化, 长三角一体化: the places or abbreviations joined before 一体化 name a policy."""
    tokens = context.tokens
    out = []
    for index, token in enumerate(tokens):
        if token.text != "一体化" or index == 0:
            continue
        start = token.start
        position = index - 1
        while position >= 0 and tokens[position].end == start and token.end - tokens[position].start <= 8:
            previous = tokens[position]
            if is_boundary(previous) or not (len(previous.text) == 1 or previous.tag in ("ns", "j", "x")
                                             or previous.text in place_names()):
                break
            start = previous.start
            position -= 1
        if 2 <= token.start - start <= 4:
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
        for match in _CATEGORY_LIST[kind].finditer(context.analysis):
            items = _list_items(context, match.start("items"), match.end("items"))
            if len(items) < 2 and "、" not in match["items"]:
                continue  # one thing before 等 is an example, not a list
            for start, end in items:
                text = context.analysis[start:end].strip("“”")
                if 2 <= len(text) <= 14 and text not in generic_words() and not _GENERIC_ITEM.search(text):
                    offset = 1 if context.analysis[start] == "“" else 0
                    out.append((start + offset, start + offset + len(text)))
        return out

    return find


_GENERIC_ITEM = re.compile(r"^(?:重点|重大|主要|相关|其他|各类|各项|传统|新兴|优势|特色)|[的了着]")


def sector_words(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """Nouns ending in 业 (制造业) and a specific word before 产业 (光电产业)."""
    tokens = context.tokens
    out = []
    for index, token in enumerate(tokens):
        text = token.text
        if token.protected:
            continue
        sector = text.endswith("业") and len(text) >= 3 and token.tag in ("n", "nz", "x")
        if sector and not any(text.endswith(w) for w in _NOT_INDUSTRY_WORDS):
            out.append((token.start, token.end))
        elif text == "产业" and index > 0:
            previous = tokens[index - 1]
            specific = previous.text not in _GENERIC_INDUSTRY_HEADS and previous.text not in generic_words()
            if previous.end == token.start and specific and not is_boundary(previous) and len(previous.text) >= 2:
                out.append((previous.start, token.end))
    return out


def _suffix_rule(suffixes: tuple[str, ...], *, min_prefix: int = 2, standalone: frozenset[str] = frozenset(),
                 clean_start: bool = False, named_or_long: bool = False):
    """Names ending in one of ``suffixes``, extended leftwards to the first boundary word."""

    def find(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
        tokens, analysis = context.tokens, context.analysis
        out = []
        for index, suffix in _suffix_hits(context, suffixes):
            token = tokens[index]
            start = left_extend(tokens, index, 0)
            name = analysis[start:token.end]
            if name in standalone or (token.text in standalone and start == token.start):
                out.append((start, token.end))
                continue
            prefix_length = len(name) - len(suffix)
            if prefix_length < min_prefix:
                continue
            if len(suffix) == 1 and not (index > 0 and len(tokens[index - 1].text) == 1 and prefix_length >= 2):
                continue  # a one-character suffix (院) only ends abbreviations such as 火炬职院, 中检院
            if clean_start and not _clean_start(tokens, start, token.end):
                continue
            if named_or_long and not (token.end - start >= 8 or _is_named(tokens, start, token.end)):
                continue
            out.append((start, token.end))
        return out

    return find


def standalone_organizations(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """党中央, 国务院, 省委…"""
    return [(t.start, t.end) for t in context.tokens if t.text in STANDALONE_ORGS]


def coordinated_places(context: Context, found: list[Candidate]) -> list[tuple[int, int]]:
    """横琴、前海、南沙: short items of a 、-list that holds a known place are places too."""
    tokens, analysis = context.tokens, context.analysis
    place_spans = {(c.start, c.end) for c in found if c.type == "place"}
    separators = [i for i, t in enumerate(tokens) if t.text == "、"]
    groups: list[list[tuple[int, int] | None]] = []
    for index in separators:
        left, right = _item_left(tokens, index), _item_right(tokens, index, place_spans)
        if groups and groups[-1][-1] == left:
            groups[-1].append(right)
        else:
            groups.append([left, right])
    out = []
    for group in groups:
        items = [item for item in group if item is not None]
        if not any(item in place_spans for item in items):
            continue
        for start, end in items:
            text = analysis[start:end]
            if ((start, end) not in place_spans and 2 <= len(text) <= 4 and text not in generic_words()
                    and re.fullmatch(r"[\u4e00-\u9fff]+", text) and word_frequency(text) < 100):
                out.append((start, end))
    return out


RULES: tuple[Rule, ...] = (
    Rule("person", "person", 9, persons, container=True),
    Rule("quoted term", "policy", 10, quoted_terms, container=True),
    Rule("gazetteer place", "place", 6, gazetteer_places),
    Rule("lexicon industry", "industry", 7, lexicon_industries),
    Rule("book title", "policy", 8, book_titles, container=True),
    Rule("party congress", "policy", 8, party_congresses, container=True),
    Rule("leader's thought", "policy", 8, leaders_thought, container=True),
    Rule("numbered programme", "policy", 8, numbered_programmes, container=True),
    Rule("integration", "policy", 7, integrations),
    Rule("industry list", "industry", 8, _category_rule("industry")),
    Rule("event list", "project", 8, _category_rule("project")),
    Rule("place list", "place", 6, _category_rule("place")),
    Rule("organization list", "organization", 7, _category_rule("organization")),
    Rule("sector word", "industry", 6, sector_words),
    Rule("organization suffix", "organization", 7, _suffix_rule(ORG_SUFFIXES, standalone=STANDALONE_ORGS),
         container=True),
    Rule("standalone organization", "organization", 7, standalone_organizations, container=True),
    Rule("place suffix", "place", 6, _suffix_rule(PLACE_SUFFIXES)),
    Rule("policy suffix", "policy", 6, _suffix_rule(POLICY_SUFFIXES, min_prefix=3)),
    Rule("project suffix", "project", 7, _suffix_rule(PROJECT_SUFFIXES_SPECIFIC, clean_start=True)),
    Rule("programme suffix", "project", 7, _suffix_rule(PROJECT_SUFFIXES_GENERIC, clean_start=True,
                                                          named_or_long=True)),
    Rule("coordinated place", "place", 5, coordinated_places),
)


def extract_candidates(context: Context, *, rules: tuple[Rule, ...] = RULES) -> list[Candidate]:
    """Every entity candidate in the text, rule by rule."""
    found: list[Candidate] = []
    for rule in rules:
        found += rule.run(context, found)
    return found


# -- helpers -------------------------------------------------------------------------------------------------

def _suffix_hits(context: Context, suffixes: tuple[str, ...]) -> list[tuple[int, str]]:
    """(token index, suffix) of every unprotected token ending with one of ``suffixes`` (the first listed wins)."""
    candidates = sorted(i for char in {s[-1] for s in suffixes} for i in context.by_last_char.get(char, ()))
    hits = []
    for index in candidates:
        text = context.tokens[index].text
        suffix = next((s for s in suffixes if text.endswith(s)), None)
        if suffix is not None:
            hits.append((index, suffix))
    return hits


def _is_abbreviated_region(token: Token) -> bool:
    """港澳台, 京津冀, 粤港澳: a word made of provinces' one-character abbreviations."""
    text = token.text
    return (token.tag in ("ns", "j", "m", "x") and 2 <= len(text) <= 4 and text[0] in _PROVINCE_ABBREVIATIONS
            and set(text) <= _PROVINCE_ABBREVIATIONS)


def _home_regions(tokens: list[Token], places: frozenset[str]) -> set[str]:
    """Cities named in the text, and its most-named province: where a bare county name may be read as a place."""
    provinces = province_names()
    counts: dict[str, int] = defaultdict(int)
    cities = set()
    for token in tokens:
        if token.text in provinces:
            counts[token.text] += 1
        elif token.text in places:
            cities.add(token.text)
    home = {max(counts, key=lambda p: (counts[p], p))} if counts else set()
    return cities | home


def _clean_start(tokens: list[Token], start: int, end: int) -> bool:
    inside = span_tokens(tokens, start, end)
    return not inside or inside[0].text not in FUNCTION_WORDS


def _is_named(tokens: list[Token], start: int, end: int) -> bool:
    """Does the span hold a proper element: a place, a quoted term, Latin letters, a numeral with a unit?"""
    places = place_names()
    for token in span_tokens(tokens, start, end):
        if token.protected or token.text in places or token.tag in ("ns", "nr", "nrfg", "nt", "nz", "eng", "j"):
            return True
        if re.search(r"[A-Za-z]", token.text) or re.fullmatch(r"[\d一二三四五六七八九十百千万]+[亩个座条]", token.text):
            return True
    return False


def _list_items(context: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated items of ``analysis[start:end]`` (the last split at 和/及), the first trimmed of the verbs
    and modifiers that govern the list (加快汽车、… → 汽车; 前瞻布局具身智能、… → 具身智能)."""
    items = []
    position = start
    parts = context.analysis[start:end].split("、")
    for index, part in enumerate(parts):
        a, b = position, position + len(part)
        position = b + 1
        joined = re.search(r"(?<=[\u4e00-\u9fff”A-Za-z0-9])(?:和|及|以及|与)(?=[\u4e00-\u9fff“])", part)
        if index == len(parts) - 1 and index > 0 and joined:
            items += [(a, a + joined.start()), (a + joined.end(), b)]
        else:
            items.append((a, b))
    if items:
        items[0] = (_after_governing_words(context, *items[0]), items[0][1])
    return [(a, b) for a, b in items if b - a >= 2]


_GOVERNING_TAGS = frozenset(("v", "vd", "vi", "d", "ad", "c", "p"))


def _after_governing_words(context: Context, start: int, end: int) -> int:
    """Past the last verb, adverb or conjunction at the head of an item, when a name of two or more characters is
    left after it (a verb inside a name, as in 生物制造, stays)."""
    cut = start
    for token in span_tokens(context.tokens, start, end):
        governing = token.tag in _GOVERNING_TAGS or token.text in action_verbs() or is_hard_boundary(token)
        if governing and end - token.end >= 2:
            cut = token.end
    return cut


def _item_left(tokens: list[Token], index: int) -> tuple[int, int] | None:
    end = tokens[index].start
    start = end
    position = index - 1
    while (position >= 0 and tokens[position].end == start and tokens[position].text != "、"
           and not is_boundary(tokens[position]) and end - tokens[position].start <= 4):
        start = tokens[position].start
        position -= 1
    return (start, end) if end - start >= 2 else None


def _item_right(tokens: list[Token], index: int, place_spans: set[tuple[int, int]]) -> tuple[int, int] | None:
    start = tokens[index].end
    if index + 1 < len(tokens) and (tokens[index + 1].start, tokens[index + 1].end) in place_spans:
        return tokens[index + 1].start, tokens[index + 1].end
    end = start
    position = index + 1
    while (position < len(tokens) and tokens[position].start == end and tokens[position].text != "、"
           and not is_boundary(tokens[position]) and tokens[position].end - start <= 4):
        end = tokens[position].end
        position += 1
    closed = position < len(tokens) and tokens[position].text == "、"
    if not closed and index + 1 < len(tokens):
        end = tokens[index + 1].end  # the list's last item: only its first word is sure to belong to it
    return (start, end) if end - start >= 2 else None
