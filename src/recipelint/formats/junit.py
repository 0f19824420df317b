"""JUnit XML, the test report format GitLab, Jenkins and Azure Pipelines all display.

Each diagnostic is a failed test case named after the file and position, so CI shows
one entry per problem. XML 1.0 cannot carry most control characters, even escaped,
so they are written as ``\\uXXXX`` to keep the report parseable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

SUITE_NAME = "recipelint"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_junit(report: Report, stream: TextIO, *, color: bool) -> None:
    """One ``<testsuite>``; a single passing case when there is nothing to report."""
    cases = [_failed_case(d) for d in report.diagnostics] or [_passed_case()]
    suite = ET.Element(
        "testsuite",
        name=SUITE_NAME,
        tests=str(len(cases)),
        failures=str(len(report.diagnostics)),
        errors="0",
    )
    suite.extend(cases)
    suites = ET.Element("testsuites", name=SUITE_NAME)
    suites.append(suite)
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")


def _failed_case(diagnostic: Diagnostic) -> ET.Element:
    d = diagnostic
    case = ET.Element("testcase", classname=_xml(d.path), name=f"{d.code} {d.line}:{d.column}")
    failure = ET.SubElement(case, "failure", message=_xml(d.message), type=d.code)
    failure.text = _xml(
        f"{d.path}:{d.line}:{d.column}: {d.code} ({d.name}) [{d.severity}] {d.message}"
    )
    return case


def _passed_case() -> ET.Element:
    return ET.Element("testcase", classname=SUITE_NAME, name=SUITE_NAME)


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
