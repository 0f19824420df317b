"""The pull-request workflow through the command line: the GitHub log and job summary,
``--changed-since`` on a real git repository, and what ``--diff`` prints and exits with."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from conftest import RECIPE

from recipelint.cli import main

BAD = RECIPE.replace("tags:\n  - Soup\n", "tags: Soup, Winter\nservings: no\n")  # two warnings, one safe fix
BROKEN = RECIPE.replace("title: Lentil Soup\n", "title: Lentil Soup\ntitle: Lentil Stew\n")  # FM004, no fix


def _recipe(identifier: str, title: str, extra: str = "") -> str:
    return RECIPE.replace("id: lentil-soup", f"id: {identifier}").replace("Lentil Soup", title) + extra


# -- under GitHub Actions ------------------------------------------------------------------


@pytest.fixture
def actions(tmp_path, monkeypatch):
    """GitHub Actions' environment; returns the step summary file."""
    summary = tmp_path / "step_summary.md"
    summary.write_text("")
    for name, value in {
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "cooks/site",
        "GITHUB_SHA": "4b1d0c0ffee",
        "GITHUB_WORKSPACE": str(tmp_path),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return summary


def test_actions_log_annotates_lists_and_summarises(site, actions, capsys):
    (site / "docs" / "soup.md").write_text(BAD)
    assert main(["check", "site"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("::warning file=site/docs/soup.md,line=5,col=7,")
    assert out[2].startswith("::stop-commands::")
    assert out[3:6] == [
        "site/docs/soup.md:5:7: FM006 [warning] `tags` must be a list of strings, got a string; "
        "write each tag on its own `- ` line",
        "site/docs/soup.md:6:11: FM007 [warning] `servings: no` is read by YAML as the boolean false, "
        'not the text "no"; quote it: `"no"`',
        "Found 2 warnings in 1 file checked (1 fixable with --fix).",
    ]


def test_actions_job_summary_links_every_finding(site, actions):
    (site / "docs" / "soup.md").write_text(BAD)
    main(["check", "site", "--format", "sarif", "--output-file", "report.sarif"])
    text = actions.read_text(encoding="utf-8")
    assert text.startswith("## recipelint\n\n:warning: Found 2 warnings in 1 file checked (1 fixable with --fix).\n")
    assert "| FM007 | `yaml-implicit-type` | warning | 1 | 1 with `--fix` |" in text
    link = "https://github.com/cooks/site/blob/4b1d0c0ffee/site/docs/soup.md"
    assert f"- [5:7]({link}#L5) FM006 warning: " in text
    assert f"- [6:11]({link}#L6) FM007 warning: " in text


def test_actions_clean_run_summary_and_appending(site, actions):
    actions.write_text("earlier step output\n")
    main(["check", "site"])
    assert actions.read_text() == (
        "earlier step output\n## recipelint\n\n:white_check_mark: No problems found in 1 file checked.\n"
    )


def test_no_summary_outside_actions(site, actions, monkeypatch):
    monkeypatch.delenv("GITHUB_ACTIONS")
    main(["check", "site"])
    assert actions.read_text() == ""


def test_an_unwritable_summary_is_one_line_not_a_failure(site, actions, monkeypatch, capsys):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(actions.parent / "missing" / "summary.md"))
    assert main(["check", "site"]) == 0
    err = capsys.readouterr().err
    assert re.fullmatch(r"recipelint: cannot write the job summary to \S+summary\.md: .+\n", err)


# -- --changed-since -----------------------------------------------------------------------


def _git(repo, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Cook", "-c", "user.email=cook@example.org", "-c", "commit.gpgsign=false",
         *arguments],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout


@pytest.fixture
def repo(site):
    """The site as a git repository: ``main`` holds a.md (with an old defect) and
    b.md; the ``feature`` branch is checked out."""
    (site / "docs" / "soup.md").unlink()
    (site / "docs" / "a.md").write_text(_recipe("a", "Alpha Soup", "\n[old](missing.md)\n"))  # LNK007
    (site / "docs" / "b.md").write_text(_recipe("b", "Beta Soup"))
    (site / ".gitignore").write_text("ignored/\n")
    _git(site, "init", "-q", "-b", "main")
    _git(site, "add", "-A")
    _git(site, "commit", "-q", "-m", "site")
    _git(site, "checkout", "-q", "-b", "feature")
    return site


def _codes(diagnostics) -> list[tuple[str, str]]:
    return sorted((d["path"].rsplit("/", 1)[1], d["code"]) for d in diagnostics)


def test_changed_since_reports_only_changed_files(repo, run_json, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "docs" / "b.md").write_text(BROKEN.replace("lentil-soup", "b"))
    _git(repo, "commit", "-q", "-am", "break b")                               # committed on the branch
    (repo / "docs" / "c.md").write_text(_recipe("c", "Gamma Soup") + "\nSee [x](nowhere.md).\n")  # untracked
    (repo / "docs" / "d.md").write_text(_recipe("d", "Delta Soup"))
    _git(repo, "add", "docs/d.md")                                              # staged
    (repo / "docs" / "d.md").write_text(_recipe("d", "Delta Soup", "\n[y](gone.md)\n"))  # and changed again
    (repo / "ignored").mkdir()
    (repo / "ignored" / "e.md").write_text(BROKEN)                              # ignored: never checked
    code, diagnostics = run_json("--changed-since", "main", ".")
    assert code == 1
    assert _codes(diagnostics) == [("b.md", "FM004"), ("c.md", "LNK007"), ("d.md", "LNK007")]
    code, everything = run_json(".")
    assert ("a.md", "LNK007") in _codes(everything)  # the old defect is still there, just not reported


def test_changed_since_counts_the_files_it_checked(repo, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    (repo / "docs" / "b.md").write_text(_recipe("b", "Beta Soup", "\nMore text.\n"))
    assert main(["check", "--color", "never", "--changed-since", "main", "."]) == 0
    assert capsys.readouterr().out == "No problems found in 1 file checked.\n"


def test_changed_since_cross_page_rules_still_see_every_page(repo, run_json, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "docs" / "new.md").write_text(_recipe("a", "Alpha Soup"))  # a's id and title, a is unchanged
    code, diagnostics = run_json("--changed-since", "main", ".")
    assert code == 1
    assert [(d["path"], d["code"], d["line"], d["column"], d["message"]) for d in diagnostics] == [
        ("docs/new.md", "FM015", 2, 5, "doc id `a` is also the doc id of `docs/a.md` (line 2)"),
        ("docs/new.md", "FM017", 3, 8, "title `Alpha Soup` is also the title of docs/a.md"),
    ]


def test_changed_since_with_nothing_changed(repo, run_json, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    assert run_json("--changed-since", "main", ".") == (0, [])
    assert capsys.readouterr().err == "recipelint: none of the 2 files found changed since main\n"
    assert run_json("--changed-since", "HEAD", "docs") == (0, [])


def test_changed_since_runs_from_a_subfolder_of_the_repository(repo, run_json, monkeypatch):
    monkeypatch.chdir(repo / "docs")
    (repo / "docs" / "b.md").write_text(BROKEN.replace("lentil-soup", "b"))
    code, diagnostics = run_json("--changed-since", "main")
    assert (code, [(d["path"], d["code"]) for d in diagnostics]) == (1, [("b.md", "FM004")])


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("no-such-branch", "recipelint: error: --changed-since: unknown git ref 'no-such-branch' "
                           "(fetch it first; a shallow clone may lack it)\n"),
        ("--output=x", "recipelint: error: --changed-since: '--output=x' is not a git ref\n"),
    ],
)
def test_changed_since_unknown_ref_is_one_line(repo, monkeypatch, capsys, ref, message):
    monkeypatch.chdir(repo)
    assert main(["check", f"--changed-since={ref}", "."]) == 2
    assert capsys.readouterr().err == message
    assert not (repo / "x").exists()


def test_changed_since_outside_a_repository_is_one_line(site, monkeypatch, capsys):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(site.parent))
    assert main(["check", "--changed-since", "main", str(site)]) == 2
    assert capsys.readouterr().err == f"recipelint: error: {site.as_posix()} is not in a git repository\n"


def test_changed_since_without_a_merge_base_says_so(repo, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    _git(repo, "checkout", "-q", "--orphan", "unrelated")
    _git(repo, "commit", "-q", "-m", "unrelated history")
    assert main(["check", "--changed-since", "main", "."]) == 2
    err = capsys.readouterr().err
    assert err.startswith("recipelint: error: --changed-since: git cannot compare 'main' with HEAD (")
    assert err.count("\n") == 1


def test_changed_since_refuses_standard_input(capsys):
    assert main(["check", "--changed-since", "main", "-", "--stdin-filename", "a.md"]) == 2
    assert "--changed-since" in capsys.readouterr().err


# -- --diff and the summary ------------------------------------------------------------


def test_diff_prints_only_the_diff_on_stdout(site, capsys):
    target = site / "docs" / "soup.md"
    target.write_text(BAD)
    assert main(["check", "--diff", str(site)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"--- a/{site.as_posix()}/docs/soup.md\n+++ b/")
    assert all(line[:1] in "-+ @" for line in captured.out.splitlines())
    assert "-servings: no\n+servings: \"no\"\n" in captured.out
    assert captured.err == "Would apply 1 fix to 1 file.\n"
    assert target.read_text() == BAD


def test_diff_exits_zero_when_nothing_would_change_even_with_errors(site, capsys):
    (site / "docs" / "soup.md").write_text(BROKEN)
    assert main(["check", "--diff", str(site)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "No fixes to apply (--unsafe-fixes may find more).\n"
    assert main(["check", "--diff", "--unsafe-fixes", str(site)]) == 0
    assert capsys.readouterr().err == "No fixes to apply.\n"


def test_diff_with_a_machine_format_needs_an_output_file(site, tmp_path, capsys):
    (site / "docs" / "soup.md").write_text(BAD)
    assert main(["check", "--diff", "--format", "json", str(site)]) == 2
    err = capsys.readouterr().err
    assert "--diff writes the diff to standard output; add --output-file for the json report" in err
    report = tmp_path / "report.json"
    assert main(["check", "--diff", "--format", "json", "--output-file", str(report), str(site)]) == 1
    assert capsys.readouterr().out.startswith("--- a/")
    assert [d["code"] for d in json.loads(report.read_text())] == ["FM006", "FM007"]


def test_summary_does_not_offer_unsafe_fixes_when_given(site, capsys):
    page = RECIPE.replace("## Overview\n\nText.\n", "## Overview\n\nText.\n\n"
                          "| Ingredient | Calories |\n| --- | --- |\n| Lentils | 100 kcal |\n| Oil | 50 kcal |\n\n"
                          "**Total: 200 kcal**\n").replace("tags:", "draft: yes\ntags:")
    (site / "docs" / "soup.md").write_text(page)
    main(["check", "--color", "never", str(site)])
    plain = capsys.readouterr().out.splitlines()[-1]
    main(["check", "--color", "never", "--unsafe-fixes", str(site)])
    given = capsys.readouterr().out.splitlines()[-1]
    assert plain.endswith("(1 fixable with --fix, 1 more with --unsafe-fixes).")
    assert given.endswith("(2 fixable with --fix).")


def test_changed_since_reports_an_unused_image_only_when_it_changed(repo, run_json, monkeypatch):
    monkeypatch.chdir(repo)
    images = repo / "static" / "img"
    images.mkdir(parents=True)
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    for name in ("cover.png", "old.png"):
        (images / name).write_bytes(png)
    (repo / "docs" / "b.md").write_text(_recipe("b", "Beta Soup").replace("Text.", "![Soup](/img/cover.png)"))
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "images")
    (images / "new.png").write_bytes(png)  # added by the change, shown by no page
    code, diagnostics = run_json("--changed-since", "HEAD", ".")
    assert (code, [(d["path"], d["code"]) for d in diagnostics]) == (0, [("static/img/new.png", "IMG004")])
    code, everything = run_json(".")
    assert [d["path"] for d in everything if d["code"] == "IMG004"] == ["static/img/new.png", "static/img/old.png"]
