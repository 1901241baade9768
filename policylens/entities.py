"""Typed entities (person, organization, place, policy, industry, project) with aliases and mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from policylens.keywords import boilerplate, stopwords
from policylens.meta import looks_like_name
from policylens.resources import data_words
from policylens.segment import Token, county_regions, place_names, province_names, word_tags

ENTITY_TYPES = ("person", "organization", "place", "policy", "industry", "project")

_PERSON_TITLES = (
    "总书记", "书记", "副书记", "省长", "副省长", "市长", "副市长", "区长", "县长", "镇长", "主任", "部长", "主席",
    "委员", "常委", "秘书长", "厅长", "局长", "院长", "校长", "董事长", "总经理", "同志",
)
_TITLE_ALTERNATION = "|".join(sorted(_PERSON_TITLES, key=len, reverse=True))
_NAME_BEFORE_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>总书记|同志)")
_NAME_AFTER_TITLE = re.compile(
    rf"(?P<title>{_TITLE_ALTERNATION})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=出席|主持|强调|指出|表示|讲话|代表|作|在|、|，|。|同志|还|也)"
)
_NAME_BEFORE_SPEECH = re.compile(
    r"(?:^|(?<=[，。：；\n]))(?:会上，)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:还|也|再次|同时|进一步)?"
    r"(?=强调|指出|表示|要求|勉励|提出|说，|出席|主持|讲话)"
)
_PARTY_CONGRESS = re.compile(r"(?P<long>党的(?P<short>[一二三四五六七八九十]{2,4}大))")
_THOUGHT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:新时代中国特色社会主义思想|思想|理论)")
_CENSUS = re.compile(r"第[一二三四五六七八九十]+次(?P<short>全国[\u4e00-\u9fff]{2,8}?普查)")
_DEEDS = re.compile(r"[一二三四五六七八九十百两\d]+[件项]民生实事")
_INTEGRATION = re.compile(r"(?P<name>(?P<head>[\u4e00-\u9fff]{2,4}?)一体化)(?P<tail>发展)?")
_INDUSTRY_LIST = re.compile(
    r"(?P<items>[^，。；：“”\n]{2,80}?)等(?:支柱|主导|新兴|战略性新兴|特色|优势|重点|传统|未来|现代)?产业"
)
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵云滇陕秦甘陇青宁新藏桂蒙港澳台")
_BOOK = re.compile(r"《(?P<title>[^《》\n]{5,40})》")

# organization suffixes: a multi-character suffix may stand alone only when listed in _STANDALONE_ORGS
_ORG_SUFFIXES = (
    "党工委", "管委会", "党委", "党组", "人大常委会", "常委会", "委员会", "人民政府", "研究院", "研究所", "研究中心",
    "大学", "学院", "职院", "医院", "公司", "集团", "银行", "协会", "商会", "联合会", "街道", "办事处", "检察院",
    "法院", "院",
)
_STANDALONE_ORGS = frozenset(
    "党中央 中共中央 国务院 全国人大 全国政协 省委 市委 区委 县委 省政府 市政府 区政府 县政府 管委会 党工委 "
    "省人大 市人大 省政协 市政协".split()
)
_PLACE_SUFFIXES = (
    "开发区", "高新区", "经开区", "自贸区", "自贸试验区", "保税区", "公园", "流域", "湿地", "水库", "风景区",
)
_POLICY_SUFFIXES = ("实验区", "示范区", "试验区", "先行区", "战略")
_PROJECT_SUFFIXES_SPECIFIC = ("科创园", "产业园", "科技园", "启动区", "实验室", "园区", "示范园", "孵化器")
_PROJECT_SUFFIXES_GENERIC = ("项目", "工程", "基金", "行动")
_GENERIC_TAILS = ("工作举措", "举措", "行动", "机制", "改革", "工程", "战略", "建设", "工作", "发展", "流域")
_NOT_INDUSTRY_WORDS = frozenset(
    "企业 就业 创业 事业 行业 专业 职业 作业 毕业 营业 物业 产业 伟业 学业 基业 家业 功业 大业".split()
)
_GENERIC_INDUSTRY_HEADS = frozenset(
    "支柱 新兴 主导 特色 优势 传统 未来 重点 富民 增收 现代化 战略性新兴 相关 各类 全".split()
)
_FUNCTION_WORDS = frozenset(
    "的 地 了 着 和 与 及 以及 或 并 并且 而 在 于 对 向 从 由 把 将 为 以 被 让 使 等 各 全 其 该 这 那 "
    "这块 一批 更多 一些 全区 全市 全省 全县 我省 我市 我区 本市 区属 市属 省属 驻区 各类 各级 所有 一个 "
    "多个 重点 新增 相关 主要 有关 更加 进一步 代表 还 也 都 要 不 未来 当前 今年 同时 此外 其中 包括 围绕 "
    "聚焦 通过 按照 积极 大力 深入 持续 全力 加快 加速 着力 切实 全面 坚决 不断 真正 始终 主动 扎实 努力 "
    "力争".split()
)
_LEFT_LIMIT = 24


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    priority: int
    name: str | None = None  # canonical name when it differs from the surface (习近平 for 习近平总书记)


@dataclass
class Entity:
    name: str
    type: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[dict[str, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "titles": self.titles, "count": self.count,
                "aliases": self.aliases, "mentions": self.mentions}


@cache
def _action_verbs() -> frozenset[str]:
    from policylens.themes import verb_lexicon

    lexicon = verb_lexicon()
    return frozenset(lexicon.verbs) | frozenset(lexicon.strong_modifiers)


@cache
def industry_lexicon() -> frozenset[str]:
    return frozenset(data_words("industries.txt"))


def _is_boundary(token: Token) -> bool:
    """Where a name's left extension stops: punctuation, function words, action verbs, dates."""
    return _is_hard_boundary(token) or token.text in _action_verbs()


def _is_hard_boundary(token: Token) -> bool:
    text = token.text
    if token.protected:
        return False
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text):
        return True
    if text in _FUNCTION_WORDS:
        return True
    if token.tag in ("c", "p", "u", "uj", "ul", "ud", "uz", "ug", "r", "d", "t") and len(text) >= 2:
        return True
    return token.tag in ("c", "p", "uj", "ul", "r", "q") or bool(_NUMBER_OR_LIMIT.fullmatch(text))


_NUMBER_OR_LIMIT = re.compile(r"\d+(?:\.\d+)?[年%]?|年|以上|以下|左右")


def _governs(tokens: list[Token], position: int) -> bool:
    """Is the action verb at ``position`` the clause's governing verb (推进 in 加快推进X), not part of a name
    (整治 in 综合整治工程)? It governs unless a nominal word stands right before it."""
    token = tokens[position]
    verbs = _action_verbs()
    if position > 0 and tokens[position - 1].end == token.start:
        previous = tokens[position - 1]
        if previous.text + token.text in verbs and len(token.text) == 1:
            return True  # 打赢打好: the split 打/好 is a verb, not an adjective
        if token.text in verbs:
            return previous.text in verbs or _is_hard_boundary(previous) or previous.tag in _GOVERNING_LEFT_TAGS
        # a verb outside the lexicon right after another verb is part of its object (设立|创新创业…基金)
        return _is_hard_boundary(previous) or previous.tag in _ADVERBIAL_TAGS or previous.text in _strong_modifiers()
    return True


@cache
def _strong_modifiers() -> frozenset[str]:
    from policylens.themes import verb_lexicon

    lexicon = verb_lexicon()
    return frozenset(lexicon.strong_modifiers) - frozenset(lexicon.verbs)


_ADVERBIAL_TAGS = frozenset(("d", "ad", "c", "p", "r"))


_VERB_TAGS = frozenset(("v", "vd", "vi", "vg"))
_PURE_VERB_TAGS = frozenset(("v", "vd", "vi"))
_GOVERNING_LEFT_TAGS = frozenset(("v", "vd", "vi", "d", "ad", "c", "p", "r", "uj", "ul"))


def _left_extend(tokens: list[Token], index: int, floor: int) -> int:
    """Start offset of a name ending with ``tokens[index]``, walking left until a boundary token."""
    start = tokens[index].start
    end = tokens[index].end
    verbs = _action_verbs()
    position = index - 1
    while position >= 0 and tokens[position].end == start and end - tokens[position].start <= _LEFT_LIMIT:
        token = tokens[position]
        if token.start < floor or _is_hard_boundary(token):
            break
        if position > 0 and tokens[position - 1].text + token.text in verbs and len(token.text) == 1:
            break
        if token.text in verbs and token.tag in _PURE_VERB_TAGS:
            break  # 入选/开展/推进 tagged as verbs end a name; 建设/整治 may be nouns inside one
        if (token.text in verbs or (token.tag in _VERB_TAGS and len(token.text) >= 2)) and _governs(tokens, position):
            break
        start = token.start
        position -= 1
    return start


def _suffix_hits(tokens: list[Token], groups: tuple[tuple[str, ...], ...]) -> list[list[tuple[int, str]]]:
    """For each group of suffixes, the (token index, suffix) of every token ending with one: one pass."""
    by_last: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for number, suffixes in enumerate(groups):
        for char in {s[-1] for s in suffixes}:
            by_last[char].append((number, suffixes))
    hits: list[list[tuple[int, str]]] = [[] for _ in groups]
    for index, token in enumerate(tokens):
        candidates = by_last.get(token.text[-1])
        if not candidates or token.protected:
            continue
        for number, suffixes in candidates:
            suffix = next((s for s in suffixes if token.text.endswith(s)), None)
            if suffix is not None:
                hits[number].append((index, suffix))
    return hits


def _suffix_candidates(tokens: list[Token], analysis: str, hits: list[tuple[int, str]], kind: str, priority: int,
                       *, min_prefix: int = 2, standalone: frozenset[str] = frozenset()) -> list[Candidate]:
    out = []
    for index, suffix in hits:
        token = tokens[index]
        start = _left_extend(tokens, index, 0)
        name = analysis[start:token.end]
        if name in standalone or (token.text in standalone and start == token.start):
            out.append(Candidate(start, token.end, kind, priority))
            continue
        prefix_length = len(name) - len(suffix)
        if prefix_length < min_prefix:
            continue
        if len(suffix) == 1 and not (index > 0 and len(tokens[index - 1].text) == 1 and prefix_length >= 2):
            continue  # a one-character suffix (院) only ends abbreviations such as 火炬职院, 中检院
        out.append(Candidate(start, token.end, kind, priority))
    return out


def _span_tokens(tokens: list[Token], start: int, end: int) -> list[Token]:
    """Tokens wholly inside ``[start, end)``, found by bisection (tokens are sorted by offset)."""
    index = bisect_left(tokens, start, key=lambda t: t.start)
    out = []
    while index < len(tokens) and tokens[index].end <= end:
        out.append(tokens[index])
        index += 1
    return out


def _is_named(tokens: list[Token], start: int, end: int) -> bool:
    """Does the span hold a proper element: a place, a quoted term, Latin letters, a numeral with a unit?"""
    places = place_names()
    for token in _span_tokens(tokens, start, end):
        if token.protected or token.text in places or token.tag in ("ns", "nr", "nrfg", "nt", "nz", "eng", "j"):
            return True
        if re.search(r"[A-Za-z]", token.text) or re.fullmatch(r"[\d一二三四五六七八九十百千万]+[亩个座条]", token.text):
            return True
    return False


def _person_candidates(analysis: str, speaker: str | None) -> tuple[list[Candidate], dict[str, set[str]]]:
    names: dict[str, set[str]] = defaultdict(set)
    tags = word_tags()
    for pattern in (_NAME_BEFORE_TITLE, _NAME_AFTER_TITLE, _NAME_BEFORE_SPEECH):
        for match in pattern.finditer(analysis):
            name = match["name"]
            if not looks_like_name(name) or (tags.get(name, "nr") not in ("nr", "nrfg", "nrt") and len(name) == 2):
                continue
            if name in _FUNCTION_WORDS or name in stopwords():
                continue
            names[name]
            title = match.groupdict().get("title")
            if title and title != "同志":
                names[name].add(title)
    if speaker:
        names[speaker]
    candidates = []
    for name in names:
        spaced = r"[ \u3000]?".join(map(re.escape, name))  # 龚 正 in a header line is 龚正
        for match in re.finditer(spaced, analysis):
            candidates.append(Candidate(match.start(), match.end(), "person", 9, name=name))
    return candidates, names


@cache
def boilerplate_words() -> frozenset[str]:
    """Words too generic to be a name: the keyword boilerplate and the stopwords."""
    return boilerplate() | stopwords()


def _list_items(analysis: str, tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated items of ``analysis[start:end]``, the first trimmed of leading verbs and modifiers."""
    items = []
    position = start
    for part in analysis[start:end].split("、"):
        item_start, item_end = position, position + len(part)
        position = item_end + 1
        items.append((item_start, item_end))
    if items:
        first_start, first_end = items[0]
        for token in _span_tokens(tokens, first_start, first_end):
            if token.start == first_start and _is_boundary(token):
                first_start = token.end
        items[0] = (first_start, first_end)
    return [(a, b) for a, b in items if b - a >= 2]


def extract_candidates(analysis: str, tokens: list[Token], *, speaker: str | None = None) -> tuple[
        list[Candidate], dict[str, set[str]]]:
    """Every entity candidate in the text, from patterns, gazetteers, suffix rules and structure."""
    candidates: list[Candidate] = []
    places = place_names()
    counties = county_regions()
    named_regions = _home_regions(tokens, places)
    persons, titles = _person_candidates(analysis, speaker)
    candidates += persons
    for token in tokens:
        if token.protected:
            text = token.text
            if re.search(r"[、，]", text) or len(text) > 12 or (text.isdigit() and len(text) < 3):
                continue
            candidates.append(Candidate(token.start, token.end, "policy", 10))
        elif (token.text in places or _is_abbreviated_region(token)
              or (token.text in counties and counties[token.text] & named_regions and token.tag in ("ns", "x"))):
            candidates.append(Candidate(token.start, token.end, "place", 6))
        elif token.text in industry_lexicon():
            candidates.append(Candidate(token.start, token.end, "industry", 7))
    for match in _BOOK.finditer(analysis):
        candidates.append(Candidate(match.start("title"), match.end("title"), "policy", 8))
    for match in _PARTY_CONGRESS.finditer(analysis):
        candidates.append(Candidate(match.start(), match.end(), "policy", 8))
    for match in _THOUGHT.finditer(analysis):
        led_by_name = match["name"] in titles or re.match(r"[\u4e00-\u9fff]{2,3}新时代", match.group())
        if led_by_name and looks_like_name(match["name"]):
            candidates.append(Candidate(match.start(), match.end(), "policy", 8))
    for pattern in (_CENSUS, _DEEDS):
        for match in pattern.finditer(analysis):
            candidates.append(Candidate(match.start(), match.end(), "policy", 8))
    candidates += _integration_policies(tokens, analysis)
    for match in _INDUSTRY_LIST.finditer(analysis):
        for start, end in _list_items(analysis, tokens, match.start("items"), match.end("items")):
            if end - start <= 10 and analysis[start:end] not in boilerplate_words():
                candidates.append(Candidate(start, end, "industry", 8))
    candidates += _industry_words(tokens, analysis)
    org_hits, place_hits, policy_hits, specific_hits, generic_hits = _suffix_hits(tokens, (
        _ORG_SUFFIXES, _PLACE_SUFFIXES, _POLICY_SUFFIXES, _PROJECT_SUFFIXES_SPECIFIC, _PROJECT_SUFFIXES_GENERIC))
    candidates += _suffix_candidates(tokens, analysis, org_hits, "organization", 7, standalone=_STANDALONE_ORGS)
    for token in tokens:
        if token.text in _STANDALONE_ORGS:
            candidates.append(Candidate(token.start, token.end, "organization", 7))
    candidates += _suffix_candidates(tokens, analysis, place_hits, "place", 6)
    candidates += _suffix_candidates(tokens, analysis, policy_hits, "policy", 6, min_prefix=3)
    for candidate in _suffix_candidates(tokens, analysis, specific_hits, "project", 7, min_prefix=2):
        if _clean_start(tokens, candidate):
            candidates.append(candidate)
    for candidate in _suffix_candidates(tokens, analysis, generic_hits, "project", 7, min_prefix=2):
        length = candidate.end - candidate.start
        if _clean_start(tokens, candidate) and (length >= 8 or _is_named(tokens, candidate.start, candidate.end)):
            candidates.append(candidate)
    candidates += _coordinated_places(analysis, tokens, candidates)
    return candidates, titles


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


def _integration_policies(tokens: list[Token], analysis: str) -> list[Candidate]:
    """深中一体化, 长三角一体化: the places or abbreviations joined before 一体化 name a policy."""
    out = []
    for index, token in enumerate(tokens):
        if token.text != "一体化" or index == 0:
            continue
        start = token.start
        position = index - 1
        while position >= 0 and tokens[position].end == start and token.end - tokens[position].start <= 8:
            previous = tokens[position]
            if _is_boundary(previous) or not (len(previous.text) == 1 or previous.tag in ("ns", "j", "x")
                                              or previous.text in place_names()):
                break
            start = previous.start
            position -= 1
        if 2 <= token.start - start <= 4:
            out.append(Candidate(start, token.end, "policy", 7))
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.text == "发展" and following.start == token.end:
                out.append(Candidate(start, following.end, "policy", 7))
    return out


def _clean_start(tokens: list[Token], candidate: Candidate) -> bool:
    inside = _span_tokens(tokens, candidate.start, candidate.end)
    return not inside or inside[0].text not in _FUNCTION_WORDS


def _industry_words(tokens: list[Token], analysis: str) -> list[Candidate]:
    out = []
    for index, token in enumerate(tokens):
        text = token.text
        if token.protected:
            continue
        sector = text.endswith("业") and len(text) >= 3 and token.tag in ("n", "nz", "x")
        if sector and not any(text.endswith(w) for w in _NOT_INDUSTRY_WORDS):
            out.append(Candidate(token.start, token.end, "industry", 6))
        elif text == "产业" and index > 0:
            previous = tokens[index - 1]
            specific = previous.text not in _GENERIC_INDUSTRY_HEADS and previous.text not in boilerplate_words()
            if previous.end == token.start and specific and not _is_boundary(previous) and len(previous.text) >= 2:
                out.append(Candidate(previous.start, token.end, "industry", 6))
    return out


def _coordinated_places(analysis: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """横琴、前海、南沙: short items of a 、-list that holds a known place are places too."""
    place_spans = {(c.start, c.end) for c in candidates if c.type == "place"}
    separators = [i for i, t in enumerate(tokens) if t.text == "、"]
    groups: list[list[tuple[int, int]]] = []
    for index in separators:
        left, right = _item_left(tokens, index), _item_right(tokens, index, place_spans)
        if groups and groups[-1][-1] == left:
            groups[-1].append(right)
        else:
            groups.append([left, right])
    out = []
    for items in groups:
        items = [item for item in items if item is not None]
        if not any(item in place_spans for item in items):
            continue
        for start, end in items:
            text = analysis[start:end]
            if (start, end) not in place_spans and 2 <= len(text) <= 4 and text not in boilerplate_words() \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", text) and _rare(text):
                out.append(Candidate(start, end, "place", 5))
    return out


def _rare(word: str, *, below: int = 100) -> bool:
    """Rare or unknown to the general dictionary: a proper name rather than a common word (外事, 同胞)."""
    from policylens.segment import word_frequency

    return word_frequency(word) < below


def _item_left(tokens: list[Token], index: int) -> tuple[int, int] | None:
    end = tokens[index].start
    start = end
    position = index - 1
    while position >= 0 and tokens[position].end == start and tokens[position].text != "、" \
            and not _is_boundary(tokens[position]) and end - tokens[position].start <= 4:
        start = tokens[position].start
        position -= 1
    return (start, end) if end - start >= 2 else None


def _item_right(tokens: list[Token], index: int, place_spans: set[tuple[int, int]]) -> tuple[int, int] | None:
    start = tokens[index].end
    if index + 1 < len(tokens) and (tokens[index + 1].start, tokens[index + 1].end) in place_spans:
        return tokens[index + 1].start, tokens[index + 1].end
    end = start
    position = index + 1
    while position < len(tokens) and tokens[position].start == end and tokens[position].text != "、" \
            and not _is_boundary(tokens[position]) and tokens[position].end - start <= 4:
        end = tokens[position].end
        position += 1
    closed = position < len(tokens) and tokens[position].text == "、"
    if not closed and index + 1 < len(tokens):
        end = tokens[index + 1].end  # the list's last item: only its first word is sure to belong to it
    return (start, end) if end - start >= 2 else None


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    seen = set()
    out = []
    for c in candidates:
        key = (c.start, c.end, c.type)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Same-type overlaps keep the longest; different types may nest; an identical span keeps its best type."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in candidates:
        key = (c.start, c.end)
        if key not in best or c.priority > best[key].priority:
            best[key] = c
    ordered = sorted(best.values(), key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    reach: dict[str, int] = defaultdict(int)  # furthest end of a kept span, by type
    for c in ordered:  # by start, longest first: a span starting before the reach overlaps a kept one
        if c.start < reach[c.type]:
            continue
        kept.append(c)
        reach[c.type] = c.end
    # a span wholly inside a person or policy term, or a place inside an organization's name (长春 in
    # 长春理工大学), is part of that name, not a mention of its own
    containers = sorted((c for c in kept if (c.type in ("person", "policy") and c.priority >= 8)
                         or c.type == "organization"), key=lambda c: c.start)
    starts = [c.start for c in containers]
    longest = max((c.end - c.start for c in containers), default=0)

    def contained(c: Candidate) -> bool:
        low = bisect_left(starts, c.start - longest)
        high = bisect_left(starts, c.start + 1)
        return any(s is not c and s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start)
                   and (s.type != "organization" or c.type == "place") for s in containers[low:high])

    return [c for c in kept if not contained(c)]


def build_entities(analysis: str, original: str, tokens: list[Token], *, speaker: str | None = None,
                   speaker_titles: list[str] | None = None) -> list[Entity]:
    candidates, titles = extract_candidates(analysis, tokens, speaker=speaker)
    kept = resolve(candidates)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in kept:
        surface = c.name or _clean(analysis[c.start:c.end])
        if len(surface) < 2:
            continue
        groups[(surface, c.type)].append(c)
    canonical = _alias_map([key for key in groups], titles)
    entities: dict[tuple[str, str], Entity] = {}
    for (surface, kind), mentions in groups.items():
        name, kind = canonical.get((surface, kind), (surface, kind))
        entity = entities.get((name, kind))
        if entity is None:
            entity = entities[(name, kind)] = Entity(name=name, type=kind)
        if surface != name and surface not in entity.aliases:
            entity.aliases.append(surface)
        entity.mentions += [{"start": m.start, "end": m.end} for m in mentions]
    result = []
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m["start"])
        first = entity.mentions[0]
        original_surface = _clean(original[first["start"]:first["end"]])
        if _clean(analysis[first["start"]:first["end"]]) == entity.name:
            entity.name = original_surface
        if entity.type == "person":
            entity.titles = sorted(titles.get(entity.name, set()))
            if speaker and entity.name == speaker and speaker_titles:
                entity.titles = list(dict.fromkeys([*speaker_titles, *entity.titles]))
        entity.aliases.sort()
        result.append(entity)
    result.sort(key=lambda e: (-e.count, e.mentions[0]["start"]))
    return result


def _clean(surface: str) -> str:
    return re.sub(r"[“”\"《》\s]", "", surface)


def _alias_map(keys: list[tuple[str, str]], titles: dict[str, set[str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Merge surfaces that name one thing.

    放管服改革 → 放管服, 长理工中山研究院 → 长春理工大学中山研究院, 二十大 → 党的二十大.
    """
    names = {name for name, _ in keys}
    types: dict[str, str] = {}
    for name, kind in keys:
        types.setdefault(name, kind)
    slogans = sorted((n for n in names if types[n] == "policy" and _is_slogan(n)), key=len)
    by_tail: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in names:
        if len(name) >= 4:
            by_tail[(name[-2:], types[name])].append(name)
    ordinal = re.compile(r"^第[一二三四五六七八九十]+次")
    without_ordinal = {}
    for name in names:
        stripped = ordinal.sub("", name)
        if stripped != name:
            without_ordinal.setdefault(stripped, name)
    mapping: dict[tuple[str, str], tuple[str, str]] = {}
    for name, kind in keys:
        target = next((name[: -len(tail)] for tail in _GENERIC_TAILS
                       if name.endswith(tail) and len(name) - len(tail) >= 2 and name[: -len(tail)] in names), None)
        if target is None and kind in ("policy", "project"):
            inside = [n for n in slogans if n != name and n in name and len(name) - len(n) <= 10]
            target = inside[-1] if inside else None
        if target is None and len(name) >= 4:
            target = next((other for other in by_tail[(name[-2:], kind)]
                           if other != name and _abbreviates(name, other)), None)
        if target is None and "党的" + name in names:
            target = "党的" + name
        if target is None and name in without_ordinal:
            target = without_ordinal[name]
        if target is not None:
            mapping[(name, kind)] = (target, types.get(target, kind))
    for key, value in list(mapping.items()):  # follow chains (a → b → c)
        seen = {key}
        while value in mapping and value not in seen:
            seen.add(value)
            value = mapping[value]
        mapping[key] = value
    return mapping


def _is_slogan(name: str) -> bool:
    return bool(re.fullmatch(r"[\d+]+", name)) or len(name) <= 8


def _abbreviates(short: str, long: str) -> bool:
    """长理工中山研究院 abbreviates 长春理工大学中山研究院: same tail, same first character, a subsequence."""
    if len(short) >= len(long) or len(short) < 4:
        return False
    tail = 0
    while tail < len(short) and short[-1 - tail] == long[-1 - tail]:
        tail += 1
    if tail < 2 or short[0] != long[0]:
        return False
    head_short, head_long = short[: len(short) - tail], long[: len(long) - tail]
    if not head_short or len(head_short) >= len(head_long):
        return False
    iterator = iter(head_long)
    return all(char in iterator for char in head_short)
