"""The project pass: cross-file rules, run once over every linted page's facts.

It runs in the main process after the per-file pass (and after fixes), then applies
each file's own selection, per-file-ignores, severities and inline suppressions to the
project diagnostics, exactly as the per-file pass does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.diagnostic import Diagnostic, Problem
from recipelint.engine.reporting import to_diagnostics
from recipelint.engine.results import FileResult
from recipelint.engine.selection import per_file_ignores, rules_for
from recipelint.rules.context import ProjectContext
from recipelint.sites import disk
from recipelint.sites.detect import admit_page

if TYPE_CHECKING:
    from recipelint.config.loader import Config
    from recipelint.rules.registry import Rule


def run_project_rules(results: list[FileResult], config_for: Callable[[str], Config], checked_dirs: Iterable[Path]) -> None:
    """Add the project rules' diagnostics to ``results`` (in place).

    ``config_for`` gives the configuration of a displayed path: a linted page's or an image's.
    """
    from recipelint.rules import all_rules

    project_rules = [rule for rule in all_rules().values() if rule.scope == "project"]
    pages = [r.facts for r in results if r.facts is not None]
    if not project_rules or not pages:
        return
    for page in pages:  # the pages were linted in other processes: admit their boundaries here too
        if page.fs_path is not None:
            admit_page(page.fs_path, page.site_root, config_for(page.path).root)
    by_path = {r.path: r for r in results}
    context = ProjectContext(pages, tuple(p.absolute() for p in checked_dirs))
    extra: dict[str, list[Diagnostic]] = {}
    for rule in project_rules:
        context.rule = rule
        for path, problem in rule.check(context):
            diagnostic = _diagnostic(rule, path, problem, by_path.get(path), config_for)
            if diagnostic is not None:
                extra.setdefault(path, []).append(diagnostic)
    for path, diagnostics in extra.items():
        result = by_path.get(path)
        if result is None:
            result = FileResult(path, [])
            results.append(result)
            by_path[path] = result
        result.diagnostics = sorted(result.diagnostics + diagnostics)


def whole_site_checked(result: FileResult, checked_dirs: Iterable[Path]) -> bool:
    """Whether the project pass saw all of ``result``'s site: its root (or, without a site,
    the file's folder) is a checked folder or inside one, as for IMG004."""
    facts = result.facts
    if facts is None:
        return False
    root = facts.site_root or (facts.fs_path.parent if facts.fs_path is not None else None)
    if root is None:
        return False
    root = disk.real_folder(os.fspath(root))
    return any(root == d or d in root.parents for d in (disk.real_folder(os.fspath(p)) for p in checked_dirs))


def _diagnostic(rule: Rule, path: str, problem: Problem, result: FileResult | None,
                config_for: Callable[[str], Config]) -> Diagnostic | None:
    """The diagnostic for ``problem`` if the file's configuration enables the rule."""
    facts = result.facts if result is not None else None
    config = config_for(path)
    selection, enabled = rules_for(config, per_file_ignores(config, facts.fs_path if facts else Path(path)))
    if rule not in enabled:
        return None
    diagnostic = next(to_diagnostics(rule, [problem], path, selection))
    if result is not None and result.suppressions is not None and result.suppressions.suppresses(diagnostic):
        return None
    return diagnostic
