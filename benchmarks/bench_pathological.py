"""Parse time on odd texts at two sizes: a parse that grows faster than the text (a quadratic path) shows here.

Run: .venv/bin/python benchmarks/bench_pathological.py [--size 100000] [--factor 4]
Each text is built by repeating a pattern (or a real report, altered) to the size; the ratio of the two times
should stay near the size factor. Timings are one run each on a shared machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "fixtures" / "corpus" / "2026_广东省_政府工作报告.txt"


def cases() -> dict[str, str]:
    report = REPORT.read_text(encoding="utf-8")
    return {
        "a real report, repeated": report,
        "line breaks removed": report.replace("\n", ""),
        "no sentence ends": re.sub("[。；！？\n]", "，", report),
        "Han characters only": re.sub(r"[^\u4e00-\u9fff]", "", report),
        "every line a heading": "".join(f"{n}、加快发展新质生产力\n" for n in range(1, 60)),
        "enumeration markers on one line": "一是加快发展二是推进改革三是扩大开放",
        "quoted terms": "推进“百千万工程”和“双碳”行动，",
        "people": "张三同志强调，李四同志指出，王五书记要求，",
        "lists with 等": "集成电路、生物医药、新能源等新兴产业，",
        "lists without punctuation": "甲乙丙等产业",
        "counted lists": "甲乙和丙三大产业",
        "targets in one sentence": "地区生产总值增长5%左右，一般公共预算收入增长3%，",
        "digits only": "1234567890",
        "Latin text": "The quick brown fox jumps over the lazy dog. ",
        "places joined by dashes": "黄冈-鄂州-黄石-武汉-宜昌-",
        "one-character places": "杭甬温衢丽金舟湖嘉绍",
        "numbered 章 and 条 on short lines": "第一章 总则\n第一条 推进\n",
        "one character": "的",
        "nested brackets": "（（（（推进））））",
        "unbalanced quotes": "“推进改革",
    }


def fit(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--factor", type=int, default=4)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from policylens.pipeline import parse_text

    parse_text("预热。")
    small, large = args.size, args.size * args.factor
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'text':34} {small:>9,} chars {large:>9,} chars   ratio (linear ≈ {args.factor})")
    for name, pattern in cases().items():
        times = []
        for size in (small, large):
            text = fit(pattern, size)
            start = time.perf_counter()
            parse_text(text)
            times.append(time.perf_counter() - start)
        print(f"{name:34} {times[0]:9.2f} s     {times[1]:9.2f} s         {times[1] / times[0]:5.1f}")


if __name__ == "__main__":
    main()
