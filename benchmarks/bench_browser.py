"""Speed as a user feels it, measured in Chromium: from the action to the charts settled, with the server time.

Actions on the largest report (广东, 95,983 characters): each page's first load (a new tab, the server warm),
switching the sidebar's report from the seed to it, and a theme filter added and removed on the tasks page.
"Settled" means Streamlit has stopped running, every plotly chart is drawn, every image is loaded and nothing in
the page has changed for 400 ms; the time reported is that of the last change. The server time is the script's
own run time for the same action (``POLICYLENS_TIMINGS``), summed over the runs the action caused.

Run: .venv/bin/python benchmarks/bench_browser.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LARGEST = "2026_广东省_政府工作报告"
PAGES = ["", "tasks", "keywords", "entities", "targets", "source", "compare", "corpus", "phrases", "library"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
QUIET_MS = 400

TRACK_CHANGES = """() => {
    window.__lastChange = performance.now();
    new MutationObserver(() => { window.__lastChange = performance.now(); })
        .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
SETTLED = f"""() => {{
    if (document.querySelector('[data-testid=stStatusWidget]') || !document.querySelector('h1')) return false;
    const charts = document.querySelectorAll('[data-testid=stPlotlyChart]').length;
    const drawn = document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length;
    if (drawn < charts || ![...document.images].every(image => image.complete)) return false;
    return performance.now() - window.__lastChange > {QUIET_MS};
}}"""


def start_server(data_dir: str, log_path: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "POLICYLENS_DATA_DIR": data_dir, "POLICYLENS_TIMINGS": "1"}
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
                                "--server.port", str(port), "--server.headless", "true"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=log_path.open("w"), env=env)
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            urllib.request.urlopen(f"{base}/_stcore/health", timeout=1)
            return process, base
        except OSError:
            time.sleep(0.1)


class ServerTimes:
    """The ``policylens-timing`` lines the server wrote since the last call."""

    def __init__(self, log_path: Path):
        self.path, self.seen = log_path, 0

    def since_last(self) -> list[int]:
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        fresh, self.seen = lines[self.seen:], len(lines)
        return [int(m.group(1)) for line in fresh if (m := re.search(r"policylens-timing .* ms=(\d+)", line))]


def settle(page, started: float) -> float:
    """Seconds from ``started`` (the page's performance.now()) to the last change before the page settled."""
    page.wait_for_function(SETTLED, timeout=120_000, polling=100)
    return (page.evaluate("() => window.__lastChange") - started) / 1000


def now(page) -> float:
    return page.evaluate("() => performance.now()")


def open_settled(browser, url: str):
    """A new tab at ``url``, watched for changes, once it has settled; and the seconds that took."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.add_init_script(f"({TRACK_CHANGES})()")
    page.goto(url)
    return page, settle(page, 0.0)  # performance.now() counts from the navigation's start


def timed_click(page, locator, times: ServerTimes) -> tuple[float, int]:
    """Seconds from a click on ``locator`` to the page settled, and the server's milliseconds for it."""
    times.since_last()
    started = now(page)
    locator.click()
    return settle(page, started), sum(times.since_last())


def first_loads(browser, base: str, times: ServerTimes, runs: int) -> None:
    for path in PAGES:
        browser_times, server_times = [], []
        for _ in range(runs):
            times.since_last()
            page, seconds = open_settled(browser, f"{base}/{path}?report={quote(LARGEST)}")
            browser_times.append(seconds)
            server_times.append(sum(times.since_last()))
            page.close()
        print(f"first load  {path or 'overview':<9} browser {statistics.median(browser_times):5.2f} s   "
              f"server {statistics.median(server_times):5.0f} ms")


def switch_report(browser, base: str, times: ServerTimes, runs: int) -> None:
    browser_times, server_times = [], []
    for _ in range(runs):
        page, _ = open_settled(browser, f"{base}/?report=seed")
        page.locator(".st-key-report input").click()
        page.keyboard.type("广东")  # the list is virtual: only the options in view exist in the page
        seconds, server = timed_click(page, page.get_by_role("option").filter(has_text="广东").first, times)
        browser_times.append(seconds)
        server_times.append(server)
        page.close()
    print(f"switch report seed -> largest (overview) browser {statistics.median(browser_times):5.2f} s   "
          f"server {statistics.median(server_times):5.0f} ms")


def theme_filter(browser, base: str, times: ServerTimes, runs: int) -> None:
    for path in ("", "tasks", "keywords", "entities"):
        added, removed, server_added, server_removed = [], [], [], []
        for _ in range(runs):
            page, _ = open_settled(browser, f"{base}/{path}?report={quote(LARGEST)}")
            page.locator(".st-key-theme input").click()
            seconds, server = timed_click(page, page.get_by_role("option", name="民生保障"), times)
            added.append(seconds)
            server_added.append(server)
            page.keyboard.press("Escape")
            settle(page, now(page))
            seconds, server = timed_click(page, page.locator(".st-key-theme [aria-label='Remove 民生保障']"), times)
            removed.append(seconds)
            server_removed.append(server)
            page.close()
        print(f"theme filter {path or 'overview':<9} added browser {statistics.median(added):5.2f} s server "
              f"{statistics.median(server_added):4.0f} ms | removed browser {statistics.median(removed):5.2f} s "
              f"server {statistics.median(server_removed):4.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("Debian's chromium is needed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    from policylens.store import catalog
    from policylens.store.ingest import ingest_files
    from policylens.store.library import Library

    data_dir = tempfile.mkdtemp(prefix="policylens-bench-browser-")
    ingest_files(Library(Path(data_dir)), [e.path for e in catalog.embedded_reports()], jobs=1)
    log_path = Path(data_dir) / "server.log"
    process, base = start_server(data_dir, log_path)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; library: the 11 example reports; "
          f"median of {args.runs}; the server warm (each page visited once before timing)")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            times = ServerTimes(log_path)
            for path in PAGES:  # parses and caches, as on a server that has been in use
                open_settled(browser, f"{base}/{path}?report={quote(LARGEST)}")[0].close()
            first_loads(browser, base, times, args.runs)
            switch_report(browser, base, times, args.runs)
            theme_filter(browser, base, times, args.runs)
            browser.close()
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
