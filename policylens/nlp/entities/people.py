"""Names the context vouches for: bylines and photo credits (记者 屈媛, 龚启文 摄), lists of attendees, and the
outlets a news text is credited to (水都网讯, 来源：成都新闻网)."""

from __future__ import annotations

import re
from functools import cache

from policylens.nlp.entities.scan import finditer_near
from policylens.nlp.segment import word_frequency, word_tags
from policylens.nlp.stopwords import generic_words
from policylens.structure.speaker import looks_like_name, title_alternation

_NAME = r"[\u4e00-\u9fff]{2,3}"
# names in a run; a role word ends it (作者 | 王延春   编辑 | 苏琦)
_NAMES = rf"{_NAME}(?:[ \u3000、]+(?!记者|编辑|作者|摄影|通讯员|责编){_NAME})*"
_SPACED_NAME = r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]"  # 新媒体编辑:蔡 卓: a two-character name spaced out
_SPACED_LABEL = r"编[ \u3000]?辑|监[ \u3000]?制|总[ \u3000]?监|图[ \u3000]?文"
_END_OF_CREDIT = r"(?=[)）\s摄]|\d{1,2}月|报道|$)"  # 记者 王艳8月23日上午: a dateline may follow the name at once
_NAME_BEFORE_PHOTO = re.compile(rf"(?:^|(?<=[\s。）)]))(?P<names>{_NAME}|{_SPACED_NAME})[ \u3000]*摄(?=\s|$)",
                                re.M)  # 龚启文 摄, 记者 林 君摄
_OUTLET = r"[\u4e00-\u9fff·]{1,14}?(?:网|新闻|日报|晚报|商报|时报|晨报|客户端|电视台|手机台|融媒|融媒体中心)"
CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 记者 屈媛, 作者 | 王延春   编辑 | 苏琦, 文字报道:梁恒通
    re.compile(rf"(?:记者|通讯员|实习生|见习记者|摄影|编辑|作者|文字报道)[ \u3000]*[:：|｜]?[ \u3000]*"
               rf"(?P<names>{_NAMES}){_END_OF_CREDIT}"),
    # 中新网沈阳1月27日电 (韩宏 姜月恒), 本网讯(潘妍 通讯员 陈秋芬)
    re.compile(rf"(?:讯|日电)[ \u3000]?[（(](?P<names>{_NAMES})(?=[)）]|[ \u3000]+(?:记者|通讯员))"),
    # 湖南省政府工作报告(2025年1月14日 毛伟明): the speaker after the date of a report's delivery
    re.compile(rf"[（(]\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \u3000]+(?P<names>{_NAME})[)）]"),
    re.compile(rf"[（(](?:{_OUTLET}发[ \u3000]+)?(?P<names>{_NAMES})[ \u3000]*摄[)）]"),  # (央广网发 王强 摄)
    _NAME_BEFORE_PHOTO,
    re.compile(rf"[（(](?P<names>{_NAMES})[)）][ \u3000|｜]*$", re.M),  # (范梦民) closing an article (a page's | after)
    # (商州区广播电视台 王晶晶 刘文睿 李琰) closing an article: an outlet, then its reporters
    re.compile(rf"(?:电视台|日报|融媒体中心|融媒|新闻中心)[ \u3000]+(?P<names>{_NAMES})[ \u3000]*[)）][ \u3000]*$",
               re.M),
    # 责编：林洁, 审片：王夏峰; a two-character label may be typeset spaced out (编 辑:陈 洁, 监 制:娜再拉 何永旺)
    re.compile(rf"(?:责编|责任编辑|{_SPACED_LABEL}|一审|二审|三审|初审|复审|终审|审核|审校|校对|播音|主播|审片|摄像"
               rf"|制作|撰稿人?|审稿人?|主持人|记录人)[:：][ \u3000]*(?P<names>{_NAMES}|{_SPACED_NAME})"
               r"[ \u3000]*[)）]?[ \u3000]*$", re.M),
    # 撰稿人:王节晴 审稿人:唐九芝: two credits on one line
    re.compile(rf"(?:撰稿人?|采写|撰文)[:：][ \u3000]*(?P<names>{_NAME})(?=[ \u3000]+(?:审稿人?|编辑|责编)[:：])"),
    # 作者：(王爱兵, (作者:柴晶晶)
    re.compile(rf"^[（(]?作者[:：][ \u3000]*[（(]?(?P<names>{_NAMES})[)）]?[ \u3000]*$", re.M),
    # ◎王高贺,周华国: an article's authors under its title
    re.compile(rf"^◎[ \u3000]*(?P<names>{_NAME}(?:[,，、 \u3000]+{_NAME})*)[ \u3000]*$", re.M),
    # (图/冯慧君), 文/张三 图/李四: a credit labelled with a slash
    re.compile(rf"(?:^|(?<=[\s（(]))(?:图文|文图|图|文|摄影?|编辑|记者)[/／][ \u3000]*(?P<names>{_NAMES})(?=[)）\s]|$)",
               re.M),
)
# …等 closes a list of people when people are what it goes on about (等参加, 等5人, 等代表发言; not 等实验室)
_PEOPLE_AFTER_ETC = (r"等(?=[\s，。；、）)]|[\d\u4e00-\u9fff]{0,4}?(?:出席|参加|列席|陪同|同志|领导|人|就座|分别|在"
                     r"|参会|到会|一行|代表|委员|嘉宾|专家|干部|负责))")
_THREE_OR_MORE = re.compile(rf"(?P<names>{_NAME}(?:、{_NAME}){{2,}})"
                            rf"(?={_PEOPLE_AFTER_ETC}|在|同志|出席|参加|就座|分别|列席)")
_BEFORE_COMRADE = re.compile(rf"(?P<names>{_NAME}(?:、{_NAME})+)(?=同志)")  # 方红卫、叶牛平同志: 同志 vouches for two
# 孙军、孙青松等列席会议; 明国平、明珍珍等11名被告人: 名 counts people
_PEOPLE_COUNTED = r"[\d一二三四五六七八九十两百]+名"
_TWO_ATTENDING = re.compile(rf"(?P<names>{_NAME}、{_NAME})(?=等(?:列席|出席|参加|陪同|{_PEOPLE_COUNTED}))")
LIST_PATTERNS: tuple[re.Pattern[str], ...] = (
    _THREE_OR_MORE,
    re.compile(rf"(?:领导|同志|出席的有|参加的有|成员)有?[：:]?(?P<names>{_NAME}(?:、{_NAME})+)(?=等|及|分别|[，。；]|$)"),
    _BEFORE_COMRADE,
    _TWO_ATTENDING,
)
# (平原融媒记者 姚清乙): an outlet opening a credit's bracket; 湖南政府网 发布时间：…; 人民网 阳茜摄; (央广网发 王强 摄)
_OUTLET_IN_DATELINE = re.compile(
    rf"(?:^|(?<=[。\s【（(]))(?!本[网报台])(?P<outlet>{_OUTLET})(?=讯|记者|通讯员|\d{{1,2}}月|[\u4e00-\u9fff]{{2,4}}\d{{1,2}}月"
    r"|[ \u3000]+发布(?:时间|日期)|发?[ \u3000]+[\u4e00-\u9fff]{2,3}[ \u3000]?摄)", re.M)
OUTLET_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 来源：南关发布: a government's news account, named so only in a source line
    # 来源:闽侯乡音报: in a source line, any paper (…报) is an outlet
    re.compile(rf"来源[:：][ \u3000]*《?(?P<outlet>{_OUTLET}|[\u4e00-\u9fff]{{2,8}}(?:发布|宣传|报))》?"
               r"(?=[\s|\-－—]|$)", re.M),
    _OUTLET_IN_DATELINE,
    re.compile(r"《(?P<outlet>[\u4e00-\u9fff]{2,10})》(?=杂志|期刊|月刊|半月刊|周刊)"),  # 《求是》杂志
    # 2025-03-08 20:30:34央视网: a page's timestamp, then the outlet, closing the line
    re.compile(rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \u3000]*(?P<outlet>{_OUTLET})[ \u3000]*$", re.M),
)
# patterns that open with a run of characters, found from the literal each match holds (see ``finditer_near``)
_CREDIT_ANCHORS = {_NAME_BEFORE_PHOTO.pattern: re.compile("摄")}
_LIST_ANCHORS = {  # the list's last item and what follows it
    _THREE_OR_MORE.pattern: re.compile(rf"、{_NAME}(?:等|在|同志|出席|参加|就座|分别|列席)"),
    _BEFORE_COMRADE.pattern: re.compile(rf"、{_NAME}同志"),
    _TWO_ATTENDING.pattern: re.compile(rf"、{_NAME}等(?:列席|出席|参加|陪同|{_PEOPLE_COUNTED})"),
}
_LIST_REACH = 80  # twenty names of three characters and their 、
_OUTLET_ANCHORS = {_OUTLET_IN_DATELINE.pattern: re.compile(r"讯|记者|通讯员|月|发布|摄")}
_SHARE_OF_NAMES = 0.6  # a list is of people when most of its items look like names
_SURE_SHARE = 0.9  # …and so sure of it that an item with an unlisted surname is a name too


def credited_names(text: str) -> list[str]:
    """Names in bylines and credits (the credit vouches: only the surname is checked)."""
    names = []
    for pattern in CREDIT_PATTERNS:
        anchor = _CREDIT_ANCHORS.get(pattern.pattern)
        matches = finditer_near(pattern, anchor, text, back=8) if anchor else pattern.finditer(text)
        for match in matches:
            items = [item[:-1] if len(item) == 3 and item.endswith("摄") else item  # 记者 李瑞摄
                     for item in re.split(r"[ \u3000、,，]+", match["names"]) if item]
            if len(items) == 2 and all(len(item) == 1 for item in items):
                items = ["".join(items)]  # 蔡 卓 is one name
            plausible = [item for item in items if _plausible(item)]
            names += plausible
            if len(plausible) >= 2:  # 记者 杨之辉 期俊军 杨苑: among credited names, one of an unlisted surname
                names += [item for item in items if item not in plausible and _unknown_word(item)]
    return list(dict.fromkeys(names))


@cache
def _after_title() -> re.Pattern[str]:
    """县人大常委会副主任邓华明、王敬东、龚举成; 执行主席是成继民、苏晓洁: a 、-list of names right after a title."""
    return re.compile(rf"{title_alternation()}(?:是|为|有)?[：:]?(?P<names>{_NAME}(?:、{_NAME})+)"
                      r"(?=[，。；]|等|出席|参加|列席|在|及|$)")


def listed_names(text: str) -> list[str]:
    """Names in a 、-list of people (彭涛、周明、徐贻功…在主席台前排就座; 区领导张卫东、牛福生…等参加会议)."""
    names = []
    for pattern in (*LIST_PATTERNS, _after_title()):
        anchor = _LIST_ANCHORS.get(pattern.pattern)
        matches = finditer_near(pattern, anchor, text, back=_LIST_REACH) if anchor else pattern.finditer(text)
        for match in matches:
            items = [re.sub(r"等$", "", item) for item in match["names"].split("、")]  # 王悦等|参加
            if len(items[0]) == 3 and not _plausible(items[0]):
                items[0] = items[0][1:]  # 导|周强: the match began one character early
            plausible = [item for item in items if _plausible(item)]
            if len(plausible) >= 2 and len(plausible) >= _SHARE_OF_NAMES * len(items):
                names += plausible
            if len(plausible) >= 5 and (len(plausible) >= _SURE_SHARE * len(items) or len(items) == len(plausible) + 1):
                names += [item for item in items if item not in plausible and _unknown_word(item)]
    return list(dict.fromkeys(names))


def _unknown_word(item: str) -> bool:
    """郗淑芳 in a long list of names: a surname the list does not know, but no word of the dictionary either;
    文华 after 王晓 and five more names: a surname first, though the dictionary has the word."""
    if item in generic_words():
        return False
    return (len(item) == 3 and word_tags().get(item) is None) or (len(item) == 2 and looks_like_name(item))


def _plausible(name: str) -> bool:
    """A surname first, and not a common word (周密, 安排) unless the dictionary knows it as a name."""
    if not looks_like_name(name) or name in generic_words() or "某" in name:  # 李某, 王某某: kept anonymous
        return False
    tag = word_tags().get(name)
    return tag is None or tag.startswith("nr") or word_frequency(name) < 50


def credited_outlets(text: str) -> list[tuple[int, int]]:
    """Spans of the news outlets in source lines and datelines."""
    spans = []
    for pattern in OUTLET_PATTERNS:
        anchor = _OUTLET_ANCHORS.get(pattern.pattern)
        matches = finditer_near(pattern, anchor, text, back=16) if anchor else pattern.finditer(text)
        spans += [match.span("outlet") for match in matches]
    return spans
