"""What parallel items are about: a plan or a review of the past, chapter titles, focus areas or requirements.

Read from words (``item_cues.toml``), from the list as a whole (its introduction, the count it announces, what
most of its items are), and from the year the list speaks of. An item follows its list unless its own words say
clearly otherwise (严明纪律确保政令畅通 in a list of work items is a requirement).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from policylens.io.normalize import without_glosses
from policylens.resources import data_path, data_stamp
from policylens.structure.numerals import to_int

FOCUS, REQUIREMENT = "focus", "requirement"
PLAN, REVIEW, CHAPTERS = "plan", "review", "chapters"
_REQUIREMENT_KINDS = ("要求", "意见", "问题")
_WORK_KINDS = ("工作", "任务", "重点", "举措", "部署", "措施", "主线")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True)
class Cues:
    words: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...] = ()

    def hits(self, text: str) -> int:
        return sum(1 for word in self.words if word in text) + sum(1 for p in self.patterns if p.search(text))


@dataclass(frozen=True)
class Lexicon:
    review: Cues
    past: Cues
    plan: Cues
    chapters: Cues
    decisive: Cues
    strong: Cues
    weak: Cues
    focus: Cues
    half: Cues


def lexicon() -> Lexicon:
    return _lexicon(data_stamp("item_cues.toml"))


@lru_cache(maxsize=4)
def _lexicon(stamp: tuple[str, float]) -> Lexicon:
    data = tomllib.loads(data_path("item_cues.toml").read_text(encoding="utf-8"))

    def cues(section: str, key: str = "words") -> Cues:
        table = data.get(section, {})
        return Cues(tuple(table.get(key, ())), tuple(re.compile(p) for p in table.get("patterns", ()))
                    if key == "words" else ())

    return Lexicon(review=cues("review"), past=cues("past"), plan=cues("plan"), chapters=cues("chapters"),
                   decisive=Cues(tuple(data["requirement"].get("decisive", ()))),
                   strong=Cues(tuple(data["requirement"]["strong"])), weak=Cues(tuple(data["requirement"]["weak"])),
                   focus=Cues(tuple(data["focus"]["words"])), half=Cues(tuple(data["focus"].get("half", ()))))


def lean(title: str, goal: str = "") -> float:
    """Positive when an item is about conduct (a requirement), negative when about work (a focus area).

    The title counts fully, the goal half: 严明纪律确保政令畅通 → +4, 高质量抓好工作保障 → −1.5.
    """
    cues = lexicon()
    title, goal = without_glosses(title), without_glosses(goal)

    def score(text: str) -> float:
        # 建设 of the government's own building (自身建设) is not work
        return (3 * cues.decisive.hits(text) + 2 * cues.strong.hits(text) + cues.weak.hits(text)
                - cues.focus.hits(text)
                - 0.5 * cues.half.hits(text.replace("自身建设", "")))

    return score(title) + 0.5 * score(goal)


def list_kind(intro: str, headings: list[str], *, year: int | None, announced: tuple[int, str] | None = None,
              bodies: list[str] = ()) -> str:
    """plan, review or chapters, from the list's introduction, the count it announces and its items' own words;
    ``bodies`` (the items' text after their headings) count for review when they report last year's figures."""
    cues = lexicon()
    intro, headings = without_glosses(intro), [without_glosses(h) for h in headings]
    bodies = [without_glosses(b) for b in bodies]
    if cues.chapters.hits(intro) or (announced and announced[1] == "部分"):
        return CHAPTERS
    if _DESCRIPTIONS_ANNOUNCED.search(intro):
        return REVIEW  # 作出对下半年经济走势的两个基本判断：一是…: the items describe, whatever they name
    review = cues.review.hits(intro) + sum(cues.review.hits(h) for h in headings) / max(1, len(headings)) * 2
    review += sum(bool(_REPORTED_FIGURE.search(body)) for body in bodies) / max(1, len(headings)) * 2
    plan = cues.plan.hits(intro) + sum(cues.plan.hits(h) for h in headings) / max(1, len(headings))
    if announced and announced[1] in _WORK_KINDS + _REQUIREMENT_KINDS:
        plan += 3  # 重点做好十个方面工作：…
    years = [int(y) for y in _YEAR.findall(intro)]
    if year and years:
        if max(years) < year:
            review += 2  # 2024年，全县…: the year before the one the text is in
        elif max(years) >= year:
            plan += 2
    return REVIEW if review > plan else PLAN


_DESCRIPTIONS_ANNOUNCED = re.compile(
    r"(?:几|[一二三四五六七八九十两\d])个?(?:基本|主要|显著)?(?:特点|亮点|变化|判断)[：:]\s*$"
    r"|(?:几|[一二三四五六七八九十两\d])[项个]议程[。：:]?\s*$")  # 共四项议程。一是某某传达…: what the meeting did
# 产值23亿元，比上年增长21: a result measured against the year before (a plan says 增长6%左右, not 比上年增长)
_REPORTED_FIGURE = re.compile(r"(?:比上年|同比)(?:实际)?(?:增长|增加|提高|下降|减少)\s*\d")


def is_review_item(heading: str) -> bool:
    """An item that only looks back (一是经济平稳运行来之不易, 一是项目工作取得新突破)."""
    cues = lexicon()
    heading = without_glosses(heading)
    return cues.past.hits(heading) > cues.plan.hits(heading)


def list_label(leans: list[float], announced_kind: str | None) -> str:
    """Focus areas or requirements for a whole list: what it announces, else what most of its items are."""
    if announced_kind in _REQUIREMENT_KINDS:
        return REQUIREMENT
    if announced_kind in _WORK_KINDS:
        return FOCUS
    requirement = sum(1 for value in leans if value >= 1.5)
    focus = sum(1 for value in leans if value <= -0.5)
    return REQUIREMENT if requirement > focus else FOCUS


def item_label(value: float, label: str, *, firm: bool) -> str:
    """An item follows its list unless its own words clearly say otherwise (never against an announced count)."""
    if firm:
        return label
    if label == FOCUS and value >= 3.5:
        return REQUIREMENT
    if label == REQUIREMENT and value <= -3:
        return FOCUS
    return label


def announced_count(text: str) -> int | None:
    match = re.search(r"(?P<n>[一二三四五六七八九十两\d]{1,3})(?:个方面|方面|项|点|条|大|件)", text)
    return to_int(match["n"].replace("两", "二")) if match else None
