"""GitHub Actions workflow commands, which GitHub turns into annotations on the diff.

See "Workflow commands for GitHub Actions"; the escaping follows ``@actions/core``.
GitHub shows at most ``ANNOTATIONS_PER_KIND`` error, warning and notice annotations
per step (and 50 per job) and drops the rest silently, so after the commands every
finding is also printed as a plain ``path:line:col`` line in the log, with the
summary line and a note saying how many findings have no annotation. The plain lines
are printed between ``::stop-commands::`` markers so that no text from a checked file
can be taken for a workflow command.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity
from recipelint.formats.summary import SEVERITY_NOUNS, count, summary_lines

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ANNOTATIONS_PER_KIND = 10
ANNOTATIONS_PER_JOB = 50
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def write_github(report: Report, stream: TextIO, *, color: bool) -> None:
    """One ``::error``/``::warning``/``::notice`` command per diagnostic, then the
    findings and the summary as plain log lines."""
    for diagnostic in report.diagnostics:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}" for key, value in _properties(diagnostic)
        )
        command = _COMMANDS[diagnostic.severity]
        stream.write(f"::{command} {properties}::{_escape_data(diagnostic.message)}\n")
    token = secrets.token_hex(16)
    stream.write(f"::stop-commands::{token}\n")
    for d in report.diagnostics:
        stream.write(_printable(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity}] {d.message}") + "\n")
    for line in summary_lines(report):
        stream.write(line + "\n")
    capped = capped_annotations(report)
    if capped:
        stream.write(capped + "\n")
    stream.write(f"::{token}::\n")


def capped_annotations(report: Report) -> str:
    """A sentence saying which findings GitHub shows no annotation for, or ``""``."""
    dropped = []
    for severity in Severity:
        n = sum(d.severity is severity for d in report.diagnostics)
        if n > ANNOTATIONS_PER_KIND:
            dropped.append(f"{n - ANNOTATIONS_PER_KIND} of {count(n, *SEVERITY_NOUNS[severity])}")
    if not dropped:
        return ""
    return (
        f"GitHub shows at most {ANNOTATIONS_PER_KIND} annotations of each kind per step"
        f" ({ANNOTATIONS_PER_JOB} per job): {' and '.join(dropped)} have none;"
        " every finding is listed in this log."
    )


def _printable(text: str) -> str:
    """One log line: control characters (a newline in a message) written as ``\\uXXXX``."""
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _properties(diagnostic: Diagnostic) -> list[tuple[str, object]]:
    """The annotation's location and title.

    GitHub rejects ``col``/``endColumn`` on an annotation that spans several lines,
    so a multi-line span is given by lines only.
    """
    d = diagnostic
    if d.end_line == d.line:
        span = [("col", d.column), ("endLine", d.end_line), ("endColumn", d.end_column)]
    else:
        span = [("endLine", d.end_line)]
    title = ("title", f"{d.code} ({d.name})")
    return [("file", d.path), ("line", d.line), *span, title]


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
