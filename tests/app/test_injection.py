"""A hostile report (markup in its headings and its file name) shown on every page: nothing it carries becomes an
element, a link or a request."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from app.test_browser import SETTLED, browser, requests_leaving, running_server  # noqa: F401  (browser is a fixture)
from conftest import CORPUS

from policylens.store.ingest import ingest_bytes
from policylens.store.library import Library
from policylens.views.report import filter_options

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.stem for p in (ROOT / "pages").glob("*.py"))
EVIL = "evil.invalid"
PAYLOADS = {
    "image": f"<img src=//{EVIL}/pixel.png>",
    "link": f"<a href=//{EVIL}/login><b>点击此处重新登录</b></a>",
    "markdown": f"[点击此处重新登录](//{EVIL}/md)![图](//{EVIL}/md.png)",
}
# every way the page could carry it out: an element pointing away, in HTML or in plotly's SVG
POINTING_AWAY = f"""() => [...document.querySelectorAll('a, img, image, iframe, script, link, source, video, audio')]
    .map(e => e.getAttribute('href') || e.getAttribute('xlink:href') || e.getAttribute('src') || '')
    .filter(url => url.includes('{EVIL}'))"""


def hostile_report() -> str:
    """河北's report with markup in two focus-area headings and its first line (as a web page pasted raw might)."""
    lines = (CORPUS / "2026_河北省_政府工作报告.txt").read_text(encoding="utf-8").splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("（一）全力办好国家大事"))
    lines[heading] = lines[heading].replace("国家大事", "国家大事" + PAYLOADS["image"], 1) + PAYLOADS["link"]
    second = next(i for i in range(heading + 1, len(lines)) if lines[i].startswith("（二）"))
    lines[second] = lines[second][:3] + PAYLOADS["markdown"] + lines[second][3:]
    lines[0] = PAYLOADS["image"] + lines[0]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("hostile")
    [result] = ingest_bytes(Library(data_dir), [(PAYLOADS["link"] + ".txt", hostile_report().encode())])
    assert result.status == "added", result.message
    report = Library(data_dir).load(result.report_id)
    titles = " ".join(area.title + area.goal for area in report.focus_areas)
    assert PAYLOADS["image"] in titles and f"登录](//{EVIL}/md)" in titles and "<a href" in titles, \
        "the payloads reach the focus areas, so every chart and caption that shows them is tested"
    hostile_area = next(option for option in filter_options(report) if f"{EVIL}/md" in option)
    with running_server(data_dir, tmp_path_factory.mktemp("log") / "streamlit.log") as base:
        yield base, result.report_id, hostile_area


@pytest.mark.parametrize("page_name", PAGES)
def test_a_hostile_report_makes_no_element_link_or_request_on_any_page(hostile_server, browser, page_name):  # noqa: F811
    base, report_id, hostile_area = hostile_server
    path = "" if page_name == "overview" else page_name
    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    requests = requests_leaving(page)
    try:
        page.goto(f"{base}/{path}?report={quote(report_id)}&theme={quote(hostile_area)}", timeout=90_000,
                  wait_until="domcontentloaded")
        page.wait_for_function(SETTLED, timeout=90_000)
        page.wait_for_timeout(500)  # images and fonts a rendered payload would ask for
        for chart in page.locator("[data-testid=stPlotlyChart]").all()[:3]:
            box = chart.bounding_box()
            if box:  # hover labels carry report text too
                chart.scroll_into_view_if_needed()
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.wait_for_timeout(200)
        assert page.evaluate(POINTING_AWAY) == []
        assert requests == []
        assert page.locator("[data-testid=stException]").count() == 0
    finally:
        page.close()
