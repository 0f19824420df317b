"""JUnit XML, the test report format GitLab, Jenkins and Azure Pipelines all display.

One test case per checked file, named after the file, so a test keeps its name from
run to run and CI services can track it. A file fails when it has an error (what
fails the run); its warnings and infos are listed in the case's ``system-out``
and never fail it, so a passing run shows no failed tests. Files the run did not
check but reported on (an unused image) get a case too. XML 1.0 cannot carry most
control characters, even escaped, so they are written as ``\\uXXXX`` to keep the
report parseable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

SUITE_NAME = "recipelint"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_junit(report: Report, stream: TextIO, *, color: bool) -> None:
    """One ``<testsuite>`` with a ``<testcase>`` per file."""
    by_path: dict[str, list[Diagnostic]] = {}
    for diagnostic in report.diagnostics:
        by_path.setdefault(diagnostic.path, []).append(diagnostic)
    paths = sorted(set(report.checked_paths) | set(by_path))
    cases = [_case(path, by_path.get(path, [])) for path in paths]
    failures = sum(case.find("failure") is not None for case in cases)
    suite = ET.Element(
        "testsuite",
        name=SUITE_NAME,
        tests=str(len(cases)),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    suite.extend(cases)
    suites = ET.Element(
        "testsuites", name=SUITE_NAME, tests=str(len(cases)), failures=str(failures), errors="0"
    )
    suites.append(suite)
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")


def _case(path: str, diagnostics: list[Diagnostic]) -> ET.Element:
    """The test case of one file: failed if it has an error, its findings listed."""
    case = ET.Element("testcase", classname=SUITE_NAME, name=_xml(path), file=_xml(path))
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    others = [d for d in diagnostics if d.severity is not Severity.ERROR]
    if errors:
        noun = "error" if len(errors) == 1 else "errors"
        failure = ET.SubElement(case, "failure", message=f"{len(errors)} {noun}", type="recipelint")
        failure.text = "\n".join(_line(d) for d in errors)
    if others:
        ET.SubElement(case, "system-out").text = "\n".join(_line(d) for d in others)
    return case


def _line(d: Diagnostic) -> str:
    return _xml(f"{d.path}:{d.line}:{d.column}: {d.code} ({d.name}) [{d.severity}] {d.message}")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
