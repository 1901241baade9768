"""The command line: every command has help, JSON alone on stdout, exit 2 on unreadable files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policylens.cli import build_parser, main


def commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_has_help(name, capsys):
    parser = commands()[name]
    assert parser.description, name
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert "usage: policylens " + name in capsys.readouterr().out


def test_every_command_is_listed_with_a_summary():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {action.dest for action in sub._choices_actions} == set(commands())
    assert all(action.help for action in sub._choices_actions)


@pytest.mark.slow
def test_parse_json_goes_to_stdout_and_nothing_else(tmp_path):
    from conftest import FIXTURES

    result = subprocess.run([sys.executable, "-m", "policylens", "parse", str(FIXTURES / "seed.txt")],
                            capture_output=True, text=True, check=True)
    data = json.loads(result.stdout)
    assert data["source"] == "seed.txt"
    assert data["meeting"]["date"] == "2023-08-16"
    for area in data["focus_areas"]:
        for task in area["tasks"]:
            assert data["text"][task["start"]:task["end"]] == task["text"]


def test_parse_table(capsys):
    from conftest import FIXTURES

    assert main(["parse", str(FIXTURES / "seed.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "陈文锋" in out and "全面深化改革" in out


@pytest.mark.slow
@pytest.mark.parametrize(("content", "code"), [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary")])
def test_unreadable_file_exits_2_with_one_line(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "policylens", "parse", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert code in result.stderr and "bad.txt" in result.stderr


def test_score_prints_every_table(capsys):
    assert main(["score"]) == 0
    out = capsys.readouterr().out
    for heading in ("seed", "provincial report", "genre text", "by genre", "paragraph entities"):
        assert heading in out
    assert "seed and provincial targets met" in out and "genre targets met" in out


@pytest.mark.parametrize(("payload", "message"), [("{not json", "Expecting"), ('{"name": "甲"}', "missing to")])
def test_a_bad_correction_is_one_line_and_exit_2(tmp_path, capsys, payload, message):
    code = main(["correct", "rename_entity", payload, "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_an_unexpected_error_is_one_line_without_a_traceback(monkeypatch, capsys):
    from conftest import FIXTURES

    import policylens.cli as cli

    def broken(*args, **kwargs):
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(cli, "parse_text", broken)
    monkeypatch.delenv("POLICYLENS_DEBUG", raising=False)
    assert cli.main(["parse", str(FIXTURES / "seed.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and "磁盘已满" in err and "Traceback" not in err
