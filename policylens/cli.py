"""Command line: ``policylens parse FILE``, ``policylens score`` and the library commands (thin wrappers)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from policylens import __version__
from policylens.briefing import FORMATS as BRIEF_FORMATS
from policylens.briefing import RenderUnavailable, build_brief, display_title
from policylens.corrections import KINDS
from policylens.evaluate import score_all
from policylens.io.errors import ReadError
from policylens.io.readers import read_file
from policylens.model import Report
from policylens.pipeline import parse_text
from policylens.resources import write_atomically
from policylens.store import catalog
from policylens.store.export import FORMATS, export
from policylens.store.ingest import ingest_files
from policylens.store.library import EDITABLE_META, Library
from policylens.views.report import filter_options


def _cmd_parse(args: argparse.Namespace) -> int:
    text = read_file(args.file, max_bytes=int(args.max_mb * 1024 * 1024))
    report = parse_text(text, source=Path(args.file).name)
    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(report))
    return 0


def format_table(report: Report) -> str:
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
            out.append(f"  {entity.type:<12} {entity.name} ×{entity.count}")
    if report.keywords:
        out.append("")
        out.append("关键词 keywords: " + " ".join(k.word for k in report.keywords[:20]))
    if report.warnings:
        out.append("")
        out += [f"注意 warning: {w}" for w in report.warnings]
    return "\n".join(out) + "\n"


def _cmd_score(args: argparse.Namespace) -> int:
    table, ok = score_all(args.fixtures)
    print(table)
    return 0 if ok or not args.strict else 1


def _library(args: argparse.Namespace) -> Library:
    return Library(args.data_dir)


def _cmd_ingest(args: argparse.Namespace) -> int:
    library = _library(args)

    def progress(done: int, total: int, path: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {Path(path).name[:40]:<40}")
        sys.stderr.flush()

    results = ingest_files(library, args.paths, jobs=args.jobs, progress=None if args.quiet else progress)
    if not args.quiet:
        sys.stderr.write("\n")
    counts = {status: sum(r.status == status for r in results) for status in ("added", "exists", "error")}
    for result in results:
        if result.status == "error":
            print(f"error\t{result.path}\t{result.message}")
        elif args.verbose:
            print(f"{result.status}\t{result.report_id}\t{result.path}\t{result.title or ''}")
    print(f"added {counts['added']}, already in the library {counts['exists']}, errors {counts['error']}")
    return 2 if counts["error"] else 0


def _cmd_list(args: argparse.Namespace) -> int:
    library = _library(args)
    rows = library.reports()
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        date, region, title = row["date"] or "—", row["region"] or "—", row["title"] or ""
        print(f"{row['id']}  {date:<10}  {region:<8}  {row['chars']:>7,}  {title}")
    print(f"{len(rows)} report(s) in {library.path}")
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    library = _library(args)
    missing = [report_id for report_id in args.ids if not library.remove(report_id)]
    for report_id in missing:
        print(f"policylens: no report {report_id} in the library", file=sys.stderr)
    return 1 if missing else 0


def _cmd_export(args: argparse.Namespace) -> int:
    for path in export(_library(args), args.out, format=args.format):
        print(path)
    return 0


def _cmd_reparse(args: argparse.Namespace) -> int:
    done = _library(args).reparse(all_reports=args.all, ids=args.ids or None)
    print(f"re-parsed {len(done)} report(s)")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    for hit in _library(args).search(args.query, limit=args.limit):
        line = hit["line"].split("\n", 1)[0]
        print(f"{hit['report_id']}  {hit['date'] or ''}  {hit['title'] or ''}  @{hit['line_start']}  {line[:80]}")
    return 0


def _cmd_brief(args: argparse.Namespace) -> int:
    report = _report_named(args)
    if report is None:
        print(f"policylens: 找不到报告 {args.report!r}：既不是文件，也不是示例或报告库中的报告（见 policylens list）",
              file=sys.stderr)
        return 2
    themes = tuple(args.theme or ())
    unknown = [t for t in themes if t not in filter_options(report)]
    if unknown:
        print(f"policylens: 本报告没有这些主题或重点领域：{'、'.join(unknown)}", file=sys.stderr)
        return 2
    out = Path(args.out or f"{display_title(report)}_简报.{args.format}")
    try:
        data = build_brief(report, selection=themes, format=args.format)
    except RenderUnavailable as exc:
        print(f"policylens: {exc}（可改用 --format html）", file=sys.stderr)
        return 2
    write_atomically(out, data)
    print(out)
    return 0


def _report_named(args: argparse.Namespace) -> Report | None:
    """A report file, an embedded example (seed), or a library report by ID or title."""
    name = args.report
    if Path(name).is_file():
        return parse_text(read_file(name), source=Path(name).name)
    embedded = {entry.id: entry for entry in catalog.embedded_reports()}
    if name in embedded:
        return catalog.load_embedded(name)
    library = _library(args)
    rows = library.reports()
    match = next((r for r in rows if r["id"] == name), None) or next(
        (r for r in rows if name in (r["title"] or "") or name in (r["region"] or "")), None)
    return library.load(match["id"]) if match else None


def _cmd_edit(args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in EDITABLE_META if getattr(args, k) is not None}
    _library(args).edit(args.id, **fields)
    return 0


def _cmd_correct(args: argparse.Namespace) -> int:
    try:
        payload = json.loads(args.payload)
        _library(args).add_correction(args.kind, payload, report_id=args.report)
    except (ValueError, TypeError) as exc:
        print(f"policylens: {exc}", file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policylens", description="PolicyLens (政策报告透视): parse Chinese policy work reports.")
    parser.add_argument("--version", action="version", version=f"policylens {__version__}")
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
        description="Print precision/recall/F1 on the seed, the provincial reports, the genre texts and the "
                    "paragraph-level entity gold in FIXTURES.")
    score.add_argument("--fixtures", default="tests/fixtures", help="folder with seed.txt, gold/, corpus/, genres/")
    score.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    score.set_defaults(handler=_cmd_score)

    def library_command(name: str, help_text: str, description: str, handler):
        command = commands.add_parser(name, help=help_text, description=description)
        command.add_argument("--data-dir", default=None,
                             help="library folder (default $POLICYLENS_DATA_DIR or ~/.local/share/policylens)")
        command.set_defaults(handler=handler)
        return command

    ingest = library_command("ingest", "add report files to the library",
                             "Read, parse and store files, folders and glob patterns (already stored reports are left "
                             "as they are).", _cmd_ingest)
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns")
    ingest.add_argument("--jobs", type=int, default=None, help="parallel workers (default: all cores)")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.add_argument("--verbose", action="store_true", help="one line per file")
    listing = library_command("list", "list the reports in the library", "List the library's reports.", _cmd_list)
    listing.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    remove = library_command("remove", "remove reports from the library", "Remove reports by ID.", _cmd_remove)
    remove.add_argument("ids", nargs="+", metavar="ID", help="report IDs (see policylens list)")
    exporting = library_command("export", "export the library's tables",
                                "Write reports, focus areas, tasks, entities, mentions and keywords as tables.",
                                _cmd_export)
    exporting.add_argument("--format", choices=FORMATS, default="csv", help="table format")
    exporting.add_argument("--out", default="policylens-export", help="output folder")
    reparse = library_command("reparse", "parse stored reports again with this parser",
                              "Re-parse reports made by an older parser (or --all, or the IDs given); edited "
                              "metadata and corrections are kept, and corrections not yet applied everywhere are "
                              "finished.", _cmd_reparse)
    reparse.add_argument("ids", nargs="*", metavar="ID", help="only these reports")
    reparse.add_argument("--all", action="store_true", help="every report")
    search = library_command("search", "full-text search across the library",
                             "Find a word or phrase in every stored report.", _cmd_search)
    search.add_argument("query", help="word or phrase, e.g. 新质生产力")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits")
    edit = library_command("edit", "edit a report's metadata", "Set title, region, level or date of a report; "
                           "kept when the report is ingested or re-parsed again.", _cmd_edit)
    edit.add_argument("id", metavar="ID", help="report ID")
    for field in EDITABLE_META:
        edit.add_argument(f"--{field}", default=None, help=f"new {field}")
    brief = library_command("brief", "build a briefing pack (PowerPoint or printable HTML)",
                            "Build a briefing pack for REPORT: a file, an example (seed) or a library report by ID, "
                            "title or region. PPTX needs Chromium for the chart images; HTML draws them in the "
                            "reader's browser.", _cmd_brief)
    brief.add_argument("report", metavar="REPORT_OR_FILE", help="a report file, seed, or a library report")
    brief.add_argument("--theme", action="append", help="only the tasks of this theme or focus area (repeatable)")
    brief.add_argument("--format", choices=BRIEF_FORMATS, default="pptx", help="pptx (default) or html")
    brief.add_argument("--out", default=None, help="output file (default: <title>_简报.<format>)")
    kinds = ", ".join(f"{k.name} {{{', '.join(k.fields)}}}" for k in KINDS.values())
    correct = library_command("correct", "record a correction applied after every parse",
                              f"Record a correction (a JSON object) for one report or, without --report, every "
                              f"report. Kinds and their fields: {kinds}.", _cmd_correct)
    correct.add_argument("kind", choices=tuple(KINDS), help="what to correct")
    correct.add_argument("payload", help="JSON object describing the correction")
    correct.add_argument("--report", default=None, help="only for this report ID (default: every report)")
    return parser


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
    except Exception as exc:  # one line, never a traceback; POLICYLENS_DEBUG=1 shows it
        if os.environ.get("POLICYLENS_DEBUG"):
            raise
        print(f"policylens: 意外错误（{exc.__class__.__name__}：{exc}），报告库未改动；"
              f"设置 POLICYLENS_DEBUG=1 可查看详情", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
