"""AppTest for every page: renders, follows the theme filter, restores filters from the URL, exports right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))
TIMEOUT = 120


def app(query: dict[str, str] | None = None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    return at


def open_page(page: str, query: dict[str, str] | None = None):
    at = app(query)
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def fingerprint(at) -> str:
    """What the page shows: texts, numbers, charts, tables, images and HTML."""
    parts = [e.value for kind in ("title", "caption", "markdown", "subheader") for e in getattr(at, kind)]
    parts += [str(m.value) for m in at.metric]
    for chart in at.get("plotly_chart"):
        parts.append(json.dumps(json.loads(chart.proto.spec), ensure_ascii=False))
    for kind in ("dataframe", "image", "html"):
        for element in at.get(kind):
            parts.append(str(getattr(element, "proto", None) or getattr(element, "value", "")))
    return "\n".join(parts)


def test_every_page_is_tested():
    assert PAGES == ["pages/entities.py", "pages/keywords.py", "pages/overview.py", "pages/source.py",
                     "pages/tasks.py"]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(page):
    at = open_page(page)
    assert at.title, "every page has a title"
    assert [m.key for m in at.sidebar.multiselect] == ["theme", "etype"], "the entry's shared filters are there"


@pytest.mark.parametrize("page", PAGES)
def test_theme_filter_changes_what_is_shown(page):
    plain = fingerprint(open_page(page))
    filtered = fingerprint(open_page(page, {"theme": "民生保障"}))
    assert plain != filtered


@pytest.mark.parametrize("page", PAGES)
def test_query_parameters_restore_the_filters(page):
    at = open_page(page, {"report": "2026 河北省 政府工作报告", "theme": "科技创新", "etype": "地点"})
    assert at.sidebar.selectbox(key="report").value == "2026 河北省 政府工作报告"
    assert at.sidebar.multiselect(key="theme").value == ["科技创新"]
    assert at.sidebar.multiselect(key="etype").value == ["地点"]
    assert "河北" in fingerprint(at)


@pytest.mark.parametrize("page", [p for p in PAGES if not p.endswith(("source.py", "keywords.py"))])
def test_plotly_figures_carry_the_export_configuration(page):
    at = open_page(page, {"fmt": "SVG"})
    charts = at.get("plotly_chart")
    assert charts
    for chart in charts:
        config = json.loads(chart.proto.config)
        options = config["toImageButtonOptions"]
        assert options["scale"] >= 3
        assert options["format"] == "svg"
        assert options["filename"].startswith("政策报告透视_")
        spec = json.loads(chart.proto.spec)
        assert "PolicyLens" in json.dumps(spec["layout"]["annotations"], ensure_ascii=False), "source line"
        assert spec["layout"]["title"]["text"]


def test_keywords_page_draws_a_word_cloud_png():
    at = open_page("pages/keywords.py")
    images = at.get("image")
    assert images
    assert at.get("download_button")


def test_source_page_jumps_to_a_sentence_and_rejects_a_bad_offset():
    good = open_page("pages/source.py", {"at": "600"})
    assert any("定位的句子" in m.value for m in good.markdown)
    bad = open_page("pages/source.py", {"at": "99999999"})
    assert any("无法定位" in w.value for w in bad.warning)


def test_presentation_mode_hides_the_chrome():
    at = open_page("pages/overview.py", {"present": "true"})
    assert any("stSidebar" in str(h.proto) for h in at.get("html"))


def test_selecting_a_report_reparses_it():
    at = open_page("pages/overview.py", {"report": "2026 广东省 政府工作报告"})
    assert "政府工作报告" in at.title[0].value
    assert any(m.label == "重点领域" and str(m.value) == "14" for m in at.metric)
