"""``parse_text``: report text → Report, through named stages run in one direction.

Each stage reads what earlier stages filled in and fills its own fields; none goes back to change an earlier
stage's work. The analysis text, its lines and its tokens are computed once and kept on the Report (not
serialised) for the stages and views that follow. A stage that fails leaves its fields empty and a warning that
names it; the traceback goes to the ``policylens.pipeline`` logger.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from policylens.corrections import apply_corrections
from policylens.io.normalize import analysis_text
from policylens.model import Caption, Graph, Meeting, Report
from policylens.nlp.annotate import annotate_tasks
from policylens.nlp.entities import find_entities
from policylens.nlp.graph import cooccurrence_edges, formula_names
from policylens.nlp.keywords import home_text, report_keywords
from policylens.nlp.segment import Tokens
from policylens.nlp.segment import tokens as segment
from policylens.structure.items import find_items
from policylens.structure.lines import classify_lines, join_broken, split_lines
from policylens.structure.meeting import body_start_index, read_meeting
from policylens.structure.outline import build_outline, find_headings, report_year
from policylens.structure.targets import find_targets

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """What a caller may give the pipeline: the user's corrections (applied last)."""

    corrections: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Report, Options], None]
    fills: tuple[str, ...]  # the fields it owns: reset to empty when it fails
    structure: bool = field(default=True)  # part of the structure pass (no NLP)


def _normalise(report: Report, options: Options) -> None:
    report.analysis = analysis_text(report.text)


def _lines(report: Report, options: Options) -> None:
    report.lines = join_broken(classify_lines(split_lines(report.analysis)), report.analysis)


def _meeting(report: Report, options: Options) -> None:
    report.meeting = read_meeting(report.analysis, report.lines, body_start_index(report.lines), report.text)


def _captions(report: Report, options: Options) -> None:
    report.captions = [Caption(text=report.text[line.start + 2:line.end], start=line.start + 2, end=line.end)
                       for line in report.lines if line.kind == "caption"]


def _outline(report: Report, options: Options) -> None:
    lines = report.lines
    content_end = max((line.end for line in lines if line.kind in ("content", "caption")), default=0)
    headings, appendices = find_headings(lines, report.analysis, body_start=body_start_index(lines))
    report.sections = build_outline(headings, appendices, end=content_end, year=report_year(report),
                                    original=report.text, analysis=report.analysis)


def _items(report: Report, options: Options) -> None:
    items = find_items(report.sections, report.lines, report.analysis, report.text,
                       body_start=body_start_index(report.lines), year=report_year(report),
                       speaker=report.meeting.analysed_speaker)
    report.focus_areas, report.requirements = items.focus_areas, items.requirements
    report.warnings += items.warnings


def _targets(report: Report, options: Options) -> None:
    report.targets = find_targets(report)


def _tokens(report: Report, options: Options) -> None:
    report.tokens = segment(report.analysis)


def _entities(report: Report, options: Options) -> None:
    report.entities = find_entities(report, _tokens_of(report))


def _keywords(report: Report, options: Options) -> None:
    report.keywords = report_keywords(report, _tokens_of(report))


def _tokens_of(report: Report) -> Tokens:
    """The tokens the tokens stage kept (none when a caller's stages leave it out)."""
    return report.tokens if report.tokens is not None else Tokens()


def _annotate(report: Report, options: Options) -> None:
    annotate_tasks(report.focus_areas, report.analysis, tokens=report.tokens)
    annotate_tasks(report.requirements, report.analysis, tokens=report.tokens, requirements=True)


def _graph(report: Report, options: Options) -> None:
    report.graph = Graph(cooccurrence_edges(report.entities, report.text, window="sentence",
                                            formula_names=formula_names(report.entities,
                                                                                      named_in=home_text(report))))


def _corrections(report: Report, options: Options) -> None:
    apply_corrections(report, list(options.corrections))


STAGES: tuple[Stage, ...] = (
    Stage("normalise", _normalise, ("_analysis",)),
    Stage("lines", _lines, ("lines",)),
    Stage("meeting", _meeting, ("meeting",)),
    Stage("captions", _captions, ("captions",)),
    Stage("outline", _outline, ("sections",)),
    Stage("items", _items, ("focus_areas", "requirements")),
    Stage("targets", _targets, ("targets",)),
    Stage("tokens", _tokens, ("tokens",), structure=False),
    Stage("entities", _entities, ("entities",), structure=False),
    Stage("keywords", _keywords, ("keywords",), structure=False),
    Stage("annotate", _annotate, (), structure=False),
    Stage("graph", _graph, ("graph",), structure=False),
    Stage("corrections", _corrections, (), structure=False),
)
STRUCTURE_STAGES = tuple(stage for stage in STAGES if stage.structure)
_EMPTY: dict[str, Callable[[], object]] = {
    "_analysis": lambda: None, "lines": lambda: [], "meeting": Meeting, "captions": list, "sections": list,
    "focus_areas": list, "requirements": list, "targets": list, "tokens": Tokens, "entities": list,
    "keywords": list, "graph": Graph,
}


def run_stages(report: Report, stages: Iterable[Stage], options: Options) -> Report:
    """Run ``stages`` in order over ``report``; a failing stage is logged, emptied and named in ``warnings``."""
    for stage in stages:
        try:
            stage.run(report, options)
        except Exception as exc:
            log.exception("stage %s failed on %s", stage.name, report.source or "a report")
            for name in stage.fills:
                setattr(report, name, _EMPTY[name]())
            report.warnings.append(f"{_FAILED}{stage.name} failed ({exc.__class__.__name__}: {exc}); "
                                   f"its results are left empty")
    return report


_FAILED = "stage "


def failed_stages(report: Report) -> list[str]:
    """The stages whose failure ``warnings`` records (other warnings say what the text did not yield)."""
    return [w[len(_FAILED):].split(" ", 1)[0] for w in report.warnings if w.startswith(_FAILED)]


def parse_text(text: str, *, source: str | None = None, corrections: Iterable[dict] = (),
               stages: tuple[Stage, ...] = STAGES) -> Report:
    """Parse report text into a :class:`Report`: structure, entities, keywords, themes, co-occurrence graph.

    Never raises: an empty string gives an empty Report, and a stage that fails leaves a warning.
    """
    report = Report(text=text, source=source)
    if not text.strip():
        return report
    with collector_paused():
        return run_stages(report, stages, Options(corrections=tuple(corrections)))


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a report is parsed.

    A parse builds a few hundred thousand short-lived objects (tokens, candidates, spans) that reference
    counting frees without help; the collector, triggered by the allocations, would otherwise rescan them
    again and again (about an eighth of the parse time, ``BENCHMARKS.md``). It is switched back on afterwards
    unless it was already off (another thread's parse, or the caller's choice).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_structure(text: str, *, source: str | None = None) -> Report:
    """Metadata, outline, focus areas, requirements, tasks and captions (no NLP)."""
    return parse_text(text, source=source, stages=STRUCTURE_STAGES)
