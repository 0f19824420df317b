"""GitLab Code Quality report: a JSON array shown in merge request widgets and diffs.

GitLab compares reports between the source and target branch by fingerprint, so the
fingerprint leaves out line numbers (see ``fingerprints``): an edit above a problem
must not make it "new".
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity
from recipelint.formats.fingerprints import stable_fingerprints

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def write_gitlab(report: Report, stream: TextIO, *, color: bool) -> None:
    """One Code Quality issue per diagnostic."""
    fingerprints = stable_fingerprints(report)
    issues = [_issue(d, fingerprint) for d, fingerprint in zip(report.diagnostics, fingerprints)]
    json.dump(issues, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _issue(diagnostic: Diagnostic, fingerprint: str) -> dict:
    return {
        "description": f"{diagnostic.code} {diagnostic.message}",
        "check_name": diagnostic.code,
        "fingerprint": fingerprint,
        "severity": _SEVERITIES[diagnostic.severity],
        "location": {
            "path": diagnostic.path,
            "lines": {"begin": diagnostic.line, "end": diagnostic.end_line},
        },
    }

