"""Entity extraction on the seed: the naive jieba.posseg baseline (nr/ns/nt/nz) against PolicyLens, same scorer.

Run: .venv/bin/python benchmarks/bench_entities.py
"""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    warnings.simplefilter("ignore")
    import jieba
    import jieba.posseg

    from policylens import Entity, parse_text
    from policylens.evaluate import score_entities

    jieba.setLogLevel(60)
    text = (ROOT / "tests" / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "tests" / "fixtures" / "gold" / "seed.json").read_text(encoding="utf-8"))
    tag_types = {"nr": "person", "ns": "place", "nt": "organization", "nz": "policy"}
    naive: dict[str, Entity] = {}
    for pair in jieba.posseg.cut(text):
        if pair.flag in tag_types:
            naive.setdefault(pair.word, Entity(pair.word, tag_types[pair.flag]))
    start = time.perf_counter()
    report = parse_text(text)
    elapsed = time.perf_counter() - start
    print(f"{'':<28}{'precision':>10}{'recall':>8}{'types':>8}{'entities':>10}")
    for label, entities in (("jieba.posseg nr/ns/nt/nz", list(naive.values())), ("PolicyLens", report.entities)):
        s = score_entities(entities, gold)
        print(f"{label:<28}{s['precision']:10.2f}{s['recall']:8.2f}{s['type_accuracy']:8.2f}{len(entities):10d}")
    print(f"first parse_text of the process on the seed (loads the tokenizer): {elapsed * 1000:.0f} ms")


if __name__ == "__main__":
    main()
