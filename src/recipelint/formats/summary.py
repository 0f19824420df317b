"""The closing lines every human-facing output shares (text, the GitHub log, the job
summary): fixes applied, what remains, and how much ``--fix`` would repair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recipelint.diagnostic import FixSafety, Severity

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

SEVERITY_NOUNS = {
    Severity.ERROR: ("error", "errors"),
    Severity.WARNING: ("warning", "warnings"),
    Severity.INFO: ("info", "info"),
}


def summary_lines(report: Report) -> list[str]:
    """``Applied N fixes.`` if any, then ``Found …`` or ``No problems found …``."""
    lines = []
    if report.fixes_applied:
        lines.append(f"Applied {count(report.fixes_applied, 'fix', 'fixes')}.")
    files = f"{count(report.files_checked, 'file', 'files')} checked"
    if not report.diagnostics:
        lines.append(f"No problems found in {files}.")
        return lines
    counts = [
        count(n, *SEVERITY_NOUNS[severity])
        for severity in Severity
        if (n := sum(d.severity is severity for d in report.diagnostics))
    ]
    lines.append(f"Found {', '.join(counts)} in {files}{fixable_note(report.diagnostics, report.unsafe_fixes)}.")
    return lines


def fixable_counts(diagnostics: list[Diagnostic], unsafe_given: bool) -> tuple[int, int]:
    """(fixable with ``--fix``, fixable only by adding ``--unsafe-fixes``): with
    ``--unsafe-fixes`` already given, ``--fix`` applies the unsafe fixes too."""
    safe = sum(d.fix is not None and d.fix.safety is FixSafety.SAFE for d in diagnostics)
    unsafe = sum(d.fix is not None and d.fix.safety is FixSafety.UNSAFE for d in diagnostics)
    return (safe + unsafe, 0) if unsafe_given else (safe, unsafe)


def fixable_note(diagnostics: list[Diagnostic], unsafe_given: bool) -> str:
    """`` (N fixable with --fix, M more with --unsafe-fixes)``, or nothing if none are;
    ``--unsafe-fixes`` is not offered when the run was given it."""
    safe, unsafe = fixable_counts(diagnostics, unsafe_given)
    if safe and unsafe:
        return f" ({safe} fixable with --fix, {unsafe} more with --unsafe-fixes)"
    if safe:
        return f" ({safe} fixable with --fix)"
    if unsafe:
        return f" ({unsafe} fixable with --unsafe-fixes)"
    return ""


def count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"
