"""Who delivered the report or the speech: a name line in the header, else the person the text gives that role.

Roles are read from what the text says a person did: delivered the report (作…报告), spoke (出席会议并讲话),
convened (主持召开), directed (强调, 指出, 要求, 提出 — every time); chairing (主持会议) counts against, and
attending (参加, 出席) counts for nothing. The person with the most weight is the speaker.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from policylens.nlp.segment import word_tags
from policylens.resources import common_surnames, official_titles, surnames
from policylens.structure.lines import Line

TITLE_WORDS = re.compile(r"报告|讲话|会议|纲要|意见|规划|决定|通知|总结|方案|公报|致辞|发言")
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){1,7}$")
# three characters before two, so that a name is not cut short (张建军 not 张建); dotted names whole
_NAME = r"[\u4e00-\u9fff]+·[\u4e00-\u9fff]+|[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2}"
_HONORIFIC = r"(?:同志)?"


@dataclass(frozen=True)
class RolePattern:
    name: str
    weight: int
    pattern: re.Pattern[str]


@dataclass
class _Candidate:
    score: int = 0
    first: int = 10**9
    titles: list[tuple[int, int]] = field(default_factory=list)  # analysis spans of the titles seen with it
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)

    @property
    def chaired(self) -> bool:
        return bool(self.roles & _chairing_roles())

    @property
    def directed(self) -> bool:
        return any(role.startswith("directed") for role in self.roles)


@cache
def title_alternation() -> str:
    """The official titles as one regex alternation, longest first (副市长 before 市长)."""
    return "(?:" + "|".join(map(re.escape, official_titles())) + ")"


@cache
def _header_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    suffix = title_alternation()
    header = re.compile(
        rf"^(?P<titles>[^\s，。；]{{0,30}}?{suffix})[ ]+(?P<name>[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff·•]){{1,7}})$")
    title_only = re.compile(rf"^[^\s，。；]{{0,30}}{suffix}$")
    return header, title_only


_AND_SPOKE = r"(?:会议|大会)?并(?:作|发表)?(?:重要)?讲话"  # 出席会议并讲话, 主持大会并作重要讲话


@cache
def _titles_source() -> str:
    """The posts before a name (副县长（常务）肖全财: a post may carry a qualifier in brackets)."""
    return rf"(?P<titles>[^，。；！？：\n]{{0,50}}?{title_alternation()}(?:[（(][^（）()]{{1,4}}[）)])?)"


@cache
def _untitled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with no posts before the name: the name may then stand right at a clause's start."""
    return re.compile(pattern.pattern.replace(_titles_source(), "(?!)"))


@cache
def role_patterns() -> tuple[RolePattern, ...]:
    """What a person may be said to have done, with the weight it gives them as the speaker."""
    titles = _titles_source()
    lead = rf"(?:{titles}|(?<=[，。；：\s])|^)"
    name = rf"(?P<name>{_NAME})"
    after = rf"(?P<after>副?{title_alternation()})?{_HONORIFIC}"
    return (
        RolePattern("delivered the report", 4, re.compile(
            # 王治学代表中共固始县第十二届委员会，向大会作了题为《…，…》的报告: the report's title may hold commas
            rf"{lead}{name}{after}(?:代表[^，。]{{1,40}}?)?，?(?:向大会|在[^，。]{{1,30}}?上)?作[了的]?(?:主?题为)?"
            r"(?:[^，。]|《[^》\n]{0,80}》){0,40}?报告")),
        RolePattern("spoke", 3, re.compile(
            rf"{titles}{name}{after}(?:(?:出席|主持|参加){_AND_SPOKE}|"
            r"(?:最后|在[^，。]{1,10}?上)?作(?:了)?(?:重要|总结)?讲话|发表了?(?:重要)?讲话|讲话(?=[。，；])|讲意见|"
            r"在[^，。]{1,12}后，(?:进行|作了?)总结)")),  # …在听取发言后，进行总结; 镇长某某讲意见：
        # 会议最后，某某作总结讲话; …汇报；某某作部署讲话 (his posts named earlier in the text)
        RolePattern("gave the closing or main speech", 3,
                    re.compile(rf"{lead}{name}{after}(?:最后)?作了?(?:总结|部署|动员)(?:讲话|发言)")),
        # 县委常委、宣传部长任杰，副县长胡黎丽出席会议并讲话: both attended and spoke
        RolePattern("spoke with the next", 3, re.compile(
            rf"{titles}{name}{after}，(?=[^，。；]{{2,30}}?(?:出席|参加){_AND_SPOKE})")),
        RolePattern("convened", 2, re.compile(rf"{lead}{name}{after}(?:在[^，。]{{1,20}}?)?(?:主持召开|召开|召集)")),
        RolePattern("directed", 2, re.compile(
            rf"{lead}{name}{after}(?:在[^，。]{{1,16}}?中|在?会后|就[^。]{{1,40}}?|对[^。]{{1,40}}?|主持(?:会议|大会)?时)?"
            r"(?:还|也|再次|进一步|同时)?(?:强调|指出|要求|提出|部署|号召|勉励|表示)")),
        RolePattern("directed later in the sentence", 2, re.compile(
            rf"{lead}{name}{after}[^。；]{{2,60}}?并(?:就|对|针对)?[^。；]{{0,30}}?(?:强调|指出|要求|提出|部署)")),
        RolePattern("set requirements", 2, re.compile(
            rf"{lead}{name}{after}[^。；]{{0,40}}?提出了?[一二三四五六七八九十两\d]{{1,2}}点(?:要求|意见)")),
        RolePattern("visited", 2, re.compile(
            rf"{titles}{name}{after}(?:一行)?(?:到|赴|深入|率队|带队|率)[^，。]{{1,30}}?(?:调研|调度|视察|督导|检查|考察)")),
        RolePattern("chaired", -3, re.compile(
            rf"{titles}?{name}{after}主持(?!召开)(?![^，。]{{0,4}}(?:并(?:作|发表)?(?:重要)?讲话|时))"
            r"(?:会议|大会|开幕会)?")),
        RolePattern("chaired (passive)", -3, re.compile(rf"由{titles}?{name}{after}主持")),
    )


@cache
def _chairing_roles() -> frozenset[str]:
    """The roles that count against being the speaker (chairing)."""
    return frozenset(role.name for role in role_patterns() if role.weight < 0)


def clean_name(name: str) -> str:
    """A name without typographic spaces, one kind of middle dot: 龚 正 → 龚正, 艾尔肯•吐尼亚孜 → 艾尔肯·吐尼亚孜."""
    return re.sub(r"\s+", "", name).replace("•", "·")


def without_joining_word(name: str) -> str:
    """但|李强, 与|王建国: a three-character 'name' opening with a conjunction or preposition and going on with a
    common surname is that surname's two-character name."""
    if len(name) == 3 and name[0] in _JOINING_CHARACTERS and name[1] in common_surnames():
        return name[1:]
    return name


_JOINING_CHARACTERS = frozenset("但和与及而并向对把被由让使从在是为同跟给据经")


def looks_like_name(name: str) -> bool:
    single, compound = surnames()
    name = clean_name(name)
    if "·" in name:
        return 3 <= len(name) <= 16
    if not 2 <= len(name) <= 4:
        return False
    if name[:2] in compound:
        return True
    return name[0] in single and len(name) <= 3


_PLACE_OR_BODY_ENDS = frozenset("镇乡村县区市省州局委")


def is_person_name(name: str) -> bool:
    """A name, not a surname with a title (王书记), a pronoun, a body (会议) or a common word (安排, 周密)."""
    if not looks_like_name(name) or any(name.endswith(t) or t in name for t in official_titles()):
        return False
    if name[-1] in _PLACE_OR_BODY_ENDS:
        return False  # 齐寿镇召开…: a town (or a body) that convened, not a person
    if name[-1] == "副":
        return False  # 洪流副|书记: the deputy's 副 opens the post
    if re.search(r"会议|大会|同志|我们|大家|全体|各位|领导|代表|政府|委员|部门|单位", name):
        return False
    return word_tags().get(name, "nr") in ("nr", "nrfg", "nrt")


def title_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The titles in a run such as 市委副书记、区长: each title's span, ``offset`` added."""
    spans = []
    for match in re.finditer(r"[^、，,]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().find(stripped)
            spans.append((offset + start, offset + start + len(stripped)))
    return spans


def find_speaker(header: list[Line], body: list[Line], original: str) -> tuple[str | None, list[str]]:
    """The speaker's name (as in ``original``, spaces removed) and titles: a header name line, else by role, else
    the chair a meeting's minutes name (主持人：某某)."""
    if found := _from_header(header, original):
        return found
    name, titles = _by_role(header + body, original)
    if name is None:
        for line in header:
            if (match := _CHAIR_FIELD.match(line.text)) and looks_like_name(match["name"]):
                return clean_name(original[line.start + match.start("name"):line.start + match.end("name")]), []
    return name, titles


_CHAIR_FIELD = re.compile(r"^主持人[：:][ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]*$")


def _from_header(header: list[Line], original: str) -> tuple[str, list[str]] | None:
    header_pattern, title_only = _header_patterns()
    for index, line in enumerate(header):
        if (spaced := _SPACED_TITLE_LINE.match(line.text)) and looks_like_name(spaced["name"]) \
                and re.fullmatch(title_alternation(), title := re.sub(r"\s", "", spaced["title"])):
            return clean_name(original[line.start + spaced.start("name"):line.start + spaced.end("name")]), [title]
        if (match := header_pattern.match(line.text)) and looks_like_name(match["name"]):
            name = clean_name(original[line.start + match.start("name"):line.start + match.end("name")])
            return name, _titles(original, title_spans(match["titles"], line.start))
        if title_only.match(line.text) and index + 1 < len(header):
            following = header[index + 1]
            if _NAME_ONLY.match(following.text) and looks_like_name(following.text):
                return (clean_name(original[following.start:following.end]),
                        _titles(original, title_spans(line.text, line.start)))
    for line in header:
        if _NAME_ONLY.match(line.text) and looks_like_name(line.text) and not TITLE_WORDS.search(line.text):
            return clean_name(original[line.start:line.end]), []
    return None


# 省 长 吴晓军, 市 长 龚 正: a post typeset with a space between its characters, then the name
_SPACED_TITLE_LINE = re.compile(r"^[ \u3000]*(?P<title>[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3})[ \u3000]+"
                                r"(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \u3000]*$")


def _by_role(lines: list[Line], original: str, *, reach: int = 8000) -> tuple[str | None, list[str]]:
    candidates: dict[str, _Candidate] = defaultdict(_Candidate)
    limit = (lines[0].start + reach) if lines else 0
    for line in lines:
        if line.start > limit:
            break
        if line.kind != "content":
            continue
        text = line.text[:limit - line.start]  # a line running past the reach (a text without breaks) is cut there
        directed_at: set[int] = set()
        chaired_at: set[int] = set()
        spoke_at: set[int] = set()
        for role in role_patterns():
            for match in _matches(role.pattern, text):
                name = without_joining_word(match["name"])
                name_start = match.end("name") - len(name)
                if role.name in ("spoke", "gave the closing or main speech", "spoke with the next"):
                    if name_start in spoke_at:
                        continue  # 书记某某作总结讲话: one speech, counted once
                    spoke_at.add(name_start)
                if role.weight < 0:
                    if name_start in chaired_at:
                        continue  # 会议由局长某某主持: chairing, passive or not, counts once
                    chaired_at.add(name_start)
                if role.name == "visited" and "、" in text[max(text.rfind("，", 0, name_start), 0):name_start]:
                    continue  # 党工委徐书记、组织员林盛、综合办主任王春林一行到…: the group's last, not its leader
                if role.name == "directed":
                    directed_at.add(match.start("name"))
                elif role.name == "directed later in the sentence" and match.start("name") in directed_at:
                    continue  # one clause, one direction: 某某对…进行培训，并着重强调 counts once
                candidate = candidates[name]
                candidate.score += role.weight
                candidate.roles.add(role.name)
                candidate.first = min(candidate.first, line.start + name_start)
                candidate.spans.append((line.start + name_start, line.start + match.end("name")))
                if match.groupdict().get("titles"):
                    candidate.titles += title_spans(match["titles"], line.start + match.start("titles"))
                if match.groupdict().get("after"):
                    candidate.titles.append((line.start + match.start("after"), line.start + match.end("after")))
    ranked = sorted(candidates.items(), key=lambda item: (-item[1].score, _rank(item[1], original), item[1].first))
    if not ranked or ranked[0][1].score < 2:
        chair = _sole_chair(candidates, lines)
        if chair is None:
            return None, []
        ranked = [chair]
    name, best = ranked[0]
    if best.roles <= {"delivered the report"} and _WATCHED.search(" ".join(line.text for line in lines)):
        return None, []  # 县领导在分会场收听收看: the local leaders watched a higher meeting's report
    start, end = best.spans[0]
    titles = list(dict.fromkeys(t for t in _titles(original, best.titles) if t not in ("同志",)))
    return clean_name(original[start:end]), [_short_title(t) for t in titles]


def _rank(candidate: _Candidate, original: str) -> int:
    """On equal roles the higher post speaks for the meeting: a party secretary, then a head, then a deputy."""
    titles = [original[a:b] for a, b in candidate.titles]
    if any("书记" in t and "副书记" not in t for t in titles):
        return 0
    return 2 if titles and all("副" in t for t in titles) else 1


_WATCHED = re.compile(r"收听收看|收看了?[^，。]{0,12}(?:实况|直播)|在[^，。]{0,8}分会场")
_MEETING_DIRECTS = re.compile(r"会议(?:还|同时|再次|进一步)?(?:强调|指出|要求|提出|部署)")


def _sole_chair(candidates: dict[str, _Candidate], lines: list[Line]) -> tuple[str, _Candidate] | None:
    """区委召开常委会…，区委书记某某主持会议。会议强调…: when no one else is said to have spoken, the one person
    who chaired the meeting is whose deployment it is, if the meeting directs or the chair does."""
    chairs = [(name, c) for name, c in candidates.items() if c.chaired]
    if len(chairs) != 1 or any(c.score > 0 for c in candidates.values() if not c.chaired):
        return None
    name, chair = chairs[0]
    if chair.directed or any(_MEETING_DIRECTS.search(line.text) for line in lines if line.kind == "content"):
        return name, chair  # 代县长王华主持会议 … 王华指出，要…; or the meeting itself directs
    return None


def _matches(pattern: re.Pattern[str], text: str):
    """Matches whose name is a person's, trying again one character on when a match names something else (so
    that 委员会向大会作报告 does not hide 刘光强代表…向大会作报告 further on)."""
    position = 0
    while match := pattern.search(text, position):
        after = match.groupdict().get("after") or ""
        if (is_person_name(match["name"]) or _titled_name(match)) \
                and "总书记" not in (match.groupdict().get("titles") or "") + after:
            yield match  # 总书记 is quoted authority, not who spoke here
            position = match.end()
        elif match.groupdict().get("titles") and (again := _untitled(pattern).match(text, match.start())) \
                and is_person_name(again["name"]):
            yield again  # ，陈禺县长主持召开: the posts read off the name (陈禺县长 + 主持) were its post after it
            position = again.end()
        else:
            position = match.start() + 1


def _titled_name(match: re.Match) -> bool:
    """区委副书记洪流一行赴…调研, 洪流副书记…提出四点要求: next to a post, in a role, a surname and a noun of two
    characters are a name (the dictionary knows 洪流 as a noun)."""
    name = match["name"]
    titled = match.groupdict().get("titles") or match.groupdict().get("after")  # 副书记洪流, 洪流副书记
    return (bool(titled) and len(name) == 2 and name[0] in surnames()[0]
            and word_tags().get(name) in ("n", "nz", "ns") and looks_like_name(name))


def _short_title(title: str) -> str:
    """The title alone when a clause ran into it (会议由区人大常委会副主任 → 区人大常委会副主任)."""
    return re.split(r"[，。；：:由在和与及]", title)[-1] if len(title) > 20 else title


def _titles(original: str, spans: list[tuple[int, int]]) -> list[str]:
    return [original[a:b] for a, b in spans]
