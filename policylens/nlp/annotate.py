"""Annotating tasks: themes, lead verb and intensity, policy instrument; each area's theme profile."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from policylens.model import FocusArea, Task
from policylens.nlp.instruments import cue_index, instrument_of, instruments, task_instrument
from policylens.nlp.keywords import KEYWORD_TAGS, word_idf
from policylens.nlp.segment import Token, Tokens
from policylens.nlp.segment import tokens as segment
from policylens.nlp.stopwords import boilerplate, stopwords
from policylens.nlp.themes import best_themes, matcher_of, scores_of, task_themes, themes
from policylens.nlp.verbs import lead_verb, verb_lexicon


def annotate_tasks(areas: list[FocusArea], analysis: str | None = None, *, tokens: Tokens | None = None,
                   requirements: bool = False) -> None:
    """Give each task its themes, lead verb, intensity and instrument; each area its theme profile.

    Words are read in the analysis text (Simplified, one width) when it is given, so that a Traditional report
    gets its themes too; there the theme terms and instrument cues are found in one pass over the text and
    handed to the tasks they fall in. A task with no theme word of its own takes its area's theme only when it
    names something specific (``names_something``; ``tokens``: the analysis text's, when already cut).
    ``requirements``: the areas are the work requirements (讲政治, 抓落实, 转作风…), which ask how to work, not what
    to do: a task there gets an instrument only from a cue of its own, never from its verb or theme alone.
    """
    taxonomy, lexicon, codebook = themes(), verb_lexicon(), instruments()
    if analysis is None:
        for area in areas:
            fallback = task_themes(f"{area.title}，{area.goal}", taxonomy=taxonomy)
            for task in area.tasks:
                annotate_task(task, fallback, taxonomy=taxonomy, lexicon=lexicon, codebook=codebook,
                              requirement=requirements)
        _profiles(areas)
        return
    matcher = matcher_of(taxonomy)
    cue_pattern, _ = cue_index(codebook)
    tasks = sorted((task for area in areas for task in area.tasks), key=lambda t: t.start)
    terms = _found_in_tasks(matcher.terms, analysis, tasks)
    rules = _found_in_tasks(matcher.rules, analysis, tasks, grouped=True) if matcher.rules is not None else {}
    cues = {id(task): cue_pattern.findall(analysis, task.start, task.end) for task in tasks}  # in order: the last
    # cue is the head of the object phrase
    goals = _found_in_tasks(codebook.goal_pattern, analysis, tasks) if codebook.goal_pattern is not None else {}
    for area in areas:
        heading = analysis[area.title_start:area.title_end]
        fallback = task_themes(heading, taxonomy=taxonomy)
        for task in area.tasks:
            key = id(task)
            own = _tie_broken(best_themes(scores_of(matcher, terms.get(key, set()), rules.get(key, set()))), fallback)
            task.themes = _own_or_area(own, fallback, lambda task=task: tokens.span(task.start, task.end)
                                       if tokens is not None else segment(analysis, start=task.start, end=task.end))
            task.verb, task.intensity = lead_verb(analysis[task.start:task.end], lexicon=lexicon)
            task.instrument = instrument_of(codebook, cues[key], verb=task.verb, themes=own, goal=key in goals,
                                            own_cues_only=requirements)
    _profiles(areas)


def _found_in_tasks(pattern: re.Pattern[str], analysis: str, tasks: list[Task], *,
                    grouped: bool = False) -> dict[int, set]:
    """The distinct matches of ``pattern`` inside each task (by ``id``). Each task's span is searched on its own:
    the text between tasks (headings, narrative) is never scanned, and a match cannot run past a task's end."""
    found: dict[int, set] = {}
    for task in tasks:
        if grouped:
            values = {(match.lastgroup, match.group()) for match in pattern.finditer(analysis, task.start, task.end)}
        else:
            values = set(pattern.findall(analysis, task.start, task.end))
        if values:
            found[id(task)] = values
    return found


# A word in at most ~2 % of work-report paragraphs (IDF ln(1/0.02) ≈ 4 in ``idf_policy.txt``) is specific: 积水点,
# 保险, 土特产. A task whose words are all commoner (推进共同治理: 治理; 积极发展新模式) names nothing a theme could be
# read from, and does not inherit its area's theme either.
SPECIFIC_IDF = 4.0


def _tie_broken(own: list[str], area_themes: list[str]) -> list[str]:
    """Two themes tied on a task: the one its focus area is about, when the area names one of them."""
    if len(own) > 1 and (shared := [theme for theme in own if theme in area_themes]):
        return shared[:1]
    return own


def _own_or_area(own: list[str], area_themes: list[str], words: Callable[[], list[Token]]) -> list[str]:
    """The task's own themes, else its area's when the task names something (its ``words`` cut only then)."""
    if own or not area_themes:
        return own
    return list(area_themes) if names_something(words()) else []


def names_something(words: list[Token]) -> bool:
    """Does any topical word (a noun-like word of two characters or more; not a number, a stopword or a formula
    every report carries, such as 全县) count as specific? A count of things (50条, 15个) names something too, where
    a bare figure (比上年增长40) does not."""
    skip = _not_topical(stopwords(), boilerplate())
    for word, following in pairwise([*words, None]):
        if _NUMBER.fullmatch(word.text):
            if following is not None and following.tag == "q":
                return True
        elif (len(word.text) >= 2 and word.tag in KEYWORD_TAGS and word.text not in skip
              and word_idf(word.text) >= SPECIFIC_IDF):
            return True
    return False


@lru_cache(maxsize=4)
def _not_topical(stop: frozenset[str], formulas: frozenset[str]) -> frozenset[str]:
    return stop | formulas  # once per word list, not per task (a frozenset caches its hash)


_NUMBER = re.compile(r"[\d.,%]+")


def _profiles(areas: list[FocusArea]) -> None:
    for area in areas:
        counts = Counter(theme for task in area.tasks for theme in task.themes)
        total = sum(counts.values())
        area.themes = {name: round(count / total, 4) for name, count in counts.most_common()} if total else {}


def annotate_task(task: Task, fallback_themes: list[str], *, taxonomy, lexicon, codebook,
                  text: str | None = None, requirement: bool = False) -> None:
    text = task.text if text is None else text
    own = _tie_broken(task_themes(text, taxonomy=taxonomy), fallback_themes)
    task.themes = _own_or_area(own, fallback_themes, lambda: segment(text))
    task.verb, task.intensity = lead_verb(text, lexicon=lexicon)
    task.instrument = task_instrument(text, codebook=codebook, verb=task.verb, themes=own, own_cues_only=requirement)
