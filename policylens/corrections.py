"""User corrections, applied as the pipeline's last stage: one table of kinds for the CLI, the store and the pages.

A correction is ``{"kind": …, **payload}``. Applying the same corrections twice changes nothing, so a stored
parse can be brought up to date by applying them again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policylens.model import Entity, Mention, Report


@dataclass(frozen=True)
class CorrectionKind:
    name: str
    label: str  # for the dashboard
    fields: tuple[str, ...]  # payload keys, for the CLI's help and for validation
    apply: Callable[[Report, dict], None]
    report_wide: bool = False  # applies to every report when recorded without one (stopwords)


def _entities_by_name(report: Report) -> dict[str, Entity]:
    return {e.name: e for e in report.entities}


def _merge(target: Entity | None, other: Entity) -> Entity:
    if target is None:
        return other
    spans = sorted({(m.start, m.end) for m in [*target.mentions, *other.mentions]})
    target.mentions = [Mention(s, e) for s, e in spans]
    target.aliases = sorted({*target.aliases, *other.aliases} - {target.name})
    target.titles = sorted({*target.titles, *other.titles})
    return target


def rename_entity(report: Report, correction: dict) -> None:
    entities = _entities_by_name(report)
    if correction["name"] not in entities:
        return
    entity = entities.pop(correction["name"])
    entity.aliases = sorted({*entity.aliases, correction["name"]} - {correction["to"]})
    entity.name = correction["to"]
    entities[correction["to"]] = _merge(entities.get(correction["to"]), entity)
    report.entities = list(entities.values())


def merge_entities(report: Report, correction: dict) -> None:
    entities = _entities_by_name(report)
    if correction["into"] not in entities:
        return
    for name in correction["names"]:
        if name in entities and name != correction["into"]:
            other = entities.pop(name)
            other.aliases = [*other.aliases, name]
            entities[correction["into"]] = _merge(entities[correction["into"]], other)
    report.entities = list(entities.values())


def add_alias(report: Report, correction: dict) -> None:
    entity = report.entity(correction["name"])
    if entity is None:
        return
    alias = correction["alias"]
    entity.aliases = sorted({*entity.aliases, alias})
    taken = [(m.start, m.end) for e in report.entities for m in e.mentions]
    for match in re.finditer(re.escape(alias), report.text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            entity.mentions.append(Mention(match.start(), match.end()))
    entity.mentions.sort(key=lambda m: m.start)


def add_stopword(report: Report, correction: dict) -> None:
    report.keywords = [k for k in report.keywords if k.word != correction["word"]]


def move_task(report: Report, correction: dict) -> None:
    areas = report.focus_areas + report.requirements
    source = next((a for a in areas for t in a.tasks if t.start == correction["start"]), None)
    target = next((a for a in areas if a.title == correction["to"]), None)
    if source is None or target is None or source is target:
        return
    task = next(t for t in source.tasks if t.start == correction["start"])
    source.tasks.remove(task)
    target.tasks.append(task)
    target.tasks.sort(key=lambda t: t.start)


KINDS: dict[str, CorrectionKind] = {kind.name: kind for kind in (
    CorrectionKind("rename_entity", "重命名实体", ("name", "to"), rename_entity),
    CorrectionKind("merge_entities", "合并实体", ("names", "into"), merge_entities),
    CorrectionKind("add_alias", "添加别名", ("name", "alias"), add_alias),
    CorrectionKind("add_stopword", "添加停用词", ("word",), add_stopword, report_wide=True),
    CorrectionKind("move_task", "调整任务归属", ("start", "to"), move_task),
)}


def validate(kind: str, payload: dict) -> None:
    """Raise ``ValueError`` for an unknown kind or a payload without the kind's fields."""
    if kind not in KINDS:
        raise ValueError(f"unknown correction {kind!r}; one of {', '.join(KINDS)}")
    missing = [f for f in KINDS[kind].fields if f not in payload]
    if missing:
        raise ValueError(f"correction {kind} needs {', '.join(KINDS[kind].fields)}; missing {', '.join(missing)}")


def apply_corrections(report: Report, corrections: list[dict]) -> Report:
    """Apply the corrections in order (entities, stopwords, task placement); entities re-sorted by mentions."""
    if not corrections:
        return report
    for correction in corrections:
        kind = KINDS.get(correction.get("kind", ""))
        if kind is not None:
            kind.apply(report, correction)
    report.entities.sort(key=lambda e: (-e.count, e.mentions[0].start if e.mentions else 0))
    return report
