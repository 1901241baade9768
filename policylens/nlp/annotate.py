"""Annotating tasks: themes, lead verb and intensity, policy instrument; each area's theme profile."""

from __future__ import annotations

from collections import Counter

from policylens.model import FocusArea, Task
from policylens.nlp.instruments import instruments, task_instrument
from policylens.nlp.themes import task_themes, themes
from policylens.nlp.verbs import lead_verb, verb_lexicon


def annotate_tasks(areas: list[FocusArea]) -> None:
    """Give each task its themes, lead verb, intensity and instrument; each area its theme profile."""
    taxonomy, lexicon, codebook = themes(), verb_lexicon(), instruments()
    for area in areas:
        heading_themes = task_themes(f"{area.title}，{area.goal}", taxonomy=taxonomy)
        for task in area.tasks:
            annotate_task(task, heading_themes, taxonomy=taxonomy, lexicon=lexicon, codebook=codebook)
        counts = Counter(theme for task in area.tasks for theme in task.themes)
        total = sum(counts.values())
        area.themes = {name: round(count / total, 4) for name, count in counts.most_common()} if total else {}


def annotate_task(task: Task, fallback_themes: list[str], *, taxonomy, lexicon, codebook) -> None:
    task.themes = task_themes(task.text, taxonomy=taxonomy) or list(fallback_themes)
    task.verb, task.intensity = lead_verb(task.text, lexicon=lexicon)
    task.instrument = task_instrument(task.text, codebook=codebook)
