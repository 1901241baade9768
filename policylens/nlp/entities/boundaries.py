"""Where a name starts: the words and tags that end a name's leftward extension (verbs, function words, numbers)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from policylens.nlp.gazetteer import county_short_names, place_names
from policylens.nlp.segment import Token, Tokens
from policylens.nlp.stopwords import generic_words
from policylens.nlp.verbs import verb_lexicon

FUNCTION_WORDS = frozenset(
    "的 地 了 着 和 与 及 以及 或 并 并且 而 在 于 对 向 从 由 把 将 为 以 被 让 使 等 各 全 其 该 这 那 是 "
    "这块 一批 更多 一些 全区 全市 全省 全县 我省 我市 我区 本市 区属 市属 省属 驻区 各类 各级 所有 一个 "
    "多个 重点 新增 相关 主要 有关 更加 进一步 代表 还 也 都 要 不 未来 当前 今年 同时 此外 其中 包括 围绕 "
    "聚焦 通过 按照 积极 大力 深入 持续 全力 加快 加速 着力 切实 全面 坚决 不断 真正 始终 主动 扎实 努力 "
    "力争 接下来 下一步 今后 目前 近年来 以来 受 致".split()  # 致…博览会的贺信: addressed to
)
LEFT_LIMIT = 24
_WORD_CHARACTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_NUMBER_OR_LIMIT = re.compile(r"\d+(?:\.\d+)?[年%]?|年|以上|以下|左右")
_ADVERBIAL_TAGS = frozenset(("d", "ad", "c", "p", "r"))
_VERB_TAGS = frozenset(("v", "vd", "vi", "vg"))
_PURE_VERB_TAGS = frozenset(("v", "vd", "vi"))
_GOVERNING_LEFT_TAGS = frozenset(("v", "vd", "vi", "d", "ad", "c", "p", "r", "uj", "ul"))
_SUBJECT_TAGS = frozenset(("ns", "j"))
_WORKS_VERBS = frozenset(("建设", "建成", "新建", "开工", "投用", "打造", "推进", "加快"))
_NOMINAL_AFTER_VERB = frozenset(("发展",))
_NOMINAL_TAGS = frozenset(("n", "nz", "ns", "nt", "j", "vn", "l"))
# verbs that file a subject under a list, a rank or a title, or move it somewhere; a name never starts with one
# (受到, 得到, 获得, 赢得, 审结, 交办, 判处: a verb of receiving or of judging; what follows is its party or its object,
# never the end of a name begun before it: 工作受到|省统计局通报表扬, 审结|最高法院交办的案件)
_PLACING_VERBS = frozenset("列入 纳入 写入 编入 融入 加入 进入 入选 入围 获评 获批 评为 列为 荣获 跻身 位列 位居 "
                           "走进 走向 来到 迁入 入驻 落户 稳居 跃居 跃升 受到 得到 获得 赢得 审结 交办 判处 "
                           "赴 前往 奔赴 走访".split())
# words the dictionary tags as nouns or idioms that are verbs or times here: 列席|常委会会议, 动员|开发区上下,
# 助推|园区发展, 一大早|开发区就开展…
_MISTAGGED_BOUNDARIES = frozenset("列席 动员 助推 一大早".split())
COUNTING_UNITS = "个家座条所处"  # the measure words that count things (3个, 20家, 5座)
# what a number counts (…项, …批, 第28届): a name never starts with it; 两个|省实验室: a count ends a name
_COUNTING_CHARACTERS = frozenset(COUNTING_UNITS + "项批类种件届屆次")
_DATE_UNITS = frozenset("月日号")
_COUNTED = re.compile(rf"[一二两三四五六七八九十几多]+[{COUNTING_UNITS}项批]")
_MANNER = re.compile(r"高(?:水平|标准|质量|起点|规格|效能)|全方位|全链条|多层次|常态化")  # 高水平|建设 X


# A title the state grants (国家新型城镇化试点): the scope that grants it, the head that names the title
GRANTING_SCOPES = frozenset(("国家", "国家级", "全国"))
DESIGNATION_HEADS = ("试点", "示范县", "示范市", "示范镇", "试点县", "试点市", "示范区", "试验区", "先行区", "示范基地",
                     "试点城市", "示范城市", "高新区", "经开区")  # 争创国家级高新区: the zone's national rank


def is_designation(name: str) -> bool:
    """国家乡村振兴示范县: a title granted by a scope, not the programme named inside it."""
    return name.endswith(DESIGNATION_HEADS) and name.startswith(tuple(GRANTING_SCOPES))


@cache
def action_verbs() -> frozenset[str]:
    """Lexicon verbs and strong modifiers: 推进, 加快, 全力…"""
    lexicon = verb_lexicon()
    return frozenset(lexicon.verbs) | frozenset(lexicon.strong_modifiers)


@cache
def strong_modifiers() -> frozenset[str]:
    lexicon = verb_lexicon()
    return frozenset(lexicon.strong_modifiers) - frozenset(lexicon.verbs)


def is_boundary(token: Token) -> bool:
    """Where a name's left extension stops: punctuation, function words, action verbs, dates."""
    return is_hard_boundary(token) or token.text in action_verbs() or is_fused_verb(token)


def is_fused_verb(token: Token) -> bool:
    """贯彻落实, 大力发展, 全面实施: two lexicon verbs or modifiers the segmenter keeps as one word."""
    return _fused_verb(token.text, token.protected)


def _fused_verb(text: str, protected: bool) -> bool:
    if len(text) != 4 or protected:
        return False
    verbs = action_verbs()
    return (text[2:] in verbs or text[2:] in _SPEECH_VERBS) and (
        text[:2] in verbs or text[:2] in FUNCTION_WORDS or text[:2] in _MANNER_ADVERBS
        or text[0] == text[1])  # 紧紧|围绕, 牢牢|把握: a reduplicated adverb


# 特别强调: a speech verb fused with its adverb opens a clause too
_SPEECH_VERBS = frozenset("强调 指出 要求 提出".split())


# 认真|落实, 严格|执行, 圆满|完成, 重新|组建: a manner adverb fused with a verb opens a clause (切实, 积极, 扎实… are
# function words)
_MANNER_ADVERBS = frozenset("认真 严格 有效 有序 稳步 精心 圆满 顺利 如期 提前 超额 胜利 重新 特别 再次 高度 重点"
                            .split())


def is_hard_boundary(token: Token) -> bool:
    """Punctuation, function words, conjunctions and prepositions, numbers and dates: never inside a name."""
    return not token.protected and _hard_boundary_word(token.text, token.tag)


def is_hard_boundary_at(tokens: Tokens, index: int) -> bool:
    """``is_hard_boundary(tokens[index])``, read off the token lists (no token object made)."""
    return not tokens.protected[index] and _hard_boundary_word(tokens.texts[index], tokens.tags[index])


@lru_cache(maxsize=65536)
def _hard_boundary_word(text: str, tag: str) -> bool:
    if not _WORD_CHARACTER.search(text):
        return True
    if text in FUNCTION_WORDS or text == "好":  # 服务保障好|中物院: 好 completes the verb
        return True
    if text in _PLACING_VERBS and tag.startswith("v"):  # 改造列入|国务院…: a verb that files its subject somewhere
        return True
    if text in _MISTAGGED_BOUNDARIES:
        return True
    if tag == "m" and _COUNTED.fullmatch(text):  # 蔬菜、家禽两个|省实验室: a count ends a name
        return True
    if len(text) == 2 and text[0] == "最" and tag in ("a", "ad", "d"):  # 全国规模最大|鸿蒙…: a superlative ranks it
        return True
    if tag in ("c", "p", "u", "uj", "ul", "ud", "uz", "ug", "r", "d", "t") and len(text) >= 2:
        return True
    return tag in ("c", "p", "uj", "ul", "r", "q") or bool(_NUMBER_OR_LIMIT.fullmatch(text))


def splits_a_verb(tokens: Tokens, position: int) -> bool:
    """Is the one-character word at ``position`` the end of a lexicon verb the segmenter split (打|好, 厚|植)?"""
    texts = tokens.texts
    return (position > 0 and len(texts[position]) == 1 and tokens.ends[position - 1] == tokens.starts[position]
            and texts[position - 1] + texts[position] in action_verbs())


def governs(tokens: Tokens, position: int) -> bool:
    """Is the action verb at ``position`` the clause's governing verb (推进 in 加快推进X), not part of a name
    (整治 in 综合整治工程)? It governs unless a nominal word stands right before it."""
    if position > 0 and tokens.ends[position - 1] == tokens.starts[position]:
        text, previous = tokens.texts[position], tokens[position - 1]
        verbs = action_verbs()
        if splits_a_verb(tokens, position):
            return True  # 打赢打好: the split 打/好 is a verb, not an adjective
        if text in verbs:
            if text in _NOMINAL_AFTER_VERB and previous.tag == "v" and position >= 2 \
                    and tokens.tags[position - 2] in _NOMINAL_TAGS:
                return False  # 数字经济|创新|发展|试验区: 创新发展 names what the zone is for
            return (previous.text in verbs or is_hard_boundary(previous) or previous.tag in _GOVERNING_LEFT_TAGS
                    or bool(_MANNER.fullmatch(previous.text)))
        # a verb outside the lexicon right after another verb is part of its object (设立|创新创业…基金)
        return is_hard_boundary(previous) or previous.tag in _ADVERBIAL_TAGS or previous.text in strong_modifiers()
    return True


def left_extend(tokens: Tokens, index: int, floor: int, *, verbs_inside: bool = False,
                verb_before_head: bool = False) -> int:
    """Start offset of a name ending with ``tokens[index]``, walking left until a boundary token.

    With ``verbs_inside`` a lexicon verb after a one-character modifier stays in the name (长江大保护提档升级行动
    keeps 保护; 推动天河国际机场 stops at 推动); with ``verb_before_head`` (``tokens[index]`` is the head) so does a
    verb between a noun and the head (矿区生态修复|项目, 地理标志保护|示范区)."""
    texts, tags, starts, ends, protected = tokens.texts, tokens.tags, tokens.starts, tokens.ends, tokens.protected
    start, end = starts[index], ends[index]
    verbs = action_verbs()
    position = index - 1
    while position >= 0 and ends[position] == start and end - starts[position] <= LEFT_LIMIT:
        text, tag = texts[position], tags[position]  # read off the lists: this loop runs for every candidate name
        hard = not protected[position] and _hard_boundary_word(text, tag)
        if starts[position] < floor or (hard and not stray_measure_word(tokens, position)) \
                or _fused_verb(text, protected[position]):
            break
        if splits_a_verb(tokens, position):
            break
        if text in _COUNTING_CHARACTERS and position > 0 and _NUMERAL_END.search(texts[position - 1]):
            break  # 13|项|辅助生殖技术项目, 6|条|续建高铁: what a number counts (the tagger calls 项, 条 nouns)
        if text in _DATE_UNITS and position > 0 and texts[position - 1][-1:].isdigit():
            break  # 12月16|日|国务院: a date before a name
        if tag == "f" and position > 0 and texts[position - 1].endswith(_MEETING_ENDS):
            break  # 在…第一次会议|上|自治县人民政府: the meeting's localizer closes the phrase before the name
        if text in verbs and tag in _PURE_VERB_TAGS and not (verbs_inside and _modified(tokens, position)) \
                and not (verb_before_head and position == index - 1 and after_noun(tokens, position)):
            break  # 入选/开展/推进 tagged as verbs end a name; 建设/整治 may be nouns inside one
        if text in verbs and position > 0 and _is_subject(tokens[position - 1]):
            break  # 支持武汉|建设…枢纽: a place before a verb is its subject
        if (tag == "v" and len(text) == 2 and position > 0 and texts[position - 1] in _WORKS_VERBS
                and ends[position - 1] == starts[position]):
            break  # 建设|运行|国家超级智算成都中心: a verb right after a verb of works is part of it, not the name
        if (text in verbs or (tag in _VERB_TAGS and len(text) >= 2 and not place_short_name(text))) \
                and governs(tokens, position):
            break
        start = starts[position]
        position -= 1
    return start


def place_short_name(text: str) -> bool:
    """沾化 of 沾化经济开发区: a county's short name the dictionary tags as a verb names a place inside a name."""
    return text in county_short_names() and text not in generic_words()


def after_noun(tokens: Tokens, position: int) -> bool:
    """Does a noun of two characters or more stand right before ``tokens[position]``?"""
    return position > 0 and tokens.ends[position - 1] == tokens.starts[position] \
        and tokens.tags[position - 1] in _NOMINAL_TAGS and len(tokens.texts[position - 1]) >= 2


def stray_measure_word(tokens: Tokens, position: int) -> bool:
    """张|江科学城, 燕赵|系列|实验室: a measure word with no numeral or demonstrative before it counts nothing; it
    is part of a name the segmenter split."""
    if (tokens.tags[position] != "q" or len(tokens.texts[position]) > 2 or tokens.protected[position]
            or tokens.texts[position] in _CATEGORY_MEASURES):
        return False
    if position == 0:
        return True
    before, tag = tokens.texts[position - 1], tokens.tags[position - 1]
    return tag not in _COUNTING_TAGS and not _NUMERAL_END.search(before)


_MEETING_ENDS = ("会议", "大会", "会上")
_COUNTING_TAGS = frozenset(("m", "mq", "r", "q"))
_CATEGORY_MEASURES = frozenset("类种项批次个件些")  # 政府类|基金: a kind of fund, not a name
_NUMERAL_END = re.compile(r"[\d一二两三四五六七八九十百千万亿几多每各这那本该首]$")


def _is_subject(token: Token) -> bool:
    """A place or a body before a verb is the verb's subject (支持武汉|建设…, 东方理工大学|建设…)."""
    return token.tag in _SUBJECT_TAGS or token.text in place_names() or token.text.endswith(_BODY_ENDS)


_BODY_ENDS = ("大学", "学院", "公司", "集团", "医院", "银行", "研究院")


def _modified(tokens: Tokens, position: int) -> bool:
    """大|保护: a verb right after a one-character modifier is a noun inside a name."""
    return (position > 0 and tokens.ends[position - 1] == tokens.starts[position]
            and len(tokens.texts[position - 1]) == 1)
