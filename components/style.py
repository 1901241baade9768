"""The chart style for the pages: the core's palette and layout, and the camera button's export settings."""

from __future__ import annotations

from policylens.views.figures import (  # noqa: F401  (re-exported for the pages and components)
    FONT_STACK,
    INTENSITY_COLORS,
    PALETTE,
    TYPE_COLORS,
    briefing_layout,
    theme_color,
)

EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1600, 900, 2  # every chart saves as a 16:9 image, whatever the window


def export_config(filename: str, image_format: str) -> dict:
    """Modebar configuration: the camera button saves a fixed 16:9 image under a Chinese file name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": image_format, "filename": filename, "width": EXPORT_WIDTH,
                                 "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }
