"""Build the policy IDF table (data/idf_policy.txt) from a folder of work reports, one paragraph a document.

Run: .venv/bin/python scripts/build_idf.py tests/fixtures/corpus data/seed.txt --out data/idf_policy.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

from policylens.io.normalize import analysis_text
from policylens.io.readers import read_file
from policylens.nlp.keywords import idf_from_documents
from policylens.nlp.segment import tokens
from policylens.nlp.stopwords import stopwords


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="report files or folders of them")
    parser.add_argument("--out", default="data/idf_policy.txt")
    parser.add_argument("--min-df", type=int, default=2, help="keep words in at least this many paragraphs")
    args = parser.parse_args()
    files = []
    for item in map(Path, args.inputs):
        files += sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
    documents = []
    for path in files:
        text = analysis_text(read_file(path))
        for paragraph in text.split("\n"):
            if len(paragraph.strip()) >= 20:
                words = [t.text for t in tokens(paragraph) if len(t.text) >= 2 and t.text not in stopwords()]
                documents.append(words)
    idf = idf_from_documents(documents)
    frequency = {w: sum(1 for d in documents if w in d) for w in idf} if args.min_df > 1 else {}
    lines = [f"# policy IDF from {len(files)} reports, {len(documents)} paragraphs; log((1+N)/(1+df))+1"]
    for word, value in sorted(idf.items(), key=lambda item: (item[1], item[0])):
        if not frequency or frequency[word] >= args.min_df:
            lines.append(f"{word}\t{value:.4f}")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} words from {len(documents)} paragraphs of {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
