"""Briefing pack build times: the seed and the largest provincial report, PowerPoint (browser start included) and HTML.

Run: .venv/bin/python benchmarks/bench_brief.py
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from policylens import parse_text
from policylens.briefing import brief_contents, build_brief

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    corpus = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"), key=lambda p: p.stat().st_size)
    cases = {"seed": ROOT / "data" / "seed.txt", f"largest ({corpus[-1].stem})": corpus[-1]}
    print(f"machine: {os.cpu_count()} cores")
    for name, path in cases.items():
        report = parse_text(path.read_text(encoding="utf-8"))
        charts = len(brief_contents(report).charts)
        for fmt in ("pptx", "html"):
            start = time.perf_counter()
            data = build_brief(report, format=fmt)
            took = time.perf_counter() - start
            print(f"{name:<38} {fmt:<5} {charts} charts  {took:6.2f} s  {len(data) / 1e6:5.1f} MB")


if __name__ == "__main__":
    main()
