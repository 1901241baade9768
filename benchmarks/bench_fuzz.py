"""The parser's properties over 10,000 generated texts (five times the suite's 2,000): time and the verdict.

Any Unicode (2,500), report-like fragments (2,500) and mutated real report lines (5,000), each asserting no
exception, no failed stage and every offset slicing back (tests/test_properties.py).

Run: .venv/bin/python benchmarks/bench_fuzz.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_properties.py",
                             "-k", "raises or report_like or mutated", "--durations=3"],
                            cwd=ROOT, env={**os.environ, "POLICYLENS_FUZZ_SCALE": "5"}, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:])
    print(f"10,000 examples: {'pass' if result.returncode == 0 else 'FAIL'} in {elapsed:.0f} s")
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
