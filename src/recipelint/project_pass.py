"""The project pass: cross-file rules, run once over every linted page's facts.

It runs in the main process after the per-file pass (and after fixes), then applies
each file's own selection, per-file-ignores, severities and inline suppressions to the
project diagnostics, exactly as the per-file pass does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recipelint.diagnostic import Diagnostic, Problem

if TYPE_CHECKING:
    from recipelint.config import Config
    from recipelint.linter import FileResult
    from recipelint.pagefacts import PageFacts
    from recipelint.registry import Rule


@dataclass
class ProjectContext:
    """What a project rule sees: every page of the run, and the folders it was given."""

    pages: list[PageFacts]
    checked_dirs: tuple[Path, ...]
    """Absolute folders named on the command line: their whole content was linted."""
    rule: Rule | None = None
    cache: dict[str, Any] = field(default_factory=dict)

    def display(self, path: Path) -> str:
        """A path for output, as the user would write it: relative to the working directory."""
        try:
            return Path(os.path.relpath(path)).as_posix()
        except ValueError:  # another drive on Windows
            return path.as_posix()


def run_project_rules(results: list[FileResult], configs: dict[str, Config], checked_dirs: Iterable[Path]) -> None:
    """Add the project rules' diagnostics to ``results`` (in place)."""
    from recipelint.linter import per_file_ignores, rules_for
    from recipelint.registry import all_rules

    project_rules = [rule for rule in all_rules().values() if rule.scope == "project"]
    pages = [r.facts for r in results if r.facts is not None]
    if not project_rules or not pages:
        return
    by_path = {r.path: r for r in results}
    context = ProjectContext(pages, tuple(p.absolute() for p in checked_dirs))
    extra: dict[str, list[Diagnostic]] = {}
    for rule in project_rules:
        context.rule = rule
        for path, problem in rule.check(context):
            diagnostic = _diagnostic(rule, path, problem, by_path.get(path), configs, rules_for, per_file_ignores)
            if diagnostic is not None:
                extra.setdefault(path, []).append(diagnostic)
    for path, diagnostics in extra.items():
        result = by_path.get(path)
        if result is None:
            from recipelint.linter import FileResult

            result = FileResult(path, [])
            results.append(result)
            by_path[path] = result
        result.diagnostics = sorted(result.diagnostics + diagnostics)
        _drop_stale_unused_reports(result)


def _diagnostic(rule, path, problem: Problem, result, configs, rules_for, per_file_ignores) -> Diagnostic | None:
    """The diagnostic for ``problem`` if the file's configuration enables the rule."""
    from recipelint.linter import _to_diagnostics

    facts = result.facts if result is not None else None
    config = configs.get(path) or (next(iter(configs.values())) if configs else None)
    if config is None:
        return None
    selection, enabled = rules_for(config, per_file_ignores(config, facts.fs_path if facts else Path(path)))
    if rule not in enabled:
        return None
    diagnostic = next(_to_diagnostics(rule, [problem], path, selection))
    if result is not None and result.suppressions is not None and result.suppressions.suppresses(diagnostic):
        return None
    return diagnostic


def _drop_stale_unused_reports(result: FileResult) -> None:
    """Drop RL005 for a directive that silenced a project diagnostic: it was used after all."""
    if result.suppressions is None:
        return
    still_unused = {
        (directive.line, directive.column, "every rule" if selector == "all" else selector)
        for directive, selector in result.suppressions.unused()
    }
    result.diagnostics = [
        d for d in result.diagnostics
        if d.code != "RL005"
        or any((line, column) == (d.line, d.column) and f"for {what} suppresses" in d.message
               for line, column, what in still_unused)
    ]
