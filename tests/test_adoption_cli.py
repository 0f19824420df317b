"""--statistics, --show-fixes, --exit-non-zero-on-fix, --show-files and colour from the
environment, run through the command line on the example site."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import REPO

from recipelint.cli import main
from recipelint.run import _use_color

STATISTICS = """\
1  CAL001  calorie-total-mismatch  error  1 with --unsafe-fixes
1  CAL002  per-serving-mismatch    error  1 with --unsafe-fixes
1  CAL003  servings-mismatch       warning
1  FM004   duplicate-key           error
1  FM006   invalid-value           warning
1  FM007   yaml-implicit-type      warning  1 fixable with --fix
1  FM008   unknown-key             warning
1  FM010   duplicate-tag           warning
1  IMG001  missing-image           error
1  ING006  unparseable-quantity    warning
1  ING010  unlisted-ingredient     warning
1  LNK001  undefined-reference     warning
1  SEC008  step-numbering          warning
1  SEC012  conflicting-time        warning
Found 14 problems in 5 files checked.
"""


@pytest.fixture
def example(tmp_path, monkeypatch):
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path / "examples")
    return tmp_path / "examples"


def test_statistics_text(example, capsys):
    assert main(["check", "--statistics"]) == 1
    assert capsys.readouterr().out == STATISTICS


def test_statistics_json(example, capsys):
    assert main(["check", "--statistics", "--format", "json"]) == 1
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == 14
    assert entries[5] == {"code": "FM007", "name": "yaml-implicit-type", "severity": "warning", "count": 1,
                          "fixable": 1, "unsafe_fixable": 0}


def test_statistics_counts_per_rule_most_first(tmp_path, capsys, site):
    for n in range(3):
        empty = "description:\n" if n == 0 else ""
        (site / "docs" / f"t{n}.md").write_text(f"---\nid: t{n}\ntitle: T{n}\n{empty}prep_time: 1:30\n---\n\nText.\n")
    assert main(["check", "--statistics", "--select", "FM007,FM012", str(site)]) == 0
    assert capsys.readouterr().out == (
        "3  FM007   yaml-implicit-type  warning  3 fixable with --fix\n"
        "1  FM012   empty-field         warning\n"
        "Found 4 problems in 4 files checked.\n"
    )


def test_statistics_refuses_other_formats(capsys):
    assert main(["check", "--statistics", "--format", "sarif", "."]) == 2
    assert "--statistics prints text or json, not sarif" in capsys.readouterr().err


def test_show_fixes_without_fix_lists_what_is_fixable(example, capsys):
    assert main(["check", "--show-fixes"]) == 1
    out = capsys.readouterr().out
    assert out.endswith(
        "1 fixable with --fix:\n"
        "- docs/recipes/baking/banana_bread.md:\n"
        "    1 × FM007 (yaml-implicit-type)\n"
        "2 fixable with --unsafe-fixes:\n"
        "- docs/recipes/baking/banana_bread.md:\n"
        "    1 × CAL002 (per-serving-mismatch)\n"
        "- docs/recipes/breakfast/shakshuka.md:\n"
        "    1 × CAL001 (calorie-total-mismatch)\n"
    )


def test_show_fixes_with_fix_lists_what_was_applied(example, capsys):
    assert main(["check", "--fix", "--unsafe-fixes", "--show-fixes", "docs/recipes/baking"]) == 1
    out = capsys.readouterr().out
    assert out.endswith(
        "Applied 2 fixes:\n"
        "- docs/recipes/baking/banana_bread.md:\n"
        "    1 × CAL002 (per-serving-mismatch)\n"
        "    1 × FM007 (yaml-implicit-type)\n"
    )
    assert 'prep_time: "1:15"' in (example / "docs/recipes/baking/banana_bread.md").read_text()
    assert main(["check", "--fix", "--show-fixes", "docs/recipes/baking"]) == 1
    assert capsys.readouterr().out.endswith("No fixes applied.\n")


def test_show_fixes_beside_a_machine_format_goes_to_stderr(example, capsys):
    assert main(["check", "--show-fixes", "--format", "json", "docs/recipes/baking"]) == 1
    out, err = capsys.readouterr()
    json.loads(out)
    assert err.startswith("1 fixable with --fix:\n")


def test_exit_non_zero_on_fix(example, capsys):
    soups = "docs/recipes/baking/banana_bread.md"
    # FM007 is the only safe fix; the file keeps errors, so look at a run without them
    assert main(["check", "--fix", "--exit-non-zero-on-fix", "--select", "FM007", soups]) == 1
    assert capsys.readouterr().out == "Applied 1 fix.\nNo problems found in 1 file checked.\n"
    assert main(["check", "--fix", "--exit-non-zero-on-fix", "--select", "FM007", soups]) == 0  # nothing left to fix
    assert main(["check", "--fix", "--exit-non-zero-on-fix", "--exit-zero", soups]) == 0


def test_add_suppressions_refuses_fix_and_stdin(capsys):
    assert main(["check", "--add-suppressions", "--fix", "."]) == 2
    assert "--add-suppressions writes to the files: not with --fix, --diff or `-`" in capsys.readouterr().err
    assert main(["check", "--add-suppressions", "-"]) == 2


@pytest.mark.parametrize("flag", ["--add-suppressions", "--show-files", "--show-settings"])
def test_watch_refuses_the_one_shot_options(flag, capsys):
    assert main(["check", "--watch", flag, "."]) == 2
    assert "--watch cannot be combined with --add-suppressions, --show-files or --show-settings" in capsys.readouterr().err


class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("env", "choice", "tty", "expected"),
    [
        ({}, "auto", False, False),
        ({}, "auto", True, True),
        ({"FORCE_COLOR": "1"}, "auto", False, True),
        ({"FORCE_COLOR": ""}, "auto", False, False),
        ({"NO_COLOR": "1"}, "auto", True, False),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, "auto", False, False),
        ({"FORCE_COLOR": "1"}, "never", True, False),
        ({"NO_COLOR": "1"}, "always", False, True),
    ],
)
def test_colour_from_the_environment(monkeypatch, env, choice, tty, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert _use_color(choice, _Terminal(tty)) is expected


def test_force_color_colours_a_piped_report(example, capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["check", "docs/recipes/baking"])
    assert "\x1b[36mFM004\x1b[0m" in capsys.readouterr().out
