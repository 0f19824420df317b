"""Fingerprints that follow a finding when lines are inserted or removed above it.

Code scanning (SARIF ``partialFingerprints``) and GitLab Code Quality match the
findings of two runs by fingerprint, to tell new problems from old ones. Line numbers
are therefore left out of what is hashed: a finding is identified by its rule, its
file, the text of its line (whitespace collapsed), the text it spans, and its message
with every number masked (messages such as "first defined on line 3" or "rows add up
to 790" must not make a moved or edited-elsewhere problem look new). Findings alike in
all of these are told apart by their order in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic
    from recipelint.formats.base import Report

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+")


def stable_fingerprints(report: Report) -> list[str]:
    """One hexadecimal SHA-256 per diagnostic of ``report``, in its order."""
    seen: Counter[tuple[str, ...]] = Counter()
    fingerprints = []
    for diagnostic in report.diagnostics:
        key = _identity(diagnostic, report.source_line(diagnostic.path, diagnostic.line))
        fingerprints.append(_hash(*key, str(seen[key])))
        seen[key] += 1
    return fingerprints


def _identity(diagnostic: Diagnostic, line: str | None) -> tuple[str, ...]:
    d = diagnostic
    line = line or ""
    end = d.end_column - 1 if d.end_line == d.line else len(line)
    spanned = line[d.column - 1 : end]
    return (d.path, d.code, _collapse(line), _collapse(spanned), _NUMBER.sub("#", d.message))


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _hash(*parts: str) -> str:
    data = "\0".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
