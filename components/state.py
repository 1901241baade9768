"""Shared state: the sidebar filters (bound to the URL), the loaded report, cached tables."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from components.navigation import navigate, sidebar_links
from policylens.corrections import KINDS
from policylens.model import Report
from policylens.nlp.segment import tokenizer
from policylens.resources import data_fingerprint
from policylens.store import catalog, corpus
from policylens.store.library import Library, report_id_for
from policylens.views import report as views

log = logging.getLogger(__name__)
FORMATS = {"PNG": "png", "SVG": "svg"}
FAVICON = str(Path(__file__).parent / "assets" / "favicon.png")  # a local file: a material icon is fetched online


@st.cache_resource(show_spinner="正在加载分词词典…")
def segmenter():
    """The tokenizer, once per server process."""
    return tokenizer()


@st.cache_resource(show_spinner=False)
def library() -> Library:
    """The report library (``$POLICYLENS_DATA_DIR`` or the per-user data directory), shared by all sessions."""
    return Library()


@st.cache_resource(show_spinner=False)
def _embedded_hashes() -> dict[str, str]:
    hashes = {}
    for item in catalog.embedded_reports():
        with open(item.path, encoding="utf-8") as handle:
            hashes[item.id] = report_id_for(handle.read())
    return hashes


def resolve_report_link(labels: dict[str, str]) -> str | None:
    """Make the ``report`` in the URL a report id: an old link's label or an example's id becomes the id it names
    now; a name that names nothing is dropped and returned, so the page can say so."""
    wanted = st.query_params.get("report")
    if not wanted or wanted in labels:
        return None
    by_label = {label: rid for rid, label in labels.items()}
    hashes = _embedded_hashes()
    example = wanted.replace(" ", "_")  # 2026 广东省 政府工作报告: an example's old label is its id with spaces
    found = by_label.get(wanted) or (example if example in labels else None) or (
        hashes.get(example) if hashes.get(example) in labels else None)
    if found is not None:
        st.query_params["report"] = found
        return None
    del st.query_params["report"]
    return wanted


def report_choices() -> dict[str, str]:
    """Label → report id: the embedded reports, then the library's (an embedded report already in the library
    is shown once, as the library's). The seed comes first either way: it is the default."""
    return _report_choices(library().stamp())


@st.cache_data(max_entries=4, show_spinner=False)
def _report_choices(stamp: tuple[int, ...]) -> dict[str, str]:
    stored = library().reports()
    stored_ids = {r["id"] for r in stored}
    hashes = _embedded_hashes()
    choices = {e.label: e.id for e in catalog.embedded_reports() if hashes.get(e.id) not in stored_ids}
    seed_hash = hashes.get(catalog.SEED_ID)
    for row in stored:
        title = views.full_title(row["title"] or views.file_stem(row["source"]) or row["id"], region=row["region"],
                                 date=row["date"])
        label = f"{title}（{row['date'] or '无日期'}）"
        if label in choices:
            label = f"{label} #{row['id'][:6]}"
        choices[label] = row["id"]
    if seed_hash in stored_ids:
        seed_label = next(label for label, rid in choices.items() if rid == seed_hash)
        choices = {seed_label: seed_hash, **{k: v for k, v in choices.items() if k != seed_label}}
    return choices


def corpus_call(name: str, *args, **kwargs):
    """A ``policylens.corpus`` function over the library, cached until the library is written to."""
    return _corpus_call(name, library().stamp(), args, tuple(sorted(kwargs.items())))


@st.cache_data(max_entries=64, show_spinner="正在汇总报告库…")
def _corpus_call(name: str, stamp: tuple[int, ...], args: tuple, kwargs: tuple):
    converted = [list(a) if isinstance(a, tuple) else a for a in args]
    options = {k: list(v) if isinstance(v, tuple) else v for k, v in kwargs}
    return getattr(corpus, name)(library(), *converted, **options)


def source_link(report_id: str, offset: int, selection: tuple[str, ...] = ()) -> str:
    """A link to the source page of a report at ``offset`` (and with a theme filter, when given)."""
    query = [("report", report_id), ("at", str(offset)), *(("theme", s) for s in selection)]
    return "./source?" + urlencode(query)


def label_of(report_id: str) -> str:
    return next((label for label, rid in report_choices().items() if rid == report_id), report_id)


def parse_version(report_id: str) -> str:
    """Changes when what a parse shows would change: the library's contents (edits, corrections) for a stored
    report; the parser's code and word lists and the library-wide corrections for an embedded one."""
    if _is_embedded(report_id):
        return f"{data_fingerprint()}:{library().corrections_stamp()}"
    return ":".join(map(str, library().stamp()))


def _is_embedded(report_id: str) -> bool:
    return report_id in {e.id for e in catalog.embedded_reports()}


def parsed(report_id: str) -> Report:
    return _parsed(report_id, parse_version(report_id))


@st.cache_data(max_entries=12, show_spinner="正在解析报告…")
def _parsed(report_id: str, version: str) -> Report:
    if _is_embedded(report_id):
        return catalog.load_embedded(report_id, corrections=tuple(library().corrections()))
    return library().load(report_id)


def task_table(report_id: str) -> pd.DataFrame:
    return _task_table(report_id, parse_version(report_id))


@st.cache_data(max_entries=12, show_spinner=False)
def _task_table(report_id: str, version: str) -> pd.DataFrame:
    return views.task_frame(_parsed(report_id, version))


def filtered_tasks(report_id: str, selection: tuple[str, ...]) -> pd.DataFrame:
    return _filtered_tasks(report_id, parse_version(report_id), selection)


@st.cache_data(max_entries=64, show_spinner=False)
def _filtered_tasks(report_id: str, version: str, selection: tuple[str, ...]) -> pd.DataFrame:
    return views.filter_tasks(_task_table(report_id, version), list(selection))


def options(report_id: str) -> list[str]:
    return _options(report_id, parse_version(report_id))


@st.cache_data(max_entries=12, show_spinner=False)
def _options(report_id: str, version: str) -> list[str]:
    return views.filter_options(_parsed(report_id, version))


def user_stopwords() -> list[str]:
    """The stopwords the user added (library-wide ``add_stopword`` corrections)."""
    return [c["word"] for c in library().corrections() if c["kind"] == "add_stopword"]


def add_stopwords(words: list[str]) -> None:
    """Record stopwords for every report (the one stopword mechanism: see ``policylens.corrections``)."""
    known = set(user_stopwords())
    for word in dict.fromkeys(words):
        if word and word not in known:
            library().add_correction("add_stopword", {"word": word})


CORRECTION_LABELS = {name: kind.label for name, kind in KINDS.items()}


@dataclass(frozen=True)
class View:
    """What the sidebar chose: the report, the theme/focus-area filter, entity types, export format."""

    report_id: str
    selection: tuple[str, ...]
    entity_types: tuple[str, ...]
    image_format: str
    presenting: bool
    report: Report
    title_override: str | None = None

    @property
    def tasks(self) -> pd.DataFrame:
        return filtered_tasks(self.report_id, self.selection)

    @property
    def filtered(self) -> bool:
        return bool(self.selection)

    @property
    def spans(self) -> list[tuple[int, int]] | None:
        return views.spans_of(self.tasks) if self.selection else None

    @property
    def filter_label(self) -> str:
        return views.filter_label(list(self.selection))

    @property
    def short_title(self) -> str:
        if self.title_override:
            return self.title_override
        if self.report.meeting.title:
            return views.display_title(self.report)  # with its region and year when the text's own title lacks them
        return label_of(self.report_id)

    @property
    def source_line(self) -> str:
        meeting = self.report.meeting
        date = f"（{meeting.date}）" if meeting.date and not self.title_override else ""
        if self.short_title.endswith(date):
            date = ""  # a library label carries its date already
        return f"来源：{self.short_title}{date} · PolicyLens 政策报告透视"

    def about(self, title: str) -> View:
        """The same view, its charts titled and sourced for ``title`` (several reports, a corpus). The sidebar's
        theme filter narrows one report's tasks, not these charts, so their subtitles do not claim it."""
        return replace(self, title_override=title, selection=())

    def chart_title(self, name: str) -> tuple[str, str]:
        return f"{name}", f"{self.short_title} · {self.filter_label}"

    def source_link(self, offset: int) -> str:
        """A link to the source page at ``offset``, keeping the report and filters."""
        return source_link(self.report_id, offset, self.selection)

    def file_name(self, name: str) -> str:
        return views.export_name(self.short_title, name, self.selection)


def sidebar() -> View:
    """Render the shared filters (entry file, before ``page.run()``); every one is bound to the URL."""
    labels = {rid: label for label, rid in report_choices().items()}
    missing = resolve_report_link(labels)
    # The URL carries the report's stable id (a widget bound to the URL would carry its label, which changes when
    # a report is renamed or an example is ingested), so this one picker is kept in step with the URL by hand.
    from_url = st.query_params.get("report")
    if st.session_state.get("report") not in labels or (from_url in labels and from_url != st.session_state.get(
            "_report_in_url")):
        st.session_state["report"] = from_url if from_url in labels else next(iter(labels))
    with st.sidebar:
        st.markdown("### 政策报告透视")
        sidebar_links()
        st.divider()
        report_id = st.selectbox("报告", options=list(labels), format_func=labels.get, key="report",
                                 placeholder="选择报告", help=f"当前报告：{labels[st.session_state['report']]}")
    if st.query_params.get("report") != report_id:
        st.query_params["report"] = report_id
    st.session_state["_report_in_url"] = report_id
    with st.sidebar:
        available = options(report_id)
        selection = st.multiselect("主题 / 重点领域", options=available, key="theme", bind="query-params",
                                   select_all=False, placeholder="全部主题",
                                   help="选择主题或重点领域，图表和任务表只显示相关任务")
        type_codes = {label: code for code, label in views.TYPE_LABELS.items()}
        chosen_types = st.multiselect("实体类型", options=list(type_codes), key="etype", bind="query-params",
                                      select_all=False, placeholder="全部类型")
        types = [type_codes[t] for t in chosen_types]
        image_format = st.segmented_control("图表导出格式", options=list(FORMATS), default="PNG", key="fmt",
                                            bind="query-params",
                                            help="图表右上角相机按钮保存的格式：16:9，1600×900 的 2 倍分辨率")
        presenting = st.toggle("演示模式", key="present", bind="query-params",
                               help="隐藏控件和边栏，截图即可用于简报（1920×1080）")
        st.caption("PolicyLens · 离线运行，不上传任何数据")
    if missing:
        st.session_state["_missing_report"] = (missing, report_id)
    said = st.session_state.get("_missing_report")
    if said and said[1] == report_id:  # said until another report is chosen
        st.warning(f"链接中的报告“{views.md(said[0])}”不在报告库中（可能已被删除），现在显示的是“{views.md(labels[report_id])}”。")
    return View(report_id=report_id, selection=tuple(s for s in selection if s in available),
                entity_types=tuple(types), image_format=FORMATS.get(image_format or "PNG", "png"),
                presenting=bool(presenting), report=parsed(report_id))


_RUN = threading.local()  # the view of the run in progress, set by the entry file around page.run()


@contextmanager
def timed(page: str):
    """With POLICYLENS_TIMINGS set, each run's server time goes to stderr (``benchmarks/bench_browser.py`` reads
    it beside the times the browser measures)."""
    if not os.environ.get("POLICYLENS_TIMINGS"):
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"policylens-timing page={page or 'home'} ms={(time.perf_counter() - start) * 1000:.0f}",
              file=sys.stderr, flush=True)


@contextmanager
def running(view: View):
    """The entry file wraps ``page.run()`` in this, so pages know the entry ran in this very run. A page that fails
    says so in Chinese with the reason, never with a traceback on screen (the traceback goes to the log)."""
    _RUN.view = view
    try:
        yield view
    except Exception as exc:  # Streamlit's own rerun and stop signals are not Exceptions: they pass
        log.exception("page failed")
        st.error(f"{PAGE_FAILED}（{exc.__class__.__name__}：{views.md(str(exc)[:200])}）。报告库未改动；可刷新页面重试，"
                 "或换一份报告、清除筛选。", icon=":material/error:")
    finally:
        _RUN.view = None


PAGE_FAILED = "这一页出错了"


def current() -> View:
    """The view the entry file chose for this run."""
    view = getattr(_RUN, "view", None)
    if view is None:
        # A page ran without the entry file: Streamlit's legacy pages-folder mode does this for the first request
        # of a fresh server straight to a page URL (and AppTest on every run). Register the real navigation. In a
        # browser, run again at once (once per session), through the entry: widgets drawn in this legacy run carry
        # another page's id, so a file uploaded into them would be dropped on the next run; nothing is lost, the
        # session's first run had no input yet. AppTest runs the page file itself every time: the entry's filters
        # are drawn here.
        navigate()
        if st.context.headers and not st.session_state.get("_rerun_through_entry"):  # a browser, not AppTest
            st.session_state["_rerun_through_entry"] = True
            st.rerun()
        view = prepare()
    return view


def prepare() -> View:
    """What the entry file does before ``page.run()``: page config, the shared filters, presentation mode."""
    st.set_page_config(page_title="政策报告透视 PolicyLens", page_icon=FAVICON, layout="wide")
    view = sidebar()
    # a sidebar wide enough for a report's title in the picker (its full title is also in the picker's help)
    st.html("""<style>section[data-testid="stSidebar"] { width: 380px !important; min-width: 380px !important; }
    .st-key-report input { font-size: 14px !important; text-overflow: ellipsis; }</style>""")
    from components import briefing  # it imports this module: the sidebar's last control, after the filters

    with st.sidebar:
        briefing.controls(view)
    if view.presenting:
        hide_chrome()
        leave = {k: v for k, v in st.query_params.items() if k != "present"}
        st.markdown(f"<div style='text-align:right;font-size:13px'><a href='?{urlencode(leave)}' target='_self'>"
                    "退出演示模式</a></div>", unsafe_allow_html=True)
    return view


def hide_chrome() -> None:
    """Presentation mode: no sidebar, header, toolbar or page controls."""
    st.html("""<style>
    [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
    [data-testid="stSidebarCollapsedControl"],
    [data-testid="stDecoration"], .st-key-controls, .st-key-downloads { display: none !important; }
    .block-container { padding-top: 1.2rem !important; max-width: 100% !important; }
    </style>""")
