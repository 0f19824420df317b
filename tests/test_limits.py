"""Pages built to be slow or hungry finish, each with the diagnostic it deserves.

Every case ran for minutes or without end before the limits and the linear scans it
names; the sizes here are the full ones where a run is quick and smaller ones where a
run is slow only in the old code (``benchmarks/hostile.py`` measures the full sizes).
The subprocess time limit only catches a regression to unbounded work; it is not a
speed target.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_inputs import (
    alias_bomb,
    backtick_runs,
    control_characters_in_key,
    deep_flow_nesting,
    findings_on_one_line,
    huge_integers,
    list_items,
    many_keys,
    many_suppressions,
    todo_line,
    wide_table_rows,
    write_site,
)

pytestmark = pytest.mark.slow

HANG = 60
"""Seconds after which a case counts as hanging (the fixed cases take about one)."""


def check(tmp_path: Path, text: str) -> list[dict]:
    page = write_site(tmp_path, "hostile", text)
    process = subprocess.run(
        [sys.executable, "-m", "recipelint", "check", "--format", "json", str(page)],
        capture_output=True, text=True, timeout=HANG, cwd=tmp_path,
    )
    assert process.returncode in (0, 1), process.stderr
    return json.loads(process.stdout)


def codes(diagnostics: list[dict]) -> list[str]:
    return [d["code"] for d in diagnostics]


@pytest.mark.parametrize(("levels", "width"), [(6, 9), (9, 9)])
def test_alias_bomb_is_reported_once_and_not_expanded(tmp_path, levels, width):
    diagnostics = check(tmp_path, alias_bomb(levels, width))
    reported = [d for d in diagnostics if d["code"] == "FM018"]
    assert [(d["line"], d["column"]) for d in reported] == [(1, 1)]
    assert "expands to more than 20,000 values" in reported[0]["message"]
    assert not {"FM001", "FM003", "FM008"} & set(codes(diagnostics))  # nothing else walked the graph


def test_thirty_thousand_keys_are_looked_up_once_each(tmp_path):
    diagnostics = check(tmp_path, many_keys(15_000))
    assert "FM018" in codes(diagnostics)  # over the 20,000-node limit: reported once, not key by key
    diagnostics = check(tmp_path, many_keys(9_000))
    assert "FM018" not in codes(diagnostics)


def test_thousands_of_suppressions(tmp_path):
    diagnostics = check(tmp_path, many_suppressions(5_000))
    assert "SEC013" not in codes(diagnostics)  # every TODO line is suppressed
    unused = [d for d in diagnostics if d["code"] == "RL005"]
    assert len(unused) == 101  # each CAL001 disable suppresses nothing: 100 shown, the rest counted
    assert unused[-1]["message"].startswith("… and 4,900 more RL005 findings in this file")


def test_backtick_runs_that_never_close(tmp_path):
    assert codes(check(tmp_path, backtick_runs(2_000))) == ["RL004"]  # 2 million marks: not parsed
    assert "RL004" not in codes(check(tmp_path, backtick_runs(600)))  # 180,000: scanned in linear time


def test_a_megabyte_line_of_todos(tmp_path):
    diagnostics = check(tmp_path, todo_line(1_000_000))
    assert "SEC013" in codes(diagnostics)


def test_integers_with_thousands_of_digits(tmp_path):
    diagnostics = check(tmp_path, huge_integers(5_000))
    assert "RL007" not in codes(diagnostics)
    reported = [d for d in diagnostics if d["code"] == "FM018"]
    assert [(d["line"], d["column"]) for d in reported] == [(3, 8)]
    assert "SEC013" in codes(diagnostics)  # the rest of the page is still checked


def test_flow_sequences_nested_to_the_parser_limit(tmp_path):
    diagnostics = check(tmp_path, deep_flow_nesting(999))
    assert "RL007" not in codes(diagnostics)
    assert "FM018" in codes(diagnostics)
    assert "SEC013" in codes(diagnostics)


@pytest.mark.parametrize("make", [lambda: wide_table_rows(20_000, 60), lambda: list_items(1_200_000)],
                         ids=["table-20000-columns-60-rows", "list-1200000-items"])
def test_a_page_with_millions_of_markdown_tokens_is_not_parsed(tmp_path, make):
    diagnostics = check(tmp_path, make())
    assert [(d["code"], d["line"]) for d in diagnostics] == [("RL004", 1)]
    assert "too much Markdown structure to check" in diagnostics[0]["message"]


def test_a_page_just_under_the_markup_budget_is_checked(tmp_path):
    diagnostics = check(tmp_path, list_items(15_000) + "\nBake for TODO minutes.\n")
    assert "RL004" not in codes(diagnostics)
    assert "SEC013" in codes(diagnostics)


def check_text(tmp_path: Path, text: str) -> str:
    page = write_site(tmp_path, "hostile", text)
    process = subprocess.run(
        [sys.executable, "-m", "recipelint", "check", "--format", "text", "--color", "never", str(page)],
        capture_output=True, text=True, timeout=HANG, cwd=tmp_path,
    )
    assert process.returncode in (0, 1), process.stderr
    return process.stdout


def test_findings_per_rule_and_file_are_capped_with_a_count(tmp_path):
    diagnostics = check(tmp_path, todo_line(10_000))  # 2,000 TODOs on one line
    found = [d for d in diagnostics if d["code"] == "SEC013"]
    assert len(found) == 101
    assert found[-1]["message"] == (
        "… and 1,900 more SEC013 findings in this file, from here on (recipelint shows at most 100 per rule and file)"
    )
    assert found[-1]["column"] == 501  # the 101st TODO: five characters each


def test_a_long_line_is_shown_as_a_window_around_the_column(tmp_path):
    output = check_text(tmp_path, findings_on_one_line(2_000))  # a 8,000-character line
    excerpts = [line for line in output.splitlines() if line.startswith("    ") and "abc" in line]
    assert excerpts and all(len(line) <= 4 + 2 + 160 for line in excerpts)
    assert output.count("\n") < 500


def test_control_characters_in_front_matter_cannot_forge_a_finding(tmp_path):
    output = check_text(tmp_path, control_characters_in_key())
    assert "\x1b" not in output
    assert not any(line.startswith("forged.md") for line in output.splitlines())
    assert "␛[2J" in output and "␊forged.md:1:1: FM999" in output


def test_the_language_server_facts_of_a_page_over_the_markup_budget_are_not_built(tmp_path):
    """The server collects facts for every page of the site it does not have open; a
    page over the structure limit is skipped there too, not parsed into gigabytes."""
    from recipelint.engine.per_file import page_facts
    from recipelint.engine.selection import config_resolver

    page = write_site(tmp_path, "hostile", list_items(60_000))
    assert page_facts("docs/hostile.md", page, page.read_bytes(), config_resolver().for_path(page)) is None
    ordinary = tmp_path / "docs" / "ordinary.md"
    ordinary.write_text("---\ntitle: T\n---\n" + "- a\n" * 10, encoding="utf-8")
    assert page_facts("docs/ordinary.md", ordinary, ordinary.read_bytes(), config_resolver().for_path(ordinary)) is not None
