"""The values every part of recipelint passes around: diagnostics, severities, fixes.

A rule yields :class:`Problem` (where and what); the engine turns it into a
:class:`Diagnostic` by adding the file, the rule's code and name and the effective
severity. Both are immutable so they can be sorted, hashed and sent between processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How bad a diagnostic is; only ``error`` makes the exit code 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


class FixSafety(str, Enum):
    """Whether a fix may be applied without a human looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text from (line, column) up to, not including, (end_line, end_column).

    Positions are 1-based, counted in characters of the decoded file, as everywhere else.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    content: str

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "content": self.content,
        }


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits that together repair one diagnostic."""

    safety: FixSafety
    edits: tuple[Edit, ...]
    message: str = ""

    def as_dict(self) -> dict:
        data = {"safety": self.safety.value, "edits": [e.as_dict() for e in self.edits]}
        if self.message:
            data["message"] = self.message
        return data


@dataclass(frozen=True, slots=True)
class Span:
    """Where something is written: 1-based line and column, ``end_column`` exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    def problem(self, message: str, fix: Fix | None = None) -> Problem:
        """A problem reported over exactly this span."""
        return Problem(self.line, self.column, message, end_line=self.end_line, end_column=self.end_column, fix=fix)


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule reports: a span in the file and a message (1-based positions).

    ``end_line``/``end_column`` default to one character after the start, so a rule
    that only knows a point still produces a valid span. ``end_column`` is exclusive.
    """

    line: int
    column: int
    message: str
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, ready for output. Ordered by path, line, column, code."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    fix: Fix | None = field(default=None)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def __lt__(self, other: Diagnostic) -> bool:
        return self.sort_key < other.sort_key

    def as_dict(self) -> dict:
        """The JSON output contract (README, Usage: `json` output); key order is part of it."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "fix": self.fix.as_dict() if self.fix else None,
        }


_UNDECODED = re.compile("[\udc80-\udcff]")


def printable_path(path: str) -> str:
    """``path`` with each byte that was not UTF-8 in the file name (Python keeps it as a
    lone surrogate) written ``\\xNN``: every format is UTF-8, and a report must stay a
    valid document whatever a file is called."""
    if not _UNDECODED.search(path):
        return path
    return _UNDECODED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02X}", path)
