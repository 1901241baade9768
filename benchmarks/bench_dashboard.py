"""Dashboard timings: word cloud at 1600x900, filter-change reruns (AppTest), cold server to first page.

Run: .venv/bin/python benchmarks/bench_dashboard.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REPORTS = {"seed": "示例：火炬开发区2023年年中工作会议", "largest (广东, 95,983 chars)": "2026 广东省 政府工作报告"}
PAGES = ["pages/overview.py", "pages/tasks.py", "pages/keywords.py", "pages/entities.py", "pages/source.py"]


def wordcloud_timing(runs: int) -> None:
    from wordcloud import WordCloud

    from policylens.store.catalog import load_embedded
    from policylens.views.report import keyword_table
    from policylens.views.wordcloud import cloud_png, font_path, layout_wordcloud

    words = keyword_table(load_embedded("seed"), limit=100)
    frequencies = dict(zip(words["word"], words["score"], strict=True))
    fast, plain = [], []
    for _ in range(runs):
        start = time.perf_counter()
        cloud_png(layout_wordcloud(frequencies, width=1600, height=900, scale=2.0))
        fast.append(time.perf_counter() - start)
        start = time.perf_counter()
        WordCloud(font_path=font_path(), width=1600, height=900).generate_from_frequencies(frequencies).to_image()
        plain.append(time.perf_counter() - start)
    print(f"word cloud 1600x900, seed, 100 words: PolicyLens {statistics.median(fast):.2f} s (layout at 800x450, "
          f"drawn at 2x) vs plain WordCloud(1600, 900) {statistics.median(plain):.2f} s (target <= 1.0 s)")


def rerun_timing(runs: int) -> None:
    from streamlit.testing.v1 import AppTest

    for label, report in REPORTS.items():
        for page in PAGES:
            at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
            at.query_params["report"] = report
            at.run()
            at.switch_page(page).run()
            at.run()  # warm: the report is parsed and cached, as on a running server
            times = []
            for index in range(runs):
                at.sidebar.multiselect(key="theme").set_value(["民生保障"] if index % 2 == 0 else [])
                start = time.perf_counter()
                at.run()
                times.append(time.perf_counter() - start)
                assert not at.exception, at.exception
            print(f"filter change rerun, {label:<28} {page:<20} median {statistics.median(times) * 1000:6.0f} ms  "
                  f"(max {max(times) * 1000:.0f})")


def cold_start(*, empty_cache: bool = False) -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        print("cold start: no chromium, skipped")
        return
    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ}
    if empty_cache:
        import tempfile

        env["POLICYLENS_CACHE_DIR"] = tempfile.mkdtemp(prefix="policylens-cold-")
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port",
                                str(port), "--server.headless", "true"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        healthy = time.perf_counter() - start
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_function("() => document.querySelector('h1') && "
                                   "!document.querySelector('[data-testid=stStatusWidget]')", timeout=120_000)
            shown = time.perf_counter() - start
            browser.close()
        what = "empty cache dir (dictionary and seed parsed from scratch)" if empty_cache else "parse cache warm"
        print(f"cold server, {what}: healthy after {healthy:.1f} s, first page (overview, seed) shown after "
              f"{shown:.1f} s (target <= 5 s)")
    finally:
        process.terminate()
        process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    cold_start(empty_cache=True)
    cold_start()
    wordcloud_timing(args.runs)
    rerun_timing(args.runs)


if __name__ == "__main__":
    main()
