"""GitLab Code Quality report: a JSON array shown in merge request widgets and diffs.

GitLab compares reports between the source and target branch by fingerprint, so the
fingerprint leaves out line numbers: an edit above a problem must not make it "new".
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def write_gitlab(report: Report, stream: TextIO, *, color: bool) -> None:
    """One Code Quality issue per diagnostic."""
    seen: Counter[tuple[str, str, str]] = Counter()
    issues = []
    for diagnostic in report.diagnostics:
        key = (diagnostic.path, diagnostic.code, diagnostic.message)
        issues.append(_issue(diagnostic, _fingerprint(*key, seen[key])))
        seen[key] += 1
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


def _fingerprint(path: str, code: str, message: str, occurrence: int) -> str:
    """Stable across line moves; ``occurrence`` tells identical problems in a file apart."""
    data = "\0".join((path, code, message, str(occurrence)))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()
