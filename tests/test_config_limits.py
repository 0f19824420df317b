"""A configuration or .gitignore written to hang or crash recipelint is a one-line
error naming the file and key (exit 2), or is read in bounded time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PAGE = "---\ntitle: T\n---\n\nText.\n"
HANG = 30


def run(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "recipelint", "check", "."], cwd=site,
                          capture_output=True, text=True, timeout=HANG)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "docs" / ("a" * 40)
    folder.mkdir(parents=True)
    (folder / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("toml", "message"), [
    ('exclude = ["[]"]', "exclude: `[]` is not a valid pattern: `[]` is an empty character class"),
    ('exclude = ["docs/[z-a]*"]',
     "exclude: `docs/[z-a]*` is not a valid pattern: the range `z-a` in a character class runs backwards"),
    ('include = ["{1..1000}.md"]', "include: `{1..1000}.md`: its braces expand to more than 100 patterns"),
    ('exclude = ["*a*a*a*a*b"]',
     "exclude: `*a*a*a*a*b`: `*a*a*a*a*b` has more than 3 `*`; matching it against a long file name could take "
     "minutes (each `*` multiplies the tries)"),
    ('include = ["*.{md,mdx"]', "include: `*.{md,mdx`: a `{` is never closed (write `\\{` for the character)"),
    ('exclude = ["drafts/[a"]',
     "exclude: `drafts/[a` is not a valid pattern: a `[` is never closed (write `[[]` for the character)"),
    ('exclude = ["#drafts"]', "exclude: `#drafts` starts with `#`, a comment in .gitignore syntax; write `\\#` for the character"),
    ("exclude = ['drafts\\']", "exclude: `drafts\\` is not a valid pattern: it ends with a lone `\\`"),
    ('[per-file-ignores]\n"[z-a]" = ["FM001"]',
     "per-file-ignores: `[z-a]` is not a valid pattern: the range `z-a` in a character class runs backwards"),
    ("select = []", "select: an empty list selects no rule, so nothing would be checked; "
                    "leave `select` out for the default rules"),
    ("max-file-size = -5", "max-file-size: Input should be greater than 0"),
    ("max-file-size = 2_000_000_000", "max-file-size: Input should be less than or equal to 1073741824"),
    ("a = " + "[" * 100_000, "invalid TOML: arrays or tables nested too deeply to read"),
])
def test_bad_configuration_is_one_line_naming_file_and_key(site, toml, message):
    (site / "recipelint.toml").write_text(toml + "\n", encoding="utf-8")
    process = run(site)
    assert process.returncode == 2
    assert process.stderr == f"recipelint: error: {site / 'recipelint.toml'}: {message}\n"


def test_configuration_that_is_not_utf8(site):
    (site / "recipelint.toml").write_bytes(b"\xff\xfe = 1\n")
    process = run(site)
    assert process.returncode == 2
    assert process.stderr.endswith("recipelint.toml: invalid TOML: the file is not UTF-8 text\n")


def test_a_run_of_stars_in_exclude_does_not_backtrack(site):
    (site / "recipelint.toml").write_text('exclude = ["' + "*" * 30 + 'b"]\n', encoding="utf-8")
    process = run(site)
    assert process.returncode == 0, process.stderr
    assert "1 file checked" in process.stdout


def test_a_run_of_stars_in_gitignore_does_not_backtrack(site):
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    (site / ".gitignore").write_text("*" * 30 + "b\n", encoding="utf-8")
    process = run(site)
    assert process.returncode == 0, process.stderr
    assert "1 file checked" in process.stdout


def test_star_runs_collapse_as_git_reads_them():
    from recipelint.config.globs import collapse_star_runs, matches_any

    assert collapse_star_runs("docs/*****/x.md") == "docs/**/x.md"
    assert matches_any("docs/a/b/x.md", ["docs/***/x.md"])
    assert collapse_star_runs("*.md") == "*.md"
    assert collapse_star_runs("a****b") == "a*b"  # inside a segment, stars stay inside it
    assert not matches_any("a/x/b", ["a****b"])


@pytest.mark.parametrize(("code", "toml", "shown"), [
    ("FM013", "title-max-length = -5", "-5"),
    ("CAL005", "tolerance-percent = nan", "nan"),
    ("CAL005", "min-difference-kcal = -inf", "-inf"),
])
def test_numeric_rule_options_are_finite_and_not_negative(site, code, toml, shown):
    (site / "recipelint.toml").write_text(f"[rules.{code}]\n{toml}\n", encoding="utf-8")
    process = run(site)
    assert process.returncode == 2
    name = toml.split(" =")[0]
    assert f"{code}.{name} must be a finite number of 0 or more, got {shown}" in process.stderr
    assert process.stderr.count("\n") == 1
