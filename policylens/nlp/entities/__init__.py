"""Typed entities (person, organization, place, policy, industry, project) with aliases and every mention."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from policylens.io.normalize import GLOSS, GlossFree, without_gloss_marks
from policylens.model import Entity, Mention, Report
from policylens.nlp.entities.aliases import alias_map
from policylens.nlp.entities.resolve import resolve
from policylens.nlp.entities.rules import Candidate, Context, extract_candidates
from policylens.nlp.gazetteer import full_names_by_short
from policylens.nlp.segment import Tokens
from policylens.nlp.segment import tokens as segment


def find_entities(report: Report, tokens: Tokens) -> list[Entity]:
    """The report's entities, most mentioned first (the pipeline's entity stage)."""
    return build_entities(report.analysis, report.text, tokens, speaker=report.meeting.analysed_speaker,
                          speaker_titles=report.meeting.speaker_titles)


def build_entities(analysis: str, original: str, tokens: Tokens, *, speaker: str | None = None,
                   speaker_titles: list[str] | None = None) -> list[Entity]:
    kept, titles = _candidates(analysis, tokens, speaker=speaker)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in kept:
        surface = c.name or _clean(analysis[c.start:c.end])
        if len(surface) < 2:
            continue
        groups[(surface, c.type)].append(c)
    canonical = alias_map(list(groups))
    entities: dict[tuple[str, str], Entity] = {}
    for (surface, kind), mentions in groups.items():
        name, kind = canonical.get((surface, kind), (surface, kind))
        entity = entities.get((name, kind))
        if entity is None:
            entity = entities[(name, kind)] = Entity(name=name, type=kind)
        if surface != name:
            first = min(mentions, key=lambda m: m.start)
            shown = _as_written(original, first.start, first.end, surface)
            if shown not in entity.aliases:
                entity.aliases.append(shown)
        entity.mentions += [Mention(m.start, m.end) for m in mentions]
    result = []
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
        first = entity.mentions[0]
        analysed_name = entity.name  # titles and the speaker are known by the name as analysed (郑亚木)
        if _clean(analysis[first.start:first.end]) == entity.name:
            written = _clean(original[first.start:first.end])
            entity.name = without_gloss_marks(written)
            if written != entity.name:  # 六穩(wěn): named without the pinyin, found as written too
                entity.aliases.append(written)
        if entity.type == "person":
            entity.titles = sorted(titles.get(analysed_name, set()))
            if speaker and analysed_name == speaker and speaker_titles:
                entity.titles = list(dict.fromkeys([*speaker_titles, *entity.titles]))
        if entity.type == "place":
            _add_full_division_names(entity, analysis, original)
        entity.aliases.sort()
        result.append(entity)
    result.sort(key=lambda e: (-e.count, e.mentions[0].start))
    return result


def _candidates(analysis: str, tokens: Tokens, *, speaker: str | None) -> tuple[list[Candidate], dict[str, set[str]]]:
    """The kept candidates and the titles of the people named. In a text with pinyin glosses (經(jīng)濟) the rules
    read the analysis with the glosses' stand-ins taken out — their patterns match words, and a gloss inside a word
    (新質(zhì)生產(chǎn)力) would hide it — and the spans found are mapped back to the analysis."""
    if GLOSS not in analysis:
        context = Context(analysis, tokens, speaker=speaker)
        return resolve(extract_candidates(context)), context.titles
    plain = GlossFree.of(analysis)
    context = Context(plain.text, segment(plain.text), speaker=speaker)
    kept = [replace(c, start=plain.start(c.start), end=plain.end(c.end))  # 六穩|(wěn): a name keeps its gloss
            for c in resolve(extract_candidates(context))]
    return kept, context.titles


def _add_full_division_names(entity: Entity, analysis: str, original: str) -> None:
    """黑山 found on its own, 黑山县 only inside 黑山县人民政府: the full name the text writes is another name of the
    same place (an alias, not a mention: inside the body's name it is part of that name)."""
    for full in full_names_by_short().get(entity.name, ()):
        at = analysis.find(full)
        if at >= 0 and full not in entity.aliases:
            entity.aliases.append(_as_written(original, at, at + len(full), full))


def _as_written(original: str, start: int, end: int, surface: str) -> str:
    """A surface as the original writes it (長豐縣), or as analysed (长丰县) when the original cannot give it."""
    shown = _clean(without_gloss_marks(original[start:end]))
    return shown if len(shown) == len(surface) and start < len(original) else surface


def _clean(surface: str) -> str:
    """Without quotation marks, title marks, spaces and the stand-ins of pinyin glosses (most names have none:
    letters and digits only)."""
    return surface if surface.isalnum() else _NOT_IN_NAME.sub("", surface)


_NOT_IN_NAME = re.compile(rf"[“”\"《》\s{GLOSS}]")
