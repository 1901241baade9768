"""PolicyLens (政策报告透视) dashboard entry: page config, shared filters bound to the URL, navigation."""

from __future__ import annotations

from components import state
from components.navigation import navigate

page = navigate()
with state.timed(page.url_path), state.running(state.prepare()):
    page.run()
