"""GitHub Actions workflow commands, which GitHub turns into annotations on the diff.

See "Workflow commands for GitHub Actions"; the escaping follows ``@actions/core``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def write_github(report: Report, stream: TextIO, *, color: bool) -> None:
    """One ``::error``/``::warning``/``::notice`` command per diagnostic."""
    for diagnostic in report.diagnostics:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}" for key, value in _properties(diagnostic)
        )
        command = _COMMANDS[diagnostic.severity]
        stream.write(f"::{command} {properties}::{_escape_data(diagnostic.message)}\n")


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
