"""The output formats, on hand-built reports (no real rules, no files)."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from recipelint.diagnostic import Diagnostic, Edit, Fix, FixSafety, Severity
from recipelint.formats.base import FORMAT_MODULES, Report, get_formatter
from recipelint.rules.registry import Rule

SPECS = Path(__file__).parents[1] / ".." / "shared" / "specs"


def _check_totals(context):
    """Report calorie totals that do not match their rows.

    The rows of the calorie table must add up to the stated ``Total``.
    """
    return ()


def _check_title(context):
    """Report a missing ``title`` in the front matter."""
    return ()


def _check_units(context):
    """Report quantities written with an unknown unit."""
    return ()


def _rule(code: str, name: str, severity: Severity, check) -> Rule:
    return Rule(
        code=code,
        name=name,
        severity=severity,
        fix=None,
        check=check,
        scope="document",
        default_enabled=True,
        options_type=None,
    )


RULES = {
    "CAL001": _rule("CAL001", "total-mismatch", Severity.ERROR, _check_totals),
    "FM001": _rule("FM001", "missing-title", Severity.ERROR, _check_title),
    "ING002": _rule("ING002", "unknown-unit", Severity.INFO, _check_units),
}

SOURCES = {
    ("docs/a.md", 1): "---",
    ("docs/a.md", 7): "- 3 tbsp sesame oil",
    ("docs/a.md", 9): "\t| Total\t| 12 kcal |",
    ("docs/b.md", 4): "Serves: 4 (ça va)",
}

SAFE_FIX = Fix(FixSafety.SAFE, (Edit(7, 3, 7, 9, "3 Tbsp"),), "Normalise the unit")
UNSAFE_FIX = Fix(FixSafety.UNSAFE, (Edit(9, 1, 9, 2, ""), Edit(9, 8, 9, 9, "")))


def _diagnostic(path, line, column, end_line, end_column, code, severity, message, fix=None):
    name = RULES[code].name
    return Diagnostic(path, line, column, end_line, end_column, code, name, severity, message, fix)


def _diagnostics() -> list[Diagnostic]:
    return sorted(
        [
            _diagnostic("docs/a.md", 1, 1, 3, 4, "FM001", Severity.ERROR, "no title"),
            _diagnostic(
                "docs/a.md", 7, 3, 7, 9, "ING002", Severity.INFO, "unit 'tbsp'", SAFE_FIX
            ),
            _diagnostic(
                "docs/a.md", 9, 4, 9, 9, "CAL001", Severity.WARNING, "total 12", UNSAFE_FIX
            ),
            _diagnostic("docs/b.md", 4, 11, 4, 13, "FM001", Severity.ERROR, "ça, 100%: x\ny"),
        ]
    )


def _report(diagnostics=None, **kwargs) -> Report:
    return Report(
        diagnostics=_diagnostics() if diagnostics is None else diagnostics,
        files_checked=kwargs.pop("files_checked", 4),
        rules=RULES,
        source_line=kwargs.pop("source_line", lambda path, line: SOURCES.get((path, line))),
        tool_version="0.1.0",
        **kwargs,
    )


def _write(name: str, report: Report, *, color: bool = False) -> str:
    stream = io.StringIO()
    get_formatter(name)(report, stream, color=color)
    return stream.getvalue()


def _schema(name: str) -> dict:
    path = SPECS / name
    if not path.is_file():
        pytest.skip(f"contract schema {path} is missing (it lives in the shared specs folder)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FORMAT_MODULES))
def test_every_format_is_importable_and_writes_an_empty_report(name):
    assert isinstance(_write(name, _report([], files_checked=0)), str)


# text


def test_text_layout_puts_the_caret_under_the_span():
    lines = _write("text", _report()).splitlines()
    assert lines[3:6] == [
        "docs/a.md:7:3: ING002 [info] unit 'tbsp'",
        "    - 3 tbsp sesame oil",
        "      ^~~~~~",
    ]


def test_text_multi_line_span_is_underlined_to_the_end_of_its_first_line():
    lines = _write("text", _report()).splitlines()
    assert lines[0:3] == ["docs/a.md:1:1: FM001 [error] no title", "    ---", "    ^~~"]


def test_text_expands_tabs_in_the_line_and_the_caret_alike():
    lines = _write("text", _report()).splitlines()
    assert lines[6] == "docs/a.md:9:4: CAL001 [warning] total 12"
    assert lines[7] == "            | Total | 12 kcal |"
    assert lines[8] == "              ^~~~~"
    assert lines[7][14:19] == "Total"


def test_text_caret_accounts_for_wide_and_combining_characters():
    source = "| 寿司\u0301 |\tx"
    report = _report(
        [_diagnostic("docs/c.md", 1, 9, 1, 10, "ING002", Severity.INFO, "x")],
        files_checked=1,
    )
    report.source_line = lambda path, line: source
    lines = _write("text", report).splitlines()
    assert lines[1] == "    | 寿司\u0301 |" + " " * 8 + "x"
    assert lines[2] == " " * (4 + 16) + "^"


def test_text_shows_control_characters_without_emitting_them():
    report = _report(
        [_diagnostic("docs/c.md", 1, 3, 1, 4, "ING002", Severity.INFO, "x")], files_checked=1
    )
    report.source_line = lambda path, line: "a\x1b[2Jb"
    lines = _write("text", report).splitlines()
    assert lines[1] == "    a\u241b[2Jb"
    assert lines[2] == "      ^"


def test_text_span_past_the_end_of_the_line_still_gets_a_caret():
    report = _report(
        [_diagnostic("docs/c.md", 1, 5, 1, 5, "ING002", Severity.INFO, "x")], files_checked=1
    )
    report.source_line = lambda path, line: "abc"
    assert _write("text", report).splitlines()[2] == "        ^"


def test_text_skips_the_context_when_the_source_line_is_unknown():
    report = _report(
        [_diagnostic("docs/z.md", 2, 1, 2, 2, "FM001", Severity.ERROR, "no title")],
        files_checked=1,
    )
    assert _write("text", report) == (
        "docs/z.md:2:1: FM001 [error] no title\n\nFound 1 error in 1 file checked.\n"
    )


def test_text_colour_only_when_asked():
    plain = _write("text", _report())
    coloured = _write("text", _report(), color=True)
    assert "\x1b[" not in plain
    assert "\x1b[1mdocs/a.md\x1b[0m:1:1: \x1b[36mFM001\x1b[0m \x1b[31m[error]\x1b[0m" in coloured
    assert "\x1b[33m[warning]\x1b[0m" in coloured
    assert "\x1b[34m[info]\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_text_summary_counts_severities_files_and_fixes():
    summary = _write("text", _report()).splitlines()[-1]
    assert summary == (
        "Found 2 errors, 1 warning, 1 info in 4 files checked "
        "(1 fixable with --fix, 1 more with --unsafe-fixes)."
    )


@pytest.mark.parametrize(
    ("keep", "files", "applied", "expected"),
    [
        ([], 1, 0, ["No problems found in 1 file checked."]),
        ([], 3, 2, ["Applied 2 fixes.", "No problems found in 3 files checked."]),
        ([0], 1, 1, ["Applied 1 fix.", "Found 1 error in 1 file checked."]),
        ([1], 2, 0, ["Found 1 info in 2 files checked (1 fixable with --fix)."]),
        ([2], 2, 0, ["Found 1 warning in 2 files checked (1 fixable with --unsafe-fixes)."]),
        ([0, 3], 2, 0, ["Found 2 errors in 2 files checked."]),
    ],
)
def test_text_summary_wording(keep, files, applied, expected):
    diagnostics = [_diagnostics()[index] for index in keep]
    report = _report(diagnostics, files_checked=files, fixes_applied=applied)
    assert _write("text", report).splitlines()[-len(expected) :] == expected


def test_text_without_diagnostics_prints_only_the_summary():
    report = _report([], files_checked=2)
    assert _write("text", report) == "No problems found in 2 files checked.\n"


# json and jsonl


def test_json_is_the_contract_in_report_order():
    report = _report()
    output = _write("json", report)
    data = json.loads(output)
    jsonschema.Draft202012Validator(_schema("recipelint-json-output.schema.json")).validate(data)
    assert data == [d.as_dict() for d in report.diagnostics]
    assert [(d["path"], d["line"]) for d in data] == [
        ("docs/a.md", 1),
        ("docs/a.md", 7),
        ("docs/a.md", 9),
        ("docs/b.md", 4),
    ]
    assert data[1]["fix"]["edits"][0]["content"] == "3 Tbsp"
    assert output.endswith("]\n") and '\n  {\n    "path"' in output
    assert "ça, 100%" in output


def test_json_of_nothing_is_an_empty_array():
    assert _write("json", _report([], files_checked=0)) == "[]\n"


def test_jsonl_writes_one_compact_object_per_line():
    report = _report()
    lines = _write("jsonl", report).splitlines()
    assert [json.loads(line) for line in lines] == [d.as_dict() for d in report.diagnostics]
    assert lines[0].startswith('{"path":"docs/a.md","line":1,"column":1,')
    schema = _schema("recipelint-json-output.schema.json")
    jsonschema.Draft202012Validator(schema).validate([json.loads(line) for line in lines])


# github


def test_github_commands_per_severity():
    lines = _write("github", _report()).splitlines()
    assert lines[1] == (
        "::notice file=docs/a.md,line=7,col=3,endLine=7,endColumn=9,"
        "title=ING002 (unknown-unit)::unit 'tbsp'"
    )
    assert lines[2].startswith("::warning file=docs/a.md,line=9,col=4,")


def test_github_leaves_columns_out_of_multi_line_annotations():
    first = _write("github", _report()).splitlines()[0]
    assert first == "::error file=docs/a.md,line=1,endLine=3,title=FM001 (missing-title)::no title"


def test_github_escapes_data_and_properties():
    diagnostic = Diagnostic(
        "we,ird:dir/100%.md", 2, 1, 2, 2, "FM001", "missing-title", Severity.ERROR,
        "a%b\r\nc: d, e",
    )
    line = _write("github", _report([diagnostic], files_checked=1)).splitlines()[0]
    assert line == (
        "::error file=we%2Cird%3Adir/100%25.md,line=2,col=1,endLine=2,endColumn=2,"
        "title=FM001 (missing-title)::a%25b%0D%0Ac: d, e"
    )


def _log_section(output: str) -> list[str]:
    """The plain lines after the commands: between ``::stop-commands::TOKEN`` and ``::TOKEN::``."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[start].removeprefix("::stop-commands::")
    assert re.fullmatch("[0-9a-f]{32}", token)
    assert lines[-1] == f"::{token}::"
    return lines[start + 1 : -1]


def test_github_lists_every_finding_and_the_summary_in_the_log():
    assert _log_section(_write("github", _report())) == [
        "docs/a.md:1:1: FM001 [error] no title",
        "docs/a.md:7:3: ING002 [info] unit 'tbsp'",
        "docs/a.md:9:4: CAL001 [warning] total 12",
        "docs/b.md:4:11: FM001 [error] ça, 100%: x\\u000ay",
        "Found 2 errors, 1 warning, 1 info in 4 files checked (1 fixable with --fix, 1 more with --unsafe-fixes).",
    ]


def test_github_log_lines_cannot_become_workflow_commands():
    diagnostic = _diagnostic("a.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "x\n::set-env name=A::1\r::add-mask::y")
    output = _write("github", _report([diagnostic], files_checked=1))
    again = _write("github", _report([diagnostic], files_checked=1))
    assert _log_section(output)[0] == "a.md:1:1: FM001 [error] x\\u000a::set-env name=A::1\\u000d::add-mask::y"
    assert [line for line in output.splitlines() if line.startswith("::set-env")] == []
    assert output.splitlines()[1] != again.splitlines()[1]  # a fresh token each run


def test_github_a_clean_run_says_so():
    assert _log_section(_write("github", _report([], files_checked=3))) == ["No problems found in 3 files checked."]


def _many(severity: Severity, n: int) -> list[Diagnostic]:
    code = {Severity.ERROR: "FM001", Severity.WARNING: "CAL001", Severity.INFO: "ING002"}[severity]
    return [_diagnostic("docs/a.md", line, 1, line, 2, code, severity, "m") for line in range(1, n + 1)]


def test_github_says_when_annotations_are_capped():
    report = _report(sorted(_many(Severity.ERROR, 11) + _many(Severity.WARNING, 12) + _many(Severity.INFO, 10)))
    assert _log_section(_write("github", report))[-1] == (
        "GitHub shows at most 10 annotations of each kind per step (50 per job): "
        "1 of 11 errors and 2 of 12 warnings have none; every finding is listed in this log."
    )
    within = _report(sorted(_many(Severity.ERROR, 10) + _many(Severity.INFO, 10)))
    assert _log_section(_write("github", within))[-1].startswith("Found 10 errors, 10 info")


# sarif


def _sarif(report: Report) -> dict:
    log = json.loads(_write("sarif", report))
    jsonschema.Draft4Validator(_schema("sarif-schema-2.1.0.json")).validate(log)
    return log


def test_sarif_validates_and_describes_the_rules_used():
    log = _sarif(_report())
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("recipelint", "0.1.0")
    assert [rule["id"] for rule in driver["rules"]] == ["CAL001", "FM001", "ING002"]
    cal = driver["rules"][0]
    assert cal["name"] == "total-mismatch"
    assert cal["shortDescription"]["text"] == "Report calorie totals that do not match their rows."
    assert cal["help"]["markdown"].endswith("must add up to the stated `Total`.")
    assert cal["help"]["text"].endswith("must add up to the stated ``Total``.")
    assert [rule.get("helpUri") for rule in driver["rules"]] == [
        "docs/rules/CAL001.md", "docs/rules/FM001.md", "docs/rules/ING002.md"
    ]
    assert cal["fullDescription"]["text"] == cal["help"]["text"]
    levels = [rule["defaultConfiguration"]["level"] for rule in driver["rules"]]
    assert levels == ["error", "error", "note"]
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_results_map_regions_levels_and_uris():
    results = _sarif(_report())["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note", "warning", "error"]
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/a.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 1, "startColumn": 1, "endLine": 3, "endColumn": 4}
    assert results[3]["message"]["text"] == "ça, 100%: x\ny"


def test_sarif_uris_are_encoded_and_absolute_paths_are_file_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # /srv/site is outside the working directory
    diagnostics = [
        _diagnostic("./my recipes/ça.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "x"),
        _diagnostic("/srv/site/a.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "x"),
    ]
    results = _sarif(_report(diagnostics, files_checked=2))["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    assert uris == [
        {"uri": "my%20recipes/%C3%A7a.md", "uriBaseId": "%SRCROOT%"},
        {"uri": "file:///srv/site/a.md"},
    ]


def test_sarif_fixes_become_replacements():
    results = _sarif(_report())["runs"][0]["results"]
    assert "fixes" not in results[0]
    (safe,) = results[1]["fixes"]
    assert safe["description"] == {"text": "Normalise the unit"}
    assert safe["properties"] == {"safety": "safe"}
    (change,) = safe["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "docs/a.md"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 7, "startColumn": 3, "endLine": 7, "endColumn": 9},
            "insertedContent": {"text": "3 Tbsp"},
        }
    ]
    (unsafe,) = results[2]["fixes"]
    assert "description" not in unsafe
    deletions = unsafe["artifactChanges"][0]["replacements"]
    assert [r["deletedRegion"]["startColumn"] for r in deletions] == [1, 8]
    assert all("insertedContent" not in r for r in deletions)


def test_sarif_help_uri_follows_the_configured_base():
    for base, expected in [
        ("https://example.org/rules", "https://example.org/rules/CAL001.md"),
        ("https://example.org/rules/", "https://example.org/rules/CAL001.md"),
        ("https://example.org/rule?code={code}", "https://example.org/rule?code=CAL001"),
    ]:
        rules = _sarif(_report(rule_docs_url=base))["runs"][0]["tool"]["driver"]["rules"]
        assert rules[0]["helpUri"] == expected


def test_sarif_help_markdown_has_fenced_examples():
    def documented(context):
        """Report a total.

        Write it like this::

            **Total: 12 kcal**
        """

    rules = {"CAL001": _rule("CAL001", "total-mismatch", Severity.ERROR, documented)}
    report = Report(_diagnostics()[2:3], 1, rules)
    (rule,) = _sarif(report)["runs"][0]["tool"]["driver"]["rules"]
    assert rule["help"]["markdown"] == "Report a total.\n\nWrite it like this:\n\n```\n**Total: 12 kcal**\n```"


def test_sarif_declares_srcroot_and_normalises_relative_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    diagnostics = [
        _diagnostic("./docs/../docs/a b.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "x"),
        _diagnostic(str(tmp_path / "docs" / "c#1.md"), 1, 1, 1, 2, "FM001", Severity.ERROR, "x"),
        _diagnostic("../elsewhere/d.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "x"),
    ]
    run = _sarif(_report(diagnostics, files_checked=3))["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert uris == [
        {"uri": "docs/a%20b.md", "uriBaseId": "%SRCROOT%"},
        {"uri": "docs/c%231.md", "uriBaseId": "%SRCROOT%"},
        {"uri": (tmp_path.parent / "elsewhere" / "d.md").as_uri()},
    ]


def test_sarif_partial_fingerprints_survive_line_moves():
    def fingerprints(report):
        return [r["partialFingerprints"] for r in _sarif(report)["runs"][0]["results"]]

    before = fingerprints(_report())
    assert all(re.fullmatch("[0-9a-f]{64}", f["recipelint/v1"]) for f in before)
    assert len({f["recipelint/v1"] for f in before}) == 4
    assert fingerprints(_moved(_report(), 12)) == before


def test_sarif_describes_a_code_without_a_registered_rule():
    diagnostic = Diagnostic("a.md", 1, 1, 1, 2, "RL001", "unreadable-file", Severity.ERROR, "x")
    driver = _sarif(_report([diagnostic], files_checked=1))["runs"][0]["tool"]["driver"]
    assert driver["rules"] == [{"id": "RL001", "name": "unreadable-file"}]


# junit


def _junit(report: Report) -> ET.Element:
    output = _write("junit", report)
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    return ET.fromstring(output.encode("utf-8"))


def test_junit_has_one_case_per_checked_file_failing_only_on_errors():
    report = _report(checked_paths=["docs/a.md", "docs/b.md", "docs/c.md", "docs/d.md"])
    root = _junit(report)
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("name") == "recipelint"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "2", "0")
    assert [(c.get("classname"), c.get("name"), c.get("file")) for c in cases] == [
        ("recipelint", f"docs/{n}.md", f"docs/{n}.md") for n in "abcd"
    ]
    a, b, c, d = cases
    assert a.find("failure").get("message") == "1 error"
    assert a.find("failure").text == "docs/a.md:1:1: FM001 (missing-title) [error] no title"
    assert a.find("system-out").text == (
        "docs/a.md:7:3: ING002 (unknown-unit) [info] unit 'tbsp'\n"
        "docs/a.md:9:4: CAL001 (total-mismatch) [warning] total 12"
    )
    assert b.find("failure").text == "docs/b.md:4:11: FM001 (missing-title) [error] ça, 100%: x\ny"
    assert list(c) == [] and list(d) == []  # clean files pass


def test_junit_warnings_alone_do_not_fail_and_names_do_not_move():
    warning = _diagnostics()[2]
    moved = Diagnostic(warning.path, 30, 1, 30, 2, warning.code, warning.name, warning.severity, warning.message)
    names = []
    for diagnostic in (warning, moved):
        suite = _junit(_report([diagnostic], files_checked=1, checked_paths=["docs/a.md"])).find("testsuite")
        assert (suite.get("tests"), suite.get("failures")) == ("1", "0")
        (case,) = suite.findall("testcase")
        assert case.find("failure") is None and "CAL001" in case.find("system-out").text
        names.append(case.get("name"))
    assert names == ["docs/a.md", "docs/a.md"]


def test_junit_reports_files_outside_the_checked_ones():
    image = Diagnostic("static/img/x.png", 1, 1, 1, 2, "FM001", "missing-title", Severity.INFO, "unused")
    cases = _junit(_report([image], files_checked=1, checked_paths=["docs/a.md"])).findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["docs/a.md", "static/img/x.png"]


def test_junit_of_nothing_checked_has_no_cases():
    suite = _junit(_report([], files_checked=0)).find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.findall("testcase")) == ("0", "0", [])


def test_junit_stays_parseable_with_control_characters():
    diagnostic = _diagnostic("a<&>.md", 1, 1, 1, 2, "FM001", Severity.ERROR, "bad \x00\x1b <b>")
    case = _junit(_report([diagnostic], files_checked=1, checked_paths=["a<&>.md"])).find("testsuite/testcase")
    assert case.get("name") == "a<&>.md"
    assert case.find("failure").text == "a<&>.md:1:1: FM001 (missing-title) [error] bad \\u0000\\u001b <b>"


def test_junit_is_read_by_junitparser(tmp_path):
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "report.xml"
    path.write_text(_write("junit", _report(checked_paths=["docs/a.md", "docs/b.md", "docs/c.md"])), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    (suite,) = list(xml)
    assert (suite.name, suite.tests, suite.failures, suite.errors) == ("recipelint", 3, 2, 0)
    outcomes = {case.name: [type(r).__name__ for r in case.result] for case in suite}
    assert outcomes == {"docs/a.md": ["Failure"], "docs/b.md": ["Failure"], "docs/c.md": []}
    assert all(case.is_passed == (case.name == "docs/c.md") for case in suite)


# gitlab


def _gitlab(report: Report) -> list[dict]:
    return json.loads(_write("gitlab", report))


def test_gitlab_issue_shape():
    issues = _gitlab(_report())
    assert issues[2] == {
        "description": "CAL001 total 12",
        "check_name": "CAL001",
        "fingerprint": issues[2]["fingerprint"],
        "severity": "minor",
        "location": {"path": "docs/a.md", "lines": {"begin": 9, "end": 9}},
    }
    assert [i["severity"] for i in issues] == ["major", "info", "minor", "major"]
    assert issues[0]["location"]["lines"] == {"begin": 1, "end": 3}
    assert all(re.fullmatch("[0-9a-f]{64}", i["fingerprint"]) for i in issues)


def _moved(report: Report, by: int, message=lambda m: m) -> Report:
    """``report`` after ``by`` lines were inserted at the top of every file."""
    moved = [
        Diagnostic(d.path, d.line + by, d.column, d.end_line + by, d.end_column, d.code, d.name,
                   d.severity, message(d.message), d.fix)
        for d in report.diagnostics
    ]
    source = report.source_line
    return _report(moved, source_line=lambda path, line: source(path, line - by))


def test_gitlab_fingerprints_survive_line_moves():
    before = _gitlab(_report())
    after = _gitlab(_moved(_report(), 5))
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    assert [i["location"]["lines"]["begin"] for i in after] == [6, 12, 14, 9]


def test_gitlab_fingerprints_ignore_line_numbers_in_messages():
    report = _report([_diagnostic("a.md", 7, 3, 7, 9, "FM001", Severity.ERROR, "also on line 7")])
    moved = _moved(report, 3, lambda message: message.replace("7", "10"))
    assert _gitlab(moved)[0]["fingerprint"] == _gitlab(report)[0]["fingerprint"]


def test_gitlab_fingerprints_change_with_the_line_they_point_at():
    report = _report([_diagnostic("docs/a.md", 7, 3, 7, 9, "ING002", Severity.INFO, "unit")])
    edited = _report(report.diagnostics, source_line=lambda path, line: "- 3 tbsp olive oil")
    assert _gitlab(edited)[0]["fingerprint"] != _gitlab(report)[0]["fingerprint"]


def test_gitlab_fingerprints_tell_identical_problems_apart():
    same = [
        _diagnostic("a.md", line, 1, line, 2, "FM001", Severity.ERROR, "no title")
        for line in (3, 8)
    ]
    other_file = _diagnostic("b.md", 3, 1, 3, 2, "FM001", Severity.ERROR, "no title")
    fingerprints = [i["fingerprint"] for i in _gitlab(_report([*same, other_file]))]
    assert len(set(fingerprints)) == 3
    assert fingerprints[0] == _gitlab(_report(same[:1]))[0]["fingerprint"]
