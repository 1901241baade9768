"""Annotating tasks: themes, lead verb and intensity, policy instrument; each area's theme profile."""

from __future__ import annotations

from collections import Counter

from policylens.model import FocusArea, Task
from policylens.nlp.instruments import instruments, task_instrument
from policylens.nlp.themes import task_themes, themes
from policylens.nlp.verbs import lead_verb, verb_lexicon


def annotate_tasks(areas: list[FocusArea], analysis: str | None = None) -> None:
    """Give each task its themes, lead verb, intensity and instrument; each area its theme profile.

    Words are read in the analysis text (Simplified, one width) when it is given, so that a Traditional report
    gets its themes too.
    """
    taxonomy, lexicon, codebook = themes(), verb_lexicon(), instruments()
    for area in areas:
        heading = analysis[area.title_start:area.title_end] if analysis else f"{area.title}，{area.goal}"
        heading_themes = task_themes(heading, taxonomy=taxonomy)
        for task in area.tasks:
            text = analysis[task.start:task.end] if analysis else task.text
            annotate_task(task, heading_themes, taxonomy=taxonomy, lexicon=lexicon, codebook=codebook, text=text)
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
