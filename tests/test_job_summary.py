"""The Markdown job summary written under GitHub Actions, on hand-built reports."""

from __future__ import annotations

import io

from test_formats import _diagnostic, _diagnostics, _report

from recipelint.diagnostic import Severity
from recipelint.formats.job_summary import SourceLinks, write_job_summary

BASE = "https://github.com/cooks/site/blob/0123abc"


def _summary(report, links=None, **kwargs) -> str:
    stream = io.StringIO()
    write_job_summary(report, stream, links=links, **kwargs)
    return stream.getvalue()


def test_a_clean_run_says_so():
    assert _summary(_report([], files_checked=3)) == (
        "## recipelint\n\n:white_check_mark: No problems found in 3 files checked.\n"
    )


def test_counts_per_rule_fixable_counts_and_every_finding_linked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = _summary(_report(), SourceLinks(BASE, tmp_path))
    assert text == "\n".join([
        "## recipelint",
        "",
        ":x: Found 2 errors, 1 warning, 1 info in 4 files checked (1 fixable with --fix, 1 more with --unsafe-fixes).",
        "",
        "| Rule | Name | Severity | Findings | Fixable |",
        "| --- | --- | --- | ---: | --- |",
        "| CAL001 | `total-mismatch` | warning | 1 | 1 with `--fix --unsafe-fixes` |",
        "| FM001 | `missing-title` | error | 2 | - |",
        "| ING002 | `unknown-unit` | info | 1 | 1 with `--fix` |",
        "",
        "### Findings",
        "",
        "**`docs/a.md`**",
        "",
        f"- [1:1]({BASE}/docs/a.md#L1) FM001 error: no title",
        f"- [7:3]({BASE}/docs/a.md#L7) ING002 info: unit 'tbsp'",
        f"- [9:4]({BASE}/docs/a.md#L9) CAL001 warning: total 12",
        "",
        "**`docs/b.md`**",
        "",
        f"- [4:11]({BASE}/docs/b.md#L4) FM001 error: ça, 100%: x\\\\u000ay",
        "",
    ])


def test_unsafe_fixes_given_are_not_offered_again():
    text = _summary(_report(unsafe_fixes=True))
    assert "(2 fixable with --fix)." in text
    assert "| CAL001 | `total-mismatch` | warning | 1 | 1 with `--fix` |" in text
    assert "unsafe" not in text


def test_rules_link_to_their_pages_only_with_an_absolute_base():
    linked = _summary(_report(rule_docs_url="https://docs.example.org/rules/"))
    assert "| [CAL001](https://docs.example.org/rules/CAL001.md) |" in linked
    assert "| CAL001 |" in _summary(_report())  # docs/rules/CAL001.md means nothing in a job page


def test_paths_are_linked_relative_to_the_checkout(tmp_path, monkeypatch):
    site = tmp_path / "repo"
    (site / "website").mkdir(parents=True)
    monkeypatch.chdir(site / "website")
    diagnostics = [
        _diagnostic("docs/ça va.md", 2, 1, 2, 2, "FM001", Severity.ERROR, "x"),
        _diagnostic(str(tmp_path / "outside.md"), 3, 1, 3, 2, "FM001", Severity.ERROR, "y"),
    ]
    text = _summary(_report(diagnostics, files_checked=2), SourceLinks(BASE, site))
    assert f"- [2:1]({BASE}/website/docs/%C3%A7a%20va.md#L2) FM001 error: x" in text
    assert "- 3:1 FM001 error: y" in text  # outside the checkout: no link


def test_messages_cannot_inject_markdown_or_html():
    message = "<img src=x onerror=alert(1)> *bold* [link](http://x) `code` | pipe\n# heading"
    text = _summary(_report([_diagnostic("a.md", 1, 1, 1, 2, "FM001", Severity.ERROR, message)], files_checked=1))
    assert text.splitlines()[-1] == (
        "- 1:1 FM001 error: &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](http://x) "
        "\\`code\\` \\| pipe\\\\u000a\\# heading"
    )


def test_the_list_is_cut_to_the_budget_and_says_so():
    many = sorted(
        _diagnostic("docs/a.md", line, 1, line, 2, "FM001", Severity.ERROR, "m" * 80) for line in range(1, 2001)
    )
    report = _report(many, files_checked=1)
    full = _summary(report, budget=10_000_000)
    assert full.count("\n- ") == 2000 and "not listed" not in full
    cut = _summary(report, budget=20_000)
    assert len(cut.encode("utf-8")) <= 20_000
    listed = cut.count("\n- ")
    assert 100 < listed < 2000
    assert cut.endswith(f"*{2000 - listed} more findings are not listed: GitHub limits a step summary to 1 MiB."
                        " They are all in the step's log.*\n")


def test_capped_annotations_are_mentioned():
    many = sorted(_diagnostic("a.md", n, 1, n, 2, "FM001", Severity.ERROR, "m") for n in range(1, 13))
    text = _summary(_report(many, files_checked=1))
    assert ("> GitHub shows at most 10 annotations of each kind per step (50 per job): 2 of 12 errors have none;"
            " every finding is listed below and in the log.") in text


def test_diagnostics_keep_their_order():
    text = _summary(_report(_diagnostics()))
    assert text.index("FM001 error: no title") < text.index("ING002 info") < text.index("CAL001 warning")
