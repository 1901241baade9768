"""Chart images on the server: plotly figures through kaleido and Debian's Chromium, with the product's own CJK font."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import plotly.graph_objects as go

from policylens.resources import user_data_dir
from policylens.views.wordcloud import font_path

SLIDE_WIDTH, SLIDE_HEIGHT, SLIDE_SCALE = 1280, 720, 2  # 16:9, drawn at 2× for a sharp slide
_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class RenderUnavailable(RuntimeError):
    """No browser to draw chart images with (the HTML report still works: its charts draw in the reader's)."""


def find_browser() -> str | None:
    """Chromium from ``BROWSER_PATH``, else the first on PATH."""
    configured = os.environ.get("BROWSER_PATH")
    if configured and Path(configured).exists():
        return configured
    return next((found for name in _BROWSERS if (found := shutil.which(name))), None)


def fontconfig_file(*, font_dir: str | None = None, system: bool = True) -> Path:
    """A fontconfig file that shows the browser the folder of the product's own font (no system install), and
    the system's fonts after it; ``system=False`` and another ``font_dir`` give a browser with those fonts only."""
    font_dir = font_dir or str(Path(font_path()).parent)
    folder = user_data_dir() / "cache" / "fontconfig"
    folder.mkdir(parents=True, exist_ok=True)
    include = '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' if system else ""
    key = hashlib.sha1(f"{font_dir}|{system}".encode()).hexdigest()[:12]
    path = folder / f"fonts-{key}.conf"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{font_dir}</dir>
  {include}
  <cachedir>{folder / "cache"}</cachedir>
</fontconfig>
""", encoding="utf-8")
    return path


class ChartRenderer:
    """One browser for every chart of a pack: ``with ChartRenderer() as render: png = render.png(fig)``."""

    def __init__(self, *, fontconfig: Path | None = None) -> None:
        self.fontconfig = fontconfig
        self._saved: dict[str, str | None] = {}

    def __enter__(self) -> ChartRenderer:
        browser = find_browser()
        if browser is None:
            raise RenderUnavailable("未找到 Chromium 浏览器，无法在服务器端生成图表图片（请安装 Debian 的 chromium，"
                                    "或设置 BROWSER_PATH）；HTML 报告仍可生成，图表在阅读者的浏览器中绘制")
        import kaleido  # imported here: kaleido and its browser driver load only when images are drawn

        settings = {"BROWSER_PATH": browser, "FONTCONFIG_FILE": str(self.fontconfig or fontconfig_file())}
        for key, value in settings.items():
            self._saved[key] = os.environ.get(key)
            os.environ[key] = value
        try:
            kaleido.start_sync_server(silence_warnings=True)
        except Exception as exc:
            self._restore()
            raise RenderUnavailable(f"Chromium 无法启动，未能生成图表图片：{exc}") from exc
        return self

    def png(self, fig: go.Figure, *, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT,
            scale: float = SLIDE_SCALE) -> bytes:
        import kaleido  # loaded by __enter__ already: this only names it

        return kaleido.calc_fig_sync(fig, opts={"format": "png", "width": width, "height": height, "scale": scale})

    def __exit__(self, *exc_info) -> None:
        import kaleido  # loaded by __enter__ already: this only names it

        try:
            kaleido.stop_sync_server(silence_warnings=True)
        finally:
            self._restore()

    def _restore(self) -> None:
        for key, value in self._saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved.clear()
