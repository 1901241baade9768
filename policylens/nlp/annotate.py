"""Annotating tasks: themes, lead verb and intensity, policy instrument; each area's theme profile."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from policylens.model import FocusArea, Task
from policylens.nlp.instruments import cue_index, instrument_of, instruments, task_instrument
from policylens.nlp.themes import best_themes, matcher_of, scores_of, task_themes, themes
from policylens.nlp.verbs import lead_verb, verb_lexicon


def annotate_tasks(areas: list[FocusArea], analysis: str | None = None) -> None:
    """Give each task its themes, lead verb, intensity and instrument; each area its theme profile.

    Words are read in the analysis text (Simplified, one width) when it is given, so that a Traditional report
    gets its themes too; there the theme terms and instrument cues are found in one pass over the text and
    handed to the tasks they fall in.
    """
    taxonomy, lexicon, codebook = themes(), verb_lexicon(), instruments()
    if analysis is None:
        for area in areas:
            fallback = task_themes(f"{area.title}，{area.goal}", taxonomy=taxonomy)
            for task in area.tasks:
                annotate_task(task, fallback, taxonomy=taxonomy, lexicon=lexicon, codebook=codebook)
        _profiles(areas)
        return
    matcher = matcher_of(taxonomy)
    cue_pattern, _ = cue_index(codebook)
    tasks = sorted((task for area in areas for task in area.tasks), key=lambda t: t.start)
    terms = _found_in_tasks(matcher.terms, analysis, tasks)
    rules = _found_in_tasks(matcher.rules, analysis, tasks, grouped=True) if matcher.rules is not None else {}
    cues = _found_in_tasks(cue_pattern, analysis, tasks)
    for area in areas:
        heading = analysis[area.title_start:area.title_end]
        fallback = task_themes(heading, taxonomy=taxonomy)
        for task in area.tasks:
            key = id(task)
            own = best_themes(scores_of(matcher, terms.get(key, set()), rules.get(key, set())))
            task.themes = own or list(fallback)
            task.verb, task.intensity = lead_verb(analysis[task.start:task.end], lexicon=lexicon)
            task.instrument = instrument_of(codebook, cues.get(key, set()), verb=task.verb, themes=own)
    _profiles(areas)


def _found_in_tasks(pattern: re.Pattern[str], analysis: str, tasks: list[Task], *,
                    grouped: bool = False) -> dict[int, set]:
    """The distinct matches of ``pattern`` inside each task (by ``id``), from one pass over the tasks' stretch."""
    if not tasks:
        return {}
    starts = [task.start for task in tasks]
    found: dict[int, set] = {}
    for match in pattern.finditer(analysis, tasks[0].start, max(task.end for task in tasks)):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= tasks[index].end:
            value = (match.lastgroup, match.group()) if grouped else match.group()
            found.setdefault(id(tasks[index]), set()).add(value)
    return found


def _profiles(areas: list[FocusArea]) -> None:
    for area in areas:
        counts = Counter(theme for task in area.tasks for theme in task.themes)
        total = sum(counts.values())
        area.themes = {name: round(count / total, 4) for name, count in counts.most_common()} if total else {}


def annotate_task(task: Task, fallback_themes: list[str], *, taxonomy, lexicon, codebook,
                  text: str | None = None) -> None:
    text = task.text if text is None else text
    own = task_themes(text, taxonomy=taxonomy)
    task.themes = own or list(fallback_themes)
    task.verb, task.intensity = lead_verb(text, lexicon=lexicon)
    task.instrument = task_instrument(text, codebook=codebook, verb=task.verb, themes=own)
