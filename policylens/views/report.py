"""Tables the dashboard draws from one report: tasks, keywords, keywords in context, entities, graph data."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import asdict, replace
from pathlib import PurePath

import pandas as pd

from policylens.io.normalize import GLOSS, analysis_text, has_glosses
from policylens.io.normalize import without_gloss_marks as shown  # 經(jīng)濟 is shown as 經濟
from policylens.model import Edge, Entity, Mention, Report
from policylens.nlp.graph import cooccurrence_edges, entity_span_matrix, formula_names, guiding_formulas
from policylens.nlp.keywords import home_text, keywords_in_spans
from policylens.nlp.textrank import report_textrank
from policylens.nlp.themes import theme_evidence, themes
from policylens.store.library import guess_region

AREA_PREFIX = "领域："
GROUP_LABELS = {"focus_areas": "重点领域", "requirements": "工作要求"}
TYPE_LABELS = {"person": "人物", "organization": "机构", "place": "地点", "policy": "政策", "industry": "产业",
               "project": "项目"}
INTENSITY_LABELS = {"strong": "强", "neutral": "中", "soft": "弱"}
INSTRUMENT_LABELS = {"supply": "供给型", "demand": "需求型", "environmental": "环境型"}
LEVEL_LABELS = {"province": "省级", "city": "市级", "district": "区级", "county": "县级", "town": "乡镇级"}
_SENTENCE_END = re.compile(r"[。！？；\n]")


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&^@=\"'%;,?/])")


def md(text: object) -> str:
    """Report text made inert for Streamlit's markdown (titles, captions, notices): every ASCII punctuation mark
    escaped, so a heading holding ``<img src=…>``, ``[点击](http://…)``, ``![](…)``, ``:red[…]`` or ``$…$`` shows
    as the characters it is, and line breaks become spaces, so it cannot open a heading or a list."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(str(text).split()))


def keyword_chips(words: list[str], *, plain: bool = False) -> str:
    """Words as HTML chips that wrap between words, never inside one (火炬 | 开发区); the words are escaped."""
    style = ("display:inline-block;white-space:nowrap;margin:0 6px 6px 0;font-size:15px;" +
             ("" if plain else "padding:1px 8px;border-radius:4px;background:#eef3f8;color:#1f4e79;"))
    return "".join(f'<span style="{style}">{html.escape(word)}</span>' for word in words)


def theme_basis(text: str, chosen: list[str]) -> str:
    """Why a task carries its themes: the words that matched (产业经济：健康医药、高端装备制造), or that the
    theme comes from its focus area's heading when the task itself names none."""
    evidence = theme_evidence(text)
    parts = [f"{theme}：{'、'.join(evidence[theme][:4])}" for theme in chosen if evidence.get(theme)]
    if chosen and not parts:
        return "沿用所属领域标题的主题"
    return "；".join(parts)


def task_frame(report: Report) -> pd.DataFrame:
    """One row per task: its group, area, themes, lead verb, intensity, instrument and the entities in it."""
    mention_index = _mention_index(report)
    rows = []
    for group in ("focus_areas", "requirements"):
        for number, area in enumerate(getattr(report, group), 1):
            title = shown(area.title)
            label = f"{number}. {title}" if group == "focus_areas" else f"要求{number}. {title}"
            for task in area.tasks:
                rows.append({
                    "group": GROUP_LABELS[group], "area": label, "area_title": title, "task": shown(task.text),
                    "start": task.start, "end": task.end, "themes": list(task.themes),
                    "theme_text": "、".join(task.themes) or "未分类",
                    "theme_basis": theme_basis(report.analysis[task.start:task.end], task.themes),
                    "verb": task.verb or "（无）",
                    "intensity": INTENSITY_LABELS.get(task.intensity or "", "—"),
                    "instrument": INSTRUMENT_LABELS.get(task.instrument or "", "未识别"),
                    "entities": "、".join(_entities_in(mention_index, task.start, task.end)),
                })
    columns = ["group", "area", "area_title", "task", "start", "end", "themes", "theme_text", "theme_basis", "verb",
               "intensity", "instrument", "entities"]
    return pd.DataFrame(rows, columns=columns)


def _mention_index(report: Report) -> tuple[list[int], list[tuple[int, int, str]]]:
    mentions = sorted((m.start, m.end, e.name) for e in report.entities for m in e.mentions)
    return [m[0] for m in mentions], mentions


def _entities_in(index: tuple[list[int], list[tuple[int, int, str]]], start: int, end: int) -> list[str]:
    starts, mentions = index
    position = bisect_right(starts, start - 1)
    names: list[str] = []
    while position < len(mentions) and mentions[position][0] < end:
        if mentions[position][1] <= end and mentions[position][2] not in names:
            names.append(mentions[position][2])
        position += 1
    return names


def filter_options(report: Report) -> list[str]:
    """Theme names (those present, in taxonomy order) then one ``领域：…`` entry per focus area."""
    present = {t for task in report.tasks for t in task.themes}
    names = [t.name for t in themes() if t.name in present]
    names += sorted(present - set(names))
    return names + [f"{AREA_PREFIX}{shown(area.title)}" for area in report.focus_areas]


def filter_tasks(frame: pd.DataFrame, selection: list[str]) -> pd.DataFrame:
    """Tasks with any selected theme or in any selected focus area; everything when nothing is selected."""
    if not selection or frame.empty:
        return frame
    themes = {s for s in selection if not s.startswith(AREA_PREFIX)}
    areas = {s[len(AREA_PREFIX):] for s in selection if s.startswith(AREA_PREFIX)}
    mask = frame["themes"].map(lambda ts: bool(themes & set(ts))) | frame["area_title"].isin(areas)
    return frame[mask]


def filter_label(selection: list[str]) -> str:
    return "、".join(s.removeprefix(AREA_PREFIX) for s in selection) if selection else "全部主题"


UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def export_name(title: str, name: str, selection: list[str] | tuple[str, ...] = (), *, limit: int = 96) -> str:
    """A file name (no extension) naming the product, the report, the chart and the filter, so two exports of
    one chart under different filters do not overwrite each other; characters no file system takes are dropped."""
    tail = f"_{name}" + (f"_{filter_label(list(selection))}" if selection else "")
    head = f"政策报告透视_{title}"[:max(12, limit - len(tail))]
    return re.sub(r"_+", "_", UNSAFE_IN_FILE_NAMES.sub("_", head + tail))[:limit].strip("_")


def spans_of(frame: pd.DataFrame) -> list[tuple[int, int]]:
    return list(zip(frame["start"].tolist(), frame["end"].tolist(), strict=True))


def count_by(frame: pd.DataFrame, column: str, *, explode: bool = False) -> pd.DataFrame:
    """``column`` value counts as a two-column frame, largest first."""
    series = frame[column].explode() if explode else frame[column]
    counts = series.dropna().value_counts()
    return pd.DataFrame({column: counts.index.astype(str), "任务数": counts.to_numpy()})


def keyword_table(report: Report, *, method: str = "tfidf", spans: list[tuple[int, int]] | None = None,
                  hide_boilerplate: bool = True, extra_stopwords: frozenset[str] = frozenset(),
                  limit: int = 100) -> pd.DataFrame:
    """Keywords of the report (or of ``spans``), scored by ``count``, ``tfidf`` or ``textrank``."""
    if method == "textrank":
        rows = report_textrank(report, top_k=limit * 2, hide_boilerplate=hide_boilerplate, spans=spans)
        frame = pd.DataFrame(rows, columns=["word", "score", "count"])
    else:
        rows = keywords_in_spans(report.keywords, spans, hide_boilerplate=hide_boilerplate) if spans is not None \
            else [r for r in report.keywords if not (hide_boilerplate and r.boilerplate)]
        frame = pd.DataFrame([asdict(r) for r in rows], columns=["word", "count", "tfidf", "score", "offsets"])
        if method == "count":
            frame["score"] = frame["count"]
        frame = frame.sort_values(["score", "count"], ascending=False)
    if extra_stopwords:  # typed in either script (an entity's keyword is its name as written)
        frame = frame[~frame["word"].map(analysis_text).isin({analysis_text(w) for w in extra_stopwords})]
    frame = frame.head(limit).reset_index(drop=True)
    if report.analysis != report.text:  # a Traditional or full-width report: the words kept, shown as it writes them
        firsts = frame["offsets"] if "offsets" in frame else [None] * len(frame)
        frame["word"] = [as_written(report, word, offsets[0] if offsets else None)
                         for word, offsets in zip(frame["word"], firsts, strict=True)]
    return frame


def as_written(report: Report, word: str, offset: int | None = None) -> str:
    """``word`` (read in the analysis text: Simplified, one width) as the report writes it at ``offset``, or at
    its first occurrence: 共同市场 is shown 共同市場 in a Traditional report, without the pinyin glosses some pages
    print (經(jīng)濟 → 經濟). Unchanged where the text there does not read as the word."""
    analysis = report.analysis
    if offset is None:
        offset = analysis.find(word)
    if offset < 0:
        return word
    written = shown(report.text[offset:_past_glosses(analysis, offset, len(word))])
    return written if analysis_text(written) == word else word


def keyword_offsets(report: Report, word: str) -> list[int]:
    """Every offset of ``word``: from the keyword table when it is there, else by searching the text."""
    for row in report.keywords:
        if row.word == word:
            return list(row.offsets)
    return [m.start() for m in re.finditer(re.escape(word), report.text)] if word else []


def kwic(report: Report, word: str, *, width: int = 28, spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Keyword in context: ``left``, ``word``, ``right`` and the offset of every occurrence. An entity's keyword
    counts its aliases too (高效办成一件事 under 一件事), so each occurrence shows the words written there."""
    text = report.text
    written = {m.start: m.end for e in report.entities if e.name == word for m in e.mentions}
    analysis = analysis_text(text) if has_glosses(text) else None
    rows = []
    for offset in keyword_offsets(report, word):
        if spans is not None and not any(s <= offset < e for s, e in spans):
            continue
        end = written.get(offset) or (_past_glosses(analysis, offset, len(word)) if analysis else offset + len(word))
        left = text[max(0, offset - width):offset].replace("\n", " ")
        right = text[end:end + width].replace("\n", " ")
        rows.append({"left": left, "word": text[offset:end], "right": right, "start": offset})
    return pd.DataFrame(rows, columns=["left", "word", "right", "start"])


def _past_glosses(analysis: str, offset: int, length: int) -> int:
    """The end of ``length`` characters from ``offset`` when pinyin glosses (經(jīng)濟) lie between them."""
    end, seen = offset, 0
    while seen < length and end < len(analysis):
        seen += analysis[end] != GLOSS
        end += 1
    return end


def entity_frame(report: Report, *, types: list[str] | None = None,
                 spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    rows = []
    for entity in report.entities:
        if types and entity.type not in types:
            continue
        mentions = entity.mentions if spans is None else mentions_within(entity.mentions, spans)
        if not mentions:
            continue
        rows.append({"name": entity.name, "type": entity.type, "类型": TYPE_LABELS[entity.type],
                     "count": len(mentions), "aliases": "、".join(entity.aliases),
                     "titles": "、".join(entity.titles), "first": mentions[0].start})
    frame = pd.DataFrame(rows, columns=["name", "type", "类型", "count", "aliases", "titles", "first"])
    return frame.sort_values(["count", "first"], ascending=[False, True]).reset_index(drop=True)


def mentions_within(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that lie wholly inside one of ``spans``."""
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]


def graph_data(report: Report, *, types: list[str] | None = None, window: str = "sentence",
               min_count: int = 1, min_weight: float = 0.0, spans: list[tuple[int, int]] | None = None,
               max_nodes: int = 60, show_formulas: bool = False,
               max_edges: int | None = None) -> tuple[list[Entity], list[Edge]]:
    """The entities (most frequent ``max_nodes`` of the chosen types) and their co-occurrence edges, strongest
    first and at most ``max_edges`` of them (default: one and a half per node, so that one long sentence naming
    twenty entities does not draw a clique of 190 lines); unless ``show_formulas``, the guiding formulas (the top
    leader, 两个确立, 党的二十大…) are left out as nodes and formula pairs (党中央–省委, the own region with its
    government) as edges."""
    chosen = entity_frame(report, types=types, spans=spans)
    if not show_formulas:
        chosen = chosen[~chosen["name"].isin(guiding_formulas(report.entities))]
    chosen = chosen.head(max_nodes)
    names = set(chosen["name"])
    entities = [e for e in report.entities if e.name in names]
    if spans is not None:
        entities = [replace(e, mentions=mentions_within(e.mentions, spans)) for e in entities]
    task_spans = [(t.start, t.end) for t in report.tasks]
    edges = cooccurrence_edges(entities, report.text, window=window, tasks=task_spans, min_count=min_count,
                               formula_names=formula_names(report.entities, named_in=home_text(report)))
    edges = [e for e in edges if e.weight >= min_weight and (show_formulas or not e.formula)]
    limit = max_edges if max_edges is not None else max(20, int(1.5 * len(entities)))
    return entities, edges[:limit]  # cooccurrence_edges sorts by weight, then count


def area_spans(report: Report) -> dict[str, tuple[int, int]]:
    """Each focus area's and requirement's label (as the charts write it) and its stretch of the text."""
    spans = {f"{number}. {shown(area.title)}": (area.start, area.end)
             for number, area in enumerate(report.focus_areas, 1)}
    spans |= {f"要求{number}. {shown(area.title)}": (area.start, area.end)
              for number, area in enumerate(report.requirements, 1)}
    return spans


def entity_area_matrix(report: Report, entity_names: list[str]) -> pd.DataFrame:
    """Mentions of each entity (rows) in each focus area and requirement (columns)."""
    return _entity_matrix(report, entity_names, {label: [span] for label, span in area_spans(report).items()})


def entity_theme_matrix(report: Report, entity_names: list[str]) -> pd.DataFrame:
    """Mentions of each entity (rows) inside the tasks of each theme (columns)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for task in report.tasks:
        for theme in task.themes:
            spans.setdefault(theme, []).append((task.start, task.end))
    return _entity_matrix(report, entity_names, spans)


def _entity_matrix(report: Report, entity_names: list[str], spans: dict[str, list[tuple[int, int]]]) -> pd.DataFrame:
    """Mentions of the named entities (rows, in the given order) in each labelled group of spans (columns)."""
    chosen = [e for e in report.entities if e.name in set(entity_names)]
    matrix = entity_span_matrix(chosen, spans)
    frame = pd.DataFrame(matrix).T.reindex(index=entity_names, columns=list(spans)).fillna(0).astype(int)
    return frame[(frame.sum(axis=1) > 0)]


def entity_sentences(report: Report, name: str, *, spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """The sentences that mention an entity, with their offsets; only mentions inside ``spans`` when given (the
    tasks of the chosen theme, or one focus area)."""
    entity = report.entity(name)
    if entity is None:
        return pd.DataFrame(columns=["sentence", "start", "end"])
    rows = []
    seen = set()
    for mention in entity.mentions:
        if spans is not None and not any(start <= mention.start < end for start, end in spans):
            continue
        start, end = sentence_span(report.text, mention.start)
        if start not in seen:
            seen.add(start)
            rows.append({"sentence": report.text[start:end].strip(), "start": start, "end": end})
    return pd.DataFrame(rows, columns=["sentence", "start", "end"])


def neighbours(edges: list[Edge], name: str) -> pd.DataFrame:
    """An entity's neighbours, strongest first: count, weight (significance) and NPMI."""
    rows = [{"neighbour": e.target if e.source == name else e.source, "count": e.count, "weight": e.weight,
             "npmi": e.npmi} for e in edges if name in (e.source, e.target)]
    frame = pd.DataFrame(rows, columns=["neighbour", "count", "weight", "npmi"])
    return frame.sort_values(["weight", "count"], ascending=False).reset_index(drop=True)


def edge_evidence(report: Report, edges: list[Edge], first: str, second: str) -> pd.DataFrame:
    """The sentences (windows) two entities share, with their offsets: why the edge is there."""
    edge = next((e for e in edges if {e.source, e.target} == {first, second}), None)
    rows = [{"sentence": report.text[start:end].strip(), "start": start, "end": end}
            for start, end in (edge.evidence if edge else [])]
    return pd.DataFrame(rows, columns=["sentence", "start", "end"])


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """The sentence (ended by 。！？； or a line break) around ``offset``."""
    start = offset
    while start > 0 and not _SENTENCE_END.match(text[start - 1]):
        start -= 1
    match = _SENTENCE_END.search(text, offset)
    end = match.end() if match else len(text)
    return start, end


def theme_of_words(report: Report, frame: pd.DataFrame) -> dict[str, str]:
    """For word-cloud colouring: each keyword's most frequent theme among the tasks it occurs in."""
    tasks = sorted((t.start, t.end, t.themes) for t in report.tasks)
    starts = [t[0] for t in tasks]
    result = {}
    for word in frame["word"]:
        counts: Counter[str] = Counter()
        for offset in keyword_offsets(report, word):
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < tasks[index][1]:
                counts.update(tasks[index][2])
        if counts:
            result[word] = counts.most_common(1)[0][0]
    return result


def display_title(report: Report) -> str:
    """The report's title, with its region and year put in front when the title lacks them (广东's own title is
    just 政府工作报告)."""
    region, _ = guess_region(report)
    return full_title(report.meeting.title or file_stem(report.source) or "未命名报告", region=region,
                      date=report.meeting.date)


def level_label(code: str) -> str:
    """The Chinese name of a report's level (province → 省级); a code without one as it is."""
    return LEVEL_LABELS.get(code, code)


def file_stem(source: str | None) -> str | None:
    """A file's name without its folder and extension (会议记录.txt → 会议记录): what an untitled report is called."""
    return PurePath(source).stem if source else None


def full_title(title: str, *, region: str | None, date: str | None) -> str:
    """``title`` with ``region`` and the year of ``date`` put in front when it lacks them."""
    year = (date or "")[:4]
    if region and region[:2] not in title:
        title = f"{region}{title}"
    if year.isdigit() and year not in title and not re.search(r"\d{4}", title):
        title = f"{year}年{title}"
    return title
