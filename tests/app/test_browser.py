"""A real browser against a real server: every page loads with no error shown; screenshots for a look."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "shots" / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
PATHS = {
    "overview": "", "tasks": "tasks", "keywords": "keywords", "entities": "entities", "source": "source?at=600",
    "tasks-theme": "tasks?theme=" + quote("民生保障"), "overview-guangdong": "?report=" + quote("2026 广东省 政府工作报告"),
}
TITLES = {"overview": "工作部署大会", "tasks": "任务分解", "keywords": "关键词", "entities": "实体关系", "source": "原文",
          "tasks-theme": "任务分解", "overview-guangdong": "政府工作报告"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(data_dir: Path, log_path: Path):
    """A fresh Streamlit server on a free port over ``data_dir``; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "POLICYLENS_DATA_DIR": str(data_dir)}
    # the server's output goes to a file: an unread pipe fills up and blocks the server mid-test
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not become healthy")
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        print("streamlit server log (tail):\n" + log_path.read_text(encoding="utf-8", errors="replace")[-3000:])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("server") / "streamlit.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.fail("Debian's chromium is not installed (./test.sh installs it with apt-get)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


SETTLED = """() => {
    if (document.querySelector('[data-testid=stStatusWidget]') || !document.querySelector('h1')) return false;
    const charts = document.querySelectorAll('[data-testid=stPlotlyChart]').length;
    const drawn = document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length;
    return drawn >= charts && [...document.images].every(image => image.complete);
}"""


def requests_leaving(page) -> list[str]:
    """The URLs of every request ``page`` makes to anywhere but this machine, filled in as they happen."""
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).hostname not in ("127.0.0.1", "localhost") and
            urlparse(request.url).scheme in ("http", "https", "ws", "wss") else None)
    return outside


@pytest.mark.parametrize("name", list(PATHS))
def test_page_loads_in_a_browser_with_no_error(server, browser, name):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    outside = requests_leaving(page)
    try:
        try:
            page.goto(f"{server}/{PATHS[name]}", timeout=60_000, wait_until="domcontentloaded")
        except PlaywrightTimeout:  # once seen on a loaded machine: the navigation itself stalled; try it once more
            page.goto(f"{server}/{PATHS[name]}", timeout=90_000, wait_until="domcontentloaded")
        page.wait_for_selector("[data-testid=stApp]", timeout=60_000)
        page.wait_for_function("() => document.querySelector('h1') !== null", timeout=90_000)
        page.wait_for_function(SETTLED, timeout=90_000)
        errors = page.locator("[data-testid=stException], [data-testid=stAlertContentError]").all_inner_texts()
        assert errors == []
        assert TITLES[name] in page.locator("h1").first.inner_text()
        if name != "source":  # every other page draws charts: wait for their text, then read it
            page.wait_for_function("() => document.querySelectorAll('.main-svg text').length > 0", timeout=60_000)
        chart_text = page.evaluate("() => [...document.querySelectorAll('svg text')].map(t => t.textContent).join(' ')")
        assert "<span" not in chart_text and "<b>" not in chart_text, "our own chart markup is drawn, not shown"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        assert outside == [], "offline means offline: no request leaves the machine"
    finally:
        page.close()


def _settled_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1440, "height": 1800})
    page.goto(url, timeout=90_000, wait_until="domcontentloaded")
    page.wait_for_function("() => document.querySelector('h1') !== null", timeout=90_000)
    page.wait_for_function(SETTLED, timeout=90_000)
    return page


def _centre(locator) -> tuple[float, float]:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _click_until(page, locator, condition: str, *, attempts: int = 3) -> None:
    """Click a chart point until ``condition`` holds: a click landing while plotly redraws the chart (it does
    once more after the page settles, at its final width) is lost."""
    for attempt in range(attempts):
        page.mouse.click(*_centre(locator))
        try:
            page.wait_for_function(condition, timeout=15_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def _hover(page, locator) -> str:
    """Move onto the middle of a chart point; returns the hover text it shows."""
    page.mouse.move(*_centre(locator))
    page.wait_for_timeout(300)
    return page.locator(".hoverlayer").evaluate_all("layers => layers.map(l => l.textContent).join('')")


def test_a_click_on_a_node_or_a_heatmap_cell_shows_that_entitys_sentences(server, browser):
    page = _settled_page(browser, f"{server}/entities")
    try:
        for needed in (".st-key-network .scatterlayer .points path", ".st-key-heatmap .scatterlayer .points path",
                       ".st-key-entity input"):
            page.wait_for_selector(needed, timeout=60_000)
        chosen = "() => document.querySelector('.st-key-entity input').value"
        first = page.evaluate(chosen)
        nodes = page.locator(".st-key-network .scatterlayer .points path")
        node = next(nodes.nth(i) for i in range(nodes.count())  # a node other than the one already chosen
                    if (hover := _hover(page, nodes.nth(i))) and not hover.startswith(first))
        name = hover.split("提及")[0]
        _click_until(page, node, f"() => ({chosen})() === {name!r}")

        cell = page.locator(".st-key-heatmap .scatterlayer .points path").first
        hover = _hover(page, cell)
        entity, area = hover.split("提及")[0].split(" · ")
        _click_until(page, cell, f"() => document.body.innerText.includes('范围：{area}')")
        assert page.evaluate(chosen) == entity
    finally:
        page.close()


def test_the_first_upload_on_a_fresh_server_opened_at_the_library_is_kept(browser, tmp_path):
    """Streamlit's legacy pages-folder mode answers a fresh server's first request to a page URL; a file added
    right away used to vanish on the next run."""
    report = tmp_path / "某区上半年工作会议.txt"
    report.write_text("5月8日，某区召开上半年经济工作会议，总结上半年工作，部署下半年任务。区委书记王建国出席会议并讲话。\n"
                      "要聚焦产业发展，夯实经济基础。加快推进智能制造产业园建设，壮大新能源汽车等产业，推动重点项目早投产。\n"
                      "要聚焦民生保障，增进人民福祉。办好十件民生实事，稳定就业岗位，完善社会保障体系，提升公共服务水平。\n",
                      encoding="utf-8")
    with running_server(tmp_path / "data", tmp_path / "streamlit.log") as base:
        page = browser.new_page(viewport={"width": 1440, "height": 1200})
        try:
            page.goto(f"{base}/library", timeout=90_000, wait_until="domcontentloaded")
            page.wait_for_selector("input[type=file]", state="attached", timeout=90_000)
            page.locator("input[type=file]").first.set_input_files(str(report))
            add = page.get_by_role("button", name="加入报告库")
            page.wait_for_function("() => [...document.querySelectorAll('button')].some(b => "
                                   "b.innerText.includes('加入报告库') && !b.disabled)", timeout=30_000)
            add.click()
            page.wait_for_function("() => document.body.innerText.includes('已加入报告库')", timeout=60_000)
            assert "某区上半年工作会议.txt" in page.locator("[data-testid=stMain]").inner_text()
        finally:
            page.close()
