"""Names known by their head noun (西部（成都）科学城, 天河国际机场, 长江大保护提档升级行动), with their whole span."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from policylens.nlp.entities.boundaries import (
    FUNCTION_WORDS,
    after_noun,
    is_boundary,
    is_hard_boundary,
    left_extend,
)
from policylens.nlp.gazetteer import is_abbreviated_region, place_names
from policylens.nlp.segment import Tokens, word_frequency
from policylens.nlp.stopwords import generic_words
from policylens.resources import read_data_text

if TYPE_CHECKING:
    from policylens.nlp.entities.rules import Context


ANY, NAMED_OR_LONG, NAMED = "any", "named_or_long", "named"


class Head(NamedTuple):
    text: str
    type: str
    need: str  # what the words before it must be: ANY specific words, NAMED_OR_LONG, or NAMED (a place, a code…)


@cache
def heads_by_last_character() -> dict[str, list[Head]]:
    """The heads of ``entity_heads.toml``, longest first, indexed by their last character."""
    table = tomllib.loads(read_data_text("entity_heads.toml"))
    heads = [Head(text, kind, need) for kind, needs in table.items() for need, texts in needs.items()
             for text in texts]
    index: dict[str, list[Head]] = {}
    for head in sorted(heads, key=lambda h: -len(h.text)):
        index.setdefault(head.text[-1], []).append(head)
    return index


@cache
def _head_lookup() -> dict[str, tuple[tuple[int, ...], dict[str, Head]]]:
    """Last character → (the heads' lengths, longest first; the heads by text): a word is matched against its
    own endings, one dictionary lookup per length, instead of against every head with that last character."""
    return {char: (tuple(sorted({len(h.text) for h in heads}, reverse=True)), {h.text: h for h in heads})
            for char, heads in heads_by_last_character().items()}


# (年度, 季度, 月度: a plan named by its period is a kind of plan: every body has its 年度工作计划)
_GENERIC_START = re.compile(r"^(?:重点|重大|主要|相关|其他|各类|各项|一批|一流|世界一流|世界级|新型|"
                            r"现代|大型|综合|特色|优势|传统|新兴|专项|首个|首批|多个|若干|全新|高端|高水平|高质量|"
                            r"研究型|应用型|试点|示范|年度|季度|月度)")
_LINES = frozenset(("线", "高铁", "铁路", "高速", "公路"))  # …至…段: a section of the line is named with it
_MEETING_WORDS = re.compile(r"(?:工作|部署|动员|推进|表彰|总结|代表|党员|职工|誓师|座谈|收听|收看|观看|参加|出席|列席"
                            r"|进行)$|同志")  # 徐尧峰同志列席|大会, 某某进行|大会总结: not the meeting's name
_GOVERNING_VERB = re.compile(r"打造|推动|推进|加快|支持|实施|争创|构建|培育|谋划|加强|宣布|召开|举行|举办|出席|开展")
_DASHES = frozenset("—–－-")
_UNIT_START = re.compile(r"^[年月日%个项家亿万元吨千米公里倍次届条座]")
_CODED_LINE_TAGS = frozenset(("nz", "ns", "j", "m"))
_PROPER_TAGS = frozenset(("ns", "nr", "nrfg", "nrt", "nz", "nt", "j", "eng"))
_COMMON_WORD_FREQUENCY = 3000  # a single word this frequent before a head is a category (工业园区), not a name
_BRANCH_OF_VENUE = re.compile(r"[东西南北新]馆|分馆")
_SECTION_AFTER_LINE = re.compile(r"[\u4e00-\u9fff]{1,4}至[\u4e00-\u9fff]{1,4}段|[\u4e00-\u9fff]{2,3}段")


def named_heads(context: Context) -> list[tuple[int, int, str]]:
    """Every ``prefix + head`` name, typed by its head, when the prefix names something specific."""
    tokens, analysis = context.tokens, context.analysis
    ends = context.ends
    places = place_names()
    heads = _head_lookup()
    out = []
    texts, tags = tokens.texts, tokens.tags
    indexes = sorted(i for char in heads for i in context.by_last_char.get(char, ()))
    for index in indexes:  # only the words that end like a head
        text, token_end = texts[index], ends[index]
        lengths, by_text = heads[text[-1]]
        for length in lengths:  # the longest head first
            head_start = token_end - length
            head = by_text.get(analysis[head_start:token_end])
            if head is None:
                continue
            first = bisect_right(ends, head_start)  # the token holding the head's first character
            if len(head.text) == 1 and text != head.text and tags[index] not in _CODED_LINE_TAGS:
                continue  # 线 ends 川藏线 and 二线, not 中线 or 底线
            if head.text == "线" and analysis.startswith(("上", "下"), token_end):
                break  # 领导人|线|上峰会: online, not a line
            if head.text == "线" and text == "线" and word_frequency(analysis[head_start - 1:token_end]) >= 100:
                break  # …精神为主|线: the segmenter split a common word ending in 线 (主线, 底线; not 崇明|线)
            if analysis.startswith(("群", "体系"), token_end):
                break  # 成渝世界级机场|群, 智慧图书馆|体系: a group of the things the head names is not one of them
            if analysis.startswith("起来", token_end):
                break  # 各单位要迅速行动|起来: the head is a verb there
            if index + 1 < len(texts) and tokens.starts[index + 1] == token_end and (
                    ends_a_name(texts[index + 1]) or ends_a_name(analysis[head_start:ends[index + 1]])):
                break  # 考古遗址|公园, 重要中心|城市: the name goes on to a head of its own, or a longer head
            if (head.type == "policy" and tokens.starts[first] == head_start and first > 1
                    and len(texts[first - 1]) == 1 and tags[first - 1] == "v" and ends[first - 1] == head_start
                    and len(texts[first - 2]) >= 2):
                break  # 重庆|见|行动: a word and a one-character verb before the head make a clause (not 川|陕|蒙)
            start = _name_start(tokens, first, head_start)
            if start is None:
                break
            start = _after_governing_verb(analysis, start, head_start, programme=head.type == "policy")
            if start is None:
                break
            start = after_qualifier(analysis, start, head_start)
            if head.type == "policy":
                start = _after_owner(analysis, start, head_start)
                start = _action_named_campaign(tokens, start)
                scale = _SCALE.search(analysis, max(0, start - 4), start)
                if scale and scale.end() == start:
                    start = scale.start()  # 百亿级|农业龙头企业培育计划: the scale the programme aims at
            prefix = analysis[start:head_start]
            if head.type == "policy" and _verbs_after_quoted_core(tokens, analysis, start, head_start):
                break
            if head.type == "policy" and analysis[start - 1:start] == "”" and len(prefix) <= 4:
                break  # “规范化法治化正规化”建设年|行动: the quoted core names the campaign, not the words after it
            if head.text == "大会" and _MEETING_WORDS.search(prefix):
                break
            if prefix.endswith("级"):
                break  # 国家一级|图书馆, 省级|博览会: a grade names a kind of thing
            if _is_specific(prefix, tokens, start, head_start, places, need=head.need,
                            campaign=head.type == "policy") or (
                    prefix in _DESIGNATION_SCOPES and head.type == "policy"
                    and head.text.endswith(("中心", "中心城市"))):  # 国际航运中心, 国家中心城市, 区域金融中心
                end = token_end
                if head.text in _LINES:
                    section = _SECTION_AFTER_LINE.match(analysis, end)
                    if section and (section.group().count("至") or section.group()[:-1] in places):
                        end = section.end()
                elif head.text.endswith("馆") and (branch := _BRANCH_OF_VENUE.match(analysis, end)):
                    end = branch.end()  # 上海博物馆东馆: a branch is named with its venue
                out.append((start, end, head.type))
            break
    return out


def _verbs_after_quoted_core(tokens: Tokens, analysis: str, start: int, head_start: int) -> bool:
    """“双百双千”增产增效专项行动: verbs between a quoted core and a programme's head say what the programme does;
    the quoted core names it, and the verbs with the head are no name of their own."""
    quote = analysis.rfind("”", max(0, start - 6), start + 1)
    first = tokens.index_at(quote + 1) if quote >= 0 else None
    if first is None:
        return False
    index = first
    while index < len(tokens) and tokens.ends[index] <= head_start:
        if tokens.tags[index] != "v":
            return False
        index += 1
    return index > first


def _action_named_campaign(tokens: Tokens, start: int) -> int:
    """开展|打击非法集资行动, 持续开展|规范涉企执法专项行动: a campaign named by what it does; the verb right
    before the name is part of it when a verb that launches campaigns stands right before that verb."""
    index = tokens.index_at(start)
    if index is None or index < 2:
        return start
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    verb, launcher = index - 1, index - 2
    if (texts[launcher] in _LAUNCHING_VERBS and tokens.tags[verb] == "v" and len(texts[verb]) == 2
            and texts[verb] not in _IMPLEMENTING_VERBS and ends[verb] == start and ends[launcher] == starts[verb]):
        return starts[verb]
    return start


_SCALE = re.compile(r"[十百千万]{1,2}亿级")


_LAUNCHING_VERBS = frozenset(("开展", "实施", "启动", "组织", "部署", "发起", "深入开展", "持续开展", "启动实施"))
_IMPLEMENTING_VERBS = _LAUNCHING_VERBS | frozenset(("推进", "推动", "加快", "深化", "落实", "执行", "抓好", "做好"))


def ends_with_a_head(word: str) -> bool:
    """Does ``word`` end in a head (国际机场, 智算中心)?"""
    entry = _head_lookup().get(word[-1:])
    return entry is not None and any(word[-length:] in entry[1] for length in entry[0] if length <= len(word))


def ends_a_name(word: str) -> bool:
    """Is ``word`` a head (博览会, 公园) that a longer name ends in?"""
    entry = _head_lookup().get(word[-1:])
    return word in _PARK_HEADS or (entry is not None and word in entry[1])


_PARK_HEADS = frozenset(("公园", "园区", "景区", "新区"))


def _after_governing_verb(analysis: str, start: int, head_start: int, *, programme: bool = False) -> int | None:
    """Past a governing verb the segmenter fused with the name (打|造成|渝 in 打造成渝…城市群); None when nothing
    is left after it (蒲发友宣布|大会). ``programme``: the head names a plan or a campaign, and a verb right before
    it says what the programme does to the words before the verb (农业龙头企业分类|培育|计划; not 企业|培育|计划,
    a kind of plan)."""
    prefix = analysis[start:head_start]
    cut = max((m.end() for m in _GOVERNING_VERB.finditer(prefix)
               if not (programme and m.end() == len(prefix) and _names_what_is_done(prefix[:m.start()]))),
              default=0)
    if cut and len(prefix) - cut < 2:
        return None
    return start + cut


def _names_what_is_done(words: str) -> bool:
    return len(words) >= 3 and words not in generic_words() and not starts_generic(words)


def _name_start(tokens: Tokens, first: int, head_start: int) -> int | None:
    """Where the name ending in the head starts: leftwards over words, a bracketed place (西部（成都）科学城), a dash
    between names (三星堆—金沙遗址) and a code (国道318川藏线). None when nothing names the head."""
    if tokens.starts[first] < head_start:
        last = first  # the head begins inside a word (科技创新|中心): the word belongs to the name
        if first > 0 and _CAMPAIGN_YEARS.fullmatch(tokens.texts[first - 1]) \
                and (hop := _hop(tokens, first)) is not None:
            last = hop  # 美丽上海建设|三年|行动计划: the campaign's years, then what it does
    else:
        last = first - 1
        if last < 0 or tokens.ends[last] != head_start:
            return None
        previous = tokens[last]
        # 升级|行动 (a verbal noun), 国际市场|开拓|计划 (a verb after a noun) name the head's content
        if _CAMPAIGN_YEARS.fullmatch(previous.text) and (hop := _hop(tokens, first)) is not None:
            last = hop  # 治本攻坚|三年|行动
        elif _joined_verbs(tokens, last) and after_noun(tokens, last - 2):
            last -= 2  # 耕地质量保护|和|提升|行动: two things done to one object, joined by 和, name the programme
        elif is_boundary(previous) and not previous.protected and previous.tag != "vn" and not (
                previous.tag == "v" and not is_hard_boundary(previous) and after_noun(tokens, last)):
            hop = _hop(tokens, first)
            if hop is None:
                return None
            last = hop
    return extend_over_joins(tokens, left_extend(tokens, last, 0, verbs_inside=True), verbs_inside=True)


def extend_over_joins(tokens: Tokens, start: int, *, verbs_inside: bool) -> int:
    """Further left from ``start`` over brackets, dashes and codes that join two parts of one name."""
    while (at := tokens.index_at(start)) and (hop := _hop(tokens, at)) is not None:
        start = left_extend(tokens, hop, 0, verbs_inside=verbs_inside)
    return start


def _hop(tokens: Tokens, at: int) -> int | None:
    """The index of the word to continue from when what stands before ``tokens[at]`` joins two parts of a name."""
    if tokens.ends[at - 1] != tokens.starts[at]:
        return None
    before = tokens[at - 1]
    if before.text in ("）", ")"):
        opening = at - 2
        while opening >= 0 and at - opening <= 4 and tokens.texts[opening] not in ("（", "("):
            opening -= 1
        inner = tokens[opening + 1:at - 1]
        proper = all(re.fullmatch(r"[\u4e00-\u9fff]+", t.text) for t in inner) and any(
            t.tag in _PROPER_TAGS or t.text in place_names() or is_abbreviated_region(t.text) for t in inner)
        if opening >= 1 and inner and proper:  # 西部（成都）科学城, not 总(集团)公司
            outer = tokens[opening - 1]
            if not is_boundary(outer) and re.fullmatch(r"[\u4e00-\u9fff]+", outer.text):
                return opening - 1
        return None
    if _CAMPAIGN_YEARS.fullmatch(before.text) and at >= 2 and tokens[at - 2].tag in ("v", "vn") \
            and tokens[at - 2].end == before.start:
        return at - 2  # 城市品质提升年行动, 营商环境突破年活动: a campaign year; 治本攻坚三年行动: its years
    if before.text in _DASHES and at >= 2:
        left, right = tokens[at - 2], tokens[at]
        proper = any(t.tag in _PROPER_TAGS or t.text in place_names() for t in (left, right))
        if proper and not is_boundary(left) and re.fullmatch(r"[\u4e00-\u9fff]+", left.text):
            return at - 2
        return None
    if re.fullmatch(r"[A-Za-z0-9]+", before.text) and not _UNIT_START.match(tokens[at].text) and at >= 2:
        left = tokens[at - 2]
        if left.end == before.start and not is_boundary(left) and re.fullmatch(r"[\u4e00-\u9fff]+", left.text):
            return at - 2
    return None


_VERB_PAIR_TAGS = frozenset(("v", "vn"))


def _joined_verbs(tokens: Tokens, last: int) -> bool:
    """保护|和|提升 right before a head: two two-character verbs joined by 和."""
    return (last >= 2 and tokens.texts[last - 1] == "和" and len(tokens.texts[last]) == len(tokens.texts[last - 2]) == 2
            and _VERB_PAIR_TAGS.issuperset((tokens.tags[last], tokens.tags[last - 2]))
            and tokens.ends[last - 2] == tokens.starts[last - 1] and tokens.ends[last - 1] == tokens.starts[last])


_DESIGNATION_SCOPES = frozenset(("国际", "全球", "国家", "全国", "区域"))  # the scope of a city named a centre
_PERIOD = re.compile(r"年度|季度|月度")
_LONG_NAME = 8  # a campaign's prefix this long names it even when it opens with 重点, 新兴…
_ADVERBIAL_START = re.compile(r"高质量|高水平|一批|多个|若干|首个|首批")  # …but not 高质量|承办…
_CAMPAIGN_YEARS = re.compile(r"[一二三四五六七八九十两\d]?年")
_QUALIFIER = re.compile(r"(?:新一轮|新一批|新征程|新时代|(?:全国|国内|全省|全球|国家)?首[个批家座条趟])")


# 区委|振兴突破三年行动, 省政府|稳岗扩就业计划: the body that launched a programme is its owner, not its name
_OWNER = re.compile(r"(?:省|市|区|县|州|党)(?:委|政府)|党工委")


def _after_owner(analysis: str, start: int, end: int) -> int:
    return _past_leading(_OWNER, analysis, start, end, keep=4)


def after_qualifier(analysis: str, start: int, end: int) -> int:
    """Past a leading 新一轮, 新征程, 全国首批…: they qualify the name, they are not part of it."""
    return _past_leading(_QUALIFIER, analysis, start, end, keep=2)


def _past_leading(pattern: re.Pattern[str], analysis: str, start: int, end: int, *, keep: int) -> int:
    """Past what ``pattern`` matches at ``start``, when at least ``keep`` characters are left before ``end``."""
    match = pattern.match(analysis, start, end)
    return match.end() if match and end - match.end() >= keep else start


def starts_generic(text: str) -> bool:
    """重点, 重大, 一批, 世界级…: a modifier that makes what follows a kind, not a name."""
    return bool(_GENERIC_START.match(text))


def is_category(prefix: str, tokens: Tokens, start: int, end: int) -> bool:
    """重点, 高水平研究型, 工业, 合作: words before a suffix that say what kind, not which one."""
    if _GENERIC_START.match(prefix) or prefix in generic_words() or re.search(r"[的了着]", prefix):
        return True
    first = tokens.index_at(start)
    inside = [] if first is None else [t for t in tokens[first:first + 12] if t.start < end]
    named = bool(re.search(r"[（(—–－\-A-Za-z0-9]|[^\d一二三四五六七八九十百两几多]年$", prefix)) or any(
        t.tag in _PROPER_TAGS or t.text in place_names() or t.protected for t in inside)
    words = [t for t in inside if not is_hard_boundary(t)]
    word = prefix if len(words) == 1 and words[0].end > end else words[0].text if len(words) == 1 else None
    return not named and word is not None and word_frequency(word) >= _COMMON_WORD_FREQUENCY  # 工业|园区


_PARTICLE = re.compile(r"[的了着]")
# 西部（成都）, 国道318, 2025年: brackets, dashes, letters, digits and a year name something
_NAMED_BY_MARKS = re.compile(r"[（(—–－\-A-Za-z0-9]|[^\d一二三四五六七八九十百两几多]年$")


def _is_specific(prefix: str, tokens: Tokens, start: int, end: int, places: frozenset[str], *,
                 need: str, campaign: bool = False) -> bool:
    """Does ``prefix`` name something (天府大道科创, 光子), rather than a category (重点, 工业, 合作)?"""
    if len(prefix) < 2 or prefix in generic_words() or prefix in FUNCTION_WORDS:
        return False
    if _GENERIC_START.match(prefix) and not (campaign and len(prefix) >= _LONG_NAME
                                             and not _ADVERBIAL_START.match(prefix)):
        return False  # 重点|项目 is a kind; 新兴支柱产业人才汇聚|行动 names a campaign
    if _PERIOD.search(prefix):
        return False  # 理论学习中心组年度学习|计划: a body's plan for the year is a kind of plan, every body has one
    if _PARTICLE.search(prefix):
        return False
    if _NAMED_BY_MARKS.search(prefix):
        return True
    first = tokens.index_at(start)
    # the words of the prefix (at most twelve): the tokens from its start that start before its end
    inside = [] if first is None else tokens[first:bisect_left(tokens.starts, end, first, min(first + 12, len(tokens)))]
    if any(t.tag in _PROPER_TAGS or t.text in places or t.protected for t in inside):
        return True
    words = [t for t in inside if not is_hard_boundary(t)]
    if len(words) == 1 and word_frequency(words[0].text) >= _COMMON_WORD_FREQUENCY:
        return False
    return need == ANY or (need == NAMED_OR_LONG and len(prefix) >= 4)
