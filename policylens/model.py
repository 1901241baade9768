"""The typed Report model and its JSON form (see README, "The parse JSON")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1.2"


@dataclass
class Task:
    text: str
    start: int
    end: int
    themes: list[str] = field(default_factory=list)
    verb: str | None = None
    intensity: str | None = None
    instrument: str | None = None


@dataclass
class FocusArea:
    title: str
    goal: str
    start: int
    end: int
    title_start: int
    title_end: int
    tasks: list[Task] = field(default_factory=list)
    themes: dict[str, float] = field(default_factory=dict)


@dataclass
class Section:
    level: int
    title: str
    kind: str
    start: int
    end: int
    title_start: int
    title_end: int
    number: str | None = None
    children: list[Section] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Caption:
    text: str
    start: int
    end: int


@dataclass
class Meeting:
    title: str | None = None
    date: str | None = None
    published: str | None = None
    speaker: str | None = None
    speaker_titles: list[str] = field(default_factory=list)
    organizer: str | None = None
    format: str | None = None
    session: str | None = None
    source_name: str | None = None


@dataclass
class Report:
    text: str
    source: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    sections: list[Section] = field(default_factory=list)
    focus_areas: list[FocusArea] = field(default_factory=list)
    requirements: list[FocusArea] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    keywords: list[dict[str, Any]] = field(default_factory=list)
    graph: dict[str, Any] = field(default_factory=lambda: {"edges": []})
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        ordered = {"schema_version": data.pop("schema_version"), "source": data.pop("source"),
                   "text": data.pop("text")}
        ordered.update(data)
        return ordered

    @property
    def tasks(self) -> list[Task]:
        return [task for area in self.focus_areas + self.requirements for task in area.tasks]

    def walk_sections(self):
        for section in self.sections:
            yield from section.walk()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        def area(raw: dict[str, Any]) -> FocusArea:
            raw = dict(raw)
            raw["tasks"] = [Task(**_known(Task, t)) for t in raw.get("tasks", [])]
            return FocusArea(**_known(FocusArea, raw))

        def section(raw: dict[str, Any]) -> Section:
            raw = dict(raw)
            raw["children"] = [section(c) for c in raw.get("children", [])]
            return Section(**_known(Section, raw))

        return cls(
            text=data["text"],
            source=data.get("source"),
            meeting=Meeting(**_known(Meeting, data.get("meeting", {}))),
            sections=[section(s) for s in data.get("sections", [])],
            focus_areas=[area(a) for a in data.get("focus_areas", [])],
            requirements=[area(a) for a in data.get("requirements", [])],
            captions=[Caption(**_known(Caption, c)) for c in data.get("captions", [])],
            entities=list(data.get("entities", [])),
            keywords=list(data.get("keywords", [])),
            graph=dict(data.get("graph", {"edges": []})),
            warnings=list(data.get("warnings", [])),
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in raw.items() if k in names}
