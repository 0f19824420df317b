"""Applying fixes to text: non-overlapping edits, applied back to front.

Writing is atomic (a temporary file in the same folder, then a rename) and happens only
when the fixed text still parses, so nothing a user wrote is ever lost.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from recipelint.diagnostic import Diagnostic, FixSafety


def fixable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and (fix.safety is FixSafety.SAFE or unsafe)


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], unsafe: bool) -> tuple[str, int]:
    """The text with every fix applied whose edits do not overlap an earlier one."""
    starts = _line_starts(text)
    chosen: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    applied = 0
    for diagnostic in sorted(diagnostics):
        if not fixable(diagnostic, unsafe):
            continue
        spans = [(_offset(starts, e.line, e.column), _offset(starts, e.end_line, e.end_column), e) for e in diagnostic.fix.edits]
        if any(_overlaps(start, end, taken) for start, end, _ in spans):
            continue
        for start, end, edit in spans:
            taken.append((start, end))
            chosen.append((start, end, edit.content))
        applied += 1
    for start, end, content in sorted(chosen, reverse=True):
        text = text[:start] + content + text[end:]
    return text, applied


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    # Same start counts as overlap too, so two insertions at one place never interleave.
    return any((start < t_end and t_start < end) or start == t_start for t_start, t_end in taken)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


def _offset(starts: list[int], line: int, column: int) -> int:
    if line > len(starts):
        return starts[-1] if starts else 0
    return starts[line - 1] + column - 1


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file."""
    directory = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temp_name, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
