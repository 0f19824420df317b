"""The Markdown job summary a run writes under GitHub Actions (``$GITHUB_STEP_SUMMARY``).

Annotations stop at ten of each kind per step; the summary is where a pull request's
author sees everything: the totals, a table of rules with their counts and how many
``--fix`` repairs, and every finding linked to its line in the checked commit. GitHub
refuses a step summary over 1 MiB (and then shows none), so the list of findings is
cut to fit ``budget`` bytes, saying how many were left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import FixSafety, Severity
from recipelint.formats.github import capped_annotations
from recipelint.formats.report_paths import relative_path, uri_path
from recipelint.formats.rule_markdown import code_span, rule_doc_url
from recipelint.formats.summary import summary_lines

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

SUMMARY_LIMIT = 1024 * 1024
"""GitHub's limit on one step's summary, in bytes."""
DEFAULT_BUDGET = SUMMARY_LIMIT - 64 * 1024
"""What recipelint takes of it, leaving room for other tools run in the same step."""

_ESCAPED = re.compile(r"([\\`*_\[\]{}|~#!])")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class SourceLinks:
    """Links to lines of the checked commit: ``{server}/{repository}/blob/{sha}``
    and the checkout the paths are relative to."""

    base: str
    checkout: Path

    def url(self, path: str, line: int) -> str | None:
        relative = relative_path(path, self.checkout)
        return None if relative is None else f"{self.base}/{uri_path(relative)}#L{line}"


def write_job_summary(report: Report, stream: TextIO, *, links: SourceLinks | None,
                      budget: int = DEFAULT_BUDGET) -> None:
    """Write the summary of ``report`` to ``stream``, at most about ``budget`` bytes."""
    head = _head(report)
    stream.write(head)
    if not report.diagnostics:
        return
    remaining = budget - len(head.encode("utf-8"))
    lines = ["", "### Findings"]
    current_path = None
    written = 0
    for diagnostic in report.diagnostics:
        entry = []
        if diagnostic.path != current_path:
            entry += ["", f"**{code_span(_printable(diagnostic.path))}**", ""]
        entry.append(_finding(diagnostic, links))
        size = len("\n".join(entry).encode("utf-8")) + 1
        if size > remaining - 200:  # room for the closing note
            break
        lines += entry
        remaining -= size
        current_path = diagnostic.path
        written += 1
    left_out = len(report.diagnostics) - written
    if left_out:
        lines += ["", f"*{left_out} more findings are not listed: GitHub limits a step summary to 1 MiB."
                      " They are all in the step's log.*"]
    stream.write("\n".join(lines) + "\n")


def _head(report: Report) -> str:
    """The title, the summary line, the annotation note and the table of rules."""
    errors = any(d.severity is Severity.ERROR for d in report.diagnostics)
    mark = ":x:" if errors else (":warning:" if report.diagnostics else ":white_check_mark:")
    summary = summary_lines(report)
    summary[-1] = f"{mark} {summary[-1]}"
    lines = ["## recipelint", "", *summary]
    capped = capped_annotations(report)
    if capped:
        lines += ["", f"> {capped.replace('listed in this log', 'listed below and in the log')}"]
    if report.diagnostics:
        lines += ["", *_rule_table(report)]
    return "\n".join(lines) + "\n"


def _rule_table(report: Report) -> list[str]:
    """One row per rule: its findings, and how many ``--fix`` (or adding
    ``--unsafe-fixes``) would repair."""
    findings = Counter(d.code for d in report.diagnostics)
    safe = Counter(d.code for d in report.diagnostics if d.fix and d.fix.safety is FixSafety.SAFE)
    unsafe = Counter(d.code for d in report.diagnostics if d.fix and d.fix.safety is FixSafety.UNSAFE)
    names: dict[str, str] = {}
    severities: dict[str, set[str]] = {}
    for d in report.diagnostics:  # a rule's severity can differ between files (per-file configuration)
        names.setdefault(d.code, d.name)
        severities.setdefault(d.code, set()).add(d.severity.value)
    rows = ["| Rule | Name | Severity | Findings | Fixable |", "| --- | --- | --- | ---: | --- |"]
    for code in sorted(findings):
        rows.append(f"| {_rule_link(report, code)} | {code_span(names[code])} | {', '.join(sorted(severities[code]))} "
                    f"| {findings[code]} | {_fixable(safe[code], unsafe[code], report.unsafe_fixes)} |")
    return rows


def _fixable(safe: int, unsafe: int, unsafe_given: bool) -> str:
    parts = []
    if safe or (unsafe and unsafe_given):
        parts.append(f"{safe + (unsafe if unsafe_given else 0)} with `--fix`")
    if unsafe and not unsafe_given:
        parts.append(f"{unsafe} with `--fix --unsafe-fixes`")
    return ", ".join(parts) or "-"


def _rule_link(report: Report, code: str) -> str:
    """The code, linked to its page when that page has an absolute address."""
    if code not in report.rules:
        return code
    url = rule_doc_url(report.rule_docs_url, code)
    return f"[{code}]({url})" if _ABSOLUTE_URL.match(url) else code


def _finding(d: Diagnostic, links: SourceLinks | None) -> str:
    position = f"{d.line}:{d.column}"
    url = links.url(d.path, d.line) if links else None
    where = f"[{position}]({url})" if url else position
    return f"- {where} {d.code} {d.severity}: {_markdown_text(d.message)}"


def _markdown_text(text: str) -> str:
    """``text`` shown literally: Markdown punctuation escaped, HTML as entities,
    control characters (a newline) written as ``\\uXXXX``."""
    text = _printable(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _ESCAPED.sub(r"\\\1", text)


def _printable(text: str) -> str:
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
