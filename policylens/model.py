"""The typed Report and its JSON form (see README, "The parse JSON")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from policylens.io.normalize import analysis_text

SCHEMA_VERSION = "1.4"
ENTITY_TYPES = ("person", "organization", "place", "policy", "industry", "project")


@dataclass
class Task:
    """A clause-level action item: ``text == report.text[start:end]``."""

    text: str
    start: int
    end: int
    themes: list[str] = field(default_factory=list)
    verb: str | None = None
    intensity: str | None = None
    instrument: str | None = None


@dataclass
class FocusArea:
    """A parallel item (focus area or requirement): heading (title + goal) and the tasks of its body."""

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

    def walk(self) -> Iterator[Section]:
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

    @property
    def analysed_speaker(self) -> str | None:
        """The speaker as the analysis text writes the name (鄭亞木 is 郑亚木 there)."""
        return analysis_text(self.speaker) if self.speaker else None


@dataclass
class Mention:
    start: int
    end: int


@dataclass
class Entity:
    """A named thing with every mention of it (aliases included)."""

    name: str
    type: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "titles": list(self.titles), "count": self.count,
                "aliases": list(self.aliases), "mentions": [asdict(m) for m in self.mentions]}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Entity:
        return cls(name=raw["name"], type=raw["type"], titles=list(raw.get("titles", [])),
                   aliases=list(raw.get("aliases", [])),
                   mentions=[Mention(m["start"], m["end"]) for m in raw.get("mentions", [])])


@dataclass
class Keyword:
    """A word's count, TF-IDF, termhood weight and ranking score, and the offset of every occurrence."""

    word: str
    count: int
    tfidf: float
    idf: float
    weight: float
    score: float
    boilerplate: bool  # context rather than a finding: hidden by default (``context`` says why)
    offsets: list[int] = field(default_factory=list)
    context: str | None = None  # "boilerplate" (a formulaic word), "own region" (the report's own region), "post"


@dataclass
class Edge:
    """Two entities mentioned in the same window: how often, how surely more than chance, and where."""

    source: str
    target: str
    count: int
    weight: float  # significance (log-likelihood G², scaled 0..1 in the report); 0 below the count floor
    jaccard: float
    window: str
    npmi: float = 0.0  # normalised PMI, -1..1: strength of association, blind to how often it was seen
    formula: bool = False  # both ends are formula names (the leader, the centre, the report's own region)
    evidence: list[tuple[int, int]] = field(default_factory=list)  # the windows (start, end) the pair shares

    def __post_init__(self) -> None:
        if self.evidence and type(self.evidence[0]) is not tuple:  # JSON gives lists
            self.evidence = [(int(start), int(end)) for start, end in self.evidence]


TARGET_KINDS = ("target", "result", "outlook")
INDICATORS = ("gdp_growth", "cpi", "unemployment_rate", "new_urban_jobs", "fiscal_revenue_growth",
              "industrial_value_added_growth", "fixed_asset_investment_growth", "retail_sales_growth", "trade_growth",
              "grain_output", "rd_intensity", "income_growth", "other")


@dataclass
class Target:
    """A quantitative (or qualitative) economic target, result or outlook, as the report states it."""

    indicator: str  # one of INDICATORS
    label: str  # the text's own words for it (地区生产总值, 全市生产总值, 经济增长)
    kind: str  # target (this year), result (last year), outlook (the five-year goals)
    year: int | None
    low: float | None  # a range 4.5%—5% gives low 4.5, high 5; a single figure both; None when qualitative
    high: float | None
    unit: str | None  # as written: %, 万人, 亿斤, 微克/立方米
    qualifier: str  # as written: 左右, 以上, 以内, 不少于, 同步… or ""
    text: str
    start: int
    end: int


@dataclass
class Graph:
    edges: list[Edge] = field(default_factory=list)


@dataclass
class Report:
    """One parsed report. ``text`` is what every offset indexes.

    The pipeline also keeps the analysis text, its lines and its tokens on the report (not serialised), so
    later stages and views reuse them instead of computing them again.
    """

    text: str
    source: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    sections: list[Section] = field(default_factory=list)
    focus_areas: list[FocusArea] = field(default_factory=list)
    requirements: list[FocusArea] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)
    targets: list[Target] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION
    _analysis: str | None = field(default=None, init=False, repr=False, compare=False)
    lines: list[Any] | None = field(default=None, init=False, repr=False, compare=False)
    tokens: Sequence[Any] | None = field(default=None, init=False, repr=False, compare=False)  # segment.Tokens

    @property
    def analysis(self) -> str:
        """The text the parser reads (Simplified, ASCII digits, full-width punctuation), same length as ``text``."""
        if self._analysis is None:
            self._analysis = analysis_text(self.text)
        return self._analysis

    @analysis.setter
    def analysis(self, value: str) -> None:
        self._analysis = value

    @property
    def tasks(self) -> list[Task]:
        return [task for area in self.focus_areas + self.requirements for task in area.tasks]

    def walk_sections(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def entity(self, name: str) -> Entity | None:
        return next((e for e in self.entities if e.name == name), None)

    def __getstate__(self) -> dict[str, Any]:
        # caches pickle the report: the working state is cheap to compute again and large to copy
        state = dict(self.__dict__)
        state.update(_analysis=None, lines=None, tokens=None)
        return state

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "text": self.text,
            "meeting": asdict(self.meeting),
            "sections": [asdict(s) for s in self.sections],
            "focus_areas": [asdict(a) for a in self.focus_areas],
            "requirements": [asdict(a) for a in self.requirements],
            "captions": [asdict(c) for c in self.captions],
            "entities": [e.to_dict() for e in self.entities],
            "keywords": [asdict(k) for k in self.keywords],
            "graph": {"edges": [asdict(e) for e in self.graph.edges]},
            "targets": [asdict(t) for t in self.targets],
            "warnings": list(self.warnings),
        }

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
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            keywords=[Keyword(**_known(Keyword, k)) for k in data.get("keywords", [])],
            graph=Graph([Edge(**_known(Edge, e)) for e in data.get("graph", {}).get("edges", [])]),
            targets=[Target(**_known(Target, t)) for t in data.get("targets", [])],
            warnings=list(data.get("warnings", [])),
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls) if f.init}
    return {k: v for k, v in raw.items() if k in names}
