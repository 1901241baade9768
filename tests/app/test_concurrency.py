"""Several people on one server at once: each browser session keeps its own filter while the others change theirs
at the same moment, no error is shown, and the server's memory is reported (BENCHMARKS.md records it)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest
from app.test_browser import SETTLED, browser, running_server  # noqa: F401  (browser is a fixture)
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.slow
THEMES = ["民生保障", "产业经济", "科技创新", "党的建设"]
ROUNDS = 3


def server_rss_mb(base: str) -> float:
    """Resident memory of the Streamlit server listening at ``base`` (found by the port on its command line)."""
    port = str(urlparse(base).port).encode()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(args) and port in args:
            status = (cmdline.parent / "status").read_text()
            return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) / 1024
    raise AssertionError(f"no server process for {base}")


def _theme_of(page) -> list[str]:
    return parse_qs(urlparse(page.url).query).get("theme", [])


URL_THEMES = "wanted => JSON.stringify(new URLSearchParams(location.search).getAll('theme')) === wanted"


def _act_until_url(page, action, themes: list[str]) -> None:
    """Do ``action`` until the URL holds ``themes``: on a loaded machine a click can land while the widget is being
    redrawn and never reach it (the URL, changed on the client, says whether it did; the server is not involved)."""
    for attempt in range(3):
        action(page)
        try:
            page.wait_for_function(URL_THEMES, arg=json.dumps(themes, ensure_ascii=False), timeout=15_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")


def _settled_with(page, themes: list[str]) -> None:
    """Wait until the page was drawn for exactly ``themes`` (the tasks caption says so) and has settled. The URL
    changes on the client before the rerun starts, so only the caption shows what the server drew."""
    label = themes[0] if themes else "全部主题"
    page.wait_for_function("label => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
                           ".some(e => e.innerText.includes('项任务') && e.innerText.includes(`· ${label} ·`))",
                           arg=label, timeout=90_000)
    page.wait_for_function(SETTLED, timeout=90_000)
    assert _theme_of(page) == themes


def _remove(theme: str):
    return lambda page: page.locator(f".st-key-theme [aria-label='Remove {theme}']").click(timeout=30_000)


def _add(theme: str):
    def add(page) -> None:
        page.locator(".st-key-theme input").click(timeout=30_000)
        page.get_by_role("option", name=theme, exact=True).click(timeout=30_000)
        page.keyboard.press("Escape")
    return add


def test_sessions_changing_filters_at_once_never_see_each_others(browser, tmp_path):  # noqa: F811
    with running_server(tmp_path / "data", tmp_path / "streamlit.log") as base:
        contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in THEMES]
        pages = []
        for context, theme in zip(contexts, THEMES, strict=True):
            page = context.new_page()
            page.goto(f"{base}/tasks?theme={quote(theme)}", timeout=90_000, wait_until="domcontentloaded")
            pages.append(page)
        for page, theme in zip(pages, THEMES, strict=True):
            _settled_with(page, [theme])
        memory = [server_rss_mb(base)]
        current = list(THEMES)
        for round_number in range(1, ROUNDS + 1):
            wanted = [THEMES[(index + round_number) % len(THEMES)] for index in range(len(pages))]
            # each step is started in every session before any is awaited, so the server runs them at once
            for page, old in zip(pages, current, strict=True):
                _act_until_url(page, _remove(old), [])
            for page in pages:
                _settled_with(page, [])
            for page, new in zip(pages, wanted, strict=True):
                _act_until_url(page, _add(new), [new])
            for page, theme in zip(pages, wanted, strict=True):
                _settled_with(page, [theme])
                caption = page.locator("[data-testid=stCaptionContainer]").filter(has_text="项任务").first.inner_text()
                assert f"· {theme} ·" in caption, (theme, caption)
                assert page.locator("[data-testid=stException], [data-testid=stAlertContentError]").count() == 0
            current = wanted
            memory.append(server_rss_mb(base))
        for context in contexts:
            context.close()
        print(f"server memory with {len(pages)} sessions, after each round of filter changes (MB): "
              + ", ".join(f"{m:.0f}" for m in memory))
