"""Writing the library's normalised tables out as Parquet, CSV or JSON files."""

from __future__ import annotations

import os
from pathlib import Path

from policylens.store.library import EXPORT_TABLES, Library

FORMATS = ("parquet", "csv", "json")


def export(library: Library, directory: str | os.PathLike[str], *, format: str) -> list[Path]:
    """Write every normalised table as ``<table>.<format>`` into ``directory``."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in EXPORT_TABLES:
        frame = library.table(name)
        target = out / f"{name}.{format}"
        if format == "parquet":
            frame.to_parquet(target, index=False)
        elif format == "csv":
            frame.to_csv(target, index=False, encoding="utf-8-sig")
        else:
            frame.to_json(target, orient="records", force_ascii=False, indent=1)
        written.append(target)
    return written
