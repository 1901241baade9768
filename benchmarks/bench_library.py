"""Library at scale: ingest N reports made by varying the provincial corpus, then time the pages over many reports.

Run: .venv/bin/python benchmarks/bench_library.py [--reports 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def variants(count: int, folder: Path) -> list[Path]:
    """Distinct reports: each a provincial report with a seeded share of its body paragraphs dropped and shuffled."""
    bases = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        rng = random.Random(number)
        lines = bases[number % len(bases)].split("\n")
        head, body = lines[:25], lines[25:]
        kept = [line for line in body if rng.random() > 0.1 or len(line) < 40]
        for _ in range(len(kept) // 10):
            a, b = rng.randrange(len(kept)), rng.randrange(len(kept))
            if len(kept[a]) > 40 and len(kept[b]) > 40:
                kept[a], kept[b] = kept[b], kept[a]
        path = folder / f"variant_{number:04d}.txt"
        path.write_text("\n".join(head + kept), encoding="utf-8")
        paths.append(path)
    return paths


def page_time(page: str, runs: int = 3, query: dict[str, str] | None = None) -> str:
    """First load of the page (its caches cold) and the median of later reruns."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    start = time.perf_counter()
    at.switch_page(page).run()
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    return f"first load {first:.2f} s, rerun {statistics.median(times):.2f} s (median of {runs})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="policylens-scale-"))
    os.environ["POLICYLENS_DATA_DIR"] = str(work / "data")
    paths = variants(args.reports, work / "reports")
    chars = sum(p.stat().st_size for p in paths) // 3
    from policylens.store.ingest import ingest_files as ingest
    from policylens.store.library import Library

    library = Library()
    start = time.perf_counter()
    results = ingest(library, [str(p) for p in paths], jobs=args.jobs)
    elapsed = time.perf_counter() - start
    added = sum(r.status == "added" for r in results)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = library.path.stat().st_size / 1024 / 1024
    print(f"machine: {os.cpu_count()} cores; {args.reports} reports (~{chars:,} chars), {args.jobs} workers")
    rate = f"{added / elapsed:.1f} reports/s, {chars / elapsed:,.0f} chars/s"
    print(f"ingest: {added} added in {elapsed:.0f} s = {rate}; "
          f"peak RSS main {own:.0f} MiB, largest worker {workers:.0f} MiB; database {size:.0f} MiB")
    again = time.perf_counter()
    repeat = ingest(library, [str(p) for p in paths[:50]], jobs=args.jobs)
    print(f"re-ingest of 50 known reports: {sum(r.status == 'exists' for r in repeat)} unchanged in "
          f"{time.perf_counter() - again:.1f} s")
    print(f"corpus page over {added} reports: {page_time('pages/corpus.py')} server time")
    print(f"compare page, two reports of {added}: {page_time('pages/compare.py')} server time")
    print(f"library page (list of {added}): {page_time('pages/library.py')} server time")
    print(f"targets page (GDP across {added} reports): {page_time('pages/targets.py')} server time")
    print(f"phrase tracker, four phrases over {added} reports: {page_time('pages/phrases.py')} server time")
    print(f"process max RSS after the pages: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB "
          f"(the corpus texts alone would be {chars * 3 / 1024 / 1024:.0f} MiB as UTF-8)")


if __name__ == "__main__":
    main()
