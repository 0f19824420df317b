"""``--fix`` and ``--diff``: apply fixes until none apply, then write or show the result.

Each pass applies the non-overlapping edits back to front; the file is re-linted after
each pass (a fix can uncover or resolve other problems) and written only when the fixed
text still has valid front matter, atomically and only where that loses nothing
(``safe_write.py``); a page that cannot be written so gets RL009 and the run goes on.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from recipelint.diagnostic import Diagnostic, FixSafety
from recipelint.engine.per_file import lint_source
from recipelint.engine.results import FileResult
from recipelint.engine.safe_write import NotWritten, bytes_checked, write_page
from recipelint.page.source import encode_text

MAX_PASSES = 8


@dataclass
class FixOutcome:
    results: list[FileResult]
    applied: int
    """Fixes written, or with ``--diff`` fixes the diff shows."""
    changed_files: int
    applied_codes: dict[str, Counter] = field(default_factory=dict)
    """Per file written, how many fixes of each rule were applied (``--show-fixes``)."""


def fix_results(results: list[FileResult], files: dict[str, Path | None], configs: dict, options, stdout: TextIO) -> FixOutcome:
    """Fix each result with the path and configuration it was linted with (``configs``)."""
    fixed_results: list[FileResult] = []
    applied_total = changed = 0
    applied_codes: dict[str, Counter] = {}
    for result in results:
        path = files.get(result.path)
        if result.packed_text is None or not any(fixable(d, options.unsafe_fixes) for d in result.diagnostics):
            fixed_results.append(result)
            continue
        codes: Counter = Counter()
        final, applied = _fix_until_stable(result, path, configs[result.path], options.unsafe_fixes, codes)
        if applied == 0 or final.text == result.text or not _still_parses(result, final):
            fixed_results.append(result)
            continue
        changed += 1
        if options.diff:  # nothing is written: ``applied`` counts the fixes the diff shows
            applied_total += applied
            _show_diff(result, final, stdout)
            fixed_results.append(result)
        elif path is not None:  # standard input has nowhere to write to (the CLI refuses --fix there)
            try:
                write_page(path, bytes_checked(path, result.text), encode_text(final.text, result.newline, result.had_bom))
            except NotWritten as reason:
                changed -= 1
                fixed_results.append(not_written(result, configs[result.path], path, str(reason)))
                continue
            applied_total += applied
            applied_codes[result.path] = codes
            fixed_results.append(final)
        else:
            fixed_results.append(result)
    return FixOutcome(fixed_results, applied_total, changed, applied_codes)


def not_written(result: FileResult, config, path: Path | None, reason: str) -> FileResult:
    """``result`` with an RL009 saying why its fixes were not written."""
    from recipelint.engine.reporting import engine_rule, to_diagnostics
    from recipelint.engine.selection import per_file_ignores, rules_for
    from recipelint.rules.context import EngineContext

    selection, _ = rules_for(config, per_file_ignores(config, path))
    rule = engine_rule("RL009")
    diagnostics = list(to_diagnostics(rule, rule.check(EngineContext(result.path, not_written=reason)), result.path, selection))
    return dataclasses.replace(result, diagnostics=sorted(result.diagnostics + diagnostics))


def fixed_result(result: FileResult, path: Path | None, config, unsafe: bool) -> tuple[FileResult, int]:
    """``result`` with its fixes applied until none apply, as ``--fix`` would write it,
    and how many were applied; ``result`` itself (0) when a fix would break the front
    matter. Nothing is written (an editor applies the text itself)."""
    final, applied = _fix_until_stable(result, path, config, unsafe, Counter())
    if applied == 0 or final.text == result.text or not _still_parses(result, final):
        return result, 0
    return final, applied


def _fix_until_stable(result: FileResult, path: Path | None, config, unsafe: bool,
                      codes: Counter) -> tuple[FileResult, int]:
    current, applied = result, 0
    for _ in range(MAX_PASSES):
        text, count = apply_fixes(current.text, current.diagnostics, unsafe, codes)
        if count == 0 or text == current.text:
            break
        applied += count
        relinted = lint_source(result.path, path, encode_text(text, "\n", False), config)
        current = FileResult(result.path, relinted.diagnostics, relinted.packed_text, result.newline, result.had_bom,
                             relinted.facts, relinted.suppressions, relinted.crashed)
    return current, applied


def _still_parses(before: FileResult, after: FileResult) -> bool:
    """A fix may not break the front matter that parsed before it."""
    broke = {"FM002", "FM003", "FM018", "RL007"}
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


# -- edits -------------------------------------------------------------------------------


def fixable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and (fix.safety is FixSafety.SAFE or unsafe)


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], unsafe: bool,
                codes: Counter | None = None) -> tuple[str, int]:
    """The text with every fix applied whose edits do not overlap an earlier one;
    ``codes`` counts the applied fixes by rule."""
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
        if codes is not None:
            codes[diagnostic.code] += 1
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
