"""RL: problems the engine finds before or around the rules (files, suppressions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recipelint.diagnostic import Problem
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from recipelint.rules.context import EngineContext


@rule("RL001", "undecodable-file", "error", scope="engine")
def undecodable_file(ctx: EngineContext) -> Iterator[Problem]:
    """The file is not valid UTF-8, so it was not checked.

    The diagnostic points at the first byte that cannot be decoded. Markdown sites
    expect UTF-8; re-save the file as UTF-8 (a byte order mark is fine).
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "encoding":
        yield Problem(problem.line, problem.column, problem.message)


@rule("RL002", "binary-file", "error", scope="engine")
def binary_file(ctx: EngineContext) -> Iterator[Problem]:
    """The file holds NUL bytes: it is binary, not Markdown, and was not checked.

    Usually an image or archive saved with a ``.md`` name, or a file in UTF-16.
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "binary":
        yield Problem(1, 1, problem.message)


@rule("RL003", "unreadable-file", "error", scope="engine")
def unreadable_file(ctx: EngineContext) -> Iterator[Problem]:
    """A path to check does not exist or cannot be read.

    Bad (the file was deleted or misspelled)::

        recipelint check docs/recipes/mian/tacos.md
    """
    if ctx.read_error is not None:
        yield Problem(1, 1, ctx.read_error)


@rule("RL004", "file-too-large", "error", scope="engine")
def file_too_large(ctx: EngineContext) -> Iterator[Problem]:
    """The file is larger than ``max-file-size`` (5 MiB by default) and was not checked.

    A recipe is a few kilobytes; a huge file is usually generated or misnamed data.
    Raise the limit in the configuration if the file is real::

        [tool.recipelint]
        max-file-size = 20_000_000
    """
    problem = ctx.undecodable
    if problem is not None and problem.kind == "too-large":
        yield Problem(1, 1, problem.message)


@rule("RL005", "unused-suppression", "warning", scope="engine")
def unused_suppression(ctx: EngineContext) -> Iterator[Problem]:
    """An inline suppression comment suppresses nothing.

    Stale suppressions hide future problems; remove them when the problem is fixed.
    Only suppressions of rules that are enabled are reported.

    Bad (no CAL001 problem on the next line)::

        <!-- recipelint-disable-next-line CAL001 -->
        **Total (approx): 120 kcal**
    """
    for directive, selector in ctx.unused_suppressions:
        what = "every rule" if selector == "all" else selector
        yield directive.problem(f"for {what} suppresses nothing; remove it")


@rule("RL006", "unknown-suppression-code", "warning", scope="engine")
def unknown_suppression_code(ctx: EngineContext) -> Iterator[Problem]:
    """An inline suppression names a rule that does not exist.

    Bad::

        <!-- recipelint-disable-next-line CAL999 -->
    """
    for directive, selector in ctx.unknown_suppressions:
        yield directive.problem(f"names unknown rule {selector!r}")


@rule("RL007", "rule-error", "error", scope="engine")
def rule_error(ctx: EngineContext) -> Iterator[Problem]:
    """A rule raised an unexpected error on this file (a bug in recipelint).

    The other rules and files are still checked, and the exit code is 2. Please report
    the file and the message.
    """
    for crashed, exc in ctx.crashes:
        yield Problem(1, 1, f"internal error in rule {crashed.code} ({crashed.name}): {type(exc).__name__}: {exc}")
