"""Which surfaces name one thing: 放管服改革 → 放管服, 长理工中山研究院 → 长春理工大学中山研究院, 二十大 → 党的二十大.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from policylens.nlp.entities.boundaries import is_designation
from policylens.nlp.gazetteer import short_place_name

GENERIC_TAILS = ("工作举措", "举措", "行动", "机制", "改革", "工程", "战略", "建设", "工作", "发展", "流域")
_TAIL_ENDS = frozenset(tail[-1] for tail in GENERIC_TAILS)


@dataclass(frozen=True)
class Names:
    """The surfaces found in one report, indexed for the merge rules."""

    names: frozenset[str]
    types: dict[str, str]
    slogans: list[str]
    by_tail: dict[tuple[str, str, str], list[str]]  # (last two characters, type, first character) → names
    without_ordinal: dict[str, str]
    by_opening: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the slogans by their first two characters

    @classmethod
    def of(cls, keys: list[tuple[str, str]]) -> Names:
        names = frozenset(name for name, _ in keys)
        types: dict[str, str] = {}
        for name, kind in keys:
            types.setdefault(name, kind)
        by_tail: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for name in sorted(names):  # sorted: the result must not depend on set order (hash seed)
            if len(name) >= 4:
                by_tail[(name[-2:], types[name], name[0])].append(name)
        without_ordinal: dict[str, str] = {}
        for name in sorted(names):
            stripped = _ORDINAL.sub("", name)
            if stripped != name:
                without_ordinal.setdefault(stripped, name)
        slogans = sorted((n for n in names if types[n] == "policy" and _is_slogan(n)), key=lambda n: (len(n), n))
        by_opening: dict[str, list[str]] = defaultdict(list)
        for slogan in slogans:
            by_opening[slogan[:2]].append(slogan)
        return cls(names, types, slogans, by_tail, without_ordinal,
                   {opening: tuple(group) for opening, group in by_opening.items()})


_ORDINAL = re.compile(r"^第[一二三四五六七八九十]+次")
_EVENT_HEADS = ("峰会", "博览会", "交易会", "洽谈会", "展览会", "论坛", "大会", "运动会")


def _generic_tail(name: str, kind: str, found: Names) -> str | None:
    """放管服改革 → 放管服: a name plus a generic head word (改革, 工程, 建设…)."""
    if name[-1] not in _TAIL_ENDS:
        return None
    for tail in GENERIC_TAILS:
        if name.endswith(tail) and len(name) - len(tail) >= 2 and name[: -len(tail)] in found.names:
            return name[: -len(tail)]
    return None


def _holds_slogan(name: str, kind: str, found: Names) -> str | None:
    """实施“百千万工程”行动 → 百千万工程: a programme named after a short slogan it contains."""
    if kind not in ("policy", "project") or is_designation(name):  # 国家乡村振兴示范县 is not 乡村振兴
        return None
    if name.endswith(REGIONAL_CHAPTER_ENDS):  # 中国式现代化山西实践: a region's chapter, a programme of its own
        return None
    if name.endswith(_EVENT_HEADS):  # 第八届数字中国建设峰会: an event named after a slogan is an event of its own
        return None
    by_opening = found.by_opening
    inside = {slogan for i in range(len(name) - 1) for slogan in by_opening.get(name[i:i + 2], ())
              if name.startswith(slogan, i)}  # the slogans it contains (each two characters or more)
    # 天府粮仓·千园建设 joins a second name to the slogan with a middle dot: a programme of its own
    inside = {n for n in inside if n != name and len(name) - len(n) <= 10 and f"{n}·" not in name}
    return max(inside, key=lambda n: (len(n), n)) if inside else None


def _abbreviation(name: str, kind: str, found: Names) -> str | None:
    """长理工中山研究院 → 长春理工大学中山研究院; not for industries, where fewer of the words name a broader
    sector (现代农业 is not 现代设施农业 abbreviated)."""
    if len(name) < 4 or kind == "industry":
        return None
    same_ends = found.by_tail.get((name[-2:], kind, name[0]), ())  # an abbreviation keeps the first character too
    return next((other for other in same_ends if other != name and abbreviates(name, other)
                 and not (kind == "organization" and _parent_body(name, other))), None)


def _parent_body(short: str, long: str) -> bool:
    """东风公司 and 东风龙擎公司, 浙江大学 and 浙江农林大学: a body and another named by words inserted before the
    same head (a programme with a word inserted, 乡村全面振兴, is still the programme)."""
    return any(long.startswith(short[:cut]) and long.endswith(short[cut:]) for cut in range(2, len(short) - 1))


def _party_prefix(name: str, kind: str, found: Names) -> str | None:
    """二十大 → 党的二十大."""
    return "党的" + name if "党的" + name in found.names else None


def _ordinal_prefix(name: str, kind: str, found: Names) -> str | None:
    """全国经济普查 → 第五次全国经济普查."""
    return found.without_ordinal.get(name)


def _division_suffix(name: str, kind: str, found: Names) -> str | None:
    """云南省 → 云南, 黑龙江省 → 黑龙江: a division's full name merges into the short form the text also uses."""
    if kind != "place":
        return None
    short = short_place_name(name)
    return short if short and short != name and found.types.get(short) == "place" else None


def _sector_suffix(name: str, kind: str, found: Names) -> str | None:
    """旅游业, 旅游产业 → 旅游: an industry and the same industry with 业 or 产业 after it."""
    if kind != "industry":
        return None
    for tail in ("产业", "业"):
        stem = name[: -len(tail)]
        if name.endswith(tail) and len(stem) >= 2 and found.types.get(stem) == "industry":
            return stem
    return None


def _session_form(name: str, kind: str, found: Names) -> str | None:
    """省十四届人大三次会议 → 贵州省第十四届人民代表大会第三次会议: one session of a congress, named short and in full
    (the same level, term and sitting)."""
    if kind != "project" or "届" not in name or (key := session_key(name)) is None:
        return None
    same = [other for other in found.names if other != name and found.types.get(other) == "project"
            and "届" in other and session_key(other) == key]
    longest = max(same, key=lambda n: (len(n), n), default=None)
    return longest if longest is not None and len(longest) > len(name) else None


def session_key(name: str) -> tuple[str, str, str, str] | None:
    """(level, body, term, sitting) of a congress or CPPCC session's name, the long and short forms alike."""
    match = _SESSION.search(name)
    if match is None:
        return None
    body = "政协" if "政协" in match.group() else "人大"
    level = match["level"] or match["level2"] or ""
    return level, body, match["term"] or match["term2"], match["sitting"] or match["sitting2"]


# the parts of a session's name, shared with the rule that finds sessions (``rules._CENTRAL_CONFERENCE``)
SESSION_ORDINAL = "[一二三四五六七八九十]{1,3}"
SESSION_BODY = "(?:人大|人民代表大会|政协)(?:常委会|常务委员会)?"
_SESSION = re.compile(
    rf"(?P<level>[省市区县])?第?(?P<term>{SESSION_ORDINAL})届{SESSION_BODY}第?(?P<sitting>{SESSION_ORDINAL})次"
    rf"|(?P<level2>[省市区县])?政协第?(?P<term2>{SESSION_ORDINAL})届第?(?P<sitting2>{SESSION_ORDINAL})次")


# Tried in order; the first that names a target merges the surface into it.
MERGE_RULES: tuple[Callable[[str, str, Names], str | None], ...] = (
    _generic_tail, _holds_slogan, _abbreviation, _party_prefix, _ordinal_prefix, _division_suffix, _sector_suffix,
    _session_form,
)


# 中国式现代化山西实践, …钟楼答卷: a region's chapter of a national concept ends in one of these
REGIONAL_CHAPTER_ENDS = ("实践", "篇章", "答卷")


def alias_map(keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(surface, type) → (canonical name, type) for every surface that names something found under another name."""
    found = Names.of(keys)
    mapping: dict[tuple[str, str], tuple[str, str]] = {}
    for name, kind in keys:
        for rule in MERGE_RULES:
            target = rule(name, kind, found)
            if target is not None:
                mapping[(name, kind)] = (target, found.types.get(target, kind))
                break
    for key, value in list(mapping.items()):  # follow chains (a → b → c)
        seen = {key}
        while value in mapping and value not in seen:
            seen.add(value)
            value = mapping[value]
        mapping[key] = value
    return mapping


def _is_slogan(name: str) -> bool:
    return bool(re.fullmatch(r"[\d+]+", name)) or len(name) <= 8


def abbreviates(short: str, long: str) -> bool:
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
