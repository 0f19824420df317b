"""The command line contract: flags, exit codes, stdin, output files, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from conftest import RECIPE, REPO, SHARED

from recipelint.cli import main

BAD = RECIPE.replace("tags:\n  - Soup\n", "tags: Soup, Winter\nservings: no\n")  # two warnings
BROKEN = RECIPE.replace("title: Lentil Soup\n", "title: Lentil Soup\ntitle: Lentil Stew\n")  # an error (FM004)


def test_clean_site_exits_zero(site, run_json):
    code, diagnostics = run_json(str(site))
    assert (code, diagnostics) == (0, [])


def test_errors_exit_one_with_exact_positions(site, run_json):
    (site / "docs" / "soup.md").write_text(BROKEN)
    code, diagnostics = run_json(str(site))
    assert code == 1
    found = [(d["code"], d["line"], d["column"], d["severity"]) for d in diagnostics]
    assert found == [("FM004", 4, 1, "error")]
    assert diagnostics[0]["path"] == f"{site.as_posix()}/docs/soup.md"


def test_warnings_exit_zero_with_exact_positions(site, run_json):
    (site / "docs" / "soup.md").write_text(BAD)
    code, diagnostics = run_json(str(site))
    assert code == 0
    found = [(d["code"], d["line"], d["column"]) for d in diagnostics]
    assert found == [("FM006", 5, 7), ("FM007", 6, 11)]


def test_exit_zero_flag(site, run_json):
    (site / "docs" / "soup.md").write_text(BAD)
    code, _ = run_json("--exit-zero", str(site))
    assert code == 0


def test_warnings_alone_exit_zero(site, run_json):
    (site / "docs" / "soup.md").write_text(RECIPE.replace("title:", "servngs: 4\ntitle:"))
    code, diagnostics = run_json(str(site))
    assert code == 0
    assert [d["code"] for d in diagnostics] == ["FM008"]


@pytest.mark.parametrize(
    ("flags", "codes"),
    [
        ((), ["FM006", "FM007"]),
        (("--select", "FM007"), ["FM007"]),
        (("--select", "FM"), ["FM006", "FM007"]),
        (("--select", "FM0", "--ignore", "FM006"), ["FM007"]),
        (("--ignore", "yaml-implicit-type"), ["FM006"]),
        (("--select", "FM006,FM007", "--ignore", "FM"), ["FM006", "FM007"]),  # longest selector wins
        (("--select", "FM", "--ignore", "FM0"), []),
        (("--select", "RL", "--extend-select", "invalid-value"), ["FM006"]),
    ],
)
def test_selection_flags(site, run_json, flags, codes):
    (site / "docs" / "soup.md").write_text(BAD)
    _, diagnostics = run_json(*flags, str(site))
    assert [d["code"] for d in diagnostics] == codes


def test_unknown_selector_is_usage_error(site, capsys):
    assert main(["check", "--select", "XYZ123", str(site)]) == 2
    assert "unknown rule selector 'XYZ123'" in capsys.readouterr().err


def test_missing_path_is_reported(tmp_path, run_json):
    code, diagnostics = run_json(str(tmp_path / "nope.md"))
    assert code == 1
    assert [(d["code"], d["message"]) for d in diagnostics] == [("RL003", "file not found")]


def test_stdin_with_filename(site, monkeypatch, capsys):
    import io

    monkeypatch.chdir(site)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode())))
    code = main(["check", "-", "--stdin-filename", "docs/soup.md", "--format", "json"])
    diagnostics = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {d["path"] for d in diagnostics} == {"docs/soup.md"}


def test_stdin_uses_config_of_the_named_file(site, monkeypatch, capsys):
    import io

    (site / "recipelint.toml").write_text('ignore = ["FM006"]\n')
    monkeypatch.chdir(site)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    main(["check", "-", "--stdin-filename", "docs/soup.md", "--format", "json"])
    assert [d["code"] for d in json.loads(capsys.readouterr().out)] == ["FM007"]


def test_fix_with_stdin_is_a_usage_error(site, monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    assert main(["check", "--fix", "-", "--stdin-filename", "docs/soup.md"]) == 2
    assert "--fix" in capsys.readouterr().err


def test_diff_with_stdin_relints_with_the_named_files_config(site, monkeypatch, capsys):
    import io

    (site / "docs" / "recipelint.toml").write_text('ignore = ["SEC007"]\n')
    monkeypatch.chdir(site)
    text = RECIPE.replace("tags:", "draft: yes\ntags:").replace("## Overview", "## Overview:")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code = main(["check", "--diff", "--color", "never", "-", "--stdin-filename", "docs/soup.md"])
    out = capsys.readouterr().out
    assert code == 1
    assert "-draft: yes\n+draft: true\n" in out
    assert "+## Overview\n" not in out  # SEC007 is ignored where the file lives


def test_diff_applies_no_fixes(site, capsys):
    target = site / "docs" / "soup.md"
    target.write_text(RECIPE.replace("tags:", "draft: yes\ntags:"))
    assert main(["check", "--diff", "--color", "never", str(target)]) == 1
    out = capsys.readouterr().out
    assert "+draft: true" in out and "Applied" not in out


def test_github_is_default_under_actions(site, monkeypatch, capsys):
    (site / "docs" / "soup.md").write_text(BAD)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["check", str(site)])
    out = capsys.readouterr().out
    assert out.startswith("::warning file=")
    assert ",line=5,col=7," in out


def test_text_output_has_summary_and_caret(site, capsys):
    (site / "docs" / "soup.md").write_text(BAD)
    main(["check", "--color", "never", str(site)])
    out = capsys.readouterr().out
    assert f"{site.as_posix()}/docs/soup.md:5:7: FM006 [warning]" in out
    assert "    tags: Soup, Winter\n          ^~~~~~~~~~~~" in out
    assert "Found 2 warnings in 1 file checked (1 fixable with --fix)." in out


def test_fix_writes_atomically_and_keeps_crlf(site, run_json):
    target = site / "docs" / "soup.md"
    target.write_bytes(RECIPE.replace("tags:", "servings: no\ntags:").replace("\n", "\r\n").encode())
    code, diagnostics = run_json("--fix", str(site))
    assert (code, diagnostics) == (0, [])
    data = target.read_bytes()
    assert b'servings: "no"\r\n' in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert [p.name for p in target.parent.iterdir()] == ["soup.md"]  # no temp files left


def test_diff_shows_change_and_leaves_file(site, capsys):
    target = site / "docs" / "soup.md"
    target.write_text(RECIPE.replace("tags:", "draft: yes\ntags:"))
    before = target.read_text()
    code = main(["check", "--diff", "--format", "json", "--output-file", str(site / "o.json"), str(target)])
    out = capsys.readouterr().out
    assert code == 1
    assert "-draft: yes\n+draft: true\n" in out
    assert target.read_text() == before


def test_output_file(site, tmp_path):
    out = tmp_path / "report.sarif"
    assert main(["check", "--format", "sarif", "--output-file", str(out), str(site)]) == 0
    assert json.loads(out.read_text())["version"] == "2.1.0"


def test_rule_crash_is_rl007_and_exit_two(site, run_json, monkeypatch):
    import dataclasses

    from recipelint.rules import get_rule, registry

    def explode(ctx):
        raise RuntimeError("boom")
        yield

    rule = get_rule("FM010")
    monkeypatch.setitem(registry._RULES, "FM010", dataclasses.replace(rule, check=explode))
    code, diagnostics = run_json(str(site))
    assert code == 2
    assert [(d["code"], d["line"]) for d in diagnostics] == [("RL007", 1)]
    assert "FM010" in diagnostics[0]["message"] and "boom" in diagnostics[0]["message"]


def test_a_crash_in_a_shared_step_is_rl007_on_that_file_only(site, run_json, monkeypatch):
    from recipelint.engine import suppressions

    real = suppressions.parse_suppressions

    def parse(lines, code_lines):
        if any("explode-here" in line for line in lines):
            raise RuntimeError("shared boom")
        return real(lines, code_lines)

    monkeypatch.setattr(suppressions, "parse_suppressions", parse)
    (site / "docs" / "bad.md").write_text(RECIPE + "\nexplode-here\n")
    (site / "docs" / "soup.md").write_text(BAD)
    code, diagnostics = run_json(str(site))
    assert code == 2
    found = [(d["path"].rsplit("/", 1)[1], d["code"]) for d in diagnostics]
    assert ("bad.md", "RL007") in found
    assert ("soup.md", "FM006") in found and ("soup.md", "RL007") not in found


def test_an_unexpected_error_reading_one_file_is_rl007_not_an_aborted_run(site, run_json, monkeypatch):
    from recipelint.engine import per_file as linter

    real = linter.lint_source

    def lint(display, fs_path, data, config, read_error=None, *more, **named):
        if display.endswith("bad.md"):
            raise MemoryError("no room")
        return real(display, fs_path, data, config, read_error, *more, **named)

    monkeypatch.setattr(linter, "lint_source", lint)
    (site / "docs" / "bad.md").write_text(RECIPE)
    (site / "docs" / "soup.md").write_text(BAD)
    code, diagnostics = run_json(str(site))
    assert code == 2
    found = [(d["path"].rsplit("/", 1)[1], d["code"]) for d in diagnostics]
    assert ("bad.md", "RL007") in found and ("soup.md", "FM006") in found


def test_a_crash_is_never_suppressed_and_always_exits_two(site, run_json, monkeypatch):
    import dataclasses

    from recipelint.rules import get_rule, registry

    def explode(ctx):
        raise RuntimeError("boom")
        yield

    monkeypatch.setitem(registry._RULES, "FM010", dataclasses.replace(get_rule("FM010"), check=explode))
    (site / "docs" / "soup.md").write_text(RECIPE + "\n<!-- recipelint-disable-file all -->\n")
    code, diagnostics = run_json(str(site))
    assert code == 2
    assert "RL007" in [d["code"] for d in diagnostics if d["path"].endswith("soup.md")]


def test_rules_and_rule_commands(capsys):
    assert main(["rules"]) == 0
    table = capsys.readouterr().out
    assert "FM007" in table and "yaml-implicit-type" in table
    assert main(["rule", "yaml-implicit-type"]) == 0
    doc = capsys.readouterr().out
    assert doc.startswith("FM007 (yaml-implicit-type)") and "servings: no" in doc
    assert main(["rule", "NOPE"]) == 2


def test_schema_command(capsys):
    assert main(["schema", "hugo"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "title" in schema["required"]
    assert main(["schema", "nope"]) == 2


def test_version():
    result = subprocess.run([sys.executable, "-m", "recipelint", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "recipelint" in result.stdout


def test_console_script_on_examples():
    """The README's first command, minus the install."""
    result = subprocess.run(
        ["recipelint", "check", "examples/", "--color", "never"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 1, result.stderr
    assert "examples/docs/recipes/baking/banana_bread.md:5:7: FM006" in result.stdout
    assert result.stderr == ""


@pytest.mark.skipif(not (SHARED / "seed-site").is_dir(), reason="../shared/seed-site is not beside the repository")
def test_seed_site_has_no_front_matter_errors(run_json):
    code, diagnostics = run_json(str(SHARED / "seed-site"))
    assert [d for d in diagnostics if d["code"].startswith("FM")] == []
    assert code == 0


def test_binary_and_undecodable_files_are_diagnostics(tmp_path, run_json):
    (tmp_path / "bin.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.md").write_bytes("---\ntitle: Crème\n---\n".encode("latin-1"))
    code, diagnostics = run_json(str(tmp_path))
    assert code == 1
    assert [(d["path"].rsplit("/", 1)[1], d["code"], d["line"], d["column"]) for d in diagnostics] == [
        ("bin.md", "RL002", 1, 1),
        ("latin1.md", "RL001", 2, 10),
    ]


def test_bad_config_exits_two_naming_file_and_key(site, capsys):
    (site / "recipelint.toml").write_text('selct = ["FM"]\n')
    assert main(["check", str(site)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"recipelint: error: {site / 'recipelint.toml'}: selct: unknown configuration key; did you mean 'select'?"


def test_keyboard_interrupt_and_internal_errors_are_one_line(monkeypatch, site, capsys):
    import recipelint.run as run_module

    def broken(*args, **kwargs):
        raise ValueError("unexpected")

    monkeypatch.setattr(run_module, "run_check", broken)
    assert main(["check", str(site)]) == 2
    assert capsys.readouterr().err.strip() == "recipelint: internal error: ValueError: unexpected"

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "run_check", interrupted)
    assert main(["check", str(site)]) == 130
    assert capsys.readouterr().err.strip() == "recipelint: interrupted"


def test_no_color_env(site, monkeypatch):
    (site / "docs" / "soup.md").write_text(BAD)
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run(["recipelint", "check", str(site)], capture_output=True, text=True, env=env)
    assert "\x1b[" not in result.stdout
    from recipelint.run import _use_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color("auto", Tty()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto", Tty()) is False
    assert _use_color("always", Tty()) is True
