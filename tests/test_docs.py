"""The README tells the truth: every CLI command it shows runs, every JSON field it lists is in a parse."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from policylens.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [line for block in re.findall(r"```bash\n(.*?)```", README, re.S) for line in block.splitlines()
            if line.startswith(".venv/bin/policylens ")]
FIELDS = re.findall(r"^\| `([a-z_][a-z_.\[\]]*)`", README[README.index("## The parse JSON"):], re.M)


def test_the_readme_shows_commands_and_fields():
    assert len(COMMANDS) >= 10
    assert len(FIELDS) >= 15


def test_every_readme_command_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    data = ["--data-dir", str(tmp_path / "library")]
    report_id = None
    for line in COMMANDS:
        args = shlex.split(line.split("  #", 1)[0])[1:]
        if args and args[0] == "score":
            continue  # scored in test_cli: it parses every fixture
        if args and args[0] == "export":
            args = [a if a != "export/" else str(tmp_path / "export") for a in args]
        if args and args[0] == "brief":
            args = [str(tmp_path / a) if a.startswith("briefing.") else a for a in args]
        if report_id is not None:
            args = [report_id if a == "ID" else a for a in args]
        elif "ID" in args:
            pytest.fail(f"{line}: no report in the library yet")
        library_command = args and args[0] in {"ingest", "list", "search", "edit", "correct", "export", "reparse",
                                               "remove"}
        try:
            code = main(args + (data if library_command else []))
        except SystemExit as exit_:  # --help
            code = exit_.code
        out = capsys.readouterr()
        assert code == 0, (line, out.err)
        if args[0] == "ingest":
            listed = main(["list", "--format", "json", *data])
            rows = __import__("json").loads(capsys.readouterr().out)
            assert listed == 0 and rows
            report_id = rows[0]["id"]


def _resolve(data, path: str) -> bool:
    node = [data]
    for part in path.split("."):
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        values = []
        for item in node:
            items = item if isinstance(item, list) else [item]
            for element in items:
                if not isinstance(element, dict) or name not in element:
                    return False
                values.append(element[name])
        node = [v for value in values for v in (value if is_list and isinstance(value, list) else [value])]
        if is_list and not node and part != path.split(".")[-1]:
            return False  # a field inside list items must be seen in at least one item
    return True


@pytest.mark.parametrize("field", FIELDS)
def test_every_readme_json_field_is_in_a_parse(seed_report, corpus_reports, field):
    parses = [seed_report.to_dict(), corpus_reports["2026_广东省_政府工作报告.txt"].to_dict()]
    assert any(_resolve(data, field) for data in parses), field


def test_the_python_snippet_in_run_sh_runs():
    """./run.sh warms the caches before Streamlit starts: a snippet importing a module that moved stops it."""
    script = (Path(__file__).resolve().parents[1] / "run.sh").read_text(encoding="utf-8")
    snippets = re.findall(r'python -c "([^"]+)"', script)
    assert snippets
    for snippet in snippets:
        exec(compile(snippet, "run.sh snippet", "exec"), {})
