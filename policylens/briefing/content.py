"""What goes into a briefing pack: the title, a summary whose statements point at the source, the charts with a
caption computed from their data, and the top tasks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from policylens.model import Report
from policylens.store.library import guess_region
from policylens.views import figures, wordcloud
from policylens.views import report as views
from policylens.views.report import display_title
from policylens.views.targets import report_target_table

CHARTS = ("areas", "themes", "wordcloud", "network", "heatmap", "targets")
CHART_NAMES = {"areas": "各重点领域任务数", "themes": "任务主题分布", "wordcloud": "关键词词云",
               "network": "实体共现网络", "heatmap": "实体 × 重点领域", "targets": "今年目标与上年实绩"}
TOP_TASKS = 12


@dataclass(frozen=True)
class BriefView:
    """Titles and the source line for a report and a filter (what the dashboard's view gives its charts)."""

    title: str
    date: str | None
    filter_label: str
    filtered: bool

    @property
    def source_line(self) -> str:
        date = f"（{self.date}）" if self.date else ""
        return f"来源：{self.title}{date} · PolicyLens 政策报告透视"

    def chart_title(self, name: str) -> tuple[str, str]:
        return name, f"{self.title} · {self.filter_label}"


@dataclass
class Statement:
    """One sentence of the summary and where in the source it comes from."""

    text: str
    offset: int | None = None
    source: str = ""  # the sentence of the report it rests on


@dataclass
class ChartSlide:
    key: str
    name: str
    caption: str
    figure: go.Figure | None = None  # a plotly chart, or…
    image: bytes | None = None  # …a picture (the word cloud)


@dataclass
class Brief:
    view: BriefView
    details: list[tuple[str, str]]
    summary: list[Statement]
    charts: list[ChartSlide] = field(default_factory=list)
    tasks: pd.DataFrame = field(default_factory=pd.DataFrame)


def brief_contents(report: Report, *, selection: tuple[str, ...] = (),
                   charts: tuple[str, ...] = CHARTS) -> Brief:
    """Everything a briefing pack shows, computed from the parse (the tasks narrowed to ``selection``)."""
    tasks = views.filter_tasks(views.task_frame(report), list(selection))
    view = BriefView(display_title(report), report.meeting.date, views.filter_label(list(selection)),
                     bool(selection))
    spans = views.spans_of(tasks) if selection else None
    meeting = report.meeting
    details = [("日期", meeting.date or "—"), ("地区", guess_region(report)[0] or "—"),
               ("讲话 / 报告人", meeting.speaker or "—"), ("筛选", view.filter_label)]
    brief = Brief(view=view, details=details, summary=summary(report, tasks))
    for key in charts:
        slide = _chart(key, report, tasks, view, spans)
        if slide is not None:
            brief.charts.append(slide)
    brief.tasks = top_tasks(tasks)
    return brief


def summary(report: Report, tasks: pd.DataFrame) -> list[Statement]:
    """Short statements a briefing opens with, each resting on a place in the source."""
    out: list[Statement] = []
    if not tasks.empty:
        counts = tasks.groupby("area", sort=False).size()
        areas = "、".join(f"{area}（{n}项）" for area, n in counts.head(6).items()) + ("等" if len(counts) > 6 else "")
        out.append(_stated(report, f"部署 {len(counts)} 个方面、{len(tasks)} 项任务：{areas}。",
                           int(tasks["start"].min())))
        strong = tasks[tasks["intensity"] == "强"]["verb"].dropna()
        if not strong.empty:
            verbs = Counter(strong).most_common(4)
            first = int(tasks[tasks["verb"] == verbs[0][0]]["start"].min())
            out.append(_stated(report, "力度最强的牵头动词：" + "、".join(f"{v}（{n}次）" for v, n in verbs) + "。",
                               first))
    terms = [k for k in report.keywords if not k.boilerplate][:6]
    if terms:
        out.append(_stated(report, "本报告的特色提法：" + "、".join(k.word for k in terms) + "。",
                           min(terms[0].offsets) if terms[0].offsets else None))
    targets = [t for t in report.targets if t.kind == "target" and t.indicator != "other"][:4]
    if targets:
        said = "；".join(t.text for t in targets)
        out.append(_stated(report, f"主要预期目标：{said}。", targets[0].start))
    return out


def top_tasks(tasks: pd.DataFrame, *, limit: int = TOP_TASKS) -> pd.DataFrame:
    """The tasks a reader should see first: the strongest-worded, spread over the focus areas."""
    if tasks.empty:
        return pd.DataFrame(columns=["area", "task", "theme"])
    ranked = tasks.assign(strength=tasks["intensity"].map({"强": 0, "中": 1}).fillna(2),
                          rank=tasks.groupby("area", sort=False).cumcount())
    chosen = ranked.sort_values(["strength", "rank", "start"]).head(limit).sort_values("start")
    return pd.DataFrame({"area": chosen["area"], "task": chosen["task"],
                         "theme": chosen["themes"].map(lambda t: "、".join(t) if t else "—")})


def _stated(report: Report, text: str, offset: int | None) -> Statement:
    if offset is None:
        return Statement(text)
    start, end = views.sentence_span(report.text, offset)
    return Statement(text, offset, report.text[start:end].strip())


def _chart(key: str, report: Report, tasks: pd.DataFrame, view: BriefView,
           spans: list[tuple[int, int]] | None) -> ChartSlide | None:
    name = CHART_NAMES[key]
    if key == "areas" and not tasks.empty:
        counts = tasks.groupby("area", sort=False).size()
        caption = (f"共 {len(tasks)} 项任务、{len(counts)} 个方面；"
                   f"任务最多的是“{counts.idxmax()}”（{counts.max()} 项）。")
        return ChartSlide(key, name, caption, figures.area_bar(tasks, view, label_width=24))
    if key == "themes" and not tasks.empty:
        counts = views.count_by(tasks, "themes", explode=True).rename(columns={"themes": "主题"})
        if counts.empty:
            return None
        top = counts.iloc[0]
        caption = f"最多的主题是“{top['主题']}”：{top['任务数']} 项任务，占 {top['任务数'] / len(tasks):.0%}。"
        return ChartSlide(key, name, caption, figures.count_bar(counts, "主题", view, name=name, top=12,
                                                                     color=figures.theme_color))
    if key == "wordcloud":
        words = views.keyword_table(report, spans=spans, limit=80)
        if words.empty:
            return None
        cloud = wordcloud.layout_wordcloud(dict(zip(words["word"], words["score"], strict=True)), width=1600,
                                           height=900, scale=1.0, max_words=len(words))
        caption = ("词的大小按 TF-IDF 与术语权重排序，套话与本地区名称不计；最突出的："
                   + "、".join(words["word"][:5]) + "。")
        return ChartSlide(key, name, caption, image=wordcloud.cloud_png(cloud))
    if key == "network":
        entities, edges = views.graph_data(report, spans=spans, max_nodes=40)
        if not edges:
            return None
        strongest = edges[0]
        caption = (f"{len(entities)} 个实体、{len(edges)} 条共现关系；最强的一对：{strongest.source}—{strongest.target}"
                   f"（同句 {strongest.count} 次）。")
        return ChartSlide(key, name, caption, figures.network(entities, edges, view, height=720))
    if key == "heatmap" and (report.focus_areas or report.requirements):
        names = [e.name for e in report.entities[:20]]
        matrix = views.entity_area_matrix(report, names)
        if matrix.empty:
            return None
        area = matrix.sum(axis=0).idxmax()
        caption = f"前 {len(matrix)} 个实体在各方面的提及次数；提及最集中的方面：“{area}”。"
        return ChartSlide(key, name, caption, figures.heatmap(matrix, view, name=name))
    if key == "targets":
        table = report_target_table(report)
        if table.empty:
            return None
        gdp = table[table["indicator"] == "gdp_growth"]
        caption = "；".join(f"{r.name}：今年 {r.target}" + (f"，上年 {r.result}" if r.result else "")
                           for r in (gdp if not gdp.empty else table).head(2).itertuples()) + "。"
        return ChartSlide(key, name, caption, figures.target_vs_result(table, view))
    return None
