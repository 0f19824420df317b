"""``--fix`` and ``--diff``: apply fixes until none apply, then write or show the result.

A file is re-linted after each pass (a fix can uncover or resolve other problems) and
written only when the fixed text still has valid front matter, atomically.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from recipelint.engine.fixes import apply_fixes, fixable, write_atomically
from recipelint.engine.per_file import FileResult, lint_source
from recipelint.page.source import encode_text

MAX_PASSES = 8


@dataclass
class FixOutcome:
    results: list[FileResult]
    applied: int
    changed_files: int


def fix_results(results: list[FileResult], files: dict[str, Path | None], configs: dict, options, stdout: TextIO) -> FixOutcome:
    """Fix each result with the path and configuration it was linted with (``configs``)."""
    fixed_results: list[FileResult] = []
    applied_total = changed = 0
    for result in results:
        path = files.get(result.path)
        if result.text is None or not any(fixable(d, options.unsafe_fixes) for d in result.diagnostics):
            fixed_results.append(result)
            continue
        final, applied = _fix_until_stable(result, path, configs[result.path], options.unsafe_fixes)
        if applied == 0 or final.text == result.text or not _still_parses(result, final):
            fixed_results.append(result)
            continue
        changed += 1
        if options.diff:  # nothing is written, so no fix counts as applied
            _show_diff(result, final, stdout)
            fixed_results.append(result)
        elif path is not None:  # standard input has nowhere to write to (the CLI refuses --fix there)
            applied_total += applied
            write_atomically(path, encode_text(final.text, result.newline, result.had_bom))
            fixed_results.append(final)
        else:
            fixed_results.append(result)
    return FixOutcome(fixed_results, applied_total, changed)


def _fix_until_stable(result: FileResult, path: Path | None, config, unsafe: bool) -> tuple[FileResult, int]:
    current, applied = result, 0
    for _ in range(MAX_PASSES):
        text, count = apply_fixes(current.text, current.diagnostics, unsafe)
        if count == 0 or text == current.text:
            break
        applied += count
        relinted = lint_source(result.path, path, encode_text(text, "\n", False), config)
        current = FileResult(result.path, relinted.diagnostics, relinted.text, result.newline, result.had_bom,
                             relinted.facts, relinted.suppressions, relinted.crashed)
    return current, applied


def _still_parses(before: FileResult, after: FileResult) -> bool:
    """A fix may not break the front matter that parsed before it."""
    broke = {"FM002", "FM003", "RL007"}
    had = {d.code for d in before.diagnostics} & broke
    has = {d.code for d in after.diagnostics} & broke
    return has <= had


def _show_diff(before: FileResult, after: FileResult, stdout: TextIO) -> None:
    diff = difflib.unified_diff(
        before.text.splitlines(keepends=True),
        after.text.splitlines(keepends=True),
        fromfile=f"a/{before.path}",
        tofile=f"b/{before.path}",
    )
    stdout.writelines(diff)
