"""Time and peak memory of refusing each kind of bad file, and of ingesting a text at the character limit.

Each file goes through ``policylens ingest`` in its own process (as a user's command would); the figures are that
process's wall time and peak resident memory (``wait4``). The bad files are the suite's
(tests/store/test_bad_inputs.py): a .docx bomb, encrypted, truncated and image-only PDFs, binary, undecodable,
empty, zero-width and too-long texts, a README.

Run: .venv/bin/python benchmarks/bench_bad_inputs.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def ingest(path: Path, data_dir: Path) -> tuple[int, float, float]:
    """Exit code, seconds and peak MB of one ``policylens ingest`` process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "policylens", "ingest", "--quiet", str(path),
                                "--data-dir", str(data_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    from store.test_bad_inputs import bad_files

    from policylens.io.readers import DEFAULT_MAX_CHARS

    folder = Path(tempfile.mkdtemp(prefix="policylens-bad-"))
    data_dir = folder / "library"
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; one process per file")
    print(f"{'file':<18} {'size':>9} {'exit':>4} {'time':>7} {'peak':>8}")
    files = bad_files()
    corpus = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus)
    files["at-the-limit.txt"] = (text * (DEFAULT_MAX_CHARS // len(text) + 1))[:DEFAULT_MAX_CHARS].encode()
    baseline = folder / "seed.txt"
    baseline.write_bytes((ROOT / "data" / "seed.txt").read_bytes())
    files = {"seed.txt (a report)": baseline.read_bytes(), **files}
    for name, data in files.items():
        path = folder / name.split(" ")[0]
        path.write_bytes(data)
        code, seconds, peak = ingest(path, data_dir)
        print(f"{name[:18]:<18} {len(data) / 1024:>7.0f}KB {code:>4} {seconds:>6.2f}s {peak:>6.0f}MB")


if __name__ == "__main__":
    main()
