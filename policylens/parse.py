"""``parse_text``: the one entry point from report text to a Report."""

from __future__ import annotations

import re

from policylens.lines import classify_lines, split_lines
from policylens.meta import body_start_index, extract_meeting
from policylens.model import Caption, FocusArea, Report, Section
from policylens.normalize import analysis_text
from policylens.outline import build_outline, find_headings
from policylens.structure import directive_runs, opener_items, section_items


def parse_structure(text: str, *, source: str | None = None, analysis: str | None = None) -> Report:
    """Metadata, outline, focus areas, requirements, tasks and captions (no NLP)."""
    report = Report(text=text, source=source)
    if not text.strip():
        return report
    analysis = analysis if analysis is not None else analysis_text(text)
    lines = classify_lines(split_lines(analysis))
    body_start = body_start_index(lines)
    report.meeting = extract_meeting(analysis, lines, body_start)
    _restore_original(report, text, analysis)
    report.captions = [
        Caption(text=text[line.start + 2:line.end], start=line.start + 2, end=line.end)
        for line in lines if line.kind == "caption"
    ]
    content_end = max((line.end for line in lines if line.kind in ("content", "caption")), default=0)
    headings, appendices = find_headings(lines, analysis, body_start=body_start)
    report.sections = build_outline(headings, appendices, end=content_end, year=_report_year(report, analysis))
    for section in report.walk_sections():
        section.title = text[section.title_start:section.title_end]
    report.focus_areas, report.requirements = _items(report.sections, lines, analysis, text)
    return report


def _report_year(report: Report, analysis: str) -> int | None:
    for value in (report.meeting.date, report.meeting.published):
        if value:
            return int(value[:4])
    match = re.search(r"((?:19|20)\d{2})年", analysis[:2000])
    return int(match.group(1)) if match else None


def _restore_original(report: Report, text: str, analysis: str) -> None:
    """Metadata strings were read from the analysis text; give them back in the source's own characters."""
    meeting = report.meeting

    def original(value: str | None, *, spaced: bool = False) -> str | None:
        if not value or value in text:
            return value
        pattern = r"\s*".join(map(re.escape, value)) if spaced else re.escape(value)
        match = re.search(pattern, analysis)
        return re.sub(r"\s+", "", text[match.start():match.end()]) if match else value

    for name in ("title", "organizer", "format", "session", "source_name"):
        setattr(meeting, name, original(getattr(meeting, name)))
    meeting.speaker = original(meeting.speaker, spaced=True)
    meeting.speaker_titles = [original(title) for title in meeting.speaker_titles]


def _items(sections: list[Section], lines, analysis: str, text: str) -> tuple[list[FocusArea], list[FocusArea]]:
    plan = next((s for s in _top_level_first(sections) if s.kind == "plan"), None)
    focus_areas: list[FocusArea] = section_items(plan, analysis, text) if plan else []
    requirements: list[FocusArea] = []
    for section in sections:
        if section.kind == "requirements":
            requirements += section_items(section, analysis, text) or opener_items(
                lines, section.start, section.end, analysis, text)
    if not focus_areas:
        scope = [ln for ln in lines if plan is None or plan.start <= ln.start < plan.end]
        runs = directive_runs(scope, analysis, text)
        if runs:
            focus_areas = runs[0]
            if not requirements:
                requirements = [area for run in runs[1:] for area in run]
    return focus_areas, requirements


def _top_level_first(sections: list[Section]):
    yield from sections
    for section in sections:
        for child in section.children:
            yield from child.walk()


def parse_text(text: str, *, source: str | None = None) -> Report:
    """Parse report text into a :class:`Report`: structure, entities, keywords, themes, co-occurrence graph.

    Never raises: an empty string gives an empty Report, and a step that fails leaves a warning.
    """
    if not text.strip():
        return Report(text=text, source=source)
    analysis = analysis_text(text)
    report = parse_structure(text, source=source, analysis=analysis)
    try:
        analyse(report, analysis=analysis)
    except Exception as exc:
        report.warnings.append(
            f"NLP analysis failed ({exc.__class__.__name__}: {exc}); entities and keywords are empty")
        report.entities, report.keywords, report.graph = [], [], {"edges": []}
    return report


def analyse(report: Report, *, analysis: str | None = None) -> None:
    """Add entities, keywords, task themes/verbs/instruments and graph edges to a structure-only Report."""
    from policylens.entities import build_entities
    from policylens.graph import cooccurrence_edges
    from policylens.keywords import keyword_units, outermost_spans, score_keywords
    from policylens.segment import tokens
    from policylens.themes import annotate_tasks

    text = report.text
    analysis = analysis if analysis is not None else analysis_text(text)
    words = tokens(analysis)
    entities = build_entities(analysis, text, words, speaker=report.meeting.speaker,
                              speaker_titles=report.meeting.speaker_titles)
    report.entities = [entity.to_dict() for entity in entities]
    spans = [(m["start"], m["end"], e.name) for e in entities if e.type != "person" for m in e.mentions]
    terms = frozenset(e.name for e in entities if e.type in ("policy", "industry", "project"))
    report.keywords = score_keywords(keyword_units(words, outermost_spans(spans)), terms=terms)
    annotate_tasks(report.focus_areas)
    annotate_tasks(report.requirements)
    report.graph = {"edges": cooccurrence_edges(report.entities, text, window="sentence")}
