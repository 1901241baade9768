"""Command line: ``policylens parse FILE``, ``policylens score`` and friends (thin wrappers over the core)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from policylens.errors import ReadError


def _cmd_parse(args: argparse.Namespace) -> int:
    from policylens.parse import parse_text
    from policylens.readers import read_file

    text = read_file(args.file, max_bytes=int(args.max_mb * 1024 * 1024))
    report = parse_text(text, source=Path(args.file).name)
    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(report))
    return 0


def format_table(report) -> str:
    """A plain-text overview of a parsed report."""
    m = report.meeting
    out = [
        f"标题 title      {m.title or '—'}",
        f"日期 date       {m.date or '—'}   发布 published {m.published or '—'}",
        f"讲话 speaker    {m.speaker or '—'}  {'、'.join(m.speaker_titles)}",
        f"主办 organizer  {m.organizer or '—'}   形式 format {m.format or '—'}",
        "",
        "章节 sections",
    ]
    for section in report.walk_sections():
        out.append(f"  {'  ' * (section.level - 1)}[{section.kind}] {section.title}")
    for label, areas in (("重点领域 focus areas", report.focus_areas), ("要求 requirements", report.requirements)):
        out.append("")
        out.append(f"{label}: {len(areas)}")
        for index, area in enumerate(areas, 1):
            goal = f" — {area.goal}" if area.goal else ""
            out.append(f"  {index:>2}. {area.title}{goal}  ({len(area.tasks)} tasks)")
    if report.entities:
        out.append("")
        out.append(f"实体 entities: {len(report.entities)}")
        for entity in report.entities[:15]:
            out.append(f"  {entity['type']:<12} {entity['name']} ×{entity['count']}")
    if report.keywords:
        out.append("")
        out.append("关键词 keywords: " + " ".join(k["word"] for k in report.keywords[:20]))
    return "\n".join(out) + "\n"


def _cmd_score(args: argparse.Namespace) -> int:
    from policylens.evaluate import score_table

    table, ok = score_table(args.fixtures)
    print(table)
    return 0 if ok or not args.strict else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policylens", description="PolicyLens (政策报告透视): parse Chinese policy work reports.")
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse a report file and print its structure",
        description="Parse FILE (.txt/.md/.docx/.pdf/.html) and print the parse JSON or a table.")
    parse.add_argument("file", metavar="FILE", help="report file")
    parse.add_argument("--format", choices=("json", "table"), default="json", help="output format (default json)")
    parse.add_argument("--indent", type=int, default=None, help="indent the JSON by this many spaces")
    parse.add_argument("--max-mb", type=float, default=20.0, help="refuse files larger than this (default 20 MB)")
    parse.set_defaults(handler=_cmd_parse)

    score = commands.add_parser(
        "score", help="score the parser against the reference annotations",
        description="Print precision/recall/F1 of the parser on the seed and provincial fixtures.")
    score.add_argument("--fixtures", default="tests/fixtures", help="folder with seed.txt, gold/ and corpus/")
    score.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    score.set_defaults(handler=_cmd_score)
    return parser


def _version() -> str:
    from policylens import __version__

    return f"policylens {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return args.handler(args)
    except ReadError as exc:
        print(f"policylens: {exc.message} [{exc.code}]", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
