"""``--statistics`` and ``--show-fixes``: the counts a site adopting recipelint needs.

``--statistics`` replaces the list of findings by one line per rule: how many findings,
how many of them ``--fix`` (or ``--unsafe-fixes``) would repair. ``--show-fixes``
lists, per file and rule, the fixes ``--fix`` applied, or without ``--fix`` the ones
it would apply.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import FixSafety

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

STATISTICS_FORMATS = ("text", "json")


def rule_statistics(diagnostics: list[Diagnostic]) -> list[dict]:
    """One entry per reported rule, most findings first: code, name, severity (all
    severities it was reported at, joined by ``/``), count, fixable, unsafe_fixable."""
    by_code: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in diagnostics:
        by_code[diagnostic.code].append(diagnostic)
    entries = []
    for code, found in by_code.items():
        entries.append({
            "code": code,
            "name": found[0].name,
            "severity": "/".join(sorted({str(d.severity) for d in found})),
            "count": len(found),
            "fixable": sum(d.fix is not None and d.fix.safety is FixSafety.SAFE for d in found),
            "unsafe_fixable": sum(d.fix is not None and d.fix.safety is FixSafety.UNSAFE for d in found),
        })
    return sorted(entries, key=lambda entry: (-entry["count"], entry["code"]))


def write_statistics(report: Report, stream: TextIO, output_format: str) -> None:
    entries = rule_statistics(report.diagnostics)
    if output_format == "json":
        stream.write(json.dumps(entries, indent=2) + "\n")
        return
    width = max((len(entry["name"]) for entry in entries), default=0)
    count_width = max((len(str(entry["count"])) for entry in entries), default=1)
    for entry in entries:
        fixable = []
        if entry["fixable"]:
            fixable.append(f"{entry['fixable']} fixable with --fix")
        if entry["unsafe_fixable"]:
            fixable.append(f"{entry['unsafe_fixable']} with --unsafe-fixes")
        line = f"{entry['count']:>{count_width}}  {entry['code']:<6}  {entry['name']:<{width}}  {entry['severity']}"
        stream.write((line + ("  " + ", ".join(fixable) if fixable else "")).rstrip() + "\n")
    total = len(report.diagnostics)
    files = f"{report.files_checked} file{'s' if report.files_checked != 1 else ''} checked"
    if total:
        stream.write(f"Found {total} problem{'s' if total != 1 else ''} in {files}.\n")
    else:
        stream.write(f"No problems found in {files}.\n")


def write_fix_list(applied: Mapping[str, Counter], diagnostics: list[Diagnostic], rule_names: Mapping[str, str],
                   fixing: bool, stream: TextIO) -> None:
    """With ``--fix`` (``fixing``): the fixes applied; without: the fixes available."""
    if fixing:
        total = sum(sum(codes.values()) for codes in applied.values())
        if not total:
            stream.write("No fixes applied.\n")
            return
        stream.write(f"Applied {total} fix{'es' if total != 1 else ''}:\n")
        _write_grouped({path: codes for path, codes in applied.items() if codes}, rule_names, stream)
        return
    for safety, how in ((FixSafety.SAFE, "--fix"), (FixSafety.UNSAFE, "--unsafe-fixes")):
        grouped: dict[str, Counter] = defaultdict(Counter)
        for diagnostic in diagnostics:
            if diagnostic.fix is not None and diagnostic.fix.safety is safety:
                grouped[diagnostic.path][diagnostic.code] += 1
        if grouped:
            total = sum(sum(codes.values()) for codes in grouped.values())
            stream.write(f"{total} fixable with {how}:\n")
            _write_grouped(grouped, rule_names, stream)
    if not any(d.fix is not None for d in diagnostics):
        stream.write("No fixable problems.\n")


def _write_grouped(grouped: Mapping[str, Counter], rule_names: Mapping[str, str], stream: TextIO) -> None:
    for path in sorted(grouped):
        stream.write(f"- {path}:\n")
        for code, count in sorted(grouped[path].items()):
            stream.write(f"    {count} × {code} ({rule_names.get(code, '')})\n")
