"""From a rule's problems to diagnostics: the file's selection, severities and suppressions.

Both passes report through here: the per-file pass for document and engine rules, the
project pass for cross-page rules, and the suppression reports (RL005, RL006) once
every rule has had its say.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.diagnostic import Diagnostic, Problem, printable_path
from recipelint.engine.selection import RuleSelection, per_file_ignores, rules_for
from recipelint.rules.context import EngineContext
from recipelint.rules.registry import Rule

if TYPE_CHECKING:
    from recipelint.config.loader import Config
    from recipelint.engine.results import FileResult

MAX_FINDINGS_PER_RULE = 100
"""Findings of one rule shown in one file; the rest are counted in one more finding."""


def to_diagnostics(rule: Rule, problems: Iterable[Problem], path: str, selection: RuleSelection) -> Iterator[Diagnostic]:
    """``problems`` of ``rule`` as diagnostics of ``path``, at the severity ``selection`` gives."""
    severity = selection.severity_of(rule)
    for problem in problems:
        end_line = problem.end_line or problem.line
        end_column = problem.end_column or problem.column + 1
        yield Diagnostic(
            path=path,
            line=problem.line,
            column=problem.column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=shortened(printable_path(problem.message)),
            fix=problem.fix if rule.fix else None,
        )


MAX_QUOTE = 120
"""Characters of page text quoted in one message (a link, a key, a value) before the
middle is left out: the message names it, the position finds it."""
_QUOTED = re.compile(r"`([^`\n]{%d,})`" % (MAX_QUOTE + 1))


def shortened(message: str) -> str:
    """``message`` with each long quoted piece of the page cut in the middle: a link of
    5,000 characters is a finding of one line, not five kilobytes in every format."""
    if len(message) <= MAX_QUOTE:
        return message

    def cut(quoted: re.Match[str]) -> str:
        text = quoted.group(1)
        return f"`{text[:MAX_QUOTE - 30]}…{text[-29:]}`"

    return _QUOTED.sub(cut, message)


def engine_diagnostics(engine: EngineContext, enabled: list[Rule], selection: RuleSelection) -> Iterator[Diagnostic]:
    """What the engine rules (RL) report about one file."""
    for rule in enabled:
        if rule.scope == "engine":
            yield from to_diagnostics(rule, rule.check(engine), engine.path, selection)


def engine_rule(code: str) -> Rule:
    """An engine rule by code, to report a crash or a read error with."""
    from recipelint.rules import all_rules

    return all_rules()[code]


def add_suppression_reports(result: FileResult, config: Config, fs_path: Path | None, judge_project_rules: bool) -> None:
    """Add unused (RL005) and unknown (RL006) directives to ``result``, once every rule has run.

    Called after the project pass, which may have used a directive. Directives naming
    project rules are judged only when ``judge_project_rules`` (the project pass saw
    the file's whole site); a directive may not silence the report about itself.
    """
    from recipelint.engine.selection import rules_named
    from recipelint.rules import all_rules

    suppressions = result.suppressions
    if suppressions is None:
        return
    selection, enabled = rules_for(config, per_file_ignores(config, fs_path))
    judged = [rule for rule in enabled if judge_project_rules or rule.scope != "project"]
    unused = list(suppressions.unused())
    names_judged = {s: bool(rules_named(s, judged)) for s in {s for _, s in unused}}  # once per selector
    names_any = {s: bool(rules_named(s, all_rules().values())) for s in names_judged}
    engine = EngineContext(result.path)
    engine.unused_suppressions = [(d, s) for d, s in unused if names_judged[s]]
    engine.unknown_suppressions = [(d, s) for d, s in unused if not names_any[s]]
    reports = [
        d for d in engine_diagnostics(engine, enabled, selection) if not suppressions.suppresses(d, about_directives=True)
    ]
    # A directive that silenced only reports about other directives was used after all.
    still_unused = {(directive.line, directive.column) for directive, _ in suppressions.unused()}
    reports = [d for d in reports if d.code != "RL005" or (d.line, d.column) in still_unused]
    if reports:
        result.diagnostics = sorted(result.diagnostics + capped(reports))


def capped(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """At most ``MAX_FINDINGS_PER_RULE`` findings of one rule in one file, then one
    finding that counts the rest: a megabyte line of ``TODO`` is one problem, and
    200,000 lines about it would bury every other finding (and every log)."""
    by_code: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        by_code.setdefault(diagnostic.code, []).append(diagnostic)
    if all(len(found) <= MAX_FINDINGS_PER_RULE for found in by_code.values()):
        return diagnostics
    kept: list[Diagnostic] = []
    for code, found in by_code.items():
        if len(found) <= MAX_FINDINGS_PER_RULE:
            kept.extend(found)
            continue
        found.sort()
        kept.extend(found[:MAX_FINDINGS_PER_RULE])
        first_hidden = found[MAX_FINDINGS_PER_RULE]
        hidden = len(found) - MAX_FINDINGS_PER_RULE
        kept.append(dataclasses.replace(
            first_hidden,
            message=f"… and {hidden:,} more {code} findings in this file, from here on (recipelint shows at most "
                    f"{MAX_FINDINGS_PER_RULE} per rule and file)",
            fix=None,
        ))
    return kept
