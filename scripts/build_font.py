"""Extract the Simplified Chinese face of Noto Sans CJK from Debian's collection and subset it for word clouds.

`wordcloud` opens a font by path without a face index, so a .ttc (whose first face is Japanese) will not do.
The OFL allows extracting and subsetting; the result keeps the OFL and is shipped as package data.

Run: .venv/bin/python scripts/build_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT = Path(__file__).resolve().parent.parent / "data" / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF), (0x25A0, 0x25FF),
          (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF)]


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    collection = TTCollection(source)
    face = next(f for f in collection.fonts if f["name"].getDebugName(4) == "Noto Sans CJK SC")
    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "palt", "halt"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for start, end in RANGES for c in range(start, end + 1)])
    subsetter.subset(face)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    face.save(OUT)
    print(f"{OUT} {OUT.stat().st_size / 1024 / 1024:.1f} MB, {len(face.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()
